"""Hostile folders: symbolic links planted inside a synced archive are never followed.

Another device in the share can create links; opening must neither delete, read nor write
through them (issue 17). These run through ``shopsafe archive`` like a user would."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from support.archive_cli import FAST, run, use_cli_env



@pytest.fixture
def env(monkeypatch, tmp_path):
    return use_cli_env(monkeypatch, tmp_path)


def _device(env: Path) -> str:
    (device,) = json.loads((env / "data" / "archive-devices.json").read_text()).values()
    return device


def _old_files(folder: Path, count: int = 3) -> list[Path]:
    folder.mkdir()
    files = []
    old = time.time() - 5 * 86400
    for i in range(count):
        path = folder / f"{i:016x}.tmp"  # even names our sweep would match
        path.write_text("precious")
        os.utime(path, (old, old))
        files.append(path)
    return files


def test_symlinked_tmp_folder_deletes_nothing_outside_and_is_refused(env, capsys):
    folder = env / "Family.shopsafe"
    assert run(capsys, "init", str(folder), *FAST)[0] == 0
    outside = _old_files(env / "outside")
    tmp = folder / ".tmp" / _device(env)
    for leftover in tmp.iterdir():
        leftover.unlink()
    tmp.rmdir()
    tmp.symlink_to(env / "outside", target_is_directory=True)

    code, out, err = run(capsys, "list", str(folder))
    assert all(p.exists() for p in outside), "opening deleted files outside the archive"
    assert code == 2 and "Traceback" not in err
    assert f".tmp/{_device(env)}" in err and "link" in err


def test_symlinked_journal_folder_is_refused(env, capsys):
    folder = env / "Family.shopsafe"
    assert run(capsys, "init", str(folder), *FAST)[0] == 0
    elsewhere = env / "elsewhere"
    elsewhere.mkdir()
    (folder / "journal" / "0011223344556677").symlink_to(elsewhere, target_is_directory=True)
    code, _out, err = run(capsys, "verify", str(folder))
    assert code == 2 and "journal/0011223344556677" in err and "link" in err


def test_linked_file_inside_the_archive_is_reported_not_read(env, capsys):
    folder = env / "Family.shopsafe"
    assert run(capsys, "init", str(folder), *FAST)[0] == 0
    secret = env / "secret.txt"
    secret.write_text("not for the archive")
    (folder / "members" / "0011223344556677.json").symlink_to(secret)
    code, out, err = run(capsys, "verify", str(folder))
    assert code == 1 and "members/0011223344556677.json" in out and "link" in out


def test_sweep_removes_only_our_regular_temporaries(tmp_path):
    from desktop.archive.fsio import sweep_temporaries

    tmp = tmp_path / "A.shopsafe" / ".tmp" / "0123456789abcdef"
    tmp.mkdir(parents=True)
    target = tmp_path / "target.txt"
    target.write_text("keep")
    old = time.time() - 5 * 86400
    ours = tmp / "00112233445566aa.tmp"
    ours.write_text("x")
    link = tmp / "00112233445566bb.tmp"
    link.symlink_to(target)
    other = tmp / "photo.jpg"
    other.write_text("x")
    for path in (ours, other, target):
        os.utime(path, (old, old))
    os.utime(link, (old, old), follow_symlinks=False)
    assert sweep_temporaries(tmp) == 1
    assert not ours.exists() and link.is_symlink() and other.exists() and target.exists()
