"""desktop.checks.rdap: the shipped IANA bootstrap, a local RFC 9083 server, careful findings."""

from __future__ import annotations

import json
import os

import pytest
from support.rdap_server import RdapRegistry, days_ago, domain_document

from desktop.checks.model import Status
from desktop.net.client import Client, NetworkOffline
from desktop.net.options import CheckOptions
from desktop.checks.rdap import (
    Bootstrap,
    RdapError,
    domain_findings,
    load_bootstrap,
    lookup,
    parse_domain,
    rdap_domain_for,
    recent_change_finding,
    refresh_bootstrap,
)
from desktop.paths import resource_path


@pytest.fixture
def registry(https_server):
    return RdapRegistry(https_server, "rdap.test")


@pytest.fixture
def client(registry, ca_bundle):
    options = CheckOptions(ca_bundle=ca_bundle, deadline=5,
                           resolve={"rdap.test": f"127.0.0.1:{registry.server.port}"})
    with Client(options) as c:
        yield c


def test_bundled_bootstrap_is_a_dated_iana_copy():
    doc = json.loads(resource_path("rdap", "dns.json").read_text("utf-8"))
    assert doc["publication"].startswith("2026-01-30")
    boot = load_bootstrap()
    assert boot.servers_for("tokopedia.com") == ("https://rdap.verisign.com/com/v1/",)
    assert boot.servers_for("toko.co.id") == ("https://rdap.pandi.id/rdap/",)
    assert boot.servers_for("shop.example.org")[0].startswith("https://rdap.publicinterestregistry.org")
    assert boot.servers_for("tienda.es") == ()  # .es has no RDAP in the registry
    assert len(boot.services) > 1000


def test_refreshed_copy_wins_only_when_newer(isolated_shopsafe_env, registry):
    registry.write_bootstrap(os.environ["SHOPSAFE_DATA_DIR"], ["test"])
    assert load_bootstrap().servers_for("shop.test") == (registry.base_url,)
    older = registry.bootstrap(["test"]) | {"publication": "2001-01-01T00:00:00Z"}
    path = registry.write_bootstrap(os.environ["SHOPSAFE_DATA_DIR"], ["test"])
    path.write_text(json.dumps(older))
    assert load_bootstrap().servers_for("shop.test") == ()


def test_refresh_downloads_validates_and_caches(tmp_path, https_server, client, registry):
    registry.site.routes["/dns.json"] = lambda req: req.send_body(
        json.dumps(registry.bootstrap(["test", "shop"])), content_type="application/json")
    boot = refresh_bootstrap(client, f"https://rdap.test:{https_server.port}/dns.json")
    assert boot.servers_for("x.shop") == (registry.base_url,)
    assert load_bootstrap().publication == "2099-01-01T00:00:00Z"
    registry.site.routes["/bad.json"] = lambda req: req.send_body(b"{}", content_type="application/json")
    with pytest.raises(RdapError):
        refresh_bootstrap(client, f"https://rdap.test:{https_server.port}/bad.json")
    assert load_bootstrap().publication == "2099-01-01T00:00:00Z"  # bad file did not replace it


def test_refresh_is_refused_offline(ca_bundle):
    with Client(CheckOptions(offline=True)) as c, pytest.raises(NetworkOffline):
        refresh_bootstrap(c)


def test_lookup_parses_events_registrar_and_status(client, registry):
    registry.add_domain("tokobatik.test", registered=days_ago(3000), registrar="PT Registrar Nusantara",
                        statuses=("client transfer prohibited", "server delete prohibited"))
    record = lookup(client, "tokobatik.test", Bootstrap("x", {"test": (registry.base_url,)}, "test"))
    assert record.registrar == "PT Registrar Nusantara"
    assert record.age_days() in (2999, 3000)
    assert record.expires > record.registered and record.last_changed is not None
    assert "server delete prohibited" in record.statuses
    assert registry.queries == ["tokobatik.test"]


@pytest.mark.parametrize(("days", "status"), [(4, Status.WARN), (90, Status.INFO), (2000, Status.PASS)])
def test_age_findings_are_graded_with_care(client, registry, days, status):
    registry.add_domain("shop.test", registered=days_ago(days))
    boot = Bootstrap("x", {"test": (registry.base_url,)}, "test")
    [finding] = domain_findings(client, "www.shop.test", None, bootstrap=boot)
    assert finding.id == "domain.age" and finding.status is status
    assert finding.evidence["age_days"] == days and finding.evidence["registrar"]
    if status is Status.WARN:
        assert "does not make it a scam" in finding.detail.render()


def test_tld_without_rdap_is_unknown(client):
    [finding] = domain_findings(client, "tienda.es", "tienda.es", bootstrap=load_bootstrap())
    assert finding.status is Status.UNKNOWN and finding.evidence["reason"] == "no_rdap"


def test_not_found_and_garbage_are_unknown(client, registry):
    boot = Bootstrap("x", {"test": (registry.base_url,)}, "test")
    [missing] = domain_findings(client, "ghost.test", None, bootstrap=boot)
    assert missing.status is Status.UNKNOWN and missing.evidence["reason"] == "not_found"
    registry.add_raw("garbage.test", b"<html>oops</html>")
    [garbage] = domain_findings(client, "garbage.test", None, bootstrap=boot)
    assert garbage.status is Status.UNKNOWN and garbage.evidence["reason"] == "bad_json"
    registry.add_raw("error.test", b"{}", status=503)
    [error] = domain_findings(client, "error.test", None, bootstrap=boot)
    assert error.status is Status.UNKNOWN


def test_unreachable_server_is_unknown(ca_bundle):
    boot = Bootstrap("x", {"test": ("https://down.test/rdap/",)}, "test")
    options = CheckOptions(ca_bundle=ca_bundle, deadline=3, resolve={"down.test": "127.0.0.1:9"})
    with Client(options) as c:
        [finding] = domain_findings(c, "shop.test", None, bootstrap=boot)
    assert finding.status is Status.UNKNOWN and finding.evidence["reason"] == "network"


def test_parse_domain_rejects_other_objects():
    with pytest.raises(RdapError):
        parse_domain({"objectClassName": "entity"})
    record = parse_domain({"objectClassName": "domain", "ldhName": "A.TEST",
                           "events": [{"eventAction": "registration", "eventDate": "2020-02-03T04:05:06Z"}]})
    assert record.domain == "a.test" and record.registered.year == 2020 and record.registrar is None


def test_rdap_domain_for():
    assert rdap_domain_for("www.toko.co.id", "toko.co.id") == "toko.co.id"
    assert rdap_domain_for("www.shop.test", None) == "shop.test"
    assert rdap_domain_for("127.0.0.1", None) is None


def test_stale_bootstrap_is_refreshed_once_a_day_when_a_tld_is_missing(client, registry, https_server, monkeypatch):
    import desktop.checks.rdap as rdap

    stale = Bootstrap("2020-01-01T00:00:00Z", {"com": ("https://rdap.verisign.com/com/v1/",)}, "old")
    fresh = registry.bootstrap(["test"])
    registry.site.routes["/dns.json"] = lambda req: req.send_body(json.dumps(fresh), content_type="application/json")
    monkeypatch.setattr(rdap, "IANA_BOOTSTRAP_URL", f"https://rdap.test:{https_server.port}/dns.json")
    monkeypatch.setattr(rdap.refresh_bootstrap, "__defaults__", (rdap.IANA_BOOTSTRAP_URL,))
    registry.add_domain("newtld.test", registered=days_ago(900))
    [finding] = domain_findings(client, "newtld.test", None, bootstrap=stale)
    assert finding.status is Status.PASS  # found through the refreshed bootstrap
    fetched = [r for r in https_server.requests if r.path == "/dns.json"]
    assert len(fetched) == 1
    [again] = domain_findings(client, "other.example", None, bootstrap=stale)
    assert again.evidence["reason"] == "no_rdap"
    assert len([r for r in https_server.requests if r.path == "/dns.json"]) == 1  # not again today


def _record(registered: int, last_changed: int | None = None, events=None, statuses=("active",)):
    doc = domain_document("shop.test", registered=days_ago(registered),
                          last_changed=days_ago(last_changed) if last_changed is not None else None,
                          statuses=statuses)
    for action, age in (events or {}).items():
        doc["events"].append({"eventAction": action, "eventDate": days_ago(age).strftime("%Y-%m-%dT%H:%M:%SZ")})
    return parse_domain(doc, "https://rdap.test/")


def test_transfer_of_an_old_domain_is_served_and_reported(client, registry):
    # issue 14: fake shops buy old domains; the registry's transfer event gives them away
    doc = domain_document("oldshop.test", registered=days_ago(3500), last_changed=days_ago(12),
                          registrar="Cheap Names Ltd", base_url=registry.base_url)
    doc["events"].append({"eventAction": "transfer", "eventDate": days_ago(12).strftime("%Y-%m-%dT%H:%M:%SZ")})
    registry.add_raw("oldshop.test", json.dumps(doc).encode())
    boot = Bootstrap("x", {"test": (registry.base_url,)}, "test")
    age, changed = domain_findings(client, "oldshop.test", None, bootstrap=boot)
    assert age.id == "domain.age" and age.status is Status.PASS  # the age itself stays a fact
    assert changed.id == "domain.changed" and changed.status is Status.WARN
    assert changed.evidence["events"] == [{"event": "transfer", "date": doc["events"][-1]["eventDate"][:10],
                                           "days": 12}]
    assert changed.evidence["registrar"] == "Cheap Names Ltd"
    text = changed.detail.render()
    assert "transfer to another registrar" in text and "12 days ago" in text


@pytest.mark.parametrize("events", [{"reregistration": 30}, {"reinstantiation": 80}])
def test_reregistration_events_warn(events):
    finding = recent_change_finding(_record(2000, 400, events))
    assert finding is not None and finding.status is Status.WARN


@pytest.mark.parametrize("status", ["pending transfer", "redemption period", "pending delete"])
def test_handover_statuses_warn(status):
    finding = recent_change_finding(_record(2000, 400, statuses=(status,)))
    assert finding is not None and finding.status is Status.WARN
    assert finding.evidence["statuses"] == [status]


def test_recent_last_changed_alone_is_information_only():
    finding = recent_change_finding(_record(2000, 10))
    assert finding is not None and finding.status is Status.INFO  # renewals write it too
    assert "10 days ago" in finding.title.render()


def test_no_change_finding_for_young_domains_old_changes_or_old_transfers():
    assert recent_change_finding(_record(60, 2, {"transfer": 2})) is None  # young: reported as young
    assert recent_change_finding(_record(2000, 300)) is None
    assert recent_change_finding(_record(2000, 300, {"transfer": 400})) is None
