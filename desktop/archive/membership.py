"""Changing who belongs: grant, remove (rotate), recovery identities, and the format upgrade.

In a format-2 archive every change of membership is a new roster (:mod:`desktop.archive.roster`)
signed by an organiser, and key grants go only to the roster's members — never to whatever
member files lie in the folder. Format-1 archives keep their rules (the founder's grants) until
:func:`upgrade` writes their first roster.
"""

from __future__ import annotations

import contextlib
import dataclasses
import re
from typing import Any

from desktop.archive import keys, roster
from desktop.archive.encoding import FormatError
from desktop.archive.errors import (
    FingerprintMismatch,
    MemberNotFound,
    MemberRemoved,
    NotAnOrganiser,
    RemovingYourself,
    RosterRefused,
    UpgradeNeeded,
)
from desktop.archive.fsio import read_key_file, write_new_file
from desktop.archive.keys import Identity
from desktop.archive.roster import Entry, Revocation, Roster
from desktop.fileio import write_atomically

# The functions take the unlocked store (desktop.archive.store.Archive, which imports this
# module): they need its roster, keys and journal, and write through it.
Archive = Any

__all__ = ["grant", "grant_is_valid", "list_members", "rotate", "upgrade"]


def _write(archive: Archive, path, data: bytes) -> None:
    write_new_file(archive.layout.tmp(archive.device), path,
                   archive.rng().bytes(8).hex() + ".tmp", data)


def same_fingerprint(given: str, actual: str) -> bool:
    """Compare as people read it out: case, spaces and dashes do not matter."""
    def norm(text: str) -> str:
        return re.sub(r"[\s\-]", "", text).upper()

    return norm(given) == norm(actual) and bool(norm(given))


def require_organiser(archive: Archive) -> None:
    """Raise NotAnOrganiser unless this member may change who belongs."""
    me = archive.member
    current = archive.roster
    if current is None:
        if me != archive.header.founder:
            raise NotAnOrganiser()
    elif not current.organises(me):
        raise NotAnOrganiser()


def publish_roster(archive: Archive, members: dict[str, Entry],
                   revoked: dict[str, Revocation], legacy: dict[str, int] | None = None,
                   legacy_records: dict[str, frozenset[str]] | None = None) -> Roster:
    """Write roster n+1 (signed by us) and take it into use.

    ``members`` and ``revoked`` are the whole lists wanted, as in :attr:`Archive.roster`.
    What differs from the roster in force is applied to the head roster file's own content:
    members that only a concurrent branch lists stay on that branch (the merge keeps them,
    FORMAT.md §7a), so an organiser's roster never carries an appointment only the founder
    could have made."""
    current = archive.roster
    identity = archive.identity()
    if current is None:
        serial, prev = 1, ""
        new_members, new_revoked = dict(members), dict(revoked)
        legacy = legacy or {}
    else:
        own = current.own
        serial, prev = current.serial + 1, current.digest
        new_revoked = dict(own.revoked)
        new_revoked.update({m: r for m, r in revoked.items() if m not in current.revoked})
        new_members = {m: e for m, e in own.members.items() if m not in new_revoked}
        for member, entry in members.items():
            known = current.members.get(member)
            if member in new_revoked or (known is not None and known == entry
                                         and entry.name in (None, known.name)):
                continue
            if entry.name is None and known is not None and known.name is not None:
                entry = dataclasses.replace(entry, name=known.name)
            new_members[member] = entry
        legacy = own.legacy if legacy is None else legacy
        legacy_records = own.legacy_records if legacy_records is None else legacy_records
    data = roster.make_roster(archive.archive_id, serial, prev, new_members, new_revoked,
                              legacy, identity, legacy_records)
    _write(archive, archive.layout.roster(serial, identity.member), data)
    archive.reload_roster()
    now = archive.roster
    if now is None or any(now.members.get(m) != e for m, e in new_members.items()
                          if m not in now.revoked) \
            or not set(new_revoked) <= set(now.revoked):
        raise RosterRefused()
    return now


def grant_is_valid(archive: Archive, generation: int, member: str) -> bool:
    """Would ``member``'s unlock accept their grant of ``generation``? (Signature and signer
    checked; whether it decrypts only the member can tell.)"""
    path = archive.layout.grant(generation, member)
    try:
        doc, signature = keys.parse_grant(read_key_file(path), archive.archive_id)
        if doc["member"] != member or doc["generation"] != generation:
            return False
        signer = _grant_signer(archive, doc["by"], member)
        if signer is None:
            return False
        keys.check_signature(doc, "grant", signature, signer)
        return True
    except Exception:  # noqa: BLE001 - any unreadable grant is simply not valid
        return False


def _grant_signer(archive: Archive, by: str, member: str) -> bytes | None:
    current = archive.roster
    if current is not None:
        if by == member or current.organises(by):
            return current.signing_key(by)
        return None
    from desktop.archive.unlock import member_public

    if by == member or by == archive.header.founder:
        if by == archive.header.founder and archive.founder_pin is not None:
            return archive.founder_pin
        try:
            return member_public(archive.layout, archive.archive_id, by).ed25519_public
        except Exception:  # noqa: BLE001
            return None
    return None


def grant(archive: Archive, member: str, fingerprint: str) -> None:
    """Let ``member`` in: check the fingerprint they read out, add them to the roster, and
    write (or repair) their grant of every generation we hold.

    Raises NotAnOrganiser, FingerprintMismatch, ItemNotFound/DamagedFile (member file)."""
    from desktop.archive.unlock import member_public

    require_organiser(archive)
    parsed = member_public(archive.layout, archive.archive_id, member)
    if not same_fingerprint(fingerprint, parsed.fingerprint):
        raise FingerprintMismatch(member)
    current = archive.roster
    if current is not None:
        if member in current.revoked:
            raise MemberRemoved(member)
        entry = current.members.get(member)
        if entry is None:
            members = dict(current.members)
            members[member] = Entry(member, "member", parsed.ed25519_public, parsed.x25519_public)
            publish_roster(archive, members, dict(current.revoked))
        elif (entry.ed25519, entry.x25519) != (parsed.ed25519_public, parsed.x25519_public):
            raise FingerprintMismatch(member)
    identity = archive.identity()
    for generation, key in sorted(archive.generation_keys().items()):
        path = archive.layout.grant(generation, member)
        if grant_is_valid(archive, generation, member):
            continue
        with contextlib.suppress(FileNotFoundError):
            path.unlink()  # an invalid grant would stop them; the folder keeps no good copy
        _write(archive, path, keys.make_grant(archive.archive_id, generation, key, member,
                                              parsed.x25519_public, identity, archive.rng()))


def list_members(archive: Archive) -> list[tuple[keys.Member, bool]]:
    """Every readable member file, with whether unlocking would let them in now: on the
    roster (format 2), with a valid grant of the newest generation."""
    from desktop.archive.unlock import member_public

    newest = max(archive.generation_keys())
    current = archive.roster
    found = []
    for path in archive.layout.member_files():
        try:
            member = member_public(archive.layout, archive.archive_id, path.stem)
        except Exception:  # noqa: BLE001 - verify reports damaged member files
            continue
        ok = grant_is_valid(archive, newest, member.member)
        if current is not None:
            entry = current.active(member.member)
            ok = ok and entry is not None and entry.ed25519 == member.ed25519_public
        found.append((member, ok))
    return found


def rotate(archive: Archive, remove: set[str]) -> int:
    """A new archive key generation granted to the roster's members except ``remove``, who
    are revoked in a new roster. Returns the new generation.

    Raises UpgradeNeeded (format 1), NotAnOrganiser, ValueError (removing yourself)."""
    current = archive.roster
    if current is None:
        raise UpgradeNeeded()
    require_organiser(archive)
    identity = archive.identity()
    if identity.member in remove:
        raise RemovingYourself()
    for member in remove:
        # An id that was never on the list would otherwise be "removed" silently.
        if member not in current.members and member not in current.revoked:
            raise MemberNotFound(member)
    generation = max(max(archive.generation_keys()), _highest_generation(archive)) + 1
    revoked = dict(current.revoked)
    for member in remove:
        key = current.signing_key(member)
        if key is not None and member not in revoked:
            revoked[member] = _revocation(archive, member, key, generation)
    members = {m: e for m, e in current.members.items() if m not in remove}
    new_roster = publish_roster(archive, members, revoked)
    key = archive.rng().bytes(32)
    for member, entry in sorted(new_roster.members.items()):
        _write(archive, archive.layout.grant(generation, member),
               keys.make_grant(archive.archive_id, generation, key, member, entry.x25519,
                               identity, archive.rng()))
    return generation


def _revocation(archive: Archive, member: str, key: bytes, generation: int) -> Revocation:
    """Revoke ``member`` from ``generation`` on; their records stay admitted only on the chain
    of records that exists now (FORMAT.md §7a, ``heads``)."""
    chain = archive.authored_chain(member)
    return Revocation(member, key, generation, {d: seq for d, (seq, _h) in chain.items()},
                      {d: digest for d, (_s, digest) in chain.items()})


def _highest_generation(archive: Archive) -> int:
    return max((g for g, _p in archive.layout.grant_files() if g is not None), default=1)


def add_to_roster(archive: Archive, identity: Identity, role: str,
                  retire_role: str | None = None) -> None:
    """Put a new identity of ours on the roster; optionally revoke every other member of
    ``retire_role`` (an earlier recovery key) at the next generation."""
    current = archive.roster
    if current is None:
        return
    members = dict(current.members)
    revoked = dict(current.revoked)
    members[identity.member] = Entry(identity.member, role, identity.ed25519_public,
                                     identity.x25519_public)
    if retire_role is not None:
        next_generation = max(archive.generation_keys()) + 1
        for member, entry in current.members.items():
            if entry.role == retire_role and member != identity.member:
                del members[member]
                revoked[member] = _revocation(archive, member, entry.ed25519, next_generation)
    publish_roster(archive, members, revoked)


def upgrade(archive: Archive) -> None:
    """Turn a format-1 archive into format 2: the first roster (the founder, and every member
    holding a founder-signed grant of the newest generation), then archive.json version 2.

    Format-1 records present now stay readable (listed in the roster's ``legacy``); later ones
    are refused. Recovery keys are not carried over: make a new one afterwards. Raises
    NotAnOrganiser (only the founder upgrades)."""
    from desktop.archive.layout import make_header, parse_header
    from desktop.archive.unlock import member_public

    if archive.roster is not None or archive.header.has_roster:
        return
    if archive.member != archive.header.founder:
        raise NotAnOrganiser()
    identity = archive.identity()
    newest = max(archive.generation_keys())
    members = {identity.member: Entry(identity.member, "founder", identity.ed25519_public,
                                      identity.x25519_public)}
    for path in archive.layout.member_files():
        try:
            member = member_public(archive.layout, archive.archive_id, path.stem)
            doc, signature = keys.parse_grant(read_key_file(archive.layout.grant(
                newest, member.member)), archive.archive_id)
            if doc["by"] != identity.member or doc["member"] != member.member \
                    or member.role != "member":
                continue
            keys.check_signature(doc, "grant", signature, identity.ed25519_public)
        except (OSError, FormatError, Exception):  # noqa: BLE001 - not carried over
            continue
        members.setdefault(member.member, Entry(member.member, "member", member.ed25519_public,
                                                member.x25519_public))
    publish_roster(archive, members, {}, archive.legacy_clocks(), archive.legacy_records())
    header = archive.header
    floor, cap = header.floor, header.cap
    data = make_header(archive.archive_id, header.founder, floor, cap,
                       archive.generation_keys()[1], version=2)
    _replace_header(archive, data)
    archive.header = parse_header(read_key_file(archive.layout.header))


def _replace_header(archive: Archive, data: bytes) -> None:
    """archive.json is the one file ever replaced (only here, on an explicit upgrade)."""
    write_atomically(archive.layout.header, data)
