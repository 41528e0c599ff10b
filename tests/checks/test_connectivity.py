"""No internet is named once, in offline wording; no library's own words reach a person.

Name lookups go through the test host map (tests/support/hostmap.py): a name a test does not map
fails exactly as DNS does on a computer without network (``socket.gaierror``), with no query sent.
"""

from __future__ import annotations

import errno
import os
import socket
import ssl
from pathlib import Path

import pytest
from support.rdap_server import RdapRegistry, days_ago

from desktop.checks.export import report_html
from desktop.checks.labels import display_value
from desktop.checks.model import Level
from desktop.net.errors import (
    OFFLINE_REASONS,
    REASON_NO_NAME,
    REASON_OTHER,
    FetchFailed,
    TlsFailure,
    plain_reason,
    plain_verify_reason,
)
from desktop.net.options import CheckOptions
from desktop.checks.run import final_report, run_check
from desktop.checks.summary import family_summary

SITES = Path(__file__).resolve().parent.parent / "sites"
# What the resolver, the socket layer, urllib3 and OpenSSL say; none may reach a person.
RAW = ("Name or service not known", "Temporary failure in name resolution", "Errno", "gaierror",
       "ConnectionResetError", "HTTPSConnectionPool", "certificate verify failed", "test host map")


def check(text, options):
    return final_report(run_check(text, options))


def _texts(report) -> str:
    """What a person reads: the HTML/PDF report (findings with their evidence) and the summary.
    (The JSON report keeps the technical reason as evidence, for programs.)"""
    doc = report.to_json()
    return report_html(doc) + family_summary(doc)


@pytest.fixture
def registry(https_server):
    """A registry that knows the shop; the shop itself is not served (its name resolves nowhere)."""
    rdap = RdapRegistry(https_server, "rdap.test")
    rdap.write_bootstrap(os.environ["SHOPSAFE_DATA_DIR"], ["id"])
    rdap.add_domain("tokobatiksari.co.id", registered=days_ago(3000))
    return rdap


def test_no_internet_is_said_once_in_offline_words(ca_bundle):
    # Nothing resolves: neither the shop nor its registry (what a computer without network sees).
    report = check("https://tokobatiksari.co.id/", CheckOptions(ca_bundle=ca_bundle, deadline=5))
    ids = [f.id for f in report.findings]
    assert "network.offline" in ids
    assert not [i for i in ids if i.startswith(("https.", "domain.", "contact.", "policies."))]
    offline = report.finding("network.offline")
    assert offline.title.render() == "You seem to be offline: only the link itself was checked"
    assert report.offline and report.verdict.level is Level.UNKNOWN
    # The verdict says what was not checked as offline mode does, and does not blame the registry.
    assert [m.render() for m in report.verdict.not_done][0].endswith("(offline: not checked)")
    assert "registry could not tell" not in _texts(report)
    assert not [raw for raw in RAW if raw in _texts(report)]


def test_a_shop_whose_name_does_not_exist_is_not_called_offline(registry, https_server, ca_bundle):
    # The registry answers; only the shop's own name fails to resolve.
    resolve = {"rdap.test": f"127.0.0.1:{https_server.port}"}
    report = check("https://tokobatiksari.co.id/",
                       CheckOptions(ca_bundle=ca_bundle, deadline=5, resolve=resolve))
    ids = {f.id: f for f in report.findings}
    assert "network.offline" not in ids and not report.offline
    assert ids["domain.age"].status.value == "pass"
    https = ids["https.unavailable"].detail.render()
    assert "its name could not be looked up" in https
    assert not [raw for raw in RAW if raw in _texts(report)]


@pytest.mark.parametrize(("exc", "raw"), [
    (socket.gaierror(socket.EAI_NONAME, "Name or service not known"), "Name or service not known"),
    (socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution"), "x"),
    (OSError(errno.ENETUNREACH, "Network is unreachable"), "x"),
])
def test_offline_reasons_come_from_the_error_type(exc, raw):
    assert plain_reason(raw, exc) in OFFLINE_REASONS


@pytest.mark.parametrize(("raw", "plain"), [
    ("[Errno -2] Name or service not known", "its name could not be looked up"),
    ("ConnectionResetError(104, 'Connection reset by peer')", "the connection was cut off"),
    ("[Errno 111] Connection refused", "the connection was refused"),
    ("[SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1000)", "no secure connection could be set up"),
    ("bad compressed data (Error -3 while decompressing data)", "its answer was not valid"),
    ("something no one expected", REASON_OTHER.render()),
])
def test_raw_reasons_become_plain_sentences_and_stay_in_the_data(raw, plain):
    error = FetchFailed("https://toko.test/", raw)
    assert error.message.render() == f"https://toko.test/ could not be fetched: {plain}"
    assert error.data["reason"] == raw  # for the log and the JSON evidence, not for people
    assert plain_reason(raw).render() == plain


def test_tls_and_certificate_words_are_plain():
    cause = ssl.SSLCertVerificationError(1, "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed")
    message = TlsFailure("toko.test", "certificate verify failed: self-signed certificate", cause).message.render()
    assert message == "The secure connection to toko.test failed: its certificate could not be verified"
    assert plain_verify_reason("self-signed certificate").render() == "it signed its own certificate"
    assert plain_verify_reason("unable to get local issuer certificate").render() == \
        "the authority that issued it is not known"
    # Evidence shown on the Check page and in exports: a known code becomes words, raw text too.
    assert display_value("reason", "[Errno 104] Connection reset by peer") == "the connection was cut off"
    assert display_value("error", "self-signed certificate") == "it signed its own certificate"
    assert display_value("reason", "no_rdap") == "the registry offers no RDAP service"
    assert plain_reason("", socket.gaierror(-2, "x")) is REASON_NO_NAME


def test_free_webmail_alone_is_found_but_not_a_pass(https_server, ca_bundle, tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text(
        "<html><head><title>Toko Baju Murah</title></head><body><h1>Toko Baju Murah</h1>"
        "<p>Kemeja batik pria, harga grosir. Hubungi kami: tokobajumurah88@gmail.com</p>"
        "<a href='/kebijakan-privasi.html'>Kebijakan privasi</a></body></html>", "utf-8")
    https_server.add_site("tokobajumurah.co.id", root=site)
    rdap = RdapRegistry(https_server, "rdap.test")
    rdap.write_bootstrap(os.environ["SHOPSAFE_DATA_DIR"], ["id"])
    rdap.add_domain("tokobajumurah.co.id", registered=days_ago(2000))
    resolve = {h: f"127.0.0.1:{https_server.port}" for h in ("tokobajumurah.co.id", "rdap.test")}
    report = check("https://tokobajumurah.co.id/", CheckOptions(ca_bundle=ca_bundle, deadline=8, resolve=resolve))
    found = report.finding("contact.found")
    assert report.contacts["emails"] == ["tokobajumurah88@gmail.com"]
    assert found is not None and found.status.value != "pass"
    assert report.finding("contact.free_webmail").status.value == "warn"
