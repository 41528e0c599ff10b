"""Archive writes from the window: one writer thread that says what changed (Anki's CollectionOp).

::

    writer = ArchiveWriter(self)                      # one per window; views listen to it
    writer.changed.connect(self._on_archive_changed)  # desktop.archive.Changes
    (writer.op(lambda s: s.add_note(order, text))
        .on_success(self._on_note_added)
        .start())                                     # always on the one-thread writer pool

An op is ``fn(session, *args)``; ``args`` may hold :data:`~desktop.ui.tasks.TOKEN` and
:data:`~desktop.ui.tasks.PROGRESS`. A generator op reports each yielded value as progress and
is cancelled between yields. Whatever the end (success, failure, cancel), every write the op
made is announced through :attr:`ArchiveWriter.changed` — after a cancelled import the files
already added are kept, so the views must show them. Never touch widgets inside ``fn``.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Generator
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from desktop.ui.tasks import PROGRESS, TOKEN, Task, writer_pool

__all__ = ["ArchiveOp", "ArchiveWriter"]


class ArchiveOp(Task):
    """A :class:`Task` that always runs on the archive's one writer thread."""

    def start(self, pool: QThreadPool | None = None) -> ArchiveOp:
        if pool is not None and pool is not writer_pool():
            raise ValueError("archive writes run only on the writer pool")
        super().start(writer_pool())
        return self


class ArchiveWriter(QObject):
    """Makes :class:`ArchiveOp` s on a session and announces their changes on the GUI thread."""

    #: Emitted with a :class:`desktop.archive.Changes` after every op that wrote something.
    changed = Signal(object)
    _changes_ready = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session: Any = None
        self._changes_ready.connect(self._on_changes_ready)

    def op(self, fn: Callable[..., Any], *args: Any) -> ArchiveOp:
        """An unstarted op running ``fn(session, *args)`` on the current session."""
        session = self.session
        if session is None:
            from desktop.archive import ArchiveLocked

            raise ArchiveLocked()
        return ArchiveOp(self._apply, session, fn, args, TOKEN, PROGRESS)

    def _apply(self, session: Any, fn: Callable[..., Any], args: tuple[Any, ...], token: Any,
               report: Callable[[Any], None]) -> Generator[Any, None, Any]:  # writer thread
        values = [token if a is TOKEN else report if a is PROGRESS else a for a in args]
        with session.recording() as recorder:
            try:
                result = fn(session, *values)
                if inspect.isgenerator(result):
                    result = yield from result
                return result
            finally:
                changes = recorder.freeze()
                if changes:
                    self._changes_ready.emit(changes)

    @Slot(object)
    def _on_changes_ready(self, changes: Any) -> None:
        self.changed.emit(changes)
