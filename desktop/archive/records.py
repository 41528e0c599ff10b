"""Journal records: encrypted, immutable batches of metadata operations.

A record lives at ``journal/<device>/<lamport>-<rand>.rec`` (FORMAT.md §8)::

    0   8  magic b"ShopSafR"
    8   1  version (1)
    9   3  reserved, zero
    12  4  key generation, big-endian
    16 12  nonce (random)
    28  …  ChaCha20-Poly1305(HKDF(archive key, "shopsafe/v1/record"), canonical JSON body)

AAD = ``"shopsafe/v1/record\\0" || archive id (16) || len(device) || device || len(name) ||
name || bytes 0..27`` where name is the canonical ``<lamport>-<rand>.rec``. A record copied into
another device's folder or renamed to another stem fails authentication. Sync-engine conflict
copies keep the stem (``12-….sync-conflict-….rec``, ``12-… (conflicted copy …).rec``) and are
read like the original; duplicates collapse because operations are keyed by their id.
"""

from __future__ import annotations

import json
import re
import struct
from dataclasses import dataclass
from typing import Any

from desktop.archive import crypto
from desktop.archive.encoding import FormatError, canonical_json, check_version, key_for
from desktop.archive.rng import RandomSource

__all__ = [
    "ITEM_TYPES",
    "SET_NAMES",
    "Record",
    "RecordName",
    "decode_record",
    "encode_record",
    "parse_record_name",
    "validate_ops",
]

MAGIC = b"ShopSafR"
VERSION = 1
HEADER = struct.Struct(">8sB3sI12s")
HEADER_SIZE = HEADER.size  # 28
MAX_RECORD = 8 * 1024 * 1024

ITEM_TYPES = ("order", "seller", "attachment", "note", "report", "cost")
SET_NAMES = ("tags", "attachments")
_STEM = re.compile(r"^(0|[1-9][0-9]{0,14})-([0-9a-f]{16})")
_DEVICE = re.compile(r"^[0-9a-f]{16}$")
_ITEM = re.compile(r"^[0-9a-f]{16,32}$")
_FIELD = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
_OPID = re.compile(r"^(0|[1-9][0-9]{0,14})-[0-9a-f]{16}-[0-9a-f]{16}-(0|[1-9][0-9]{0,3})$")


@dataclass(frozen=True)
class RecordName:
    lamport: int
    rand: str

    @property
    def canonical(self) -> str:
        return f"{self.lamport}-{self.rand}.rec"


@dataclass(frozen=True)
class Record:
    """A decrypted record: who wrote it, when, and its operations."""

    device: str
    lamport: int
    rand: str
    author: str
    at: str
    ops: tuple[dict[str, Any], ...]

    def op_id(self, index: int) -> str:
        return f"{self.lamport}-{self.device}-{self.rand}-{index}"


def is_device(value: str) -> bool:
    return bool(_DEVICE.match(value))


def parse_record_name(filename: str) -> RecordName | None:
    """The canonical stem of a record file name, conflict copies included; None if foreign."""
    if filename.startswith(".") or not filename.endswith(".rec"):
        return None
    match = _STEM.match(filename)
    if not match:
        return None
    rest = filename[match.end() : -len(".rec")]
    if rest and not (rest.startswith((".", " ", "-", "_", "~"))):
        return None
    return RecordName(int(match.group(1)), match.group(2))


def _record_key(archive_key: bytes) -> bytes:
    return crypto.hkdf(archive_key, b"shopsafe/v1/record")


def record_key(archive_key: bytes) -> bytes:
    """The record sub-key of an archive key (cache it; HKDF per record is wasted work)."""
    return _record_key(archive_key)


def _aad(archive_id: bytes, device: str, name: str, header: bytes) -> bytes:
    d = device.encode("ascii")
    n = name.encode("ascii")
    return b"shopsafe/v1/record\x00" + archive_id + bytes([len(d)]) + d + bytes([len(n)]) + n + header


def encode_record(
    record: Record, archive_id: bytes, generation: int, key: bytes, rng: RandomSource
) -> bytes:
    """Encrypt ``record`` with the record sub-key ``key`` of ``generation``."""
    validate_ops(record.ops)
    _reject_floats(record.ops)
    body = canonical_json(
        {
            "v": VERSION,
            "archive": archive_id.hex(),
            "device": record.device,
            "lamport": record.lamport,
            "rand": record.rand,
            "author": record.author,
            "at": record.at,
            "ops": list(record.ops),
        }
    )
    header = HEADER.pack(MAGIC, VERSION, b"\x00" * 3, generation, rng.bytes(crypto.NONCE_SIZE))
    name = RecordName(record.lamport, record.rand).canonical
    return header + crypto.aead_seal(key, header[16:], body, _aad(archive_id, record.device, name, header))


def record_generation(data: bytes) -> int:
    """The key generation named by a record header; raises FormatError / NewerFormat."""
    if len(data) < HEADER_SIZE + crypto.TAG_SIZE:
        raise FormatError("record too short")
    if len(data) > MAX_RECORD:
        raise FormatError("record too large")
    magic, version, reserved, generation, _ = HEADER.unpack_from(data)
    if magic != MAGIC:
        raise FormatError("not a record")
    check_version(version, VERSION)
    if reserved != b"\x00" * 3 or generation == 0:
        raise FormatError("bad record header")
    return generation


def decode_record(
    data: bytes, archive_id: bytes, device: str, name: RecordName, keys: dict[int, bytes]
) -> Record:
    """Authenticate and parse a record read from ``journal/<device>/<name…>``.

    ``keys`` maps generation → record sub-key. Raises FormatError, KeyNotGranted (generation not
    granted to us), NewerFormat, or AuthenticationFailed.
    """
    generation = record_generation(data)
    header = data[:HEADER_SIZE]
    body = crypto.aead_open(
        key_for(keys, generation), header[16:], data[HEADER_SIZE:], _aad(archive_id, device, name.canonical, header)
    )
    # The body is authenticated, so the strict (and slower) canonical check of key files is not
    # needed here; the structure is still validated field by field.
    try:
        doc = _DECODER.decode(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError, FormatError) as exc:
        raise FormatError(f"record body is not JSON: {exc}") from None
    if not isinstance(doc, dict) or doc.keys() != _BODY_KEYS:
        raise FormatError("record fields differ from the layout")
    if doc["v"] != VERSION or doc["archive"] != archive_id.hex():
        raise FormatError("record of another archive or version")
    if (doc["device"], doc["lamport"], doc["rand"]) != (device, name.lamport, name.rand):
        raise FormatError("record body does not match its name")
    if not isinstance(doc["author"], str) or not isinstance(doc["at"], str):
        raise FormatError("bad author or time")
    ops = doc["ops"]
    if not isinstance(ops, list):
        raise FormatError("ops is not a list")
    validate_ops(ops)
    return Record(device, name.lamport, name.rand, doc["author"], doc["at"], tuple(ops))


def _float_refused(text: str) -> Any:
    raise FormatError("floats are not allowed")


_DECODER = json.JSONDecoder(parse_float=_float_refused, parse_constant=_float_refused)


def _reject_floats(value: Any) -> None:
    """Money and measurements go in as strings or integers: floats would round."""
    if isinstance(value, float):
        raise FormatError("floats are not allowed in records; use a string or an integer")
    if isinstance(value, dict):
        for inner in value.values():
            _reject_floats(inner)
    elif isinstance(value, (list, tuple)):
        for inner in value:
            _reject_floats(inner)


def validate_ops(ops: Any) -> None:
    """Raise FormatError unless ``ops`` is a valid, non-empty list of operations."""
    if not ops or len(ops) > 1000:
        raise FormatError("a record holds 1 to 1000 operations")
    for op in ops:
        _validate_op(op)


_SET_KEYS = frozenset({"op", "type", "item", "fields", "base"})
_ADD_KEYS = frozenset({"op", "type", "item", "set", "value"})
_REMOVE_KEYS = _ADD_KEYS | {"observed"}
_BODY_KEYS = frozenset({"v", "archive", "device", "lamport", "rand", "author", "at", "ops"})


def _validate_op(op: Any) -> None:
    if not isinstance(op, dict):
        raise FormatError("operation is not an object")
    kind = op.get("op")
    if op.get("type") not in ITEM_TYPES or not isinstance(op.get("item"), str):
        raise FormatError("bad item type")
    if not _ITEM.match(op["item"]):
        raise FormatError("bad item id")
    if kind == "set":
        if op.keys() != _SET_KEYS:
            raise FormatError("bad set operation")
        fields, base = op["fields"], op["base"]
        if not isinstance(fields, dict) or not fields or not isinstance(base, dict):
            raise FormatError("bad set fields")
        for name in fields:
            if not _FIELD.match(name):
                raise FormatError("bad field name")
        for name, heads in base.items():
            if name not in fields or not isinstance(heads, list):
                raise FormatError("bad base")
            _check_opids(heads)
    elif kind in ("add", "remove"):
        expected = _REMOVE_KEYS if kind == "remove" else _ADD_KEYS
        if op.keys() != expected or op["set"] not in SET_NAMES:
            raise FormatError("bad set operation")
        if not isinstance(op["value"], str) or not 0 < len(op["value"]) <= 200:
            raise FormatError("bad set value")
        if kind == "remove":
            if not isinstance(op["observed"], list):
                raise FormatError("bad observed list")
            _check_opids(op["observed"])
    else:
        raise FormatError("unknown operation")


def _check_opids(values: list[Any]) -> None:
    for value in values:
        if not isinstance(value, str) or not _OPID.match(value):
            raise FormatError("bad operation id")
