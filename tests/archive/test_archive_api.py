"""The public API of desktop.archive: complete __all__, documented, temporaries swept."""

from __future__ import annotations

import inspect
import os
import time

import desktop.archive as archive_pkg
from conftest import open_archive


def test_all_is_complete_and_sorted():
    public = {name for name, value in vars(archive_pkg).items()
              if not name.startswith("_") and not inspect.ismodule(value)}
    assert set(archive_pkg.__all__) == public
    assert list(archive_pkg.__all__) == sorted(archive_pkg.__all__)


def test_public_classes_and_functions_are_documented():
    for name in archive_pkg.__all__:
        value = getattr(archive_pkg, name)
        if inspect.isclass(value) or inspect.isfunction(value):
            assert inspect.getdoc(value), name
    for name, method in inspect.getmembers(archive_pkg.Archive, inspect.isfunction):
        if not name.startswith("_") and name not in {"new_id", "rng", "identity"}:
            assert method.__doc__, f"Archive.{name}"


def test_stale_temporaries_are_swept_fresh_ones_kept(make_archive):
    archive, folder = make_archive()
    tmp = folder / ".tmp" / archive.device
    stale, fresh = tmp / "old.tmp", tmp / "new.tmp"
    stale.write_bytes(b"x")
    fresh.write_bytes(b"y")
    old = time.time() - 3 * 86400
    os.utime(stale, (old, old))
    open_archive(folder, device=archive.device)
    assert not stale.exists() and fresh.exists()
