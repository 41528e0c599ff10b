"""Amounts, dates and reference numbers written one way for the search index (no Qt).

A receipt prints "Rp 245.000", the person types "245000", "245.000" or "Rp245rb"; a receipt
prints "04/12/2026" or "4 Desember 2026", the person types "2026-12-04". The full-text index
splits "245.000" into two words and knows nothing of "rb", so both sides are normalised by the
same functions here: :func:`index_keys` adds key words (``amt245000``, ``dt20261204``,
``ref123456789010``) to an item's indexed text, :func:`query_terms` turns the same expressions in
a query into "key OR words" groups. The keys never leave memory (the index is ``:memory:``).

The reading of a number does not depend on a locale, so it is the same on both sides: a
separator followed by exactly three digits groups thousands ("245.000", "245,000"), one followed
by one or two digits is the decimal point ("12,50", "12.5"); OCR's stray space after a
separator ("Rp135. 366") is read through; "rb"/"ribu"/"k" multiply by a
thousand, "jt"/"juta" by a million. Dates are read day first, as everywhere but the US.
"""

from __future__ import annotations

import json
import re
import unicodedata
from decimal import Decimal, InvalidOperation

from desktop.reading.fieldtext import dates_in

__all__ = ["amount_key", "index_keys", "query_terms"]

_AMOUNT = re.compile(
    r"(?<![\w.,/-])(?P<mark>rp\.?|idr|mxn|eur|usd|us\$|\$|€)?\s?"
    r"(?P<int>\d{1,3}(?:(?P<sep>[.,]) ?\d{3})(?:(?P=sep) ?\d{3})*|\d+)"
    r"(?:[.,](?P<dec>\d{1,2}))?(?![\d])\s?(?P<unit>ribu|rb|k|juta|jt)?(?![\w/-])(?:\s?€)?",
    re.IGNORECASE)
_UNITS = {"rb": 1000, "ribu": 1000, "k": 1000, "jt": 1_000_000, "juta": 1_000_000}
_REFERENCE = re.compile(r"(?<![\w])(?=[\w/-]*\d)[A-Za-z0-9][A-Za-z0-9/-]{5,39}(?![\w])")
_TOKEN = re.compile(r"\w+", re.UNICODE)


def _value(match: re.Match[str]) -> Decimal | None:
    whole = match.group("int")
    unit, mark = match.group("unit"), match.group("mark")
    grouped = match.group("sep") is not None
    digits = re.sub(r"[., ]", "", whole)
    if not (grouped or unit or mark or match.group("dec")) and (len(digits) < 3
                                                                or len(digits) > 12):
        return None  # "12", "04" (a day), "012345678901234" (an account): not amounts
    if digits.startswith("0") and len(digits) > 1:
        return None  # "0012": a reference or a code, never an amount
    try:
        value = Decimal(digits + ("." + match.group("dec") if match.group("dec") else ""))
    except InvalidOperation:
        return None
    if unit:
        value *= _UNITS[unit.casefold()]
    return value


def amount_key(value: Decimal) -> str:
    """The index word of an amount: ``amt245000``, ``amt12d5`` (12.50)."""
    text = format(value.normalize(), "f")
    if "." in text:
        whole, decimals = text.split(".")
        decimals = decimals.rstrip("0")
        text = whole + ("d" + decimals if decimals else "")
    return "amt" + text


def _date_key(day: object) -> str:
    return "dt" + day.strftime("%Y%m%d")  # type: ignore[attr-defined]


def _fold(reference: str) -> str | None:
    """A reference with digits and the letter O: the key reads the O's as zeros (OCR's mix-up),
    so "12345678901O" and "123456789010" find each other."""
    compact = re.sub(r"[/-]", "", reference).upper()
    if sum(ch.isdigit() for ch in compact) < 6:
        return None
    return "ref" + compact.replace("O", "0").lower()


def index_keys(text: str) -> list[str]:
    """The key words of the amounts, dates and reference numbers in ``text``."""
    keys: set[str] = set()
    for match in _AMOUNT.finditer(text):
        value = _value(match)
        if value is not None:
            keys.add(amount_key(value))
    for line in text.splitlines():
        for day in dates_in(line):
            keys.add(_date_key(day))
    for match in _REFERENCE.finditer(text):
        key = _fold(match.group(0))
        if key:
            keys.add(key)
    return sorted(keys)


def _words(text: str) -> list[str]:
    return [json.dumps(word) + "*" for word in _TOKEN.findall(text)]


def _phrase(text: str) -> str:
    words = _TOKEN.findall(text)
    return json.dumps(" ".join(words)) if len(words) > 1 else json.dumps(words[0]) + "*"


def query_terms(text: str) -> list[str]:
    """``text`` as FTS5 terms to be joined with AND: every word as a prefix, and each amount,
    date or reference number as ``(key OR its words)``. Empty when the text has no word."""
    text = unicodedata.normalize("NFC", text)
    spans: list[tuple[int, int, str]] = []
    for day_text, start, end, day in _date_spans(text):
        spans.append((start, end, f"({_date_key(day)} OR ({' AND '.join(_words(day_text))}))"))
    for match in _REFERENCE.finditer(text):
        if any(s < match.end() and match.start() < e for s, e, _ in spans):
            continue
        key = _fold(match.group(0))
        if key:
            alternatives = [key, "(" + " AND ".join(_words(match.group(0))) + ")"]
            amount = _AMOUNT.fullmatch(match.group(0))
            value = _value(amount) if amount else None
            if value is not None:
                alternatives.insert(1, amount_key(value))
            spans.append((match.start(), match.end(), "(" + " OR ".join(alternatives) + ")"))
    for match in _AMOUNT.finditer(text):
        if any(s < match.end() and match.start() < e for s, e, _ in spans):
            continue
        value = _value(match)
        if value is None:
            continue
        # The key, or the words as written next to each other (a phrase, not each word
        # anywhere: "155,90" must not find every text with a 155 and a 90 in it).
        alternatives = [amount_key(value), _phrase(match.group(0))]
        if not (match.group("unit") or match.group("dec") or match.group("sep")):
            alternatives.append(json.dumps(match.group("int")) + "*")  # "2450" of "24500…"
        spans.append((match.start(), match.end(), "(" + " OR ".join(alternatives) + ")"))
    terms: list[str] = []
    position = 0
    for start, end, term in sorted(spans):
        terms.extend(_words(text[position:start]))
        terms.append(term)
        position = end
    terms.extend(_words(text[position:]))
    return terms


def _date_spans(text: str) -> list[tuple[str, int, int, object]]:
    found = []
    for day, match in dates_in(text, with_matches=True):
        found.append((match.group(0), match.start(), match.end(), day))
    return found
