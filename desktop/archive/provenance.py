"""Who wrote it: the member behind each order, note, report and verdict, and the records that
were refused because no member allowed to write them signed them.

Everything the merged state holds was admitted by :func:`desktop.archive.trust.admit`: signed
by its author's key on the roster (format 2), within what that author may write. A record that
fails is never merged; opening lists it among the problems. This module reads those refused
records again (they still decrypt: whoever forged them held a key generation) so that the
window and ``shopsafe archive show`` can say *which* order a refused change was about and
whom it claimed to come from — shown as untrusted, never as the family's word.

Names come from member files, and only when the file carries the keys the roster lists for
that member (a swapped member file cannot put another name on someone's records).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import Any

from desktop.archive import records
from desktop.archive.crypto import AuthenticationFailed

__all__ = ["Untrusted", "Written", "member_names", "untrusted_records", "written"]

Archive = Any  # desktop.archive.store.Archive

#: Why a record was refused (``Untrusted.why``).
UNKNOWN, SIGNATURE, REMOVED, UNSIGNED = "unknown", "signature", "removed", "unsigned"


@dataclass(frozen=True)
class Written:
    """Who wrote an item first and who changed it last (member ids, names, ISO times).

    ``name`` is "" when the member's file is gone or does not match the roster."""

    by: str
    name: str
    at: str
    edited_by: str = ""
    edited_name: str = ""
    edited_at: str = ""


@dataclass(frozen=True)
class Untrusted:
    """A refused record: whom it claims to be from, when, why it was refused, and the items
    (``(type, id)``) and orders it would have changed. ``texts`` are the words it carried
    (a title, a note) so a person can recognise it; never merged into anything."""

    path: str
    claimed_by: str
    claimed_name: str
    at: str
    why: str
    items: tuple[tuple[str, str], ...]
    orders: tuple[str, ...]
    texts: tuple[str, ...]
    deletes: bool = False


def member_names(archive: Archive) -> dict[str, str]:
    """Member id → display name, for members whose member file matches the roster (format 2)
    or is readable (format 1)."""
    from desktop.archive.unlock import member_public

    current = archive.roster
    names: dict[str, str] = {}
    for path in archive.layout.member_files():
        try:
            member = member_public(archive.layout, archive.archive_id, path.stem)
        except Exception:  # noqa: BLE001 - unreadable files are reported by verify
            continue
        if current is not None and current.signing_key(member.member) != member.ed25519_public:
            continue
        # Names live sealed in the roster now (FORMAT.md §14); the member file's own name is
        # only the fallback of format-1 archives and of joiners not yet let in.
        names[member.member] = archive.name_of(member.member) or member.name
    return names


def written(archive: Archive, item_id: str, names: dict[str, str] | None = None) -> Written:
    """Who created ``item_id`` and who changed it last. Raises ItemNotFound."""
    names = member_names(archive) if names is None else names
    changes = archive.history(item_id)
    if not changes:
        item = archive.get(item_id)
        return Written("", "", item.created)
    first, last = changes[0], changes[-1]
    edited = last.op_id != first.op_id and (last.author != first.author or last.at != first.at)
    return Written(first.author, names.get(first.author, ""), first.at,
                   last.author if edited else "", names.get(last.author, "") if edited else "",
                   last.at if edited else "")


def untrusted_records(archive: Archive) -> list[Untrusted]:
    """The records refused while opening because no member allowed to write them signed them
    (damaged files that do not even decrypt are not here: ``verify`` names those)."""
    from desktop.archive.problems import REASONS

    keys = {g: records.record_key(k) for g, k in archive.generation_keys().items()}
    names = member_names(archive)
    found = []
    for problem in archive.problems:
        if problem.reason != REASONS["author"]:
            continue
        record = _read(archive, problem.path, keys)
        if record is None:
            continue
        found.append(_untrusted(archive, problem.path, record, names))
    return sorted(found, key=lambda u: (u.at, u.path))


def _read(archive: Archive, rel: str, keys: dict[int, bytes]) -> records.Record | None:
    from desktop.archive.fsio import open_nofollow

    parts = rel.split("/")
    if len(parts) != 3 or parts[0] != "journal":
        return None
    name = records.parse_record_name(parts[2])
    if name is None:
        return None
    with contextlib.suppress(Exception):  # gone or changed since opening: nothing to show
        with open(open_nofollow(str(archive.layout.root / rel)), "rb") as handle:
            data = handle.read(records.MAX_RECORD + 1)
        return records.decode_record(data, archive.header.id_bytes, parts[1], name, keys)
    return None


def _why(archive: Archive, record: records.Record) -> str:
    current = archive.roster
    if record.version < 2 or current is None:
        return UNSIGNED
    key = current.signing_key(record.author)
    if key is None:
        return UNKNOWN
    try:
        records.check_record_signature(record, key)
    except AuthenticationFailed:
        return SIGNATURE
    return REMOVED


def _untrusted(archive: Archive, rel: str, record: records.Record,
               names: dict[str, str]) -> Untrusted:
    items, orders, texts = [], [], []
    deletes = False
    for op in record.ops:
        items.append((op["type"], op["item"]))
        fields = op.get("fields") or {}
        if op["type"] == "order":
            orders.append(op["item"])
        elif isinstance(fields.get("order"), str):
            orders.append(fields["order"])
        else:
            with contextlib.suppress(Exception):  # an item we know: its order
                order = archive.get(op["item"]).fields.get("order")
                if isinstance(order, str):
                    orders.append(order)
        for key in ("title", "text", "status", "name", "reason"):
            value = fields.get(key)
            if isinstance(value, str) and value.strip():
                texts.append(value.strip()[:200])
        verdict = fields.get("verdict")  # a seller mark: {"verdict", "reason"}
        if isinstance(verdict, dict):
            texts.extend(str(verdict.get(k, ""))[:200] for k in ("verdict", "reason")
                         if verdict.get(k))
        deletes = deletes or fields.get("deleted") is True
    claimed = names.get(record.author, "")
    return Untrusted(rel, record.author, claimed, record.at, _why(archive, record),
                     tuple(dict.fromkeys(items)), tuple(dict.fromkeys(orders)),
                     tuple(dict.fromkeys(texts)), deletes)
