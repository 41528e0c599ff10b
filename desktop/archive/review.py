"""What an order's files say against the order itself: the "needs review" list and the fields
the person may take over ("Use these") (no Qt).

:func:`review_order` reads each file's stored text again (:mod:`desktop.archive.readtext`) and
compares: a receipt's total, date and merchant with the order's total, date and seller; a
transfer proof's amount and recipient account with the order's total and the seller's account
(an account number the order's notes give after "rek", "cuenta", "CLABE"…, until a seller book
holds it); the reader's own "check this" reasons and the proof's problems; editing software in a
picture's metadata. Each disagreement is a :class:`Finding` with a translatable sentence.

:class:`Suggestion` s are the receipt fields that differ from the order or fill an empty one:
never a field the reader marked "check this", which the person must read on the file
themselves. Nothing here writes: the caller applies a suggestion only when the person accepts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from desktop.archive.readtext import Reading, read_fields
from desktop.text import N_, Message

__all__ = ["Finding", "OrderReview", "ProofSeen", "Suggestion", "order_account",
           "review_order"]

_LOCALES = {"ID": "id_ID", "MX": "es_MX", "ES": "es_ES"}
_ACCOUNT_NEAR = re.compile(
    r"(?:\brek(?:ening)?\b|\bnorek\b|\bno\.?\s*rek\b|\bcuenta\b|\bclabe\b|\baccount\b|\bacct\b|"
    r"\bbca\b|\bbri\b|\bbni\b|\bmandiri\b|\bbizum\b|\bsantander\b|\bbbva\b)[^\d\n]{0,20}"
    r"(\d[\d -]{6,28}\d)", re.IGNORECASE)


@dataclass(frozen=True)
class Finding:
    """One disagreement: ``topic`` is ``amount``, ``date``, ``seller``, ``account``, ``check``
    (a "check this" of the reader), ``proof`` (a transfer proof's own problem) or ``edited``."""

    order: str
    attachment: str
    file_name: str
    topic: str
    message: Message


@dataclass(frozen=True)
class Suggestion:
    """A read value the order may take: ``field`` (``date``, ``total``, ``seller``), the
    ``value`` as the order would store it, and the ``source`` line it was read from."""

    field: str
    value: str
    source: str
    attachment: str
    file_name: str


@dataclass(frozen=True)
class ProofSeen:
    """A transfer proof among the order's files: what was read (``fields``: amount, reference,
    recipient_account, recipient_name, time, as text) and the ``advice`` every proof carries
    (a screenshot is not a payment; where to check instead)."""

    attachment: str
    file_name: str
    fields: dict[str, str]
    advice: Message


@dataclass(frozen=True)
class OrderReview:
    order: str
    findings: tuple[Finding, ...]
    suggestions: tuple[Suggestion, ...]
    proofs: tuple[ProofSeen, ...] = ()

    @property
    def needs_review(self) -> bool:
        return bool(self.findings)


def order_account(texts: Sequence[str]) -> str | None:
    """The seller's account number the order's notes give ("rek BCA 123 456 7890"), when they
    give exactly one; None otherwise."""
    found = {re.sub(r"\D", "", m.group(1)) for text in texts
             for m in _ACCOUNT_NEAR.finditer(text or "")}
    found = {digits for digits in found if 8 <= len(digits) <= 20}
    return found.pop() if len(found) == 1 else None


def _order_total(text: str, country: str) -> Any:
    from desktop.money.amount import Money
    from desktop.money.currencies import country_currency
    from desktop.money.errors import MoneyError, PriceParseError
    from desktop.money.parsing import parse_price

    if not text.strip():
        return None
    try:
        price = parse_price(text, country_currency(country), country=country)
    except (PriceParseError, MoneyError):
        return None
    return Money(price.amount, price.currency)


def _money_text(money: Any, country: str) -> str:
    """An amount as a person types it into the order ("Rp 245.000", plain spaces)."""
    from desktop.money.amount import format_money

    return format_money(money, _LOCALES.get(country, "en_US")).replace("\xa0", " ").replace(
        "\u202f", " ")


def _folded(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.casefold())


def _same_seller(read: str, order: str) -> bool:
    a, b = _folded(read), _folded(order)
    return bool(a and b) and (a in b or b in a)


def review_order(order: Any, files: Sequence[tuple[Any, Reading]], *, country: str,
                 notes: Sequence[str] = (), now: datetime | None = None) -> OrderReview:
    """Compare the readings of ``files`` ((attachment, reading) pairs) with ``order`` (see the
    module docstring). ``notes`` are the order's note texts (for the seller's account)."""
    findings: list[Finding] = []
    suggestions: dict[str, Suggestion] = {}
    proofs: list[ProofSeen] = []
    total = _order_total(order.total, country)
    account = order_account([order.notes, order.seller, *notes])

    def add(attachment: Any, topic: str, message: Message) -> None:
        findings.append(Finding(order.id, attachment.id, attachment.name, topic, message))

    for attachment, reading in files:
        if reading.status != "read" or reading.kind not in ("receipt", "transfer"):
            continue
        read = read_fields(reading.text, reading.kind, country, now)
        if reading.software:
            from desktop.reading.transfers import editing_issue

            add(attachment, "edited", editing_issue(reading.software).message)
        if reading.kind == "transfer":
            from desktop.archive.readtext import field_values
            from desktop.reading.transfers import ProofProblem, compare_with_order

            proofs.append(ProofSeen(attachment.id, attachment.name,
                                    field_values(read, "transfer"), read.advice))
            issues = (compare_with_order(read, total=total, account=account)
                      if total is not None else compare_with_order_without_total(read, account))
            for issue in issues:
                topic = {ProofProblem.AMOUNT_DIFFERS: "amount",
                         ProofProblem.ACCOUNT_DIFFERS: "account",
                         ProofProblem.ACCOUNT_INVALID: "account"}.get(issue.problem, "proof")
                add(attachment, topic, issue.message)
            continue
        for item in read.checks:
            add(attachment, "check", item.message)
        if read.total is not None and not read.needs_check("total"):
            if total is not None and read.total.value != total:
                add(attachment, "amount", N_(
                    "ArchiveReview", "The receipt's total is {read}, the order says {order}."
                ).format(read=_money_text(read.total.value, country),
                         order=order.total))
            if total is None or read.total.value != total:
                suggestions.setdefault("total", Suggestion(
                    "total", _money_text(read.total.value, country),
                    read.total.source, attachment.id, attachment.name))
        if read.date is not None and not read.needs_check("date"):
            day = read.date.value
            day = day.date() if isinstance(day, datetime) else day
            if isinstance(day, date) and day.isoformat() != order.date:
                if order.date:
                    add(attachment, "date", N_(
                        "ArchiveReview", "The receipt is dated {read}, the order {order}."
                    ).format(read=day.isoformat(), order=order.date))
                suggestions.setdefault("date", Suggestion("date", day.isoformat(),
                                                          read.date.source, attachment.id,
                                                          attachment.name))
        if read.merchant is not None and not _same_seller(read.merchant.value, order.seller):
            if order.seller:
                add(attachment, "seller", N_(
                    "ArchiveReview", "The receipt names the seller “{read}”, the order "
                                     "“{order}”.").format(read=read.merchant.value,
                                                          order=order.seller))
            suggestions.setdefault("seller", Suggestion("seller", read.merchant.value,
                                                        read.merchant.source, attachment.id,
                                                        attachment.name))
    return OrderReview(order.id, tuple(findings), tuple(suggestions.values()), tuple(proofs))


def compare_with_order_without_total(proof: Any, account: str | None) -> tuple[Any, ...]:
    """The proof's problems and its account against ``account`` when the order has no total
    that can be read (nothing to compare the amount with)."""
    from desktop.reading.transfers import compare_with_order

    if proof.amount is None:
        return proof.issues
    return compare_with_order(proof, total=proof.amount.value, account=account)
