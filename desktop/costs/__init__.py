"""Total cost and offer comparison (no Qt).

Exact money (:class:`Money`, ``Decimal`` + ISO 4217, rounded half-up once per total), price text
parsing (:func:`parse_price`), the cost of an offer (:class:`Offer` → :func:`compute` →
:class:`Breakdown`), exchange rates (:class:`Rate`, ECB reference rates in :class:`RateTable`),
tax presets per country and side-by-side comparison (:func:`compare`).

Money, price parsing and their errors live in the shared layer :mod:`desktop.money` (checks use
them too); they are re-exported here because they are part of what the cost package offers.
"""

from desktop.costs.breakdown import Breakdown, Line, compute, round_lines
from desktop.costs.compare import ComparedOffer, Comparison, PriceChange, compare
from desktop.costs.ecb import RatesResult, load_cached, load_rates, parse_ecb_xml
from desktop.costs.errors import CostError, InvalidCostInput, MissingRate, RateSourceError
from desktop.costs.form import FormResult, OfferForm, parse_charge, parse_percent, read_form
from desktop.costs.offer import Charge, Fee, FeeKind, Offer, PaymentMethod, Voucher, VoucherKind
from desktop.costs.rates import Rate, RateTable, convert
from desktop.costs.storage import (
    StorageError,
    load_offers,
    load_page_state,
    save_breakdown,
    save_offers,
    save_page_state,
)
from desktop.costs.taxes import TaxPreset, tax_preset, tax_presets
from desktop.money.amount import (
    Money,
    check_currency,
    format_amount,
    format_money,
    localize,
    minor_units,
)
from desktop.money.currencies import country_currency, country_name
from desktop.money.errors import (
    CurrencyMismatch,
    PriceParseError,
    PriceRefusal,
    UnknownCurrency,
)
from desktop.money.parsing import Price, parse_price

__all__ = [
    "Breakdown",
    "Charge",
    "ComparedOffer",
    "Comparison",
    "CostError",
    "CurrencyMismatch",
    "Fee",
    "FeeKind",
    "FormResult",
    "InvalidCostInput",
    "Line",
    "MissingRate",
    "Money",
    "Offer",
    "OfferForm",
    "PaymentMethod",
    "Price",
    "PriceChange",
    "PriceParseError",
    "PriceRefusal",
    "Rate",
    "RateSourceError",
    "RateTable",
    "RatesResult",
    "StorageError",
    "TaxPreset",
    "UnknownCurrency",
    "Voucher",
    "VoucherKind",
    "check_currency",
    "compare",
    "compute",
    "convert",
    "country_currency",
    "country_name",
    "format_amount",
    "format_money",
    "load_cached",
    "load_offers",
    "load_page_state",
    "load_rates",
    "localize",
    "minor_units",
    "parse_charge",
    "parse_ecb_xml",
    "parse_percent",
    "parse_price",
    "read_form",
    "round_lines",
    "save_breakdown",
    "save_offers",
    "save_page_state",
    "tax_preset",
    "tax_presets",
]
