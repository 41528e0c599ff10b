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
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from desktop.archive import crypto, keys, records, unlock
from desktop.archive.access import KeyAccess
from desktop.archive.attachments import BlobFiles, blob_of
from desktop.archive.crypto import AuthenticationFailed, KdfOutOfBounds, KdfParams
from desktop.archive.encoding import FormatError, NewerFormat
from desktop.archive.errors import (
    ArchiveExists,
    ArchiveLocked,
    ArchiveNotFound,
    DamagedFile,
    ItemNotFound,
    KdfParametersRefused,
    LinkedFolder,
    TamperedFile,
    UnsupportedVersion,
)
from desktop.archive.fsio import (
    fsync_dir,
    read_key_file,
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
        if root.exists() and any(root.iterdir()):
            raise ArchiveExists(str(root))
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
        (root / "journal" / device).mkdir(parents=True, exist_ok=True)
        (root / "objects").mkdir(exist_ok=True)
        write_new_file(tmp, layout.header, temp_name(),
                       make_header(archive_id, identity.member, floor, cap, archive_key))
        fsync_dir(root)
        header = parse_header(read_key_file(layout.header))
        save_founder_pin(_registry(data_dir), archive_id, identity.ed25519_public)
        archive = cls(layout, header, identity, {1: archive_key}, device, rng, clock)
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
        identity, gen_keys, problems, founder_key = unlock.unlock(
            layout, header, passphrase, recovery_key, member, pin
        )
        if pin is None and founder_key is not None:
            save_founder_pin(registry, header.archive_id, founder_key)
        device = device or _device_for(data_dir, header.archive_id, rng)
        # Temporaries of writes that crashed more than a day ago; never anything else.
        with contextlib.suppress(OSError):  # LinkedFolder is not an OSError: it propagates
            sweep_temporaries(layout.tmp(device))
        archive = cls(layout, header, identity, gen_keys, device, rng, clock)
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

    def grant(self, member: str) -> None:
        """Let ``member`` (from :meth:`request_membership`) open the archive.

        Needs only their public member file. Raises :class:`DamagedFile` if it is unreadable."""
        try:
            unlock.grant(self._access(), member)
        except FileNotFoundError:
            raise ItemNotFound(member) from None
        except (FormatError, AuthenticationFailed) as exc:
            raise damaged_from(self.layout.rel(self.layout.member(member)), exc) from None

    def rotate_key(self, remove: list[str] | tuple[str, ...] = ()) -> int:
        """Start a new archive key generation shared with every member except ``remove``.

        Everything written afterwards is unreadable to removed members; what they could read
        before stays readable to them (it may have been copied already). Only the founder's
        grants are trusted by other members. Returns the new generation."""
        with self._lock:
            generation = unlock.rotate(self._access(), set(remove))
            # Our own new grant is on disk; take the new key into use now.
            doc, _sig = keys.parse_grant(
                read_key_file(self.layout.grant(generation, self.member)), self.archive_id)
            new_key = keys.open_grant(doc, self._need_identity())
            self._keys[generation] = new_key
            self._record_keys[generation] = records.record_key(new_key)
            return generation

    def members(self) -> list[tuple[Any, bool]]:
        """(member, has access) for every readable member file."""
        return unlock.list_members(self._access())

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
        for record_or_problem in scan_journal(self.layout, self.header.id_bytes,
                                              self._record_keys, progress):
            if isinstance(record_or_problem, DamagedFile):
                self.problems.append(record_or_problem)
            else:
                self._state.add(record_or_problem)
        assert self._index is not None
        self._index.bulk_load(self._state.items())

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
            record = records.Record(
                device=self.device,
                lamport=self._state.max_lamport + 1,
                rand=self._rng.bytes(8).hex(),
                author=identity.member,
                at=self._clock().isoformat().replace("+00:00", "Z"),
                ops=tuple(ops),
            )
            data = records.encode_record(record, self.header.id_bytes, generation,
                                         self._record_keys[generation], self._rng)
            name = records.RecordName(record.lamport, record.rand).canonical
            write_new_file(self.layout.tmp(self.device), self.layout.journal(self.device) / name,
                           self._rng.bytes(8).hex() + ".rec.tmp", data)
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
        access = self._access()
        return unlock.new_recovery(access, access.identity)

    def add_passphrase_identity(self, name: str, passphrase: str,
                                kdf: KdfParams | None = None) -> str:
        """After unlocking with a recovery key: a fresh member identity that opens the archive
        with ``passphrase``. Returns the new member id. Raises KdfParametersRefused."""
        return unlock.new_passphrase_identity(self._access(), name, passphrase,
                                              kdf or crypto.calibrate())

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
        return verify(self._access(), self.items("attachment", include_deleted=True), progress)

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
            blob_hex, info = self._blobs.encrypt(handle, generation, key)
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
        blob_hex = blob_of(self.get(attachment))
        return self._blobs.iter_plaintext(blob_hex, self.generation_keys())

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
        blob_hex = blob_of(self.get(attachment))
        return self._blobs.export(blob_hex, target, self.generation_keys(), overwrite)


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
