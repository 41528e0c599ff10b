"""The one background-task helper: run a function in a thread pool, get results on the GUI thread.

::

    from desktop.ui.tasks import PROGRESS, TOKEN, Task

    self._task = (
        Task(run_check_task, text, options, PROGRESS, TOKEN)
        .on_success(self._on_check_succeeded)     # called with the return value
        .on_failure(self._on_check_failed)        # called with the exception
        .on_progress(self._on_check_progressed)   # called with each progress value
        .start(self._pool)
    )
    ...
    self._task.cancel()                           # e.g. the user pasted another link

Rules (Anki's): never touch widgets inside ``fn``; it runs in a worker thread. Every callback runs
on the GUI thread, through the signals object (:class:`TaskSignals`) that lives there.

How ``fn`` talks back:

* an argument given as :data:`TOKEN` is replaced by the task's :class:`~desktop.cancel.CancelToken`;
* an argument given as :data:`PROGRESS` is replaced by a thread-safe ``report(value)`` function;
* if ``fn`` returns a generator, every yielded value is reported as progress and the generator's
  ``return`` value is the result (domain code may stream findings this way without callbacks).

After :meth:`Task.cancel` nothing more is delivered except ``finished``: a late result, a late
progress value and the :class:`~desktop.errors.Cancelled` raised by the token are all dropped.
Without an ``on_failure`` callback, failures go to :func:`desktop.ui.errors.report_exception`
(error triage), shown on the window given to :meth:`Task.reporting_to`. File writes (archive, saved state) use :func:`writer_pool`, which runs one task at a time.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QWidget

from desktop.cancel import CancelToken
from desktop.errors import Cancelled

__all__ = ["PROGRESS", "TOKEN", "Task", "TaskSignals", "default_pool", "writer_pool"]

log = logging.getLogger(__name__)


class _Marker:
    def __init__(self, name: str) -> None:
        self._name = name

    def __repr__(self) -> str:
        return f"desktop.ui.tasks.{self._name}"


#: Placeholder argument replaced by the task's CancelToken.
TOKEN: Any = _Marker("TOKEN")
#: Placeholder argument replaced by a ``report(value)`` progress function.
PROGRESS: Any = _Marker("PROGRESS")

# Tasks are kept alive here until their last signal has reached the GUI thread.
_live: set[Task] = set()
_writer_pool: QThreadPool | None = None


def default_pool() -> QThreadPool:
    """The application-wide pool for network and CPU work."""
    return QThreadPool.globalInstance()


def writer_pool() -> QThreadPool:
    """The one serial pool for background file writes (archive, recent checks, the Costs page):
    one thread, so writes run in the order they were started and never concurrently."""
    global _writer_pool
    if _writer_pool is None:
        _writer_pool = QThreadPool()
        _writer_pool.setMaxThreadCount(1)
        _writer_pool.setObjectName("serial-writer")
    return _writer_pool


class TaskSignals(QObject):
    """Lives on the GUI thread; the worker emits the private signals, which Qt queues here."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(object)
    finished = Signal()

    _result_ready = Signal(object)
    _error_raised = Signal(object)
    _progress_made = Signal(object)
    _worker_done = Signal()

    def __init__(self, token: CancelToken) -> None:
        super().__init__()
        self._token = token
        self._result_ready.connect(self._on_result_ready)
        self._error_raised.connect(self._on_error_raised)
        self._progress_made.connect(self._on_progress_made)
        self._worker_done.connect(self._on_worker_done)
        self.release: Callable[[], None] = lambda: None

    @Slot(object)
    def _on_result_ready(self, value: object) -> None:
        if not self._token.cancelled:
            self.succeeded.emit(value)

    @Slot(object)
    def _on_error_raised(self, error: object) -> None:
        if self._token.cancelled or isinstance(error, Cancelled):
            return
        self.failed.emit(error)

    @Slot(object)
    def _on_progress_made(self, value: object) -> None:
        if not self._token.cancelled:
            self.progressed.emit(value)

    @Slot()
    def _on_worker_done(self) -> None:
        try:
            self.finished.emit()
        finally:
            self.release()


class Task(QRunnable):
    """``fn(*args, **kwargs)`` run once in a pool; create and start it on the GUI thread."""

    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        # Qt must not delete the C++ object while Python still holds the wrapper.
        self.setAutoDelete(False)
        self._fn = fn
        self._args = args
        self._kwargs = kwargs
        self.token = CancelToken()
        self.signals = TaskSignals(self.token)
        self._has_failure_handler = False
        self._report_parent: QWidget | None = None
        self._started = False
        self.signals.release = lambda: _live.discard(self)

    # --- fluent set-up ---------------------------------------------------------------------

    def on_success(self, callback: Callable[[Any], Any]) -> Task:
        self.signals.succeeded.connect(callback)
        return self

    def on_failure(self, callback: Callable[[BaseException], Any]) -> Task:
        self._has_failure_handler = True
        self.signals.failed.connect(callback)
        return self

    def on_progress(self, callback: Callable[[Any], Any]) -> Task:
        self.signals.progressed.connect(callback)
        return self

    def reporting_to(self, widget: QWidget) -> Task:
        """Without ``on_failure``, show failures window-modal on ``widget``'s window."""
        self._report_parent = widget
        return self

    def on_finished(self, callback: Callable[[], Any]) -> Task:
        """Called last, also after failure or cancel (hide the spinner here)."""
        self.signals.finished.connect(callback)
        return self

    def start(self, pool: QThreadPool | None = None) -> Task:
        """Queue the task; returns ``self`` so the caller can keep it to cancel later."""
        if self._started:
            raise RuntimeError("a Task runs only once")
        self._started = True
        if not self._has_failure_handler:
            from desktop.ui.errors import report_exception

            parent = self._report_parent
            self.signals.failed.connect(lambda error: report_exception(error, parent))
        _live.add(self)
        (pool or default_pool()).start(self)
        return self

    def cancel(self) -> None:
        """Ask ``fn`` to stop (via its token) and drop anything it still delivers."""
        self.token.cancel()

    @property
    def cancelled(self) -> bool:
        return self.token.cancelled

    # --- worker side -----------------------------------------------------------------------

    def _report(self, value: object) -> None:
        self.signals._progress_made.emit(value)

    def _substitute(self, value: Any) -> Any:
        if value is TOKEN:
            return self.token
        if value is PROGRESS:
            return self._report
        return value

    def run(self) -> None:  # worker thread
        try:
            self.token.raise_if_cancelled()
            args = [self._substitute(a) for a in self._args]
            kwargs = {k: self._substitute(v) for k, v in self._kwargs.items()}
            result = self._fn(*args, **kwargs)
            if inspect.isgenerator(result):
                result = self._drain(result)
            self.signals._result_ready.emit(result)
        except BaseException as error:  # noqa: BLE001 - every failure goes to the GUI thread
            if not isinstance(error, Cancelled):
                log.debug("task %r failed", getattr(self._fn, "__qualname__", self._fn))
            self.signals._error_raised.emit(error)
        finally:
            self.signals._worker_done.emit()

    def _drain(self, generator: Any) -> Any:
        try:
            while True:
                self.token.raise_if_cancelled()
                self._report(next(generator))
        except StopIteration as stop:
            return stop.value
        finally:
            generator.close()
