"""Attachments: receipts, screenshots, e-mails and page snapshots as encrypted blobs.

:class:`BlobFiles` encrypts, reads and exports the blob files of one archive folder; it is
given the keys it needs on each call and knows nothing of records, so the store
(:class:`~desktop.archive.store.Archive`) owns the order "blob durable first, then the record
that names it". Adding streams the file into a new blob (a few 512 KiB buffers whatever the
size); reading authenticates chunk by chunk; exporting publishes the file only once every chunk
authenticated.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from desktop.archive import blobs
from desktop.archive.crypto import AuthenticationFailed
from desktop.archive.encoding import FormatError, KeyNotGranted, NewerFormat
from desktop.archive.errors import ItemNotFound
from desktop.archive.fsio import atomic_writer, open_nofollow, streaming_writer
from desktop.archive.layout import ArchiveHeader, Layout
from desktop.archive.merge import Item
from desktop.archive.problems import damaged_from
from desktop.archive.rng import RandomSource
from desktop.fileio import PRIVATE, atomic_file

__all__ = ["BlobFiles", "blob_of"]

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


def blob_of(item: Item) -> str:
    """The blob id (hex) of an attachment item; raises ItemNotFound for anything else."""
    blob_hex = item.fields.get("blob")
    if item.type != "attachment" or not isinstance(blob_hex, str) \
            or not _BLOB_HEX.fullmatch(blob_hex):
        raise ItemNotFound(item.id)
    return blob_hex


class BlobFiles:
    """The encrypted blob files of one archive folder (see the module docstring)."""

    def __init__(self, layout: Layout, header: ArchiveHeader, device: str,
                 rng: RandomSource) -> None:
        self.layout = layout
        self.header = header
        self.device = device
        self.rng = rng

    def encrypt(self, source: BinaryIO, generation: int, key: bytes,
                version: int = 1) -> tuple[str, blobs.BlobInfo]:
        """Stream ``source`` into a new durable blob; returns its id (hex) and size/SHA-256.

        ``version`` 2 (format-2 archives) pads the blob to a size bucket (FORMAT.md §8, §16).
        Memory use is about 1.5 MiB of buffers whatever the size, and the written file leaves
        the page cache as it reaches the disk. Raises OSError; nothing is published then."""
        blob_id = self.rng.bytes(16)
        final = self.layout.blob(blob_id.hex())
        with atomic_writer(self.layout.tmp(self.device), final,
                           self.rng.bytes(8).hex() + ".blob.tmp") as out:
            info = blobs.encrypt_stream(source, out, self.header.id_bytes, generation, key,
                                        blob_id, self.rng, version)
        return blob_id.hex(), info

    def decrypt_into(self, blob_hex: str, out: BinaryIO, keys: dict[int, bytes],
                     expected: tuple[object, object] | None = None) -> int:
        """Decrypt a blob into ``out`` in large writes; errors as in :meth:`iter_plaintext`,
        except that an OSError of ``out`` is raised as itself.

        ``expected`` (size, SHA-256 hex) from the attachment's record: a blob that decrypts
        but differs (replaced under the same id by someone holding the key) raises
        TamperedFile."""
        path = self.layout.blob(blob_hex)
        sink = _Sink(out)
        try:
            with open(open_nofollow(path), "rb") as handle:
                size = blobs.decrypt_stream(handle, sink, self.header.id_bytes, keys,
                                            bytes.fromhex(blob_hex))
            if expected is not None and expected != (sink.size, sink.hash.hexdigest()):
                raise AuthenticationFailed("size or SHA-256 differs from its record")
            return size
        except _WriteFailed as failed:  # the target's disk, not the blob
            raise failed.args[0] from None
        except (OSError, FormatError, AuthenticationFailed, KeyNotGranted, NewerFormat) as exc:
            raise damaged_from(self.layout.rel(path), exc) from None

    def iter_plaintext(self, blob_hex: str, keys: dict[int, bytes],
                       expected: tuple[object, object] | None = None) -> Iterator[bytes]:
        """Yield the decrypted chunks; DamagedFile / TamperedFile while iterating, possibly
        after some chunks: the data is valid only once the iteration finished.

        ``expected`` (size, SHA-256 hex) as in :meth:`decrypt_into`: a difference raises
        TamperedFile after the last chunk, so viewing checks what export and verify check."""
        path = self.layout.blob(blob_hex)
        rel = self.layout.rel(path)
        digest, size = hashlib.sha256(), 0
        try:
            with open(open_nofollow(path), "rb") as handle:
                for chunk in blobs.iter_plaintext(handle, self.header.id_bytes, keys,
                                                  bytes.fromhex(blob_hex)):
                    digest.update(chunk)
                    size += len(chunk)
                    yield chunk
            if expected is not None and expected != (size, digest.hexdigest()):
                raise AuthenticationFailed("size or SHA-256 differs from its record")
        except (OSError, FormatError, AuthenticationFailed, KeyNotGranted, NewerFormat) as exc:
            raise damaged_from(rel, exc) from None

    def export(self, blob_hex: str, target: Path | str, keys: dict[int, bytes],
               overwrite: bool = False, expected: tuple[object, object] | None = None) -> int:
        """Decrypt into ``target``; the file appears only once fully authenticated and fsync'ed.

        Returns the size. Raises FileExistsError (``target`` exists and not ``overwrite``),
        DamagedFile / TamperedFile (the blob), or the OSError of writing the target (a full
        disk); on any error no partial file is left behind."""
        target = Path(target)
        if target.exists() and not overwrite:
            raise FileExistsError(str(target))
        # PRIVATE (0600): a killed export must not leave readable plaintext behind, and the
        # exported receipt stays as private as it was in the archive.
        with atomic_file(target, mode=PRIVATE, wrap=streaming_writer) as out:
            size = self.decrypt_into(blob_hex, out, keys, expected)
        return size
