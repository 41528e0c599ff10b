"""The family's seller book is consulted first, offline (issue 12).

The lookup is the real archive's (``Session.seller_lookup``) in tests/archive; here a lookup is
any callable, as ``run_check`` documents, to pin the verdict rules."""

from __future__ import annotations

from desktop.checks.family import report_keys
from desktop.checks.model import Level
from desktop.checks.run import final_report, run_check
from desktop.checks.stored import report_from_store, report_to_store
from desktop.identity.keys import Key
from desktop.identity.match import SellerMatch
from desktop.net.options import CheckOptions

OFFLINE = CheckOptions(offline=True, country="ID")


def _book(verdict: str, *known: Key):
    asked: list[list[Key]] = []

    def lookup(keys):
        keys = list(keys)
        asked.append(keys)
        for key in keys:
            if key in known:
                return SellerMatch("s1", "Toko Maju", verdict, "Ibu", "m1", "2026-12-03T09:00:00Z",
                                   "paid, never shipped", key)
        return None

    return lookup, asked


def test_a_scam_mark_makes_even_an_official_marketplace_link_high_risk():
    lookup, _ = _book("scam", Key("shop", "tokopedia.com/tokomaju"))
    report = final_report(run_check("https://www.tokopedia.com/TokoMaju/sepatu-123", OFFLINE,
                                    seller_lookup=lookup))
    assert report.verdict.level is Level.HIGH_RISK
    assert report.findings[0].id == "family.scam" and report.findings[0] in report.verdict.reasons
    assert report.findings[0].detail.render() == \
        "“Toko Maju”: marked as a scam by Ibu on 2026-12-03: paid, never shipped"
    data = report.to_json()
    assert data["seller_book"]["seller"] == "Toko Maju"
    assert (data["seller_book"]["verdict"], data["seller_book"]["by"], data["seller_book"]["at"],
            data["seller_book"]["reason"]) == ("scam", "Ibu", "2026-12-03T09:00:00Z", "paid, never shipped")
    assert report_from_store(report_to_store(report)) == report


def test_every_identifier_of_a_chat_message_is_asked():
    lookup, asked = _book("scam", Key("bank", "1234567890"))
    text = ("Transfer ke BCA 123 456 7890 a.n. Budi ya kak, konfirmasi wa.me/6281234567890, "
            "toko kami https://www.tokomaju.com/promo atau IG @toko.maju")
    report = final_report(run_check(text, OFFLINE, seller_lookup=lookup))
    assert set(asked[0]) >= {Key("bank", "1234567890"), Key("phone", "+6281234567890"),
                             Key("domain", "tokomaju.com")}
    assert report.verdict.level is Level.HIGH_RISK


def test_phone_and_handle_inputs():
    lookup, _ = _book("scam", Key("phone", "+6281234567890"))
    assert final_report(run_check("0812-3456-7890", OFFLINE, seller_lookup=lookup)).verdict.level \
        is Level.HIGH_RISK
    lookup, _ = _book("scam", Key("handle", "toko.maju"))
    report = final_report(run_check("https://www.instagram.com/toko.maju/", OFFLINE, seller_lookup=lookup))
    assert report.verdict.level is Level.HIGH_RISK


def test_a_trust_mark_is_shown_but_never_hides_other_findings():
    lookup, _ = _book("trusted", Key("domain", "paypa1-secure.com"))
    plain = final_report(run_check("https://paypa1-secure.com/login", OFFLINE))
    trusted = final_report(run_check("https://paypa1-secure.com/login", OFFLINE, seller_lookup=lookup))
    assert trusted.findings[0].id == "family.trusted"
    assert trusted.findings[1:] == plain.findings
    assert trusted.verdict.level is plain.verdict.level


def test_unsure_warns_unknown_seller_changes_nothing_and_a_broken_book_is_said():
    lookup, _ = _book("unsure", Key("domain", "tokomaju.com"))
    report = final_report(run_check("tokomaju.com", OFFLINE, seller_lookup=lookup))
    assert report.findings[0].id == "family.unsure"
    lookup, _ = _book("scam")
    plain = final_report(run_check("tokomaju.com", OFFLINE))
    assert final_report(run_check("tokomaju.com", OFFLINE, seller_lookup=lookup)).findings == plain.findings

    def broken(keys):
        raise RuntimeError("disk gone")

    report = final_report(run_check("tokomaju.com", OFFLINE, seller_lookup=broken))
    assert report.findings[0].id == "family.unavailable" and report.seller_book is None


def test_report_keys_of_a_report_without_a_seller():
    report = final_report(run_check("hello there", OFFLINE))
    assert report_keys(report) == []
