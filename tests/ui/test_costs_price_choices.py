"""Issue 18 on the Costs page: a price text with two prices is refused with a sentence under the
field and one button per amount; a click fills in that amount. Other refusals are translated."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton

from desktop.settings import COUNTRY, OFFLINE
from desktop.ui.costs_page import CostsPage

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
    widget.add_offer()
    return widget


def _paste(qtbot, page, text: str) -> None:
    edit = page.editor.field("unit_price")
    edit.setFocus()
    edit.selectAll()
    QGuiApplication.clipboard().setText(text)
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def _note(page) -> QLabel:
    return page.editor.findChild(QLabel, "note_unit_price")


def _choices(page) -> list[QPushButton]:
    return [b for b in page.editor.findChildren(QPushButton, "price_choice") if b.isVisible()]


def test_two_prices_are_offered_and_a_click_picks_one(qtbot, page):
    _paste(qtbot, page, "Rp 250.000 Rp 199.000")
    assert _note(page).isVisible()
    assert "two prices, 250.000 and 199.000: which one do you pay?" in _note(page).text()
    buttons = _choices(page)
    assert [b.text() for b in buttons] == ["Rp\u00a0250.000", "Rp\u00a0199.000"]
    assert buttons[1].accessibleName() == "I pay Rp\u00a0199.000"
    qtbot.mouseClick(buttons[1], Qt.MouseButton.LeftButton)
    assert page.editor.field("unit_price").text() == "199000 IDR"
    qtbot.waitUntil(lambda: _note(page).text() == "Read as Rp\u00a0199.000", timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not _choices(page), timeout=TIMEOUT)


def test_a_list_price_marked_in_the_text_needs_no_question(qtbot, page):
    _paste(qtbot, page, "Harga normal Rp 250.000 Rp 199.000")
    assert _note(page).text() == "Read as Rp\u00a0199.000"
    assert not _choices(page)


def test_refusals_are_translated(qtbot, page, qapp):
    from desktop.i18n import install_translators

    install_translators(qapp, "es")
    qtbot.waitUntil(lambda: page.add_button.text() != "Add offer", timeout=TIMEOUT)
    _paste(qtbot, page, "40% OFF")
    assert _note(page).text() == "«40% OFF» parece un porcentaje, no un precio."
    _paste(qtbot, page, "Rp 100rb - 200rb")
    assert _note(page).text() == ("«Rp 100rb - 200rb» es un rango, de 100rb a 200rb: pega el "
                                  "precio que vas a pagar.")
    # Amounts in the format of the language (Babel, es: "100.000 IDR").
    assert [b.toolTip() for b in _choices(page)] == ["Pago 100.000\u00a0IDR",
                                                     "Pago 200.000\u00a0IDR"]
