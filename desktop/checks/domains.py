"""Host names: normalisation, IDN, IP literals and the registrable domain, all offline.

The registrable domain comes from tldextract with its *bundled* Public Suffix List snapshot,
private suffixes included (``shop.myshopify.com`` and ``x.blogspot.com`` are sites of their own).
The extractor is built with ``suffix_list_urls=()`` and ``cache_dir=None`` so it never fetches
the list and never writes a cache: analysing a link cannot touch the network.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass

from desktop.identity.hosts import extractor, to_ascii

__all__ = ["HostInfo", "extractor", "host_info", "ip_literal", "to_ascii", "to_unicode"]


_INT_RE = re.compile(r"^(0x[0-9a-f]+|[0-9]+)$")


def ip_literal(host: str) -> str | None:
    """The canonical IP address if ``host`` is an IP literal (also ``[::1]``, decimal
    ``3232235521`` and hex ``0xC0A80001`` forms that browsers accept), else ``None``."""
    bare = host.strip("[]")
    try:
        return str(ipaddress.ip_address(bare))
    except ValueError:
        pass
    if _INT_RE.match(bare):
        try:
            value = int(bare, 0)
        except ValueError:
            return None
        if 0 <= value < 2**32:
            return str(ipaddress.IPv4Address(value))
    parts = bare.split(".")
    if len(parts) == 4 and all(_INT_RE.match(p) for p in parts):
        try:
            values = [int(p, 16) if p.startswith("0x") else int(p, 8 if len(p) > 1 and p[0] == "0" else 10) for p in parts]
        except ValueError:
            return None
        if all(0 <= v < 256 for v in values):
            return ".".join(str(v) for v in values)
    return None


def to_unicode(host: str) -> str:
    """``host`` with punycode labels decoded for display; undecodable labels stay as they are."""
    labels = []
    for label in host.split("."):
        if label.startswith("xn--"):
            try:
                labels.append(label[4:].encode("ascii").decode("punycode"))
                continue
            except UnicodeError:
                pass
        labels.append(label)
    return ".".join(labels)


@dataclass(frozen=True)
class HostInfo:
    """One host split for analysis. Immutable.

    ``host`` is ASCII (punycode), ``unicode_host`` its display form. ``registrable_domain`` is
    ``None`` for IP literals and hosts without a public suffix (``localhost``, ``shop.test``).
    ``label`` is the registrable label (``shopee`` in ``seller.shopee.co.id``); ``suffix`` the
    public suffix; ``subdomain`` what comes before the registrable domain.
    """

    host: str
    unicode_host: str
    ip: str | None
    registrable_domain: str | None
    label: str
    suffix: str
    subdomain: str
    private_suffix: bool

    @property
    def unicode_label(self) -> str:
        return to_unicode(self.label)


def host_info(host: str) -> HostInfo:
    """Split ``host`` (Unicode or punycode, any case) offline. Never raises."""
    ascii_host = to_ascii(host)
    ip = ip_literal(ascii_host)
    if ip is not None:
        return HostInfo(ascii_host, ascii_host, ip, None, "", "", "", False)
    parts = extractor()(ascii_host)
    registrable = f"{parts.domain}.{parts.suffix}" if parts.domain and parts.suffix else None
    return HostInfo(
        host=ascii_host,
        unicode_host=to_unicode(ascii_host),
        ip=None,
        registrable_domain=registrable,
        label=parts.domain,
        suffix=parts.suffix,
        subdomain=parts.subdomain,
        private_suffix=bool(parts.is_private),
    )
