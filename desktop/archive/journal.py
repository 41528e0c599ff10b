"""Reading every device's journal folder: records in, problems reported, nothing deleted."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator

from desktop.archive import records
from desktop.archive.errors import DamagedFile
from desktop.archive.fsio import open_nofollow
from desktop.archive.layout import Layout, printable
from desktop.archive.problems import REASONS, damaged_from

__all__ = ["IGNORED_NAMES", "journal_files", "read_files", "scan_journal"]

# Files sync engines and file managers drop into folders; never ours, never a problem.
IGNORED_NAMES = frozenset({"desktop.ini", "Thumbs.db", "Icon\r"})


def journal_files(layout: Layout) -> list[tuple[str, str, str]]:
    """(device folder, file name, path) of every candidate record file, unread.

    Temporary and hidden files (names starting with ``.``) and file-manager litter are left
    out; sync-engine conflict copies are listed like any record (the merge drops duplicates)."""
    entries: list[tuple[str, str, str]] = []
    for folder in layout.journal_dirs():
        with os.scandir(folder) as listing:
            for entry in listing:
                if entry.name.startswith(".") or entry.name in IGNORED_NAMES:
                    continue
                if not entry.is_dir(follow_symlinks=False):
                    entries.append((folder.name, entry.name, entry.path))
    return entries


def scan_journal(
    layout: Layout,
    archive_id: bytes,
    record_keys: dict[int, bytes],
    progress: Callable[[int, int], None] | None = None,
) -> Iterator[records.Record | DamagedFile]:
    """Yield each readable record and a :class:`DamagedFile` for each unreadable one.

    Temporary and hidden files (names starting with ``.``) are skipped silently; sync-engine
    conflict copies of a record are yielded like the original (the merge drops duplicates)."""
    for _entry, result in read_files(journal_files(layout), archive_id, record_keys, progress):
        yield result


def read_files(
    entries: list[tuple[str, str, str]],
    archive_id: bytes,
    record_keys: dict[int, bytes],
    progress: Callable[[int, int], None] | None = None,
) -> Iterator[tuple[tuple[str, str, str], records.Record | DamagedFile]]:
    """Decode ``entries`` (from :func:`journal_files`), each paired with its record or the
    problem that makes it unreadable. Nothing is deleted or rewritten."""
    total = len(entries)
    good_devices = {device for device, _n, _p in entries if records.is_device(device)}
    for done, entry in enumerate(entries, 1):
        device, filename, path = entry
        rel = printable(f"journal/{device}/{filename}")
        name = records.parse_record_name(filename)
        if name is None or device not in good_devices:
            yield entry, DamagedFile(rel, REASONS["name"])
            continue
        try:
            with open(open_nofollow(path), "rb") as handle:
                data = handle.read(records.MAX_RECORD + 1)
            yield entry, records.decode_record(data, archive_id, device, name, record_keys)
        except Exception as exc:  # noqa: BLE001 - every failure becomes a reported problem
            yield entry, damaged_from(rel, exc)
        if progress is not None and done % 256 == 0:
            progress(done, total)
    if progress is not None:
        progress(total, total)
