"""Which roster files to believe, and the one roster in force when organisers wrote at once.

Roster files form a tree: each names the SHA-256 of the roster it follows (``prev``). Two
organisers adding a member at the same time write two rosters with the same serial and
parent; a removed organiser may also try to branch off a version from before their removal.
The rules (FORMAT.md §7a), applied in the order of (serial, SHA-256), so every PC that holds
the same files reaches the same roster:

1. Roster 1 is the founder's (with the key this PC pinned). Roster n+1 follows an accepted
   roster n and is signed by someone that roster lists as an organiser, with the key it
   lists, and makes only changes its signer may make (:func:`_follows`). Only the founder or
   the member themself changes a member's keys — also when the member id was first listed on
   another branch.
2. An organiser demoted or removed in roster D (signed by someone else) has no authority on
   any branch beside D: a roster they signed that is neither an ancestor nor a descendant of
   D is refused, whatever its serial — a fork from an older version after their removal as
   well as one written at the same time. When two such rosters refuse each other (two
   organisers removing each other at once), the lower role loses, then the later serial,
   then the higher SHA-256; that roster is dropped and the rest is evaluated again.
3. The roster in force merges every accepted roster: a member listed on any branch is a
   member (concurrent additions both count), everyone revoked on any branch is revoked
   (nobody revoked ever comes back), and for a member whose entry branches changed
   differently the change in the roster latest in (serial, SHA-256) order wins.
"""

from __future__ import annotations

from desktop.archive import keys
from desktop.archive.crypto import AuthenticationFailed
from desktop.archive.roster import (
    APPOINTERS,
    ORGANISERS,
    RANK,
    Candidate,
    Entry,
    Revocation,
    Roster,
    parse_roster,
)

__all__ = ["load_rosters"]


def load_rosters(
    files: list[tuple[str, bytes | Exception]],
    archive_id: str,
    founder: str,
    founder_key: bytes | None,
) -> tuple[Roster | None, list[tuple[str, Exception]]]:
    """The roster in force from every roster file, and the files refused (with why).

    ``founder_key`` is the founder's pinned key (None: trust roster 1's own entry for the
    founder named in archive.json, on first use). Returns None when no roster is accepted."""
    problems: list[tuple[str, Exception]] = []
    candidates: list[Candidate] = []
    for rel, data in files:
        if isinstance(data, Exception):
            problems.append((rel, data))
            continue
        try:
            candidates.append(parse_roster(rel, data, archive_id))
        except Exception as exc:  # noqa: BLE001 - reported, the other rosters still count
            problems.append((rel, exc))
    candidates.sort(key=lambda c: (c.serial, c.digest))
    dropped: dict[str, Exception] = {}
    signatures: set[str] = set()  # digests whose signature checked out (not checked again)
    while True:
        accepted, refused = _chain(candidates, dropped, founder, founder_key, signatures)
        loser = _conflict(accepted)
        if loser is None:
            break
        dropped[loser.digest] = AuthenticationFailed(
            "signed by an organiser who was removed or demoted on another branch")
    problems.extend(refused)
    if not accepted:
        return None, problems
    return _merge(accepted), problems


def _chain(candidates: list[Candidate], dropped: dict[str, Exception], founder: str,
           founder_key: bytes | None, signatures: set[str],
           ) -> tuple[dict[str, Candidate], list[tuple[str, Exception]]]:
    """Rule 1 over ``candidates`` (sorted), leaving out ``dropped``: accepted by digest, in
    order, and the refused files with why."""
    accepted: dict[str, Candidate] = {}
    refused: list[tuple[str, Exception]] = []
    known_keys: dict[str, tuple[bytes, bytes]] = {}  # member → keys in force so far
    for candidate in candidates:
        if candidate.digest in dropped:
            refused.append((candidate.rel, dropped[candidate.digest]))
            continue
        try:
            _accept(candidate, accepted, founder, founder_key, known_keys, signatures)
        except Exception as exc:  # noqa: BLE001 - reported, the other rosters still count
            refused.append((candidate.rel, exc))
            continue
        accepted[candidate.digest] = candidate
        parent = accepted.get(candidate.prev)
        for member, entry in candidate.roster.members.items():
            before = parent.roster.members.get(member) if parent else None
            if member not in known_keys or (before is not None and before.keys != entry.keys):
                known_keys[member] = entry.keys
    return accepted, refused


def _accept(candidate: Candidate, accepted: dict[str, Candidate], founder: str,
            founder_key: bytes | None, known_keys: dict[str, tuple[bytes, bytes]],
            signatures: set[str]) -> None:
    roster = candidate.roster
    if candidate.serial == 1:
        entry = roster.members.get(founder)
        if candidate.by != founder or entry is None or entry.role != "founder":
            raise AuthenticationFailed("the first roster is not the founder's")
        if founder_key is not None and entry.ed25519 != founder_key:
            raise AuthenticationFailed("the founder's key differs from the one this PC trusts")
        _check_signature(candidate, entry.ed25519, signatures)
        return
    previous = accepted.get(candidate.prev)
    if previous is None or previous.serial != candidate.serial - 1:
        raise AuthenticationFailed("roster follows no roster this PC accepted")
    signer = previous.roster.active(candidate.by)
    if signer is None or signer.role not in ORGANISERS:
        raise AuthenticationFailed("roster signed by someone who does not organise")
    _check_signature(candidate, signer.ed25519, signatures)
    _follows(roster, previous.roster, candidate.by, signer.role)
    for member, entry in roster.members.items():
        # A member id first listed on another branch keeps the keys it was listed with there.
        if member not in previous.roster.members and member in known_keys \
                and known_keys[member] != entry.keys \
                and not _may_change_keys(candidate.by, signer.role, member):
            raise AuthenticationFailed("roster replaces a member's keys")


def _check_signature(candidate: Candidate, public: bytes, signatures: set[str]) -> None:
    token = candidate.digest + public.hex()
    if token not in signatures:
        keys.check_signature(candidate.doc, "roster", candidate.signature, public)
        signatures.add(token)


def _may_change_keys(signer: str, signer_role: str, member: str) -> bool:
    return signer_role == "founder" or signer == member


def _organisers(roster: Roster) -> dict[str, tuple[str, bytes]]:
    return {m: (e.role, e.ed25519) for m, e in roster.members.items() if e.role in ORGANISERS}


def _follows(new: Roster, old: Roster, signer: str, signer_role: str) -> None:
    """Raise unless ``new`` is a change ``old``'s member ``signer`` may make."""
    for member, revocation in old.revoked.items():
        if new.revoked.get(member) != revocation:
            raise AuthenticationFailed("roster takes back a removal")
    for member in old.members:
        if member not in new.members and member not in new.revoked:
            # Leaving someone out is not a removal (the merge would keep them): revoke.
            raise AuthenticationFailed("roster drops a member without removing them")
    if signer_role not in APPOINTERS and _organisers(new) != _organisers(old):
        raise AuthenticationFailed("only the founder changes who organises")
    founders = {m for m, e in new.members.items() if e.role == "founder"}
    old_founders = {m for m, e in old.members.items() if e.role == "founder"}
    # Nobody becomes founder; the founder can only be removed, by a founder or recovery
    # member (after their passphrase leaked, say), never by an organiser.
    if not founders <= old_founders or (founders != old_founders
                                        and signer_role not in APPOINTERS):
        raise AuthenticationFailed("roster changes the founder")
    for member in founders:
        if new.members[member] != old.members[member]:
            raise AuthenticationFailed("roster changes the founder's keys")
    for member, entry in new.members.items():
        before = old.members.get(member)
        if before is not None and before.keys != entry.keys \
                and not _may_change_keys(signer, signer_role, member):
            raise AuthenticationFailed("roster replaces a member's keys")
    if new.legacy != old.legacy or new.legacy_records != old.legacy_records:
        raise AuthenticationFailed("roster changes the legacy records")


def _ancestors(accepted: dict[str, Candidate]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for candidate in accepted.values():  # in (serial, digest) order: parents come first
        parent = accepted.get(candidate.prev)
        found[candidate.digest] = (found[parent.digest] | {parent.digest}) if parent else set()
    return found


def _conflict(accepted: dict[str, Candidate]) -> Candidate | None:
    """Rule 2: the roster to drop next, or None when no roster conflicts with a demotion."""
    ancestors = _ancestors(accepted)
    demotions: list[tuple[str, Candidate]] = []
    for candidate in accepted.values():
        parent = accepted.get(candidate.prev)
        if parent is None:
            continue
        for member in parent.roster.members:
            if member == candidate.by or not parent.roster.organises(member):
                continue
            if not candidate.roster.organises(member):
                demotions.append((member, candidate))
    losers = [
        signed for member, demotion in demotions for signed in accepted.values()
        if signed.by == member and signed.digest != demotion.digest
        and signed.digest not in ancestors[demotion.digest]
        and demotion.digest not in ancestors[signed.digest]
    ]
    if not losers:
        return None
    return max(losers, key=lambda c: (-_rank(c, accepted), c.serial, c.digest))


def _rank(candidate: Candidate, accepted: dict[str, Candidate]) -> int:
    parent = accepted.get(candidate.prev)
    entry = (parent.roster if parent else candidate.roster).members.get(candidate.by)
    return RANK[entry.role] if entry else 0


def _merge(accepted: dict[str, Candidate]) -> Roster:
    """Rule 3: the roster in force from every accepted roster (see the module docstring)."""
    entries: dict[str, Entry] = {}
    revoked: dict[str, Revocation] = {}
    for candidate in accepted.values():  # (serial, digest) order: later changes win
        parent = accepted.get(candidate.prev)
        for member, entry in candidate.roster.members.items():
            before = parent.roster.members.get(member) if parent else None
            if member not in entries or before is None or _changed(before, entry):
                entries[member] = _keep_name(entry, entries.get(member))
        for member, revocation in candidate.roster.revoked.items():
            revoked.setdefault(member, revocation)
    head = min(accepted.values(), key=lambda c: (-c.serial, c.digest))
    members = {m: e for m, e in entries.items() if m not in revoked}
    own = head.roster
    return Roster(head.serial, head.digest, members, revoked, own.legacy, own.legacy_records,
                  base=own)


def _changed(before: Entry, after: Entry) -> bool:
    return before != after or (after.name is not None and before.name != after.name)


def _keep_name(entry: Entry, earlier: Entry | None) -> Entry:
    """A roster without the sealed name (written by an older version) keeps the known one."""
    if entry.name is None and earlier is not None and earlier.name is not None:
        return Entry(entry.member, entry.role, entry.ed25519, entry.x25519, earlier.name)
    return entry
