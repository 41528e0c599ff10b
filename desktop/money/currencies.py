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
    "CASE_SENSITIVE_MARKS",
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
    "CA$": "CAD", "CAN$": "CAD", "C$": "CAD", "A$": "AUD", "AU$": "AUD", "NZ$": "NZD", "S$": "SGD",
    "SG$": "SGD", "HK$": "HKD", "NT$": "TWD", "R$": "BRL",
    "€": "EUR", "£": "GBP", "JP¥": "JPY", "CN¥": "CNY", "RMB": "CNY", "円": "JPY",
    "₹": "INR", "₩": "KRW",
    "₱": "PHP", "฿": "THB", "₫": "VND", "₺": "TRY", "₽": "RUB", "₦": "NGN", "₪": "ILS",
    "S/.": "PEN", "S/": "PEN", "Rp.": "IDR", "Rp": "IDR", "RM": "MYR", "zł": "PLN",
    "₸": "KZT", "тг.": "KZT", "тг": "KZT", "б.р.": "BYN", "руб.": "RUB", "₴": "UAH",
    "грн": "UAH", "лв.": "BGN", "Kč": "CZK", "원": "KRW", "đ": "VND",
    # The rouble as Russian shops write it: "Р" (Cyrillic capital), "р.", "руб" with or without
    # the dot, and the words.
    "Р": "RUB", "р.": "RUB", "руб": "RUB", "рублей": "RUB", "рубля": "RUB", "рубль": "RUB",
    "лв": "BGN", "Ft": "HUF", "TL": "TRY", "KD": "KWD", "kn": "HRK", "Fr.": "CHF",
    "Q": "GTQ", "B/.": "PAB", "dinara": "RSD",
    # Signs and abbreviations with one meaning (ISO 4217 and the national banks' usage).
    "BD": "BHD", "₼": "AZN", "₮": "MNT", "₭": "LAK", "₡": "CRC", "৳": "BDT", "៛": "KHR",
    "֏": "AMD", "؋": "AFN", "GH₵": "GHS", "TSh": "TZS", "USh": "UGX", "Lek": "ALL", "KM": "BAM",
    "DT": "TND", "VT": "VUV", "ZK": "ZMW", "MK": "MWK", "Nfk": "ERN", "Nu.": "BTN", "Rf": "MVR",
    "FBu": "BIF", "FG": "GNF", "Fdj": "DJF", "Db": "STN", "LD": "LYD", "Gs": "PYG", "Gs.": "PYG",
    # Arabic abbreviations, each of one currency ("99 ر.س" on Saudi shops).
    "ر.س": "SAR", "د.إ": "AED", "د.ك": "KWD", "ر.ق": "QAR", "ر.ع": "OMR", "د.ب": "BHD",
    "ج.م": "EGP", "د.ت": "TND", "د.ج": "DZD", "د.أ": "JOD", "ل.ل": "LBP", "ل.س": "SYP",
    "ل.د": "LYD", "ع.د": "IQD", "₵": "GHS", "zl": "PLN", "lari": "GEL", "yuan": "CNY",
    "hrn": "UAH", "nis": "ILS",
}

# Marks that are also ordinary words or units in another case ("ft" feet, "km", "db", "q"):
# they count only when written exactly so.
CASE_SENSITIVE_MARKS = frozenset({"Ft", "Р", "Q", "KM", "Db", "DT", "LD", "MK", "VT", "BD",
                                  "Rf", "Br", "TL", "KD", "Gs"})

# Currency words (matched case-insensitively, whole words).
CURRENCY_WORDS: dict[str, str] = {
    "rupiah": "IDR", "euro": "EUR", "euros": "EUR", "yen": "JPY", "dólar": "USD",
    "dólares": "USD", "dolar": "USD", "dolares": "USD", "dollar": "USD", "dollars": "USD",
    "soles": "PEN", "sol": "PEN", "ringgit": "MYR", "reais": "BRL", "us dollars": "USD",
    "us dollar": "USD",
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
# "lei": the Romanian leu and the Moldovan leu; "Bs"/"Bs.": the boliviano and the bolívar;
# "Br": the Belarusian rouble and the Ethiopian birr; "CFA": the two CFA francs; "ƒ": the
# Aruban florin and the Antillean guilder.
LEU_FAMILY: dict[str, str] = {"RO": "RON", "MD": "MDL"}
BOLIVAR_FAMILY: dict[str, str] = {"BO": "BOB", "VE": "VES"}
BR_FAMILY: dict[str, str] = {"BY": "BYN", "ET": "ETB"}
CFA_FAMILY: dict[str, str] = {country: "XOF" for country in ("BJ", "BF", "CI", "GW", "ML", "NE",
                                                             "SN", "TG")}
CFA_FAMILY.update({country: "XAF" for country in ("CM", "CF", "TD", "CG", "GQ", "GA")})
FLORIN_FAMILY: dict[str, str] = {"AW": "AWG", "CW": "ANG", "SX": "ANG"}

FAMILY_MARKS: dict[str, dict[str, str]] = {
    "$": DOLLAR_FAMILY, "peso": PESO_FAMILY, "pesos": PESO_FAMILY, "rs": RUPEE_FAMILY,
    "rs.": RUPEE_FAMILY, "元": YUAN_FAMILY, "kr": KRONA_FAMILY, "kr.": KRONA_FAMILY,
    "¥": YEN_FAMILY, "lei": LEU_FAMILY, "Bs": BOLIVAR_FAMILY, "Bs.": BOLIVAR_FAMILY,
    "Br": BR_FAMILY, "CFA": CFA_FAMILY, "ƒ": FLORIN_FAMILY,
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
    family = FAMILY_MARKS[mark if mark in FAMILY_MARKS else mark.lower()]
    if country and country.upper() in family:
        return family[country.upper()]
    if default_currency and default_currency.upper() in family.values():
        return default_currency.upper()
    # Abroad, a bare "$" is most often the US dollar, "¥" the yen and "lei" the Romanian leu;
    # each is shown as a guess.
    return {"$": "USD", "¥": "JPY", "lei": "RON"}.get(mark)


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
