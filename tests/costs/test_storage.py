"""Offers and breakdowns saved as versioned JSON under data_dir()."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal as D

import pytest

from desktop.costs import (
    Charge,
    Fee,
    Offer,
    Rate,
    StorageError,
    Voucher,
    compute,
    load_offers,
    save_breakdown,
    save_offers,
)
from desktop.paths import data_dir

OFFER = Offer(name="Toko Sepatu", currency="IDR", unit_price=D(349000), quantity=2,
              shipping=D(18000), free_shipping_over=D(1000000), shipping_discount=D(10000),
              insurance=Charge(percent=D("0.2")), fees=(Fee("service", D(1000)),),
              payment_method="cod", payment_fee=Charge(fixed=D(2500)), tax_percent=D(11),
              vouchers=(Voucher("percent", D(5), cap=D(25000), min_spend=D(500000)),),
              link="https://toko.test/sepatu")


def test_offers_round_trip_with_rates():
    rate = Rate("EUR", "IDR", D("17271.97"), dt.date(2026, 11, 20), "typed")
    path = save_offers([OFFER, Offer(name="B", currency="EUR", unit_price=D("19.99"))],
                       {"EUR>IDR": rate})
    assert path.parent == data_dir() / "costs"
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["offers"][0]["unit_price"] == "349000"  # strings, never JSON floats
    offers, rates = load_offers()
    assert offers[0] == OFFER and offers[1].unit_price == D("19.99")
    assert rates == {"EUR>IDR": rate}


def test_missing_file_is_empty_and_damaged_file_is_an_error():
    assert load_offers() == ([], {})
    target = data_dir() / "costs" / "offers.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("{not json", encoding="utf-8")
    with pytest.raises(StorageError):
        load_offers()
    target.write_text(json.dumps({"format": "shopsafe-offers", "version": 99}), encoding="utf-8")
    with pytest.raises(StorageError):
        load_offers()
    assert target.exists()  # never deleted


def test_breakdown_saved_without_overwriting():
    breakdown = compute(OFFER)
    now = dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC)
    first = save_breakdown(breakdown, now=now)
    second = save_breakdown(breakdown, now=now)
    assert first != second and first.exists() and second.exists()
    document = json.loads(first.read_text(encoding="utf-8"))
    assert document["total"] == {"amount": str(breakdown.total.amount), "currency": "IDR"}
    shown = [D(line["shown"]) for line in document["lines"] if line["counted"]]
    assert sum(shown) == breakdown.total.amount
