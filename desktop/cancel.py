"""Cooperative cancellation for long work in Qt-free code.

The UI creates a :class:`CancelToken`, hands it to the domain call running in a worker thread and
calls :meth:`CancelToken.cancel` when the user presses Cancel (or pastes a new link). Domain code
calls :meth:`CancelToken.raise_if_cancelled` between steps and may pass :meth:`CancelToken.wait`
as an interruptible sleep. Thread-safe.
"""

from __future__ import annotations

import threading

from desktop.errors import Cancelled

__all__ = ["CancelToken"]


class CancelToken:
    """A one-way flag: once cancelled, always cancelled. Safe to share between threads."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        """Raise :class:`~desktop.errors.Cancelled` if :meth:`cancel` was called."""
        if self._event.is_set():
            raise Cancelled()

    def wait(self, seconds: float) -> bool:
        """Sleep up to ``seconds``; return True early if cancelled meanwhile."""
        return self._event.wait(seconds)
