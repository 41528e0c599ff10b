"""The family's seller book with 5,000 sellers: what consulting it adds to a check (issue 12).

    .venv/bin/python tests/benchmarks/bench_seller_book.py [--sellers 5000] [--lookups 2000]

Builds a real encrypted archive (KDF floor) holding N sellers, each with a phone number, a bank
account with bank and holder, a web shop domain, a social handle and a marketplace shop link
(written in batches of 500 operations per signed record, as a synced family book would arrive),
every tenth one marked as a scam. Then, reopened (unlocked from disk):

* the index build (the first lookup after unlocking or after a change);
* the lookup a check makes, ``Session.seller_lookup(country)(report_keys(report))``, for
  real offline reports of a chat message naming several identifiers (a hit), a web shop link
  (a hit), and an unknown seller (a miss): median, p99 and max over ``--lookups`` calls, against
  the 5 ms limit and beside the offline analysis of the same text (the peer it is added to).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop.archive import KDF_FLOOR, create_archive, open_archive  # noqa: E402
from desktop.checks.analyze import analyze_offline  # noqa: E402
from desktop.checks.family import report_keys  # noqa: E402
from desktop.net.options import CheckOptions  # noqa: E402


def build(folder: Path, data: Path, n: int) -> float:
    session = create_archive(folder, "bench pass", name="Ibu", kdf=KDF_FLOOR, data_dir=data)
    archive = session._archive  # batches of operations: one signed record per 500 sellers
    started = time.perf_counter()
    ops = []
    for i in range(n):
        fields = {"name": f"Toko {i}", "phones": [f"+62812{i:08d}"],
                  "bank_accounts": [{"account": f"77{i:08d}", "bank": "BCA", "holder": f"Budi {i}"}],
                  "domains": [f"toko-{i}.co.id"], "handles": [f"@toko_{i}"],
                  "shops": [f"tokopedia.com/toko{i}"], "ewallets": [], "notes": ""}
        if i % 10 == 0:
            fields["verdict"] = {"verdict": "scam", "reason": f"case {i}"}
        ops.append(archive.set_op("seller", f"{i:016x}", fields))
        if len(ops) == 500:
            archive.write_ops(ops)
            ops = []
    if ops:
        archive.write_ops(ops)
    elapsed = time.perf_counter() - started
    session.lock()
    return elapsed


def timed(fn, runs: int) -> list[float]:
    found = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        found.append(time.perf_counter() - started)
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sellers", type=int, default=5000)
    parser.add_argument("--lookups", type=int, default=2000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-sellers"))
    written = build(work / "A.shopsafe", work, args.sellers)
    started = time.perf_counter()
    session = open_archive(work / "A.shopsafe", "bench pass", data_dir=work)
    unlocked = time.perf_counter() - started
    lookup = session.seller_lookup("ID")
    options = CheckOptions(offline=True, country="ID")
    last = args.sellers - 1 - (args.sellers - 1) % 10  # a seller marked as a scam
    cases = {
        "chat message, 4 identifiers (hit)": f"Transfer ke BCA 77{last:08d} a.n. Budi, konfirmasi "
                                             f"wa.me/62812{last:08d} atau IG @toko_{last}",
        "web shop link (hit)": f"https://www.toko-{last}.co.id/produk/sepatu?id=3",
        "unknown seller (miss)": "https://www.tidak-dikenal.example.org/",
    }
    started = time.perf_counter()
    lookup(report_keys(analyze_offline(cases["web shop link (hit)"], options)))
    first = time.perf_counter() - started
    session.sellers.mark(f"{7:016x}", "unsure", "one more mark")  # a change: the index is rebuilt
    started = time.perf_counter()
    lookup(report_keys(analyze_offline(cases["web shop link (hit)"], options)))
    again = time.perf_counter() - started
    print(f"sellers {args.sellers}: written in {written:.2f} s, unlock {unlocked:.2f} s, "
          f"first lookup (index build) {first * 1000:.0f} ms, first lookup after a change "
          f"{again * 1000:.0f} ms")
    print("| input | keys | verdict | lookup median | p99 | max | offline analysis median | lookup / 5 ms |")
    print("|---|---|---|---|---|---|---|---|")
    for label, text in cases.items():
        report = analyze_offline(text, options)
        keys = report_keys(report)
        match = lookup(keys)
        times = sorted(timed(lambda: lookup(report_keys(report)), args.lookups))
        analysis = statistics.median(timed(lambda: analyze_offline(text, options), 200))
        median, p99 = statistics.median(times), times[int(len(times) * 0.99) - 1]
        print(f"| {label} | {len(keys)} | {match.verdict if match else '—'} | {median * 1e3:.3f} ms "
              f"| {p99 * 1e3:.3f} ms | {times[-1] * 1e3:.3f} ms | {analysis * 1e3:.2f} ms "
              f"| {median / 0.005:.3f} |")
    session.lock()


if __name__ == "__main__":
    main()
