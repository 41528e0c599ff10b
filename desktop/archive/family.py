"""The family as people see it: members with their roles, adding someone at this PC,
invitation codes for joining from another PC, and appointing organisers.

Built on :mod:`desktop.archive.membership` (grants, rotation) and the signed roster; nothing
here changes what the roster or a grant means. An invitation code is public text — the
joiner's member id and the fingerprint of their keys, plus the start of the archive id so a
code meant for another archive is refused::

    SHOPSAFE-JOIN 1a2b3c4d 0123456789abcdef ABCD-EFGH-IJKL-MNOP

It carries no secret: whoever grants still compares the fingerprint with the one the joiner
sees on their own screen (read out, or in the code sent through a chat the family trusts).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.archive.crypto import KdfParams
from desktop.archive.errors import ArchiveError, MemberNotFound, UpgradeNeeded
from desktop.text import N_

__all__ = [
    "ROLE_ORDER",
    "ForeignInvitation",
    "InvalidInvitation",
    "Invitation",
    "MemberRow",
    "OnlyFounderAppoints",
    "OnlyFounderRemovesOrganisers",
    "add_member_here",
    "check_invitation",
    "invitation_code",
    "invite",
    "member_rows",
    "parse_invitation",
    "request_of",
    "require_can_remove",
    "set_organiser",
]

# Archive = desktop.archive.store.Archive (which imports membership, which this builds on).
Archive = Any

#: Roles as the members list shows them, most responsible first.
ROLE_ORDER = ("founder", "organiser", "member", "recovery", "pending", "removed")

_CODE = re.compile(
    r"SHOPSAFE-JOIN\s+([0-9a-f]{8})\s+([0-9a-f]{16})\s+"
    r"([A-Z2-7]{4}[\s-]?[A-Z2-7]{4}[\s-]?[A-Z2-7]{4}[\s-]?[A-Z2-7]{4})(?![A-Z2-7])",
    re.IGNORECASE)


class InvalidInvitation(ArchiveError):
    default_message = N_(
        "Archive",
        "This is not a ShopSafe invitation code. Ask for the whole code: it starts with "
        "SHOPSAFE-JOIN and ends with the four groups of the fingerprint.")


class ForeignInvitation(ArchiveError):
    default_message = N_(
        "Archive",
        "This invitation code is for another archive. Ask the person to choose this family's "
        "archive folder when they ask to join.")


class OnlyFounderAppoints(ArchiveError):
    default_message = N_(
        "Archive",
        "Only the person who created this archive (or its recovery key) can make someone an "
        "organiser. Nothing was changed.")


class OnlyFounderRemovesOrganisers(ArchiveError):
    default_message = N_(
        "Archive",
        "Only the person who created this archive (or its recovery key) can remove an "
        "organiser. Nothing was changed.")


@dataclass(frozen=True)
class Invitation:
    """A parsed invitation code (see the module docstring)."""

    archive_prefix: str
    member: str
    fingerprint: str

    @property
    def code(self) -> str:
        return f"SHOPSAFE-JOIN {self.archive_prefix} {self.member} {self.fingerprint}"


@dataclass(frozen=True)
class MemberRow:
    """One member as the members list shows them.

    ``role``: founder, organiser, member, recovery (a recovery key), pending (asked to join,
    not let in) or removed. ``has_access`` only when unlocking would accept their grant of the
    newest key generation."""

    member: str
    name: str
    role: str
    fingerprint: str
    has_access: bool
    you: bool

    @property
    def organises(self) -> bool:
        return self.role in ("founder", "organiser", "recovery")


def invitation_code(archive_id: str, member: str, fingerprint: str) -> str:
    """The public invitation text for ``member`` of ``archive_id``."""
    return Invitation(archive_id[:8], member, _tidy(fingerprint)).code


def parse_invitation(text: str) -> Invitation:
    """The invitation in ``text`` (pasted from a chat: case, line breaks and extra words
    around it do not matter). Raises InvalidInvitation."""
    match = _CODE.search(text or "")
    if match is None:
        raise InvalidInvitation()
    prefix, member, fingerprint = match.groups()
    return Invitation(prefix.lower(), member.lower(), _tidy(fingerprint))


def _tidy(fingerprint: str) -> str:
    letters = re.sub(r"[\s\-]", "", fingerprint).upper()
    return "-".join(letters[i : i + 4] for i in range(0, len(letters), 4))


def check_invitation(archive: Archive, invitation: Invitation) -> Any:
    """The requesting member's public file, once the code is for this archive and the
    fingerprint in it matches their keys. Raises ForeignInvitation, FingerprintMismatch,
    ItemNotFound (their request has not synced here yet), DamagedFile."""
    from desktop.archive.membership import same_fingerprint

    if not archive.archive_id.startswith(invitation.archive_prefix):
        raise ForeignInvitation()
    archive.reload_roster()  # the grant that follows builds on the newest list of members
    member = request_of(archive, invitation.member)
    if not same_fingerprint(invitation.fingerprint, member.fingerprint):
        from desktop.archive.errors import FingerprintMismatch

        raise FingerprintMismatch(invitation.member)
    return member


def request_of(archive: Archive, member: str) -> Any:
    """The verified public member file of ``member``; raises ItemNotFound / DamagedFile."""
    from desktop.archive.encoding import FormatError
    from desktop.archive.crypto import AuthenticationFailed
    from desktop.archive.errors import ItemNotFound
    from desktop.archive.problems import damaged_from
    from desktop.archive.unlock import member_public

    try:
        return member_public(archive.layout, archive.archive_id, member)
    except FileNotFoundError:
        raise ItemNotFound(member) from None
    except (FormatError, AuthenticationFailed, OSError) as exc:
        raise damaged_from(archive.layout.rel(archive.layout.member(member)), exc) from None


def member_rows(archive: Archive) -> list[MemberRow]:
    """Every member file and every removed member, with their role on the roster (format 2)
    or in their file (format 1), most responsible first, then by name."""
    archive.reload_roster()
    current = archive.roster
    me = archive.member
    rows = []
    listed = set()
    for member, ok in archive.members():
        listed.add(member.member)
        rows.append(MemberRow(member.member, member.name, _role(archive, member, ok),
                              member.fingerprint, ok, member.member == me))
    if current is not None:
        for gone in current.revoked:
            if gone not in listed:  # their member file was deleted: still say they were removed
                rows.append(MemberRow(gone, "", "removed", "", False, gone == me))
    return sorted(rows, key=lambda r: (not r.you, ROLE_ORDER.index(r.role), r.name.casefold(),
                                       r.member))


def _role(archive: Archive, member: Any, ok: bool) -> str:
    current = archive.roster
    if current is None:
        if member.member == archive.header.founder:
            return "founder"
        return member.role if ok else "pending"
    if member.member in current.revoked:
        return "removed"
    entry = current.members.get(member.member)
    if entry is None or entry.ed25519 != member.ed25519_public:
        return "pending"
    return entry.role


def set_organiser(archive: Archive, member: str, organiser: bool = True) -> bool:
    """Make ``member`` an organiser (or a plain member again) in a new signed roster, so that
    one lost passphrase does not lock the family out. Returns False when nothing changed.

    Raises UpgradeNeeded (format 1), OnlyFounderAppoints (the roster lets only the founder
    or a recovery key change who organises), MemberNotFound (not an active member)."""
    from desktop.archive.membership import publish_roster
    from desktop.archive.roster import APPOINTERS, Entry

    archive.reload_roster()  # another member may have changed the list since we unlocked
    current = archive.roster
    if current is None:
        raise UpgradeNeeded()
    mine = current.active(archive.member)
    if mine is None or mine.role not in APPOINTERS:
        raise OnlyFounderAppoints()
    entry = current.active(member)
    if entry is None or entry.role in ("founder", "recovery"):
        raise MemberNotFound(member)
    role = "organiser" if organiser else "member"
    if entry.role == role:
        return False
    members = dict(current.members)
    members[member] = Entry(member, role, entry.ed25519, entry.x25519)
    publish_roster(archive, members, dict(current.revoked))
    return True


def add_member_here(archive: Archive, name: str, passphrase: str,
                    kdf: KdfParams | None = None, organiser: bool = False) -> str:
    """Someone at this PC joins with their own passphrase and is let in at once (the keys are
    made here, so there is no fingerprint to read out). Returns their member id.

    Raises NotAnOrganiser before anything is written; OnlyFounderAppoints for ``organiser``
    when we may not appoint (they are then a member)."""
    from desktop.archive import crypto, unlock
    from desktop.archive.membership import require_organiser

    archive.reload_roster()
    require_organiser(archive)
    member = unlock.request_membership(archive.layout, archive.header, archive.device, name,
                                       passphrase, kdf or crypto.calibrate(), archive.rng())
    archive.grant(member, request_of(archive, member).fingerprint)
    if organiser:
        set_organiser(archive, member)
    return member


def invite(folder: Path | str, passphrase: str, *, name: str = "",
           kdf: KdfParams | None = None, data_dir: Path | None = None) -> Invitation:
    """Ask to join the archive in ``folder`` from this PC: your member request, and the
    invitation code to send to an organiser (show it as text and as a QR code)."""
    from desktop.archive.fsio import read_key_file
    from desktop.archive.layout import Layout, parse_header
    from desktop.archive.opening import request_membership

    member, fingerprint = request_membership(folder, passphrase, name=name, kdf=kdf,
                                             data_dir=data_dir)
    # archive.json was read (and checked) by request_membership just before.
    archive_id = parse_header(read_key_file(Layout(Path(folder)).header)).archive_id
    return parse_invitation(invitation_code(archive_id, member, fingerprint))


def require_can_remove(archive: Archive, members: tuple[str, ...] = ()) -> None:
    """Raise NotAnOrganiser / UpgradeNeeded before asking anyone to confirm a removal, and
    OnlyFounderRemovesOrganisers when ``members`` holds an organiser and we may not appoint
    (every reader would refuse that roster: only the founder changes who organises)."""
    from desktop.archive.membership import require_organiser
    from desktop.archive.roster import APPOINTERS, ORGANISERS

    archive.reload_roster()
    current = archive.roster
    if current is None:
        raise UpgradeNeeded()
    require_organiser(archive)
    mine = current.active(archive.member)
    for member in members:
        entry = current.active(member)
        if entry is not None and entry.role in ORGANISERS and (
                mine is None or mine.role not in APPOINTERS):
            raise OnlyFounderRemovesOrganisers()

