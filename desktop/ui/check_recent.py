"""The "Recent checks" panel beside the Check page: what was checked lately and how it came out.

Activating an entry (double-click or Enter) reopens it as it was (``open_requested(str)`` with the
entry's key); checking again is a separate action on the Check page that keeps the old entry. The list itself lives in :class:`~desktop.ui.check_history.HistoryStore`;
this panel shows it and explains when it is empty or switched off in Settings.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from desktop.settings import KEEP_RECENT_CHECKS, RECENT_CHECKS, Settings
from desktop.ui.check_history import INPUT_ROLE, HistoryStore, RecentChecksModel

__all__ = ["RecentChecksPanel"]


class RecentChecksPanel(QWidget):
    """Title, table of recent checks, and a note when there are none."""

    open_requested = Signal(str)

    def __init__(self, settings: Settings, history: HistoryStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.history = history
        self.title = QLabel(self)
        self.model = RecentChecksModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("recentChecks")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnHidden(2, True)  # the time is in the tooltip: the panel is narrow
        self.table.setWordWrap(False)
        # Shop links differ at both ends (the shop, the product): keep both, full text in the tooltip.
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.title.setBuddy(self.table)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.title)
        self._layout.addWidget(self.table, 1)
        self._layout.addWidget(self.empty)
        self._layout.addStretch(0)  # takes the height instead of the table while the list is empty
        self.table.activated.connect(self._on_table_activated)
        self.table.viewport().installEventFilter(self)
        settings.settings_changed.connect(self._on_settings_changed)
        self.retranslate()

    def reload(self) -> None:
        rows = self.history.rows()
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self._layout.setStretch(1, 1 if rows else 0)
        self._layout.setStretch(3, 0 if rows else 1)
        self.empty.setText(
            QCoreApplication.translate("CheckPage", "Your recent checks will be listed here.")
            if self._settings.value(KEEP_RECENT_CHECKS)
            else QCoreApplication.translate("CheckPage", "Recent checks are not kept. You can switch this on in Settings.")
        )

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        # Narrow panel (1024×600, long verdict names in Spanish): verdicts as icons only, so
        # the column of what was checked keeps most of the width.
        metrics = self.table.fontMetrics()
        self.model.set_compact(self.table.viewport().width() < metrics.averageCharWidth() * 40)

    def _on_table_activated(self, index: QModelIndex) -> None:
        text = index.data(INPUT_ROLE)
        if text:
            self.open_requested.emit(text)

    def _on_settings_changed(self, key: str) -> None:
        if key in (RECENT_CHECKS.key, KEEP_RECENT_CHECKS.key):
            self.history.prune()
            self.reload()

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("CheckPage", "&Recent checks"))
        self.reload()
        self._fit_columns()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
