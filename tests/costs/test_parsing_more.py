"""More currency marks seen on real shop pages (tests/benchmarks/bench_costs_parse.py)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.costs import PriceParseError, parse_price


@pytest.mark.parametrize(("text", "country", "amount", "currency"), [
    ("Rs 23,450", "PK", D(23450), "PKR"),          # rupees by country
    ("Rs. 1,299", "IN", D(1299), "INR"),
    ("2,900원~", None, D(2900), "KRW"),
    ("扣除贈品價值 29元/罐", "TW", D(29), "TWD"),    # yuan by country
    ("44 890 тг.", None, D(44890), "KZT"),
    ("от 502,20 б.р.", None, D("502.20"), "BYN"),
    ("1 299 Kč", None, D(1299), "CZK"),
    ("149 kr", "SE", D(149), "SEK"),
    ("1.759,99", "BR", D("1759.99"), "BRL"),      # no mark: the country's currency
    ("₦5000", None, D(5000), "NGN"),              # found by price-parser, mapped by Babel
])
def test_more_marks(text, country, amount, currency):
    price = parse_price(text, country=country)
    assert (price.amount, price.currency) == (amount, currency)


@pytest.mark.parametrize("text", ["Rs 23,450", "29元", "149 kr"])
def test_family_marks_without_a_country_are_refused(text):
    with pytest.raises(PriceParseError) as caught:
        parse_price(text)
    assert caught.value.reason == "ambiguous-currency"


def test_feet_are_not_forints():
    with pytest.raises(PriceParseError):
        parse_price("10 ft")


@pytest.mark.parametrize(("text", "country", "amount", "currency"), [
    ("RP 50.000", None, D(50000), "IDR"),         # letter marks in any case
    ("rp 50.000", None, D(50000), "IDR"),
    ("EUROS 20", None, D(20), "EUR"),
    ("$349 MXN", "ID", D(349), "MXN"),            # "$" next to a code it can mean
    ("MXN $349", None, D(349), "MXN"),
    ("1299 pesos MXN", None, D(1299), "MXN"),
    ("$ 20 pesos", "MX", D(20), "MXN"),           # peso sign and word together
    ("$20 pesos", "AR", D(20), "ARS"),
])
def test_marks_together(text, country, amount, currency):
    price = parse_price(text, country=country)
    assert (price.amount, price.currency) == (amount, currency)


@pytest.mark.parametrize("text", ["$349 EUR", "1299 pesos EUR", "Rp 20 USD", "€ 5 £"])
def test_two_currencies_are_refused(text):
    with pytest.raises(PriceParseError) as caught:
        parse_price(text, country="MX")
    assert caught.value.reason == "several-currencies"


_ALPHABET = "0123456789.,  $€£¥RpIDRUSMXjtrbkmil-+%/'\u00a0\u202fpesosgratisfree원元тг."


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=24) | st.text(max_size=24),
       st.sampled_from([None, "ID", "MX", "ES", "US", "AR", "PK", "XX"]),
       st.sampled_from([None, "IDR", "EUR", "JPY", "KWD"]))
def test_any_text_gives_a_price_or_a_typed_error(text, country, default):
    try:
        price = parse_price(text, default, country=country)
    except PriceParseError as error:
        assert error.message.context == "Costs" and error.reason
        return
    assert price.amount >= 0
    assert len(price.currency) == 3 and price.amount.is_finite()


@pytest.mark.parametrize(("text", "country", "amount", "currency", "ambiguous"), [
    ("¥ 1200", "CN", D(1200), "CNY", True),      # the yuan in China
    ("¥1,200", "JP", D(1200), "JPY", True),
    ("JP¥1,200", None, D(1200), "JPY", False),
    ("RMB 99", None, D(99), "CNY", False),
    ("1.000.000đ", "VN", D(1000000), "VND", False),
    ("2900원부터", None, D(2900), "KRW", False),   # Hangul written without spaces
    ("IDR 1,5 jt", "ID", D(1500000), "IDR", False),
])
def test_yen_yuan_dong_won(text, country, amount, currency, ambiguous):
    price = parse_price(text, country=country)
    assert (price.amount, price.currency, price.ambiguous) == (amount, currency, ambiguous)
    assert str(price.amount) == str(amount)  # no "1500000.0"


@pytest.mark.parametrize(("text", "country", "amount", "currency"), [
    ("ALL ITEMS Rp 50.000", "ID", D(50000), "IDR"),   # ALL is also the Albanian lek
    ("TOP SELLER $20", "US", D(20), "USD"),
    ("PEN 49.90", None, D("49.90"), "PEN"),           # alone, the code still counts
])
def test_codes_that_are_words(text, country, amount, currency):
    price = parse_price(text, country=country)
    assert (price.amount, price.currency) == (amount, currency)
