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

import hashlib
import json
import re
import struct
from dataclasses import dataclass, field
from typing import Any

from desktop.archive import crypto
from desktop.archive.encoding import FormatError, b64d, b64e, canonical_json, check_version, key_for
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
MAX_SEQ = 2**53 - 1  # a device's sequence numbers stay exact in every JSON reader
VERSION = 2  # written; format 1 records (unsigned, no sequence) are still read
VERSIONS = (1, 2)
MAX_LAMPORT = 10**15 - 1  # the largest clock a file name can carry: writers never exceed it
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
    """A decrypted record: who wrote it, when, and its operations.

    Format 2 adds ``seq`` (1, 2, … per device) and ``prev`` (SHA-256 of the device's previous
    record file, "" for the first) and is signed by the author; ``signature`` and ``signed``
    are what :func:`check_record_signature` checks against the roster's key for ``author``.
    ``digest`` is the SHA-256 of the record file (what the next record's ``prev`` names)."""

    device: str
    lamport: int
    rand: str
    author: str
    at: str
    ops: tuple[dict[str, Any], ...]
    seq: int = 0
    prev: str = ""
    version: int = 1
    generation: int = field(default=0, compare=False)
    digest: str = field(default="", compare=False)
    signature: bytes = field(default=b"", compare=False, repr=False)
    signed: bytes = field(default=b"", compare=False, repr=False)

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


_SIGN_DOMAIN = b"shopsafe/v2/record\x00"


def encode_record(
    record: Record,
    archive_id: bytes,
    generation: int,
    key: bytes,
    rng: RandomSource,
    signer: bytes | None = None,
) -> bytes:
    """Encrypt ``record`` with the record sub-key ``key`` of ``generation``.

    A format-2 record (``record.version == 2``) is signed with ``signer``, the author's Ed25519
    private key, and its plaintext padded with spaces to a size bucket (FORMAT.md §9), so the
    file size tells little about its contents. Raises FormatError for invalid operations and
    for a clock beyond :data:`MAX_LAMPORT` (no reader would accept that name)."""
    validate_ops(record.ops)
    _reject_floats(record.ops)
    if not 0 <= record.lamport <= MAX_LAMPORT:
        raise FormatError("record clock out of range")
    doc: dict[str, Any] = {
        "v": record.version,
        "archive": archive_id.hex(),
        "device": record.device,
        "lamport": record.lamport,
        "rand": record.rand,
        "author": record.author,
        "at": record.at,
        "ops": list(record.ops),
    }
    header = HEADER.pack(MAGIC, record.version, b"\x00" * 3, generation,
                         rng.bytes(crypto.NONCE_SIZE))
    if record.version == 2:
        if signer is None:
            raise ValueError("format 2 records are signed by their author")
        if type(record.seq) is not int or not 1 <= record.seq <= MAX_SEQ:
            # Readers refuse these: never write a record nobody can read back.
            raise FormatError("bad sequence number")
        doc.update(seq=record.seq, prev=record.prev)
        signature = crypto.ed25519_sign(signer, _SIGN_DOMAIN + header[:16] + canonical_json(doc))
        doc["sig"] = b64e(signature)
        body = pad_to_bucket(canonical_json(doc))
    else:
        body = canonical_json(doc)
    name = RecordName(record.lamport, record.rand).canonical
    return header + crypto.aead_seal(key, header[16:], body, _aad(archive_id, record.device, name, header))


def bucket(size: int, smallest: int = 512) -> int:
    """The padded size for ``size`` bytes: the next of 512, 1024, 2048 … (powers of two)."""
    padded = smallest
    while padded < size:
        padded *= 2
    return padded


def pad_to_bucket(body: bytes) -> bytes:
    """JSON allows trailing whitespace: spaces fill the body up to its bucket."""
    return body + b" " * (min(bucket(len(body)), MAX_RECORD - HEADER_SIZE - crypto.TAG_SIZE)
                          - len(body))


def check_record_signature(record: Record, public: bytes) -> None:
    """Raise AuthenticationFailed unless the format-2 ``record`` is signed with ``public``."""
    crypto.ed25519_verify(public, record.signature, record.signed)


def record_generation(data: bytes) -> int:
    """The key generation named by a record header; raises FormatError / NewerFormat."""
    if len(data) < HEADER_SIZE + crypto.TAG_SIZE:
        raise FormatError("record too short")
    if len(data) > MAX_RECORD:
        raise FormatError("record too large")
    magic, version, reserved, generation, _ = HEADER.unpack_from(data)
    if magic != MAGIC:
        raise FormatError("not a record")
    check_version(version, VERSION, older=(1,))
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
    version = data[8]
    if not isinstance(doc, dict) or doc.keys() != _BODY_KEYS[version]:
        raise FormatError("record fields differ from the layout")
    if doc["v"] != version or doc["archive"] != archive_id.hex():
        raise FormatError("record of another archive or version")
    if (doc["device"], doc["lamport"], doc["rand"]) != (device, name.lamport, name.rand):
        raise FormatError("record body does not match its name")
    if not isinstance(doc["author"], str) or not isinstance(doc["at"], str):
        raise FormatError("bad author or time")
    ops = doc["ops"]
    if not isinstance(ops, list):
        raise FormatError("ops is not a list")
    validate_ops(ops)
    digest = hashlib.sha256(data).hexdigest()
    if version == 1:
        return Record(device, name.lamport, name.rand, doc["author"], doc["at"], tuple(ops),
                      generation=generation, digest=digest)
    seq, prev = doc["seq"], doc["prev"]
    if type(seq) is not int or not 1 <= seq <= MAX_SEQ:
        raise FormatError("bad sequence number")
    if not isinstance(prev, str) or not _PREV.match(prev) or (seq == 1) != (prev == ""):
        raise FormatError("bad previous record hash")
    if not _DEVICE.match(doc["author"]):
        raise FormatError("bad author")
    signature = b64d(doc.pop("sig"), 64)
    return Record(device, name.lamport, name.rand, doc["author"], doc["at"], tuple(ops),
                  seq=seq, prev=prev, version=2, generation=generation, digest=digest,
                  signature=signature, signed=_SIGN_DOMAIN + header[:16] + canonical_json(doc))


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
_BODY_V1 = frozenset({"v", "archive", "device", "lamport", "rand", "author", "at", "ops"})
_BODY_KEYS = {1: _BODY_V1, 2: _BODY_V1 | {"seq", "prev", "sig"}}
_PREV = re.compile(r"^(|[0-9a-f]{64})$")


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
