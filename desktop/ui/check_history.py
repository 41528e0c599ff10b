"""Recent checks: what was checked, when, and how it came out — kept locally, clearable.

The list of entries is the ``checks/recent`` setting (:meth:`Settings.add_recent_check`), so the
"Remember recent checks" switch and "Clear" in Settings govern it. Each check is its own entry
(key: time and input, see :func:`entry_key`): checking the same link again adds an entry and keeps
the old one. Beside it this module keeps ``recent_checks.json`` in the data folder with the verdict,
time and the whole report of each entry (:mod:`desktop.checks.stored`, self-check answers
included), so reopening an entry shows the report as it was; entries no longer in the setting are
dropped from the file, so clearing the setting also clears the file. The settings page may call :func:`clear_history`. The Check page
works through :class:`HistoryStore`, which saves on a one-thread pool, off the GUI thread.

:class:`RecentChecksModel` is a ``QAbstractTableModel`` over immutable :class:`RecentCheck` rows.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from desktop.checks.model import Level
from desktop.checks.report import Report
from desktop.checks.stored import StoredReportError, report_from_store, report_to_store
from desktop.checks.summary import LEVEL_NAMES
from desktop.fileio import write_atomically
from desktop.i18n import qt_translate
from desktop.localtime import local_stamp
from desktop.paths import data_dir
from desktop.settings import KEEP_RECENT_CHECKS, Settings
from desktop.ui.check_icons import level_icon
from desktop.ui.tasks import Task, writer_pool

__all__ = ["HISTORY_FILE", "HistoryStore", "RecentCheck", "RecentChecksModel", "clear_history", "entry_key",
           "load_history"]

log = logging.getLogger(__name__)

HISTORY_FILE = "recent_checks.json"
_HEADERS = (
    QT_TRANSLATE_NOOP("CheckPage", "Checked"),
    QT_TRANSLATE_NOOP("CheckPage", "Verdict"),
    QT_TRANSLATE_NOOP("CheckPage", "When"),
)
INPUT_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class RecentCheck:
    """One remembered check. Immutable. ``report`` is the stored report
    (:func:`~desktop.checks.stored.report_to_store`), ``None`` for entries from older versions."""

    key: str
    input: str
    subject: str
    level: Level | None
    checked_at: str  # ISO 8601
    report: dict | None = None


def entry_key(text: str, checked_at: str) -> str:
    """The key of a check of ``text`` made at ``checked_at``: each run is its own entry."""
    return f"{checked_at} {text.strip()}"


def _path() -> Path:
    return data_dir() / HISTORY_FILE


def _read_file() -> dict[str, dict]:
    try:
        data = json.loads(_path().read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as error:
        log.warning("recent checks file unreadable, starting afresh: %s", error)
        return {}
    entries = data.get("entries") if isinstance(data, dict) else None
    return {str(k): v for k, v in entries.items() if isinstance(v, dict)} if isinstance(entries, dict) else {}


def _write_file(entries: dict[str, dict]) -> None:
    path = _path()
    if not entries:
        path.unlink(missing_ok=True)
        return
    write_atomically(path, json.dumps({"version": 1, "entries": entries}, ensure_ascii=False, default=str))


def _rows(settings: Settings, details: dict[str, dict]) -> list[RecentCheck]:
    result = []
    for key in settings.recent_checks():
        info = details.get(key, {})
        try:
            level = Level(info["level"]) if info.get("level") else None
        except ValueError:
            level = None
        text = str(info.get("input") or key)  # entries of older versions were keyed by the input
        report = info.get("report") if isinstance(info.get("report"), dict) else None
        result.append(RecentCheck(key, text, str(info.get("subject") or text), level,
                                  str(info.get("checked_at") or ""), report))
    return result


def load_history(settings: Settings) -> list[RecentCheck]:
    """The remembered checks as stored on disk, newest first; empty when remembering is off."""
    return _rows(settings, _read_file() if settings.recent_checks() else {})


def clear_history(settings: Settings) -> None:
    """Forget every recent check: the setting and the details file. For the Settings page
    (an open Check page drops its copy through ``settings_changed``)."""
    settings.clear_recent_checks()
    _write_file({})


class HistoryStore(QObject):
    """The Check page's copy of the recent checks: reads the file once, keeps the details in
    memory and saves in the background (the GUI thread never waits for the disk).

    Honours "Remember recent checks"; entries dropped from the setting (cleared in Settings)
    are dropped here and from the file.
    """

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._details = _read_file()
        self.prune()
        app = QCoreApplication.instance()
        if app is not None:
            # A save queued just before quitting must still reach the disk.
            app.aboutToQuit.connect(self.flush)

    def rows(self) -> list[RecentCheck]:
        return _rows(self._settings, self._details)

    def record(self, report: Report, subject: str, level: Level | None, key: str | None = None) -> str | None:
        """Remember a finished check if the user allows it; returns the entry's key, ``None``
        when not kept. Without ``key`` it is a new entry at the top (two checks of one link in
        the same second still get two entries); with the ``key`` of a listed entry, that entry
        is updated in place (new self-check answers)."""
        text = report.input.strip()
        if not text or not self._settings.value(KEEP_RECENT_CHECKS):
            return None
        if key is None or key not in self._details:
            key = base = entry_key(text, report.checked_at)
            number = 1
            while key in self._details:
                number += 1
                key = f"{base} #{number}"
        self._details[key] = {
            "input": text, "subject": subject, "level": level.value if level else None,
            "checked_at": report.checked_at, "report": report_to_store(report),
        }
        if key not in self._settings.recent_checks():
            self._settings.add_recent_check(key)
        self.prune(force_save=True)
        return key

    def entry(self, key: str) -> RecentCheck | None:
        return next((row for row in self.rows() if row.key == key), None)

    def report(self, key: str) -> Report | None:
        """The report kept for ``key`` as it was, or ``None`` (an entry of an older version, or
        a damaged file: the reason goes to the log)."""
        data = self._details.get(key, {}).get("report")
        if data is None:
            return None
        try:
            return report_from_store(data)
        except StoredReportError as error:
            log.warning("recent check %r could not be reopened: %s", key[:40], error)
            return None

    def prune(self, force_save: bool = False) -> None:
        """Forget details of entries no longer in the setting; save if anything changed."""
        kept = set(self._settings.recent_checks())
        pruned = {k: v for k, v in self._details.items() if k in kept}
        if pruned != self._details or force_save:
            self._details = pruned
            # The serial writer: saves happen in the order they were asked for, never concurrently.
            Task(_write_file, dict(pruned)).on_failure(self._on_save_failed).start(writer_pool())

    @staticmethod
    def _on_save_failed(error: BaseException) -> None:
        log.warning("recent checks not saved: %s", error)

    @staticmethod
    def flush(timeout_ms: int = 10_000) -> bool:
        """Wait until every pending save is on disk (tests, application exit)."""
        return writer_pool().waitForDone(timeout_ms)


class RecentChecksModel(QAbstractTableModel):
    """Recent checks as a table: what was checked, the verdict, when. Rows are immutable."""

    COLUMNS = 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RecentCheck] = []
        #: Verdicts as icons only (the words in the tooltip): for a narrow panel, so that what
        #: was checked stays readable ("Not enough information" would take half of it).
        self.compact = False

    def set_compact(self, compact: bool) -> None:
        if compact != self.compact:
            self.compact = compact
            if self._rows:
                self.dataChanged.emit(self.index(0, 1), self.index(len(self._rows) - 1, 1))

    def set_rows(self, rows: list[RecentCheck]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> RecentCheck:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(_HEADERS):
                return QCoreApplication.translate("CheckPage", _HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role == INPUT_ROLE:
            return entry.key
        if role == Qt.ItemDataRole.ToolTipRole and not (column == 1 and self.compact):
            when = local_stamp(entry.checked_at)
            return f"{entry.input}\n{when}" if when else entry.input
        if column == 0 and role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return entry.subject
        if column == 1:
            if role == Qt.ItemDataRole.DisplayRole and self.compact and entry.level:
                return ""
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole) or (
                    role == Qt.ItemDataRole.ToolTipRole and self.compact):
                return LEVEL_NAMES[entry.level].render(qt_translate) if entry.level else "—"
            if role == Qt.ItemDataRole.DecorationRole and entry.level:
                return level_icon(entry.level)
            if role == SORT_ROLE:
                return entry.level.value if entry.level else ""
        if column == 2:
            if role == SORT_ROLE:
                return entry.checked_at
            if role == Qt.ItemDataRole.DisplayRole:
                return local_stamp(entry.checked_at)
        return None
