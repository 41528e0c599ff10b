"""Read a price the way buyers paste it: ``Rp 1.250.000``, ``50rb``, ``1,5jt``, ``1.234,56 €``.

:func:`parse_price` returns one exact :class:`Price` or raises
:class:`~desktop.money.errors.PriceParseError`; it never guesses a number. Separators are read
from the text itself (both ``.`` and ``,`` → the last one is the decimal mark; one kind repeated →
grouping; one mark before exactly three digits → grouping, unless the currency has three minor
digits). Indonesian and Spanish shorthand multiply (``rb``/``ribu``/``k`` = 1 000,
``jt``/``juta`` = 1 000 000, ``mil`` = 1 000, ``millones`` = 1 000 000). ``price-parser`` is asked
for the currency symbol when none of the marks we know is present.

Other numbers in the text (dates, percentages, sizes, quantities, a list price, a range) are
told apart by :mod:`desktop.money.amounts`; when two prices remain, the text is refused with
both as candidates rather than guessed. Decimals split by a space (``$119. 95``) are joined and
a leading decimal point (``.75 €``) is read as ``0.75``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

from price_parser import Price as _PriceParser

from desktop.money.amounts import (
    choose_amount,
    join_split_decimals,
    next_to,
    remove_non_amounts,
    strike_through,
)
from desktop.money.currencies import (
    CASE_SENSITIVE_MARKS,
    CURRENCY_MARKS,
    FAMILY_MARKS,
    country_currency,
    resolve_family,
    symbol_to_code,
)
from desktop.money.errors import PriceParseError, PriceRefusal, UnknownCurrency
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
    # Words in prices on Russian and English pages ("до 10 тысяч рублей"): read, or the amount
    # would be a thousand times too small.
    "тыс": 1000, "тыс.": 1000, "тысяч": 1000, "тысячи": 1000, "тысяча": 1000, "млн": 1_000_000,
    "thousand": 1000, "million": 1_000_000,
}

_MARK_ALTERNATIVES = sorted({*CURRENCY_MARKS, *FAMILY_MARKS}, key=len, reverse=True)
# Letter marks match in any case ("RP 50.000", "EUROS"): the key as written in the tables.
_MARK_LOOKUP = {mark.casefold(): mark for mark in _MARK_ALTERNATIVES}
# Two-letter marks that also start model numbers: they count only with a space before the digits.
_SPACED_MARKS = {"DT", "KM", "LD", "MK", "VT", "BD", "ZK", "Db", "Rf", "TL", "KD", "Br", "Bs",
                 "Gs", "FG"}
_LETTER_BEFORE, _LETTER_AFTER = r"(?<![^\W\d_])", r"(?![^\W\d_])"  # any script's letters


def _stands_apart(mark: str) -> bool:
    """A letter mark must stand apart from other letters ("Rp" not in "Rpx", "đ" not in
    "đồng"); CJK and Hangul marks are written without spaces ("2900원부터"), symbols anywhere."""
    return mark[0].isalpha() and ord(mark[0]) < 0x2E80


def _mark_pattern(mark: str) -> str:
    escaped = re.escape(mark)
    if mark in CASE_SENSITIVE_MARKS:  # "Ft" is the forint, "ft" feet
        escaped = "(?-i:" + escaped + ")"
    return escaped


# One boundary check around all letter marks rather than one per mark (several times faster;
# a letter mark and a symbol mark never start at the same character, so longest-first holds).
_MARK_RE = re.compile(
    _LETTER_BEFORE + "(?:" + "|".join(_mark_pattern(m) for m in _MARK_ALTERNATIVES
                                      if _stands_apart(m)) + ")" + _LETTER_AFTER
    + "|" + "|".join(_mark_pattern(m) for m in _MARK_ALTERNATIVES if not _stands_apart(m)),
    re.IGNORECASE)
# Three capital letters standing alone, e.g. "IDR"; also common codes written in lower case.
_CODE_RE = re.compile(r"(?<![A-Za-z])([A-Za-z]{3})(?![A-Za-z])")
_LOWER_CODES = {"idr", "eur", "usd", "mxn", "ars", "cop", "clp", "pen", "jpy", "gbp", "sgd",
                "myr", "uyu", "pln", "czk", "huf", "chf", "ron", "bgn", "sek", "nok", "dkk",
                "uah", "rub", "brl", "inr", "php", "thb", "vnd", "krw", "cny", "aud", "cad"}
_WORDLIKE_CODES = {"ALL", "TOP", "CUP", "PEN", "MAD", "SOS", "TRY", "GEL", "BAM", "MOP",
                   "BOB", "AMD", "CVE", "ERN", "GIP", "MRU", "NIO", "PAB", "SAR", "TND"}
_GROUP_SPACES = "\u00a0\u202f\u2009'’"
_SPACE_GROUPS = re.compile(r"(?<![\d.,'])\d{1,3}(?: \d{3})+(?![\d\w])")
_NUMBER_RE = re.compile(
    # A decimal point may open the number (".75 €") when nothing but space stands before it.
    r"(?P<sign>[-−–]\s*)?(?P<num>(?:(?<![\w.,])\.(?=\d))?\d(?:[\d.,\u00a0\u202f\u2009'’]*\d)?)"
    r"(?:\s*(?P<mult>" + "|".join(sorted(_MULTIPLIERS, key=len, reverse=True)) + r")(?![^\W\d_]))?",
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
        key = _MARK_LOOKUP[match.group(0).casefold()]
        if key == "$":
            found.append(_dollar(text, match.start(), match.end()))
            continue
        if key in _SPACED_MARKS and text[match.end():match.end() + 1].isdigit():
            continue  # "DT8150", "KM200": a model number, not dinars or marks
        if key == "Q" and not re.match(r" ?\d(?<![1-4])|\ ?[1-4]\d", text[match.end():]):
            continue  # the quetzal is written before the amount; "Q3" and "3Q" are quarters
        found.append((key, "mark", match.span()))
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
    def several() -> PriceParseError:  # built only when raised: parsing is on every keystroke
        return _fail(text, "several-currencies",
                     N_("Costs", "“{text}” names more than one currency."))
    families = {key for key, kind, _ in found if kind == "mark" and key in FAMILY_MARKS}
    exact = {key if kind == "code" else CURRENCY_MARKS[key]
             for key, kind, _ in found if kind == "code" or key not in FAMILY_MARKS}
    if families >= {"$"} and families - {"$"} and families - {"$"} <= {"peso", "pesos"}:
        families -= {"$"}  # "$ 20 pesos": the peso sign and the word, one currency
        found = [entry for entry in found if entry[0] != "$"]
    if len(exact) > 1 or (len({id(FAMILY_MARKS[f]) for f in families}) > 1):
        raise several()
    if exact:
        (code,) = exact
        # "$349 MXN" is one currency; "$349 EUR" or "1299 pesos EUR" name two.
        if any(code not in FAMILY_MARKS[family].values() for family in families):
            raise several()
        key, kind = next((k, kd) for k, kd, _ in found if kd == "code" or k not in FAMILY_MARKS)
        return key, kind, spans
    key, kind, _ = found[0]
    return key, kind, spans


def _dollar(text: str, start: int, end: int) -> tuple[str, str, tuple[int, int]]:
    """A "$" as found: with a known prefix before it ("AU $59.95", "US $1") it is that dollar;
    stuck to letters we do not know ("BZ$", "TT$", "$U") it is another currency, and reading
    it as the local dollar would give a wrong amount of money."""
    prefix = re.search(r"(?<![A-Za-z])([A-Z]{2,3}) ?$", text[:start])
    if prefix and prefix.group(1) + "$" in CURRENCY_MARKS:
        return prefix.group(1) + "$", "mark", (prefix.start(1), end)
    if prefix and len(prefix.group(1)) == 3 and not prefix.group(0).endswith(" "):
        try:  # "SGD$4.90", "MOP$": an ISO code written with the dollar sign
            return check_currency(prefix.group(1)), "code", (prefix.start(1), end)
        except UnknownCurrency:
            pass
    # Chinese and Japanese write labels without spaces ("現省$400"): those letters do not count.
    before = text[start - 1] if start else " "
    if (before.isalpha() and ord(before) < 0x2E80) or (end < len(text) and text[end].isalpha()):
        raise _fail(text, "unknown-currency",
                    N_("Costs", "The currency in “{text}” is not known: add its code."))
    return "$", "mark", (start, end)


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
    def bad() -> PriceParseError:
        return _fail(text, "bad-grouping",
                     N_("Costs", "The digit groups in “{text}” do not look like a price."))
    if token.startswith("."):  # ".75": cents only; ".75,333" or ".750.30" have no one reading
        if dots > 1 or commas:
            raise bad()
        return Decimal("0" + token)
    if dots and commas:
        decimal_mark = "." if token.rfind(".") > token.rfind(",") else ","
        group_mark = "," if decimal_mark == "." else "."
        integer, _, fraction = token.rpartition(decimal_mark)
        if token.count(decimal_mark) != 1 or group_mark in fraction:
            raise bad()
        if not _valid_groups(integer, group_mark):
            raise bad()
        return Decimal(integer.replace(group_mark, "") + "." + fraction)
    mark = "." if dots else "," if commas else ""
    if not mark:
        return Decimal(token)
    count = dots or commas
    integer, _, fraction = token.partition(mark)
    if count > 1:
        if not _valid_groups(token, mark):
            raise bad()
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
    normalized, struck = strike_through(normalized)
    if default_currency is not None:
        default_currency = check_currency(default_currency)
    if not normalized.strip():
        raise _fail(original, "empty", N_("Costs", "Type a price, e.g. 50rb or 1.234,56 €."))

    if "¢" in normalized:  # "99¢": read as dollars it would be a hundred times too much
        raise _fail(original, "unknown-currency", N_(
            "Costs", "“{text}” is in cents: write it in the currency, e.g. 0.99."))
    mark, kind, spans = _find_currency(normalized)
    rest = list(normalized)
    for start, end in spans:
        rest[start:end] = " " * (end - start)
    remainder, non_amounts = remove_non_amounts("".join(rest))
    remainder = join_split_decimals(remainder)

    numbers = list(_NUMBER_RE.finditer(remainder))
    words = {w.lower() for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)?", remainder)}
    if not numbers:
        if non_amounts:
            raise _not_a_price(original, non_amounts[0])
        if not words & _ZERO_WORDS:
            raise _fail(original, "no-number", N_("Costs", "There is no amount in “{text}”."))
    elif words & _ZERO_WORDS:
        raise _fail(original, "mixed", N_("Costs", "“{text}” says free but also shows an amount."))
    for match in numbers:
        start = match.start("num")
        if start and remainder[start - 1] in ".,":  # "$..75": a stray mark, no one reading
            raise _fail(original, "bad-grouping",
                        N_("Costs", "The digit groups in “{text}” do not look like a price."))
        if (mark is None and match.group("mult") == "K"
                and match.end("num") < match.start("mult")):
            # "1 K" is a thousand, or one kina or kwacha: the text cannot say which.
            raise _fail(original, "ambiguous-shorthand", N_(
                "Costs", "In “{text}”, “K” can mean a thousand or a currency (kina, kwacha): "
                         "write the amount in full."))

    if numbers and non_amounts and not spans:
        # "180/240 cm", "0% interest for 4 months": without a currency mark, a number left
        # beside a size, a date or a percentage is as likely part of it as a price.
        raise _fail(original, "several-numbers", N_(
            "Costs", "“{text}” holds more than one amount: paste only the price."))
    currency, source, ambiguous, note = _decide_currency(
        original, normalized, mark, kind, default_currency, country)
    if not numbers:
        amount = Decimal(0)
    else:
        digits = minor_units(currency)
        try:
            match = choose_amount(original, numbers, spans, remainder, struck,
                                  lambda m: _value(m, original, digits))
        except PriceParseError as error:
            if error.candidates:
                error.currency = currency  # so the page can offer "pay 549.00 USD"
            raise
        if match.group("sign"):
            raise _fail(original, "negative", N_("Costs", "A price cannot be negative: “{text}”."))
        if _unknown_mark_beside(remainder, match, mark is None and source == "default"):
            raise _fail(original, "unknown-currency",
                        N_("Costs", "The currency in “{text}” is not known: add its code."))
        word = _word_before_mark(remainder, match, spans)
        if word:
            raise _fail(original, "ambiguous-shorthand", N_(
                "Costs", "In “{text}”, “{word}” stands between the amount and the currency: "
                         "write the whole amount in digits.").format(word=word))
        amount = _value(match, original, digits)
        if amount >= MAX_AMOUNT:
            raise _fail(original, "too-large", N_("Costs", "“{text}” is too large to be a price."))
    return Price(amount=amount, currency=currency, ambiguous=ambiguous, currency_source=source,
                 currency_text=mark, text=original, note=note)


# Short words that follow amounts without naming a currency ("148.50 Inc GST", "5 EA").
_NOT_CURRENCY = {"inc", "incl", "ea", "each", "pcs", "pc", "qty", "net", "vat", "gst", "ttc",
                 "ht", "tax", "per", "off", "only", "aja", "rb"}


def _word_before_mark(text: str, match: re.Match[str], marks: list[tuple[int, int]]) -> str:
    """The word between an amount and the currency after it ("10 тысяч рублей" before тысяч was
    known), which may multiply the amount; empty when the amount touches a mark."""
    if next_to(match.span("num"), marks, text):
        return ""
    following = [start for start, _ in marks if start >= match.end()]
    if not following:
        return ""
    gap = text[match.end():following[0]]
    word = re.search(r"[^\W\d_]+", gap)
    return word.group(0) if word and not re.search(r"\d", gap) else ""


def _unknown_mark_beside(text: str, match: re.Match[str], words_too: bool) -> bool:
    """Whether letters we do not know as a currency touch the amount ("R273.00", "32جن",
    "571.12坪") or follow it as a short capitalised or a non-Latin word ("1 P", "1 دينار"): then
    the text names a currency, and assuming the default one would be a wrong amount of money.
    Lower-case words ("150.000 nego") are ordinary words."""
    start, end = match.start("num"), match.end()
    before = text[start - 1:start]
    touching = (before if before and ord(before) < 0x2E80 else "") + text[end:end + 1]
    if re.search(r"[^\W\d]", touching):  # a CJK label before it is written without a space
        return True  # letters or "_" stuck to it: a code ("lcuthberts00n__95") or a mark
    if not words_too:
        return False
    word = re.match(r" ([^\W\d_]+)", text[end:])
    if word is None or word.group(1).casefold() in _NOT_CURRENCY:
        return False
    if any(ord(char) > 0x24F for char in word.group(1)):  # beyond Latin: "1 美股", "1 دينار"
        return True
    return len(word.group(1)) <= 3 and word.group(1)[0].isupper()


def _value(match: re.Match[str], text: str, digits: int | None) -> Decimal:
    """The amount of one number match, its shorthand ("50rb", "1,5jt") multiplied out."""
    multiplier_word = (match.group("mult") or "").lower()
    value = _read_number(match.group("num"), text, digits, bool(multiplier_word))
    amount = value * _MULTIPLIERS.get(multiplier_word, 1)
    if multiplier_word and amount == amount.to_integral_value():
        amount = amount.quantize(Decimal(1))  # 1,5jt is 1500000, not 1500000.0
    return amount


_NOT_A_PRICE = {
    PriceRefusal.DATE: N_("Costs", "“{text}” is a date, not a price."),
    PriceRefusal.PERCENTAGE: N_("Costs", "“{text}” looks like a percentage, not a price."),
    PriceRefusal.MEASUREMENT: N_("Costs", "“{text}” looks like a measurement, not a price."),
}


def _not_a_price(text: str, kind: PriceRefusal) -> PriceParseError:
    return _fail(text, kind, _NOT_A_PRICE[kind])


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
        # One of our own marks that our stricter reading did not take stands inside a word
        # ("пр." holds "р.", "CONDTION" holds "DT") or before a model number ("DT8150").
        code = None if symbol.strip().casefold() in _MARK_LOOKUP else symbol_to_code(symbol)
        if code is None:
            raise _fail(original, "unknown-currency",
                        N_("Costs", "The currency in “{text}” is not known: add its code."))
        return code, "symbol", False, None
    fallback = default_currency or country_currency(country)
    if fallback is None:
        raise _fail(original, "no-currency",
                    N_("Costs", "“{text}” has no currency: add one, e.g. IDR or €."))
    return fallback, "default", True, _currency_note("", fallback, country, "default")
