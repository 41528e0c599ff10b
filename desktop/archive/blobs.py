"""Encrypted blobs: an authenticated header, then a 64 KiB chunked AEAD stream.

Layout (FORMAT.md §7)::

    0   8  magic  b"ShopSafB"
    8   1  version (1)
    9   3  reserved, zero
    12  4  key generation, big-endian
    16 16  blob id (also the file name)
    32 12  nonce for the key wrap
    44 48  blob key sealed with HKDF(archive key, "shopsafe/v1/blob-wrap");
           AAD = "shopsafe/v1/blob\\0" || archive id (16 bytes) || bytes 0..31
    92  …  chunks: ChaCha20-Poly1305(payload key, nonce = counter (11 bytes BE) || last flag)

Each blob has its own random key, so chunks cannot be moved between blobs; the counter in the
nonce stops reordering; the last-chunk flag stops truncation and extension. Streaming in and out
holds one chunk in memory, whatever the file size.
"""

from __future__ import annotations

import hashlib
import queue
import struct
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from desktop.archive import crypto
from desktop.archive.crypto import AuthenticationFailed
from desktop.archive.encoding import FormatError
from desktop.archive.rng import RandomSource

__all__ = [
    "CHUNK_SIZE",
    "HEADER_SIZE",
    "BlobHeader",
    "BlobInfo",
    "decrypt_stream",
    "encrypt_stream",
    "parse_header",
]

MAGIC = b"ShopSafB"
VERSION = 1
CHUNK_SIZE = 64 * 1024
TAG = crypto.TAG_SIZE
HEADER_SIZE = 92
_PREFIX = struct.Struct(">8sB3sI16s")  # magic, version, reserved, generation, blob id
_MAX_COUNTER = 2**88 - 1


class UnsupportedBlobVersion(Exception):
    """A blob written by a newer format; ``args[0]`` is the version."""


@dataclass(frozen=True)
class BlobHeader:
    generation: int
    blob_id: bytes
    wrap_nonce: bytes
    wrapped_key: bytes
    raw: bytes


@dataclass(frozen=True)
class BlobInfo:
    """What :func:`encrypt_stream` wrote: plaintext size and SHA-256, ciphertext size."""

    size: int
    sha256: str
    stored_size: int


def _wrap_key(archive_key: bytes) -> bytes:
    return crypto.hkdf(archive_key, b"shopsafe/v1/blob-wrap")


def _payload_key(blob_key: bytes, blob_id: bytes) -> bytes:
    return crypto.hkdf(blob_key, b"shopsafe/v1/blob-payload", salt=blob_id)


def _wrap_aad(archive_id: bytes, prefix: bytes) -> bytes:
    return b"shopsafe/v1/blob\x00" + archive_id + prefix


def _nonce(counter: int, last: bool) -> bytes:
    if counter > _MAX_COUNTER:
        raise OverflowError("blob too large")
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def make_header(
    archive_id: bytes, generation: int, archive_key: bytes, blob_id: bytes, rng: RandomSource
) -> tuple[bytes, bytes]:
    """(header bytes, blob key) for a new blob."""
    prefix = _PREFIX.pack(MAGIC, VERSION, b"\x00\x00\x00", generation, blob_id)
    blob_key = rng.bytes(crypto.KEY_SIZE)
    nonce = rng.bytes(crypto.NONCE_SIZE)
    wrapped = crypto.aead_seal(
        _wrap_key(archive_key), nonce, blob_key, _wrap_aad(archive_id, prefix)
    )
    return prefix + nonce + wrapped, blob_key


def parse_header(raw: bytes) -> BlobHeader:
    """Structure of a blob header; raises FormatError / UnsupportedBlobVersion."""
    if len(raw) < HEADER_SIZE:
        raise FormatError("blob shorter than its header")
    magic, version, reserved, generation, blob_id = _PREFIX.unpack_from(raw)
    if magic != MAGIC:
        raise FormatError("not a blob")
    if version > VERSION:
        raise UnsupportedBlobVersion(version)
    if version != VERSION or reserved != b"\x00\x00\x00" or generation == 0:
        raise FormatError("bad blob header")
    return BlobHeader(generation, blob_id, raw[32:44], raw[44:92], raw[:HEADER_SIZE])


def unwrap_key(header: BlobHeader, archive_id: bytes, archive_key: bytes) -> bytes:
    """The blob key; raises AuthenticationFailed if the header was changed."""
    return crypto.aead_open(
        _wrap_key(archive_key),
        header.wrap_nonce,
        header.wrapped_key,
        _wrap_aad(archive_id, header.raw[:32]),
    )


def encrypt_stream(
    source: BinaryIO,
    target: BinaryIO,
    archive_id: bytes,
    generation: int,
    archive_key: bytes,
    blob_id: bytes,
    rng: RandomSource,
) -> BlobInfo:
    """Encrypt ``source`` to ``target`` one chunk at a time; returns size and SHA-256."""
    header, blob_key = make_header(archive_id, generation, archive_key, blob_id, rng)
    target.write(header)
    aead = ChaCha20Poly1305(_payload_key(blob_key, blob_id))
    digest = _PipelinedHash()
    try:
        size = 0
        stored = len(header)
        counter = 0
        current = _read_full(source, CHUNK_SIZE)
        while True:
            following = _read_full(source, CHUNK_SIZE) if len(current) == CHUNK_SIZE else b""
            last = not following
            digest.update(current)
            size += len(current)
            sealed = aead.encrypt(_nonce(counter, last), current, None)
            target.write(sealed)
            stored += len(sealed)
            if last:
                break
            counter += 1
            current = following
        return BlobInfo(size=size, sha256=digest.hexdigest(), stored_size=stored)
    finally:
        digest.close()


def _read_full(source: BinaryIO, size: int) -> bytes:
    """Exactly ``size`` bytes unless the stream ends: pipes and sockets may return less."""
    data = source.read(size)
    if data is None:
        data = b""
    if len(data) == size or not data:
        return data
    parts = [data]
    missing = size - len(data)
    while missing:
        more = source.read(missing)
        if not more:
            break
        parts.append(more)
        missing -= len(more)
    return b"".join(parts)


class _PipelinedHash:
    """SHA-256 of the plaintext, computed on a helper thread once the input is large.

    hashlib releases the GIL for big buffers, so on a multi-core machine hashing overlaps with
    encryption instead of halving throughput. Chunks are immutable ``bytes``; the queue is
    bounded (16 chunks = 1 MiB) so memory stays flat.
    """

    _THRESHOLD = 8

    def __init__(self) -> None:
        self._hash = hashlib.sha256()
        self._count = 0
        self._queue: queue.Queue[bytes | None] | None = None
        self._thread: threading.Thread | None = None

    def update(self, chunk: bytes) -> None:
        self._count += 1
        if self._queue is None:
            if self._count < self._THRESHOLD:
                self._hash.update(chunk)
                return
            self._queue = queue.Queue(maxsize=16)
            self._thread = threading.Thread(target=self._run, name="blob-sha256", daemon=True)
            self._thread.start()
        self._queue.put(chunk)

    def _run(self) -> None:
        assert self._queue is not None
        while (chunk := self._queue.get()) is not None:
            self._hash.update(chunk)

    def close(self) -> None:
        """Stop the helper thread (idempotent; also on errors)."""
        if self._queue is not None and self._thread is not None:
            self._queue.put(None)
            self._thread.join()
        self._queue = None
        self._thread = None

    def hexdigest(self) -> str:
        self.close()
        return self._hash.hexdigest()


def iter_plaintext(
    source: BinaryIO, archive_id: bytes, keys: dict[int, bytes], expected_id: bytes | None
) -> Iterator[bytes]:
    """Yield authenticated plaintext chunks of the blob in ``source``.

    Raises FormatError, UnsupportedBlobVersion, KeyError (unknown generation) or
    AuthenticationFailed — possibly after some chunks were yielded, so callers must not treat
    the output as valid until the generator finishes.
    """
    header = parse_header(_read_full(source, HEADER_SIZE))
    if expected_id is not None and header.blob_id != expected_id:
        raise AuthenticationFailed("blob id differs from its file name")
    archive_key = keys[header.generation]
    aead = ChaCha20Poly1305(_payload_key(unwrap_key(header, archive_id, archive_key), header.blob_id))
    sealed_size = CHUNK_SIZE + TAG
    counter = 0
    current = _read_full(source, sealed_size)
    while True:
        following = _read_full(source, sealed_size) if len(current) == sealed_size else b""
        last = not following
        if len(current) < TAG or (counter > 0 and last and len(current) == TAG):
            raise AuthenticationFailed("blob cut short")
        try:
            plain = aead.decrypt(_nonce(counter, last), current, None)
        except InvalidTag:
            raise AuthenticationFailed(f"chunk {counter} failed authentication") from None
        yield plain
        if last:
            return
        counter += 1
        current = following


def decrypt_stream(
    source: BinaryIO,
    target: BinaryIO,
    archive_id: bytes,
    keys: dict[int, bytes],
    expected_id: bytes | None = None,
) -> int:
    """Decrypt the blob in ``source`` into ``target``; returns the plaintext size."""
    total = 0
    for chunk in iter_plaintext(source, archive_id, keys, expected_id):
        target.write(chunk)
        total += len(chunk)
    return total
