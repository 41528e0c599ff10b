"""Which currency a symbol, code or word in price text means, and how "$" is resolved.

Unambiguous marks (``Rp``, ``€``, ``MX$``, ``IDR``, ``rupiah``) map to one ISO 4217 code. ``$``
and ``pesos`` name a family of currencies; they are resolved by the user's country (Mexico →
MXN) or the default currency, and the caller is told that it was a resolution.
"""

from __future__ import annotations

from functools import cache

from babel.core import Locale, UnknownLocaleError
from babel.numbers import get_territory_currencies

__all__ = [
    "CURRENCY_MARKS",
    "DOLLAR_FAMILY",
    "PESO_FAMILY",
    "RUPEE_FAMILY",
    "country_currency",
    "country_name",
    "resolve_family",
    "symbol_to_code",
]

# Marks with exactly one meaning. Prefixed dollars first: "MX$" must win over "$".
CURRENCY_MARKS: dict[str, str] = {
    "US$": "USD", "U$S": "USD", "U$D": "USD", "USD$": "USD",
    "MX$": "MXN", "MXN$": "MXN", "AR$": "ARS", "ARS$": "ARS",
    "COL$": "COP", "COP$": "COP", "CLP$": "CLP", "CL$": "CLP", "UY$": "UYU", "RD$": "DOP",
    "CA$": "CAD", "C$": "CAD", "A$": "AUD", "AU$": "AUD", "NZ$": "NZD", "S$": "SGD",
    "SG$": "SGD", "HK$": "HKD", "NT$": "TWD", "R$": "BRL",
    "€": "EUR", "£": "GBP", "JP¥": "JPY", "CN¥": "CNY", "RMB": "CNY", "円": "JPY",
    "₹": "INR", "₩": "KRW",
    "₱": "PHP", "฿": "THB", "₫": "VND", "₺": "TRY", "₽": "RUB", "₦": "NGN", "₪": "ILS",
    "S/.": "PEN", "S/": "PEN", "Rp.": "IDR", "Rp": "IDR", "RM": "MYR", "zł": "PLN",
    "₸": "KZT", "тг.": "KZT", "тг": "KZT", "б.р.": "BYN", "руб.": "RUB", "₴": "UAH",
    "грн": "UAH", "лв.": "BGN", "Kč": "CZK", "원": "KRW", "đ": "VND",
}

# Currency words (matched case-insensitively, whole words).
CURRENCY_WORDS: dict[str, str] = {
    "rupiah": "IDR", "euro": "EUR", "euros": "EUR", "yen": "JPY", "dólar": "USD",
    "dólares": "USD", "dolar": "USD", "dolares": "USD", "dollar": "USD", "dollars": "USD",
    "soles": "PEN", "sol": "PEN", "ringgit": "MYR", "reais": "BRL",
}
for _word, _code in CURRENCY_WORDS.items():
    CURRENCY_MARKS.setdefault(_word, _code)

# "$" by country: where the local money is written with a bare dollar sign.
DOLLAR_FAMILY: dict[str, str] = {
    "US": "USD", "EC": "USD", "SV": "USD", "PA": "USD", "PR": "USD", "MX": "MXN", "AR": "ARS",
    "CO": "COP", "CL": "CLP", "UY": "UYU", "DO": "DOP", "CA": "CAD", "AU": "AUD", "NZ": "NZD",
    "SG": "SGD", "HK": "HKD", "TW": "TWD", "BR": "BRL",
}
# "pesos" by country.
PESO_FAMILY: dict[str, str] = {
    "MX": "MXN", "AR": "ARS", "CO": "COP", "CL": "CLP", "UY": "UYU", "DO": "DOP", "PH": "PHP",
    "CU": "CUP",
}

# "Rs" by country (rupees); "元" (yuan) by country; "kr" (krona/krone) by country.
RUPEE_FAMILY: dict[str, str] = {"IN": "INR", "PK": "PKR", "LK": "LKR", "NP": "NPR", "MU": "MUR"}
YUAN_FAMILY: dict[str, str] = {"CN": "CNY", "TW": "TWD", "HK": "HKD"}
KRONA_FAMILY: dict[str, str] = {"SE": "SEK", "NO": "NOK", "DK": "DKK", "IS": "ISK"}
# "¥" is the yen and the yuan.
YEN_FAMILY: dict[str, str] = {"JP": "JPY", "CN": "CNY"}

FAMILY_MARKS: dict[str, dict[str, str]] = {
    "$": DOLLAR_FAMILY, "peso": PESO_FAMILY, "pesos": PESO_FAMILY, "rs": RUPEE_FAMILY,
    "rs.": RUPEE_FAMILY, "元": YUAN_FAMILY, "kr": KRONA_FAMILY, "kr.": KRONA_FAMILY,
    "¥": YEN_FAMILY,
}


def country_currency(country: str | None) -> str | None:
    """The current legal tender of an ISO 3166 alpha-2 country, or ``None`` if unknown."""
    if not country:
        return None
    currencies = get_territory_currencies(country.upper())
    return currencies[0] if currencies else None


def resolve_family(mark: str, country: str | None, default_currency: str | None) -> str | None:
    """The currency an ambiguous ``mark`` (``$``, ``pesos``) means for this user, or ``None``.

    The user's country decides first; then a default currency of the same family; for ``$``
    alone the US dollar and for ``¥`` the yen, the readings most shops abroad mean. ``pesos``,
    ``Rs``, ``kr`` or ``元`` outside their countries stay unresolved (``None``): guessing would
    give a wrong number.
    """
    family = FAMILY_MARKS[mark.lower()]
    if country and country.upper() in family:
        return family[country.upper()]
    if default_currency and default_currency.upper() in family.values():
        return default_currency.upper()
    # Abroad, a bare "$" is most often the US dollar and "¥" the yen; both are shown as guesses.
    return {"$": "USD", "¥": "JPY"}.get(mark)


@cache
def _symbol_table() -> dict[str, str]:
    """Symbols Babel knows in our UI languages that name exactly one currency."""
    seen: dict[str, set[str]] = {}
    for name in ("en", "en_US", "id", "es", "es_MX", "es_AR", "ja", "en_GB", "en_IN"):
        for code, symbol in Locale.parse(name).currency_symbols.items():
            seen.setdefault(symbol, set()).add(code)
    return {symbol: codes.pop() for symbol, codes in seen.items() if len(codes) == 1}


def symbol_to_code(symbol: str) -> str | None:
    """ISO code for a currency symbol found by price-parser, if it has exactly one meaning."""
    symbol = symbol.strip()
    if symbol in CURRENCY_MARKS:
        return CURRENCY_MARKS[symbol]
    return _symbol_table().get(symbol)


def country_name(code: str, locale: str = "en") -> str:
    """The country's name in the language of ``locale`` (Babel), or ``code`` if unknown."""
    try:
        return Locale.parse(locale.split("_")[0]).territories.get(code.upper(), code)
    except (ValueError, UnknownLocaleError):
        return code
