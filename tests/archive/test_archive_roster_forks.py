"""Concurrent and hostile roster versions (issue 17): forks, concurrent grants, key changes.

Through the API: each case needs key material (an organiser's signing key). Every roster here
is written the way ShopSafe writes one (``publish_roster``, or ``make_roster`` with the
member's own identity on top of an old version), so these fail on the old rule "the highest
serial wins"."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from archive_helpers import grant, open_archive
from desktop.archive import KDF_FLOOR, AccessNotGranted, Archive
from desktop.archive import roster as roster_file
from desktop.archive.errors import RosterRefused
from desktop.archive.membership import publish_roster
from desktop.archive.roster import Entry, Roster, load_rosters
from desktop.archive.unlock import member_public


def _join(folder: Path, passphrase: str, name: str) -> str:
    return Archive.request_membership(folder, passphrase, name=name, kdf=KDF_FLOOR,
                                      data_dir=folder.parent / f"{name}-pc")


def _open_as(folder: Path, passphrase: str, name: str, **kwargs) -> Archive:
    return Archive.open(folder, passphrase, data_dir=folder.parent / f"{name}-pc", **kwargs)


def _set_role(archive: Archive, member: str, role: str) -> None:
    members = dict(archive.roster.members)
    old = members[member]
    members[member] = Entry(member, role, old.ed25519, old.x25519)
    publish_roster(archive, members, dict(archive.roster.revoked))


def _entry(archive: Archive, member: str, role: str = "member") -> Entry:
    public = member_public(archive.layout, archive.archive_id, member)
    return Entry(member, role, public.ed25519_public, public.x25519_public)


def _fork(archive: Archive, parent: Roster, members: dict[str, Entry], signer: Archive) -> Roster:
    """Roster ``parent.serial + 1`` written by ``signer`` on top of ``parent``."""
    data = roster_file.make_roster(archive.archive_id, parent.serial + 1, parent.digest,
                                   members, dict(parent.revoked), parent.legacy,
                                   signer.identity())
    path = archive.layout.roster(parent.serial + 1, signer.member)
    path.write_bytes(data)
    return roster_file.parse_roster(f"roster/{path.name}", data, archive.archive_id).roster


def _load(archive: Archive, seed: int | None = None) -> tuple[Roster, list[str]]:
    files = [(f"roster/{p.name}", p.read_bytes())
             for p in sorted((archive.layout.root / "roster").iterdir())]
    if seed is not None:
        random.Random(seed).shuffle(files)
    current, refused = load_rosters(files, archive.archive_id, archive.header.founder,
                                    archive.founder_pin)
    return current, sorted(rel for rel, _exc in refused)


def _family(make_archive):
    """Ana (founder), Budi an organiser, Citra a member."""
    ana, folder = make_archive()
    budi = _join(folder, "b", "Budi")
    citra = _join(folder, "c", "Citra")
    grant(ana, folder, budi)
    grant(ana, folder, citra)
    _set_role(ana, budi, "organiser")
    return ana, folder, budi, citra


def test_removed_organiser_cannot_branch_from_a_version_before_their_removal(make_archive):
    ana, folder, budi, citra = _family(make_archive)
    budi_pc = _open_as(folder, "b", "Budi")
    before_removal = budi_pc.roster.own  # serial 4: Budi organises in it
    ana.rotate_key(remove=[budi])  # 5
    dewi = _join(folder, "d", "Dewi")
    grant(ana, folder, dewi)  # 6: Ana's chain moved on
    # Afterwards Budi branches off serial 4, three rosters deep (so his branch has the
    # highest serial), adding Mallory — a second key pair of his.
    mallory = _join(folder, "m", "Mallory")
    members = {**before_removal.members, mallory: _entry(ana, mallory)}
    tip = before_removal
    for _ in range(3):
        tip = _fork(ana, tip, members, budi_pc)
    for seed in (None, 1, 2):
        current, refused = _load(ana, seed)
        assert set(current.members) == {ana.member, citra, dewi}
        assert budi in current.revoked and current.serial == 6
        assert refused == [f"roster/{serial}-{budi}.roster" for serial in (5, 6, 7)]
    assert mallory not in open_archive(folder, device=ana.device).roster.members
    with pytest.raises(AccessNotGranted):
        _open_as(folder, "m", "Mallory")


def test_removed_organisers_roster_at_the_same_serial_as_the_removal_loses(make_archive):
    ana, folder, budi, citra = _family(make_archive)
    budi_pc = _open_as(folder, "b", "Budi")
    mallory = _join(folder, "m", "Mallory")
    # At the same time: Ana removes Budi, Budi (who has not seen it) lets Mallory in.
    ana.rotate_key(remove=[budi])
    with pytest.raises(RosterRefused):  # Budi's PC sees at once that his roster lost
        grant(budi_pc, folder, mallory)
    outcomes = set()
    for seed in (None, 3, 4, 5):
        current, refused = _load(ana, seed)
        outcomes.add((current.digest, tuple(sorted(current.members))))
        assert refused == [f"roster/5-{budi}.roster"]
    assert outcomes == {(ana.roster.digest, tuple(sorted([ana.member, citra])))}
    with pytest.raises(AccessNotGranted):
        _open_as(folder, "m", "Mallory")


def test_founder_and_recovery_removing_each_other_at_once_resolve_the_same_way(make_archive):
    ana, folder = make_archive()
    recovery_key = ana.create_recovery_key()
    rescuer = Archive.open(folder, recovery_key=recovery_key, data_dir=folder.parent / "r")
    recovery_member = rescuer.member
    ana.rotate_key(remove=[recovery_member])
    with pytest.raises(RosterRefused):  # has not seen Ana's roster yet: theirs loses
        rescuer.rotate_key(remove=[ana.member])
    for seed in (None, 7, 8):
        current, refused = _load(ana, seed)
        assert ana.member in current.members and recovery_member in current.revoked
        assert refused == [f"roster/3-{recovery_member}.roster"]
    assert open_archive(folder, data_dir=folder.parent / "fresh").member == ana.member


def test_concurrent_grants_by_two_organisers_keep_both_members(make_archive):
    ana, folder, budi, citra = _family(make_archive)
    budi_pc = _open_as(folder, "b", "Budi")
    dewi = _join(folder, "d", "Dewi")
    eka = _join(folder, "e", "Eka")
    # Both organisers hold roster 4 and let someone in at the same time: two rosters 5.
    grant(ana, folder, dewi)
    grant(budi_pc, folder, eka)
    assert sorted(p.name.split("-")[0] for p in (folder / "roster").iterdir()) \
        == ["1", "2", "3", "4", "5", "5"]
    current, refused = _load(ana)
    assert refused == [] and {dewi, eka} <= set(current.members)
    written = {}
    for passphrase, name in (("d", "Dewi"), ("e", "Eka")):
        member = _open_as(folder, passphrase, name)
        written[name] = member.put("order", title=f"{name}'s order")
    reader = open_archive(folder, device=ana.device)
    assert {reader.get(i).fields["title"] for i in written.values()} \
        == {"Dewi's order", "Eka's order"}
    assert reader.problems == []
    # The next rotation grants the new key to both; a later roster keeps both.
    assert reader.rotate_key() == 2
    for name in ("Dewi", "Eka"):
        assert (folder / "grants" / "2" / f"{dewi if name == 'Dewi' else eka}.grant").exists()
    assert {dewi, eka} <= set(_load(ana)[0].members)


def test_only_the_founder_or_the_member_changes_a_members_keys(make_archive):
    ana, folder, budi, citra = _family(make_archive)
    budi_pc = _open_as(folder, "b", "Budi")
    mallory = _join(folder, "m", "Mallory")
    stolen = _entry(ana, mallory)  # keys Budi controls
    members = dict(budi_pc.roster.members)
    members[citra] = Entry(citra, "member", stolen.ed25519, stolen.x25519)
    with pytest.raises(RosterRefused):
        publish_roster(budi_pc, members, dict(budi_pc.roster.revoked))
    current, refused = _load(ana)
    assert refused == [f"roster/5-{budi}.roster"]
    assert current.members[citra].ed25519 == _entry(ana, citra).ed25519
    assert _open_as(folder, "c", "Citra").member == citra
    # The founder may (a member who lost their keys), and so may the member themself.
    publish_roster(ana, {**ana.roster.members, citra: Entry(citra, "member", stolen.ed25519,
                                                            stolen.x25519)},
                   dict(ana.roster.revoked))
    assert _load(ana)[0].members[citra].ed25519 == stolen.ed25519
