"""Saving a finished check into the encrypted archive (the Check page's "Save to archive").

:func:`entry_for` gathers, on the GUI thread, what is saved: the report document in the UI
language *with* the self-check answers, the seller it is about, and the page snapshot as text.
:func:`save_check` runs on the archive's writer thread (through
:class:`~desktop.ui.archive_ops.ArchiveWriter`) and only uses the archive facade: it finds the
seller's open order (the most recently changed one with the same seller) or makes a new one,
then keeps the report and the snapshot with it. Nothing here touches a widget.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["CheckEntry", "SavedCheck", "entry_for", "save_check", "snapshot_text"]

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
    return SavedCheck(order_id, created, report_id, snapshot_id)
