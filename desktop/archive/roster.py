"""The roster: who belongs to an archive of format 2, signed by its founder or an organiser.

A member file proves only that someone holds a key pair; anybody who can write into the synced
folder can add one. The roster (FORMAT.md §7a) is what says who is a member. It lives at
``roster/<serial>-<signer>.roster`` as a signed document (canonical JSON, kind ``roster``)::

    {"archive": id, "by": signer, "format": "shopsafe-roster", "version": 1,
     "serial": n, "prev": hex SHA-256 of roster n-1's file ("" for 1),
     "members": {member: {"ed25519": b64, "x25519": b64, "role": role}},
     "revoked": {member: {"ed25519": b64, "generation": g, "upto": {device: seq}}},
     "legacy": {device: lamport}, "sig": …}

Roster 1 is signed by the founder named in archive.json (with the key this PC pinned, when it
pinned one). Roster n+1 names the SHA-256 of an accepted roster n and is signed by a founder,
recovery or organiser member of roster n, with the key roster n lists for them. Nobody is ever
taken off ``revoked``; only a founder or recovery member changes who organises (or removes
the founder, whose identity may have leaked). Readers use the
accepted roster of the highest serial, with the revocations of every accepted roster (a
concurrent removal is never lost).

A revoked member keeps what they could read. Their records are accepted only when encrypted
with a generation before ``generation`` and, per device, with a sequence number up to ``upto``
(what existed when they were removed). ``legacy`` lists, per device, the highest Lamport clock
of format-1 records (unsigned) that existed when the archive was upgraded; later format-1
records are refused.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

from desktop.archive import keys
from desktop.archive.crypto import AuthenticationFailed
from desktop.archive.encoding import FormatError, b64d, b64e
from desktop.archive.keys import Identity

__all__ = ["ORGANISERS", "Entry", "Revocation", "Roster", "load_rosters", "make_roster"]

ROLES = ("founder", "recovery", "organiser", "member")
ORGANISERS = frozenset({"founder", "recovery", "organiser"})  # add, remove, rotate
APPOINTERS = frozenset({"founder", "recovery"})  # may also change who organises
_NAME = re.compile(r"^([1-9][0-9]{0,8})-([0-9a-f]{16})\.roster$")
_DEVICE = re.compile(r"^[0-9a-f]{16}$")
_FIELDS = {"archive", "by", "serial", "prev", "members", "revoked", "legacy"}


@dataclass(frozen=True)
class Entry:
    member: str
    role: str
    ed25519: bytes
    x25519: bytes


@dataclass(frozen=True)
class Revocation:
    member: str
    ed25519: bytes
    generation: int
    upto: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Roster:
    """The effective roster: ``members`` never holds a revoked member."""

    serial: int
    digest: str
    members: dict[str, Entry]
    revoked: dict[str, Revocation]
    legacy: dict[str, int]

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
        only with a generation they held and within what existed when they were removed."""
        if author in self.revoked:
            gone = self.revoked[author]
            return generation < gone.generation and seq <= gone.upto.get(device, 0)
        return author in self.members


def make_roster(
    archive_id: str,
    serial: int,
    prev: str,
    members: dict[str, Entry],
    revoked: dict[str, Revocation],
    legacy: dict[str, int],
    signer: Identity,
) -> bytes:
    """The signed roster file (see the module docstring)."""
    doc = {
        "format": "shopsafe-roster",
        "version": 1,
        "archive": archive_id,
        "by": signer.member,
        "serial": serial,
        "prev": prev,
        "members": {m: {"ed25519": b64e(e.ed25519), "x25519": b64e(e.x25519), "role": e.role}
                    for m, e in members.items()},
        "revoked": {m: {"ed25519": b64e(r.ed25519), "generation": r.generation,
                        "upto": dict(r.upto)} for m, r in revoked.items()},
        "legacy": dict(legacy),
    }
    return keys.sign_document(doc, "roster", signer.ed25519_private)


def roster_name(serial: int, signer: str) -> str:
    return f"{serial}-{signer}.roster"


@dataclass
class _Candidate:
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


def _parse(rel: str, data: bytes, archive_id: str) -> _Candidate:
    doc, signature = keys.parse_signed(data, "roster", _FIELDS)
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
        if not isinstance(value, dict) or set(value) != {"ed25519", "x25519", "role"} \
                or value["role"] not in ROLES:
            raise FormatError("bad roster entry")
        entries[keys.check_id(member, "member")] = Entry(
            member, value["role"], b64d(value["ed25519"], 32), b64d(value["x25519"], 32))
    gone = {}
    for member, value in revoked.items():
        if not isinstance(value, dict) or set(value) != {"ed25519", "generation", "upto"} \
                or not isinstance(value["upto"], dict):
            raise FormatError("bad revocation")
        upto = {}
        for device, seq in value["upto"].items():
            if not _DEVICE.match(device):
                raise FormatError("bad device")
            upto[device] = _int(seq, 0, 2**53, "sequence")
        gone[keys.check_id(member, "member")] = Revocation(
            member, b64d(value["ed25519"], 32), _int(value["generation"], 1, 2**31 - 1,
                                                     "generation"), upto)
    for device, lamport in legacy.items():
        if not _DEVICE.match(device):
            raise FormatError("bad device")
        _int(lamport, 0, 10**15 - 1, "lamport")
    if set(entries) & set(gone):
        raise FormatError("a member is both listed and removed")
    digest = hashlib.sha256(data).hexdigest()
    roster = Roster(serial, digest, entries, gone, dict(legacy))
    return _Candidate(rel, serial, by, prev, digest, doc, signature, roster)


def _organisers(roster: Roster) -> dict[str, tuple[str, bytes]]:
    return {m: (e.role, e.ed25519) for m, e in roster.members.items() if e.role in ORGANISERS}


def _follows(new: Roster, old: Roster, signer_role: str) -> None:
    """Raise unless ``new`` is a change ``old``'s signer may make."""
    for member, revocation in old.revoked.items():
        if new.revoked.get(member) != revocation:
            raise AuthenticationFailed("roster takes back a removal")
    if signer_role not in APPOINTERS and _organisers(new) != _organisers(old):
        raise AuthenticationFailed("only the founder changes who organises")
    founders = {m for m, e in new.members.items() if e.role == "founder"}
    old_founders = {m for m, e in old.members.items() if e.role == "founder"}
    # Nobody becomes founder; the founder can only be removed, by a founder or recovery
    # member (after their passphrase leaked, say), never by an organiser.
    if not founders <= old_founders or (founders != old_founders
                                        and signer_role not in APPOINTERS):
        raise AuthenticationFailed("roster changes the founder")
    for member in founders:
        if new.members[member] != old.members[member]:
            raise AuthenticationFailed("roster changes the founder's keys")
    if new.legacy != old.legacy:
        raise AuthenticationFailed("roster changes the legacy records")


def load_rosters(
    files: list[tuple[str, bytes | Exception]],
    archive_id: str,
    founder: str,
    founder_key: bytes | None,
) -> tuple[Roster | None, list[tuple[str, Exception]]]:
    """The effective roster from every roster file, and the files refused (with why).

    ``founder_key`` is the founder's pinned key (None: trust roster 1's own entry for the
    founder named in archive.json, on first use). Returns None when no roster is accepted."""
    problems: list[tuple[str, Exception]] = []
    candidates: list[_Candidate] = []
    for rel, data in files:
        if isinstance(data, Exception):
            problems.append((rel, data))
            continue
        try:
            candidates.append(_parse(rel, data, archive_id))
        except Exception as exc:  # noqa: BLE001 - reported, the other rosters still count
            problems.append((rel, exc))
    accepted: dict[str, _Candidate] = {}
    for candidate in sorted(candidates, key=lambda c: (c.serial, c.digest)):
        try:
            _accept(candidate, accepted, founder, founder_key)
        except Exception as exc:  # noqa: BLE001
            problems.append((candidate.rel, exc))
            continue
        accepted[candidate.digest] = candidate
    if not accepted:
        return None, problems
    head = min(accepted.values(), key=lambda c: (-c.serial, c.digest))
    revoked: dict[str, Revocation] = {}
    for candidate in accepted.values():
        for member, revocation in candidate.roster.revoked.items():
            revoked.setdefault(member, revocation)
    members = {m: e for m, e in head.roster.members.items() if m not in revoked}
    return Roster(head.serial, head.digest, members, revoked, head.roster.legacy), problems


def _accept(candidate: _Candidate, accepted: dict[str, _Candidate], founder: str,
            founder_key: bytes | None) -> None:
    roster = candidate.roster
    if candidate.serial == 1:
        entry = roster.members.get(founder)
        if candidate.by != founder or entry is None or entry.role != "founder":
            raise AuthenticationFailed("the first roster is not the founder's")
        if founder_key is not None and entry.ed25519 != founder_key:
            raise AuthenticationFailed("the founder's key differs from the one this PC trusts")
        keys.check_signature(candidate.doc, "roster", candidate.signature, entry.ed25519)
        return
    previous = accepted.get(candidate.prev)
    if previous is None or previous.serial != candidate.serial - 1:
        raise AuthenticationFailed("roster follows no roster this PC accepted")
    signer = previous.roster.active(candidate.by)
    if signer is None or signer.role not in ORGANISERS:
        raise AuthenticationFailed("roster signed by someone who does not organise")
    keys.check_signature(candidate.doc, "roster", candidate.signature, signer.ed25519)
    _follows(roster, previous.roster, signer.role)
