"""The roster: who belongs to an archive of format 2, signed by its founder or an organiser.

A member file proves only that someone holds a key pair; anybody who can write into the synced
folder can add one. The roster (FORMAT.md §7a) is what says who is a member. It lives at
``roster/<serial>-<signer>.roster`` as a signed document (canonical JSON, kind ``roster``)::

    {"archive": id, "by": signer, "format": "shopsafe-roster", "version": 1,
     "serial": n, "prev": hex SHA-256 of roster n-1's file ("" for 1),
     "members": {member: {"ed25519": b64, "x25519": b64, "role": role[, "name": sealed]}},
     "revoked": {member: {"ed25519": b64, "generation": g, "upto": {device: seq}
                          [, "heads": {device: hex SHA-256}]}},
     "legacy": {device: lamport}[, "legacy_records": {device: digest prefixes}], "sig": …}

This module holds the data types and reads and writes one roster file; which rosters are
accepted, how concurrent ones merge and what the roster in force is live in
:mod:`desktop.archive.roster_chain`.

A revoked member keeps what they could read. Their records are accepted only when encrypted
with a generation before ``generation`` and, per device, on the chain of records that existed
when they were removed (``heads``: the SHA-256 of their newest record there; rosters written
before ``heads`` existed give only the sequence bound ``upto``). ``legacy`` lists, per device,
the highest Lamport clock of format-1 records (unsigned) that existed when the archive was
upgraded, and ``legacy_records`` the first 16 hex digits of each such file's SHA-256: a
format-1 record written later — by a removed member who kept generation 1 — is refused.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

from desktop.archive import crypto, keys
from desktop.archive.encoding import FormatError, b64d, b64e
from desktop.archive.keys import Identity
from desktop.archive.rng import RandomSource

__all__ = ["ORGANISERS", "Entry", "Revocation", "Roster", "load_rosters", "make_roster",
           "open_name", "seal_name"]

ROLES = ("founder", "recovery", "organiser", "member")
ORGANISERS = frozenset({"founder", "recovery", "organiser"})  # add, remove, rotate
APPOINTERS = frozenset({"founder", "recovery"})  # may also change who organises
RANK = {"founder": 3, "recovery": 2, "organiser": 1, "member": 0}
ROSTER_LIMIT = 1024 * 1024  # a roster of 10 000 members, or 60 000 format-1 records
_NAME = re.compile(r"^([1-9][0-9]{0,8})-([0-9a-f]{16})\.roster$")
_DEVICE = re.compile(r"^[0-9a-f]{16}$")
_DIGEST = re.compile(r"^[0-9a-f]{64}$")
_PREFIXES = re.compile(r"^(?:[0-9a-f]{16})*$")
_FIELDS = {"archive", "by", "serial", "prev", "members", "revoked", "legacy"}
_OPTIONAL = frozenset({"legacy_records"})
_NAME_INFO = b"shopsafe/v2/roster-name"


@dataclass(frozen=True)
class Entry:
    """A member on the roster. ``name`` is their display name sealed with an archive key
    (generation, nonce, ciphertext; None when the roster does not carry it): the folder's
    host cannot read it. It does not take part in comparisons of entries."""

    member: str
    role: str
    ed25519: bytes
    x25519: bytes
    name: tuple[int, bytes, bytes] | None = field(default=None, compare=False, repr=False)

    @property
    def keys(self) -> tuple[bytes, bytes]:
        return self.ed25519, self.x25519


@dataclass(frozen=True)
class Revocation:
    member: str
    ed25519: bytes
    generation: int
    upto: dict[str, int] = field(default_factory=dict)
    heads: dict[str, str] = field(default_factory=dict)  # device → digest of their newest record


@dataclass(frozen=True)
class Roster:
    """The roster in force: ``members`` never holds a revoked member.

    ``serial`` and ``digest`` are those of the head (the newest accepted roster file); the
    members and revocations are merged from every accepted roster, so concurrent additions by
    two organisers both count (see :mod:`desktop.archive.roster_chain`). ``base`` is the
    head file's own content: what the next roster file is written on top of."""

    serial: int
    digest: str
    members: dict[str, Entry]
    revoked: dict[str, Revocation]
    legacy: dict[str, int]
    legacy_records: dict[str, frozenset[str]] | None = None
    base: Roster | None = field(default=None, compare=False, repr=False)

    def active(self, member: str) -> Entry | None:
        return None if member in self.revoked else self.members.get(member)

    def organises(self, member: str) -> bool:
        entry = self.active(member)
        return entry is not None and entry.role in ORGANISERS

    def signing_key(self, member: str) -> bytes | None:
        """The Ed25519 key of a member or former member (their old records still verify)."""
        if member in self.members:
            return self.members[member].ed25519
        if member in self.revoked:
            return self.revoked[member].ed25519
        return None

    def accepts(self, author: str, generation: int, device: str, seq: int) -> bool:
        """May ``author`` have written this record? Active members: yes; removed members:
        only with a generation they held and within what existed when they were removed
        (the record chain, ``heads``, is checked by :func:`desktop.archive.trust.sift`)."""
        if author in self.revoked:
            gone = self.revoked[author]
            return generation < gone.generation and seq <= gone.upto.get(device, 0)
        return author in self.members

    def legacy_admits(self, device: str, lamport: int, digest: str) -> bool:
        """Did this format-1 record exist when the archive was upgraded?"""
        if lamport > self.legacy.get(device, -1):
            return False
        if self.legacy_records is None:  # upgraded before the list existed: the clock only
            return True
        return digest[:16] in self.legacy_records.get(device, frozenset())

    @property
    def own(self) -> Roster:
        """The head file's own content (``self`` for a roster parsed from one file)."""
        return self.base or self


def _name_key(key: bytes) -> bytes:
    return crypto.hkdf(key, _NAME_INFO)


def _name_aad(archive_id: str, member: str) -> bytes:
    return _NAME_INFO + b"\0" + bytes.fromhex(archive_id) + member.encode("ascii")


def seal_name(archive_id: str, member: str, name: str, generation: int, key: bytes,
              rng: RandomSource) -> tuple[int, bytes, bytes]:
    """``name`` encrypted with the archive key of ``generation`` for the roster entry."""
    nonce = rng.bytes(crypto.NONCE_SIZE)
    return generation, nonce, crypto.aead_seal(_name_key(key), nonce, name.encode("utf-8"),
                                               _name_aad(archive_id, member))


def open_name(archive_id: str, entry: Entry, generation_keys: dict[int, bytes]) -> str | None:
    """The display name sealed in ``entry`` (None when absent or not readable with our keys)."""
    if entry.name is None or entry.name[0] not in generation_keys:
        return None
    generation, nonce, sealed = entry.name
    try:
        return crypto.aead_open(_name_key(generation_keys[generation]), nonce, sealed,
                                _name_aad(archive_id, entry.member)).decode("utf-8")
    except Exception:  # noqa: BLE001 - a damaged name is just not shown
        return None


def _entry_doc(entry: Entry) -> dict[str, Any]:
    doc: dict[str, Any] = {"ed25519": b64e(entry.ed25519), "x25519": b64e(entry.x25519),
                           "role": entry.role}
    if entry.name is not None:
        generation, nonce, sealed = entry.name
        doc["name"] = {"g": generation, "nonce": b64e(nonce), "ct": b64e(sealed)}
    return doc


def _revocation_doc(revocation: Revocation) -> dict[str, Any]:
    doc: dict[str, Any] = {"ed25519": b64e(revocation.ed25519),
                           "generation": revocation.generation, "upto": dict(revocation.upto)}
    if revocation.heads:
        doc["heads"] = dict(revocation.heads)
    return doc


def make_roster(
    archive_id: str,
    serial: int,
    prev: str,
    members: dict[str, Entry],
    revoked: dict[str, Revocation],
    legacy: dict[str, int],
    signer: Identity,
    legacy_records: dict[str, frozenset[str]] | None = None,
) -> bytes:
    """The signed roster file (see the module docstring)."""
    doc = {
        "format": "shopsafe-roster",
        "version": 1,
        "archive": archive_id,
        "by": signer.member,
        "serial": serial,
        "prev": prev,
        "members": {m: _entry_doc(e) for m, e in members.items()},
        "revoked": {m: _revocation_doc(r) for m, r in revoked.items()},
        "legacy": dict(legacy),
    }
    if legacy_records is not None:
        doc["legacy_records"] = {d: "".join(sorted(p)) for d, p in legacy_records.items()}
    return keys.sign_document(doc, "roster", signer.ed25519_private)


def roster_name(serial: int, signer: str) -> str:
    return f"{serial}-{signer}.roster"


@dataclass
class Candidate:
    """One parsed roster file, not yet accepted."""

    rel: str
    serial: int
    by: str
    prev: str
    digest: str
    doc: dict[str, Any]
    signature: bytes
    roster: Roster


def _int(value: object, low: int, high: int, what: str) -> int:
    if type(value) is not int or not low <= value <= high:
        raise FormatError(f"bad {what}")
    return value


def _parse_entry(value: object) -> tuple[str, bytes, bytes, tuple[int, bytes, bytes] | None]:
    if not isinstance(value, dict) or not {"ed25519", "x25519", "role"} <= set(value) \
            or not set(value) <= {"ed25519", "x25519", "role", "name"} \
            or value["role"] not in ROLES:
        raise FormatError("bad roster entry")
    name = None
    if "name" in value:
        sealed = value["name"]
        if not isinstance(sealed, dict) or set(sealed) != {"g", "nonce", "ct"}:
            raise FormatError("bad sealed name")
        ct = b64d(sealed["ct"])
        if not 16 <= len(ct) <= 16 + 800:
            raise FormatError("bad sealed name")
        name = (_int(sealed["g"], 1, 2**31 - 1, "generation"), b64d(sealed["nonce"], 12), ct)
    return value["role"], b64d(value["ed25519"], 32), b64d(value["x25519"], 32), name


def _parse_revocation(member: str, value: object) -> Revocation:
    if not isinstance(value, dict) or not {"ed25519", "generation", "upto"} <= set(value) \
            or not set(value) <= {"ed25519", "generation", "upto", "heads"} \
            or not isinstance(value["upto"], dict) \
            or not isinstance(value.get("heads", {}), dict):
        raise FormatError("bad revocation")
    upto = {}
    for device, seq in value["upto"].items():
        if not _DEVICE.match(device):
            raise FormatError("bad device")
        upto[device] = _int(seq, 0, 2**53, "sequence")
    heads = {}
    for device, digest in value.get("heads", {}).items():
        if not _DEVICE.match(device) or not isinstance(digest, str) \
                or not _DIGEST.match(digest):
            raise FormatError("bad record head")
        heads[device] = digest
    return Revocation(member, b64d(value["ed25519"], 32),
                      _int(value["generation"], 1, 2**31 - 1, "generation"), upto, heads)


def parse_roster(rel: str, data: bytes, archive_id: str) -> Candidate:
    """Parse one roster file (its signature is checked when it is accepted).

    Raises FormatError."""
    doc, signature = keys.parse_signed(data, "roster", _FIELDS, _OPTIONAL, ROSTER_LIMIT)
    if doc["archive"] != archive_id:
        raise FormatError("roster of another archive")
    match = _NAME.match(rel.rsplit("/", 1)[-1])
    serial = _int(doc["serial"], 1, 10**9 - 1, "serial")
    by = keys.check_id(doc["by"], "member")
    if not match or int(match.group(1)) != serial or match.group(2) != by:
        raise FormatError("roster file name and contents differ")
    prev = doc["prev"]
    if not isinstance(prev, str) or not re.fullmatch(r"(|[0-9a-f]{64})", prev) \
            or (serial == 1) != (prev == ""):
        raise FormatError("bad prev")
    members, revoked, legacy = doc["members"], doc["revoked"], doc["legacy"]
    if not all(isinstance(x, dict) for x in (members, revoked, legacy)):
        raise FormatError("roster lists are not objects")
    if len(members) + len(revoked) > 10_000:
        raise FormatError("roster too long")
    entries = {}
    for member, value in members.items():
        role, ed, x, name = _parse_entry(value)
        entries[keys.check_id(member, "member")] = Entry(member, role, ed, x, name)
    gone = {keys.check_id(m, "member"): _parse_revocation(m, v) for m, v in revoked.items()}
    for device, lamport in legacy.items():
        if not _DEVICE.match(device):
            raise FormatError("bad device")
        _int(lamport, 0, 10**15 - 1, "lamport")
    legacy_records = None
    if "legacy_records" in doc:
        listed = doc["legacy_records"]
        if not isinstance(listed, dict) or not set(listed) <= set(legacy):
            raise FormatError("bad legacy records")
        legacy_records = {}
        for device, text in listed.items():
            if not isinstance(text, str) or not _PREFIXES.match(text):
                raise FormatError("bad legacy records")
            legacy_records[device] = frozenset(text[i : i + 16] for i in range(0, len(text), 16))
    if set(entries) & set(gone):
        raise FormatError("a member is both listed and removed")
    digest = hashlib.sha256(data).hexdigest()
    roster = Roster(serial, digest, entries, gone, dict(legacy), legacy_records)
    return Candidate(rel, serial, by, prev, digest, doc, signature, roster)


def load_rosters(files: list[tuple[str, bytes | Exception]], archive_id: str, founder: str,
                 founder_key: bytes | None) -> tuple[Roster | None, list[tuple[str, Exception]]]:
    """See :func:`desktop.archive.roster_chain.load_rosters` (kept here for importers)."""
    from desktop.archive.roster_chain import load_rosters as load

    return load(files, archive_id, founder, founder_key)
