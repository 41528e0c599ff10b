"""Blob streaming in batches (8 chunks per read and write) against the one-chunk definition.

encrypt_stream reads, seals and writes several chunks at a time through reused buffers, and
large files go through fsio.streaming_writer. These tests pin that the bytes are exactly those
of the format's chunk-by-chunk definition at every size around chunk and batch boundaries,
whatever the source hands back per read, and that a blob cut at a batch boundary is refused.
"""

from __future__ import annotations

import hashlib
import io
import os

import pytest
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from desktop.archive import blobs, fsio
from desktop.archive.crypto import AuthenticationFailed
from desktop.archive.rng import DeterministicRandom

ARCHIVE = bytes(range(16))
KEY = bytes(range(32, 64))
BLOB_ID = b"\x42" * 16
CHUNK = blobs.CHUNK_SIZE
BATCH = blobs._BATCH
SIZES = sorted({0, 1, CHUNK - 1, CHUNK, CHUNK + 1, BATCH - 1, BATCH, BATCH + 1,
                BATCH + CHUNK, 2 * BATCH, 2 * BATCH + 7, 3 * BATCH - CHUNK + 3})


def _reference(payload: bytes, seed: bytes) -> bytes:
    """The format's definition: header, then each 64 KiB chunk sealed on its own."""
    header, blob_key = blobs.make_header(ARCHIVE, 1, KEY, BLOB_ID, DeterministicRandom(seed))
    aead = ChaCha20Poly1305(blobs._payload_key(blob_key, BLOB_ID))
    chunks = [payload[i : i + CHUNK] for i in range(0, len(payload), CHUNK)] or [b""]
    sealed = [aead.encrypt(n.to_bytes(11, "big") + (b"\x01" if n == len(chunks) - 1 else b"\x00"),
                           chunk, None) for n, chunk in enumerate(chunks)]
    return header + b"".join(sealed)


class _ReadOnly:
    """A stream with read() only, giving at most ``step`` bytes per call, like a pipe."""

    def __init__(self, data: bytes, step: int) -> None:
        self._data = io.BytesIO(data)
        self._step = step

    def read(self, size: int = -1) -> bytes:
        return self._data.read(min(size, self._step) if size >= 0 else self._step)


class _ShortReadinto(io.RawIOBase):
    """A raw stream whose readinto fills at most ``step`` bytes per call."""

    def __init__(self, data: bytes, step: int) -> None:
        super().__init__()
        self._data = io.BytesIO(data)
        self._step = step

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        view = memoryview(buffer)[: self._step]
        return self._data.readinto(view)


@pytest.mark.parametrize("size", SIZES)
def test_batched_encryption_is_byte_exact_and_round_trips(size):
    payload = os.urandom(size)
    expected = _reference(payload, b"seed")
    for source in (io.BytesIO(payload), _ReadOnly(payload, 1000),
                   _ShortReadinto(payload, CHUNK - 5)):
        out = io.BytesIO()
        info = blobs.encrypt_stream(source, out, ARCHIVE, 1, KEY, BLOB_ID,
                                    DeterministicRandom(b"seed"))
        assert out.getvalue() == expected
        assert (info.size, info.stored_size) == (size, len(expected))
        assert info.sha256 == hashlib.sha256(payload).hexdigest()
    for source in (io.BytesIO(expected), _ReadOnly(expected, 777)):
        back = io.BytesIO()
        assert blobs.decrypt_stream(source, back, ARCHIVE, {1: KEY}, BLOB_ID) == size
        assert back.getvalue() == payload
    chunks = list(blobs.iter_plaintext(io.BytesIO(expected), ARCHIVE, {1: KEY}, BLOB_ID))
    assert b"".join(chunks) == payload
    assert all(len(chunk) == CHUNK for chunk in chunks[:-1]) and len(chunks[-1]) <= CHUNK


@pytest.mark.parametrize("hash_thread", [True, False])
def test_hash_inline_and_on_the_helper_thread_agree(monkeypatch, hash_thread):
    monkeypatch.setattr(blobs, "HASH_THREAD", hash_thread)
    payload = os.urandom(3 * BATCH + 11)
    info = blobs.encrypt_stream(io.BytesIO(payload), io.BytesIO(), ARCHIVE, 1, KEY, BLOB_ID,
                                DeterministicRandom(b"h"))
    assert info.sha256 == hashlib.sha256(payload).hexdigest()


@pytest.mark.parametrize("chunks_kept", [8, 16, 9])
def test_blob_cut_at_a_chunk_or_batch_boundary_is_refused(chunks_kept):
    payload = os.urandom(2 * BATCH + 100)
    blob = _reference(payload, b"cut")
    cut = blob[: blobs.HEADER_SIZE + chunks_kept * (CHUNK + blobs.TAG)]
    with pytest.raises(AuthenticationFailed):
        blobs.decrypt_stream(io.BytesIO(cut), io.BytesIO(), ARCHIVE, {1: KEY}, BLOB_ID)


def test_streaming_writer_writes_every_byte_past_several_windows(tmp_path):
    path = tmp_path / "big"
    block = os.urandom(3 * 1024 * 1024 + 5)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with fsio.streaming_writer(fd) as out:
        for _ in range(7):  # about 21 MiB: more than two writeback windows
            out.write(block)
        out.write(b"tail")
        out.flush()
        os.fsync(out.fileno())
    data = path.read_bytes()
    assert data == block * 7 + b"tail"


def test_export_reports_a_full_target_disk_as_oserror_not_as_damage(make_archive, tmp_path,
                                                                      monkeypatch):
    import errno

    from desktop.archive import attachments
    from desktop.archive.errors import ArchiveError

    archive, _ = make_archive()
    attachment = archive.add_attachment(io.BytesIO(os.urandom(BATCH + 3)), name="r.pdf")

    class _Full(io.RawIOBase):
        def writable(self) -> bool:
            return True

        def write(self, data) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    real = attachments.streaming_writer

    def full_disk(fd: int):
        os.close(fd)
        return io.BufferedWriter(_Full())

    monkeypatch.setattr(attachments, "streaming_writer", full_disk)
    target = tmp_path / "out.pdf"
    with pytest.raises(OSError) as caught:
        archive.export_attachment(attachment, target)
    assert caught.value.errno == errno.ENOSPC and not isinstance(caught.value, ArchiveError)
    assert not target.exists() and not list(tmp_path.glob(".out.pdf.*"))
    monkeypatch.setattr(attachments, "streaming_writer", real)
    assert archive.export_attachment(attachment, target) == BATCH + 3
