"""Labelled values in document text: ``TOTAL BAYAR : Rp 245.000``, ``Fecha: 04/12/2026``.

The shared reading layer of :mod:`desktop.reading.receipts` and :mod:`desktop.reading.transfers`.
A document is read line by line; a *label* (a local keyword such as "Total Bayar", "IVA",
"Clave de rastreo") is found with one alternation, longest label first, so "Total Bayar" is never
read as "Total" and "Subtotal" never as "Total". The value of a label is the text after it up to
the next label on the same line, or the next line when the label stands alone (bank-app screens put
the value under the label).

Amounts go through :func:`desktop.money.parsing.parse_price`, the project's one reader of local
number formats; a value it refuses is reported as unreadable, never repaired (an OCR'd
``22.5O0`` stays unread rather than becoming 22 500 or 225). Dates are read by explicit
patterns, day first except in the United States, and an impossible date (31/02) is not a date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from desktop.money.amount import Money
from desktop.money.errors import PriceParseError, UnknownCurrency
from desktop.money.parsing import parse_price

__all__ = ["Field", "Label", "amount_in", "dates_in", "find_datetime", "labelled_values",
           "label_pattern"]


@dataclass(frozen=True)
class Field:
    """One value read from a document: ``value`` (``str``, :class:`Money`, ``date`` or
    ``datetime``) and ``source``, the line of text it was read from, shown beside it so the person
    can see what was read."""

    value: Any
    source: str


@dataclass(frozen=True)
class Label:
    """A label found on a line: the field it names, and the text that follows it (its value)."""

    field: str
    value_text: str
    source: str


def label_pattern(labels: Mapping[str, str]) -> re.Pattern[str]:
    """One alternation of ``labels`` (label text → field name), longest first, whole words."""
    ordered = sorted(labels, key=len, reverse=True)
    body = "|".join(re.escape(label).replace(r"\ ", r"\s*") for label in ordered)
    return re.compile(r"(?<![^\W_])(?:" + body + r")(?![^\W\d_])", re.IGNORECASE)


def _norm(label: str) -> str:
    return re.sub(r"\s+", "", label.casefold())


def labelled_values(lines: list[str], labels: Mapping[str, str],
                    pattern: re.Pattern[str]) -> Iterator[Label]:
    """Every label on ``lines`` with its value text (see the module docstring)."""
    lookup = {_norm(label): field for label, field in labels.items()}
    for index, line in enumerate(lines):
        matches = list(pattern.finditer(line))
        for position, match in enumerate(matches):
            end = matches[position + 1].start() if position + 1 < len(matches) else len(line)
            value = line[match.end():end].strip(" \t:=.-|")
            source = line.strip()
            if not value and position == len(matches) - 1 and index + 1 < len(lines):
                following = lines[index + 1]
                if not pattern.search(following):  # the value stands under its label
                    value, source = following.strip(), source + "\n" + following.strip()
            yield Label(lookup.get(_norm(match.group(0)), "ignored"), value, source)


# A number as receipts print it, with a currency mark glued to either side.
_MARKS = r"(?:Rp\.?|IDR|MXN|EUR|USD|US\$|€|\$)"
_AMOUNT = re.compile(
    r"(?<![\w.,])(?P<neg>[-−(]\s*)?(?P<text>" + _MARKS + r"?\s?\d(?:[\d.,]*\d)?(?:\s?" + _MARKS
    + r")?)(?![\w%]|[.,]\d|\s?%)", re.IGNORECASE)


def amount_in(text: str, country: str | None, currency: str | None) -> Money | None | str:
    """The last amount in ``text`` (a receipt line puts its amount at the end: "IVA 21% 2,10").

    Returns ``None`` when there is no number, a :class:`Money` when the amount reads one way only,
    or the offending text (``str``) when :func:`parse_price` refuses it. Percentages, quantities
    with "x" and numbers glued to letters are not amounts. A leading minus or parenthesis
    (discounts) is dropped: the field name carries the sign.
    """
    found = [m for m in _AMOUNT.finditer(text) if m.group("text").strip()]
    if not found:
        return None
    raw = found[-1].group("text").strip()
    try:
        price = parse_price(raw, currency, country=country)
    except (PriceParseError, UnknownCurrency):
        return raw
    return Money(price.amount, price.currency)


_MONTHS = {
    **dict.fromkeys(("jan", "januari", "january", "ene", "enero"), 1),
    **dict.fromkeys(("feb", "februari", "february", "febrero"), 2),
    **dict.fromkeys(("mar", "maret", "march", "marzo"), 3),
    **dict.fromkeys(("apr", "april", "abr", "abril"), 4),
    **dict.fromkeys(("mei", "may", "mayo"), 5),
    **dict.fromkeys(("jun", "juni", "june", "junio"), 6),
    **dict.fromkeys(("jul", "juli", "july", "julio"), 7),
    **dict.fromkeys(("agu", "ags", "agustus", "aug", "august", "ago", "agosto"), 8),
    **dict.fromkeys(("sep", "sept", "september", "septiembre", "setiembre"), 9),
    **dict.fromkeys(("okt", "oktober", "oct", "october", "octubre"), 10),
    **dict.fromkeys(("nov", "november", "noviembre"), 11),
    **dict.fromkeys(("des", "desember", "dec", "december", "dic", "diciembre"), 12),
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_NUMERIC = re.compile(r"(?<![\d/.-])(\d{1,4})[/.-](\d{1,2})[/.-](\d{2,4})(?![\d/.-]*\d)")
_WORDS_DMY = re.compile(r"(?<!\d)(\d{1,2})\.?\s*(?:de\s+)?(" + _MONTH_RE + r")\.?,?\s*(?:de\s+)?"
                        r"(\d{4})(?!\d)", re.IGNORECASE)
_WORDS_MDY = re.compile(r"(?<![^\W\d_])(" + _MONTH_RE + r")\.?\s+(\d{1,2}),?\s+(\d{4})(?!\d)",
                        re.IGNORECASE)
_TIME = re.compile(r"(?<!\d)([01]?\d|2[0-3])[:.]([0-5]\d)(?:[:.]([0-5]\d))?(?!\d)")
_ZONES = {"WIB": 7, "WITA": 8, "WIT": 9, "CST": -6, "CET": 1, "CEST": 2}
_ZONE_RE = re.compile(r"\b(WIB|WITA|WIT|CST|CEST|CET)\b")


def _year(text: str) -> int:
    value = int(text)
    return value + 2000 if len(text) == 2 else value


def _dates(line: str, country: str | None) -> Iterable[tuple[date, re.Match[str]]]:
    month_first = (country or "").upper() == "US"
    for match in _NUMERIC.finditer(line):
        a, b, c = match.groups()
        if len(a) == 4:
            parts = (int(a), int(b), int(c))
        elif len(c) in (2, 4):
            day, month = (int(b), int(a)) if month_first else (int(a), int(b))
            parts = (_year(c), month, day)
        else:
            continue
        try:
            yield date(*parts), match
        except ValueError:
            continue
    for pattern, order in ((_WORDS_DMY, "dmy"), (_WORDS_MDY, "mdy")):
        for match in pattern.finditer(line):
            first, second, year = match.groups()
            day, month_word = (first, second) if order == "dmy" else (second, first)
            try:
                yield date(int(year), _MONTHS[month_word.casefold()], int(day)), match
            except ValueError:
                continue


def dates_in(line: str, country: str | None = None, *,
             with_matches: bool = False) -> list[Any]:
    """The dates written in ``line`` (numeric day first except in the US, ISO, or with month
    words in Indonesian, Spanish or English), each once; with ``with_matches`` as
    ``(date, match)`` pairs, for callers that replace the text. Impossible dates are skipped."""
    found = []
    taken: list[tuple[int, int]] = []
    for day, match in _dates(line, country):
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        taken.append((match.start(), match.end()))
        found.append((day, match) if with_matches else day)
    return found


def find_datetime(lines: list[str], country: str | None, zone: timezone | None = None,
                  prefer: re.Pattern[str] | None = None) -> Field | None:
    """The first date of the text (a line matching ``prefer`` first), with the time of day on
    the same or the next line when there is one. Aware (``zone``, or the WIB/CST… zone the text
    names) when a time was read; a plain ``date`` otherwise."""
    ordered = list(range(len(lines)))
    if prefer is not None:
        ordered.sort(key=lambda i: 0 if prefer.search(lines[i]) else 1)
    for index in ordered:
        for day, match in _dates(lines[index], country):
            rest = lines[index][:match.start()] + " " + lines[index][match.end():]
            clock = _TIME.search(rest)
            source = lines[index].strip()
            if clock is None and index + 1 < len(lines) and not list(_dates(lines[index + 1],
                                                                           country)):
                clock = _TIME.search(lines[index + 1])
                if clock:
                    source += "\n" + lines[index + 1].strip()
            if clock is None:
                return Field(day, source)
            named = _ZONE_RE.search(source)
            tz = timezone(timedelta(hours=_ZONES[named.group(1)])) if named else zone
            hour = int(clock.group(1))
            meridiem = re.match(r"\s*([ap])\.?\s?m\b", source[source.find(clock.group(0))
                                                          + len(clock.group(0)):], re.I)
            if meridiem and hour <= 12:  # "09:15 PM": US receipts keep a 12-hour clock
                hour = hour % 12 + (12 if meridiem.group(1).lower() == "p" else 0)
            moment = datetime.combine(day, time(hour, int(clock.group(2)),
                                                int(clock.group(3) or 0)), tzinfo=tz)
            return Field(moment, source)
    return None
