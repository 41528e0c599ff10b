"""The Archive page's "Complaint pack…": one order as a folder with a PDF and the original files.

The files are decrypted into the chosen folder (an explicit export) and their SHA-256 checked in
the thread pool (:func:`desktop.complaint.gather_pack`); the PDF is then laid out on the GUI
thread (fonts) from :func:`desktop.complaint.pack_html`, in the UI language, with the
where-to-report channels of the country in Settings, and written by the serial writer.
Locking the archive cancels a pack being made (:meth:`ComplaintPackMaker.cancel`).
"""

from __future__ import annotations

import datetime as _dt
import logging
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal

from desktop.archive import ORDER_STATUSES
from desktop.complaint import PackContents, discard_pack, gather_pack, pack_html
from desktop.i18n import qt_translate
from desktop.localtime import local_stamp
from desktop.plainerrors import plain_error_message
from desktop.settings import COUNTRY, Settings
from desktop.fileio import write_atomically
from desktop.ui.check_export import render_pdf
from desktop.ui.tasks import TOKEN, Task, writer_pool

__all__ = ["ComplaintPackMaker", "pack_folder_name"]

log = logging.getLogger(__name__)


def pack_folder_name(title: str, today: _dt.date | None = None) -> str:
    safe = re.sub(r"[^\w.-]+", "-", title)[:40].strip("-") or "order"
    return f"complaint-{safe}-{(today or _dt.date.today()).isoformat()}"


class ComplaintPackMaker(QObject):
    """``finished(str)`` carries the PDF's path; ``failed(str)`` a sentence for the user."""

    finished = Signal(str)
    failed = Signal(str)

    def __init__(self, settings: Settings, pool: QThreadPool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._pool = pool
        self._tasks: set[Task] = set()
        self._cleanups: set[Task] = set()

    def make(self, session: Any, order_id: str, parent_folder: Path) -> Path:
        """Start making the pack in a new folder inside ``parent_folder``; returns it."""
        order = session.order(order_id)
        folder = parent_folder / pack_folder_name(order.title or order.seller)
        counter = 1
        while folder.exists():
            counter += 1
            folder = parent_folder / f"{pack_folder_name(order.title or order.seller)}-{counter}"
        task = (Task(gather_pack, session, order_id, folder, TOKEN)
                .on_success(lambda contents: self._write_pdf(contents, folder))
                .on_failure(lambda error: self._on_failed(error, folder)))
        task.on_finished(lambda: self._on_step_finished(task, folder))
        self._keep(task)
        task.start(self._pool)
        return folder

    def _on_step_finished(self, task: Task, folder: Path) -> None:
        # Cancelled (the archive locked) after the worker's last check, or before the PDF was
        # written: the step's result is dropped,
        # so the decrypted copies it made are taken back here, the worker being done.
        if task.cancelled:
            cleanup = Task(discard_pack, folder).on_failure(
                lambda error: log.warning("removing a cancelled pack failed: %s",
                                          type(error).__name__))
            self._cleanups.add(cleanup)  # never cancelled
            cleanup.on_finished(lambda: self._cleanups.discard(cleanup))
            cleanup.start(self._pool)

    def _write_pdf(self, contents: PackContents, folder: Path) -> None:
        status = dict(ORDER_STATUSES).get(contents.order.status)
        page = pack_html(contents, self._settings.value(COUNTRY), qt_translate, local_stamp(),
                         status.render(qt_translate) if status is not None else "")
        title = QCoreApplication.translate("Complaint", "Complaint pack")
        try:
            data = render_pdf(page, title=title)  # here: fonts belong to the GUI thread
        except OSError as error:
            self._on_failed(error, folder)
            return
        task = (Task(write_atomically, folder / "complaint-pack.pdf", data)
                .on_success(lambda path: self.finished.emit(str(path)))
                .on_failure(lambda error: self._on_failed(error, folder)))
        task.on_finished(lambda: self._on_step_finished(task, folder))
        self._keep(task)
        task.start(writer_pool())

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def cancel(self) -> None:
        """The archive locked: stop exporting (the files exported so far are removed) and
        announce nothing more."""
        for task in list(self._tasks):
            task.cancel()

    def _keep(self, task: Task) -> None:
        self._tasks.add(task)
        task.on_finished(lambda: self._tasks.discard(task))

    def _on_failed(self, error: BaseException, folder: Path) -> None:
        log.warning("complaint pack failed: %s", type(error).__name__)
        reason = plain_error_message(error, folder).render(qt_translate)
        self.failed.emit(QCoreApplication.translate(
            "Complaint", "The complaint pack could not be made: {reason}").format(reason=reason))
