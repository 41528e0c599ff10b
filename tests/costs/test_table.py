"""Table-driven cases across IDR, EUR, USD, MXN, ARS, COP and JPY, each worked out by hand.

Parsing: (text, country, default currency) → (amount, currency, ambiguous).
Totals: an offer → the total; the arithmetic is in the comment of every case.
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from desktop.costs import (
    Charge,
    Fee,
    Offer,
    PriceParseError,
    Rate,
    Voucher,
    compute,
    parse_price,
)

# text, country, default, expected amount, currency, ambiguous
PARSE_CASES = [
    # IDR
    ("Rp 1.250.000", "ID", None, D("1250000"), "IDR", False),
    ("Rp1,250,000", "ID", None, D("1250000"), "IDR", False),
    ("IDR 50rb", "ID", None, D("50000"), "IDR", False),            # 50 × 1 000
    ("50 ribu", "ID", None, D("50000"), "IDR", True),              # no mark → country
    ("1,5jt", "ID", None, D("1500000"), "IDR", True),              # 1.5 × 1 000 000
    ("2 juta", "ID", None, D("2000000"), "IDR", True),
    ("Rp 99.000,00", "ID", None, D("99000"), "IDR", False),        # ,00 are decimals
    ("Rp. 75.500", "ID", None, D("75500"), "IDR", False),
    ("Rp 50.000,-", "ID", None, D("50000"), "IDR", False),
    ("Harga: Rp 150.000 (nego)", "ID", None, D("150000"), "IDR", False),
    ("idr 1jt", None, None, D("1000000"), "IDR", False),
    ("Rp 1 250 000", None, None, D("1250000"), "IDR", False),      # spaces group digits
    ("Gratis", "ID", None, D("0"), "IDR", True),
    ("gratis", None, "IDR", D("0"), "IDR", True),
    ("2.5jt", "ID", None, D("2500000"), "IDR", True),              # 2.5 × 1 000 000
    ("Rp 12.500", "ID", None, D("12500"), "IDR", False),           # 12.500 → grouping
    # EUR
    ("1.234,56 €", "ES", None, D("1234.56"), "EUR", False),
    ("€1.234,56", "ES", None, D("1234.56"), "EUR", False),
    ("12,50 €", "ES", None, D("12.50"), "EUR", False),
    ("EUR 1,234.56", None, None, D("1234.56"), "EUR", False),
    ("1 234,56 €", None, None, D("1234.56"), "EUR", False),
    ("1.234 €", None, None, D("1234"), "EUR", False),              # 3 digits: grouping
    ("0,99€", None, None, D("0.99"), "EUR", False),
    ("25 euros", None, None, D("25"), "EUR", False),
    # USD
    ("$1,299.00", "US", None, D("1299.00"), "USD", True),          # $ by country US
    ("US$ 20", "MX", None, D("20"), "USD", False),                 # explicit, even in Mexico
    ("USD 5.99", None, None, D("5.99"), "USD", False),
    ("$19.99", None, None, D("19.99"), "USD", True),               # no country → US dollar
    ("free", "US", None, D("0"), "USD", True),
    ("U$S 150", "AR", None, D("150"), "USD", False),               # Argentine way of writing USD
    # MXN
    ("MX$ 1,299", "MX", None, D("1299"), "MXN", False),
    ("1299 pesos", "MX", None, D("1299"), "MXN", True),
    ("$1,299.50", "MX", None, D("1299.50"), "MXN", True),          # $ by country MX
    ("MXN 2.500,00", None, None, D("2500.00"), "MXN", False),
    ("$ 349", None, "MXN", D("349"), "MXN", True),                 # $ by default currency
    # ARS
    ("ARS 12.500,50", None, None, D("12500.50"), "ARS", False),
    ("$ 45.999", "AR", None, D("45999"), "ARS", True),
    ("1500 pesos", "AR", None, D("1500"), "ARS", True),
    ("AR$ 2.000", None, None, D("2000"), "ARS", False),
    ("$ 1.250.000,99", "AR", None, D("1250000.99"), "ARS", True),
    # COP
    ("COP 45.900", None, None, D("45900"), "COP", False),
    ("$ 89.900", "CO", None, D("89900"), "COP", True),
    ("COL$ 1.200.000", None, None, D("1200000"), "COP", False),
    ("35 mil pesos", "CO", None, D("35000"), "COP", True),         # 35 × 1 000
    # JPY
    ("¥1,200", None, None, D("1200"), "JPY", True),                # ¥ is also the yuan: shown
    ("1200円", None, None, D("1200"), "JPY", False),
    ("JPY 3,980", None, None, D("3980"), "JPY", False),
    ("1,980 yen", None, None, D("1980"), "JPY", False),
]


@pytest.mark.parametrize(("text", "country", "default", "amount", "currency", "ambiguous"),
                         PARSE_CASES, ids=[case[0] for case in PARSE_CASES])
def test_parse(text, country, default, amount, currency, ambiguous):
    price = parse_price(text, default, country=country)
    assert price.amount == amount
    assert price.currency == currency
    assert price.ambiguous is ambiguous
    if ambiguous:
        assert price.note is not None  # the resolution is shown to the user


BAD_TEXTS = [
    ("", "empty"), ("   ", "empty"), ("abc", "no-number"), ("harga nego", "no-number"),
    ("Rp 100.000 - Rp 200.000", "range"), ("12abc34", "several-numbers"),
    ("-5 €", "negative"), ("1.25.000 IDR", "bad-grouping"), ("1,2,3 €", "bad-grouping"),
    ("Rp 20 USD", "several-currencies"), ("1299 pesos", "ambiguous-currency"),
    ("1.234", "no-currency"), ("Free shipping over $50", "mixed"),
    ("KWD 1.250", "ambiguous-separator"), ("1.500jt", "ambiguous-separator"),
]


@pytest.mark.parametrize(("text", "reason"), BAD_TEXTS,
                         ids=[case[0] or "blank" for case in BAD_TEXTS])
def test_nonsense_raises_typed_error_never_a_number(text, reason):
    default = None if reason in ("no-currency", "ambiguous-currency") else "IDR"
    with pytest.raises(PriceParseError) as caught:
        parse_price(text, default)
    assert caught.value.reason == reason
    assert caught.value.message.context == "Costs"  # translatable
    assert caught.value.text == text


T = D  # short alias for the table
TOTAL_CASES = [
    # IDR — 3 × 125 000 = 375 000; + shipping 18 000 = 393 000
    (Offer(currency="IDR", unit_price=T(125000), quantity=3, shipping=T(18000)), "393000"),
    # IDR — 375 000 ≥ 300 000 free shipping threshold → shipping 0 → 375 000
    (Offer(currency="IDR", unit_price=T(125000), quantity=3, shipping=T(18000),
           free_shipping_over=T(300000)), "375000"),
    # IDR — 10 % voucher on 375 000 = 37 500, capped at 20 000 → 355 000 + 18 000 = 373 000
    (Offer(currency="IDR", unit_price=T(125000), quantity=3, shipping=T(18000),
           vouchers=(Voucher("percent", T(10), cap=T(20000), min_spend=T(100000)),)), "373000"),
    # IDR — min spend 500 000 not reached by 375 000 → no discount → 393 000
    (Offer(currency="IDR", unit_price=T(125000), quantity=3, shipping=T(18000),
           vouchers=(Voucher("fixed", T(50000), min_spend=T(500000)),)), "393000"),
    # IDR — PPN 11 % exclusive on 1 000 000 = 110 000 → 1 110 000
    (Offer(currency="IDR", unit_price=T(1000000), tax_percent=T(11),
           prices_include_tax=False), "1110000"),
    # IDR — PPN 11 % inclusive: nothing added → 1 000 000
    (Offer(currency="IDR", unit_price=T(1000000), tax_percent=T(11)), "1000000"),
    # IDR — card 2.9 % of 1 250 001 = 36 250.029 → 1 286 251.029 → half-up → 1 286 251
    (Offer(currency="IDR", unit_price=T(1250001), payment_method="card",
           payment_fee=Charge(percent=T("2.9"))), "1286251"),
    # IDR — COD fee 3 % of (49 900 + 9 000 = 58 900) = 1 767 → 60 667
    (Offer(currency="IDR", unit_price=T(49900), shipping=T(9000), payment_method="cod",
           payment_fee=Charge(percent=T(3))), "60667"),
    # IDR — e-wallet fixed 1 500 + service 2 000 + admin 1 000 on 100 000 → 104 500
    (Offer(currency="IDR", unit_price=T(100000), payment_method="ewallet",
           payment_fee=Charge(fixed=T(1500)),
           fees=(Fee("service", T(2000)), Fee("admin", T(1000)))), "104500"),
    # IDR — insurance 0.5 % of 255 555 = 1 277.775 → 256 832.775 → 256 833
    (Offer(currency="IDR", unit_price=T(255555), insurance=Charge(percent=T("0.5"))), "256833"),
    # IDR — shipping 25 000 − shipping voucher (at most 20 000) = 5 000; 99 000 + 5 000 = 104 000
    (Offer(currency="IDR", unit_price=T(99000), shipping=T(25000),
           shipping_discount=T(20000)), "104000"),
    # IDR — shipping 9 000 < voucher 20 000: shipping free, never negative → 99 000
    (Offer(currency="IDR", unit_price=T(99000), shipping=T(9000),
           shipping_discount=T(20000)), "99000"),
    # EUR — 2 × 19.99 = 39.98 + 4.95 shipping = 44.93
    (Offer(currency="EUR", unit_price=T("19.99"), quantity=2, shipping=T("4.95")), "44.93"),
    # EUR — IVA 21 % exclusive on 100.00 = 21.00 → 121.00
    (Offer(currency="EUR", unit_price=T("100.00"), tax_percent=T(21),
           prices_include_tax=False), "121.00"),
    # EUR — 3 × 3.33 = 9.99; 21 % of 9.99 = 2.0979 → 12.0879 → 12.09
    (Offer(currency="EUR", unit_price=T("3.33"), quantity=3, tax_percent=T(21),
           prices_include_tax=False), "12.09"),
    # EUR — 15 % voucher on 80.00 = 12.00 → 68.00; free shipping from 60 → 68.00
    (Offer(currency="EUR", unit_price=T("80.00"), shipping=T("5.90"), free_shipping_over=T(60),
           vouchers=(Voucher("percent", T(15)),)), "68.00"),
    # EUR — 15 % voucher makes 65.00 → 55.25 < 60 → shipping 5.90 stays → 61.15
    (Offer(currency="EUR", unit_price=T("65.00"), shipping=T("5.90"), free_shipping_over=T(60),
           vouchers=(Voucher("percent", T(15)),)), "61.15"),
    # USD — 1 299.00 + 0 shipping; card 3 % = 38.97 → 1 337.97
    (Offer(currency="USD", unit_price=T("1299.00"), payment_method="card",
           payment_fee=Charge(percent=T(3))), "1337.97"),
    # USD — 0.125 × 1 = 0.125 → half-up to cents → 0.13
    (Offer(currency="USD", unit_price=T("0.125")), "0.13"),
    # USD — 20 + 10 % duty on (20 + 5 shipping) = 2.50 → 27.50
    (Offer(currency="USD", unit_price=T(20), shipping=T(5), import_duty_percent=T(10)), "27.50"),
    # MXN — 1 299 + 99 shipping + IVA 16 % exclusive on 1 398 = 223.68 → 1 621.68
    (Offer(currency="MXN", unit_price=T(1299), shipping=T(99), tax_percent=T(16),
           prices_include_tax=False), "1621.68"),
    # MXN — fixed voucher 200 on 1 299 (min 1 000) → 1 099
    (Offer(currency="MXN", unit_price=T(1299), vouchers=(Voucher("fixed", T(200),
                                                                 min_spend=T(1000)),)), "1099.00"),
    # MXN — voucher 2 000 larger than goods 1 299 → goods 0, shipping 99 still paid → 99
    (Offer(currency="MXN", unit_price=T(1299), shipping=T(99),
           vouchers=(Voucher("fixed", T(2000)),)), "99.00"),
    # ARS — 45 999 × 2 = 91 998; IVA 21 % exclusive = 19 319.58 → 111 317.58
    (Offer(currency="ARS", unit_price=T(45999), quantity=2, tax_percent=T(21),
           prices_include_tax=False), "111317.58"),
    # ARS — duty 35 % of (100 + 20) = 42; + IVA 21 % excl. of 162 = 34.02 → 196.02
    (Offer(currency="ARS", unit_price=T(100), shipping=T(20), import_duty_percent=T(35),
           tax_percent=T(21), prices_include_tax=False), "196.02"),
    # COP (cash digits 0) — 89 900 + 12 000; 19 % IVA excl. of 101 900 = 19 361 → 121 261
    (Offer(currency="COP", unit_price=T(89900), shipping=T(12000), tax_percent=T(19),
           prices_include_tax=False), "121261"),
    # COP — 33 333 × 3 = 99 999; card 2.5 % = 2 499.975 → 102 498.975 → 102 499
    (Offer(currency="COP", unit_price=T(33333), quantity=3, payment_method="card",
           payment_fee=Charge(percent=T("2.5"))), "102499"),
    # JPY — 1 980 × 2 = 3 960 + 700 shipping → 4 660 (tax included, nothing added)
    (Offer(currency="JPY", unit_price=T(1980), quantity=2, shipping=T(700),
           tax_percent=T(10)), "4660"),
    # JPY — 10 % exclusive on 1 005 = 100.5 → 1 105.5 → half-up → 1 106
    (Offer(currency="JPY", unit_price=T(1005), tax_percent=T(10),
           prices_include_tax=False), "1106"),
]


@pytest.mark.parametrize(("offer", "total"), TOTAL_CASES,
                         ids=[f"{o.currency}-{i}" for i, (o, _) in enumerate(TOTAL_CASES)])
def test_total(offer, total):
    breakdown = compute(offer)
    assert breakdown.total.amount == D(total)
    assert str(breakdown.total.amount) == total  # exactly the currency's minor digits
    assert breakdown.total.currency == offer.currency


def test_tables_are_big_enough():
    currencies = {case[4] for case in PARSE_CASES} | {o.currency for o, _ in TOTAL_CASES}
    assert {"IDR", "EUR", "USD", "MXN", "ARS", "COP", "JPY"} <= currencies
    assert len(PARSE_CASES) + len(TOTAL_CASES) >= 60


def test_converted_total_uses_the_shown_rate():
    # 44.93 EUR × 17 271.97 IDR/EUR = 776 029.6121 → 776 030 IDR
    rate = Rate("EUR", "IDR", D("17271.97"), __import__("datetime").date(2026, 11, 20), "ECB")
    breakdown = compute(Offer(currency="EUR", unit_price=D("19.99"), quantity=2,
                              shipping=D("4.95")), rate)
    assert breakdown.converted_total.amount == D("776030")
    assert "1 EUR = 17,271.97 IDR (ECB, 2026-11-20)" in breakdown.as_text("en_US")
    assert "1 EUR = 17.271,97 IDR (ECB, 2026-11-20)" in breakdown.as_text("id_ID")
