"""The family's seller book, consulted first and offline.

``run_check`` is given a :data:`~desktop.identity.match.SellerLookup` (the window passes the
unlocked archive's, ``shopsafe check --archive`` too); this module turns the report's link,
phones, WhatsApp numbers, bank accounts, wallets and handles into identifier keys, asks the
lookup once, and adds what the family said:

* a seller marked **scam** → a ``fail`` finding, so the verdict is high risk, saying "marked as
  a scam by <member> on <date>: <reason>";
* **unsure** → a warning; **trusted** → information only: a trust mark never removes or softens
  another finding (a trusted seller's number may have been taken over);
* in the book without a mark → information, so the buyer knows it is there.

``checks`` never imports ``archive`` (sibling layers): the lookup is injected. A lookup that
raises is logged and the check goes on without the book (an ``unknown`` finding says so).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from desktop.checks.identifiers import Identifier
from desktop.checks.model import Category, Finding, Status
from desktop.checks.report import Report
from desktop.identity.keys import Key, bank_key, handle_key, link_keys
from desktop.identity.match import SellerLookup, SellerMatch
from desktop.text import N_

__all__ = ["consult_seller_book", "family_findings", "report_keys"]

_log = logging.getLogger(__name__)


def report_keys(report: Report) -> list[Key]:
    """Every identifier key of ``report``, in a stable order without repeats."""
    keys: list[Key] = []
    if report.url:
        keys += link_keys(report.url)
    if report.phone:
        keys.append(Key("phone", report.phone))
    if report.bank_account:
        found = bank_key(report.bank_account)
        keys += [found] if found else []
    if report.social_handle:
        found = handle_key(report.social_handle)
        keys += [found] if found else []
    keys += _identifier_keys(report.identifiers)
    return list(dict.fromkeys(keys))


def _identifier_keys(identifiers: Iterable[Identifier]) -> list[Key]:
    keys: list[Key] = []
    for item in identifiers:
        if item.kind == "url":
            keys += link_keys(item.value)
        elif item.kind in ("phone", "ewallet") and item.value.startswith("+"):
            keys.append(Key("phone", item.value))
        elif item.kind in ("bank_account", "clabe", "iban", "cbu"):
            found = bank_key(item.value)
            keys += [found] if found else []
    return keys


def family_findings(match: SellerMatch) -> list[Finding]:
    """The findings that say what the family's book holds about the matched seller."""
    date = match.at[:10]
    evidence = {"seller_book": match.to_json()}
    if match.verdict == "scam":
        return [Finding(
            "family.scam", Category.FAMILY, Status.FAIL,
            N_("Family", "Your family marked this seller as a scam"),
            N_("Family", "“{seller}”: marked as a scam by {member} on {date}: {reason}").format(
                seller=match.name, member=match.by, date=date, reason=match.reason or "—"),
            N_("Family", "Do not pay. Talk to {member} before you do anything else.").format(
                member=match.by),
            evidence)]
    if match.verdict == "unsure":
        return [Finding(
            "family.unsure", Category.FAMILY, Status.WARN,
            N_("Family", "Your family is unsure about this seller"),
            N_("Family", "“{seller}”: marked unsure by {member} on {date}: {reason}").format(
                seller=match.name, member=match.by, date=date, reason=match.reason or "—"),
            None, evidence)]
    if match.verdict == "trusted":
        return [Finding(
            "family.trusted", Category.FAMILY, Status.INFO,
            N_("Family", "Your family trusts this seller"),
            N_("Family", "“{seller}”: marked trusted by {member} on {date}: {reason}. The other "
                         "findings still count: a trusted seller's number or page can be taken "
                         "over.").format(seller=match.name, member=match.by, date=date,
                                         reason=match.reason or "—"),
            None, evidence)]
    return [Finding(
        "family.known", Category.FAMILY, Status.INFO,
        N_("Family", "This seller is in your family's seller book"),
        N_("Family", "“{seller}” is in the seller book; nobody has given a verdict yet.").format(
            seller=match.name),
        None, evidence)]


def consult_seller_book(report: Report, lookup: SellerLookup | None) -> Report:
    """``report`` with the seller book's findings first and ``seller_book`` set when a seller
    matched; the same report when ``lookup`` is None or nothing matched. Never raises."""
    if lookup is None:
        return report
    try:
        match = lookup(report_keys(report))
    except Exception:  # noqa: BLE001 - the book is one source among many; say it was not read
        _log.exception("the seller book lookup failed")
        failed = Finding("family.unavailable", Category.FAMILY, Status.INFO,
                         N_("Family", "The family's seller book could not be read"),
                         N_("Family", "This check did not compare the seller with your family's "
                                      "seller book. The other checks are complete."))
        return report.replace(findings=(failed, *report.findings))
    if match is None:
        return report
    return report.replace(findings=(*family_findings(match), *report.findings),
                          seller_book=match.to_json())
