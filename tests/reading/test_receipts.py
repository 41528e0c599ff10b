"""desktop.reading.receipts: fields and arithmetic of receipts in Indonesian, Spanish and English
(texts in receipt_texts.py, written after how the real documents look)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from desktop.money.amount import Money
from desktop.reading.receipts import CheckReason, read_receipt
from tests.reading import receipt_texts as T


def idr(value: int) -> Money:
    return Money(value, "IDR")


def test_indomaret_thermal_receipt():
    r = read_receipt(T.INDOMARET, country="ID", language="id")
    assert r.merchant.value == "INDOMARET"
    assert r.total.value == idr(22500) and "TOTAL" in r.total.source
    assert r.subtotal.value == idr(22500)  # HARGA JUAL
    assert (r.paid.value, r.change.value) == (idr(50000), idr(27500))
    assert r.payment_method.value == "cash"
    # PPN is included in Indonesian shelf prices: DPP + PPN = total, subtotal = total.
    assert (r.tax_base.value, r.tax.value) == (idr(20270), idr(2230))
    assert r.reference.value == "1F23-4-0123"
    assert (r.tax_id.value, r.tax_id_scheme) == ("013379946092000", "NPWP")
    assert r.date.value == datetime(2026, 12, 4, 19, 5, 12)
    assert r.checks == ()


def test_alfamart_discount_and_card():
    r = read_receipt(T.ALFAMART, country="ID", language="id")
    assert (r.subtotal.value, r.discount.value, r.total.value) == (idr(53300), idr(3300),
                                                                    idr(50000))
    assert r.payment_method.value == "card"
    assert r.change.value == idr(0)
    assert r.date.value == datetime(2026, 12, 4, 8, 12)
    assert r.reference.value == "2612-0401-8831"
    assert r.checks == ()


def test_oxxo_ticket_tax_added():
    r = read_receipt(T.OXXO, country="MX", language="es")
    mxn = lambda v: Money(Decimal(v), "MXN")  # noqa: E731
    assert (r.subtotal.value, r.tax.value, r.total.value) == (mxn("32.33"), mxn("5.17"),
                                                               mxn("37.50"))
    assert (r.paid.value, r.change.value) == (mxn("100.00"), mxn("62.50"))
    assert r.reference.value == "4567891" and r.reference.source.startswith("FOLIO")
    assert (r.tax_id.value, r.tax_id_scheme) == ("CCO8605231N4", "RFC")
    assert r.payment_method.value == "cash"
    assert r.checks == ()


def test_spanish_ticket_with_vat_table():
    r = read_receipt(T.MERCADONA, country="ES", language="es")
    eur = lambda v: Money(Decimal(v), "EUR")  # noqa: E731
    assert r.total.value == eur("8.24")  # the table's own "TOTAL 7,92 0,32" is not the total
    assert (r.tax_base.value, r.tax.value) == (eur("7.92"), eur("0.32"))
    assert r.payment_method.value == "card"
    assert (r.tax_id.value, r.tax_id_scheme) == ("A46103834", "NIF")
    assert r.reference.value == "2331-017-456789"
    assert r.date.value == datetime(2026, 12, 4, 18, 42)
    assert r.checks == ()


def test_marketplace_invoice_with_shipping():
    r = read_receipt(T.MARKETPLACE_INVOICE, country="ID", language="id")
    assert r.merchant.value == "Toko Maju Jaya"
    assert r.total.value == idr(245000)
    assert (r.shipping.value, r.discount.value) == (idr(18000), idr(18000))
    assert r.reference.value == "INV/20261204/MPL/3712945501"
    assert r.date.value == date(2026, 12, 4)
    assert r.payment_method.value == "transfer"
    assert r.checks == ()


def test_us_receipt_month_first_and_pm():
    r = read_receipt(T.US_RECEIPT, country="US", language="en")
    assert r.date.value == datetime(2026, 12, 4, 21, 15)
    assert r.total.value == Money(Decimal("6.40"), "USD")
    assert r.checks == ()


@pytest.mark.parametrize("text, country, wrong, right, reason, fields", [
    # A total that does not add up (a receipt edited after printing, or a misread digit).
    (T.OXXO, "MX", "$37.50", "$38.50", CheckReason.TOTAL_MISMATCH, {"subtotal", "tax", "total"}),
    (T.ALFAMART, "ID", "Rp 3.300", "Rp 3.000", CheckReason.TOTAL_MISMATCH,
     {"subtotal", "discount", "total"}),
    (T.US_RECEIPT, "US", "CHANGE DUE       3.60", "CHANGE DUE       3.70",
     CheckReason.CHANGE_MISMATCH, {"paid", "total", "change"}),
    (T.INDOMARET, "ID", "KEMBALI    :                    27.500",
     "KEMBALI    :                    28.500", CheckReason.CHANGE_MISMATCH,
     {"paid", "total", "change"}),
    (T.MERCADONA, "ES", "4%          7,92             0,32", "4%          7,92             0,52",
     CheckReason.TAX_BASE_MISMATCH, {"tax_base", "tax", "total"}),
    (T.INDOMARET, "ID", "01.337.994.6-092.000", "01.337.994.7-092.000",
     CheckReason.INVALID_TAX_ID, {"tax_id"}),
    (T.OXXO, "MX", "CCO8605231N4", "CCO8605231N5", CheckReason.INVALID_TAX_ID, {"tax_id"}),
    (T.MERCADONA, "ES", "A46103834", "A46103835", CheckReason.INVALID_TAX_ID, {"tax_id"}),
])
def test_what_does_not_add_up_is_marked_check_this(text, country, wrong, right, reason, fields):
    assert read_receipt(text, country=country).checks == ()
    changed = text.replace(wrong, right)
    assert changed != text
    r = read_receipt(changed, country=country)
    assert reason in r.reasons()
    check = next(c for c in r.checks if c.reason is reason)
    assert set(check.fields) == fields
    assert all(r.needs_check(name) for name in fields)
    assert str(check.message)  # a sentence, not a code


def test_nothing_is_corrected_silently():
    """The values that disagree are kept as read: the reader flags, never repairs."""
    r = read_receipt(T.OXXO.replace("$37.50", "$38.50"), country="MX")
    assert r.total.value == Money(Decimal("38.50"), "MXN")


def test_an_ocr_misread_amount_is_unreadable_not_guessed():
    r = read_receipt(T.INDOMARET.replace("TUNAI      :                    50.000",
                                         "TUNAI      :                    50.0,00.0"),
                     country="ID")
    assert r.paid is None
    assert CheckReason.UNREADABLE_AMOUNT in r.reasons() and r.needs_check("paid")


def test_two_different_totals_keep_neither():
    text = T.OXXO + "TOTAL                    $47.50\n"
    r = read_receipt(text, country="MX")
    assert r.total is None and CheckReason.CONFLICTING in r.reasons()


def test_paid_less_than_total():
    text = T.OXXO.replace("$100.00", "$30.00").replace("CAMBIO                   $62.50\n", "")
    assert CheckReason.PAID_TOO_LITTLE in read_receipt(text, country="MX").reasons()


def test_several_vat_rates_on_lines_are_summed():
    text = ("SUPERMERCADO EL SOL\nBase imponible 10% 10,00\nIVA 10% 1,00\n"
            "Base imponible 21% 20,00\nIVA 21% 4,20\nTotal a pagar 35,20 €\n")
    r = read_receipt(text, country="ES", language="es")
    assert r.tax.value == Money(Decimal("5.20"), "EUR")
    assert r.tax_base.value == Money(Decimal("30.00"), "EUR")
    assert r.total.value == Money(Decimal("35.20"), "EUR") and r.checks == ()


@pytest.mark.parametrize("line, country, expected", [
    ("Total Bayar Rp 245.000", "ID", Money(245000, "IDR")),
    ("Grand Total 245.000", "ID", Money(245000, "IDR")),
    ("Total a pagar 1.234,56 €", "ES", Money(Decimal("1234.56"), "EUR")),
    ("Importe $1,299.00", "MX", Money(Decimal("1299.00"), "MXN")),
    ("Total $1,299.00", "US", Money(Decimal("1299.00"), "USD")),
])
def test_local_total_labels_and_number_formats(line, country, expected):
    assert read_receipt("TOKO\n" + line, country=country).total.value == expected


def test_dates_are_day_first_outside_the_us():
    assert read_receipt("TOKO\nTgl 03/04/2026", country="ID").date.value == date(2026, 4, 3)
    assert read_receipt("SHOP\nDate 03/04/2026", country="US").date.value == date(2026, 3, 4)
    assert read_receipt("TIENDA\nFecha 31/02/2026", country="ES").date is None
    assert read_receipt("TIENDA\n4 de diciembre de 2026", country="ES").date.value == date(
        2026, 12, 4)


def test_never_raises_on_odd_text():
    for text in ("", "\n\n", "TOTAL", "TOTAL : abc", "Rp" * 5000, "1" * 30000, "IVA %%%"):
        read_receipt(text, country="ID")


def test_restaurant_bill_with_service_and_pb1():
    r = read_receipt(T.RESTAURANT, country="ID", language="id")
    assert (r.service.value, r.tax.value, r.total.value) == (idr(3600), idr(7560), idr(83160))
    assert r.reference.value == "0412-0087"
    assert r.checks == ()
    # Without the service line the sum no longer holds: flagged, not recomputed.
    r = read_receipt(T.RESTAURANT.replace("Service 5%                        3.600\n", ""),
                     country="ID")
    assert CheckReason.TOTAL_MISMATCH in r.reasons() and r.total.value == idr(83160)


def test_amounts_are_confirmed_only_by_a_sum_that_holds():
    r = read_receipt(T.OXXO, country="MX")
    assert all(r.confirmed(n) for n in ("subtotal", "tax", "total", "paid", "change"))
    r = read_receipt(T.INDOMARET, country="ID")
    # PPN is included: the subtotal = total sum does not hold the tax, DPP + PPN = total does.
    assert all(r.confirmed(n) for n in ("subtotal", "total", "tax", "tax_base", "change"))
    # Without a total nothing can be held against anything: read, but unconfirmed.
    r = read_receipt(T.OXXO.replace("TOTAL                    $37.50\n", ""), country="MX")
    assert r.change.value == Money(Decimal("62.50"), "MXN") and r.checks == ()
    assert not any(r.confirmed(n) for n in ("subtotal", "tax", "paid", "change"))
    # A failed sum un-confirms its terms.
    r = read_receipt(T.OXXO.replace("$62.50", "$63.50"), country="MX")
    assert r.confirmed("subtotal") and not r.confirmed("change") and not r.confirmed("total")


def test_mangled_receipts_never_raise():
    """OCR garbage in every position: the readers answer, they never raise (seeded)."""
    import random
    from datetime import timezone

    from desktop.reading.transfers import read_transfer_proof

    rng = random.Random(16)
    texts = [T.INDOMARET, T.ALFAMART, T.OXXO, T.MERCADONA, T.MARKETPLACE_INVOICE, T.US_RECEIPT,
             T.RESTAURANT, T.BRIMO, T.BCA, T.SPEI, T.BIZUM]
    alphabet = "0123456789.,:-/ \nRpTOTALIVAPPN€$%()*xKembaliCAMBIOº"
    for _ in range(150):
        chars = list(rng.choice(texts))
        for _ in range(rng.randint(1, 30)):
            chars[rng.randrange(len(chars))] = rng.choice(alphabet)
        text = "".join(chars)
        for country in ("ID", "ES", "MX", "US"):
            read_receipt(text, country=country)
            read_transfer_proof(text, now=datetime(2026, 12, 4, tzinfo=timezone.utc),
                                country=country)


def test_a_receipt_dated_after_today_is_marked():
    r = read_receipt(T.OXXO, country="MX", today=date(2026, 12, 3))
    assert r.reasons() == {CheckReason.FUTURE_DATE} and r.needs_check("date")
    assert r.date.value == datetime(2026, 12, 4, 14, 35)  # kept as read
    assert read_receipt(T.OXXO, country="MX", today=date(2026, 12, 4)).checks == ()


@pytest.mark.parametrize("line", ["Kartu Debit BCA ****1234", "VISA XXXX-XXXX-XXXX-1234",
                                  "Debit BCA 1234", "Tarjeta **** **** **** 1234"])
def test_a_card_number_after_a_method_is_not_the_amount_paid(line):
    text = T.ALFAMART.replace("Debit BCA                     Rp 50.000", line)
    r = read_receipt(text, country="ID", language="id")
    assert r.paid is None and r.payment_method.value == "card"
    assert CheckReason.PAID_TOO_LITTLE not in r.reasons()


@pytest.mark.parametrize("line, paid", [("Debit BCA ****1234            Rp 50.000", 50000),
                                        ("Kartu Kredit Rp. 5000", 5000), ("Debit BCA Rp5000", 5000)])
def test_a_card_label_with_its_amount_is_still_read(line, paid):
    text = T.ALFAMART.replace("Debit BCA                     Rp 50.000", line)
    r = read_receipt(text, country="ID", language="id")
    assert r.paid.value == idr(paid) and r.payment_method.value == "card"


@pytest.mark.parametrize("line, country, expected, valid", [
    ("NPWP: 01.300.066.6-091.000 Jl. Sudirman 5", "ID", "013000666091000", True),
    ("NPWP: 01 300 066 6 091 000", "ID", "013000666091000", True),
    ("NPWP: 01.300.066.7-091.000 Jl. Sudirman 5", "ID", "013000667091000", False),
    ("NIF: B12345674 C/ Mayor 3", "ES", "B12345674", True),
    ("NIF: A46103834, Calle Mayor 3", "ES", "A46103834", True),
    ("RFC: CCO8605231N4 AV. JUAREZ 10", "MX", "CCO8605231N4", True),
])
def test_a_tax_id_stops_before_the_next_word(line, country, expected, valid):
    r = read_receipt("TOKO CONTOH\n" + line + "\n", country=country)
    assert r.tax_id.value == expected
    assert (CheckReason.INVALID_TAX_ID in r.reasons()) is not valid
