"""Merging journal operations from every device into one state, in any order.

The state is a pure function of the *set* of operations seen (FORMAT.md §9), so two devices
that have seen the same records agree exactly, whatever the delivery order and however many
duplicates (conflict copies) arrived:

* operation ids order totally by ``(lamport, device, rand, index)``;
* each field is last-writer-wins by that order; a ``set`` names, per field, the operations it
  replaced (``base``). Operations on a field that no later operation replaced are its *heads*;
  more than one head means concurrent edits: the winner is shown, the item is flagged and the
  other values are kept for review. A ``set`` whose base lists all heads resolves the conflict;
* ``tags`` and ``attachments`` are add-wins (observed-remove) sets: a ``remove`` deletes only
  the adds it observed, so a concurrent add survives;
* deleting is the field ``deleted`` set to true (a tombstone); it merges like any field.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from desktop.archive.records import Record

__all__ = ["Change", "Item", "MergedState", "op_sort_key"]


def op_sort_key(op_id: str) -> tuple[int, str, str, int]:
    lamport, device, rand, index = op_id.split("-")
    return int(lamport), device, rand, int(index)


@dataclass(frozen=True)
class Item:
    """The merged view of one order, seller, attachment, note, report or cost breakdown."""

    type: str
    id: str
    fields: dict[str, Any]
    tags: tuple[str, ...]
    attachments: tuple[str, ...]
    deleted: bool
    conflicts: dict[str, tuple[Any, ...]]
    created: str
    updated: str

    @property
    def needs_review(self) -> bool:
        return bool(self.conflicts)


@dataclass(frozen=True)
class Change:
    """One field write in an item's history (what the review of a conflict shows)."""

    op_id: str
    author: str
    at: str
    field: str
    value: Any
    superseded: bool  # a later write that saw this one replaced it


@dataclass
class _ItemOps:
    type: str
    # field → op id → (value, replaced op ids, sort key)
    fields: dict[str, dict[str, tuple[Any, tuple[str, ...], Any]]] = field(
        default_factory=lambda: defaultdict(dict)
    )
    adds: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    removed: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    times: list[tuple[tuple[int, str, str, int], str]] = field(default_factory=list)


class MergedState:
    """Accumulates records (idempotently) and materialises items on demand. Not thread-safe."""

    def __init__(self) -> None:
        self._seen: set[tuple[str, int, str]] = set()
        # item id → type → operations. Only a buggy or hostile writer reuses an id with another
        # type; the type with the lowest operation id then wins, independent of arrival order.
        self._items: dict[str, dict[str, _ItemOps]] = {}
        self._cache: dict[str, Item] = {}
        self._authors: dict[str, tuple[str, str]] = {}
        self.max_lamport = 0

    def __len__(self) -> int:
        return len(self._items)

    @property
    def applied(self) -> int:
        """How many distinct records were applied: grows with every change (caches key on it)."""
        return len(self._seen)

    def add(self, record: Record) -> bool:
        """Apply ``record``; returns False if it was already applied (a duplicate)."""
        key = (record.device, record.lamport, record.rand)
        if key in self._seen:
            return False
        self._seen.add(key)
        self.max_lamport = max(self.max_lamport, record.lamport)
        for index, op in enumerate(record.ops):
            op_id = record.op_id(index)
            sort_key = (record.lamport, record.device, record.rand, index)
            buckets = self._items.setdefault(op["item"], {})
            entry = buckets.get(op["type"])
            if entry is None:
                entry = buckets[op["type"]] = _ItemOps(op["type"])
            self._cache.pop(op["item"], None)
            entry.times.append((sort_key, record.at))
            self._authors[op_id] = (record.author, record.at)
            kind = op["op"]
            if kind == "set":
                base = op["base"]
                for name, value in op["fields"].items():
                    entry.fields[name][op_id] = (value, tuple(base.get(name, ())), sort_key)
            elif kind == "add":
                entry.adds[(op["set"], op["value"])].add(op_id)
            else:
                entry.removed[(op["set"], op["value"])].update(op["observed"])
        return True

    def ids(self) -> list[str]:
        return sorted(self._items)

    def get(self, item_id: str) -> Item | None:
        cached = self._cache.get(item_id)
        if cached is not None:
            return cached
        entry = self._entry(item_id)
        if entry is None:
            return None
        item = self._materialise(item_id, entry)
        self._cache[item_id] = item
        return item

    def heads(self, item_id: str, name: str) -> list[str]:
        """Current head operation ids of a field: the ``base`` for the next write."""
        entry = self._entry(item_id)
        if entry is None:
            return []
        return sorted(_heads(entry.fields.get(name, {})), key=op_sort_key)

    def history(self, item_id: str) -> list[Change]:
        """Every field write of the item, oldest first (by operation order)."""
        entry = self._entry(item_id)
        if entry is None:
            return []
        changes = []
        for name, writes in entry.fields.items():
            replaced = {op for _value, base, _key in writes.values() for op in base}
            for op_id, (value, _base, key) in writes.items():
                author, at = self._authors.get(op_id, ("", ""))
                changes.append((key, Change(op_id, author, at, name, value, op_id in replaced)))
        return [change for _key, change in sorted(changes, key=lambda c: c[0])]

    def set_adds(self, item_id: str, set_name: str, value: str) -> list[str]:
        """The live add operation ids of ``value``: what a remove must observe."""
        entry = self._entry(item_id)
        if entry is None:
            return []
        key = (set_name, value)
        return sorted(entry.adds.get(key, set()) - entry.removed.get(key, set()), key=op_sort_key)

    def _entry(self, item_id: str) -> _ItemOps | None:
        buckets = self._items.get(item_id)
        if not buckets:
            return None
        if len(buckets) == 1:
            return next(iter(buckets.values()))
        return min(buckets.values(), key=lambda e: min(e.times)[0])

    def items(self, include_deleted: bool = False) -> list[Item]:
        result = []
        for item_id in self.ids():
            item = self.get(item_id)
            if item is not None and (include_deleted or not item.deleted):
                result.append(item)
        return result

    def snapshot(self) -> list[tuple[Any, ...]]:
        """A comparable summary of the whole state (for tests and sync checks)."""
        return [
            (i.type, i.id, sorted(i.fields.items(), key=lambda kv: kv[0]), i.tags, i.attachments,
             i.deleted, sorted(i.conflicts.items()))
            for i in self.items(include_deleted=True)
        ]

    @staticmethod
    def _materialise(item_id: str, entry: _ItemOps) -> Item:
        fields: dict[str, Any] = {}
        conflicts: dict[str, tuple[Any, ...]] = {}
        for name, writes in entry.fields.items():
            if len(writes) == 1:
                fields[name] = next(iter(writes.values()))[0]
                continue
            winner = max(writes, key=lambda w: writes[w][2])
            fields[name] = writes[winner][0]
            heads = _heads(writes)
            if len(heads) > 1:
                ordered = sorted(heads, key=lambda h: writes[h][2], reverse=True)
                conflicts[name] = tuple(writes[h][0] for h in ordered)
        sets: dict[str, list[str]] = {"tags": [], "attachments": []}
        for (set_name, value), adds in entry.adds.items():
            if adds - entry.removed.get((set_name, value), set()):
                sets[set_name].append(value)
        deleted = fields.pop("deleted", False) is True
        first = min(entry.times)
        last = max(entry.times)
        return Item(
            type=entry.type,
            id=item_id,
            fields=fields,
            tags=tuple(sorted(sets["tags"])),
            attachments=tuple(sorted(sets["attachments"])),
            deleted=deleted,
            conflicts=conflicts,
            created=first[1],
            updated=last[1],
        )


def _heads(writes: dict[str, tuple[Any, tuple[str, ...], Any]]) -> set[str]:
    replaced: set[str] = set()
    for _value, base, _key in writes.values():
        replaced.update(base)
    return set(writes) - replaced
