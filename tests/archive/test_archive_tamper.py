"""Any change to any file is detected: every byte flipped, chunks moved, records moved."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from archive_helpers import PASS, all_files, open_archive
from desktop.archive import Archive, TamperedFile
from desktop.archive.blobs import CHUNK_SIZE, HEADER_SIZE, TAG


@pytest.fixture
def small(make_archive):
    archive, folder = make_archive(seed=b"tamper")
    order = archive.put("order", title="Sepatu", seller="Toko Ñandú")
    archive.tag(order, "sepatu")
    archive.add_attachment(io.BytesIO(b"receipt " * 20), name="r.txt", order=order)
    archive.create_recovery_key()
    yield archive, folder
    archive.lock()


def test_flipping_any_byte_of_any_file_is_detected(small):
    archive, folder = small
    assert archive.verify().ok
    files = all_files(folder)
    assert len(files) >= 10
    flips = 0
    for path in files:
        original = path.read_bytes()
        rel = path.relative_to(folder).as_posix()
        for position in range(len(original)):
            # 0x01 catches ignored low bits (e.g. base64 padding); 0x80 breaks ASCII/UTF-8.
            for mask in (0x01, 0x80) if position % 5 == 0 else (0x01,):
                changed = bytearray(original)
                changed[position] ^= mask
                path.write_bytes(bytes(changed))
                report = archive.verify()
                assert rel in report.damaged_paths, (rel, position, mask)
                flips += 1
        path.write_bytes(original)
    assert archive.verify().ok
    assert flips > 5000


def test_truncating_or_extending_any_file_is_detected(small):
    archive, folder = small
    for path in all_files(folder):
        original = path.read_bytes()
        rel = path.relative_to(folder).as_posix()
        for changed in (original[:-1], original + b"\x00", original[: len(original) // 2], b""):
            path.write_bytes(changed)
            assert rel in archive.verify().damaged_paths, rel
        path.write_bytes(original)
    assert archive.verify().ok


def test_tampered_record_is_skipped_and_the_rest_opens(small):
    archive, folder = small
    records = sorted((folder / "journal").rglob("*.rec"))
    victim = records[0]
    data = bytearray(victim.read_bytes())
    data[-1] ^= 0xFF
    victim.write_bytes(bytes(data))
    reopened = open_archive(folder, device=archive.device)
    assert [p.path for p in reopened.problems] == [victim.relative_to(folder).as_posix()]
    assert isinstance(reopened.problems[0], TamperedFile)
    assert victim.exists(), "damaged files are never deleted"
    assert reopened.items()  # the other records still load


def _blob_with(archive: Archive, size: int, name: str) -> tuple[str, Path]:
    payload = bytes((i * 31 + size) % 256 for i in range(size))
    attachment = archive.add_attachment(io.BytesIO(payload), name=name)
    blob = archive.get(attachment).fields["blob"]
    return attachment, archive.layout.blob(blob)


def _chunks(data: bytes) -> tuple[bytes, list[bytes]]:
    body = data[HEADER_SIZE:]
    step = CHUNK_SIZE + TAG
    return data[:HEADER_SIZE], [body[i : i + step] for i in range(0, len(body), step)]


def _expect_tampered(archive: Archive, attachment: str) -> None:
    with pytest.raises(TamperedFile):
        b"".join(archive.read_attachment(attachment))


def test_chunks_reordered_truncated_extended_or_swapped_are_detected(make_archive):
    archive, _ = make_archive()
    a, path_a = _blob_with(archive, 3 * CHUNK_SIZE + 100, "a")
    b, path_b = _blob_with(archive, 3 * CHUNK_SIZE + 100, "b")
    orig_a, orig_b = path_a.read_bytes(), path_b.read_bytes()
    head_a, chunks_a = _chunks(orig_a)
    head_b, chunks_b = _chunks(orig_b)
    assert len(chunks_a) == 4
    variants = {
        "reordered": head_a + chunks_a[1] + chunks_a[0] + b"".join(chunks_a[2:]),
        "last dropped": head_a + b"".join(chunks_a[:3]),
        "middle dropped": head_a + chunks_a[0] + b"".join(chunks_a[2:]),
        "cut mid-chunk": orig_a[:-50],
        "duplicated chunk": head_a + chunks_a[0] + b"".join(chunks_a),
        "chunk from other blob": head_a + chunks_b[0] + b"".join(chunks_a[1:]),
        "header from other blob": head_b + b"".join(chunks_a),
        "trailing empty chunk": orig_a + b"\x00" * TAG,
    }
    for label, data in variants.items():
        path_a.write_bytes(data)
        _expect_tampered(archive, a)
        assert path_a.relative_to(archive.layout.root).as_posix() in \
            archive.verify().damaged_paths, label
    path_a.write_bytes(orig_a)
    # A whole blob swapped for another under the first one's name.
    path_a.write_bytes(orig_b)
    _expect_tampered(archive, a)
    path_a.write_bytes(orig_a)
    assert archive.verify().ok


def test_failed_export_leaves_no_partial_file(make_archive, tmp_path):
    archive, _ = make_archive()
    attachment, path = _blob_with(archive, 2 * CHUNK_SIZE + 5, "x")
    data = bytearray(path.read_bytes())
    data[-3] ^= 1
    path.write_bytes(bytes(data))
    target = tmp_path / "out.bin"
    with pytest.raises(TamperedFile):
        archive.export_attachment(attachment, target)
    assert not target.exists()
    assert not list(tmp_path.glob(".out.bin*"))


def test_record_moved_or_renamed_is_detected(make_archive):
    archive, folder = make_archive()
    archive.put("order", title="one")
    record = next((folder / "journal").rglob("*.rec"))
    other = folder / "journal" / "00000000deadbeef"
    other.mkdir()
    shutil.copy(record, other / record.name)
    renamed = record.with_name("999-" + record.name.split("-")[1])
    shutil.copy(record, renamed)
    damaged = archive.verify().damaged_paths
    assert (other / record.name).relative_to(folder).as_posix() in damaged
    assert renamed.relative_to(folder).as_posix() in damaged
    assert record.relative_to(folder).as_posix() not in damaged


def test_key_files_moved_are_detected(small):
    archive, folder = small
    slot = next((folder / "slots").rglob("*.slot"))
    moved = slot.with_name("0000000000000000.slot")
    slot.rename(moved)
    assert moved.relative_to(folder).as_posix() in archive.verify().damaged_paths
    moved.rename(slot)
    assert archive.verify().ok
    assert open_archive(folder, PASS).items()


@pytest.mark.parametrize("field, value", [("sha256", "00" * 32), ("size", 1)])
def test_viewing_compares_size_and_sha256_with_the_record_like_export(make_archive, tmp_path,
                                                                      field, value):
    # Someone holding the key points the record at a blob that decrypts but is not the file
    # the record describes: export and verify refuse it, and viewing must too.
    archive, _ = make_archive()
    attachment, _ = _blob_with(archive, 3000, "struk.pdf")
    archive.put("attachment", attachment, **{field: value})
    with pytest.raises(TamperedFile):
        archive.export_attachment(attachment, tmp_path / "out.pdf")
    _expect_tampered(archive, attachment)
    with pytest.raises(TamperedFile):
        archive.read_bytes(attachment)
