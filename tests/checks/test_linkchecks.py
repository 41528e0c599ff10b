"""Offline findings about the link itself, and the bundled dated tables."""

from __future__ import annotations

import json

import pytest

from desktop.checks.analyze import analyze_offline
from desktop.checks.model import InputKind, Level, Status
from desktop.net.options import CheckOptions
from desktop.checks.registry import default_registry
from desktop.paths import resource_path

OFF = CheckOptions(offline=True, country="ID")


def ids(text: str) -> dict[str, Status]:
    return {f.id: f.status for f in analyze_offline(text, OFF).findings}


def test_official_marketplace_advice():
    report = analyze_offline("https://seller.shopee.co.id/portal", OFF)
    assert report.kind is InputKind.MARKETPLACE
    assert report.verdict.level is Level.OK
    advice = report.finding("link.marketplace").advice.render()
    assert "checkout" in advice


def test_ip_literal_warns():
    assert ids("http://203.0.113.7/shop")["link.ip_literal"] is Status.WARN


def test_credentials_trick():
    assert ids("https://shopee.co.id@203.0.113.7/login")["link.credentials"] is Status.FAIL
    assert ids("https://user@toko.example.com/")["link.credentials"] is Status.WARN
    assert "link.credentials" not in ids("https://toko.example.com/")


def test_mixed_script_and_punycode():
    assert ids("xn--80ak6aa92e.com")["link.punycode"] is Status.INFO       # all Cyrillic
    assert ids("bеlley.fr")["link.mixed_script"] is Status.WARN             # Cyrillic е
    assert "link.punycode" not in ids("belley.fr")


def test_risky_tld_is_dated_and_sourced():
    found = analyze_offline("tokobaju.top", OFF).finding("link.risky_tld")
    assert found.status is Status.WARN and found.evidence["tld"] == "top"
    assert "2026" in found.evidence["source"]
    assert analyze_offline("tokobaju.store", OFF).finding("link.risky_tld").status is Status.INFO
    assert analyze_offline("tokobaju.co.id", OFF).finding("link.risky_tld") is None


def test_shortener_warns_and_site_builder_informs():
    assert ids("https://bit.ly/3xYz")["link.shortener"] is Status.WARN
    assert ids("s.id/promo")["link.shortener"] is Status.WARN
    found = ids("tokoku.myshopify.com")
    assert found == {"link.site_builder": Status.INFO}
    assert ids("sites.google.com/view/tokoku")["link.site_builder"] is Status.INFO
    assert "link.official" not in ids("sites.google.com/view/tokoku")


def test_social_seller_gets_self_check():
    report = analyze_offline("instagram.com/tokobaju_murah", OFF)
    assert report.kind is InputKind.SOCIAL
    assert report.social_handle == "tokobaju_murah"
    assert report.platform == "Instagram"
    assert report.verdict.level is Level.UNKNOWN
    assert "self-check" in report.finding("link.social_seller").advice.render()


def test_phone_and_account_inputs():
    phone = analyze_offline("0812 3456 7890", OFF)
    assert phone.kind is InputKind.PHONE and phone.phone == "+6281234567890"
    assert phone.finding("input.phone").status is Status.UNKNOWN
    account = analyze_offline("rek BCA 1234567890", OFF)
    assert account.bank_account == "1234567890"
    assert "cekrekening" in account.finding("input.bank_account").advice.render()


def test_not_understood():
    report = analyze_offline("halo kak", OFF)
    assert report.kind is InputKind.NOT_UNDERSTOOD
    assert report.verdict.level is Level.UNKNOWN
    assert report.finding("input.not_understood") is not None


@pytest.mark.parametrize("name", ["tld_risk.json", "shorteners.json", "site_builders.json",
                                  "confusables.json"])
def test_tables_are_sourced_and_dated(name):
    data = json.loads(resource_path(name).read_text(encoding="utf-8"))
    assert data["source"] and data["updated"].startswith("20")


def test_registry_size_and_countries():
    registry = default_registry()
    assert len(registry) >= 300
    countries = {c for e in registry.entries for c in e.countries}
    assert {"ID", "ES", "MX", "AR", "CO", "CL", "PE", "US", "UK", "*"} <= countries
    kinds = {e.kind for e in registry.entries}
    assert {"marketplace", "social", "bank", "ewallet", "payment", "brand"} <= kinds
    for path in resource_path("registry").glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["source"] and data["updated"].startswith("20"), path.name


def test_registry_errors_are_typed():
    from desktop.checks.registry import Registry, RegistryError

    with pytest.raises(RegistryError):
        Registry.from_entries([{"name": "x"}])
    with pytest.raises(RegistryError):
        Registry.from_entries([{"name": "x", "domains": ["x.com"], "kind": "nonsense"}])


def test_several_links_report_the_most_worrying():
    text = ("Barangnya ada di https://www.tokopedia.com/toko/hp tapi bayarnya lewat "
            "tokopedia-pay.xyz/checkout ya kak")
    report = analyze_offline(text, OFF)
    assert report.host == "tokopedia-pay.xyz"
    assert report.verdict.level is Level.HIGH_RISK
    several = report.finding("input.several_links")
    assert several.status is Status.INFO
    assert several.evidence["links"] == ["https://www.tokopedia.com/toko/hp",
                                         "tokopedia-pay.xyz/checkout"]
    single = analyze_offline("https://www.tokopedia.com/toko/hp", OFF)
    assert single.finding("input.several_links") is None
    assert single.verdict.level is Level.OK


@pytest.mark.parametrize("text,flagged", [
    ("DM @nike.outlet.indo utk order", True),
    ("tiktok.com/@shopee_promo_official", True),
    ("instagram.com/adidas.ori.murah", True),
    ("instagram.com/adidas", False),            # maybe the official account
    ("instagram.com/apple_pie_bakery", False),  # a brand word, nothing about reselling it
    ("instagram.com/tokobaju_murah", False),
])
def test_seller_handle_named_after_a_brand(text, flagged):
    report = analyze_offline(text, OFF)
    finding = report.finding("link.brand_handle")
    assert (finding is not None) is flagged
    if flagged:
        assert finding.status is Status.WARN and finding.evidence["imitates"]
        assert report.verdict.level is Level.CAUTION


def test_personal_payment_link_warns():
    report = analyze_offline("Pls pay via https://paypal.me/johnsmith123", OFF)
    assert report.finding("payment.personal_link").status is Status.WARN
    assert report.verdict.level is Level.CAUTION
    assert analyze_offline("https://www.paypal.com/", OFF).finding("payment.personal_link") is None


def test_old_mexican_mobile_prefix():
    from desktop.checks.inputs import classify

    assert classify("WHATSAPP +52 1 55 1234 5678", "ID").phone == "+525512345678"
    assert classify("wa.me/5215512345678", "MX").phone == "+525512345678"


@pytest.mark.parametrize("text,host,warned", [
    ("shop\u200bee-promo.top/login", "shopee-promo.top", True),
    ("https://shopee.co.id\u202e/abc", "shopee.co.id", True),
    ("\ufeffhttps://www.tokopedia.com/", "www.tokopedia.com", False),  # BOM from a file
    ("keluarga 👨\u200d👩\u200d👧 beli di tokopedia.com", "tokopedia.com", False),  # emoji
])
def test_invisible_characters_are_removed_and_reported(text, host, warned):
    report = analyze_offline(text, OFF)
    assert report.host == host
    assert report.input == text
    assert (report.finding("input.invisible_characters") is not None) is warned
