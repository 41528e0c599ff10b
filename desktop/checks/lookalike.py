"""Look-alikes of registry domains: typos, homoglyphs, separators, TLD swaps, combosquats and
brands hidden in subdomains.

:func:`find_lookalikes` compares one host (already split by :func:`~desktop.checks.domains.
host_info`) with the brand words and official domains of a :class:`~desktop.checks.registry.
Registry` and returns :class:`Lookalike` matches, most serious first. Each match names what it
imitates (an official domain) and how (``technique``). :func:`lookalike_findings` turns them into
findings. Both are pure, offline and fast: lookups go through indexes built once per registry.

Severity is kept conservative (DESIGN.md: few false alarms matter more than recall): the brand's
full official domain inside another domain, a homoglyph of it, a brand combined with bait
words ("login", "promo", "official") or with a much-abused TLD, or a one-letter slip of a long
name on the brand's own ending is ``fail``; so are (issue 14) a brand glued to a sale word
("zalando-rebajas", "nike-outlet", "-ofertas", "-diskon", "-sale"), a marketplace's, bank's or
wallet's exact name on an ending that is mostly a typo of ``.com`` (``tokopedia.co``) and two
swapped letters of a marketplace's name (``shoepe.com``). A brand next to shop or country words
alone ("nike-store-es"), a shorter typo, a TLD swap or a separator trick alone is ``warn``.
"""

from __future__ import annotations

import dataclasses
import re
import threading
import weakref
from collections.abc import Iterator
from dataclasses import dataclass

from desktop.checks.confusables import ascii_skeleton, mixed_scripts, skeleton
from desktop.checks.domains import HostInfo, to_unicode
from desktop.checks.labels import VALUE_LABELS
from desktop.checks.model import Category, Finding, Status
from desktop.checks.registry import BrandEntry, Registry
from desktop.checks.tables import link_tables
from desktop.checks.techniques import (
    BAIT_WORDS, STRONG_WORDS, TECH_WORDS, deletions, edit_technique,
)
from desktop.text import N_, Message

__all__ = ["TECHNIQUES", "Lookalike", "find_lookalikes", "handle_findings", "lookalike_findings"]


TECHNIQUES = (
    "subdomain", "homoglyph", "separator", "tld-swap", "combosquat", "typo", "omission",
    "insertion", "repetition", "transposition", "replacement",
)
MIN_EDIT_LEN = 5       # shorter brand words collide with ordinary names too often
MIN_TOKEN_LEN = 4      # brand words matched as a hyphen-separated token
MIN_SUBSTRING_LEN = 6  # brand words matched inside a longer label without separator
MIN_GLUED_ANY_LEN = 6  # brand words glued to a rest that merely contains a shop/bait word
# edits that keep a word's look (a replaced letter is more visible than a doubled one)
_CLOSE_EDITS = frozenset({"omission", "insertion", "repetition", "transposition", "typo"})
# Sale words that fake outlet shops glue to a brand (Watchlist Internet: "lasportivaitstore-outlet";
# INCIBE: "nike-outlet-barato"): with a brand they announce a discount shop the brand does not run.
SALE_BAIT = frozenset({"outlet", "outlets", "oferta", "ofertas", "rebajas", "promo", "promos", "diskon",
                       "sale", "sales", "liquidacion", "clearance"})
_EDITS = _CLOSE_EDITS | {"replacement"}


@dataclass(frozen=True)
class Lookalike:
    """One match. ``imitates`` is an official domain, ``brand`` its registry name,
    ``technique`` one of :data:`TECHNIQUES`, ``status`` ``info`` (a global brand's name on a
    country ending: probably its local site), ``warn`` or ``fail``; ``how`` a short
    plain description of the difference (``"rn" for "m"``, ``extra "l"``)."""

    imitates: str
    brand: str
    kind: str
    technique: str
    status: Status
    how: str = ""
    countries: tuple[str, ...] = ("*",)


class _Index:
    """Lookup tables for one registry (built once, then read-only)."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self.word_entries: dict[str, list[BrandEntry]] = {}
        for word, entries in registry.words.items():
            usable = [e for e in entries if not e.generic]
            if usable and len(word) >= 3:
                self.word_entries[word] = usable
        self.deletion_index: dict[str, set[str]] = {}
        self.skeletons: dict[str, set[str]] = {}
        for word in self.word_entries:
            if len(word) >= MIN_EDIT_LEN and word.replace("-", "").isalpha():
                for key in deletions(word):
                    self.deletion_index.setdefault(key, set()).add(word)
            if len(word) >= MIN_TOKEN_LEN:
                self.skeletons.setdefault(ascii_skeleton(word), set()).add(word)
        # official domains written without separators ("impotsgouvfr") and their skeletons
        self.dotless: dict[str, str] = {}
        self.dotless_skeletons: dict[str, str] = {}
        self.officials = sorted(registry.official_domains(), key=len, reverse=True)
        for domain in self.officials:
            flat = re.sub(r"[.-]", "", domain)
            self.dotless.setdefault(flat, domain)
            if len(flat) >= 6:
                self.dotless_skeletons.setdefault(ascii_skeleton(flat), domain)
        self.generic_official = {
            d for e in registry.entries if e.generic for d in e.domains
        }

    def imitated(self, word: str, suffix: str = "") -> tuple[str, BrandEntry]:
        entries = self.word_entries.get(word) or self.registry.words[word]
        for entry in entries:
            for domain in entry.domains:
                if domain.split(".")[0] == word and domain.endswith("." + suffix):
                    return domain, entry
        entry = entries[0]
        for domain in entry.domains:
            if word in domain:
                return domain, entry
        return entry.primary_domain, entry


_INDEXES: weakref.WeakKeyDictionary[Registry, _Index] = weakref.WeakKeyDictionary()
_INDEXES_LOCK = threading.Lock()  # checks run on the UI's worker threads


def _index(registry: Registry) -> _Index:
    with _INDEXES_LOCK:
        index = _INDEXES.get(registry)
        if index is None:
            index = _INDEXES[registry] = _Index(registry)
        return index


def _risky(suffix: str) -> bool:
    tld = suffix.rsplit(".", 1)[-1]
    return link_tables().tld_risk.get(tld, 0) >= 2


def find_lookalikes(
    info: HostInfo, registry: Registry, country: str | None = None
) -> list[Lookalike]:
    """Every look-alike match of ``info`` against ``registry``, most serious first; empty for
    official domains, IP literals and hosts without a public suffix. Never raises.

    With ``country`` (the user's ISO code), a one-letter difference that is only a ``warn``
    counts for global brands and brands of that country only:
    ``tempo.co`` is an Indonesian newspaper, not a typo of a Chilean wallet. Serious matches
    count for every brand."""
    if info.ip is not None or info.registrable_domain is None:
        return []
    if registry.official_entry(info.host, info.registrable_domain) is not None:
        return []
    index = _index(registry)
    if info.suffix.rsplit(".", 1)[-1] in index.word_entries:
        return []  # a brand's own top-level domain (.google, .microsoft, .bbva)
    found: list[Lookalike] = []
    found.extend(_in_subdomain(info, index))
    found.extend(_whole_domain(info, index))
    found.extend(_label_matches(info, index))
    if country:
        country = country.upper()
        found = [m for m in found if m.status is Status.FAIL or m.technique not in _EDITS
                 or "*" in m.countries or country in m.countries]
    seen: set[tuple[str, str]] = set()
    unique = []
    for match in sorted(found, key=lambda m: (-m.status.rank, TECHNIQUES.index(m.technique))):
        key = (match.imitates, match.technique)
        if key not in seen:
            seen.add(key)
            unique.append(match)
    return unique


def _lk(official: str, entry: BrandEntry, technique: str, status: Status, how: str = ""
        ) -> Lookalike:
    return Lookalike(official, entry.name, entry.kind, technique, status, how, entry.countries)


def _make(index: _Index, word: str, technique: str, status: Status, how: str = "",
          suffix: str = "") -> Lookalike:
    domain, entry = index.imitated(word, suffix)
    return Lookalike(domain, entry.name, entry.kind, technique, status, how, entry.countries)


def _in_subdomain(info: HostInfo, index: _Index) -> Iterator[Lookalike]:
    """``amazon.com.secure-checkout.xyz``; ``belley.fr.com`` (a TLD swap); ``paypal.x.com``."""
    if not info.subdomain:
        return
    host = info.host
    for official in index.officials:
        pos = host.find(official + ".")
        if pos == 0 or (pos > 0 and host[pos - 1] == "."):
            entry = index.registry.official_entry(official, official)
            if entry is None or official in index.generic_official:
                continue
            if info.registrable_domain.startswith(official + "."):
                continue  # "shopify.com.au": the brand's name on another ending, see below
            rest = host[pos + len(official) + 1:]
            if pos == 0 and rest == info.suffix:
                yield _lk(official, entry, "tld-swap", Status.WARN
                                if not _risky(info.suffix) else Status.FAIL,
                                f".{rest} added")
            else:
                yield _lk(official, entry, "subdomain", Status.FAIL,
                                info.registrable_domain or "")
            return
    bait = _has_bait(info)
    for label in info.subdomain.split("."):
        for token in _tokens(label):
            if token in index.word_entries and len(token) >= MIN_EDIT_LEN:
                status = Status.FAIL if bait or _risky(info.suffix) else Status.WARN
                yield _make(index, token, "subdomain", status, info.registrable_domain or "")
                return


def _has_bait(info: HostInfo) -> bool:
    words = set(re.split(r"[.\-0-9]+", info.host)) - {""}
    return bool(words & _BAIT)


# bait words strong enough on their own anywhere in the host (not country codes)
_BAIT = frozenset(w for w in BAIT_WORDS if len(w) > 2)
# shop and bait words long enough to be recognised inside a glued rest ("shopbudapest")
_LONG_STRONG = frozenset(w for w in STRONG_WORDS if len(w) >= 4)


def _tokens(label: str) -> list[str]:
    return [t for t in re.split(r"[-0-9]+", label) if t]


def _whole_domain(info: HostInfo, index: _Index) -> Iterator[Lookalike]:
    """Separator tricks and homoglyphs of a whole official domain (``impots-gouv.fr``,
    ``impots.g0uv.fr``), compared without dots and hyphens."""
    for candidate in {info.registrable_domain or "", info.host}:
        flat = re.sub(r"[.-]", "", candidate)
        official = index.dotless.get(flat)
        if official and official != candidate and official not in index.generic_official:
            entry = index.registry.official_entry(official, official)
            if entry is not None:
                yield _lk(official, entry, "separator", Status.WARN,
                                candidate)
                return
        skel = ascii_skeleton(to_unicode(flat))
        official = index.dotless_skeletons.get(skel)
        if official and re.sub(r"[.-]", "", official) != flat \
                and not official.startswith(info.label + "."):
            entry = index.registry.official_entry(official, official)
            if entry is not None and official not in index.generic_official:
                yield _lk(official, entry, "homoglyph", Status.FAIL,
                                to_unicode(candidate))
                return


def _label_matches(info: HostInfo, index: _Index) -> Iterator[Lookalike]:
    label = info.label
    ulabel = to_unicode(label)
    plain = label.replace("-", "")
    suffix = info.suffix
    risky = _risky(suffix)
    # exact brand word on another suffix: a TLD swap
    if label in index.word_entries and len(label) >= MIN_TOKEN_LEN:
        match = _make(index, label, "tld-swap", Status.FAIL if risky else Status.WARN,
                      f".{suffix}", suffix)
        if not risky and "*" in match.countries and _country_code_tld(suffix) \
                and match.kind not in _MONEY_KINDS:
            # a global brand's local site is the likely owner (google.com.hk, amazon.nl)
            match = dataclasses.replace(match, status=Status.INFO)
        elif suffix in _TYPO_CCTLDS and match.kind in _MONEY_KINDS | {"marketplace"} \
                and suffix.upper() not in match.countries:  # bancodebogota.co is Colombia's own
            # "tokopedia.co": a buyer who pays there thinks they are on the marketplace
            match = dataclasses.replace(match, status=Status.FAIL)
        yield match
        return
    if plain != label and plain in index.word_entries and len(plain) >= MIN_TOKEN_LEN:
        yield _make(index, plain, "separator", Status.FAIL if risky else Status.WARN, label,
                    suffix)
        return
    # homoglyphs: Unicode confusables and ASCII look-alikes share a skeleton with the brand
    skel = ascii_skeleton(ulabel)
    for word in sorted(index.skeletons.get(skel, ())):
        if word != plain:
            how = "unicode" if ulabel != label else "ascii"
            yield _make(index, word, "homoglyph", Status.FAIL, f"{ulabel} ({how})", suffix)
            return
    if ulabel != label:
        uskel = skeleton(ulabel)
        if uskel in index.word_entries:
            yield _make(index, uskel, "homoglyph", Status.FAIL, ulabel, suffix)
            return
    # one edit away (typo, omission, insertion, repetition, transposition, replacement)
    candidates: set[str] = set()
    if len(label) >= MIN_EDIT_LEN:
        for key in deletions(label):
            candidates |= index.deletion_index.get(key, set())
    for word in sorted(candidates):
        technique = edit_technique(label, word)
        if technique is None:
            continue
        if technique == "replacement" and len(word) < 7:
            continue
        match = _make(index, word, technique, Status.WARN, f"{label} / {word}", suffix)
        same_suffix = match.imitates.endswith("." + suffix)
        appended = technique == "insertion" and label.startswith(word)
        severe = technique == "homoglyph" or risky or (
            same_suffix and len(word) >= 8 and technique in _CLOSE_EDITS and not appended) or (
            # "shoepe": swapped letters keep a short marketplace name's look entirely
            technique == "transposition" and match.kind == "marketplace")
        yield dataclasses.replace(match, status=Status.FAIL) if severe else match
        return
    # combosquats: the brand as a token next to other words ("shopee-id", "tokopedia-promo")
    tokens = _tokens(label)
    if len(tokens) > 1:
        for token in tokens:
            if token not in index.word_entries:
                continue
            others = set(tokens) - {token}
            strong = others & STRONG_WORDS
            if len(token) < MIN_TOKEN_LEN and not strong:
                continue
            if others <= TECH_WORDS and not risky:
                continue  # "cdn-apple", "apple-dns": how brands name their own servers
            bait = others & (BAIT_WORDS | SALE_BAIT)
            yield _make(index, token, "combosquat", Status.FAIL if bait or risky
                        else Status.WARN, label, suffix)
            return
    # the brand glued to bait words without a separator ("conversehungary", "paypalverify"),
    # also inside one hyphenated part ("zalandosale-eur")
    parts = [plain] + ([t for t in tokens if len(t) > MIN_SUBSTRING_LEN] if len(tokens) > 1 else [])
    for part in parts:
        for word in _glued_words(part, index):
            rest = part.replace(word, "", 1)
            if rest in STRONG_WORDS or _all_strong(rest):
                bait = any(w in rest for w in _BAIT)
                yield _make(index, word, "combosquat", Status.FAIL if risky or bait
                            else Status.WARN, label, suffix)
                return
            if len(word) >= MIN_GLUED_ANY_LEN and any(w in rest for w in _LONG_STRONG):
                # "skechersshopbudapest", "northfacesuperdeal": a shop word among others
                yield _make(index, word, "combosquat", Status.FAIL if risky else Status.WARN,
                            label, suffix)
                return


# Where a look-alike steals money or logins directly: never excused as a "local site".
_MONEY_KINDS = frozenset({"bank", "payment", "ewallet", "government"})
# Country-code endings that are mostly typos of .com, not local sites.
_TYPO_CCTLDS = frozenset({"co", "cm", "om", "ne", "cx"})


def _country_code_tld(suffix: str) -> bool:
    tld = suffix.rsplit(".", 1)[-1]
    return len(tld) == 2 and tld not in _TYPO_CCTLDS


def _glued_words(plain: str, index: _Index) -> Iterator[str]:
    n = len(plain)
    for size in range(n - 2, MIN_SUBSTRING_LEN - 1, -1):
        prefix, suffix = plain[:size], plain[n - size:]
        if prefix in index.word_entries:
            yield prefix
        if suffix in index.word_entries:
            yield suffix


def _all_strong(rest: str) -> bool:
    """``rest`` is a concatenation of bait words of three letters or more ("officialstore"),
    optionally ending in one two-letter country code ("outlethu")."""
    if len(rest) > 2 and rest[-2:] in STRONG_WORDS and _all_long_strong(rest[:-2]):
        return True
    return _all_long_strong(rest)


def _all_long_strong(rest: str) -> bool:
    if not rest:
        return False
    reachable = [True] + [False] * len(rest)
    for i in range(len(rest)):
        if not reachable[i]:
            continue
        for j in range(i + 3, len(rest) + 1):
            if rest[i:j] in STRONG_WORDS:
                reachable[j] = True
    return reachable[-1]


def lookalike_findings(
    info: HostInfo, registry: Registry, country: str | None = None
) -> Iterator[Finding]:
    """One ``domain.lookalike`` finding for the most serious match (evidence lists the
    others), none when nothing matches. ``country`` as in :func:`find_lookalikes`. A global
    brand's name on a country ending is only ``info`` ("may be its local site")."""
    matches = find_lookalikes(info, registry, country)
    if not matches:
        return
    top = matches[0]
    if top.status is Status.INFO:
        yield Finding(
            "domain.brand_local_site", Category.DOMAIN, Status.INFO,
            N_("Lookalike", "May be a local site of {brand}").format(brand=top.brand),
            N_("Lookalike", "{host} uses the name of {brand} with a country ending; {brand} "
                            "runs local sites, but this one is not in ShopSafe's list of its "
                            "official domains.").format(host=info.unicode_host, brand=top.brand),
            N_("Lookalike", "If in doubt, start from {domain} and follow its own links."
               ).format(domain=top.imitates),
            {"imitates": top.imitates, "brand": top.brand, "technique": top.technique,
             "how": top.how},
        )
        return
    yield Finding(
        "domain.lookalike", Category.DOMAIN, top.status,
        N_("Lookalike", "Imitates {brand} ({domain})").format(brand=top.brand, domain=top.imitates),
        _detail(info, top),
        N_("Lookalike", "Do not pay or log in here. Type {domain} yourself or use the official app."
           ).format(domain=top.imitates),
        {
            "imitates": top.imitates,
            "brand": top.brand,
            "technique": top.technique,
            "how": top.how,
            "others": [
                {"imitates": m.imitates, "technique": m.technique} for m in matches[1:5]
            ],
        },
    )


def _detail(info: HostInfo, top) -> Message:
    """The explanation: for a homograph, what the buyer saw and what the address really is,
    never "apple.com ... to pass for apple.com"."""
    if top.technique == "homoglyph":
        foreign = sorted(mixed_scripts(info.unicode_label) - {"LATIN", "COMMON"})
        if info.host != info.unicode_host and foreign:
            script = VALUE_LABELS["scripts"].get(foreign[0])
            if script is not None:
                return _HOMOGRAPH_SCRIPT.format(
                    shown=info.unicode_host, host=info.host, domain=top.imitates, script=script)
            return _HOMOGRAPH_UNICODE.format(shown=info.unicode_host, host=info.host, domain=top.imitates)
        return _HOMOGRAPH_ASCII.format(host=info.host, domain=top.imitates)
    return _DETAIL.get(top.technique, _DETAIL["typo"]).format(
        host=info.unicode_host, domain=top.imitates, brand=top.brand)


_HOMOGRAPH_SCRIPT = N_("Lookalike", "The address shows as {shown} but is really {host}: it is written "
                                    "in {script} letters that look like {domain}. It is not {domain}.")
_HOMOGRAPH_UNICODE = N_("Lookalike", "The address shows as {shown} but is really {host}: it uses letters "
                                     "from another alphabet that look like {domain}. It is not {domain}.")
_HOMOGRAPH_ASCII = N_("Lookalike", "{host} uses letters or digits that look alike (such as “rn” for “m” "
                                   "or “0” for “o”) to look like {domain}. It is not {domain}.")

_DETAIL = {
    "subdomain": N_("Lookalike", "{host} puts the name of {brand} in front of a different domain: the "
                          "site belongs to whoever owns the end of the address."),
    "homoglyph": N_("Lookalike", "{host} uses look-alike characters to pass for {domain}."),
    "combosquat": N_("Lookalike", "{host} adds words to the name of {brand}; it is not one of the "
                           "official domains of {brand}."),
    "separator": N_("Lookalike", "{host} moves dots or hyphens around to look like {domain}."),
    "tld-swap": N_("Lookalike", "{host} uses the name of {brand} with a different ending than "
                         "{domain}."),
    "typo": N_("Lookalike", "{host} differs from {domain} by a single letter: a typical typo "
                     "domain."),
    "omission": N_("Lookalike", "{host} is {domain} with a letter left out."),
    "insertion": N_("Lookalike", "{host} is {domain} with an extra letter."),
    "repetition": N_("Lookalike", "{host} is {domain} with a letter doubled."),
    "transposition": N_("Lookalike", "{host} is {domain} with two letters swapped."),
    "replacement": N_("Lookalike", "{host} differs from {domain} by a single letter: a typical typo "
                            "domain."),
}


# Words that, in a seller's handle next to a brand, announce a reseller of that brand.
_HANDLE_WORDS = STRONG_WORDS | frozenset(
    "ori original originals kw replica grosir murah jual jualan indo barato baratos ofertas "
    "descuento descuentos rebajas liquidacion mayoreo importados".split()
)


def handle_findings(handle: str, registry: Registry, platform: str | None = None
                    ) -> Iterator[Finding]:
    """A ``link.brand_handle`` warning when a seller's social handle uses a registry brand
    next to other words ("nike.outlet.indo"): brands sell through verified accounts, and
    "outlet" accounts named after them are the classic counterfeit or fake-shop seller."""
    index = _index(registry)
    tokens = [t for t in re.split(r"[._\-0-9]+", handle.lower()) if t]
    for token in tokens:
        if len(token) < MIN_TOKEN_LEN or token not in index.word_entries:
            continue
        if not (set(tokens) - {token}) & _HANDLE_WORDS:
            return  # the brand's own name, or "apple_pie_bakery": nothing deceptive by itself
        domain, entry = index.imitated(token)
        yield Finding(
            "link.brand_handle", Category.MANUAL, Status.WARN,
            N_("Lookalike", "The seller's account is named after {brand}").format(
                brand=entry.name),
            N_("Lookalike", "@{handle} uses the name {brand} with other words. Brands sell "
                            "through verified accounts and their own site ({domain}); "
                            "accounts like this usually sell fakes or nothing at all.").format(
                handle=handle, brand=entry.name, domain=domain),
            N_("Lookalike", "Check for the platform's verified badge, or buy from {domain}."
               ).format(domain=domain),
            {"handle": handle, "imitates": domain, "brand": entry.name,
             "technique": "combosquat", "platform": platform},
        )
        return
