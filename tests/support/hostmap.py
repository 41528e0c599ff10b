"""Name resolution for tests: listed test hosts go to loopback, every other name fails.

:class:`HostMap` replaces ``socket.getaddrinfo``, ``socket.gethostbyname`` and
``socket.gethostbyname_ex`` for the code running in the test process (``requests``/``urllib3``
and ``http.client`` resolve through ``socket.getaddrinfo``). A name resolves only when a test
listed it (or it is ``localhost``); any other name raises ``socket.gaierror`` without a DNS
query, which proves that no test reaches the internet. IP literals are resolved numerically
(never through DNS), so code that classifies addresses still works.

Connections are guarded too: ``socket.socket.connect``/``connect_ex`` to any IP address outside
loopback (127.0.0.0/8, ::1) raise :class:`BlockedConnection` (a ``ConnectionRefusedError``)
before a packet leaves, and are recorded in :attr:`HostMap.blocked_connects`. So a name mapped
to a private address (``host_map.add("intranet.test", "10.0.0.1")``) can test that the product
refuses it, and a product bug that tries anyway fails the test instead of sending traffic.

The product's own ``--resolve HOST:ADDRESS`` option is separate; use it for subprocesses, which
this patch does not reach (see :meth:`HostMap.subprocess_env` for the same guard there).
"""

from __future__ import annotations

import errno
import ipaddress
import json
import os
import socket
import threading
from collections.abc import Iterator, Mapping
from pathlib import Path

__all__ = ["BlockedConnection", "HostMap", "UnknownTestHost"]

_real_getaddrinfo = socket.getaddrinfo
_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


class UnknownTestHost(socket.gaierror):
    """Raised for a name no test mapped; a ``socket.gaierror`` like a real DNS failure."""

    def __init__(self, host: str) -> None:
        super().__init__(socket.EAI_NONAME, f"test host map: {host!r} is not a mapped test host")
        self.host = host


class BlockedConnection(ConnectionRefusedError):
    """Raised instead of connecting to an address outside loopback during a test."""

    def __init__(self, address: str) -> None:
        super().__init__(errno.ECONNREFUSED, f"test network guard: no connection to {address} (not loopback)")
        self.address = address


def _is_loopback(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    mapped = getattr(ip, "ipv4_mapped", None)
    return (mapped or ip).is_loopback


class HostMap:
    """A mutable host name → address table consulted by the patched resolver.

    Names are matched case-insensitively, without a trailing dot. Thread-safe.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._table: dict[str, str] = {"localhost": "127.0.0.1"}
        self.lookups: list[str] = []  # every name asked for, in order (for assertions)
        self.blocked_connects: list[str] = []  # addresses a connection was refused to

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

    def _check_connect(self, sock: socket.socket, address):
        """The address to really connect to; raises for unknown names and non-loopback IPs."""
        if sock.family not in (socket.AF_INET, socket.AF_INET6) or not isinstance(address, tuple):
            return address  # AF_UNIX and friends stay on this machine
        host = address[0]
        if isinstance(host, bytes):
            host = host.decode("ascii", "replace")
        host = str(host)
        if not _is_literal(host):
            # A name given straight to connect() would resolve inside C, past getaddrinfo.
            host = self.address_of(host)
            address = (host, *address[1:])
        if not _is_loopback(host):
            self.blocked_connects.append(host)
            raise BlockedConnection(host)
        return address

    def install(self, monkeypatch=None) -> HostMap:
        """Patch the ``socket`` module, through pytest's ``monkeypatch`` (undone after the test)
        when given, else for the rest of the process (used in child processes)."""
        host_map = self
        setattr_ = monkeypatch.setattr if monkeypatch is not None else setattr

        def connect(sock, address):
            return _real_connect(sock, host_map._check_connect(sock, address))

        def connect_ex(sock, address):
            try:
                address = host_map._check_connect(sock, address)
            except BlockedConnection:
                return errno.ECONNREFUSED
            return _real_connect_ex(sock, address)

        setattr_(socket, "getaddrinfo", self.getaddrinfo)
        setattr_(socket, "gethostbyname", self.gethostbyname)
        setattr_(socket, "gethostbyname_ex", self.gethostbyname_ex)
        setattr_(socket.socket, "connect", connect)
        setattr_(socket.socket, "connect_ex", connect_ex)
        return self

    def subprocess_env(self, env: Mapping[str, str] | None = None) -> dict[str, str]:
        """An environment for a child Python process that applies this map (as it is now).

        Adds ``tests/support/subprocess_guard`` (a ``sitecustomize``) to ``PYTHONPATH`` and the
        table to ``SHOPSAFE_TEST_HOST_MAP``; start from ``env`` or ``os.environ``::

            subprocess.run([sys.executable, "-m", "desktop", "check", url],
                           env=host_map.subprocess_env())
        """
        result = dict(os.environ if env is None else env)
        guard = str(Path(__file__).resolve().parent / "subprocess_guard")
        result["PYTHONPATH"] = os.pathsep.join(p for p in (guard, result.get("PYTHONPATH", "")) if p)
        with self._lock:
            result["SHOPSAFE_TEST_HOST_MAP"] = json.dumps(self._table)
        return result


def _is_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]").split("%", 1)[0])
    except ValueError:
        return False
    return True
