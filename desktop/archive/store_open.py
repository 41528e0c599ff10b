"""Creating, opening and joining an archive: the first steps of :class:`~desktop.archive.store.Archive`.

Creation writes key material first and archive.json last (a folder without archive.json is
not an archive); opening refuses linked folders, sweeps only this device's stale temporaries,
unlocks, then reads the roster and the journal.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Self

from desktop.archive.copies import is_sync_marker
from desktop.archive import crypto, keys, unlock
from desktop.archive import roster as roster_file
from desktop.archive.crypto import KdfOutOfBounds, KdfParams
from desktop.archive.encoding import FormatError, NewerFormat
from desktop.archive.errors import (
    ArchiveExists,
    ArchiveNotFound,
    FolderNotEmpty,
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
from desktop.archive.roster import Entry
from desktop.archive.seen import load_seen
from desktop.archive.trust import open_roster
from desktop.archive.rng import Clock, RandomSource, SystemRandom, utc_now

__all__ = ["OpeningMixin", "read_header"]


class OpeningMixin:
    """Class methods that make an unlocked :class:`Archive` (mixed into it)."""

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
    ) -> Self:
        """Create a new archive in ``path`` (missing or empty) and return it unlocked.

        ``kdf`` defaults to :func:`~desktop.archive.crypto.calibrate` (≈0.6 s here). Raises
        :class:`ArchiveExists`, :class:`KdfParametersRefused`."""
        rng = rng or SystemRandom()
        root = Path(path)
        if (root / "archive.json").exists():
            raise ArchiveExists(str(root))
        # A sync engine's markers (.stfolder, desktop.ini …) do not make a folder "not empty".
        if root.exists() and any(not is_sync_marker(p.name) for p in root.iterdir()):
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
        # The display name goes into the roster, sealed with the archive key; the member
        # file (readable by whoever stores the folder) carries none (FORMAT.md §16).
        write_new_file(tmp, layout.member(identity.member), temp_name(),
                       keys.make_member(archive_id, identity, "", "member"))
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
                           identity.x25519_public,
                           roster_file.seal_name(archive_id, identity.member, name, 1,
                                                 archive_key, rng) if name else None)},
                           {}, {}, identity))
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
    ) -> Self:
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
