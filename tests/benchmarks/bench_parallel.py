"""Parallelism of a full online check with every local response delayed (run on demand).

    .venv/bin/python tests/benchmarks/bench_parallel.py [--delay 0.3] [--runs 3]

Serves the five local test shops (tests/sites) and an RDAP registry over HTTPS on loopback, every
HTTP response delayed by ``--delay`` seconds (TLS handshakes are not delayed), and runs
``run_check`` on each shop. Reports the online wall time divided by the delay ("round trips"),
the number of HTTP requests the check made, and what the same requests would cost one after
another. Target (issue 4): a full check takes at most about four round trips.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from support import TestCA, TestServer  # noqa: E402
from support.rdap_server import RdapRegistry, days_ago  # noqa: E402

SHOPS = {"tokobatiksari.co.id": ("toko-batik", 3000), "tiendaolivar.es": ("tienda-es", 2500),
         "maplegoods.com": ("us-shop", 5000), "sepatu-diskon-resmi.shop": ("fake-shop", 3),
         "butik-baru.store": ("template-site", 100)}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--delay", type=float, default=0.3)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["SHOPSAFE_DATA_DIR"] = str(Path(tmp) / "data")
        from desktop.net.options import CheckOptions
        from desktop.checks.run import final_report, run_check

        ca = TestCA(Path(tmp) / "ca")
        server = TestServer(ca)
        rdap = RdapRegistry(server, "rdap.test", delay=args.delay)
        rdap.write_bootstrap(os.environ["SHOPSAFE_DATA_DIR"], ["id", "com", "shop", "store"])
        for host, (folder, age) in SHOPS.items():
            server.add_site(host, root=REPO / "tests" / "sites" / folder, delay=args.delay)
            rdap.add_domain(host, registered=days_ago(age))
        resolve = {h: f"127.0.0.1:{server.port}" for h in [*SHOPS, "rdap.test"]}
        options = CheckOptions(ca_bundle=ca.bundle_path, deadline=20, resolve=resolve)
        print(f"delay per response: {args.delay * 1000:.0f} ms, runs per shop: {args.runs}")
        print(f"{'shop':26s} {'verdict':10s} {'requests':>8s} {'online s':>9s} {'round trips':>11s} {'serial would be':>15s}")
        ratios = []
        for host in SHOPS:
            walls = []
            for _ in range(args.runs):
                before = len(server.requests)
                started = time.perf_counter()
                report = final_report(run_check(f"https://{host}/", options))
                walls.append(time.perf_counter() - started)
                requests = len(server.requests) - before
            wall = statistics.median(walls)
            ratios.append(wall / args.delay)
            print(f"{host:26s} {report.verdict.level.value:10s} {requests:8d} {wall:9.2f} {wall / args.delay:11.1f} "
                  f"{requests * args.delay:13.1f} s")
        print(f"median round trips over shops: {statistics.median(ratios):.1f} (max {max(ratios):.1f})")
        server.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
