"""False alarms of the payment and company-id readings on real pages (issue #19; run on demand).

    .venv/bin/python tests/benchmarks/bench_payment_ids.py [--show]

Pages: the 441 hand-annotated business pages of WebStruct (``contact-webstruct``), the 140 real
product pages of the Zyte product benchmark and the two German shop pages of trafilatura, all
from ``../shared/corpora``. Every one is an honest business, so on them

- a ``payment.*`` warning (a private payee, only transfers, cash deposits …) is a false alarm;
- a company id read with ``valid: False`` is a false alarm (a number taken for an id, or a real id
  whose check digit the validator gets wrong).

The peer in the same run is the payment reading before issue #19 (main at ec73a1d: a warning
only for "transfer and nothing safe", crypto or gift cards), loaded from git, so the ratio says
whether reading instructions added false alarms. Time per page is reported beside the time to
parse the page and beside the same reading before #19 (methods and ids only).
"""

from __future__ import annotations

import argparse
import gzip
import re
import subprocess
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
CORPORA = ROOT.parent / "shared" / "corpora"
if not CORPORA.is_dir():
    CORPORA = Path("/work/shared/corpora")

from desktop.checks.companyids import find_company_ids  # noqa: E402
from desktop.checks.extract import parse_html  # noqa: E402
from desktop.checks.model import Status  # noqa: E402
from desktop.checks.paymentfindings import payment_findings  # noqa: E402

BEFORE = "ec73a1d"


def pages():
    for path in sorted(CORPORA.glob("contact-webstruct/webstruct_data/corpus/*/wa/*.html")):
        yield "webstruct", path.name, path.read_text("utf-8", "replace")
    for path in sorted(CORPORA.glob("shop-html-zyte-product-benchmark/dataset/html/*.html.gz")):
        yield "zyte", path.name, gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
    for path in sorted(CORPORA.glob("shop-html-trafilatura/*.html")):
        yield "trafilatura", path.name, path.read_text("utf-8", "replace")


def old_payment_warnings():
    """The pre-#19 rule, from git: transfer with nothing safe, crypto, gift cards."""
    source = subprocess.run(["git", "show", f"{BEFORE}:desktop/checks/signals.py"], cwd=ROOT,
                            capture_output=True, text=True, check=True).stdout
    section = source[source.index("_PAY_CONTEXT = "):source.index("def _payment_findings")]

    def fold(text):
        decomposed = unicodedata.normalize("NFKD", text.lower())
        return "".join(c for c in decomposed if not unicodedata.combining(c))

    namespace = {"re": re, "_fold": fold}
    exec(section, namespace)  # noqa: S102 - our own code at a known commit

    def warnings(text):
        methods = namespace["payment_methods"](text)
        safe = [m for m in methods if m in namespace["_SAFE"]]
        found = []
        if "transfer" in methods and not safe:
            found.append("payment.transfer_only")
        found += [f"payment.{m}" for m in ("crypto", "gift_cards") if m in methods]
        return found

    return warnings


def old_company_ids():
    """find_company_ids before #19 (hand-written ES/MX/DE validators, NIB), from git."""
    source = subprocess.run(["git", "show", f"{BEFORE}:desktop/checks/companyids.py"], cwd=ROOT,
                            capture_output=True, text=True, check=True).stdout
    namespace: dict = {}
    exec(source, namespace)  # noqa: S102 - our own code at a known commit
    return namespace["find_company_ids"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", action="store_true", help="print every false alarm")
    args = parser.parse_args()
    old = old_payment_warnings()
    old_ids = old_company_ids()
    before_time = 0.0
    counts: Counter = Counter()
    ours_alarms: Counter = Counter()
    old_alarms: Counter = Counter()
    id_types: Counter = Counter()
    invalid: list[tuple[str, dict]] = []
    instructions: Counter = Counter()
    parse_time = read_time = 0.0
    for corpus, name, html in pages():
        counts[corpus] += 1
        begun = time.perf_counter()
        page = parse_html(html, f"https://{name}/")
        parsed = time.perf_counter()
        findings = list(payment_findings(page.text, [(page.url, page.text)]))
        ids = find_company_ids(page.text)
        read_time += time.perf_counter() - parsed
        parse_time += parsed - begun
        warned = sorted({f.id for f in findings if f.status is Status.WARN})
        for fid in warned:
            ours_alarms[fid] += 1
        if warned:
            ours_alarms["pages"] += 1
            if args.show:
                texts = [f.evidence.get("text") or f.evidence.get("methods") for f in findings
                         if f.status is Status.WARN]
                print(f"payment {corpus}/{name}: {warned} {texts}")
        begun = time.perf_counter()
        before = old(page.text)
        old_ids(page.text)
        before_time += time.perf_counter() - begun
        for fid in before:
            old_alarms[fid] += 1
        old_alarms["pages"] += bool(before)
        for finding in findings:
            if finding.id == "payment.instructions":
                instructions[finding.evidence["recipient_kind"]] += 1
        for hit in ids:
            id_types[hit["type"]] += 1
            if not hit["valid"]:
                invalid.append((f"{corpus}/{name}", hit))
                if args.show:
                    print(f"invalid id {corpus}/{name}: {hit}")
    total = sum(counts.values())
    print(f"pages: {total} ({dict(counts)})")
    print(f"payment warnings (false alarms), pages: ours {ours_alarms['pages']} ({ours_alarms['pages'] / total:.2%}), "
          f"before #19 {old_alarms['pages']} ({old_alarms['pages'] / total:.2%})")
    print(f"  by finding, ours: {dict((k, v) for k, v in ours_alarms.items() if k != 'pages')}")
    print(f"  by finding, before: {dict((k, v) for k, v in old_alarms.items() if k != 'pages')}")
    print(f"payment instructions read (any status), by recipient: {dict(instructions)}")
    print(f"company ids read: {dict(id_types)}; invalid (false alarms): {len(invalid)}")
    print(f"time: reading payment + ids {read_time / total * 1000:.2f} ms/page = "
          f"{read_time / parse_time:.2f} x the parse time ({parse_time / total * 1000:.2f} ms/page), "
          f"{read_time / before_time:.2f} x the reading before #19 ({before_time / total * 1000:.2f} ms/page)")


if __name__ == "__main__":
    main()
