"""Name resolution for tests: listed test hosts go to loopback, every other name fails.

:class:`HostMap` replaces ``socket.getaddrinfo``, ``socket.gethostbyname`` and
``socket.gethostbyname_ex`` for the code running in the test process (``requests``/``urllib3``
and ``http.client`` resolve through ``socket.getaddrinfo``). A name resolves only when a test
listed it (or it is ``localhost``); any other name raises ``socket.gaierror`` without a DNS
query, which proves that no test reaches the internet. IP literals are resolved numerically
(never through DNS), so code that classifies addresses still works.

The product's own ``--resolve HOST:ADDRESS`` option is separate; use it for subprocesses, which
this patch does not reach.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
from collections.abc import Iterator

__all__ = ["HostMap", "UnknownTestHost"]

_real_getaddrinfo = socket.getaddrinfo


class UnknownTestHost(socket.gaierror):
    """Raised for a name no test mapped; a ``socket.gaierror`` like a real DNS failure."""

    def __init__(self, host: str) -> None:
        super().__init__(socket.EAI_NONAME, f"test host map: {host!r} is not a mapped test host")
        self.host = host


class HostMap:
    """A mutable host name → address table consulted by the patched resolver.

    Names are matched case-insensitively, without a trailing dot. Thread-safe.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._table: dict[str, str] = {"localhost": "127.0.0.1"}
        self.lookups: list[str] = []  # every name asked for, in order (for assertions)

    @staticmethod
    def _norm(host: str) -> str:
        return host.rstrip(".").lower()

    def add(self, host: str, address: str = "127.0.0.1") -> None:
        """Make ``host`` resolve to ``address`` (an IPv4 or IPv6 literal)."""
        ipaddress.ip_address(address)  # refuse names: no chained lookups
        with self._lock:
            self._table[self._norm(host)] = address

    def remove(self, host: str) -> None:
        """Forget ``host``; it fails to resolve again."""
        with self._lock:
            self._table.pop(self._norm(host), None)

    def __contains__(self, host: object) -> bool:
        return isinstance(host, str) and self._norm(host) in self._table

    def __iter__(self) -> Iterator[str]:
        with self._lock:
            return iter(list(self._table))

    def address_of(self, host: str) -> str:
        """The mapped address, or raise :class:`UnknownTestHost`."""
        norm = self._norm(host)
        self.lookups.append(norm)
        if _is_literal(norm):
            return norm.strip("[]")
        with self._lock:
            address = self._table.get(norm)
        if address is None:
            raise UnknownTestHost(host)
        return address

    # -- replacements for the socket functions -------------------------------------------

    def getaddrinfo(self, host, port, family=0, type=0, proto=0, flags=0):  # noqa: A002
        if host is None:  # a wildcard bind address, no lookup involved
            return _real_getaddrinfo(host, port, family, type, proto, flags)
        if isinstance(host, bytes):
            host = host.decode("idna")
        address = self.address_of(host)
        return _real_getaddrinfo(address, port, family, type, proto, flags | socket.AI_NUMERICHOST)

    def gethostbyname(self, host: str) -> str:
        address = self.address_of(host)
        if ipaddress.ip_address(address).version != 4:
            raise UnknownTestHost(host)
        return address

    def gethostbyname_ex(self, host: str) -> tuple[str, list[str], list[str]]:
        return host, [], [self.gethostbyname(host)]

    def install(self, monkeypatch) -> HostMap:
        """Patch the ``socket`` module through pytest's ``monkeypatch`` (undone after the test)."""
        monkeypatch.setattr(socket, "getaddrinfo", self.getaddrinfo)
        monkeypatch.setattr(socket, "gethostbyname", self.gethostbyname)
        monkeypatch.setattr(socket, "gethostbyname_ex", self.gethostbyname_ex)
        return self


def _is_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]").split("%", 1)[0])
    except ValueError:
        return False
    return True
