"""The report document: JSON shape (schema 1) and the helpers online checks use."""

from __future__ import annotations

import json

from desktop.checks.analyze import analyze_offline
from desktop.checks.model import Category, Finding, InputKind, Level, Status
from desktop.net.options import CheckOptions
from desktop.checks.report import CONTACT_KEYS, POLICY_KEYS, Report
from desktop.text import N_


def test_json_shape():
    report = analyze_offline("https://shopee-id.top/promo", CheckOptions(offline=True))
    data = json.loads(json.dumps(report.to_json()))
    assert data["schema"] == 1
    for key in ("input", "kind", "url", "host", "registrable_domain", "verdict", "findings",
                "timings", "contacts", "policies", "snapshot", "self_check", "offline",
                "checked_at"):
        assert key in data, key
    assert data["kind"] == "web_shop"
    assert data["verdict"]["level"] == "high_risk"
    assert data["verdict"]["reasons"][0]["id"] == "domain.lookalike"
    finding = data["findings"][0]
    assert set(finding) == {"id", "category", "status", "title", "detail", "advice", "evidence"}
    assert finding["status"] in {"pass", "info", "warn", "fail", "unknown"}
    assert finding["evidence"]["imitates"] == "shopee.co.id"
    assert set(data["contacts"]) == set(CONTACT_KEYS)
    assert set(data["policies"]) == set(POLICY_KEYS)
    assert data["timings"]["offline"] >= 0


def test_json_translates_texts():
    report = analyze_offline("shopee-id.top", CheckOptions(offline=True))
    data = report.to_json(lambda ctx, text: "<" + text + ">")
    assert data["findings"][0]["title"].startswith("<")
    assert data["verdict"]["summary"].startswith("<")


def test_with_findings_recomputes_the_verdict():
    report = analyze_offline("https://tokobaju.example.com/", CheckOptions(offline=False))
    assert report.verdict.level is Level.UNKNOWN
    ok = report.with_findings(
        Finding("https.valid", Category.HTTPS, Status.PASS, N_("T", "a"), N_("T", "b")),
        [Finding("domain.age", Category.DOMAIN, Status.PASS, N_("T", "a"), N_("T", "b")),
         Finding("contact.found", Category.CONTACT, Status.PASS, N_("T", "a"), N_("T", "b"))],
    )
    assert ok.verdict.level is Level.OK
    assert len(ok.findings) == len(report.findings) + 3
    bad = ok.with_findings(Finding("https.certificate", Category.HTTPS, Status.FAIL,
                                   N_("T", "a"), N_("T", "b")))
    assert bad.verdict.level is Level.HIGH_RISK
    assert report.verdict.level is Level.UNKNOWN  # immutable


def test_replace_keeps_verdict_unless_findings_change():
    report = analyze_offline("shopee-id.top", CheckOptions(offline=True))
    changed = report.replace(snapshot={"final_url": "https://shopee-id.top/", "title": "x",
                                       "text": "y", "fetched_at": "2026-11-23T00:00:00+00:00"},
                             contacts={**report.contacts, "phones": ["+6281234567890"]})
    assert changed.verdict == report.verdict
    assert changed.to_json()["contacts"]["phones"] == ["+6281234567890"]
    assert changed.to_json()["snapshot"]["final_url"] == "https://shopee-id.top/"
    online = report.replace(offline=False)
    # the offline notes go; with no content finding the shop's pages count as not read (issue 14)
    assert [m.render() for m in online.verdict.not_done] == [
        "The shop's own pages: contact details, policies, payment methods (they could not be read)"]


def test_report_is_frozen():
    report = analyze_offline("0812 3456 7890", CheckOptions(offline=True))
    assert isinstance(report, Report)
    assert report.kind is InputKind.PHONE
    try:
        report.input = "x"  # type: ignore[misc]
    except AttributeError:
        pass
    else:  # pragma: no cover
        raise AssertionError("Report must be immutable")


def test_package_api_is_sorted_and_importable():
    import desktop.checks as checks

    assert checks.__all__ == sorted(checks.__all__)
    for name in checks.__all__:
        assert getattr(checks, name) is not None, name
    for name in ("Report", "Verdict", "analyze_offline", "classify", "compute_verdict"):
        assert name in checks.__all__
