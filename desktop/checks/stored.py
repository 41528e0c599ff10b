"""A report kept as it was: a lossless, language-free JSON form of :class:`Report`.

:meth:`Report.to_json` renders every text in one language, which is right for exports but cannot
be shown again in another language. :func:`report_to_store` keeps each text as its translatable
:class:`~desktop.text.Message` (context, English source, arguments) and the verdict as it was
computed, so :func:`report_from_store` gives back an equal report: reopening a recent check shows
exactly what the buyer saw, self-check answers included, in whatever language the window now uses.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from desktop.checks.identifiers import Identifier
from desktop.checks.model import Category, Finding, InputKind, Level, Status
from desktop.checks.report import Report
from desktop.checks.verdict import Verdict
from desktop.text import Message

__all__ = ["STORE_VERSION", "StoredReportError", "report_from_store", "report_to_store"]

STORE_VERSION = 1


class StoredReportError(ValueError):
    """A stored report is damaged or written by an incompatible version."""


def _message_to(message: Message | None) -> dict[str, Any] | None:
    if message is None:
        return None
    args = {key: (_message_to(value) if isinstance(value, Message) else value) for key, value in message.args}
    return {"c": message.context, "s": message.source, "a": args}


def _message_from(data: Any) -> Message | None:
    if data is None:
        return None
    if not isinstance(data, Mapping) or not isinstance(data.get("c"), str) or not isinstance(data.get("s"), str):
        raise StoredReportError("not a message: %r" % (data,))
    args = {key: _arg_from(value) for key, value in dict(data.get("a") or {}).items()}
    return Message(data["c"], data["s"], tuple(sorted(args.items())))


def _arg_from(value: Any) -> Any:
    if isinstance(value, Mapping) and "c" in value and "s" in value:
        return _message_from(value)
    # JSON has no tuples; messages must stay hashable.
    return tuple(value) if isinstance(value, list) else value


def _finding_to(finding: Finding) -> dict[str, Any]:
    return {
        "id": finding.id,
        "category": finding.category.value,
        "status": finding.status.value,
        "title": _message_to(finding.title),
        "detail": _message_to(finding.detail),
        "advice": _message_to(finding.advice),
        "evidence": dict(finding.evidence),
    }


def _finding_from(data: Mapping[str, Any]) -> Finding:
    return Finding(
        id=str(data["id"]),
        category=Category(data["category"]),
        status=Status(data["status"]),
        title=_message_from(data["title"]),
        detail=_message_from(data["detail"]),
        advice=_message_from(data.get("advice")),
        evidence=dict(data.get("evidence") or {}),
    )


def report_to_store(report: Report) -> dict[str, Any]:
    """The report as plain JSON values, every text still translatable. Never raises for a
    report whose evidence, contacts, policies and snapshot are JSON values (as all checks make)."""
    findings = list(report.findings)
    reasons = []
    for reason in report.verdict.reasons:
        # A reason is one of the findings; keep its position so the copy shares the object.
        reasons.append(next((i for i, f in enumerate(findings) if f == reason), _finding_to(reason)))
    return {
        "store": STORE_VERSION,
        "input": report.input,
        "kind": report.kind.value,
        "url": report.url,
        "host": report.host,
        "registrable_domain": report.registrable_domain,
        "findings": [_finding_to(f) for f in findings],
        "verdict": {
            "level": report.verdict.level.value,
            "reasons": reasons,
            "summary": _message_to(report.verdict.summary),
            "not_done": [_message_to(m) for m in report.verdict.not_done],
        },
        "offline": report.offline,
        "timings": dict(report.timings),
        "contacts": {k: list(v) for k, v in report.contacts.items()},
        "policies": dict(report.policies),
        "snapshot": dict(report.snapshot) if report.snapshot is not None else None,
        "self_check": dict(report.self_check),
        "checked_at": report.checked_at,
        "phone": report.phone,
        "bank_account": report.bank_account,
        "social_handle": report.social_handle,
        "platform": report.platform,
        "identifiers": [dataclasses.asdict(item) for item in report.identifiers],
        "seller_book": dict(report.seller_book) if report.seller_book is not None else None,
        "schema": report.schema,
    }


def report_from_store(data: Mapping[str, Any]) -> Report:
    """The report :func:`report_to_store` kept; raises :class:`StoredReportError` when ``data``
    is damaged or from an unknown store version."""
    if not isinstance(data, Mapping) or data.get("store") != STORE_VERSION:
        raise StoredReportError("unknown stored report version")
    try:
        findings = tuple(_finding_from(f) for f in data["findings"])
        verdict_data = data["verdict"]
        reasons = tuple(
            findings[r] if isinstance(r, int) else _finding_from(r) for r in verdict_data["reasons"]
        )
        verdict = Verdict(
            Level(verdict_data["level"]),
            reasons,
            _message_from(verdict_data["summary"]),
            tuple(_message_from(m) for m in verdict_data.get("not_done", ())),
        )
        return Report(
            input=str(data["input"]),
            kind=InputKind(data["kind"]),
            url=data.get("url"),
            host=data.get("host"),
            registrable_domain=data.get("registrable_domain"),
            findings=findings,
            verdict=verdict,
            offline=bool(data["offline"]),
            timings=dict(data.get("timings") or {}),
            contacts=dict(data.get("contacts") or {}),
            policies=dict(data.get("policies") or {}),
            snapshot=dict(data["snapshot"]) if data.get("snapshot") is not None else None,
            self_check=dict(data.get("self_check") or {}),
            checked_at=str(data["checked_at"]),
            phone=data.get("phone"),
            bank_account=data.get("bank_account"),
            social_handle=data.get("social_handle"),
            platform=data.get("platform"),
            identifiers=tuple(Identifier(**item) for item in data.get("identifiers") or ()),
            seller_book=dict(data["seller_book"]) if data.get("seller_book") else None,
            schema=int(data.get("schema", 1)),
        )
    except StoredReportError:
        raise
    except (KeyError, IndexError, TypeError, ValueError) as error:
        raise StoredReportError(f"damaged stored report: {error!r}") from error
