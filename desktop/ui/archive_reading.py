"""Reading the text of the archive's files in the background, from the window (issue 16).

A :class:`FileReader` belongs to the Archive page. Files are read one at a time: decrypting and
OCR run in the shared pool (never on the GUI thread, never on the one writer thread, so saving a
note is not held up by a 30-page scan), and each reading is then stored through the page's
:class:`~desktop.ui.archive_ops.ArchiveWriter`. It reads:

* the files added while the archive is open, as soon as the writer announces them;
* when the archive is unlocked, every file not read yet (added before reading existed, by the
  command line, on another PC, or left when a reading was cancelled).

Its small bar (:attr:`FileReader.bar`) shows "Reading 3 of 12: struk.pdf" with progress and a
Cancel button; cancelled files are read at the next unlock. One file at a time keeps a core free
for the window on a two-core laptop.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from desktop.settings import COUNTRY, Settings
from desktop.ui.archive_ops import ArchiveWriter
from desktop.ui.tasks import TOKEN, Task

__all__ = ["FileReader"]

log = logging.getLogger(__name__)


def _read_one(session: Any, attachment: Any, languages: tuple[str, ...], country: str,
              token: Any) -> Any:  # pool thread
    from desktop.archive.readtext import read_stored

    return read_stored(session, attachment, languages, country=country,
                       cancelled=lambda: token.cancelled)


class FileReader(QObject):
    """See the module docstring. ``read`` is emitted with the attachment id after each file's
    reading is stored (the review view refreshes on it)."""

    read = Signal(str)
    idle = Signal()

    def __init__(self, writer: ArchiveWriter, pool: Any, settings: Settings,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self._writer = writer
        self._pool = pool
        self._settings = settings
        self._session: Any = None
        self._pending: list[Any] = []
        self._current: Any = None
        self._task: Task | None = None
        self._done = 0
        self._no_ocr = 0
        self._failed = 0
        self._tasks: set[Task] = set()
        self.bar = QWidget()
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.cancel_button = QPushButton()
        layout = QHBoxLayout(self.bar)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_button)
        self.cancel_button.clicked.connect(self.cancel)
        self.bar.setVisible(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.cancel_button.setText(QCoreApplication.translate("ArchiveReading", "Stop reading"))
        self.cancel_button.setToolTip(QCoreApplication.translate("ArchiveReading", "Files not read now are read the next time the "
                                          "archive is opened"))
        self.progress.setAccessibleName(QCoreApplication.translate("ArchiveReading", "Reading files"))

    @property
    def busy(self) -> bool:
        return self._current is not None or bool(self._pending)

    # -- what to read -------------------------------------------------------------------------

    def start(self, session: Any) -> None:
        """The archive opened: read every file not read yet (in the background)."""
        self._session = session
        self._done = self._no_ocr = self._failed = 0
        task = Task(session.unread_files).on_success(
            lambda files: self._enqueue(files) if session is self._session else None)
        task.on_failure(lambda error: log.warning("listing unread files failed: %s",
                                                  type(error).__name__))
        self._keep(task)
        task.start(self._pool)

    def files_changed(self, changes: Any) -> None:
        """After a write: read the files it added (not those whose reading it stored)."""
        session = self._session
        if session is None or session.locked or not changes.attachments:
            return
        waiting = {a.id for a in self._pending} | ({self._current.id} if self._current else set())
        from desktop.reading.documents import document_kind

        fresh = []
        for attachment_id in sorted(changes.attachments - waiting):
            try:
                attachment = session.attachment(attachment_id)
                if session.reading(attachment_id) is None and document_kind(
                        attachment.name, attachment.mime) is not None:
                    fresh.append(attachment)
            except Exception:  # noqa: BLE001 - removed or damaged meanwhile: nothing to read
                continue
        self._enqueue(fresh)

    def _enqueue(self, files: list[Any]) -> None:
        if not files or self._session is None:
            return
        self._pending.extend(files)
        if self._current is None:
            self._next()

    # -- reading ------------------------------------------------------------------------------

    def _next(self) -> None:
        session = self._session
        if session is None or session.locked or not self._pending:
            self._finish()
            return
        self._current = attachment = self._pending.pop(0)
        self.bar.setVisible(True)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        total = self._done + len(self._pending) + 1
        self.progress.setRange(0, total)
        self.progress.setValue(self._done)
        self.label.setText(QCoreApplication.translate("ArchiveReading", "Reading {done} of {total}: {file}").format(
            done=self._done + 1, total=total, file=attachment.name))
        languages = self._languages()
        country = self._settings.value(COUNTRY)
        self._task = (Task(_read_one, session, attachment, languages, country, TOKEN)
                      .on_success(lambda reading: self._store(session, reading))
                      .on_failure(lambda error: self._on_failed(attachment, error)))
        self._keep(self._task)
        self._task.start(self._pool)

    def _languages(self) -> tuple[str, ...]:
        from desktop.i18n import current_language
        from desktop.reading.ocr import languages_for

        return languages_for(current_language())

    def _store(self, session: Any, reading: Any) -> None:
        if session is not self._session or session.locked:
            return
        op = (self._writer.op(lambda s: s.store_reading(reading))
              .on_success(lambda _none: self._stored(reading.attachment))
              .on_failure(lambda error: self._on_failed(self._current, error)))
        self._keep(op)
        op.start()

    def _stored(self, attachment_id: str) -> None:
        if self._session is None:  # locked or stopped meanwhile
            return
        self._done += 1
        self._current = None
        self.read.emit(attachment_id)
        self._next()

    def _on_failed(self, attachment: Any, error: BaseException) -> None:
        from desktop.reading.errors import OcrUnavailable

        if self._session is None or self._session.locked:  # locked meanwhile: nothing to say
            return
        if isinstance(error, OcrUnavailable):
            self._no_ocr += 1
        else:  # the engine failed or ran too long, a damaged blob: tried at the next unlock
            self._failed += 1
            log.warning("reading a stored file failed: %s", type(error).__name__)
        self._done += 1
        self._current = None
        self._next()

    def _finish(self) -> None:
        self._current = None
        self._task = None
        self.progress.setValue(self.progress.maximum())
        notes = []
        if self._no_ocr:
            notes.append(QCoreApplication.translate(
                "ArchiveReading", "Pictures not read: {count}. The text recogniser "
                                  "(Tesseract) is not installed.").format(count=self._no_ocr))
        if self._failed:
            notes.append(QCoreApplication.translate(
                "ArchiveReading", "Files not read this time: {count}. They are tried again the "
                                  "next time the archive is opened.").format(count=self._failed))
        if notes:
            self.label.setText(" ".join(notes))
            self.progress.setVisible(False)
            self.cancel_button.setVisible(False)
        else:
            self.bar.setVisible(False)
        self.idle.emit()

    def cancel(self) -> None:
        """Stop after nothing more: the file being read is dropped, those stored stay."""
        self._pending.clear()
        if self._task is not None:
            self._task.cancel()
        self._current = None
        self._task = None
        self.bar.setVisible(False)
        self.idle.emit()

    def stop(self) -> None:
        """The archive locked: drop everything (nothing read is kept in memory)."""
        self.cancel()
        self._session = None
        self.label.clear()
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)

    def _keep(self, task: Task) -> None:
        self._tasks.add(task)
        task.on_finished(lambda: self._tasks.discard(task))


class ReadingHooks(QObject):
    """Wires the reading of files, the "Needs review" list and the read fields of the order
    shown into an Archive page, through the page's own signals (so the page only builds this):
    ``unlocked`` starts reading what was never read, ``locked`` drops everything, the writer's
    changes queue new files and refresh the review, the current row shows its read fields."""

    def __init__(self, page: Any, layout: Any) -> None:
        super().__init__(page)
        from desktop.ui.archive_review import ReadFieldsBox, ReviewPanel

        self._page = page
        self.reader = FileReader(page.writer, page.pool, page.settings, page)
        self.review = ReviewPanel(page.pool, page.settings)
        self.fields = ReadFieldsBox(page.pool, page.settings)
        at = layout.indexOf(page.splitter)
        layout.insertWidget(at, self.review)
        layout.insertWidget(at + 2, self.reader.bar)
        page.detail.layout().insertWidget(2, self.fields)  # under the order's own fields
        page.unlocked.connect(self._on_unlocked)
        page.locked.connect(self._on_locked)
        page.writer.changed.connect(self._on_writer_changed)
        page.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.reader.read.connect(self._on_file_read)
        self.review.order_activated.connect(page.select_order)
        self.fields.use_requested.connect(
            lambda order, values: page._write(lambda s: s.update_order(order, **values)))
        self.fields.compare_requested.connect(self._on_compare_requested)
        page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: Any) -> bool:  # noqa: N802 - Qt's API
        from PySide6.QtCore import QEvent

        if watched is self._page and event.type() == QEvent.Type.LanguageChange:
            self.reader.retranslate()
            self.review.retranslate()
            self.fields.retranslate()
            self._show_current()
        return False

    def _on_unlocked(self) -> None:
        self.reader.start(self._page.session)
        self.review.set_session(self._page.session)

    def _on_locked(self) -> None:
        self.reader.stop()
        self.review.set_session(None)
        self.fields.clear()

    def _on_writer_changed(self, changes: Any) -> None:
        self.reader.files_changed(changes)
        if changes.orders:
            self.review.refresh()
            if self._page.current_order_id() in changes.orders:
                self._show_current()

    def _on_file_read(self, attachment_id: str) -> None:
        self.review.refresh()
        session = self._page.session
        current = self._page.current_order_id()
        if session is not None and current is not None:
            try:
                if session.attachment(attachment_id).order == current:
                    self._show_current()
            except Exception:  # noqa: BLE001 - removed meanwhile
                return

    def _show_current(self, *_args: Any) -> None:
        session, current = self._page.session, self._page.current_order_id()
        order = None
        if session is not None and current is not None:
            try:
                order = session.order(current)
            except Exception:  # noqa: BLE001 - deleted meanwhile
                order = None
        self.fields.show_order(session, order)

    def _on_compare_requested(self, order_id: str, total_text: str) -> None:
        from desktop.money.amount import Money
        from desktop.money.currencies import country_currency
        from desktop.money.errors import MoneyError, PriceParseError
        from desktop.money.parsing import parse_price
        from desktop.ui.check_compare import CapturedOffer

        session = self._page.session
        if session is None:
            return
        country = self._page.settings.value(COUNTRY)
        try:
            price = parse_price(total_text, country_currency(country), country=country)
        except (PriceParseError, MoneyError):
            self._page.message.setText(QCoreApplication.translate(
                "ArchiveReading", "The total “{total}” cannot be read as an amount.").format(
                total=total_text))
            return
        order = session.order(order_id)
        self._page.compare_cost_requested.emit(CapturedOffer(
            order.seller or order.title, order.link, Money(price.amount, price.currency),
            order.title))
