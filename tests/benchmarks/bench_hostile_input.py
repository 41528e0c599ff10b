"""Hostile pages and input (issue 20): time against the deadline, memory against 150 MB (on demand).

    .venv/bin/python tests/benchmarks/bench_hostile_input.py [--deadline 5]

1. Parsing hostile markup: stock ``html.parser`` (``feed`` + ``close``, in a child process cut
   at 60 s) beside :func:`desktop.checks.htmlfeed.feed_bounded` (through ``parse_html``).
2. Whole checks against hostile pages served over HTTPS on loopback (``run_check`` with
   ``--deadline``): wall time as a fraction of deadline + 1 s, and what the report says.
3. ``python -m desktop check`` on hostile input: wall time and peak resident memory (``VmHWM``
   of the child since exec) as a fraction of the 150 MB limit.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from support import TestCA, TestServer, hostile  # noqa: E402
from support.rdap_server import RdapRegistry, days_ago  # noqa: E402

MARKUP = {
    "unclosed tags, 108 KB": hostile.SHOP_BODY + "<a href=x " * 10_000,
    "unclosed tags, 1 MB": hostile.SHOP_BODY + "<a href=x " * 100_000,
    "quoted attribute left open, 60 KB": hostile.SHOP_BODY + "<a b='" * 10_000,
    "3 MB of '<'": hostile.SHOP_BODY + "<" * 3_000_000,
    "ordinary shop markup, 3 MB": hostile.SHOP_BODY + '<div class="p"><a href="/p/1">Batik <b>tulis</b></a>'
                                  " Rp 1.250.000</div>\n" * 40_000,
}
_STOCK = ("import sys, time\nfrom html.parser import HTMLParser\ndata = sys.stdin.read()\n"
          "p = HTMLParser(convert_charrefs=True)\nt = time.perf_counter()\n"
          "try:\n    p.feed(data); p.close()\nexcept Exception as e:\n    print('error', type(e).__name__)\n"
          "print(round(time.perf_counter() - t, 3))\n")
LIMIT_MB = 150


def stock_parse(markup: str) -> str:
    try:
        done = subprocess.run([sys.executable, "-c", _STOCK], input=markup, capture_output=True,
                              text=True, timeout=60)
    except subprocess.TimeoutExpired:
        return "> 60 s (stopped)"
    return " ".join(done.stdout.split()) + " s"


def parsing() -> None:
    from desktop.checks.extract import parse_html

    print("\n1. parsing hostile markup")
    print(f"{'markup':36s} {'stock html.parser':>18s} {'parse_html':>11s}  cut")
    for name, markup in MARKUP.items():
        started = time.perf_counter()
        page = parse_html(markup, "https://toko.test/")
        ours = time.perf_counter() - started
        print(f"{name:36s} {stock_parse(markup):>18s} {ours:>9.2f} s  {page.cut}")


def checks(deadline: float) -> None:
    from desktop.checks.run import final_report, run_check
    from desktop.net.options import CheckOptions

    pages = {
        "charset=undefined": hostile.page(hostile.SHOP_BODY, "text/html; charset=undefined"),
        "charset=utf-7": hostile.page(hostile.SHOP_BODY + "+2D3cAA-", "text/html; charset=utf-7"),
        "Location: http://[::1": hostile.malformed_location(),
        "unclosed tags, 108 KB": hostile.quadratic_markup(),
        "unclosed tags, 2.8 MB": hostile.quadratic_markup(280_000),
        "2.9 MB of '<'": hostile.page(hostile.SHOP_BODY + "<" * 2_900_000),
        "JSON-LD 1,000 deep": hostile.deep_json_ld(1000),
        "meta refresh elsewhere": hostile.client_redirect("https://elsewhere.example/"),
    }
    print(f"\n2. run_check against hostile pages (deadline {deadline:g} s; limit deadline + 1 s)")
    print(f"{'page':26s} {'seconds':>8s} {'of limit':>9s}  {'verdict':10s} unknown / notable findings")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["SHOPSAFE_DATA_DIR"] = str(Path(tmp) / "data")
        ca = TestCA(Path(tmp) / "ca")
        server = TestServer(ca)
        rdap = RdapRegistry(server, "rdap.test")
        rdap.write_bootstrap(os.environ["SHOPSAFE_DATA_DIR"], ["id"])
        policy = {path: hostile.page(body) for path, body in hostile.POLICY_PAGES.items()}
        try:
            for i, (name, route) in enumerate(pages.items()):
                host = f"toko-{i}.co.id"
                server.add_site(host, routes={**policy, "/": route})
                rdap.add_domain(host, registered=days_ago(3000))
                resolve = {host: f"127.0.0.1:{server.port}", "rdap.test": f"127.0.0.1:{server.port}"}
                started = time.perf_counter()
                report = final_report(run_check(f"https://{host}/", CheckOptions(ca_bundle=ca.bundle_path, deadline=deadline,
                                                                   resolve=resolve)))
                wall = time.perf_counter() - started
                notable = [f.id for f in report.findings
                           if f.status.value == "unknown" or f.id == "site.client_redirect"]
                print(f"{name:26s} {wall:8.2f} {wall / (deadline + 1):9.0%}  {report.verdict.level.value:10s} "
                      f"{', '.join(notable)}")
        finally:
            server.close()


_LAUNCHER = ("import atexit, runpy, sys\n"
             "atexit.register(lambda: sys.stderr.write('\\nPEAK ' + [l for l in open('/proc/self/status')"
             " if l.startswith('VmHWM:')][0].split()[1] + '\\n'))\n"
             "sys.argv[0] = 'desktop'\nrunpy.run_module('desktop', run_name='__main__', alter_sys=True)\n")


def command_line() -> None:
    sys.path.insert(0, str(REPO / "tests"))
    from test_cli_hostile_input import _fuzz_input

    rng = random.Random(20)
    fuzz = b"\n".join(_fuzz_input(rng) for _ in range(300)) + b"\n"
    cases = {
        "100 KB link (one label)": (["--json", "-"], b"https://" + b"a" * 100_000 + b".com/\n"),
        "40 KB link, random letters": (["--json", "-"], ("https://" + "".join(
            random.Random(1).choice("abcdefghijklmnopqrstuvwxyz") for _ in range(40_000)) + ".com/\n").encode()),
        "120 KB chat paste": (["--json", "--offline", "-"], b"Beli di toko.example! " + b"murah " * 20_000 + b"\n"),
        "invalid UTF-8 lines": (["--json", "--offline", "-"], b"https://toko-\xff\xfe.example/\n\xc3\x28 wa 0812 3456 7890\n"),
        "fuzz, 300 inputs, seed 20": (["--json", "--offline", "-"], fuzz),
        "baseline: one ordinary link": (["--json", "--offline", "-"], b"https://tokobatiksari.co.id/\n"),
    }
    print(f"\n3. python -m desktop check on hostile input (limit {LIMIT_MB} MB)")
    print(f"{'input':30s} {'bytes':>8s} {'reports':>7s} {'seconds':>8s} {'peak MB':>8s} {'of limit':>9s}")
    # strict UTF-8 streams, as under en_US.UTF-8; links too long to be real never reach the
    # network, every other case is --offline (a benchmark has no host map to stop lookups)
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    for name, (args, data) in cases.items():
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", _LAUNCHER, "check", *args], input=data, cwd=REPO,
                              capture_output=True, env=env, timeout=300)
        wall = time.perf_counter() - started
        peak = int(done.stderr.decode().rsplit("PEAK ", 1)[1].split()[0]) / 1024
        lines = done.stdout.count(b"\n")
        print(f"{name:30s} {len(data):8d} {lines:7d} {wall:8.2f} {peak:8.1f} {peak / LIMIT_MB:9.0%}"
              + ("" if done.returncode == 0 and b"Traceback" not in done.stderr else "  FAILED"))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--deadline", type=float, default=5.0)
    args = ap.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f}, Python {sys.version.split()[0]}")
    parsing()
    checks(args.deadline)
    command_line()
    return 0


if __name__ == "__main__":
    sys.exit(main())
