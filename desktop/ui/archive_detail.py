"""One order: its fields edited in place, tags, notes, files as thumbnails, saved reports.

Thumbnails are decoded and scaled in the background from decrypted bytes in memory and kept
only in this widget's memory cache (emptied by :meth:`OrderDetail.clear` when the archive
locks); they are never written to disk.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.archive import ORDER_STATUSES, Order
from desktop.ui.archive_news import Family, describe_order
from desktop.ui.archive_reports import reports_html
from desktop.ui.tasks import Task

__all__ = ["OrderDetail", "load_thumbnail"]

THUMB = 96
#: Thumbnails made per order shown; past that, files show a generic icon.
MAX_THUMBNAILS = 120



def load_thumbnail(session: Any, attachment_id: str, size: int) -> QImage | None:
    """Worker thread: decrypt into memory and scale; None when it is no readable image."""
    from desktop.ui.archive_import import make_thumbnail

    return make_thumbnail(session.read_bytes(attachment_id, limit=64 * 1024 * 1024), size)


class OrderDetail(QWidget):
    """Shows one order; asks the page to write through signals (the page owns the writer)."""

    fields_edited = Signal(str, dict)      # order id, {field: text}
    tags_edited = Signal(str, list)        # order id, tags
    note_added = Signal(str, str)          # order id, text
    open_requested = Signal(str)           # attachment id
    add_files_requested = Signal()

    def __init__(self, pool: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pool = pool
        #: The locale amounts are written in ("id_ID"); the page sets it from Settings.
        self.money_locale: Any = lambda: ""
        self.session: Any = None
        self.order: Order | None = None
        self._thumbs: dict[str, QImage | None] = {}
        self._asked: set[str] = set()  # thumbnails asked for the order shown
        self._tasks: list[Task] = []
        self.title = QLineEdit()
        self.seller = QLineEdit()
        self.link = QLineEdit()
        self.date = QLineEdit()
        self.date.setPlaceholderText(QCoreApplication.translate("ArchiveDetail", "YYYY-MM-DD"))
        self.total = QLineEdit()
        self.total.setPlaceholderText(QCoreApplication.translate(
            "ArchiveDetail", "e.g. Rp 250.000"))
        self.status = QComboBox()
        for code, label in ORDER_STATUSES:
            self.status.addItem(label.render(QCoreApplication.translate), code)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(QCoreApplication.translate(
            "ArchiveDetail", "tags, separated by commas"))
        self.notes_view = QPlainTextEdit()
        self.notes_view.setReadOnly(True)
        self.notes_view.setMaximumHeight(110)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(QCoreApplication.translate(
            "ArchiveDetail", "Add a note and press Enter"))
        self.files = QListWidget()
        self.files.setViewMode(QListWidget.ViewMode.IconMode)
        self.files.setIconSize(QSize(THUMB, THUMB))
        self.files.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.files.setWordWrap(True)
        # An order may hold hundreds of screenshots: one size for every cell, laid out in
        # batches, so showing it does not stop the window.
        self.files.setUniformItemSizes(True)
        self.files.setLayoutMode(QListWidget.LayoutMode.Batched)
        self.files.setBatchSize(60)
        line = self.fontMetrics().height()
        self.files.setGridSize(QSize(THUMB + 3 * line, THUMB + 3 * line))
        self.files.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self._file_icon = QIcon()
        self.files.setMinimumHeight(THUMB + 48)
        self.files.setAccessibleName(QCoreApplication.translate("ArchiveDetail", "Files"))
        self.add_files = QPushButton(QCoreApplication.translate("ArchiveDetail", "Add files…"))
        self.reports = QTextBrowser()  # the saved reports, readable (archive_reports.py)
        self.reports.setOpenLinks(False)
        self.reports.setAccessibleName(QCoreApplication.translate("ArchiveDetail", "Saved reports"))
        self.review = QLabel()
        self.review.setWordWrap(True)
        # Who wrote it (issue 12): the author line and refused changes, from archive_news.
        self.family = Family()
        self.written = QLabel()
        self.written.setWordWrap(True)
        self.untrusted = QLabel()
        self.untrusted.setWordWrap(True)
        self.untrusted.setStyleSheet("QLabel { color: #b00020; font-weight: bold; }")

        self.files_label = QLabel()
        self.files_label.setWordWrap(True)
        # Long words (Spanish, Indonesian) wrap instead of widening the pane past a 1024 px screen.
        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        self.reports_label = QLabel()
        self.reports_label.setWordWrap(True)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._form_labels = []
        for widget in (self.title, self.seller, self.link, self.date, self.total, self.status,
                       self.tags):
            label = QLabel()
            label.setBuddy(widget)
            self._form_labels.append(label)
            form.addRow(label, widget)
        files_head = QHBoxLayout()
        files_head.addWidget(self.files_label, 1)
        files_head.addWidget(self.add_files)
        layout = QVBoxLayout(self)
        layout.addWidget(self.review)
        layout.addWidget(self.untrusted)
        layout.addWidget(self.written)
        layout.addLayout(form)
        layout.addLayout(files_head)
        layout.addWidget(self.files, 2)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.notes_view)
        layout.addWidget(self.note_edit)
        layout.addWidget(self.reports_label)
        layout.addWidget(self.reports, 1)
        self.retranslate()

        for edit in (self.title, self.seller, self.link, self.date, self.total):
            edit.editingFinished.connect(self._on_field_editing_finished)
        self.status.activated.connect(self._on_field_editing_finished)
        self.tags.editingFinished.connect(self._on_tags_editing_finished)
        self.note_edit.returnPressed.connect(self._on_note_edit_return_pressed)
        self.files.itemActivated.connect(
            lambda item: self.open_requested.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.add_files.clicked.connect(self.add_files_requested)
        self.setEnabled(False)

    def retranslate(self) -> None:
        texts = (QCoreApplication.translate("ArchiveDetail", "&Order:"),
                 QCoreApplication.translate("ArchiveDetail", "S&eller:"),
                 QCoreApplication.translate("ArchiveDetail", "&Link:"), QCoreApplication.translate("ArchiveDetail", "&Date:"),
                 QCoreApplication.translate("ArchiveDetail", "T&otal:"), QCoreApplication.translate("ArchiveDetail", "St&atus:"),
                 QCoreApplication.translate("ArchiveDetail", "Ta&gs:"))
        for label, text in zip(self._form_labels, texts, strict=True):
            label.setText(text)
        self.date.setPlaceholderText(QCoreApplication.translate("ArchiveDetail", "YYYY-MM-DD"))
        self.total.setPlaceholderText(QCoreApplication.translate(
            "ArchiveDetail", "e.g. Rp 250.000"))
        self.tags.setPlaceholderText(QCoreApplication.translate(
            "ArchiveDetail", "tags, separated by commas"))
        self.note_edit.setPlaceholderText(QCoreApplication.translate(
            "ArchiveDetail", "Add a note and press Enter"))
        self.note_edit.setAccessibleName(QCoreApplication.translate("ArchiveDetail", "New note"))
        self.files.setAccessibleName(QCoreApplication.translate("ArchiveDetail", "Files"))
        self.add_files.setText(QCoreApplication.translate("ArchiveDetail", "Add files…"))
        self.reports.setAccessibleName(QCoreApplication.translate("ArchiveDetail", "Saved reports"))
        self.files_label.setText(QCoreApplication.translate(
            "ArchiveDetail", "Files (double-click or Enter to view)"))
        self.notes_label.setText(QCoreApplication.translate("ArchiveDetail", "Notes"))
        self.reports_label.setText(QCoreApplication.translate(
            "ArchiveDetail", "Saved check reports and cost breakdowns"))
        for row, (_code, label) in enumerate(ORDER_STATUSES):
            if row < self.status.count():
                self.status.setItemText(row, label.render(QCoreApplication.translate))
        if self.order is not None and self.session is not None:
            self.show_order(self.session, self.order)

    # -- showing ------------------------------------------------------------------------------

    def show_order(self, session: Any, order: Order | None, notes_too: bool = True) -> None:
        """Show ``order`` (None: nothing). ``notes_too=False``: the same order again after a
        write that touched no note or report (an import): its notes and reports stay as shown,
        which spares two scans of the archive per refresh."""
        self.session = session
        same = self.order is not None and order is not None and self.order.id == order.id
        self.order = order
        self.setEnabled(order is not None)
        if order is None:
            for edit in (self.title, self.seller, self.link, self.date, self.total, self.tags):
                edit.clear()
            self.files.clear()
            self.notes_view.clear()
            self.reports.clear()
            self.review.clear()
            self.written.clear()
            self.untrusted.clear()
            self.untrusted.setVisible(False)
            return
        for edit, value in ((self.title, order.title), (self.seller, order.seller),
                            (self.link, order.link), (self.date, order.date),
                            (self.total, order.total), (self.tags, ", ".join(order.tags))):
            if not (same and edit.hasFocus()):
                edit.setText(value)
        self.status.setCurrentIndex(max(0, self.status.findData(order.status)))
        self.review.setText(QCoreApplication.translate(
            "ArchiveDetail", "This order was edited on two computers at once; check its "
                                "fields.") if order.needs_review else "")
        self.review.setVisible(order.needs_review)
        self._show_files(session, order, same)
        if same and not notes_too:
            return
        described = describe_order(session, order, self.family)  # who wrote it (issue 12)
        self.written.setText(described.written)
        self.untrusted.setText(described.untrusted)
        self.untrusted.setVisible(bool(described.untrusted))
        self.notes_view.setPlainText(described.notes)
        names = self.family.names
        self.reports.setHtml(reports_html(session.reports(order.id), self.money_locale(),
                                          lambda report: session.written(report.id, names).name))

    def _show_files(self, session: Any, order: Order, same: bool = False) -> None:
        attachments = session.attachments(order.id)
        shown = [self.files.item(r).data(Qt.ItemDataRole.UserRole)
                 for r in range(self.files.count())]
        if same and [a.id for a in attachments[:len(shown)]] == shown:
            # The same order grew (an import into it announces every half second): add the new
            # files only, and let the thumbnails being made go on.
            attachments = attachments[len(shown):]
            if not attachments:
                return
        else:
            for task in self._tasks:
                task.cancel()
            self.files.clear()
            self._asked.clear()
        self.files.setUpdatesEnabled(False)
        wanted = []
        for attachment in attachments:
            item = QListWidgetItem(attachment.name)
            item.setData(Qt.ItemDataRole.UserRole, attachment.id)
            item.setToolTip(attachment.name)
            self.files.addItem(item)
            if attachment.id in self._thumbs:
                self._set_icon(item, self._thumbs[attachment.id])
            else:
                self._set_icon(item, None)
                if (attachment.mime.startswith("image/")
                        and len(self._asked) < MAX_THUMBNAILS):
                    wanted.append(attachment.id)
                    self._asked.add(attachment.id)
        self.files.setUpdatesEnabled(True)
        if wanted:
            self._start_thumbnails(session, wanted)

    def _start_thumbnails(self, session: Any, attachment_ids: list[str]) -> None:
        # One task makes them one after another (a 500-screenshot order must not queue 500
        # decodes at once); showing another order cancels it.
        def make_all() -> Any:
            for attachment_id in attachment_ids:
                try:
                    image = load_thumbnail(session, attachment_id, THUMB)
                except Exception:  # noqa: BLE001 - a damaged file just shows no picture
                    image = None
                yield attachment_id, image

        task = (Task(make_all)
                .on_progress(lambda made: self._on_thumbnail_made(*made))
                .on_failure(lambda _error: None))
        self._tasks.append(task)
        task.on_finished(lambda t=task: self._tasks.remove(t) if t in self._tasks else None)
        task.start(self._pool)

    def _on_thumbnail_made(self, attachment_id: str, image: QImage | None) -> None:
        if self.session is None:  # locked meanwhile: drop it
            return
        self._thumbs[attachment_id] = image
        for row in range(self.files.count()):
            item = self.files.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == attachment_id:
                self._set_icon(item, image)

    def _set_icon(self, item: QListWidgetItem, image: QImage | None) -> None:
        if image is None:
            if self._file_icon.isNull():
                self._file_icon = self.style().standardIcon(self.style().StandardPixmap.SP_FileIcon)
            icon = self._file_icon
        else:
            icon = QIcon(QPixmap.fromImage(image))
        item.setIcon(icon)

    def set_family(self, family: Family) -> None:
        """Member names and refused records, loaded after unlocking: show the order again."""
        self.family = family
        if self.order is not None and self.session is not None:
            self.show_order(self.session, self.order)

    def clear(self) -> None:
        """Forget everything shown and every cached thumbnail (the archive locked)."""
        for task in list(self._tasks):
            task.cancel()
        self._thumbs.clear()
        self.family = Family()
        self.show_order(None, None)
        self.note_edit.clear()

    def thumbnail_count(self) -> int:
        return sum(1 for image in self._thumbs.values() if image is not None)

    # -- editing ------------------------------------------------------------------------------

    def _on_field_editing_finished(self, *_args: Any) -> None:
        if self.order is None:
            return
        now = {"title": self.title.text().strip(), "seller": self.seller.text().strip(),
               "link": self.link.text().strip(), "date": self.date.text().strip(),
               "total": self.total.text().strip(), "status": self.status.currentData()}
        before = {"title": self.order.title, "seller": self.order.seller,
                  "link": self.order.link, "date": self.order.date, "total": self.order.total,
                  "status": self.order.status}
        changed = {k: v for k, v in now.items() if v != before[k]}
        if changed:
            self.fields_edited.emit(self.order.id, changed)

    def _on_tags_editing_finished(self) -> None:
        if self.order is None:
            return
        tags = [t.strip() for t in self.tags.text().split(",") if t.strip()]
        if sorted(tags) != sorted(self.order.tags):
            self.tags_edited.emit(self.order.id, tags)

    def _on_note_edit_return_pressed(self) -> None:
        text = self.note_edit.text().strip()
        if self.order is not None and text:
            self.note_added.emit(self.order.id, text)
            self.note_edit.clear()
