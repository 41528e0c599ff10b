"""Unlocking (slot → member keys → grants → archive keys) and changing who can unlock."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.archive import keys
from desktop.archive.access import KeyAccess
from desktop.archive.crypto import AuthenticationFailed, KdfOutOfBounds, KdfParams
from desktop.archive.encoding import FormatError
from desktop.archive.errors import (
    AccessNotGranted,
    DamagedFile,
    GrantMissing,
    InvalidRecoveryKey,
    KdfParametersRefused,
    SlotUnusable,
    TamperedFile,
    TooManySlots,
    WrongPassphrase,
)
from desktop.archive.fsio import fsync_dir, read_key_file, write_new_file
from desktop.archive.keys import Identity
from desktop.archive.layout import ArchiveHeader, Layout
from desktop.archive.problems import REASONS, damaged_from
from desktop.archive.roster import Roster

__all__ = ["new_recovery", "replace_slots", "unlock"]


def unlock(
    layout: Layout,
    header: ArchiveHeader,
    passphrase: str | None,
    recovery_key: str | None,
    member: str | None,
    founder_pin: bytes | None = None,
    roster: Roster | None = None,
    own_member: str | None = None,
) -> tuple[Identity, dict[int, bytes], list[DamagedFile], bytes | None]:
    """Find a slot the secret opens, then this member's grants; see Archive.open.

    Hostile folders cost bounded work: ``own_member`` (who unlocked on this PC before) has
    their slots tried first, then the others cheapest first; at most :data:`MAX_SLOTS_TRIED`
    passphrase slots are tried and none costing more than :data:`COST_MARGIN` times the
    cheapest, so planted slots cannot make an unlock slow (``member`` lifts both limits).
    A damaged slot of ours, or our missing slot, is named instead of "wrong passphrase".

    ``founder_pin`` is the founder key this PC trusted before: grants "by the founder" must be
    signed with it, so a replaced founder member file cannot slip in a forged archive key.
    With a ``roster`` (format 2) a grant counts only when signed by ourselves or by one of its
    organisers, with the key the roster lists.
    Returns the founder key that signed an accepted grant (to pin it on first use)."""
    problems: list[DamagedFile] = []
    floor, cap = header.effective_bounds()
    if recovery_key is not None:
        try:
            secret = keys.parse_recovery_key(recovery_key)
        except ValueError:
            raise InvalidRecoveryKey() from None
        wanted = "recovery-hkdf"
    elif passphrase is not None:
        secret = keys.normalize_passphrase(passphrase)
        wanted = "argon2id"
    else:
        raise WrongPassphrase()
    identity = None
    refused: KdfParametersRefused | None = None
    tried = 0
    ordered, skipped = _slot_order(layout.slot_files(), member, own_member, wanted)
    damaged_own: list[str] = []
    for path in ordered:
        if wanted == "argon2id" and tried >= MAX_SLOTS_TRIED and member is None:
            skipped += 1
            continue
        rel = layout.rel(path)
        try:
            doc, _sig = keys.parse_slot(read_key_file(path), header.archive_id)
        except Exception as exc:  # noqa: BLE001 - reported, the other slots still count
            problems.append(damaged_from(rel, exc))
            if path.parent.name in (own_member, member):
                damaged_own.append(rel)
            continue
        if doc["kdf"]["alg"] != wanted:
            continue
        tried += 1
        try:
            identity = keys.open_slot(doc, secret, floor, cap)
            break
        except KdfOutOfBounds as exc:
            refused = refused or KdfParametersRefused(rel, str(exc))
        except AuthenticationFailed:
            continue
    if identity is None:
        if refused is not None:
            raise refused
        if damaged_own:
            raise SlotUnusable(damaged_own[0])
        mine = own_member or member
        if wanted == "argon2id" and mine and not any(
                p.parent.name == mine for p in layout.slot_files()):
            raise SlotUnusable(f"slots/{mine}")
        if skipped:
            raise TooManySlots(tried, tried + skipped)
        raise WrongPassphrase()
    _check_own_member_file(layout, header, identity, problems)
    generation_keys, founder_key = _open_grants(layout, header, identity, problems, founder_pin,
                                                roster)
    if 1 in generation_keys and not header.mac_valid(generation_keys[1]):
        problems.append(TamperedFile("archive.json", REASONS["auth"], "archive.json MAC"))
    return identity, generation_keys, problems, founder_key


MAX_SLOTS_TRIED = 8  # passphrase slots tried per unlock unless a member is named
COST_MARGIN = 8  # slots costing more than this × the cheapest are skipped (planted, slow)


def _slot_order(paths: list[Path], member: str | None, own: str | None,
                wanted: str) -> tuple[list[Path], int]:
    """Slots in the order to try, and how many were left out as too costly."""
    if member is not None:
        return sorted((p for p in paths if p.parent.name == member), key=_slot_cost), 0
    costed = sorted((_slot_cost(p) for p in paths), key=lambda c: (c[1].parent.name != own, c))
    if wanted != "argon2id":
        return [p for _c, p in costed], 0
    positive = [c for c, _p in costed if c > 0]
    limit = min(positive) * COST_MARGIN if positive else 0
    keep = [p for c, p in costed if not limit or c <= limit or p.parent.name == own]
    return keep, len(costed) - len(keep)


def _slot_cost(path: Path) -> tuple[int, Path]:
    try:
        cost = keys.slot_cost(read_key_file(path))
    except Exception:  # noqa: BLE001 - damaged slots are reported when tried
        cost = 0
    return cost, path


def _check_own_member_file(
    layout: Layout, header: ArchiveHeader, identity: Identity, problems: list[DamagedFile]
) -> None:
    """Our public member file must carry our keys: others encrypt grants to it."""
    rel = layout.rel(layout.member(identity.member))
    try:
        member = member_public(layout, header.archive_id, identity.member)
    except Exception as exc:  # noqa: BLE001
        problems.append(damaged_from(rel, exc))
        return
    if (member.x25519_public, member.ed25519_public) != (
        identity.x25519_public,
        identity.ed25519_public,
    ):
        problems.append(TamperedFile(rel, REASONS["auth"], "public keys differ from the slot"))


def member_public(layout: Layout, archive_id: str, member: str) -> keys.Member:
    """The verified public member file; raises FormatError / AuthenticationFailed / OSError."""
    parsed = keys.parse_member(read_key_file(layout.member(member)), archive_id)
    if parsed.member != member:
        raise FormatError("member file name and contents differ")
    return parsed


def _open_grants(
    layout: Layout,
    header: ArchiveHeader,
    identity: Identity,
    problems: list[DamagedFile],
    founder_pin: bytes | None,
    roster: Roster | None = None,
) -> tuple[dict[int, bytes], bytes | None]:
    result: dict[int, bytes] = {}
    founder_key: bytes | None = None
    for generation, path in layout.grant_files():
        if path.stem != identity.member:
            continue
        rel = layout.rel(path)
        try:
            doc, signature = keys.parse_grant(read_key_file(path), header.archive_id)
            if doc["member"] != identity.member or doc["generation"] != generation:
                raise FormatError("grant moved to another name")
            if doc["by"] == identity.member:
                signer = identity.ed25519_public
            elif roster is not None:
                key = roster.grant_key(doc["by"], generation)
                if key is None:
                    raise AuthenticationFailed("grant signed by someone who does not organise")
                signer = key
            elif doc["by"] == header.founder:
                signer = founder_pin or member_public(
                    layout, header.archive_id, header.founder
                ).ed25519_public
            else:
                raise AuthenticationFailed("grant signed by a member this archive does not trust")
            keys.check_signature(doc, "grant", signature, signer)
            result[generation] = keys.open_grant(doc, identity)
            if doc["by"] == header.founder:
                founder_key = signer
        except Exception as exc:  # noqa: BLE001
            problems.append(damaged_from(rel, exc))
    if not result:
        if not any(p.stem == identity.member for _g, p in layout.grant_files()):
            if roster is not None and roster.active(identity.member) is not None:
                # On the roster, so someone did let us in: the grant file was deleted.
                raise GrantMissing(layout.rel(layout.grant(1, identity.member)))
            raise AccessNotGranted()
        raise TamperedFile(
            layout.rel(layout.grant(1, identity.member)), REASONS["auth"], "no usable grant"
        )
    return result, founder_key


def replace_slots(access: KeyAccess, identity: Identity, secret: bytes, params: KdfParams) -> None:
    """New passphrase slot first, then remove this member's other passphrase slots."""
    floor, cap = access.header.effective_bounds()
    slot = keys.new_id(access.rng)
    try:
        data = keys.make_slot(access.archive_id, identity, slot, secret, params, access.rng,
                              floor, cap)
    except KdfOutOfBounds as exc:
        raise KdfParametersRefused("slots", str(exc)) from None
    new_path = access.layout.slot(identity.member, slot)
    access.write(new_path, data)
    for path in access.layout.slot_files():
        if path.parent.name != identity.member or path == new_path:
            continue
        with contextlib.suppress(Exception):
            doc, _ = keys.parse_slot(read_key_file(path), access.archive_id)
            if doc["kdf"]["alg"] == "argon2id":
                path.unlink()
    fsync_dir(new_path.parent)


def add_identity(
    access: KeyAccess, identity: Identity, name: str, role: str, slot_doc: bytes, slot: str
) -> None:
    """Publish a new identity of our own: member file, slot, self-signed grants."""
    layout = access.layout
    access.write(layout.member(identity.member),
                 keys.make_member(access.archive_id, identity, name, role))
    access.write(layout.slot(identity.member, slot), slot_doc)
    for generation, key in sorted(access.generation_keys.items()):
        access.write(layout.grant(generation, identity.member),
                     keys.make_grant(access.archive_id, generation, key, identity.member,
                                     identity.x25519_public, identity, access.rng))


def new_recovery(access: KeyAccess, current: Identity,
                 on_identity: Callable[[Identity], None] | None = None) -> str:
    """Create a recovery identity and slot; retire earlier recovery slots. Returns the key.

    ``on_identity`` is called with the new identity once its files are written."""
    rng = access.rng
    secret = rng.bytes(32)
    identity = Identity.generate(keys.new_id(rng), rng)
    slot = keys.new_id(rng)
    slot_doc = keys.make_slot(access.archive_id, identity, slot, secret, None, rng)
    old = _recovery_slots(access)
    add_identity(access, identity, "", "recovery", slot_doc, slot)
    if on_identity is not None:
        # Format 2: the roster lists it and revokes the earlier recovery identity (signed):
        # whoever finds its key or an old copy of its slot gets no later generation and
        # cannot write. Until the next rotation it still opens what exists now (FORMAT.md §15).
        on_identity(identity)
    for path in old:
        with contextlib.suppress(OSError):
            path.unlink()
            fsync_dir(path.parent)
    return keys.format_recovery_key(secret)


def new_passphrase_identity(access: KeyAccess, name: str, passphrase: str, params: KdfParams,
                            on_identity: Callable[[Identity], None] | None = None) -> str:
    """After unlocking with a recovery key: a fresh member identity with a passphrase slot.

    ``on_identity`` is called with the new identity once its files are written."""
    rng = access.rng
    floor, cap = access.header.effective_bounds()
    identity = Identity.generate(keys.new_id(rng), rng)
    slot = keys.new_id(rng)
    try:
        slot_doc = keys.make_slot(access.archive_id, identity, slot,
                                  keys.normalize_passphrase(passphrase), params, rng, floor, cap)
    except KdfOutOfBounds as exc:
        raise KdfParametersRefused("slots", str(exc)) from None
    # Format 2 puts it on the roster, with its name sealed there instead of in the file.
    add_identity(access, identity, "" if on_identity is not None else name, "member",
                 slot_doc, slot)
    if on_identity is not None:
        on_identity(identity)
    return identity.member


def _recovery_slots(access: KeyAccess) -> list[Path]:
    found = []
    for path in access.layout.slot_files():
        with contextlib.suppress(Exception):
            doc: dict[str, Any]
            doc, _ = keys.parse_slot(read_key_file(path), access.archive_id)
            if doc["kdf"]["alg"] == "recovery-hkdf":
                found.append(path)
    return found


def request_membership(
    layout: Layout,
    header: ArchiveHeader,
    device: str,
    name: str,
    passphrase: str,
    params: KdfParams,
    rng: Any,
) -> str:
    """A new member's public file and passphrase slot; returns the member id.

    The member can unlock once someone trusted (the founder) calls ``Archive.grant``."""
    floor, cap = header.effective_bounds()
    identity = Identity.generate(keys.new_id(rng), rng)
    slot = keys.new_id(rng)
    try:
        slot_doc = keys.make_slot(header.archive_id, identity, slot,
                                  keys.normalize_passphrase(passphrase), params, rng, floor, cap)
    except KdfOutOfBounds as exc:
        raise KdfParametersRefused("slots", str(exc)) from None
    tmp = layout.tmp(device)
    write_new_file(tmp, layout.member(identity.member), rng.bytes(8).hex() + ".tmp",
                   keys.make_member(header.archive_id, identity, name, "member"))
    write_new_file(tmp, layout.slot(identity.member, slot), rng.bytes(8).hex() + ".tmp", slot_doc)
    return identity.member
