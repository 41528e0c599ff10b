"""The small things of issue 17 (Low), through ``shopsafe archive``: unknown and orphan files,
conflict copies of blobs, private exports, odd file names, empty passphrases, a full disk,
and a non-empty folder that is not an archive."""

from __future__ import annotations

import errno
import json
import os
import stat
from pathlib import Path

import pytest

from support.archive_cli import FAST, PASS, run, use_cli_env



@pytest.fixture
def env(monkeypatch, tmp_path):
    return use_cli_env(monkeypatch, tmp_path)


def _archive(env: Path, capsys) -> tuple[Path, str]:
    folder = env / "Family.shopsafe"
    assert run(capsys, "init", str(folder), *FAST, "--name", "Ibu")[0] == 0
    code, out, _ = run(capsys, "add", str(folder), __file__, "--title", "Kulkas", "--json")
    return folder, json.loads(out)["attachments"][0]["id"]


def test_verify_notes_orphan_blobs_and_unknown_files_and_reads_blob_conflict_copies(env, capsys):
    folder, _attachment = _archive(env, capsys)
    blob = next((folder / "objects").rglob("*.blob"))
    conflict = blob.with_name(blob.stem + ".sync-conflict-20260101-120000-ABCDEFG.blob")
    conflict.write_bytes(blob.read_bytes())
    (folder / "notes.txt").write_text("someone's file")
    (blob.parent / "stray.bin").write_bytes(b"x")
    code, out, _err = run(capsys, "verify", str(folder), "--json")
    report = json.loads(out)
    assert code == 0 and report["ok"], report
    noted = {n["path"] for n in report["notes"]}
    assert {"notes.txt", (blob.parent / "stray.bin").relative_to(folder).as_posix()} <= noted
    # An identical conflict copy is not damage: named as a copy that can be deleted.
    copy_notes = [n for n in report["notes"]
                  if n["path"] == conflict.relative_to(folder).as_posix()]
    assert len(copy_notes) == 1 and "copy" in json.dumps(copy_notes[0])


def test_orphan_blob_is_noted(env, capsys):
    folder, attachment = _archive(env, capsys)
    # An add killed between its blob and its record leaves a blob no record names.
    from desktop.archive import Archive

    archive = Archive.open(folder, PASS, data_dir=env / "data")
    import io

    archive._lock.acquire()
    try:
        from desktop.archive import blobs
        from desktop.archive.fsio import atomic_writer

        blob_id = archive.rng().bytes(16)
        with atomic_writer(archive.layout.tmp(archive.device), archive.layout.blob(blob_id.hex()),
                           "00112233445566aa.blob.tmp") as out:
            blobs.encrypt_stream(io.BytesIO(b"half an add"), out, archive.header.id_bytes, 1,
                                 archive.generation_keys()[1], blob_id, archive.rng())
    finally:
        archive._lock.release()
    code, out, _ = run(capsys, "verify", str(folder))
    assert code == 0 and f"NOTE objects/{blob_id.hex()[:2]}/{blob_id.hex()}.blob" in out


def test_export_is_private_to_its_owner(env, capsys):
    folder, attachment = _archive(env, capsys)
    target = env / "out.py"
    assert run(capsys, "export", str(folder), attachment, str(target))[0] == 0
    assert stat.S_IMODE(target.stat().st_mode) & 0o077 == 0


def test_non_utf8_file_name_is_reported_not_a_traceback(env, capsys):
    folder, _attachment = _archive(env, capsys)
    device = next((folder / "journal").iterdir())
    with open(os.path.join(os.fsencode(device), b"\xff\xfe-bad.rec"), "wb") as handle:
        handle.write(b"x")
    code, out, err = run(capsys, "verify", str(folder))
    assert code == 1 and "\\xff\\xfe-bad.rec" in out and "Traceback" not in err


def test_empty_new_passphrase_from_file_or_environment_is_refused(env, capsys, monkeypatch):
    monkeypatch.setenv("SHOPSAFE_PASSPHRASE", "")
    code, _out, err = run(capsys, "init", str(env / "E.shopsafe"), *FAST)
    assert code == 2 and "empty" in err and not (env / "E.shopsafe" / "archive.json").exists()
    empty = env / "empty.txt"
    empty.write_text("\n")
    monkeypatch.setenv("SHOPSAFE_PASSPHRASE", PASS)
    folder, _ = _archive(env, capsys)
    code, _out, err = run(capsys, "passwd", str(folder), "--new-passphrase-file", str(empty),
                          *FAST)
    assert code == 2 and "empty" in err


def test_full_disk_names_the_archive(env, capsys, monkeypatch):
    folder, _attachment = _archive(env, capsys)
    real_write = os.write

    def full(fd, data):
        if len(data) > 1000:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", full)
    big = env / "big.bin"
    big.write_bytes(b"\x01" * 300_000)
    code, _out, err = run(capsys, "add", str(folder), str(big))
    assert code == 2 and str(folder) in err and os.strerror(errno.ENOSPC) in err


def test_non_empty_folder_is_not_called_an_archive(env, capsys):
    folder = env / "Documents"
    folder.mkdir()
    (folder / "letter.txt").write_text("hello")
    code, _out, err = run(capsys, "init", str(folder), *FAST)
    assert code == 2 and "not empty" in err and "already holds an archive" not in err
