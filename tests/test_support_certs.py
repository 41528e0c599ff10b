"""The test CA issues every certificate kind, and each verifies (or not) as documented."""

from __future__ import annotations

import datetime as dt
import socket
import ssl

import pytest
import requests
from cryptography import x509

from support import CertKind, TestCA, legacy_tls_supported

UTC = dt.timezone.utc


def _handshake(server_ctx: ssl.SSLContext, client_ctx: ssl.SSLContext, host: str) -> str | None:
    from support.certs import _memory_handshake

    return _memory_handshake(server_ctx, client_ctx, host)


@pytest.mark.parametrize("kind", list(CertKind))
def test_each_kind_verifies_exactly_when_documented(test_ca: TestCA, kind: CertKind) -> None:
    server = test_ca.server_context(kind, "shop.test")
    client = test_ca.client_context()
    if kind.verifies:
        assert _handshake(server, client, "shop.test") in ("TLSv1.2", "TLSv1.3")
    else:
        with pytest.raises(ssl.SSLCertVerificationError):
            _handshake(server, client, "shop.test")


@pytest.mark.parametrize(
    ("kind", "reason"),
    [
        (CertKind.EXPIRED, "expired"),
        (CertKind.NOT_YET_VALID, "not yet valid"),
        (CertKind.SELF_SIGNED, "self-signed"),
        (CertKind.WRONG_HOST, "Hostname mismatch"),
    ],
)
def test_failures_have_the_intended_reason(test_ca: TestCA, kind: CertKind, reason: str) -> None:
    with pytest.raises(ssl.SSLCertVerificationError, match=reason):
        _handshake(test_ca.server_context(kind, "shop.test"), test_ca.client_context(), "shop.test")


def test_dates_and_names_of_each_kind(test_ca: TestCA) -> None:
    now = dt.datetime.now(UTC)
    valid = test_ca.issue(CertKind.VALID, "shop.test")
    assert valid.not_before < now < valid.not_after
    assert test_ca.issue(CertKind.EXPIRED, "shop.test").not_after < now
    assert test_ca.issue(CertKind.NOT_YET_VALID, "shop.test").not_before > now
    very_new = test_ca.issue(CertKind.VERY_NEW, "shop.test")
    assert dt.timedelta(minutes=50) < now - very_new.not_before < dt.timedelta(minutes=70)
    wrong = test_ca.issue(CertKind.WRONG_HOST, "shop.test").certificate
    names = wrong.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert "shop.test" not in names.get_values_for_type(x509.DNSName)
    selfsigned = test_ca.issue(CertKind.SELF_SIGNED, "shop.test").certificate
    assert selfsigned.issuer == selfsigned.subject != test_ca.certificate.subject
    assert valid.certificate.issuer == test_ca.certificate.subject


def test_issue_is_cached_per_kind_and_hosts(test_ca: TestCA) -> None:
    assert test_ca.issue(CertKind.VALID, "a.test") is test_ca.issue(CertKind.VALID, ("a.test",))
    assert test_ca.issue(CertKind.VALID, "a.test") is not test_ca.issue(CertKind.VALID, "b.test")


def test_ip_literal_hosts_become_ip_sans(test_ca: TestCA) -> None:
    cert = test_ca.issue(CertKind.VALID, ("localhost", "127.0.0.1")).certificate
    san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert [str(ip) for ip in san.get_values_for_type(x509.IPAddress)] == ["127.0.0.1"]


def test_bundle_is_the_ca_alone_and_unknown_to_the_system(test_ca: TestCA, ca_bundle, tmp_path) -> None:
    certs = x509.load_pem_x509_certificates(ca_bundle.read_bytes())
    assert certs == [test_ca.certificate]
    copy = test_ca.write_bundle(tmp_path / "copy.pem")
    assert copy.read_bytes() == ca_bundle.read_bytes()
    # A default client (system trust) must refuse even the valid test certificate.
    with pytest.raises(ssl.SSLCertVerificationError):
        _handshake(test_ca.server_context(CertKind.VALID, "shop.test"), ssl.create_default_context(), "shop.test")


def test_separate_cas_do_not_trust_each_other(tmp_path) -> None:
    other = TestCA(tmp_path / "other")
    with pytest.raises(ssl.SSLCertVerificationError):
        _handshake(other.server_context(CertKind.VALID, "shop.test"), TestCA(tmp_path / "third").client_context(), "shop.test")


def test_legacy_tls_context_negotiates_only_old_versions(test_ca: TestCA) -> None:
    if not legacy_tls_supported():
        pytest.skip("this Python/OpenSSL cannot negotiate TLS 1.0/1.1 (even at SECLEVEL=0)")
    server = test_ca.server_context(CertKind.VALID, "shop.test", legacy_tls=True)
    assert _handshake(server, test_ca.client_context(legacy_tls=True), "shop.test") in ("TLSv1", "TLSv1.1")
    with pytest.raises(ssl.SSLError):
        _handshake(server, test_ca.client_context(), "shop.test")


def test_legacy_https_server_is_refused_by_modern_clients(make_server, ca_bundle, tmp_path) -> None:
    server = make_server(legacy_tls=True)
    server.add_site("old.test", routes={"/": lambda req: req.send_body("old")})
    with pytest.raises(requests.exceptions.SSLError):
        requests.get(server.url("old.test"), verify=str(ca_bundle), timeout=5)
    ctx = server.ca.client_context(legacy_tls=True)
    with socket.create_connection(("old.test", server.port), timeout=5) as raw:
        with ctx.wrap_socket(raw, server_hostname="old.test") as tls:
            assert tls.version() in ("TLSv1", "TLSv1.1")
            tls.sendall(b"GET / HTTP/1.1\r\nHost: old.test\r\nConnection: close\r\n\r\n")
            data = b""
            while chunk := tls.recv(4096):
                data += chunk
    assert data.startswith(b"HTTP/1.1 200") and data.endswith(b"old")
