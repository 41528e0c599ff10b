"""Longest GUI event-loop stall on the Check page while a slow check runs (target: < 50 ms).

A real HTTPS test shop on 127.0.0.1 (test CA, every response delayed) is checked through the
real Check page; a precise 5 ms QTimer records how late each tick fires. The stall is the
largest gap between ticks minus the interval: how long the window could not repaint or react.
Scenarios: one slow check; a "paste storm" (a new paste every 150 ms cancels the previous
check, ten times, then the last one finishes).

Run on demand (not collected by pytest)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_ui_stall.py --delay 0.3 --runs 5
    (add --no-freeze to see the stalls without desktop.app's gc.freeze() after warm-up)
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(_ROOT), str(_ROOT / "tests")]
_HOME = Path(tempfile.mkdtemp(prefix="bench-ui-stall-"))
os.environ["SHOPSAFE_DATA_DIR"] = str(_HOME / "data")
os.environ["SHOPSAFE_SETTINGS_FILE"] = str(_HOME / "settings.ini")

from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QThreadPool, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from support.certs import TestCA  # noqa: E402
from support.hostmap import HostMap  # noqa: E402
from support.hostile import slow_drip  # noqa: E402
from support.servers import TestServer, write_site  # noqa: E402

from desktop.app import freeze_after_warm_up  # noqa: E402
from desktop.settings import Settings  # noqa: E402
from desktop.ui.check_page import CheckPage  # noqa: E402

INTERVAL_MS = 5

SHOP = {
    "index.html": """<!doctype html><html lang="id"><head><title>Toko Batik Sari</title></head><body>
<h1>Toko Batik Sari</h1><p>Batik tulis asli dari Solo. Diskon 10% untuk pelanggan baru.</p>
<nav><a href="/kontak.html">Hubungi kami</a> <a href="/kebijakan-privasi.html">Kebijakan privasi</a>
<a href="/pengembalian.html">Pengembalian</a> <a href="/syarat.html">Syarat dan ketentuan</a>
<a href="/pengiriman.html">Pengiriman</a> <a href="/tentang.html">Tentang kami</a></nav>
<p>Pembayaran: transfer bank, COD, kartu kredit.</p></body></html>""",
    "kontak.html": "<h1>Hubungi kami</h1><p>Telepon: +62 271 123456, WA 0812-3456-7890</p>"
                   "<p>Email: cs@batiksari.test</p><p>Jl. Slamet Riyadi 10, Surakarta 57111</p>",
    "kebijakan-privasi.html": "<h1>Kebijakan privasi</h1><p>Kami menjaga data Anda.</p>",
    "pengembalian.html": "<h1>Pengembalian</h1><p>Barang dapat dikembalikan dalam 7 hari.</p>",
    "syarat.html": "<h1>Syarat dan ketentuan</h1><p>...</p>",
    "pengiriman.html": "<h1>Pengiriman</h1><p>JNE, J&T, SiCepat.</p>",
    "tentang.html": "<h1>Tentang kami</h1><p>Sejak 2009.</p>",
}


class StallMeter:
    """Ticks every INTERVAL_MS on the GUI thread and keeps the gaps between ticks."""

    def __init__(self) -> None:
        self.gaps: list[float] = []
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

    def start(self) -> None:
        self.gaps.clear()
        self._clock.start()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _on_timer_timeout(self) -> None:
        self.gaps.append(self._clock.nsecsElapsed() / 1e6)
        self._clock.restart()

    def stalls(self) -> list[float]:
        return [max(0.0, gap - INTERVAL_MS) for gap in self.gaps]


class GcPauses:
    """Durations of the cyclic garbage collector's passes (any thread): a pass holds the GIL,
    so a long one in a worker thread freezes the window too."""

    def __init__(self) -> None:
        self.pauses: list[tuple[int, float]] = []
        self._started = 0.0
        gc.callbacks.append(self._on_gc)

    def _on_gc(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.pauses.append((info["generation"], (time.perf_counter() - self._started) * 1000))


def wait_for(app: QApplication, condition, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    return True


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--delay", type=float, default=0.3, help="seconds before every response")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-freeze", action="store_true",
                        help="skip the app's gc.freeze() after warm-up (shows what it is for)")
    parser.add_argument("--switch-interval", type=float, default=None,
                        help="sys.setswitchinterval for this run (Python's default is 0.005 s)")
    args = parser.parse_args()
    if args.switch_interval:
        sys.setswitchinterval(args.switch_interval)

    app = QApplication([])
    ca = TestCA(_HOME / "ca")
    host_map = HostMap().install()
    server = TestServer(ca, on_site_added=host_map.add)
    write_site(_HOME / "shop", SHOP)
    server.add_site("batiksari.test", "www.batiksari.test", root=_HOME / "shop", delay=args.delay)
    url = server.url("batiksari.test", "/")
    server.add_site("drip.test", routes={"/": slow_drip()})
    drip_url = server.url("drip.test", "/")

    settings = Settings(_HOME / "settings.ini")
    pool = QThreadPool()
    pool.setMaxThreadCount(4)
    page = CheckPage(settings, pool)
    page.option_overrides = {"resolve": {"batiksari.test": "127.0.0.1", "drip.test": "127.0.0.1"},
                             "ca_bundle": ca.bundle_path, "deadline": 30.0}
    page.resize(1200, 800)
    page.show()
    if not args.no_freeze:
        # As desktop.app does once the main window is shown: warm the checks, then gc.freeze().
        freeze_after_warm_up(pool)
    wait_for(app, lambda: False, 0.3)  # let the window settle

    meter = StallMeter()
    gc_pauses = GcPauses()
    wait_for(app, lambda: False, 1.5)  # the warm-up tasks (imports, tables) finish
    if not args.no_freeze:
        wait_for(app, lambda: gc.get_freeze_count() > 0, 30)
    print(f"objects frozen after warm-up: {gc.get_freeze_count()}")
    gc_pauses.pauses.clear()
    # Control: the same meter with nothing running shows what the machine itself adds (other
    # processes on a shared CPU deschedule this one). 4 s per run: as long as a slow-drip check,
    # so rare hiccups have the same chance to show up.
    idle = []
    for _ in range(args.runs):
        meter.start()
        wait_for(app, lambda: False, 4.0)
        meter.stop()
        idle.append(max(meter.stalls()))
    print(f"idle control: longest stall per 4 s {', '.join(f'{v:.1f}' for v in idle)} ms")

    finished: list[object] = []
    page.check_finished.connect(finished.append)
    results = []
    for run in range(args.runs):
        finished.clear()
        meter.start()
        started = time.perf_counter()
        page.start_check(f"cek toko ini {url}")
        ok = wait_for(app, lambda: bool(finished), 60)
        wall = time.perf_counter() - started
        wait_for(app, lambda: False, 0.1)
        meter.stop()
        stalls = meter.stalls()
        report = finished[0] if finished else None
        results.append((max(stalls), statistics.quantiles(stalls, n=100)[98], wall,
                        len(report.findings) if report else 0, ok))
        print(f"single check run {run + 1}: longest stall {max(stalls):.1f} ms, p99 "
              f"{results[-1][1]:.1f} ms, ticks {len(stalls)}, check {wall:.2f} s, "
              f"findings {results[-1][3]}, finished {ok}")

    storm = []
    for run in range(args.runs):
        finished.clear()
        meter.start()
        started = time.perf_counter()
        for i in range(10):
            page.paste.setFocus()
            page.start_check(f"{url}?p={i}")
            wait_for(app, lambda: False, 0.15)
        ok = wait_for(app, lambda: bool(finished), 60)
        wall = time.perf_counter() - started
        meter.stop()
        stalls = meter.stalls()
        storm.append((max(stalls), wall, len(finished), ok))
        print(f"paste storm run {run + 1}: longest stall {max(stalls):.1f} ms, "
              f"{wall:.2f} s, reports delivered {len(finished)} (only the last may arrive)")

    drip = []
    page.option_overrides["deadline"] = 4.0
    for run in range(args.runs):
        finished.clear()
        meter.start()
        started = time.perf_counter()
        page.start_check(drip_url)
        ok = wait_for(app, lambda: bool(finished), 60)
        wall = time.perf_counter() - started
        meter.stop()
        drip.append((max(meter.stalls()), wall, ok))
        print(f"slow-drip server run {run + 1}: longest stall {drip[-1][0]:.1f} ms, check {wall:.2f} s "
              f"(deadline 4 s), finished {ok}")

    page.cancel_check()
    pool.waitForDone(30_000)
    server.close()
    worst = max(r[0] for r in results)
    print()
    print(f"delay per response {args.delay * 1000:.0f} ms, {args.runs} runs, timer {INTERVAL_MS} ms, "
          f"switch interval {sys.getswitchinterval() * 1000:.1f} ms, load {os.getloadavg()[0]:.1f}")
    print(f"idle control: longest stall median {statistics.median(idle):.1f} ms, worst {max(idle):.1f} ms")
    print(f"single slow check: longest stall median {statistics.median(r[0] for r in results):.1f} ms, "
          f"worst {worst:.1f} ms; p99 worst {max(r[1] for r in results):.1f} ms; "
          f"check wall median {statistics.median(r[2] for r in results):.2f} s; "
          f"findings {results[0][3]}")
    print(f"paste storm: longest stall median {statistics.median(r[0] for r in storm):.1f} ms, "
          f"worst {max(r[0] for r in storm):.1f} ms; reports delivered per storm "
          f"{sorted({r[2] for r in storm})}")
    print(f"slow-drip server: longest stall median {statistics.median(r[0] for r in drip):.1f} ms, "
          f"worst {max(r[0] for r in drip):.1f} ms; check wall median {statistics.median(r[1] for r in drip):.2f} s")
    worst_gc = max((p for _, p in gc_pauses.pauses), default=0.0)
    full = [p for g, p in gc_pauses.pauses if g == 2]
    print(f"garbage collector during the runs: {len(gc_pauses.pauses)} passes, longest {worst_gc:.1f} ms; "
          f"full (gen 2) passes {len(full)}, longest {max(full, default=0.0):.1f} ms")
    print("target < 50 ms:", "MET" if max(worst, max(r[0] for r in storm)) < 50 else "NOT MET")
    return 0


if __name__ == "__main__":
    sys.exit(main())
