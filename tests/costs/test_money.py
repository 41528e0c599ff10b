"""Money: exact, minor units from Babel, one rounding, locale formatting."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from desktop.costs import (
    CurrencyMismatch,
    InvalidCostInput,
    MissingRate,
    Money,
    Rate,
    RateTable,
    UnknownCurrency,
    convert,
    format_amount,
    minor_units,
)


@pytest.mark.parametrize(("code", "digits"), [
    ("IDR", 0), ("JPY", 0), ("COP", 0), ("CLP", 0), ("EUR", 2), ("USD", 2), ("MXN", 2),
    ("ARS", 2), ("KWD", 3),
])
def test_minor_units_from_babel_cash_digits(code, digits):
    assert minor_units(code) == digits


def test_floats_are_refused():
    with pytest.raises(TypeError):
        Money(0.1, "EUR")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Money(D(1), "EUR") * 1.5  # type: ignore[operator]


def test_unknown_currency():
    with pytest.raises(UnknownCurrency):
        Money(D(1), "XYZ")
    with pytest.raises(UnknownCurrency):
        Money(D(1), "rupiah")


def test_arithmetic_is_exact_and_currency_checked():
    total = Money(D("0.1"), "EUR") + Money(D("0.2"), "EUR")
    assert total.amount == D("0.3")  # float would be 0.30000000000000004
    with pytest.raises(CurrencyMismatch):
        Money(D(1), "EUR") + Money(D(1), "USD")
    with pytest.raises(CurrencyMismatch):
        _ = Money(D(1), "EUR") < Money(D(1), "USD")


@pytest.mark.parametrize(("amount", "code", "expected"), [
    ("0.125", "USD", "0.13"), ("0.124999", "USD", "0.12"), ("2.5", "IDR", "3"),
    ("1.5", "JPY", "2"), ("-2.5", "IDR", "-3"), ("1.0005", "KWD", "1.001"),
])
def test_rounding_is_half_up_to_minor_unit(amount, code, expected):
    assert str(Money(D(amount), code).rounded().amount) == expected


@pytest.mark.parametrize(("amount", "code", "locale", "expected"), [
    ("1250000", "IDR", "id_ID", "Rp\u00a01.250.000"),
    ("1234.56", "EUR", "es_ES", "1.234,56\u00a0€"),
    ("1299", "USD", "en_US", "$1,299.00"),
    ("1299", "MXN", "es_MX", "$1,299.00"),
    ("1500", "JPY", "en_US", "¥1,500"),
    ("0.5", "IDR", "id_ID", "Rp\u00a01"),
])
def test_format_in_ui_locale(amount, code, locale, expected):
    assert format_amount(D(amount), code, locale) == expected


def test_rate_conversion_and_cross_rates():
    day = dt.date(2026, 11, 20)
    table = RateTable("EUR", day, {"USD": D("1.0772"), "IDR": D("17271.97")})
    assert table.rate("EUR", "IDR").value == D("17271.97")
    cross = table.rate("USD", "IDR")
    # 17271.97 / 1.0772 = 16034.134793 ... (12 significant digits)
    assert cross.value == D("16034.1347939")
    assert cross.date == day and cross.source == "ECB"
    with pytest.raises(MissingRate):
        table.rate("ARS", "EUR")
    converted = convert(Money(D("10"), "EUR"), table.rate("EUR", "USD"))
    assert converted == Money(D("10.7720"), "USD")
    with pytest.raises(MissingRate):
        convert(Money(D("10"), "JPY"), table.rate("EUR", "USD"))
    with pytest.raises(InvalidCostInput):
        Rate("EUR", "USD", D(0), day)
    assert "1 EUR = 1.0772 USD (ECB, 2026-11-20)" == table.rate("EUR", "USD").describe().render()
