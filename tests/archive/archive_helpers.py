"""Helpers shared by the archive tests (a uniquely named module: every test folder has a
conftest.py, so importing helpers from "conftest" would be ambiguous)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from desktop.archive import Archive

PASS = "correct horse battery staple"


def fixed_clock() -> datetime:
    return datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)


def open_archive(folder: Path, passphrase: str = PASS, **kwargs) -> Archive:
    kwargs.setdefault("data_dir", folder.parent)
    return Archive.open(folder, passphrase, **kwargs)


def all_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and ".tmp" not in p.parts)


def fingerprint_of(folder: Path, member: str) -> str:
    """What the joiner reads out: the fingerprint of their member file."""
    from desktop.archive import keys

    archive_id = __import__("json").loads((folder / "archive.json").read_text())["id"]
    return keys.parse_member((folder / "members" / f"{member}.json").read_bytes(),
                             archive_id).fingerprint


def grant(archive: Archive, folder: Path, member: str) -> None:
    archive.grant(member, fingerprint_of(folder, member))
