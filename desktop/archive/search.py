"""Full-text search over the unlocked archive, entirely in memory.

An in-memory SQLite FTS5 table (``unicode61 remove_diacritics 2``: case- and accent-folding,
so ``cafe`` finds ``Café`` and ``PENIPUAN`` finds ``penipuan``) is filled from the decrypted
items at unlock. Nothing is ever written to disk: the database is ``:memory:`` and is closed
when the archive locks.

Amounts, dates and reference numbers are normalised on both sides
(:mod:`desktop.archive.searchkeys`): "245000", "245.000" and "Rp245rb" find a receipt that
prints "Rp 245.000", "2026-12-04" one dated "04/12/2026".
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable
from typing import Any

from desktop.archive.merge import Item
from desktop.archive.searchkeys import index_keys, query_terms

__all__ = ["SearchIndex"]


def _flatten(value: Any, out: list[str]) -> None:
    if isinstance(value, str):
        out.append(value)
    elif isinstance(value, bool) or value is None:
        return
    elif isinstance(value, int):
        out.append(str(value))
    elif isinstance(value, dict):
        for inner in value.values():
            _flatten(inner, out)
    elif isinstance(value, list):
        for inner in value:
            _flatten(inner, out)


def item_text(item: Item) -> str:
    parts: list[str] = []
    _flatten(item.fields, parts)
    parts.extend(item.tags)
    text = "\n".join(parts)
    keys = index_keys(text)
    return text + ("\n" + " ".join(keys) if keys else "")


class SearchIndex:
    """An FTS5 index of items; thread-safe (one lock around the connection)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = sqlite3.connect(":memory:", check_same_thread=False)
        self._db.execute("PRAGMA temp_store = MEMORY")  # never spill to a temp file
        self._db.execute(
            "CREATE VIRTUAL TABLE items USING fts5("
            "item UNINDEXED, type UNINDEXED, body, tags, "
            "tokenize = 'unicode61 remove_diacritics 2')"
        )

    def _conn(self) -> sqlite3.Connection:
        if self._db is None:
            raise RuntimeError("search index closed")
        return self._db

    def replace(self, items: Iterable[Item]) -> None:
        """Index (or re-index) ``items``; deleted items are removed from the index."""
        with self._lock:
            db = self._conn()
            rows = []
            for item in items:
                db.execute("DELETE FROM items WHERE item = ?", (item.id,))
                if not item.deleted:
                    rows.append((item.id, item.type, item_text(item), " ".join(item.tags)))
            db.executemany("INSERT INTO items VALUES (?, ?, ?, ?)", rows)

    def bulk_load(self, items: Iterable[Item]) -> None:
        """Fill an empty index quickly (unlock)."""
        with self._lock:
            self._conn().executemany(
                "INSERT INTO items VALUES (?, ?, ?, ?)",
                (
                    (i.id, i.type, item_text(i), " ".join(i.tags))
                    for i in items
                    if not i.deleted
                ),
            )

    def search(self, text: str, limit: int = 200, types: Iterable[str] | None = None) -> list[str]:
        """Ids of items matching every word of ``text`` (prefix match), best first."""
        terms = query_terms(text)
        if not terms:
            return []
        query = " AND ".join(terms)
        sql = "SELECT item FROM items WHERE items MATCH ?"
        args: list[Any] = [query]
        if types:
            wanted = list(types)
            sql += f" AND type IN ({','.join('?' * len(wanted))})"
            args.extend(wanted)
        sql += " ORDER BY rank LIMIT ?"
        args.append(limit)
        with self._lock:
            return [row[0] for row in self._conn().execute(sql, args)]

    def close(self) -> None:
        """Drop the index and its memory."""
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None
