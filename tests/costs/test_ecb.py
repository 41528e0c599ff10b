"""ECB reference rates: parsed from the published format, fetched from a real local HTTPS
server through desktop.net.client, cached for offline use."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

import pytest

from desktop.net.options import CheckOptions
from desktop.costs import RateSourceError, load_cached, load_rates, parse_ecb_xml
from desktop.costs.ecb import cache_path, fetch

DATA = Path(__file__).parent / "data" / "eurofxref-daily.xml"
PATH = "/stats/eurofxref/eurofxref-daily.xml"
HOST = "www.ecb.europa.eu"


def test_parse_published_format():
    table = parse_ecb_xml(DATA.read_bytes())
    assert table.base == "EUR" and table.date == dt.date(2026, 11, 20)
    assert len(table.rates) == 30
    assert table.rates["IDR"] == D("17271.97")  # exactly as published, no float
    assert table.rates["GBP"] == D("0.85938")
    assert "ARS" not in table.rates  # the ECB does not publish it: typed in


@pytest.mark.parametrize("document", [
    b"", b"not xml", b"<a/>",
    b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>',
    DATA.read_bytes().replace(b"rate='1.0772'", b"rate='-1'"),
    DATA.read_bytes().replace(b"rate='1.0772'", b"rate='abc'"),
    DATA.read_bytes().replace(b"time='2026-11-20'", b"time='yesterday'"),
])
def test_malformed_documents_are_refused(document):
    with pytest.raises(RateSourceError):
        parse_ecb_xml(document)


def _serve(server, body: bytes, status: int = 200):
    def handler(req):
        req.send_body(body, status=status, content_type="text/xml")
    server.add_site(HOST, routes={PATH: handler})
    return server.url(HOST, PATH)


def test_fetch_over_https_and_cache(https_server, ca_bundle):
    url = _serve(https_server, DATA.read_bytes())
    table = fetch(CheckOptions(ca_bundle=ca_bundle), url=url)
    assert table.rates["MXN"] == D("18.0290")
    assert [r.path for r in https_server.requests_for(HOST)] == [PATH]
    assert cache_path().read_bytes() == DATA.read_bytes()
    # Offline, the cached copy is used and the user is told so; no request is made.
    offline = load_rates(CheckOptions(offline=True, ca_bundle=ca_bundle), url=url)
    assert offline.from_cache and offline.problem is not None
    assert offline.table == table
    assert len(https_server.requests_for(HOST)) == 1


def test_bad_answer_keeps_the_old_cache(https_server, ca_bundle):
    cache_path().parent.mkdir(parents=True, exist_ok=True)
    cache_path().write_bytes(DATA.read_bytes())
    url = _serve(https_server, b"<html>maintenance</html>", status=503)
    result = load_rates(CheckOptions(ca_bundle=ca_bundle), url=url)
    assert result.from_cache and result.table is not None
    assert result.table.date == dt.date(2026, 11, 20)
    assert "503" in str(result.problem.render())


def test_untrusted_certificate_is_a_failure_not_rates(https_server, tmp_path):
    url = _serve(https_server, DATA.read_bytes())
    result = load_rates(CheckOptions(), url=url)  # system trust: the test CA is unknown
    assert result.table is None and result.from_cache
    assert result.problem is not None
    assert load_cached() is None


def test_offline_without_cache_has_no_table():
    result = load_rates(CheckOptions(offline=True))
    assert result.table is None and result.problem is not None
