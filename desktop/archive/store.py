"""The archive: create, unlock, read, write, lock.

:class:`Archive` is the one entry point the UI and the command line use. An unlocked archive
holds the archive keys, the merged state and the search index in memory only; :meth:`lock`
drops all of them. Writes follow FORMAT.md §10 (blob first, then the record naming it; each file
published atomically under a fresh name). Methods are thread-safe: one lock guards the merged
state, held briefly (a blob is encrypted outside it, so readers never wait for a large file);
still, the UI sends writes through one writer thread so they keep their order.

Unreadable files met while unlocking are reported in :attr:`Archive.problems` and skipped; they
are never deleted and never stop the rest of the archive from opening.

The class is assembled from one module per idea: creating and opening (:mod:`.store_open`),
reading the journal into the state (:mod:`.store_journal`), writing records
(:mod:`.store_write`) and attachments (:mod:`.store_files`); this module keeps the state,
membership, keys and reading.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.archive import crypto, keys, records, unlock
from desktop.archive.access import KeyAccess
from desktop.archive.attachments import BlobFiles
from desktop.archive.crypto import AuthenticationFailed, KdfParams
from desktop.archive.encoding import FormatError
from desktop.archive.errors import (
    ArchiveLocked,
    DamagedFile,
    ItemNotFound,
)
from desktop.archive.fsio import (
    read_key_file,
)
from desktop.archive.keys import Identity
from desktop.archive.layout import (
    ArchiveHeader,
    Layout,
)
from desktop.archive.merge import Item, MergedState
from desktop.archive.roster import Roster
from desktop.archive.seen import Seen
from desktop.archive.problems import damaged_from
from desktop.archive.rng import Clock, RandomSource
from desktop.archive.search import SearchIndex
from desktop.archive.verify import VerifyReport, verify

from desktop.archive.store_files import AttachmentsMixin
from desktop.archive.store_journal import JournalMixin
from desktop.archive.store_open import OpeningMixin, read_header
from desktop.archive.store_write import WritingMixin

__all__ = ["Archive", "read_header"]



class Archive(OpeningMixin, JournalMixin, WritingMixin, AttachmentsMixin):
    """An unlocked archive folder. Create with :meth:`create` or :meth:`open`."""

    def __init__(
        self,
        layout: Layout,
        header: ArchiveHeader,
        identity: Identity,
        generation_keys: dict[int, bytes],
        device: str,
        rng: RandomSource,
        clock: Clock,
    ) -> None:
        self.layout = layout
        self.header = header
        self.device = device
        self._identity: Identity | None = identity
        self._keys: dict[int, bytes] = dict(generation_keys)
        self._record_keys = {g: records.record_key(k) for g, k in self._keys.items()}
        self._rng = rng
        self._clock = clock
        self._lock = threading.RLock()
        self._state = MergedState()
        self._index: SearchIndex | None = SearchIndex()
        self._blobs = BlobFiles(layout, header, device, rng)
        self.problems: list[DamagedFile] = []
        # Trust (format 2): the roster in force, this PC's memory of the archive, and what
        # each member wrote per device (a removal records it, FORMAT.md §7a).
        self.roster: Roster | None = None
        self.founder_pin: bytes | None = None
        self._data_dir: Path | None = None
        self._seen = Seen()
        self._authored: dict[str, dict[str, tuple[int, str]]] = {}  # device → (seq, digest)
        self._legacy: dict[str, int] = {}
        self._legacy_records: dict[str, set[str]] = {}
        self._own: tuple[int, str] = (0, "")  # our device's highest sequence and its digest
        self._seen_saved = 0.0
        # Journal files already merged, as (device, file name): refresh() reads only the rest.
        self._read: set[tuple[str, str]] = set()
        self._incoming_marks: dict[str, object] = {}  # roster/grant listings refresh() saw

    def grant(self, member: str, fingerprint: str) -> None:
        """Let ``member`` (from :meth:`request_membership`) open the archive.

        ``fingerprint`` is what the joiner reads out to you (shown by ``join``): it must match
        their member file, so a request swapped in the shared folder is refused. Adds them to
        the roster and writes (or repairs) their grants. Raises :class:`FingerprintMismatch`,
        :class:`NotAnOrganiser`, :class:`MemberRemoved`, :class:`ItemNotFound` and
        :class:`DamagedFile` (their member file is unreadable)."""
        from desktop.archive.membership import grant

        self._need_identity()
        try:
            grant(self, member, fingerprint)
        except FileNotFoundError:
            raise ItemNotFound(member) from None
        except (FormatError, AuthenticationFailed) as exc:
            raise damaged_from(self.layout.rel(self.layout.member(member)), exc) from None

    def rotate_key(self, remove: list[str] | tuple[str, ...] = ()) -> int:
        """Start a new archive key generation shared with every member except ``remove``.

        Everything written afterwards is unreadable to removed members; what they could read
        before stays readable to them (it may have been copied already). Only the founder's
        grants are trusted by other members. Returns the new generation.

        Only roster members get the new key (format 2; a format-1 archive raises
        :class:`UpgradeNeeded`), and ``remove`` are revoked in a signed roster: records they
        write later are refused. Raises :class:`NotAnOrganiser`."""
        from desktop.archive.membership import rotate

        with self._lock:
            self._need_identity()
            generation = rotate(self, set(remove))
            # Our own new grant is on disk; take the new key into use now.
            doc, _sig = keys.parse_grant(
                read_key_file(self.layout.grant(generation, self.member)), self.archive_id)
            new_key = keys.open_grant(doc, self._need_identity())
            self._keys[generation] = new_key
            self._record_keys[generation] = records.record_key(new_key)
            return generation

    def members(self) -> list[tuple[Any, bool]]:
        """(member, has access) for every readable member file; "has access" only when their
        unlock would accept their grant of the newest generation (and, format 2, they are on
        the roster with the same keys)."""
        from desktop.archive.membership import list_members

        self._need_identity()
        return list_members(self)

    # -- state -------------------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self._identity is None

    @property
    def member(self) -> str:
        return self._need_identity().member

    @property
    def archive_id(self) -> str:
        return self.header.archive_id

    def lock(self) -> None:
        """Forget keys, decrypted state and the search index. Idempotent."""
        with self._lock:
            if self._identity is not None and self.roster is not None:
                self._save_seen()
            self._identity = None
            self._keys = {}
            self._record_keys = {}
            self._state = MergedState()
            if self._index is not None:
                self._index.close()
                self._index = None

    def _need_identity(self) -> Identity:
        if self._identity is None:
            raise ArchiveLocked()
        return self._identity

    def _access(self) -> KeyAccess:
        """What unlock and verify need, passed explicitly; raises ArchiveLocked."""
        with self._lock:
            return KeyAccess(self.layout, self.header, self.device, self._rng,
                             self._need_identity(), dict(self._keys))

    # -- reading -----------------------------------------------------------------------------

    def items(self, type: str | None = None, include_deleted: bool = False) -> list[Item]:
        """Merged items, optionally of one type, ordered by id."""
        with self._lock:
            self._need_identity()
            return [i for i in self._state.items(include_deleted) if type is None or i.type == type]

    def get(self, item_id: str) -> Item:
        """The merged item; raises :class:`ItemNotFound`."""
        with self._lock:
            self._need_identity()
            item = self._state.get(item_id)
        if item is None:
            raise ItemNotFound(item_id)
        return item

    def history(self, item_id: str) -> list[Any]:
        """Every field write of the item, oldest first, with author and time; the values of
        concurrent edits stay here after the winner is shown. Raises ItemNotFound.

        To resolve a flagged conflict, write the field again with :meth:`put`: a write replaces
        all the heads it saw."""
        with self._lock:
            self.get(item_id)
            return self._state.history(item_id)

    def search(self, text: str, limit: int = 200, types: list[str] | None = None) -> list[Item]:
        """Items whose text or tags match every word of ``text`` (accent/case-insensitive)."""
        with self._lock:
            self._need_identity()
            if self._index is None:
                raise ArchiveLocked()
            return [self.get(i) for i in self._index.search(text, limit, types)]

    def refresh(self) -> Any:
        """Merge records, roster and grants that arrived since unlocking (synced in from
        another PC); see :func:`desktop.archive.incoming.refresh`. Issue 12 (sync)."""
        from desktop.archive.incoming import refresh

        return refresh(self)

    @property
    def revision(self) -> int:
        """Grows whenever a record is applied (written here or read from a synced folder)."""
        with self._lock:
            return self._state.applied

    def state_snapshot(self) -> list[tuple[Any, ...]]:
        """A comparable summary of the merged state (equal on two synced copies)."""
        with self._lock:
            self._need_identity()
            return self._state.snapshot()

    # -- keys --------------------------------------------------------------------------------

    def change_passphrase(self, new_passphrase: str, kdf: KdfParams | None = None) -> None:
        """Write a new slot for this member, then remove its older passphrase slots (O(1))."""
        access = self._access()
        unlock.replace_slots(access, access.identity, keys.normalize_passphrase(new_passphrase),
                             kdf or crypto.calibrate())

    def create_recovery_key(self) -> str:
        """A new printable recovery key with its own identity, slot and grants.

        Earlier recovery keys stop working. Returns the text to print or write down."""
        from desktop.archive.membership import add_to_roster, require_organiser

        if self.roster is not None:
            require_organiser(self)
        access = self._access()
        return unlock.new_recovery(
            access, access.identity,
            None if self.roster is None
            else lambda new: add_to_roster(self, new, "recovery", retire_role="recovery"))

    def add_passphrase_identity(self, name: str, passphrase: str,
                                kdf: KdfParams | None = None) -> str:
        """After unlocking with a recovery key: a fresh member identity that opens the archive
        with ``passphrase``. Returns the new member id. Raises KdfParametersRefused."""
        from desktop.archive.membership import add_to_roster

        organises = self.roster is not None and self.roster.organises(self.member)
        return unlock.new_passphrase_identity(
            self._access(), name, passphrase, kdf or crypto.calibrate(),
            (lambda new: add_to_roster(self, new, "organiser", name=name)) if organises
            else None)

    def upgrade(self) -> bool:
        """Upgrade a format-1 archive to format 2 (roster, signed records); False when it
        already is. Only the founder can; raises :class:`NotAnOrganiser` otherwise."""
        from desktop.archive.membership import upgrade

        with self._lock:
            self._need_identity()
            if self.roster is not None:
                return False
            upgrade(self)
            self._seen.format = 2
            self._save_seen()
            return True

    def generation_keys(self) -> dict[int, bytes]:
        """Archive keys by generation (secret: never log or store); ArchiveLocked."""
        self._need_identity()
        return dict(self._keys)

    def identity(self) -> Identity:
        return self._need_identity()

    def rng(self) -> RandomSource:
        return self._rng

    def verify(self, progress: Callable[[int, int], None] | None = None) -> VerifyReport:
        """Check every file of the archive; see :func:`desktop.archive.verify.verify`."""
        return verify(self._access(), self.items("attachment", include_deleted=True), progress,
                      self)
