"""Issue 16: every stored file's text read (OCR, PDF text layer, scanned PDF, e-mail), kept
encrypted in the archive, found by words, amounts, dates and references; orders reviewed
against their files."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from desktop.archive import KDF_FLOOR, create_archive
from desktop.archive.review import order_account
from desktop.archive.searchkeys import index_keys, query_terms
from desktop.reading.documents import email_text, read_document
from desktop.reading.imagemeta import editing_software
from tests.reading import receipt_texts as T
from tests.reading.make_pdfs import png, scanned_pdf, text_pdf

LANGS = ("ind", "spa", "eng")
WIB = timezone(timedelta(hours=7))
NOW = datetime(2026, 12, 4, 21, 0, tzinfo=WIB)
PASS = "kucing oranye makan pisang goreng"


@pytest.fixture
def session(tmp_path: Path):
    made = create_archive(tmp_path / "R.shopsafe", PASS, kdf=KDF_FLOOR, data_dir=tmp_path)
    yield made
    made.lock()


def _read_all(session, country="ID"):
    return list(session.read_files(session.unread_files(), LANGS, country=country))


def test_a_text_pdf_is_read_from_its_text_layer_without_ocr():
    document = read_document(text_pdf([T.MARKETPLACE_INVOICE]), "inv.pdf", "application/pdf",
                             LANGS)
    assert document.how == "pdf-text" and document.ocr_pages == 0
    assert "INVOICE" in document.text


def test_a_scanned_pdf_page_is_rendered_and_read_by_ocr():
    document = read_document(scanned_pdf([T.ALFAMART]), "scan.pdf", "application/pdf", LANGS)
    assert document.how == "pdf-ocr" and document.pages == 1 and document.ocr_pages == 1
    assert "Total Bayar" in document.text and "50.000" in document.text


def test_a_damaged_pdf_is_unreadable_not_a_crash():
    from desktop.reading.errors import UnreadableImage

    with pytest.raises(UnreadableImage):
        read_document(b"%PDF-1.4 garbage", "x.pdf", "application/pdf", LANGS)


def test_an_email_gives_its_headers_and_plain_body():
    mail = (b"From: Toko Maju <cs@tokomaju.id>\r\nSubject: Invoice INV/2026/12/0042\r\n"
            b"Content-Type: text/html; charset=utf-8\r\n\r\n<html><style>p{}</style><p>Total "
            b"Bayar <b>Rp 245.000</b></p></html>")
    text = email_text(mail)
    assert "Subject: Invoice INV/2026/12/0042" in text and "Total Bayar Rp 245.000" in text
    assert "p{}" not in text


def test_editing_software_in_picture_metadata():
    assert editing_software(png("x", Software="Adobe Photoshop 25.1 (Windows)")).startswith(
        "Adobe Photoshop")
    assert editing_software(png("x", Software="Snapseed 2.0")) == "Snapseed 2.0"
    # A phone's own screenshot tool is not an editor; no metadata says nothing.
    assert editing_software(png("x", Software="Android")) is None
    assert editing_software(png("x")) is None
    assert editing_software(b"not a picture") is None


def test_exif_software_tag_of_a_jpeg():
    import io

    from PIL import Image

    exif = Image.Exif()
    exif[0x0131] = "PicsArt Photo Studio"
    out = io.BytesIO()
    Image.new("RGB", (40, 40), "white").save(out, format="JPEG", exif=exif)
    assert editing_software(out.getvalue()) == "PicsArt Photo Studio"


@pytest.mark.parametrize("query", ["245.000", "245000", "Rp245rb", "Rp 245.000", "245rb",
                                   "245,000"])
def test_amount_queries_share_the_index_key_of_the_printed_amount(query):
    printed = set(index_keys("TOTAL BAYAR : Rp 245.000"))
    assert "amt245000" in printed
    assert "amt245000" in " ".join(query_terms(query))


def test_date_and_reference_keys():
    keys = set(index_keys("Tanggal 4 Desember 2026\nNo. Ref 12345678901O"))
    assert {"dt20261204", "ref123456789010"} <= keys
    assert "dt20261204" in " ".join(query_terms("04/12/2026"))
    assert "dt20261204" in " ".join(query_terms("2026-12-04"))
    assert "ref123456789010" in " ".join(query_terms("123456789010"))
    # Not amounts: a day, a code with leading zeros, an account number.
    assert index_keys("04 0012 012345678901234") == ["ref012345678901234"]


def test_files_are_read_once_stored_encrypted_and_found(session):
    order = session.add_order(title="Belanja", seller="Alfamart", total="Rp 50.000",
                              date="2026-12-04")
    session.add_bytes(order, text_pdf([T.INDOMARET]), "struk.pdf")
    session.add_bytes(order, scanned_pdf([T.ALFAMART]), "scan.pdf")
    session.add_bytes(order, png(T.BRIMO), "bukti.png")
    session.add_bytes(order, b"\x00\x01binary", "clip.bin")  # holds no text: never queued
    assert len(session.unread_files()) == 3
    outcomes = _read_all(session)
    assert [o[3] for o in outcomes] == ["read", "read", "read"]
    assert session.unread_files() == []  # read once
    readings = {a.name: session.reading(a.id) for a in session.attachments(order)}
    assert readings["struk.pdf"].how == "pdf-text" and readings["struk.pdf"].kind == "receipt"
    assert readings["scan.pdf"].how == "pdf-ocr"
    assert readings["bukti.png"].kind == "transfer" and readings["bukti.png"].how == "ocr"
    assert readings["struk.pdf"].fields["total"] == "22500 IDR"
    assert readings["clip.bin"] is None
    for query in ("INDOMARCO", "22.500", "22500", "Rp22,5rb", "1F23-4-0123", "2026-12-04",
                  "Kembali 27.500", "BUDI SANTOSO", "245rb"):
        assert [o.id for o in session.search(query)] == [order], query
    assert session.search("Rp 999.999") == []
    # Stored in the journal: encrypted, never in plaintext.
    for path in session.folder.rglob("*"):
        if path.is_file():
            assert b"INDOMARCO" not in path.read_bytes()


def test_readings_survive_lock_and_are_indexed_again_on_unlock(session, tmp_path):
    from desktop.archive import open_archive

    order = session.add_order(title="x")
    session.add_bytes(order, text_pdf([T.OXXO]), "ticket.pdf")
    _read_all(session, country="MX")
    session.lock()
    reopened = open_archive(tmp_path / "R.shopsafe", PASS, data_dir=tmp_path)
    try:
        assert [o.id for o in reopened.search("CADENA COMERCIAL")] == [order]
        assert reopened.unread_files() == []
    finally:
        reopened.lock()


def test_review_finds_what_disagrees_and_suggests_fields(session):
    order = session.add_order(title="Belanja", seller="Indomaret", total="Rp 25.000",
                              date="2026-12-01")
    session.add_bytes(order, text_pdf([T.ALFAMART]), "struk.pdf")
    _read_all(session)
    review = session.review(order, country="ID", now=NOW)
    topics = {f.topic for f in review.findings}
    assert {"amount", "date", "seller"} <= topics
    suggested = {s.field: s.value for s in review.suggestions}
    assert suggested == {"total": "Rp 50.000", "date": "2026-12-04", "seller": "ALFAMART"}
    session.update_order(order, **suggested)
    after = session.review(order, country="ID", now=NOW)
    assert after.findings == () and after.suggestions == ()


def test_a_check_this_field_is_never_suggested(session):
    wrong = T.ALFAMART.replace("Total Bayar                   Rp 50.000",
                               "Total Bayar                   Rp 55.000")
    order = session.add_order(title="x", total="")
    session.add_bytes(order, text_pdf([wrong]), "struk.pdf")
    _read_all(session)
    review = session.review(order, country="ID", now=NOW)
    assert "total" not in {s.field for s in review.suggestions}
    assert "check" in {f.topic for f in review.findings}


def test_a_transfer_proof_is_compared_with_the_order_and_the_notes_account(session):
    order = session.add_order(title="Sepatu", seller="Budi", total="Rp 250.000",
                              notes="Bayar ke rek BCA 987 654 3210 a.n. Budi")
    session.add_bytes(order, png(T.BRIMO), "bukti.png")
    session.add_bytes(order, png(T.BCA, Software="Adobe Photoshop 25.1"), "bca.png")
    _read_all(session)
    topics = [f.topic for f in session.review(order, country="ID", now=NOW).findings]
    assert topics.count("amount") == 2 and topics.count("account") == 2
    assert "edited" in topics


def test_order_account_only_when_the_notes_name_one():
    assert order_account(["transfer ke rek BCA 1234567890"]) == "1234567890"
    assert order_account(["CLABE 012180001234567899"]) == "012180001234567899"
    assert order_account(["call 0812 3456 7890"]) is None
    assert order_account(["rek 1234567890", "cuenta 9876543210"]) is None


def test_an_invalid_clabe_on_a_spei_proof_is_reported():
    from desktop.reading.transfers import ProofProblem, read_transfer_proof

    bad = T.SPEI.replace("012180001234567899", "012180001234567891")
    now = datetime(2026, 12, 4, 18, tzinfo=timezone(timedelta(hours=-6)))
    assert ProofProblem.ACCOUNT_INVALID in read_transfer_proof(bad, now=now,
                                                               country="MX").problems()
    assert ProofProblem.ACCOUNT_INVALID not in read_transfer_proof(T.SPEI, now=now,
                                                                   country="MX").problems()


def test_o_read_for_zero_in_a_reference_is_folded():
    from desktop.reading.transfers import fold_reference, read_transfer_proof

    assert fold_reference("12345678901O") == "123456789010"
    assert fold_reference("MBAN01002612040012345678") == "MBAN01002612040012345678"
    proof = read_transfer_proof(T.BRIMO.replace("123456789012", "1234567890I2".replace(
        "I", "O")), now=NOW, country="ID")
    assert proof.reference.value == "123456789002"


def test_ocr_space_after_a_thousands_separator_still_gives_the_amount_key():
    assert "amt135366" in index_keys("Grand Total Rp135. 366")


def test_a_file_too_large_to_read_in_memory_is_marked_not_retried(session, monkeypatch):
    import desktop.archive.readtext as readtext

    monkeypatch.setattr(readtext, "MAX_BYTES", 1000)
    order = session.add_order(title="x")
    session.add_bytes(order, text_pdf([T.OXXO]), "big.pdf")
    assert [o[3] for o in _read_all(session)] == ["unreadable"]
    assert session.unread_files() == []


def test_a_damaged_picture_is_stored_as_unreadable(session):
    order = session.add_order(title="x")
    session.add_bytes(order, b"\x89PNG\r\n\x1a\nbroken", "broken.png")
    assert [o[3] for o in _read_all(session)] == ["unreadable"]
    assert session.reading(session.attachments(order)[0].id).status == "unreadable"


def test_without_the_ocr_engine_pictures_stay_unread_and_are_read_later(session, monkeypatch,
                                                                         tmp_path):
    order = session.add_order(title="x")
    session.add_bytes(order, png(T.BCA), "bukti.png")
    session.add_bytes(order, text_pdf([T.OXXO]), "ticket.pdf")
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))  # no tesseract on the PATH
    outcomes = sorted(o[3] for o in _read_all(session))
    assert outcomes == ["no-ocr", "read"]
    assert [a.name for a in session.unread_files()] == ["bukti.png"]
    monkeypatch.undo()
    assert [o[3] for o in _read_all(session)] == ["read"]
