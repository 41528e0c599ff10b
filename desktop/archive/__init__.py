"""The encrypted evidence archive (no Qt). See FORMAT.md for the on-disk format.

The one door for the window and the command line::

    from desktop import archive

    session = archive.create_archive(folder, passphrase)    # or archive.open_archive(...)
    recovery = session.new_recovery_key()                    # show it once
    order = session.add_order(title="Sepatu", seller="Toko Maju", total="Rp 250.000")
    session.add_file(order, path)                            # or add_bytes(order, data, name)
    session.add_note(order, "Seller promised a refund")
    session.add_check_report(order, report_json)             # / add_cost_breakdown(...)
    session.search("toko")                                   # Order rows, accent-folding
    session.export(attachment_id, target)
    session.verify().damaged                                 # with order and file names
    session.sellers.add("Toko X", phones=["0812…"])           # the family's seller book
    session.sellers.mark(seller_id, "scam", "never shipped")  # (desktop/archive/sellers.py)
    session.seller_lookup("ID")                              # for run_check(seller_lookup=…)
    session.export_seller_card(seller_id)                    # a signed card (seller_cards.py)
    session.lock()

:class:`Archive` (the store under the session) stays public for the format and sync tests.
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
    RosterRefused,
    SlotUnusable,
    TamperedFile,
    TooManySlots,
    UnsupportedVersion,
    UpgradeNeeded,
    WrongPassphrase,
)
from desktop.archive.family import (
    ForeignInvitation,
    InvalidInvitation,
    Invitation,
    MemberRow,
    OnlyFounderAppoints,
    OnlyFounderRemovesOrganisers,
    invitation_code,
    invite,
    parse_invitation,
)
from desktop.archive.merge import Item
from desktop.archive.news import News, NewsItem, relative_when
from desktop.archive.opening import (
    DEFAULT_FOLDER_NAME,
    create_archive,
    default_archive_folder,
    is_archive,
    missing_files,
    open_archive,
    request_membership,
)
from desktop.archive.provenance import Untrusted, Written
from desktop.archive.rng import DeterministicRandom, RandomSource, SystemRandom
from desktop.archive.session import (
    ATTACHMENT_KINDS,
    ORDER_STATUSES,
    Attachment,
    Changes,
    Damage,
    Note,
    Order,
    SavedReport,
    Session,
    VerifyResult,
    guess_kind,
    guess_mime,
)
from desktop.archive.store import Archive
from desktop.archive.strength import STRONG_ENOUGH, Strength, passphrase_strength
from desktop.archive.verify import VerifyReport

__all__ = [
    "ATTACHMENT_KINDS",
    "AccessNotGranted",
    "Archive",
    "ArchiveError",
    "ArchiveExists",
    "ArchiveLocked",
    "ArchiveNotFound",
    "Attachment",
    "Changes",
    "ClockExhausted",
    "DEFAULT_FOLDER_NAME",
    "Damage",
    "DamagedFile",
    "DeterministicRandom",
    "FingerprintMismatch",
    "FolderNotEmpty",
    "ForeignInvitation",
    "GrantMissing",
    "InvalidInvitation",
    "InvalidRecoveryKey",
    "Invitation",
    "Item",
    "ItemNotFound",
    "KDF_CAP",
    "KDF_FLOOR",
    "KdfParametersRefused",
    "KdfParams",
    "LinkedFolder",
    "MemberRemoved",
    "MemberRow",
    "MissingRecords",
    "News",
    "NewsItem",
    "NotAnOrganiser",
    "Note",
    "ORDER_STATUSES",
    "OnlyFounderAppoints",
    "OnlyFounderRemovesOrganisers",
    "Order",
    "RandomSource",
    "RosterRefused",
    "STRONG_ENOUGH",
    "SavedReport",
    "Session",
    "SlotUnusable",
    "Strength",
    "SystemRandom",
    "TamperedFile",
    "TooManySlots",
    "UnsupportedVersion",
    "Untrusted",
    "UpgradeNeeded",
    "VerifyReport",
    "VerifyResult",
    "Written",
    "WrongPassphrase",
    "calibrate",
    "create_archive",
    "default_archive_folder",
    "guess_kind",
    "guess_mime",
    "invitation_code",
    "invite",
    "is_archive",
    "missing_files",
    "open_archive",
    "parse_invitation",
    "passphrase_strength",
    "relative_when",
    "request_membership",
]
