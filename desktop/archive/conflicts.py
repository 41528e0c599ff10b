"""Concurrent edits of one field, for the family to review (FORMAT.md §10; issue 12).

Two members who edit the same field of the same item without having seen each other's write
leave two *heads* (writes no later write replaced). The merge (:mod:`desktop.archive.merge`)
shows one of them — the highest operation id, so every PC shows the same — and keeps the
others; this module lists each such field as a :class:`Conflict` with every version, who wrote
it and when, and builds the operation that resolves it.

Pure: the input is the merged state, the output plain data. Guarantees, for every delivery
order of the same records (tested with Hypothesis in ``tests/archive/test_archive_conflicts.py``):

* the list of conflicts is the same on every PC that has seen the same records;
* ``versions[0]`` is the value the merged view shows; every head is among the versions;
* a resolution replaces exactly the heads the reviewer saw: a version that arrives later, from
  a third PC that had not seen them, is flagged again rather than silently dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desktop.archive.merge import Change, Item, MergedState, op_sort_key

__all__ = ["Conflict", "Version", "find_conflicts", "item_label", "resolution_op"]


@dataclass(frozen=True)
class Version:
    """One concurrent value of a field: the write's operation id, who wrote it and when."""

    op_id: str
    value: Any
    author: str
    author_name: str
    at: str

    @property
    def device(self) -> str:
        """The device folder the write came from (the PC)."""
        return self.op_id.split("-")[1]


@dataclass(frozen=True)
class Conflict:
    """A field of an item with two or more concurrent values; ``versions[0]`` is shown."""

    type: str
    item: str
    label: str
    field: str
    versions: tuple[Version, ...]

    @property
    def shown(self) -> Version:
        return self.versions[0]

    @property
    def heads(self) -> tuple[str, ...]:
        return tuple(v.op_id for v in self.versions)

    @property
    def key(self) -> tuple[str, str]:
        return self.item, self.field


def item_label(item: Item) -> str:
    """A short text naming the item in a list (its title, name or text), "" when none."""
    for name in ("title", "name", "text", "seller"):
        value = item.fields.get(name)
        if isinstance(value, str) and value.strip():
            text = " ".join(value.split())
            return text if len(text) <= 80 else text[:79] + "…"
    return ""


def conflicts_of(item: Item, history: list[Change],
                 name_of: Callable[[str], str] = lambda _m: "") -> list[Conflict]:
    """The conflicts of one item from its merged view and its write history."""
    found = []
    for name in sorted(item.conflicts):
        heads = [c for c in history if c.field == name and not c.superseded]
        heads.sort(key=lambda c: op_sort_key(c.op_id), reverse=True)
        versions = tuple(Version(c.op_id, c.value, c.author, name_of(c.author), c.at)
                         for c in heads)
        if len(versions) > 1:
            found.append(Conflict(item.type, item.id, item_label(item), name, versions))
    return found


def find_conflicts(state: MergedState, name_of: Callable[[str], str] = lambda _m: "",
                   include_deleted: bool = False) -> list[Conflict]:
    """Every flagged field of every item (deleted items only when asked), by item id then
    field name. ``name_of`` turns a member id into a display name."""
    names: dict[str, str] = {}

    def cached(member: str) -> str:
        if member not in names:
            names[member] = name_of(member)
        return names[member]

    found: list[Conflict] = []
    for item in state.items(include_deleted):
        if item.conflicts:
            found.extend(conflicts_of(item, state.history(item.id), cached))
    return found


def resolution_op(conflict: Conflict, value: Any) -> dict[str, Any]:
    """The ``set`` operation that settles ``conflict`` on ``value`` (one of the versions or a
    new value): its ``base`` lists exactly the versions reviewed, so it supersedes them all and
    nothing the reviewer did not see. Written in a signed record like any edit."""
    return {"op": "set", "type": conflict.type, "item": conflict.item,
            "fields": {conflict.field: value},
            "base": {conflict.field: sorted(conflict.heads, key=op_sort_key)}}
