"""Watching the inbox folder while the archive is unlocked, and the line on the Archive page
that shows it. What is imported, and when a file is removed, is :mod:`desktop.ui.archive_inbox`.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QFileSystemWatcher,
    QObject,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from desktop.plainerrors import plain_error_message
from desktop.settings import INBOX_FOLDER, Settings
from desktop.ui.archive_import import _read_reason
from desktop.ui.archive_inbox import (
    POLL_MS,
    SETTLE_SECONDS,
    InboxResult,
    import_inbox,
    scan_inbox,
    settled_names,
)
from desktop.ui.archive_ops import ArchiveWriter
from desktop.ui.tasks import Task

__all__ = ["InboxBar", "InboxWatcher"]

log = logging.getLogger(__name__)



class InboxWatcher(QObject):
    """Watches the inbox folder while the archive is unlocked (:meth:`start` / :meth:`stop`)
    and imports settled files through ``writer``. ``status_changed(text)`` says what it does;
    ``progressed(done, total)`` drives a progress bar (total 0: idle)."""

    status_changed = Signal(str)
    progressed = Signal(int, int)
    imported = Signal(str)  # the Inbox order's id, after files were imported

    def __init__(self, settings: Settings, writer: ArchiveWriter, pool: QThreadPool,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._writer = writer
        self._pool = pool
        self._folder: Path | None = None
        self._seen: dict[str, tuple[tuple[int, int], float]] = {}
        self._refused: dict[str, tuple[int, int]] = {}
        self._scan_task: Task | None = None
        self._import_task: Task | None = None
        self._rescan = False
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._on_directory_changed)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.scan)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.timeout.connect(self.scan)
        self._soon = QTimer(self)  # coalesces a burst of change events into one scan
        self._soon.setSingleShot(True)
        self._soon.setInterval(300)
        self._soon.timeout.connect(self.scan)
        settings.settings_changed.connect(self._on_settings_changed)

    @property
    def folder(self) -> Path | None:
        """The inbox being watched (None while stopped or not chosen)."""
        return self._folder

    @property
    def busy(self) -> bool:
        return self._scan_task is not None or self._import_task is not None

    def start(self) -> None:
        """The archive was unlocked: watch the chosen folder, if any, and scan it now."""
        self.stop()
        chosen = self._settings.value(INBOX_FOLDER)
        if not chosen or self._writer.session is None:
            return
        self._folder = Path(chosen)
        if not self._folder.is_dir():
            self.status_changed.emit(QCoreApplication.translate(
                "ArchiveInbox", "The inbox folder {folder} is not there; choose it again in "
                "Settings.").format(folder=self._folder))
            return
        self._watcher.addPath(str(self._folder))
        self._poll.start()
        self.scan()

    def stop(self) -> None:
        """The archive locked: stop watching and cancel what runs (files already imported were
        verified and removed; the others stay in the inbox)."""
        for task in (self._scan_task, self._import_task):
            if task is not None:
                task.cancel()
        self._scan_task = self._import_task = None
        if self._watcher.directories():
            self._watcher.removePaths(self._watcher.directories())
        for timer in (self._poll, self._settle, self._soon):
            timer.stop()
        self._folder = None
        self._seen.clear()
        self._refused.clear()
        self._rescan = False
        self.progressed.emit(0, 0)

    def scan(self) -> None:
        """List the inbox in the pool (one scan at a time; a request meanwhile runs after)."""
        if self._folder is None:
            return
        if self._scan_task is not None or self._import_task is not None:
            self._rescan = True
            return
        folder = self._folder
        task = Task(scan_inbox, folder)
        task.on_success(lambda found: self._on_scanned(folder, found))
        task.on_failure(self._on_scan_failed)
        task.on_finished(lambda: self._on_task_finished(task))
        self._scan_task = task
        task.start(self._pool)

    def _on_directory_changed(self, _path: str) -> None:
        self._soon.start()

    def _on_task_finished(self, task: Task) -> None:
        if task is self._scan_task:
            self._scan_task = None
        elif task is self._import_task:
            self._import_task = None
            self.progressed.emit(0, 0)
        if self._rescan and self._folder is not None:
            self._rescan = False
            self.scan()

    def _on_scan_failed(self, error: BaseException) -> None:
        if not isinstance(error, OSError):
            raise error
        log.warning("listing the inbox failed: %s", type(error).__name__)
        self.status_changed.emit(QCoreApplication.translate(
            "ArchiveInbox", "The inbox folder could not be read ({reason}).").format(
            reason=_read_reason(error)))

    def _on_scanned(self, folder: Path, found: dict[str, tuple[int, int]]) -> None:
        if folder != self._folder or self._writer.session is None:
            return
        for name in list(self._refused):  # changed or gone: worth another try
            if found.get(name) != self._refused[name]:
                del self._refused[name]
        waiting = {n: s for n, s in found.items() if self._refused.get(n) != s}
        ready = settled_names(self._seen, waiting, time.monotonic(), SETTLE_SECONDS)
        if len(ready) < len(waiting):  # some are new or still growing: look again soon
            self._settle.start(int(SETTLE_SECONDS * 1000) + 100)
        if ready:
            self._import({name: waiting[name] for name in ready})

    def _import(self, files: dict[str, tuple[int, int]]) -> None:
        assert self._folder is not None
        title = QCoreApplication.translate("ArchiveInbox", "Inbox")
        task = self._writer.op(import_inbox, self._folder, files, title)
        task.on_progress(self._on_import_progressed)
        task.on_success(lambda result: self._on_imported(result, files))
        task.on_failure(self._on_import_failed)
        task.on_finished(lambda: self._on_task_finished(task))
        self._import_task = task
        self.progressed.emit(0, len(files))
        self.status_changed.emit(self.tr(
            "Importing %n file(s) from the inbox…", "", len(files)))
        task.start()

    def _on_import_progressed(self, value: tuple[int, int, str]) -> None:
        done, total, _name = value
        self.progressed.emit(done, total)

    def _on_imported(self, result: InboxResult, files: dict[str, tuple[int, int]]) -> None:
        for name, _reason in result.left:
            self._refused[name] = files[name]
            self._seen.pop(name, None)
        parts = []
        if result.imported:
            parts.append(self.tr(
                "%n file(s) from the inbox imported into the order “Inbox” and removed from "
                "the inbox.", "", len(result.imported)))
        if result.left:
            parts.append(QCoreApplication.translate(
                "ArchiveInbox", "Left in the inbox: {files}").format(
                files="; ".join(f"{name} — {reason}" for name, reason in result.left)))
        self.status_changed.emit(" ".join(parts))
        if result.imported and result.order_id:
            self.imported.emit(result.order_id)

    def _on_import_failed(self, error: BaseException) -> None:
        from desktop.archive import ArchiveError

        if not isinstance(error, (ArchiveError, OSError)):
            raise error
        log.warning("inbox import failed: %s", type(error).__name__)
        reason = (error.message.render(QCoreApplication.translate)
                  if isinstance(error, ArchiveError)
                  else plain_error_message(error).render(QCoreApplication.translate))
        self.status_changed.emit(QCoreApplication.translate(
            "ArchiveInbox", "Nothing was imported from the inbox: {reason}").format(
            reason=reason))

    def _on_settings_changed(self, key: str) -> None:
        if key == INBOX_FOLDER.key and self._writer.session is not None:
            self.start()


class InboxBar(QWidget):
    """One line on the Archive page while an inbox is chosen: where it is, the warning that
    its files are not encrypted until imported, and what the watcher last did."""

    def __init__(self, watcher: InboxWatcher, settings: Settings, parent: QWidget) -> None:
        # A parent from the start: shown alone, a parentless widget would be a window.
        super().__init__(parent)
        self._settings = settings
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.setVisible(False)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.where, 1)
        row.addWidget(self.progress)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.status.setVisible(False)
        watcher.status_changed.connect(self._on_status_changed)
        watcher.progressed.connect(self._on_progressed)
        settings.settings_changed.connect(self._on_settings_changed)
        self.retranslate()

    def retranslate(self) -> None:
        folder = self._settings.value(INBOX_FOLDER)
        self.setVisible(bool(folder))
        # The folder's name only (the whole path in the tooltip): one line at 1024 × 600.
        self.where.setText(QCoreApplication.translate(
            "ArchiveInbox", "Inbox: {folder} — files there are not encrypted until ShopSafe "
            "imports them (while the archive is unlocked).").format(
            folder=Path(folder).name if folder else ""))
        self.where.setToolTip(folder)

    def clear(self) -> None:
        """The archive locked: forget what was shown (file names included)."""
        self.status.clear()
        self.status.setVisible(False)
        self.progress.setVisible(False)

    def _on_status_changed(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _on_progressed(self, done: int, total: int) -> None:
        self.progress.setVisible(total > 0)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_settings_changed(self, key: str) -> None:
        if key == INBOX_FOLDER.key:
            self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
