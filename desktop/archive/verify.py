"""Checking every file of an unlocked archive without changing any of them."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from desktop.archive import blobs, keys
from desktop.archive.access import KeyAccess
from desktop.archive.crypto import AuthenticationFailed
from desktop.archive.encoding import FormatError
from desktop.archive.errors import DamagedFile, TamperedFile
from desktop.archive.fsio import open_nofollow, read_key_file
from desktop.archive.journal import scan_journal
from desktop.archive.layout import parse_header
from desktop.archive.merge import Item
from desktop.archive.problems import REASONS, damaged_from
from desktop.archive.records import record_key
from desktop.archive.trust import admit, sift


class BlobMismatch(AuthenticationFailed):
    """A blob that decrypts but is not the one its record describes."""


__all__ = ["VerifyReport", "verify"]

# A blob's name, or a sync engine's conflict copy of it (read like the original).
_BLOB_NAME = re.compile(r"^([0-9a-f]{32})([.\s\-_~].*)?\.blob$")
_ROOT_NAMES = {"archive.json", "members", "slots", "grants", "roster", "objects", "journal"}


@dataclass
class VerifyReport:
    """What :func:`verify` found: ``ok`` only when no file is damaged."""

    checked: int = 0
    problems: list[DamagedFile] = field(default_factory=list)
    # Not damage, but worth knowing: blobs no record names (an add interrupted before its
    # record, or planted), files that are not part of the format.
    notes: list[DamagedFile] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def damaged_paths(self) -> list[str]:
        return sorted({p.path for p in self.problems})


class _Hashing:
    """Counts and hashes the plaintext as it streams by (nothing is kept)."""

    def __init__(self) -> None:
        self.size = 0
        self.hash = hashlib.sha256()

    def write(self, data: bytes) -> int:
        self.size += len(data)
        self.hash.update(data)
        return len(data)


def verify(
    access: KeyAccess,
    attachments: Iterable[Item],
    progress: Callable[[int, int], None] | None = None,
    trust: Any = None,
) -> VerifyReport:
    """Authenticate archive.json, every key file, every blob (fully) and every record, and
    check that every attachment in ``attachments`` (merged items) has its blob, of the size and
    SHA-256 its record names.

    ``trust`` (the store, format 2) supplies ``roster``, ``founder_pin``, ``seen_before()`` and
    ``name_of()``: rosters are checked, records admitted by the roster's rules and missing
    records reported. Never raises for a damaged file: each one is listed in the report. Blobs
    are streamed, so memory stays flat."""
    layout = access.layout
    archive_id = access.archive_id
    gen_keys = access.generation_keys
    roster = getattr(trust, "roster", None)
    attachments = list(attachments)
    report = VerifyReport()

    def check(rel: str, action: Callable[[], None]) -> None:
        report.checked += 1
        try:
            action()
        except Exception as exc:  # noqa: BLE001 - every failure is reported, none is fatal
            report.problems.append(damaged_from(rel, exc))

    def check_header() -> None:
        header = access.header
        raw = read_key_file(layout.header)
        if parse_header(raw) != header:
            raise AuthenticationFailed("archive.json changed since unlock")
        if 1 in gen_keys and not header.mac_valid(gen_keys[1]):
            raise AuthenticationFailed("archive.json MAC")

    check("archive.json", check_header)

    members: dict[str, keys.Member] = {}
    for path in layout.member_files():
        def check_member(path=path) -> None:
            member = keys.parse_member(read_key_file(path), archive_id)
            if path.stem != member.member:
                raise FormatError("member file renamed")
            members[member.member] = member
        check(layout.rel(path), check_member)

    for path in layout.slot_files():
        def check_slot(path=path) -> None:
            doc, signature = keys.parse_slot(read_key_file(path), archive_id)
            if path.parent.name != doc["member"] or path.stem != doc["slot"]:
                raise FormatError("slot moved or renamed")
            if doc["member"] not in members:
                raise AuthenticationFailed("slot of an unknown member")
            keys.check_signature(doc, "slot", signature, members[doc["member"]].ed25519_public)
        check(layout.rel(path), check_slot)

    for generation, path in layout.grant_files():
        def check_grant(path=path, generation=generation) -> None:
            doc, signature = keys.parse_grant(read_key_file(path), archive_id)
            if doc["generation"] != generation or path.stem != doc["member"]:
                raise FormatError("grant moved or renamed")
            signer = members.get(doc["by"])
            if signer is None:
                raise AuthenticationFailed("grant signed by an unknown member")
            public = signer.ed25519_public
            if roster is not None and doc["by"] != doc["member"]:
                # As unlock: in format 2 only the member themself or an organiser on the
                # roster may grant, checked with the key the roster lists.
                listed = roster.signing_key(doc["by"])
                if listed is None or not roster.organises(doc["by"]):
                    raise AuthenticationFailed("grant signed by someone who does not organise")
                public = listed
            keys.check_signature(doc, "grant", signature, public)
        check(layout.rel(path), check_grant)

    if roster is not None:
        from desktop.archive.trust import open_roster

        roster_paths = {layout.rel(p) for p in layout.roster_files()}
        report.checked += len(roster_paths)
        _roster, roster_problems = open_roster(layout, access.header, trust.founder_pin,
                                               trust.seen_before())
        report.problems.extend(roster_problems)

    # What the records say each blob holds: export and verify compare, so a blob replaced
    # under the same id (by someone holding the key) is caught even though it decrypts.
    expected: dict[str, list[tuple[object, object]]] = {}
    for item in attachments:
        blob = item.fields.get("blob")
        if isinstance(blob, str):
            expected.setdefault(blob, []).append((item.fields.get("size"),
                                                  item.fields.get("sha256")))

    blob_paths = layout.blob_files()
    total = len(blob_paths)
    for done, path in enumerate(blob_paths, 1):
        def check_blob(path=path) -> None:
            match = _BLOB_NAME.match(path.name)
            if not match or path.parent.name != path.name[:2]:
                raise FormatError("blob file name")
            blob_id = match.group(1)
            sink = _Hashing()
            with open(open_nofollow(path), "rb") as handle:
                blobs.decrypt_stream(handle, sink, access.header.id_bytes, gen_keys,
                                     bytes.fromhex(blob_id))  # type: ignore[arg-type]
            if blob_id not in expected:
                report.notes.append(DamagedFile(layout.rel(path), REASONS["orphan"]))
            for size, sha256 in expected.get(blob_id, []):
                if (size, sha256) != (sink.size, sink.hash.hexdigest()):
                    raise BlobMismatch("size or SHA-256 differs from its record")
        check(layout.rel(path), check_blob)
        if progress is not None:
            progress(done, total)

    _unknown_files(layout, report)
    rkeys = {g: record_key(k) for g, k in gen_keys.items()}
    admitted = []
    unreadable: dict[str, int] = {}
    for result in scan_journal(layout, access.header.id_bytes, rkeys):
        report.checked += 1
        problem = result if isinstance(result, DamagedFile) else admit(result, roster)
        if problem is not None:
            report.problems.append(problem)
            device = problem.path.split("/")[1:2]
            if device:
                unreadable[device[0]] = unreadable.get(device[0], 0) + 1
        elif result.version >= 2:  # type: ignore[union-attr]
            admitted.append(result)
    if roster is not None:
        from desktop.archive.history import check_history

        seen = trust.seen_before()
        sifted = sift(admitted, roster, seen.authors)
        report.problems.extend(sifted.problems)
        missing, _now = check_history(sifted.chain, seen, trust.name_of, unreadable)
        report.problems.extend(missing)

    for item in attachments:
        blob = item.fields.get("blob")
        if isinstance(blob, str) and re.fullmatch(r"[0-9a-f]{32}", blob):
            path = layout.blob(blob)
            if not os.path.exists(path):
                report.problems.append(DamagedFile(layout.rel(path), REASONS["missing"]))
        else:
            report.problems.append(TamperedFile(f"attachment {item.id}", REASONS["format"]))
    return report


def _unknown_files(layout: Any, report: VerifyReport) -> None:
    """Files ShopSafe never writes, at the root and in objects/: listed as notes."""
    from desktop.archive.journal import IGNORED_NAMES

    root = layout.root
    candidates = [p for p in root.iterdir() if p.name not in _ROOT_NAMES]
    objects = root / "objects"
    if objects.is_dir() and not objects.is_symlink():
        for sub in objects.iterdir():
            if not re.fullmatch(r"[0-9a-f]{2}", sub.name) or not sub.is_dir():
                candidates.append(sub)
            elif not sub.is_symlink():
                candidates.extend(p for p in sub.iterdir() if not p.name.endswith(".blob"))
    for path in candidates:
        if path.name.startswith(".") or path.name in IGNORED_NAMES:
            continue
        report.notes.append(DamagedFile(layout.rel(path), REASONS["name"]))
