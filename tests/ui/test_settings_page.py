"""The Settings page writes real, typed settings and switches the language live."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from desktop.paths import data_dir
from desktop.settings import (
    ALL_OPTIONS,
    ARCHIVE_FOLDER,
    AUTO_LOCK_MINUTES,
    COUNTRY,
    KEEP_RECENT_CHECKS,
    LANGUAGE,
    OFFLINE,
    RECENT_CHECKS,
    WINDOW_GEOMETRY,
    Settings,
)
from desktop.ui import check_history
from desktop.ui.main_window import MainWindow
from desktop.ui.settings_page import SettingsPage


@pytest.fixture
def page(qtbot, settings, pool) -> SettingsPage:
    widget = SettingsPage(settings, pool)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _select(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_controls_write_typed_settings_that_read_back(qtbot, page, settings, tmp_path):
    seen: list[str] = []
    page.settings_changed.connect(seen.append)
    _select(page.country_combo, "MX")
    page.offline_check.setChecked(True)
    page.auto_lock_spin.setValue(25)
    page.set_archive_folder(str(tmp_path / "Family.shopsafe"))
    settings.sync()

    fresh = Settings(settings.path)
    assert fresh.value(COUNTRY) == "MX"
    assert fresh.value(OFFLINE) is True
    assert fresh.value(AUTO_LOCK_MINUTES) == 25
    assert isinstance(fresh.value(AUTO_LOCK_MINUTES), int)
    assert fresh.value(ARCHIVE_FOLDER) == str(tmp_path / "Family.shopsafe")
    assert seen == [COUNTRY.key, OFFLINE.key, AUTO_LOCK_MINUTES.key, ARCHIVE_FOLDER.key]
    assert page.archive_folder_edit.text() == str(tmp_path / "Family.shopsafe")


def test_page_shows_stored_values(qtbot, settings, pool):
    settings.set_value(COUNTRY, "ES")
    settings.set_value(OFFLINE, True)
    settings.set_value(AUTO_LOCK_MINUTES, 0)
    widget = SettingsPage(settings, pool)
    qtbot.addWidget(widget)
    assert widget.country_combo.currentData() == "ES"
    assert widget.offline_check.isChecked()
    assert widget.auto_lock_spin.text() == "Never"


def test_folder_picker_stores_the_chosen_folder(qtbot, page, settings, tmp_path, monkeypatch):
    chosen = tmp_path / "Synced" / "Archive"
    chosen.mkdir(parents=True)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(chosen))
    page.archive_folder_button.click()
    assert settings.value(ARCHIVE_FOLDER) == str(chosen)


def test_recent_checks_can_be_cleared_and_switched_off(qtbot, page, settings):
    settings.add_recent_check("https://toko-contoh.test/produk?id=1, 2")
    settings.add_recent_check("wa.me/6281234567890")
    assert settings.recent_checks()[0] == "wa.me/6281234567890"
    assert Settings(settings.path).value(RECENT_CHECKS)[1] == "https://toko-contoh.test/produk?id=1, 2"
    assert page.clear_recent_button.isEnabled()
    assert page.recent_count_label.text() == "Recent checks remembered: 2"
    history_file = data_dir() / check_history.HISTORY_FILE
    history_file.write_text(
        '{"version": 1, "entries": {"wa.me/6281234567890": {"level": "high_risk"}}}', "utf-8"
    )
    page.clear_recent_button.click()
    assert settings.recent_checks() == []
    assert not page.clear_recent_button.isEnabled()
    # The verdicts the Check page keeps beside the list are forgotten as well.
    assert not history_file.exists() or "6281234567890" not in history_file.read_text("utf-8")

    settings.add_recent_check("shop.test")
    page.keep_recent_check.setChecked(False)
    assert settings.value(KEEP_RECENT_CHECKS) is False
    assert settings.value(RECENT_CHECKS) == []
    settings.add_recent_check("ignored.test")
    assert settings.value(RECENT_CHECKS) == []


def test_invalid_values_are_refused_and_unreadable_ones_fall_back(settings, tmp_path):
    with pytest.raises(ValueError):
        settings.set_value(COUNTRY, "XX")
    with pytest.raises(ValueError):
        settings.set_value(AUTO_LOCK_MINUTES, 999)
    with pytest.raises(ValueError):
        settings.set_value(LANGUAGE, "fr")
    path = tmp_path / "hand-edited.ini"
    path.write_text("[archive]\nauto_lock_minutes=abc\n[general]\ncountry=ZZ\n")
    edited = Settings(path)
    assert edited.value(AUTO_LOCK_MINUTES) == AUTO_LOCK_MINUTES.default
    assert edited.value(COUNTRY) == COUNTRY.default_value()


def test_hand_written_ini_file_is_read(tmp_path):
    path = tmp_path / "by-hand.ini"
    path.write_text("[locale]\nlanguage=id\ncountry=CO\n[network]\noffline=true\n")
    settings = Settings(path)
    assert settings.value(LANGUAGE) == "id"
    assert settings.value(COUNTRY) == "CO"
    assert settings.value(OFFLINE) is True


def test_every_option_reads_back_with_its_type(settings):
    samples = {
        "locale/language": "es", "locale/country": "AR", "network/offline": True,
        "archive/auto_lock_minutes": 7, "archive/folder": "/tmp/a b",
        "archive/inbox_folder": "/tmp/Sync/inbox",
        "checks/keep_recent": False, "checks/recent": ["x", "y, z"],
        "persist/window_geometry": QByteArray(b"\x00\x01geometry"), "persist/last_page": "costs",
        "display/text_size": 150,
    }
    assert set(samples) == {o.key for o in ALL_OPTIONS}
    for option in ALL_OPTIONS:
        settings.set_value(option, samples[option.key])
    settings.sync()
    fresh = Settings(settings.path)
    for option in ALL_OPTIONS:
        value = fresh.value(option)
        assert value == samples[option.key], option.key
        assert isinstance(value, option.type), option.key
    assert fresh.value(WINDOW_GEOMETRY) == QByteArray(b"\x00\x01geometry")


@pytest.mark.parametrize(
    ("language", "settings_title", "archive_item", "box_title", "ok"),
    [
        ("id", "Pengaturan", "Arsip", "Bahasa dan wilayah", "OK"),
        ("es", "Ajustes", "Archivo", "Idioma y región", "Aceptar"),
    ],
)
def test_language_switch_is_live(qtbot, settings, pool, language, settings_title, archive_item,
                                 box_title, ok):
    window = MainWindow(settings, pool)
    qtbot.addWidget(window)
    window.show()
    window.show_page("settings")
    page = window.page("settings")
    assert page.general_box.title() == "Language and region"
    _select(page.language_combo, language)
    assert settings.value(LANGUAGE) == language
    qtbot.waitUntil(lambda: page.general_box.title() == box_title, timeout=3000)
    assert page._title.text() == settings_title
    assert window.sidebar.item(3 - 1).text() == archive_item
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Ok).text() == ok
    # And back to English.
    _select(page.language_combo, "en")
    qtbot.waitUntil(lambda: page.general_box.title() == "Language and region", timeout=3000)
    assert window.sidebar.item(2).text() == "Archive"


def test_check_options_carry_the_settings(settings):
    settings.set_value(OFFLINE, True)
    settings.set_value(COUNTRY, "CL")
    options = settings.check_options(deadline=5.0)
    assert (options.offline, options.country, options.deadline) == (True, "CL", 5.0)


def test_sync_reports_an_unwritable_file(tmp_path):
    # A folder where the file should be: unwritable even for root, unlike a chmod.
    target = tmp_path / "settings.ini"
    target.mkdir()
    settings = Settings(target)
    settings.set_value(OFFLINE, True)
    assert settings.sync() is False
    assert settings.value(OFFLINE) is True  # still in memory for this session


def test_inbox_folder_is_chosen_and_cleared(qtbot, settings, pool, tmp_path):
    from desktop.settings import INBOX_FOLDER
    from desktop.ui.settings_page import SettingsPage

    page = SettingsPage(settings, pool)
    qtbot.addWidget(page)
    assert page.inbox_folder_edit.text() == "" and not page.inbox_clear_button.isEnabled()
    assert "not encrypted" in page.inbox_hint.text()
    page.set_inbox_folder(str(tmp_path / "Sync"))
    assert settings.value(INBOX_FOLDER) == str(tmp_path / "Sync")
    assert page.inbox_folder_edit.text() == str(tmp_path / "Sync")
    page.inbox_clear_button.click()
    assert settings.value(INBOX_FOLDER) == "" and page.inbox_folder_edit.text() == ""
