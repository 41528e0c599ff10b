"""Offer signs of a fake shop, read from its own pages (no Qt, pure).

The published checklists (Watchlist Internet, Verbraucherzentrale, INCIBE, PROFECO) name signs a
domain's age cannot excuse. This module reads those about the offer; those about who is behind
the shop are in :mod:`~desktop.checks.shopidentity`. Each function returns a finding with the
words or names it saw, or None:

- :func:`urgency_finding` — ``site.urgency``: countdown timers, "only 3 left", "hari ini saja",
  "oferta termina en"; a warning on a shop that is not established, information otherwise;
- :func:`placeholder_address_finding` — ``contact.placeholder_address``: "123 Main Street,
  Anytown" and its cousins counted as an address;
- :func:`brands_finding` — ``pricing.brands``: goods of many unrelated brands at deep discounts;
  like the discount and the urgency, excused only on an established domain.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

from desktop.checks.extract import ParsedPage
from desktop.checks.model import Category, Finding, Status
from desktop.checks.registry import Registry, default_registry
from desktop.text import N_

__all__ = ["BRANDS_AT_DISCOUNT", "brands_finding", "fold", "placeholder_address_finding",
           "urgency_finding", "urgency_phrases"]

BRANDS_AT_DISCOUNT = 3  # distinct brands named, together with a discount of BIG_DISCOUNT % or more


def fold(text: str) -> str:
    """Lower case without accents ("Está" → "esta"), for matching words in any of our languages."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# --------------------------------------------------------------------------- urgency

_N = r"(?:\d{1,2}|one|two|three|satu|dua|tiga|una?|dos|tres)"
_URGENCY = re.compile(
    r"\b(?:only " + _N + r" (?:left|remaining)|" + _N + r" left in stock|last " + _N + r" (?:items|pieces|units)|"
    r"offer ends in|sale ends in|ends in \d{1,2}:\d{2}|ends (?:tonight|today)|today only|"
    r"hurry[,!]? (?:only|sale|offer)|"
    r"stok (?:tinggal|hanya|sisa) " + _N + r"|sisa " + _N + r" (?:pcs|stok|lagi)|hari ini saja|"
    r"promo berakhir dalam|berakhir dalam \d|"
    r"(?:la )?oferta termina en|termina en \d{1,2}:\d{2}|solo quedan " + _N + r"|quedan solo " + _N + r"|"
    r"ultimas " + _N + r" unidades|solo por hoy|solo hoy|"
    r"nur noch " + _N + r" (?:stuck|verfugbar)|endet in)\b")
_TIMER_MARKUP = re.compile(r"""(?:class|id)\s*=\s*["'][^"']*\b(?:countdown|count-down|flash-?timer|"""
                           r"""sale-?timer)\b|data-countdown\b""", re.I)


def urgency_phrases(pages: Iterable[ParsedPage]) -> list[str]:
    """The pressure phrases of ``pages`` (folded), and ``countdown timer`` when the markup holds
    one; at most ten, first seen first."""
    found: dict[str, None] = {}
    for page in pages:
        for match in _URGENCY.finditer(fold(page.text)):
            found[match.group(0)] = None
        raw = page.raw_html or ""
        lowered = raw.lower()  # a cheap look first: the full pattern is slow on megabytes of markup
        if ("countdown" in lowered or "timer" in lowered) and _TIMER_MARKUP.search(raw):
            found["countdown timer"] = None
    return list(found)[:10]


def urgency_finding(phrases: Sequence[str], established: bool | None = None) -> Finding | None:
    """``site.urgency`` for the ``phrases`` of :func:`urgency_phrases`, or None when there are none.

    A warning unless ``established`` (an old domain that did not change hands recently, as for
    the discount finding): honest shops run "ends tonight" sales too, but pressure to pay before
    thinking is how fake shops close the sale (INCIBE, PROFECO).
    """
    if not phrases:
        return None
    evidence = {"phrases": list(phrases)}
    title = N_("ShopSigns", "Pressure to buy now: {examples}").format(examples=", ".join(phrases[:3]))
    if established:
        return Finding("site.urgency", Category.REPUTATION, Status.INFO, title,
                       N_("ShopSigns", "The shop pushes you to decide fast. Its domain is old and unchanged, so "
                                       "this is probably an ordinary sale; still take your time."), None, evidence)
    return Finding("site.urgency", Category.REPUTATION, Status.WARN, title,
                   N_("ShopSigns", "Countdowns and \"only a few left\" are there to make you pay before you "
                                   "check the shop. Fake shops use them on every product."),
                   N_("ShopSigns", "Ignore the timer: a real offer is still there after you have checked "
                                   "the shop."), evidence)


# --------------------------------------------------------------------------- placeholder addresses

_PLACEHOLDER_ADDRESS = re.compile(
    r"\b(?:123 main (?:street|st)\b|anytown\b|any town, usa|1234 (?:street|calle)\b|calle falsa\b|"
    r"calle ejemplo\b|musterstra(?:ss|ß)e\b|musterstadt\b|jl\.? contoh\b|jalan contoh\b|"
    r"alamat toko anda\b|your (?:street )?address here\b|direccion de (?:tu|su) tienda\b)")


def placeholder_address_finding(text: str) -> Finding | None:
    """``contact.placeholder_address`` (warn) for a template address left as the shop's own
    (the Verbraucherzentrale's "Fantasieadresse")."""
    hits = sorted({m.group(0) for m in _PLACEHOLDER_ADDRESS.finditer(fold(text))})
    if not hits:
        return None
    return Finding(
        "contact.placeholder_address", Category.CONTACT, Status.WARN,
        N_("ShopSigns", "The address is a placeholder: {address}").format(address=hits[0]),
        N_("ShopSigns", "The shop's address is the sample text of a website template, not a place. "
                        "There is no address where you could reach or claim against this shop."),
        N_("ShopSigns", "Do not pay a shop that gives no real address."),
        {"placeholders": hits[:5]},
    )


# --------------------------------------------------------------------------- many brands, deep discounts

# brand names that are also ordinary words
_AMBIGUOUS_BRANDS = frozenset({"Coach", "Mango", "Vivo", "Steam", "Oppo", "Camper", "Clarks", "Columbia Sportswear",
                               "On Running", "Spotify", "Netflix", "Disney+", "Microsoft / Xbox"})


def _brand_patterns(registry: Registry) -> list[tuple[str, re.Pattern[str]]]:
    names = [e.name for e in registry.entries if e.kind == "brand" and e.name not in _AMBIGUOUS_BRANDS
             and len(e.name) >= 3]
    return [(name, re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])", re.I if name.isupper() else 0))
            for name in names]


_PATTERNS: dict[int, list[tuple[str, re.Pattern[str]]]] = {}


def brands_finding(text: str, max_discount: int | None, big_discount: int,
                   registry: Registry | None = None, established: bool | None = None) -> Finding | None:
    """``pricing.brands`` when the pages name :data:`BRANDS_AT_DISCOUNT` or more brands of the
    registry and claim discounts of ``big_discount`` % or more: "brand goods across many
    unrelated brands at deep discounts" (Watchlist Internet, INCIBE's "páginas multimarca, tipo
    outlet"). A warning, unless ``established`` — decided as for the discount (an old domain
    that did not change hands and shows no other warning): big multi-brand retailers advertise
    this way too (7 of 142 real retailer pages, ``bench_shopsigns_pages.py``)."""
    if max_discount is None or max_discount < big_discount:
        return None
    registry = registry or default_registry()
    patterns = _PATTERNS.get(id(registry))
    if patterns is None:
        patterns = _PATTERNS[id(registry)] = _brand_patterns(registry)
    lowered = text.lower()
    # a substring test first (fast on long pages), the word-boundary pattern only for the few hits
    brands = [name for name, pattern in patterns
              if (name.lower() in lowered if name.isupper() else name in text) and pattern.search(text)]
    if len(brands) < BRANDS_AT_DISCOUNT:
        return None
    title = N_("ShopSigns", "{count} brands at up to {percent} % off").format(count=len(brands), percent=max_discount)
    evidence = {"brands": brands[:10], "max_percent": max_discount}
    if established:
        return Finding(
            "pricing.brands", Category.PRICING, Status.INFO, title,
            N_("ShopSigns", "The shop sells {brands} at discounts of up to {percent} %. Its domain is old "
                            "and unchanged and nothing else looks wrong, so this is more likely a large "
                            "retailer's sale; still compare the price with the brand's own shop.").format(
                brands=", ".join(brands[:5]), percent=max_discount),
            None, evidence)
    return Finding(
        "pricing.brands", Category.PRICING, Status.WARN, title,
        N_("ShopSigns", "The shop sells {brands} at discounts of up to {percent} %. Brand goods of many "
                        "unrelated makers, all far below their price, is how fake outlet shops lure "
                        "buyers; brands do not let real shops sell this cheap.").format(
            brands=", ".join(brands[:5]), percent=max_discount),
        N_("ShopSigns", "Buy brand goods from the brand's own shop or an authorised dealer."),
        evidence,
    )
