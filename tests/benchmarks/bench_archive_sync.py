"""Sync (issue 12): what taking in another PC's changes costs, and how fast Syncthing converges.

    .venv/bin/python tests/benchmarks/bench_archive_sync.py [--records 2000] [--arrivals 20]
                                                            [--syncthing-runs 3]

Part 1, refresh against reopening (no Syncthing): an archive of N records is open on PC A; PC B
(another member, another device folder) writes K records into its copy, which are copied into
A's folder by hand. Timed: ``Session.refresh()`` with nothing new (what the window's poll costs
every 20 s), ``refresh()`` taking in the K records, and, as the peer, unlocking again
(``open_archive``, what a restart would cost; best of 3, Argon2id at the floor included).

Part 2 (skipped without the ``syncthing`` binary): two real Syncthing instances on loopback
(tests/support/syncthing.py), both PCs write K orders each with a 20 KB file at the same time;
timed from the end of the writes until both sessions, refreshed, hold the same state.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from desktop.archive import KDF_FLOOR, create_archive, open_archive, request_membership  # noqa: E402

IBU, BUDI = "ibu suka kopi tubruk pagi hari", "budi naik sepeda ke pasar pagi"


def copy_new_files(src: Path, dst: Path) -> None:
    for path in sorted(src.rglob("*")):
        rel = path.relative_to(src)
        if path.is_file() and rel.parts[0] != ".tmp" and not (dst / rel).exists():
            (dst / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, dst / rel)


def family(work: Path, home: Path):
    ibu = create_archive(home, IBU, name="Ibu", kdf=KDF_FLOOR, data_dir=work / "ibu")
    member, fingerprint = request_membership(home, BUDI, name="Budi", kdf=KDF_FLOOR,
                                             data_dir=work / "budi")
    ibu.grant(member, fingerprint)
    return ibu


def part_refresh(records: int, arrivals: int) -> None:
    work = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    home, laptop = work / "home" / "K.shopsafe", work / "laptop" / "K.shopsafe"
    ibu = family(work, home)
    for i in range(records):
        ibu.add_order(title=f"order {i}", seller="Toko", total=f"Rp {i}")
    shutil.copytree(home, laptop, ignore=shutil.ignore_patterns(".tmp"))
    budi = open_archive(laptop, BUDI, data_dir=work / "budi")
    idle = []
    for _ in range(5):
        t = time.perf_counter()
        assert not ibu.refresh()
        idle.append(time.perf_counter() - t)
    for i in range(arrivals):
        budi.add_order(title=f"budi {i}")
    copy_new_files(laptop, home)
    t = time.perf_counter()
    changes = ibu.refresh()
    take = time.perf_counter() - t
    assert len(changes.orders) == arrivals
    ibu.lock()
    reopen = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        again = open_archive(home, IBU, data_dir=work / "ibu")
        reopen = min(reopen, time.perf_counter() - t)
        again.lock()
    budi.lock()
    idle_ms = statistics.median(idle) * 1000
    print(f"archive of {records} records: refresh with nothing new {idle_ms:.1f} ms (median of 5);"
          f" refresh taking in {arrivals} records {take * 1000:.1f} ms; reopening "
          f"{reopen * 1000:.0f} ms (best of 3); refresh / reopen = {take / reopen:.3f}, "
          f"idle refresh / reopen = {statistics.median(idle) / reopen:.3f}")
    shutil.rmtree(work)


def part_syncthing(arrivals: int, runs: int) -> None:
    from support.syncthing import SyncthingPair, syncthing_binary

    if syncthing_binary() is None:
        print("syncthing not installed: part 2 skipped")
        return
    times = []
    for _ in range(runs):
        work = Path(tempfile.mkdtemp(prefix="bench-st-"))
        a_root, b_root = work / "a" / "Sync", work / "b" / "Sync"
        ibu = family(work, a_root / "K.shopsafe")
        pair = SyncthingPair.start(work, a_root, b_root)
        try:
            pair.wait_in_sync(60)
            budi = open_archive(b_root / "K.shopsafe", BUDI, data_dir=work / "budi")
            barrier = threading.Barrier(2)

            def burst(session, who):
                barrier.wait()
                for i in range(arrivals):
                    order = session.add_order(title=f"{who} {i}")
                    session.add_bytes(order, b"x" * 20_000, f"{who}-{i}.pdf")

            threads = [threading.Thread(target=burst, args=(s, w))
                       for s, w in ((ibu, "ibu"), (budi, "budi"))]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            t = time.monotonic()
            while True:
                pair.wait_in_sync(60)
                ibu.refresh()
                budi.refresh()
                if len(ibu.orders()) == len(budi.orders()) == 2 * arrivals and \
                        ibu._archive.state_snapshot() == budi._archive.state_snapshot():
                    break
                if time.monotonic() - t > 120:
                    raise SystemExit("did not converge in 120 s")
            times.append(time.monotonic() - t)
            budi.lock()
        finally:
            pair.stop()
            ibu.lock()
            shutil.rmtree(work, ignore_errors=True)
    print(f"Syncthing, {arrivals} orders + 20 KB file per PC written at once: converged in "
          f"median {statistics.median(times):.2f} s (runs: "
          f"{', '.join(f'{x:.2f}' for x in times)})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=2000)
    parser.add_argument("--arrivals", type=int, default=20)
    parser.add_argument("--syncthing-runs", type=int, default=3)
    args = parser.parse_args()
    part_refresh(args.records, args.arrivals)
    part_syncthing(args.arrivals, args.syncthing_runs)


if __name__ == "__main__":
    main()
