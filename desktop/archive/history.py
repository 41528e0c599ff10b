"""Noticing records that disappeared: gaps, a device's newest records, or a whole device.

Each format-2 record carries its device's sequence number (1, 2, 3, …) and the SHA-256 of the
device's previous record. Files cannot report their own absence, so gaps are found two ways:
inside what is present (sequence 5 exists, 3 does not) and against this PC's memory of the
highest sequence it saw per device (:mod:`desktop.archive.seen`), which catches a deleted newest
record, a deleted device folder and an older copy of the whole folder put back in place.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

from desktop.archive.errors import DamagedFile, MissingRecords
from desktop.archive.records import Record
from desktop.archive.seen import Seen
from desktop.text import N_, Message

__all__ = ["check_history", "device_owner"]

_BROKEN_CHAIN = N_(
    "Archive",
    "a record written there does not follow the one before it (it may have been replaced)",
)


def device_owner(name: str, device: str) -> Message:
    """How a device is called in messages: "Budi's PC", or its id when nobody is named."""
    if name:
        return N_("Archive", "{name}'s PC").format(name=name)
    return N_("Archive", "the PC {device}").format(device=device)


def check_history(
    records: Iterable[Record],
    seen: Seen,
    name_of: Callable[[str], str],
    unreadable: dict[str, int] | None = None,
) -> tuple[list[DamagedFile], Seen]:
    """Problems for every device whose records are missing or out of order, and the memory
    raised to what is present now (never lowered: a loss stays reported until repaired).

    ``name_of`` maps a member id to a display name ("" when unknown); ``unreadable`` counts,
    per device, record files present but not usable (damaged, or encrypted with a key we do not
    hold): they are reported on their own and not counted again as missing."""
    unreadable = unreadable or {}
    by_device: dict[str, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    prevs: dict[str, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    authors: dict[str, tuple[int, str]] = {}
    for record in records:
        if record.version < 2:
            continue
        by_device[record.device][record.seq].add(record.digest)
        prevs[record.device][record.seq].add(record.prev)
        if record.seq >= authors.get(record.device, (0, ""))[0]:
            authors[record.device] = (record.seq, record.author)
    problems: list[DamagedFile] = []
    now = Seen(format=seen.format, roster=seen.roster)
    for device in sorted(set(by_device) | set(seen.devices)):
        present = by_device.get(device, {})
        highest = max(present, default=0)
        remembered = seen.devices.get(device, 0)
        missing = max(0, (highest - len(present)) + max(0, remembered - highest)
                      - unreadable.get(device, 0))
        author = authors.get(device, (0, seen.authors.get(device, "")))[1]
        owner = device_owner(name_of(author) if author else "", device)
        if missing:
            problems.append(MissingRecords(f"journal/{device}", missing, owner))
        for seq, prev_set in sorted(prevs.get(device, {}).items()):
            if seq > 1 and seq - 1 in present and not prev_set <= present[seq - 1]:
                problems.append(DamagedFile(f"journal/{device}", _BROKEN_CHAIN,
                                            f"sequence {seq}"))
                break
        now.devices[device] = max(highest, remembered)
        if author:
            now.authors[device] = author
    return problems, now
