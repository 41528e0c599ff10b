"""Benchmark: fake-shop domains vs small legitimate shops, offline analysis only, barb as peer.

Positives: the fake-shop lists (HaGeZi DACH: Trusted Shops, Verbraucherzentrale Niedersachsen,
Watchlist Internet, combined list; the Hungarian list). Negatives: the 2020 Shopify shops and
the retailers-by-country list. Duplicates are removed, and every positive whose registrable
domain also appears in a negative list or in the Tranco top 100k is dropped (label noise, e.g.
goat.com). Most fake shops are dead, so only the domain string is scored: "flagged" means an
offline verdict of ``caution`` or ``high_risk``. ShopSafe ships no fake-shop blocklist, so the
figures are "heuristics only".

    .venv/bin/python tests/benchmarks/bench_fakeshops.py [--no-peers]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import _links_corpora as corpora

from desktop.checks.analyze import analyze_offline
from desktop.checks.model import Level
from desktop.net.options import CheckOptions

OPTIONS = CheckOptions(offline=True, country="ID")


def ours(hosts: list[str]) -> tuple[Counter, Counter, float]:
    levels: Counter = Counter()
    reasons: Counter = Counter()
    started = time.perf_counter()
    for host in hosts:
        report = analyze_offline(host, OPTIONS)
        levels[report.verdict.level] += 1
        if report.verdict.level in (Level.CAUTION, Level.HIGH_RISK):
            for finding in report.verdict.reasons:
                reasons[finding.id] += 1
    return levels, reasons, time.perf_counter() - started


def barb(hosts: list[str]) -> tuple[Counter, float] | None:
    exe = corpora.BENCH_VENVS / "barb" / "bin" / "barb"
    if not exe.exists():
        return None
    verdicts: Counter = Counter()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "urls.txt"
        path.write_text("".join(f"https://{h}/\n" for h in hosts), encoding="utf-8")
        proc = subprocess.run([str(exe), "analyze", "-q", "-o", "ndjson", "-f", str(path)],
                              capture_output=True, text=True, check=False)
    for line in proc.stdout.splitlines():
        line = line.strip()
        if line.startswith("{"):
            verdicts[json.loads(line).get("verdict", "?")] += 1
    return verdicts, time.perf_counter() - started


def pct(part: int, whole: int) -> str:
    return f"{100.0 * part / whole:.2f} %" if whole else "n/a"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--no-peers", action="store_true")
    args = parser.parse_args()
    negatives = list(dict.fromkeys(corpora.shopify() + corpora.retailers()))
    neg_reg = {corpora.registrable(h) for h in negatives}
    popular = {corpora.registrable(h) for h in corpora.tranco()}
    sets = {
        "HaGeZi DACH fake shops": corpora.hagezi_fake(),
        "Hungarian fake shops": corpora.hungarian(),
    }
    seen: set[str] = set()
    positives: dict[str, list[str]] = {}
    for name, hosts in sets.items():
        kept = []
        for host in hosts:
            reg = corpora.registrable(host)
            if reg is None or reg in seen or reg in neg_reg or reg in popular:
                continue
            seen.add(reg)
            kept.append(reg)
        positives[name] = kept
        print(f"{name}: {len(hosts)} listed, {len(kept)} after duplicates/overlaps removed")
    print(f"negatives: {len(negatives)} small legitimate shops (Shopify 2020 + retailers)")

    rows = []
    for name, hosts in [*positives.items(), ("small legit shops (negatives)", negatives)]:
        levels, reasons, took = ours(hosts)
        flagged = levels[Level.CAUTION] + levels[Level.HIGH_RISK]
        peer = None if args.no_peers else barb(hosts)
        row = [name, len(hosts), pct(flagged, len(hosts)), pct(levels[Level.HIGH_RISK], len(hosts)),
               f"{took:.1f} s"]
        if peer is not None:
            verdicts, peer_took = peer
            peer_flag = sum(v for k, v in verdicts.items() if k != "SAFE")
            peer_high = sum(v for k, v in verdicts.items() if k in ("HIGH_RISK", "CRITICAL",
                                                                     "MALICIOUS"))
            row += [pct(peer_flag, len(hosts)), pct(peer_high, len(hosts)), f"{peer_took:.1f} s",
                    dict(verdicts)]
        rows.append(row)
        print(f"{name}: ShopSafe reasons {dict(reasons.most_common(8))}")
    print("\n| set | n | ShopSafe flagged | ShopSafe high risk | time | barb not SAFE | "
          "barb high | barb time |")
    print("|---|---|---|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(str(x) for x in row[:8]) + " |")
    for row in rows:
        if len(row) > 8:
            print(f"barb verdicts on {row[0]}: {row[8]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
