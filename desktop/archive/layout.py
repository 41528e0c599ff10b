"""Where each file of an archive folder lives, and the archive.json header (FORMAT.md §2)."""

from __future__ import annotations

import hmac
import json
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from desktop.archive import crypto
from desktop.archive.copies import is_identical_copy
from desktop.archive.crypto import KdfParams
from desktop.archive.encoding import (
    FormatError,
    b64d,
    b64e,
    canonical_json,
    check_version,
    parse_canonical_json,
)
from desktop.archive.keys import check_archive_id, check_id
from desktop.fileio import write_atomically

__all__ = [
    "ArchiveHeader",
    "Layout",
    "load_founder_pin",
    "local_device_id",
    "make_header",
    "parse_header",
    "save_founder_pin",
]

_GEN_RE = re.compile(r"^[1-9][0-9]{0,9}$")


class Layout:
    """Paths inside one archive folder. Pure path arithmetic, no I/O unless stated."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    @property
    def header(self) -> Path:
        return self.root / "archive.json"

    def member(self, member: str) -> Path:
        return self.root / "members" / f"{member}.json"

    def slot(self, member: str, slot: str) -> Path:
        return self.root / "slots" / member / f"{slot}.slot"

    def grant(self, generation: int, member: str) -> Path:
        return self.root / "grants" / str(generation) / f"{member}.grant"

    def roster(self, serial: int, signer: str) -> Path:
        return self.root / "roster" / f"{serial}-{signer}.roster"

    def blob(self, blob_id: str) -> Path:
        return self.root / "objects" / blob_id[:2] / f"{blob_id}.blob"

    def journal(self, device: str) -> Path:
        return self.root / "journal" / device

    def tmp(self, device: str) -> Path:
        return self.root / ".tmp" / device

    def rel(self, path: Path) -> str:
        """The archive-relative name to show; bytes that are not UTF-8 appear as ``\\xNN``."""
        try:
            text = path.relative_to(self.root).as_posix()
        except ValueError:
            text = str(path)
        return printable(text)

    # -- listing (I/O) -------------------------------------------------------------------------

    def slot_files(self) -> list[Path]:
        return sorted(_files(self.root / "slots", "*/*.slot"))

    def member_files(self) -> list[Path]:
        return sorted(_files(self.root / "members", "*.json"))

    def grant_files(self) -> list[tuple[int | None, Path]]:
        out: list[tuple[int | None, Path]] = []
        for path in sorted(_files(self.root / "grants", "*/*.grant")):
            name = path.parent.name
            out.append((int(name) if _GEN_RE.match(name) else None, path))
        return out

    def roster_files(self) -> list[Path]:
        return sorted(_files(self.root / "roster", "*.roster"))

    def blob_files(self) -> list[Path]:
        return sorted(_files(self.root / "objects", "*/*.blob"))

    def identical_copies(self) -> list[Path]:
        """Sync-engine conflict copies of key files and blobs with the original's bytes: the
        listings above skip them (desktop.archive.copies); verify names them."""
        found = []
        for base, pattern in ((self.root / "members", "*.json"), (self.root / "slots", "*/*.slot"),
                              (self.root / "grants", "*/*.grant"),
                              (self.root / "roster", "*.roster"),
                              (self.root / "objects", "*/*.blob")):
            found.extend(p for p in _files(base, pattern, copies=True) if is_identical_copy(p))
        return sorted(found)

    def journal_dirs(self) -> list[Path]:
        return [p for p in _entries(self.root / "journal") if _is_real_dir(p)]

    def linked_folders(self) -> list[str]:
        """Archive-relative paths of folders (two levels deep) that are symbolic links.

        Opening refuses such an archive: following a planted link would read, write or sweep
        files outside it. Only folders are listed; linked files fail when read."""
        found = []
        for top in _entries(self.root, hidden=True):
            if top.is_symlink() and (top.is_dir() or top.name != "archive.json"):
                found.append(self.rel(top))
            elif top.is_dir():
                found.extend(self.rel(p) for p in _entries(top, hidden=True)
                             if p.is_symlink() and p.is_dir())
        return sorted(found)


def printable(name: str) -> str:
    """A file name the terminal can print: undecodable bytes shown as ``\\xNN``."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _is_real_dir(path: Path) -> bool:
    try:
        return stat.S_ISDIR(os.lstat(path).st_mode)
    except OSError:
        return False


def _entries(base: Path, hidden: bool = False) -> list[Path]:
    """Entries of ``base`` (not following links), sorted; none if it is not a real folder."""
    if not _is_real_dir(base):
        return []
    with os.scandir(base) as listing:
        return sorted(Path(e.path) for e in listing if hidden or not e.name.startswith("."))


def _files(base: Path, pattern: str, copies: bool = False) -> list[Path]:
    """Files matching ``base/pattern`` (one or two levels), never looking through links.

    Linked files are listed (reading them fails with ELOOP and is reported); linked folders
    are not entered. Conflict copies identical to their original are left out unless
    ``copies``."""
    found = []
    levels = pattern.split("/")
    folders = [base] if len(levels) == 1 else [p for p in _entries(base) if _is_real_dir(p)]
    suffix = levels[-1].lstrip("*")
    for folder in folders:
        for path in _entries(folder):
            if path.name.endswith(suffix) and not _is_real_dir(path) \
                    and (copies or not is_identical_copy(path)):
                found.append(path)
    return found


@dataclass(frozen=True)
class ArchiveHeader:
    """The parsed archive.json: id, founder and the KDF bounds of this archive."""

    archive_id: str
    founder: str
    floor: KdfParams
    cap: KdfParams
    mac: bytes
    signed_part: bytes
    version: int = 1

    @property
    def has_roster(self) -> bool:
        """Format 2: membership is the signed roster, records are signed and sequenced."""
        return self.version >= 2

    @property
    def id_bytes(self) -> bytes:
        return bytes.fromhex(self.archive_id)

    def effective_bounds(self) -> tuple[KdfParams, KdfParams]:
        """Never weaker than the program floor, never above the program cap."""
        floor = KdfParams(
            max(self.floor.memory_kib, crypto.KDF_FLOOR.memory_kib),
            max(self.floor.iterations, crypto.KDF_FLOOR.iterations),
            1,
        )
        cap = KdfParams(
            min(self.cap.memory_kib, crypto.KDF_CAP.memory_kib),
            min(self.cap.iterations, crypto.KDF_CAP.iterations),
            min(self.cap.lanes, crypto.KDF_CAP.lanes),
        )
        return floor, cap

    def mac_valid(self, generation1_key: bytes) -> bool:
        return hmac.compare_digest(_mac(generation1_key, self.signed_part), self.mac)


def _mac(key: bytes, signed_part: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives import hmac as chmac

    h = chmac.HMAC(crypto.hkdf(key, b"shopsafe/v1/archive-mac"), hashes.SHA256())
    h.update(b"shopsafe/v1/archive\x00" + signed_part)
    return h.finalize()


ARCHIVE_VERSION = 2  # archive.json of new archives; version 1 archives are still opened


def make_header(archive_id: str, founder: str, floor: KdfParams, cap: KdfParams, key: bytes,
                version: int = ARCHIVE_VERSION) -> bytes:
    doc = {
        "format": "shopsafe-archive",
        "version": version,
        "id": archive_id,
        "founder": founder,
        "floor": floor.to_json(),
        "cap": cap.to_json(),
    }
    signed = canonical_json(doc)
    return canonical_json({**doc, "mac": b64e(_mac(key, signed))})


def parse_header(data: bytes) -> ArchiveHeader:
    """Parse archive.json; raises FormatError or NewerFormat (MAC checked later)."""
    doc = parse_canonical_json(data, max_size=64 * 1024)
    if doc.get("format") != "shopsafe-archive":
        raise FormatError("not a ShopSafe archive header")
    version = doc.get("version")
    check_version(version, ARCHIVE_VERSION, older=(1,))
    if set(doc) != {"format", "version", "id", "founder", "floor", "cap", "mac"}:
        raise FormatError("fields differ from the archive.json layout")
    try:
        floor = KdfParams.from_json(doc["floor"])
        cap = KdfParams.from_json(doc["cap"])
    except ValueError as exc:
        raise FormatError(str(exc)) from None
    mac = b64d(doc.pop("mac"), 32)
    return ArchiveHeader(
        archive_id=check_archive_id(doc["id"]),
        founder=check_id(doc["founder"], "member"),
        floor=floor,
        cap=cap,
        mac=mac,
        signed_part=canonical_json(doc),
        version=version,
    )


def local_device_id(data_dir: Path, archive_id: str, new_id: str) -> str:
    """This PC's device id for ``archive_id``, remembered in ``data_dir/archive-devices.json``.

    Each PC writes only into its own journal folder; the id is per PC and per archive."""
    registry = data_dir / "archive-devices.json"
    try:
        known = json.loads(registry.read_text("utf-8"))
        if not isinstance(known, dict):
            known = {}
    except (OSError, ValueError):
        known = {}
    device = known.get(archive_id)
    if isinstance(device, str) and re.fullmatch(r"[0-9a-f]{16}", device):
        return device
    known[archive_id] = new_id
    data_dir.mkdir(parents=True, exist_ok=True)
    _replace_json(registry, known)
    return new_id


def _read_registry(path: Path) -> dict[str, object]:
    try:
        known = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return known if isinstance(known, dict) else {}


def load_founder_pin(data_dir: Path, archive_id: str) -> bytes | None:
    """The founder's Ed25519 key this PC trusted for ``archive_id`` (trust on first use)."""
    value = _read_registry(data_dir / "archive-trust.json").get(archive_id)
    if isinstance(value, str) and re.fullmatch(r"[0-9a-f]{64}", value):
        return bytes.fromhex(value)
    return None


def save_founder_pin(data_dir: Path, archive_id: str, key: bytes) -> None:
    """Remember the founder key; later unlocks trust grants signed by this key only."""
    registry = data_dir / "archive-trust.json"
    known = _read_registry(registry)
    known[archive_id] = key.hex()
    data_dir.mkdir(parents=True, exist_ok=True)
    _replace_json(registry, known)


def _replace_json(path: Path, value: dict[str, object]) -> None:
    write_atomically(path, json.dumps(value, indent=1, sort_keys=True))
