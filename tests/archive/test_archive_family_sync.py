"""Two family members on two PCs, their copies of one archive synced by copying files by hand:
diverged copies merge, concurrent edits are reviewed and resolved with a signed record,
arrivals appear without unlocking again, and sync engines' conflict copies are absorbed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from archive_helpers import PASS
from desktop.archive import KDF_FLOOR, create_archive, open_archive, request_membership
from desktop.archive.copies import original_name
from test_archive_sync import copy_new_files

BUDI_PASS = "budi naik sepeda ke pasar pagi"


@pytest.fixture
def family(tmp_path: Path):
    """Ibu's archive at home and Budi's copy on his laptop, each PC with its own data folder."""
    home, laptop = tmp_path / "home" / "Keluarga.shopsafe", tmp_path / "laptop" / "Keluarga.shopsafe"
    ibu_data, budi_data = tmp_path / "ibu-data", tmp_path / "budi-data"
    ibu = create_archive(home, PASS, name="Ibu", kdf=KDF_FLOOR, data_dir=ibu_data)
    member, fingerprint = request_membership(home, BUDI_PASS, name="Budi", kdf=KDF_FLOOR,
                                             data_dir=budi_data)
    ibu.grant(member, fingerprint)
    shared = ibu.add_order(title="Kulkas", seller="Toko Dingin", total="Rp 3.000.000")
    shutil.copytree(home, laptop, ignore=shutil.ignore_patterns(".tmp"))
    budi = open_archive(laptop, BUDI_PASS, data_dir=budi_data)
    yield ibu, budi, home, laptop, shared
    ibu.lock()
    budi.lock()


def sync(a: Path, b: Path) -> None:
    copy_new_files(a, b)
    copy_new_files(b, a)


def snapshot(session) -> list:
    return session._archive.state_snapshot()


def test_diverged_copies_merge_and_a_conflict_is_reviewed_and_resolved(family):
    ibu, budi, home, laptop, shared = family
    # Apart: both edit the same field, different fields, and add their own things.
    ibu.update_order(shared, title="Kulkas 2 pintu", status="paid")
    budi.update_order(shared, title="Kulkas Sharp", total="Rp 2.950.000")
    ibu_order = ibu.add_order(title="Setrika")
    ibu.add_bytes(ibu_order, b"%PDF-1.4 nota", "nota.pdf")
    budi.add_note(shared, "Penjual janji kirim Senin")
    budi.add_bytes(shared, b"\x89PNG chat", "chat.png")

    sync(home, laptop)
    ibu_changes, budi_changes = ibu.refresh(), budi.refresh()
    assert shared in ibu_changes.orders and ibu_order in budi_changes.orders
    assert len(ibu_changes.attachments) == 1 and len(budi_changes.attachments) == 1
    assert snapshot(ibu) == snapshot(budi)
    order = ibu.order(shared)
    assert (order.status, order.total) == ("paid", "Rp 2.950.000")
    assert order.needs_review and len(order.attachments) == 1
    assert [n.text for n in ibu.notes(shared)] == ["Penjual janji kirim Senin"]
    assert [a.name for a in budi.attachments(ibu_order)] == ["nota.pdf"]

    (conflict,) = ibu.conflicts()
    assert budi.conflicts() == [conflict]
    assert (conflict.item, conflict.field, conflict.label) == (shared, "title", order.title)
    versions = {v.value: v.author_name for v in conflict.versions}
    assert versions == {"Kulkas 2 pintu": "Ibu", "Kulkas Sharp": "Budi"}
    assert conflict.shown.value == order.title
    assert all(v.at for v in conflict.versions)

    # Budi keeps his mother's version: a record signed by Budi that replaces both.
    budi.resolve_conflict(conflict, "Kulkas 2 pintu")
    assert budi.conflicts() == [] and not budi.order(shared).needs_review
    sync(home, laptop)
    assert shared in ibu.refresh().orders
    assert ibu.conflicts() == [] and ibu.order(shared).title == "Kulkas 2 pintu"
    last = [c for c in ibu._archive.history(shared) if c.field == "title"][-1]
    assert last.author == budi.member and last.value == "Kulkas 2 pintu"
    # Signed and admitted from a cold start too, with nothing damaged.
    ibu.lock()
    again = open_archive(home, PASS, data_dir=home.parent.parent / "ibu-data")
    assert again.problems == [] and again.verify().ok
    assert again.order(shared).title == "Kulkas 2 pintu" and again.conflicts() == []
    again.lock()


def test_refresh_takes_in_new_records_only_once_and_waits_for_partial_files(family):
    ibu, budi, home, laptop, _shared = family
    assert not ibu.refresh()  # nothing arrived
    order = budi.add_order(title="Sepeda")
    record = next(p for p in (laptop / "journal" / budi._archive.device).iterdir())
    target = home / "journal" / record.parent.name / record.name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(record.read_bytes()[:40])  # a sync engine still copying (Dropbox does)
    changes = ibu.refresh()
    assert not changes and [p.path for p in ibu.problems] == [
        f"journal/{record.parent.name}/{record.name}"]
    shutil.copy(record, target)
    assert ibu.refresh().orders == {order}
    assert ibu.problems == [] and ibu.order(order).title == "Sepeda"
    assert not ibu.refresh()


SUFFIXES = {
    "Syncthing": ".sync-conflict-20260102-030405-7QK2M1A",
    "Dropbox": " (Budi's conflicted copy 2026-01-02)",
    "Nextcloud": " (conflicted copy 2026-01-02 030405)",
    "OneDrive": "-DESKTOP-7QK2M1A",
    "numbered": " (1)",
}


def conflict_name(name: str, suffix: str) -> str:
    stem, _dot, ext = name.partition(".")
    return f"{stem}{suffix}.{ext}"


@pytest.mark.parametrize("engine", sorted(SUFFIXES))
def test_conflict_copies_of_every_file_are_absorbed(family, engine):
    ibu, budi, home, laptop, shared = family
    ibu.add_bytes(shared, b"%PDF-1.4 nota", "nota.pdf")
    budi.add_note(shared, "Sudah dibayar")
    sync(home, laptop)
    assert budi.refresh()
    before = open_archive(home, PASS, data_dir=home.parent.parent / "ibu-data")
    expected = snapshot(before)
    before.lock()
    files = [p for p in home.rglob("*") if p.is_file() and ".tmp" not in p.parts
             and p.name != "archive.json"]
    copies = []
    for path in files:
        copy = path.with_name(conflict_name(path.name, SUFFIXES[engine]))
        assert original_name(copy.name) == path.name
        shutil.copy2(path, copy)
        copies.append(copy)
    # A record whose only surviving name is the copy's is still read.
    journal = sorted((home / "journal" / budi._archive.device).iterdir())
    only_copy = next(p for p in journal if original_name(p.name) is None)
    only_copy.unlink()

    reopened = open_archive(home, PASS, data_dir=home.parent.parent / "ibu-data")
    assert reopened.problems == []
    assert snapshot(reopened) == expected
    result = reopened.verify()
    assert result.ok, result.damaged
    noted = {n.path for n in result.notes}
    assert {c.relative_to(home).as_posix() for c in copies
            if c.parts[-3] != "journal" and c.parts[-2] != "journal"} - noted == set()
    # Budi's PC, refreshing, takes the copies in as duplicates: nothing new, nothing reported.
    sync(home, laptop)
    assert not budi.refresh() and budi.problems == []
    assert all(c.exists() for c in copies)  # never deleted
    reopened.lock()


def test_a_damaged_conflict_copy_is_reported_and_the_original_still_counts(family):
    ibu, _budi, home, _laptop, shared = family
    record = sorted((home / "journal" / ibu._archive.device).iterdir())[-1]
    copy = record.with_name(conflict_name(record.name, SUFFIXES["Syncthing"]))
    copy.write_bytes(record.read_bytes()[:-5] + b"xxxxx")
    assert not ibu.refresh()
    assert [p.path for p in ibu.problems] == [copy.relative_to(home).as_posix()]
    assert ibu.order(shared).title == "Kulkas"


@pytest.mark.parametrize("name, original", [
    ("12-0123456789abcdef.rec", None),
    ("12-0123456789abcdef~1.rec", "12-0123456789abcdef.rec"),
    ("0123456789abcdef0123456789abcdef_2.blob", "0123456789abcdef0123456789abcdef.blob"),
    ("3-0123456789abcdef (2).roster", "3-0123456789abcdef.roster"),
    ("0123456789abcdef.json", None),
    ("notes (1).txt", None),
    ("0123456789abcdefX.json", None),
])
def test_original_name(name, original):
    assert original_name(name) == original


def test_refresh_takes_in_a_member_added_and_a_key_rotated_on_another_pc(family, tmp_path):
    ibu, budi, home, laptop, shared = family
    # Ibu's second PC (her laptop copy) lets Sari in, Sari writes, then Ibu rotates the key.
    ibu_laptop = open_archive(laptop, PASS, data_dir=tmp_path / "ibu-laptop-data")
    sari, fingerprint = request_membership(laptop, "sari suka bakso pedas sekali", name="Sari",
                                           kdf=KDF_FLOOR, data_dir=tmp_path / "sari-data")
    ibu_laptop.grant(sari, fingerprint)
    sari_session = open_archive(laptop, "sari suka bakso pedas sekali",
                                data_dir=tmp_path / "sari-data")
    sari_order = sari_session.add_order(title="Blender")
    sari_device = sari_session._archive.device
    # Sari's record arrives before the roster that lists her: refused for now, not lost.
    journal = laptop / "journal" / sari_device
    for path in journal.iterdir():
        (home / "journal" / sari_device).mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, home / "journal" / sari_device / path.name)
    assert not ibu.refresh()
    assert any(p.path.startswith(f"journal/{sari_device}/") for p in ibu.problems)
    sync(home, laptop)
    arrived = ibu.refresh()
    assert arrived.orders == {sari_order} and ibu.problems == []
    assert ibu.order(sari_order).title == "Blender"

    assert ibu_laptop.rotate_key() == 2
    after = ibu_laptop.add_order(title="Ditulis dengan kunci baru")
    sync(home, laptop)
    assert ibu.refresh().orders == {after}
    assert ibu.order(after).title == "Ditulis dengan kunci baru" and ibu.problems == []
    assert budi.refresh().orders >= {after, sari_order}
    for session in (ibu_laptop, sari_session):
        session.lock()


def test_an_archive_can_be_made_inside_a_folder_a_sync_engine_already_manages(tmp_path):
    folder = tmp_path / "Keluarga"
    (folder / ".stfolder").mkdir(parents=True)
    (folder / ".stignore").write_text("// nothing ignored\n")
    (folder / "desktop.ini").write_text("[.ShellClassInfo]\n")
    session = create_archive(folder, PASS, name="Ibu", kdf=KDF_FLOOR, data_dir=tmp_path)
    order = session.add_order(title="Panci")
    session.lock()
    again = open_archive(folder, PASS, data_dir=tmp_path)
    assert again.order(order).title == "Panci" and again.problems == []
    assert again.verify().ok
    again.lock()
    (tmp_path / "Other").mkdir()
    (tmp_path / "Other" / "holiday.jpg").write_bytes(b"\xff\xd8")
    from desktop.archive import FolderNotEmpty

    with pytest.raises(FolderNotEmpty):
        create_archive(tmp_path / "Other", PASS, kdf=KDF_FLOOR, data_dir=tmp_path)


def test_refresh_and_a_fresh_unlock_agree_on_a_record_planted_in_anothers_folder(family, tmp_path):
    ibu, budi, home, laptop, shared = family
    ibu_device = ibu._archive.device
    # Budi's PC writes into Ibu's device folder (a second record for her next sequence number)
    # while Ibu writes her own: sifting keeps the folder owner's chain.
    from desktop.archive import Archive

    planter = Archive.open(laptop, BUDI_PASS, device=ibu_device, data_dir=tmp_path / "planter")
    planter.put("order", shared, title="Kulkas (planted)")
    planter.lock()
    ibu.update_order(shared, status="paid")
    sync(home, laptop)
    ibu.refresh()
    refreshed = (snapshot(ibu), sorted(p.path for p in ibu.problems))
    ibu.lock()
    again = open_archive(home, PASS, data_dir=tmp_path / "ibu-data")
    reopened = (snapshot(again), sorted(p.path for p in again.problems
                                        if p.path.startswith("journal/")))
    assert refreshed[0] == reopened[0]
    assert refreshed[1] == reopened[1] and refreshed[1]  # the planted record, refused by both
    assert again.order(shared).title == "Kulkas" and again.order(shared).status == "paid"
    again.lock()
