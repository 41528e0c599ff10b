"""Exchange rates that are always explicit: which pair, what value, on which date, from whom.

A :class:`Rate` is typed in by the user or taken from a :class:`RateTable` of ECB reference
rates (:mod:`desktop.costs.ecb`). Converting never hides the rate: every converted amount carries
the :class:`Rate` used.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, localcontext

from desktop.costs.errors import InvalidCostInput, MissingRate
from desktop.money.amount import Money, check_currency, to_decimal
from desktop.text import N_, Message

__all__ = ["Rate", "RateTable", "convert"]

# Significant digits kept when a rate is derived by division (inverse or cross rate). The ECB
# publishes five; twelve keeps derived rates far below a minor unit on any realistic amount.
DERIVED_DIGITS = 12

SOURCE_TYPED = "typed"
SOURCE_ECB = "ECB"


def _significant(value: Decimal, digits: int = DERIVED_DIGITS) -> Decimal:
    with localcontext() as context:
        context.prec = digits
        return +value


@dataclass(frozen=True)
class Rate:
    """``1 from_currency = value to_currency`` on ``date``, according to ``source``.

    Raises :class:`~desktop.costs.errors.InvalidCostInput` for a value that is not positive.
    """

    from_currency: str
    to_currency: str
    value: Decimal
    date: dt.date
    source: str = SOURCE_TYPED

    def __post_init__(self) -> None:
        object.__setattr__(self, "from_currency", check_currency(self.from_currency))
        object.__setattr__(self, "to_currency", check_currency(self.to_currency))
        try:
            value = to_decimal(self.value)
        except (TypeError, ValueError) as error:
            raise InvalidCostInput("rate", self.value) from error
        if value <= 0:
            raise InvalidCostInput(
                "rate", self.value, N_("Costs", "An exchange rate must be above zero."))
        object.__setattr__(self, "value", value)

    def inverse(self) -> Rate:
        """The opposite direction, to :data:`DERIVED_DIGITS` significant digits."""
        return Rate(self.to_currency, self.from_currency, _significant(1 / self.value),
                    self.date, self.source)

    def describe(self) -> Message:
        """E.g. "1 EUR = 17250.5 IDR (ECB, 2026-11-20)" for display next to converted amounts."""
        source: Message | str = self.source
        if self.source == SOURCE_TYPED:
            source = N_("Costs", "typed in")
        return N_("Costs", "1 {source_currency} = {value} {target_currency} ({source}, {date})"
                  ).format(source_currency=self.from_currency, value=self.value.normalize(),
                           target_currency=self.to_currency, source=source,
                           date=self.date.isoformat())

    def to_json(self) -> dict[str, str]:
        """Pair, value (a decimal string), ISO date and source."""
        return {"from": self.from_currency, "to": self.to_currency, "value": str(self.value),
                "date": self.date.isoformat(), "source": self.source}

    @classmethod
    def from_json(cls, data: Mapping[str, str]) -> Rate:
        """The rate written by :meth:`to_json`; ``KeyError``/``ValueError`` when malformed."""
        return cls(data["from"], data["to"], Decimal(data["value"]),
                   dt.date.fromisoformat(data["date"]), data.get("source", SOURCE_TYPED))


def convert(money: Money, rate: Rate) -> Money:
    """``money`` in ``rate.to_currency``, exact (round the total once, afterwards).

    Raises :class:`~desktop.costs.errors.MissingRate` if the rate is for another currency.
    """
    if money.currency == rate.to_currency and rate.from_currency != rate.to_currency:
        raise MissingRate(money.currency, rate.to_currency)
    if money.currency != rate.from_currency:
        raise MissingRate(money.currency, rate.to_currency)
    return Money(money.amount * rate.value, rate.to_currency)


@dataclass(frozen=True)
class RateTable:
    """Reference rates against one base (the ECB publishes ``1 EUR = x CUR``) for one date.

    :meth:`rate` derives any pair through the base. Immutable.
    """

    base: str
    date: dt.date
    rates: Mapping[str, Decimal] = field(default_factory=dict)
    source: str = SOURCE_ECB

    def currencies(self) -> list[str]:
        """Every currency the table can convert, base included, sorted."""
        return sorted({self.base, *self.rates})

    def rate(self, from_currency: str, to_currency: str) -> Rate:
        """The rate for the pair, direct or crossed through :attr:`base`.

        Raises :class:`~desktop.costs.errors.MissingRate` when either currency is not listed.
        """
        source, target = check_currency(from_currency), check_currency(to_currency)

        def per_base(code: str) -> Decimal:
            if code == self.base:
                return Decimal(1)
            if code not in self.rates:
                raise MissingRate(source, target)
            return self.rates[code]

        if source == target:
            return Rate(source, target, Decimal(1), self.date, self.source)
        value = per_base(target) / per_base(source) if source != self.base else per_base(target)
        if source != self.base:
            value = _significant(value)
        return Rate(source, target, value, self.date, self.source)
