"""The Sellers page through the real window and a real encrypted archive (issue 12)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from desktop.archive import create_archive
from desktop.archive.seller_cards import _card_bytes as card_bytes
from desktop.archive.seller_cards import card_text
from desktop.settings import ARCHIVE_FOLDER, OFFLINE
from desktop.ui.main_window import MainWindow
from desktop.ui.tasks import writer_pool

PASS = "kucing oranye makan pisang goreng"
TIMEOUT = 30_000


@pytest.fixture
def window(qtbot, settings, pool, tmp_path, monkeypatch):
    monkeypatch.setenv("SHOPSAFE_DATA_DIR", str(tmp_path / "data"))
    folder = tmp_path / "Archive.shopsafe"
    create_archive(folder, PASS, name="Ibu", data_dir=tmp_path / "data").lock()
    settings.set_value(ARCHIVE_FOLDER, str(folder))
    settings.set_value(OFFLINE, True)
    win = MainWindow(settings, pool)
    qtbot.addWidget(win)
    win.resize(1024, 600)
    win.show()
    yield win
    page = win._loaded.get("archive")
    if page is not None:
        page.lock()
    pool.waitForDone(10_000)
    writer_pool().waitForDone(10_000)


def _unlock(qtbot, window):
    sellers = window.page("sellers")
    window.show_page("sellers")
    assert sellers.stack.currentIndex() == 0 and sellers.unlock_button.isVisible()
    sellers.unlock_button.click()
    assert window.current_page_id() == "archive"
    archive = window.page("archive")
    archive.passphrase.setText(PASS)
    archive.unlock_button.click()
    qtbot.waitUntil(lambda: archive.session is not None, timeout=TIMEOUT)
    window.show_page("sellers")
    qtbot.waitUntil(lambda: sellers.stack.currentIndex() == 1, timeout=TIMEOUT)
    return sellers, archive


def _add(qtbot, page, name, **lines):
    page.add_button.click()
    dialog = page.dialog
    dialog.name.setText(name)
    for field, text in lines.items():
        dialog.boxes[field].setPlainText(text)
    count = len(page._rows)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: len(page._rows) == count + 1, timeout=TIMEOUT)


def _texts(page):
    return [page.list.item(i).text() for i in range(page.list.count())]


def test_locked_add_mark_search_merge_cards(qtbot, window):
    page, archive = _unlock(qtbot, window)
    assert page.list.count() == 0 and "No sellers yet" in page.empty.text()

    _add(qtbot, page, "Toko Maju", phones="0812-3456-7890", bank_accounts="BCA 123 456 7890 a.n. Budi Santoso",
         domains="https://www.tokomaju.com")
    qtbot.waitUntil(lambda: page.right.currentIndex() == 1, timeout=TIMEOUT)
    body = page.detail.body.toPlainText()
    assert "+6281234567890" in body and "BCA 123 456 7890 (Budi Santoso)" in body
    assert "Nobody in the family has given a verdict yet." in body

    # A bad line is said in the dialog, and nothing is saved.
    page.add_button.click()
    page.dialog.name.setText("X")
    page.dialog.boxes["bank_accounts"].setPlainText("BCA")
    page.dialog.save_button.click()
    assert page.dialog.isVisible() and "not a valid bank account" in page.dialog.error.text()
    page.dialog.reject()

    # Mark: the reason is required; then the verdict shows with who and when.
    page.detail.verdict.setCurrentIndex(page.detail.verdict.findData("scam"))
    page.detail.mark_button.click()
    assert page.detail.reason.hasFocus() or page.detail.reason.text() == ""
    page.detail.reason.setText("paid, nothing arrived")
    page.detail.mark_button.click()
    qtbot.waitUntil(lambda: "SCAM" in page.detail.verdict_label.text(), timeout=TIMEOUT)
    assert "Ibu" in page.detail.verdict_label.text()
    assert "paid, nothing arrived" in page.detail.body.toPlainText()
    assert page.detail.reason.text() == ""
    assert _texts(page) == ["Toko Maju  ·  scam"]

    # A duplicate found by its WhatsApp link; search finds both by the number in any form.
    _add(qtbot, page, "Maju Official", phones="wa.me/6281234567890", handles="@maju.official")
    page.search.setText("+62 812-3456-7890")
    assert sorted(_texts(page)) == ["Maju Official  ·  no verdict", "Toko Maju  ·  scam"]
    page.search.setText("tokomaju.com/anything")
    assert _texts(page) == ["Toko Maju  ·  scam"]
    page.search.setText("nothing like it")
    assert page.list.count() == 0 and "No seller matches" in page.empty.text()
    page.search.clear()

    # Merge the duplicate into Toko Maju (the likely duplicate is offered first).
    toko = next(i for i in range(page.list.count()) if page.list.item(i).text().startswith("Toko"))
    page.list.setCurrentRow(toko)
    qtbot.waitUntil(lambda: page.detail.title.text() == "Toko Maju", timeout=TIMEOUT)
    page.detail.merge_button.click()
    dialog = page.dialog
    assert dialog.choice.currentText() == "Maju Official"
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: _texts(page) == ["Toko Maju  ·  scam"], timeout=TIMEOUT)
    qtbot.waitUntil(lambda: "@maju.official" in page.detail.body.toPlainText(), timeout=TIMEOUT)

    # Card: copy as text, tamper, check, add.
    page.detail.copy_card_button.click()
    qtbot.waitUntil(lambda: QApplication.clipboard().text().startswith("shopsafe-card:1:"), timeout=TIMEOUT)
    card = QApplication.clipboard().text()
    assert "signed card is copied" in page.message.text()
    page.import_button.click()
    dialog = page.dialog
    dialog.text.setPlainText(card[:-12])  # cut short on the way
    dialog.check_button.click()
    qtbot.waitUntil(lambda: "incomplete" in dialog.result.text(), timeout=TIMEOUT)
    dialog.text.setPlainText(card_text(card_bytes(card).replace(b"nothing arrived", b"all fine, buy!!")))
    dialog.check_button.click()
    qtbot.waitUntil(lambda: "changed after it was signed" in dialog.result.text(), timeout=TIMEOUT)
    assert not dialog.add_button.isEnabled()
    dialog.text.setPlainText("Bu, hati-hati: " + card)
    dialog.check_button.click()
    qtbot.waitUntil(lambda: "member of your family" in dialog.result.text(), timeout=TIMEOUT)
    assert "SCAM" in dialog.result.text() and "Ibu" in dialog.result.text()
    assert dialog.add_button.isEnabled()
    dialog.reject()

    # Locked (the Archive page's button or idle time): the page says so at once.
    archive.lock()
    assert page.stack.currentIndex() == 0 and page.list.count() == 0


def test_language_change_retranslates(qtbot, window):
    from desktop.settings import LANGUAGE

    page, _archive = _unlock(qtbot, window)
    window.settings.set_value(LANGUAGE, "id")
    qtbot.waitUntil(lambda: page.add_button.text() != "&Add seller…", timeout=TIMEOUT)
    window.settings.set_value(LANGUAGE, "en")
    qtbot.waitUntil(lambda: page.add_button.text() == "&Add seller…", timeout=TIMEOUT)
