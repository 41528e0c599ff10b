"""Hostile HTTP handlers for the network-bounds tests (routes for ``TestServer.add_site``).

Each function returns a route handler. They misbehave the way real hostile or broken servers do:
an endless body, a slow drip, a gzip bomb, a redirect loop, a redirect into the local network,
invalid UTF-8, huge headers; and hostile *content*: charset names that are no text encoding,
a malformed ``Location``, markup that makes ``html.parser`` quadratic, JSON-LD nested a thousand
deep, redirects by meta refresh or script. The client under test must end each within its
deadline, and the checks must report them rather than raise.
"""

from __future__ import annotations

import gzip
import io
import time
from collections.abc import Callable

__all__ = [
    "client_redirect",
    "deep_json_ld",
    "endless_body",
    "page",
    "gzip_bomb",
    "huge_headers",
    "invalid_utf8",
    "malformed_location",
    "quadratic_markup",
    "redirect_loop",
    "redirect_to",
    "slow_drip",
    "slow_headers",
]


def _safe(write: Callable[[], None]) -> None:
    try:
        write()
    except (BrokenPipeError, ConnectionResetError, OSError):
        pass  # the client hung up, as it should


def endless_body(chunk: int = 64 * 1024, seconds: float = 30.0):
    """200 with no length, sending zeros until the client hangs up (or ``seconds`` pass)."""

    def route(req) -> None:
        def write() -> None:
            req.send_response(200)
            req.send_header("Content-Type", "text/html")
            req.send_header("Connection", "close")
            req.end_headers()
            end = time.monotonic() + seconds
            block = b"<p>" + b"a" * chunk + b"</p>"
            while time.monotonic() < end:
                req.wfile.write(block)

        _safe(write)
        req.close_connection = True

    return route


def slow_drip(interval: float = 0.5, total: int = 10_000):
    """Headers at once, then one byte every ``interval`` seconds (a read time-out never fires)."""

    def route(req) -> None:
        def write() -> None:
            req.send_response(200)
            req.send_header("Content-Type", "text/html")
            req.send_header("Content-Length", str(total))
            req.end_headers()
            for _ in range(total):
                req.wfile.write(b"x")
                req.wfile.flush()
                time.sleep(interval)

        _safe(write)

    return route


def slow_headers(interval: float = 0.5, count: int = 90):
    """Headers trickled one line at a time: the time is lost before any body arrives."""

    def route(req) -> None:
        def write() -> None:
            req.wfile.write(b"HTTP/1.1 200 OK\r\n")
            for i in range(count):
                req.wfile.write(f"X-Slow-{i}: {i}\r\n".encode())
                req.wfile.flush()
                time.sleep(interval)
            req.wfile.write(b"Content-Length: 0\r\n\r\n")

        _safe(write)
        req.close_connection = True

    return route


def gzip_bomb(decoded_mb: int = 200):
    """A small gzip body that expands to ``decoded_mb`` MB of zeros."""
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", compresslevel=9) as zipped:
        block = b"\0" * (1024 * 1024)
        for _ in range(decoded_mb):
            zipped.write(block)
    payload = buffer.getvalue()

    def route(req) -> None:
        _safe(lambda: req.send_body(payload, headers={"Content-Encoding": "gzip"}))

    route.payload_size = len(payload)  # type: ignore[attr-defined]
    return route


def redirect_loop(path: str = "/loop"):
    """Redirects to itself with a growing query, forever."""

    def route(req) -> None:
        count = int(req.path.rsplit("=", 1)[-1]) if "=" in req.path else 0
        req.redirect(f"{path}?n={count + 1}")

    return route


def redirect_to(location: str, status: int = 302):
    """Redirects to ``location`` (e.g. ``http://127.0.0.1:PORT/admin``)."""

    def route(req) -> None:
        req.redirect(location, status=status)

    return route


def invalid_utf8():
    """Declares UTF-8 and sends bytes that are not UTF-8 around a readable contact line."""
    body = (
        b"<html><head><title>Toko \xff\xfe Murah</title></head><body>"
        b"<p>Hubungi kami: cs@toko-murah.test \xc3\x28 \xa0\xa1</p></body></html>"
    )

    def route(req) -> None:
        _safe(lambda: req.send_body(body, content_type="text/html; charset=utf-8"))

    return route


def huge_headers(count: int = 500, size: int = 8000):
    """More and longer header lines than any sane client accepts."""

    def route(req) -> None:
        def write() -> None:
            req.send_response(200)
            for i in range(count):
                req.send_header(f"X-Junk-{i}", "j" * size)
            req.send_header("Content-Length", "2")
            req.end_headers()
            req.wfile.write(b"ok")

        _safe(write)
        req.close_connection = True

    return route


SHOP_BODY = ("<html><head><title>Toko Hostile</title></head><body><h1>Toko Hostile</h1>"
             "<p>Batik tulis dan cap dari Yogyakarta, dijahit rapi dan dikirim ke seluruh Indonesia. "
             "Semua kain kami pilih sendiri dari pengrajin setempat.</p>"
             "<p>Hubungi kami: cs@toko-hostile.co.id, telepon +62 21 5550 1234.</p>"
             "<p>Pembayaran: kartu kredit, COD.</p>"
             '<p><a href="/kebijakan-privasi">Kebijakan Privasi</a> '
             '<a href="/kebijakan-pengembalian">Kebijakan Pengembalian</a></p>')
POLICY_PAGES = {"/kebijakan-privasi": "<h1>Kebijakan Privasi</h1><p>Data Anda hanya dipakai untuk pesanan.</p>",
                "/kebijakan-pengembalian": "<h1>Kebijakan Pengembalian</h1><p>Retur dalam 7 hari.</p>"}


def page(body: bytes | str, content_type: str = "text/html; charset=utf-8", status: int = 200):
    """Any body with any ``Content-Type`` (``charset=undefined``, ``charset=utf-7``...) and status."""

    def route(req) -> None:
        _safe(lambda: req.send_body(body, status=status, content_type=content_type))

    return route


def malformed_location(location: str = "http://[::1"):
    """A redirect whose ``Location`` is no URL at all (an unclosed IPv6 literal by default)."""

    def route(req) -> None:
        _safe(lambda: req.send_body(b"", status=302, headers={"Location": location}))

    return route


def quadratic_markup(repeat: int = 10_000, unit: str = "<a href=x "):
    """A shop page followed by ``repeat`` unfinished start tags (108 KB by default): Python's
    ``html.parser`` (before 3.13.4) needs minutes to close such a page."""
    body = SHOP_BODY + unit * repeat

    def route(req) -> None:
        _safe(lambda: req.send_body(body))

    route.body = body  # type: ignore[attr-defined]
    return route


def deep_json_ld(depth: int = 1_000):
    """A shop page whose JSON-LD nests ``depth`` levels (past Python's recursion limit)."""
    nested = '{"@type":"Organization","member":' * depth + "1" + "}" * depth
    body = (SHOP_BODY.replace("</head>", f'<script type="application/ld+json">{nested}</script>'
                              f'<script type="application/ld+json">{"[" * depth}{"]" * depth}</script></head>'))

    def route(req) -> None:
        _safe(lambda: req.send_body(body))

    return route


def client_redirect(target: str, how: str = "meta"):
    """A page that sends browsers on to ``target`` by meta refresh (``how="meta"``) or script."""
    if how == "meta":
        head = f'<meta http-equiv="refresh" content="0; url={target}">'
    else:
        head = f'<script>window.location.href = "{target}";</script>'
    body = SHOP_BODY.replace("</head>", head + "</head>") + "<p>Mengalihkan...</p></body></html>"

    def route(req) -> None:
        _safe(lambda: req.send_body(body))

    return route
