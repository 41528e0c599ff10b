"""Attachments: receipts, screenshots, e-mails and page snapshots as encrypted blobs.

:class:`BlobFiles` encrypts, reads and exports the blob files of one archive folder; it is
given the keys it needs on each call and knows nothing of records, so the store
(:class:`~desktop.archive.store.Archive`) owns the order "blob durable first, then the record
that names it". Adding streams the file into a new blob (a few 512 KiB buffers whatever the
size); reading authenticates chunk by chunk; exporting publishes the file only once every chunk
authenticated.
"""

from __future__ import annotations

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
from desktop.fileio import SHARED, atomic_file

__all__ = ["BlobFiles", "blob_of"]

_BLOB_HEX = re.compile(r"[0-9a-f]{32}")


class _WriteFailed(Exception):
    """An OSError of the export target, kept apart from errors reading the blob."""


class _Sink:
    def __init__(self, out: BinaryIO) -> None:
        self._out = out

    def write(self, data: bytes | memoryview) -> int:
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

    def encrypt(self, source: BinaryIO, generation: int, key: bytes) -> tuple[str, blobs.BlobInfo]:
        """Stream ``source`` into a new durable blob; returns its id (hex) and size/SHA-256.

        Memory use is about 1.5 MiB of buffers whatever the size, and the written file leaves
        the page cache as it reaches the disk. Raises OSError; nothing is published then."""
        blob_id = self.rng.bytes(16)
        final = self.layout.blob(blob_id.hex())
        with atomic_writer(self.layout.tmp(self.device), final,
                           self.rng.bytes(8).hex() + ".blob.tmp") as out:
            info = blobs.encrypt_stream(source, out, self.header.id_bytes, generation, key,
                                        blob_id, self.rng)
        return blob_id.hex(), info

    def decrypt_into(self, blob_hex: str, out: BinaryIO, keys: dict[int, bytes]) -> int:
        """Decrypt a blob into ``out`` in large writes; errors as in :meth:`iter_plaintext`,
        except that an OSError of ``out`` is raised as itself."""
        path = self.layout.blob(blob_hex)
        try:
            with open(open_nofollow(path), "rb") as handle:
                return blobs.decrypt_stream(handle, _Sink(out), self.header.id_bytes, keys,
                                            bytes.fromhex(blob_hex))
        except _WriteFailed as failed:  # the target's disk, not the blob
            raise failed.args[0] from None
        except (OSError, FormatError, AuthenticationFailed, KeyNotGranted, NewerFormat) as exc:
            raise damaged_from(self.layout.rel(path), exc) from None

    def iter_plaintext(self, blob_hex: str, keys: dict[int, bytes]) -> Iterator[bytes]:
        """Yield the decrypted chunks; DamagedFile / TamperedFile while iterating, possibly
        after some chunks: the data is valid only once the iteration finished."""
        path = self.layout.blob(blob_hex)
        rel = self.layout.rel(path)
        try:
            with open(open_nofollow(path), "rb") as handle:
                yield from blobs.iter_plaintext(handle, self.header.id_bytes, keys,
                                                bytes.fromhex(blob_hex))
        except (OSError, FormatError, AuthenticationFailed, KeyNotGranted, NewerFormat) as exc:
            raise damaged_from(rel, exc) from None

    def export(self, blob_hex: str, target: Path | str, keys: dict[int, bytes],
               overwrite: bool = False) -> int:
        """Decrypt into ``target``; the file appears only once fully authenticated and fsync'ed.

        Returns the size. Raises FileExistsError (``target`` exists and not ``overwrite``),
        DamagedFile / TamperedFile (the blob), or the OSError of writing the target (a full
        disk); on any error no partial file is left behind."""
        target = Path(target)
        if target.exists() and not overwrite:
            raise FileExistsError(str(target))
        with atomic_file(target, mode=SHARED, wrap=streaming_writer) as out:
            size = self.decrypt_into(blob_hex, out, keys)
        return size
