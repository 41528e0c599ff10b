"""Reading the Costs form: every field parsed, bad fields reported, nothing lost."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from desktop.costs import (
    InvalidCostInput,
    OfferForm,
    compute,
    parse_charge,
    parse_percent,
    read_form,
)


def _form(**texts: str) -> OfferForm:
    return OfferForm.for_country("ID", name="Toko A", unit_price="Rp 125.000", **texts)


def test_full_form_to_total():
    result = read_form(_form(quantity="3", shipping="18rb", insurance="0,5%",
                             payment_method="card", payment_fee="2,9% + Rp 1.000",
                             voucher="10%", voucher_cap="20rb", voucher_min_spend="100rb"),
                       "IDR", "ID")
    assert result.errors == {}
    offer = result.offer
    assert (offer.currency, offer.unit_price, offer.quantity) == ("IDR", D(125000), 3)
    assert offer.tax_percent == D(11) and offer.prices_include_tax  # the PPN preset
    # goods 375 000 − voucher min(37 500, 20 000) = 355 000; + shipping 18 000;
    # insurance 0.5 % of 355 000 = 1 775 → 374 775; card 2.9 % of it = 10 868.475 + 1 000
    # → 386 643.475 → 386 643
    assert compute(offer).total.amount == D(386643)


def test_bad_fields_are_reported_and_the_rest_still_counts():
    result = read_form(_form(shipping="ongkir?", tax_percent="200", quantity="two"), "IDR", "ID")
    assert set(result.errors) == {"shipping", "tax_percent", "quantity"}
    assert all(message.context == "Costs" for message in result.errors.values())
    assert result.offer is not None and result.offer.shipping == 0


def test_missing_or_bad_unit_price_gives_no_offer():
    assert read_form(OfferForm(), "IDR").offer is None
    result = read_form(OfferForm(unit_price="lima puluh"), "IDR")
    assert result.offer is None and "unit_price" in result.errors


def test_other_currency_in_a_field_is_refused():
    result = read_form(_form(shipping="US$ 5"), "IDR", "ID")
    assert "shipping" in result.errors


def test_unit_price_decides_the_offer_currency_and_resolution():
    result = read_form(OfferForm(unit_price="$1,299.00", shipping="$99"), "IDR", "MX")
    assert result.offer.currency == "MXN" and result.offer.shipping == D(99)
    assert result.price.ambiguous and result.price.note is not None


def test_form_round_trips_as_json():
    form = _form(voucher="Rp 20.000")
    assert OfferForm.from_json(form.to_json()) == form
    assert OfferForm.from_json({"unit_price": "5", "unknown": "x"}).unit_price == "5"


@pytest.mark.parametrize(("text", "value"), [("", "0"), ("11", "11"), ("11 %", "11"),
                                             ("2,9%", "2.9"), ("0.5", "0.5"), ("100", "100")])
def test_percent(text, value):
    assert parse_percent(text) == D(value)


@pytest.mark.parametrize("text", ["abc", "101", "-5", "1.2.3%"])
def test_bad_percent(text):
    with pytest.raises(InvalidCostInput):
        parse_percent(text)


def test_charge_forms():
    assert parse_charge("2,9% + Rp 2.500", "IDR").fixed == D(2500)
    assert parse_charge("2,9% + Rp 2.500", "IDR").percent == D("2.9")
    assert parse_charge("", "IDR").is_zero()
    assert parse_charge("5rb", "IDR").fixed == D(5000)


def test_typed_rate():
    assert read_form(_form(rate="17.271,97"), "IDR").errors  # ambiguous thousands: refused
    assert read_form(_form(rate="17271,97"), "IDR").rate_value == D("17271.97")
    assert "rate" in read_form(_form(rate="0"), "IDR").errors


from dataclasses import fields as _fields  # noqa: E402

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_TEXTS = st.text(alphabet="0123456789.,% +$€Rprbjtk-abc", max_size=12)


@settings(max_examples=300, deadline=None)
@given(st.fixed_dictionaries({f.name: _TEXTS for f in _fields(OfferForm)
                              if f.name not in ("payment_method", "prices_include_tax")}))
def test_read_form_never_raises_for_anything_typed(texts):
    result = read_form(OfferForm(**texts), "IDR", "ID")
    assert all(message.context == "Costs" for message in result.errors.values())
    if result.offer is not None:
        compute(result.offer)  # whatever was readable can be totalled
