"""Two PCs editing copies of one archive apart, synced by copying files both ways."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

from archive_helpers import PASS, open_archive
from desktop.archive import Archive


def copy_new_files(src: Path, dst: Path) -> int:
    """What a sync engine does: bring over files the other side lacks, never overwrite."""
    copied = 0
    for path in src.rglob("*"):
        rel = path.relative_to(src)
        if not path.is_file() or rel.parts[0] == ".tmp":
            continue
        target = dst / rel
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, target)
            copied += 1
    return copied


def test_two_copies_edited_apart_merge_by_copying_files_both_ways(make_archive, tmp_path):
    home, home_dir = make_archive("home.shopsafe", device="aaaaaaaaaaaaaaaa")
    order = home.put("order", title="Kulkas", status="ordered")
    home.tag(order, "rumah")
    laptop_dir = tmp_path / "laptop.shopsafe"
    shutil.copytree(home_dir, laptop_dir, ignore=shutil.ignore_patterns(".tmp"))
    laptop = Archive.open(laptop_dir, PASS, device="bbbbbbbbbbbbbbbb", data_dir=tmp_path)

    # Apart: both edit the same order, different and same fields; both add attachments.
    home.put("order", order, status="paid")
    home.put("order", order, title="Kulkas 2 pintu")
    home.add_attachment(io.BytesIO(b"home receipt"), name="a.pdf", order=order)
    home.untag(order, "rumah")
    laptop.put("order", order, title="Kulkas Sharp")
    laptop.add_attachment(io.BytesIO(b"chat screenshot"), name="b.png", order=order)
    laptop.tag(order, "garansi")
    seller = laptop.put("seller", name="Toko Dingin")

    assert copy_new_files(home_dir, laptop_dir) > 0
    assert copy_new_files(laptop_dir, home_dir) > 0
    a = open_archive(home_dir, device="aaaaaaaaaaaaaaaa")
    b = open_archive(laptop_dir, device="bbbbbbbbbbbbbbbb")
    assert a.state_snapshot() == b.state_snapshot()
    merged = a.get(order)
    assert merged.fields["status"] == "paid"
    assert merged.tags == ("garansi",)
    assert len(merged.attachments) == 2
    assert merged.needs_review and "title" in merged.conflicts
    assert a.get(seller).fields["name"] == "Toko Dingin"
    for archive in (a, b):
        assert archive.problems == []
        assert archive.verify().ok
        for attachment in merged.attachments:
            assert b"".join(archive.read_attachment(attachment))
    # Each side wrote only into its own journal folder.
    assert sorted(p.name for p in (home_dir / "journal").iterdir()) == \
        ["aaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbb"]


def test_sync_conflict_copies_are_read_like_any_file(make_archive):
    archive, folder = make_archive()
    order = archive.put("order", title="Jam tangan")
    record = next((folder / "journal").rglob("*.rec"))
    stem = record.name[: -len(".rec")]
    for suffix in (".sync-conflict-20260101-101010-ABCDEFG", " (conflicted copy 2026-01-01)",
                   " (Ana's conflicted copy 2026-01-01)"):
        shutil.copy(record, record.with_name(stem + suffix + ".rec"))
    (folder / "journal" / archive.device / ".syncthing.x.rec.tmp").write_bytes(b"partial")
    (folder / "journal" / archive.device / "desktop.ini").write_bytes(b"[.ShellClassInfo]")
    reopened = open_archive(folder, device=archive.device)
    assert reopened.problems == []
    assert [i.id for i in reopened.items()] == [order]
    assert reopened.verify().ok


def test_a_partially_synced_blob_does_not_block_opening(make_archive, tmp_path):
    archive, folder = make_archive()
    order = archive.put("order", title="Sofa")
    attachment = archive.add_attachment(io.BytesIO(b"x" * 200_000), name="big", order=order)
    blob = archive.layout.blob(archive.get(attachment).fields["blob"])
    blob.write_bytes(blob.read_bytes()[:70_000])  # sync engine still copying
    reopened = open_archive(folder, device=archive.device)
    assert reopened.get(order).attachments == (attachment,)
    report = reopened.verify()
    assert report.damaged_paths == [blob.relative_to(folder).as_posix()]


def test_conflict_history_and_resolution_across_copies(make_archive, tmp_path):
    home, home_dir = make_archive("h.shopsafe", device="aaaaaaaaaaaaaaaa")
    order = home.put("order", title="Meja")
    other_dir = tmp_path / "o.shopsafe"
    shutil.copytree(home_dir, other_dir, ignore=shutil.ignore_patterns(".tmp"))
    other = Archive.open(other_dir, PASS, device="bbbbbbbbbbbbbbbb", data_dir=tmp_path)
    home.put("order", order, title="Meja kayu")
    other.put("order", order, title="Meja besi")
    copy_new_files(home_dir, other_dir)
    copy_new_files(other_dir, home_dir)
    merged = open_archive(home_dir, device="aaaaaaaaaaaaaaaa")
    assert merged.get(order).needs_review
    titles = [(c.value, c.superseded) for c in merged.history(order) if c.field == "title"]
    assert titles[0] == ("Meja", True)
    assert sorted(titles[1:]) == [("Meja besi", False), ("Meja kayu", False)]
    merged.put("order", order, title="Meja kayu")  # the family decided
    assert not merged.get(order).needs_review
    copy_new_files(home_dir, other_dir)
    again = open_archive(other_dir, device="bbbbbbbbbbbbbbbb")
    assert not again.get(order).needs_review and again.get(order).fields["title"] == "Meja kayu"
