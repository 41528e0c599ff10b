"""Benchmark: speed of the offline link analysis on 100k domains, peers beside it.

ShopSafe: ``analyze_offline`` (classification, registrable domain, every offline link check and
the lookalike search against the whole registry, verdict, report) on the Tranco top 100k, one
process, one core. Peers on the same list: barb (URL heuristics, one process), openSquat
(lookalike search; its cost grows with the number of keywords, so it gets ``--keywords``
brand words, default 50), dnstwist (time to generate the permutations of the registry's primary
domains, which is the work its "is this a lookalike?" check needs).

    .venv/bin/python tests/benchmarks/bench_link_speed.py [--n 100000] [--keywords 50] [--no-peers]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import _links_corpora as corpora
from bench_lookalikes import DNSTWIST_PERMUTE, OPENSQUAT_DETECT

from desktop.checks.analyze import analyze_offline
from desktop.net.options import CheckOptions
from desktop.checks.registry import default_registry


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--keywords", type=int, default=50)
    parser.add_argument("--no-peers", action="store_true")
    args = parser.parse_args()
    hosts = corpora.tranco(args.n)
    options = CheckOptions(offline=True, country="ID")

    started = time.perf_counter()
    registry = default_registry()
    analyze_offline("warm-up.example.com", options)
    warm = time.perf_counter() - started
    times = []
    started = time.perf_counter()
    for host in hosts:
        t0 = time.perf_counter()
        analyze_offline(host, options)
        times.append(time.perf_counter() - t0)
    total = time.perf_counter() - started
    times.sort()
    print(f"ShopSafe analyze_offline: {len(hosts)} domains in {total:.1f} s = "
          f"{len(hosts) / total:,.0f}/s; per link mean {1000 * statistics.mean(times):.3f} ms, "
          f"p50 {1000 * times[len(times) // 2]:.3f} ms, p99 {1000 * times[int(len(times) * .99)]:.3f} ms, "
          f"max {1000 * times[-1]:.1f} ms; first call (loads registry, tables) {warm:.2f} s")
    if args.no_peers:
        return 0

    exe = corpora.BENCH_VENVS / "barb" / "bin" / "barb"
    if exe.exists():
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "urls.txt"
            path.write_text("".join(f"https://{h}/\n" for h in hosts), encoding="utf-8")
            started = time.perf_counter()
            subprocess.run([str(exe), "analyze", "-q", "-o", "ndjson", "-f", str(path)],
                           capture_output=True, text=True, check=False)
            took = time.perf_counter() - started
        print(f"barb analyze (ndjson, offline heuristics): {len(hosts)} URLs in {took:.1f} s = "
              f"{len(hosts) / took:,.0f}/s")

    words = sorted(w for w, e in registry.words.items() if len(w) >= 5
                   and not all(x.generic for x in e))[: args.keywords]
    started = time.perf_counter()
    found = corpora.run_peer("opensquat", OPENSQUAT_DETECT,
                             {"keywords": words, "domains": hosts, "confidence": 1})
    took = time.perf_counter() - started
    if found is not None:
        print(f"openSquat SquattingDetector, {len(words)} keywords: {len(hosts)} domains in "
              f"{took:.1f} s = {len(hosts) / took:,.0f}/s (ShopSafe searches "
              f"{len(registry.words)} brand words)")

    primaries = sorted({e.primary_domain for e in registry.entries})
    started = time.perf_counter()
    perms = corpora.run_peer("dnstwist", DNSTWIST_PERMUTE, {"domains": primaries})
    took = time.perf_counter() - started
    if perms is not None:
        count = sum(len(v) for v in perms.values())
        print(f"dnstwist: permutations of {len(primaries)} registry primary domains: {count:,} "
              f"names in {took:.1f} s (a set lookup per domain afterwards)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
