"""Every lookalike technique, flagged and not flagged, against the bundled registry and the
ANSSI labelled set (with its four imitated domains added, as their benchmark does)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.checks.domains import host_info
from desktop.checks.lookalike import TECHNIQUES, find_lookalikes, lookalike_findings
from desktop.checks.model import Status
from desktop.checks.registry import Registry, default_registry

ANSSI_DIR = Path(__file__).resolve().parents[3] / "shared" / "corpora" / "typosquats-anssi-lab"


@pytest.fixture(scope="module")
def registry() -> Registry:
    return default_registry()


@pytest.fixture(scope="module")
def anssi_registry() -> Registry:
    extra = Registry.from_domains(["belley.fr", "ameli.fr", "impots.gouv.fr",
                                   "service-public.fr"])
    return Registry(default_registry().entries + extra.entries)


def top(host: str, registry: Registry):
    matches = find_lookalikes(host_info(host), registry)
    return matches[0] if matches else None


# host, imitated official domain, technique, status
FLAGGED = [
    ("tokopedla.com", "tokopedia.com", "homoglyph", Status.FAIL),          # l for i
    ("paypa1.com", "paypal.com", "homoglyph", Status.FAIL),                # 1 for l
    ("rnercadolibre.com.ar", "mercadolibre.com.ar", "homoglyph", Status.FAIL),  # rn for m
    ("sh0pee.co.id", "shopee.co.id", "homoglyph", Status.FAIL),           # 0 for o
    ("shоpee.co.id", "shopee.co.id", "homoglyph", Status.FAIL),           # Cyrillic о
    ("xn--pypal-4ve.com", "paypal.com", "homoglyph", Status.FAIL),        # punycode Cyrillic а
    # issue 14: a marketplace's name on .co (a typo of .com) is high risk, unless the
    # marketplace trades in Colombia, whose ending .co is (shopee.co, bancodebogota.co)
    ("tokopedia.co", "tokopedia.com", "tld-swap", Status.FAIL),
    ("shopee.co", "shopee.co.id", "tld-swap", Status.WARN),
    ("bancodebogota.co", "bancodebogota.com", "tld-swap", Status.WARN),
    ("tokopedia.net.co", "tokopedia.com", "tld-swap", Status.WARN),      # not the bare .co ending
    ("tokopedia.xyz", "tokopedia.com", "tld-swap", Status.FAIL),          # abused TLD
    ("shopee-id.top", "shopee.co.id", "combosquat", Status.FAIL),
    ("tokopedia-promo.shop", "tokopedia.com", "combosquat", Status.FAIL),
    ("paypalverify.com", "paypal.com", "combosquat", Status.FAIL),
    # issue 14: brand + sale word ("-outlet", "-ofertas", "-rebajas", "-promo", "-diskon", "-sale")
    ("nike-outlet-es.com", "nike.com", "combosquat", Status.FAIL),
    ("zalando-rebajas.com", "zalando.es", "combosquat", Status.FAIL),
    ("mercadolibre-ofertas.com", "mercadolibre.com", "combosquat", Status.FAIL),
    ("adidas-diskon.id", "adidas.co.id", "combosquat", Status.FAIL),
    ("nike-sale.com", "nike.com", "combosquat", Status.FAIL),
    ("nike-store-es.com", "nike.com", "combosquat", Status.WARN),        # shop + country words only
    ("amazon.com.secure-checkout.xyz", "amazon.com", "subdomain", Status.FAIL),
    ("shopee.co.id.secure-pay.xyz", "shopee.co.id", "subdomain", Status.FAIL),
    ("mercado-libre.com.ar", "mercadolibre.com.ar", "separator", Status.WARN),
    ("tokopdia.com", "tokopedia.com", "omission", Status.FAIL),           # long name, own TLD
    ("tokoppedia.com", "tokopedia.com", "repetition", Status.FAIL),
    ("tokopedika.com", "tokopedia.com", "insertion", Status.FAIL),
    ("tokoepdia.com", "tokopedia.com", "transposition", Status.FAIL),
    ("tokopedis.com", "tokopedia.com", "typo", Status.FAIL),              # s next to a
    ("bankmandirl.co.id", "bankmandiri.co.id", "homoglyph", Status.FAIL),
    ("zalamdo.com", "zalando.es", "typo", Status.WARN),                 # short name: warn only
    # issue 14: two letters of a short marketplace name swapped keep its look entirely
    ("shoepe.com", "shopee.com", "transposition", Status.FAIL),
    ("lazdaa.com", "lazada.com", "transposition", Status.FAIL),
    ("adidsa.com", "adidas.com", "transposition", Status.WARN),          # a brand, not a marketplace
]


@pytest.mark.parametrize("host,imitates,technique,status", FLAGGED)
def test_flagged(host, imitates, technique, status, registry):
    match = top(host, registry)
    assert match is not None, host
    assert (match.technique, match.status) == (technique, status), match
    assert match.imitates.split(".")[0] == imitates.split(".")[0], match


NOT_FLAGGED = [
    # official domains and their subdomains
    "seller.shopee.co.id", "mercadolibre.com.ar", "amazon.es", "blibli.com", "www.tokopedia.com",
    "m.facebook.com", "articulo.mercadolibre.com.mx", "bancochile.cl", "klikbca.com",
    # ordinary sites that merely resemble a brand
    "lemonde.fr", "github.com", "wikipedia.org", "mozilla.org", "laposte.net", "leboncoin.fr",
    "mail.ru", "telegraph.co.uk", "cdn-apple.com", "genius.com", "canoe.com", "tempo.co",
    "thecravory.com", "shop.lafrancehospitality.com", "my-little-shop.myshopify.com",
    "cloud.microsoft", "microsoftapp.net", "nikeshoes.myshopify.com.example",
]


@pytest.mark.parametrize("host", NOT_FLAGGED)
def test_not_flagged(host, registry):
    matches = find_lookalikes(host_info(host), registry, "ID")
    assert [m for m in matches if m.status is Status.FAIL] == [], matches
    if host != "nikeshoes.myshopify.com.example":
        assert matches == [], matches


def _anssi_rows():
    path = ANSSI_DIR / "tests_donnees_typosquats.txt"
    if not path.exists():
        pytest.skip("shared corpora not available")
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield tuple(x.strip() for x in line.split("|"))


ANSSI_CLASS = {
    "insertion": {"insertion", "repetition"}, "separateur": {"separator"},
    "homoglyphe": {"homoglyph"}, "faute-de-frappe": {"typo"}, "omission": {"omission"},
    "permutation-de-tld": {"tld-swap"}, "combosquat": {"combosquat", "subdomain"},
}


def test_every_anssi_class_detected_with_the_right_target_and_technique(anssi_registry):
    rows = list(_anssi_rows())
    assert len(rows) == 15
    for suspect, imitated, klass in rows:
        match = top(suspect, anssi_registry)
        assert match is not None, suspect
        assert match.imitates == imitated, (suspect, match)
        assert match.technique in ANSSI_CLASS[klass], (suspect, klass, match)


@pytest.mark.parametrize("name", ["tests_donnees_a-ne-pas-signaler.txt",
                                  "tests_donnees_domaines-legitimes-signales.txt"])
def test_anssi_must_not_flag(name, anssi_registry):
    path = ANSSI_DIR / name
    if not path.exists():
        pytest.skip("shared corpora not available")
    hosts = [x.strip() for x in path.read_text(encoding="utf-8").splitlines()
             if x.strip() and not x.startswith("#")]
    assert hosts
    for host in hosts:
        assert find_lookalikes(host_info(host), anssi_registry) == [], host


def test_weak_signals_only_for_brands_of_the_users_country(registry):
    # tempo.co is an Indonesian newspaper; Tenpo is a Chilean wallet
    assert find_lookalikes(host_info("tempo.co"), registry, "ID") == []
    assert find_lookalikes(host_info("tempo.co"), registry, "CL")[0].imitates == "tenpo.cl"
    # serious matches count everywhere
    assert find_lookalikes(host_info("tokopedia-login.com"), registry, "ES")[0].status \
        is Status.FAIL


def test_finding_names_what_and_how(registry):
    findings = list(lookalike_findings(host_info("shopee-id.top"), registry))
    assert len(findings) == 1
    finding = findings[0]
    assert finding.id == "domain.lookalike"
    assert finding.evidence["imitates"] == "shopee.co.id"
    assert finding.evidence["technique"] == "combosquat"
    assert finding.evidence["technique"] in TECHNIQUES
    assert "Shopee" in finding.title.render()
    assert "shopee-id.top" in finding.detail.render()


def test_no_finding_for_clean_host(registry):
    assert list(lookalike_findings(host_info("thecravory.com"), registry)) == []


def test_leave_one_out_registry_flags_the_removed_domain():
    registry = default_registry()
    assert find_lookalikes(host_info("amazon.es"), registry) == []
    without = registry.without("amazon.es")
    match = find_lookalikes(host_info("amazon.es"), without)[0]
    assert match.technique == "tld-swap"
    gone = registry.without_entry_of("amazon.es")
    assert find_lookalikes(host_info("amazon.es"), gone) == []


def test_brand_top_level_domain_is_the_brands_own():
    registry = Registry.from_domains(["google.com"])
    assert find_lookalikes(host_info("blog.google"), registry) == []


def test_global_brand_on_country_ending_is_only_information():
    from desktop.checks.analyze import analyze_offline
    from desktop.net.options import CheckOptions

    report = analyze_offline("google.com.hk", CheckOptions(offline=True))
    finding = report.finding("domain.brand_local_site")
    assert finding is not None and finding.status is Status.INFO
    assert finding.evidence["imitates"].startswith("google.")
    assert report.verdict.level.value == "unknown"
    # money brands, .com typo endings and abused endings still warn or fail
    assert analyze_offline("paypal.ru", CheckOptions(offline=True)).finding(
        "domain.lookalike").status is Status.WARN
    # a marketplace on .co, the typo of .com, is high risk since issue 14
    assert analyze_offline("amazon.co", CheckOptions(offline=True)).finding(
        "domain.lookalike").status is Status.FAIL
    assert analyze_offline("google.tk", CheckOptions(offline=True)).finding(
        "domain.lookalike").status is Status.FAIL


# For each technique, look-alike-ish names that must not be flagged by it (country ID).
MUST_NOT_BY_TECHNIQUE = [
    ("homoglyph", "vinted.it"),          # brand name on another ending, not i/l trickery
    ("homoglyph", "1cloudhosting.com"),
    ("typo", "tempo.co"),                # Indonesian newspaper vs Chilean wallet Tenpo
    ("omission", "mail.ru"),             # too short to be a typo of gmail
    ("omission", "checkout.com"),        # digits in brand names (2checkout) are not typo bait
    ("insertion", "logitechg.com"),      # appended letter on a long name: at most a warning
    ("replacement", "genius.com"),       # short names: replaced letters are ordinary words
    ("tld-swap", "google.com.hk"),       # a global brand's local site: information only
    ("combosquat", "cdn-apple.com"),     # infrastructure words
    ("combosquat", "microsoftonline.us"),
    ("combosquat", "telegraph.co.uk"),
    ("subdomain", "www.shopify.com.au"),
    ("separator", "mercadolibre.com.ar"),
]


@pytest.mark.parametrize("technique,host", MUST_NOT_BY_TECHNIQUE)
def test_technique_does_not_fire(technique, host, registry):
    matches = find_lookalikes(host_info(host), registry, "ID")
    serious = [m for m in matches if m.technique == technique and m.status is Status.FAIL]
    assert serious == [], matches
    if technique not in ("insertion",):
        assert [m for m in matches if m.technique == technique
                and m.status is Status.WARN] == [], matches


def test_concurrent_first_use_of_a_registry_is_safe():
    from concurrent.futures import ThreadPoolExecutor

    fresh = Registry(default_registry().entries)
    hosts = ["shopee-id.top", "tokopedla.com", "seller.shopee.co.id", "paypa1.com"] * 25
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda h: find_lookalikes(host_info(h), fresh), hosts))
    assert [bool(r) for r in results[:4]] == [True, True, False, True]
    assert all(bool(r) == bool(results[i % 4]) for i, r in enumerate(results))


@pytest.mark.parametrize("host,imitates", [
    ("skechersshopbudapest.com", "skechers.com"),   # brand glued to a rest holding "shop"
    ("zalandosale-eur.shop", "zalando"),            # glued inside one hyphenated part
    ("northfacesuperdeal.shop", "thenorthface.com"),
])
def test_brand_glued_to_shop_words(host, imitates, registry):
    match = top(host, registry)
    assert match is not None and match.technique == "combosquat"
    assert match.imitates.startswith(imitates)
