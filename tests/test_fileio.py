"""desktop.fileio: the one atomic, durable file replacement (real files in a temporary folder)."""

from __future__ import annotations

import os
import stat

import pytest

from desktop.fileio import SHARED, atomic_file, write_atomically


def _leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_writes_bytes_and_text_and_creates_folders(tmp_path):
    target = tmp_path / "a" / "b" / "doc.json"
    assert write_atomically(target, "héllo") == target
    assert target.read_bytes() == "héllo".encode()
    write_atomically(target, b"\x00\x01")
    assert target.read_bytes() == b"\x00\x01"
    assert _leftovers(target.parent) == []


def test_new_files_are_private_by_default_and_shared_on_request(tmp_path):
    old = os.umask(0o022)
    try:
        private = write_atomically(tmp_path / "private", b"x")
        shared = write_atomically(tmp_path / "shared", b"x", mode=SHARED)
    finally:
        os.umask(old)
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    assert stat.S_IMODE(shared.stat().st_mode) == 0o644


def test_permissions_are_set_before_the_first_byte(tmp_path):
    target = tmp_path / "secret"
    with atomic_file(target) as handle:
        (temp,) = tmp_path.glob(".secret.*.tmp")
        assert stat.S_IMODE(temp.stat().st_mode) == 0o600  # before anything was written
        handle.write(b"data")
    assert target.read_bytes() == b"data"


def test_an_error_in_the_body_keeps_the_old_file_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "rates.xml"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_file(target) as handle:
        handle.write(b"half of the new")
        raise RuntimeError("disk full")
    assert target.read_bytes() == b"old"
    assert _leftovers(tmp_path) == []


def test_a_failed_rename_keeps_the_target_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "taken"
    target.mkdir()
    (target / "inside").write_bytes(b"keep")
    with pytest.raises(OSError):
        write_atomically(target, b"new")
    assert (target / "inside").read_bytes() == b"keep"
    assert _leftovers(tmp_path) == []


def test_an_unwritable_folder_raises_oserror(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root ignores folder permissions")
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(OSError):
            write_atomically(folder / "x", b"x")
    finally:
        folder.chmod(0o700)
