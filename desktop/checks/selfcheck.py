"""The guided self-check: what a buyer can verify by hand when automatic checks cannot see.

Automatic checks see a web shop's site; they cannot see an Instagram seller's comment section or
whether the phone number is answered. For social and marketplace sellers, and whenever the
automatic checks are thin, the Check page offers this checklist (DESIGN.md §3). Each
:class:`Question` is phrased so that "yes" is the reassuring answer; a "no" is a warning sign
whose weight the question carries. :func:`apply_answers` turns the answers into an adjusted
verdict with plain reasons, :func:`answers_to_json` keeps them in the report and
:func:`report_section` builds the report's whole ``self_check`` section.

Qt-free: texts are :class:`~desktop.text.Message` objects marked with :func:`~desktop.text.N_`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

from desktop.checks.model import Finding, InputKind, Level, Status
from desktop.text import N_, Message, Translate

__all__ = [
    "Answer",
    "QUESTIONS",
    "Question",
    "SelfCheckResult",
    "Weight",
    "answers_from_json",
    "answers_to_json",
    "apply_answers",
    "questions_for",
    "report_section",
    "should_offer",
]


class Answer(str, Enum):
    """The buyer's answer to one question. Unanswered questions are simply absent."""

    YES = "yes"
    NO = "no"
    NOT_SURE = "not_sure"


class Weight(str, Enum):
    """How much a "no" to a question weighs in the verdict."""

    SERIOUS = "serious"  # a "no" makes the purchase high risk
    WARNING = "warning"  # a "no" calls for care


@dataclass(frozen=True)
class Question:
    """One point of the checklist. Immutable.

    ``text`` is a statement the buyer confirms ("yes") or denies ("no"); ``how`` says how to find
    out; ``red_flag`` is the reason shown when the answer is "no". ``countries`` limits the
    question to users in those countries (empty: everyone); ``kinds`` to those input kinds
    (empty: every kind).
    """

    id: str
    text: Message
    how: Message
    red_flag: Message
    weight: Weight
    kinds: frozenset[InputKind] = frozenset()
    countries: frozenset[str] = frozenset()
    key: bool = True  # needed for a "complete" self-check


_SOCIAL = frozenset({InputKind.SOCIAL})

QUESTIONS: tuple[Question, ...] = (
    Question(
        "selfcheck.search_name",
        N_("SelfCheck", "Searching the seller's name with “scam” found no complaints."),
        N_(
            "SelfCheck",
            "Use the search buttons below: they look up the seller's name or shop together with "
            "“penipuan”, “estafa” and “scam”. Read the results, not only the titles.",
        ),
        N_("SelfCheck", "Other buyers report this seller as a scam."),
        Weight.SERIOUS,
    ),
    Question(
        "selfcheck.bank_account",
        N_("SelfCheck", "The bank account or e-wallet number is not reported on cekrekening.id."),
        N_(
            "SelfCheck",
            "Open cekrekening.id (from the Indonesian Ministry of Communication) and enter the "
            "account number the seller gave you.",
        ),
        N_("SelfCheck", "The seller's bank account has been reported for fraud."),
        Weight.SERIOUS,
        countries=frozenset({"ID"}),
    ),
    Question(
        "selfcheck.live_photo",
        N_("SelfCheck", "The seller sent a new photo or video of the item when you asked."),
        N_(
            "SelfCheck",
            "Ask for a photo of the item next to a paper with your name and today's date, or a "
            "short video call. Stolen catalogue pictures are the usual trick.",
        ),
        N_("SelfCheck", "The seller could not show the item itself."),
        Weight.SERIOUS,
    ),
    Question(
        "selfcheck.call",
        N_("SelfCheck", "You called the seller's number and a real person answered."),
        N_(
            "SelfCheck",
            "Call, do not only chat. Ask a question only the real shop can answer, such as where "
            "to pick the item up.",
        ),
        N_("SelfCheck", "Nobody answers the seller's phone."),
        Weight.WARNING,
    ),
    Question(
        "selfcheck.account_age",
        N_("SelfCheck", "The seller's account is more than a year old and has not changed its name."),
        N_(
            "SelfCheck",
            "Scroll to the first posts and look at the account information; many platforms "
            "show when an account was created and its former names.",
        ),
        N_("SelfCheck", "The seller's account is new or has changed its name."),
        Weight.WARNING,
        kinds=_SOCIAL,
    ),
    Question(
        "selfcheck.comments",
        N_("SelfCheck", "Comments are open and show real buyers who received their orders."),
        N_(
            "SelfCheck",
            "Fake sellers switch comments off or delete complaints. Look for buyers with their "
            "own real-looking accounts.",
        ),
        N_("SelfCheck", "Comments are turned off or show no real buyers."),
        Weight.WARNING,
        kinds=_SOCIAL,
    ),
    Question(
        "selfcheck.followers",
        N_("SelfCheck", "Likes and comments fit the number of followers."),
        N_(
            "SelfCheck",
            "Tens of thousands of followers but only a handful of likes usually means bought "
            "followers.",
        ),
        N_("SelfCheck", "The followers look bought: many followers, few reactions."),
        Weight.WARNING,
        kinds=_SOCIAL,
        key=False,
    ),
    Question(
        "selfcheck.mutual",
        N_("SelfCheck", "Someone you know has bought from this seller before."),
        N_("SelfCheck", "Ask friends and family, or mutual friends shown on the seller's profile."),
        N_("SelfCheck", "Nobody you know has bought from this seller."),
        Weight.WARNING,
        key=False,
    ),
    Question(
        "selfcheck.safe_payment",
        N_(
            "SelfCheck",
            "You will pay with buyer protection: escrow (rekber), cash on delivery, or the "
            "marketplace's own checkout.",
        ),
        N_(
            "SelfCheck",
            "A bank transfer to a personal account cannot be taken back. If the seller insists "
            "on a transfer or on moving the chat to WhatsApp, walk away.",
        ),
        N_("SelfCheck", "You would pay without buyer protection."),
        Weight.WARNING,
    ),
)

_BY_ID = {question.id: question for question in QUESTIONS}


def questions_for(kind: InputKind | None, country: str) -> tuple[Question, ...]:
    """The questions that apply to an input of ``kind`` for a user in ``country``, in order."""
    country = (country or "").upper()
    return tuple(
        q
        for q in QUESTIONS
        if (not q.kinds or kind in q.kinds) and (not q.countries or country in q.countries)
    )


# Automatic checks that decide whether a web shop is trustworthy; when most of them could not
# run, the automatic verdict is thin and the self-check is offered.
_KEY_PREFIXES = ("https.", "domain.age", "contact.", "policies.")


def should_offer(kind: InputKind | None, findings: Iterable[Finding]) -> bool:
    """True when the self-check should be shown: social, marketplace, phone or bank-account
    input, or a web shop whose key online checks mostly came out ``unknown`` or never ran."""
    if kind in (InputKind.SOCIAL, InputKind.MARKETPLACE, InputKind.PHONE, InputKind.BANK_ACCOUNT):
        return True
    key = [f for f in findings if f.id.startswith(_KEY_PREFIXES)]
    if not key:
        return True
    unknown = sum(1 for f in key if f.status is Status.UNKNOWN)
    return unknown * 2 >= len(key)


@dataclass(frozen=True)
class SelfCheckResult:
    """The verdict after the buyer's answers. Immutable.

    ``level`` never drops below the automatic level's seriousness: answers can raise a verdict to
    high risk or caution, but never clear an automatic warning, and never lift "not enough
    information" to "looks OK" (answers alone are not a check). ``reasons`` are the answers that
    decided, most serious first; ``answered``/``total`` count the applicable questions.
    """

    level: Level
    changed: bool
    reasons: tuple[Message, ...]
    answered: int
    total: int
    summary: Message


_SEVERITY = {Level.OK: 0, Level.UNKNOWN: 1, Level.CAUTION: 2, Level.HIGH_RISK: 3}


def apply_answers(
    automatic: Level,
    answers: Mapping[str, Answer],
    questions: Iterable[Question],
) -> SelfCheckResult:
    """Combine the automatic verdict ``automatic`` with the buyer's ``answers``.

    Unknown question ids in ``answers`` are ignored. Never raises.
    """
    questions = tuple(questions)
    applicable = {q.id for q in questions}
    given = {qid: a for qid, a in answers.items() if qid in applicable}
    serious = [q for q in questions if given.get(q.id) is Answer.NO and q.weight is Weight.SERIOUS]
    warnings = [q for q in questions if given.get(q.id) is Answer.NO and q.weight is Weight.WARNING]
    key_questions = [q for q in questions if q.key]
    all_key_yes = bool(key_questions) and all(given.get(q.id) is Answer.YES for q in key_questions)

    level = automatic
    reasons: list[Message] = []
    if serious:
        level = Level.HIGH_RISK
        reasons = [q.red_flag for q in serious]
    elif warnings:
        if _SEVERITY[level] < _SEVERITY[Level.CAUTION]:
            level = Level.CAUTION
        reasons = [q.red_flag for q in warnings]
    elif all_key_yes and automatic is Level.OK:
        reasons = [N_("SelfCheck", "Your own checks found no warning signs.")]
    elif all_key_yes:
        # Answers alone never make "Looks OK": nothing was checked independently of what the
        # seller showed the buyer, and a practised scammer passes every one of these questions.
        reasons = [N_("SelfCheck", "Your own checks found no warning signs, but ShopSafe could not "
                                   "check this seller itself.")]

    answered = sum(1 for q in questions if q.id in given)
    if not given:
        summary = N_("SelfCheck", "Not done yet: answer the questions to complete the verdict.")
    elif serious:
        summary = N_("SelfCheck", "Your answers show serious warning signs. Do not pay this seller.")
    elif warnings:
        summary = N_("SelfCheck", "Your answers show warning signs. Pay only with buyer protection.")
    elif all_key_yes and automatic is not Level.OK:
        summary = N_("SelfCheck", "Your answers show no warning signs. ShopSafe itself could not check "
                                  "this seller: pay only with buyer protection.")
    elif all_key_yes:
        summary = N_("SelfCheck", "Your answers show no warning signs.")
    else:
        summary = N_("SelfCheck", "{answered} of {total} answered, no warning signs so far.").format(
            answered=answered, total=len(questions)
        )
    return SelfCheckResult(
        level=level,
        changed=level is not automatic,
        reasons=tuple(reasons[:3]),
        answered=answered,
        total=len(questions),
        summary=summary,
    )


def answers_to_json(
    answers: Mapping[str, Answer],
    questions: Iterable[Question],
    translate: Translate | None = None,
) -> list[dict[str, Any]]:
    """The report form: one entry per applicable question, ``answer`` null when unanswered."""
    return [
        {
            "id": q.id,
            "question": q.text.render(translate),
            "answer": answers[q.id].value if q.id in answers else None,
        }
        for q in questions
    ]


def report_section(
    automatic: Level,
    answers: Mapping[str, Answer],
    questions: Iterable[Question],
    translate: Translate | None = None,
) -> dict[str, Any]:
    """The report's ``self_check`` section: the automatic and the adjusted level, the reasons,
    the summary and every applicable question with its answer, texts rendered with
    ``translate`` (English without). What the Check page stores and exports. Never raises."""
    questions = tuple(questions)
    result = apply_answers(automatic, answers, questions)
    return {
        "automatic_level": automatic.value,
        "level": result.level.value,
        "reasons": [m.render(translate) for m in result.reasons],
        "summary": result.summary.render(translate),
        "answers": answers_to_json(answers, questions, translate),
    }


def answers_from_json(entries: Iterable[Mapping[str, Any]]) -> dict[str, Answer]:
    """Read answers back from :func:`answers_to_json` output; unknown ids and values are
    skipped (a report written by a newer version still opens)."""
    result: dict[str, Answer] = {}
    for entry in entries:
        qid, value = entry.get("id"), entry.get("answer")
        if qid in _BY_ID and value in {a.value for a in Answer}:
            result[qid] = Answer(value)
    return result
