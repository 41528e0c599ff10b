"""The loopback servers serve real pages over HTTP and HTTPS, per virtual host."""

from __future__ import annotations

import http.client
import socket
import ssl
import threading
import time

import pytest
import requests
from cryptography.hazmat.primitives.serialization import Encoding

from support import CertKind, TestServer, write_site

PAGES = {
    "index.html": "<h1>Toko Aman</h1><a href='/contact.html'>Hubungi kami</a>",
    "contact.html": "<p>WhatsApp +62 812 3456 7890</p>",
    "about/index.html": "<p>Tentang kami</p>",
    "data.json": '{"ok": true}',
    "logo.png": b"\x89PNG\r\n\x1a\n",
}


@pytest.fixture
def shop_dir(tmp_path):
    return write_site(tmp_path / "shop", PAGES)


def get(url: str, ca_bundle=None, **kwargs) -> requests.Response:
    kwargs.setdefault("timeout", 5)
    return requests.get(url, verify=str(ca_bundle) if ca_bundle else True, **kwargs)


def test_http_serves_a_folder_with_content_types(http_server: TestServer, shop_dir) -> None:
    http_server.add_site("shop.test", root=shop_dir)
    index = get(http_server.url("shop.test", "/"))
    assert index.status_code == 200 and "Toko Aman" in index.text
    assert index.headers["Content-Type"] == "text/html; charset=utf-8"
    assert "+62 812" in get(http_server.url("shop.test", "/contact")).text  # extension-less
    assert "Tentang" in get(http_server.url("shop.test", "/about/")).text  # folder index
    assert get(http_server.url("shop.test", "/data.json")).headers["Content-Type"] == "application/json"
    assert get(http_server.url("shop.test", "/logo.png")).headers["Content-Type"] == "image/png"
    assert get(http_server.url("shop.test", "/missing.html")).status_code == 404
    assert get(http_server.url("shop.test", "/../../etc/passwd")).status_code == 404
    assert http_server.url("shop.test").startswith("http://shop.test:")


def test_https_valid_site_passes_with_the_bundle(https_server: TestServer, shop_dir, ca_bundle) -> None:
    https_server.add_site("shop.test", root=shop_dir)
    response = get(https_server.url("shop.test", "/contact.html"), ca_bundle)
    assert response.status_code == 200 and "WhatsApp" in response.text
    # ... and fails against the system trust store: the test CA is not trusted by default.
    with pytest.raises(requests.exceptions.SSLError):
        get(https_server.url("shop.test"))


@pytest.mark.parametrize("kind", list(CertKind))
def test_each_certificate_kind_over_real_https(https_server: TestServer, shop_dir, ca_bundle, kind) -> None:
    https_server.add_site("shop.test", root=shop_dir, cert=kind)
    if kind.verifies:
        assert get(https_server.url("shop.test"), ca_bundle).status_code == 200
    else:
        with pytest.raises(requests.exceptions.SSLError):
            get(https_server.url("shop.test"), ca_bundle)
    # The server presented the certificate of the requested kind.
    ctx = ssl.create_default_context()
    ctx.check_hostname, ctx.verify_mode = False, ssl.CERT_NONE
    with socket.create_connection(("shop.test", https_server.port), timeout=5) as raw:
        with ctx.wrap_socket(raw, server_hostname="shop.test") as tls:
            der = tls.getpeercert(binary_form=True)
    assert der == https_server.ca.issue(kind, ("shop.test",)).certificate.public_bytes(Encoding.DER)


def test_virtual_hosts_share_one_server_with_their_own_certificates(https_server, tmp_path, ca_bundle) -> None:
    sites = {name: write_site(tmp_path / name, {"index.html": f"<title>{name}</title>"})
             for name in ("shop.test", "toko.test", "tienda.test", "fake-shop.test")}
    https_server.add_site("shop.test", "www.shop.test", root=sites["shop.test"])
    https_server.add_site("toko.test", root=sites["toko.test"])
    https_server.add_site("tienda.test", root=sites["tienda.test"])
    https_server.add_site("fake-shop.test", root=sites["fake-shop.test"], cert=CertKind.SELF_SIGNED)
    for name in ("shop.test", "toko.test", "tienda.test"):
        assert f"<title>{name}</title>" in get(https_server.url(name), ca_bundle).text
    assert "<title>shop.test</title>" in get(https_server.url("www.shop.test"), ca_bundle).text
    with pytest.raises(requests.exceptions.SSLError):
        get(https_server.url("fake-shop.test"), ca_bundle)
    assert [r.sni for r in https_server.requests_for("toko.test")] == ["toko.test"]
    deadline = time.monotonic() + 5  # the server thread records the failure asynchronously
    while not https_server.tls_errors and time.monotonic() < deadline:
        time.sleep(0.01)
    assert https_server.tls_errors, "the refused handshake is recorded"


def test_host_header_picks_the_site_over_plain_http(http_server, tmp_path) -> None:
    a = write_site(tmp_path / "a", {"index.html": "site A"})
    b = write_site(tmp_path / "b", {"index.html": "site B"})
    http_server.add_site("a.test", root=a)
    http_server.add_site("b.test", root=b)
    base = f"http://127.0.0.1:{http_server.port}/"
    assert get(base, headers={"Host": "b.test"}).text == "site B"
    assert get(base, headers={"Host": "unknown.test"}).text == "site A"  # first site is default
    assert get(base).text == "site A"


def test_routes_and_request_log(http_server) -> None:
    site = http_server.add_site("shop.test", headers={"X-Site": "shop"})

    @site.route("/loop")
    def loop(req):
        req.redirect("/loop")

    @site.route("/echo")
    def echo(req):
        req.send_body(req.headers.get("User-Agent", ""), content_type="text/plain")

    with pytest.raises(requests.exceptions.TooManyRedirects):
        get(http_server.url("shop.test", "/loop"))
    response = get(http_server.url("shop.test", "/echo?x=1"), headers={"User-Agent": "probe/1"})
    assert response.text == "probe/1" and response.headers["X-Site"] == "shop"
    last = http_server.requests[-1]
    assert (last.method, last.path, last.host, last.sni, last.site) == ("GET", "/echo?x=1", "shop.test", None, "shop.test")
    assert last.headers["User-Agent"] == "probe/1"
    assert len([r for r in http_server.requests if r.path == "/loop"]) == 31  # requests' default limit + 1
    times = [r.time for r in http_server.requests]
    assert times == sorted(times)


def test_redirect_to_another_host_on_another_server(make_server, ca_bundle) -> None:
    target = make_server()
    target.add_site("toko.test", routes={"/": lambda req: req.send_body("arrived")})
    origin = make_server(tls=False)
    origin.add_site("shop.test", routes={"/go": lambda req: req.redirect(target.url("toko.test"), 301)})
    response = get(origin.url("shop.test", "/go"), ca_bundle)
    assert response.text == "arrived" and response.url == target.url("toko.test")
    assert [r.status_code for r in response.history] == [301]


def test_delay_is_applied_to_every_response(http_server) -> None:
    http_server.add_site("slow.test", routes={"/": lambda req: req.send_body("late")}, delay=1.0)
    http_server.add_site("fast.test", routes={"/": lambda req: req.send_body("now")})
    start = time.monotonic()
    assert get(http_server.url("slow.test")).text == "late"
    assert time.monotonic() - start >= 1.0
    with pytest.raises(requests.exceptions.ReadTimeout):
        get(http_server.url("slow.test"), timeout=0.2)
    start = time.monotonic()
    assert get(http_server.url("fast.test")).text == "now"
    assert time.monotonic() - start < 0.8  # margin for a loaded machine; the delay is 1 s


def test_slow_drip_route_can_be_cut_by_the_client(http_server) -> None:
    stop = threading.Event()

    def drip(req):
        req.send_response(200)
        req.send_header("Content-Type", "text/html")
        req.end_headers()
        while not stop.is_set():  # an endless body, one byte at a time
            req.wfile.write(b"x")
            req.wfile.flush()
            time.sleep(0.01)

    http_server.add_site("drip.test", routes={"/": drip})
    try:
        with requests.get(http_server.url("drip.test"), stream=True, timeout=5) as response:
            received = b""
            for chunk in response.iter_content(1):
                received += chunk
                if len(received) >= 20:
                    break
        assert received == b"x" * 20
    finally:
        stop.set()


def test_concurrent_requests_are_served_in_parallel(http_server) -> None:
    http_server.add_site("shop.test", routes={"/": lambda req: req.send_body("ok")}, delay=0.5)
    results: list[str] = []
    threads = [threading.Thread(target=lambda: results.append(get(http_server.url("shop.test")).text))
               for _ in range(6)]
    start = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == ["ok"] * 6
    assert time.monotonic() - start < 2.0  # one after another would take 3 s


def test_close_stops_serving_and_is_idempotent(http_server) -> None:
    http_server.add_site("shop.test", routes={"/": lambda req: req.send_body("ok")})
    port = http_server.port
    assert get(http_server.url("shop.test")).text == "ok"
    http_server.close()
    http_server.close()
    with pytest.raises(requests.exceptions.ConnectionError):
        get(f"http://127.0.0.1:{port}/", timeout=2)


def test_http_client_without_requests(https_server, test_ca) -> None:
    https_server.add_site("shop.test", routes={"/": lambda req: req.send_body("plain")})
    conn = http.client.HTTPSConnection("shop.test", https_server.port, context=test_ca.client_context(), timeout=5)
    try:
        conn.request("GET", "/")
        response = conn.getresponse()
        assert response.status == 200 and response.read() == b"plain"
    finally:
        conn.close()


def test_no_sni_gets_a_certificate_for_the_loopback_address(https_server, ca_bundle) -> None:
    https_server.add_site("shop.test", routes={"/": lambda req: req.send_body("ip")})
    assert get(f"https://127.0.0.1:{https_server.port}/", ca_bundle).text == "ip"


def test_a_crashing_route_is_recorded_not_swallowed(tmp_path) -> None:
    with TestServer(None) as server:
        server.add_site("shop.test", routes={"/": lambda req: 1 / 0})
        with socket.create_connection(("127.0.0.1", server.port), timeout=5) as sock:
            sock.sendall(b"GET / HTTP/1.1\r\nHost: shop.test\r\n\r\n")
            assert sock.recv(100) == b""  # the server hung up without a response
        deadline = time.monotonic() + 5
        while not server.handler_errors and time.monotonic() < deadline:
            time.sleep(0.01)
    assert [type(e) for e in server.handler_errors] == [ZeroDivisionError]


def test_client_hang_ups_are_not_errors(http_server) -> None:
    def endless(req):
        req.send_response(200)
        req.end_headers()
        for _ in range(10_000):
            req.wfile.write(b"x" * 65536)  # raises BrokenPipe/ConnectionReset once the client leaves

    http_server.add_site("shop.test", routes={"/": endless})
    with requests.get(http_server.url("shop.test"), stream=True, timeout=5) as response:
        assert len(response.raw.read(1000)) == 1000
    time.sleep(0.2)
    assert http_server.handler_errors == []


def test_kept_alive_connections_do_not_stall_on_delayed_acks(https_server, ca_bundle) -> None:
    # Without TCP_NODELAY each response on a kept-alive connection waits ~40 ms for the
    # client's delayed ACK (header and body are separate writes): 40 requests would take >1.6 s.
    https_server.add_site("shop.test", routes={"/": lambda req: req.send_body("x" * 5000)})
    with requests.Session() as session:
        session.verify = str(ca_bundle)
        session.get(https_server.url("shop.test"), timeout=5)
        start = time.monotonic()
        for _ in range(40):
            assert session.get(https_server.url("shop.test"), timeout=5).status_code == 200
        elapsed = time.monotonic() - start
    assert elapsed < 1.0
    assert len({r.time for r in https_server.requests}) == 41


def test_malformed_requests_get_a_400_not_a_crash(http_server) -> None:
    http_server.add_site("shop.test", routes={"/": lambda req: req.send_body("ok")})
    with socket.create_connection(("127.0.0.1", http_server.port), timeout=5) as sock:
        sock.sendall(b"GET / HTTP/1.1 extra\r\n\r\n")  # the stdlib answers HTTP/0.9 style: no status line
        answer = b""
        while chunk := sock.recv(4096):
            answer += chunk
        assert b"Error code: 400" in answer
    with socket.create_connection(("127.0.0.1", http_server.port), timeout=5) as sock:
        sock.sendall(b"GET / HTTP/1.1\r\nHost: shop.test\r\nX-Big: " + b"a" * 70000 + b"\r\n\r\n")
        assert sock.recv(100).startswith(b"HTTP/1.1 431")
    assert get(http_server.url("shop.test")).text == "ok"


def test_posts_to_static_sites_are_refused_and_the_connection_closed(http_server, shop_dir) -> None:
    http_server.add_site("shop.test", root=shop_dir)
    with requests.Session() as session:
        response = session.post(http_server.url("shop.test", "/contact.html"), data=b"x" * 1000, timeout=5)
        assert response.status_code == 404 and response.headers["Connection"] == "close"
        assert session.get(http_server.url("shop.test", "/contact.html"), timeout=5).status_code == 200
