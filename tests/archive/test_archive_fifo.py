"""Hostile folders: a FIFO planted in the synced archive folder never hangs ShopSafe (issue 17).

Opening a FIFO for reading waits until a writer appears, which a planted one never has. The
command runs in a child process with a timeout, so a regression fails instead of hanging the
suite."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PASS = "kata sandi keluarga"
FAST = ["--kdf-memory", "19456", "--kdf-iterations", "2"]

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")


def _cli(env: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ, SHOPSAFE_PASSPHRASE=PASS, SHOPSAFE_DATA_DIR=str(env / "data"),
                       SHOPSAFE_LANGUAGE="en", QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "desktop", "archive", *argv], env=environment,
                          capture_output=True, text=True, timeout=60,
                          cwd=Path(__file__).resolve().parents[2])


def test_planted_fifos_are_reported_and_never_block(tmp_path):
    folder = tmp_path / "Family.shopsafe"
    assert _cli(tmp_path, "init", str(folder), *FAST).returncode == 0
    assert _cli(tmp_path, "add", str(folder), __file__, "--title", "Kulkas").returncode == 0
    (device,) = json.loads((tmp_path / "data" / "archive-devices.json").read_text()).values()
    planted = [
        folder / "journal" / device / "99-00000000000000ff.rec",
        folder / "members" / "00000000000000ff.json",
        folder / "roster" / "9-00000000000000ff.roster",
        folder / "objects" / "ab" / ("ab" + "0" * 30 + ".blob"),
    ]
    (folder / "objects" / "ab").mkdir(exist_ok=True)
    for path in planted:
        os.mkfifo(path)
    listed = _cli(tmp_path, "list", str(folder))
    assert listed.returncode == 0, listed.stderr
    assert "Kulkas" in listed.stdout
    assert "99-00000000000000ff.rec" in listed.stderr and "not a regular file" in listed.stderr
    checked = _cli(tmp_path, "verify", str(folder))
    assert checked.returncode == 1
    for path in planted:
        assert path.name in checked.stdout + checked.stderr, path.name
    assert "Traceback" not in checked.stderr + listed.stderr
