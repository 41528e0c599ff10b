"""Real threaded HTTP and HTTPS servers on 127.0.0.1 for tests, with virtual hosts.

A :class:`TestServer` listens on an ephemeral loopback port and serves any number of
:class:`Site` objects, chosen by the ``Host`` header (and, over TLS, by SNI so each site presents
its own certificate kind). A site serves a folder of pages and/or custom route handlers, with an
optional delay before every response. Every request is logged (:class:`RequestRecord`).

Route handlers receive the live :class:`Handler` (a ``BaseHTTPRequestHandler``) and write the
response themselves, so hostile behaviour (endless bodies, slow drips, gzip bombs, redirect
loops, huge headers, invalid UTF-8) can be written in a few lines::

    def drip(req):
        req.send_response(200)
        req.send_header("Content-Type", "text/html")
        req.end_headers()
        for _ in range(50):
            req.wfile.write(b"x"); req.wfile.flush(); time.sleep(0.1)

    site = server.add_site("slow.test", routes={"/": drip})

The server shuts down cleanly (``close()``, or the fixture's teardown): it stops accepting,
closes open client connections and joins its threads.
"""

from __future__ import annotations

import mimetypes
import socket
import ssl
import sys
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from .certs import CertKind, TestCA, limit_to_legacy

__all__ = ["Handler", "RequestRecord", "Route", "Site", "TestServer", "write_site"]

Route = Callable[["Handler"], None]

_EXTRA_TYPES = {".html": "text/html; charset=utf-8", ".htm": "text/html; charset=utf-8",
                ".txt": "text/plain; charset=utf-8", ".json": "application/json",
                ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
                ".xml": "application/xml", ".svg": "image/svg+xml"}


@dataclass(frozen=True)
class RequestRecord:
    """One request as the server saw it."""

    method: str
    path: str  # the request target as sent (path and query)
    host: str | None  # the Host header without port, lower-cased
    sni: str | None  # the TLS server name the client sent (None over plain HTTP)
    time: float  # time.monotonic() when the request line was read
    headers: Mapping[str, str]
    site: str | None  # name of the site that answered (None: no site matched)


@dataclass
class Site:
    """A virtual host: pages from ``root``, custom ``routes`` first, shared ``headers``.

    ``routes`` maps an exact path (no query) to a handler; ``delay`` seconds pass before any
    response; ``cert`` is the certificate kind presented over TLS when the client's SNI names
    this site; ``content_types`` overrides the type of a path (``{"/x.html": "text/html;
    charset=iso-8859-1"}``).
    """

    names: tuple[str, ...]
    root: Path | None = None
    routes: dict[str, Route] = field(default_factory=dict)
    delay: float = 0.0
    cert: CertKind = CertKind.VALID
    headers: dict[str, str] = field(default_factory=dict)
    content_types: dict[str, str] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.names[0]

    def route(self, path: str) -> Callable[[Route], Route]:
        """Decorator form: ``@site.route("/contact")``."""

        def register(func: Route) -> Route:
            self.routes[path] = func
            return func

        return register


class Handler(BaseHTTPRequestHandler):
    """The request handler; route functions get this object (``req``)."""

    server: _Server
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes; without TCP_NODELAY a kept-alive client's
    # delayed ACK stalls every response by ~40 ms.
    disable_nagle_algorithm = True
    server_version = "ShopSafeTestServer/1"
    sys_version = ""
    _site: Site | None = None  # also None for errors sent before dispatch (malformed requests)

    # Helpers for route functions -------------------------------------------------------

    @property
    def site(self) -> Site | None:
        return self._site

    @property
    def test_server(self) -> TestServer:
        return self.server.owner

    @property
    def url_path(self) -> str:
        return urlsplit(self.path).path

    def send_body(self, body: bytes | str, status: int = 200, content_type: str = "text/html; charset=utf-8",
                  headers: Mapping[str, str] | None = None) -> None:
        """Send a complete response with Content-Length."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def redirect(self, location: str, status: int = 302) -> None:
        """Answer with a redirect to ``location`` (absolute or relative)."""
        self.send_body(b"", status=status, headers={"Location": location})

    # Machinery -----------------------------------------------------------------------

    def end_headers(self) -> None:
        if self._site is not None:
            for key, value in self._site.headers.items():
                self.send_header(key, value)
        super().end_headers()

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - quiet test output
        pass

    def do_GET(self) -> None:
        self._dispatch()

    do_HEAD = do_POST = do_PUT = do_DELETE = do_OPTIONS = do_PATCH = do_GET

    def _dispatch(self) -> None:
        owner = self.server.owner
        host_header = self.headers.get("Host")
        host = _strip_port(host_header) if host_header else None
        sni = getattr(self.connection, "_shopsafe_sni", None)
        self._site = owner.site_for(host or sni)
        owner._log(RequestRecord(self.command, self.path, host, sni, time.monotonic(),
                                 dict(self.headers.items()), self._site.name if self._site else None))
        if self._site is None:
            self.send_body(b"no such site\n", status=404, content_type="text/plain")
            return
        if self._site.delay:
            time.sleep(self._site.delay)
        route = self._site.routes.get(self.url_path)
        if route is not None:
            route(self)
        else:
            self._serve_file()

    def _serve_file(self) -> None:
        site = self._site
        assert site is not None
        if self.command not in ("GET", "HEAD") or site.root is None:
            self.close_connection = True  # an unread request body must not become the next request
            self.send_body(b"not found\n", status=404, content_type="text/plain",
                           headers={"Connection": "close"})
            return
        path = unquote(self.url_path)
        target = _resolve_file(site.root, path)
        if target is None:
            self.send_body(b"<h1>404 Not Found</h1>\n", status=404)
            return
        ctype = site.content_types.get(path) or _EXTRA_TYPES.get(target.suffix.lower())
        ctype = ctype or mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        self.send_body(target.read_bytes(), content_type=ctype)


def _strip_port(host: str) -> str:
    host = host.strip().lower()
    if host.startswith("["):
        return host[1:host.index("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _resolve_file(root: Path, path: str) -> Path | None:
    root = root.resolve()
    candidate = (root / path.lstrip("/")).resolve()
    if candidate != root and root not in candidate.parents:
        return None  # ../ escapes
    if candidate.is_dir():
        candidate = candidate / "index.html"
    elif not candidate.exists() and not candidate.suffix:
        candidate = candidate.with_suffix(".html")  # /contact -> contact.html
    return candidate if candidate.is_file() else None


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True

    def __init__(self, owner: TestServer) -> None:
        self.owner = owner
        self._conns: set[socket.socket] = set()
        self._conns_lock = threading.Lock()
        super().__init__(("127.0.0.1", 0), Handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind calls getfqdn(), a reverse DNS lookup we do not want.
        self.socket.bind(self.server_address)
        self.server_address = self.socket.getsockname()
        self.server_name, self.server_port = "127.0.0.1", self.server_address[1]

    def finish_request(self, request, client_address) -> None:
        with self._conns_lock:
            self._conns.add(request)
        conn = request
        try:
            ctx = self.owner.tls_context
            if ctx is not None:
                request.settimeout(10)
                try:
                    conn = ctx.wrap_socket(request, server_side=True)
                except (ssl.SSLError, OSError) as exc:
                    self.owner.tls_errors.append(exc)
                    return
                conn.settimeout(None)
                with self._conns_lock:
                    self._conns.add(conn)
            super().finish_request(conn, client_address)
        finally:
            with self._conns_lock:
                self._conns.discard(request)
                self._conns.discard(conn)
            if conn is not request:
                # wrap_socket detached ``request``; the TLS socket owns the descriptor now.
                self.shutdown_request(conn)

    def handle_error(self, request, client_address) -> None:
        # Clients hanging up mid-response are normal in hostile-server tests; anything else is
        # a bug in a route handler, kept so the fixture can fail the test with the traceback.
        exc = sys.exc_info()[1]
        if exc is not None and not isinstance(exc, OSError):
            self.owner.handler_errors.append(exc)

    def close_connections(self) -> None:
        with self._conns_lock:
            conns = list(self._conns)
        for conn in conns:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


class TestServer:
    """A running HTTP (``ca=None``) or HTTPS server on 127.0.0.1 with virtual hosts.

    ``legacy_tls=True`` limits the HTTPS server to TLS 1.0/1.1 (see
    ``certs.legacy_tls_supported``). ``on_site_added(name)`` is called for every site name (the
    fixtures use it to map the name in the test host map).
    """

    __test__ = False

    def __init__(self, ca: TestCA | None = None, *, legacy_tls: bool = False,
                 on_site_added: Callable[[str], None] | None = None) -> None:
        self.ca = ca
        self.legacy_tls = legacy_tls
        self.sites: list[Site] = []
        self.requests: list[RequestRecord] = []
        self.tls_errors: list[BaseException] = []
        self.handler_errors: list[BaseException] = []  # exceptions raised by route handlers
        self._on_site_added = on_site_added
        self._lock = threading.Lock()
        self._server = _Server(self)
        self.port: int = self._server.server_address[1]
        self.tls_context = self._make_tls_context() if ca is not None else None
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.01},
                                        name=f"test-server-{self.port}", daemon=True)
        self._thread.start()

    @property
    def scheme(self) -> str:
        return "https" if self.tls_context is not None else "http"

    # -- sites ---------------------------------------------------------------------------

    def add_site(self, *names: str, root: Path | str | None = None, routes: Mapping[str, Route] | None = None,
                 delay: float = 0.0, cert: CertKind = CertKind.VALID, headers: Mapping[str, str] | None = None,
                 content_types: Mapping[str, str] | None = None) -> Site:
        """Serve a new virtual host for ``names`` (the first is its main name)."""
        if not names:
            raise ValueError("a site needs at least one host name")
        site = Site(tuple(n.lower() for n in names), Path(root) if root is not None else None,
                    dict(routes or {}), delay, cert, dict(headers or {}), dict(content_types or {}))
        with self._lock:
            self.sites.append(site)
        if self._on_site_added is not None:
            for name in site.names:
                self._on_site_added(name)
        return site

    def site_for(self, host: str | None) -> Site | None:
        """The site named ``host``; the first site when the host is unknown or missing."""
        with self._lock:
            if host:
                for site in self.sites:
                    if host.lower() in site.names:
                        return site
            return self.sites[0] if self.sites else None

    def url(self, host: str | None = None, path: str = "/") -> str:
        """``scheme://host:port/path``; ``host`` defaults to the first site's name."""
        if host is None:
            host = self.sites[0].name if self.sites else "127.0.0.1"
        return f"{self.scheme}://{host}:{self.port}{path}"

    # -- TLS -----------------------------------------------------------------------------

    def _make_tls_context(self) -> ssl.SSLContext:
        assert self.ca is not None
        ca = self.ca
        # Without SNI (a client connecting to 127.0.0.1) the server shows a valid certificate
        # for localhost/127.0.0.1; with SNI it switches to the named site's certificate kind.
        # A fresh context, because the SNI callback must be this server's alone.
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        leaf = ca.issue(CertKind.VALID, ("localhost", "127.0.0.1"))
        ctx.load_cert_chain(leaf.cert_path, leaf.key_path)
        if self.legacy_tls:
            limit_to_legacy(ctx)

        def choose(sock, server_name: str | None, _ctx: ssl.SSLContext) -> None:
            sock._shopsafe_sni = server_name
            if server_name is None:
                return
            site = self.site_for(server_name)
            if site is not None:
                sock.context = ca.server_context(site.cert, site.names, legacy_tls=self.legacy_tls)

        ctx.sni_callback = choose
        return ctx

    # -- log and life cycle --------------------------------------------------------------

    def _log(self, record: RequestRecord) -> None:
        with self._lock:
            self.requests.append(record)

    def requests_for(self, host: str) -> list[RequestRecord]:
        """The logged requests whose Host header (or SNI) was ``host``."""
        host = host.lower()
        with self._lock:
            return [r for r in self.requests if (r.host or r.sni) == host]

    def close(self) -> None:
        """Stop serving, drop open connections and join the server thread. Idempotent."""
        if not self._thread.is_alive():
            return
        self._server.shutdown()
        self._server.close_connections()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> TestServer:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def write_site(folder: Path | str, pages: Mapping[str, str | bytes]) -> Path:
    """Write ``{"index.html": "...", "contact.html": "..."}`` into ``folder`` (created)."""
    folder = Path(folder)
    for rel, content in pages.items():
        target = folder / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            target.write_text(content, encoding="utf-8")
        else:
            target.write_bytes(content)
    return folder
