"""Benchmark: the full online check on the evaluation set of local shop sites (issues 14 and 19).

Serves every shop of ``shopsets/`` over HTTPS from one local server (certificates from a test
CA), with a local RFC 9083 RDAP server answering for their domains (``.es`` has no RDAP, as in
life), runs :func:`desktop.checks.run.run_check` on each and prints the confusion matrix of
verdicts per label (honest / fake / unreadable), the targets, and every shop's verdict with the
findings that decided it. Nothing leaves 127.0.0.1.

    cd tests/benchmarks && ../../.venv/bin/python bench_shopsets.py [--only HOST] [--verbose]
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import sys
import tempfile
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE / "shopsets"), str(HERE.parent), str(HERE.parent.parent)]  # this checkout first

from build import Shop, write  # noqa: E402
from shops_fake import SHOPS as FAKE  # noqa: E402
from shops_fake import UNREADABLE  # noqa: E402
from shops_honest import SHOPS as HONEST  # noqa: E402
from support.certs import CertKind, TestCA  # noqa: E402
from support.rdap_server import RdapRegistry, days_ago, domain_document  # noqa: E402
from support.servers import TestServer  # noqa: E402

LEVELS = ("ok", "caution", "high_risk", "unknown")
RDAP_TLDS = ["com", "id", "shop", "store", "online", "mx", "co", "ar", "cl", "pe"]
DEADLINE = 4.0


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _serve(server: TestServer, rdap: RdapRegistry, shop: Shop, root: Path) -> None:
    if shop.rdap is not None:
        r = shop.rdap
        doc = domain_document(shop.host, registered=days_ago(r.registered), registrar=r.registrar,
                              last_changed=days_ago(r.last_changed) if r.last_changed is not None else None,
                              statuses=r.statuses, base_url=rdap.base_url)
        for action, age in r.events.items():
            doc["events"].append({"eventAction": action,
                                  "eventDate": (days_ago(age)).strftime("%Y-%m-%dT%H:%M:%SZ")})
        rdap.add_raw(shop.host, json.dumps(doc).encode())
    if shop.behaviour == "refused":
        return
    folder = write(shop, root)
    routes = {}
    delay = 0.0
    if shop.behaviour in ("status503", "status403"):
        status = int(shop.behaviour[-3:])
        routes = {p: (lambda req, s=status: req.send_body("<h1>Unavailable</h1>", status=s))
                  for p in ("/", "/index.html")}
    elif shop.behaviour == "timeout":
        delay = DEADLINE + 3
    elif shop.behaviour == "js_only":
        routes = {"/": lambda req: req.send_body(
            '<!doctype html><html><head><title>Tienda</title><script src="/app.js"></script></head>'
            '<body><div id="root"></div><noscript>Activa JavaScript.</noscript></body></html>')}
    server.add_site(shop.host, "www." + shop.host, root=folder, routes=routes, delay=delay,
                    cert=CertKind[shop.cert])


def run(shops: list[Shop], verbose: bool) -> tuple[dict, list[tuple]]:
    from desktop.net.options import CheckOptions
    from desktop.checks.run import run_check

    matrix: dict[str, Counter] = {"honest": Counter(), "fake": Counter(), "unreadable": Counter()}
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        ca = TestCA(tmp / "ca")
        server = TestServer(ca)
        try:
            rdap = RdapRegistry(server, "rdap.test")
            rdap.write_bootstrap(os.environ["SHOPSAFE_DATA_DIR"], RDAP_TLDS)
            for shop in shops:
                _serve(server, rdap, shop, tmp / "sites")
            refused = _closed_port()
            resolve = {"rdap.test": f"127.0.0.1:{server.port}"}
            for shop in shops:
                port = refused if shop.behaviour == "refused" else server.port
                resolve[shop.host] = resolve["www." + shop.host] = f"127.0.0.1:{port}"
            for shop in shops:
                options = CheckOptions(ca_bundle=str(ca.bundle_path), deadline=DEADLINE, resolve=resolve,
                                       country=shop.country)
                started = time.monotonic()
                report = run_check(f"https://{shop.host}/", options)
                took = time.monotonic() - started
                level = report.verdict.level.value
                matrix[shop.label][level] += 1
                reasons = [f"{f.id}:{f.status.value}" for f in report.verdict.reasons]
                rows.append((shop, level, reasons, took, report))
        finally:
            server.close()
    return matrix, rows


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", action="append", default=[])
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    shops = [*HONEST, *FAKE, *UNREADABLE]
    if args.only:
        shops = [s for s in shops if s.host in args.only]
    data = tempfile.mkdtemp(prefix="shopsets-data-")
    os.environ["SHOPSAFE_DATA_DIR"] = data
    os.environ["SHOPSAFE_SETTINGS_FILE"] = str(Path(data) / "settings.ini")
    matrix, rows = run(shops, args.verbose)
    print(f"{len(HONEST)} honest, {len(FAKE)} fake, {len(UNREADABLE)} unreadable shops\n")
    print("| label \\ verdict | " + " | ".join(LEVELS) + " | n |")
    print("|---|" + "---|" * (len(LEVELS) + 1))
    for label, counts in matrix.items():
        print(f"| {label} | " + " | ".join(str(counts[lv]) for lv in LEVELS) + f" | {sum(counts.values())} |")
    fake_n = sum(matrix["fake"].values()) or 1
    print("\nTargets:")
    print(f"- honest shops high risk: {matrix['honest']['high_risk']} (target 0)")
    print(f"- fakes high risk: {matrix['fake']['high_risk']}/{fake_n} = "
          f"{100 * matrix['fake']['high_risk'] / fake_n:.0f} % (target >= 80 %)")
    print(f"- fakes below 'be careful': {matrix['fake']['ok'] + matrix['fake']['unknown']} (target 0)")
    unread = matrix["unreadable"]
    print(f"- unreadable shops 'not enough information': {unread['unknown']}/{sum(unread.values())} (target all)")
    print("\nPer shop:")
    for shop, level, reasons, took, report in rows:
        print(f"- [{shop.label}] {shop.host} ({shop.what}): **{level}** ({took:.1f} s) <- {', '.join(reasons[:6])}")
        if args.verbose:
            for f in report.findings:
                print(f"      {f.id} {f.status.value}: {f.title.render()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
