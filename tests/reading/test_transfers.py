"""desktop.reading.transfers: bukti transfer (BRImo, BCA), comprobante SPEI and Bizum read from
their text, checked for plausibility, and compared with the order."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal

from desktop.money.amount import Money
from desktop.reading.transfers import ProofProblem, compare_with_order, read_transfer_proof
from tests.reading import receipt_texts as T

WIB = timezone(timedelta(hours=7))
MEXICO = timezone(timedelta(hours=-6))
MADRID = timezone(timedelta(hours=1))
NOW_ID = datetime(2026, 12, 4, 16, 0, tzinfo=WIB)


def test_brimo_proof_recipient_not_the_sender():
    p = read_transfer_proof(T.BRIMO, now=NOW_ID, country="ID")
    assert p.kind == "bri"
    assert p.reference.value == "123456789012"
    assert p.time.value == datetime(2026, 12, 4, 14, 5, 12, tzinfo=WIB)
    assert p.amount.value == Money(245000, "IDR") and p.amount.source.startswith("Nominal")
    assert p.recipient_account.value == "1234567890"  # not the sender's 0123 0100 1234 567
    assert p.recipient_name.value == "BUDI SANTOSO"
    assert p.issues == ()
    assert compare_with_order(p, total=Money(245000, "IDR"), account="123-456-7890") == ()


def test_bca_proof():
    p = read_transfer_proof(T.BCA, now=NOW_ID, country="ID")
    assert p.kind == "bca"
    assert p.reference.value == "5D3A1B2C3D4E"
    assert p.amount.value == Money(245000, "IDR")
    assert p.recipient_account.value == "1234567890"
    assert p.recipient_name.value == "BUDI SANTOSO"
    assert p.issues == ()


def test_spei_uses_the_clave_de_rastreo_and_points_to_cep():
    now = datetime(2026, 12, 4, 18, 0, tzinfo=MEXICO)
    p = read_transfer_proof(T.SPEI, now=now, country="MX")
    assert p.kind == "spei"
    assert p.reference.value == "MBAN01002612040012345678"
    assert p.reference.source.startswith("Clave de rastreo")
    assert p.amount.value == Money(Decimal("1299.00"), "MXN")
    assert p.recipient_account.value == "012180001234567899"
    assert p.recipient_name.value == "JUAN PEREZ LOPEZ"
    assert p.time.value == datetime(2026, 12, 4, 14, 5, 12, tzinfo=MEXICO)
    assert "CEP" in str(p.advice) and "screenshot is not a payment" in str(p.advice)


def test_bizum_has_no_reference_and_the_phone_is_the_account():
    p = read_transfer_proof(T.BIZUM, now=datetime(2026, 12, 4, 20, 0, tzinfo=MADRID),
                            country="ES")
    assert p.kind == "bizum"
    assert p.amount.value == Money(Decimal("25.00"), "EUR")
    assert p.recipient_name.value == "María García"
    assert p.problems() == {ProofProblem.REFERENCE_MISSING}
    issues = compare_with_order(p, total=Money(25, "EUR"), account="612 345 678")
    assert {i.problem for i in issues} == {ProofProblem.REFERENCE_MISSING}


def test_every_proof_carries_the_advice():
    for text in (T.BRIMO, T.BCA, T.SPEI, T.BIZUM, "", "anything"):
        p = read_transfer_proof(text, now=NOW_ID, country="ID")
        assert "screenshot is not a payment" in str(p.advice)
        assert p.advice.context == "Receipts"


def test_a_proof_dated_in_the_future():
    earlier = datetime(2026, 12, 4, 13, 0, tzinfo=WIB)  # the proof says 14:05 WIB
    p = read_transfer_proof(T.BRIMO, now=earlier, country="ID")
    assert ProofProblem.TIME_IN_FUTURE in p.problems()
    # A few minutes of clock difference between phone and computer is not "the future".
    p = read_transfer_proof(T.BRIMO, now=datetime(2026, 12, 4, 14, 2, tzinfo=WIB), country="ID")
    assert p.issues == ()


def test_missing_reference_time_and_implausible_date():
    text = T.BCA.replace("No. Referensi: 5D3A1B2C3D4E\n", "")
    assert ProofProblem.REFERENCE_MISSING in read_transfer_proof(
        text, now=NOW_ID, country="ID").problems()
    text = T.BCA.replace("Tanggal: 04/12/2026 14:05:12\n", "")
    assert ProofProblem.TIME_MISSING in read_transfer_proof(text, now=NOW_ID,
                                                            country="ID").problems()
    text = T.BCA.replace("04/12/2026", "04/12/1996")
    assert ProofProblem.TIME_IMPLAUSIBLE in read_transfer_proof(text, now=NOW_ID,
                                                                country="ID").problems()


def test_mismatches_with_the_order_are_typed():
    p = read_transfer_proof(T.BCA, now=NOW_ID, country="ID")
    issues = compare_with_order(p, total=Money(254000, "IDR"), account="9876543210")
    assert {i.problem for i in issues} == {ProofProblem.AMOUNT_DIFFERS,
                                           ProofProblem.ACCOUNT_DIFFERS}
    assert all(str(i.message) for i in issues)


def test_a_masked_account_is_only_partly_matched():
    p = read_transfer_proof(T.BCA.replace("1234567890", "******7890"), now=NOW_ID, country="ID")
    issues = compare_with_order(p, total=Money(245000, "IDR"), account="1234567890")
    assert {i.problem for i in issues} == {ProofProblem.ACCOUNT_PARTLY_HIDDEN}
    issues = compare_with_order(p, total=Money(245000, "IDR"), account="1234561111")
    assert {i.problem for i in issues} == {ProofProblem.ACCOUNT_DIFFERS}


def test_no_amount_and_no_account():
    p = read_transfer_proof("Transfer berhasil\nNo. Ref 998877665544\n04/12/2026 10:00",
                            now=NOW_ID, country="ID")
    assert ProofProblem.AMOUNT_MISSING in p.problems()
    issues = compare_with_order(p, total=Money(1, "IDR"), account="1234567890")
    assert ProofProblem.ACCOUNT_MISSING in {i.problem for i in issues}


LIVIN = """livin' by mandiri
Transfer Berhasil
Rp 1.250.000
04 Des 2026 • 14:05:12 WIB
Penerima
BUDI SANTOSO
Bank Mandiri - 1370012345678
No. Referensi
202612041405123456
Sumber Dana
SITI AMINAH
"""


def test_livin_headline_amount_and_recipient_block():
    p = read_transfer_proof(LIVIN, now=NOW_ID, country="ID")
    assert p.kind == "mandiri"
    assert p.amount.value == Money(1250000, "IDR") and p.amount.source == "Rp 1.250.000"
    assert p.reference.value == "202612041405123456"
    assert p.recipient_name.value == "BUDI SANTOSO"
    assert p.recipient_account.value == "1370012345678"
    assert p.time.value == datetime(2026, 12, 4, 14, 5, 12, tzinfo=WIB)
    # Two different unlabelled amounts: neither is taken.
    p = read_transfer_proof(LIVIN.replace("Penerima", "Rp 2.500\nPenerima"), now=NOW_ID,
                            country="ID")
    assert p.amount is None and ProofProblem.AMOUNT_MISSING in p.problems()


def test_the_advice_and_reasons_are_translated(qapp):
    from desktop.i18n import install_translators, qt_translate
    from desktop.money.amount import localize

    spei = read_transfer_proof(T.SPEI, now=datetime(2026, 12, 4, 18, tzinfo=MEXICO),
                               country="MX")
    bca = read_transfer_proof(T.BCA, now=NOW_ID, country="ID")
    differs = compare_with_order(bca, total=Money(1, "IDR"), account=None)[0]
    try:
        install_translators(qapp, "es")
        assert spei.advice.render(qt_translate).startswith(
            "Una captura de pantalla no es un pago")
        assert "clave de rastreo" in spei.advice.render(qt_translate)
        install_translators(qapp, "id")
        assert "mutasi rekening" in bca.advice.render(qt_translate)
        # Amounts are Decimal arguments: the caller writes them the reader's way.
        assert localize(differs.message, "id_ID").render(qt_translate) == (
            "Bukti ini menunjukkan 245.000 IDR, padahal total pesanan 1 IDR.")
    finally:
        install_translators(qapp, "en")
