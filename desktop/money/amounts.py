"""Which numbers in a price text are amounts, and which amount is the price to pay.

A pasted price often carries other numbers: a percentage (``40% OFF``), a date (``July, 2004``),
a size (``64 GB``), a quantity (``2 Piece - $6.75``), a list price beside the sale price
(``RRP £180.00 £149.00``, ``~~$599~~ $549``) or a range (``From 26 to 50 €``). This module gives
each number its role; :func:`choose_amount` returns the one amount to pay or raises a
:class:`~desktop.costs.errors.PriceParseError` saying why it cannot: it never picks one of two
prices unless the text itself marks the other as the list price.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from desktop.money.errors import PriceParseError, PriceRefusal
from desktop.text import N_, Message

__all__ = ["choose_amount", "join_split_decimals", "next_to", "remove_non_amounts",
           "strike_through"]

Span = tuple[int, int]

# Combining overlays that draw a line through the character before them ("5̶9̶9̶").
_OVERLAYS = "\u0335\u0336"
_STRUCK_MARKUP = re.compile(r"~~(?P<a>[^~]+)~~|<(?P<tag>s|del|strike)>(?P<b>.+?)</(?P=tag)>",
                            re.IGNORECASE)

_MONTHS = (
    "jan(?:uary|uari)?|feb(?:ruary|ruari)?|mar(?:ch|et)?|apr(?:il)?|may|mei|june?|juni|july?|"
    "juli|aug(?:ust)?|agu(?:stus)?|sept?(?:ember)?|o[ck]t(?:ober)?|nov(?:ember)?|"
    "de[cs](?:ember)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?tiembre|octubre|"
    "noviembre|diciembre"
)
_DATE = re.compile(
    r"(?<![\d.,])(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})(?![.,]?\d)"
    r"|(?<![^\W\d_])(?:\d{1,2}\.?\s+(?:de\s+)?)?(?:" + _MONTHS + r")\.?"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+(?:de\s+)?(?:19|20)\d{2}(?!\d)",
    re.IGNORECASE,
)
_PERCENT = re.compile(r"(?<![\d.,])[-−+]?\d[\d.,]*\s*%")
_MEASURE = re.compile(
    r"(?<![\d.,])\d[\d.,]*\s*(?:ft|cm|mm|km|kg|lbs?|oz|ml|gb|mb|kb|tb|mah|inch(?:es)?)"
    r"(?![^\W\d_])", re.IGNORECASE)
# "119. 95", "1.837, 32 €": a number, a decimal mark, one space, two digits, and nothing but
# the end, a closing sign or a currency after them (blanked marks are spaces by then).
_SPLIT_DECIMAL = re.compile(
    r"(?<![\d.,'’])(\d[\d.,'’]*)([.,]) (\d{2})(?=\s*(?:$|[^\w\s.,]|[.,](?!\d)))")
_RANGE_GAP = re.compile(
    r"\s*(?:-|–|—|~|to|a|hasta|al|sampai|s/d|s\.d\.|bis|até|until)\s*", re.IGNORECASE)
# Words that mark the list price beside the price to pay. "Was … Now …" is not among them:
# shops use it for both orders, and the peer suite reads the first amount.
_LIST_PRICE = re.compile(
    r"(?<![^\W\d_])(?:rrp|msrp|uvp|antes|harga\s+normal|harga\s+asli|harga\s+coret|"
    r"precio\s+normal|precio\s+anterior|precio\s+de\s+lista|list\s+price)(?![^\W\d_])",
    re.IGNORECASE)


def strike_through(text: str) -> tuple[str, list[Span]]:
    """``text`` without strike-through marks, and the spans that were struck through.

    Understands combining overlays (``$̶5̶9̶9̶``), ``~~599~~`` and ``<s>``/``<del>``/``<strike>``;
    the markup is blanked with spaces so the other offsets stay put.
    """
    kept: list[str] = []
    struck_at: list[int] = []
    for char in text:
        if char in _OVERLAYS:
            if kept:
                struck_at.append(len(kept) - 1)
            continue
        kept.append(char)
    spans: list[Span] = []
    for index in struck_at:
        if spans and spans[-1][1] == index:
            spans[-1] = (spans[-1][0], index + 1)
        else:
            spans.append((index, index + 1))
    plain = "".join(kept)
    for match in _STRUCK_MARKUP.finditer(plain):
        inner = "a" if match.group("a") is not None else "b"
        spans.append(match.span(inner))
        start, end = match.span()
        plain = (plain[:start] + " " * (match.start(inner) - start) + match.group(inner)
                 + " " * (end - match.end(inner)) + plain[end:])
    return plain, spans


def remove_non_amounts(text: str) -> tuple[str, list[PriceRefusal]]:
    """``text`` with dates, percentages and measurements blanked, and the kind of each one
    blanked (dates first), so a text left without an amount can say what it held instead."""
    seen: list[PriceRefusal] = []
    for pattern, kind in ((_DATE, PriceRefusal.DATE), (_PERCENT, PriceRefusal.PERCENTAGE),
                          (_MEASURE, PriceRefusal.MEASUREMENT)):
        def blank(match: re.Match[str], kind: PriceRefusal = kind) -> str:
            seen.append(kind)
            return " " * len(match.group(0))
        text = pattern.sub(blank, text)
    return text, seen


def join_split_decimals(text: str) -> str:
    """``"119. 95"`` → ``"119.95 "``: the space moves behind the decimals (offsets unchanged).

    Only when nothing but the currency comes before the number: in "Size 42, 35 €" the two
    numbers stay apart (and the text is refused as two prices rather than read as 42.35).
    """
    def join(match: re.Match[str]) -> str:
        if text[:match.start()].strip():
            return match.group(0)
        return match.group(1) + match.group(2) + match.group(3) + " "
    return _SPLIT_DECIMAL.sub(join, text)


def next_to(span: Span, marks: list[Span], text: str) -> bool:
    """Whether the number at ``span`` touches a currency mark (spaces, ``.`` or ``:`` between)."""
    start, end = span
    for mark_start, mark_end in marks:
        if mark_end <= start and not text[mark_end:start].strip(" .:\u00a0"):
            return True
        if end <= mark_start and not text[end:mark_start].strip(" \u00a0"):
            return True
    return False


def _glued(match: re.Match[str], text: str) -> bool:
    """A number stuck to letters ("MX924", "12abc") is part of a code, not an amount."""
    start, end = match.span("num")
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) and not match.group("mult") else " "
    return before.isalpha() or after.isalpha()


def _quantity(match: re.Match[str], text: str) -> bool:
    """A whole number without separators followed by a word ("2 Piece", "3 Ausgaben") or after
    a times sign ("Rp 10.000 x 3")."""
    if match.group("mult") or re.search(r"[.,'’]", match.group("num")):
        return False
    if re.search(r"(?:^|\s)[x×]\s*$", text[:match.start()], re.IGNORECASE):
        return True
    follows = re.match(r"\s+([^\W\d_/.]+)", text[match.end():])
    return follows is not None and not _RANGE_GAP.fullmatch(" " + follows.group(1) + " ")


def _listed_by_words(amounts: list[re.Match[str]], text: str) -> set[int]:
    """Indices of the amounts a list-price word marks: the amount right after the word
    ("RRP: £180", "antes $599"), else the one right before it ("£180 RRP")."""
    listed: set[int] = set()
    for word in _LIST_PRICE.finditer(text):
        after = [i for i, m in enumerate(amounts) if m.start() >= word.end()]
        if after and not text[word.end():amounts[after[0]].start()].strip(" :.-–(\u00a0"):
            listed.add(after[0])
            continue
        before = [i for i, m in enumerate(amounts) if m.end() <= word.start()]
        if before and not text[amounts[before[-1]].end():word.start()].strip(" ),(-–\u00a0"):
            listed.add(before[-1])
    return listed


def _written(match: re.Match[str], text: str) -> str:
    """The amount as written, shorthand included, sign left out ("200rb" of "- 200rb")."""
    return text[match.start("num"):match.end()].strip()


def _refuse(text: str, reason: PriceRefusal, message: Message,
            candidates: tuple[Decimal, ...] = ()) -> PriceParseError:
    return PriceParseError(text, reason, message, candidates)


def choose_amount(original: str, numbers: list[re.Match[str]], marks: list[Span], text: str,
                  struck: list[Span], read: Callable[[re.Match[str]], Decimal]) -> re.Match[str]:
    """The number that is the price to pay among ``numbers`` (matches in ``text``).

    One number is the price. Of several, codes ("MX924") are set aside; when the text has a
    currency mark, so are quantities ("2 Piece") away from it, and the same amount written
    twice is one price. Without a mark, several numbers are refused (ratings, sizes, page
    numbers look the same). Two different amounts are resolved only when the text marks all but
    one as the list price (struck through, or RRP/MSRP/antes/harga normal…).

    Raises :class:`PriceParseError`: ``RANGE`` (two amounts joined by "-", "to", "hasta"…),
    ``TWO_PRICES`` (with both as ``candidates``), or ``SEVERAL_NUMBERS`` when no number
    stands out as an amount.
    """
    if len(numbers) == 1:
        return numbers[0]
    def several() -> PriceParseError:
        return _refuse(original, PriceRefusal.SEVERAL_NUMBERS, N_(
            "Costs", "“{text}” holds more than one amount: paste only the price.").format(
                text=original))
    near = [m for m in numbers if next_to(m.span("num"), marks, text)]
    # A number right before one at the mark ("1 234 €" with odd spacing) may be its fragment;
    # not when a currency mark stands between them ("£180.00 £149.00").
    if any(re.fullmatch(r"\s*", text[other.end("num"):m.start("num")])
           and not any(other.end("num") <= a < m.start("num") for a, _ in marks)
           for m in near for other in numbers if other.end() <= m.start()):
        raise several()
    if marks:
        amounts = [m for m in numbers
                   if not _glued(m, text) and (m in near or not _quantity(m, text))]
    else:
        # Without a currency mark nothing tells a price from a rating, a size, a model or a page
        # number ("4 out of 5", "Page 1 of 1", "HD2590/00"): every number counts.
        amounts = list(numbers)
    if not amounts:
        raise several()
    if len(amounts) == 1:
        if marks and amounts[0] not in near:
            raise several()  # the currency names none of the numbers ("NIMBUS 2700 … TOP")
        return amounts[0]
    values = [read(m) for m in amounts]
    distinct = list(dict.fromkeys(values))
    if not marks and not all(re.search(r"[.,]\d\d$", m.group("num")) for m in amounts):
        raise several()  # only amounts with cents ("34.12 (40.94 inc VAT)") read as prices
    if len(distinct) == 1:
        if not marks:
            raise several()
        return next((m for m in amounts if m in near), amounts[0])
    shown = tuple(distinct)
    if len(amounts) == 2:
        first, second = amounts
        if _RANGE_GAP.fullmatch(text[first.end():second.start("num")]):
            low, high = _written(first, text), _written(second, text)
            raise _refuse(original, PriceRefusal.RANGE, N_(
                "Costs", "“{text}” is a range, from {low} to {high}: paste the price you "
                         "pay.").format(text=original, low=low, high=high), shown)
    by_words = _listed_by_words(amounts, text)
    listed = [i in by_words or any(a <= m.start("num") < b for a, b in struck)
              for i, m in enumerate(amounts)]
    to_pay = [(m, value) for m, value, is_list in zip(amounts, values, listed) if not is_list]
    if any(listed) and len({value for _, value in to_pay}) == 1:
        return to_pay[0][0]
    written: dict[Decimal, str] = {}
    for m, value in zip(amounts, values):
        written.setdefault(value, _written(m, text))
    first, second = list(written.values())[:2]
    raise _refuse(original, PriceRefusal.TWO_PRICES, N_(
        "Costs", "“{text}” shows two prices, {first} and {second}: which one do you pay? Paste "
                 "only that one.").format(text=original, first=first, second=second), shown)
