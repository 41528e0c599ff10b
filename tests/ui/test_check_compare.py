"""'Compare the cost': a product page checked over HTTPS hands its price to the Costs page.

Driven through the real main window: paste the product link, wait for the verdict, press the
button, and see the Costs page with the shop, the link and the captured price; then type the
price the shop asks now and see the price-changed warning.
"""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.checks.model import InputKind, Level
from desktop.checks.report import Report
from desktop.checks.verdict import compute_verdict
from desktop.settings import COUNTRY, OFFLINE
from desktop.ui.check_compare import ComparePanel, captured_offer
from desktop.ui.costs_model import OffersModel
from desktop.ui.main_window import MainWindow
from support.rdap_server import RdapRegistry, days_ago

SITES = Path(__file__).resolve().parents[1] / "sites"
ECB = Path(__file__).resolve().parents[1] / "costs" / "data" / "eurofxref-daily.xml"
PRODUCT = "https://tokobatiksari.co.id/produk/kemeja-parang-klasik.html"
TIMEOUT = 30_000


@pytest.fixture
def window(qtbot, settings, pool, https_server, ca_bundle):
    settings.set_value(OFFLINE, False)
    settings.set_value(COUNTRY, "ID")
    https_server.add_site("tokobatiksari.co.id", "www.tokobatiksari.co.id", root=SITES / "toko-batik")
    body = ECB.read_bytes()
    https_server.add_site("www.ecb.europa.eu", routes={
        "/stats/eurofxref/eurofxref-daily.xml": lambda req: req.send_body(body, content_type="text/xml")})
    rdap = RdapRegistry(https_server, "rdap.test")
    rdap.add_domain("tokobatiksari.co.id", registered=days_ago(3000))
    rdap.write_bootstrap(os.environ["SHOPSAFE_DATA_DIR"], ["id"])
    main = MainWindow(settings, pool)
    qtbot.addWidget(main)
    main.resize(1280, 860)
    main.show()
    main.show_page("check")
    check = main.page("check")
    target = f"127.0.0.1:{https_server.port}"
    check.option_overrides = {"ca_bundle": ca_bundle, "deadline": 8.0, "resolve": {
        name: target for name in ("tokobatiksari.co.id", "www.tokobatiksari.co.id", "rdap.test")}}
    costs = main.page("costs")  # built now so its rate fetch goes to the local ECB copy
    costs.rates_url = https_server.url("www.ecb.europa.eu", "/stats/eurofxref/eurofxref-daily.xml")
    costs.option_overrides = {"ca_bundle": ca_bundle}
    yield main
    check.cancel_check()


def _check(qtbot, page, text):
    with qtbot.waitSignal(page.check_finished, timeout=TIMEOUT) as blocker:
        page.start_check(text)
    return blocker.args[0]


def test_compare_the_cost_of_a_checked_product(qtbot, window):
    check = window.page("check")
    panel = check.compare_panel
    assert not panel.compare_button.isEnabled()  # nothing checked yet
    report = _check(qtbot, check, PRODUCT)
    assert report.snapshot["price"]["amount"] == "245000"
    assert check.banner.level is Level.OK, check.banner.text()
    assert panel.isVisible() and panel.compare_button.isEnabled()
    assert panel.price_label.text() == "The page shows “Kemeja Parang Klasik” for Rp\u00a0245.000."

    qtbot.mouseClick(panel.compare_button, Qt.MouseButton.LeftButton)
    assert window.current_page_id() == "costs"
    costs = window.page("costs")
    assert costs.isVisible()
    row = costs.current_row()
    assert row == 0 and len(costs.forms()) == 1
    form = costs.forms()[row]
    assert (form.name, form.link) == ("tokobatiksari.co.id", PRODUCT)
    assert costs.model.index(row, OffersModel.PRICE).data() == "Rp\u00a0245.000"
    assert costs.editor.field("captured_price").text() == "245000 IDR"
    assert "Price changed" not in costs.model.index(row, OffersModel.NOTES).data()
    # the unit price field has the focus: the buyer types what the shop asks today
    edit = costs.editor.field("unit_price")
    qtbot.waitUntil(edit.hasFocus, timeout=5_000)
    edit.selectAll()
    qtbot.keyClicks(edit, "Rp 275.000")
    assert "Price changed" in costs.model.index(row, OffersModel.NOTES).data()
    qtbot.waitUntil(costs.warnings_label.isVisible, timeout=5_000)
    assert "tokobatiksari.co.id: Price went up 12,2 % since the shop check." in costs.warnings_label.text()

    # pressed again later: the same offer is shown, not a second copy, and the typed price stays
    window.show_page("check")
    qtbot.mouseClick(panel.compare_button, Qt.MouseButton.LeftButton)
    assert window.current_page_id() == "costs"
    assert len(costs.forms()) == 1 and costs.current_row() == 0
    assert costs.forms()[0].unit_price == "Rp 275.000"


def test_a_page_without_one_price_cannot_be_compared(qtbot, window):
    check = window.page("check")
    report = _check(qtbot, check, "https://tokobatiksari.co.id/")  # the home page lists several
    assert report.snapshot is not None and report.snapshot["price"] is None
    panel = check.compare_panel
    assert not panel.compare_button.isEnabled()
    assert "No single product price was found" in panel.price_label.text()
    assert window.current_page_id() == "check"


def _report(price):
    report = Report("https://toko.test/p", InputKind.WEB_SHOP, "https://toko.test/p", "www.toko.test",
                    "toko.test", (), compute_verdict((), InputKind.WEB_SHOP, False), offline=False)
    return report.replace(snapshot={"final_url": "https://toko.test/p?x=1", "price": price})


@pytest.mark.parametrize("price", [
    None,
    {"amount": "120000", "currency": None, "source": "json-ld", "product": None},  # no currency
    {"amount": "0", "currency": "IDR", "source": "meta", "product": None},
    {"amount": "lots", "currency": "IDR", "source": "meta", "product": None},
    {"amount": "5", "currency": "ZZZ", "source": "meta", "product": None},
])
def test_no_usable_price_no_offer(price):
    assert captured_offer(_report(price)) is None


def test_offer_from_a_report_and_the_panel_in_spanish(qtbot, settings):
    from desktop.i18n import install_translators
    from PySide6.QtWidgets import QApplication

    report = _report({"amount": "1234.5", "currency": "EUR", "source": "microdata", "product": "Mesa"})
    offer = captured_offer(report)
    assert (offer.shop, offer.url, offer.price.amount, offer.price.currency, offer.product) == (
        "toko.test", "https://toko.test/p?x=1", Decimal("1234.5"), "EUR", "Mesa")
    settings.set_value(COUNTRY, "ES")
    panel = ComparePanel(settings)
    qtbot.addWidget(panel)
    panel.set_report(report)
    requested = []
    panel.compare_cost_requested.connect(requested.append)
    qtbot.mouseClick(panel.compare_button, Qt.MouseButton.LeftButton)
    assert requested == [offer]
    install_translators(QApplication.instance(), "es")
    qtbot.waitUntil(lambda: panel.compare_button.text() == "Co&mparar el costo", timeout=5_000)
    text = panel.price_label.text()  # the Spanish files use «» quotes
    assert text.startswith("La página ofrece") and "Mesa" in text and text.endswith("por 1.234,50\u00a0€.")


@pytest.mark.parametrize("text", ["0812-3456-7890", "transfer ke BCA 1234567890 a.n. Budi",
                                  "https://www.instagram.com/tas.murah.original/", "https://tokopedia-promo.shop/"])
def test_the_price_panel_only_appears_where_a_price_could_exist(qtbot, window, settings, text):
    check = window.page("check")
    settings.set_value(OFFLINE, True)  # offline, no page is read: no price to miss either
    _check(qtbot, check, text)
    assert not check.compare_panel.isVisible()
    assert "No single product price" not in check.compare_panel.price_label.text() or \
        not check.compare_panel.price_label.isVisibleTo(check)
