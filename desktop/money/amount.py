"""Exact money: a ``Decimal`` amount with its ISO 4217 currency, never a float.

Minor units come from Babel's CLDR data, using the *cash* digits because that is what a buyer
actually pays: IDR 0, JPY 0, COP 0, CLP 0, EUR 2, USD 2, MXN 2, KWD 3. Amounts keep full precision
while a total is built (a 2.9 % card fee of Rp 1.250.001 stays exact) and are rounded half-up
exactly once, at the end, by :meth:`Money.rounded`.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, Inexact, InvalidOperation, localcontext
from functools import cache, lru_cache

from babel.core import Locale, UnknownLocaleError, get_global
from babel.numbers import format_decimal, get_currency_symbol, is_currency

from desktop.money.errors import CurrencyMismatch, UnknownCurrency
from desktop.text import Message

__all__ = ["Money", "check_currency", "format_amount", "format_money", "localize", "minor_units",
           "to_decimal"]


@lru_cache(maxsize=1024)
def check_currency(code: str) -> str:
    """Return ``code`` upper-cased if it is an ISO 4217 code Babel knows; raise
    :class:`~desktop.money.errors.UnknownCurrency` otherwise."""
    normalized = (code or "").strip().upper()
    if len(normalized) != 3 or not normalized.isalpha() or not is_currency(normalized):
        raise UnknownCurrency(code)
    return normalized


@cache
def minor_units(currency: str) -> int:
    """Digits after the decimal point that a payment in ``currency`` can carry (CLDR cash digits).

    Raises :class:`~desktop.money.errors.UnknownCurrency` for unknown codes.
    """
    code = check_currency(currency)
    fractions = get_global("currency_fractions")
    return int(fractions.get(code, fractions["DEFAULT"])[2])


def to_decimal(value: Decimal | int | str) -> Decimal:
    """An exact ``Decimal`` from an int, a ``Decimal`` or a plain decimal string.

    Floats are refused with ``TypeError``: ``0.1`` is not one tenth, and money must be exact.
    Raises ``ValueError`` for text that is not a finite number.
    """
    if isinstance(value, bool) or not isinstance(value, (Decimal, int, str)):
        raise TypeError(f"money amounts must be Decimal, int or str, not {type(value).__name__}")
    try:
        result = Decimal(value)
    except InvalidOperation as error:
        raise ValueError(f"not a number: {value!r}") from error
    if not result.is_finite():
        raise ValueError(f"not a finite number: {value!r}")
    return result


def _round(amount: Decimal, digits: int) -> Decimal:
    """Half-up to ``digits`` places: a deliberate rounding, allowed even where callers trap
    ``Inexact`` to prove their own arithmetic exact."""
    with localcontext() as context:
        context.prec = max(context.prec, 80)
        context.traps[Inexact] = False
        return amount.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)


@dataclass(frozen=True, order=False)
class Money:
    """An exact amount in one currency. Immutable, hashable, never a float.

    Arithmetic is exact; adding or comparing two currencies raises
    :class:`~desktop.money.errors.CurrencyMismatch`. :meth:`rounded` applies the one half-up
    rounding to the currency's minor unit.
    """

    amount: Decimal
    currency: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "amount", to_decimal(self.amount))
        object.__setattr__(self, "currency", check_currency(self.currency))

    @classmethod
    def zero(cls, currency: str) -> Money:
        """Nothing, in ``currency``."""
        return cls(Decimal(0), currency)

    def _same(self, other: Money) -> None:
        if not isinstance(other, Money):
            raise TypeError(f"expected Money, got {type(other).__name__}")
        if other.currency != self.currency:
            raise CurrencyMismatch(self.currency, other.currency)

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount - other.amount, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.amount, self.currency)

    def __mul__(self, factor: Decimal | int) -> Money:
        return Money(self.amount * to_decimal(factor), self.currency)

    __rmul__ = __mul__

    def __lt__(self, other: Money) -> bool:
        self._same(other)
        return self.amount < other.amount

    def __le__(self, other: Money) -> bool:
        self._same(other)
        return self.amount <= other.amount

    def __gt__(self, other: Money) -> bool:
        self._same(other)
        return self.amount > other.amount

    def __ge__(self, other: Money) -> bool:
        self._same(other)
        return self.amount >= other.amount

    def is_zero(self) -> bool:
        """True for an amount of exactly zero."""
        return self.amount == 0

    def rounded(self) -> Money:
        """The amount rounded half-up to the currency's minor unit (the only rounding step)."""
        return Money(_round(self.amount, minor_units(self.currency)), self.currency)

    def plain(self) -> str:
        """Locale-free text such as ``"1250000 IDR"`` (logs, JSON, tests)."""
        return f"{self.amount} {self.currency}"


@cache
def _locale(name: str) -> Locale:
    for candidate in (name, name.split("_")[0], "en"):
        try:
            return Locale.parse(candidate)
        except (UnknownLocaleError, ValueError):
            continue
    return Locale.parse("en")


@lru_cache(maxsize=8192)
def format_amount(amount: Decimal, currency: str, locale: str = "en_US") -> str:
    """Format an amount with exactly the currency's minor digits in ``locale`` (Babel).

    The amount is rounded half-up for display only. A letter symbol such as ``Rp`` is kept apart
    from the digits by a no-break space, as CLDR's currency-spacing rule asks
    (``Rp 1.250.000``, ``1.234,56 €``, ``$1,299.00``).
    """
    loc = _locale(locale)
    digits = minor_units(currency)
    pattern = copy.copy(loc.currency_formats["standard"])
    pattern.frac_prec = (digits, digits)
    value = _round(to_decimal(amount), digits)
    text = pattern.apply(value, loc, currency=currency, currency_digits=False)
    symbol = get_currency_symbol(currency, locale=loc)
    if symbol and symbol in text:
        if symbol[-1].isalpha():
            text = re.sub(re.escape(symbol) + r"(?=\d)", symbol + "\u00a0", text, count=1)
        if symbol[0].isalpha():
            text = re.sub(r"(?<=\d)" + re.escape(symbol), "\u00a0" + symbol, text, count=1)
    return text


def format_money(money: Money, locale: str = "en_US") -> str:
    """:func:`format_amount` for a :class:`Money`."""
    return format_amount(money.amount, money.currency, locale)


@lru_cache(maxsize=4096)
def _format_number(value: Decimal, loc: Locale) -> str:
    return format_decimal(value, locale=loc, decimal_quantization=False)


def localize(message: Message, locale: str = "en_US") -> Message:
    """``message`` with its ``Decimal`` arguments written as numbers of ``locale``
    (``65.4`` → ``65,4`` in Indonesian), every digit kept; nested messages too."""
    loc = _locale(locale)
    args = []
    for key, value in message.args:
        if isinstance(value, Decimal):
            value = _format_number(value, loc)
        elif isinstance(value, Message):
            value = localize(value, locale)
        args.append((key, value))
    return Message(message.context, message.source, tuple(args))
