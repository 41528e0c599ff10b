"""Opening and creating archives: the functions that hand out a :class:`Session`."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from desktop.archive.crypto import KdfParams
from desktop.archive.layout import Layout
from desktop.archive.rng import RandomSource
from desktop.archive.session import Session
from desktop.archive.store import Archive, read_header
from desktop.archive.unlock import member_public

__all__ = [
    "DEFAULT_FOLDER_NAME",
    "create_archive",
    "default_archive_folder",
    "is_archive",
    "missing_files",
    "open_archive",
    "request_membership",
]

DEFAULT_FOLDER_NAME = "Archive.shopsafe"


def default_archive_folder(data_dir: Path | None = None) -> Path:
    """Where a first archive goes unless the user picks another folder (the data folder)."""
    from desktop.paths import data_dir as default_data_dir

    return (data_dir or default_data_dir()) / DEFAULT_FOLDER_NAME


def is_archive(folder: Path | str) -> bool:
    """True when ``folder`` holds an archive.json (readable or not)."""
    return Layout(Path(folder)).header.is_file()


def create_archive(
    folder: Path | str,
    passphrase: str,
    *,
    name: str = "",
    kdf: KdfParams | None = None,
    data_dir: Path | None = None,
    rng: RandomSource | None = None,
) -> Session:
    """Create a new archive in ``folder`` (missing or empty) and return it unlocked.

    Raises ArchiveExists, KdfParametersRefused, OSError. Make a recovery key next with
    :meth:`Session.new_recovery_key`."""
    archive = Archive.create(folder, passphrase, name=name, kdf=kdf, data_dir=data_dir, rng=rng)
    return Session(archive, Path(folder))


def open_archive(
    folder: Path | str,
    passphrase: str | None = None,
    *,
    recovery_key: str | None = None,
    member: str | None = None,
    data_dir: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Session:
    """Unlock with a passphrase or a recovery key and load the journal.

    Raises ArchiveNotFound, UnsupportedVersion, WrongPassphrase, AccessNotGranted,
    KdfParametersRefused, InvalidRecoveryKey. Damaged files are skipped and listed in
    :attr:`Session.problems`."""
    archive = Archive.open(folder, passphrase, recovery_key=recovery_key, member=member,
                           data_dir=data_dir, progress=progress)
    return Session(archive, Path(folder))


def request_membership(
    folder: Path | str,
    passphrase: str,
    *,
    name: str = "",
    kdf: KdfParams | None = None,
    data_dir: Path | None = None,
) -> tuple[str, str]:
    """Ask to join a family archive: returns (member id, fingerprint to read out).

    Opening raises AccessNotGranted until a member calls :meth:`Session.grant`."""
    member = Archive.request_membership(folder, passphrase, name=name, kdf=kdf,
                                        data_dir=data_dir)
    layout = Layout(Path(folder))
    fingerprint = member_public(layout, read_header(layout).archive_id, member).fingerprint
    return member, fingerprint


def missing_files(paths: Iterable[Path]) -> list[Path]:
    """The paths that are not readable regular files (check before asking for a passphrase)."""
    missing = []
    for path in paths:
        try:
            with open(path, "rb"):
                pass
            if not path.is_file():
                missing.append(path)
        except OSError:
            missing.append(path)
    return missing
