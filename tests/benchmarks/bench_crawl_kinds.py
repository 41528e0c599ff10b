"""Round trips of a full check when a shop links every page kind, or the link redirects (issue #19).

    .venv/bin/python tests/benchmarks/bench_crawl_kinds.py [--delay 0.3] [--runs 3]

Issue #19 made the crawl read up to 11 pages (the complaints book and the pages where payment
instructions live: how to order, payment, FAQ) instead of 7, and a link that lands on another
site now costs a second RDAP query for that site. Served over HTTPS on loopback with every HTTP
response delayed by ``--delay`` (as in bench_parallel.py), in the same run:

- ``seven``: a shop linking the 7 page kinds read before #19 (the peer);
- ``eleven``: the same shop also linking order, payment, FAQ and complaints pages;
- ``redirect``: a link on another domain that redirects (302) to ``eleven``.

Reported: HTTP requests, online wall time and wall ÷ delay ("round trips"); the ratio to the
peer is what #19 added. Target of issue 4: a check takes at most about four round trips.
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

from support import TestCA, TestServer, hostile, write_site  # noqa: E402
from support.rdap_server import RdapRegistry, days_ago  # noqa: E402

SEVEN = [("contacto", "Contacto"), ("nosotros", "Quiénes somos"), ("aviso-legal", "Datos del vendedor"),
         ("privacidad", "Política de privacidad"), ("cambios", "Cambios y devoluciones"),
         ("terminos", "Términos y condiciones"), ("envios", "Envíos")]
FOUR = [("como-comprar", "Cómo comprar"), ("formas-de-pago", "Formas de pago"), ("faq", "Preguntas frecuentes"),
        ("libro-de-reclamaciones", "Libro de Reclamaciones")]


def shop(folder: Path, kinds) -> Path:
    nav = "".join(f"<a href='/{path}'>{text}</a> " for path, text in kinds)
    body = "<p>Calzados Lima E.I.R.L. · RUC 20512333797 · ventas@calzados.test · +51 1 555 0101</p>" * 3
    pages = {"index.html": f"<html><head><title>Tienda</title></head><body>{nav}{body}</body></html>"}
    pages.update({f"{path}.html": f"<html><body><p>{text}</p>{body}</body></html>" for path, text in kinds})
    return write_site(folder, pages)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--delay", type=float, default=0.3)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["SHOPSAFE_DATA_DIR"] = str(Path(tmp) / "data")
        from desktop.checks.run import final_report, run_check
        from desktop.net.options import CheckOptions

        ca = TestCA(Path(tmp) / "ca")
        server = TestServer(ca)
        rdap = RdapRegistry(server, "rdap.test", delay=args.delay)
        rdap.write_bootstrap(os.environ["SHOPSAFE_DATA_DIR"], ["pe", "com"])
        server.add_site("seven.com.pe", root=shop(Path(tmp) / "seven", SEVEN), delay=args.delay)
        server.add_site("eleven.com.pe", root=shop(Path(tmp) / "eleven", SEVEN + FOUR), delay=args.delay)
        server.add_site("promo-eleven.com", routes={"/": hostile.redirect_to("https://eleven.com.pe/")},
                        delay=args.delay)
        hosts = {"seven": "seven.com.pe", "eleven": "eleven.com.pe", "redirect": "promo-eleven.com"}
        for host in hosts.values():
            rdap.add_domain(host, registered=days_ago(2000))
        resolve = {h: f"127.0.0.1:{server.port}" for h in [*hosts.values(), "rdap.test"]}
        options = CheckOptions(ca_bundle=ca.bundle_path, deadline=20, resolve=resolve, country="PE")
        print(f"delay per response: {args.delay * 1000:.0f} ms, runs: {args.runs}")
        print(f"{'case':10s} {'verdict':9s} {'pages':>5s} {'requests':>8s} {'online s':>9s} {'round trips':>11s} "
              f"{'÷ seven':>8s}")
        peer = None
        for name, host in hosts.items():
            walls = []
            for _ in range(args.runs):
                before = len(server.requests)
                started = time.perf_counter()
                report = final_report(run_check(f"https://{host}/", options))
                walls.append(time.perf_counter() - started)
                requests = len(server.requests) - before
            wall = statistics.median(walls)
            peer = peer or wall
            pages = 1 + len(report.snapshot["pages"]) if report.snapshot else 0
            print(f"{name:10s} {report.verdict.level.value:9s} {pages:5d} {requests:8d} {wall:9.2f} "
                  f"{wall / args.delay:11.1f} {wall / peer:8.2f}")
        server.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
