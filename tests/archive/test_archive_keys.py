"""Keys: KDF bounds, calibration, passphrase change, recovery key, versions, wrong secrets."""

from __future__ import annotations

import time

import pytest

from archive_helpers import PASS, grant, open_archive
from desktop.archive import (
    KDF_CAP,
    KDF_FLOOR,
    Archive,
    ArchiveExists,
    ArchiveNotFound,
    InvalidRecoveryKey,
    KdfParametersRefused,
    KdfParams,
    TamperedFile,
    UnsupportedVersion,
    WrongPassphrase,
    calibrate,
)
from desktop.archive import keys as keyfiles
from desktop.archive.encoding import canonical_json, parse_canonical_json
from desktop.archive.keys import Identity
from desktop.archive.rng import DeterministicRandom


def _rewrite_slot_params(folder, params: KdfParams) -> None:
    """Replace the passphrase slot with one that asks for ``params`` (signed correctly)."""
    for path in (folder / "slots").rglob("*.slot"):
        doc = parse_canonical_json(path.read_bytes())
        if doc["kdf"]["alg"] == "argon2id":
            doc["kdf"].update(params.to_json())
            path.write_bytes(canonical_json(doc))


@pytest.mark.parametrize(
    "params",
    [
        KdfParams(KDF_FLOOR.memory_kib - 1, KDF_FLOOR.iterations, 1),
        KdfParams(KDF_FLOOR.memory_kib, KDF_FLOOR.iterations - 1, 1),
        KdfParams(KDF_CAP.memory_kib * 4, KDF_FLOOR.iterations, 1),  # would need 4 GiB
        KdfParams(KDF_FLOOR.memory_kib, 10_000, 1),  # would run for hours
        KdfParams(KDF_FLOOR.memory_kib, KDF_FLOOR.iterations, 64),
    ],
    ids=["memory-below-floor", "iterations-below-floor", "memory-above-cap",
         "iterations-above-cap", "lanes-above-cap"],
)
def test_slot_kdf_parameters_outside_bounds_are_refused_fast(make_archive, params):
    archive, folder = make_archive()
    archive.lock()
    _rewrite_slot_params(folder, params)
    start = time.perf_counter()
    with pytest.raises(KdfParametersRefused):
        open_archive(folder)
    assert time.perf_counter() - start < 2.0, "refused before any Argon2id work"


def test_creating_below_the_floor_is_refused(tmp_path):
    with pytest.raises(KdfParametersRefused):
        Archive.create(tmp_path / "x", PASS, kdf=KdfParams(1024, 1, 1), data_dir=tmp_path)
    assert not (tmp_path / "x" / "archive.json").exists()


def test_archive_json_cannot_lower_the_program_floor(make_archive):
    archive, folder = make_archive()
    header = archive.header
    weaker = type(header)(header.archive_id, header.founder, KdfParams(8, 1, 1),
                          KdfParams(10**9, 10**6, 255), header.mac, header.signed_part)
    assert weaker.effective_bounds() == (KDF_FLOOR, KDF_CAP)


@pytest.mark.slow
def test_calibration_targets_half_to_one_second():
    params = calibrate(0.6)
    start = time.perf_counter()
    keyfiles.make_slot("0" * 32, Identity("0" * 16, b"\1" * 32, b"\2" * 32), "1" * 16,
                       b"pw", params, DeterministicRandom(b"x"))
    elapsed = time.perf_counter() - start
    assert KDF_FLOOR <= params
    # Generous: two CPUs are shared with other test runs.
    assert 0.15 < elapsed < 4.0, (params, elapsed)


def test_wrong_passphrase(make_archive):
    archive, folder = make_archive()
    archive.lock()
    with pytest.raises(WrongPassphrase):
        open_archive(folder, "not it")
    with pytest.raises(WrongPassphrase):
        open_archive(folder, PASS + " ")


def test_passphrase_is_unicode_normalised(tmp_path):
    composed = "contrase\u00f1a"
    decomposed = "contrasen\u0303a"
    archive = Archive.create(tmp_path / "a", composed, kdf=KDF_FLOOR, data_dir=tmp_path)
    archive.lock()
    assert Archive.open(tmp_path / "a", decomposed, data_dir=tmp_path)


def test_passphrase_change_is_one_new_slot_and_the_old_one_stops_working(make_archive):
    archive, folder = make_archive()
    order = archive.put("order", title="TV")
    before = sorted((folder / "slots").rglob("*.slot"))
    archive.change_passphrase("new passphrase", kdf=KDF_FLOOR)
    after = sorted((folder / "slots").rglob("*.slot"))
    assert len(after) == len(before) and after != before
    archive.lock()
    with pytest.raises(WrongPassphrase):
        open_archive(folder, PASS)
    assert open_archive(folder, "new passphrase").get(order).fields["title"] == "TV"


def test_recovery_key_opens_and_a_new_one_retires_the_old(make_archive):
    archive, folder = make_archive()
    order = archive.put("order", title="Kulkas")
    first = archive.create_recovery_key()
    assert len(first.split("-")) == 14
    reopened = Archive.open(folder, recovery_key=first.lower().replace("-", " "),
                            data_dir=folder.parent)
    assert reopened.get(order).fields["title"] == "Kulkas"
    second = reopened.create_recovery_key()
    with pytest.raises(WrongPassphrase):
        Archive.open(folder, recovery_key=first, data_dir=folder.parent)
    assert Archive.open(folder, recovery_key=second, data_dir=folder.parent).items()
    assert open_archive(folder).verify().ok


def test_recovery_key_typos_are_caught_by_the_checksum(make_archive):
    archive, folder = make_archive()
    key = archive.create_recovery_key()
    typo = ("B" if key[0] != "B" else "C") + key[1:]
    with pytest.raises(InvalidRecoveryKey):
        Archive.open(folder, recovery_key=typo, data_dir=folder.parent)
    with pytest.raises(InvalidRecoveryKey):
        Archive.open(folder, recovery_key="ABCD", data_dir=folder.parent)


def test_recovery_then_new_passphrase(make_archive):
    archive, folder = make_archive()
    order = archive.put("order", title="Laptop")
    key = archive.create_recovery_key()
    archive.lock()
    recovered = Archive.open(folder, recovery_key=key, data_dir=folder.parent)
    recovered.add_passphrase_identity("Ana", "fresh start", KDF_FLOOR)
    again = open_archive(folder, "fresh start")
    assert again.get(order).fields["title"] == "Laptop"
    again.put("order", order, title="Laptop baru")
    assert again.verify().ok


def test_future_archive_version_is_refused_cleanly(make_archive):
    archive, folder = make_archive()
    archive.lock()
    doc = parse_canonical_json((folder / "archive.json").read_bytes())
    doc["version"] = 3
    (folder / "archive.json").write_bytes(canonical_json(doc))
    with pytest.raises(UnsupportedVersion) as info:
        open_archive(folder)
    assert info.value.version == 3
    assert "newer version" in str(info.value)


def test_future_record_version_is_reported_and_skipped(make_archive):
    archive, folder = make_archive()
    keep = archive.put("order", title="kept")
    record = next((folder / "journal").rglob("*.rec"))
    future = record.with_name("77-00000000000000ff.rec")
    data = bytearray(record.read_bytes())
    data[8] = 3
    future.write_bytes(bytes(data))
    reopened = open_archive(folder, device=archive.device)
    assert [p.path.split("/")[-1] for p in reopened.problems] == [future.name]
    assert "newer version" in str(reopened.problems[0])
    assert reopened.get(keep)


def test_missing_folder_and_existing_archive(tmp_path, make_archive):
    with pytest.raises(ArchiveNotFound):
        Archive.open(tmp_path / "nothing", PASS, data_dir=tmp_path)
    _, folder = make_archive()
    with pytest.raises(ArchiveExists):
        Archive.create(folder, PASS, kdf=KDF_FLOOR, data_dir=tmp_path)


def test_locking_drops_keys_state_and_index(make_archive):
    from desktop.archive import ArchiveLocked

    archive, _ = make_archive()
    order = archive.put("order", title="Lemari")
    archive.lock()
    assert archive.locked
    for call in (lambda: archive.get(order), lambda: archive.search("lemari"),
                 lambda: archive.put("order", title="x"), archive.verify, archive.items):
        with pytest.raises(ArchiveLocked):
            call()
    assert archive._keys == {} and archive._record_keys == {} and archive._index is None


def test_a_second_member_joins_with_their_own_passphrase(make_archive):
    from desktop.archive import AccessNotGranted

    archive, folder = make_archive()
    order = archive.put("order", title="Mesin cuci")
    budi = Archive.request_membership(folder, "sandi Budi", name="Budi", kdf=KDF_FLOOR,
                                      data_dir=folder.parent)
    with pytest.raises(AccessNotGranted):
        open_archive(folder, "sandi Budi")
    assert {(m.name, ok) for m, ok in archive.members()} == {("Ana", True), ("Budi", False)}
    grant(archive, folder, budi)
    grant(archive, folder, budi)  # idempotent
    joined = open_archive(folder, "sandi Budi", device="bbbbbbbbbbbbbbbb")
    assert joined.member == budi
    assert joined.get(order).fields["title"] == "Mesin cuci"
    joined.put("order", order, status="delivered")
    assert open_archive(folder).get(order).fields["status"] == "delivered"
    assert joined.verify().ok


def test_a_grant_signed_by_an_untrusted_member_is_refused(make_archive):
    """Budi (not the founder) may not let Citra in: only the founder's grants are trusted."""
    archive, folder = make_archive()
    budi = Archive.request_membership(folder, "b", name="Budi", kdf=KDF_FLOOR,
                                      data_dir=folder.parent)
    grant(archive, folder, budi)
    citra = Archive.request_membership(folder, "c", name="Citra", kdf=KDF_FLOOR,
                                       data_dir=folder.parent)
    from desktop.archive import AccessNotGranted, NotAnOrganiser

    budi_archive = open_archive(folder, "b")
    with pytest.raises(NotAnOrganiser):  # refused clearly, nothing written
        grant(budi_archive, folder, citra)
    with pytest.raises(AccessNotGranted):
        open_archive(folder, "c")
    # A grant Budi writes by hand (he holds the key) is still not trusted by Citra's unlock.
    citra_file = keyfiles.parse_member((folder / "members" / f"{citra}.json").read_bytes(),
                                       archive.archive_id)
    (folder / "grants" / "1" / f"{citra}.grant").write_bytes(keyfiles.make_grant(
        archive.archive_id, 1, archive.generation_keys()[1], citra, citra_file.x25519_public,
        budi_archive.identity(), DeterministicRandom(b"budi")))
    with pytest.raises(TamperedFile):
        open_archive(folder, "c")


def test_a_replaced_founder_file_cannot_slip_in_a_forged_archive_key(make_archive):
    """An attacker with write access to the synced folder swaps the founder's member file
    for their own key and signs a generation-2 grant for Budi: Budi's PC pinned the real
    founder key at first unlock, so the forged grant is refused and Budi keeps writing with
    the real key."""
    archive, folder = make_archive()
    budi = Archive.request_membership(folder, "b", name="Budi", kdf=KDF_FLOOR,
                                      data_dir=folder.parent / "budi-pc")
    grant(archive, folder, budi)
    budi_pc = folder.parent / "budi-pc"
    first = Archive.open(folder, "b", data_dir=budi_pc)  # pins the founder's key
    first.lock()

    founder = archive.member
    attacker = Identity(founder, b"\x07" * 32, b"\x08" * 32)
    (folder / "members" / f"{founder}.json").write_bytes(
        keyfiles.make_member(archive.archive_id, attacker, "Ana", "member"))
    budi_file = keyfiles.parse_member((folder / "members" / f"{budi}.json").read_bytes(),
                                      archive.archive_id)
    forged_key = b"\x09" * 32
    (folder / "grants" / "2").mkdir()
    (folder / "grants" / "2" / f"{budi}.grant").write_bytes(keyfiles.make_grant(
        archive.archive_id, 2, forged_key, budi, budi_file.x25519_public, attacker,
        DeterministicRandom(b"evil")))

    again = Archive.open(folder, "b", data_dir=budi_pc)
    assert again.generation_keys() == {1: archive.generation_keys()[1]}
    assert "grants/2/" + f"{budi}.grant" in [p.path for p in again.problems]
    assert forged_key not in again.generation_keys().values()


def test_own_member_file_swapped_is_reported(make_archive):
    archive, folder = make_archive()
    me = archive.member
    other = Identity(me, b"\x05" * 32, b"\x06" * 32)
    (folder / "members" / f"{me}.json").write_bytes(
        keyfiles.make_member(archive.archive_id, other, "Ana", "member"))
    reopened = open_archive(folder)
    assert f"members/{me}.json" in [p.path for p in reopened.problems]


def test_rotating_the_key_shuts_out_a_removed_member(make_archive):
    archive, folder = make_archive()
    budi = Archive.request_membership(folder, "b", name="Budi", kdf=KDF_FLOOR,
                                      data_dir=folder.parent)
    citra = Archive.request_membership(folder, "c", name="Citra", kdf=KDF_FLOOR,
                                       data_dir=folder.parent)
    grant(archive, folder, budi)
    grant(archive, folder, citra)
    old = archive.put("order", title="before")
    assert archive.rotate_key(remove=[citra]) == 2
    new = archive.put("order", title="after")
    blob_attachment = archive.add_attachment(__file__, order=new)
    assert archive.get(blob_attachment).fields["blob"]
    b = open_archive(folder, "b")
    assert sorted(b.generation_keys()) == [1, 2]
    assert b.get(new).fields["title"] == "after"
    assert b"".join(b.read_attachment(blob_attachment))
    c = open_archive(folder, "c")
    assert sorted(c.generation_keys()) == [1]
    assert c.get(old).fields["title"] == "before"
    from desktop.archive import ItemNotFound

    with pytest.raises(ItemNotFound):
        c.get(new)
    from desktop.archive.problems import REASONS

    # Citra sees that newer records exist but cannot read them.
    assert len(c.problems) >= 2 and {p.reason for p in c.problems} == {REASONS["key"]}
    assert open_archive(folder).verify().ok
