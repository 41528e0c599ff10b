"""The cost sheet: typed offers in, totals, conversions and the comparison out (no Qt).

The one cost pipeline, used by the Costs page and ``shopsafe cost``: each :class:`~desktop.costs.form.OfferForm`
is read (:func:`~desktop.costs.form.read_form`), its total computed (:func:`~desktop.costs.breakdown.compute`)
and converted into the comparison currency (a typed rate wins over the ECB reference rate), then
all offers are compared (:func:`~desktop.costs.compare.compare`).

:class:`CostSheet` keeps each offer's result keyed by its exact texts and by everything else the
result depends on (comparison currency, country, locale, rates, date), so a keystroke recomputes
only the offer being edited; the comparison across offers is cheap and is always redone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from desktop.costs.breakdown import Breakdown, compute
from desktop.costs.compare import ComparedOffer, compare
from desktop.costs.errors import MissingRate
from desktop.costs.form import FormResult, OfferForm, read_form
from desktop.costs.rates import Rate, RateTable
from desktop.errors import ShopSafeError
from desktop.money.amount import Money, localize
from desktop.money.parsing import parse_price
from desktop.text import N_, Message

__all__ = ["CostSheet", "SheetLine", "SheetResult", "evaluate_offer"]

_NO_REFERENCE_RATE = N_("CostsPage", "No reference rate for {source}: type the rate your bank "
                                     "or card uses.")


@dataclass(frozen=True)
class SheetLine:
    """One offer on the sheet: what was typed, what it means, how it compares. Immutable.

    ``rate_note`` describes the reference rate for an offer in another currency (or says there
    is none); ``number`` is the number the offer keeps for its life ("Offer 3" while unnamed).
    """

    form: OfferForm
    result: FormResult
    breakdown: Breakdown | None = None
    compared: ComparedOffer | None = None
    number: int = 0
    rate_note: Message | None = None

    @property
    def title(self) -> str:
        return self.form.name.strip()


@dataclass(frozen=True)
class SheetResult:
    """The lines in the order of the forms, and why the reference price could not be read
    (``None`` when it could, or was not given)."""

    lines: tuple[SheetLine, ...]
    reference_error: Message | None = None


def evaluate_offer(form: OfferForm, currency: str, country: str, locale: str,
                   table: RateTable | None) -> SheetLine:
    """One offer read, totalled and converted into ``currency`` (not compared yet).

    The rate: the one typed in the form wins over ``table``'s (the ECB reference rates); with
    neither, the breakdown has no converted total (``breakdown.rate is None``). Never raises
    for what was typed: problems are in ``result.errors``.
    """
    result = read_form(form, currency, country)
    if result.offer is None:
        return SheetLine(form, result)
    rate, note = None, None
    if result.offer.currency != currency:
        rate, note = _rate_for(result.offer.currency, currency, result.rate_value, table, locale)
    return SheetLine(form, result, compute(result.offer, rate, locale), rate_note=note)


class CostSheet:
    """Builds :class:`SheetResult`; keep one per sheet (it holds the per-offer cache)."""

    def __init__(self) -> None:
        self._cache: dict[OfferForm, SheetLine] = {}
        self._context: tuple = ()

    def build(self, forms: Sequence[OfferForm], numbers: Sequence[int], *, currency: str,
              country: str, locale: str, table: RateTable | None,
              reference_text: str = "") -> SheetResult:
        """Evaluate every form (cached), read the reference price and compare the offers that
        have a total. ``numbers`` run parallel to ``forms``. Never raises for what was typed."""
        context = (currency, country, locale, id(table), dt.date.today())
        if context != self._context:
            self._cache.clear()
            self._context = context
        fresh: dict[OfferForm, SheetLine] = {}
        lines: list[SheetLine] = []
        for form, number in zip(forms, numbers, strict=True):
            line = self._cache.get(form) or fresh.get(form)
            if line is None:
                line = evaluate_offer(form, currency, country, locale, table)
            fresh[form] = line
            lines.append(replace(line, number=number))
        self._cache = fresh

        reference: Money | None = None
        reference_error: Message | None = None
        if reference_text.strip():
            try:
                reference = parse_price(reference_text, currency, country=country).money
            except ShopSafeError as error:
                reference_error = error.message
        computed = [i for i, line in enumerate(lines) if line.breakdown is not None]
        if computed:
            captured = {position: lines[source].result.captured.money
                        for position, source in enumerate(computed)
                        if lines[source].result.captured is not None}
            comparison = compare([lines[i].breakdown for i in computed], currency,
                                 reference_price=reference, captured=captured)
            for position, source in enumerate(computed):
                lines[source] = replace(lines[source], compared=comparison.offers[position])
        return SheetResult(tuple(lines), reference_error)


def _rate_for(source: str, target: str, typed: Decimal | None, table: RateTable | None,
              locale: str) -> tuple[Rate | None, Message]:
    """The rate to use (typed wins over the ECB's) and the note describing the ECB's."""
    ecb_rate = None
    if table is not None:
        try:
            ecb_rate = table.rate(source, target)
        except MissingRate:
            ecb_rate = None
    if ecb_rate is not None:
        note = localize(ecb_rate.describe(), locale)
    else:
        note = _NO_REFERENCE_RATE.format(source=source)
    if typed is not None:
        return Rate(source, target, typed, dt.date.today()), note
    return ecb_rate, note
