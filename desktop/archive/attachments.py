"""Attachments: receipts, screenshots, e-mails and page snapshots as encrypted blobs.

Mixed into :class:`~desktop.archive.store.Archive`. Adding streams the file into a new blob
(a few 512 KiB buffers whatever the size), makes it durable, and only then writes the
record that names it; reading authenticates chunk by chunk; exporting publishes the file only
once every chunk authenticated.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from desktop.archive import blobs
from desktop.archive.crypto import AuthenticationFailed
from desktop.archive.encoding import FormatError
from desktop.archive.errors import ItemNotFound
from desktop.archive.fsio import atomic_writer, open_nofollow, streaming_writer
from desktop.archive.problems import damaged_from
from desktop.fileio import PRIVATE, atomic_file

if TYPE_CHECKING:
    from desktop.archive.keys import Identity
    from desktop.archive.layout import ArchiveHeader, Layout
    from desktop.archive.merge import Item, MergedState
    from desktop.archive.records import Record
    from desktop.archive.rng import RandomSource

__all__ = ["AttachmentsMixin"]

_BLOB_HEX = re.compile(r"[0-9a-f]{32}")


class _WriteFailed(Exception):
    """An OSError of the export target, kept apart from errors reading the blob."""


class _Sink:
    """Writes to the target, hashing and counting what passes (to compare with the record)."""

    def __init__(self, out: BinaryIO) -> None:
        self._out = out
        self.size = 0
        self.hash = hashlib.sha256()

    def write(self, data: bytes | memoryview) -> int:
        self.size += len(data)
        self.hash.update(data)
        try:
            return self._out.write(data)
        except OSError as exc:
            raise _WriteFailed(exc) from exc


class AttachmentsMixin:
    """Blob-backed attachment methods of the archive (see the module docstring)."""

    layout: Layout
    header: ArchiveHeader
    device: str
    _keys: dict[int, bytes]
    _lock: threading.RLock
    _rng: RandomSource
    _state: MergedState
    roster: Any

    if TYPE_CHECKING:  # provided by Archive

        def get(self, item_id: str) -> Item: ...
        def new_id(self) -> str: ...
        def write_ops(self, ops: list[dict[str, Any]]) -> Record: ...
        def _need_identity(self) -> Identity: ...

    def add_attachment(
        self,
        source: Path | str | BinaryIO,
        *,
        name: str | None = None,
        mime: str = "application/octet-stream",
        order: str | None = None,
        kind: str = "receipt",
    ) -> str:
        """Encrypt a file into a blob, then record it (and link it to ``order``).

        Streams: memory use is about 1.5 MiB of buffers whatever the size, and the written
        file leaves the page cache as it reaches the disk. Returns the attachment id."""
        with contextlib.ExitStack() as stack:
            if isinstance(source, (str, Path)):
                name = name or Path(source).name
                handle: BinaryIO = stack.enter_context(open(source, "rb"))
            else:
                handle = source
            with self._lock:
                self._need_identity()
                generation = max(self._keys)
                blob_id = self._rng.bytes(16)
                final = self.layout.blob(blob_id.hex())
                with atomic_writer(self.layout.tmp(self.device), final,
                                   self._rng.bytes(8).hex() + ".blob.tmp") as out:
                    # Format 2 archives pad blobs to a size bucket (FORMAT.md §8, §16).
                    info = blobs.encrypt_stream(handle, out, self.header.id_bytes, generation,
                                                self._keys[generation], blob_id, self._rng,
                                                2 if self.roster is not None else 1)
                attachment = self.new_id()
                fields = {"blob": blob_id.hex(), "name": name or "attachment", "mime": mime,
                          "size": info.size, "sha256": info.sha256, "kind": kind}
                ops = [{"op": "set", "type": "attachment", "item": attachment, "fields": fields,
                        "base": {}}]
                if order:
                    fields["order"] = order
                    ops.append({"op": "add", "type": self.get(order).type, "item": order,
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
        return self._iter_blob(self._blob_of(attachment))

    def _blob_of(self, attachment: str) -> str:
        item = self.get(attachment)
        blob_hex = item.fields.get("blob")
        if item.type != "attachment" or not isinstance(blob_hex, str) \
                or not _BLOB_HEX.fullmatch(blob_hex):
            raise ItemNotFound(attachment)
        return blob_hex

    def _decrypt_blob(self, blob_hex: str, out: BinaryIO,
                      expected: tuple[object, object] | None = None) -> int:
        """Decrypt a blob into ``out`` in large writes; errors as in :meth:`_iter_blob`.

        ``expected`` (size, SHA-256 hex) from the attachment's record: a blob that decrypts
        but differs (replaced under the same id) raises TamperedFile."""
        path = self.layout.blob(blob_hex)
        sink = _Sink(out)
        try:
            with open(open_nofollow(path), "rb") as handle:
                size = blobs.decrypt_stream(handle, sink, self.header.id_bytes, self._keys,
                                            bytes.fromhex(blob_hex))
            if expected is not None and expected != (sink.size, sink.hash.hexdigest()):
                raise AuthenticationFailed("size or SHA-256 differs from its record")
            return size
        except _WriteFailed as failed:  # the target's disk, not the blob
            raise failed.args[0] from None
        except (OSError, FormatError, AuthenticationFailed, KeyError,
                blobs.UnsupportedBlobVersion) as exc:
            raise damaged_from(self.layout.rel(path), exc) from None

    def _iter_blob(self, blob_hex: str) -> Iterator[bytes]:
        path = self.layout.blob(blob_hex)
        rel = self.layout.rel(path)
        try:
            with open(open_nofollow(path), "rb") as handle:
                yield from blobs.iter_plaintext(handle, self.header.id_bytes, self._keys,
                                                bytes.fromhex(blob_hex))
        except (OSError, FormatError, AuthenticationFailed, KeyError,
                blobs.UnsupportedBlobVersion) as exc:
            raise damaged_from(rel, exc) from None

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
        """Decrypt into ``target``; the file appears only once fully authenticated and fsync'ed.

        Returns the size. Raises FileExistsError (``target`` exists and not ``overwrite``),
        ItemNotFound, DamagedFile / TamperedFile (the blob), or the OSError of writing the
        target (a full disk); on any error no partial file is left behind."""
        target = Path(target)
        if target.exists() and not overwrite:
            raise FileExistsError(str(target))
        fields = self.get(attachment).fields
        # PRIVATE (0600): a killed export must not leave readable plaintext behind, and the
        # exported receipt stays as private as it was in the archive.
        with atomic_file(target, mode=PRIVATE, wrap=streaming_writer) as out:
            size = self._decrypt_blob(self._blob_of(attachment), out,
                                      (fields.get("size"), fields.get("sha256")))
        return size

