"""Issue 12 through the real window: the members dialog (add at this PC, organiser, remove,
let in with an invitation code), asking to join with a QR code, the news shown first after
unlocking, and who wrote it (untrusted changes marked) in the order detail."""

from __future__ import annotations

from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.archive import KDF_FLOOR, create_archive, open_archive, records
from desktop.archive.rng import DeterministicRandom
from desktop.settings import ARCHIVE_FOLDER
from desktop.ui.main_window import MainWindow

IBU = "kucing oranye makan pisang goreng"
BUDI = "budi suka naik sepeda ke pasar"


@pytest.fixture
def family(qtbot, settings, pool, tmp_path, monkeypatch):
    """Ibu's archive (made through the API at the fast KDF floor) and the window on it."""
    data = tmp_path / "data"
    monkeypatch.setenv("SHOPSAFE_DATA_DIR", str(data))
    folder = tmp_path / "Family.shopsafe"
    ibu = create_archive(folder, IBU, name="Ibu", kdf=KDF_FLOOR, data_dir=data)
    settings.set_value(ARCHIVE_FOLDER, str(folder))
    win = MainWindow(settings, pool)
    qtbot.addWidget(win)
    win.show_page("archive")
    win.resize(1024, 600)
    win.show()
    yield win, ibu, folder
    ibu.lock()
    win.page("archive").lock()
    pool.waitForDone(10_000)
    from desktop.ui.tasks import writer_pool

    writer_pool().waitForDone(10_000)


def _unlock(qtbot, page, passphrase=IBU):
    page.passphrase.setText(passphrase)
    page.unlock_button.click()
    qtbot.waitUntil(lambda: page.session is not None, timeout=20_000)


def _rows(dialog):
    return {r.name: r for r in dialog.model.rows}


def _select(dialog, name):
    row = next(i for i, r in enumerate(dialog.model.rows) if r.name == name)
    dialog.table.selectRow(row)


def test_members_dialog_adds_at_this_pc_appoints_and_removes(qtbot, qtmodeltester, family,
                                                             tmp_path):
    win, _ibu, folder = family
    page = win.page("archive")
    _unlock(qtbot, page)
    page.members_button.click()
    dialog = page.members_dialog
    qtbot.waitUntil(lambda: "Ibu" in _rows(dialog), timeout=10_000)
    qtmodeltester.check(dialog.model)
    assert _rows(dialog)["Ibu"].role == "founder"
    assert dialog.model.index(0, 0).data() == "Ibu (you)"
    assert not dialog.remove_button.isEnabled()  # nobody chosen; never yourself

    dialog.add_here.click()
    add = dialog.add_dialog
    assert add.organiser.isVisible()  # the founder may appoint
    add.form.name.setText("Budi")
    add.form.passphrase.setText(BUDI)
    add.form.repeat.setText(BUDI + "x")
    assert not add.add_button.isEnabled() and "differ" in add.form.strength.text()
    add.form.repeat.setText(BUDI)
    assert add.add_button.isEnabled()
    add.add_button.click()
    assert add.form.passphrase.text() == ""  # not kept in the widget
    qtbot.waitUntil(lambda: "Budi" in _rows(dialog), timeout=20_000)
    assert _rows(dialog)["Budi"].has_access and _rows(dialog)["Budi"].role == "member"
    assert "Budi was added" in dialog.message.text()

    _select(dialog, "Budi")
    qtbot.waitUntil(dialog.organiser_button.isEnabled, timeout=10_000)  # the re-read is done
    assert dialog.organiser_button.text() == "Make organiser"
    dialog.organiser_button.click()
    qtbot.waitUntil(lambda: _rows(dialog)["Budi"].role == "organiser", timeout=10_000)
    _select(dialog, "Budi")
    qtbot.waitUntil(dialog.remove_button.isEnabled, timeout=10_000)
    assert dialog.organiser_button.text() == "Make a plain member"

    dialog.remove_button.click()
    confirm = dialog.confirm
    assert "They keep what they already had" in confirm.text()
    assert "Budi" in confirm.text()
    remove = next(b for b in confirm.buttons()
                  if confirm.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    remove.click()
    qtbot.waitUntil(lambda: _rows(dialog)["Budi"].role == "removed", timeout=10_000)
    assert not _rows(dialog)["Budi"].has_access
    assert "new key" in dialog.message.text()

    # Closing the dialog reads the names again: Budi's notes say his name at once.
    dialog.accept()
    qtbot.waitUntil(lambda: "Budi" in page.detail.family.names.values(), timeout=10_000)

    # Through the facade: Budi keeps the old, cannot read the new.
    session = page.session
    new = session.add_order(title="Kulkas baru")
    # (His slot is calibrated on this PC, Ibu's made at the test's fast floor: name him, as
    # the TooManySlots message says, or the 8x cost margin skips his slot on a new PC.)
    budi = open_archive(folder, BUDI, member=_rows(dialog)["Budi"].member,
                        data_dir=tmp_path / "budi-pc")
    assert new not in {o.id for o in budi.orders()}
    budi.lock()


def test_ask_to_join_shows_a_qr_code_and_an_organiser_lets_them_in(qtbot, family, tmp_path):
    win, _ibu, folder = family
    page = win.page("archive")
    assert page.stack.currentIndex() == 1  # locked
    page.unlock_panel.join_button.click()
    join = page.join_dialog
    join.form.name.setText("Citra")
    join.form.passphrase.setText(BUDI)
    join.form.repeat.setText(BUDI)
    assert join.ask_button.isEnabled()
    join.ask_button.click()
    qtbot.waitUntil(lambda: join.invitation is not None, timeout=20_000)
    code = join.code.text()
    assert code.startswith("SHOPSAFE-JOIN ") and join.result.isVisible()
    assert join.invitation.fingerprint in join.after.text()
    image = join.qr.pixmap().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    pixels = Image.frombytes("L", (image.width(), image.height()), bytes(image.constBits()),
                             "raw", "L", image.bytesPerLine())
    assert zxingcpp.read_barcode(pixels).text == code
    join.accept()

    _unlock(qtbot, page)
    page.members_button.click()
    dialog = page.members_dialog
    qtbot.waitUntil(lambda: "Citra" in _rows(dialog), timeout=10_000)
    assert _rows(dialog)["Citra"].role == "pending"
    dialog.let_in.click()
    grant = dialog.grant_dialog
    grant.code.setPlainText("Bu, ini kodeku:\n" + code.lower())
    grant.check_button.click()
    qtbot.waitUntil(lambda: grant.grant_button.isEnabled(), timeout=10_000)
    assert grant.fingerprint.text() == join.invitation.fingerprint
    assert "Citra asks to join" in grant.compare.text()
    grant.code.setPlainText("SHOPSAFE-JOIN 00000000 " + code.split()[2] + " " + code.split()[3])
    assert not grant.grant_button.isEnabled()
    grant.check_button.click()
    qtbot.waitUntil(lambda: "another archive" in grant.compare.text(), timeout=10_000)
    grant.code.setPlainText(code)
    grant.check_button.click()
    qtbot.waitUntil(lambda: grant.grant_button.isEnabled(), timeout=10_000)
    grant.grant_button.click()
    qtbot.waitUntil(lambda: _rows(dialog)["Citra"].has_access, timeout=10_000)
    assert "Citra can now open the archive" in dialog.message.text()


def _forge_note(folder: Path, author_session, claimed: str, order: str) -> None:
    store = author_session._archive
    op = store.set_op("note", "00000000000000ee", {"order": order, "text": "toko aman, percaya"})
    record = records.Record(device="cccccccccccccccc", lamport=90, rand="00000000000000aa",
                            author=claimed, at="2026-01-02T03:04:05Z", ops=(op,), seq=1,
                            prev="", version=2)
    data = records.encode_record(record, bytes.fromhex(author_session.archive_id), 1,
                                 records.record_key(store.generation_keys()[1]),
                                 DeterministicRandom(b"f"), store.identity().ed25519_private)
    (folder / "journal" / "cccccccccccccccc").mkdir()
    (folder / "journal" / "cccccccccccccccc" / "90-00000000000000aa.rec").write_bytes(data)


def test_unlock_shows_news_from_others_first_and_who_wrote_it(qtbot, family, tmp_path):
    win, ibu, folder = family
    page = win.page("archive")
    ibu.add_member_here("Budi", BUDI, KDF_FLOOR)
    order = ibu.add_order(title="Kamera", seller="Toko Maju")
    ibu.add_cost_breakdown(order, {"offer": {"name": "Kamera", "currency": "IDR"},
                                   "lines": [], "total": {"amount": "0", "currency": "IDR"}},
                           title="Kamera")
    ibu.take_news()  # Ibu's visit today: what she wrote herself is never news
    budi = open_archive(folder, BUDI, data_dir=tmp_path / "budi-pc")
    budi.add_note(order, "penjual tidak membalas lagi")
    _forge_note(folder, budi, ibu.member, order)  # Budi's key, Ibu's name
    budi.lock()

    _unlock(qtbot, page)
    qtbot.waitUntil(lambda: page.news.isVisible(), timeout=10_000)
    assert page.news.list.count() == 1
    line = page.news.list.item(0).text()
    assert line.startswith("Budi wrote on Kamera ") and "penjual tidak membalas lagi" in line
    assert "ago" in line
    assert "since your last visit" in page.news.title.text()
    assert "1 change(s) were refused" in page.news.refused.text()
    # The news is above the list of orders.
    layout = page.stack.widget(2).layout()
    assert layout.indexOf(page.news) == 0

    page.news.list.itemActivated.emit(page.news.list.item(0))
    assert page.current_order_id() == order
    detail = page.detail
    assert detail.written.text().startswith("Added by Ibu")
    assert "Budi: penjual tidak membalas lagi" in detail.notes_view.toPlainText()
    assert "Saved by Ibu" in detail.reports.toPlainText()  # who saved the cost breakdown
    assert "toko aman" not in detail.notes_view.toPlainText()  # never one of the notes
    assert detail.untrusted.isVisible()
    assert "Untrusted change, not applied: it claims to be from Ibu" in detail.untrusted.text()
    assert "toko aman, percaya" in detail.untrusted.text()

    page.news.dismiss.click()
    assert not page.news.isVisible()
    page.lock()
    _unlock(qtbot, page)
    QApplication.processEvents()
    qtbot.wait(300)
    # Seen now: only the refused change is still reported.
    assert page.news.list.count() == 0
    assert page.news.isVisible() and page.news.refused.isVisible()


def test_news_in_indonesian(qtbot, family, tmp_path, qapp):
    from desktop.i18n import install_translators

    win, ibu, folder = family
    page = win.page("archive")
    ibu.add_member_here("Budi", BUDI, KDF_FLOOR)
    ibu.add_order(title="Kamera", seller="Toko Maju")
    ibu.take_news()
    budi = open_archive(folder, BUDI, data_dir=tmp_path / "budi-pc")
    budi.add_order(title="Sepatu", seller="Toko X")
    budi.lock()
    install_translators(qapp, "id")
    _unlock(qtbot, page)
    qtbot.waitUntil(lambda: page.news.list.count() == 1, timeout=10_000)
    line = page.news.list.item(0).text()
    assert line.startswith("Budi menambahkan pesanan Sepatu") and "yang lalu" in line


def test_a_long_absence_lists_the_newest_and_counts_the_rest(qtbot, qapp):
    from desktop.archive import News, NewsItem
    from desktop.ui.archive_news import MAX_SHOWN, Family, NewsPanel

    items = tuple(NewsItem("order", f"{i:016x}", f"{i:016x}", "b" * 16, "Budi",
                           "2026-12-01T10:00:00Z", f"Order {i}") for i in range(MAX_SHOWN + 12))
    panel = NewsPanel()
    qtbot.addWidget(panel)
    chosen = []
    panel.order_chosen.connect(chosen.append)
    panel.show_family(Family({}, (), News(items, "2026-11-30T10:00:00Z")))
    assert panel.list.count() == MAX_SHOWN + 1
    assert panel.list.item(MAX_SHOWN).text() == "…and 12 more"
    panel.list.itemActivated.emit(panel.list.item(MAX_SHOWN))
    panel.list.itemActivated.emit(panel.list.item(0))
    assert chosen == [items[0].order]


def test_unlock_puts_a_scam_mark_by_another_member_first(qtbot, family, tmp_path):
    win, ibu, folder = family
    page = win.page("archive")
    ibu.add_member_here("Budi", BUDI, KDF_FLOOR)
    order = ibu.add_order(title="Kamera", seller="Toko X")
    ibu.take_news()
    budi = open_archive(folder, BUDI, data_dir=tmp_path / "budi-pc")
    budi.add_note(order, "minta transfer ke rekening pribadi")
    toko = budi.sellers.add("Toko X")
    budi.sellers.mark(toko, "scam", "uang diambil")
    budi.lock()
    _unlock(qtbot, page)
    qtbot.waitUntil(lambda: page.news.list.count() == 2, timeout=10_000)
    first = page.news.list.item(0)
    assert first.text().startswith("Budi marked Toko X as a scam ")
    assert first.text().endswith(": uang diambil")
    assert first.font().bold()
    assert page.news.list.item(1).text().startswith("Budi wrote on Kamera")
    page.news.list.itemActivated.emit(first)  # the seller, on the Sellers page
    sellers = win.page("sellers")
    assert win.stack.currentWidget() is sellers
    qtbot.waitUntil(lambda: sellers.detail.title.text() == "Toko X", timeout=10_000)


def test_a_pending_request_can_be_let_in_after_reading_out_its_fingerprint(qtbot, family,
                                                                          tmp_path):
    from desktop.archive import invite

    win, _ibu, folder = family
    page = win.page("archive")
    dewi = invite(folder, BUDI, name="Dewi", kdf=KDF_FLOOR, data_dir=tmp_path / "dewi-pc")
    _unlock(qtbot, page)
    page.members_button.click()
    dialog = page.members_dialog
    qtbot.waitUntil(lambda: "Dewi" in _rows(dialog), timeout=10_000)
    _select(dialog, "Dewi")
    qtbot.waitUntil(dialog.let_in.isEnabled, timeout=10_000)
    dialog.let_in.click()
    grant = dialog.grant_dialog
    qtbot.waitUntil(grant.grant_button.isEnabled, timeout=10_000)
    assert grant.fingerprint.text() == dewi.fingerprint  # what Dewi reads out must match this
    grant.grant_button.click()
    qtbot.waitUntil(lambda: _rows(dialog)["Dewi"].has_access, timeout=10_000)
