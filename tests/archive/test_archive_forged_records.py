"""Records a removed member or a planted file must never get applied or counted (issue 17).

Through the API: each forgery needs key material a removed member keeps (their signing key and
the generations they held)."""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

from archive_helpers import grant, open_archive
from desktop.archive import KDF_FLOOR, Archive, MissingRecords, records
from desktop.archive.problems import REASONS
from desktop.archive.rng import DeterministicRandom


def _join(folder: Path, passphrase: str, name: str) -> str:
    return Archive.request_membership(folder, passphrase, name=name, kdf=KDF_FLOOR,
                                      data_dir=folder.parent / f"{name}-pc")


def _open_as(folder: Path, passphrase: str, name: str, **kwargs) -> Archive:
    return Archive.open(folder, passphrase, data_dir=folder.parent / f"{name}-pc", **kwargs)


def _forge(writer: Archive, template: records.Record, seed: bytes, **changes) -> Path:
    """A record signed by ``writer`` with generation 1, written straight into the folder."""
    record = dataclasses.replace(template, rand=DeterministicRandom(seed).bytes(8).hex(),
                                 **changes)
    data = records.encode_record(record, writer.header.id_bytes, 1,
                                 records.record_key(writer.generation_keys()[1]),
                                 DeterministicRandom(seed), writer.identity().ed25519_private)
    path = writer.layout.journal(record.device) / records.RecordName(
        record.lamport, record.rand).canonical
    path.write_bytes(data)
    return path


def test_removed_member_cannot_reuse_or_replace_sequence_numbers(make_archive):
    ana, folder = make_archive()
    order = ana.put("order", title="Kulkas", status="paid")
    budi = _join(folder, "b", "Budi")
    grant(ana, folder, budi)
    budi_pc = _open_as(folder, "b", "Budi")
    written = [budi_pc.write_ops([budi_pc.set_op("order", order, {"note": f"Budi {n}"})])
               for n in range(3)]
    ana = open_archive(folder, device=ana.device)
    ana.rotate_key(remove=[budi])
    # Budi keeps generation 1 and his key: a second record with sequence 2 …
    ops = (budi_pc.set_op("order", order, {"status": "refunded"}),)
    second = _forge(budi_pc, written[1], b"dup", ops=ops, lamport=written[1].lamport)
    reader = open_archive(folder, device=ana.device)
    assert reader.get(order).fields["status"] == "paid"
    assert reader.get(order).fields["note"] == "Budi 2"  # his real records all stay
    assert _refused(reader) == {second.name}
    assert not reader.verify().ok
    # … and, his newest record deleted, another one with its sequence number.
    newest = budi_pc.layout.journal(budi_pc.device) / records.RecordName(
        written[2].lamport, written[2].rand).canonical
    newest.unlink()
    replaced = _forge(budi_pc, written[2], b"new", ops=ops)
    reader = open_archive(folder, device=ana.device)
    assert reader.get(order).fields["status"] == "paid"
    # Nothing vouches for either record 2 any more: neither is used; record 1 still is.
    assert reader.get(order).fields["note"] == "Budi 0"
    assert {second.name, replaced.name} <= _refused(reader)
    assert any(isinstance(p, MissingRecords) for p in reader.problems)  # the deleted one


def _refused(archive: Archive) -> set[str]:
    return {p.path.rsplit("/", 1)[1] for p in archive.problems if p.reason == REASONS["author"]}


def test_format_1_record_forged_under_the_legacy_clock_is_refused(tmp_path):
    golden = Path(__file__).parent / "golden" / "v1"
    expected = json.loads((golden / "expected.json").read_text())
    folder = tmp_path / "archive"
    shutil.copytree(golden / "archive", folder)
    archive = Archive.open(folder, expected["passphrase"], data_dir=tmp_path,
                           device="fedcba9876543210")
    archive.upgrade()
    device, ceiling = next(iter(archive.roster.legacy.items()))
    # Anyone who ever held generation 1 can still write an unsigned record with a clock
    # below the ceiling: it did not exist at the upgrade, so it is refused.
    late = records.Record(device, ceiling - 1, "00000000000000ee", archive.member,
                          "2026-01-02T03:04:05Z",
                          (archive.set_op("order", expected["order"], {"status": "lost"}),))
    data = records.encode_record(late, archive.header.id_bytes, 1,
                                 records.record_key(archive.generation_keys()[1]),
                                 DeterministicRandom(b"late"))
    (folder / "journal" / device / f"{ceiling - 1}-00000000000000ee.rec").write_bytes(data)
    again = Archive.open(folder, expected["passphrase"], data_dir=tmp_path,
                         device="fedcba9876543210")
    assert again.get(expected["order"]).fields["status"] != "lost"
    assert [p.reason for p in again.problems] == [REASONS["author"]]
    assert again.get(expected["seller"]).fields["name"] == "Toko Elektronik Jaya"


def test_planted_huge_sequence_never_raises_what_this_pc_remembers(make_archive):
    ana, folder = make_archive()
    order = ana.put("order", title="Kamera")
    budi = _join(folder, "b", "Budi")
    grant(ana, folder, budi)
    budi_pc = _open_as(folder, "b", "Budi")
    template = budi_pc.write_ops([budi_pc.set_op("order", order, {"note": "hi"})])
    planted = _forge(budi_pc, template, b"huge", device=ana.device, seq=records.MAX_SEQ,
                     prev="0" * 64, lamport=template.lamport + 1)
    ana.lock()
    ana = open_archive(folder, device=ana.device)
    assert planted.name in {p.path.rsplit("/", 1)[1] for p in ana.problems
                            if p.reason == REASONS["foreign"]}
    assert not any(isinstance(p, MissingRecords) for p in ana.problems)
    assert ana.seen_before().devices[ana.device] == 1
    ana.put("order", order, status="delivered")
    ana.lock()
    planted.unlink()  # the plant goes away: nothing looks lost or rolled back
    again = open_archive(folder, device=ana.device)
    assert again.problems == [] and again.verify().ok
    assert again.get(order).fields["status"] == "delivered"
