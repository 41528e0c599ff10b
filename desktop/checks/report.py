"""The report of one check: a versioned, immutable document every face of ShopSafe shares.

:class:`Report` is what ``shopsafe check --json`` prints (one JSON object, ``"schema": 1``), what
the Check page renders and what the archive keeps. Offline analysis creates it; online checks add
findings (:meth:`Report.with_findings`), contacts, policies and the page snapshot
(:meth:`Report.replace`); the verdict is recomputed whenever the findings change.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from desktop.checks.identifiers import Identifier
from desktop.checks.model import Finding, InputKind
from desktop.checks.verdict import Verdict, compute_verdict
from desktop.text import Translate

__all__ = ["CONTACT_KEYS", "POLICY_KEYS", "REPORT_SCHEMA", "Report", "empty_contacts",
           "empty_policies", "now_iso"]

REPORT_SCHEMA = 1
CONTACT_KEYS: tuple[str, ...] = (
    "phones", "emails", "whatsapp", "addresses", "company_ids", "social",
)
# "complaints": Peru's libro de reclamaciones (a link, perhaps to the provider that hosts it).
POLICY_KEYS: tuple[str, ...] = ("privacy", "returns", "terms", "shipping", "imprint", "complaints")


def empty_contacts() -> dict[str, list]:
    """``contacts`` with every key present and empty."""
    return {key: [] for key in CONTACT_KEYS}


def empty_policies() -> dict[str, str | None]:
    """``policies`` with every key present and ``None`` (not found / not checked)."""
    return {key: None for key in POLICY_KEYS}


def now_iso() -> str:
    """The current UTC time as ISO 8601 with seconds, e.g. ``2026-11-23T08:00:00+00:00``."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


@dataclass(frozen=True)
class Report:
    """Everything one check found. Immutable; safe to hand between threads.

    ``findings`` keep their order of arrival; ``verdict`` always matches them when the report is
    built through :meth:`with_findings` / :meth:`replace`. ``phone`` (E.164), ``bank_account``
    (digits), ``social_handle`` and ``platform`` (registry name of a marketplace or social
    network) describe the seller when the input named one; they feed the seller book.
    ``identifiers`` lists everything the pasted text held (links, phones, accounts, wallets, tax
    ids; :mod:`~desktop.checks.identifiers`), in the order written. ``seller_book`` is the
    family's seller book entry that matched (:mod:`~desktop.checks.family`: ``{seller, verdict,
    by, at, reason, …}``), else ``None``.
    """

    input: str
    kind: InputKind
    url: str | None
    host: str | None
    registrable_domain: str | None
    findings: tuple[Finding, ...]
    verdict: Verdict
    offline: bool
    timings: Mapping[str, float] = field(default_factory=dict)
    contacts: Mapping[str, list] = field(default_factory=empty_contacts)
    policies: Mapping[str, str | None] = field(default_factory=empty_policies)
    snapshot: Mapping[str, Any] | None = None
    self_check: Mapping[str, Any] = field(default_factory=dict)
    checked_at: str = field(default_factory=now_iso)
    phone: str | None = None
    bank_account: str | None = None
    social_handle: str | None = None
    platform: str | None = None
    identifiers: tuple[Identifier, ...] = ()
    seller_book: Mapping[str, Any] | None = None
    schema: int = REPORT_SCHEMA

    def with_findings(self, *findings: Finding | Iterable[Finding]) -> Report:
        """A copy with ``findings`` appended (single findings or iterables) and the verdict
        recomputed."""
        added: list[Finding] = []
        for item in findings:
            if isinstance(item, Finding):
                added.append(item)
            else:
                added.extend(item)
        return self.replace(findings=self.findings + tuple(added))

    def replace(self, **changes: Any) -> Report:
        """A copy with ``changes`` applied (any field). If ``findings``, ``kind`` or ``offline``
        change and no ``verdict`` is given, the verdict is recomputed."""
        if "findings" in changes:
            changes["findings"] = tuple(changes["findings"])
        new = dataclasses.replace(self, **changes)
        if "verdict" not in changes and changes.keys() & {"findings", "kind", "offline"}:
            new = dataclasses.replace(
                new, verdict=compute_verdict(new.findings, new.kind, new.offline)
            )
        return new

    def finding(self, finding_id: str) -> Finding | None:
        """The first finding with ``finding_id``, or ``None``."""
        return next((f for f in self.findings if f.id == finding_id), None)

    def to_json(self, translate: Translate | None = None) -> dict[str, Any]:
        """The JSON form (schema 1), texts rendered with ``translate`` (English without)."""
        return {
            "schema": self.schema,
            "input": self.input,
            "kind": self.kind.value,
            "url": self.url,
            "host": self.host,
            "registrable_domain": self.registrable_domain,
            "phone": self.phone,
            "bank_account": self.bank_account,
            "social_handle": self.social_handle,
            "platform": self.platform,
            "identifiers": [item.to_json() for item in self.identifiers],
            "seller_book": dict(self.seller_book) if self.seller_book is not None else None,
            "offline": self.offline,
            "checked_at": self.checked_at,
            "verdict": self.verdict.to_json(translate),
            "findings": [f.to_json(translate) for f in self.findings],
            "contacts": {k: list(v) for k, v in self.contacts.items()},
            "policies": dict(self.policies),
            "snapshot": dict(self.snapshot) if self.snapshot is not None else None,
            "self_check": dict(self.self_check),
            "timings": {k: round(v, 6) for k, v in self.timings.items()},
        }
