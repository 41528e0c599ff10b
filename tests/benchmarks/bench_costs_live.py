"""Live totals: how long one keystroke takes on the Costs page, and raw compute throughput.

Target: a keystroke in any field recomputes every offer, the comparison and both tables well
inside one 60 Hz frame (16 ms) with 10 offers, and stays interactive (< 50 ms) with 50.
Runs the real CostsPage offscreen. From the repository root:

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_costs_live.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = Path(tempfile.mkdtemp(prefix="bench-costs-"))
os.environ["SHOPSAFE_DATA_DIR"] = str(_HOME / "data")
os.environ["SHOPSAFE_SETTINGS_FILE"] = str(_HOME / "settings.ini")

from desktop.costs import (  # noqa: E402
    Charge,
    Fee,
    Offer,
    OfferForm,
    Voucher,
    compute,
    parse_price,
    read_form,
)


def _compute_throughput() -> None:
    offer = Offer(currency="IDR", unit_price=Decimal(125000), quantity=3,
                  shipping=Decimal(18000), free_shipping_over=Decimal(500000),
                  insurance=Charge(percent=Decimal("0.5")), fees=(Fee("service", Decimal(1000)),),
                  payment_method="card", payment_fee=Charge(Decimal(1000), Decimal("2.9")),
                  tax_percent=Decimal(11), vouchers=(Voucher("percent", Decimal(10),
                                                             Decimal(20000), Decimal(100000)),))
    form = OfferForm.for_country("ID", unit_price="Rp 125.000", quantity="3", shipping="18rb",
                                 insurance="0,5%", payment_fee="2,9% + Rp 1.000",
                                 voucher="10%", voucher_cap="20rb", voucher_min_spend="100rb")
    for name, func in (("parse_price('Rp 1.250.000')", lambda: parse_price("Rp 1.250.000")),
                       ("parse_price('1,5jt', country=ID)",
                        lambda: parse_price("1,5jt", country="ID")),
                       ("compute(offer with every line)", lambda: compute(offer)),
                       ("read_form(full form) + compute",
                        lambda: compute(read_form(form, "IDR", "ID").offer))):
        runs = 2000
        started = time.perf_counter()
        for _ in range(runs):
            func()
        per = (time.perf_counter() - started) / runs
        print(f"{name:36s} {per * 1e6:8.0f} µs")


def _keystroke_latency(offers: int) -> list[float]:
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from desktop.settings import COUNTRY, OFFLINE, Settings
    from desktop.ui.costs_page import CostsPage

    app = QApplication.instance() or QApplication([])
    settings = Settings(_HOME / f"s{offers}.ini")
    settings.set_value(OFFLINE, True)
    settings.set_value(COUNTRY, "ID")
    page = CostsPage(settings, QThreadPool.globalInstance())
    page.resize(1300, 800)
    page.show()
    app.processEvents()
    for index in range(offers):
        page.add_offer(OfferForm.for_country(
            "ID", name=f"Toko {index}", unit_price=f"Rp {100 + index}.000", shipping="18rb",
            voucher="10%", voucher_cap="20rb", payment_fee="1%", captured_price="Rp 99.000"))
    page.set_current_row(0)
    app.processEvents()
    edit = page.editor.field("shipping")
    samples = []
    for step in range(60):
        text = f"{15 + step % 9}rb"
        started = time.perf_counter()
        edit.setText(text)
        edit.textEdited.emit(text)  # what a keystroke triggers: recompute + both tables
        app.processEvents()         # and the repaint
        samples.append(time.perf_counter() - started)
    page.flush()
    page.deleteLater()
    app.processEvents()
    return samples


def main() -> int:
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs")
    _compute_throughput()
    for offers in (2, 10, 50):
        samples = _keystroke_latency(offers)
        samples.sort()
        print(f"keystroke → totals shown, {offers:2d} offers: median "
              f"{statistics.median(samples) * 1e3:6.1f} ms, p95 "
              f"{samples[int(len(samples) * 0.95) - 1] * 1e3:6.1f} ms, max "
              f"{samples[-1] * 1e3:6.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
