"""The Settings page: language (applied live), country, offline mode, archive and privacy.

Every control writes through :class:`desktop.settings.Settings`, whose ``settings_changed(key)``
signal the other pages (and the main window, for the language) follow. The page also says where
ShopSafe keeps its settings, data and log, so a user can back them up.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QThreadPool, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import LANGUAGE_CHOICES, qt_translate
from desktop.logging_setup import log_file_path
from desktop.paths import data_dir
from desktop.settings import (
    ARCHIVE_FOLDER,
    AUTO_LOCK_MINUTES,
    COUNTRIES,
    COUNTRY,
    INBOX_FOLDER,
    KEEP_RECENT_CHECKS,
    LANGUAGE,
    OFFLINE,
    RECENT_CHECKS,
    TEXT_SIZE,
    TEXT_SIZES,
    Settings,
)
from desktop.ui.pages import PAGES
from desktop.ui.style import set_muted

__all__ = ["SettingsPage"]


class SettingsPage(QWidget):
    """Edits the declared settings; see :mod:`desktop.ui.main_window` for the page contract."""

    #: Re-emits :attr:`Settings.settings_changed` (the key) for widgets holding only the page.
    settings_changed = Signal(str)

    def __init__(self, settings: Settings, pool: QThreadPool, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self._pool = pool

        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.addItem("", "system")
        for code, native_name in LANGUAGE_CHOICES:
            self.language_combo.addItem(native_name, code)
        self.country_combo = QComboBox()
        self.country_combo.setObjectName("countryCombo")
        self.text_size_combo = QComboBox()
        self.text_size_combo.setObjectName("textSizeCombo")
        for size in TEXT_SIZES:
            self.text_size_combo.addItem(f"{size} %", size)
        self.offline_check = QCheckBox()
        self.offline_check.setObjectName("offlineCheck")
        self.offline_hint = QLabel()
        self.offline_hint.setWordWrap(True)
        self.auto_lock_spin = QSpinBox()
        self.auto_lock_spin.setObjectName("autoLockSpin")
        self.auto_lock_spin.setRange(0, 240)
        self.archive_folder_edit = QLineEdit()
        self.archive_folder_edit.setObjectName("archiveFolderEdit")
        self.archive_folder_edit.setReadOnly(True)
        self.archive_folder_button = QPushButton()
        self.archive_folder_button.setObjectName("archiveFolderButton")
        self.inbox_folder_edit = QLineEdit()
        self.inbox_folder_edit.setObjectName("inboxFolderEdit")
        self.inbox_folder_edit.setReadOnly(True)
        self.inbox_folder_button = QPushButton()
        self.inbox_folder_button.setObjectName("inboxFolderButton")
        self.inbox_clear_button = QPushButton()
        self.inbox_clear_button.setObjectName("inboxClearButton")
        self.inbox_hint = QLabel()
        self.inbox_hint.setWordWrap(True)
        self.keep_recent_check = QCheckBox()
        self.keep_recent_check.setObjectName("keepRecentCheck")
        self.clear_recent_button = QPushButton()
        self.clear_recent_button.setObjectName("clearRecentButton")
        self.recent_count_label = QLabel()
        # Read-only fields rather than labels: long paths scroll instead of widening the page,
        # and they can be selected and copied whole.
        self.settings_file_edit = QLineEdit(str(self.settings.path))
        self.data_folder_edit = QLineEdit(str(data_dir()))
        self.log_file_edit = QLineEdit(str(log_file_path()))
        for edit in (self.settings_file_edit, self.data_folder_edit, self.log_file_edit):
            edit.setReadOnly(True)
            edit.setFrame(False)
            edit.setCursorPosition(0)

        self.general_box = QGroupBox()
        general = QFormLayout(self.general_box)
        self._language_label = QLabel()
        self._country_label = QLabel()
        self._language_hint = QLabel()
        self._language_hint.setWordWrap(True)
        self._country_hint = QLabel()
        self._country_hint.setWordWrap(True)
        self._language_label.setBuddy(self.language_combo)
        self._country_label.setBuddy(self.country_combo)
        general.addRow(self._language_label, self.language_combo)
        general.addRow("", self._language_hint)
        general.addRow(self._country_label, self.country_combo)
        general.addRow("", self._country_hint)
        self._text_size_label = QLabel()
        self._text_size_label.setBuddy(self.text_size_combo)
        general.addRow(self._text_size_label, self.text_size_combo)

        # Every shortcut in one place (also the sidebar's tooltips and the buttons' underlined
        # letters): keyboard users and people who cannot aim a mouse well find them here.
        self.shortcuts_box = QGroupBox()
        self.shortcuts_box.setObjectName("shortcutsBox")
        self.shortcuts_form = QFormLayout(self.shortcuts_box)

        self.network_box = QGroupBox()
        network = QVBoxLayout(self.network_box)
        network.addWidget(self.offline_check)
        network.addWidget(self.offline_hint)

        self.archive_box = QGroupBox()
        archive = QFormLayout(self.archive_box)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.archive_folder_edit, 1)
        folder_row.addWidget(self.archive_folder_button)
        self._folder_label = QLabel()
        self._auto_lock_label = QLabel()
        self._auto_lock_label.setBuddy(self.auto_lock_spin)
        archive.addRow(self._folder_label, folder_row)
        archive.addRow(self._auto_lock_label, self.auto_lock_spin)
        inbox_row = QHBoxLayout()
        inbox_row.addWidget(self.inbox_folder_edit, 1)
        inbox_row.addWidget(self.inbox_folder_button)
        inbox_row.addWidget(self.inbox_clear_button)
        self._inbox_label = QLabel()
        archive.addRow(self._inbox_label, inbox_row)
        archive.addRow("", self.inbox_hint)

        self.privacy_box = QGroupBox()
        privacy = QVBoxLayout(self.privacy_box)
        privacy.addWidget(self.keep_recent_check)
        recent_row = QHBoxLayout()
        recent_row.addWidget(self.recent_count_label, 1)
        recent_row.addWidget(self.clear_recent_button)
        privacy.addLayout(recent_row)
        locations = QFormLayout()
        self._settings_file_label = QLabel()
        self._data_folder_label = QLabel()
        self._log_file_label = QLabel()
        locations.addRow(self._settings_file_label, self.settings_file_edit)
        locations.addRow(self._data_folder_label, self.data_folder_edit)
        locations.addRow(self._log_file_label, self.log_file_edit)
        privacy.addLayout(locations)

        content = QWidget()
        column = QVBoxLayout(content)
        self._title = QLabel()
        font = self._title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self._title.setFont(font)
        column.addWidget(self._title)
        for box in (self.general_box, self.network_box, self.archive_box, self.privacy_box,
                    self.shortcuts_box):
            column.addWidget(box)
        column.addStretch(1)
        content.setMaximumWidth(self.fontMetrics().averageCharWidth() * 110)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self._apply_palette()
        self._retranslate()
        self._load()

        self.language_combo.currentIndexChanged.connect(self._on_language_combo_changed)
        self.country_combo.currentIndexChanged.connect(self._on_country_combo_changed)
        self.text_size_combo.currentIndexChanged.connect(self._on_text_size_combo_changed)
        self.offline_check.toggled.connect(self._on_offline_check_toggled)
        self.auto_lock_spin.valueChanged.connect(self._on_auto_lock_spin_changed)
        self.archive_folder_button.clicked.connect(self._on_archive_folder_button_clicked)
        self.inbox_folder_button.clicked.connect(self._on_inbox_folder_button_clicked)
        self.inbox_clear_button.clicked.connect(lambda: self.set_inbox_folder(""))
        self.keep_recent_check.toggled.connect(self._on_keep_recent_check_toggled)
        self.clear_recent_button.clicked.connect(self._on_clear_recent_button_clicked)
        settings.settings_changed.connect(self._on_settings_changed)

    # --- showing the stored values -------------------------------------------------------------

    def _load(self) -> None:
        """Show the stored values without writing them back."""
        widgets = (
            self.language_combo, self.country_combo, self.offline_check, self.auto_lock_spin,
            self.keep_recent_check, self.text_size_combo,
        )
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.language_combo.setCurrentIndex(
                max(0, self.language_combo.findData(self.settings.value(LANGUAGE)))
            )
            self.country_combo.setCurrentIndex(
                max(0, self.country_combo.findData(self.settings.value(COUNTRY)))
            )
            self.text_size_combo.setCurrentIndex(
                max(0, self.text_size_combo.findData(self.settings.value(TEXT_SIZE))))
            self.offline_check.setChecked(self.settings.value(OFFLINE))
            self.auto_lock_spin.setValue(self.settings.value(AUTO_LOCK_MINUTES))
            self.keep_recent_check.setChecked(self.settings.value(KEEP_RECENT_CHECKS))
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.archive_folder_edit.setText(self.settings.value(ARCHIVE_FOLDER))
        self.inbox_folder_edit.setText(self.settings.value(INBOX_FOLDER))
        self.inbox_clear_button.setEnabled(bool(self.settings.value(INBOX_FOLDER)))
        self._update_recent()

    def _update_recent(self) -> None:
        count = len(self.settings.recent_checks())
        self.recent_count_label.setText(
            self.tr("Recent checks remembered: {count}").format(count=count)
        )
        self.clear_recent_button.setEnabled(count > 0)

    def _fill_countries(self) -> None:
        current = self.country_combo.currentData() or self.settings.value(COUNTRY)
        self.country_combo.blockSignals(True)
        try:
            self.country_combo.clear()
            names = sorted(
                ((name.render(qt_translate), code) for code, name in COUNTRIES),
                key=lambda pair: pair[0].casefold(),
            )
            for name, code in names:
                self.country_combo.addItem(name, code)
            self.country_combo.setCurrentIndex(max(0, self.country_combo.findData(current)))
        finally:
            self.country_combo.blockSignals(False)

    def _retranslate(self) -> None:
        self._title.setText(self.tr("Settings"))
        self.general_box.setTitle(self.tr("Language and region"))
        self._language_label.setText(LANGUAGE.title.render(qt_translate) + ":")
        self.language_combo.setItemText(0, self.tr("Same as the system"))
        self._language_hint.setText(self.tr("The new language is applied at once."))
        self._country_label.setText(COUNTRY.title.render(qt_translate) + ":")
        self._country_hint.setText(
            self.tr("Used to read phone numbers and to suggest currency, taxes and local shops.")
        )
        self._fill_countries()
        self._text_size_label.setText(TEXT_SIZE.title.render(qt_translate) + ":")
        self.text_size_combo.setToolTip(self.tr("Makes all text in the window larger (Ctrl++ and Ctrl+- also work)."))
        self._fill_shortcuts()
        self.network_box.setTitle(self.tr("Network"))
        self.offline_check.setText(self.tr("Offline mode: never connect to the internet"))
        self.offline_hint.setText(
            self.tr(
                "Shop checks then use only what is on this computer: the link itself, the "
                "family seller book and the built-in lists. Checks that need the network "
                "show “Could not check”."
            )
        )
        self.archive_box.setTitle(self.tr("Archive"))
        self._folder_label.setText(ARCHIVE_FOLDER.title.render(qt_translate) + ":")
        self.archive_folder_edit.setPlaceholderText(self.tr("Not chosen yet"))
        self.archive_folder_button.setText(self.tr("Choose…"))
        self._auto_lock_label.setText(AUTO_LOCK_MINUTES.title.render(qt_translate) + ":")
        self.auto_lock_spin.setSpecialValueText(self.tr("Never"))
        self.auto_lock_spin.setSuffix(self.tr(" min idle"))
        self._inbox_label.setText(INBOX_FOLDER.title.render(qt_translate) + ":")
        self.inbox_folder_edit.setPlaceholderText(self.tr("None"))
        self.inbox_folder_button.setText(self.tr("Choose…"))
        self.inbox_clear_button.setText(self.tr("Stop using"))
        self.inbox_hint.setText(self.tr(
            "For screenshots from your phone: pick a folder your phone's sync app fills. While "
            "the archive is unlocked, new files there are imported into the order “Inbox” and "
            "then removed from the folder. Until then they are not encrypted."))
        self.privacy_box.setTitle(self.tr("Privacy"))
        self.keep_recent_check.setText(KEEP_RECENT_CHECKS.title.render(qt_translate))
        self.clear_recent_button.setText(self.tr("Clear recent checks"))
        self._settings_file_label.setText(self.tr("Settings file:"))
        self._data_folder_label.setText(self.tr("Data folder:"))
        self._log_file_label.setText(self.tr("Log file:"))
        self._update_recent()

    def shortcuts(self) -> list[tuple[str, str]]:
        """The keyboard shortcuts as shown: (keys, what they do), in the user's language."""
        native = QKeySequence.SequenceFormat.NativeText

        def keys(text: str) -> str:
            return QKeySequence(text).toString(native)

        # The page names exactly as the sidebar shows them.
        pages = [QCoreApplication.translate("MainWindow", spec.title) for spec in PAGES]
        rows = [(keys(f"Ctrl+{i + 1}"), self.tr("Open the page “{page}”").format(page=page))
                for i, page in enumerate(pages)]
        rows += [
            (keys("Ctrl+L"), self.tr("Check a shop: go to the box to paste a link")),
            (self.tr("Enter"), self.tr("Check a shop: check what you pasted (Shift+Enter: new line)")),
            (keys("Esc"), self.tr("Check a shop: stop the running check")),
            (keys("Ctrl+N"), self.tr("Total cost: add an offer")),
            (keys("Ctrl+D"), self.tr("Total cost: duplicate the offer")),
            (keys("Ctrl+Shift+C"), self.tr("Total cost: copy the breakdown as text")),
            (keys("Ctrl+S"), self.tr("Total cost: save the breakdown")),
            (keys("Ctrl++") + " / " + keys("Ctrl+-"), self.tr("Larger or smaller text")),
            (self.tr("Alt + underlined letter"), self.tr("The button or field with that letter")),
            (self.tr("Tab / Shift+Tab"), self.tr("Next or previous field, in reading order")),
        ]
        return rows

    def _fill_shortcuts(self) -> None:
        self.shortcuts_box.setTitle(self.tr("Keyboard shortcuts"))
        while self.shortcuts_form.rowCount():
            self.shortcuts_form.removeRow(0)
        for key, action in self.shortcuts():
            label = QLabel(f"<b>{html.escape(key)}</b>")
            text = QLabel(action)
            text.setWordWrap(True)
            self.shortcuts_form.addRow(label, text)

    def _on_text_size_combo_changed(self, index: int) -> None:
        self.settings.set_value(TEXT_SIZE, self.text_size_combo.itemData(index))

    def _apply_palette(self) -> None:
        for label in (self._language_hint, self._country_hint, self.offline_hint,
                      self.inbox_hint):
            set_muted(label)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
        super().changeEvent(event)

    # --- writing changes -----------------------------------------------------------------------

    def _on_language_combo_changed(self, index: int) -> None:
        self.settings.set_value(LANGUAGE, self.language_combo.itemData(index))

    def _on_country_combo_changed(self, index: int) -> None:
        code = self.country_combo.itemData(index)
        if code:
            self.settings.set_value(COUNTRY, code)

    def _on_offline_check_toggled(self, checked: bool) -> None:
        self.settings.set_value(OFFLINE, checked)

    def _on_auto_lock_spin_changed(self, minutes: int) -> None:
        self.settings.set_value(AUTO_LOCK_MINUTES, minutes)

    def _on_archive_folder_button_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the archive folder"), self.settings.value(ARCHIVE_FOLDER)
        )
        if folder:
            self.set_archive_folder(folder)

    def set_archive_folder(self, folder: str) -> None:
        """Store ``folder`` as the archive location (what the folder picker does)."""
        self.settings.set_value(ARCHIVE_FOLDER, folder)

    def _on_inbox_folder_button_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the inbox folder"), self.settings.value(INBOX_FOLDER)
        )
        if folder:
            self.set_inbox_folder(folder)

    def set_inbox_folder(self, folder: str) -> None:
        """Store ``folder`` as the inbox (empty: no inbox), what the buttons do."""
        self.settings.set_value(INBOX_FOLDER, folder)

    def _on_keep_recent_check_toggled(self, checked: bool) -> None:
        self.settings.set_value(KEEP_RECENT_CHECKS, checked)
        if not checked:
            # Switching it off also forgets what was kept.
            self._clear_recent()

    def _on_clear_recent_button_clicked(self) -> None:
        self._clear_recent()

    def _clear_recent(self) -> None:
        """Forget the recent inputs and, where the Check page keeps them, their verdicts too."""
        try:
            from desktop.ui.check_history import clear_history
        except ImportError:
            self.settings.clear_recent_checks()
        else:
            clear_history(self.settings)

    def _on_settings_changed(self, key: str) -> None:
        if key in (ARCHIVE_FOLDER.key, INBOX_FOLDER.key, RECENT_CHECKS.key, KEEP_RECENT_CHECKS.key,
                   OFFLINE.key, COUNTRY.key, AUTO_LOCK_MINUTES.key, LANGUAGE.key, TEXT_SIZE.key):
            self._load()
        self.settings_changed.emit(key)
