"""Where the Costs page keeps what was typed: ``data_dir()/costs/page.json``.

Reads run in the thread pool, writes on the serial writer pool; writes are debounced (a burst of keystrokes is one
write) and :meth:`PageStore.flush` writes what is pending at once — when the page hides or the
application quits — so nothing typed is lost and no timer outlives its page.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from desktop.costs import StorageError, load_page_state, save_page_state
from desktop.costs.storage import page_state_path, set_aside
from desktop.ui.tasks import Task, writer_pool

__all__ = ["PageStore"]

log = logging.getLogger(__name__)

SAVE_DELAY_MS = 400

# (forms as JSON, comparison currency, reference price text)
Snapshot = tuple[list[dict[str, str]], str, str]


class PageStore(QObject):
    """``loaded(object)`` carries the saved document (or ``None``); ``failed(object)`` an
    error while reading or writing (the file is never deleted)."""

    loaded = Signal(object)
    failed = Signal(object)

    def __init__(self, snapshot: Callable[[], Snapshot], pool: QThreadPool,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._snapshot = snapshot
        self._pool = pool
        self._tasks: list[Task] = []
        self._damaged = False  # the saved file could not be read: keep it before writing
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self._save_now_in_background)

    def load(self) -> None:
        """Read the saved page in the background; answers with ``loaded`` or ``failed``."""
        self._run(Task(load_page_state).on_success(self.loaded.emit)
                  .on_failure(self._on_failure))

    def schedule_save(self) -> None:
        """Write soon (restarts the delay)."""
        self._timer.start()

    def pending(self) -> bool:
        return self._timer.isActive()

    def flush(self) -> None:
        """Write what is pending now, on this thread (a small file)."""
        if not self._timer.isActive():
            return
        self._timer.stop()
        try:
            _save(self._take_damaged(), *self._snapshot())
        except OSError as error:
            self._on_failure(error)

    def _save_now_in_background(self) -> None:
        # The serial writer: two saves of the same file never overlap or finish out of order.
        self._run(Task(_save, self._take_damaged(), *self._snapshot())
                  .on_failure(self._on_failure), writer_pool())

    def _take_damaged(self) -> bool:
        damaged, self._damaged = self._damaged, False
        return damaged

    def _run(self, task: Task, pool: QThreadPool | None = None) -> None:
        self._tasks.append(task)
        task.on_finished(lambda: self._tasks.remove(task) if task in self._tasks else None)
        task.start(pool or self._pool)

    def _on_failure(self, error: BaseException) -> None:
        if isinstance(error, StorageError):
            self._damaged = True
        if isinstance(error, (StorageError, OSError)):
            log.warning("costs page state: %s", error)
            self.failed.emit(error)
            return
        raise error


def _save(set_damaged_aside: bool, forms: list[dict[str, str]], currency: str,
          reference: str) -> None:
    if set_damaged_aside:
        kept = set_aside(page_state_path())
        log.warning("unreadable costs page state kept as %s", kept)
    save_page_state(forms, currency, reference)
