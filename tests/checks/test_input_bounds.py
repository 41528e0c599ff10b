"""Every pasted input is bounded before any quadratic work (issue 20)."""

from __future__ import annotations

import random
import time
import tracemalloc

import pytest

from desktop.checks.analyze import analyze_offline
from desktop.checks.inputs import MAX_INPUT_CHARS, classify
from desktop.checks.model import Finding, InputKind, Level, Status, Category
from desktop.checks.verdict import compute_verdict
from desktop.net.options import CheckOptions
from desktop.text import N_

OFFLINE = CheckOptions(offline=True)


def _letters(size: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(size))


@pytest.mark.parametrize("size", [64, 2_000, 40_000, 100_000])
def test_a_long_label_costs_little_and_is_too_long_to_be_real(size):
    analyze_offline("https://warmup.example/", OFFLINE)  # tables load once
    text = f"https://{_letters(size)}.com/"
    tracemalloc.start()
    started = time.perf_counter()
    report = analyze_offline(text, OFFLINE)
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert seconds < 0.5 and peak < 5 * 1024 * 1024 + 4 * len(text)  # before: 1.5 GB for 40 KB
    finding = report.finding("link.too_long")
    assert finding is not None and finding.status is Status.WARN
    assert report.verdict.level is Level.CAUTION and report.url is None


def test_limits_follow_dns():
    assert classify("https://" + "a" * 63 + ".com/").too_long is None
    assert classify("https://" + "a" * 64 + ".com/").too_long == "label"
    assert classify("https://" + ".".join(["abcdefghi"] * 25) + ".com/").too_long is None  # 253
    assert classify("https://" + ".".join(["abcdefghi"] * 26) + ".com/").too_long == "host"
    # a Unicode label counts in its ASCII (punycode) form, as DNS sees it
    unicode_label = "üéàöñçøåîêûôâë" * 4  # 56 characters, 68 in punycode
    assert classify(f"https://{unicode_label}.com/").too_long == "label"
    assert classify("https://shop.example/?q=" + "x" * 9000).too_long == "url"


def test_text_beyond_the_limit_is_not_read_and_says_so():
    text = "cek toko.example " + "x" * (MAX_INPUT_CHARS * 3) + " https://evil.example/"
    report = analyze_offline(text, OFFLINE)
    assert report.host == "toko.example"
    cut = report.finding("input.truncated")
    assert cut is not None and cut.status is Status.UNKNOWN and cut.evidence["incomplete"]
    assert len(report.input) == MAX_INPUT_CHARS


def test_lost_work_is_never_looks_ok():
    passes = [Finding("https.certificate", Category.HTTPS, Status.PASS, N_("T", "a"), N_("T", "b")),
              Finding("domain.age", Category.DOMAIN, Status.PASS, N_("T", "a"), N_("T", "b")),
              # issue 14: "Looks OK" also needs the shop's pages read
              Finding("contact.found", Category.CONTACT, Status.PASS, N_("T", "a"), N_("T", "b"))]
    assert compute_verdict(passes, InputKind.WEB_SHOP, False).level is Level.OK
    lost = Finding("contact.unknown", Category.CONTACT, Status.UNKNOWN, N_("T", "a"), N_("T", "b"),
                   None, {"incomplete": True})
    verdict = compute_verdict([*passes, lost], InputKind.WEB_SHOP, False)
    assert verdict.level is Level.UNKNOWN and verdict.reasons == (lost,)
    plain_unknown = Finding("x.unknown", Category.CONTACT, Status.UNKNOWN, N_("T", "a"), N_("T", "b"))
    assert compute_verdict([*passes, plain_unknown], InputKind.WEB_SHOP, False).level is Level.OK


@pytest.mark.parametrize("text", ["https://" + "a" * 70 + ".com/", "cek toko.example " + "x" * 20_000])
def test_the_new_findings_show_words_not_codes(text):
    import json
    import re

    from desktop.checks.export import report_html
    from desktop.checks.labels import EVIDENCE_LABELS, HIDDEN_KEYS, VALUE_LABELS

    doc = json.loads(json.dumps(analyze_offline(text, OFFLINE).to_json(None)))
    keys = {k for f in doc["findings"] for k in f["evidence"]}
    assert keys <= set(EVIDENCE_LABELS) | HIDDEN_KEYS, keys - set(EVIDENCE_LABELS)
    page = report_html(doc)
    assert "incomplete" not in page.lower()
    for finding in doc["findings"]:
        for key, code in finding["evidence"].items():
            if key in VALUE_LABELS and isinstance(code, str):
                assert code in VALUE_LABELS[key] and re.search(rf": {re.escape(code)}\b", page) is None
