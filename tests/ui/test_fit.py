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
