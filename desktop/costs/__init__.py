"""Total cost and offer comparison (no Qt).

Exact money (:class:`Money`, ``Decimal`` + ISO 4217, rounded half-up once per total), price text
parsing (:func:`parse_price`), the cost of an offer (:class:`Offer` → :class:`Breakdown`),
exchange rates (:class:`Rate`, ECB reference rates) and side-by-side comparison.
"""

from desktop.costs.errors import (
    CostError,
    CurrencyMismatch,
    InvalidCostInput,
    MissingRate,
    PriceParseError,
    RateSourceError,
    UnknownCurrency,
)
from desktop.costs.money import Money, check_currency, format_amount, format_money, minor_units
from desktop.costs.parsing import Price, parse_price

__all__ = [
    "CostError",
    "CurrencyMismatch",
    "InvalidCostInput",
    "MissingRate",
    "Money",
    "Price",
    "PriceParseError",
    "RateSourceError",
    "UnknownCurrency",
    "check_currency",
    "format_amount",
    "format_money",
    "minor_units",
    "parse_price",
]
