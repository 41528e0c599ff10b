"""The guided self-check: which questions apply, how answers move the verdict, report form."""

from __future__ import annotations

import json

import pytest

from desktop.checks.model import Category, Finding, InputKind, Level, Status
from desktop.checks.selfcheck import (
    QUESTIONS,
    Answer,
    Weight,
    answers_from_json,
    answers_to_json,
    apply_answers,
    questions_for,
    report_section,
    should_offer,
)
from desktop.text import N_


def _finding(fid: str, status: Status) -> Finding:
    return Finding(fid, Category.HTTPS, status, N_("T", "t"), N_("T", "d"))


def test_question_ids_unique_and_texts_marked_for_translation():
    ids = [q.id for q in QUESTIONS]
    assert len(ids) == len(set(ids))
    for q in QUESTIONS:
        for message in (q.text, q.how, q.red_flag):
            assert message.context == "SelfCheck"
            assert message.source.strip()


def test_cekrekening_only_for_indonesia_and_social_questions_only_for_social():
    ids_id = {q.id for q in questions_for(InputKind.SOCIAL, "id")}
    ids_es = {q.id for q in questions_for(InputKind.SOCIAL, "ES")}
    assert "selfcheck.bank_account" in ids_id
    assert "selfcheck.bank_account" not in ids_es
    assert "selfcheck.comments" in ids_es
    shop = {q.id for q in questions_for(InputKind.WEB_SHOP, "ES")}
    assert "selfcheck.comments" not in shop and "selfcheck.call" in shop


def test_no_answers_keep_the_automatic_verdict():
    qs = questions_for(InputKind.SOCIAL, "ID")
    for level in Level:
        result = apply_answers(level, {}, qs)
        assert result.level is level and not result.changed
        assert result.answered == 0 and result.total == len(qs)
        assert "Not done yet" in result.summary.render()


def test_serious_no_makes_high_risk_even_from_ok():
    qs = questions_for(InputKind.SOCIAL, "ID")
    result = apply_answers(Level.OK, {"selfcheck.bank_account": Answer.NO}, qs)
    assert result.level is Level.HIGH_RISK and result.changed
    assert [r.render() for r in result.reasons] == [
        "The seller's bank account has been reported for fraud."
    ]
    assert "Do not pay" in result.summary.render()


def test_warning_no_raises_to_caution_but_never_lowers_high_risk():
    qs = questions_for(InputKind.SOCIAL, "ES")
    answers = {"selfcheck.comments": Answer.NO, "selfcheck.call": Answer.YES}
    assert apply_answers(Level.UNKNOWN, answers, qs).level is Level.CAUTION
    assert apply_answers(Level.OK, answers, qs).level is Level.CAUTION
    assert apply_answers(Level.HIGH_RISK, answers, qs).level is Level.HIGH_RISK


def test_answers_alone_never_make_an_unknown_seller_look_ok():
    qs = questions_for(InputKind.SOCIAL, "ID")
    answers = {q.id: Answer.YES for q in qs}
    result = apply_answers(Level.UNKNOWN, answers, qs)
    assert result.level is Level.UNKNOWN and not result.changed
    assert result.reasons[0].render().startswith("Your own checks found no warning signs, but ShopSafe")
    assert "pay only with buyer protection" in result.summary.render()
    ok = apply_answers(Level.OK, answers, qs)
    assert ok.level is Level.OK and ok.reasons[0].render() == "Your own checks found no warning signs."
    # An automatic warning is never cleared by answers.
    assert apply_answers(Level.CAUTION, answers, qs).level is Level.CAUTION
    assert apply_answers(Level.HIGH_RISK, answers, qs).level is Level.HIGH_RISK


def test_not_sure_is_neither_a_red_flag_nor_a_yes():
    qs = questions_for(InputKind.SOCIAL, "ID")
    answers = {q.id: Answer.YES for q in qs if q.key}
    answers["selfcheck.live_photo"] = Answer.NOT_SURE
    result = apply_answers(Level.UNKNOWN, answers, qs)
    assert result.level is Level.UNKNOWN and not result.reasons
    assert "answered, no warning signs so far" in result.summary.render()


def test_reasons_are_capped_at_three_and_most_serious_first():
    qs = questions_for(InputKind.SOCIAL, "ID")
    answers = {q.id: Answer.NO for q in qs}
    result = apply_answers(Level.UNKNOWN, answers, qs)
    assert result.level is Level.HIGH_RISK
    assert len(result.reasons) == 3
    serious = {q.red_flag for q in qs if q.weight is Weight.SERIOUS}
    assert set(result.reasons) <= serious


def test_answers_for_other_questions_are_ignored():
    qs = questions_for(InputKind.WEB_SHOP, "ES")  # no bank-account question outside Indonesia
    result = apply_answers(Level.OK, {"selfcheck.bank_account": Answer.NO, "bogus": Answer.NO}, qs)
    assert result.level is Level.OK and result.answered == 0


def test_report_form_round_trips_through_json():
    qs = questions_for(InputKind.SOCIAL, "ID")
    answers = {"selfcheck.call": Answer.YES, "selfcheck.comments": Answer.NOT_SURE}
    entries = json.loads(json.dumps(answers_to_json(answers, qs)))
    assert len(entries) == len(qs)
    by_id = {e["id"]: e for e in entries}
    assert by_id["selfcheck.call"]["answer"] == "yes"
    assert by_id["selfcheck.live_photo"]["answer"] is None
    assert by_id["selfcheck.call"]["question"].startswith("You called")
    assert answers_from_json(entries + [{"id": "x", "answer": "no"}, {"id": "selfcheck.call"}]) == answers


def test_translate_function_is_used_in_report_form():
    qs = questions_for(InputKind.WEB_SHOP, "ES")
    entries = answers_to_json({}, qs, translate=lambda ctx, src: "[" + src + "]")
    assert all(e["question"].startswith("[") for e in entries)


@pytest.mark.parametrize("kind", [InputKind.SOCIAL, InputKind.MARKETPLACE, InputKind.PHONE])
def test_offered_for_sellers_the_checks_cannot_see(kind):
    assert should_offer(kind, [_finding("https.valid", Status.PASS)])


def test_offered_for_web_shop_only_when_key_checks_are_thin():
    good = [_finding("https.valid", Status.PASS), _finding("domain.age", Status.PASS),
            _finding("contact.phone", Status.PASS), _finding("policies.returns", Status.UNKNOWN)]
    assert not should_offer(InputKind.WEB_SHOP, good)
    thin = [_finding("https.valid", Status.UNKNOWN), _finding("domain.age", Status.UNKNOWN),
            _finding("contact.phone", Status.PASS)]
    assert should_offer(InputKind.WEB_SHOP, thin)
    assert should_offer(InputKind.WEB_SHOP, [_finding("link.ok", Status.PASS)])  # offline only


def test_report_section_holds_both_levels_reasons_and_every_question():
    qs = questions_for(InputKind.SOCIAL, "ID")
    serious = next(q for q in qs if q.weight is Weight.SERIOUS)
    section = report_section(Level.UNKNOWN, {serious.id: Answer.NO}, qs)
    assert section["automatic_level"] == "unknown" and section["level"] == "high_risk"
    assert section["reasons"] == [serious.red_flag.render()]
    assert section["summary"].startswith("Your answers show serious warning signs")
    assert [a["id"] for a in section["answers"]] == [q.id for q in qs]
    assert answers_from_json(section["answers"]) == {serious.id: Answer.NO}
    json.dumps(section)  # stored in the report as it is
