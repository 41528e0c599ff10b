"""The Costs page driven as a user would: type or paste prices, watch totals, manage offers.

Assertions are on what the user sees: the offers table, the breakdown, the notes under fields.
"""

from __future__ import annotations

import json
from decimal import Decimal as D
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from desktop.costs import Money
from desktop.costs.ecb import cache_path
from desktop.paths import data_dir
from desktop.settings import COUNTRY, OFFLINE
from desktop.ui.costs_model import OffersModel
from desktop.ui.costs_page import CostsPage

ECB = Path(__file__).parent.parent / "costs" / "data" / "eurofxref-daily.xml"
TIMEOUT = 10_000


@pytest.fixture
def page(qtbot, settings, pool):
    settings.set_value(OFFLINE, True)
    settings.set_value(COUNTRY, "ID")
    widget = CostsPage(settings, pool)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitUntil(lambda: widget.rates_label.text() != "", timeout=TIMEOUT)
    return widget


def _type(qtbot, page, name: str, text: str) -> None:
    edit = page.editor.field(name)
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def _paste(qtbot, page, name: str, text: str) -> None:
    """Paste with Ctrl+V, as a user copying a price from a shop page would."""
    edit = page.editor.field(name)
    edit.setFocus()
    edit.selectAll()
    QGuiApplication.clipboard().setText(text)
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def _cell(page, row: int, column: int) -> str:
    return page.model.index(row, column).data()


def test_type_a_price_and_see_the_total(qtbot, page):
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.offer_count() == 1
    _type(qtbot, page, "name", "Toko A")
    _type(qtbot, page, "unit_price", "Rp 125.000")
    page.editor.quantity.setValue(3)
    _type(qtbot, page, "shipping", "18rb")
    # 3 × 125 000 + 18 000 = 393 000
    assert _cell(page, 0, OffersModel.TOTAL) == "Rp\u00a0393.000"
    _type(qtbot, page, "voucher", "10%")
    _type(qtbot, page, "voucher_cap", "20rb")
    # voucher min(37 500, 20 000) → 373 000: the total follows every keystroke
    assert _cell(page, 0, OffersModel.TOTAL) == "Rp\u00a0373.000"
    labels = [page.breakdown_model.index(r, 0).data()
              for r in range(page.breakdown_model.rowCount())]
    assert labels[:3] == ["Goods", "Vouchers", "Shipping"] and labels[-1] == "Total"
    note = page.editor.findChild(type(page.status_label), "note_unit_price")
    assert note.isVisible() and note.text() == "Read as Rp\u00a0125.000"


def test_add_duplicate_delete_and_cheapest(qtbot, page):
    page.add_offer()
    _type(qtbot, page, "name", "Toko A")
    _type(qtbot, page, "unit_price", "1,5jt")
    qtbot.mouseClick(page.duplicate_button, Qt.MouseButton.LeftButton)
    assert page.offer_count() == 2 and page.current_row() == 1
    assert _cell(page, 1, OffersModel.NAME) == "Toko A (copy)"
    _type(qtbot, page, "unit_price", "1.450.000")
    _type(qtbot, page, "shipping", "Rp 75.000")
    # A: 1 500 000; copy: 1 450 000 + 75 000 = 1 525 000 → A is cheapest
    assert "Cheapest" in _cell(page, 0, OffersModel.NOTES)
    assert "Cheapest" not in _cell(page, 1, OffersModel.NOTES)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert page.offer_count() == 1 and _cell(page, 0, OffersModel.NAME) == "Toko A"
    assert "Cheapest" not in _cell(page, 0, OffersModel.NOTES)  # alone: nothing to compare


def test_bad_input_shows_a_message_and_loses_nothing(qtbot, page):
    page.add_offer()
    _type(qtbot, page, "unit_price", "Rp 200.000")
    _type(qtbot, page, "shipping", "ongkir nego")
    note = page.editor.findChild(type(page.status_label), "note_shipping")
    assert note.isVisible() and "There is no amount" in note.text()
    assert page.editor.field("shipping").text() == "ongkir nego"  # kept as typed
    assert _cell(page, 0, OffersModel.NOTES) == "Fields to fix: 1"
    assert _cell(page, 0, OffersModel.TOTAL) == "Rp\u00a0200.000"  # the rest still counts
    # Switch away and back: the text is still there.
    page.add_offer()
    page.set_current_row(0)
    assert page.editor.field("shipping").text() == "ongkir nego"
    _type(qtbot, page, "shipping", "15rb")
    assert not note.isVisible()
    assert _cell(page, 0, OffersModel.TOTAL) == "Rp\u00a0215.000"


def test_bad_input_message_is_translated(qtbot, page, qapp):
    from desktop.i18n import install_translators

    install_translators(qapp, "id")
    page.add_offer()
    _type(qtbot, page, "unit_price", "mahal")
    note = page.editor.findChild(type(page.status_label), "note_unit_price")
    assert note.isVisible()
    assert note.text() == "Tidak ada nominal di “mahal”."
    # LanguageChange is a posted event: the page retranslates when it arrives.
    qtbot.waitUntil(lambda: page.add_button.text() == "Tambah penawaran", timeout=TIMEOUT)
    assert page.editor.findChild(type(page.status_label), "note_unit_price").text() == \
        "Tidak ada nominal di “mahal”."


def test_copy_and_save_breakdown(qtbot, page):
    page.add_offer()
    _type(qtbot, page, "name", "Toko Sepatu")
    _type(qtbot, page, "unit_price", "Rp 349.000")
    qtbot.keyClick(page, Qt.Key.Key_C,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    text = QGuiApplication.clipboard().text()
    assert text.startswith("Toko Sepatu") and "Total" in text and "349.000" in text
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "saved" in page.status_label.text(), timeout=TIMEOUT)
    saved = list((data_dir() / "costs" / "breakdowns").glob("*.json"))
    assert len(saved) == 1
    document = json.loads(saved[0].read_text(encoding="utf-8"))
    assert document["total"] == {"amount": "349000", "currency": "IDR"}


def test_state_survives_a_restart(qtbot, settings, pool, page):
    page.add_offer()
    _type(qtbot, page, "name", "Toko A")
    _type(qtbot, page, "unit_price", "50rb")
    _type(qtbot, page, "shipping", "??")
    page.flush()
    again = CostsPage(settings, pool)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.offer_count() == 1, timeout=TIMEOUT)
    assert again.forms()[0].shipping == "??"  # even the unreadable text
    assert again.model.index(0, OffersModel.TOTAL).data() == "Rp\u00a050.000"


def test_other_currency_with_cached_ecb_rate_and_typed_rate(qtbot, settings, pool):
    settings.set_value(OFFLINE, True)
    cache_path().parent.mkdir(parents=True, exist_ok=True)
    cache_path().write_bytes(ECB.read_bytes())
    page = CostsPage(settings, pool)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: "2026-11-20" in page.rates_label.text(), timeout=TIMEOUT)
    page.add_offer()
    _paste(qtbot, page, "unit_price", "€19,99")
    assert page.editor.field("unit_price").text() == "€19,99"
    # 19.99 × 17 271.97 = 345 266.6803 → 345 267 IDR, with the rate shown
    assert _cell(page, 0, OffersModel.COMPARED) == "Rp\u00a0345.267 *"
    tooltip = page.model.index(0, OffersModel.COMPARED).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "1 EUR = 17.271,97 IDR (ECB, 2026-11-20)"  # en_ID number format
    _type(qtbot, page, "rate", "17000")
    # typed rate wins: 19.99 × 17 000 = 339 830
    assert _cell(page, 0, OffersModel.COMPARED) == "Rp\u00a0339.830 *"
    _type(qtbot, page, "unit_price", "ARS 10.000")
    page.editor.field("rate").clear()
    page.editor.field("rate").textEdited.emit("")
    assert _cell(page, 0, OffersModel.COMPARED) == "—"
    assert "No exchange rate" in _cell(page, 0, OffersModel.NOTES)


def test_suspicious_and_price_changed_warnings(qtbot, page):
    page.reference_edit.setFocus()
    qtbot.keyClicks(page.reference_edit, "Rp 3.000.000")
    page.add_offer()
    _type(qtbot, page, "unit_price", "Rp 900.000")
    _type(qtbot, page, "captured_price", "Rp 800.000")
    assert "Suspiciously cheap" in _cell(page, 0, OffersModel.NOTES)
    assert "Price changed" in _cell(page, 0, OffersModel.NOTES)
    text = page.warnings_label.text()
    # 900 000 vs 3 000 000 → 70 % below; 800 000 → 900 000 is +12.5 % (en_ID writes 12,5)
    assert page.warnings_label.isVisible() and "70 % below the reference price" in text
    assert "Price went up 12,5 % since the shop check." in text


def test_offer_from_a_shop_check(qtbot, page):
    row = page.add_offer_from_check("toko.test", "https://toko.test/item",
                                    Money(D(150000), "IDR"))
    assert _cell(page, row, OffersModel.PRICE) == "Rp\u00a0150.000"
    _type(qtbot, page, "unit_price", "Rp 175.000")
    assert "Price changed" in _cell(page, row, OffersModel.NOTES)


def _exercise(qtbot, page):
    page.add_offer()
    _type(qtbot, page, "unit_price", "Rp 100.000")
    page.add_offer()
    _type(qtbot, page, "unit_price", "Rp 90.000")
    _type(qtbot, page, "shipping", "Rp 9.000")
    page.duplicate_offer()
    page.delete_offer(0)
    page.set_current_row(0)
    page.delete_offer()


def test_offers_model_passes_modeltester(qtbot, page, qtmodeltester):
    page.add_offer()
    _type(qtbot, page, "unit_price", "Rp 100.000")
    qtmodeltester.check(page.model, force_py=True)  # stays connected for every change below
    _exercise(qtbot, page)


def test_breakdown_model_passes_modeltester(qtbot, page, qtmodeltester):
    page.add_offer()
    _type(qtbot, page, "unit_price", "Rp 100.000")
    qtmodeltester.check(page.breakdown_model, force_py=True)
    _exercise(qtbot, page)


def test_sorted_proxy_passes_modeltester(qtbot, page, qtmodeltester):
    qtmodeltester.check(page.proxy, force_py=True)
    page.table.setSortingEnabled(True)
    page.table.sortByColumn(OffersModel.TOTAL, Qt.SortOrder.AscendingOrder)
    _exercise(qtbot, page)


def test_keyboard_only(qtbot, page):
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.editor.field("name").hasFocus()
    qtbot.keyClicks(page.editor.field("name"), "Toko K")
    qtbot.keyClick(page.editor.field("name"), Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication_focus(), Qt.Key.Key_Tab)
    focused = QApplication_focus()
    assert focused is page.editor.field("unit_price")
    qtbot.keyClicks(focused, "75rb")
    assert _cell(page, 0, OffersModel.TOTAL) == "Rp\u00a075.000"
    qtbot.keyClick(page, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert page.offer_count() == 2


def QApplication_focus():  # noqa: N802 - reads like the Qt call it wraps
    from PySide6.QtWidgets import QApplication

    return QApplication.focusWidget()


def test_dollar_resolution_is_shown_with_the_country_name(qtbot, settings, page):
    settings.set_value(COUNTRY, "MX")
    page.add_offer()
    _type(qtbot, page, "unit_price", "$1,299.00")
    note = page.editor.findChild(type(page.status_label), "note_unit_price")
    assert note.text() == "Read as MX$1,299.00 · “$” read as MXN because your country is Mexico."
    assert page.compare_combo.currentData() == "IDR"  # the user's choice is kept...
    assert "No exchange rate" in _cell(page, 0, OffersModel.NOTES)  # ...so a rate is asked for


def test_update_rates_fetches_the_ecb_file_over_https(qtbot, settings, pool, https_server,
                                                      ca_bundle):
    settings.set_value(OFFLINE, False)
    settings.set_value(COUNTRY, "ID")
    body = ECB.read_bytes()
    https_server.add_site("www.ecb.europa.eu", routes={
        "/stats/eurofxref/eurofxref-daily.xml":
            lambda req: req.send_body(body, content_type="text/xml")})
    page = CostsPage(settings, pool)
    qtbot.addWidget(page)
    page.rates_url = https_server.url("www.ecb.europa.eu", "/stats/eurofxref/eurofxref-daily.xml")
    page.option_overrides = {"ca_bundle": ca_bundle}
    page.show()
    with qtbot.waitSignal(page.rates_loaded, timeout=TIMEOUT):
        qtbot.mouseClick(page.rates_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.rates_label.text() == "ECB reference rates of 2026-11-20.",
                    timeout=TIMEOUT)
    assert cache_path().read_bytes() == body  # kept for offline use
    page.add_offer()
    _type(qtbot, page, "unit_price", "USD 10")
    # 10 × (17 271.97 / 1.0772 = 16 034.1347939) = 160 341.347939 → Rp 160.341
    assert page.forms()[0].unit_price == "USD 10", page.forms()
    assert _cell(page, 0, OffersModel.COMPARED) == "Rp\u00a0160.341 *"


def test_copy_includes_the_comparison_with_several_offers(qtbot, page):
    page.add_offer()
    _type(qtbot, page, "name", "A")
    _type(qtbot, page, "unit_price", "Rp 100.000")
    page.add_offer()
    _type(qtbot, page, "name", "B")
    _type(qtbot, page, "unit_price", "Rp 120.000")
    page.copy_breakdown()
    text = QGuiApplication.clipboard().text()
    assert text.startswith("B\n")  # the selected offer's breakdown first
    assert text.endswith("Comparison in IDR\n- A: Rp\u00a0100.000 (Cheapest)\n"
                         "- B: Rp\u00a0120.000\n")


def test_enter_on_an_offer_goes_to_its_price(qtbot, page):
    page.add_offer()
    _type(qtbot, page, "unit_price", "Rp 10.000")
    page.add_offer()
    page.table.setFocus()
    page.set_current_row(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.editor.field("unit_price").hasFocus()
    assert page.editor.field("unit_price").text() == "Rp 10.000"


def test_damaged_state_file_is_reported_and_kept(qtbot, settings, pool):
    target = data_dir() / "costs" / "page.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("{damaged", encoding="utf-8")
    page = CostsPage(settings, pool)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.state_loaded, timeout=TIMEOUT):
        pass
    assert page.status_label.text() == "The saved offers could not be read."
    assert page.offer_count() == 0
    assert target.read_text(encoding="utf-8") == "{damaged"  # never deleted or overwritten
    page.add_offer()
    _type(qtbot, page, "unit_price", "Rp 1.000")
    page.flush()
    kept = list(target.parent.glob("page.damaged-*.json"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == "{damaged"
    assert json.loads(target.read_text(encoding="utf-8"))["offers"][0]["unit_price"] == "Rp 1.000"


def test_spanish_plural_and_money_format(qtbot, settings, page, qapp):
    from desktop.i18n import install_translators

    settings.set_value(COUNTRY, "ES")
    install_translators(qapp, "es")
    page.add_offer()
    _type(qtbot, page, "unit_price", "1.234,56 EUR")
    _type(qtbot, page, "shipping", "a consultar")
    _type(qtbot, page, "tax_percent", "mucho")
    page.compare_combo.setCurrentIndex(page.compare_combo.findData("EUR"))
    qtbot.waitUntil(lambda: page.add_button.text() == "Añadir oferta", timeout=TIMEOUT)
    page.editor.field("unit_price").textEdited.emit("1.234,56 EUR")  # recompute in Spanish
    assert _cell(page, 0, OffersModel.NOTES) == "Campos por corregir: 2"
    assert _cell(page, 0, OffersModel.PRICE) == "1.234,56\u00a0€"


def test_a_failed_rates_fetch_is_not_shown_while_every_offer_is_in_one_currency(qtbot, settings, pool):
    # Online, but the ECB cannot be reached (nothing resolves: tests/support/hostmap.py).
    settings.set_value(OFFLINE, False)
    settings.set_value(COUNTRY, "ID")
    page = CostsPage(settings, pool)
    qtbot.addWidget(page)
    page.show()
    page.add_offer()
    _type(qtbot, page, "unit_price", "Rp 100.000")
    with qtbot.waitSignal(page.rates_loaded, timeout=TIMEOUT):
        qtbot.mouseClick(page.rates_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.rates_button.isEnabled(), timeout=TIMEOUT)
    # Every offer is in rupiah: a rates problem changes nothing, so nothing is said about it.
    assert page.rates_label.text() == "No reference rates yet: type a rate for offers in other currencies."
    page.add_offer()
    _type(qtbot, page, "unit_price", "USD 10")
    text = page.rates_label.text()
    assert "Could not fetch the ECB rates" in text and "its name could not be looked up" in text
    for raw in ("Errno", "Name or service", "test host map", "HTTPSConnectionPool", "Error("):
        assert raw not in text


def _two_offers(qtbot, page) -> None:
    page.add_offer()
    _type(qtbot, page, "name", "Toko Andalas")
    _type(qtbot, page, "unit_price", "Rp 100.000")
    _type(qtbot, page, "shipping", "18rb")
    page.add_offer()
    _type(qtbot, page, "name", "Butik Citra")
    _type(qtbot, page, "unit_price", "Rp 125.000")


def test_export_breakdown_as_pdf_and_as_phone_sized_image(qtbot, page, monkeypatch, tmp_path):
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtGui import QColor, QImage
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtWidgets import QFileDialog

    assert not page.pdf_button.isEnabled() and not page.image_button.isEnabled()
    _two_offers(qtbot, page)
    assert page.pdf_button.isEnabled() and page.image_button.isEnabled()
    out = tmp_path / "out"
    out.mkdir()
    offered = []

    def pick(parent, caption, directory, file_filter):
        offered.append(directory)
        return str(out / ("costs.pdf" if directory.endswith(".pdf") else "costs.png")), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(pick))
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.image_button, Qt.MouseButton.LeftButton)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert [Path(p).parent for p in offered] == [Path(documents or Path.home())] * 2
    # Rendered on the GUI thread, written by the serial writer: the status says when done.
    qtbot.waitUntil(lambda: str(out / "costs.png") in page.status_label.text(), timeout=10_000)
    assert sorted(p.name for p in out.iterdir()) == ["costs.pdf", "costs.png"]  # no temp files

    document = QPdfDocument()
    assert document.load(str(out / "costs.pdf")) == QPdfDocument.Error.None_
    text = " ".join(document.getAllText(i).text() for i in range(document.pageCount()))
    text = text.replace("\u00a0", " ")
    # The selected offer's breakdown (its total, its shipping left empty) and the comparison.
    assert "Butik Citra" in text and "Toko Andalas" in text
    assert "Rp 125.000" in text and "Rp 118.000" in text and "not entered" in text
    assert "Comparison in IDR" in text

    image = QImage(str(out / "costs.png"))
    assert not image.isNull() and image.width() == 1080 and image.height() > 400
    dark = sum(1 for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)
               if QColor(image.pixel(x, y)).value() < 128)
    assert dark > 2000  # text drawn, not a white sheet


def test_export_failure_names_the_chosen_folder(qtbot, page, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

    _two_offers(qtbot, page)
    chosen = tmp_path / "Kiriman"
    chosen.write_text("a file, not a folder")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a: (str(chosen / "b.png"), a[-1])))
    qtbot.mouseClick(page.image_button, Qt.MouseButton.LeftButton)

    def boxes():
        return [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()]

    qtbot.waitUntil(lambda: bool(boxes()), timeout=10_000)
    boxes = boxes()
    assert f"The folder {chosen} does not exist." in boxes[-1].text()
    assert "Errno" not in boxes[-1].text()
    boxes[-1].close()


def test_copied_breakdown_says_shipping_not_entered(qtbot, page):
    page.add_offer()
    _type(qtbot, page, "unit_price", "Rp 100.000")
    shipping = page.breakdown_text().splitlines()[2]
    assert shipping.startswith("Shipping") and shipping.endswith("not entered")
