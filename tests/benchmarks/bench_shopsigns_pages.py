"""Benchmark: how often the issue-14 content signs fire on real, honest shop pages.

Reads the 140 real product pages of 62 shops of the Zyte product benchmark and the two German
shop pages of the trafilatura corpus (``/work/shared/corpora``, read in place) and runs the
page-level signs on each, as the online check does: ``site.urgency`` (and whether it would be a
warning on a domain that is not established), ``pricing.brands`` (with the page's discount
claims), ``contact.placeholder_address`` and ``contact.country_mismatch`` (with the page's own
host). Every page is from an honest shop, so every hit is a false alarm or an honest shop doing
what the sign describes; the hits are listed for reading.

    cd tests/benchmarks && SHOPSAFE_CORPORA=/work/shared/corpora ../../.venv/bin/python bench_shopsigns_pages.py
"""

from __future__ import annotations

import gzip
import json
import os
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
CORPORA = Path(os.environ.get("SHOPSAFE_CORPORA", ROOT.parent / "shared" / "corpora"))

from desktop.checks.domains import host_info  # noqa: E402
from desktop.checks.extract import extract_contacts, parse_html  # noqa: E402
from desktop.checks.shopidentity import country_finding  # noqa: E402
from desktop.checks.shopsigns import brands_finding, placeholder_address_finding, urgency_phrases  # noqa: E402
from desktop.checks.signals import BIG_DISCOUNT, discounts  # noqa: E402


def pages() -> list[tuple[str, str]]:
    folder = CORPORA / "shop-html-zyte-product-benchmark" / "dataset"
    truth = json.loads((folder / "ground-truth.json").read_text("utf-8"))
    out = []
    for key, row in sorted(truth.items()):
        path = folder / "html" / f"{key}.html.gz"
        out.append((row["url"], gzip.decompress(path.read_bytes()).decode("utf-8", "replace")))
    for name, host in (("tests_cache_ebrosia.de.zinfandel.html", "www.ebrosia.de"),
                       ("tests_cache_toralin.de.schmierfett.html", "www.toralin.de")):
        path = CORPORA / "shop-html-trafilatura" / name
        out.append((f"https://{host}/", path.read_text("utf-8", "replace")))
    return out


def main() -> int:
    hits: Counter = Counter()
    examples: dict[str, list[str]] = {}
    rows = pages()
    for url, html in rows:
        page = parse_html(html, url)
        host = urlsplit(url).hostname or ""
        contacts = extract_contacts([page], host, "US")
        claims = discounts(page.text)
        signs = {
            "site.urgency": urgency_phrases([page]),
            "pricing.brands": brands_finding(page.text, max(claims) if claims else None, BIG_DISCOUNT),
            "contact.placeholder_address": placeholder_address_finding(page.text),
            "contact.country_mismatch": country_finding(page.text, contacts.phones, contacts.addresses,
                                                        host_info(host).suffix),
        }
        for name, value in signs.items():
            if not value:
                continue
            if name == "contact.country_mismatch" and value.status.value != "warn":
                name = "contact.country_mismatch (info only)"
            hits[name] += 1
            what = value if isinstance(value, list) else dict(value.evidence)
            examples.setdefault(name, []).append(f"{host}: {what}")
    print(f"{len(rows)} real shop pages ({len({urlsplit(u).hostname for u, _ in rows})} shops)\n")
    print("| sign | pages | share |")
    print("|---|---|---|")
    for name in ("site.urgency", "pricing.brands", "contact.placeholder_address", "contact.country_mismatch",
                 "contact.country_mismatch (info only)"):
        print(f"| {name} | {hits[name]} | {100 * hits[name] / len(rows):.1f} % |")
    for name, lines in examples.items():
        print(f"\n{name}:")
        for line in lines[:12]:
            print(f"  - {line[:200]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
