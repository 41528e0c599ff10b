"""The verdict rules of DESIGN.md §3, including online findings from other checks."""

from __future__ import annotations

from desktop.checks.model import Category, Finding, InputKind, Level, Status
from desktop.checks.verdict import compute_verdict
from desktop.text import N_


def f(fid: str, status: Status, category: Category = Category.DOMAIN) -> Finding:
    return Finding(fid, category, status, N_("T", fid), N_("T", "detail"))


WEB = InputKind.WEB_SHOP


def test_serious_fail_is_high_risk_and_named():
    lookalike = f("domain.lookalike", Status.FAIL)
    verdict = compute_verdict([f("https.valid", Status.PASS), lookalike], WEB, offline=False)
    assert verdict.level is Level.HIGH_RISK
    assert verdict.reasons == (lookalike,)


def test_invalid_certificate_is_high_risk():
    verdict = compute_verdict([f("https.certificate", Status.FAIL, Category.HTTPS),
                               f("domain.age", Status.PASS)], WEB, offline=False)
    assert verdict.level is Level.HIGH_RISK


def test_young_domain_alone_is_caution_even_as_fail():
    for status in (Status.WARN, Status.FAIL):
        verdict = compute_verdict([f("https.valid", Status.PASS),
                                   f("domain.age", status)], WEB, offline=False)
        assert verdict.level is Level.CAUTION, status
        assert [r.id for r in verdict.reasons] == ["domain.age"]


def test_three_kinds_of_warning_together_are_high_risk():
    findings = [f("https.valid", Status.PASS), f("domain.age", Status.WARN),
                f("payment.transfer_only", Status.WARN, Category.PAYMENT),
                f("pricing.discount", Status.WARN, Category.PRICING)]
    verdict = compute_verdict(findings, WEB, offline=False)
    assert verdict.level is Level.HIGH_RISK
    assert len(verdict.reasons) == 3
    two = compute_verdict(findings[:3], WEB, offline=False)
    assert two.level is Level.CAUTION


def test_missing_key_checks_is_unknown():
    verdict = compute_verdict([f("https.valid", Status.PASS)], WEB, offline=False)
    assert verdict.level is Level.UNKNOWN
    unknown_https = compute_verdict([f("https.valid", Status.UNKNOWN),
                                     f("domain.age", Status.PASS)], WEB, offline=False)
    assert unknown_https.level is Level.UNKNOWN
    assert [r.id for r in unknown_https.reasons] == ["https.valid"]


def test_all_key_checks_pass_is_ok():
    verdict = compute_verdict([f("https.valid", Status.PASS), f("domain.age", Status.PASS),
                               f("contact.found", Status.PASS, Category.CONTACT),
                               f("link.site_builder", Status.INFO)], WEB, offline=False)
    assert verdict.level is Level.OK
    assert verdict.not_done == ()


def test_offline_says_what_was_not_done():
    verdict = compute_verdict([], WEB, offline=True)
    assert verdict.level is Level.UNKNOWN
    text = " ".join(m.render() for m in verdict.not_done)
    assert "HTTPS" in text and "Domain age" in text and "Site content" in text


def test_official_domain_is_ok_offline():
    verdict = compute_verdict([f("link.official", Status.PASS, Category.LINK)],
                              InputKind.MARKETPLACE, offline=True)
    assert verdict.level is Level.OK
    assert "checkout" in verdict.summary.render()


def test_social_phone_account_are_unknown_without_warnings():
    for kind in (InputKind.SOCIAL, InputKind.PHONE, InputKind.BANK_ACCOUNT):
        verdict = compute_verdict([f("input.x", Status.UNKNOWN, Category.MANUAL)], kind, False)
        assert verdict.level is Level.UNKNOWN
        assert verdict.not_done == ()
        assert "self-check" in verdict.summary.render()


def test_family_flag_beats_official():
    verdict = compute_verdict([f("link.official", Status.PASS, Category.LINK),
                               f("family.scam", Status.FAIL, Category.FAMILY)],
                              InputKind.MARKETPLACE, offline=True)
    assert verdict.level is Level.HIGH_RISK


def test_verdict_json():
    verdict = compute_verdict([f("domain.lookalike", Status.FAIL)], WEB, offline=True)
    data = verdict.to_json()
    assert data["level"] == "high_risk"
    assert data["reasons"] == [{"id": "domain.lookalike", "status": "fail",
                                "title": "domain.lookalike"}]
    assert len(data["not_done"]) == 3


def test_site_contacts_stand_in_for_domain_age_without_rdap():
    # .es and other endings have no RDAP: a shop with valid HTTPS and real contact details is not
    # "not enough information" for its registry's sake, but the verdict says the age was not read.
    findings = [f("https.valid", Status.PASS), f("domain.age", Status.UNKNOWN),
                f("contact.found", Status.PASS, Category.CONTACT)]
    verdict = compute_verdict(findings, WEB, offline=False)
    assert verdict.level is Level.OK
    assert [m.render() for m in verdict.not_done] == [
        "Domain age and registration data (the registry could not tell)"]
    no_contact = compute_verdict(findings[:2], WEB, offline=False)
    assert no_contact.level is Level.UNKNOWN
    unknown_contact = compute_verdict(findings[:2] + [f("contact.unknown", Status.UNKNOWN,
                                                        Category.CONTACT)], WEB, offline=False)
    assert unknown_contact.level is Level.UNKNOWN
    no_https = compute_verdict([f("https.valid", Status.UNKNOWN)] + findings[1:], WEB,
                               offline=False)
    assert no_https.level is Level.UNKNOWN


def test_looks_ok_requires_the_shops_pages_read():
    # issue 14: valid certificate and an old domain, but the pages never answered
    unread = f("contact.unknown", Status.UNKNOWN, Category.CONTACT)
    base = [f("https.certificate", Status.PASS, Category.HTTPS), f("domain.age", Status.PASS)]
    verdict = compute_verdict([*base, unread, f("policies.unknown", Status.UNKNOWN, Category.POLICIES)],
                              WEB, offline=False)
    assert verdict.level is Level.UNKNOWN
    assert "contact.unknown" in [r.id for r in verdict.reasons]
    assert any("could not be read" in m.render() for m in verdict.not_done)
    # no content finding at all (the content check never reported) is not "read" either
    assert compute_verdict(base, WEB, offline=False).level is Level.UNKNOWN
    # a warning still wins over "not enough information"
    warned = compute_verdict([*base, unread, f("domain.changed", Status.WARN)], WEB, offline=False)
    assert warned.level is Level.CAUTION
    read = compute_verdict([*base, f("contact.found", Status.PASS, Category.CONTACT)], WEB, offline=False)
    assert read.level is Level.OK and not read.not_done


def test_lookalike_warning_on_a_young_or_changed_domain_is_high_risk():
    lookalike = f("domain.lookalike", Status.WARN)
    base = [f("https.certificate", Status.PASS, Category.HTTPS), f("contact.found", Status.PASS, Category.CONTACT)]
    for new in (f("domain.age", Status.WARN), f("domain.age", Status.INFO), f("domain.changed", Status.WARN)):
        verdict = compute_verdict([*base, lookalike, new], WEB, offline=False)
        assert verdict.level is Level.HIGH_RISK, new
        assert list(verdict.reasons) == [lookalike, new]
    # either alone stays a warning; an old unchanged domain or a mere renewal does not combine
    for other in (f("domain.age", Status.PASS), f("domain.changed", Status.INFO)):
        assert compute_verdict([*base, lookalike, other], WEB, offline=False).level is Level.CAUTION
    assert compute_verdict([*base, f("domain.age", Status.WARN)], WEB, offline=False).level is Level.CAUTION


def test_old_domain_does_not_cancel_other_warnings():
    findings = [f("https.certificate", Status.PASS, Category.HTTPS), f("domain.age", Status.PASS),
                f("policies.copied", Status.WARN, Category.POLICIES),
                f("payment.transfer_only", Status.WARN, Category.PAYMENT),
                f("pricing.brands", Status.WARN, Category.PRICING)]
    assert compute_verdict(findings, WEB, offline=False).level is Level.HIGH_RISK
