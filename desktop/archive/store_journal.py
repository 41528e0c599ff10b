"""Reading the journal into the merged state: admit, sift, apply, and check for lost records.

Also what this PC remembers about the archive (:mod:`desktop.archive.seen`) and what each
member wrote where (a removal pins it in the roster).
"""

from __future__ import annotations

import contextlib
import dataclasses
import time
from collections.abc import Callable

from desktop.archive import records
from desktop.archive.errors import (
    DamagedFile,
)
from desktop.archive.journal import journal_files, read_files
from desktop.archive.seen import Seen, load_verified, save_seen, save_verified
from desktop.archive.trust import admit, sift

__all__ = ["JournalMixin"]


class JournalMixin:
    """Loading and applying records, mixed into :class:`~desktop.archive.store.Archive`."""

    def _load_journal(self, progress: Callable[[int, int], None] | None) -> None:
        admitted = []
        files: dict[int, tuple[str, str]] = {}  # record → its (device, file name), for refresh
        unreadable: dict[str, int] = {}
        verified = load_verified(self._data_dir, self.archive_id) if self._data_dir else set()
        known = len(verified)
        for entry, record_or_problem in read_files(journal_files(self.layout),
                                                   self.header.id_bytes, self._record_keys,
                                                   progress):
            if isinstance(record_or_problem, DamagedFile):
                self.problems.append(record_or_problem)
                _count_unreadable(unreadable, record_or_problem.path)
                continue
            refused = admit(record_or_problem, self.roster, verified)
            if refused is not None:
                self.problems.append(refused)
                _count_unreadable(unreadable, refused.path)
                continue
            admitted.append(record_or_problem)
            files[id(record_or_problem)] = entry[:2]
        sifted = sift(admitted, self.roster, self._seen.authors)
        self.problems.extend(sifted.problems)
        for record in sifted.kept:
            self._state.add(record)
            self._read.add(files[id(record)])
            self._note(record)
        # Our own chain continues from the newest record that counts, never from a record
        # someone else planted in our folder (FORMAT.md §10a).
        self._own = sifted.heads.get(self.device, (0, ""))
        self.problems.extend(self._check_history(sifted.chain, unreadable))
        if len(verified) != known and self._data_dir is not None:
            with contextlib.suppress(OSError):  # only a cache: the next open checks again
                save_verified(self._data_dir, self.archive_id, verified)
        assert self._index is not None
        self._index.bulk_load(self._state.items())

    def _note(self, record: records.Record) -> None:
        """Remember what each member wrote where (for removals)."""
        if record.version < 2:
            self._legacy[record.device] = max(self._legacy.get(record.device, 0), record.lamport)
            self._legacy_records.setdefault(record.device, set()).add(record.digest[:16])
            return
        per_device = self._authored.setdefault(record.author, {})
        if record.seq >= per_device.get(record.device, (0, ""))[0]:
            per_device[record.device] = (record.seq, record.digest)

    def _check_history(self, admitted: list[records.Record],
                       unreadable: dict[str, int]) -> list[DamagedFile]:
        """Gaps and regressions against this PC's memory (roster mode only); raises it."""
        from desktop.archive.history import check_history

        if self.roster is None:
            return []
        problems, now = check_history(admitted, self._seen, self.name_of, unreadable)
        now.format = 2
        now.roster = self.roster.serial
        if self._seen.merge(now):
            self._save_seen()
        return problems

    def _save_seen(self) -> None:
        self._seen_saved = time.monotonic()
        if self._data_dir is not None:
            with contextlib.suppress(OSError):  # losing the memory only weakens detection
                save_seen(self._data_dir, self.archive_id, self._seen)

    def seen_before(self) -> Seen:
        """This PC's memory of the archive (high-water marks; see desktop.archive.seen)."""
        return dataclasses.replace(self._seen, devices=dict(self._seen.devices),
                                   authors=dict(self._seen.authors))

    def name_of(self, member: str) -> str:
        """``member``'s display name: sealed in the roster (format 2), else from their member
        file ("" when neither can be read)."""
        from desktop.archive.roster import open_name
        from desktop.archive.unlock import member_public

        entry = self.roster.listed.get(member) if self.roster is not None else None
        if entry is not None and entry.name is not None:
            name = open_name(self.archive_id, entry, self._keys)
            if name is not None:
                return name
        try:
            return member_public(self.layout, self.archive_id, member).name
        except Exception:  # noqa: BLE001 - unnamed then
            return ""

    def authored(self, member: str) -> dict[str, int]:
        """Per device, the highest sequence number of ``member``'s records in the folder now
        (read again: records synced in since unlocking count too). Used when removing them."""
        return {device: seq for device, (seq, _d) in self.authored_chain(member).items()}

    def authored_chain(self, member: str) -> dict[str, tuple[int, str]]:
        """Per device, the sequence number and SHA-256 of ``member``'s newest record there:
        what a revocation pins (their records are admitted only on the chain ending there)."""
        from desktop.archive.journal import scan_journal

        found = dict(self._authored.get(member, {}))
        for record in scan_journal(self.layout, self.header.id_bytes, self._record_keys):
            if isinstance(record, records.Record) and record.author == member \
                    and record.version >= 2 and admit(record, self.roster) is None \
                    and record.seq >= found.get(record.device, (0, ""))[0]:
                found[record.device] = (record.seq, record.digest)
        return found

    def legacy_clocks(self) -> dict[str, int]:
        """Per device, the highest Lamport clock of format-1 records seen here."""
        return dict(self._legacy)

    def legacy_records(self) -> dict[str, frozenset[str]]:
        """Per device, the first 16 hex digits of the SHA-256 of each format-1 record here."""
        return {d: frozenset(p) for d, p in self._legacy_records.items()}

    def reload_roster(self) -> None:
        """Read the roster files again (after this PC wrote one)."""
        from desktop.archive.trust import open_roster

        roster, _problems = open_roster(self.layout, self.header, self.founder_pin, self._seen)
        self.roster = roster
        if roster is not None and roster.serial > self._seen.roster:
            self._seen.roster = roster.serial
            self._seen.format = 2
            self._save_seen()


def _count_unreadable(counts: dict[str, int], path: str) -> None:
    parts = path.split("/")
    if len(parts) == 3 and parts[0] == "journal":
        counts[parts[1]] = counts.get(parts[1], 0) + 1
