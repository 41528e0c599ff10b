"""Checking every file of an unlocked archive without changing any of them."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

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

__all__ = ["VerifyReport", "verify"]

_BLOB_NAME = re.compile(r"^[0-9a-f]{32}\.blob$")


@dataclass
class VerifyReport:
    """What :func:`verify` found: ``ok`` only when no file is damaged."""

    checked: int = 0
    problems: list[DamagedFile] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def damaged_paths(self) -> list[str]:
        return sorted({p.path for p in self.problems})


class _Null:
    def write(self, data: bytes) -> int:
        return len(data)


def verify(
    access: KeyAccess,
    attachments: Iterable[Item],
    progress: Callable[[int, int], None] | None = None,
) -> VerifyReport:
    """Authenticate archive.json, every key file, every blob (fully) and every record, and
    check that every attachment in ``attachments`` (merged items) has its blob.

    Never raises for a damaged file: each one is listed in the report. Blobs are streamed, so
    memory stays flat."""
    layout = access.layout
    archive_id = access.archive_id
    gen_keys = access.generation_keys
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
            keys.check_signature(doc, "grant", signature, signer.ed25519_public)
        check(layout.rel(path), check_grant)

    blob_paths = layout.blob_files()
    total = len(blob_paths)
    for done, path in enumerate(blob_paths, 1):
        def check_blob(path=path) -> None:
            if not _BLOB_NAME.match(path.name) or path.parent.name != path.name[:2]:
                raise FormatError("blob file name")
            with open(open_nofollow(path), "rb") as handle:
                blobs.decrypt_stream(handle, _Null(), access.header.id_bytes, gen_keys,
                                     bytes.fromhex(path.stem))  # type: ignore[arg-type]
        check(layout.rel(path), check_blob)
        if progress is not None:
            progress(done, total)

    rkeys = {g: record_key(k) for g, k in gen_keys.items()}
    for result in scan_journal(layout, access.header.id_bytes, rkeys):
        report.checked += 1
        if isinstance(result, DamagedFile):
            report.problems.append(result)

    for item in attachments:
        blob = item.fields.get("blob")
        if isinstance(blob, str) and re.fullmatch(r"[0-9a-f]{32}", blob):
            path = layout.blob(blob)
            if not os.path.exists(path):
                report.problems.append(DamagedFile(layout.rel(path), REASONS["missing"]))
        else:
            report.problems.append(TamperedFile(f"attachment {item.id}", REASONS["format"]))
    return report
