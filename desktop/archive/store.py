"""The archive: create, unlock, read, write, lock.

:class:`Archive` is the one entry point the UI and the command line use. An unlocked archive
holds the archive keys, the merged state and the search index in memory only; :meth:`lock`
drops all of them. Writes follow FORMAT.md §10 (blob first, then the record naming it; each file
published atomically under a fresh name). Methods are thread-safe: one lock guards the merged
state, held briefly (a blob is encrypted outside it, so readers never wait for a large file);
still, the UI sends writes through one writer thread so they keep their order.

Unreadable files met while unlocking are reported in :attr:`Archive.problems` and skipped; they
are never deleted and never stop the rest of the archive from opening.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from desktop.archive import crypto, keys, records, unlock
from desktop.archive import roster as roster_file
from desktop.archive.access import KeyAccess
from desktop.archive.attachments import BlobFiles, blob_of
from desktop.archive.crypto import AuthenticationFailed, KdfOutOfBounds, KdfParams
from desktop.archive.encoding import FormatError, NewerFormat
from desktop.archive.errors import (
    ArchiveExists,
    ArchiveLocked,
    ClockExhausted,
    ArchiveNotFound,
    DamagedFile,
    FolderNotEmpty,
    ItemNotFound,
    KdfParametersRefused,
    LinkedFolder,
    TamperedFile,
    UnsupportedVersion,
)
from desktop.archive.fsio import (
    fsync_dir,
    read_key_file,
    real_dir,
    sweep_temporaries,
    write_new_file,
)
from desktop.archive.journal import scan_journal
from desktop.archive.keys import Identity
from desktop.archive.layout import (
    ArchiveHeader,
    Layout,
    load_founder_pin,
    local_device_id,
    make_header,
    parse_header,
    save_founder_pin,
)
from desktop.archive.merge import Item, MergedState
from desktop.archive.roster import Entry, Roster
from desktop.archive.seen import Seen, load_seen, load_verified, save_seen, save_verified
from desktop.archive.trust import admit, open_roster, sift
from desktop.archive.problems import damaged_from
from desktop.archive.rng import Clock, RandomSource, SystemRandom, utc_now
from desktop.archive.search import SearchIndex
from desktop.archive.verify import VerifyReport, verify

__all__ = ["Archive"]



class Archive:
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

    # -- creating and opening --------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path | str,
        passphrase: str,
        *,
        name: str = "",
        kdf: KdfParams | None = None,
        device: str | None = None,
        rng: RandomSource | None = None,
        clock: Clock = utc_now,
        data_dir: Path | None = None,
    ) -> Archive:
        """Create a new archive in ``path`` (missing or empty) and return it unlocked.

        ``kdf`` defaults to :func:`~desktop.archive.crypto.calibrate` (≈0.6 s here). Raises
        :class:`ArchiveExists`, :class:`KdfParametersRefused`."""
        rng = rng or SystemRandom()
        root = Path(path)
        if (root / "archive.json").exists():
            raise ArchiveExists(str(root))
        if root.exists() and any(root.iterdir()):
            raise FolderNotEmpty(str(root))
        params = kdf or crypto.calibrate()
        floor, cap = crypto.KDF_FLOOR, crypto.KDF_CAP
        try:
            crypto.check_bounds(params, floor, cap)
        except KdfOutOfBounds as exc:
            raise KdfParametersRefused("archive.json", str(exc)) from None
        layout = Layout(root)
        archive_id = rng.bytes(16).hex()
        identity = Identity.generate(keys.new_id(rng), rng)
        archive_key = rng.bytes(crypto.KEY_SIZE)
        device = device or _device_for(data_dir, archive_id, rng)
        root.mkdir(parents=True, exist_ok=True)
        tmp = layout.tmp(device)
        temp_name = _temp_namer(rng)
        # Key material first, archive.json last: a folder without archive.json is not an archive.
        write_new_file(tmp, layout.member(identity.member), temp_name(),
                       keys.make_member(archive_id, identity, name, "member"))
        slot = keys.new_id(rng)
        write_new_file(tmp, layout.slot(identity.member, slot), temp_name(),
                       keys.make_slot(archive_id, identity, slot,
                                      keys.normalize_passphrase(passphrase), params, rng,
                                      floor, cap))
        write_new_file(tmp, layout.grant(1, identity.member), temp_name(),
                       keys.make_grant(archive_id, 1, archive_key, identity.member,
                                       identity.x25519_public, identity, rng))
        write_new_file(tmp, layout.roster(1, identity.member), temp_name(),
                       roster_file.make_roster(archive_id, 1, "", {identity.member: Entry(
                           identity.member, "founder", identity.ed25519_public,
                           identity.x25519_public)}, {}, {}, identity))
        real_dir(layout.journal(device), root)  # fsync'ed into their parents
        real_dir(root / "objects", root)
        write_new_file(tmp, layout.header, temp_name(),
                       make_header(archive_id, identity.member, floor, cap, archive_key))
        fsync_dir(root)
        header = parse_header(read_key_file(layout.header))
        registry = _registry(data_dir)
        save_founder_pin(registry, archive_id, identity.ed25519_public)
        archive = cls(layout, header, identity, {1: archive_key}, device, rng, clock)
        archive._data_dir = registry
        archive.founder_pin = identity.ed25519_public
        archive._seen = load_seen(registry, archive_id)
        archive._seen.remember_member(identity.member)
        archive.reload_roster()
        return archive

    @classmethod
    def open(
        cls,
        path: Path | str,
        passphrase: str | None = None,
        *,
        recovery_key: str | None = None,
        member: str | None = None,
        device: str | None = None,
        rng: RandomSource | None = None,
        clock: Clock = utc_now,
        data_dir: Path | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> Archive:
        """Unlock with a passphrase or a recovery key; load and merge the journal.

        Raises :class:`ArchiveNotFound`, :class:`UnsupportedVersion` (archive.json from a newer
        ShopSafe), :class:`WrongPassphrase`, :class:`KdfParametersRefused` (when the only
        matching slots ask for parameters outside [floor, cap]), InvalidRecoveryKey."""
        rng = rng or SystemRandom()
        layout = Layout(Path(path))
        header = read_header(layout)
        linked = layout.linked_folders()
        if linked:
            raise LinkedFolder(linked[0])
        registry = _registry(data_dir)
        pin = load_founder_pin(registry, header.archive_id)
        seen = load_seen(registry, header.archive_id)
        roster, roster_problems = open_roster(layout, header, pin, seen)
        identity, gen_keys, problems, founder_key = unlock.unlock(
            layout, header, passphrase, recovery_key, member, pin, roster, seen.member or None
        )
        if roster is not None and header.founder in roster.members:
            founder_key = roster.members[header.founder].ed25519
        if pin is None and founder_key is not None:
            save_founder_pin(registry, header.archive_id, founder_key)
            pin = founder_key
        device = device or _device_for(data_dir, header.archive_id, rng)
        # Temporaries of writes that crashed more than a day ago; never anything else.
        with contextlib.suppress(OSError):  # LinkedFolder is not an OSError: it propagates
            sweep_temporaries(layout.tmp(device))
        archive = cls(layout, header, identity, gen_keys, device, rng, clock)
        archive.roster, archive.founder_pin = roster, pin
        archive._data_dir, archive._seen = registry, seen
        if recovery_key is None and seen.remember_member(identity.member):
            archive._save_seen()
        archive.problems.extend(roster_problems)
        archive.problems.extend(problems)
        archive._load_journal(progress)
        return archive

    @classmethod
    def request_membership(
        cls,
        path: Path | str,
        passphrase: str,
        *,
        name: str = "",
        kdf: KdfParams | None = None,
        rng: RandomSource | None = None,
        data_dir: Path | None = None,
    ) -> str:
        """Join an existing archive: write your public keys and passphrase slot.

        Returns the new member id. Opening raises :class:`AccessNotGranted` until a trusted
        member (today: the founder) calls :meth:`grant` with that id."""
        rng = rng or SystemRandom()
        layout = Layout(Path(path))
        header = read_header(layout)
        device = _device_for(data_dir, header.archive_id, rng)
        return unlock.request_membership(layout, header, device, name, passphrase,
                                         kdf or crypto.calibrate(), rng)

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

    def _load_journal(self, progress: Callable[[int, int], None] | None) -> None:
        admitted = []
        unreadable: dict[str, int] = {}
        verified = load_verified(self._data_dir, self.archive_id) if self._data_dir else set()
        known = len(verified)
        for record_or_problem in scan_journal(self.layout, self.header.id_bytes,
                                              self._record_keys, progress):
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
        sifted = sift(admitted, self.roster, self._seen.authors)
        self.problems.extend(sifted.problems)
        for record in sifted.kept:
            self._state.add(record)
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
        """The display name in ``member``'s member file ("" when unreadable)."""
        from desktop.archive.unlock import member_public

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

    # -- writing metadata --------------------------------------------------------------------

    def new_id(self) -> str:
        return self._rng.bytes(8).hex()

    def put(self, type: str, item_id: str | None = None, **fields: Any) -> str:
        """Create or update an item's fields (last writer wins per field); returns its id.

        Values are JSON: str, int, bool, None, lists and dicts of them (money as text, never
        float). Durable when this returns. Raises FormatError for invalid types, names or
        values, OSError when the disk refuses the write (nothing is then recorded),
        ArchiveLocked."""
        item_id = item_id or self.new_id()
        self.write_ops([self.set_op(type, item_id, fields)])
        return item_id

    def set_op(self, type: str, item_id: str, fields: dict[str, Any]) -> dict[str, Any]:
        """A ``set`` operation replacing the current heads of each field."""
        base = {name: self._state.heads(item_id, name) for name in fields}
        return {"op": "set", "type": type, "item": item_id, "fields": dict(fields),
                "base": {k: v for k, v in base.items() if v}}

    def delete(self, item_id: str) -> None:
        """Tombstone the item (it stays in history and can be restored); ItemNotFound."""
        item = self.get(item_id)
        self.write_ops([self.set_op(item.type, item_id, {"deleted": True})])

    def restore(self, item_id: str) -> None:
        """Undo :meth:`delete`; raises ItemNotFound."""
        item = self.get(item_id)
        self.write_ops([self.set_op(item.type, item_id, {"deleted": False})])

    def tag(self, item_id: str, tag: str) -> None:
        """Add ``tag`` (add-wins against concurrent removals); raises ItemNotFound."""
        item = self.get(item_id)
        self.write_ops([{"op": "add", "type": item.type, "item": item_id, "set": "tags",
                         "value": tag}])

    def untag(self, item_id: str, tag: str) -> None:
        """Remove ``tag`` as seen now; a concurrent add elsewhere survives. ItemNotFound."""
        item = self.get(item_id)
        observed = self._state.set_adds(item_id, "tags", tag)
        self.write_ops([{"op": "remove", "type": item.type, "item": item_id, "set": "tags",
                         "value": tag, "observed": observed}])

    def write_ops(self, ops: list[dict[str, Any]]) -> records.Record:
        """Append one record holding ``ops``; durable when this returns.

        The record is published atomically under a fresh name in this device's journal folder;
        raises FormatError (invalid operations), OSError (disk), ArchiveLocked."""
        with self._lock:
            identity = self._need_identity()
            generation = max(self._keys)
            lamport = self._state.max_lamport + 1
            if lamport > records.MAX_LAMPORT:
                raise ClockExhausted()
            signed = self.roster is not None
            own = self._own
            # Both marks count only records of this folder's chain (trust.sift), so a record
            # planted here with a huge sequence number cannot push ours out of range.
            seq = max(own[0], self._seen.devices.get(self.device, 0)) + 1
            # After a lost newest record the predecessor is unknown: say so with zeros.
            prev = "" if seq == 1 else (own[1] if own[0] == seq - 1 else "0" * 64)
            record = records.Record(
                device=self.device,
                lamport=lamport,
                rand=self._rng.bytes(8).hex(),
                author=identity.member,
                at=self._clock().isoformat().replace("+00:00", "Z"),
                ops=tuple(ops),
                **({"seq": seq, "prev": prev, "version": 2} if signed else {}),
            )
            data = records.encode_record(record, self.header.id_bytes, generation,
                                         self._record_keys[generation], self._rng,
                                         identity.ed25519_private if signed else None)
            name = records.RecordName(record.lamport, record.rand).canonical
            write_new_file(self.layout.tmp(self.device), self.layout.journal(self.device) / name,
                           self._rng.bytes(8).hex() + ".rec.tmp", data)
            if signed:
                record = dataclasses.replace(record, generation=generation,
                                             digest=hashlib.sha256(data).hexdigest())
                self._seen.devices[self.device] = seq
                self._seen.authors[self.device] = identity.member
                # At most once a second while writing (each save is an fsync'ed replace);
                # lock() saves the rest. Our own folder's files are the other record of it.
                if time.monotonic() - self._seen_saved > 1.0:
                    self._save_seen()
            self._note(record)
            if signed:
                self._own = (seq, record.digest)
            self._state.add(record)
            if self._index is not None:
                touched = {op["item"] for op in ops}
                self._index.replace(i for i in map(self._state.get, touched) if i is not None)
            return record

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
            (lambda new: add_to_roster(self, new, "organiser")) if organises else None)

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

    # -- attachments -------------------------------------------------------------------------

    def add_attachment(
        self,
        source: Path | str | BinaryIO,
        *,
        name: str | None = None,
        mime: str = "application/octet-stream",
        order: str | None = None,
        kind: str = "receipt",
        fields: dict[str, Any] | None = None,
    ) -> str:
        """Encrypt a file into a durable blob, then record it (and link it to ``order``).

        Streams (see :class:`~desktop.archive.attachments.BlobFiles`); ``fields`` are extra
        fields of the attachment item. Returns the attachment id. Raises OSError (nothing is
        recorded then; at worst an unreferenced blob remains), ItemNotFound (``order``)."""
        with contextlib.ExitStack() as stack:
            if isinstance(source, (str, Path)):
                name = name or Path(source).name
                handle: BinaryIO = stack.enter_context(open(source, "rb"))
            else:
                handle = source
            with self._lock:
                self._need_identity()
                order_type = self.get(order).type if order else None
                generation = max(self._keys)
                key = self._keys[generation]
            # Outside the lock: a large file must not stop readers (the window) for seconds.
            # Format 2 archives pad blobs to a size bucket (FORMAT.md §8, §16).
            blob_hex, info = self._blobs.encrypt(handle, generation, key,
                                                 2 if self.roster is not None else 1)
            with self._lock:
                attachment = self.new_id()
                values = {**(fields or {}), "blob": blob_hex, "name": name or "attachment",
                          "mime": mime, "size": info.size, "sha256": info.sha256, "kind": kind}
                ops = [{"op": "set", "type": "attachment", "item": attachment, "fields": values,
                        "base": {}}]
                if order:
                    values["order"] = order
                    ops.append({"op": "add", "type": order_type, "item": order,
                                "set": "attachments", "value": attachment})
                self.write_ops(ops)
                return attachment

    def detach_attachment(self, order: str, attachment: str) -> None:
        """Unlink ``attachment`` from ``order`` as seen now (add-wins: a concurrent re-attach
        on another PC survives). The blob itself is kept. Raises ItemNotFound."""
        item = self.get(order)
        self.get(attachment)
        observed = self._state.set_adds(order, "attachments", attachment)
        self.write_ops([{"op": "remove", "type": item.type, "item": order,
                         "set": "attachments", "value": attachment, "observed": observed}])

    def read_attachment(self, attachment: str) -> Iterator[bytes]:
        """Yield the decrypted chunks of an attachment, streaming.

        Raises ItemNotFound (not an attachment) at once; DamagedFile / TamperedFile while
        iterating, possibly after some chunks — treat the data as valid only once the
        iteration finished."""
        item = self.get(attachment)
        return self._blobs.iter_plaintext(blob_of(item), self.generation_keys(),
                                          (item.fields.get("size"), item.fields.get("sha256")))

    def read_bytes(self, attachment: str, limit: int = 64 * 1024 * 1024) -> bytes:
        """The whole attachment in memory, for viewing (QImage, QPdfDocument via QBuffer).

        Raises ValueError when it is larger than ``limit`` (export it instead), and the errors
        of :meth:`read_attachment`."""
        size = self.get(attachment).fields.get("size")
        if isinstance(size, int) and size > limit:
            raise ValueError(f"attachment larger than {limit} bytes")
        parts: list[bytes] = []
        total = 0
        for chunk in self.read_attachment(attachment):
            total += len(chunk)
            if total > limit:
                raise ValueError(f"attachment larger than {limit} bytes")
            parts.append(chunk)
        return b"".join(parts)

    def export_attachment(self, attachment: str, target: Path | str, overwrite: bool = False) -> int:
        """Decrypt into ``target``; see :meth:`BlobFiles.export`. Also raises ItemNotFound."""
        item = self.get(attachment)
        return self._blobs.export(blob_of(item), target, self.generation_keys(), overwrite,
                                  (item.fields.get("size"), item.fields.get("sha256")))


def _count_unreadable(counts: dict[str, int], path: str) -> None:
    parts = path.split("/")
    if len(parts) == 3 and parts[0] == "journal":
        counts[parts[1]] = counts.get(parts[1], 0) + 1


def read_header(layout: Layout) -> ArchiveHeader:
    try:
        data = read_key_file(layout.header)
    except FileNotFoundError:
        raise ArchiveNotFound(str(layout.root)) from None
    try:
        return parse_header(data)
    except NewerFormat as exc:
        raise UnsupportedVersion("archive.json", exc.version) from None
    except FormatError as exc:
        raise TamperedFile("archive.json", str(exc)) from None


def _registry(data_dir: Path | None) -> Path:
    from desktop.paths import data_dir as default_data_dir

    return data_dir or default_data_dir()


def _device_for(data_dir: Path | None, archive_id: str, rng: RandomSource) -> str:
    return local_device_id(_registry(data_dir), archive_id, rng.bytes(8).hex())


def _temp_namer(rng: RandomSource) -> Callable[[], str]:
    return lambda: rng.bytes(8).hex() + ".tmp"
