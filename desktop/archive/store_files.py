"""Attachments of an unlocked archive: encrypt into a blob, then record it; read and export.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from desktop.archive.attachments import blob_of

__all__ = ["AttachmentsMixin"]


class AttachmentsMixin:
    """Attachment methods, mixed into :class:`~desktop.archive.store.Archive`."""

    # -- attachments -------------------------------------------------------------------------

    def add_attachment(
        self,
        source: Path | str | BinaryIO,
        *,
        name: str | None = None,
        mime: str = "application/octet-stream",
        order: str | None = None,
        kind: str = "receipt",
        fields: dict[str, Any] | None = None,
    ) -> str:
        """Encrypt a file into a durable blob, then record it (and link it to ``order``).

        Streams (see :class:`~desktop.archive.attachments.BlobFiles`); ``fields`` are extra
        fields of the attachment item. Returns the attachment id. Raises OSError (nothing is
        recorded then; at worst an unreferenced blob remains), ItemNotFound (``order``)."""
        with contextlib.ExitStack() as stack:
            if isinstance(source, (str, Path)):
                name = name or Path(source).name
                handle: BinaryIO = stack.enter_context(open(source, "rb"))
            else:
                handle = source
            with self._lock:
                self._need_identity()
                order_type = self.get(order).type if order else None
                generation = max(self._keys)
                key = self._keys[generation]
            # Outside the lock: a large file must not stop readers (the window) for seconds.
            # Format 2 archives pad blobs to a size bucket (FORMAT.md §8, §16).
            blob_hex, info = self._blobs.encrypt(handle, generation, key,
                                                 2 if self.roster is not None else 1)
            with self._lock:
                attachment = self.new_id()
                values = {**(fields or {}), "blob": blob_hex, "name": name or "attachment",
                          "mime": mime, "size": info.size, "sha256": info.sha256, "kind": kind}
                ops = [{"op": "set", "type": "attachment", "item": attachment, "fields": values,
                        "base": {}}]
                if order:
                    values["order"] = order
                    ops.append({"op": "add", "type": order_type, "item": order,
                                "set": "attachments", "value": attachment})
                self.write_ops(ops)
                return attachment

    def detach_attachment(self, order: str, attachment: str) -> None:
        """Unlink ``attachment`` from ``order`` as seen now (add-wins: a concurrent re-attach
        on another PC survives). The blob itself is kept. Raises ItemNotFound."""
        item = self.get(order)
        self.get(attachment)
        observed = self._state.set_adds(order, "attachments", attachment)
        self.write_ops([{"op": "remove", "type": item.type, "item": order,
                         "set": "attachments", "value": attachment, "observed": observed}])

    def read_attachment(self, attachment: str) -> Iterator[bytes]:
        """Yield the decrypted chunks of an attachment, streaming.

        Raises ItemNotFound (not an attachment) at once; DamagedFile / TamperedFile while
        iterating, possibly after some chunks — treat the data as valid only once the
        iteration finished."""
        item = self.get(attachment)
        return self._blobs.iter_plaintext(blob_of(item), self.generation_keys(),
                                          (item.fields.get("size"), item.fields.get("sha256")))

    def read_bytes(self, attachment: str, limit: int = 64 * 1024 * 1024) -> bytes:
        """The whole attachment in memory, for viewing (QImage, QPdfDocument via QBuffer).

        Raises ValueError when it is larger than ``limit`` (export it instead), and the errors
        of :meth:`read_attachment`."""
        size = self.get(attachment).fields.get("size")
        if isinstance(size, int) and size > limit:
            raise ValueError(f"attachment larger than {limit} bytes")
        parts: list[bytes] = []
        total = 0
        for chunk in self.read_attachment(attachment):
            total += len(chunk)
            if total > limit:
                raise ValueError(f"attachment larger than {limit} bytes")
            parts.append(chunk)
        return b"".join(parts)

    def export_attachment(self, attachment: str, target: Path | str, overwrite: bool = False) -> int:
        """Decrypt into ``target``; see :meth:`BlobFiles.export`. Also raises ItemNotFound."""
        item = self.get(attachment)
        return self._blobs.export(blob_of(item), target, self.generation_keys(), overwrite,
                                  (item.fields.get("size"), item.fields.get("sha256")))
