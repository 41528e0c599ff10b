"""Sync in the window (issue 12): changes copied in from another PC appear without unlocking
again (folder watcher, and the slow poll when the folder sends no events), and an edit made on
two computers at once is reviewed and settled through the real widgets."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop.archive import KDF_FLOOR, create_archive, open_archive, request_membership
from desktop.settings import ARCHIVE_FOLDER
from desktop.ui.archive_watch import ArchiveWatcher
from desktop.ui.main_window import MainWindow

IBU_PASS = "kucing oranye makan pisang goreng"
BUDI_PASS = "budi naik sepeda ke pasar pagi"


def copy_new_files(src: Path, dst: Path) -> None:
    """What a sync engine does: bring over the files the other side lacks."""
    for path in sorted(src.rglob("*")):
        rel = path.relative_to(src)
        if path.is_file() and rel.parts[0] != ".tmp" and not (dst / rel).exists():
            (dst / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, dst / rel)


@pytest.fixture
def family(tmp_path, monkeypatch, settings):
    """Ibu's archive (opened in the window) and Budi's session on his own copy."""
    data = tmp_path / "data"
    monkeypatch.setenv("SHOPSAFE_DATA_DIR", str(data))
    home, laptop = tmp_path / "home" / "Keluarga.shopsafe", tmp_path / "laptop" / "Keluarga.shopsafe"
    ibu = create_archive(home, IBU_PASS, name="Ibu", kdf=KDF_FLOOR, data_dir=data)
    member, fingerprint = request_membership(home, BUDI_PASS, name="Budi", kdf=KDF_FLOOR,
                                             data_dir=tmp_path / "budi-data")
    ibu.grant(member, fingerprint)
    shared = ibu.add_order(title="Kulkas", seller="Toko Dingin")
    ibu.lock()
    shutil.copytree(home, laptop, ignore=shutil.ignore_patterns(".tmp"))
    budi = open_archive(laptop, BUDI_PASS, data_dir=tmp_path / "budi-data")
    settings.set_value(ARCHIVE_FOLDER, str(home))
    yield home, laptop, budi, shared
    budi.lock()


@pytest.fixture
def page(qtbot, settings, pool, family):
    window = MainWindow(settings, pool)
    qtbot.addWidget(window)
    window.show_page("archive")
    window.resize(1024, 600)
    window.show()
    page = window.page("archive")
    page.passphrase.setText(IBU_PASS)
    page.unlock_button.click()
    qtbot.waitUntil(lambda: page.session is not None, timeout=20_000)
    yield page
    page.lock()
    pool.waitForDone(10_000)


def _titles(page) -> set[str]:
    return {o.title for o in page.model.all_orders()}


def test_changes_from_another_pc_appear_and_a_double_edit_is_reviewed(qtbot, page, family):
    home, laptop, budi, shared = family
    watcher = page.sync.watcher
    assert str(home / "journal") in watcher.watched
    assert not page.sync.review_button.isVisible()

    budi.add_order(title="Sepeda lipat", seller="Toko Gowes")
    copy_new_files(laptop, home)  # Budi's PC synced: a new device folder and its record
    qtbot.waitUntil(lambda: "Sepeda lipat" in _titles(page), timeout=15_000)
    qtbot.waitUntil(lambda: "another computer" in page.message.text(), timeout=5_000)
    assert "1 order" in page.message.text()
    assert any("journal/" in p and p.endswith(budi._archive.device) for p in watcher.watched)

    # Both change the fridge's title before syncing: flagged for review in the window.
    page.select_order(shared)
    page.detail.title.setText("Kulkas 2 pintu")
    page.detail.title.editingFinished.emit()
    budi.update_order(shared, title="Kulkas Sharp")
    copy_new_files(laptop, home)
    qtbot.waitUntil(lambda: page.sync.review_button.isVisible(), timeout=15_000)
    assert page.sync.review_button.text() == "Review edits (1)"
    assert page.model.all_orders() and any(o.needs_review for o in page.model.all_orders())

    page.sync.review_button.click()
    review = page.sync.review
    qtbot.waitUntil(lambda: review.isVisible() and len(review.cards) == 2, timeout=10_000)
    assert review.list.count() == 1 and "Title" in review.list.item(0).text()
    bylines = [card.byline.text() for card in review.cards]
    assert any("Ibu" in b for b in bylines) and any("Budi" in b for b in bylines)
    values = [card.value.text() for card in review.cards]
    assert sorted(values) == ["Kulkas 2 pintu", "Kulkas Sharp"]
    budi_card = next(c for c in review.cards if "Budi" in c.byline.text())
    budi_card.keep.click()
    qtbot.waitUntil(lambda: review.list.count() == 0 and review.empty.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: not page.sync.review_button.isVisible(), timeout=10_000)
    assert page.session.order(shared).title == "Kulkas Sharp"
    assert page.session.conflicts() == []
    assert "Saved" in review.status.text()
    review.close()

    # A seller Budi marked as a scam arrives too; the page says something came in.
    page.message.clear()
    seller = budi.sellers.add("Toko Palsu", phones=["0812 3456 7890"])
    budi.sellers.mark(seller, "scam", "Tidak kirim barang")
    copy_new_files(laptop, home)
    qtbot.waitUntil(lambda: "another computer" in page.message.text(), timeout=15_000)
    assert page.session.sellers.seller(seller).name == "Toko Palsu"

    # The resolution reaches Budi's PC as a signed record by Ibu.
    copy_new_files(home, laptop)
    budi.refresh()
    assert budi.conflicts() == [] and budi.order(shared).title == "Kulkas Sharp"


def test_an_edited_value_settles_the_conflict(qtbot, page, family):
    home, laptop, budi, shared = family
    page.session.update_order(shared, total="Rp 3.100.000")
    budi.update_order(shared, total="Rp 2.900.000")
    copy_new_files(laptop, home)
    page.sync.watcher.refresh_now()
    qtbot.waitUntil(lambda: page.sync.review_button.isVisible(), timeout=15_000)
    page.sync.open_review()
    review = page.sync.review
    qtbot.waitUntil(lambda: len(review.cards) == 2, timeout=10_000)
    review._fill(list(review.conflicts))  # cards rebuilt: the old ones must not become windows
    from desktop.ui.archive_conflicts import _VersionCard

    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, _VersionCard) and w.isVisible()]
    assert review.edit.isVisible()
    review.edit.setText("Rp 3.000.000")
    review.save_edit.click()
    qtbot.waitUntil(lambda: review.list.count() == 0, timeout=10_000)
    assert page.session.order(shared).total == "Rp 3.000.000"


def test_the_slow_poll_finds_changes_when_the_folder_sends_no_events(qtbot, page, family):
    home, laptop, budi, _shared = family
    page.sync.watcher.stop()
    watcher = ArchiveWatcher(page.writer, page, debounce_ms=50, poll_ms=300)
    watcher.start(page.session)
    watcher._fs.removePaths(watcher._fs.directories())  # a network folder: no events at all
    arrived = []
    watcher.arrived.connect(arrived.append)
    order = budi.add_order(title="Rice cooker")
    copy_new_files(laptop, home)
    qtbot.waitUntil(lambda: bool(arrived), timeout=10_000)
    assert order in arrived[0].orders
    qtbot.waitUntil(lambda: "Rice cooker" in _titles(page), timeout=5_000)
    watcher.stop()
    before = watcher.refreshes
    qtbot.wait(700)
    QApplication.processEvents()
    assert watcher.refreshes == before  # stopped means stopped


def test_values_read_as_a_person_reads_them(qapp):
    from desktop.ui.archive_conflicts import describe_value, field_label

    assert describe_value("status", "paid") == "Paid"
    assert describe_value("verdict", {"verdict": "scam", "reason": "Tidak kirim"}) == \
        "Scam: Tidak kirim"
    assert describe_value("phones", ["+6281234567890", "+6281111111111"]) == \
        "+6281234567890, +6281111111111"
    assert describe_value("deleted", True) == "Deleted"
    assert describe_value("title", "") == "(empty)"
    assert field_label("total") == "Total" and field_label("mystery") == "mystery"
