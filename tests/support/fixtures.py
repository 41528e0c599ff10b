"""The pytest fixtures of the test infrastructure (loaded by ``tests/conftest.py``).

See ``tests/support/__init__.py`` for the API with examples.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from .certs import TestCA, legacy_tls_supported
from .hostmap import HostMap
from .servers import TestServer

__all__ = [
    "ca_bundle",
    "host_map",
    "http_server",
    "https_server",
    "isolated_shopsafe_env",
    "make_server",
    "test_ca",
]


@pytest.fixture(scope="session")
def test_ca(tmp_path_factory: pytest.TempPathFactory) -> TestCA:
    """The session's test CA (see ``support.certs.TestCA``)."""
    return TestCA(tmp_path_factory.mktemp("test-ca"))


@pytest.fixture(scope="session")
def ca_bundle(test_ca: TestCA) -> Path:
    """Path of a PEM file holding only the test CA: ``verify=ca_bundle``, ``--ca-bundle``."""
    return test_ca.bundle_path


@pytest.fixture(autouse=True)
def host_map(monkeypatch: pytest.MonkeyPatch) -> HostMap:
    """Every test resolves names through this map: listed names → loopback, others fail.

    Autouse, so a test that forgets to map a name fails instead of reaching the internet.
    """
    return HostMap().install(monkeypatch)


@pytest.fixture(autouse=True)
def isolated_shopsafe_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Points SHOPSAFE_DATA_DIR and SHOPSAFE_SETTINGS_FILE into the test's tmp folder.

    Yields the folder holding both (``data/`` and ``settings.ini``).
    """
    folder = tmp_path / "shopsafe-home"
    (folder / "data").mkdir(parents=True)
    monkeypatch.setenv("SHOPSAFE_DATA_DIR", str(folder / "data"))
    monkeypatch.setenv("SHOPSAFE_SETTINGS_FILE", str(folder / "settings.ini"))
    return folder


@pytest.fixture
def make_server(test_ca: TestCA, host_map: HostMap) -> Iterator[Callable[..., TestServer]]:
    """Factory: ``make_server(tls=True, legacy_tls=False) -> TestServer``.

    Each server's site names are added to ``host_map`` (→ 127.0.0.1); all servers are closed
    after the test, and the test errors if a route handler raised (other than the client hanging
    up: ``OSError``). ``legacy_tls=True`` skips the test when this OpenSSL cannot do TLS 1.0/1.1.
    """
    servers: list[TestServer] = []

    def factory(*, tls: bool = True, legacy_tls: bool = False) -> TestServer:
        if legacy_tls and not legacy_tls_supported():
            pytest.skip("this Python/OpenSSL cannot negotiate TLS 1.0/1.1 (even at SECLEVEL=0)")
        server = TestServer(test_ca if tls else None, legacy_tls=legacy_tls, on_site_added=host_map.add)
        servers.append(server)
        return server

    yield factory
    for server in servers:
        server.close()
    errors = [exc for server in servers for exc in server.handler_errors]
    if errors:
        raise errors[0]  # a route handler of this test crashed; its traceback says where


@pytest.fixture
def http_server(make_server: Callable[..., TestServer]) -> TestServer:
    """A running plain-HTTP server with no sites yet: ``http_server.add_site("shop.test", root=...)``."""
    return make_server(tls=False)


@pytest.fixture
def https_server(make_server: Callable[..., TestServer]) -> TestServer:
    """A running HTTPS server (test CA) with no sites yet; sites choose their ``cert=`` kind."""
    return make_server(tls=True)
