"""The encrypted evidence archive (no Qt). See FORMAT.md for the on-disk format.

Public API::

    archive = Archive.create(folder, passphrase)          # or Archive.open(folder, passphrase)
    order = archive.put("order", seller="Toko Maju", total="Rp 1.250.000")
    archive.add_attachment("receipt.pdf", order=order, mime="application/pdf")
    archive.search("toko")                                # in-memory FTS5, accent-folding
    archive.verify().ok
    archive.lock()
"""

from desktop.archive.crypto import KDF_CAP, KDF_FLOOR, KdfParams, calibrate
from desktop.archive.errors import (
    AccessNotGranted,
    ArchiveError,
    ArchiveExists,
    ArchiveLocked,
    ArchiveNotFound,
    ClockExhausted,
    DamagedFile,
    FingerprintMismatch,
    FolderNotEmpty,
    GrantMissing,
    InvalidRecoveryKey,
    ItemNotFound,
    KdfParametersRefused,
    LinkedFolder,
    MemberRemoved,
    MissingRecords,
    NotAnOrganiser,
    SlotUnusable,
    TamperedFile,
    TooManySlots,
    UnsupportedVersion,
    UpgradeNeeded,
    WrongPassphrase,
)
from desktop.archive.merge import Item
from desktop.archive.rng import DeterministicRandom, RandomSource, SystemRandom
from desktop.archive.store import Archive
from desktop.archive.verify import VerifyReport

__all__ = [
    "AccessNotGranted",
    "Archive",
    "ArchiveError",
    "ArchiveExists",
    "ArchiveLocked",
    "ArchiveNotFound",
    "ClockExhausted",
    "DamagedFile",
    "DeterministicRandom",
    "FingerprintMismatch",
    "FolderNotEmpty",
    "GrantMissing",
    "InvalidRecoveryKey",
    "Item",
    "ItemNotFound",
    "KDF_CAP",
    "KDF_FLOOR",
    "KdfParametersRefused",
    "KdfParams",
    "LinkedFolder",
    "MemberRemoved",
    "MissingRecords",
    "NotAnOrganiser",
    "RandomSource",
    "SlotUnusable",
    "SystemRandom",
    "TamperedFile",
    "TooManySlots",
    "UnsupportedVersion",
    "UpgradeNeeded",
    "VerifyReport",
    "WrongPassphrase",
    "calibrate",
]
