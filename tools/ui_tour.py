#!/usr/bin/env python3
"""A new user's tour of the ShopSafe window, with a screenshot of every stop.

Starts the local test shops (tests/support: HTTPS with a test CA, a local RDAP server), opens
the real main window in the chosen language and walks through it: every page, Settings, checks
of the legitimate, fake and Spanish shops, an offline check of a messy chat paste and of a
social seller (self-check), and the Costs page with two offers. Screenshots are the window as
drawn (``QWidget.grab``), so they show exactly what a user sees, truncation included.

Run under a real X server to see real fonts and hinting::

    xvfb-run -a -s "-screen 0 1400x1000x24" .venv/bin/python tools/ui_tour.py --lang id --out /tmp/tour

``--scale 2`` sets ``QT_SCALE_FACTOR`` (200 % scaling).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "tests")]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="en", choices=("en", "id", "es"))
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "shopsafe-tour")
    parser.add_argument("--scale", default="")
    parser.add_argument("--size", default="1280x860", help="window size WxH")
    args = parser.parse_args()
    if args.scale:
        os.environ["QT_SCALE_FACTOR"] = args.scale
    home = Path(tempfile.mkdtemp(prefix="shopsafe-tour-"))
    os.environ["SHOPSAFE_DATA_DIR"] = str(home / "data")
    os.environ["SHOPSAFE_SETTINGS_FILE"] = str(home / "settings.ini")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        os.environ[name] = str(home / name.lower())
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QEventLoop, QThreadPool
    from PySide6.QtWidgets import QApplication

    from desktop.costs.form import OfferForm
    from desktop.i18n import install_translators
    from desktop.settings import COUNTRY, LANGUAGE, OFFLINE, Settings
    from desktop.ui.main_window import MainWindow
    from support.certs import TestCA
    from support.rdap_server import RdapRegistry, days_ago
    from support.servers import TestServer

    sites = REPO / "tests" / "sites"
    ca = TestCA(home / "ca")
    server = TestServer(ca)
    server.add_site("tokobatiksari.co.id", "www.tokobatiksari.co.id", root=sites / "toko-batik")
    server.add_site("sepatu-diskon-resmi.shop", "www.sepatu-diskon-resmi.shop", root=sites / "fake-shop")
    server.add_site("tiendaolivar.es", "www.tiendaolivar.es", root=sites / "tienda-es")
    rdap = RdapRegistry(server, "rdap.test")
    rdap.add_domain("tokobatiksari.co.id", registered=days_ago(3000), registrar="PT Registrar Nusantara")
    rdap.add_domain("sepatu-diskon-resmi.shop", registered=days_ago(4))
    rdap.add_domain("tiendaolivar.es", registered=days_ago(2500), registrar="Registrador Ibérico")
    rdap.write_bootstrap(os.environ["SHOPSAFE_DATA_DIR"], ["id", "shop", "es", "test"])
    target = f"127.0.0.1:{server.port}"
    names = ("tokobatiksari.co.id", "www.tokobatiksari.co.id", "sepatu-diskon-resmi.shop",
             "www.sepatu-diskon-resmi.shop", "tiendaolivar.es", "www.tiendaolivar.es", "rdap.test")

    app = QApplication([sys.argv[0]])
    settings = Settings()
    settings.set_value(LANGUAGE, args.lang)
    settings.set_value(COUNTRY, {"es": "ES"}.get(args.lang, "ID"))
    install_translators(app, args.lang)
    pool = QThreadPool.globalInstance()
    window = MainWindow(settings, pool)
    width, height = (int(v) for v in args.size.split("x"))
    window.resize(width, height)
    window.show()

    def pump(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    shots = 0

    def shot(name: str) -> None:
        nonlocal shots
        pump(0.3)
        shots += 1
        path = args.out / f"{args.lang}-{shots:02d}-{name}.png"
        window.grab().save(str(path))
        print(path)

    def check(text: str, finding: str | None = None) -> None:
        page = window.page("check")
        done: list[object] = []
        page.check_finished.connect(done.append)
        page.start_check(text)
        end = time.monotonic() + 40
        while not done and time.monotonic() < end:
            pump(0.05)
        page.check_finished.disconnect(done.append)
        if finding:
            page.findings.select_finding(finding)

    window.show_page("check")
    page = window.page("check")
    page.option_overrides = {"ca_bundle": ca.bundle_path, "deadline": 10.0,
                             "resolve": {n: target for n in names}}
    shot("check-empty")
    check("https://tokobatiksari.co.id/")  # opens on its strongest reason by itself
    shot("check-ok-shop")
    page.findings.select_finding("domain.age")
    shot("check-ok-shop-domain-age")
    check("Kak, promo 80% cuma hari ini! https://sepatu-diskon-resmi.shop/ transfer aja ya",
          "payment.transfer_only")
    shot("check-fake-shop")
    check("https://tiendaolivar.es/", "policies.found")
    shot("check-spanish-shop")
    settings.set_value(OFFLINE, True)
    check("https://tokopedia-promo.shop/flash-sale", "domain.lookalike")
    shot("check-offline-lookalike")
    check("http://paypal.com@evil-pay.xyz/login", "link.credentials")
    shot("check-offline-userinfo")
    check("instagram.com/nike.outlet.indo")
    shot("check-social-seller")
    if not page.selfcheck.isVisible():
        page.selfcheck_button.click()
    pump(0.3)
    shot("check-social-selfcheck")
    settings.set_value(OFFLINE, False)

    window.show_page("costs")
    costs = window.page("costs")
    shot("costs-empty")
    costs.add_offer(OfferForm(name="Toko Batik Sari", unit_price="Rp 245.000", quantity="2",
                              shipping="20rb", voucher="10 %", voucher_cap="15rb",
                              payment_method="cod", payment_fee="Rp 2.000"))
    costs.add_offer(OfferForm(name="Sepatu Diskon", unit_price="Rp 99.000", quantity="2",
                              shipping="Rp 35.000"))
    costs.set_current_row(0)
    shot("costs-two-offers")
    for page_id in ("archive", "sellers", "settings"):
        window.show_page(page_id)
        shot(page_id)
    window.close()
    server.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
