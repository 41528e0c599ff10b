"""Family-chat summary and HTML report rendered from the JSON form of a report."""

from __future__ import annotations

import pytest

from datetime import datetime, timezone
from html.parser import HTMLParser

from desktop.checks.export import evidence_items, format_value, report_html, safe_link
from desktop.checks.summary import effective_verdict, family_summary, subject_of

WHEN = datetime(2026, 11, 23, 9, 30, tzinfo=timezone.utc)


def _doc(**extra):
    doc = {
        "schema": 1,
        "input": "cek ini kak https://tokopedia-promo.shop/<b>deal</b>",
        "kind": "web_shop",
        "url": "https://tokopedia-promo.shop/",
        "host": "tokopedia-promo.shop",
        "registrable_domain": "tokopedia-promo.shop",
        "verdict": {"level": "high_risk", "reasons": [
            {"id": "domain.lookalike", "status": "fail", "title": "Imitates tokopedia.com"},
            "Domain is 3 days old"]},
        "findings": [
            {
                "id": "domain.lookalike", "category": "domain", "status": "fail",
                "title": "Looks like <script>alert(1)</script>", "detail": "d & d",
                "advice": "Do not pay", "evidence": {"imitates": "tokopedia.com", "technique": "combosquat"},
            },
            {
                "id": "policies.found", "category": "policies", "status": "pass",
                "title": "Policies", "detail": "found", "advice": None,
                "evidence": {"urls": ["https://tokopedia-promo.shop/privacy", "javascript:alert(1)"]},
            },
        ],
        "snapshot": {"final_url": "https://tokopedia-promo.shop/", "title": "<img src=x onerror=1>",
                     "text": "80% OFF </pre><script>x</script>", "fetched_at": "2026-11-23T09:29:00Z"},
    }
    doc.update(extra)
    return doc


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.hrefs, self.text = [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.hrefs += [v for k, v in attrs if k in ("href", "src")]

    def handle_data(self, data):
        self.text.append(data)


@pytest.fixture
def jakarta(monkeypatch):
    """The computer's clock in Jakarta (WIB, UTC+7) for this test."""
    import time

    monkeypatch.setenv("TZ", "Asia/Jakarta")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_summary_has_subject_date_level_reasons_and_advice(jakarta):
    text = family_summary(_doc(), when=WHEN)
    lines = text.splitlines()
    # Local time with the zone named, so a relative elsewhere reads it right.
    assert lines[0] == "ShopSafe check of tokopedia-promo.shop (2026-11-23 16:30 WIB (UTC+07:00))"
    assert lines[1] == "⛔ HIGH RISK"
    assert "- Imitates tokopedia.com" in lines
    assert lines[-1] == "Serious warning signs. Do not pay this seller."


def test_summary_is_translated_with_placeholders():
    def translate(ctx, src):
        return {"ShopSafe check of {subject} ({when})": "Cek ShopSafe untuk {subject} ({when})",
                "High risk": "Risiko tinggi"}.get(src, src)

    text = family_summary(_doc(), translate, when=WHEN)
    assert text.startswith("Cek ShopSafe untuk tokopedia-promo.shop")
    assert "RISIKO TINGGI" in text


def test_selfcheck_answers_override_verdict_and_are_counted():
    doc = _doc(verdict={"level": "unknown", "reasons": ["Checks were offline"]},
               self_check={"level": "caution", "reasons": ["Nobody answers the seller's phone."],
                          "answers": [{"id": "a", "question": "Q1", "answer": "no"},
                                      {"id": "b", "question": "Q2", "answer": None}]})
    level, reasons = effective_verdict(doc)
    assert level.value == "caution" and reasons == ["Nobody answers the seller's phone."]
    text = family_summary(doc, when=WHEN)
    assert "Self-check: 1 of 2 questions answered." in text
    html = report_html(doc, when=WHEN)
    assert "Q1" in html and "Not sure" not in html and "not answered" in html


def test_incomplete_report_never_raises():
    assert "NOT ENOUGH INFORMATION" in family_summary({}, when=WHEN)
    assert "<html" in report_html({"verdict": {"level": "bogus"}, "findings": [{"status": "x"}]})
    assert subject_of({"input": "x " * 100}).endswith("…")


def test_html_escapes_everything_from_the_web_and_links_only_http():
    page = report_html(_doc(), when=WHEN)
    parsed = _Collector()
    parsed.feed(page)
    assert "script" not in parsed.tags and "img" not in parsed.tags and "b" in parsed.tags
    assert "<script>alert(1)</script>" in "".join(parsed.text)  # shown as text
    assert "https://tokopedia-promo.shop/privacy" in parsed.hrefs
    assert all(h.startswith("https://") for h in parsed.hrefs)
    assert "javascript:alert(1)" in "".join(parsed.text)
    assert "Checked on 2026-11-23 09:30 UTC" in page
    assert "Imitates" in page and "brand name with added words" in page and "combosquat" not in page


def test_html_groups_findings_by_category_in_display_order():
    page = report_html(_doc(), when=WHEN)
    assert page.index("<h3>Domain</h3>") < page.index("<h3>Shop policies</h3>")


def test_evidence_helpers():
    assert safe_link("https://a.example/x") == "https://a.example/x"
    for bad in ("javascript:alert(1)", "file:///etc/passwd", "https://a b", "//x", 5):
        assert safe_link(bad) is None
    assert format_value(["a", "b"]) == "a, b"
    assert len(format_value("x" * 1000)) == 400
    items = evidence_items({"not_after": "2027-01-01", "weird_key": 1, "empty": []},
                           translate=lambda c, s: s.upper())
    assert items == [("VALID UNTIL", "2027-01-01"), ("Weird key", 1)]


def test_subject_prefers_the_seller_named_in_the_input():
    assert subject_of({"social_handle": "@tas.murah", "platform": "Instagram",
                       "host": "instagram.com"}) == "@tas.murah (Instagram)"
    assert subject_of({"phone": "+6281234567890", "input": "0812 3456 7890"}) == "+6281234567890"


def test_offline_report_names_what_was_not_checked():
    doc = _doc(verdict={"level": "unknown", "reasons": [], "not_done": ["Domain age <offline>"]})
    page = report_html(doc, when=WHEN)
    assert "Not checked:" in page and "Domain age &lt;offline&gt;" in page


def test_kind_is_named_in_words():
    page = report_html(_doc(kind="social_seller"), when=WHEN)
    assert "Seller on social media" in page and "social_seller" not in page


def test_times_in_evidence_are_readable():
    assert format_value("2026-11-19T08:18:28+00:00") == "2026-11-19 08:18 UTC"
    assert format_value("2026-11-19T08:18:28Z") == "2026-11-19 08:18 UTC"
    assert format_value("2026-11-19T08:18+07:00") == "2026-11-19 08:18 +07:00"
    assert format_value("see 2026-11-19T08:18:28Z") == "see 2026-11-19T08:18:28Z"  # only whole values


def test_marketplace_listing_gets_the_checkout_advice_unless_high_risk():
    ok = _doc(kind="marketplace_listing", verdict={"level": "ok", "reasons": []})
    assert "marketplace&#x27;s own checkout" in report_html(ok, when=WHEN)
    assert "marketplace's own checkout" in family_summary(ok, when=WHEN)
    risky = _doc(kind="marketplace_listing")
    assert "own checkout" not in report_html(risky, when=WHEN)


def test_summary_and_html_say_when_the_check_was_made_not_when_they_were_written(jakarta):
    doc = {**_doc(), "checked_at": "2026-01-02T03:04:05+00:00"}
    assert "(2026-01-02 10:04 WIB (UTC+07:00))" in family_summary(doc).splitlines()[0]
    assert "2026-01-02 10:04 WIB (UTC+07:00)" in report_html(doc)
