"""From the typed offers to the rows the Costs page shows: read, total, convert, compare.

:class:`RowBuilder` keeps each offer's result keyed by its exact texts and by everything else
the result depends on (comparison currency, country, locale, rates, date, language), so a
keystroke recomputes only the offer being edited; the comparison across offers is cheap and is
always redone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from desktop.costs import (
    MissingRate,
    OfferForm,
    Rate,
    RateTable,
    compare,
    compute,
    localize,
    parse_price,
    read_form,
)
from desktop.errors import ShopSafeError
from desktop.i18n import current_language, qt_translate
from desktop.text import N_
from desktop.ui.costs_model import OfferRow

__all__ = ["BuiltRows", "RowBuilder"]

_NO_REFERENCE_RATE = N_("CostsPage", "No reference rate for {source}: type the rate your bank "
                                     "or card uses.")


@dataclass(frozen=True)
class BuiltRows:
    """The rows, the rate hint for each offer (shown under its rate field), and why the
    reference price could not be read (empty when it could, or was not given)."""

    rows: tuple[OfferRow, ...]
    hints: tuple[str, ...]
    reference_error: str


class RowBuilder:
    """Builds :class:`BuiltRows`; one per page (it holds the per-offer cache)."""

    def __init__(self) -> None:
        self._cache: dict[OfferForm, tuple] = {}
        self._context: tuple = ()

    def build(self, forms: Sequence[OfferForm], numbers: Sequence[int], *, currency: str,
              country: str, locale: str, table: RateTable | None,
              reference_text: str) -> BuiltRows:
        context = (currency, country, locale, id(table), dt.date.today(), current_language())
        if context != self._context:
            self._cache.clear()
            self._context = context
        fresh: dict[OfferForm, tuple] = {}
        rows: list[OfferRow] = []
        hints: list[str] = []
        for form, number in zip(forms, numbers, strict=True):
            cached = self._cache.get(form) or fresh.get(form)
            if cached is None:
                cached = _evaluate(form, currency, country, locale, table)
            fresh[form] = cached
            result, breakdown, hint = cached
            rows.append(OfferRow(form, result, breakdown, number=number))
            hints.append(hint)
        self._cache = fresh

        reference, reference_error = None, ""
        if reference_text.strip():
            try:
                reference = parse_price(reference_text, currency, country=country).money
            except ShopSafeError as error:
                reference_error = error.message.render(qt_translate)
        computed = [i for i, row in enumerate(rows) if row.breakdown is not None]
        if computed:
            captured = {position: rows[source].result.captured.money
                        for position, source in enumerate(computed)
                        if rows[source].result.captured is not None}
            comparison = compare([rows[i].breakdown for i in computed], currency,
                                 reference_price=reference, captured=captured)
            for position, source in enumerate(computed):
                row = rows[source]
                rows[source] = OfferRow(row.form, row.result, row.breakdown,
                                        comparison.offers[position], row.number)
        return BuiltRows(tuple(rows), tuple(hints), reference_error)


def _evaluate(form: OfferForm, currency: str, country: str, locale: str,
              table: RateTable | None) -> tuple:
    """(FormResult, Breakdown or None, rate hint) of one form: the costly part."""
    result = read_form(form, currency, country)
    breakdown = None
    hint = ""
    if result.offer is not None:
        rate = None
        if result.offer.currency != currency:
            rate, hint = _rate_for(result.offer.currency, currency, result.rate_value, table,
                                   locale)
        breakdown = compute(result.offer, rate, locale)
    return result, breakdown, hint


def _rate_for(source: str, target: str, typed: Decimal | None, table: RateTable | None,
              locale: str) -> tuple[Rate | None, str]:
    """The rate to use (typed wins over the ECB's) and the hint describing the ECB's."""
    ecb_rate = None
    if table is not None:
        try:
            ecb_rate = table.rate(source, target)
        except MissingRate:
            ecb_rate = None
    if ecb_rate is not None:
        hint = localize(ecb_rate.describe(), locale).render(qt_translate)
    else:
        hint = _NO_REFERENCE_RATE.format(source=source).render(qt_translate)
    if typed is not None:
        return Rate(source, target, typed, dt.date.today(), "typed"), hint
    return ecb_rate, hint
