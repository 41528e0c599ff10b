"""Adding evidence from the window: imports in slices with progress and cancel, and Ctrl+V.

An :class:`EvidenceAdder` belongs to the Archive page; it writes only through the page's
:class:`~desktop.ui.archive_ops.ArchiveWriter` and shows its state in the widgets it is given.
Texts keep the ``ArchivePage`` translation context.
"""

from __future__ import annotations

import datetime as _dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QCoreApplication, QElapsedTimer, QIODevice, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QWidget

from desktop.plainerrors import plain_error_message
from desktop.ui.archive_import import ImageRefused, ImportJob, add_image_bytes
from desktop.ui.archive_ops import ArchiveWriter
from desktop.ui.tasks import Task

__all__ = ["EvidenceAdder"]

log = logging.getLogger(__name__)


class EvidenceAdder(QObject):
    """Imports files and folders, and pastes screenshots, into the order ``target_order()``
    names (a new order when it names none); calls ``show_order(id)`` when done."""

    def __init__(self, writer: ArchiveWriter, progress: QProgressBar, cancel_button: QPushButton,
                 message: QLabel, target_order: Callable[[], str | None],
                 show_order: Callable[[str], None], parent: QWidget) -> None:
        super().__init__(parent)
        self._writer = writer
        self._progress = progress
        self._cancel_button = cancel_button
        self._message = message
        self._target_order = target_order
        self._show_order = show_order
        self._window = parent
        self._job: ImportJob | None = None
        self._task: Task | None = None
        self._tasks: set[Task] = set()
        self._text_clock = QElapsedTimer()
        cancel_button.clicked.connect(self.cancel)

    @property
    def busy(self) -> bool:
        """An import is running (or finishing its current slice)."""
        return self._job is not None

    def add_paths(self, paths: list[Path]) -> None:
        """Import files and folders, with progress.

        Runs in slices of about half a second on the one serial writer, each announcing the
        files it added, so the list fills as it goes and other writes are never held up."""
        if self._writer.session is None or not paths or self._job is not None:
            return
        self._job = ImportJob(list(paths), self._target_order(), paths[0].name)
        self._progress.setVisible(True)
        self._progress.setRange(0, 0)
        self._cancel_button.setVisible(True)
        self._message.setText(QCoreApplication.translate("ArchivePage", "Adding files…"))
        self._start_slice()

    def cancel(self) -> None:
        """Stop after the file being added; the files added so far are kept."""
        if self._job is not None:
            self._job.cancelled = True
        if self._task is not None:
            self._task.cancel()

    def _start_slice(self) -> None:
        job = self._job
        assert job is not None
        self._task = (self._writer.op(lambda session: job.run_slice(session))
                      .on_progress(self._on_progressed)
                      .on_failure(lambda error: self._on_failed(job, error))
                      .on_finished(self._on_slice_finished))
        self._keep(self._task)
        self._task.start()

    def _on_progressed(self, value: tuple[int, int, str]) -> None:
        done, total, name = value
        self._progress.setRange(0, total)
        self._progress.setValue(done)
        # A new text re-lays out the page's bottom row: ten times a second is enough to read.
        if done < total and self._text_clock.isValid() and self._text_clock.elapsed() < 100:
            return
        self._text_clock.start()
        self._message.setText(QCoreApplication.translate(
            "ArchivePage", "Added {done} of {total}: {name}").format(
            done=done, total=total, name=name))

    def _on_failed(self, job: ImportJob, error: BaseException) -> None:
        job.failed = True
        from desktop.ui.errors import report_exception

        report_exception(error, self._window)

    def _on_slice_finished(self) -> None:
        job = self._job
        if job is None:
            return
        if not (job.cancelled or job.failed or job.finished) and self._writer.session:
            self._start_slice()
            return
        self._job = None
        self._task = None
        self._progress.setVisible(False)
        self._cancel_button.setVisible(False)
        result = job.result
        if job.cancelled:
            text = QCoreApplication.translate(
                "ArchivePage", "Import cancelled; the files added so far are kept.")
        else:
            text = self.tr("%n file(s) added.", "", len(result.added))
        if result.skipped:
            text += " " + QCoreApplication.translate("ArchivePage", "Not added: {files}").format(
                files="; ".join(f"{name} — {reason}" for name, reason in result.skipped))
        self._message.setText(text)
        if job.order_id and self._writer.session is not None:
            self._show_order(job.order_id)

    def paste(self) -> None:
        """Ctrl+V: a picture on the clipboard becomes a PNG file of the order; copied files
        are imported like dropped ones."""
        if self._writer.session is None:
            return
        mime = QGuiApplication.clipboard().mimeData()
        if mime.hasUrls() and any(u.isLocalFile() for u in mime.urls()):
            self.add_paths([Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()])
            return
        if not mime.hasImage():
            self._message.setText(QCoreApplication.translate(
                "ArchivePage", "There is no picture on the clipboard to paste."))
            return
        image = QGuiApplication.clipboard().image()  # a copy; PNG-encoded on the writer
        name = "screenshot-{0:%Y-%m-%d-%H%M%S}.png".format(_dt.datetime.now())
        order_id = self._target_order()

        def add(session: Any) -> str:  # writer thread
            buffer = QBuffer()
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            image.save(buffer, "PNG")  # a phone-sized screenshot takes ~100 ms to encode
            data = bytes(buffer.data())
            target = order_id or session.add_order(title=name,
                                                   date=_dt.date.today().isoformat())
            add_image_bytes(session, target, data, name)
            return target

        def pasted(order: str) -> None:
            self._show_order(order)
            self._message.setText(QCoreApplication.translate(
                "ArchivePage", "Pasted the screenshot as {name}.").format(name=name))

        def failed(error: BaseException) -> None:
            log.warning("pasting a picture failed: %s", type(error).__name__)
            if isinstance(error, ImageRefused):  # damaged, or too large to decode
                self._message.setText(QCoreApplication.translate(
                    "ArchivePage", "The picture on the clipboard could not be added: {reason}"
                ).format(reason=error))
            else:
                self._message.setText(plain_error_message(error).render(
                    QCoreApplication.translate))

        task = self._writer.op(add).on_success(pasted).on_failure(failed)
        task.reporting_to(self._window)
        self._keep(task)
        task.start()

    def _keep(self, task: Task) -> None:
        self._tasks.add(task)
        task.on_finished(lambda: self._tasks.discard(task))
