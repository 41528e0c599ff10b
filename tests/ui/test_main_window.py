"""The main window: navigation, lazy pages, empty states, remembered geometry and page."""

from __future__ import annotations

import sys
import textwrap

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QLabel

from desktop.settings import LAST_PAGE, OFFLINE, Settings
from desktop.ui.empty_state import EmptyState
from desktop.ui.main_window import PAGES, MainWindow, PageSpec
from desktop.ui.settings_page import SettingsPage

MISSING = tuple(
    PageSpec(s.page_id, f"shopsafe_tests_missing.{s.page_id}", s.class_name, s.icon, s.title,
             s.description)
    if s.page_id != "settings" else s
    for s in PAGES
)


@pytest.fixture
def window(qtbot, settings, pool) -> MainWindow:
    win = MainWindow(settings, pool, pages=MISSING)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_five_pages_in_the_sidebar_with_text_and_icon(window):
    assert window.page_ids() == ["check", "costs", "archive", "sellers", "settings"]
    texts = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert texts == ["Check a shop", "Total cost", "Archive", "Sellers", "Settings"]
    for i in range(window.sidebar.count()):
        assert not window.sidebar.item(i).icon().isNull()
        assert "Ctrl+" in window.sidebar.item(i).toolTip()


def test_keyboard_shortcuts_switch_pages(qtbot, window):
    for n, page_id in enumerate(window.page_ids(), start=1):
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{n}"), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page_id() == page_id
        assert window.stack.currentWidget() is window.page(page_id)
        assert window.windowTitle().startswith(window.sidebar.item(n - 1).text() + " — ")


def test_missing_page_modules_show_an_honest_empty_state(window):
    window.show_page("archive")
    page = window.stack.currentWidget()
    assert isinstance(page, EmptyState)
    assert page.title_label.text() == "Archive"
    assert "encrypted archive" in page.description_label.text()
    assert page.note_label.text() == "This page is not available in this version yet."
    # No fake data: nothing but the explanation.
    assert {type(w) for w in page.findChildren(QLabel)} == {QLabel}


def test_settings_page_is_the_real_one(window):
    window.show_page("settings")
    assert isinstance(window.stack.currentWidget(), SettingsPage)


def test_pages_load_lazily(window):
    # Only the first page was built at start-up.
    assert set(window._loaded) == {"check"}
    window.show_page("sellers")
    assert set(window._loaded) == {"check", "sellers"}


def test_a_page_module_plugs_in_without_editing_the_window(qtbot, settings, pool, tmp_path,
                                                           monkeypatch):
    (tmp_path / "shopsafe_test_plugged_page.py").write_text(textwrap.dedent("""
        from PySide6.QtWidgets import QWidget

        class PluggedPage(QWidget):
            def __init__(self, settings, pool, parent=None):
                super().__init__(parent)
                self.received = (settings, pool)
    """))
    monkeypatch.syspath_prepend(str(tmp_path))
    specs = (PageSpec("check", "shopsafe_test_plugged_page", "PluggedPage", "page-check",
                      "Check a shop", "Check"),) + MISSING[1:]
    win = MainWindow(settings, pool, pages=specs)
    qtbot.addWidget(win)
    page = win.page("check")
    assert type(page).__name__ == "PluggedPage"
    assert page.received == (settings, pool)
    sys.modules.pop("shopsafe_test_plugged_page", None)


def test_a_broken_page_module_is_reported_not_hidden(qtbot, settings, pool, tmp_path, monkeypatch):
    (tmp_path / "shopsafe_test_broken_page.py").write_text("raise RuntimeError('page bug')\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    reported = []
    monkeypatch.setattr("desktop.ui.errors.report_exception", lambda e, p=None: reported.append(e))
    specs = (PageSpec("check", "shopsafe_test_broken_page", "X", "page-check", "Check a shop",
                      "Check"),) + MISSING[1:]
    win = MainWindow(settings, pool, pages=specs)
    qtbot.addWidget(win)
    page = win.page("check")
    assert isinstance(page, EmptyState)
    assert "could not be opened" in page.note_label.text()
    assert [str(e) for e in reported] == ["page bug"]


def test_geometry_and_last_page_are_remembered(qtbot, settings, pool, tmp_path):
    first = MainWindow(settings, pool, pages=MISSING)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.setGeometry(QRect(20, 30, 700, 500))
    first.show_page("sellers")
    first.close()
    assert Settings(settings.path).value(LAST_PAGE) == "sellers"

    second = MainWindow(Settings(settings.path), pool, pages=MISSING)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert second.current_page_id() == "sellers"
    assert second.sidebar.currentRow() == 3
    assert (second.width(), second.height()) == (700, 500)


def test_status_bar_shows_offline_mode(window, settings):
    assert window.offline_label.text() == "Online checks on"
    assert not window.offline_icon.isVisible()
    settings.set_value(OFFLINE, True)
    assert "Offline mode" in window.offline_label.text()
    assert window.offline_icon.isVisible()


def _brightest_alpha_pixel(pixmap) -> int:
    image = pixmap.toImage()
    return max(
        (image.pixelColor(x, y).lightness()
         for x in range(image.width()) for y in range(image.height())
         if image.pixelColor(x, y).alpha() > 200),
        default=-1,
    )


def test_icons_follow_a_dark_palette(window):
    from PySide6.QtGui import QColor, QPalette

    light_icon = window.sidebar.item(0).icon().pixmap(24, 24)
    assert 0 <= _brightest_alpha_pixel(light_icon) < 100  # dark strokes on a light window
    dark = QPalette(window.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    window.setPalette(dark)
    dark_icon = window.sidebar.item(0).icon().pixmap(24, 24)
    assert _brightest_alpha_pixel(dark_icon) > 200  # light strokes on a dark window
