"""Errors of the money layer, each with a translatable message and the data behind it.

    ShopSafeError
    ├── UserInputError
    │   └── PriceParseError        price text that is not one clear amount (``text``, ``reason``:
    │                              a PriceRefusal, ``candidates``, ``currency``)
    └── MoneyError
        ├── CurrencyMismatch       two amounts in different currencies met without a rate
        └── UnknownCurrency        not an ISO 4217 code known to Babel (``code``)

The cost package's errors (:mod:`desktop.costs.errors`) build on these; the messages keep their
``Costs`` translation context, so no translation changes.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from desktop.errors import ShopSafeError, UserInputError
from desktop.text import N_, Message

__all__ = ["CurrencyMismatch", "MoneyError", "PriceParseError", "PriceRefusal",
           "UnknownCurrency"]


class MoneyError(ShopSafeError):
    """An amount or currency that cannot be used as asked."""

    default_message = N_("Costs", "The total could not be computed.")


class PriceRefusal(StrEnum):
    """Why a text was not read as a price; each comes with its own translated sentence.

    A ``StrEnum``: ``error.reason == "two-prices"`` holds, and the key is stable for logs.
    """

    EMPTY = "empty"
    NO_NUMBER = "no-number"
    MIXED = "mixed"                        # "free" and an amount
    SEVERAL_NUMBERS = "several-numbers"    # numbers whose roles cannot be told apart
    TWO_PRICES = "two-prices"              # two amounts, nothing says which one is paid
    RANGE = "range"                        # "From 26 to 50 €", "$45 - $70"
    PERCENTAGE = "percentage"              # "40% OFF"
    DATE = "date"                          # "July, 2004", "15.08.2017"
    MEASUREMENT = "measurement"            # "16.00 ft", "64 GB"
    AMBIGUOUS_SHORTHAND = "ambiguous-shorthand"  # "1 K": a thousand, or the kina/kwacha?
    BAD_GROUPING = "bad-grouping"
    AMBIGUOUS_SEPARATOR = "ambiguous-separator"
    NEGATIVE = "negative"
    TOO_LARGE = "too-large"
    NO_CURRENCY = "no-currency"
    UNKNOWN_CURRENCY = "unknown-currency"
    AMBIGUOUS_CURRENCY = "ambiguous-currency"
    SEVERAL_CURRENCIES = "several-currencies"


class PriceParseError(UserInputError):
    """The text is not one clear price. Never raised for text that has one clear reading.

    ``reason`` is a :class:`PriceRefusal`; ``text`` the input; ``candidates`` the amounts the
    text offers when it holds two prices or a range (``TWO_PRICES``, ``RANGE``), in text order,
    so the page can offer them, and ``currency`` (ISO code) the currency they are in; empty and
    ``None`` otherwise.
    """

    default_message = N_("Costs", "This is not a price I can read.")

    def __init__(self, text: str, reason: PriceRefusal | str, message: Message | None = None,
                 candidates: tuple[Decimal, ...] = ()) -> None:
        reason = PriceRefusal(reason)
        super().__init__(message, text=text, reason=reason)
        self.candidates = candidates
        self.currency: str | None = None


class UnknownCurrency(MoneyError):
    """``code`` is not an ISO 4217 currency that Babel knows."""

    def __init__(self, code: str) -> None:
        super().__init__(N_("Costs", "Unknown currency code: {code}.").format(code=code), code=code)


class CurrencyMismatch(MoneyError):
    """Amounts in two currencies were combined without a conversion rate."""

    def __init__(self, first: str, second: str) -> None:
        msg = N_("Costs", "Cannot add {first} and {second} without an exchange rate.")
        super().__init__(msg.format(first=first, second=second), first=first, second=second)
