"""Price text parsing on real shop pages: ShopSafe's parse_price against price-parser alone.

Corpus: ../shared/corpora/shop-html-zyte-product-benchmark (140 real product pages, 62 shops, with
the ground-truth price of each page). For every page with a price, the benchmark collects the
short visible text snippets (under 40 characters) whose digits are exactly the ground-truth
price's digits — "119,01 €", "$87.11", "£1,299.00", "1 299 ₽" — i.e. the price as the shop
printed it, what a buyer would paste. Each snippet is parsed by

* ``desktop.costs.parse_price`` (default currency: none; country: from the shop's TLD), and
* ``price_parser.Price.fromstring`` (the library ShopSafe builds on), as the peer.

Scored per snippet: right amount, wrong amount (the failure that matters: a wrong number), or
refused/none. The same run scores the hand-labelled local forms of tests/costs/test_table.py and
price-parser's own test suite (v0.5.1, its 1042 must-pass cases; the case table is vendored with
its BSD-3 notice in tests/costs/data/), ShopSafe with the text alone and with a default currency
(USD, as the Costs form passes one) beside price-parser itself. Run from the repository root:

    .venv/bin/python tests/benchmarks/bench_costs_parse.py
"""

from __future__ import annotations

import gzip
import json
import re
import sys
import time
from collections import Counter
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
# The shared corpora sit beside the main checkout (/work/shared); worktrees are one level deeper.
CORPUS = next((base / "shared" / "corpora" / "shop-html-zyte-product-benchmark" / "dataset"
               for base in (ROOT.parent, ROOT.parent.parent)
               if (base / "shared" / "corpora").is_dir()),
              ROOT.parent / "shared" / "corpora" / "shop-html-zyte-product-benchmark" / "dataset")

from price_parser import Price as PeerPrice  # noqa: E402

from desktop.costs import PriceParseError, parse_price  # noqa: E402

def _country(host: str) -> str | None:
    """The shop's country from its TLD: a two-letter TLD is the country (uk → GB), .com → US."""
    tld = host.rsplit(".", 1)[-1].lower()
    if tld == "com":
        return "US"
    if tld == "uk":
        return "GB"
    return tld.upper() if len(tld) == 2 else None


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.chunks: list[str] = []

    def handle_starttag(self, tag, attrs):  # noqa: ANN001
        if tag in ("script", "style", "noscript", "template"):
            self.skip += 1

    def handle_endtag(self, tag):  # noqa: ANN001
        if tag in ("script", "style", "noscript", "template") and self.skip:
            self.skip -= 1

    def handle_data(self, data):  # noqa: ANN001
        if not self.skip:
            text = " ".join(data.split())
            if text:
                self.chunks.append(text)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text).lstrip("0")


def _snippets(html: str, truth: Decimal) -> list[str]:
    parser = _Text()
    parser.feed(html)
    plain = format(truth, "f")
    wanted = {_digits(plain)}
    if "." in plain:  # "119.00" may be printed "119"
        whole, fraction = plain.split(".")
        if set(fraction) == {"0"}:
            wanted.add(_digits(whole))
    found = []
    for chunk in parser.chunks:
        if len(chunk) < 40 and _digits(chunk) in wanted and re.search(r"\d", chunk):
            found.append(chunk)
    return sorted(set(found))


def main() -> int:
    truth = json.loads((CORPUS / "ground-truth.json").read_text(encoding="utf-8"))
    ours, peer = Counter(), Counter()
    wrong_examples: list[str] = []
    pages_with_snippet = 0
    snippets_total = 0
    elapsed_ours = elapsed_peer = 0.0
    for key, entry in sorted(truth.items()):
        if not entry.get("price"):
            continue
        amount = Decimal(entry["price"][0])
        html = gzip.decompress((CORPUS / "html" / f"{key}.html.gz").read_bytes()).decode(
            "utf-8", "replace")
        host = urlsplit(entry["url"]).hostname or ""
        country = _country(host)
        snippets = _snippets(html, amount)
        if snippets:
            pages_with_snippet += 1
        for text in snippets:
            snippets_total += 1
            started = time.perf_counter()
            try:
                price = parse_price(text, country=country)
                ours["right" if price.amount == amount else "wrong"] += 1
                if price.amount != amount:
                    wrong_examples.append(f"ours  {text!r} -> {price.amount} (truth {amount})")
            except PriceParseError as error:
                ours["refused:" + error.reason] += 1
            elapsed_ours += time.perf_counter() - started
            started = time.perf_counter()
            result = PeerPrice.fromstring(text)
            elapsed_peer += time.perf_counter() - started
            if result.amount is None:
                peer["none"] += 1
            elif result.amount == amount:
                peer["right"] += 1
            else:
                peer["wrong"] += 1
                wrong_examples.append(f"peer  {text!r} -> {result.amount} (truth {amount})")
    priced = sum(1 for e in truth.values() if e.get("price"))
    print(f"pages with a ground-truth price: {priced}; with a matching snippet: "
          f"{pages_with_snippet}; snippets: {snippets_total}")
    for name, counts, elapsed in (("ShopSafe parse_price", ours, elapsed_ours),
                                  ("price-parser 0.5.1", peer, elapsed_peer)):
        total = sum(counts.values())
        right = counts["right"]
        wrong = counts["wrong"]
        print(f"{name:22s} right {right}/{total} ({100 * right / total:.1f} %), wrong "
              f"{wrong} ({100 * wrong / total:.1f} %), other "
              f"{ {k: v for k, v in counts.items() if k not in ('right', 'wrong')} }, "
              f"{1e6 * elapsed / total:.0f} µs/snippet")
    print("wrong numbers:")
    for line in wrong_examples:
        print("  " + line)
    _local_forms()
    _peer_suite()
    return 0


def _local_forms() -> None:
    """The hand-labelled local forms of tests/costs/test_table.py (Rp 1.250.000, 50rb, 1,5jt,
    1.234,56 €, $1,299.00, 1299 pesos...): amount right, wrong, or refused, for both parsers."""
    sys.path.insert(0, str(ROOT / "tests" / "costs"))
    from test_table import PARSE_CASES

    ours, peer = Counter(), Counter()
    peer_wrong = []
    for text, country, default, amount, currency, _ambiguous in PARSE_CASES:
        try:
            price = parse_price(text, default, country=country)
            ours["right" if (price.amount, price.currency) == (amount, currency) else "wrong"] += 1
        except PriceParseError:
            ours["refused"] += 1
        result = PeerPrice.fromstring(text)
        if result.amount is None:
            peer["none"] += 1
        elif result.amount == amount:
            peer["right (amount only)"] += 1
        else:
            peer["wrong"] += 1
            peer_wrong.append(f"{text!r} -> {result.amount}")
    print(f"local forms ({len(PARSE_CASES)} hand-labelled cases, IDR/EUR/USD/MXN/ARS/COP/JPY):")
    print(f"  ShopSafe parse_price   {dict(ours)} (amount and ISO currency)")
    print(f"  price-parser 0.5.1     {dict(peer)}")
    print("  price-parser wrong: " + "; ".join(peer_wrong))


def _peer_suite() -> None:
    """price-parser 0.5.1's own cases: right / wrong / refused for ShopSafe (text alone, and with
    a default currency) and for price-parser (text alone, and with the hints its test passes)."""
    sys.path.insert(0, str(ROOT / "tests" / "costs"))
    from peer_suite import load, score

    def ours(default):  # noqa: ANN001, ANN202
        return lambda case: parse_price(case.text, default).amount

    def refusal(error):  # noqa: ANN001, ANN202
        return str(error.reason) if isinstance(error, PriceParseError) else None

    runs = (
        ("ShopSafe, text alone", ours(None), refusal),
        ("ShopSafe, default USD", ours("USD"), refusal),
        ("price-parser, text alone", lambda case: PeerPrice.fromstring(case.text).amount,
         refusal),
        ("price-parser, its hints", lambda case: PeerPrice.fromstring(
            case.text, case.hint, case.decimal_separator).amount, refusal),
    )
    for groups, title in (("must", "must-pass cases"), ("other", "decimal-separator and "
                                                                  "expected-failure cases")):
        cases = load(groups)
        print(f"price-parser 0.5.1 suite, {len(cases)} {title}:")
        for name, parse, refused in runs:
            started = time.perf_counter()
            result = score(cases, parse, refused)
            elapsed = time.perf_counter() - started
            print(f"  {name:26s} right {result.right:4d}  wrong {result.wrong:3d}  refused "
                  f"{result.refused:4d}  ({1e6 * elapsed / len(cases):.0f} µs/case)")
            if name.startswith("ShopSafe"):
                for text, got, expected in result.wrong_cases:
                    print(f"      wrong: {text!r} -> {got} (expected {expected})")
                print(f"      refusals: {dict(result.reasons.most_common())}")


if __name__ == "__main__":
    sys.exit(main())
