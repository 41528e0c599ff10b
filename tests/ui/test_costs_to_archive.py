"""Cost breakdowns and the encrypted archive, through the real window.

Saving from the Costs page goes into a new order or an order the buyer picks; while the archive
is locked nothing is written and the Archive page is offered. The breakdowns that an older
ShopSafe (or a page without the window) kept as JSON files move into the archive once, when it is
unlocked; an unreadable file stays where it was.
"""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from desktop.archive import create_archive
from desktop.paths import data_dir
from desktop.settings import ARCHIVE_FOLDER, COUNTRY, OFFLINE
from desktop.ui.costs_page import CostsPage
from desktop.ui.main_window import MainWindow
from desktop.ui.tasks import writer_pool

PASS = "kucing oranye makan pisang goreng"
TIMEOUT = 20_000
UNLOCK_TIMEOUT = 90_000


def _type(qtbot, page, name, text):
    edit = page.editor.field(name)
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def _offer(qtbot, page, name, price):
    page.add_offer()
    _type(qtbot, page, "name", name)
    _type(qtbot, page, "unit_price", price)


@pytest.fixture
def archive_folder(tmp_path, settings, monkeypatch):
    monkeypatch.setenv("SHOPSAFE_DATA_DIR", str(tmp_path / "data"))
    folder = tmp_path / "Archive.shopsafe"
    create_archive(folder, PASS, data_dir=tmp_path / "data").lock()
    settings.set_value(ARCHIVE_FOLDER, str(folder))
    settings.set_value(OFFLINE, True)
    settings.set_value(COUNTRY, "ID")
    return folder


def _window(qtbot, settings, pool):
    win = MainWindow(settings, pool)
    qtbot.addWidget(win)
    win.resize(1024, 600)
    win.show()
    return win


def _unlock(qtbot, win):
    win.show_page("archive")
    archive = win.page("archive")
    archive.passphrase.setText(PASS)
    archive.unlock_button.click()
    # Unlocking runs the passphrase KDF: slow on a busy machine.
    qtbot.waitUntil(lambda: archive.session is not None, timeout=UNLOCK_TIMEOUT)
    return archive


def _close(win, pool):
    page = win._loaded.get("archive")
    if page is not None:
        writer_pool().waitForDone(10_000)
        page.lock()
    pool.waitForDone(10_000)
    writer_pool().waitForDone(10_000)


def test_save_breakdown_into_a_new_or_chosen_order(qtbot, settings, pool, archive_folder):
    win = _window(qtbot, settings, pool)
    try:
        win.show_page("costs")
        costs = win.page("costs")
        _offer(qtbot, costs, "Toko Sepatu", "Rp 349.000")
        # Locked: nothing written, the Archive page offered.
        costs.save_button.click()
        assert costs.locked_box is not None and costs.locked_box.isVisible()
        go = [b for b in costs.locked_box.buttons() if "Archive" in b.text()][0]
        go.click()
        assert win.current_page_id() == "archive"
        archive = _unlock(qtbot, win)
        session = archive.session

        win.show_page("costs")
        costs.save_button.click()
        dialog = costs.order_dialog
        assert dialog.isVisible() and dialog.combo.currentData() is None
        assert dialog.title.text() == "Toko Sepatu"
        with qtbot.waitSignal(costs.breakdown_archived, timeout=TIMEOUT) as blocker:
            dialog.save_button.click()
        order = session.order(blocker.args[0])
        assert order.title == "Toko Sepatu" and order.total == "349000 IDR"
        [saved] = session.reports(order.id)
        assert saved.kind == "costs" and saved.data["total"] == {"amount": "349000",
                                                                "currency": "IDR"}
        assert "archive" in costs.status_label.text()
        # Readable in the order detail: the lines as on the Costs page, and the total.
        win.show_page("archive")
        archive.select_order(order.id)
        shown = archive.detail.reports.toPlainText().replace("\u00a0", " ")
        assert "Cost breakdown: Toko Sepatu" in shown and "{" not in shown
        assert "Goods (1 × Rp 349.000)\n  Rp 349.000" in shown
        assert "Total\n  Rp 349.000" in shown and "Tax included in the prices (11 %)" in shown
        win.show_page("costs")

        # A second offer, saved into the order chosen in the list.
        other = session.add_order(title="Tas kulit", seller="Toko Tas")
        _offer(qtbot, costs, "Tas kulit", "Rp 120.000")
        costs.save_button.click()
        dialog = costs.order_dialog
        dialog.combo.setCurrentIndex(dialog.combo.findData(other))
        assert not dialog.title.isEnabled()
        with qtbot.waitSignal(costs.breakdown_archived, timeout=TIMEOUT) as blocker:
            dialog.save_button.click()
        assert blocker.args[0] == other
        [saved] = session.reports(other)
        assert saved.data["offer"]["name"] == "Tas kulit"
        assert len(session.orders()) == 2
        # The JSON folder is not used by the window.
        assert not (data_dir() / "costs" / "breakdowns").exists()
    finally:
        _close(win, pool)


def test_locking_closes_the_save_dialog(qtbot, settings, pool, archive_folder):
    win = _window(qtbot, settings, pool)
    try:
        win.show_page("costs")
        costs = win.page("costs")
        _offer(qtbot, costs, "Toko Sepatu", "Rp 349.000")
        archive = _unlock(qtbot, win)
        session = archive.session
        win.show_page("costs")
        costs.save_button.click()
        dialog = costs.order_dialog
        assert dialog.isVisible()
        archive.lock_button.click()  # or the idle time ran out
        assert costs.order_dialog is None and not dialog.isVisible()
        assert "not saved" in costs.status_label.text()
        writer_pool().waitForDone(10_000)
        assert session.locked
    finally:
        _close(win, pool)


def test_old_breakdown_files_move_into_the_archive_once(qtbot, settings, pool, archive_folder):
    # What an older ShopSafe kept: a breakdown saved by the Costs page without an archive.
    alone = CostsPage(settings, pool)
    qtbot.addWidget(alone)
    alone.show()
    _offer(qtbot, alone, "Toko Sepatu", "Rp 349.000")
    alone.save_current_breakdown()
    folder = data_dir() / "costs" / "breakdowns"
    qtbot.waitUntil(lambda: len(list(folder.glob("*.json"))) == 1, timeout=TIMEOUT)
    [old] = folder.glob("*.json")
    original = json.loads(old.read_text(encoding="utf-8"))
    damaged = folder / "20250101T000000Z-broken.json"
    damaged.write_text("{not json", encoding="utf-8")
    alone.close()

    win = _window(qtbot, settings, pool)
    try:
        archive = _unlock(qtbot, win)
        qtbot.waitUntil(lambda: not old.exists(), timeout=TIMEOUT)
        writer_pool().waitForDone(10_000)
        session = archive.session
        [order] = [o for o in session.orders() if "before the archive" in o.title]
        assert "costs" in order.tags
        [saved] = session.reports(order.id)
        assert saved.data == original and saved.title == "Toko Sepatu"
        assert damaged.exists()  # unreadable: left in place, and said so
        qtbot.waitUntil(lambda: "could not be read" in win.statusBar().currentMessage(),
                        timeout=TIMEOUT)

        # Unlocking again moves nothing twice.
        archive.lock()
        archive = _unlock(qtbot, win)
        writer_pool().waitForDone(10_000)
        assert len([o for o in archive.session.orders() if "before the archive" in o.title]) == 1
        damaged.unlink()
        archive.lock()
        archive = _unlock(qtbot, win)
        writer_pool().waitForDone(10_000)
        qtbot.waitUntil(lambda: not folder.exists(), timeout=TIMEOUT)
    finally:
        _close(win, pool)
