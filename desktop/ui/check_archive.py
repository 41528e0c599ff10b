"""Saving a finished check into the encrypted archive (the Check page's "Save to archive").

:func:`entry_for` gathers, on the GUI thread, what is saved: the report document in the UI
language *with* the self-check answers, the seller it is about, and the page snapshot as text.
:func:`save_check` runs on the archive's writer thread (through
:class:`~desktop.ui.archive_ops.ArchiveWriter`) and only uses the archive facade: it finds the
seller's open order (the most recently changed one with the same seller) or makes a new one,
then keeps the report and the snapshot with it, and puts the seller into the family's seller
book (:func:`remember_seller`: the seller its identifiers match, else the one with its name, else
a new one) with every identifier the check found, linked to the order and the report. Nothing
here touches a widget.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["CheckEntry", "SavedCheck", "entry_for", "remember_seller", "save_check",
           "seller_identifiers", "snapshot_text"]

_CLOSED = frozenset({"closed", "refunded"})


@dataclass(frozen=True)
class CheckEntry:
    """What one "Save to archive" stores. ``seller`` is how the order is found again."""

    document: dict[str, Any]
    seller: str
    link: str
    report_title: str
    summary: str
    snapshot: str
    snapshot_name: str


@dataclass(frozen=True)
class SavedCheck:
    """Where it went: the order (``created`` when it is new), the report and snapshot ids."""

    order_id: str
    created: bool
    report_id: str
    snapshot_id: str | None
    seller_id: str = ""


def snapshot_text(snapshot: Mapping[str, Any] | None) -> str:
    """The page snapshot as plain text (address, title, when, then each page's text), or ""
    when the check read no page (offline checks, messages)."""
    if not snapshot:
        return ""
    lines = [str(snapshot.get("final_url") or snapshot.get("url") or "")]
    for key in ("title", "fetched_at"):
        if snapshot.get(key):
            lines.append(str(snapshot[key]))
    lines += ["", str(snapshot.get("text") or "")]
    for page in snapshot.get("pages") or ():
        lines += ["", "---", str(page.get("url") or ""), str(page.get("title") or ""), "",
                  str(page.get("text") or "")]
    return "\n".join(lines).strip() + "\n"


def entry_for(document: dict[str, Any], seller: str, subject: str, headline: str) -> CheckEntry:
    """The entry for ``document`` (the page's ``report_document()``). ``seller`` is the
    seller's name as the page shows it (holder, handle, shop domain or phone; may be empty),
    ``subject`` what was checked, ``headline`` the verdict as the user reads it."""
    seller = seller.strip() or str(document.get("host") or "") or subject
    link = str(document.get("url") or "")
    stamp = str(document.get("checked_at") or "")[:10] or _dt.date.today().isoformat()
    safe = re.sub(r"[^\w.-]+", "-", seller)[:40].strip("-") or "page"
    return CheckEntry(
        # A deep copy (the page keeps changing its own), with numbers that are not whole
        # (timings) as decimal strings: archive records never hold floats.
        document=json.loads(json.dumps(document), parse_float=str),
        seller=seller, link=link, report_title=subject, summary=headline,
        snapshot=snapshot_text(document.get("snapshot")),
        snapshot_name=f"snapshot-{safe}-{stamp}.txt",
    )


def save_check(session: Any, entry: CheckEntry) -> SavedCheck:
    """Writer thread: keep ``entry`` in the seller's order (created when there is none, or
    only closed ones). Raises what the session raises (ArchiveLocked, ArchiveError, OSError);
    each write is durable when it returns."""
    key = entry.seller.casefold()
    mine = [o for o in session.orders() if o.seller.casefold() == key and o.status not in _CLOSED]
    if mine:
        order = max(mine, key=lambda o: (o.updated, o.id))
        order_id, created = order.id, False
        if entry.link and not order.link:
            session.update_order(order_id, link=entry.link)
    else:
        date = str(entry.document.get("checked_at") or "")[:10] or _dt.date.today().isoformat()
        order_id = session.add_order(title=entry.seller, seller=entry.seller, link=entry.link,
                                     date=date)
        created = True
    report_id = session.add_check_report(order_id, entry.document, title=entry.report_title,
                                         summary=entry.summary)
    snapshot_id = None
    if entry.snapshot:
        snapshot_id = session.add_bytes(order_id, entry.snapshot.encode("utf-8"),
                                        entry.snapshot_name, mime="text/plain", kind="snapshot",
                                        text=entry.snapshot)
    seller_id = remember_seller(session, entry.seller, entry.document, order_id, report_id)
    return SavedCheck(order_id, created, report_id, snapshot_id, seller_id)


# Marketplaces and social networks are everyone's: their domain never names a seller.
_PLATFORM_KINDS = ("marketplace_listing", "social_seller")


def seller_identifiers(document: Mapping[str, Any]) -> dict[str, list[Any]]:
    """The seller-book identifiers in a report document (``Report.to_json``): the shop link,
    phones and WhatsApp numbers, bank accounts with bank and holder, wallets, the handle."""
    from desktop.archive.sellers import BankAccount
    from desktop.identity.keys import link_keys

    found: dict[str, list[Any]] = {"phones": [], "domains": [], "handles": [], "ewallets": [],
                                   "shops": [], "bank_accounts": []}

    def link(url: str) -> None:
        for key in link_keys(url):
            target = {"domain": "domains", "shop": "shops", "handle": "handles",
                      "phone": "phones", "ewallet": "ewallets"}[key.kind]
            found[target].append(key.value if key.kind in ("domain", "shop") else url)

    if document.get("url"):
        link(str(document["url"]))
    if document.get("phone"):
        found["phones"].append(str(document["phone"]))
    if document.get("social_handle"):
        found["handles"].append(str(document["social_handle"]))
    for item in document.get("identifiers") or ():
        kind, value = item.get("kind"), str(item.get("value") or "")
        if kind == "url":
            link(value)
        elif kind == "phone" and value.startswith("+"):
            found["phones"].append(value)
        elif kind == "ewallet":
            found["ewallets"].append(f"{item.get('bank') or ''} {value}".strip())
        elif kind in ("bank_account", "clabe", "iban", "cbu"):
            found["bank_accounts"].append(BankAccount(value, str(item.get("bank") or ""),
                                                      str(item.get("holder") or "")))
    if document.get("bank_account") and not found["bank_accounts"]:
        found["bank_accounts"].append(BankAccount(str(document["bank_account"])))
    return {name: values for name, values in found.items() if values}


def remember_seller(session: Any, name: str, document: Mapping[str, Any], order_id: str,
                    report_id: str) -> str:
    """Writer thread: the seller of a saved check in the seller book, its identifiers added
    and the order and report linked; returns the seller id. Identifiers that match nothing are
    left out rather than lose the save."""
    from desktop.identity.keys import keys_for

    book = session.sellers
    kinds = {"phones": "phone", "domains": "domain", "handles": "handle", "ewallets": "ewallet",
             "shops": "shop", "bank_accounts": "bank"}

    def keys_of(field: str, value: Any) -> list[Any]:
        return keys_for(kinds[field], value.account if field == "bank_accounts" else value, "ID")

    # Only identifiers that match something (a bad one must not lose the save).
    fields = {field: [v for v in values if keys_of(field, v)]
              for field, values in seller_identifiers(document).items()}
    keys = [k for field, values in fields.items() for v in values for k in keys_of(field, v)]
    match = book.lookup(keys) if keys else None
    named = book.find(name) if match is None and name else []
    if match is not None or named:
        seller_id = match.seller if match is not None else named[0].id
        book.add_identifiers(seller_id, **fields)
    else:
        seller_id = book.add(name or "?", **fields)
    book.link_order(seller_id, order_id)
    book.link_report(seller_id, report_id)
    return seller_id
