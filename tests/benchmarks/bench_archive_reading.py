"""Search recall over receipts and transfer proofs once stored in an archive and read, and the
time per page (issue 16: files read once, in the background).

The documents are the generated sets of ``bench_receipts.py`` (thermal receipts id/mx/es/us and
Indonesian restaurant bills) and ``bench_transfer_proofs.py`` (BRImo, BCA, Livin', SPEI, Bizum),
written after how the real documents look, not after the search. Each document becomes one order
(titled "Order N": nothing of it in the order's own fields) holding one file in one of these
forms, in turn:

- receipts: a PDF with a text layer, a scanned PDF (a picture of the page, no text layer:
  rendered and OCR'd), a clean picture, a photographed-looking JPEG (turned, blurred, shrunk);
- transfer proofs: a clean phone screenshot, a degraded one (shrunk, blurred, JPEG 40–60).

Every file is read by ``Session.read_files`` machinery (``readtext.read_attachment``) with two
worker threads, as a two-core laptop would, and stored in the archive. Then the person's
queries are searched, the way a person would type them, from the ground truth:

- the total as printed ("245.000", "155,90"), as digits ("245000", "155.90"), and for rupiah
  in thousands the short way ("Rp245rb"), when the total is a whole number of thousands;
- the reference number (receipts' "No. Struk"/"Folio", proofs' "No. Ref"/clave de rastreo).

A query is a *hit* when the right order is among the results; the mean number of orders found
per query says how much else comes with it. Time per page is the wall time of a page with two
pages read at once, and the CPU seconds (this process plus Tesseract) per page.

Run from the repository root:

    /work/main/.venv/bin/python tests/benchmarks/bench_archive_reading.py [--receipts N] [--proofs M]
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "benchmarks"))

import bench_receipts as receipts  # noqa: E402
import bench_transfer_proofs as proofs  # noqa: E402

from desktop.archive import KDF_FLOOR, create_archive  # noqa: E402
from desktop.archive.readtext import read_attachment  # noqa: E402
from tests.reading.make_pdfs import scanned_pdf, text_pdf  # noqa: E402

LANGS = ("ind", "spa", "eng")
RECEIPT_FORMS = ("text PDF", "scanned PDF", "clean image", "photo")
PROOF_FORMS = ("clean screenshot", "degraded screenshot")


def printed(value: Decimal, currency: str) -> list[tuple[str, str]]:
    """(how, query) pairs for a total as people type it."""
    if currency == "IDR":
        whole = int(value)
        dotted = f"{whole:,}".replace(",", ".")
        out = [("as printed", dotted), ("digits", str(whole))]
        if whole % 1000 == 0:
            out.append(("short (rb)", f"Rp{whole // 1000}rb"))
        return out
    plain = f"{value:.2f}"
    comma = f"{value:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    english = f"{value:,.2f}"
    return [("as printed", comma if currency == "EUR" else english), ("digits", plain)]


def make_file(form: str, text: str, rng: random.Random) -> tuple[bytes, str]:
    if form == "text PDF":
        return text_pdf([text]), "receipt.pdf"
    if form == "scanned PDF":
        return scanned_pdf([text]), "scan.pdf"
    if form in ("clean image", "photo"):
        return receipts.render(text, form == "photo", rng), "receipt.jpg"
    return proofs.render(text, form == "degraded screenshot", rng), "proof.jpg"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--receipts", type=int, default=100)
    parser.add_argument("--proofs", type=int, default=50)
    args = parser.parse_args()
    rng = random.Random(1616)
    kinds = ["id", "resto", "mx", "es", "en"]
    proof_kinds = ["brimo", "bca", "livin", "spei", "bizum"]
    documents = []  # (form, text, country, total Money, reference)
    for index in range(args.receipts):
        text, country, truth = receipts.receipt(kinds[index % len(kinds)], rng)
        documents.append((RECEIPT_FORMS[index // len(kinds) % len(RECEIPT_FORMS)], text,
                          country, truth.get("total"), truth.get("reference")))
    for index in range(args.proofs):
        text, country, _now, truth = proofs.proof(proof_kinds[index % len(proof_kinds)], rng)
        documents.append((PROOF_FORMS[index // len(proof_kinds) % len(PROOF_FORMS)], text,
                          country, truth.get("amount"), truth.get("reference")))

    folder = Path(tempfile.mkdtemp(prefix="bench-reading-")) / "Bench.shopsafe"
    session = create_archive(folder, "benchmark passphrase for reading", kdf=KDF_FLOOR,
                             data_dir=folder.parent)
    orders = []
    for index, (form, text, _country, _total, _reference) in enumerate(documents):
        data, name = make_file(form, text, random.Random(index))
        order = session.add_order(title=f"Order {index}")
        session.add_bytes(order, data, name)
        orders.append(order)
    attachments = [session.attachments(order)[0] for order in orders]

    # Two workers, each reading one file at a time, as a two-core laptop.
    timing: dict[str, list[float]] = defaultdict(list)
    outcomes: Counter = Counter()
    queue = list(enumerate(attachments))
    lock = threading.Lock()

    def work() -> None:
        while True:
            with lock:
                if not queue:
                    return
                index, attachment = queue.pop(0)
            form, _text, country = documents[index][:3]
            data = session.read_bytes(attachment.id)
            started = time.monotonic()
            reading = read_attachment(data, attachment, LANGS, country=country)
            elapsed = time.monotonic() - started
            session.store_reading(reading)
            with lock:
                timing[form].append(elapsed / max(reading.pages, 1))
                outcomes[(form, reading.how or reading.status)] += 1

    before_self = resource.getrusage(resource.RUSAGE_SELF)
    before_children = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    workers = [threading.Thread(target=work) for _ in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    wall = time.monotonic() - started
    after_self = resource.getrusage(resource.RUSAGE_SELF)
    after_children = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu_self = (after_self.ru_utime + after_self.ru_stime - before_self.ru_utime
                - before_self.ru_stime)
    cpu_ocr = (after_children.ru_utime + after_children.ru_stime - before_children.ru_utime
               - before_children.ru_stime)
    pages = len(attachments)

    hits: dict[tuple[str, str], Counter] = defaultdict(Counter)
    found_counts: dict[str, list[int]] = defaultdict(list)
    misses: list[str] = []
    for index, (form, _text, _country, total, reference) in enumerate(documents):
        queries = []
        if total is not None:
            queries += [(f"total, {how}", q) for how, q in printed(total.amount, total.currency)]
        if reference:
            queries.append(("reference", reference))
        for how, query in queries:
            found = [o.id for o in session.search(query, limit=1000)]
            hit = orders[index] in found
            hits[(form, how)]["hit" if hit else "miss"] += 1
            found_counts[how].append(len(found))
            if not hit and len(misses) < 10:
                reading = session.reading(attachments[index].id)
                line = next((ln for ln in reading.text.splitlines()
                             if any(part in ln for part in query.split(".")[:1])), "")
                misses.append(f"{form}: {how} {query!r} — read as {line.strip()[:60]!r}")
    session.lock()

    print(f"{args.receipts} receipts and {args.proofs} transfer proofs, one order each, read "
          f"with two workers (Tesseract {'+'.join(LANGS)}, one thread each)\n")
    print("| form | query | hits | recall |")
    print("|---|---|---|---|")
    for (form, how), counts in sorted(hits.items()):
        n = counts["hit"] + counts["miss"]
        print(f"| {form} | {how} | {counts['hit']}/{n} | {counts['hit'] / n:.0%} |")
    all_hits = sum(c["hit"] for c in hits.values())
    all_queries = sum(c["hit"] + c["miss"] for c in hits.values())
    print(f"\nAll queries: {all_hits}/{all_queries} = {all_hits / all_queries:.1%}")
    print("\n| query | mean orders found | most |")
    print("|---|---|---|")
    for how, counts in sorted(found_counts.items()):
        print(f"| {how} | {sum(counts) / len(counts):.2f} | {max(counts)} |")
    print("\n| form | pages | read as | wall s per page (median, 2 at once) |")
    print("|---|---|---|---|")
    for form, values in sorted(timing.items()):
        values = sorted(values)
        hows = ", ".join(f"{how} {n}" for (f, how), n in sorted(outcomes.items()) if f == form)
        print(f"| {form} | {len(values)} | {hows} | {values[len(values) // 2]:.2f} |")
    print(f"\nAll {pages} pages: {wall:.1f} s wall ({wall / pages:.2f} s per page with two "
          f"workers), CPU {cpu_self + cpu_ocr:.1f} s ({(cpu_self + cpu_ocr) / pages:.2f} s per "
          f"page: {cpu_ocr:.1f} s Tesseract, {cpu_self:.1f} s this process incl. PDF "
          f"rendering, crypto and search indexing)")
    if misses:
        print("\nMisses (first 10):")
        for miss in misses:
            print(f"- {miss}")


if __name__ == "__main__":
    main()
