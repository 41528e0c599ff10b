"""desktop.net.client against real loopback HTTP/HTTPS servers with hostile behaviour."""

from __future__ import annotations

import threading
import time
import tracemalloc

import pytest
from support import CertKind, write_site
from support import hostile

from desktop.cancel import CancelToken
from desktop.net.client import (
    BlockedAddress,
    Client,
    Deadline,
    FetchFailed,
    FetchTimeout,
    NetworkOffline,
    TlsFailure,
    TooLarge,
    TooManyRedirects,
    UnsupportedScheme,
    is_public_address,
    parse_resolve_arg,
    resolve_target,
)
from desktop.net.options import CheckOptions
from desktop.errors import Cancelled, UserInputError


@pytest.fixture
def shop(tmp_path, https_server):
    root = write_site(tmp_path / "shop", {"index.html": "<title>Toko</title><p>Halo</p>"})
    https_server.add_site("shop.test", root=root, headers={"Set-Cookie": "sid=abc; Path=/"})
    return https_server


def client(ca_bundle, *, deadline=5.0, hosts=("shop.test",), **kw):
    options = CheckOptions(ca_bundle=ca_bundle, deadline=deadline, **kw)
    return Client(options, user_hosts=hosts)


def test_fetches_a_page_over_verified_https_and_keeps_no_cookies(shop, ca_bundle):
    with client(ca_bundle) as c:
        page = c.fetch(shop.url("shop.test", "/"))
        assert page.status == 200 and "Halo" in page.text and page.is_html
        assert page.final_url == shop.url("shop.test", "/")
        assert len(c.session.cookies) == 0
        c.fetch(shop.url("shop.test", "/"))
    assert all("Cookie" not in r.headers for r in shop.requests)


def test_untrusted_certificate_is_a_tls_failure(tmp_path, https_server, ca_bundle):
    https_server.add_site("old.test", root=write_site(tmp_path / "o", {"index.html": "x"}),
                          cert=CertKind.EXPIRED)
    with client(ca_bundle, hosts=("old.test",)) as c, pytest.raises(TlsFailure) as info:
        c.fetch(https_server.url("old.test"))
    assert "expired" in info.value.data["reason"].lower()


def test_offline_opens_no_socket(shop, ca_bundle, host_map):
    before = len(shop.requests)
    with client(ca_bundle, offline=True) as c, pytest.raises(NetworkOffline):
        c.fetch(shop.url("shop.test"))
    assert host_map.lookups == [] and len(shop.requests) == before


def test_resolve_map_keeps_name_for_sni_and_verification(shop, ca_bundle, host_map):
    host_map.remove("shop.test")  # only the resolve map knows the name now
    options = CheckOptions(ca_bundle=ca_bundle, resolve={"shop.test": f"127.0.0.1:{shop.port}"})
    with Client(options) as c:
        page = c.fetch("https://shop.test/")
    assert "Halo" in page.text
    assert shop.requests[-1].sni == "shop.test" and shop.requests[-1].host == "shop.test"
    assert "shop.test" not in host_map.lookups


def test_private_address_refused_for_names_the_user_did_not_give(shop, ca_bundle, host_map):
    host_map.add("intranet.test", "10.0.0.1")
    with client(ca_bundle) as c, pytest.raises(BlockedAddress) as info:
        c.fetch("https://intranet.test/")
    assert info.value.data["address"] == "10.0.0.1"


def test_redirect_from_public_looking_name_to_loopback_is_refused(https_server, ca_bundle):
    https_server.add_site("deals.test", routes={"/": hostile.redirect_to(
        f"https://127.0.0.1:{https_server.port}/admin")})
    with client(ca_bundle, hosts=("deals.test",)) as c, pytest.raises(BlockedAddress):
        c.fetch(https_server.url("deals.test"))
    assert not [r for r in https_server.requests if r.path == "/admin"]


def test_redirect_loop_stops_after_five_hops(https_server, ca_bundle):
    https_server.add_site("loop.test", routes={"/loop": hostile.redirect_loop()})
    with client(ca_bundle, hosts=("loop.test",)) as c, pytest.raises(TooManyRedirects):
        c.fetch(https_server.url("loop.test", "/loop"))
    assert len(https_server.requests) == 6


def test_redirects_are_followed_and_recorded(tmp_path, https_server, ca_bundle):
    root = write_site(tmp_path / "s", {"new.html": "<p>moved here</p>"})
    https_server.add_site("shop.test", root=root, routes={"/old": hostile.redirect_to("/new.html", 301)})
    with client(ca_bundle) as c:
        page = c.fetch(https_server.url("shop.test", "/old"))
    assert "moved here" in page.text and page.redirects == ((301, https_server.url("shop.test", "/old")),)


def test_non_http_scheme_in_redirect_is_refused(https_server, ca_bundle):
    https_server.add_site("shop.test", routes={"/": hostile.redirect_to("file:///etc/passwd")})
    with client(ca_bundle) as c, pytest.raises(UnsupportedScheme):
        c.fetch(https_server.url("shop.test"))


def test_endless_body_is_cut_at_the_cap(https_server, ca_bundle):
    https_server.add_site("shop.test", routes={"/": hostile.endless_body()})
    started = time.monotonic()
    with client(ca_bundle) as c, pytest.raises(TooLarge):
        c.max_bytes = 512 * 1024
        c.fetch(https_server.url("shop.test"))
    assert time.monotonic() - started < 5


def test_slow_drip_ends_at_the_deadline(https_server, ca_bundle):
    https_server.add_site("shop.test", routes={"/": hostile.slow_drip(0.2)})
    started = time.monotonic()
    with client(ca_bundle, deadline=1.5) as c, pytest.raises(FetchTimeout):
        c.fetch(https_server.url("shop.test"))
    assert 1.4 < time.monotonic() - started < 3.0


def test_trickled_headers_end_at_the_deadline(https_server, ca_bundle):
    https_server.add_site("shop.test", routes={"/": hostile.slow_headers(0.2)})
    started = time.monotonic()
    with client(ca_bundle, deadline=1.5) as c, pytest.raises((FetchTimeout, FetchFailed)):
        c.fetch(https_server.url("shop.test"))
    assert time.monotonic() - started < 3.0


def test_gzip_bomb_is_bounded_in_memory(https_server, ca_bundle):
    bomb = hostile.gzip_bomb(200)
    https_server.add_site("shop.test", routes={"/": bomb})
    tracemalloc.start()
    try:
        with client(ca_bundle) as c, pytest.raises(TooLarge):
            c.max_bytes = 1024 * 1024
            c.fetch(https_server.url("shop.test"))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert bomb.payload_size < 1024 * 1024  # the bomb really is small on the wire
    assert peak < 12 * 1024 * 1024


def test_gzip_page_is_decoded(tmp_path, https_server, ca_bundle):
    import gzip

    payload = gzip.compress("<p>Gratis ongkir ke seluruh Indonesia</p>".encode())
    https_server.add_site("shop.test", routes={
        "/": lambda req: req.send_body(payload, headers={"Content-Encoding": "gzip"})})
    with client(ca_bundle) as c:
        assert "Gratis ongkir" in c.fetch(https_server.url("shop.test")).text


def test_invalid_utf8_is_replaced_not_fatal(https_server, ca_bundle):
    https_server.add_site("shop.test", routes={"/": hostile.invalid_utf8()})
    with client(ca_bundle) as c:
        page = c.fetch(https_server.url("shop.test"))
    assert "cs@toko-murah.test" in page.text and "\ufffd" in page.text


def test_huge_headers_fail_cleanly(https_server, ca_bundle):
    https_server.add_site("shop.test", routes={"/": hostile.huge_headers()})
    with client(ca_bundle) as c, pytest.raises(FetchFailed):
        c.fetch(https_server.url("shop.test"))


def test_cancel_stops_a_slow_fetch_quickly(https_server, ca_bundle):
    https_server.add_site("shop.test", routes={"/": hostile.slow_drip(0.2)})
    token = CancelToken()
    threading.Timer(0.5, token.cancel).start()
    started = time.monotonic()
    options = CheckOptions(ca_bundle=ca_bundle, deadline=20)
    with Client(options, user_hosts=["shop.test"], cancel=token) as c, pytest.raises(Cancelled):
        c.fetch(https_server.url("shop.test"))
    assert time.monotonic() - started < 2


def test_private_address_is_refused_before_connecting(ca_bundle, host_map):
    # 10.255.255.1 would black-hole the connect; being private it is refused before any attempt
    host_map.add("blackhole.test", "10.255.255.1")
    with client(ca_bundle, hosts=()) as c, pytest.raises(BlockedAddress):
        c.fetch("https://blackhole.test/")


def test_deadline_counts_down():
    now = [100.0]
    deadline = Deadline(2.0, clock=lambda: now[0])
    assert deadline.remaining() == 2.0 and deadline.bound(5) == 2.0
    now[0] += 2.5
    assert deadline.expired
    with pytest.raises(FetchTimeout):
        deadline.check("https://shop.test/")


@pytest.mark.parametrize(
    ("address", "public"),
    [("8.8.8.8", True), ("127.0.0.1", False), ("10.1.2.3", False), ("192.168.1.1", False),
     ("169.254.169.254", False), ("100.64.0.1", False), ("::1", False), ("fe80::1", False),
     ("::ffff:127.0.0.1", False), ("2001:4860:4860::8888", True), ("0.0.0.0", False),
     ("224.0.0.1", False), ("not-an-ip", False)],
)
def test_public_address_classification(address, public):
    assert is_public_address(address) is public


def test_parse_resolve_forms():
    assert parse_resolve_arg("shop.test:127.0.0.1") == ("shop.test", "127.0.0.1")
    assert parse_resolve_arg("Shop.test:127.0.0.1:8443") == ("shop.test", "127.0.0.1:8443")
    assert parse_resolve_arg("shop.test:443:127.0.0.1") == ("shop.test:443", "127.0.0.1")
    assert parse_resolve_arg("shop.test:[::1]:8443") == ("shop.test", "[::1]:8443")
    for bad in ("shop.test", "shop.test:nowhere", ":127.0.0.1"):
        with pytest.raises(UserInputError):
            parse_resolve_arg(bad)
    resolve = {"shop.test": "127.0.0.1:8443", "api.test:80": "127.0.0.2"}
    assert resolve_target(resolve, "SHOP.test.", 443) == ("127.0.0.1", 8443)
    assert resolve_target(resolve, "api.test", 80) == ("127.0.0.2", 80)
    assert resolve_target(resolve, "api.test", 443) is None
