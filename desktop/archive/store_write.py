"""Writing metadata: each change is one signed, sequenced record, durable before it is applied.
"""

from __future__ import annotations

import dataclasses
import hashlib
import time
from typing import Any

from desktop.archive import records
from desktop.archive.errors import (
    ClockExhausted,
)
from desktop.archive.fsio import (
    write_new_file,
)

__all__ = ["WritingMixin"]


class WritingMixin:
    """Record writes, mixed into :class:`~desktop.archive.store.Archive`."""

    # -- writing metadata --------------------------------------------------------------------

    def new_id(self) -> str:
        return self._rng.bytes(8).hex()

    def put(self, type: str, item_id: str | None = None, **fields: Any) -> str:
        """Create or update an item's fields (last writer wins per field); returns its id.

        Values are JSON: str, int, bool, None, lists and dicts of them (money as text, never
        float). Durable when this returns. Raises FormatError for invalid types, names or
        values, OSError when the disk refuses the write (nothing is then recorded),
        ArchiveLocked."""
        item_id = item_id or self.new_id()
        self.write_ops([self.set_op(type, item_id, fields)])
        return item_id

    def set_op(self, type: str, item_id: str, fields: dict[str, Any]) -> dict[str, Any]:
        """A ``set`` operation replacing the current heads of each field."""
        base = {name: self._state.heads(item_id, name) for name in fields}
        return {"op": "set", "type": type, "item": item_id, "fields": dict(fields),
                "base": {k: v for k, v in base.items() if v}}

    def delete(self, item_id: str) -> None:
        """Tombstone the item (it stays in history and can be restored); ItemNotFound."""
        item = self.get(item_id)
        self.write_ops([self.set_op(item.type, item_id, {"deleted": True})])

    def restore(self, item_id: str) -> None:
        """Undo :meth:`delete`; raises ItemNotFound."""
        item = self.get(item_id)
        self.write_ops([self.set_op(item.type, item_id, {"deleted": False})])

    def tag(self, item_id: str, tag: str) -> None:
        """Add ``tag`` (add-wins against concurrent removals); raises ItemNotFound."""
        item = self.get(item_id)
        self.write_ops([{"op": "add", "type": item.type, "item": item_id, "set": "tags",
                         "value": tag}])

    def untag(self, item_id: str, tag: str) -> None:
        """Remove ``tag`` as seen now; a concurrent add elsewhere survives. ItemNotFound."""
        item = self.get(item_id)
        observed = self._state.set_adds(item_id, "tags", tag)
        self.write_ops([{"op": "remove", "type": item.type, "item": item_id, "set": "tags",
                         "value": tag, "observed": observed}])

    def write_ops(self, ops: list[dict[str, Any]]) -> records.Record:
        """Append one record holding ``ops``; durable when this returns.

        The record is published atomically under a fresh name in this device's journal folder;
        raises FormatError (invalid operations), OSError (disk), ArchiveLocked."""
        with self._lock:
            identity = self._need_identity()
            generation = max(self._keys)
            lamport = self._state.max_lamport + 1
            if lamport > records.MAX_LAMPORT:
                raise ClockExhausted()
            signed = self.roster is not None
            own = self._own
            # Both marks count only records of this folder's chain (trust.sift), so a record
            # planted here with a huge sequence number cannot push ours out of range.
            seq = max(own[0], self._seen.devices.get(self.device, 0)) + 1
            # After a lost newest record the predecessor is unknown: say so with zeros.
            prev = "" if seq == 1 else (own[1] if own[0] == seq - 1 else "0" * 64)
            record = records.Record(
                device=self.device,
                lamport=lamport,
                rand=self._rng.bytes(8).hex(),
                author=identity.member,
                at=self._clock().isoformat().replace("+00:00", "Z"),
                ops=tuple(ops),
                **({"seq": seq, "prev": prev, "version": 2} if signed else {}),
            )
            data = records.encode_record(record, self.header.id_bytes, generation,
                                         self._record_keys[generation], self._rng,
                                         identity.ed25519_private if signed else None)
            name = records.RecordName(record.lamport, record.rand).canonical
            write_new_file(self.layout.tmp(self.device), self.layout.journal(self.device) / name,
                           self._rng.bytes(8).hex() + ".rec.tmp", data)
            self._read.add((self.device, name))  # refresh() need not read it back
            if signed:
                record = dataclasses.replace(record, generation=generation,
                                             digest=hashlib.sha256(data).hexdigest())
                self._seen.devices[self.device] = seq
                self._seen.authors[self.device] = identity.member
                # At most once a second while writing (each save is an fsync'ed replace);
                # lock() saves the rest. Our own folder's files are the other record of it.
                if time.monotonic() - self._seen_saved > 1.0:
                    self._save_seen()
            self._note(record)
            if signed:
                self._own = (seq, record.digest)
            self._state.add(record)
            if self._index is not None:
                touched = {op["item"] for op in ops}
                self._index.replace(i for i in map(self._state.get, touched) if i is not None)
            return record
