"""Address rules of :mod:`desktop.net.client` (re-exported there): which addresses are public,
and the curl-like resolve map (``--resolve HOST:ADDRESS[:PORT]``).
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Mapping

from desktop.errors import UserInputError
from desktop.text import N_

__all__ = ["is_public_address", "parse_resolve_arg", "resolve_hosts", "resolve_target"]


def is_public_address(address: str) -> bool:
    """True for a globally routable unicast address (not loopback/private/link-local/reserved)."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def _split_hostport(text: str) -> tuple[str, int | None]:
    text = text.strip()
    if text.startswith("["):
        addr, _, rest = text[1:].partition("]")
        port = rest[1:] if rest.startswith(":") else ""
    elif text.count(":") == 1:
        addr, _, port = text.partition(":")
    else:
        addr, port = text, ""
    if port and not port.isdigit():
        raise ValueError(text)
    return addr, int(port) if port else None


def parse_resolve_arg(text: str) -> tuple[str, str]:
    """Parse a ``--resolve`` argument into a ``CheckOptions.resolve`` entry.

    Accepts ``HOST:ADDRESS``, ``HOST:ADDRESS:PORT`` (connect to that port whatever the URL says)
    and curl's ``HOST:PORT:ADDRESS`` (only URLs on that port). Raises
    :class:`~desktop.errors.UserInputError` when the text is none of those.
    """
    host, sep, rest = text.strip().partition(":")
    bad = UserInputError(
        N_("Network", "Use --resolve HOST:ADDRESS or HOST:ADDRESS:PORT, not {text}.").format(
            text=text
        )
    )
    if not sep or not host or not rest:
        raise bad
    curl = re.fullmatch(r"(\d{1,5}):(.+)", rest)
    key, value = (f"{host}:{curl[1]}", curl[2]) if curl else (host, rest)
    try:
        addr, _ = _split_hostport(value)
        ipaddress.ip_address(addr)
    except ValueError:
        raise bad from None
    return key.lower(), value


def resolve_target(
    resolve: Mapping[str, str], host: str, port: int
) -> tuple[str, int] | None:
    """Where ``host:port`` should connect according to a resolve map, or None if not mapped."""
    host = host.lower().rstrip(".")
    value = resolve.get(f"{host}:{port}") or resolve.get(host)
    if value is None:
        return None
    addr, mapped_port = _split_hostport(value)
    return addr, mapped_port or port


def resolve_hosts(resolve: Mapping[str, str]) -> set[str]:
    """The host names a resolve map names (keys without their optional port)."""
    return {key.rsplit(":", 1)[0] if key.count(":") == 1 else key for key in resolve}
