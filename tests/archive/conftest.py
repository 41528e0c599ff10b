"""Shared helpers for archive tests: fast KDF (the floor), isolated device registry."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.archive import KDF_FLOOR, Archive, DeterministicRandom

PASS = "correct horse battery staple"


def fixed_clock() -> datetime:
    return datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)


@pytest.fixture
def make_archive(tmp_path: Path):
    """Create a small archive at the KDF floor (fast); returns (archive, folder)."""

    def make(name: str = "A.shopsafe", seed: bytes | None = None, device: str | None = None):
        folder = tmp_path / name
        rng = DeterministicRandom(seed) if seed is not None else None
        archive = Archive.create(folder, PASS, name="Ana", kdf=KDF_FLOOR, rng=rng,
                                 device=device, data_dir=tmp_path,
                                 clock=fixed_clock)
        return archive, folder

    return make


def open_archive(folder: Path, passphrase: str = PASS, **kwargs) -> Archive:
    kwargs.setdefault("data_dir", folder.parent)
    return Archive.open(folder, passphrase, **kwargs)


def all_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and ".tmp" not in p.parts)
