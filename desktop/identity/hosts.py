"""Host names offline: ASCII (punycode) form and the registrable domain.

The registrable domain comes from tldextract with its *bundled* Public Suffix List snapshot,
private suffixes included (``shop.myshopify.com`` and ``x.blogspot.com`` are sites of their own).
The extractor is built with ``suffix_list_urls=()`` and ``cache_dir=None`` so it never fetches
the list and never writes a cache. ``desktop.checks.domains`` builds its host analysis on these.
"""

from __future__ import annotations

from functools import cache

import idna
import tldextract

__all__ = ["extractor", "registrable_domain", "to_ascii"]


@cache
def extractor() -> tldextract.TLDExtract:
    """The process-wide offline extractor (bundled snapshot, private suffixes, no cache dir)."""
    return tldextract.TLDExtract(
        suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True
    )


def to_ascii(host: str) -> str:
    """``host`` lower-cased in its ASCII (punycode) form; labels that IDNA 2008 rejects are
    encoded leniently (UTS #46 mapping, then plain punycode) so hostile input never raises."""
    host = host.strip().strip(".").lower()
    if host.isascii():
        return host
    try:
        return idna.encode(host, uts46=True, transitional=False).decode("ascii")
    except idna.IDNAError:
        labels = []
        for label in host.split("."):
            if label.isascii():
                labels.append(label)
            else:
                try:
                    labels.append("xn--" + label.encode("punycode").decode("ascii"))
                except UnicodeError:
                    labels.append(label)
        return ".".join(labels)


def registrable_domain(host: str) -> str | None:
    """``shop.example.co.id`` for ``WWW.Shop.Example.co.id``; ``None`` for hosts without a
    public suffix (``localhost``) and IP literals. Never raises."""
    parts = extractor()(to_ascii(host))
    if parts.domain and parts.suffix:
        return f"{parts.domain}.{parts.suffix}"
    return None
