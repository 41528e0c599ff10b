"""The one network module every online check goes through (no Qt).

A :class:`Client` fetches pages for one check under strict bounds:

- one :class:`Deadline` for the whole check; connect and read time-outs never exceed what is left
  of it, and a watchdog thread shuts the sockets down when it passes or when the
  :class:`~desktop.cancel.CancelToken` fires, so even a server that drips one byte a second or
  sends endless headers cannot hold a check past its deadline;
- bodies are streamed and cut at ``max_bytes``; gzip/deflate are decoded here, chunk by chunk,
  counting decoded bytes (a gzip bomb stops at the cap, not in memory);
- at most :data:`MAX_REDIRECTS` redirects, followed by hand, each hop re-validated; http and https
  only; no cookies kept; never runs JavaScript or renders anything;
- before any socket is opened the address is checked: loopback, private, link-local, reserved and
  other non-global addresses are refused unless the host is one the user named (the pasted link's
  host, or a host given in ``CheckOptions.resolve``);
- ``CheckOptions.offline`` raises :class:`NetworkOffline` before any socket;
- ``CheckOptions.resolve`` works like curl's ``--resolve``: the connection goes to the given
  address (and port) while Host, SNI and certificate verification keep the name;
  ``CheckOptions.ca_bundle`` replaces the system trust store.

Errors: every failure is a :class:`~desktop.net.errors.NetworkError` with a translatable
``message``; the tree is documented once, in :mod:`desktop.net.errors` (re-exported here, with
the address rules of :mod:`desktop.net.address`).
"""

from __future__ import annotations

import http.client
import http.cookiejar
import re
import socket
import threading
import time
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import requests
import urllib3
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import ConnectTimeoutError, NewConnectionError

from desktop import __version__
from desktop.cancel import CancelToken
from desktop.net.charset import decode_body
from desktop.net.options import CheckOptions
from desktop.net.address import is_public_address, parse_resolve_arg, resolve_hosts, resolve_target
from desktop.net.errors import (
    MAX_REDIRECTS,
    BlockedAddress,
    FetchFailed,
    FetchTimeout,
    NetworkError,
    NetworkOffline,
    TlsFailure,
    TooLarge,
    TooManyRedirects,
    UnsupportedScheme,
)
from desktop.errors import Cancelled

__all__ = [
    "MAX_REDIRECTS",
    "BlockedAddress",
    "Client",
    "Deadline",
    "FetchFailed",
    "FetchTimeout",
    "NetworkError",
    "NetworkOffline",
    "Page",
    "TlsFailure",
    "TooLarge",
    "TooManyRedirects",
    "UnsupportedScheme",
    "is_public_address",
    "parse_resolve_arg",
    "resolve_target",
]

DEFAULT_MAX_BYTES = 3 * 1024 * 1024
CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 8.0
_CHUNK = 16 * 1024
USER_AGENT = f"ShopSafe/{__version__} (shop safety check; no JavaScript)"


# --------------------------------------------------------------------------- deadline


class Deadline:
    """A point in time after which a check stops. Thread-safe (immutable after creation)."""

    def __init__(self, seconds: float, *, clock=time.monotonic) -> None:
        self.seconds = float(seconds)
        self._clock = clock
        self._end = clock() + self.seconds

    def remaining(self) -> float:
        """Seconds left, never negative."""
        return max(0.0, self._end - self._clock())

    @property
    def expired(self) -> bool:
        """True once the deadline has passed."""
        return self._clock() >= self._end

    def bound(self, timeout: float) -> float:
        """``timeout`` shortened to what is left (never below a few milliseconds)."""
        return max(0.01, min(timeout, self.remaining()))

    def check(self, url: str) -> None:
        """Raise :class:`FetchTimeout` if the deadline has passed."""
        if self.expired:
            raise FetchTimeout(url, self.seconds)


# --------------------------------------------------------------------------- page


@dataclass(frozen=True)
class Page:
    """One fetched response. ``text`` is ``body`` decoded (invalid bytes replaced)."""

    url: str
    final_url: str
    status: int
    headers: Mapping[str, str]
    body: bytes
    text: str
    content_type: str
    redirects: tuple[tuple[int, str], ...] = ()
    elapsed: float = 0.0
    fetched_at: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))

    @property
    def is_html(self) -> bool:
        return "html" in self.content_type or self.body.lstrip()[:15].lower().startswith(
            (b"<!doctype html", b"<html")
        )


# --------------------------------------------------------------------------- connections


class _Guard:
    """Per-client socket policy and watchdog: resolves, validates, tracks and kills sockets."""

    def __init__(self, client: Client) -> None:
        self.client = client
        self.connections: list[HTTPConnection] = []
        self.sockets: list[socket.socket] = []
        self.lock = threading.Lock()

    def connect(self, conn: HTTPConnection) -> socket.socket:
        sock = self.open(conn.host, conn.port, conn.timeout)
        with self.lock:
            # urllib3 wraps the socket for TLS (conn.sock becomes the SSLSocket), so the
            # watchdog keeps the connection and shuts down whatever socket it holds then.
            self.connections = [c for c in self.connections if c.sock is not None]
            self.connections.append(conn)
        return sock

    def track(self, sock: socket.socket) -> None:
        with self.lock:
            self.sockets = [s for s in self.sockets if s.fileno() != -1]
            self.sockets.append(sock)

    def open(self, host: str, port: int, timeout: float | None) -> socket.socket:
        client = self.client
        url = f"{host}:{port}"
        client._check_live(url)
        target = resolve_target(client.options.resolve, host, port)
        if target:
            candidates = [target]
        else:
            try:
                infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
            except socket.gaierror as exc:
                raise FetchFailed(host, str(exc.strerror or exc), exc) from None
            candidates = [(info[4][0], port) for info in infos]
        allowed = host.lower().rstrip(".") in client.allowed_hosts
        for addr, _ in candidates:
            if not allowed and not is_public_address(addr):
                raise BlockedAddress(host, addr)
        last: OSError | None = None
        budget = client.deadline.bound(timeout or CONNECT_TIMEOUT)
        for addr, cport in candidates:
            try:
                sock = socket.create_connection((addr, cport), timeout=budget)
            except OSError as exc:
                last = exc
                continue
            return sock
        assert last is not None
        raise last

    def kill_all(self) -> None:
        with self.lock:
            for sock in [c.sock for c in self.connections] + self.sockets:
                if sock is None:
                    continue
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except (OSError, ValueError):
                    pass


def _connection_classes(guard: _Guard) -> tuple[type, type]:
    def new_conn(conn: HTTPConnection) -> socket.socket:
        try:
            return guard.connect(conn)
        except TimeoutError as exc:
            raise ConnectTimeoutError(conn, f"connect to {conn.host} timed out") from exc
        except OSError as exc:
            raise NewConnectionError(conn, f"could not connect: {exc}") from exc

    class GuardedHTTPConnection(HTTPConnection):
        _new_conn = new_conn

    class GuardedHTTPSConnection(HTTPSConnection):
        _new_conn = new_conn

    class GuardedHTTPPool(HTTPConnectionPool):
        ConnectionCls = GuardedHTTPConnection

    class GuardedHTTPSPool(HTTPSConnectionPool):
        ConnectionCls = GuardedHTTPSConnection

    return GuardedHTTPPool, GuardedHTTPSPool


class _GuardedAdapter(HTTPAdapter):
    def __init__(self, guard: _Guard) -> None:
        self._pools = _connection_classes(guard)
        super().__init__(max_retries=0)

    def init_poolmanager(self, *args, **kwargs) -> None:
        super().init_poolmanager(*args, **kwargs)
        http_pool, https_pool = self._pools
        self.poolmanager.pool_classes_by_scheme = {"http": http_pool, "https": https_pool}


class _NoCookies(http.cookiejar.DefaultCookiePolicy):
    def set_ok(self, cookie, request) -> bool:  # noqa: ARG002 - policy signature
        return False

    def return_ok(self, cookie, request) -> bool:  # noqa: ARG002
        return False


# --------------------------------------------------------------------------- client


class Client:
    """Fetches pages for one check within its bounds. Use as a context manager.

    ``user_hosts`` are the hosts the user named (the pasted link's host); they, and every host in
    ``options.resolve``, may resolve to private addresses. One client may be used from one thread
    at a time; give each parallel check its own client (they can share a :class:`Deadline`).
    """

    def __init__(
        self,
        options: CheckOptions,
        *,
        user_hosts: Iterable[str] = (),
        deadline: Deadline | None = None,
        cancel: CancelToken | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
    ) -> None:
        self.options = options
        self.deadline = deadline or Deadline(options.deadline)
        self.cancel = cancel
        self.max_bytes = max_bytes
        self.allowed_hosts = {h.lower().rstrip(".") for h in user_hosts} | resolve_hosts(
            options.resolve
        )
        self._guard = _Guard(self)
        self._closed = threading.Event()
        self._watchdog: threading.Thread | None = None
        self.session = requests.Session()
        self.session.trust_env = False  # no proxies/.netrc from the environment
        self.session.cookies = requests.cookies.RequestsCookieJar(policy=_NoCookies())
        self.session.headers.update(
            {
                "User-Agent": USER_AGENT,
                "Accept": "text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.5",
                "Accept-Encoding": "gzip, deflate",
                "Accept-Language": f"{options.language},en;q=0.7",
            }
        )
        self.session.verify = str(options.ca_bundle) if options.ca_bundle else True
        adapter = _GuardedAdapter(self._guard)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)

    # -- lifecycle
    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the watchdog and close pooled connections. Idempotent."""
        self._closed.set()
        self.session.close()

    def _start_watchdog(self) -> None:
        if self._watchdog is None:
            self._watchdog = threading.Thread(target=self._watch, name="net-watchdog", daemon=True)
            self._watchdog.start()

    def _watch(self) -> None:
        while not self._closed.wait(0.05):
            if self.deadline.expired or (self.cancel is not None and self.cancel.cancelled):
                self._guard.kill_all()
                if self.deadline.expired:
                    return

    def _check_live(self, url: str) -> None:
        if self.options.offline:
            raise NetworkOffline(url)
        if self.cancel is not None:
            self.cancel.raise_if_cancelled()
        self.deadline.check(url)

    # -- raw sockets (the TLS check)
    def open_socket(self, host: str, port: int) -> socket.socket:
        """A TCP connection to ``host:port`` under the same rules as :meth:`fetch`.

        The resolve map, the address policy, offline mode, the deadline and cancellation apply;
        the caller owns (and closes) the socket. Pass it, or the ``SSLSocket`` wrapping it, to
        :meth:`watch` so the deadline can interrupt it. Raises like :meth:`fetch`.
        """
        self._check_live(f"{host}:{port}")
        self._start_watchdog()
        try:
            sock = self._guard.open(host, port, CONNECT_TIMEOUT)
        except TimeoutError:
            self.raise_if_stopped(f"{host}:{port}")
            raise FetchTimeout(f"{host}:{port}", CONNECT_TIMEOUT) from None
        except OSError as exc:
            self.raise_if_stopped(f"{host}:{port}")
            raise FetchFailed(f"{host}:{port}", _reason(exc), exc) from None
        sock.settimeout(self.deadline.bound(READ_TIMEOUT))
        self.watch(sock)
        return sock

    def watch(self, sock: socket.socket) -> None:
        """Let the deadline watchdog and the cancel token shut ``sock`` down."""
        self._guard.track(sock)

    # -- fetching
    def fetch(
        self, url: str, *, max_bytes: int | None = None, headers: Mapping[str, str] | None = None
    ) -> Page:
        """GET ``url`` following at most :data:`MAX_REDIRECTS` redirects; return the final page.

        Any HTTP status is returned (a 404 is a page). Raises a :class:`NetworkError` subclass
        when the fetch could not complete, or :class:`~desktop.errors.Cancelled`.
        """
        self._check_live(url)
        self._start_watchdog()
        started = time.monotonic()
        limit = max_bytes or self.max_bytes
        hops: list[tuple[int, str]] = []
        current = url
        while True:
            if _scheme(current) not in ("http", "https"):
                raise UnsupportedScheme(current)
            self._check_live(current)
            response = self._send(current, headers)
            try:
                if response.is_redirect:
                    location = response.headers.get("location", "")
                    if len(hops) >= MAX_REDIRECTS:
                        raise TooManyRedirects(url)
                    hops.append((response.status_code, current))
                    current = _redirect_target(current, location)
                    continue
                body = self._read_body(response, current, limit)
                content_type = response.headers.get("content-type", "")
                return Page(
                    url=url,
                    final_url=current,
                    status=response.status_code,
                    headers=dict(response.headers),
                    body=body,
                    text=decode_body(body, content_type),
                    content_type=content_type.lower(),
                    redirects=tuple(hops),
                    elapsed=time.monotonic() - started,
                )
            finally:
                response.close()

    def _send(self, url: str, headers: Mapping[str, str] | None) -> requests.Response:
        timeout = (self.deadline.bound(CONNECT_TIMEOUT), self.deadline.bound(READ_TIMEOUT))
        try:
            return self.session.get(
                url, stream=True, allow_redirects=False, timeout=timeout, headers=headers
            )
        except requests.exceptions.SSLError as exc:
            self.raise_if_stopped(url)
            raise TlsFailure(url, _reason(exc), exc) from None
        except requests.exceptions.Timeout:
            self.raise_if_stopped(url)
            raise FetchTimeout(url, timeout[1]) from None
        except (requests.RequestException, http.client.HTTPException, OSError,
                ValueError, UnicodeError) as exc:
            # ValueError/UnicodeError: urllib3 and idna reject hostile hosts ("[::1", a label
            # of 64+ characters) with plain errors instead of a RequestException.
            self.raise_if_stopped(url)
            raise FetchFailed(url, _reason(exc), exc) from None

    def raise_if_stopped(self, url: str) -> None:
        """Raise ``Cancelled`` if the check was cancelled, :class:`FetchTimeout` if its deadline
        passed; otherwise return. For callers that own a socket (the TLS check) and must tell a
        failure caused by stopping it from a real one."""
        if self.cancel is not None and self.cancel.cancelled:
            raise Cancelled()
        self.deadline.check(url)

    def _read_body(self, response: requests.Response, url: str, limit: int) -> bytes:
        encoding = response.headers.get("content-encoding", "identity").strip().lower()
        if encoding in ("gzip", "x-gzip"):
            decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            decoder = zlib.decompressobj()
        elif encoding in ("", "identity"):
            decoder = None
        else:
            raise FetchFailed(url, f"unsupported content encoding {encoding!r}")
        out = bytearray()
        raw_total = 0
        try:
            while True:
                self.raise_if_stopped(url)
                chunk = response.raw.read(_CHUNK, decode_content=False)
                if not chunk:
                    break
                raw_total += len(chunk)
                if raw_total > limit:
                    raise TooLarge(url, limit)
                if decoder is None:
                    out += chunk
                else:
                    data = chunk
                    while data:
                        out += decoder.decompress(data, limit + 1 - len(out))
                        if len(out) > limit:
                            raise TooLarge(url, limit)
                        data = decoder.unconsumed_tail
                if len(out) > limit:
                    raise TooLarge(url, limit)
            if decoder is not None:
                out += decoder.flush()
                if len(out) > limit:
                    raise TooLarge(url, limit)
        except (urllib3.exceptions.HTTPError, http.client.HTTPException, OSError) as exc:
            self.raise_if_stopped(url)
            if isinstance(exc, urllib3.exceptions.ReadTimeoutError | TimeoutError):
                raise FetchTimeout(url, READ_TIMEOUT) from None
            raise FetchFailed(url, _reason(exc), exc) from None
        except zlib.error as exc:
            raise FetchFailed(url, f"bad compressed data ({exc})") from None
        return bytes(out)


def _scheme(url: str) -> str:
    try:
        return urlsplit(url).scheme
    except ValueError:  # "http://[::1": an unclosed IPv6 literal
        return ""


def _redirect_target(current: str, location: str) -> str:
    """The absolute URL a ``Location`` header points to; :class:`FetchFailed` when a hostile
    server sends one that is no URL at all (``http://[::1``, control characters)."""
    try:
        target = urljoin(current, location.strip())
        urlsplit(target).port  # noqa: B018 - raises ValueError for a malformed authority
    except ValueError as exc:
        raise FetchFailed(current, f"malformed redirect Location {location[:80]!r} ({exc})") from None
    if any(ord(c) < 0x20 or c == "\x7f" for c in target):
        raise FetchFailed(current, f"malformed redirect Location {location[:80]!r}")
    return target


def _reason(exc: BaseException) -> str:
    """A short technical reason from a chain of wrapped requests/urllib3 exceptions."""
    seen = exc
    while True:
        inner = getattr(seen, "reason", None) or (seen.args[0] if seen.args else None)
        if isinstance(inner, BaseException) and inner is not seen:
            seen = inner
            continue
        break
    text = str(seen) or type(seen).__name__
    text = re.sub(r"<urllib3\.[^>]+>:?\s*", "", text)
    return text[:300]
