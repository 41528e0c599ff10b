"""Start-up time of the ShopSafe window, measured in fresh processes (target: under 1.5 s).

Each run starts ``python -m desktop`` (the ``shopsafe`` command without arguments) with an empty
data folder and settings file and ``SHOPSAFE_EXIT_WHEN_SHOWN=1``: the app prints ``shown`` once
the main window has painted, then quits. The time is taken by this script from spawning the
process to reading that line (so interpreter start, imports, QApplication, translators, settings
and the first page are all included). Runs offscreen and, when ``Xvfb`` is installed, on a real
X server.

    .venv/bin/python tests/benchmarks/bench_startup.py --runs 15

Exits 1 if a median is over the target.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
TARGET_SECONDS = 1.5


@contextmanager
def xvfb_display() -> Iterator[str | None]:
    """Start Xvfb on a free display; yields ``":N"`` (None when Xvfb is not installed)."""
    binary = shutil.which("Xvfb")
    if binary is None:
        yield None
        return
    read_fd, write_fd = os.pipe()
    process = subprocess.Popen(
        [binary, "-displayfd", str(write_fd), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    try:
        yield f":{number}"
    finally:
        process.terminate()
        process.wait(10)


def one_run(platform: str, display: str | None, language: str) -> tuple[float, float]:
    """(seconds measured here, seconds the child reports since its own start)."""
    with tempfile.TemporaryDirectory(prefix="shopsafe-bench-") as home:
        env = dict(os.environ)
        env.update(
            QT_QPA_PLATFORM=platform,
            SHOPSAFE_EXIT_WHEN_SHOWN="1",
            SHOPSAFE_DATA_DIR=str(Path(home) / "data"),
            SHOPSAFE_SETTINGS_FILE=str(Path(home) / "settings.ini"),
        )
        if language != "system":
            Path(home, "settings.ini").write_text(f"[locale]\nlanguage={language}\n")
        if display:
            env["DISPLAY"] = display
        start = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, "-m", "desktop"], cwd=REPO, env=env,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        assert process.stdout is not None
        line = process.stdout.readline()
        elapsed = time.perf_counter() - start
        _, err = process.communicate(timeout=60)
        if not line.startswith("shown ") or process.returncode != 0:
            raise RuntimeError(f"start-up failed ({process.returncode}): {line!r} {err[-2000:]}")
        return elapsed, float(line.split()[1])


def measure(label: str, platform: str, display: str | None, runs: int, language: str) -> bool:
    one_run(platform, display, language)  # warm the disk cache; not counted
    outer, inner = [], []
    for _ in range(runs):
        a, b = one_run(platform, display, language)
        outer.append(a)
        inner.append(b)
    median = statistics.median(outer)
    print(
        f"{label:<10} lang={language:<6} runs={runs}  median {median:.3f} s  "
        f"min {min(outer):.3f}  max {max(outer):.3f}  "
        f"(child's own clock: median {statistics.median(inner):.3f} s)  "
        f"target {TARGET_SECONDS} s: {'OK' if median < TARGET_SECONDS else 'TOO SLOW'}"
    )
    return median < TARGET_SECONDS


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--language", default="en", choices=("system", "en", "id", "es"))
    args = parser.parse_args()
    ok = measure("offscreen", "offscreen", None, args.runs, args.language)
    with xvfb_display() as display:
        if display is None:
            print("xvfb       not installed: skipped")
        else:
            ok = measure("xvfb", "xcb", display, args.runs, args.language) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
