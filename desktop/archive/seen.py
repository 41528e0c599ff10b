"""What this PC has seen of an archive, kept outside it (in the data folder).

A synced folder can lose files — deleted by a person, a sync engine or an attacker — or be
replaced by an older copy. Files cannot tell that they are missing, so each PC remembers, per
archive, the highest record sequence number it saw from each device (and who wrote there),
the highest roster serial and the archive's format. Opening compares the folder with this
memory (see :mod:`desktop.archive.history`). The memory only grows: an archive that shrank is
reported every time, until the missing files are back.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from desktop.fileio import write_atomically

__all__ = ["Seen", "load_seen", "load_verified", "save_seen", "save_verified"]

_FILE = "archive-seen.json"
_DEVICE = re.compile(r"^[0-9a-f]{16}$")


@dataclass
class Seen:
    """The high-water marks of one archive on this PC."""

    format: int = 0
    roster: int = 0
    devices: dict[str, int] = field(default_factory=dict)  # device → highest sequence
    authors: dict[str, str] = field(default_factory=dict)  # device → member who wrote there
    member: str = ""  # who unlocked on this PC last: their slots are tried first

    def merge(self, other: Seen) -> bool:
        """Raise every mark to at least ``other``'s; True when something grew."""
        before = (self.format, self.roster, dict(self.devices), dict(self.authors))
        self.format = max(self.format, other.format)
        self.roster = max(self.roster, other.roster)
        for device, seq in other.devices.items():
            self.devices[device] = max(self.devices.get(device, 0), seq)
        for device, author in other.authors.items():
            self.authors.setdefault(device, author)
        return before != (self.format, self.roster, self.devices, self.authors)

    def remember_member(self, member: str) -> bool:
        changed = self.member != member
        self.member = member
        return changed


def _read(path: Path) -> dict[str, object]:
    try:
        known = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return known if isinstance(known, dict) else {}


def _int(value: object) -> int:
    return value if type(value) is int and 0 <= value < 2**53 else 0


def load_seen(data_dir: Path, archive_id: str) -> Seen:
    """This PC's memory of ``archive_id`` (empty if none or unreadable)."""
    entry = _read(data_dir / _FILE).get(archive_id)
    if not isinstance(entry, dict):
        return Seen()
    devices = entry.get("devices")
    authors = entry.get("authors")
    return Seen(
        format=_int(entry.get("format")),
        member=entry["member"] if isinstance(entry.get("member"), str)
        and _DEVICE.match(entry["member"]) else "",
        roster=_int(entry.get("roster")),
        devices={d: _int(s) for d, s in (devices.items() if isinstance(devices, dict) else [])
                 if isinstance(d, str) and _DEVICE.match(d)},
        authors={d: a for d, a in (authors.items() if isinstance(authors, dict) else [])
                 if isinstance(d, str) and isinstance(a, str) and _DEVICE.match(d)
                 and _DEVICE.match(a)},
    )


def save_seen(data_dir: Path, archive_id: str, seen: Seen) -> None:
    """Store ``seen`` for ``archive_id`` (atomically replacing the file)."""
    path = data_dir / _FILE
    known = _read(path)
    known[archive_id] = {"format": seen.format, "roster": seen.roster, "member": seen.member,
                         "devices": dict(sorted(seen.devices.items())),
                         "authors": dict(sorted(seen.authors.items()))}
    write_atomically(path, json.dumps(known, indent=1, sort_keys=True))


def _verified_path(data_dir: Path, archive_id: str) -> Path:
    return data_dir / "archive-verified" / f"{archive_id}.bin"


def load_verified(data_dir: Path, archive_id: str) -> set[bytes]:
    """The record signatures this PC already checked (16-byte tokens; empty if none)."""
    try:
        data = _verified_path(data_dir, archive_id).read_bytes()
    except OSError:
        return set()
    return {data[i : i + 16] for i in range(0, len(data) - len(data) % 16, 16)}


def save_verified(data_dir: Path, archive_id: str, tokens: set[bytes]) -> None:
    path = _verified_path(data_dir, archive_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, b"".join(sorted(tokens)))
