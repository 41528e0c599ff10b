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


def test_connections_outside_loopback_are_refused_before_any_packet(host_map: HostMap) -> None:
    from support import BlockedConnection

    host_map.add("intranet.test", "10.0.0.1")
    for target in (("10.0.0.1", 80), ("intranet.test", 80), ("203.0.113.5", 443)):
        with socket.socket() as sock, pytest.raises(BlockedConnection):
            sock.connect(target)
    with socket.socket() as sock:
        assert sock.connect_ex(("192.168.1.1", 80)) != 0
    with socket.socket(socket.AF_INET6) as sock, pytest.raises(BlockedConnection):
        sock.connect(("2001:db8::1", 80))
    assert host_map.blocked_connects == ["10.0.0.1", "10.0.0.1", "203.0.113.5", "192.168.1.1", "2001:db8::1"]
    with pytest.raises(requests.exceptions.ConnectionError, match="test network guard"):
        requests.get("http://intranet.test/", timeout=5)


def test_connect_by_name_goes_through_the_map(http_server) -> None:
    http_server.add_site("shop.test", routes={"/": lambda req: req.send_body("ok")})
    with socket.socket() as sock:
        sock.settimeout(5)
        sock.connect(("shop.test", http_server.port))  # a name straight to connect()
        sock.sendall(b"GET / HTTP/1.0\r\nHost: shop.test\r\n\r\n")
        assert sock.recv(12).startswith(b"HTTP/1.")
    with socket.socket() as sock, pytest.raises(socket.gaierror):
        sock.connect(("unknown.test", 80))


CHILD = """
import socket, sys, urllib.request
try:
    socket.getaddrinfo("example.com", 80)
    print("example.com RESOLVED")
except socket.gaierror:
    print("example.com refused")
print(urllib.request.urlopen(sys.argv[1], timeout=5).read().decode())
"""


def test_subprocess_env_applies_the_map_in_a_child_python(http_server, host_map: HostMap) -> None:
    import subprocess
    import sys

    http_server.add_site("toko.test", routes={"/": lambda req: req.send_body("halo dari toko")})
    result = subprocess.run([sys.executable, "-c", CHILD, http_server.url("toko.test")],
                            env=host_map.subprocess_env(), capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:2] == ["example.com refused", "halo dari toko"]
    # Without the environment the child knows nothing of toko.test.
    plain = subprocess.run([sys.executable, "-c", CHILD, http_server.url("toko.test")],
                           capture_output=True, text=True, timeout=60)
    assert plain.returncode != 0


def test_user_folders_point_into_the_session_folder() -> None:
    import os
    from pathlib import Path

    home = Path(os.environ["XDG_CONFIG_HOME"]).parent
    assert home.name.startswith("shopsafe-tests-")
    for name in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        assert Path(os.environ[name]).parent == home
