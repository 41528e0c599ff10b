"""Unlocking (slot → member keys → grants → archive keys) and changing who can unlock."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.archive import keys
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

if TYPE_CHECKING:
    from desktop.archive.store import Archive

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
                key = roster.signing_key(doc["by"])
                if key is None or not roster.organises(doc["by"]):
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


def _write(archive: Archive, path: Path, data: bytes) -> None:
    write_new_file(archive.layout.tmp(archive.device), path,
                   archive.rng().bytes(8).hex() + ".tmp", data)


def replace_slots(archive: Archive, identity: Identity, secret: bytes, params: KdfParams) -> None:
    """New passphrase slot first, then remove this member's other passphrase slots."""
    floor, cap = archive.header.effective_bounds()
    slot = keys.new_id(archive.rng())
    try:
        data = keys.make_slot(archive.archive_id, identity, slot, secret, params, archive.rng(),
                              floor, cap)
    except KdfOutOfBounds as exc:
        raise KdfParametersRefused("slots", str(exc)) from None
    new_path = archive.layout.slot(identity.member, slot)
    _write(archive, new_path, data)
    for path in archive.layout.slot_files():
        if path.parent.name != identity.member or path == new_path:
            continue
        with contextlib.suppress(Exception):
            doc, _ = keys.parse_slot(read_key_file(path), archive.archive_id)
            if doc["kdf"]["alg"] == "argon2id":
                path.unlink()
    fsync_dir(new_path.parent)


def add_identity(
    archive: Archive, identity: Identity, name: str, role: str, slot_doc: bytes, slot: str
) -> None:
    """Publish a new identity of our own: member file, slot, self-signed grants."""
    layout = archive.layout
    _write(archive, layout.member(identity.member),
           keys.make_member(archive.archive_id, identity, name, role))
    _write(archive, layout.slot(identity.member, slot), slot_doc)
    for generation, key in sorted(archive.generation_keys().items()):
        _write(archive, layout.grant(generation, identity.member),
               keys.make_grant(archive.archive_id, generation, key, identity.member,
                               identity.x25519_public, identity, archive.rng()))


def new_recovery(archive: Archive, current: Identity) -> str:
    """Create a recovery identity and slot; retire earlier recovery slots. Returns the key."""
    from desktop.archive.membership import add_to_roster, require_organiser

    if archive.roster is not None:
        require_organiser(archive)
    rng = archive.rng()
    secret = rng.bytes(32)
    identity = Identity.generate(keys.new_id(rng), rng)
    slot = keys.new_id(rng)
    slot_doc = keys.make_slot(archive.archive_id, identity, slot, secret, None, rng)
    old = _recovery_slots(archive)
    add_identity(archive, identity, "", "recovery", slot_doc, slot)
    # The earlier recovery identity is revoked (signed, in the roster): whoever finds its key
    # or an old copy of its slot gets no later generation and cannot write. Until the next
    # rotation it still opens what exists now (FORMAT.md §14).
    add_to_roster(archive, identity, "recovery", retire_role="recovery")
    for path in old:
        with contextlib.suppress(OSError):
            path.unlink()
            fsync_dir(path.parent)
    return keys.format_recovery_key(secret)


def new_passphrase_identity(archive: Archive, name: str, passphrase: str, params: KdfParams) -> str:
    """After unlocking with a recovery key: a fresh member identity with a passphrase slot."""
    rng = archive.rng()
    floor, cap = archive.header.effective_bounds()
    identity = Identity.generate(keys.new_id(rng), rng)
    slot = keys.new_id(rng)
    try:
        slot_doc = keys.make_slot(archive.archive_id, identity, slot,
                                  keys.normalize_passphrase(passphrase), params, rng, floor, cap)
    except KdfOutOfBounds as exc:
        raise KdfParametersRefused("slots", str(exc)) from None
    add_identity(archive, identity, name, "member", slot_doc, slot)
    from desktop.archive.membership import add_to_roster

    if archive.roster is not None and archive.roster.organises(archive.member):
        add_to_roster(archive, identity, "organiser")
    return identity.member


def _recovery_slots(archive: Archive) -> list[Path]:
    found = []
    for path in archive.layout.slot_files():
        with contextlib.suppress(Exception):
            doc: dict[str, Any]
            doc, _ = keys.parse_slot(read_key_file(path), archive.archive_id)
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


def grant(archive: Archive, member: str) -> None:
    """Give ``member`` every archive key generation we hold, signed by us. Idempotent."""
    parsed = member_public(archive.layout, archive.archive_id, member)
    identity = archive.identity()
    for generation, key in sorted(archive.generation_keys().items()):
        path = archive.layout.grant(generation, member)
        if path.exists():
            continue
        _write(archive, path, keys.make_grant(archive.archive_id, generation, key, member,
                                              parsed.x25519_public, identity, archive.rng()))


def list_members(archive: Archive) -> list[tuple[keys.Member, bool]]:
    """Every readable member file with whether it holds a grant of the newest generation."""
    newest = max(archive.generation_keys())
    found = []
    for path in archive.layout.member_files():
        try:
            member = member_public(archive.layout, archive.archive_id, path.stem)
        except Exception:  # noqa: BLE001 - verify reports damaged member files
            continue
        found.append((member, archive.layout.grant(newest, member.member).exists()))
    return found


def rotate(archive: Archive, remove: set[str]) -> int:
    """Write grants of a fresh archive key (generation n+1) to every member except ``remove``.

    Returns the new generation. New records and blobs use it; older generations stay readable
    by the members who had them (a removed member keeps what they could already read, and
    nothing written afterwards)."""
    rng = archive.rng()
    identity = archive.identity()
    if identity.member in remove:
        raise ValueError("cannot remove yourself while rotating")
    generation = max(max(archive.generation_keys()), _highest_generation(archive.layout)) + 1
    key = rng.bytes(32)
    for member, _has_access in list_members(archive):
        if member.member in remove:
            continue
        _write(archive, archive.layout.grant(generation, member.member),
               keys.make_grant(archive.archive_id, generation, key, member.member,
                               member.x25519_public, identity, rng))
    return generation


def _highest_generation(layout: Layout) -> int:
    return max((g for g, _p in layout.grant_files() if g is not None), default=1)
