"""The bundled registry of brands, marketplaces, social networks, banks, e-wallets and payment
providers with their official domains, per country (``resources/registry/*.json``).

Each file carries its ``source`` and ``updated`` date. An entry has a ``name``, a ``kind``
(see :data:`KINDS`), ``countries`` (ISO 3166 alpha-2; ``"*"`` for global brands), official
``domains`` (registrable domains or hosts: every subdomain of one is official too) and optional
``keywords`` (extra brand words a lookalike may use, e.g. ``mercadopago``), optional
``not_words`` (labels of official domains that are everyday words, e.g. ``windows``, and must
not be matched as the brand). ``generic: true``
marks a brand whose name is an everyday word (``dana``, ``jumbo``): it is matched only as an
exact look-alike, never inside longer names.

The lookalike detector and the input classifier take a :class:`Registry`; benchmarks and tests
may build their own with :meth:`Registry.from_entries`.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from desktop.checks.domains import extractor, to_ascii
from desktop.errors import ShopSafeError
from desktop.paths import resource_path
from desktop.text import N_

__all__ = ["KINDS", "BrandEntry", "Registry", "RegistryError", "default_registry"]

KINDS = frozenset(
    {"marketplace", "social", "bank", "ewallet", "payment", "brand", "shop", "government",
     "courier", "service"}
)


class RegistryError(ShopSafeError):
    """A registry file is missing or malformed (``data["path"]`` names it)."""

    default_message = N_("Errors", "The bundled brand registry is damaged: reinstall ShopSafe.")


@dataclass(frozen=True)
class BrandEntry:
    """One brand with its official domains. Immutable and hashable."""

    name: str
    kind: str
    countries: tuple[str, ...]
    domains: tuple[str, ...]
    keywords: tuple[str, ...] = ()
    generic: bool = False
    not_words: tuple[str, ...] = ()

    @property
    def primary_domain(self) -> str:
        return self.domains[0]


def _registrable(domain: str) -> tuple[str, str]:
    """(registrable domain, label) of an official domain."""
    parts = extractor()(domain)
    if not parts.domain or not parts.suffix:
        return domain, domain.split(".")[0]
    return f"{parts.domain}.{parts.suffix}", parts.domain


class Registry:
    """Official domains and brand words, indexed for fast lookups. Read-only after creation;
    safe to share between threads."""

    def __init__(self, entries: Iterable[BrandEntry]) -> None:
        self.entries: tuple[BrandEntry, ...] = tuple(entries)
        self._official: dict[str, BrandEntry] = {}
        self._official_hosts: dict[str, BrandEntry] = {}
        # brand word -> entries using it; and registrable label -> official domains
        self.words: dict[str, list[BrandEntry]] = {}
        for entry in self.entries:
            labels = []
            for domain in entry.domains:
                domain = to_ascii(domain)
                registrable, label = _registrable(domain)
                if registrable == domain:
                    self._official.setdefault(domain, entry)
                else:
                    self._official_hosts.setdefault(domain, entry)
                labels.append(label)
            for word in _brand_words(entry, labels):
                self.words.setdefault(word, [])
                if entry not in self.words[word]:
                    self.words[word].append(entry)

    @classmethod
    def from_entries(cls, items: Iterable[Mapping[str, Any]]) -> Registry:
        """Build from JSON-like mappings (the format of the bundled files' ``entries``).

        Raises :class:`RegistryError` when an item lacks ``name`` or ``domains`` or has an
        unknown ``kind``.
        """
        return cls(_entry(item) for item in items)

    @classmethod
    def from_domains(cls, domains: Iterable[str], kind: str = "brand") -> Registry:
        """A registry with one entry per domain, named after it (benchmarks, tests)."""
        return cls(BrandEntry(d, kind, ("*",), (d,)) for d in domains)

    def without(self, domain: str) -> Registry:
        """A copy in which ``domain`` is not official any more (leave-one-out evaluation)."""
        entries = []
        for entry in self.entries:
            kept = tuple(d for d in entry.domains if d != domain)
            if kept:
                entries.append(dataclasses.replace(entry, domains=kept))
        return Registry(entries)

    def without_entry_of(self, domain: str) -> Registry:
        """A copy without the whole entry that ``domain`` belongs to (the brand unknown)."""
        return Registry(e for e in self.entries if domain not in e.domains)

    def official_entry(self, host: str, registrable: str | None) -> BrandEntry | None:
        """The entry whose official domain ``host`` is or lies under, else ``None``."""
        if registrable and registrable in self._official:
            return self._official[registrable]
        if self._official_hosts:
            labels = host.split(".")
            for i in range(len(labels) - 1):
                candidate = ".".join(labels[i:])
                if candidate in self._official_hosts:
                    return self._official_hosts[candidate]
        return None

    def official_domains(self) -> set[str]:
        """Every official registrable domain and host."""
        return set(self._official) | set(self._official_hosts)

    def is_official(self, domain: str) -> bool:
        return domain in self._official or domain in self._official_hosts

    def __len__(self) -> int:
        return len(self.entries)


# Parts of official domain names that mark servers, not names buyers see (gstatic, fbcdn).
_INFRASTRUCTURE = ("static", "cdn", "img", "api", "ext", "usercontent", "svc", "adsystem",
                   "analytics", "tagmanager", "syndication", "nocookie", "trust", "media-")


def _brand_words(entry: BrandEntry, labels: list[str]) -> list[str]:
    """The words a look-alike of ``entry`` may use: the primary domain's label, the keywords,
    and labels of the other official domains unless they merely extend one of those
    (``tiktokcdn``, ``microsoftonline`` are infrastructure, not names buyers see)."""
    words = [labels[0], *entry.keywords] if labels else list(entry.keywords)
    base = [w for w in words if len(w) >= 3]
    for label in labels[1:]:
        if label in words or any(w in label for w in base):
            continue
        if any(part in label for part in _INFRASTRUCTURE):
            continue
        words.append(label)
    return [w for w in words if w not in entry.not_words]


def _entry(item: Mapping[str, Any]) -> BrandEntry:
    try:
        name = str(item["name"])
        domains = tuple(str(d).lower() for d in item["domains"])
        kind = str(item.get("kind", "brand"))
    except (KeyError, TypeError) as exc:
        raise RegistryError(item=repr(item)[:200]) from exc
    if not domains or kind not in KINDS:
        raise RegistryError(item=repr(item)[:200])
    return BrandEntry(
        name=name,
        kind=kind,
        countries=tuple(str(c).upper() for c in item.get("countries", ("*",))),
        domains=domains,
        keywords=tuple(str(k).lower() for k in item.get("keywords", ())),
        generic=bool(item.get("generic", False)),
        not_words=tuple(str(k).lower() for k in item.get("not_words", ())),
    )


def load_registry_dir(folder: Path) -> Registry:
    """Read every ``*.json`` registry file in ``folder``. Raises :class:`RegistryError`."""
    items: list[Mapping[str, Any]] = []
    for path in sorted(folder.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            items.extend(data["entries"])
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise RegistryError(path=str(path)) from exc
    return Registry.from_entries(items)


@cache
def default_registry() -> Registry:
    """The bundled registry, loaded once. Raises :class:`RegistryError` if it is damaged."""
    return load_registry_dir(resource_path("registry"))
