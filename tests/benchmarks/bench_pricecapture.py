"""Captured product price on real product pages: precision and recall against ground truth.

Corpus: ../shared/corpora/shop-html-zyte-product-benchmark (140 real product pages from 62 shops,
2021 snapshots, with a hand-made ground-truth price for 134 of them; read in place). For each page
``desktop.checks.pricecapture.capture_price`` is run on the HTML (country from the shop's TLD, as
a local buyer's settings would give). Scoring follows the corpus's own ``evaluate.py``: the
amount is compared as a Decimal with any of the ground-truth values, currency not scored;

* precision = right / pages where a price was captured,
* recall = right / pages with a ground-truth price.

With ``--peer PYTHON`` the same is computed for the corpus's published baseline restated (extruct
+ price-parser: OpenGraph, then the first JSON-LD product's first offer, then the first microdata
product's, the later winning), run by an interpreter whose venv has extruct and price-parser,
e.g. ``/work/bench-venvs/extruct/bin/python``. Run from the repository
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

def first_offer_price(items):
    for item in items:
        types = item.get("@type") or ""
        types = types if isinstance(types, list) else [types]
        if not any("Product" in str(t) for t in types):
            continue
        offers = item.get("offers") or []
        offers = [offers] if isinstance(offers, dict) else offers
        offer = offers[0] if offers and isinstance(offers[0], dict) else {}
        return offer.get("price") or offer.get("highPrice") or offer.get("lowPrice"), offer.get("priceCurrency")
    return None, None

def price_of(data):
    # the corpus's published baseline, restated: OpenGraph price, overridden by the first JSON-LD
    # Product's first offer, overridden by the first microdata Product's; read with price-parser
    found = None
    og = data.get("opengraph") or [{}]
    og = {str(k).lower(): v for k, v in og[0].items()}
    candidates = [(og.get("og:price:amount") or og.get("product:price:amount"), None),
                  first_offer_price(data.get("json-ld", [])), first_offer_price(data.get("microdata", []))]
    for value, currency in candidates:
        if value in (None, "") or not isinstance(value, (str, int, float)):
            continue
        amount = Price.fromstring(str(value), currency_hint=currency if isinstance(currency, str) else None).amount
        if amount is not None:
            found = str(amount)
    return found

out = {}
for path in sorted(Path(sys.argv[1]).glob("*.html.gz")):
    html = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
    try:
        data = extruct.extract(html, syntaxes=["json-ld", "microdata", "opengraph"], uniform=True)
    except Exception:
        out[path.name.split(".")[0]] = None
        continue
    out[path.name.split(".")[0]] = price_of(data)
print(json.dumps(out))
"""


# Ground-truth values that misread a thousands separator as a decimal mark (checked by hand on the
# page): scored both as given ("raw") and with these read as the shop meant them ("corrected").
GROUPING_NOISE = {
    "0bf9a33384": "paris.cl: $24.990 (Chilean pesos) recorded as 24.99",
    "0d1c8923ac": "olx.com.pk: Rs 23,450 recorded as 23.450",
    "bddc08f529": "stockcenter.com.ar: $2.449 (Argentine pesos) recorded as 2.449",
    "3f5c52ae76": "puntoticket.com (Chile): $3.340 recorded as 3.34",
    "9f0c6ced87": "puntoticket.com (Chile): $5.000 recorded as 5",
}


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


def corrected(truth: dict) -> dict:
    fixed = json.loads(json.dumps(truth))
    for page_id, page in fixed.items():
        if page_id[:10] in GROUPING_NOISE:
            page["price"] = [str(as_decimal(v) * 1000) for v in page["price"]]
    return fixed


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
    fixed = score(predictions, corrected(truth))
    print(f"  with the {len(GROUPING_NOISE)} grouping errors of the ground truth corrected: right {fixed['right']}: "
          f"precision {fixed['precision']:.3f}, recall {fixed['recall']:.3f}, F1 {fixed['f1']:.3f}")
    print(f"  sources {dict(sources)}; currency given for {currencies}/{result['predicted']}")
    print(f"  time per page: median {spent[len(spent) // 2] * 1000:.1f} ms, max {spent[-1] * 1000:.1f} ms")
    if args.peer:
        begun = time.perf_counter()
        output = subprocess.run([args.peer, "-c", PEER_SCRIPT, str(CORPUS / "html")], check=True,
                                capture_output=True, text=True).stdout
        seconds = time.perf_counter() - begun
        peer_predictions = json.loads(output)
        peer = score(peer_predictions, truth)
        print(f"extruct baseline: captured {peer['predicted']}, right {peer['right']}: precision "
              f"{peer['precision']:.3f}, recall {peer['recall']:.3f}, F1 {peer['f1']:.3f} "
              f"({seconds:.1f} s for {len(truth)} pages incl. start-up)")
        peer = score(peer_predictions, corrected(truth))
        print(f"  corrected truth: right {peer['right']}: precision {peer['precision']:.3f}, "
              f"recall {peer['recall']:.3f}, F1 {peer['f1']:.3f}")


if __name__ == "__main__":
    main()
