"""Warnings that reach everyone: what other members wrote since this member's last visit.

When a member unlocks, the window (and ``shopsafe archive news``) shows first the scam marks,
orders, notes and saved reports other members wrote since this member last opened the
archive on this PC — "Ibu marked Toko X as a scam yesterday".

"Since the last visit" is a marker kept per archive and member in the data folder (never in
the synced folder, so other PCs and members neither see nor change it): for each device, the
highest Lamport clock of the operations this member was shown, and the time of the visit.
Clocks rather than wall-clock times, because a PC that was offline for a week delivers
records dated last week that are still news today. The marker holds no decrypted text.
On a member's first visit only scam marks count as news (a new member is not shown the
family's whole history as "new", but does hear which sellers the family calls a scam). A
scam mark that a later verdict replaced is no longer news.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from desktop.archive.merge import op_sort_key
from desktop.fileio import write_atomically

__all__ = ["News", "NewsItem", "Visit", "load_visit", "relative_when", "save_visit",
           "take_news"]

Archive = Any  # desktop.archive.store.Archive

_FILE = "archive-visits.json"
_HEX16 = re.compile(r"^[0-9a-f]{16}$")
#: Kinds of news, most urgent first.
KINDS = ("scam", "order", "note", "report", "cost")
_TYPES = {"order": "order", "note": "note", "report": "report", "cost": "cost"}


@dataclass(frozen=True)
class NewsItem:
    """One thing another member wrote: ``kind`` (scam, order, note, report, cost), the item and its
    order, who (id and name) and when (ISO), ``title`` (the order's title or the seller's
    name) and ``text`` (the note, or the reason given for a scam mark)."""

    kind: str
    item: str
    order: str
    by: str
    name: str
    at: str
    title: str
    text: str = ""


@dataclass(frozen=True)
class News:
    """The news of one unlock: ``items`` most urgent and newest first; ``since`` is the time
    of the previous visit ("" on the first)."""

    items: tuple[NewsItem, ...]
    since: str


@dataclass
class Visit:
    """The marker of one member's last visit (see the module docstring)."""

    at: str = ""
    marks: dict[str, int] = field(default_factory=dict)  # device → highest Lamport clock shown


def _read(path: Path) -> dict[str, Any]:
    try:
        known = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return known if isinstance(known, dict) else {}


def load_visit(data_dir: Path, archive_id: str, member: str) -> Visit | None:
    """This member's last visit to ``archive_id`` on this PC; None before the first one (or
    when the file is unreadable: then only scam marks are news, nothing is lost)."""
    entry = _read(data_dir / _FILE).get(archive_id, {})
    visit = entry.get(member) if isinstance(entry, dict) else None
    if not isinstance(visit, dict):
        return None
    at = visit.get("at")
    marks = visit.get("marks")
    return Visit(at if isinstance(at, str) and len(at) <= 40 else "",
                 {d: c for d, c in (marks.items() if isinstance(marks, dict) else [])
                  if isinstance(d, str) and _HEX16.match(d) and type(c) is int and 0 <= c < 2**53})


def save_visit(data_dir: Path, archive_id: str, member: str, visit: Visit) -> None:
    """Store ``visit`` (atomically replacing the file; other archives and members kept)."""
    path = data_dir / _FILE
    known = _read(path)
    entry = known.get(archive_id)
    if not isinstance(entry, dict):
        entry = known[archive_id] = {}
    entry[member] = {"at": visit.at, "marks": dict(sorted(visit.marks.items()))}
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, json.dumps(known, indent=1, sort_keys=True))


def take_news(archive: Archive, data_dir: Path, now: datetime | None = None) -> News:
    """What other members wrote since this member's last visit, and remember this visit.

    Raises ArchiveLocked; a marker that cannot be saved only means the same news shows
    again."""
    from desktop.archive.provenance import member_names

    me = archive.member
    before = load_visit(data_dir, archive.archive_id, me)
    names = member_names(archive)
    marks = dict(before.marks) if before else {}
    found: list[NewsItem] = []
    titles = {i.id: str(i.fields.get("title", "")) for i in archive.items("order")}

    def unseen(op_id: str) -> bool:
        lamport, device, _rand, _index = op_sort_key(op_id)
        return before is not None and lamport > before.marks.get(device, -1)

    for item in archive.items():
        changes = archive.history(item.id)
        for change in changes:  # the marker moves past everything examined now
            clock, where, _r, _i = op_sort_key(change.op_id)
            marks[where] = max(marks.get(where, 0), clock)
        if item.type == "seller":
            found.extend(_scam_marks(item, changes, me, names, before is None, unseen))
            continue
        kind = _TYPES.get(item.type)
        if kind is None or not changes:
            continue
        order = item.id if item.type == "order" else str(item.fields.get("order", ""))
        if order not in titles:
            continue  # a note of a deleted order, or an order of nothing
        first = changes[0]  # new: created by someone else after the marker of its device
        if first.author != me and unseen(first.op_id):
            text = str(item.fields.get("text", "")) if kind == "note" else ""
            found.append(NewsItem(kind, item.id, order, first.author,
                                  names.get(first.author, ""), first.at, titles[order], text))
    moment = (now or datetime.now(UTC)).isoformat().replace("+00:00", "Z")
    try:
        save_visit(data_dir, archive.archive_id, me, Visit(moment, marks))
    except OSError:
        pass  # shown again next time: better than lost
    found.sort(key=lambda n: n.at, reverse=True)
    found.sort(key=lambda n: KINDS.index(n.kind))
    return News(tuple(found), before.at if before else "")


def _scam_marks(item: Any, changes: list[Any], me: str, names: dict[str, str],
                first_visit: bool, unseen: Callable[[str], bool]) -> list[NewsItem]:
    """Scam marks on a seller by others, new since the last visit (all of them on a first
    visit: a new member must hear which sellers the family distrusts). A mark is a write of
    the seller's ``verdict`` field ({"verdict", "reason"}, desktop.archive.sellers)."""
    found = []
    for change in changes:
        value = change.value
        if change.field != "verdict" or not isinstance(value, dict) \
                or value.get("verdict") != "scam" or change.author == me or change.superseded \
                or not (first_visit or unseen(change.op_id)):
            continue
        found.append(NewsItem("scam", item.id, "", change.author, names.get(change.author, ""),
                              change.at, str(item.fields.get("name", "")),
                              str(value.get("reason", ""))))
    return found


def relative_when(at: str, now: datetime | None = None, locale: str = "en") -> str:
    """``at`` (ISO) as people say it in ``locale``: "5 minutes ago", "3 hours ago" (the same
    day), "yesterday" / "kemarin" / "ayer" (the calendar day before, in ``now``'s time zone,
    default local), "3 days ago", and a date past a week. "" when ``at`` is not a time."""
    from babel import Locale
    from babel.dates import format_date, format_timedelta

    try:
        moment = datetime.fromisoformat(at.replace("Z", "+00:00"))
    except (ValueError, AttributeError):
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    now = now or datetime.now().astimezone()
    moment = moment.astimezone(now.tzinfo)
    delta = moment - now
    seconds = delta.total_seconds()
    try:
        if abs(seconds) > 7 * 86400:
            return format_date(moment, format="medium", locale=locale)
        days = (now.date() - moment.date()).days
        if days == 1 and seconds < 0:
            # CLDR's name for the day before (Babel has no public call for it): "yesterday".
            with contextlib.suppress(Exception):
                return str(Locale.parse(locale)._data["date_fields"]["day"]["relative"][-1])
        if -60 < seconds <= 0:
            delta = timedelta(seconds=-60)  # "1 minute ago", never "0 seconds"
        return format_timedelta(delta, add_direction=True, threshold=1.0, locale=locale)
    except Exception:  # noqa: BLE001 - an unknown locale: English
        return format_timedelta(delta, add_direction=True, threshold=1.0, locale="en")
