"""Format-2 blobs are padded to size buckets; the data length is authenticated (issue 17)."""

from __future__ import annotations

import hashlib
import io

import pytest

from desktop.archive import blobs
from desktop.archive.crypto import AuthenticationFailed
from desktop.archive.encoding import NewerFormat
from desktop.archive.rng import DeterministicRandom

ARCHIVE = bytes(range(16))
KEY = bytes(range(32, 64))
BLOB_ID = b"\x42" * 16
SIZES = [0, 1, 1024, 1025, 65535, 65536, 65537, 524287, 524288, 524289, 600_000]


def _seal(data: bytes) -> tuple[bytes, blobs.BlobInfo]:
    out = io.BytesIO()
    info = blobs.encrypt_stream(io.BytesIO(data), out, ARCHIVE, 1, KEY, BLOB_ID,
                                DeterministicRandom(b"pad"), version=2)
    return out.getvalue(), info


@pytest.mark.parametrize("size", SIZES)
def test_round_trip_and_stored_size_is_the_bucket(size):
    data = bytes(i % 253 for i in range(size))
    raw, info = _seal(data)
    assert (info.size, info.sha256) == (size, hashlib.sha256(data).hexdigest())
    padded = blobs.padded_size(size)
    assert padded >= size and padded <= max(1024, 2 * size) and (size <= 65536
                                                                  or padded <= size * 1.125)
    chunks = -(-padded // blobs.CHUNK_SIZE)
    assert len(raw) == info.stored_size == blobs.HEADER_SIZE_V2 + padded + 16 * chunks
    out = io.BytesIO()
    assert blobs.decrypt_stream(io.BytesIO(raw), out, ARCHIVE, {1: KEY}, BLOB_ID) == size
    assert out.getvalue() == data
    assert b"".join(blobs.iter_plaintext(io.BytesIO(raw), ARCHIVE, {1: KEY}, BLOB_ID)) == data


def test_sizes_in_one_bucket_are_indistinguishable():
    assert len({len(_seal(b"x" * n)[0]) for n in (1, 500, 1024)}) == 1
    assert len({len(_seal(b"x" * n)[0]) for n in (600_000, 620_000, 655_360)}) == 1


@pytest.mark.parametrize("position", [8, 35, 39, 45, 99, 100, -1])
def test_every_header_byte_and_the_length_are_authenticated(position):
    raw, _ = _seal(b"receipt" * 2000)
    changed = bytearray(raw)
    changed[position] ^= 0x01
    with pytest.raises((AuthenticationFailed, NewerFormat)):
        blobs.decrypt_stream(io.BytesIO(bytes(changed)), io.BytesIO(), ARCHIVE, {1: KEY},
                             BLOB_ID)


def test_cutting_the_padding_is_detected():
    raw, _ = _seal(b"receipt" * 20_000)
    for cut in (len(raw) - 1, len(raw) - 17, blobs.HEADER_SIZE_V2 + 16):
        with pytest.raises(AuthenticationFailed):
            blobs.decrypt_stream(io.BytesIO(raw[:cut]), io.BytesIO(), ARCHIVE, {1: KEY},
                                 BLOB_ID)


def test_format_2_archive_pads_its_attachments(make_archive):
    archive, folder = make_archive()
    small = archive.add_attachment(io.BytesIO(b"a" * 10), name="a.txt")
    other = archive.add_attachment(io.BytesIO(b"b" * 900), name="b.txt")
    sizes = {(folder / "objects" / b[:2] / f"{b}.blob").stat().st_size
             for b in (archive.get(small).fields["blob"], archive.get(other).fields["blob"])}
    assert len(sizes) == 1
    assert b"".join(archive.read_attachment(other)) == b"b" * 900
    assert archive.verify().ok


def test_display_names_live_sealed_in_the_roster_not_in_plain_files(make_archive):
    """FORMAT.md §16: whoever stores the folder does not read who the family is."""
    from archive_helpers import grant, open_archive
    from desktop.archive import KDF_FLOOR, Archive

    archive, folder = make_archive()  # founder "Ana"
    budi = Archive.request_membership(folder, "b", name="Budi Santoso", kdf=KDF_FLOOR,
                                      data_dir=folder.parent / "budi")
    grant(archive, folder, budi)
    recovery = archive.create_recovery_key()
    rescued = Archive.open(folder, recovery_key=recovery, data_dir=folder.parent / "r")
    fresh = rescued.add_passphrase_identity("Ana Baru", "fresh secret", KDF_FLOOR)
    plain = b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file()
                     and p.parent.name != budi and not p.name.startswith(budi))
    # The founder's and the new identity's names are sealed (a JSON string "Ana" or the
    # longer name would show; three letters alone can occur in base64 by chance).
    assert b'"Ana"' not in plain and b"Ana Baru" not in plain
    for path in (folder / "roster").iterdir():
        assert b"Budi Santoso" not in path.read_bytes()
    reader = open_archive(folder, data_dir=folder.parent / "other")
    names = {m.member: m.name for m, _ok in reader.members()}
    assert names[archive.member] == "Ana" and names[fresh] == "Ana Baru"
    assert names[budi] == "Budi Santoso"
    assert reader.name_of(archive.member) == "Ana"
    # A removed member keeps their name in messages ("3 records written by Ana Baru's PC").
    reader.rotate_key(remove=[fresh])
    assert open_archive(folder, data_dir=folder.parent / "third").name_of(fresh) == "Ana Baru"
