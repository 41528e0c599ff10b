"""Who may read and write (issue 17): the signed roster, signed records, fingerprints.

Each test is an attack that worked before the roster: through the API, because it needs key
material (a planted member file, a removed member's forged record, a replaced blob, a
swapped member file before the grant)."""

from __future__ import annotations

import dataclasses

import io
import shutil
from pathlib import Path

import pytest

from archive_helpers import PASS, fingerprint_of, grant, open_archive
from desktop.archive import (
    KDF_FLOOR,
    AccessNotGranted,
    Archive,
    ClockExhausted,
    FingerprintMismatch,
    NotAnOrganiser,
    TamperedFile,
)
from desktop.archive import blobs, records
from desktop.archive import keys as keyfiles
from desktop.archive.problems import REASONS
from desktop.archive.rng import DeterministicRandom


def _join(folder: Path, passphrase: str, name: str) -> str:
    return Archive.request_membership(folder, passphrase, name=name, kdf=KDF_FLOOR,
                                      data_dir=folder.parent / f"{name}-pc")


def _open_as(folder: Path, passphrase: str, name: str, **kwargs) -> Archive:
    return Archive.open(folder, passphrase, data_dir=folder.parent / f"{name}-pc", **kwargs)


def test_rotation_grants_only_roster_members_never_planted_or_removed_ones(make_archive):
    archive, folder = make_archive()
    budi = _join(folder, "b", "Budi")
    citra = _join(folder, "c", "Citra")
    pending = _join(folder, "p", "Pending")  # asked to join, never let in
    grant(archive, folder, budi)
    grant(archive, folder, citra)
    # A member file planted by someone who can write into the synced folder, with a
    # self-signed grant claiming generation 1.
    planted = _join(folder, "x", "Mallory")
    assert archive.rotate_key(remove=[citra]) == 2
    assert archive.rotate_key() == 3  # a later rotation does not bring Citra back
    for member in (planted, pending, citra):
        assert not (folder / "grants" / "2" / f"{member}.grant").exists()
        assert not (folder / "grants" / "3" / f"{member}.grant").exists()
    assert sorted(_open_as(folder, "b", "Budi").generation_keys()) == [1, 2, 3]
    for passphrase, name in (("x", "Mallory"), ("p", "Pending")):
        with pytest.raises(AccessNotGranted):
            _open_as(folder, passphrase, name)
    assert sorted(_open_as(folder, "c", "Citra").generation_keys()) == [1]
    access = {m.name: ok for m, ok in archive.members()}
    assert access == {"Ana": True, "Budi": True, "Citra": False, "Pending": False,
                      "Mallory": False}


def test_removed_member_cannot_write_or_forge_records(make_archive):
    archive, folder = make_archive()
    order = archive.put("order", title="Kulkas", status="paid")
    budi = _join(folder, "b", "Budi")
    grant(archive, folder, budi)
    budi_pc = _open_as(folder, "b", "Budi", device="bbbbbbbbbbbbbbbb")
    budi_pc.put("order", order, note_by_budi="before removal")  # legitimate, kept
    archive.rotate_key(remove=[budi])

    # Budi still holds generation 1 and his own signing key: he writes after his removal…
    removed = _open_as(folder, "b", "Budi", device="bbbbbbbbbbbbbbbb")
    removed.delete(order)
    # …and forges a record "as the founder" (self-declared author, signed by himself).
    ops = [removed.set_op("order", order, {"status": "refunded"})]
    forged = records.Record(device="cccccccccccccccc", lamport=50, rand="00000000000000aa",
                            author=archive.member, at="2026-01-02T03:04:05Z", ops=tuple(ops),
                            seq=1, prev="", version=2)
    data = records.encode_record(forged, archive.header.id_bytes, 1,
                                 records.record_key(removed.generation_keys()[1]),
                                 DeterministicRandom(b"forge"), removed.identity().ed25519_private)
    journal = folder / "journal" / "cccccccccccccccc"
    journal.mkdir()
    (journal / "50-00000000000000aa.rec").write_bytes(data)

    seen = open_archive(folder, device=archive.device)
    item = seen.get(order)
    assert not item.deleted and item.fields["status"] == "paid"
    assert item.fields["note_by_budi"] == "before removal"
    refused = {p.path.split("/")[1] for p in seen.problems if p.reason == REASONS["author"]}
    assert refused == {"bbbbbbbbbbbbbbbb", "cccccccccccccccc"}
    assert not seen.verify().ok


def test_replaced_blob_is_caught_by_export_and_verify(make_archive, tmp_path):
    archive, folder = make_archive()
    attachment = archive.add_attachment(io.BytesIO(b"the real receipt" * 1000), name="r.pdf")
    blob_id = archive.get(attachment).fields["blob"]
    path = folder / "objects" / blob_id[:2] / f"{blob_id}.blob"
    # Someone holding the archive key writes another blob under the same id: it decrypts.
    fake = io.BytesIO()
    blobs.encrypt_stream(io.BytesIO(b"a forged receipt" * 1000), fake, archive.header.id_bytes,
                         1, archive.generation_keys()[1], bytes.fromhex(blob_id),
                         DeterministicRandom(b"fake"))
    path.unlink()
    path.write_bytes(fake.getvalue())
    with pytest.raises(TamperedFile):
        archive.export_attachment(attachment, tmp_path / "out.pdf")
    assert not (tmp_path / "out.pdf").exists()
    assert archive.layout.rel(path) in archive.verify().damaged_paths


def test_grant_needs_the_fingerprint_the_joiner_read_out(make_archive):
    archive, folder = make_archive()
    budi = _join(folder, "b", "Budi")
    said = fingerprint_of(folder, budi)  # what Budi reads out over the phone
    # Before the grant an attacker swaps Budi's member file for one with their keys.
    real = (folder / "members" / f"{budi}.json").read_bytes()
    attacker = keyfiles.Identity(budi, b"\x07" * 32, b"\x08" * 32)
    (folder / "members" / f"{budi}.json").write_bytes(
        keyfiles.make_member(archive.archive_id, attacker, "Budi", "member"))
    with pytest.raises(FingerprintMismatch):
        archive.grant(budi, said)
    assert not (folder / "grants" / "1" / f"{budi}.grant").exists()
    (folder / "members" / f"{budi}.json").write_bytes(real)
    archive.grant(budi, said.lower().replace("-", " "))  # read out loosely: still matches
    assert _open_as(folder, "b", "Budi").member == budi


def test_non_organiser_grant_refuses_and_organiser_can_grant(make_archive):
    archive, folder = make_archive()
    budi = _join(folder, "b", "Budi")
    citra = _join(folder, "c", "Citra")
    grant(archive, folder, budi)
    with pytest.raises(NotAnOrganiser):
        grant(_open_as(folder, "b", "Budi"), folder, citra)
    assert not (folder / "grants" / "1" / f"{citra}.grant").exists()
    with pytest.raises(NotAnOrganiser):
        _open_as(folder, "b", "Budi").rotate_key()


def test_members_has_access_only_for_a_valid_grant_and_grant_repairs_it(make_archive):
    archive, folder = make_archive()
    budi = _join(folder, "b", "Budi")
    grant_path = folder / "grants" / "1" / f"{budi}.grant"
    budi_file = keyfiles.parse_member((folder / "members" / f"{budi}.json").read_bytes(),
                                      archive.archive_id)
    someone = keyfiles.Identity("1234567812345678", b"\x03" * 32, b"\x04" * 32)
    grant_path.write_bytes(keyfiles.make_grant(archive.archive_id, 1, b"\x00" * 32, budi,
                                               budi_file.x25519_public, someone,
                                               DeterministicRandom(b"bad")))
    assert dict((m.name, ok) for m, ok in archive.members())["Budi"] is False
    grant(archive, folder, budi)  # replaces the invalid grant
    assert dict((m.name, ok) for m, ok in archive.members())["Budi"] is True
    assert _open_as(folder, "b", "Budi").member == budi


def test_lamport_poisoning_never_makes_writes_vanish(make_archive):
    archive, folder = make_archive()
    order = archive.put("order", title="Kamera")
    huge = records.MAX_LAMPORT
    record = records.Record(device=archive.device, lamport=huge, rand="00000000000000ff",
                            author=archive.member, at="2026-01-02T03:04:05Z",
                            ops=(archive.set_op("order", order, {"status": "x"}),),
                            seq=2, prev=archive._own[1], version=2)
    data = records.encode_record(record, archive.header.id_bytes, 1,
                                 records.record_key(archive.generation_keys()[1]),
                                 DeterministicRandom(b"p"), archive.identity().ed25519_private)
    (folder / "journal" / archive.device / f"{huge}-00000000000000ff.rec").write_bytes(data)
    reopened = open_archive(folder, device="dddddddddddddddd")
    assert reopened.get(order).fields["status"] == "x"  # readers accept the writers' range
    with pytest.raises(ClockExhausted):
        reopened.put("order", order, status="delivered")
    with pytest.raises(records.FormatError):
        records.encode_record(records.Record("d" * 16, huge + 1, "0" * 16, "0" * 16, "t",
                                             record.ops), b"\0" * 16, 1, b"\0" * 32,
                              DeterministicRandom(b"q"))


def test_format_1_archive_opens_and_upgrades_only_when_asked(tmp_path):
    golden = Path(__file__).parent / "golden" / "v1"
    folder = tmp_path / "archive"
    shutil.copytree(golden / "archive", folder)
    import json

    expected = json.loads((golden / "expected.json").read_text())
    passphrase = expected["passphrase"]
    archive = Archive.open(folder, passphrase, data_dir=tmp_path, device="fedcba9876543210")
    assert archive.roster is None and archive.header.version == 1
    assert not (folder / "roster").exists(), "opening never upgrades"
    from desktop.archive import UpgradeNeeded

    with pytest.raises(UpgradeNeeded):
        archive.rotate_key()
    assert archive.upgrade() is True
    assert archive.upgrade() is False
    archive.put("order", expected["order"], status="returned")
    again = Archive.open(folder, passphrase, data_dir=tmp_path, device="fedcba9876543210")
    assert again.header.version == 2 and again.roster is not None
    assert again.get(expected["order"]).fields["status"] == "returned"
    assert again.get(expected["seller"]).fields["name"] == "Toko Elektronik Jaya"
    assert again.problems == [] and again.verify().ok
    # An unsigned (format 1) record written after the upgrade is refused.
    late = records.Record("0123456789abcdef", 99, "00000000000000ee", archive.member,
                          "2026-01-02T03:04:05Z",
                          (again.set_op("order", expected["order"], {"status": "lost"}),))
    data = records.encode_record(late, again.header.id_bytes, 1,
                                 records.record_key(again.generation_keys()[1]),
                                 DeterministicRandom(b"late"))
    (folder / "journal" / "0123456789abcdef" / "99-00000000000000ee.rec").write_bytes(data)
    third = Archive.open(folder, passphrase, data_dir=tmp_path, device="fedcba9876543210")
    assert third.get(expected["order"]).fields["status"] == "returned"
    assert [p.reason for p in third.problems] == [REASONS["author"]]
    # Putting the old archive.json back does not switch the old rules on again.
    (folder / "archive.json").write_bytes((golden / "archive" / "archive.json").read_bytes())
    fourth = Archive.open(folder, passphrase, data_dir=tmp_path, device="fedcba9876543210")
    assert fourth.roster is not None
    assert "archive.json" in [p.path for p in fourth.problems]
    assert PASS  # the helpers' passphrase is unrelated to the golden one


def test_new_recovery_key_revokes_the_old_recovery_identity(make_archive):
    archive, folder = make_archive()
    old_key = archive.create_recovery_key()
    old_slots = {p: p.read_bytes() for p in (folder / "slots").rglob("*.slot")}
    archive.create_recovery_key()
    old_identity = next(m for m in archive.roster.revoked)
    assert archive.roster.revoked[old_identity].generation == 2
    # An old copy of the slot (a backup, version history) comes back …
    for path, data in old_slots.items():
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    archive.rotate_key()
    leaked = Archive.open(folder, recovery_key=old_key, data_dir=folder.parent / "thief")
    assert sorted(leaked.generation_keys()) == [1]  # nothing after the revocation
    order = leaked.put("order", title="forged")
    assert order not in [i.id for i in open_archive(folder, device=archive.device).items()]


def test_leaked_passphrase_identity_can_be_removed_even_the_founders(make_archive):
    """After a leak: recovery key → new identity → remove the old one (here the founder)."""
    archive, folder = make_archive()
    recovery = archive.create_recovery_key()
    old_slot = {p: p.read_bytes() for p in (folder / "slots" / archive.member).glob("*.slot")}
    founder = archive.member
    archive.change_passphrase("new secret", KDF_FLOOR)
    rescued = Archive.open(folder, recovery_key=recovery, data_dir=folder.parent)
    new_member = rescued.add_passphrase_identity("Ana", "fresh secret", KDF_FLOOR)
    assert rescued.rotate_key(remove=[founder]) == 2
    for path, data in old_slot.items():  # the leaked passphrase's slot, from a backup
        path.write_bytes(data)
    thief = Archive.open(folder, PASS, data_dir=folder.parent / "thief")
    assert sorted(thief.generation_keys()) == [1]
    me = Archive.open(folder, "fresh secret", data_dir=folder.parent / "new-pc")
    assert me.member == new_member and sorted(me.generation_keys()) == [1, 2]


def test_a_planted_huge_sequence_in_our_folder_never_makes_our_writes_unreadable(make_archive):
    # Budi (a member, with the key) drops a record with the largest sequence into Ana's
    # device folder. Ana's own chain is hers alone: her next write must stay readable.
    archive, folder = make_archive()
    order = archive.put("order", title="Kamera")
    budi = _join(folder, "b", "Budi")
    grant(archive, folder, budi)
    archive.lock()
    mallory = _open_as(folder, "b", "Budi")
    top = 2**53 - 1
    record = records.Record(device=archive.device, lamport=mallory._state.max_lamport + 1,
                            rand="00000000000000ee", author=budi, at="2026-01-02T03:04:05Z",
                            ops=(mallory.set_op("order", order, {"note": "x"}),),
                            seq=top, prev="0" * 64, version=2)
    gen = max(mallory.generation_keys())
    data = records.encode_record(record, mallory.header.id_bytes, gen,
                                 records.record_key(mallory.generation_keys()[gen]),
                                 DeterministicRandom(b"p"), mallory.identity().ed25519_private)
    (folder / "journal" / archive.device / f"{record.lamport}-00000000000000ee.rec") \
        .write_bytes(data)
    ana = open_archive(folder, device=archive.device)
    ana.put("order", order, status="delivered")
    assert open_archive(folder, device="dddddddddddddddd").get(order).fields["status"] \
        == "delivered"
    with pytest.raises(records.FormatError):
        records.encode_record(dataclasses.replace(record, seq=2**53), mallory.header.id_bytes,
                              gen, records.record_key(mallory.generation_keys()[gen]),
                              DeterministicRandom(b"q"), mallory.identity().ed25519_private)


def test_verify_refuses_a_grant_signed_by_a_member_who_does_not_organise(make_archive):
    # Budi is on the roster but not an organiser: unlock ignores a grant he signs for
    # Citra, so verify must report it rather than call the archive healthy.
    archive, folder = make_archive()
    budi = _join(folder, "b", "Budi")
    citra = _join(folder, "c", "Citra")
    grant(archive, folder, budi)
    assert archive.verify().ok
    signer = _open_as(folder, "b", "Budi")
    citra_file = keyfiles.parse_member((folder / "members" / f"{citra}.json").read_bytes(),
                                       archive.archive_id)
    generation = max(archive.generation_keys())
    data = keyfiles.make_grant(archive.archive_id, generation,
                               archive.generation_keys()[generation], citra,
                               citra_file.x25519_public, signer.identity(),
                               DeterministicRandom(b"g"))
    (folder / "grants" / str(generation) / f"{citra}.grant").write_bytes(data)
    report = archive.verify()
    assert not report.ok
    assert any(f"{citra}.grant" in str(p) for p in report.problems)
