"""More currency marks seen on real shop pages (tests/benchmarks/bench_costs_parse.py)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

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
