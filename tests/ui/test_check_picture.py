"""Pictures and whole messages on the Check page, driven through the real widgets (issue 13)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QImage

from desktop.checks.model import Level
from desktop.settings import OFFLINE
from desktop.ui.check_page import CheckPage

DATA = Path(__file__).resolve().parent.parent / "reading" / "data"
TIMEOUT = 60_000
needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None,
                                     reason="tesseract is not installed (tools/setup.sh installs it)")


@pytest.fixture
def page(qtbot, settings, pool):
    settings.set_value(OFFLINE, True)
    widget = CheckPage(settings, pool)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    yield widget
    widget.cancel_check()


def _paste(qtbot, page, mime):
    with qtbot.waitSignal(page.check_finished, timeout=TIMEOUT) as blocker:
        page.paste.insertFromMimeData(mime)
    return blocker.args[0]


@needs_tesseract
def test_pasting_a_screenshot_reads_it_and_marks_what_was_found(qtbot, page):
    mime = QMimeData()
    mime.setImageData(QImage(str(DATA / "chat_id_light.png")))
    assert page.paste.canInsertFromMimeData(mime)
    report = _paste(qtbot, page, mime)
    shown = page.paste.toPlainText()
    assert "BCA 1234567890" in shown and "wa.me/6281234567890" in shown
    marked = {s.cursor.selectedText() for s in page.paste.extraSelections()}
    assert {"1234567890", "wa.me/6281234567890"} <= marked
    assert "message.pay_first" in {f.id for f in page.findings_model.findings()}
    assert page.banner.level is report.verdict.level is Level.CAUTION
    # the account holder, not wa.me or the account number, is the name to search
    assert page.selfcheck.seller.text() == "Budi Santoso"


@needs_tesseract
def test_dropping_an_image_file_checks_its_qr_code(qtbot, page):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(DATA / "qris_tampered.png"))])
    report = _paste(qtbot, page, mime)
    assert "qr.bad_crc" in {f.id for f in report.findings}
    assert page.banner.level is Level.HIGH_RISK


def test_a_file_that_is_no_picture_is_said_plainly(qtbot, page, tmp_path):
    fake = tmp_path / "screenshot.png"
    fake.write_bytes(b"this is not a PNG")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(fake))])
    page.paste.insertFromMimeData(mime)
    qtbot.waitUntil(lambda: not page.running, timeout=TIMEOUT)
    assert "The file is not a picture ShopSafe can open" in page.banner.text()
    assert "could not be opened" in page.banner.text() or "not a picture" in page.banner.text()


def test_a_long_pasted_message_lists_every_red_flag(qtbot, page):
    message = ("Halo kak, barang ready ya. Promo hari ini saja!\n" * 3
               + "Transfer dulu ke BCA 1234567890 a.n. Budi Santoso, konfirmasi wa.me/6281234567890\n"
               + "Ini foto paketnya: Foto_Paket.apk\n" + "Terima kasih kak 🙏\n" * 20)
    mime = QMimeData()
    mime.setText(message)
    report = _paste(qtbot, page, mime)
    ids = {f.id for f in page.findings_model.findings()}
    assert {"message.pay_first", "message.apk", "message.urgency"} <= ids
    assert page.banner.level is Level.HIGH_RISK
    assert {i.kind for i in report.identifiers} >= {"bank_account", "phone", "url"}


@needs_tesseract
def test_a_screenshot_of_an_account_the_family_marked_is_high_risk(qtbot, page, tmp_path):
    """The seller book is consulted for pictures too (issue 12): the account read by OCR."""
    from desktop.archive import KDF_FLOOR, create_archive
    from desktop.ui.archive_ops import ArchiveWriter

    session = create_archive(tmp_path / "a.shopsafe", "kata sandi", name="Ibu", kdf=KDF_FLOOR,
                             data_dir=tmp_path / "d")
    seller = session.sellers.add("Budi HP", bank_accounts=["1234567890"])
    session.sellers.mark(seller, "scam", "HP tidak pernah dikirim")
    writer = ArchiveWriter(page)
    writer.session = session
    page.set_archive_writer(lambda: writer)
    mime = QMimeData()
    mime.setImageData(QImage(str(DATA / "chat_id_light.png")))
    report = _paste(qtbot, page, mime)
    assert report.verdict.level is Level.HIGH_RISK and report.findings[0].id == "family.scam"
    assert report.seller_book["reason"] == "HP tidak pernah dikirim"
    session.lock()
