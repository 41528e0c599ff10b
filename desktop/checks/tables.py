"""The small dated lists bundled in ``resources/``: TLD risk, URL shorteners, site builders."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from desktop.paths import resource_path

__all__ = ["LinkTables", "link_tables"]


@dataclass(frozen=True)
class LinkTables:
    """TLD risk (tld → score 1..3, with its dated source), shorteners and free site builders
    (registrable domains, private suffixes or full hosts such as ``sites.google.com``)."""

    tld_risk: dict[str, int]
    tld_source: str
    shorteners: frozenset[str]
    site_builders: frozenset[str]

    def builder_of(self, host: str) -> str | None:
        """The site-builder domain ``host`` is on (itself or a parent), else ``None``."""
        labels = host.split(".")
        for i in range(len(labels) - 1):
            candidate = ".".join(labels[i:])
            if candidate in self.site_builders:
                return candidate
        return None

    def shortener_of(self, host: str) -> str | None:
        """The shortener ``host`` belongs to (itself or a parent), else ``None``."""
        labels = host.split(".")
        for i in range(len(labels) - 1):
            candidate = ".".join(labels[i:])
            if candidate in self.shorteners:
                return candidate
        return None


@cache
def link_tables() -> LinkTables:
    """Load ``tld_risk.json``, ``shorteners.json`` and ``site_builders.json`` once.

    Raises ``OSError``/``ValueError`` only if the installation is damaged."""
    risk = json.loads(resource_path("tld_risk.json").read_text(encoding="utf-8"))
    short = json.loads(resource_path("shorteners.json").read_text(encoding="utf-8"))
    builders = json.loads(resource_path("site_builders.json").read_text(encoding="utf-8"))
    return LinkTables(
        tld_risk={k.lower(): int(v) for k, v in risk["tlds"].items()},
        tld_source=f"{risk['source']} ({risk['updated']})",
        shorteners=frozenset(d.lower() for d in short["domains"]),
        site_builders=frozenset(d.lower() for d in builders["domains"]),
    )
