"""Hostile pages against the whole check (issue 20): real HTTPS servers on loopback serve what a
fake shop could send on purpose, and every check must end with one report, in time, without a
traceback, saying what it lost (``unknown``) and never "looks OK" because of the loss."""

from __future__ import annotations

import json
import os
import time

import pytest
from support import CertKind, hostile
from support.rdap_server import RdapRegistry, days_ago

from desktop.checks.export import report_html
from desktop.checks.labels import EVIDENCE_LABELS, HIDDEN_KEYS
from desktop.checks.model import Level, Status
from desktop.net.options import CheckOptions
from desktop.checks.run import final_report, run_check

ESTABLISHED = 3000  # days: the domain age passes, so only the content can decide the verdict


class Shops:
    """An HTTPS and a plain-HTTP server (ports 443 and 80 of every shop, as the HTTPS check also
    reads ``http://host/``) with an RDAP registry; every shop is an established ``.co.id`` domain."""

    def __init__(self, make_server, ca_bundle) -> None:
        self.server = make_server(tls=True)
        self.plain = make_server(tls=False)
        self.ca_bundle = ca_bundle
        self.rdap = RdapRegistry(self.server, "rdap.test")
        self.rdap.write_bootstrap(os.environ["SHOPSAFE_DATA_DIR"], ["id"])
        self.hosts = ["rdap.test"]

    def add(self, host: str, *, routes=None, cert=CertKind.VALID) -> str:
        """A shop at ``host`` (both ports): its privacy and returns pages plus ``routes``."""
        pages = {path: hostile.page(body) for path, body in hostile.POLICY_PAGES.items()}
        self.server.add_site(host, routes={**pages, **(routes or {})}, cert=cert)
        self.plain.add_site(host, routes={**pages, **(routes or {})})
        self.rdap.add_domain(host, registered=days_ago(ESTABLISHED))
        self.hosts.append(host)
        return f"https://{host}/"

    def options(self, deadline: float = 8.0) -> CheckOptions:
        resolve = {"rdap.test": f"127.0.0.1:{self.server.port}"}
        for host in self.hosts[1:]:
            resolve[f"{host}:443"] = f"127.0.0.1:{self.server.port}"
            resolve[f"{host}:80"] = f"127.0.0.1:{self.plain.port}"
        return CheckOptions(ca_bundle=self.ca_bundle, deadline=deadline, resolve=resolve)


@pytest.fixture
def shops(make_server, ca_bundle) -> Shops:
    return Shops(make_server, ca_bundle)


def ids(report) -> dict:
    return {f.id: f for f in report.findings}


def no_lost_check(report) -> None:
    """No check of the report failed through an exception (the bug class of this issue)."""
    failed = [f.id for f in report.findings if f.evidence.get("reason") == "check_failed"]
    assert not failed, failed


def shows_words_not_codes(report) -> None:
    """Every evidence key of the report has a translated label; internal flags stay hidden."""
    doc = json.loads(json.dumps(report.to_json(None)))
    keys = {k for f in doc["findings"] for k in f["evidence"]}
    assert keys <= set(EVIDENCE_LABELS) | HIDDEN_KEYS, keys - set(EVIDENCE_LABELS)
    assert "incomplete" not in report_html(doc).lower()


def test_a_plain_shop_page_looks_ok(shops):
    # the baseline for the tests below: the same page, served honestly, is "looks OK"
    url = shops.add("toko-jujur.co.id", routes={"/": hostile.page(hostile.SHOP_BODY)})
    report = final_report(run_check(url, shops.options()))
    assert report.verdict.level is Level.OK, [(f.id, f.status) for f in report.findings]


@pytest.mark.parametrize("charset", ["undefined", "idna", "utf-7", "hex", "rot13", "x-no-such-thing"])
def test_hostile_charset_is_read_as_utf8(shops, charset):
    url = shops.add("toko-charset.co.id", routes={"/": hostile.page(
        hostile.SHOP_BODY + "<p>" + "\u00e9" * 70 + "+2D3cAA-</p>", f"text/html; charset={charset}")})
    report = final_report(run_check(url, shops.options()))
    no_lost_check(report)
    found = ids(report)
    assert found["https.certificate"].status is Status.PASS
    assert found["contact.found"].status is Status.PASS
    assert "cs@toko-hostile.co.id" in report.contacts["emails"]
    assert not any("\ud800" <= c <= "\udfff" for c in report.snapshot["text"])  # no lone surrogates


@pytest.mark.parametrize("charset", ["undefined", "idna"])
def test_hostile_charset_does_not_hide_an_expired_certificate(shops, charset):
    url = shops.add("toko-kedaluwarsa.co.id", cert=CertKind.EXPIRED, routes={"/": hostile.page(
        hostile.SHOP_BODY, f"text/html; charset={charset}")})
    report = final_report(run_check(url, shops.options()))
    no_lost_check(report)
    assert ids(report)["https.expired"].status is Status.FAIL
    assert report.verdict.level is Level.HIGH_RISK


def test_malformed_location_is_a_failed_fetch_not_a_crash(shops):
    url = shops.add("toko-lokasi.co.id", routes={"/": hostile.malformed_location()})
    report = final_report(run_check(url, shops.options()))
    no_lost_check(report)
    found = ids(report)
    assert found["https.certificate"].status is Status.PASS  # the handshake itself was fine
    assert found["contact.unknown"].status is Status.UNKNOWN
    assert report.verdict.level is Level.UNKNOWN


def test_malformed_location_does_not_hide_an_expired_certificate(shops):
    url = shops.add("toko-lokasi-lama.co.id", cert=CertKind.EXPIRED,
                    routes={"/": hostile.malformed_location("https://[::1/x")})
    report = final_report(run_check(url, shops.options()))
    no_lost_check(report)
    assert report.verdict.level is Level.HIGH_RISK


def test_failing_contact_and_about_pages_are_unknown_never_looks_ok(shops):
    # the home page links a contact and an about page; both answer 503
    home = hostile.SHOP_BODY.replace("<p>Hubungi kami: cs@toko-hostile.co.id, telepon +62 21 5550 1234.</p>", "")
    home += '<a href="/kontak">Hubungi Kami</a> <a href="/tentang-kami">Tentang Kami</a>'
    refused = hostile.page("<h1>Service Unavailable</h1>", status=503)
    url = shops.add("toko-503.co.id", routes={"/": hostile.page(home), "/kontak": refused,
                                               "/tentang-kami": refused})
    report = final_report(run_check(url, shops.options()))
    no_lost_check(report)
    found = ids(report)
    assert found["contact.unknown"].status is Status.UNKNOWN
    assert found["contact.unknown"].evidence["incomplete"] is True
    assert "contact.none" not in found  # a refused page is not "no contact details"
    assert report.verdict.level is Level.UNKNOWN
    assert "contact.unknown" in [f.id for f in report.verdict.reasons]


def test_quadratic_markup_is_parsed_within_the_deadline(shops):
    route = hostile.quadratic_markup()  # 108 KB: two minutes in html.parser's close()
    url = shops.add("toko-markup.co.id", routes={"/": route})
    started = time.monotonic()
    report = final_report(run_check(url, shops.options(deadline=5)))
    assert time.monotonic() - started < 6
    no_lost_check(report)
    assert len(route.body) > 100_000
    assert ids(report)["contact.found"].status is Status.PASS


def test_a_page_too_slow_to_parse_is_cut_and_reported(shops):
    # 2.9 MB of "<": linear, but slower to parse than the page budget allows
    body = hostile.SHOP_BODY + "<" * 2_900_000
    url = shops.add("toko-lambat.co.id", routes={"/": hostile.page(body)})
    started = time.monotonic()
    report = final_report(run_check(url, shops.options(deadline=3)))
    assert time.monotonic() - started < 3 + 1.25  # the deadline plus run_check's second of grace
    found = ids(report)
    partial = found.get("content.partial") or found.get("contact.unknown")
    assert partial is not None and partial.status is Status.UNKNOWN and partial.evidence["incomplete"]
    assert report.verdict.level is Level.UNKNOWN  # never "looks OK" on a page read in part
    shows_words_not_codes(report)


def test_json_ld_nested_a_thousand_deep(shops):
    url = shops.add("toko-dalam.co.id", routes={"/": hostile.deep_json_ld(1000)})
    report = final_report(run_check(url, shops.options()))
    no_lost_check(report)
    assert ids(report)["contact.found"].status is Status.PASS


@pytest.mark.parametrize("how", ["meta", "script"])
def test_client_side_redirect_to_another_site_is_reported_not_followed(shops, host_map, how):
    url = shops.add("toko-pindah.co.id", routes={"/": hostile.client_redirect(
        "https://toko-asli-murah.shop/checkout", how)})
    report = final_report(run_check(url, shops.options()))
    no_lost_check(report)
    found = ids(report)
    moved = found["site.client_redirect"]
    assert moved.status is Status.WARN
    assert moved.evidence["target"] == "https://toko-asli-murah.shop/checkout"
    assert moved.evidence["method"] == how and moved.evidence["domain"] == "toko-asli-murah.shop"
    assert "toko-asli-murah.shop" not in host_map.lookups  # reported, never followed
    assert report.verdict.level is not Level.OK
    shows_words_not_codes(report)


def test_client_side_redirect_within_the_site_is_no_finding(shops):
    url = shops.add("toko-sendiri.co.id", routes={"/": hostile.client_redirect("/id/", "meta")})
    report = final_report(run_check(url, shops.options()))
    assert "site.client_redirect" not in ids(report)
