"""Whom to believe while opening: the roster in force, and which records it admits.

Kept apart from the store so that opening and ``verify`` apply exactly the same rules:

* an archive is in *roster mode* when archive.json says format 2, when roster files exist, or
  when this PC once saw it in format 2 (an older archive.json put back cannot switch the rules
  off);
* in roster mode a format-2 record is admitted only with a valid signature by its author's key
  from the roster, and only if the roster allows that author to have written it
  (:meth:`Roster.accepts`); a format-1 record only if it existed at the upgrade
  (:meth:`Roster.legacy_admits`);
* then, per device folder (:func:`sift`): a removed member's records only on the chain of
  records that existed at their removal, one record per sequence number (a second one is
  refused unless the chain says it is the real one), and only records of the folder's own
  writer — or following their chain — count for loss detection;
* without a roster (format 1 archives) records are admitted as format 1 always did.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from desktop.archive import records
from desktop.archive.crypto import AuthenticationFailed
from desktop.archive.errors import DamagedFile, TamperedFile
from desktop.archive.fsio import read_key_file
from desktop.archive.layout import ArchiveHeader, Layout
from desktop.archive.problems import REASONS, damaged_from
from desktop.archive.roster import Entry, Roster, load_rosters
from desktop.archive.seen import Seen

__all__ = ["Sifted", "admit", "open_roster", "roster_mode", "sift"]


def roster_mode(layout: Layout, header: ArchiveHeader, seen: Seen) -> bool:
    return header.has_roster or seen.format >= 2 or bool(layout.roster_files())


def open_roster(
    layout: Layout, header: ArchiveHeader, founder_pin: bytes | None, seen: Seen
) -> tuple[Roster | None, list[DamagedFile]]:
    """The roster in force (None outside roster mode) and the problems found with it.

    When no roster can be accepted in roster mode, a roster of the founder alone (their
    pinned key, else their member file) stands in, so nobody else is trusted, and the loss is
    reported."""
    problems: list[DamagedFile] = []
    if not roster_mode(layout, header, seen):
        return None, problems
    if seen.format >= 2 and not header.has_roster:
        problems.append(TamperedFile("archive.json", REASONS["older"], "format 1 after 2"))
    files: list[tuple[str, bytes | Exception]] = []
    for path in layout.roster_files():
        try:
            files.append((layout.rel(path), read_key_file(path)))
        except Exception as exc:  # noqa: BLE001 - reported by load_rosters
            files.append((layout.rel(path), exc))
    roster, refused = load_rosters(files, header.archive_id, header.founder, founder_pin)
    problems.extend(damaged_from(rel, exc) for rel, exc in refused)
    if roster is None:
        problems.append(DamagedFile("roster", REASONS["roster"]))
        roster = _founder_only(layout, header, founder_pin)
    elif roster.serial < seen.roster:
        problems.append(TamperedFile("roster", REASONS["older"],
                                     f"serial {roster.serial} < {seen.roster}"))
    return roster, problems


def _founder_only(layout: Layout, header: ArchiveHeader, pin: bytes | None) -> Roster:
    from desktop.archive.unlock import member_public

    try:
        member = member_public(layout, header.archive_id, header.founder)
        ed, x = member.ed25519_public, member.x25519_public
    except Exception:  # noqa: BLE001 - nobody at all can be trusted then
        return Roster(0, "", {}, {}, {})
    if pin is not None and pin != ed:
        return Roster(0, "", {}, {}, {})
    return Roster(0, "", {header.founder: Entry(header.founder, "founder", ed, x)}, {}, {})


def admit(record: records.Record, roster: Roster | None,
          verified: set[bytes] | None = None) -> DamagedFile | None:
    """None when ``record`` may be used; otherwise the problem to report (it is skipped).

    ``verified`` is this PC's cache of signatures it already checked (a token per record file
    and signing key, kept in the data folder, see :func:`signature_token`): a hit skips the
    Ed25519 verification, which dominates opening a large archive; a miss adds the token.
    ``verify`` passes None and checks every signature again."""
    if roster is None:
        if record.version == 1:
            return None
        return _refused(record, "format 2 record in a format 1 archive")
    if record.version == 1:
        if roster.legacy_admits(record.device, record.lamport, record.digest):
            return None
        return _refused(record, "unsigned record written after the upgrade")
    key = roster.signing_key(record.author)
    if key is None:
        return _refused(record, "author is not on the roster")
    token = signature_token(record, key) if verified is not None else b""
    if verified is None or token not in verified:
        try:
            records.check_record_signature(record, key)
        except AuthenticationFailed:
            return _refused(record, "signature")
        if verified is not None:
            verified.add(token)
    if not roster.accepts(record.author, record.generation, record.device, record.seq):
        return _refused(record, "written by a removed member after removal")
    return None


def signature_token(record: records.Record, key: bytes) -> bytes:
    """16 bytes naming (this record file, this signing key): the signature of the one was
    checked with the other."""
    return hashlib.sha256(bytes.fromhex(record.digest) + key).digest()[:16]


def _refused(record: records.Record, detail: str) -> DamagedFile:
    name = records.RecordName(record.lamport, record.rand).canonical
    return TamperedFile(f"journal/{record.device}/{name}", REASONS["author"], detail)


@dataclass
class Sifted:
    """What :func:`sift` decided about the admitted records."""

    kept: list[records.Record] = field(default_factory=list)  # to apply, in the order given
    problems: list[DamagedFile] = field(default_factory=list)
    chain: list[records.Record] = field(default_factory=list)  # count for loss detection
    heads: dict[str, tuple[int, str]] = field(default_factory=dict)  # device → (seq, digest)


def sift(admitted: Iterable[records.Record], roster: Roster | None,
         writers: dict[str, str]) -> Sifted:
    """Per device folder, the admitted records that may be used and those that count.

    ``writers`` maps a device to the member this PC saw write there first (the folder's
    owner; when unknown, the author of its first record). Refused here, with a problem each:
    a removed member's record not on the chain ending at the record their revocation names
    (``heads``), and a second record with the same (device, sequence) that the chain does not
    vouch for. Counted (``chain``, ``heads``): records by the folder's owner and records whose
    ``prev`` names a counted record one sequence lower, so a record someone else planted in
    the folder — with a huge sequence number, say — cannot make the owner's later records look
    lost or rolled back. Format-1 records pass through."""
    result = Sifted()
    admitted = list(admitted)
    by_device: dict[str, list[records.Record]] = defaultdict(list)
    for record in admitted:
        if record.version >= 2:
            by_device[record.device].append(record)
    refused: set[str] = set()
    for device, found in by_device.items():
        refused |= _sift_device(device, found, roster, writers.get(device, ""), result)
    result.kept = [r for r in admitted if r.version < 2 or r.digest not in refused]
    return result


def _sift_device(device: str, found: list[records.Record], roster: Roster | None,
                 owner: str, result: Sifted) -> set[str]:
    unique = {r.digest: r for r in found}  # sync conflict copies are the same bytes
    by_digest = unique
    refused: set[str] = set()
    if roster is not None:
        for record in unique.values():
            gone = roster.revoked.get(record.author)
            if gone is None or not gone.heads:
                continue  # rosters written before heads: the sequence bound (admit) only
            head = gone.heads.get(device, "")
            # The pinned record itself gone: nothing at or above its sequence can be vouched
            # for; below it, one record per sequence (the duplicate rule) still applies.
            if record.digest not in _chain_to(head, by_digest) if head in by_digest \
                    else record.seq >= gone.upto.get(device, 0):
                refused.add(record.digest)
                result.problems.append(_refused(record, "written by a removed member "
                                                        "after removal (not on their chain)"))
    by_seq: dict[int, list[records.Record]] = defaultdict(list)
    for record in unique.values():
        if record.digest not in refused:
            by_seq[record.seq].append(record)
    # The folder's writers: whoever starts its chain, and the member this PC saw write there
    # (a PC's chain may pass from one identity to the next: recovery key, new passphrase).
    first = by_seq[min(by_seq)] if by_seq else []
    owners = {owner, first[0].author if len(first) == 1 else ""} - {""}
    named = {r.prev for r in unique.values() if r.digest not in refused}
    for seq, same in by_seq.items():
        if len(same) < 2:
            continue
        vouched = [r for r in same if r.digest in named] or [r for r in same
                                                              if r.author in owners]
        for record in same:
            if len(vouched) != 1 or record is not vouched[0]:
                refused.add(record.digest)
                result.problems.append(_refused(record, f"second record with sequence {seq}"))
        by_seq[seq] = vouched if len(vouched) == 1 else []
    counted: dict[int, str] = {}
    for seq in sorted(by_seq):
        for record in by_seq[seq]:
            if record.author in owners or (seq > 1 and counted.get(seq - 1) == record.prev):
                counted[seq] = record.digest
                result.chain.append(record)
            else:
                result.problems.append(_foreign(record))
    if counted:
        top = max(counted)
        result.heads[device] = (top, counted[top])
    return refused


def _chain_to(head: str, by_digest: dict[str, records.Record]) -> set[str]:
    """The digests of the records present on the hash chain ending at ``head``."""
    chain: set[str] = set()
    while head and head in by_digest and head not in chain:
        chain.add(head)
        head = by_digest[head].prev
    return chain


def _foreign(record: records.Record) -> DamagedFile:
    name = records.RecordName(record.lamport, record.rand).canonical
    return TamperedFile(f"journal/{record.device}/{name}", REASONS["foreign"],
                        f"by {record.author}, sequence {record.seq}")
