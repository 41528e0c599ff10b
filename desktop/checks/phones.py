"""Phone numbers on shop pages (no Qt, no network): which regions to read national numbers in,
the page's own evidence of its country, and the numbers themselves as E.164.

A national number ("020 7193 1430", "(02) 9191-8364") means nothing without a region. The
regions come from, in this order of trust:

1. the site's country-code TLD and the user's country (:func:`regions_for`): every number that
   is valid there is read;
2. a country's name right above or before a number ("New Zealand : Hotline: 0800-858-511"):
   that number is read in that country;
3. specific evidence on the pages (:func:`region_evidence`, :func:`link_regions`): numbers
   written internationally (``+44 …``, also in ``tel:`` links), UK postcodes (``WC2H 9HQ``),
   Australian state + postcode (``NSW 2000``), the region of ``<html lang="en-GB">``,
   schema.org ``addressCountry``, and country names when the page names at most two countries
   ("Blackpool, Lancashire, UK"). Such *hinted* regions only read numbers written with a
   national trunk prefix (``0…``), so stray digit runs stay out;
4. digits after a phone label that no region reads, as a country code written without its
   ``+`` ("Tel: 971 4 8131941").

A written number is read once, in the first of these that makes it valid.

A page naming many countries is a country picker or a "we ship to" list and is no evidence;
company suffixes ("Ltd") are none either: "Limited" is as Indian or Kenyan as it is British.
Vanity numbers (``303.333.PAUL``, ``1-888-LUTRON1``) are read for North American regions only,
where the letters-on-keypad convention is standard.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import unquote

import phonenumbers

__all__ = ["find_phones", "link_regions", "phone_from_link", "region_evidence", "region_hints", "regions_for"]

_TLD_REGION = {"uk": "GB"}
# ccTLDs sold worldwide as generic names: no hint about where the seller is.
_GENERIC_CCTLDS = frozenset({
    "ac", "ad", "ai", "am", "bz", "cc", "cd", "cx", "dj", "fm", "gd", "gg", "gl", "gy", "im", "io",
    "la", "ly", "me", "ms", "mu", "nu", "pw", "sc", "sh", "so", "st", "su", "tk", "to", "tv", "vc",
    "vg", "ws",
})
_NANP = 1


def regions_for(host: str, country: str) -> tuple[str, ...]:
    """Phone regions to try: the site's country-code TLD first (unless the ccTLD is one sold as a
    generic name, such as ``.io`` or ``.tv``), then the user's country; ``("US",)`` when neither
    gives one. Never raises."""
    tld = host.lower().rstrip(".").rsplit(".", 1)[-1]
    regions = []
    region = _TLD_REGION.get(tld) or (tld.upper() if len(tld) == 2 and tld not in _GENERIC_CCTLDS else "")
    if region in phonenumbers.SUPPORTED_REGIONS:
        regions.append(region)
    if country and country.upper() not in regions:
        regions.append(country.upper())
    return tuple(regions or ("US",))


def region_hints(text: str) -> list[str]:
    """Regions of the numbers written internationally in ``text`` (``+44 …``), in order of first
    appearance. A UK shop on a ``.com`` writes ``+44 20 …`` in one place and ``020 …`` in
    another; the hint makes the second one parse."""
    hints: dict[str, None] = {}
    for match in phonenumbers.PhoneNumberMatcher(_window(text), None, leniency=phonenumbers.Leniency.VALID):
        region = phonenumbers.region_code_for_number(match.number)
        if region and region != "001":
            hints[region] = None
    return list(hints)


# Postcode areas of the United Kingdom (Royal Mail), and the inward code's letters (never C, I,
# K, M, O, V): "WC2H 9HQ", "SK9 2GH", "ME9 7BZ". With both checked a product code rarely fits.
_UK_AREAS = frozenset(
    "AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E "
    "EC EH EN EX FK FY G GL GU HA HD HG HP HR HS HU HX IG IP IV KA KT KW KY L LA LD LE LL LN LS LU M "
    "ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS "
    "ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE".split())
_UK_POSTCODE = re.compile(r"(?<![\w-])([A-Z]{1,2})\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}(?![\w-])")
_AU_POSTCODE = re.compile(r"(?<![\w-])(?:NSW|VIC|QLD|TAS|ACT|WA|SA|NT),? +[0-9]{4}(?![\w-])")
# Country names in English and the languages of the markets ShopSafe serves. A page naming one
# or two countries says where the shop is ("Blackpool, Lancashire, UK"); a page naming more is a
# country picker or a "we ship to" list and says nothing.
_COUNTRY_NAMES = {
    "uk": "GB", "united kingdom": "GB", "england": "GB", "scotland": "GB",
    "wales": "GB", "great britain": "GB", "ireland": "IE", "australia": "AU", "new zealand": "NZ",
    "india": "IN", "singapore": "SG", "malaysia": "MY", "philippines": "PH", "indonesia": "ID",
    "spain": "ES", "españa": "ES", "mexico": "MX", "méxico": "MX", "argentina": "AR",
    "colombia": "CO", "chile": "CL", "peru": "PE", "perú": "PE", "germany": "DE",
    "deutschland": "DE", "austria": "AT", "österreich": "AT", "switzerland": "CH", "schweiz": "CH",
    "france": "FR", "italy": "IT", "italia": "IT", "netherlands": "NL", "south africa": "ZA",
}
_COUNTRY_NAME = re.compile(
    r"(?<![\w.])(?:U\.K\.|UK|(?i:"  # "UK" in capitals only: "uk" is also a language code
    + "|".join(sorted((n for n in _COUNTRY_NAMES if n != "uk"), key=len, reverse=True)) + r"))(?!\w)")
_MAX_NAMED = 2
_HTML_LANG = re.compile(r"""<html\b[^>]*?\blang\s*=\s*["']?[a-zA-Z]{2,3}[-_]([a-zA-Z]{2})\b""", re.I)


def _country_codes(node: Any, depth: int = 0) -> Iterable[str]:
    """Two-letter ``addressCountry`` values anywhere in a JSON-LD tree."""
    if depth > 12:
        return
    if isinstance(node, list):
        for item in node:
            yield from _country_codes(item, depth + 1)
    elif isinstance(node, dict):
        for key, value in node.items():
            if key == "addressCountry":
                code = value.get("name") if isinstance(value, dict) else value
                if isinstance(code, str) and len(code.strip()) == 2:
                    yield code.strip().upper()
            else:
                yield from _country_codes(value, depth + 1)


def link_regions(hrefs: Iterable[str]) -> list[str]:
    """Regions of the international numbers in ``tel:`` links (``tel:+442071931430`` behind a
    link that reads ``020 7193 1430``), in order. Never raises."""
    found: dict[str, None] = {}
    for href in hrefs:
        raw = unquote(href.split(":", 1)[-1]).split("?")[0].split(";")[0].strip()
        if not raw.startswith("+"):
            continue
        try:
            number = phonenumbers.parse(raw, None)
        except phonenumbers.NumberParseException:
            continue
        region = phonenumbers.region_code_for_number(number)
        if phonenumbers.is_valid_number(number) and region and region != "001":
            found[region] = None
    return list(found)


def region_evidence(text: str, html: str = "", json_ld: Iterable[Any] = ()) -> list[str]:
    """Regions the page itself points to, specific evidence only (see the module docstring):
    international numbers, UK postcodes, Australian state + postcode, ``<html lang>`` with a
    region, schema.org ``addressCountry``, country names (only when the page names at most two).
    In that order of trust; only regions ``phonenumbers`` knows. Never raises."""
    found: dict[str, None] = dict.fromkeys(region_hints(text))
    window = _window(text)
    if any(m[1] in _UK_AREAS for m in _UK_POSTCODE.finditer(window)):
        found["GB"] = None
    if _AU_POSTCODE.search(window):
        found["AU"] = None
    lang = _HTML_LANG.search(html[:20_000])
    if lang:
        found[lang[1].upper()] = None
    for code in _country_codes(list(json_ld)):
        found["GB" if code == "UK" else code] = None
    named = {_COUNTRY_NAMES[m[0].lower().replace(".", "")] for m in _COUNTRY_NAME.finditer(window)}
    if len(named) <= _MAX_NAMED:
        found.update(dict.fromkeys(sorted(named)))
    return [r for r in found if r in phonenumbers.SUPPORTED_REGIONS]


def _e164(number: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


_HEAD, _TAIL = 150_000, 60_000


def _window(text: str) -> str:
    """The start and the end of a very long text: contact details sit in headers and footers,
    and phonenumbers' matcher gives up after 65,535 candidates (a long catalogue page full of
    prices and product codes would otherwise hide the footer's number, and take seconds)."""
    if len(text) <= _HEAD + _TAIL:
        return text
    return text[:_HEAD] + "\n" + text[-_TAIL:]


# Tax and company registration numbers look like national phone numbers ("P.IVA 02502030733").
_ID_LABEL = re.compile(
    r"(?i)(?:p\.?\s?iva|partita iva|vat|c\.?f\.|cod(?:ice)?\.? fisc\w*|cif|nif|ust-?id\w*|rfc|npwp|nib|"
    r"abn|acn|kvk|siret|siren|company (?:no|number|reg\w*)|reg(?:istration|\.)? ?(?:no|number))"
    r"\.?\s*(?:no\.?|nr\.?|number|id)?\s*[:.#-]?\s*$")
# "(212) NEW-YORK (639-9675) . 311": a number restated in parentheses is no area code
_RESTATED = re.compile(r"\(\s*\d+[-.\s]\d+[^)]*\)|\(\d{6,}\)")
_ZIP4 = re.compile(r"\d{5}-\d{4}")  # "Branchburg, NJ 08876-3440"
_STATE = re.compile(r"\b[A-Z]{2},?\s+$")
_PAGINATION = re.compile(r"\d{1,2}(?:\s+\d{1,2}){4,}")
_DOTTED_QUAD = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")


def _is_junk(text: str, match: phonenumbers.PhoneNumberMatch) -> bool:
    """Digit runs that phonenumbers accepts but no one writes as a phone number: page lists
    ("1 2 3 4 5 6 7 8 9 10"), IP addresses, lists of model numbers ("500/600/1200"), tax and
    company numbers after their label, US ZIP+4 codes, a number glued to a restated one."""
    raw = match.raw_string
    if raw.count("/") >= 2 or _ID_LABEL.search(text, max(0, match.start - 24), match.start):
        return True
    if _RESTATED.search(raw) or _ZIP4.fullmatch(raw) and _STATE.search(text, max(0, match.start - 6), match.start):
        return True
    if _PAGINATION.fullmatch(raw):  # "1 2 3 … 10", never "01 76 36 31 06"
        values = [int(group) for group in raw.split()]
        if all(b == a + 1 for a, b in zip(values, values[1:])):
            return True
    return any(q.start() <= match.start and q.end() >= match.end
               for q in _DOTTED_QUAD.finditer(text, max(0, match.start - 4), match.end + 4))


# "303.333.PAUL", "1-888-LUTRON1", "(212) NEW-YORK", "1-877-SOV-BANK": an area code in
# parentheses or followed by "-"/".", then seven keypad characters in groups joined by "-"/".",
# three letters in a row among them. Spaces alone never join the groups: "214 NAS RAID",
# "377 W 11TH ST" and "APKT 1604 PDFR" are product names and street addresses.
_VANITY = re.compile(
    r"(?<![\w+.-])(?:\+?1[ .-]?)?(?:\(([2-9]\d\d)\) ?|([2-9]\d\d)[.-])"
    r"((?=[A-Z0-9.-]*[A-Z]{3})[A-Z0-9]{1,7}(?:[.-][A-Z0-9]{1,7}){0,2})(?![\w-])")


def _vanity_numbers(text: str) -> Iterable[tuple[int, str]]:
    for match in _VANITY.finditer(text):
        keys = re.sub(r"[.-]", "", match[3])
        if len(keys) != 7:
            continue
        digits = phonenumbers.convert_alpha_characters_in_number((match[1] or match[2]) + keys)
        try:
            number = phonenumbers.parse(digits, "US")
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            yield match.start(), _e164(number)


# "Tel: 971 4 8131941", "Telp. 62 812-3456-7890": a country code written without its "+",
# straight after a phone label. Read only where no region read the digits already.
_LABELLED = re.compile(
    r"(?<!\w)(?:(?:tel(?:p|epon|ephone|[eé]fono)?|phone|fax|tlp|whatsapp|m[oó]vil|celular|hotline)"
    r"\.?(?: ?(?:no|nr|number)\.?)? ?[:.]?|(?:ph|hp|wa) ?:)"  # "WA 98352" is a state and a ZIP code
    r" ?([1-9][\d ().-]{6,22}\d)(?![\d-])", re.I)


def _labelled_international(text: str, taken: dict[int, int]) -> Iterable[tuple[int, str]]:
    for match in _LABELLED.finditer(text):
        start, end = match.span(1)
        if any(s < end and start < e for s, e in taken.items()):
            continue
        try:
            number = phonenumbers.parse("+" + match[1], None)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            yield start, _e164(number)


_PHONE_LABEL = re.compile(r"(?i)\b(?:tel|telp|telepon|telephone|tel[eé]fono|phone|fax|hotline|toll[- ]free|"
                          r"call|whatsapp|wa|hp|m[oó]vil|celular)\b")


def _under_country_headings(text: str, taken: dict[int, int]) -> Iterable[tuple[int, int, str]]:
    """Numbers right under or after a country's name, read in that country: "Australia :
    Consumer Toll-Free Hotline: 1-800-065-521", "New Zealand : … 0800-858-511". Per number, so
    a page of offices abroad may name many countries. Only numbers with a trunk prefix or after
    a phone label, within the two lines after the name and before the next name, and never
    after a name that closes a list of countries (a picker)."""
    names = list(_COUNTRY_NAME.finditer(text))
    for i, name in enumerate(names):
        if i and name.start() - names[i - 1].end() < 40:
            continue  # one entry of a list of countries (a picker), not a heading
        region = _COUNTRY_NAMES[name[0].lower().replace(".", "")]
        start = name.end()
        end = min(names[i + 1].start() if i + 1 < len(names) else len(text), start + 160)
        second = text.find("\n", text.find("\n", start) + 1)
        end = min(end, second) if second > 0 else end
        segment = text[start:end]
        for match in phonenumbers.PhoneNumberMatcher(segment, region, leniency=phonenumbers.Leniency.VALID):
            at = start + match.start
            if any(s < at + len(match.raw_string) and at < e for s, e in taken.items()):
                continue
            if not (match.raw_string.lstrip("(").startswith("0") or _PHONE_LABEL.search(segment, 0, match.start)):
                continue
            if not _is_junk(segment, match):
                yield at, at + len(match.raw_string), _e164(match.number)


def find_phones(text: str, regions: Iterable[str], hinted: Iterable[str] = ()) -> list[str]:
    """Valid phone numbers in ``text`` as E.164, in order of appearance, without duplicates.

    Each region is tried in turn; numbers written internationally (+62 …) parse the same in any.
    A written number counts once, in the first region where it is valid (``079-6630 4000`` is
    Indian on a page that hints India before Britain). After the site's regions, a number under a
    country's name is read in that country ("New Zealand : Hotline: 0800-858-511").
    ``hinted`` regions (see :func:`region_evidence`) only accept numbers written with a national
    trunk prefix (``020 …``, ``(0274) …``), which keeps stray digit runs out. Digits right after
    a phone label that no region reads are tried as an international number written without
    its ``+`` (``Tel: 971 4 8131941``, ``Telp. 62 812 3456 7890``). Where a North
    American region is among them, vanity numbers (``1-800-FLOWERS``-style) are read too.
    Never raises.
    """
    text = _window(text)
    regions, hinted = list(regions), list(hinted)
    found: dict[str, int] = {}
    taken: dict[int, int] = {}  # start → end of the written numbers read so far

    def read(region: str, strict: bool) -> None:
        here: dict[int, int] = {}
        for match in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID):
            if strict and not match.raw_string.lstrip("(").startswith(("0", "+")):
                continue
            if match.start in taken or _is_junk(text, match):
                continue
            here[match.start] = match.end
            found.setdefault(_e164(match.number), match.start)
        taken.update(here)  # a written number is read in the first region where it is valid

    for region in regions:
        read(region, strict=False)
    for start, end, number in _under_country_headings(text, taken):
        taken[start] = end
        found.setdefault(number, start)
    for region in hinted:
        read(region, strict=True)
    for start, number in _labelled_international(text, taken):
        found.setdefault(number, start)
    if any(phonenumbers.country_code_for_region(r) == _NANP for r in regions + hinted):
        for start, number in _vanity_numbers(text):
            found.setdefault(number, start)
    return sorted(found, key=found.get)


def phone_from_link(href: str, regions: Iterable[str], hinted: Iterable[str] = ()) -> str | None:
    """The number of a ``tel:`` link as E.164, or None. National numbers are read in ``regions``,
    and in ``hinted`` regions when written with a trunk prefix (``tel:02071931430``)."""
    raw = href.split(":", 1)[1] if ":" in href else href
    raw = unquote(raw).split("?")[0].split(";")[0]
    trunk = raw.strip().lstrip("(").startswith("0")
    for region in [*regions, *(hinted if trunk else ())]:
        try:
            number = phonenumbers.parse(raw, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return _e164(number)
    return None
