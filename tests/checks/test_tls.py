"""desktop.checks.tls: real handshakes against locally minted certificates of every kind."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from support import CertKind, write_site

from desktop.checks.model import Status
from desktop.net.client import Client
from desktop.net.options import CheckOptions
from desktop.checks.tls import _cert_info, handshake, https_findings

HOME = "<html><head><title>Shop</title></head><body><p>Welcome</p></body></html>"


@pytest.fixture
def site(tmp_path):
    return write_site(tmp_path / "site", {"index.html": HOME})


def run(ca_bundle, resolve, url, **kw):
    options = CheckOptions(ca_bundle=ca_bundle, deadline=kw.pop("deadline", 6), resolve=resolve, **kw)
    with Client(options) as client:
        return {f.id: f for f in https_findings(client, url)}


def mapping(host, https_server=None, http_server=None, closed_port=9):
    resolve = {f"{host}:443": f"127.0.0.1:{https_server.port if https_server else closed_port}"}
    resolve[f"{host}:80"] = f"127.0.0.1:{http_server.port if http_server else closed_port}"
    return resolve


def test_valid_site_with_redirect_and_hsts(site, https_server, http_server, ca_bundle):
    https_server.add_site("shop.test", root=site, headers={"Strict-Transport-Security": "max-age=31536000"})
    http_server.add_site("shop.test", routes={"/": lambda req: req.redirect("https://shop.test/")})
    found = run(ca_bundle, mapping("shop.test", https_server, http_server), "https://shop.test/")
    cert = found["https.certificate"]
    assert cert.status is Status.PASS
    assert cert.evidence["issuer"] and cert.evidence["not_after"] and cert.evidence["tls_version"].startswith("TLSv1.")
    assert found["https.redirect"].status is Status.PASS
    assert found["https.hsts"].status is Status.PASS
    assert "https.very_new" not in found
    assert not [f for f in found.values() if f.status in (Status.WARN, Status.FAIL)]


@pytest.mark.parametrize(
    ("kind", "finding_id"),
    [(CertKind.EXPIRED, "https.expired"), (CertKind.NOT_YET_VALID, "https.not_yet_valid"),
     (CertKind.SELF_SIGNED, "https.untrusted"), (CertKind.WRONG_HOST, "https.wrong_host")],
)
def test_bad_certificates_fail_with_an_explanation(site, https_server, ca_bundle, kind, finding_id):
    https_server.add_site("bad.test", root=site, cert=kind)
    found = run(ca_bundle, mapping("bad.test", https_server), "https://bad.test/")
    finding = found[finding_id]
    assert finding.status is Status.FAIL
    assert finding.evidence["not_after"] and finding.evidence["issuer"]  # from the unverified cert
    assert "https.certificate" not in found
    if kind is CertKind.WRONG_HOST:
        assert "wrong-host.invalid" in finding.detail.render()


def test_unknown_ca_is_untrusted_without_the_bundle(site, https_server):
    https_server.add_site("shop.test", root=site)
    found = run(None, mapping("shop.test", https_server), "https://shop.test/")
    assert found["https.untrusted"].status is Status.FAIL


def test_very_new_certificate_is_information_not_blame(site, https_server, ca_bundle):
    https_server.add_site("fresh.test", root=site, cert=CertKind.VERY_NEW)
    found = run(ca_bundle, mapping("fresh.test", https_server), "https://fresh.test/")
    assert found["https.certificate"].status is Status.PASS
    assert found["https.very_new"].status is Status.INFO


def test_no_redirect_to_https_and_missing_hsts(site, https_server, http_server, ca_bundle):
    https_server.add_site("shop.test", root=site)
    http_server.add_site("shop.test", root=site)
    found = run(ca_bundle, mapping("shop.test", https_server, http_server), "https://shop.test/")
    assert found["https.no_redirect_to_https"].status is Status.INFO
    assert found["https.hsts"].status is Status.INFO


def test_plain_http_shop_with_password_form(tmp_path, http_server, ca_bundle):
    root = write_site(tmp_path / "plain", {"index.html": (
        "<form action='/login' method='post'><input name='u'><input type='password' name='p'></form>")})
    http_server.add_site("plain.test", root=root)
    found = run(ca_bundle, mapping("plain.test", None, http_server), "http://plain.test/")
    assert found["https.unavailable"].status is Status.UNKNOWN
    assert found["https.plain_http"].status is Status.WARN
    assert found["https.insecure_form"].status is Status.WARN


def test_https_page_posting_to_http(tmp_path, https_server, ca_bundle):
    root = write_site(tmp_path / "s", {"index.html": "<form action='http://collect.test/pay'><input name='card'></form>"})
    https_server.add_site("shop.test", root=root)
    found = run(ca_bundle, mapping("shop.test", https_server), "https://shop.test/")
    assert found["https.insecure_form"].evidence["targets"] == ["http://collect.test/pay"]


def test_old_tls_is_detected(site, make_server, ca_bundle):
    legacy = make_server(legacy_tls=True)
    legacy.add_site("old.test", root=site)
    found = run(ca_bundle, mapping("old.test", legacy), "https://old.test/")
    assert found["https.old_tls"].status is Status.WARN
    assert found["https.old_tls"].evidence["tls_version"] in ("TLSv1", "TLSv1.1")


def test_nothing_listening_is_unknown(ca_bundle):
    found = run(ca_bundle, mapping("gone.test"), "https://gone.test/")
    assert set(found) == {"https.unavailable"} and found["https.unavailable"].status is Status.UNKNOWN


def test_offline_is_unknown_without_sockets(ca_bundle, host_map):
    found = run(ca_bundle, {}, "https://shop.test/", offline=True)
    assert found["https.unavailable"].status is Status.UNKNOWN and host_map.lookups == []


def test_handshake_reports_version_and_names(site, https_server, ca_bundle):
    https_server.add_site("shop.test", "www.shop.test", root=site)
    with Client(CheckOptions(ca_bundle=ca_bundle, resolve=mapping("shop.test", https_server))) as c:
        result = handshake(c, "shop.test", 443)
    assert result.error_id is None and "shop.test" in result.cert.names and result.cert.matches("shop.test")


def test_https_site_redirecting_to_plain_http_is_a_downgrade(site, https_server, http_server, ca_bundle):
    https_server.add_site("shop.test", routes={"/": lambda req: req.redirect("http://shop.test/")})
    http_server.add_site("shop.test", root=site)
    found = run(ca_bundle, mapping("shop.test", https_server, http_server), "https://shop.test/")
    assert found["https.certificate"].status is Status.PASS
    assert found["https.downgrade"].status is Status.WARN and "https.hsts" not in found


BADSSL = Path(__file__).resolve().parents[3] / "shared" / "corpora" / "tls-certs-badssl" / "certs" / "sets" / "prod" / "pregen" / "chain"


@pytest.mark.skipif(not BADSSL.is_dir(), reason="badssl certificate corpus not beside the checkout")
def test_real_badssl_certificates_are_read_and_explained():
    """Parse the leaf of every real badssl.com chain (no keys, so no handshake) the way the
    HTTPS check explains a failed verification."""
    leaves = {}
    for pem in sorted(BADSSL.rglob("*.pem")):
        first = x509.load_pem_x509_certificates(pem.read_bytes())[0]
        leaves[pem.relative_to(BADSSL).as_posix()] = _cert_info(first.public_bytes(serialization.Encoding.DER))
    assert len(leaves) >= 25
    expired = leaves["wildcard-expired.pem"]
    assert expired.not_after.date().isoformat() == "2015-04-12" and expired.matches("expired.badssl.com")
    assert not expired.matches("badssl.com.evil.test") and not expired.matches("a.b.badssl.com")
    assert leaves["wildcard-self-signed.pem"].self_signed
    assert len(leaves["subdomain-10000-sans.pem"].names) >= 10000
    assert leaves["subdomain-no-subject.pem"].names  # names from the SAN even without a subject
