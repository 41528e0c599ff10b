"""Errors raised by the encrypted archive.

Every error carries a translatable :class:`~desktop.text.Message` and the data that explains it
(paths are archive-relative POSIX strings, never file contents or keys)::

    ArchiveError
    ├── ArchiveNotFound          no archive.json at the given folder
    ├── ArchiveExists            init on a folder that already holds an archive
    ├── FolderNotEmpty           init on a non-empty folder that is not an archive
    ├── WrongPassphrase          no slot opened with this passphrase / recovery key
    │   ├── SlotUnusable         our own slot is damaged or missing (path)
    │   └── TooManySlots         more slots than are tried; name the member
    ├── AccessNotGranted         the member exists but nobody has granted them the keys yet
    │   └── GrantMissing         we are on the roster but our grant file is gone (path)
    ├── ArchiveLocked            the archive was locked; unlock it again
    ├── UnsupportedVersion       a file written by a newer ShopSafe (path, version)
    ├── KdfParametersRefused     Argon2id parameters outside [floor, cap] (path, parameter)
    ├── DamagedFile              a file failed to parse or authenticate (path, reason)
    │   ├── MissingRecords       records of a device are gone (deleted, or an older copy)
    │   └── TamperedFile         authentication failed: changed, truncated or moved
    ├── FingerprintMismatch      grant: the fingerprint read out does not match (member)
    ├── NotAnOrganiser           grant/rotate by someone who may not change membership
    ├── MemberRemoved            grant of a member who was removed (member)
    ├── UpgradeNeeded            an operation that needs format 2 on a format-1 archive
    ├── ClockExhausted           a record's Lamport clock is at the largest value allowed
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
    "ClockExhausted",
    "DamagedFile",
    "FingerprintMismatch",
    "FolderNotEmpty",
    "GrantMissing",
    "InvalidRecoveryKey",
    "ItemNotFound",
    "KdfParametersRefused",
    "LinkedFolder",
    "MemberNotFound",
    "MemberRemoved",
    "RemovingYourself",
    "MissingRecords",
    "NotAnOrganiser",
    "SlotUnusable",
    "TamperedFile",
    "TooManySlots",
    "UnsupportedVersion",
    "UpgradeNeeded",
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


class FolderNotEmpty(ArchiveError):
    default_message = N_(
        "Archive", "{path} is not empty and holds no archive; choose an empty or new folder."
    )

    def __init__(self, path: str) -> None:
        super().__init__(self.default_message.format(path=path), path=path)
        self.path = path


class WrongPassphrase(ArchiveError):
    default_message = N_("Archive", "The passphrase or recovery key is wrong.")


class SlotUnusable(WrongPassphrase):
    """Our passphrase slot is damaged or gone, so the passphrase could not be checked."""

    default_message = N_(
        "Archive",
        "{path} is damaged or missing, so your passphrase could not be checked (it may well "
        "be right). Open the archive with your recovery key, then set your passphrase again.",
    )

    def __init__(self, path: str) -> None:
        super().__init__(self.default_message.format(path=path), path=path)
        self.path = path


class TooManySlots(WrongPassphrase):
    default_message = N_(
        "Archive",
        "The passphrase opened none of the {tried} passphrase slots tried; this archive has "
        "{count}, more than ShopSafe tries at once. If you are sure of your passphrase, give "
        "your member id with --member.",
    )

    def __init__(self, tried: int, count: int) -> None:
        super().__init__(self.default_message.format(tried=tried, count=count), tried=tried,
                         count=count)


class AccessNotGranted(ArchiveError):
    default_message = N_(
        "Archive",
        "Your passphrase is right, but nobody has let you into this archive yet. Ask a family "
        "member who already uses it to grant you access.",
    )


class GrantMissing(AccessNotGranted):
    default_message = N_(
        "Archive",
        "You were let into this archive, but your access file ({path}) is missing. Ask the "
        "family member who let you in to grant access again, or open the archive with the "
        "recovery key.",
    )

    def __init__(self, path: str) -> None:
        super().__init__(self.default_message.format(path=path), path=path)
        self.path = path


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


class MissingRecords(DamagedFile):
    """Records of one device that this PC saw, or whose successors exist, are gone."""

    default_message = N_("Archive", "{reason} (in {path})")
    one = N_("Archive", "1 record written by {owner} is missing")
    many = N_("Archive", "{count} records written by {owner} are missing")

    def __init__(self, path: str, count: int, owner: Message) -> None:
        reason = (self.one if count == 1 else self.many).format(count=count, owner=owner)
        super().__init__(path, reason, f"{count} missing")
        self.count = count
        self.owner = owner


RECOVERABLE = N_(
    "Archive",
    "Missing records may still be in your sync service's deleted files or version history, or "
    "in a backup of the archive folder: put them back into the journal folder named above "
    "(ShopSafe never changes existing files, so this is safe). Until then the archive shows "
    "the last state it can prove; everything else in it is intact.",
)


class FingerprintMismatch(ArchiveError):
    default_message = N_(
        "Archive",
        "The fingerprint does not match the keys of member {member}, so access was not "
        "granted. Ask them to read their fingerprint out again; if it still differs, someone "
        "may have replaced their request to join.",
    )

    def __init__(self, member: str) -> None:
        super().__init__(self.default_message.format(member=member), member=member)
        self.member = member


class MemberNotFound(ArchiveError):
    default_message = N_(
        "Archive",
        "No member {member} is on this archive's list, so nobody was removed and nothing was "
        "changed.",
    )

    def __init__(self, member: str) -> None:
        super().__init__(self.default_message.format(member=member), member=member)
        self.member = member


class RemovingYourself(ArchiveError, ValueError):
    default_message = N_(
        "Archive",
        "You cannot remove yourself while changing the archive key. Nothing was changed.",
    )


class NotAnOrganiser(ArchiveError):
    default_message = N_(
        "Archive",
        "Only the person who created this archive, or someone they made an organiser, can "
        "let members in or remove them. Nothing was changed.",
    )


class RosterRefused(ArchiveError):
    """The roster this PC just wrote is not the one in force (FORMAT.md §7a)."""

    default_message = N_(
        "Archive",
        "This change to the list of members was not accepted: someone changed the list at the "
        "same time in a way that takes precedence, or the change is one only the founder may "
        "make. Open the archive again to see the current list.",
    )


class MemberRemoved(ArchiveError):
    default_message = N_(
        "Archive",
        "Member {member} was removed from this archive. To come back they ask to join again "
        "(with a new member id).",
    )

    def __init__(self, member: str) -> None:
        super().__init__(self.default_message.format(member=member), member=member)
        self.member = member


class UpgradeNeeded(ArchiveError):
    default_message = N_(
        "Archive",
        "This archive still uses format 1, which cannot safely remove anyone. Upgrade it first "
        "with 'shopsafe archive upgrade' (the founder does this once).",
    )


class ClockExhausted(ArchiveError):
    default_message = N_(
        "Archive",
        "Nothing new can be saved: a record in the archive claims the largest clock value a "
        "file name can carry. Run 'shopsafe archive verify' to see where it is, and remove "
        "the member who wrote it.",
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
