"""Registrable domains come from the bundled suffix list, never from the network."""

from __future__ import annotations

import socket

import pytest

from desktop.checks import domains
from desktop.checks.domains import host_info, ip_literal, to_ascii, to_unicode


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a connection or resolve a name fails the test."""

    def refuse(*args, **kwargs):
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)


def test_fresh_extractor_never_fetches_the_suffix_list(no_network, tmp_path, monkeypatch):
    monkeypatch.setenv("TLDEXTRACT_CACHE", str(tmp_path / "cache"))
    domains.extractor.cache_clear()
    try:
        info = host_info("toko.myshopify.com")
    finally:
        domains.extractor.cache_clear()
    assert info.registrable_domain == "toko.myshopify.com"
    assert not (tmp_path / "cache").exists()


def test_analysis_is_offline(no_network):
    from desktop.checks.analyze import analyze_offline
    from desktop.net.options import CheckOptions

    domains.extractor.cache_clear()
    report = analyze_offline("Beli di https://shopee-id.top/promo sekarang!", CheckOptions())
    assert report.finding("domain.lookalike") is not None


@pytest.mark.parametrize("host,registrable,suffix,private", [
    ("seller.shopee.co.id", "shopee.co.id", "co.id", False),
    ("x.myshopify.com", "x.myshopify.com", "myshopify.com", True),
    ("a.x.blogspot.com", "x.blogspot.com", "blogspot.com", True),
    ("impots.gouv.fr", "impots.gouv.fr", "gouv.fr", False),
    ("www.mercadolibre.com.ar", "mercadolibre.com.ar", "com.ar", False),
    ("tienda.github.io", "tienda.github.io", "github.io", True),
])
def test_registrable_domain(host, registrable, suffix, private):
    info = host_info(host)
    assert (info.registrable_domain, info.suffix, info.private_suffix) == (
        registrable, suffix, private)


def test_hosts_without_public_suffix():
    assert host_info("localhost").registrable_domain is None
    assert host_info("shop.test").registrable_domain is None


@pytest.mark.parametrize("text,ip", [
    ("127.0.0.1", "127.0.0.1"), ("[::1]", "::1"), ("2130706433", "127.0.0.1"),
    ("0x7f000001", "127.0.0.1"), ("0177.0.0.1", "127.0.0.1"), ("shop.id", None),
    ("999.1.1.1", None),
])
def test_ip_literals(text, ip):
    assert ip_literal(text) == ip


def test_idn_round_trip():
    assert to_ascii("Bücher.DE.") == "xn--bcher-kva.de"
    assert to_unicode("xn--bcher-kva.de") == "bücher.de"
    assert to_unicode("xn--99999999999.de") == "xn--99999999999.de"
    # IDNA 2008 rejects this label, it must still not raise
    assert to_ascii("ex☃ample.com").startswith("xn--")
