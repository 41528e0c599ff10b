"""Errors of the money layer, each with a translatable message and the data behind it.

    ShopSafeError
    ├── UserInputError
    │   └── PriceParseError        price text that is not one clear amount (``text``, ``reason``)
    └── MoneyError
        ├── CurrencyMismatch       two amounts in different currencies met without a rate
        └── UnknownCurrency        not an ISO 4217 code known to Babel (``code``)

The cost package's errors (:mod:`desktop.costs.errors`) build on these; the messages keep their
``Costs`` translation context, so no translation changes.
"""

from __future__ import annotations

from desktop.errors import ShopSafeError, UserInputError
from desktop.text import N_, Message

__all__ = ["CurrencyMismatch", "MoneyError", "PriceParseError", "UnknownCurrency"]


class MoneyError(ShopSafeError):
    """An amount or currency that cannot be used as asked."""

    default_message = N_("Costs", "The total could not be computed.")


class PriceParseError(UserInputError):
    """The text is not one clear price. Never raised for text that has one clear reading.

    ``data``: ``text`` (the input) and ``reason`` (a short machine-readable key such as
    ``"empty"``, ``"no-number"``, ``"several-numbers"``, ``"bad-grouping"``, ``"no-currency"``,
    ``"several-currencies"``, ``"negative"``).
    """

    default_message = N_("Costs", "This is not a price I can read.")

    def __init__(self, text: str, reason: str, message: Message | None = None) -> None:
        super().__init__(message, text=text, reason=reason)
        self.text = text
        self.reason = reason


class UnknownCurrency(MoneyError):
    """``code`` is not an ISO 4217 currency that Babel knows."""

    def __init__(self, code: str) -> None:
        super().__init__(N_("Costs", "Unknown currency code: {code}.").format(code=code), code=code)
        self.code = code


class CurrencyMismatch(MoneyError):
    """Amounts in two currencies were combined without a conversion rate."""

    def __init__(self, first: str, second: str) -> None:
        super().__init__(
            N_("Costs", "Cannot add {first} and {second} without an exchange rate.").format(
                first=first, second=second
            ),
            first=first,
            second=second,
        )
        self.first = first
        self.second = second
