"""Errors raised by the encrypted archive.

Every error carries a translatable :class:`~desktop.text.Message` and the data that explains it
(paths are archive-relative POSIX strings, never file contents or keys)::

    ArchiveError
    ├── ArchiveNotFound          no archive.json at the given folder
    ├── ArchiveExists            init on a folder that already holds an archive
    ├── WrongPassphrase          no slot opened with this passphrase / recovery key
    ├── AccessNotGranted         the member exists but nobody has granted them the keys yet
    ├── ArchiveLocked            the archive was locked; unlock it again
    ├── UnsupportedVersion       a file written by a newer ShopSafe (path, version)
    ├── KdfParametersRefused     Argon2id parameters outside [floor, cap] (path, parameter)
    ├── DamagedFile              a file failed to parse or authenticate (path, reason)
    │   └── TamperedFile         authentication failed: changed, truncated or moved
    ├── LinkedFolder             a folder inside the archive is a symbolic link (path)
    ├── ItemNotFound             no such order/seller/attachment (item)
    └── InvalidRecoveryKey       the typed recovery key is malformed (bad checksum)
"""

from __future__ import annotations

from desktop.errors import ShopSafeError
from desktop.text import N_, Message

__all__ = [
    "AccessNotGranted",
    "ArchiveError",
    "ArchiveExists",
    "ArchiveLocked",
    "ArchiveNotFound",
    "DamagedFile",
    "InvalidRecoveryKey",
    "ItemNotFound",
    "KdfParametersRefused",
    "LinkedFolder",
    "TamperedFile",
    "UnsupportedVersion",
    "WrongPassphrase",
]


class ArchiveError(ShopSafeError):
    """Base of every error of :mod:`desktop.archive`."""

    default_message = N_("Archive", "The archive could not be used.")


class ArchiveNotFound(ArchiveError):
    default_message = N_("Archive", "No ShopSafe archive was found in {path}.")

    def __init__(self, path: str) -> None:
        super().__init__(self.default_message.format(path=path), path=path)


class ArchiveExists(ArchiveError):
    default_message = N_("Archive", "{path} already holds an archive; choose an empty folder.")

    def __init__(self, path: str) -> None:
        super().__init__(self.default_message.format(path=path), path=path)


class WrongPassphrase(ArchiveError):
    default_message = N_("Archive", "The passphrase or recovery key is wrong.")


class AccessNotGranted(ArchiveError):
    default_message = N_(
        "Archive",
        "Your passphrase is right, but nobody has let you into this archive yet. Ask a family "
        "member who already uses it to grant you access.",
    )


class ArchiveLocked(ArchiveError):
    default_message = N_("Archive", "The archive is locked. Unlock it to continue.")


class InvalidRecoveryKey(ArchiveError):
    default_message = N_(
        "Archive", "This recovery key is not valid. Check it for typing mistakes."
    )


class UnsupportedVersion(ArchiveError):
    default_message = N_(
        "Archive",
        "{path} was written by a newer version of ShopSafe (format {version}). "
        "Update ShopSafe to open it.",
    )

    def __init__(self, path: str, version: object) -> None:
        super().__init__(
            self.default_message.format(path=path, version=version), path=path, version=version
        )


class KdfParametersRefused(ArchiveError):
    default_message = N_(
        "Archive",
        "{path} asks for unsafe key-derivation settings ({parameter}); it was not used.",
    )

    def __init__(self, path: str, parameter: str) -> None:
        super().__init__(
            self.default_message.format(path=path, parameter=parameter),
            path=path,
            parameter=parameter,
        )


class DamagedFile(ArchiveError):
    """A file that could not be used; ``reason`` is translatable, ``detail`` technical."""

    default_message = N_("Archive", "{path} is damaged and was skipped: {reason}")

    def __init__(self, path: str, reason: Message | str, detail: str = "") -> None:
        super().__init__(
            self.default_message.format(path=path, reason=reason),
            path=path,
            reason=reason,
            detail=detail,
        )


class TamperedFile(DamagedFile):
    default_message = N_(
        "Archive", "{path} failed its integrity check (changed, cut short or moved): {reason}"
    )


class LinkedFolder(ArchiveError):
    """A folder inside the archive is a symbolic link: the archive is not opened."""

    default_message = N_(
        "Archive",
        "{path} inside the archive is a link to another place. ShopSafe never follows links "
        "inside an archive, so it did not open it. Someone who can change the shared folder "
        "may have put the link there: remove it, then open the archive again.",
    )

    def __init__(self, path: str) -> None:
        super().__init__(self.default_message.format(path=path), path=path)
        self.path = path


class ItemNotFound(ArchiveError):
    default_message = N_("Archive", "Nothing with the id {item} is in the archive.")

    def __init__(self, item: str) -> None:
        super().__init__(self.default_message.format(item=item), item=item)
