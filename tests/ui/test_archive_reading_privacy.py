"""Issue 16: no plaintext of the read text ever reaches disk outside the archive.

A whole session through the real window — a picture read by Tesseract, a PDF with a text layer,
a scanned PDF rendered and OCR'd, an e-mail; search, the review list, "Use these", lock — and
then every file under the temporary folder, the data folder, the settings and cache folders
and the archive folder is searched for words that appear only in the read text (the original
files sit in a folder that is not searched: they are the person's own copies)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from desktop.archive import KDF_FLOOR, create_archive
from desktop.settings import ARCHIVE_FOLDER, COUNTRY
from desktop.ui.main_window import MainWindow
from tests.reading.make_pdfs import png, scanned_pdf, text_pdf

PASS = "kucing oranye makan pisang goreng"
# Words that appear only on these documents (and survive OCR: plain capitals, clear print).
RECEIPT = """TOKO KELINCIBIRU
JL. MAWAR 9 BANDUNG
No. Struk: 7731-0402-5566
04.12.2026 08:12
Subtotal Rp 88.300
Diskon Rp 3.300
Total Bayar Rp 85.000
Tunai Rp 100.000
Kembali Rp 15.000
"""
SECRETS = (b"KELINCIBIRU", b"7731-0402-5566", b"ZAITUNHIJAU", b"PERKUTUTEMAS", b"GAJAHUNGU")


def _scan(folder: Path) -> list[str]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            try:
                data = path.read_bytes()
            except OSError:
                continue
            for secret in SECRETS:
                for form in (secret, secret.lower(), secret.decode().encode("utf-16-le")):
                    if form in data:
                        found.append(f"{path}: {secret.decode()}")
    return found


@pytest.fixture
def folders(tmp_path: Path, monkeypatch):
    names = {n: tmp_path / n for n in ("tmp", "data", "config", "cache", "home", "originals")}
    for path in names.values():
        path.mkdir()
    monkeypatch.setenv("TMPDIR", str(names["tmp"]))
    monkeypatch.setattr(tempfile, "tempdir", None)  # forget the temporary folder chosen before
    monkeypatch.setenv("SHOPSAFE_DATA_DIR", str(names["data"]))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(names["config"]))
    monkeypatch.setenv("XDG_CACHE_HOME", str(names["cache"]))
    monkeypatch.setenv("HOME", str(names["home"]))
    return names


def test_a_whole_reading_session_leaves_no_plaintext_on_disk(qtbot, tmp_path, pool, folders,
                                                              qapp):
    from desktop.settings import Settings

    settings = Settings(folders["config"] / "settings.ini")
    settings.set_value(COUNTRY, "ID")
    archive = tmp_path / "Family.shopsafe"
    create_archive(archive, PASS, kdf=KDF_FLOOR, data_dir=folders["data"]).lock()
    settings.set_value(ARCHIVE_FOLDER, str(archive))
    originals = folders["originals"]
    (originals / "struk.png").write_bytes(png(RECEIPT))
    (originals / "faktur.pdf").write_bytes(text_pdf([RECEIPT.replace("KELINCIBIRU",
                                                                     "ZAITUNHIJAU")]))
    (originals / "scan.pdf").write_bytes(scanned_pdf([RECEIPT.replace("KELINCIBIRU",
                                                                      "PERKUTUTEMAS")]))
    (originals / "mail.eml").write_bytes(
        b"From: toko@example.id\r\nSubject: Pesanan GAJAHUNGU\r\n\r\nTotal Bayar Rp 85.000\r\n")
    assert len(_scan(originals)) >= 4  # the scanner finds the words where they are

    window = MainWindow(settings, pool)
    qtbot.addWidget(window)
    window.show_page("archive")
    window.show()
    page = window.page("archive")
    page.passphrase.setText(PASS)
    page.unlock_button.click()
    qtbot.waitUntil(lambda: page.session is not None, timeout=20_000)
    page.add_paths(sorted(originals.iterdir()))
    qtbot.waitUntil(lambda: not page.adder.busy, timeout=20_000)
    qtbot.waitUntil(lambda: page.session.unread_files() == [] and not page.reading.reader.busy,
                    timeout=120_000)
    order = page.current_order_id()
    assert order
    hows = sorted(page.session.reading(a.id).how for a in page.session.attachments(order))
    assert hows == ["email", "ocr", "pdf-ocr", "pdf-text"]
    for query in ("KELINCIBIRU", "ZAITUNHIJAU", "PERKUTUTEMAS", "GAJAHUNGU", "85000"):
        page.search.setText(query)
        page._apply_filters()
        assert page.model.rowCount() == 1, query
    page.search.clear()
    page._apply_filters()
    page.select_order(order)
    qtbot.waitUntil(lambda: page.reading.fields.use_button.isVisible(), timeout=20_000)
    page.reading.fields.use_button.click()
    qtbot.waitUntil(lambda: page.session.order(order).total == "Rp 85.000", timeout=20_000)
    page.lock()
    pool.waitForDone(20_000)
    from desktop.ui.tasks import writer_pool

    writer_pool().waitForDone(20_000)
    settings.sync()
    leaks = []
    for name in ("tmp", "data", "config", "cache", "home"):
        leaks += _scan(folders[name])
    leaks += _scan(archive)
    assert leaks == []
    assert any(archive.rglob("*.rec"))  # the readings are there, encrypted
