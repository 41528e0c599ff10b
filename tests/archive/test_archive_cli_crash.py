"""kill -9 of ``shopsafe archive add`` while it writes a blob (issue 17): the input is a FIFO
fed at a measured pace, so each kill lands inside the blob write, after some of it went to
disk. Afterwards the archive opens, verify finds nothing damaged or missing, and the next add
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

from desktop.cli import main

PASS = "kata sandi keluarga"
FAST = ["--kdf-memory", "19456", "--kdf-iterations", "2"]
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def env(monkeypatch, tmp_path):
    monkeypatch.setenv("SHOPSAFE_PASSPHRASE", PASS)
    monkeypatch.setenv("SHOPSAFE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("SHOPSAFE_LANGUAGE", "en")
    return tmp_path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["archive", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _temporaries(folder: Path) -> list[Path]:
    return [p for p in (folder / ".tmp").rglob("*") if p.is_file()]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs (POSIX)")
def test_kill_9_inside_blob_writes_through_the_command_line(env, capsys):
    folder = env / "Family.shopsafe"
    assert run(capsys, "init", str(folder), *FAST, "--name", "Ibu")[0] == 0
    assert run(capsys, "add", str(folder), __file__, "--title", "before")[0] == 0
    rnd = random.Random(17)
    environ = dict(os.environ, PYTHONPATH=str(ROOT))
    kills = 0
    for round_ in range(4):
        fifo = env / f"receipt-{round_}.pdf"
        os.mkfifo(fifo)
        child = subprocess.Popen(
            [sys.executable, "-m", "desktop", "archive", "add", str(folder), str(fifo),
             "--title", f"killed {round_}"],
            env=environ, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with open(fifo, "wb") as feed:  # blocks until the child opened it: it is unlocked
            chunks = rnd.randint(10, 40)
            for _ in range(chunks):  # 64 KiB at a time, paced: the blob grows on disk
                feed.write(os.urandom(64 * 1024))
                feed.flush()
                time.sleep(0.005)
            deadline = time.monotonic() + 20
            while not _temporaries(folder) and time.monotonic() < deadline:
                feed.write(os.urandom(64 * 1024))
                time.sleep(0.01)
            assert _temporaries(folder), "the blob was being written"
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
            kills += 1
        assert child.returncode == -signal.SIGKILL
    assert kills == 4
    code, out, err = run(capsys, "verify", str(folder), "--json")
    report = json.loads(out)
    assert code == 0 and report["ok"], (report, err)
    code, out, _ = run(capsys, "list", str(folder), "--type", "order", "--json")
    titles = {i["fields"]["title"] for i in json.loads(out)}
    assert "before" in titles  # nothing acknowledged was lost
    assert run(capsys, "add", str(folder), __file__, "--title", "after")[0] == 0
    assert run(capsys, "verify", str(folder))[0] == 0
