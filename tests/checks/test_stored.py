"""A stored report comes back equal: reopening a recent check shows what the buyer saw."""

from __future__ import annotations

import json

import pytest

from desktop.checks.analyze import analyze_offline
from desktop.net.options import CheckOptions
from desktop.checks.stored import StoredReportError, report_from_store, report_to_store

INPUTS = [
    "cek ini kak https://tokopedia-promo.shop/flash-sale dan https://www.tokopedia.com/",
    "https://www.instagram.com/tas.murah.original/",
    "transfer ke BCA 1234567890 a.n. Budi",
    "wa.me/6281234567890",
    "https://xn--80ak6aa92e.com/",
    "hello there",
]


@pytest.mark.parametrize("text", INPUTS)
def test_report_survives_the_store_through_json(text):
    report = analyze_offline(text, CheckOptions(offline=True))
    report = report.replace(self_check={"level": "high_risk", "answers": [{"id": "x", "answer": "no"}]})
    kept = json.loads(json.dumps(report_to_store(report)))
    back = report_from_store(kept)
    assert back == report
    assert back.to_json() == report.to_json()
    # Texts stay translatable: rendering through a translate function still reaches them.
    seen = []
    back.to_json(lambda context, source: seen.append(context) or source)
    assert seen


def test_damaged_or_foreign_store_raises_its_own_error():
    good = report_to_store(analyze_offline("https://tokopedia-promo.shop/", CheckOptions(offline=True)))
    for bad in ({}, {**good, "store": 99}, {**good, "findings": [{"id": 1}]}, {**good, "kind": "alien"},
                {**good, "verdict": {**good["verdict"], "reasons": [42]}}):
        with pytest.raises(StoredReportError):
            report_from_store(bad)


def test_the_store_knows_every_field_of_a_report():
    # A field added to Report later must be added to the store too, or reopening loses it.
    import dataclasses

    from desktop.checks.report import Report

    report = analyze_offline("https://tokopedia-promo.shop/", CheckOptions(offline=True))
    assert set(report_to_store(report)) - {"store"} == {f.name for f in dataclasses.fields(Report)}
