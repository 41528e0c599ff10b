"""The host map sends listed test names to loopback and makes every other name fail."""

from __future__ import annotations

import socket

import pytest
import requests

from support import HostMap, UnknownTestHost


def test_unlisted_names_fail_to_resolve(host_map: HostMap) -> None:
    for name in ("example.com", "pypi.org", "shop.test", "localhost.localdomain"):
        with pytest.raises(socket.gaierror):
            socket.getaddrinfo(name, 443)
    with pytest.raises(UnknownTestHost):
        socket.gethostbyname("example.com")
    assert "example.com" in host_map.lookups


def test_requests_to_unlisted_names_never_leave_the_machine() -> None:
    with pytest.raises(requests.exceptions.ConnectionError, match="not a mapped test host"):
        requests.get("https://www.google.com/", timeout=5)


def test_listed_names_resolve_to_their_address(host_map: HostMap) -> None:
    host_map.add("shop.test")
    host_map.add("Toko.Test.", "127.0.0.2")
    host_map.add("v6.test", "::1")
    assert {ai[4][0] for ai in socket.getaddrinfo("shop.test", 80)} == {"127.0.0.1"}
    assert {ai[4][0] for ai in socket.getaddrinfo("toko.test", 80, socket.AF_INET)} == {"127.0.0.2"}
    assert socket.getaddrinfo("v6.test", 80, socket.AF_INET6)[0][4][0] == "::1"
    assert socket.gethostbyname("SHOP.test") == "127.0.0.1"
    assert socket.gethostbyname_ex("shop.test")[2] == ["127.0.0.1"]
    assert "shop.test" in host_map and "other.test" not in host_map
    host_map.remove("shop.test")
    with pytest.raises(socket.gaierror):
        socket.getaddrinfo("shop.test", 80)


def test_private_addresses_can_be_mapped_but_names_cannot(host_map: HostMap) -> None:
    host_map.add("intranet.test", "10.0.0.1")
    assert socket.getaddrinfo("intranet.test", 80, socket.AF_INET)[0][4][0] == "10.0.0.1"
    with pytest.raises(ValueError):
        host_map.add("alias.test", "shop.test")


def test_ip_literals_and_localhost_resolve_without_dns() -> None:
    assert socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET)[0][4][0] == "127.0.0.1"
    assert socket.getaddrinfo("203.0.113.5", 80, socket.AF_INET)[0][4][0] == "203.0.113.5"
    assert socket.gethostbyname("localhost") == "127.0.0.1"


def test_server_sites_are_mapped_automatically(http_server) -> None:
    http_server.add_site("tienda.test", routes={"/": lambda req: req.send_body("hola")})
    assert requests.get(http_server.url("tienda.test"), timeout=5).text == "hola"


def test_the_map_is_fresh_in_every_test_part_one(host_map: HostMap) -> None:
    host_map.add("leak.test")


def test_the_map_is_fresh_in_every_test_part_two() -> None:
    with pytest.raises(socket.gaierror):
        socket.getaddrinfo("leak.test", 80)


def test_data_and_settings_are_isolated(isolated_shopsafe_env, tmp_path) -> None:
    import os

    assert os.environ["SHOPSAFE_DATA_DIR"].startswith(str(tmp_path))
    assert os.environ["SHOPSAFE_SETTINGS_FILE"].startswith(str(tmp_path))
    assert os.environ["QT_QPA_PLATFORM"] == "offscreen"
