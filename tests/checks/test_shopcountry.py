"""shop_country: amounts read with the shop's country (issue #19), never the user's by default."""

from __future__ import annotations

import pytest

from desktop.checks.pricecapture import capture_price
from desktop.checks.shopcountry import shop_country

NIT = {"type": "CO-NIT", "value": "9003739134", "valid": True}


@pytest.mark.parametrize(
    ("host", "contacts", "user", "expected"),
    [("modaandina.com.co", {}, "ID", "CO"),  # the ending first
     ("calzadoslima.pe", {"company_ids": [NIT]}, "ID", "PE"),
     ("modaandina.com", {"company_ids": [NIT]}, "ID", "CO"),  # then a valid company id
     ("modaandina.com", {"company_ids": [{**NIT, "valid": False}], "phones": ["+56223456789"]}, "ID", "CL"),
     ("tienda.com", {"phones": ["+541155550101", "+541155550102", "+12125550100"]}, "ID", "AR"),  # most phones
     ("tienda.com", {}, "MX", "MX"),  # the user's country only when the shop says nothing
     ("tienda.io", {"phones": ["+5115550101"]}, "ID", "PE"),  # .io says nothing about the seller
     ("shop.com", None, None, None)],
)
def test_order_of_evidence(host, contacts, user, expected):
    assert shop_country(host, contacts, user) == expected


@pytest.mark.parametrize(
    ("price", "country", "amount", "currency"),
    [("$ 189.900", "CO", "189900", "COP"), ("$ 45.999", "AR", "45999", "ARS"), ("$119.990", "CL", "119990", "CLP"),
     ("S/ 149.90", "PE", "149.9", "PEN"), ("S/. 1,299.00", "PE", "1299", "PEN")],
)
def test_latin_american_prices_are_not_dollars(price, country, amount, currency):
    found = capture_price(f"<span id='product-price'>{price}</span>", country=country)
    assert (format(found.amount, "f"), found.currency) == (amount, currency)
