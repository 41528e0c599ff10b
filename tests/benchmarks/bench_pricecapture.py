"""Captured product price on real product pages: precision and recall against ground truth.

Corpus: ../shared/corpora/shop-html-zyte-product-benchmark (140 real product pages from 62 shops,
2021 snapshots, with a hand-made ground-truth price for 134 of them; read in place). For each page
``desktop.checks.pricecapture.capture_price`` is run on the HTML (country from the shop's TLD, as
a local buyer's settings would give). Scoring follows the corpus's own ``evaluate.py``: the
amount is compared as a Decimal with any of the ground-truth values, currency not scored;

* precision = right / pages where a price was captured,
* recall = right / pages with a ground-truth price.

With ``--peer DIR`` the same is computed for the corpus's published baseline (extruct +
price-parser, ``extractors/run_extruct.py``) from a venv where extruct is installed, e.g.
``/work/bench-venvs/extruct/bin/python`` — pass that interpreter's path. Run from the repository
root:

    .venv/bin/python tests/benchmarks/bench_pricecapture.py [--show-misses] [--peer PYTHON]
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import time
from collections import Counter
from decimal import Decimal, InvalidOperation
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpora" / "shop-html-zyte-product-benchmark" / "dataset"

from desktop.checks.pricecapture import capture_price  # noqa: E402

PEER_SCRIPT = r"""
import gzip, json, sys
from pathlib import Path
import extruct
from price_parser import Price

def price_of(data):
    # the corpus's baseline (extractors/run_extruct.py): first Product's first offer, price-parser
    for syntax in ("json-ld", "microdata", "opengraph", "rdfa"):
        for item in data.get(syntax, []):
            types = item.get("@type") or item.get("type") or ""
            types = types if isinstance(types, list) else [types]
            if not any(str(t).rsplit("/", 1)[-1] == "Product" for t in types):
                continue
            offers = item.get("offers") or (item.get("properties") or {}).get("offers")
            if isinstance(offers, list):
                offers = offers[0] if offers else None
            if isinstance(offers, dict):
                offers = offers.get("properties", offers)
                for key in ("price", "lowPrice"):
                    if offers.get(key) not in (None, ""):
                        amount = Price.fromstring(str(offers[key])).amount
                        if amount is not None:
                            return str(amount)
    return None

out = {}
for path in sorted(Path(sys.argv[1]).glob("*.html.gz")):
    html = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
    try:
        data = extruct.extract(html, syntaxes=["json-ld", "microdata", "opengraph", "rdfa"], uniform=True)
    except Exception:
        out[path.name.split(".")[0]] = None
        continue
    out[path.name.split(".")[0]] = price_of(data)
print(json.dumps(out))
"""


def country_of(url: str) -> str | None:
    tld = (urlsplit(url).hostname or "").rsplit(".", 1)[-1].lower()
    if tld == "com":
        return "US"
    if tld == "uk":
        return "GB"
    return tld.upper() if len(tld) == 2 else None


def as_decimal(value) -> Decimal | None:
    try:
        return Decimal(str(value).replace(",", ""))
    except (InvalidOperation, ValueError):
        return None


def score(predictions: dict[str, str | None], truth: dict) -> dict:
    support = sum(1 for page in truth.values() if page.get("price"))
    predicted = right = 0
    for page_id, page in truth.items():
        guess = predictions.get(page_id)
        if guess is None:
            continue
        predicted += 1
        wanted = {as_decimal(v) for v in page.get("price", [])}
        if as_decimal(guess) in wanted:
            right += 1
    precision = right / predicted if predicted else 0.0
    recall = right / support if support else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"support": support, "predicted": predicted, "right": right,
            "precision": precision, "recall": recall, "f1": f1}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--peer", help="python interpreter of a venv with extruct installed")
    args = parser.parse_args()
    truth = json.loads((CORPUS / "ground-truth.json").read_text())
    predictions: dict[str, str | None] = {}
    sources: Counter = Counter()
    currencies = 0
    spent = []
    for page_id, page in sorted(truth.items()):
        html = gzip.decompress((CORPUS / "html" / f"{page_id}.html.gz").read_bytes()).decode("utf-8", "replace")
        begun = time.perf_counter()
        found = capture_price(html, country=country_of(page["url"]))
        spent.append(time.perf_counter() - begun)
        predictions[page_id] = found.to_report()["amount"] if found else None
        if found:
            sources[found.source] += 1
            currencies += found.currency is not None
        if args.show_misses:
            wanted = {as_decimal(v) for v in page.get("price", [])}
            ok = found is not None and as_decimal(found.amount) in wanted
            if not ok:
                print(f"{page_id[:10]} {urlsplit(page['url']).hostname:28} truth={page.get('price')} "
                      f"got={found.to_report() if found else None}")
    result = score(predictions, truth)
    spent.sort()
    print(f"ShopSafe capture_price: support {result['support']}, captured {result['predicted']}, "
          f"right {result['right']}: precision {result['precision']:.3f}, recall {result['recall']:.3f}, "
          f"F1 {result['f1']:.3f}")
    print(f"  sources {dict(sources)}; currency given for {currencies}/{result['predicted']}")
    print(f"  time per page: median {spent[len(spent) // 2] * 1000:.1f} ms, max {spent[-1] * 1000:.1f} ms")
    if args.peer:
        begun = time.perf_counter()
        output = subprocess.run([args.peer, "-c", PEER_SCRIPT, str(CORPUS / "html")], check=True,
                                capture_output=True, text=True).stdout
        seconds = time.perf_counter() - begun
        peer = score(json.loads(output), truth)
        print(f"extruct baseline: captured {peer['predicted']}, right {peer['right']}: precision "
              f"{peer['precision']:.3f}, recall {peer['recall']:.3f}, F1 {peer['f1']:.3f} "
              f"({seconds:.1f} s for {len(truth)} pages incl. start-up)")


if __name__ == "__main__":
    main()
