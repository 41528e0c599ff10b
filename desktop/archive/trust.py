"""Whom to believe while opening: the roster in force, and which records it admits.

Kept apart from the store so that opening and ``verify`` apply exactly the same rules:

* an archive is in *roster mode* when archive.json says format 2, when roster files exist, or
  when this PC once saw it in format 2 (an older archive.json put back cannot switch the rules
  off);
* in roster mode a format-2 record is admitted only with a valid signature by its author's key
  from the roster, and only if the roster allows that author to have written it
  (:meth:`Roster.accepts`); a format-1 record only if it existed at the upgrade;
* without a roster (format 1 archives) records are admitted as format 1 always did.
"""

from __future__ import annotations

import hashlib

from desktop.archive import records
from desktop.archive.crypto import AuthenticationFailed
from desktop.archive.errors import DamagedFile, TamperedFile
from desktop.archive.fsio import read_key_file
from desktop.archive.layout import ArchiveHeader, Layout
from desktop.archive.problems import REASONS, damaged_from
from desktop.archive.roster import Entry, Roster, load_rosters
from desktop.archive.seen import Seen

__all__ = ["admit", "open_roster", "roster_mode"]


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
        if record.lamport <= roster.legacy.get(record.device, -1):
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
