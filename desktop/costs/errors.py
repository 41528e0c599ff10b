"""Errors of the cost package, each with a translatable message and the data behind it.

    ShopSafeError
    ├── UserInputError
    │   └── InvalidCostInput       a field value out of range (``field``, ``value``)
    └── CostError
        ├── MissingRate            no rate for a conversion (``from_currency``, ``to_currency``)
        ├── RateSourceError        ECB rates could not be fetched or read (``reason``)
        └── StorageError           saved costs could not be read or written (desktop.costs.storage)

Amount and price-text errors (``PriceParseError``, ``UnknownCurrency``, ``CurrencyMismatch``)
belong to the money layer below: :mod:`desktop.money.errors`.
"""

from __future__ import annotations

from desktop.errors import ShopSafeError, UserInputError
from desktop.text import N_, Message

__all__ = ["CostError", "InvalidCostInput", "MissingRate", "RateSourceError"]


class CostError(ShopSafeError):
    """A cost computation that cannot be carried out as asked."""

    default_message = N_("Costs", "The total could not be computed.")


class InvalidCostInput(UserInputError):
    """A value that makes no sense for its field (a negative quantity, a rate above 100 %)."""

    default_message = N_("Costs", "This value is not allowed here.")

    def __init__(self, field: str, value: object, message: Message | None = None) -> None:
        super().__init__(message, field=field, value=value)


class MissingRate(CostError):
    """No exchange rate is known for the pair; the user can type one in."""

    def __init__(self, from_currency: str, to_currency: str) -> None:
        msg = N_("Costs", "No exchange rate from {source} to {target}: type one in.")
        super().__init__(msg.format(source=from_currency, target=to_currency),
                         from_currency=from_currency, to_currency=to_currency)


class RateSourceError(CostError):
    """Reference rates could not be obtained or were not in the expected format."""

    default_message = N_("Costs", "The reference exchange rates could not be read.")

    def __init__(self, reason: str, message: Message | None = None) -> None:
        super().__init__(message, reason=reason)
