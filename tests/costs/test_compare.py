"""Comparison: cheapest, per unit, suspiciously cheap, price changed, missing rates."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from desktop.costs import Money, Offer, Rate, compare, compute


def _idr(name: str, price: int, shipping: int = 0, quantity: int = 1) -> Offer:
    return Offer(name=name, currency="IDR", unit_price=D(price), shipping=D(shipping),
                 quantity=quantity)


def test_cheapest_total_not_cheapest_price_and_per_unit():
    a = compute(_idr("A", 100000, shipping=30000))     # 130 000
    b = compute(_idr("B", 110000, shipping=0))         # 110 000: dearer price, cheaper total
    c = compute(_idr("C", 95000, shipping=5000, quantity=3))  # 285 000 + 5 000 = 290 000
    result = compare([a, b, c], "IDR")
    assert result.cheapest == (1,)
    assert [o.total.amount for o in result.offers] == [D(130000), D(110000), D(290000)]
    # 290 000 / 3 = 96 666.67 → 96 667
    assert result.offers[2].per_unit.amount == D(96667)
    assert all(o.suspicious is None for o in result.offers)


def test_ties_all_marked():
    result = compare([compute(_idr("A", 1000)), compute(_idr("B", 1000))], "IDR")
    assert result.cheapest == (0, 1)


def test_suspiciously_cheap_against_others_and_reference():
    offers = [compute(_idr("A", 1000000)), compute(_idr("B", 950000)),
              compute(_idr("C", 400000))]
    result = compare(offers, "IDR")
    # median of the others = (1 000 000 + 950 000) / 2 = 975 000; 400 000 is 59 % below
    assert result.offers[2].suspicious is not None
    assert result.offers[2].suspicious.arguments["percent"] == D("59.0")
    assert result.offers[0].suspicious is None
    alone = compare([compute(_idr("A", 2000000))], "IDR",
                    reference_price=Money(D(5000000), "IDR"))
    # 2 000 000 against 5 000 000 = 60 % below
    assert alone.offers[0].suspicious.arguments["percent"] == D("60.0")
    fair = compare([compute(_idr("A", 4000000))], "IDR", reference_price=Money(D(5000000), "IDR"))
    assert fair.offers[0].suspicious is None


def test_price_changed_since_the_shop_check():
    result = compare([compute(_idr("A", 110000)), compute(_idr("B", 90000))], "IDR",
                     captured={0: Money(D(100000), "IDR"), 1: Money(D(90000), "IDR")})
    change = result.offers[0].price_change
    assert change.percent == D("10.0")
    assert "went up 10.0 %" in change.message.render()
    assert result.offers[1].price_change is None


def test_offer_in_another_currency_needs_a_rate():
    day = dt.date(2026, 11, 20)
    eur = Offer(name="EU shop", currency="EUR", unit_price=D("50.00"))
    no_rate = compare([compute(_idr("A", 900000)), compute(eur)], "IDR")
    assert no_rate.offers[1].total is None and no_rate.offers[1].problem is not None
    assert no_rate.cheapest == ()  # one comparable offer: nothing to be cheapest against
    rate = Rate("EUR", "IDR", D("17271.97"), day, "ECB")
    with_rate = compare([compute(_idr("A", 900000)), compute(eur, rate)], "IDR")
    # 50.00 × 17 271.97 = 863 598.5 → 863 599 < 900 000
    assert with_rate.offers[1].total.amount == D(863599)
    assert with_rate.cheapest == (1,)
