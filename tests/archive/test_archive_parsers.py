"""Hypothesis round trips and fuzzing of every parser of the archive format.

Each parser must either return the value that was encoded or raise its documented error —
never anything else, never hang, never allocate without bound.
"""

from __future__ import annotations

import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.archive import blobs, keys, records
from desktop.archive.crypto import AuthenticationFailed
from desktop.archive.encoding import (
    FormatError,
    KeyNotGranted,
    NewerFormat,
    b64d,
    b64e,
    canonical_json,
    parse_canonical_json,
)
from desktop.archive.crypto import KdfParams
from desktop.archive.keys import Identity
from desktop.archive.layout import parse_header
from desktop.archive.rng import DeterministicRandom

FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.too_slow])
ARCHIVE_ID = "ab" * 16
ARCHIVE_BYTES = bytes.fromhex(ARCHIVE_ID)
KEY = bytes(range(32))
RKEY = records.record_key(KEY)
DEVICE = "0011223344556677"

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)
item_ids = st.text("0123456789abcdef", min_size=16, max_size=16)
field_names = st.from_regex(r"[a-z][a-z0-9_]{0,10}", fullmatch=True)
op_ids = st.builds(lambda l, d, r, i: f"{l}-{d}-{r}-{i}", st.integers(0, 10**6), item_ids,
                   item_ids, st.integers(0, 9))


@st.composite
def operations(draw):
    kind = draw(st.sampled_from(["set", "add", "remove"]))
    base = {"type": draw(st.sampled_from(records.ITEM_TYPES)), "item": draw(item_ids), "op": kind}
    if kind == "set":
        fields = draw(st.dictionaries(field_names, json_values, min_size=1, max_size=4))
        heads = {k: draw(st.lists(op_ids, max_size=2)) for k in fields if draw(st.booleans())}
        return {**base, "fields": fields, "base": heads}
    value = draw(st.text(min_size=1, max_size=20))
    op = {**base, "set": draw(st.sampled_from(records.SET_NAMES)), "value": value}
    if kind == "remove":
        op["observed"] = draw(st.lists(op_ids, max_size=3))
    return op


@FUZZ
@given(json_values)
def test_canonical_json_round_trip(value):
    doc = {"v": value}
    assert parse_canonical_json(canonical_json(doc)) == doc


@FUZZ
@given(st.binary(max_size=300))
def test_canonical_json_fuzz(data):
    try:
        doc = parse_canonical_json(data)
    except FormatError:
        return
    assert canonical_json(doc) == data


@FUZZ
@given(st.binary(max_size=64))
def test_base64_round_trip_and_strictness(data):
    assert b64d(b64e(data)) == data
    text = b64e(data)
    if text.endswith("="):
        # Changing an ignored low bit of the last data character must be refused.
        stripped = text.rstrip("=")
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
        index = alphabet.index(stripped[-1])
        variant = stripped[:-1] + alphabet[index ^ 1] + text[len(stripped):]
        try:
            assert b64d(variant) != data
        except FormatError:
            pass


@FUZZ
@given(st.lists(operations(), min_size=1, max_size=5), st.integers(0, 10**12),
       st.text(max_size=20))
def test_record_round_trip(ops, lamport, at):
    rng = DeterministicRandom(b"records")
    record = records.Record(DEVICE, lamport, "89abcdef01234567", "0123456789abcdef", at,
                            tuple(ops))
    data = records.encode_record(record, ARCHIVE_BYTES, 1, RKEY, rng)
    name = records.parse_record_name(f"{lamport}-89abcdef01234567.rec")
    assert records.decode_record(data, ARCHIVE_BYTES, DEVICE, name, {1: RKEY}) == record


@FUZZ
@given(st.binary(max_size=200), st.integers(0, 3))
def test_record_decoder_fuzz(data, generation):
    name = records.RecordName(1, "89abcdef01234567")
    try:
        records.decode_record(data, ARCHIVE_BYTES, DEVICE, name, {1: RKEY})
    except (FormatError, AuthenticationFailed, KeyNotGranted, NewerFormat):
        pass


@FUZZ
@given(st.integers(0, 10**15 - 1), st.text("0123456789abcdef", min_size=16, max_size=16),
       st.sampled_from(["", ".sync-conflict-20260101-120000-ABCDEFG", " (conflicted copy 2026)",
                        "-DESKTOP-PC", " (Ana's conflicted copy 2026-01-01)"]))
def test_record_names_and_conflict_copies(lamport, rand, suffix):
    parsed = records.parse_record_name(f"{lamport}-{rand}{suffix}.rec")
    assert parsed == records.RecordName(lamport, rand)


@FUZZ
@given(st.text(max_size=60))
def test_record_name_fuzz(name):
    parsed = records.parse_record_name(name)
    if parsed is not None:
        assert name.startswith(f"{parsed.lamport}-{parsed.rand}") and name.endswith(".rec")


@FUZZ
@given(st.binary(max_size=3 * blobs.CHUNK_SIZE + 17))
def test_blob_round_trip(payload):
    rng = DeterministicRandom(b"blob")
    out = io.BytesIO()
    info = blobs.encrypt_stream(io.BytesIO(payload), out, ARCHIVE_BYTES, 1, KEY, b"\x07" * 16, rng)
    assert info.size == len(payload)
    assert info.stored_size == len(out.getvalue())
    back = io.BytesIO()
    blobs.decrypt_stream(io.BytesIO(out.getvalue()), back, ARCHIVE_BYTES, {1: KEY}, b"\x07" * 16)
    assert back.getvalue() == payload


@FUZZ
@given(st.binary(max_size=400))
def test_blob_decoder_fuzz(data):
    try:
        blobs.decrypt_stream(io.BytesIO(data), io.BytesIO(), ARCHIVE_BYTES, {1: KEY})
    except (FormatError, AuthenticationFailed, KeyNotGranted, NewerFormat):
        pass


_IDENTITY = Identity("0123456789abcdef", b"\x11" * 32, b"\x22" * 32)


@FUZZ
@given(st.text(max_size=40), st.sampled_from(["member", "recovery"]))
def test_member_round_trip(name, role):
    data = keys.make_member(ARCHIVE_ID, _IDENTITY, name, role)
    member = keys.parse_member(data, ARCHIVE_ID)
    assert (member.name, member.role, member.x25519_public) == \
        (name, role, _IDENTITY.x25519_public)


@FUZZ
@given(st.binary(max_size=20))
def test_slot_and_grant_round_trip(secret):
    rng = DeterministicRandom(b"slot" + secret)
    slot = keys.make_slot(ARCHIVE_ID, _IDENTITY, "fedcba9876543210", secret, None, rng)
    doc, _sig = keys.parse_slot(slot, ARCHIVE_ID)
    assert keys.open_slot(doc, secret) == _IDENTITY
    grant = keys.make_grant(ARCHIVE_ID, 3, KEY, _IDENTITY.member, _IDENTITY.x25519_public,
                            _IDENTITY, rng)
    gdoc, _ = keys.parse_grant(grant, ARCHIVE_ID)
    assert keys.open_grant(gdoc, _IDENTITY) == KEY


@FUZZ
@given(st.binary(max_size=600))
def test_key_file_parsers_fuzz(data):
    for parse in (keys.parse_member, keys.parse_slot, keys.parse_grant):
        try:
            parse(data, ARCHIVE_ID)
        except (FormatError, AuthenticationFailed, NewerFormat):
            pass
    try:
        parse_header(data)
    except (FormatError, NewerFormat):
        pass


@FUZZ
@given(st.binary(min_size=32, max_size=32))
def test_recovery_key_round_trip(secret):
    text = keys.format_recovery_key(secret)
    assert keys.parse_recovery_key(text) == secret
    assert keys.parse_recovery_key(text.lower().replace("-", " ")) == secret


@FUZZ
@given(st.text(max_size=80))
def test_recovery_key_parser_fuzz(text):
    try:
        keys.parse_recovery_key(text)
    except ValueError:
        pass


def _valid_key_files() -> list[bytes]:
    rng = DeterministicRandom(b"valid")
    from desktop.archive.crypto import KDF_FLOOR
    from desktop.archive.layout import make_header

    return [
        keys.make_member(ARCHIVE_ID, _IDENTITY, "Ana", "member"),
        keys.make_slot(ARCHIVE_ID, _IDENTITY, "fedcba9876543210", b"pw", None, rng),
        keys.make_grant(ARCHIVE_ID, 1, KEY, _IDENTITY.member, _IDENTITY.x25519_public,
                        _IDENTITY, rng),
        make_header(ARCHIVE_ID, _IDENTITY.member, KDF_FLOOR, KDF_FLOOR, KEY),
    ]


_VALID = _valid_key_files()
_ARGON_SLOT = canonical_json({
    **parse_canonical_json(_VALID[1]),
    "kdf": {"alg": "argon2id", "m": 19456, "t": 2, "p": 1, "salt": b64e(b"\0" * 16)},
})


@settings(max_examples=400, deadline=None)
@given(st.sampled_from([*_VALID, _ARGON_SLOT]), st.data())
def test_key_file_parsers_on_mutated_valid_files(original, data):
    mutated = bytearray(original)
    for _ in range(data.draw(st.integers(1, 3))):
        choice = data.draw(st.sampled_from(["flip", "delete", "insert"]))
        position = data.draw(st.integers(0, max(len(mutated) - 1, 0)))
        if choice == "flip" and mutated:
            mutated[position] ^= data.draw(st.integers(1, 255))
        elif choice == "delete" and mutated:
            del mutated[position]
        else:
            mutated.insert(position, data.draw(st.integers(0, 255)))
    blob = bytes(mutated)
    for parse in (keys.parse_member, keys.parse_slot, keys.parse_grant):
        try:
            parse(blob, ARCHIVE_ID)
        except (FormatError, AuthenticationFailed, NewerFormat):
            pass
    try:
        parse_header(blob)
    except (FormatError, NewerFormat):
        pass


class _Trickle(io.RawIOBase):
    """A stream that returns at most 1000 bytes per read, like a pipe."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        return self._data.read(min(size, 1000) if size >= 0 else 1000)


def test_short_reads_never_cut_a_blob_short():
    payload = bytes(range(256)) * 1000  # 256 000 bytes, four chunks
    out = io.BytesIO()
    info = blobs.encrypt_stream(_Trickle(payload), out, ARCHIVE_BYTES, 1, KEY, b"\x01" * 16,
                                DeterministicRandom(b"t"))
    assert info.size == len(payload)
    back = io.BytesIO()
    blobs.decrypt_stream(_Trickle(out.getvalue()), back, ARCHIVE_BYTES, {1: KEY})
    assert back.getvalue() == payload


kdf_values = st.builds(KdfParams, st.integers(1, 2**32), st.integers(1, 2**16), st.integers(1, 255))


@FUZZ
@given(kdf_values, kdf_values, item_ids)
def test_archive_header_round_trip(floor, cap, founder):
    from desktop.archive.layout import make_header

    data = make_header(ARCHIVE_ID, founder, floor, cap, KEY)
    header = parse_header(data)
    assert (header.archive_id, header.founder, header.floor, header.cap) == \
        (ARCHIVE_ID, founder, floor, cap)
    assert header.mac_valid(KEY) and not header.mac_valid(bytes(32))


@FUZZ
@given(st.binary(max_size=200))
def test_device_registry_survives_garbage(tmp_path_factory, data):
    from desktop.archive.layout import local_device_id

    folder = tmp_path_factory.mktemp("registry")
    (folder / "archive-devices.json").write_bytes(data)
    first = local_device_id(folder, ARCHIVE_ID, "1111111111111111")
    assert local_device_id(folder, ARCHIVE_ID, "2222222222222222") == first


def test_a_record_of_an_ungranted_generation_or_newer_version_is_reported_as_such():
    from desktop.archive.problems import REASONS, damaged_from

    rng = DeterministicRandom(b"records")
    record = records.Record(DEVICE, 1, "89abcdef01234567", "0123456789abcdef", "t",
                            ({"op": "set", "type": records.ITEM_TYPES[0], "item": "0123456789abcdef",
                              "fields": {"note": "x"}, "base": {}},))
    name = records.parse_record_name("1-89abcdef01234567.rec")
    data = records.encode_record(record, ARCHIVE_BYTES, 2, RKEY, rng)
    with pytest.raises(KeyNotGranted) as caught:
        records.decode_record(data, ARCHIVE_BYTES, DEVICE, name, {1: RKEY})
    assert caught.value.generation == 2
    assert damaged_from("journal/x.rec", caught.value).reason == REASONS["key"]
    newer = bytearray(data)
    newer[8] = records.VERSION + 1
    with pytest.raises(NewerFormat) as caught_newer:
        records.decode_record(bytes(newer), ARCHIVE_BYTES, DEVICE, name, {2: RKEY})
    assert damaged_from("journal/x.rec", caught_newer.value).reason == REASONS["newer"]
    # a stray KeyError (a bug, not a missing key) is never reported as a missing key
    assert damaged_from("journal/x.rec", KeyError("oops")).reason != REASONS["key"]
