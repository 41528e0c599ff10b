"""Who is behind a shop: signs of a fake shop's borrowed identity, read from its own pages.

Pure, no Qt. The sibling :mod:`~desktop.checks.shopsigns` reads the offer; this module reads the
shop's identity as its legal pages, contacts and prices show it (Watchlist Internet: copied terms;
Verbraucherzentrale's Fakeshop-Finder: the imprint against the register; both: a shop that poses
as local). Each function returns a finding with the names, numbers and pages it saw, or None:

- :func:`copied_policy_finding` — ``policies.copied``: the terms, returns or privacy page names
  another shop's domain, or the shop template's "operated by …" names someone else;
- :func:`company_names_finding` — ``contact.company_names``: one company id printed with
  different company names, or the imprint and the policies naming different companies;
- :func:`country_finding` — ``contact.country_mismatch``: the currency, the phone numbers, the
  address and the language point to other countries than the shop's domain ending.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

import phonenumbers

from desktop.checks.domains import host_info
from desktop.checks.extract import ParsedPage
from desktop.checks.model import Category, Finding, Status
from desktop.checks.registry import Registry, default_registry
from desktop.checks.shopsigns import fold
from desktop.text import N_

__all__ = ["POLICY_KINDS", "company_names_finding", "copied_policy_finding", "country_finding", "page_language"]

POLICY_KINDS = ("privacy", "returns", "terms", "imprint", "shipping")


# --------------------------------------------------------------------------- copied policies

_DOMAIN = re.compile(r"(?<![@\w.-])(?:www\.)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,12})(?![\w-])")
_EMAIL_DOMAIN = re.compile(r"[\w.+-]+@((?:[a-z0-9-]+\.)+[a-z]{2,12})\b")
_OPERATOR = re.compile(r"(?:operated by|refer to|is owned by|property of)\s+([A-Z0-9][\w&'.-]*(?:\s+(?:[A-Z0-9&]"
                       r"[\w&'.-]*|of|and|the)){0,5})")
_IGNORED_DOMAINS = frozenset({"gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "example.com",
                              "w3.org", "schema.org", "gov", "europa.eu"})
_LEGAL_WORDS = frozenset({"ltd", "llc", "inc", "limited", "corp", "co", "company", "the", "and", "of", "gmbh"})


def _policy_pages(pages: Sequence[ParsedPage], found: Mapping[str, str]) -> list[tuple[str, ParsedPage]]:
    urls = {url: kind for kind, url in found.items() if kind in POLICY_KINDS}
    return [(urls[page.url], page) for page in pages if page.url in urls]


def _foreign_domains(text: str, registrable: str | None, registry: Registry) -> list[str]:
    folded = text.lower()
    names = [m.group(1) for m in _DOMAIN.finditer(folded)] + [m.group(1) for m in _EMAIL_DOMAIN.finditer(folded)]
    foreign: dict[str, None] = {}
    for name in names:
        info = host_info(name)
        site = info.registrable_domain
        if site is None or site == registrable or site in _IGNORED_DOMAINS or name.endswith(".gov"):
            continue
        if registry.official_entry(name, site) is not None:
            continue  # "payments by paypal.com", "see google.com/policies": services, not shops
        foreign[site] = None
    return list(foreign)


def _shop_words(host: str, title: str) -> str:
    label = (host_info(host).label or host).replace("-", "")
    return label + " " + re.sub(r"[^a-z0-9 ]", "", fold(title)).replace(" ", "")


def copied_policy_finding(pages: Sequence[ParsedPage], found: Mapping[str, str], host: str,
                          registrable: str | None, registry: Registry | None = None) -> Finding | None:
    """``policies.copied`` (warn) when a policy page names another shop: a domain that is not
    this shop's (nor a known service's, such as a payment provider or social network), or —
    in the shop template's sentence "operated by …" / "refer to …" — a name that shares no word
    with the shop's domain or title. Copied terms are one of Watchlist Internet's and the
    Verbraucherzentrale's fake-shop signs."""
    registry = registry or default_registry()
    title = pages[0].title if pages else ""
    identity = _shop_words(host, title)
    domains: dict[str, str] = {}
    names: dict[str, str] = {}
    for kind, page in _policy_pages(pages, found):
        for site in _foreign_domains(page.text, registrable, registry):
            domains.setdefault(site, page.url)
        for match in _OPERATOR.finditer(page.text):
            name = re.split(r"\.\s", match.group(1))[0].strip(" .,")  # the sentence ends at ". "
            words = [w for w in re.findall(r"[a-z0-9]+", fold(name)) if len(w) >= 4 and w not in _LEGAL_WORDS]
            if words and not any(w in identity for w in words):
                names.setdefault(name, page.url)
    if not domains and not names:
        return None
    other = next(iter(domains), None) or next(iter(names))
    return Finding(
        "policies.copied", Category.POLICIES, Status.WARN,
        N_("ShopSigns", "The policies name another shop: {other}").format(other=other),
        N_("ShopSigns", "The terms, returns or privacy pages of {host} speak of {other}. Fake shops copy "
                        "their policies from other shops and forget to change the name, so the rights "
                        "they promise belong to someone else.").format(host=host, other=other),
        N_("ShopSigns", "Do not rely on these policies. Ask the shop who you are buying from."),
        {"domains": list(domains)[:5], "names": list(names)[:5], "pages": sorted({*domains.values(),
                                                                                   *names.values()})},
    )


# --------------------------------------------------------------------------- company names

_SUFFIX = (r"S\.\s?L\.(?:U\.)?|S\.L\.U?\b|S\.A\.S\.|S\.A\.C\.|S\.A\. de C\.V\.|S\.\s?A\.|S\.R\.L\.|SpA\b|"
           r"S\.?A\.?S\b|Ltd\.?|Limited\b|LLC\b|Inc\.?|GmbH\b|Corp\.?")
_NAME_WORD = r"[A-ZÁÉÍÓÚÑÄÖÜ][\w&'’-]*"
_LEGAL_NAME = re.compile(rf"\b({_NAME_WORD}(?:\s+(?:{_NAME_WORD}|de|del|la|las|los|y|e|&|and|of)){{0,6}})"
                         rf",?\s+({_SUFFIX})|\b(PT|CV)\s+({_NAME_WORD}(?:\s+{_NAME_WORD}){{0,5}})")
_NOT_A_NAME_START = frozenset({"responsable", "titular", "empresa", "razon", "social", "operated", "by",
                               "company", "nombre", "denominacion"})
_ID = re.compile(r"\b(?:[A-Z]\d{7}[0-9A-J]|\d{8}[A-Z]|[A-ZÑ&]{3,4}\d{6}[A-Z\d]{3}|\d{13}|"
                 r"\d{2,3}\.?\d{3}\.?\d{3}-\d|\d{2}-\d{8}-\d|\d{11})\b")


def _legal_names(text: str) -> list[tuple[int, str]]:
    """(position, normalised name) of every company name with a legal form in ``text``."""
    found = []
    for match in _LEGAL_NAME.finditer(text):
        name = match.group(1) or match.group(4)
        words = [w for w in re.findall(r"[a-z0-9]+", fold(name))]
        while words and words[0] in _NOT_A_NAME_START:
            words.pop(0)
        if words:
            found.append((match.start(), " ".join(words)))
    return found


def company_names_finding(pages: Sequence[ParsedPage], found: Mapping[str, str]) -> Finding | None:
    """``contact.company_names`` (warn) when one company id is printed next to two different
    company names, or when the imprint and the policy pages name different companies (the
    Verbraucherzentrale's Fakeshop-Finder compares the imprint with the register for this)."""
    by_id: dict[str, set[str]] = {}
    imprint_names: set[str] = set()
    policy_names: set[str] = set()
    for kind, page in _policy_pages(pages, found):
        names = _legal_names(page.text)
        (imprint_names if kind == "imprint" else policy_names).update(n for _, n in names)
        for match in _ID.finditer(page.text):
            near = [(abs(pos - match.start()), n) for pos, n in names if abs(pos - match.start()) < 160]
            if near:
                by_id.setdefault(match.group(0), set()).add(min(near)[1])
    clash = {cid: sorted(names) for cid, names in by_id.items() if len(names) > 1}
    if clash:
        cid, names = next(iter(clash.items()))
        detail = N_("ShopSigns", "The company number {id} appears with two names: \"{first}\" and "
                                 "\"{second}\". A real company has one name; a fake shop copies its legal "
                                 "pages from several places.").format(id=cid, first=names[0], second=names[1])
    elif imprint_names and policy_names and not imprint_names & policy_names:
        names = [sorted(imprint_names)[0], sorted(policy_names)[0]]
        cid = None
        detail = N_("ShopSigns", "The legal notice names \"{first}\", the policies \"{second}\". Who would "
                                 "you claim your money back from?").format(first=names[0], second=names[1])
    else:
        return None
    return Finding(
        "contact.company_names", Category.CONTACT, Status.WARN,
        N_("ShopSigns", "Different company names: {first} / {second}").format(first=names[0], second=names[1]),
        detail,
        N_("ShopSigns", "Look the company number up in the official register and see which name it "
                        "belongs to."),
        {"company_id": cid, "names": names},
    )


# --------------------------------------------------------------------------- country mismatch

_SUFFIX_COUNTRY = {"es": "ES", "com.es": "ES", "id": "ID", "co.id": "ID", "my.id": "ID", "web.id": "ID",
                   "or.id": "ID", "mx": "MX", "com.mx": "MX", "com.co": "CO", "ar": "AR", "com.ar": "AR",
                   "cl": "CL", "pe": "PE", "com.pe": "PE", "de": "DE", "at": "AT", "fr": "FR", "it": "IT",
                   "co.uk": "GB", "uk": "GB"}
_CURRENCIES = {"€": "EUR", "eur": "EUR", "rp": "IDR", "idr": "IDR", "us$": "USD", "usd": "USD", "£": "GBP",
               "gbp": "GBP", "mxn": "MXN", "cop": "COP", "ars": "ARS", "clp": "CLP", "s/": "PEN", "pen": "PEN",
               "¥": "CNY", "cny": "CNY", "$": "$"}
_EXPECTED = {"ES": {"EUR"}, "DE": {"EUR"}, "AT": {"EUR"}, "FR": {"EUR"}, "IT": {"EUR"}, "GB": {"GBP"},
             "ID": {"IDR"}, "MX": {"MXN", "$"}, "CO": {"COP", "$"}, "AR": {"ARS", "$"}, "CL": {"CLP", "$"},
             "PE": {"PEN"}}
_PRICE = re.compile(r"(us\$|€|£|¥|s/|\$|\b(?:rp|idr|eur|usd|gbp|mxn|cop|ars|clp|pen|cny)\b)\s?\d"
                    r"|\d[\d.,]*\s?(€|£|\b(?:eur|usd|mxn|cop|ars|clp|idr)\b)")
_COUNTRY_WORDS = {"china": "CN", "hong kong": "HK", "united kingdom": "GB", "reino unido": "GB",
                  "estados unidos": "US", "united states": "US", "usa": "US", "nigeria": "NG", "turkey": "TR",
                  "singapore": "SG", "malaysia": "MY", "espana": "ES", "spain": "ES", "mexico": "MX",
                  "indonesia": "ID", "colombia": "CO", "argentina": "AR", "chile": "CL", "peru": "PE"}


# The most frequent short words of each language: enough to tell which of four languages a shop's
# pages are written in, not to identify languages in general.
_STOPWORDS = {
    "en": frozenset("the and of to for with you your our is are we on in this from".split()),
    "es": frozenset("el la los las de del y en para con su sus que por es una nuestro".split()),
    "id": frozenset("dan yang untuk dengan di ke dari ini kami anda atau bisa akan".split()),
    "de": frozenset("der die das und mit für sie wir ist auf den von zu ihre".split()),
}
_LANGUAGES = {"ES": "es", "MX": "es", "CO": "es", "AR": "es", "CL": "es", "PE": "es", "ID": "id", "DE": "de",
              "AT": "de", "GB": "en"}
_MIN_LANGUAGE_WORDS = 40


def page_language(text: str) -> str | None:
    """``en``, ``es``, ``id`` or ``de`` when ``text`` clearly is one of them (at least
    :data:`_MIN_LANGUAGE_WORDS` of their short words, twice as many as of any other), else None."""
    words = re.findall(r"[a-zäöüß]+", text.lower())
    counts = {lang: sum(1 for w in words if w in stop) for lang, stop in _STOPWORDS.items()}
    best = max(counts, key=counts.get)
    rest = max(v for lang, v in counts.items() if lang != best)
    return best if counts[best] >= _MIN_LANGUAGE_WORDS and counts[best] >= 2 * rest else None


def _currencies(text: str) -> set[str]:
    return {_CURRENCIES[(m.group(1) or m.group(2)).lower()] for m in _PRICE.finditer(text.lower())}


def country_finding(text: str, phones: Sequence[str], addresses: Sequence[str], suffix: str) -> Finding | None:
    """``contact.country_mismatch`` when a shop on a country ending (``.es``, ``.co.id``…) shows
    prices, phone numbers, an address or a language (:func:`page_language`) of other countries:
    ``warn`` when two of the four disagree with the ending, ``info`` for one (a tourist shop
    writes in English, an importer quotes dollars). Generic endings (``.com``, ``.shop``) say no
    country and give nothing."""
    country = _SUFFIX_COUNTRY.get(suffix)
    if country is None:
        return None
    odd: dict[str, Any] = {}
    currencies = _currencies(text)
    if currencies and not currencies & _EXPECTED.get(country, set()):
        odd["currencies"] = sorted(currencies)
    regions = {phonenumbers.region_code_for_number(phonenumbers.parse(p)) for p in phones if p.startswith("+")}
    regions.discard(None)
    if regions and country not in regions:
        odd["phone_countries"] = sorted(r for r in regions if r)
    places = {code for line in addresses for word, code in _COUNTRY_WORDS.items()
              if re.search(rf"\b{word}\b", fold(line))}
    if not places:
        folded = fold(text)
        places = {code for word, code in _COUNTRY_WORDS.items() if code in ("CN", "HK", "NG", "TR")
                  and re.search(rf"\b{word}\b", folded)}
    if places and country not in places:
        odd["address_countries"] = sorted(places)
    language = page_language(text)
    if language and _LANGUAGES.get(country, language) != language:
        odd["language"] = [language]  # e.g. a ".es" shop written in English: one sign, never alone
    if not odd:
        return None
    what = ", ".join(f"{v}" for values in odd.values() for v in values)
    return Finding(
        "contact.country_mismatch", Category.CONTACT, Status.WARN if len(odd) >= 2 else Status.INFO,
        N_("ShopSigns", "Does not fit its country ending: {what}").format(what=what),
        N_("ShopSigns", "The shop's address ends in .{suffix}, but its prices, phone numbers or address "
                        "point elsewhere ({what}). Fake shops pose as local shops and are run from "
                        "somewhere else.").format(suffix=suffix, what=what),
        N_("ShopSigns", "Ask where the goods ship from and who you would claim against."),
        {"country": country, **odd},
    )
