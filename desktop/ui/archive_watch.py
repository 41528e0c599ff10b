"""Changes synced in from other PCs appear while the archive is open (issue 12).

:class:`ArchiveWatcher` watches the archive's journal, roster and grants folders with
:class:`QFileSystemWatcher`, waits for a burst of events to settle (a sync engine writes many
files at once), and asks the session to :meth:`~desktop.archive.Session.refresh` on the
archive's one writer thread, so a refresh never races a write and never blocks the window. The
writer announces what arrived through its ordinary ``changed`` signal, so every view updates as
after a local edit. Synced and network folders often deliver no events at all (FUSE mounts,
SMB, some cloud clients), so a slow poll runs as well.

::

    watcher = ArchiveWatcher(page.writer, page)
    watcher.start(session)          # on unlock
    watcher.arrived.connect(...)    # Changes from other PCs (after the views were told)
    watcher.stop()                  # on lock
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from desktop.ui.archive_ops import ArchiveWriter

__all__ = ["ArchiveWatcher"]

log = logging.getLogger(__name__)

DEBOUNCE_MS = 800  # a sync engine's burst of files becomes one refresh
POLL_MS = 20_000  # for folders that send no change events


class ArchiveWatcher(QObject):
    """Refreshes the writer's session when its folder changes; see the module docstring."""

    # Emitted with the desktop.archive.Changes a refresh took in (non-empty only).
    arrived = Signal(object)

    def __init__(self, writer: ArchiveWriter, parent: QObject | None = None,
                 debounce_ms: int = DEBOUNCE_MS, poll_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self.writer = writer
        self.folder: Path | None = None
        self.refreshes = 0  # refreshes run (for tests and the log)
        self._session: Any = None
        self._running = False
        self._again = False
        self._fs = QFileSystemWatcher(self)
        self._fs.directoryChanged.connect(self._on_directory_changed)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        self._debounce.timeout.connect(self.refresh_now)
        self._poll = QTimer(self)
        self._poll.setInterval(poll_ms)
        self._poll.timeout.connect(self.refresh_now)

    @property
    def watched(self) -> list[str]:
        return sorted(self._fs.directories())

    def start(self, session: Any) -> None:
        """Watch ``session``'s folder until :meth:`stop`."""
        self.stop()
        self._session = session
        self.folder = Path(session.folder)
        self._watch_folders()
        self._poll.start()

    def stop(self) -> None:
        self._session = None
        self.folder = None
        self._debounce.stop()
        self._poll.stop()
        paths = self._fs.directories()
        if paths:
            self._fs.removePaths(paths)

    def _watch_folders(self) -> None:
        """The folders whose new files matter; device folders appear as PCs join."""
        if self.folder is None:
            return
        wanted = [self.folder / "journal", self.folder / "roster", self.folder / "grants"]
        for parent in (self.folder / "journal", self.folder / "grants"):
            try:
                wanted.extend(p for p in parent.iterdir()
                              if p.is_dir() and not p.is_symlink() and not p.name.startswith("."))
            except OSError:
                continue
        existing = set(self._fs.directories())
        new = [str(p) for p in wanted if p.is_dir() and str(p) not in existing]
        if new:
            self._fs.addPaths(new)

    def _on_directory_changed(self, _path: str) -> None:
        self._watch_folders()  # a new device or generation folder
        self._debounce.start()

    def refresh_now(self) -> None:
        """Refresh on the writer thread now (one at a time; a request meanwhile runs after)."""
        session = self._session
        if session is None or session.locked or self.writer.session is not session:
            return
        if self._running:
            self._again = True
            return
        self._running = True
        self._again = False
        (self.writer.op(lambda s: s.refresh())
            .on_success(self._on_refreshed)
            .on_failure(self._on_failed)
            .on_finished(self._on_finished)
            .start())

    def _on_refreshed(self, changes: Any) -> None:
        self.refreshes += 1
        if changes and self._session is not None:
            log.info("archive refresh took in changes to %d orders", len(changes.orders))
            self.arrived.emit(changes)

    def _on_failed(self, error: BaseException) -> None:
        # Locked meanwhile, or the folder went away (a USB disk): the next unlock starts over.
        log.warning("archive refresh failed: %s", type(error).__name__)

    def _on_finished(self) -> None:
        self._running = False
        if self._again:
            self._again = False
            self._debounce.start()


class SyncHook(QObject):
    """What the Archive page gains for sync, hooked in with a few lines: the watcher, a
    Review edits (n) button shown while edits made on two computers wait for review, the
    review dialog, and a line in the page's message area when changes arrive."""

    def __init__(self, page: Any) -> None:
        from PySide6.QtWidgets import QPushButton

        super().__init__(page)
        self.page = page
        self.watcher = ArchiveWatcher(page.writer, self)
        self.review_button = QPushButton()
        self.review_button.setVisible(False)
        self.review_button.clicked.connect(self.open_review)
        self.review: Any = None
        self.count = 0
        self._counting: Any = None
        page.unlocked.connect(self._on_unlocked)
        page.locked.connect(self._on_locked)
        page.writer.changed.connect(self.recount)
        self.watcher.arrived.connect(self._on_arrived)
        page.installEventFilter(self)
        self._retranslate()

    def eventFilter(self, watched: QObject, event: Any) -> bool:  # noqa: N802 - Qt's API
        from PySide6.QtCore import QEvent

        if watched is self.page and event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False

    def _retranslate(self) -> None:
        from PySide6.QtCore import QCoreApplication

        # Plurals as self.tr(text, "", n): this lupdate files only that form as numerus.
        count = self.count  # (and misses a count that is an attribute)
        text = self.tr("Review edits (%n)", "", count)
        self.review_button.setText(text)
        self.review_button.setToolTip(QCoreApplication.translate(
            "ArchiveSync", "Fields changed on two computers at once, waiting for you to "
                           "choose the right version"))

    def _on_unlocked(self) -> None:
        self.watcher.start(self.page.session)
        self.recount()

    def _on_locked(self) -> None:
        self.watcher.stop()
        self._show_count(0)
        if self.review is not None:
            self.review.close()

    def _on_arrived(self, changes: Any) -> None:
        count = len(changes.orders)
        if count:
            self.page.message.setText(self.tr(
                "Changes from another computer arrived: %n order(s) updated.", "", count))
        elif changes:  # sellers, marks: their pages update through the writer's signal
            self.page.message.setText(self.tr("Changes from another computer arrived."))

    def recount(self, _changes: Any = None) -> None:
        """Count the edits waiting for review, in the pool."""
        from desktop.ui.tasks import Task

        session = self.page.session
        if session is None or session.locked:
            return
        task = Task(session.conflicts).on_success(
            lambda found: self._show_count(len(found)) if self.page.session is session else None
        ).on_failure(lambda _error: None)
        self._counting = task  # kept alive until it reports
        task.start(self.page.pool)
        if self.review is not None and self.review.isVisible():
            self.review.reload()

    def _show_count(self, count: int) -> None:
        self.count = count
        self.review_button.setVisible(count > 0)
        self._retranslate()

    def open_review(self) -> None:
        from desktop.ui.archive_conflicts import ConflictReview

        if self.review is None:
            self.review = ConflictReview(self.page.writer, self.page.pool, self.page)
            self.review.counted.connect(self._show_count)
        window = self.page.window()
        self.review.resize(min(900, max(480, window.width() - 80)),
                           min(560, max(360, window.height() - 60)))
        self.review.reload()
        self.review.open()
