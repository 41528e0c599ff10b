"""Evidence shown to people is in words; the JSON report keeps the codes programs read."""

from __future__ import annotations

import json
import re

import pytest

from desktop.checks import analyze_offline
from desktop.checks.export import report_html
from desktop.checks.labels import (
    EVIDENCE_LABELS,
    HIDDEN_KEYS,
    VALUE_LABELS,
    display_value,
    evidence_items,
)
from desktop.checks.lookalike import _DETAIL

def shout(context: str, source: str) -> str:
    """A stand-in catalogue: every translated text comes back in capitals, marked."""
    return f"<{context}:{source.upper()}>"


def test_codes_become_words_and_unknown_codes_stay_as_they_are():
    assert display_value("technique", "combosquat") == "brand name with added words"
    assert display_value("technique", "tld-swap", shout) == "<Technique:DIFFERENT DOMAIN ENDING>"
    assert display_value("kind", "marketplace", shout) == "<RegistryKind:MARKETPLACE>"
    assert display_value("reason", "no_rdap") == "the registry offers no RDAP service"
    assert display_value("reason", "FetchTimeout") == "no answer in time"
    assert display_value("missing", ["returns", "terms"]) == ["Return policy", "Terms and conditions"]
    assert display_value("scripts", ["CYRILLIC", "LATIN"]) == ["Cyrillic", "Latin"]
    assert display_value("how", "аpple (unicode)") == "аpple (letters from another alphabet)"
    # Unknown codes, free text and codes under another key are shown unchanged.
    assert display_value("technique", "bitsquat") == "bitsquat"
    # ...except a library's own words as a reason: those become a plain sentence (issue #15).
    assert display_value("reason", "[SSL] certificate verify failed") == "its certificate could not be verified"
    assert display_value("brand", "combosquat") == "combosquat"
    assert display_value("technique", 3) == 3


def test_evidence_items_label_keys_and_values():
    items = evidence_items(
        {"technique": "homoglyph", "kind": "bank", "weird_key": "x", "empty": None}, shout)
    assert items == [
        ("<Evidence:TRICK USED>", "<Technique:LOOK-ALIKE CHARACTERS>"),
        ("<Evidence:KIND>", "<RegistryKind:BANK>"),
        ("Weird key", "x"),
    ]


def test_every_technique_the_lookalike_check_names_has_words():
    assert set(_DETAIL) <= set(VALUE_LABELS["technique"])


@pytest.mark.parametrize("text", [
    "https://tokopedia-promo.shop/",
    "shopee.co.id.secure-pay.xyz",
    "http://paypal.com@evil.xyz/",
    "аpple.com",
    "instagram.com/nike.outlet.indo",
])
def test_offline_reports_show_no_raw_codes_but_keep_them_in_json(text):
    report = analyze_offline(text)
    doc = json.loads(json.dumps(report.to_json(None)))
    raw = {k: v for f in doc["findings"] for k, v in f["evidence"].items()
           if k in VALUE_LABELS and isinstance(v, str)}
    assert raw, "the case should carry at least one coded value"
    page = report_html(doc, translate=shout)
    for key, code in raw.items():
        assert code in VALUE_LABELS[key], f"{key}={code} has no words"
        assert re.search(rf">{re.escape(code)}<|: {re.escape(code)}\b", page) is None
        assert VALUE_LABELS[key][code].render(shout).replace("<", "&lt;").replace(">", "&gt;") in page
    # Every evidence key of these reports has a label.
    keys = {k for f in doc["findings"] for k in f["evidence"]}
    assert keys <= set(EVIDENCE_LABELS) | HIDDEN_KEYS, keys - set(EVIDENCE_LABELS)
    # The TLD table's long English source note stays in the JSON, not on the page.
    if "link.risky_tld" in {f["id"] for f in doc["findings"]}:
        assert "Spamhaus" not in page
        assert any("source" in f["evidence"] for f in doc["findings"])



def test_payment_methods_are_named_in_words_in_the_title_and_the_evidence():
    from desktop.checks.paymentfindings import payment_findings

    finding = next(payment_findings("Bayar di tempat (COD), kartu kredit atau OVO"))
    assert finding.title.render() == "Payment methods: cash on delivery, card, e-wallet"
    assert "<PaymentMethod:E-WALLET>" in finding.title.render(shout)
    assert finding.evidence["methods"] == ["cod", "card", "e_wallet"]  # JSON keeps the codes
    assert display_value("methods", ["e_wallet", "barter"]) == ["e-wallet", "barter"]


def test_domain_status_codes_in_words_in_rdap_and_epp_spelling():
    assert display_value("statuses", ["client transfer prohibited", "serverHold", "weird"]) == [
        "transfer locked", "suspended (not reachable)", "weird"]
    assert evidence_items({"statuses": ["active"]}) == [("Domain status", ["active"])]
