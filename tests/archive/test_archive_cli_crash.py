"""kill -9 of ``shopsafe archive add`` while it writes a blob (issue 17): each kill is paced by
how much of the blob reached the disk, so it lands inside the blob write. Afterwards the archive opens, verify finds nothing damaged or missing, and the next add
works: a killed write leaves only a temporary that readers ignore."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path


import pytest

from support.archive_cli import FAST, run, use_cli_env

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def env(monkeypatch, tmp_path):
    return use_cli_env(monkeypatch, tmp_path)


def _temporaries(folder: Path) -> list[Path]:
    return [p for p in (folder / ".tmp").rglob("*") if p.is_file()]


def test_kill_9_inside_blob_writes_through_the_command_line(env, capsys):
    folder = env / "Family.shopsafe"
    assert run(capsys, "init", str(folder), *FAST, "--name", "Ibu")[0] == 0
    assert run(capsys, "add", str(folder), __file__, "--title", "before")[0] == 0
    receipt = env / "receipt.pdf"
    receipt.write_bytes(os.urandom(96 * 1024 * 1024))
    rnd = random.Random(17)
    environ = dict(os.environ, PYTHONPATH=str(ROOT))
    kills = 0
    for round_ in range(3):
        child = subprocess.Popen(
            [sys.executable, "-m", "desktop", "archive", "add", str(folder), str(receipt),
             "--title", f"killed {round_}"],
            env=environ, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # Paced by what reached the disk: kill once the blob's temporary holds a random
        # amount (1-24 MiB), i.e. inside the blob write.
        threshold = rnd.randint(1, 24) * 1024 * 1024
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and child.poll() is None:
            sizes = [p.stat().st_size for p in _temporaries(folder) if p.name.endswith(".blob.tmp")]
            if sizes and max(sizes) >= threshold:
                break
            time.sleep(0.002)
        assert child.poll() is None, "the add finished before the kill: pace again"
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        assert child.returncode == -signal.SIGKILL
        kills += 1
    assert kills == 3
    code, out, err = run(capsys, "verify", str(folder), "--json")
    report = json.loads(out)
    assert code == 0 and report["ok"], (report, err)
    code, out, _ = run(capsys, "list", str(folder), "--json")
    assert "before" in out  # nothing acknowledged was lost
    assert run(capsys, "add", str(folder), __file__, "--title", "after")[0] == 0
    assert run(capsys, "verify", str(folder))[0] == 0
