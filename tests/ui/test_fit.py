"""The window fits the person and the machine: a 1024×600 netbook screen, keyboard users,
older eyes. Driven through the real main window (offscreen platform)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.checks.selfcheck import Answer
from desktop.settings import OFFLINE
from desktop.ui.main_window import MainWindow

TIMEOUT = 20_000


@pytest.fixture
def window(qtbot, settings, pool):
    settings.set_value(OFFLINE, True)
    win = MainWindow(settings, pool)
    qtbot.addWidget(win)
    win.resize(1024, 600)
    win.show()
    qtbot.waitExposed(win)
    win.show_page("check")
    yield win
    win.page("check").cancel_check()


def _check(qtbot, page, text):
    with qtbot.waitSignal(page.check_finished, timeout=TIMEOUT) as blocker:
        page.start_check(text)
    return blocker.args[0]


@pytest.mark.parametrize("language", ["en", "id", "es"])
@pytest.mark.parametrize("text", ["https://www.instagram.com/nike.outlet.indo/",
                                  "transfer ke BCA 1234567890 a.n. Budi", "https://tokopedia-promo.shop/"])
def test_check_page_at_1024x600_needs_no_sideways_scrolling(qtbot, window, qapp, language, text):
    from desktop.i18n import install_translators

    install_translators(qapp, language)
    page = window.page("check")
    _check(qtbot, page, text)
    page.selfcheck_button.click() if page.selfcheck_button.isVisible() else None
    if page.selfcheck.questions():
        page.selfcheck.answer(page.selfcheck.questions()[0].id, Answer.NOT_SURE)
    qtbot.wait(50)
    assert window.width() <= 1024
    bar = page.scroll.horizontalScrollBar()
    assert not bar.isVisible() or bar.maximum() == 0, (language, text, page.scroll.widget().minimumSizeHint())
    # Nothing cut off at the right edge of the visible column.
    right = page.scroll.viewport().width()
    for widget in (page.again_button, page.copy_button, page.pdf_button):
        if widget.isVisible():
            assert widget.mapTo(page.scroll.widget(), widget.rect().topRight()).x() <= right, widget.objectName()


@pytest.mark.parametrize(("country", "first"), [("ID", "penipuan"), ("MX", "estafa"), ("ES", "estafa"),
                                                ("US", "scam")])
def test_search_buttons_show_the_words_of_the_users_country_first(qtbot, window, settings, country, first):
    from desktop.settings import COUNTRY

    settings.set_value(COUNTRY, country)
    page = window.page("check")
    _check(qtbot, page, "https://www.instagram.com/tas.murah.original/")
    order = page.selfcheck.search_order()
    assert order[0] == first
    grid = page.selfcheck.searches
    assert grid.itemAtPosition(0, 0).widget() is page.selfcheck.search_buttons[first]
    assert page.selfcheck.cekrekening.isVisible() == (country == "ID")


def test_text_size_setting_makes_the_whole_window_larger(qtbot, window, settings):
    from desktop.settings import TEXT_SIZE

    page = window.page("check")
    before = page.check_button.font().pointSizeF()
    window.show_page("settings")
    combo = window.page("settings").text_size_combo
    combo.setCurrentIndex(combo.findData(150))
    assert settings.value(TEXT_SIZE) == 150
    qtbot.waitUntil(lambda: abs(page.check_button.font().pointSizeF() - before * 1.5) < 0.6)
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert settings.value(TEXT_SIZE) == 130
    settings.set_value(TEXT_SIZE, 100)
    qtbot.waitUntil(lambda: abs(page.check_button.font().pointSizeF() - before) < 0.1)


def test_shortcuts_are_listed_on_the_settings_page(qtbot, window):
    window.show_page("settings")
    settings_page = window.page("settings")
    assert settings_page.shortcuts_box.isVisibleTo(settings_page)
    listed = dict(settings_page.shortcuts())
    assert "Ctrl+L" in listed and "Ctrl+1" in listed and "Esc" in listed and "Ctrl+Shift+C" in listed
    labels = [w.text() for w in settings_page.shortcuts_box.findChildren(type(settings_page._title))]
    assert any("Ctrl+L" in text for text in labels)


def test_keyboard_focus_is_clearly_visible(qtbot, window):
    page = window.page("check")
    window.activateWindow()
    page.cancel_button.setEnabled(True)
    page.cancel_button.setFocus()
    qtbot.waitUntil(page.cancel_button.hasFocus)
    without = page.check_button.grab().toImage()
    page.check_button.setFocus()
    qtbot.waitUntil(page.check_button.hasFocus)
    with_focus = page.check_button.grab().toImage()
    changed = sum(1 for x in range(without.width()) for y in range(without.height())
                  if without.pixel(x, y) != with_focus.pixel(x, y))
    # A ring all around the button, not a faint dotted line.
    assert changed >= 2 * (without.width() + without.height())


def test_tab_order_follows_reading_order(qtbot, window):
    page = window.page("check")
    _check(qtbot, page, "https://tokopedia-promo.shop/")
    order = [page.paste, page.check_button]
    page.paste.setFocus()
    seen = [QApplicationFocus.widget()]
    for _ in range(40):
        qtbot.keyClick(QApplicationFocus.widget(), Qt.Key.Key_Tab)
        seen.append(QApplicationFocus.widget())
    names = [w.objectName() for w in seen if w is not None]
    wanted = ["pasteBox", "checkButton", "findingsTree", "findingDetail", "copySummary", "exportHtml",
              "exportPdf", "recentChecks"]
    positions = [names.index(name) for name in wanted]
    assert positions == sorted(positions), names
    assert order[0] is page.paste


class QApplicationFocus:
    @staticmethod
    def widget():
        from PySide6.QtWidgets import QApplication

        return QApplication.focusWidget()


def test_a_spanish_speaker_is_asked_spain_or_mexico_never_given_indonesia(qtbot, settings, pool, qapp):
    from desktop.i18n import install_translators
    from desktop.settings import COUNTRY, default_country

    install_translators(qapp, "es")
    window = MainWindow(settings, pool)
    qtbot.addWidget(window)
    window.show()
    assert settings.value(COUNTRY) != "ID" and default_country(language="es") != "ID"
    bar = window.country_question
    assert bar.isVisible() and bar.mexico.text() == "México"
    qtbot.mouseClick(bar.mexico, Qt.MouseButton.LeftButton)
    assert settings.value(COUNTRY) == "MX" and not bar.isVisible()
    assert default_country(language="id") == "ID" or default_country(language="id") != "ES"


def test_tab_reaches_the_self_check_answers_before_the_actions(qtbot, window):
    page = window.page("check")
    _check(qtbot, page, "https://www.instagram.com/tas.murah.original/")
    page.paste.setFocus()
    names = []
    for _ in range(60):
        qtbot.keyClick(QApplicationFocus.widget(), Qt.Key.Key_Tab)
        names.append(QApplicationFocus.widget().objectName())
    first_answer = next(i for i, n in enumerate(names) if n.startswith("selfcheck."))
    assert names.index("sellerName") < first_answer < names.index("copySummary") < names.index("recentChecks")


def test_costs_voucher_and_its_error_are_in_sight_at_1366x768(qtbot, window):
    window.resize(1366, 768)
    window.show_page("costs")
    costs = window.page("costs")
    costs.add_offer()
    edit = costs.editor.field("voucher")
    edit.setFocus()
    qtbot.keyClicks(edit, "sepuluh persen")
    qtbot.wait(50)
    viewport = costs.editor_scroll.viewport()
    top_left = edit.mapTo(viewport, edit.rect().topLeft())
    bottom = edit.mapTo(viewport, edit.rect().bottomLeft()).y()
    assert 0 <= top_left.y() and bottom <= viewport.height(), (top_left, bottom, viewport.height())


def test_recent_checks_stay_readable_in_a_narrow_panel(qtbot, window, qapp):
    from desktop.i18n import install_translators

    install_translators(qapp, "es")
    page = window.page("check")
    _check(qtbot, page, "https://www.instagram.com/tas.murah.original/")
    model, table = page.recent_model, page.recent
    qtbot.waitUntil(lambda: model.compact)  # 1024×600: verdict as an icon, its words in the tooltip
    assert model.index(0, 1).data() == ""
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == "Información insuficiente"
    assert table.textElideMode() == Qt.TextElideMode.ElideMiddle
    assert "instagram.com/tas.murah.original" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert table.columnWidth(0) > table.viewport().width() * 0.6
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: not model.compact)
    assert model.index(0, 1).data() == "Información insuficiente"


def test_costs_empty_shipping_is_shown_as_not_entered_not_zero(qtbot, window):
    window.show_page("costs")
    costs = window.page("costs")
    costs.add_offer()
    edit = costs.editor.field("unit_price")
    edit.setFocus()
    qtbot.keyClicks(edit, "Rp 100.000")
    model = costs.breakdown_model
    rows = {model.index(r, 0).data(): (model.index(r, 1).data(), model.index(r, 2).data())
            for r in range(model.rowCount())}
    assert rows["Shipping"] == ("not entered", "")
    shipping = costs.editor.field("shipping")
    shipping.setFocus()
    qtbot.keyClicks(shipping, "0")
    rows = {model.index(r, 0).data(): model.index(r, 2).data() for r in range(model.rowCount())}
    assert rows["Shipping"] == "Rp\u00a00"  # typed: it is free


def test_costs_notes_stay_readable_at_1024x600(qtbot, window):
    from desktop.ui.costs_model import OffersModel

    window.show_page("costs")
    costs = window.page("costs")
    for name, price in (("Toko Batik Sari", "Rp 245.000"), ("Sepatu Diskon", "Rp 99.000")):
        costs.add_offer()
        for field, text in (("name", name), ("unit_price", price)):
            edit = costs.editor.field(field)
            edit.setFocus()
            qtbot.keyClicks(edit, text)
    table = costs.table
    qtbot.waitUntil(lambda: "Cheapest" in (costs.model.index(1, OffersModel.NOTES).data() or ""))
    qtbot.waitUntil(lambda: table.isColumnHidden(OffersModel.TOTAL))  # same as "Total (IDR)"
    x = table.columnViewportPosition(OffersModel.NOTES)
    width = min(table.columnWidth(OffersModel.NOTES), table.viewport().width() - x)
    assert width >= table.fontMetrics().horizontalAdvance("Cheapest") + 8, (x, width)
