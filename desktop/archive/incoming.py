"""Taking in what a sync engine brought while the archive is open (issue 12).

Another PC's records, a new roster (a member added or removed there) and a new key generation
(a rotation there) arrive as new files in the synced folder. :func:`refresh` merges them into
the open :class:`~desktop.archive.store.Archive` without unlocking again, reading only journal
files it has not merged yet, under the same rules as opening (FORMAT.md §9, §10, §12):

* a device folder holding a file not merged yet is read again whole and sifted as opening
  does (``trust.sift``), so a record planted in another PC's folder is refused here too;
* a record that is unreadable (still being copied, a generation we lack) or refused (its
  author is not on the roster yet) is reported and tried again on the next refresh, so it is
  taken in as soon as the rest of its sync arrives;
* a roster or grant file that appeared or changed is read again first, so the records that
  depend on it are admitted in the same refresh;
* nothing is deleted or rewritten; duplicates (conflict copies) merge away.

Loss detection (FORMAT.md §10a) still runs when the archive is next opened.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.archive import records
from desktop.archive.errors import DamagedFile
from desktop.archive.journal import journal_files, read_files
from desktop.archive.layout import printable
from desktop.archive.seen import load_verified
from desktop.archive.trust import admit, sift

__all__ = ["Arrivals", "refresh"]


@dataclass(frozen=True)
class Arrivals:
    """What one :func:`refresh` took in: the ids of the items new records touched, how many
    records were merged, whether the roster or the keys changed, and the files that could not
    be used yet (reported, retried next time)."""

    items: frozenset[str] = frozenset()
    records: int = 0
    roster_changed: bool = False
    new_generations: tuple[int, ...] = ()
    waiting: tuple[DamagedFile, ...] = field(default=())

    def __bool__(self) -> bool:
        return bool(self.records or self.roster_changed or self.new_generations)


def _listing(paths: Iterable[Path]) -> tuple[tuple[str, int, int], ...]:
    """Names, sizes and modification times: what changes when a sync engine replaces a file."""
    found = []
    for path in paths:
        try:
            info = os.lstat(path)
        except OSError:
            continue
        found.append((path.name, info.st_size, info.st_mtime_ns))
    return tuple(sorted(found))


def refresh(archive: Any) -> Arrivals:
    """Merge into ``archive`` what arrived in its folder since it was unlocked or last
    refreshed. Cost: one listing of the journal folders, plus reading the device folders where
    new files appeared. Raises
    ArchiveLocked; never raises for a damaged or refused file (reported in
    ``archive.problems`` and retried on the next call)."""
    with archive._lock:
        identity = archive._need_identity()
        layout = archive.layout
        marks = archive._incoming_marks
        roster_changed = False
        if archive.roster is not None:
            rosters = _listing(layout.roster_files())
            if marks.get("roster") != rosters:
                before = archive.roster.serial, sorted(archive.roster.members)
                archive.reload_roster()
                marks["roster"] = rosters
                roster_changed = before != (archive.roster.serial, sorted(archive.roster.members))
        grants = _listing(p for _g, p in layout.grant_files() if p.stem == identity.member)
        new_generations: tuple[int, ...] = ()
        if marks.get("grants") != grants:
            new_generations = _take_new_keys(archive, identity)
            marks["grants"] = grants
        # A device folder with a file not merged yet is read and sifted whole, as opening does
        # (trust.sift): a record planted there, or a second record for one sequence, is judged
        # against the folder's chain, never merged just because it is new.
        listing = journal_files(layout)
        fresh = {e[0] for e in listing if (e[0], e[1]) not in archive._read}
        entries = [e for e in listing if e[0] in fresh]
        touched: set[str] = set()
        merged = 0
        waiting: dict[str, DamagedFile] = {}
        read_fine: set[str] = set()
        admitted = []
        files: dict[int, tuple[str, str, str]] = {}
        # This PC's cache of checked signatures: records merged before are not checked again.
        verified = (load_verified(archive._data_dir, archive.archive_id)
                    if entries and archive._data_dir is not None else set())
        for entry, result in read_files(entries, archive.header.id_bytes, archive._record_keys):
            if isinstance(result, DamagedFile):
                waiting[result.path] = result
                continue
            refused = admit(result, archive.roster, verified)
            if refused is not None:
                waiting[refused.path] = refused
                continue
            admitted.append(result)
            files[id(result)] = entry
        sifted = sift(admitted, archive.roster, archive._seen.authors)
        for problem in sifted.problems:
            waiting[problem.path] = problem
        for result in sifted.kept:
            device, filename, _path = files[id(result)]
            canonical = records.RecordName(result.lamport, result.rand).canonical
            read_fine.update((printable(f"journal/{device}/{filename}"),
                              f"journal/{result.device}/{canonical}"))
            if (device, filename) in archive._read:
                continue
            archive._read.add((device, filename))
            if archive._state.add(result):
                merged += 1
                archive._note(result)
                touched.update(op["item"] for op in result.ops)
        read_fine -= set(waiting)
        _update_problems(archive, waiting, read_fine)
        if touched and archive._index is not None:
            archive._index.replace(
                item for item in map(archive._state.get, touched) if item is not None)
        return Arrivals(frozenset(touched), merged, roster_changed, new_generations,
                        tuple(waiting.values()))


def _take_new_keys(archive: Any, identity: Any) -> tuple[int, ...]:
    """Open our grants of generations we do not hold yet (a rotation made on another PC)."""
    from desktop.archive.unlock import _open_grants

    problems: list[DamagedFile] = []
    try:
        found, _founder = _open_grants(archive.layout, archive.header, identity, problems,
                                       archive.founder_pin, archive.roster)
    except Exception:  # noqa: BLE001 - our grants are unusable now: keep the keys we have
        return ()
    new = tuple(sorted(g for g in found if g not in archive._keys))
    for generation in new:
        archive._keys[generation] = found[generation]
        archive._record_keys[generation] = records.record_key(found[generation])
    return new


def _update_problems(archive: Any, waiting: dict[str, DamagedFile], read_fine: set[str]) -> None:
    """One report per journal file: replaced when it is still unusable, dropped once read."""
    kept = [p for p in archive.problems
            if not (p.path.startswith("journal/") and (p.path in waiting or p.path in read_fine))]
    archive.problems[:] = kept + list(waiting.values())
