"""The complaint pack through the Archive page: a PDF (read back with QtPdf) and the original
files with their SHA-256, with the where-to-report channels of the country, in two languages."""

from __future__ import annotations

import dataclasses
import hashlib

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QFileDialog

from desktop.archive import create_archive
from desktop.complaint import gather_pack, pack_html
from desktop.i18n import install_translators
from desktop.settings import ARCHIVE_FOLDER, COUNTRY
from desktop.ui.main_window import MainWindow
from desktop.ui.tasks import writer_pool

PASS = "kucing oranye makan pisang goreng"
TIMEOUT = 20_000


def _png() -> bytes:
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def _pdf_text(path) -> str:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    return "\n".join(document.getAllText(page).text() for page in range(document.pageCount()))


@pytest.fixture
def window(qtbot, settings, pool, tmp_path, monkeypatch):
    monkeypatch.setenv("SHOPSAFE_DATA_DIR", str(tmp_path / "data"))
    folder = tmp_path / "Archive.shopsafe"
    session = create_archive(folder, PASS, data_dir=tmp_path / "data")
    order = session.add_order(title="Sepatu lari", seller="Toko Maju", date="2026-11-30",
                              total="Rp 349.000", status="problem")
    session.add_bytes(order, _png(), "transfer.png", mime="image/png")
    session.add_note(order, "The seller stopped answering after the transfer.")
    session.add_check_report(order, {"self_check": {"answers": [
        {"id": "selfcheck.comments", "question": "Comments are open", "answer": "no"}]}},
        title="tokomaju.shop", summary="High risk")
    session.add_cost_breakdown(order, {"format": "shopsafe-cost-breakdown", "lines": [
        {"kind": "goods", "label": "Goods", "amount": "349000", "shown": "Rp 349.000"},
        {"kind": "shipping", "label": "Shipping", "amount": "20000", "shown": "Rp 20.000"}]},
        title="Sepatu lari", summary="369000 IDR")
    session.lock()
    settings.set_value(ARCHIVE_FOLDER, str(folder))
    win = MainWindow(settings, pool)
    qtbot.addWidget(win)
    win.resize(1024, 600)
    win.show()
    win.show_page("archive")
    page = win.page("archive")
    page.passphrase.setText(PASS)
    page.unlock_button.click()
    qtbot.waitUntil(lambda: page.session is not None, timeout=TIMEOUT)
    yield win
    page.lock()
    pool.waitForDone(10_000)
    writer_pool().waitForDone(10_000)


@pytest.mark.parametrize(("language", "country", "expected"), [
    ("en", "ID", ["Complaint pack: Sepatu lari", "Where to report", "cekrekening.id",
                  "aduannomor.id", "IASC (OJK)", "patrolisiber.id", "Not true", "Problem",
                  "Cost breakdown", "Shipping: Rp 20.000",
                  "The seller stopped answering"]),
    ("es", "ES", ["Paquete de denuncia: Sepatu lari", "Dónde denunciar", "INCIBE 017",
                  "900 116 117", "Oficina de consumo", "No es cierto", "Con problemas",
                  "Desglose de costes", "{shipping}: Rp 20.000"]),
])
def test_complaint_pack_pdf_and_files(qtbot, window, settings, qapp, tmp_path, monkeypatch,
                                      language, country, expected):
    settings.set_value(COUNTRY, country)
    install_translators(qapp, language)
    page = window.page("archive")
    assert not page.pack_button.isEnabled()
    page.table.selectRow(0)
    assert page.pack_button.isEnabled()
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    with qtbot.waitSignal(page.pack_maker.finished, timeout=TIMEOUT) as blocker:
        page.pack_button.click()
    pdf = blocker.args[0]
    [pack] = out.iterdir()
    [copy] = (pack / "files").iterdir()
    digest = hashlib.sha256(copy.read_bytes()).hexdigest()
    assert copy.name == "transfer.png" and copy.read_bytes() == _png()
    assert (pack / "SHA256SUMS.txt").read_text() == f"{digest}  files/transfer.png\n"
    text = _pdf_text(pdf)
    flat = " ".join(text.split())
    from PySide6.QtCore import QCoreApplication

    shipping = QCoreApplication.translate("Costs", "Shipping")
    assert language == "en" or shipping != "Shipping"  # the line label is translated
    for phrase in [p.format(shipping=shipping) for p in expected] + [digest[:32]]:
        assert phrase in flat, phrase
    assert pdf in page.message.text()


class _RecordedAs:
    """The real archive session, with the SHA-256 each file's record holds changed, as in an
    archive written before fingerprints were recorded ("") or a record that does not match."""

    def __init__(self, session, sha256_by_name):
        self._session, self._sha = session, sha256_by_name

    def __getattr__(self, name):
        return getattr(self._session, name)

    def attachments(self, order_id):
        return [dataclasses.replace(a, sha256=self._sha.get(a.name, a.sha256))
                for a in self._session.attachments(order_id)]


@pytest.fixture
def two_files(tmp_path):
    session = create_archive(tmp_path / "A.shopsafe", PASS, data_dir=tmp_path / "data")
    order = session.add_order(title="Sepatu lari", seller="Toko Maju")
    session.add_bytes(order, _png(), "a-transfer.png", mime="image/png")
    session.add_bytes(order, b"chat log", "b-chat.txt", mime="text/plain")
    yield session, order
    session.lock()


def test_a_file_without_a_recorded_fingerprint_is_marked_not_verified(two_files, tmp_path):
    session, order = two_files
    contents = gather_pack(_RecordedAs(session, {"b-chat.txt": ""}), order, tmp_path / "pack")
    assert [(f.name, f.verified) for f in contents.files] == [("a-transfer.png", True),
                                                              ("b-chat.txt", False)]
    page = pack_html(contents, "ID", None, "2026-12-04 22:30")
    assert "show they were not changed" not in page
    assert "not verified" in page and "no fingerprint recorded" in page
    whole = gather_pack(session, order, tmp_path / "pack2")
    assert all(f.verified for f in whole.files)
    assert "show they were not changed" in pack_html(whole, "ID", None, "2026-12-04 22:30")


def test_a_mismatching_copy_removes_every_file_exported_by_the_call(two_files, tmp_path):
    session, order = two_files
    with pytest.raises(ValueError):
        gather_pack(_RecordedAs(session, {"b-chat.txt": "0" * 64}), order, tmp_path / "pack")
    assert not (tmp_path / "pack").exists()  # the folders it made go too, once empty


@pytest.mark.parametrize("exported", [False, True])
def test_locking_cancels_a_pack_being_made(qtbot, window, tmp_path, exported):
    page = window.page("archive")
    page.table.selectRow(0)
    out = tmp_path / "out"
    out.mkdir()
    made = []
    page.pack_maker.finished.connect(made.append)
    folder = page.make_complaint_pack(out)
    if exported:  # the files are out, the result waits in the queue for the window
        assert page.pool.waitForDone(10_000) and (folder / "files").is_dir()
    page.lock()
    qtbot.waitUntil(lambda: not page.pack_maker.busy and not page.pack_maker._cleanups,
                    timeout=TIMEOUT)
    writer_pool().waitForDone(10_000)
    qtbot.wait(200)
    assert made == [] and "Complaint pack made" not in page.message.text()
    assert not folder.exists(), list(folder.rglob("*"))  # no decrypted copy left behind


def test_channel_contacts_as_published():
    """The contact details checked against the agencies' published pages (channels.py)."""
    from desktop.complaint import channels_for

    def contacts(country):
        return {str(c.name): c.contact for c in channels_for(country)}

    indonesia = contacts("ID")
    assert indonesia["cekrekening.id"] == "https://cekrekening.id"
    assert indonesia["aduannomor.id"] == "https://aduannomor.id"
    assert "https://iasc.ojk.go.id" in indonesia["IASC (OJK)"] and "157" in indonesia["IASC (OJK)"]
    assert indonesia["patrolisiber.id"] == "https://patrolisiber.id"
    mexico = contacts("MX")
    assert "55 5568 8722" in mexico["PROFECO"] and "800 468 8722" in mexico["PROFECO"]
    assert "55 5340 0999" in mexico["CONDUSEF"]
    assert mexico["Banxico CEP"] == "https://www.banxico.org.mx/cep/"
    spain = contacts("ES")
    assert spain["INCIBE 017"].startswith("017 · WhatsApp 900 116 117")
    assert len(channels_for("FR")) == 4 and channels_for("fr") == channels_for("XX")
