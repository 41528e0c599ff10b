"""The Sellers page's list and search with N sellers, on the GUI thread (issue 12).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_sellers_page.py [--sellers 5000]

Fills the real page's rows as its background load hands them over (each seller with a phone,
an account, a domain, a handle and a shop link) and times filling the list for searches typed
as a person would: nothing (every seller), a name part, a phone number written another way, a
miss. Best of 5 per search, against the 50 ms event-loop stall target of the window.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QThreadPool  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.archive.sellers import BankAccount, Seller  # noqa: E402
from desktop.settings import Settings  # noqa: E402
from desktop.ui.sellers_page import SellersPage  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sellers", type=int, default=5000)
    args = parser.parse_args()
    app = QApplication([])
    rows = []
    for i in range(args.sellers):
        seller = Seller(f"{i:016x}", f"Toko {i}", (f"+62812{i:08d}",),
                        (BankAccount(f"77{i:08d}", "BCA", f"Budi {i}"),), (f"toko-{i}.co.id",),
                        (f"@toko_{i}",), (), (f"tokopedia.com/toko{i}",), "", (), (), None, (), "",
                        False, "", "")
        keys = frozenset({f"+62812{i:08d}", f"77{i:08d}", f"toko-{i}.co.id", f"toko_{i}",
                          f"tokopedia.com/toko{i}"})
        rows.append((seller, keys, "\n".join([seller.name, *(v for _k, v in seller.identifiers())])
                     .casefold()))
    page = SellersPage(Settings(Path(tempfile.mkdtemp()) / "s.ini"), QThreadPool.globalInstance())
    page.resize(1024, 600)
    page.show()
    page._on_list_loaded(rows)
    print(f"| search ({args.sellers} sellers) | shown | fill, best of 5 | / 50 ms |")
    print("|---|---|---|---|")
    for text in ("", "toko 4", "+62 812-0000-4990", "tidak ada"):
        best = float("inf")
        for _ in range(5):
            page.search.blockSignals(True)
            page.search.setText(text)
            page.search.blockSignals(False)
            started = time.perf_counter()
            page._fill_list()
            app.processEvents()
            best = min(best, time.perf_counter() - started)
        print(f"| {text or '(none)'} | {page.list.count()} | {best * 1000:.1f} ms | {best / 0.05:.2f} |")


if __name__ == "__main__":
    main()
