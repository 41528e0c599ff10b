"""The findings model shared by every shop check (offline link analysis and online checks).

A check yields :class:`Finding` objects. Each has a stable ``id`` (``domain.lookalike``), a
:class:`Category`, a :class:`Status`, translatable ``title`` / ``detail`` / ``advice``
(:class:`~desktop.text.Message`) and ``evidence``: the plain JSON-able values that were seen
(``{"imitates": "tokopedia.com", "technique": "omission"}``). A check that could not run yields
status ``unknown`` with the reason in ``detail`` — never a silent pass.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from desktop.text import Message, Translate

__all__ = ["Category", "Finding", "InputKind", "Level", "Status"]


class Status(str, Enum):
    """How one finding came out. Ordered by severity through :attr:`rank`."""

    PASS = "pass"
    INFO = "info"
    UNKNOWN = "unknown"
    WARN = "warn"
    FAIL = "fail"

    @property
    def rank(self) -> int:
        return _STATUS_RANK[self]


_STATUS_RANK = {Status.PASS: 0, Status.INFO: 1, Status.UNKNOWN: 2, Status.WARN: 3, Status.FAIL: 4}


class Category(str, Enum):
    """Groups findings in the report and on the Check page, in this display order."""

    FAMILY = "family"
    MESSAGE = "message"
    LINK = "link"
    DOMAIN = "domain"
    HTTPS = "https"
    CONTACT = "contact"
    POLICIES = "policies"
    PAYMENT = "payment"
    PRICING = "pricing"
    REPUTATION = "reputation"
    MANUAL = "manual"


class Level(str, Enum):
    """The four verdict levels."""

    OK = "ok"
    CAUTION = "caution"
    HIGH_RISK = "high_risk"
    UNKNOWN = "unknown"


class InputKind(str, Enum):
    """What the pasted text turned out to be."""

    WEB_SHOP = "web_shop"
    MARKETPLACE = "marketplace_listing"
    SOCIAL = "social_seller"
    PHONE = "phone"
    BANK_ACCOUNT = "bank_account"
    NOT_UNDERSTOOD = "not_understood"


@dataclass(frozen=True)
class Finding:
    """One observation of one check. Immutable; safe to pass between threads."""

    id: str
    category: Category
    status: Status
    title: Message
    detail: Message
    advice: Message | None = None
    evidence: Mapping[str, Any] = field(default_factory=dict)

    def to_json(self, translate: Translate | None = None) -> dict[str, Any]:
        """The report form: texts rendered with ``translate``, evidence as given."""
        return {
            "id": self.id,
            "category": self.category.value,
            "status": self.status.value,
            "title": self.title.render(translate),
            "detail": self.detail.render(translate),
            "advice": self.advice.render(translate) if self.advice else None,
            "evidence": dict(self.evidence),
        }
