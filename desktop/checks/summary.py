"""Plain words for a finished check: level and category names, and the family-chat summary.

Works on the JSON form of a report (``Report.to_json(translate)``, optionally with the
``"self_check"`` section the Check page fills in), so the page, the exports and the command line all
say the same thing. Qt-free; every text is a :class:`~desktop.text.Message`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from desktop.checks.model import Category, InputKind, Level, Status
from desktop.localtime import local_stamp
from desktop.text import N_, Message, Translate

__all__ = [
    "CATEGORY_NAMES",
    "KIND_NAMES",
    "LEVEL_ADVICE",
    "LEVEL_NAMES",
    "LEVEL_SYMBOLS",
    "MARKETPLACE_ADVICE",
    "STATUS_NAMES",
    "STATUS_SYMBOLS",
    "advice_for",
    "effective_verdict",
    "family_summary",
    "strength_rank",
    "subject_of",
]

LEVEL_NAMES: dict[Level, Message] = {
    Level.OK: N_("Verdict", "Looks OK"),
    Level.CAUTION: N_("Verdict", "Be careful"),
    Level.HIGH_RISK: N_("Verdict", "High risk"),
    Level.UNKNOWN: N_("Verdict", "Not enough information"),
}

LEVEL_ADVICE: dict[Level, Message] = {
    Level.OK: N_("Verdict", "No warning signs found. Still pay with buyer protection when you can."),
    Level.CAUTION: N_("Verdict", "Some things are not right. Read the reasons before you pay."),
    Level.HIGH_RISK: N_("Verdict", "Serious warning signs. Do not pay this seller."),
    Level.UNKNOWN: N_("Verdict", "The checks could not tell enough. Do the self-check before you pay."
    ),
}

#: Added to the advice for marketplace listings that are not high risk (DESIGN.md §3): the
#: marketplace protects the buyer only inside its own checkout.
MARKETPLACE_ADVICE = N_(
    "Verdict",
    "Pay only through the marketplace's own checkout. If the seller asks you to move to "
    "WhatsApp or to pay by bank transfer, walk away.",
)


def advice_for(level: Level, kind: Any) -> list[Message]:
    """What to do at ``level`` for an input of ``kind`` (an :class:`InputKind` or its value)."""
    advice = [LEVEL_ADVICE[level]]
    if kind in (InputKind.MARKETPLACE, InputKind.MARKETPLACE.value) and level is not Level.HIGH_RISK:
        advice.append(MARKETPLACE_ADVICE)
    return advice


# Symbols carry the meaning next to the colour, for colour-blind users and plain-text chats.
LEVEL_SYMBOLS: dict[Level, str] = {
    Level.OK: "✅",
    Level.CAUTION: "⚠️",
    Level.HIGH_RISK: "⛔",
    Level.UNKNOWN: "❔",
}

STATUS_NAMES: dict[Status, Message] = {
    Status.PASS: N_("Status", "Good"),
    Status.INFO: N_("Status", "Note"),
    Status.UNKNOWN: N_("Status", "Could not check"),
    Status.WARN: N_("Status", "Warning"),
    Status.FAIL: N_("Status", "Problem"),
}

STATUS_SYMBOLS: dict[Status, str] = {
    Status.PASS: "✓",
    Status.INFO: "i",
    Status.UNKNOWN: "?",
    Status.WARN: "!",
    Status.FAIL: "✗",
}

CATEGORY_NAMES: dict[Category, Message] = {
    Category.FAMILY: N_("Category", "Family seller book"),
    Category.MESSAGE: N_("Category", "The seller's message"),
    Category.LINK: N_("Category", "The link"),
    Category.DOMAIN: N_("Category", "Domain"),
    Category.HTTPS: N_("Category", "Secure connection"),
    Category.CONTACT: N_("Category", "Contact details"),
    Category.POLICIES: N_("Category", "Shop policies"),
    Category.PAYMENT: N_("Category", "Payment"),
    Category.PRICING: N_("Category", "Prices"),
    Category.REPUTATION: N_("Category", "Reputation"),
    Category.MANUAL: N_("Category", "Your own checks"),
}

KIND_NAMES: dict[InputKind, Message] = {
    InputKind.WEB_SHOP: N_("InputKind", "Web shop"),
    InputKind.MARKETPLACE: N_("InputKind", "Marketplace listing"),
    InputKind.SOCIAL: N_("InputKind", "Seller on social media"),
    InputKind.PHONE: N_("InputKind", "Phone number"),
    InputKind.BANK_ACCOUNT: N_("InputKind", "Bank account"),
    InputKind.NOT_UNDERSTOOD: N_("InputKind", "Not understood"),
}


def _level(value: Any) -> Level:
    try:
        return Level(value)
    except ValueError:
        return Level.UNKNOWN


def _reason_text(reason: Any) -> str:
    if isinstance(reason, Mapping):
        return str(reason.get("title") or reason.get("id") or "")
    return str(reason)


# Passes that say most about a shop, strongest first: a "Looks OK" verdict leads with these,
# not with whatever check happened to answer first (HTTPS details).
_STRENGTH: tuple[str, ...] = (
    "link.official", "domain.age", "contact.company_id", "contact.found", "https.certificate",
    "policies.found", "payment.methods",
)


def strength_rank(finding_id: str) -> int:
    """Sort key for the reasons of a "Looks OK" verdict (lower: stronger). Never raises."""
    return _STRENGTH.index(finding_id) if finding_id in _STRENGTH else len(_STRENGTH)


def _verdict_reasons(doc: Mapping[str, Any], reasons: list[Any]) -> list[str]:
    """The reasons as sentences a buyer can follow: a finding that could not be checked gives
    its explanation (its title only names it: "Domain age unknown", "Bank account 123…")."""
    details = {f.get("id"): f.get("detail") for f in doc.get("findings") or [] if isinstance(f, Mapping)}
    if _level((doc.get("verdict") or {}).get("level")) is Level.OK:
        reasons = sorted(reasons, key=lambda r: strength_rank(str(r.get("id"))) if isinstance(r, Mapping) else 99)
    out = []
    for reason in reasons:
        if isinstance(reason, Mapping) and reason.get("status") == "unknown" and details.get(reason.get("id")):
            out.append(str(details[reason.get("id")]))
        else:
            out.append(_reason_text(reason))
    return list(dict.fromkeys(out))


def effective_verdict(doc: Mapping[str, Any]) -> tuple[Level, list[str]]:
    """The verdict level and reasons the user sees: the self-check result when the buyer's
    answers decided it, otherwise the automatic verdict (whose reasons may be finding objects
    ``{"id", "status", "title"}`` or plain texts). Never raises on missing keys."""
    selfcheck = doc.get("self_check") or {}
    if selfcheck.get("level") and selfcheck.get("reasons"):
        return _level(selfcheck["level"]), [_reason_text(r) for r in selfcheck["reasons"]]
    verdict = doc.get("verdict") or {}
    reasons = _verdict_reasons(doc, list(verdict.get("reasons") or []))
    if selfcheck.get("level"):
        return _level(selfcheck["level"]), reasons
    return _level(verdict.get("level")), reasons


def subject_of(doc: Mapping[str, Any]) -> str:
    """What was checked, as short as is still recognisable: the seller's handle, phone or
    account when the input named one, else the host, else the input."""
    if doc.get("social_handle"):
        handle = str(doc["social_handle"])
        return f"{handle} ({doc['platform']})" if doc.get("platform") else handle
    for key in ("phone", "bank_account", "host", "registrable_domain", "url"):
        if doc.get(key):
            return str(doc[key])
    text = " ".join(str(doc.get("input") or "").split())
    return text if len(text) <= 60 else text[:57] + "…"


def family_summary(
    doc: Mapping[str, Any],
    translate: Translate | None = None,
    when: datetime | None = None,
) -> str:
    """A few plain-text lines to paste into a family chat, in the language of ``translate``:
    what was checked and when, the verdict with its symbol, up to three reasons, the advice,
    and how much of the self-check was done. Never raises on an incomplete report."""

    def _t(message: Message) -> str:
        return message.render(translate)

    level, reasons = effective_verdict(doc)
    # When the check was made (a reopened report is not "now"), in local time with the zone.
    stamp = local_stamp(when or doc.get("checked_at") or None)
    lines = [
        _t(N_("Summary", "ShopSafe check of {subject} ({when})").format(
            subject=subject_of(doc), when=stamp
        )),
        f"{LEVEL_SYMBOLS[level]} {_t(LEVEL_NAMES[level]).upper()}",
    ]
    lines += [f"- {reason}" for reason in reasons[:3]]
    lines += [_t(advice) for advice in advice_for(level, doc.get("kind"))]
    answers: Sequence[Mapping[str, Any]] = (doc.get("self_check") or {}).get("answers") or []
    if answers:
        answered = sum(1 for a in answers if a.get("answer"))
        lines.append(
            _t(
                N_("Summary", "Self-check: {answered} of {total} questions answered.").format(
                    answered=answered, total=len(answers)
                )
            )
        )
    return "\n".join(lines)
