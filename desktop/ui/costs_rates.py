"""The exchange-rate bar of the Costs page: which ECB reference rates are in use, and a button
to fetch fresh ones.

Saved rates are read at start; when they are older than the last ECB publication and the user
is online, fresh ones are fetched in the background (through :mod:`desktop.net.client`). A newer
request replaces an older one, so a late answer never overwrites a fresher one. The bar says
which date the rates are from, and why the network was not used when it was not.
"""

from __future__ import annotations

import logging

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, QThreadPool, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.costs import RateTable, load_cached, load_rates
from desktop.costs.ecb import ECB_DAILY_URL
from desktop.errors import ShopSafeError
from desktop.i18n import qt_translate
from desktop.plainerrors import plain_error_message
from desktop.settings import OFFLINE, Settings
from desktop.ui.tasks import TOKEN, Task

__all__ = ["RatesBar"]

log = logging.getLogger(__name__)


class RatesBar(QWidget):
    """Label and "Update rates" button; ``rates_changed`` fires whenever :attr:`table` (or the
    note about it) changed."""

    rates_changed = Signal()

    def __init__(self, settings: Settings, pool: QThreadPool, parent: QWidget | None = None):
        super().__init__(parent)
        self._settings = settings
        self._pool = pool
        self._task: Task | None = None
        self._problem = ""
        self._needed = False
        self._fetching = False
        #: The rates in use, or ``None`` before any were read or fetched.
        self.table: RateTable | None = None
        #: Where the ECB file comes from and extra CheckOptions fields (tests, diagnostics).
        self.rates_url = ECB_DAILY_URL
        self.option_overrides: dict[str, Any] = {}

        self.label = QLabel(self)
        self.label.setObjectName("ratesLabel")
        self.label.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.setObjectName("updateRatesButton")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.button.clicked.connect(lambda: self.load(fetch=True))
        self._retranslate()

    def load(self, fetch: bool) -> None:
        """Read the saved rates (``fetch`` False) or fetch fresh ones when online."""
        if self._task is not None:
            self._task.cancel()  # its late answer is dropped, never shown over ours
        if fetch and not self._settings.value(OFFLINE):
            options = self._settings.check_options(**self.option_overrides)
            self._fetching = True
            self.button.setEnabled(False)
            task = (Task(load_rates, options, url=self.rates_url, cancel=TOKEN)
                    .on_success(self._on_fetch_succeeded)
                    .on_failure(self._on_fetch_failed))
        else:
            task = Task(load_cached).on_success(self._on_cached_loaded)
        task.on_finished(self._on_task_finished)
        self._task = task.start(self._pool)
        self._retranslate()

    # --- results --------------------------------------------------------------------------
    def _on_cached_loaded(self, table: RateTable | None) -> None:
        self._apply(table, "")
        # The ECB publishes on working days; older saved rates are refreshed when online.
        stale = table is None or table.date < dt.date.today() - dt.timedelta(days=1)
        if stale and not self._settings.value(OFFLINE):
            self.load(fetch=True)

    def _on_fetch_succeeded(self, result: Any) -> None:
        self._fetching = False
        problem = result.problem.render(qt_translate) if result.problem is not None else ""
        self._apply(result.table, problem)

    def _on_fetch_failed(self, error: BaseException) -> None:
        self._fetching = False
        if not isinstance(error, ShopSafeError):
            log.warning("exchange rates could not be fetched: %s", error)
        problem = plain_error_message(error).render(qt_translate)
        self._apply(None, problem)

    def _on_task_finished(self) -> None:
        if not self._fetching:
            self.button.setEnabled(True)

    def _apply(self, table: RateTable | None, problem: str) -> None:
        self.table = table or self.table
        self._problem = problem
        self.button.setEnabled(True)
        self._retranslate()
        self.rates_changed.emit()

    def set_needed(self, needed: bool) -> None:
        """Whether any offer needs converting. When none does, a failed fetch is not shown:
        it changes nothing the user sees (the detail is in the log)."""
        if needed != self._needed:
            self._needed = needed
            self._retranslate()

    @property
    def problem(self) -> str:
        """The problem with the rates as shown to the user ("" when none is shown)."""
        return self._problem if self._needed else ""

    # --- text -----------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.button.setText(self.tr("Update rates"))
        self.button.setToolTip(self.tr("Fetch today's euro reference rates from the ECB"))
        if self._fetching:
            note = self.tr("Fetching the ECB reference rates…")
        elif self.table is not None:
            note = self.tr("ECB reference rates of {date}.").format(
                date=self.table.date.isoformat())
        else:
            note = self.tr("No reference rates yet: type a rate for offers in other "
                           "currencies.")
        self.label.setText(f"{note} {self.problem}".strip())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
