"""Read a price the way buyers paste it: ``Rp 1.250.000``, ``50rb``, ``1,5jt``, ``1.234,56 €``.

:func:`parse_price` returns one exact :class:`Price` or raises
:class:`~desktop.money.errors.PriceParseError`; it never guesses a number. Separators are read
from the text itself (both ``.`` and ``,`` → the last one is the decimal mark; one kind repeated →
grouping; one mark before exactly three digits → grouping, unless the currency has three minor
digits). Indonesian and Spanish shorthand multiply (``rb``/``ribu``/``k`` = 1 000,
``jt``/``juta`` = 1 000 000, ``mil`` = 1 000, ``millones`` = 1 000 000). ``price-parser`` is asked
for the currency symbol when none of the marks we know is present.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

from price_parser import Price as _PriceParser

from desktop.money.currencies import (
    CURRENCY_MARKS,
    FAMILY_MARKS,
    country_currency,
    resolve_family,
    symbol_to_code,
)
from desktop.money.errors import PriceParseError, UnknownCurrency
from desktop.money.amount import Money, check_currency, minor_units
from desktop.text import N_, Message

__all__ = ["Price", "parse_price"]

MAX_AMOUNT = Decimal(10) ** 15

_ZERO_WORDS = {"gratis", "free", "gratuito", "gratuita", "gratuitos", "gratuitas", "cuma-cuma",
               "cuma", "gratisan"}
_MULTIPLIERS = {
    "rb": 1000, "rbu": 1000, "ribu": 1000, "k": 1000, "mil": 1000,
    "jt": 1_000_000, "jta": 1_000_000, "juta": 1_000_000,
    "millón": 1_000_000, "millon": 1_000_000, "millones": 1_000_000,
}

_MARK_ALTERNATIVES = sorted({*CURRENCY_MARKS, *FAMILY_MARKS}, key=len, reverse=True)
# Letter marks match in any case ("RP 50.000", "EUROS"): the key as written in the tables.
_MARK_LOOKUP = {mark.casefold(): mark for mark in _MARK_ALTERNATIVES}
_LETTER_BEFORE, _LETTER_AFTER = r"(?<![^\W\d_])", r"(?![^\W\d_])"  # any script's letters


def _mark_pattern(mark: str) -> str:
    """A letter mark must stand apart from other letters ("Rp" not in "Rpx", "đ" not in
    "đồng"); CJK and Hangul marks are written without spaces ("2900원부터"), symbols anywhere."""
    if not mark[0].isalpha() or ord(mark[0]) >= 0x2E80:
        return re.escape(mark)
    return _LETTER_BEFORE + re.escape(mark) + _LETTER_AFTER


_MARK_RE = re.compile("|".join(_mark_pattern(mark) for mark in _MARK_ALTERNATIVES),
                      re.IGNORECASE)
# Three capital letters standing alone, e.g. "IDR"; also common codes written in lower case.
_CODE_RE = re.compile(r"(?<![A-Za-z])([A-Za-z]{3})(?![A-Za-z])")
_LOWER_CODES = {"idr", "eur", "usd", "mxn", "ars", "cop", "clp", "pen", "jpy", "gbp", "sgd",
                "myr", "uyu"}
_WORDLIKE_CODES = {"ALL", "TOP", "CUP", "PEN", "MAD", "SOS", "TRY", "GEL", "BAM", "MOP",
                   "BOB", "AMD", "CVE", "ERN", "GIP", "MRU", "NIO", "PAB", "SAR", "TND"}
_GROUP_SPACES = "\u00a0\u202f\u2009'’"
_SPACE_GROUPS = re.compile(r"(?<![\d.,'])\d{1,3}(?: \d{3})+(?![\d\w])")
_NUMBER_RE = re.compile(
    r"(?P<sign>[-−–]\s*)?(?P<num>\d(?:[\d.,\u00a0\u202f\u2009'’]*\d)?)"
    r"(?:\s*(?P<mult>" + "|".join(sorted(_MULTIPLIERS, key=len, reverse=True)) + r")(?![A-Za-z]))?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Price:
    """One price read from text: an exact ``amount`` in ISO ``currency``.

    ``currency_source`` says where the currency came from: ``"code"``, ``"symbol"``, ``"word"``,
    ``"country"`` (ambiguous mark resolved by the user's country), ``"default"`` (nothing in the
    text, or an ambiguous mark resolved by the default currency). ``ambiguous`` is true when the
    text alone did not fix the currency (``$``, ``pesos``, no mark at all); ``note`` explains the
    resolution for display.
    """

    amount: Decimal
    currency: str
    ambiguous: bool
    currency_source: str
    currency_text: str | None
    text: str
    note: Message | None = None

    @property
    def money(self) -> Money:
        """The price as :class:`~desktop.money.amount.Money`."""
        return Money(self.amount, self.currency)


def _fail(text: str, reason: str, message: Message) -> PriceParseError:
    return PriceParseError(text, reason, message.format(text=text))


def _find_currency(text: str) -> tuple[str | None, str | None, list[tuple[int, int]]]:
    """(mark key, kind, spans of every mark) for the currency the text names.

    Repeating one currency is fine ("US$ 20 USD"), and so is an ambiguous mark next to a code
    it can mean ("$349 MXN"); naming two currencies raises ``several-currencies``.
    """
    found: list[tuple[str, str, tuple[int, int]]] = []
    for match in _MARK_RE.finditer(text):
        found.append((_MARK_LOOKUP[match.group(0).casefold()], "mark", match.span()))
    taken = [span for _, _, span in found]
    for match in _CODE_RE.finditer(text):
        word = match.group(1)
        if any(a <= match.start() < b for a, b in taken):
            continue
        if word.isupper() or word.lower() in _LOWER_CODES:
            try:
                code = check_currency(word)
            except UnknownCurrency:
                continue
            found.append((code, "code", match.span()))
    if any(kind == "mark" for _, kind, _ in found):
        # "ALL ITEMS Rp 50.000", "TOP SELLER $20": codes that are also English words count
        # only when nothing else names the currency.
        found = [entry for entry in found
                 if not (entry[1] == "code" and entry[0] in _WORDLIKE_CODES)]
    if not found:
        return None, None, []
    spans = [span for _, _, span in found]
    several = _fail(text, "several-currencies",
                    N_("Costs", "“{text}” names more than one currency."))
    families = {key for key, kind, _ in found if kind == "mark" and key in FAMILY_MARKS}
    exact = {key if kind == "code" else CURRENCY_MARKS[key]
             for key, kind, _ in found if kind == "code" or key not in FAMILY_MARKS}
    if families >= {"$"} and families - {"$"} and families - {"$"} <= {"peso", "pesos"}:
        families -= {"$"}  # "$ 20 pesos": the peso sign and the word, one currency
        found = [entry for entry in found if entry[0] != "$"]
    if len(exact) > 1 or (len({id(FAMILY_MARKS[f]) for f in families}) > 1):
        raise several
    if exact:
        (code,) = exact
        # "$349 MXN" is one currency; "$349 EUR" or "1299 pesos EUR" name two.
        if any(code not in FAMILY_MARKS[family].values() for family in families):
            raise several
        key, kind = next((k, kd) for k, kd, _ in found if kd == "code" or k not in FAMILY_MARKS)
        return key, kind, spans
    key, kind, _ = found[0]
    return key, kind, spans


def _valid_groups(integer: str, separator: str) -> bool:
    groups = integer.split(separator)
    return 1 <= len(groups[0]) <= 3 and all(len(group) == 3 for group in groups[1:])


def _read_number(raw: str, text: str, digits: int | None, has_multiplier: bool) -> Decimal:
    """The exact value of one number token; separators decided as in the module docstring."""
    spaced = any(ch in raw for ch in _GROUP_SPACES)
    token = raw
    for ch in _GROUP_SPACES:
        token = token.replace(ch, " ")
    if spaced:
        head = re.split(r"[.,]", token)[0]
        if not _valid_groups(head, " "):
            raise _fail(text, "bad-grouping",
                        N_("Costs", "The digit groups in “{text}” do not look like a price."))
        token = token.replace(" ", "")
    dots, commas = token.count("."), token.count(",")
    bad = _fail(text, "bad-grouping",
                N_("Costs", "The digit groups in “{text}” do not look like a price."))
    if dots and commas:
        decimal_mark = "." if token.rfind(".") > token.rfind(",") else ","
        group_mark = "," if decimal_mark == "." else "."
        integer, _, fraction = token.rpartition(decimal_mark)
        if token.count(decimal_mark) != 1 or group_mark in fraction:
            raise bad
        if not _valid_groups(integer, group_mark):
            raise bad
        return Decimal(integer.replace(group_mark, "") + "." + fraction)
    mark = "." if dots else "," if commas else ""
    if not mark:
        return Decimal(token)
    count = dots or commas
    integer, _, fraction = token.partition(mark)
    if count > 1:
        if not _valid_groups(token, mark):
            raise bad
        return Decimal(token.replace(mark, ""))
    if has_multiplier:
        if len(fraction) == 3 and _valid_groups(token, mark):
            raise _fail(text, "ambiguous-separator",
                        N_("Costs", "“{text}” can be read in two ways: write it without the "
                                    "shorthand, e.g. 1500000."))
        return Decimal(integer + "." + fraction)
    if len(fraction) == 3 and 1 <= len(integer) <= 3 and integer != "0":
        if digits is not None and digits >= 3:
            raise _fail(text, "ambiguous-separator",
                        N_("Costs", "“{text}” can be read in two ways: write the currency's "
                                    "decimals in full."))
        return Decimal(integer + fraction)
    return Decimal(integer + "." + fraction)


def _currency_note(mark: str, currency: str, country: str | None, source: str) -> Message:
    if source == "country":
        return N_("Costs", "“{mark}” read as {currency} because your country is {country}.").format(
            mark=mark, currency=currency, country=country)
    if mark:
        return N_("Costs", "“{mark}” read as {currency}.").format(mark=mark, currency=currency)
    return N_("Costs", "No currency in the text: {currency} assumed.").format(currency=currency)


def parse_price(text: str, default_currency: str | None = None, *,
                country: str | None = None) -> Price:
    """Read one price from ``text``.

    ``default_currency`` is used when the text names none; otherwise the currency of ``country``
    (ISO 3166 alpha-2). ``$`` and ``pesos`` are resolved by ``country`` first, then by
    ``default_currency``; the :class:`Price` says so. ``Gratis``/``free`` read as zero.

    Raises :class:`~desktop.money.errors.PriceParseError` (with a translatable message) for
    empty text, no number, several competing numbers or currencies, impossible digit grouping,
    negative amounts, or when no currency can be determined. Raises
    :class:`~desktop.money.errors.UnknownCurrency` for an invalid ``default_currency``.
    """
    original = text if isinstance(text, str) else str(text)
    # No-break and thin spaces between digits are digit grouping ("1 234,56 €"); keep them as
    # an apostrophe (a group mark too) before NFKC folds them into plain spaces.
    grouped = re.sub(r"(?<=\d)[\u00a0\u202f\u2009](?=\d)", "'", original)
    # Plain spaces group digits too ("1 234,56 €") when every group after the first has three
    # digits and nothing but a separator, a currency or the end follows.
    grouped = _SPACE_GROUPS.sub(lambda m: m.group(0).replace(" ", "'"), grouped)
    normalized = unicodedata.normalize("NFKC", grouped).strip()
    if default_currency is not None:
        default_currency = check_currency(default_currency)
    if not normalized:
        raise _fail(original, "empty", N_("Costs", "Type a price, e.g. 50rb or 1.234,56 €."))

    mark, kind, spans = _find_currency(normalized)
    rest = list(normalized)
    for start, end in spans:
        rest[start:end] = " " * (end - start)
    remainder = "".join(rest)

    numbers = list(_NUMBER_RE.finditer(remainder))
    words = {w.lower() for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)?", remainder)}
    if not numbers:
        if words & _ZERO_WORDS:
            amount = Decimal(0)
        else:
            raise _fail(original, "no-number", N_("Costs", "There is no amount in “{text}”."))
    else:
        if words & _ZERO_WORDS:
            raise _fail(original, "mixed",
                        N_("Costs", "“{text}” says free but also shows an amount."))
        if len(numbers) > 1:
            near = [m for m in numbers if _next_to(m.span("num"), spans, remainder)]
            # A number right before the chosen one ("1 234 €") would make it a fragment.
            chained = any(re.fullmatch(r"\s*", remainder[other.end():m.start()])
                          for m in near for other in numbers if other.end() <= m.start())
            if len(near) != 1 or chained:
                raise _fail(original, "several-numbers",
                            N_("Costs", "“{text}” holds more than one amount: paste only the "
                                        "price."))
            numbers = near
        amount = None  # decided below, once the currency (and its minor units) is known

    currency, source, ambiguous, note = _decide_currency(
        original, normalized, mark, kind, default_currency, country)

    if amount is None:
        match = numbers[0]
        if match.group("sign"):
            raise _fail(original, "negative", N_("Costs", "A price cannot be negative: “{text}”."))
        multiplier_word = (match.group("mult") or "").lower()
        value = _read_number(match.group("num"), original, minor_units(currency),
                             bool(multiplier_word))
        amount = value * _MULTIPLIERS.get(multiplier_word, 1)
        if multiplier_word and amount == amount.to_integral_value():
            amount = amount.quantize(Decimal(1))  # 1,5jt is 1500000, not 1500000.0
        if amount >= MAX_AMOUNT:
            raise _fail(original, "too-large", N_("Costs", "“{text}” is too large to be a price."))
    return Price(amount=amount, currency=currency, ambiguous=ambiguous, currency_source=source,
                 currency_text=mark, text=original, note=note)


def _next_to(span: tuple[int, int], marks: list[tuple[int, int]], text: str) -> bool:
    start, end = span
    for mark_start, mark_end in marks:
        if mark_end <= start and not text[mark_end:start].strip(" .:\u00a0"):
            return True
        if end <= mark_start and not text[end:mark_start].strip(" \u00a0"):
            return True
    return False


def _decide_currency(original: str, normalized: str, mark: str | None, kind: str | None,
                     default_currency: str | None, country: str | None
                     ) -> tuple[str, str, bool, Message | None]:
    if mark is not None and kind == "code":
        return check_currency(mark), "code", False, None
    if mark is not None:
        key = mark
        if key in FAMILY_MARKS:
            resolved = resolve_family(key, country, default_currency)
            if resolved is None:
                codes = ", ".join(sorted(set(FAMILY_MARKS[key].values()))[:4])
                raise _fail(original, "ambiguous-currency",
                            N_("Costs", "“{mark}” can mean several currencies: add the code, "
                                        "e.g. {codes}.").format(mark=mark, codes=codes))
            by_country = bool(country) and country.upper() in FAMILY_MARKS[key]
            source = "country" if by_country else "default"
            note = _currency_note(mark, resolved, country.upper() if country else None, source)
            return resolved, source, True, note
        code = CURRENCY_MARKS[key]
        return code, ("word" if key[0].isalpha() and key.lower() == key else "symbol"), False, None
    # Nothing we know: price-parser knows many more symbols.
    symbol = _PriceParser.fromstring(normalized).currency
    if symbol:
        code = symbol_to_code(symbol)
        if code is None:
            raise _fail(original, "unknown-currency",
                        N_("Costs", "The currency in “{text}” is not known: add its code."))
        return code, "symbol", False, None
    fallback = default_currency or country_currency(country)
    if fallback is None:
        raise _fail(original, "no-currency",
                    N_("Costs", "“{text}” has no currency: add one, e.g. IDR or €."))
    return fallback, "default", True, _currency_note("", fallback, country, "default")
