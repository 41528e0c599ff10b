"""Archive test fixtures: fast KDF (the floor), isolated device registry."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive_helpers import PASS, fixed_clock
from desktop.archive import KDF_FLOOR, Archive, DeterministicRandom


@pytest.fixture
def make_archive(tmp_path: Path):
    """Create a small archive at the KDF floor (fast); returns (archive, folder)."""

    def make(name: str = "A.shopsafe", seed: bytes | None = None, device: str | None = None):
        folder = tmp_path / name
        rng = DeterministicRandom(seed) if seed is not None else None
        archive = Archive.create(folder, PASS, name="Ana", kdf=KDF_FLOOR, rng=rng,
                                 device=device, data_dir=tmp_path, clock=fixed_clock)
        return archive, folder

    return make
