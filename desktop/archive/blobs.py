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
holds one batch of 8 chunks in reused buffers (about 1.5 MiB in all), whatever the file size;
batching changes only how many chunks go through one read or write, never the bytes.
"""

from __future__ import annotations

import hashlib
import io
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
from desktop.archive.encoding import FormatError, check_version, key_for
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
_BATCH_CHUNKS = 8  # chunks per read and per write: fewer system calls, no per-chunk objects
_BATCH = _BATCH_CHUNKS * CHUNK_SIZE
HASH_THREAD = True  # SHA-256 on a helper thread (see _BatchHash); False hashes inline


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
    """Structure of a blob header; raises FormatError / NewerFormat."""
    if len(raw) < HEADER_SIZE:
        raise FormatError("blob shorter than its header")
    magic, version, reserved, generation, blob_id = _PREFIX.unpack_from(raw)
    if magic != MAGIC:
        raise FormatError("not a blob")
    check_version(version, VERSION)
    if reserved != b"\x00\x00\x00" or generation == 0:
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
    """Encrypt ``source`` to ``target``; returns plaintext size and SHA-256, stored size.

    Streams: reads and writes 512 KiB at a time (8 chunks) through reused buffers, so
    memory stays flat whatever the size. Short reads (pipes) never cut a chunk short. The bytes
    written are those of the one-chunk-at-a-time definition in the module docstring.
    """
    header, blob_key = make_header(archive_id, generation, archive_key, blob_id, rng)
    target.write(header)
    aead = ChaCha20Poly1305(_payload_key(blob_key, blob_id))
    views = (memoryview(bytearray(_BATCH)), memoryview(bytearray(_BATCH)))
    out = memoryview(bytearray(_BATCH_CHUNKS * (CHUNK_SIZE + TAG)))
    digest = _BatchHash(threaded=HASH_THREAD)
    try:
        size, stored, counter, cur = 0, len(header), 0, 0
        filled = _fill(source, views[0])
        while True:
            plain = views[cur][:filled]
            digest.submit(plain)
            if filled == _BATCH:
                digest.settle(keep=1)  # the other buffer is hashed: safe to refill
                following = _fill(source, views[1 - cur])
            else:
                following = 0
            final = following == 0
            pos = 0
            for start in range(0, filled or 1, CHUNK_SIZE):
                piece = plain[start : start + CHUNK_SIZE]
                end = pos + len(piece) + TAG
                last = final and start + CHUNK_SIZE >= filled
                aead.encrypt_into(_nonce(counter, last), piece, None, out[pos:end])
                pos = end
                counter += 1
            target.write(out[:pos])
            size += filled
            stored += pos
            if final:
                break
            cur, filled = 1 - cur, following
        return BlobInfo(size=size, sha256=digest.hexdigest(), stored_size=stored)
    finally:
        digest.close()


def _fill(source: BinaryIO, view: memoryview) -> int:
    """Fill ``view`` from ``source`` unless it ends first; returns the byte count.

    Uses ``readinto`` (no copy) where the stream has it; pipes and sockets may return less than
    asked, so it loops."""
    readinto = getattr(source, "readinto", None)
    total, size = 0, len(view)
    while total < size:
        if readinto is not None:
            try:
                got = readinto(view[total:])
            except (NotImplementedError, io.UnsupportedOperation):  # a read()-only RawIOBase
                readinto = None
                continue
        else:
            data = source.read(size - total)
            got = len(data) if data else 0
            view[total : total + got] = data or b""
        if not got:
            break
        total += got
    return total


def _read_full(source: BinaryIO, size: int) -> bytes:
    """Exactly ``size`` bytes unless the stream ends: pipes and sockets may return less."""
    buffer = bytearray(size)
    return bytes(memoryview(buffer)[: _fill(source, memoryview(buffer))])


class _BatchHash:
    """SHA-256 of the plaintext batches, inline or on one helper thread.

    hashlib releases the GIL for large buffers, so with a free core the thread overlaps hashing
    with reading and encryption. The caller keeps each submitted buffer unchanged until
    :meth:`settle` says it was hashed; batches are hashed in order.
    """

    def __init__(self, threaded: bool) -> None:
        self._hash = hashlib.sha256()
        self._pending = 0
        self._todo: queue.SimpleQueue[memoryview | None] | None = None
        self._done: queue.SimpleQueue[None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        if threaded:
            self._todo = queue.SimpleQueue()
            self._thread = threading.Thread(target=self._run, name="blob-sha256", daemon=True)
            self._thread.start()

    def submit(self, view: memoryview) -> None:
        if self._todo is None:
            self._hash.update(view)
        else:
            self._pending += 1
            self._todo.put(view)

    def settle(self, keep: int = 0) -> None:
        """Wait until at most ``keep`` submitted batches remain unhashed."""
        while self._pending > keep:
            self._done.get()
            self._pending -= 1

    def _run(self) -> None:
        assert self._todo is not None
        while (view := self._todo.get()) is not None:
            self._hash.update(view)
            self._done.put(None)

    def close(self) -> None:
        """Stop the helper thread (idempotent; also on errors)."""
        if self._todo is not None and self._thread is not None:
            self._todo.put(None)
            self._thread.join()
        self._todo = None
        self._thread = None
        self._pending = 0

    def hexdigest(self) -> str:
        self.settle()
        self.close()
        return self._hash.hexdigest()


def _open_batches(
    source: BinaryIO, archive_id: bytes, keys: dict[int, bytes], expected_id: bytes | None
) -> Iterator[memoryview]:
    """Yield authenticated plaintext, up to 8 chunks at a time, in one reused buffer.

    Each view is valid only until the next one is requested. Raises like :func:`iter_plaintext`.
    """
    header = parse_header(_read_full(source, HEADER_SIZE))
    if expected_id is not None and header.blob_id != expected_id:
        raise AuthenticationFailed("blob id differs from its file name")
    archive_key = key_for(keys, header.generation)
    aead = ChaCha20Poly1305(_payload_key(unwrap_key(header, archive_id, archive_key), header.blob_id))
    sealed_size = CHUNK_SIZE + TAG
    batch = _BATCH_CHUNKS * sealed_size
    views = (memoryview(bytearray(batch)), memoryview(bytearray(batch)))
    out = memoryview(bytearray(_BATCH))
    counter, cur = 0, 0
    filled = _fill(source, views[0])
    while True:
        sealed = views[cur][:filled]
        following = _fill(source, views[1 - cur]) if filled == batch else 0
        final = following == 0
        pos = 0
        for start in range(0, filled or 1, sealed_size):
            current = sealed[start : start + sealed_size]
            last = final and start + sealed_size >= filled
            if len(current) < TAG or (counter > 0 and last and len(current) == TAG):
                raise AuthenticationFailed("blob cut short")
            end = pos + len(current) - TAG
            try:
                aead.decrypt_into(_nonce(counter, last), current, None, out[pos:end])
            except InvalidTag:
                raise AuthenticationFailed(f"chunk {counter} failed authentication") from None
            pos = end
            counter += 1
        yield out[:pos]
        if final:
            return
        cur, filled = 1 - cur, following


def iter_plaintext(
    source: BinaryIO, archive_id: bytes, keys: dict[int, bytes], expected_id: bytes | None
) -> Iterator[bytes]:
    """Yield authenticated plaintext chunks (``bytes`` of at most 64 KiB) of the blob in ``source``.

    Raises FormatError, NewerFormat, KeyNotGranted (unknown generation) or
    AuthenticationFailed — possibly after some chunks were yielded, so callers must not treat
    the output as valid until the generator finishes.
    """
    for plain in _open_batches(source, archive_id, keys, expected_id):
        if not plain:
            yield b""
        for start in range(0, len(plain), CHUNK_SIZE):
            yield bytes(plain[start : start + CHUNK_SIZE])


def decrypt_stream(
    source: BinaryIO,
    target: BinaryIO,
    archive_id: bytes,
    keys: dict[int, bytes],
    expected_id: bytes | None = None,
) -> int:
    """Decrypt the blob in ``source`` into ``target``; returns the plaintext size.

    Writes 512 KiB at a time; raises like :func:`iter_plaintext`, possibly after writing
    part of the plaintext (the caller publishes ``target`` only on success)."""
    total = 0
    for plain in _open_batches(source, archive_id, keys, expected_id):
        target.write(plain)
        total += len(plain)
    return total
