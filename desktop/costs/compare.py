"""Several offers side by side: totals, price per unit, the cheapest, and warnings.

Offers are compared in one currency: each :class:`~desktop.costs.breakdown.Breakdown` must be in
it or carry a conversion to it. An offer that cannot be converted is listed but not ranked, and
says why (never silently treated as cheapest or dearest).

Warnings:

- *suspiciously cheap*: the unit price is at most :data:`SUSPICIOUS_RATIO` of the median unit
  price of the other offers, or of a reference price the user gave (brand goods at huge
  discounts are the classic fake-shop pattern);
- *price changed*: the unit price differs from the price captured when the shop was checked.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext
from statistics import median

from desktop.costs.breakdown import PRECISION, Breakdown
from desktop.money.amount import Money
from desktop.costs.rates import Rate, convert
from desktop.text import N_, Message

__all__ = ["SUSPICIOUS_RATIO", "ComparedOffer", "Comparison", "PriceChange", "compare"]

SUSPICIOUS_RATIO = Decimal("0.5")


@dataclass(frozen=True)
class PriceChange:
    """The unit price now (``current``) against the one captured by a shop check (``captured``).

    ``percent`` is the signed change rounded to one decimal; ``None`` when the captured price is
    in another currency and no rate was given.
    """

    captured: Money
    current: Money
    percent: Decimal | None

    @property
    def message(self) -> Message:
        """What changed, as a translatable sentence."""
        if self.percent is None:
            return N_("Costs", "The shop check saw {captured}; it cannot be compared without a "
                               "rate.").format(captured=self.captured.plain())
        direction = (N_("Costs", "Price went up {percent} % since the shop check.")
                     if self.percent > 0 else
                     N_("Costs", "Price went down {percent} % since the shop check."))
        return direction.format(percent=abs(self.percent))


@dataclass(frozen=True)
class ComparedOffer:
    """One offer in a comparison.

    ``total`` and ``unit_price`` are in the comparison currency (``None`` with ``problem`` set
    when the offer cannot be converted). ``per_unit`` is the total divided by the quantity.
    """

    breakdown: Breakdown
    total: Money | None
    per_unit: Money | None
    unit_price: Money | None
    cheapest: bool = False
    suspicious: Message | None = None
    price_change: PriceChange | None = None
    problem: Message | None = None


@dataclass(frozen=True)
class Comparison:
    """The result of :func:`compare`; ``offers`` keep the input order."""

    currency: str
    offers: tuple[ComparedOffer, ...]

    @property
    def cheapest(self) -> tuple[int, ...]:
        """Indexes of the offers marked cheapest (empty with fewer than two comparable)."""
        return tuple(i for i, offer in enumerate(self.offers) if offer.cheapest)


def _in_currency(money: Money, currency: str, rate: Rate | None) -> Money | None:
    if money.currency == currency:
        return money
    if rate is not None and rate.from_currency == money.currency and rate.to_currency == currency:
        return convert(money, rate)
    return None


def _percent_change(old: Decimal, new: Decimal) -> Decimal:
    with localcontext() as context:
        context.prec = PRECISION
        return ((new - old) * 100 / old).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def compare(breakdowns: Sequence[Breakdown], currency: str, *,
            reference_price: Money | None = None,
            captured: Mapping[int, Money] | None = None,
            captured_rates: Mapping[int, Rate] | None = None) -> Comparison:
    """Compare ``breakdowns`` in ``currency``.

    ``reference_price`` is a normal unit price for the goods (any currency convertible with an
    offer's rate, ideally ``currency``). ``captured`` maps an offer's index to the unit price a
    shop check captured; ``captured_rates`` converts it if it is in another currency.

    Guarantees: ``cheapest`` marks every offer whose total equals the lowest comparable total
    (ties all marked); nothing is marked unless at least two offers are comparable. Never
    raises for a missing
    rate: the offer gets ``problem`` instead.
    """
    captured = captured or {}
    captured_rates = captured_rates or {}
    rows: list[dict] = []
    for index, breakdown in enumerate(breakdowns):
        rate = breakdown.rate
        total = _in_currency(breakdown.exact_total, currency, rate)
        unit = _in_currency(Money(breakdown.offer.unit_price, breakdown.offer.currency),
                            currency, rate)
        row: dict = {"breakdown": breakdown, "total": None, "per_unit": None,
                     "unit_price": None, "problem": None, "suspicious": None,
                     "price_change": None}
        if total is None or unit is None:
            row["problem"] = N_("Costs", "No exchange rate from {source} to {target}.").format(
                source=breakdown.currency, target=currency)
        else:
            with localcontext() as context:
                context.prec = PRECISION
                per_unit = Money(total.amount / breakdown.offer.quantity, currency)
            row.update(total=total.rounded(), per_unit=per_unit.rounded(), unit_price=unit)
        if index in captured:
            row["price_change"] = _price_change(captured[index], breakdown,
                                                captured_rates.get(index))
        rows.append(row)

    comparable = [row for row in rows if row["total"] is not None]
    if len(comparable) > 1:  # "cheapest" of one offer would say nothing
        lowest = min(row["total"].amount for row in comparable)
        for row in comparable:
            row["cheapest"] = row["total"].amount == lowest
    for row in comparable:
        row["suspicious"] = _suspicion(row, comparable, reference_price, currency)
    return Comparison(currency, tuple(ComparedOffer(**row) for row in rows))


def _suspicion(row: dict, comparable: list[dict], reference: Money | None,
               currency: str) -> Message | None:
    unit: Money = row["unit_price"]
    if reference is not None:
        ref = _in_currency(reference, currency, row["breakdown"].rate)
        if ref is not None and ref.amount > 0 and unit.amount <= ref.amount * SUSPICIOUS_RATIO:
            return N_("Costs", "{percent} % below the reference price: brand goods at huge "
                               "discounts are a classic fake-shop sign.").format(
                percent=-_percent_change(ref.amount, unit.amount))
    others = [other["unit_price"].amount for other in comparable if other is not row]
    if others:
        typical = Decimal(median(others))
        if typical > 0 and unit.amount <= typical * SUSPICIOUS_RATIO:
            return N_("Costs", "{percent} % cheaper than the other offers: check this seller "
                               "carefully.").format(
                percent=-_percent_change(typical, unit.amount))
    return None


def _price_change(captured: Money, breakdown: Breakdown, rate: Rate | None) -> PriceChange | None:
    current = Money(breakdown.offer.unit_price, breakdown.offer.currency)
    old = _in_currency(captured, current.currency, rate)
    if old is None:
        return PriceChange(captured, current, None)
    if old.amount == current.amount:
        return None
    if old.amount == 0:
        return PriceChange(captured, current, Decimal(100))
    return PriceChange(captured, current, _percent_change(old.amount, current.amount))
