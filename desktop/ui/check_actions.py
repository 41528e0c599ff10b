"""What the buyer can do with a finished check: copy a family-chat summary, export the report as
HTML or PDF, and (once the archive exists) save it there.

:class:`ReportActions` asks its page for the report document (the JSON form in the UI language,
with the self-check) through a callable, so it never holds a stale copy. "Save to archive"
asks the window for the archive's writer (:meth:`ReportActions.set_archive`): when the archive
is unlocked the report, its self-check answers and the page snapshot are saved through that
writer, off the GUI thread (:mod:`desktop.ui.check_archive`); when it is locked the button says
so and offers the Archive page (``archive_page_requested``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QStandardPaths, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from desktop.checks.export import report_html
from desktop.checks.summary import family_summary, subject_of
from desktop.i18n import current_language, qt_translate
from desktop.plainerrors import file_error_message
from desktop.ui.check_archive import CheckEntry, SavedCheck, save_check
from desktop.ui.check_export import write_html, write_pdf

__all__ = ["ReportActions"]

log = logging.getLogger(__name__)

Document = dict[str, Any]


class ReportActions(QWidget):
    """The action buttons under the findings. ``document()`` returns the current report
    document, or ``None`` while there is no finished report (the buttons are then disabled).

    ``archive_page_requested`` asks the window to show the Archive page (to unlock it);
    ``saved_to_archive(object)`` carries a :class:`~desktop.ui.check_archive.SavedCheck`."""

    archive_page_requested = Signal()
    saved_to_archive = Signal(object)

    def __init__(self, document: Callable[[], Document | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._archive_writer: Callable[[], Any] | None = None
        self._archive_entry: Callable[[], CheckEntry | None] | None = None
        self._save_op: Any = None
        self.locked_box: QMessageBox | None = None
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copySummary")
        self.html_button = QPushButton(self)
        self.html_button.setObjectName("exportHtml")
        self.pdf_button = QPushButton(self)
        self.pdf_button.setObjectName("exportPdf")
        self.archive_button = QPushButton(self)
        self.archive_button.setObjectName("saveToArchive")
        self.archive_reason = QLabel(self)
        self.archive_reason.setObjectName("archiveReason")
        self.archive_reason.setWordWrap(True)
        self.status_line = QLabel(self)
        self.status_line.setObjectName("statusLine")
        self.status_line.setWordWrap(True)
        self.status_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QHBoxLayout()
        for button in (self.copy_button, self.html_button, self.pdf_button, self.archive_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.archive_reason)
        layout.addWidget(self.status_line)

        self.copy_button.clicked.connect(self.copy_summary)
        self.html_button.clicked.connect(self._on_html_button_clicked)
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        self.archive_button.clicked.connect(self.save_to_archive)
        self.set_ready(False)
        self.retranslate()

    def set_ready(self, ready: bool) -> None:
        for button in (self.copy_button, self.html_button, self.pdf_button):
            button.setEnabled(ready)
        self.archive_button.setEnabled(ready and self._archive_writer is not None
                                       and self._save_op is None)
        if not ready:
            self.status_line.clear()
        self._show_archive_reason()

    def set_archive(self, writer: Callable[[], Any], entry: Callable[[], CheckEntry | None]) -> None:
        """``writer()`` gives the window's :class:`~desktop.ui.archive_ops.ArchiveWriter`
        while the archive is unlocked, else ``None``; ``entry()`` what to save."""
        self._archive_writer = writer
        self._archive_entry = entry
        self.set_ready(self._document() is not None)

    def archive_unlocked(self) -> bool:
        return self.unlocked_session() is not None

    def unlocked_session(self) -> Any:
        """The archive's session while it is unlocked, else None."""
        writer = self._archive_writer() if self._archive_writer is not None else None
        if writer is None or writer.session is None or writer.session.locked:
            return None
        return writer.session

    def _show_archive_reason(self) -> None:
        if self._archive_writer is None:
            reason = QCoreApplication.translate("CheckPage", "The encrypted archive is not available in this window.")
        elif not self.archive_unlocked():
            reason = QCoreApplication.translate("CheckPage",
                "The archive is locked: unlock it on the Archive page first, then save here.")
        else:
            reason = ""
        self.archive_reason.setText(reason)
        self.archive_reason.setVisible(bool(reason))
        tip = reason or QCoreApplication.translate("CheckPage",
            "Keeps this report, your self-check answers and the page as it looked in the "
            "seller's order in the encrypted archive.")
        self.archive_button.setToolTip(tip)
        self.archive_button.setAccessibleDescription(tip)

    # --- the actions -------------------------------------------------------------------------------

    def summary_text(self) -> str:
        doc = self._document()
        return family_summary(doc, qt_translate) if doc is not None else ""

    def copy_summary(self) -> None:
        text = self.summary_text()
        if not text:
            return
        QGuiApplication.clipboard().setText(text)
        self.status_line.setText(QCoreApplication.translate("CheckPage", "Summary copied. Paste it into your family chat."))

    def export_html(self, path: str | Path) -> Path:
        """Write the HTML report to ``path``; raises ``OSError`` (or ``RuntimeError`` without
        a report)."""
        return write_html(path, report_html(self._require(), qt_translate, language=current_language()))

    def export_pdf(self, path: str | Path) -> Path:
        """Write the PDF report to ``path`` with Qt's PDF writer; raises ``OSError``."""
        doc = self._require()
        page = report_html(doc, qt_translate, language=current_language())
        title = QCoreApplication.translate("CheckPage", "ShopSafe report: {subject}").format(subject=subject_of(doc))
        return write_pdf(path, page, title=title)

    def _require(self) -> Document:
        doc = self._document()
        if doc is None:
            raise RuntimeError("no finished report to export")
        return doc

    def _suggested_path(self, suffix: str) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        subject = re.sub(r"[^\w.-]+", "-", subject_of(self._require()))[:40].strip("-") or "report"
        stamp = datetime.now().strftime("%Y-%m-%d")
        return str(Path(folder or Path.home()) / f"shopsafe-{subject}-{stamp}.{suffix}")

    def _export_with_dialog(self, suffix: str, file_filter: str, write: Callable[[str], Path]) -> None:
        if self._document() is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("CheckPage", "Export report"), self._suggested_path(suffix), file_filter)
        if not path:
            return
        try:
            written = write(path)
        except OSError as error:
            log.warning("report export to %s failed: %s", path, error)
            # The folder the user chose, not a temporary file's name nor the errno text.
            reason = file_error_message(error, Path(path).parent).render(qt_translate)
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                QCoreApplication.translate("CheckPage", "Export report"),
                QCoreApplication.translate("CheckPage", "The report could not be saved:\n{error}").format(error=reason),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setWindowModality(Qt.WindowModality.WindowModal)
            box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            box.open()
            return
        self.status_line.setText(QCoreApplication.translate("CheckPage", "Report saved to {path}").format(path=str(written)))

    def _on_html_button_clicked(self) -> None:
        self._export_with_dialog("html", QCoreApplication.translate("CheckPage", "Web page (*.html)"), self.export_html)

    def _on_pdf_button_clicked(self) -> None:
        self._export_with_dialog("pdf", QCoreApplication.translate("CheckPage", "PDF document (*.pdf)"), self.export_pdf)

    # --- the archive -------------------------------------------------------------------------------

    def save_to_archive(self) -> bool:
        """Save the report into the seller's order through the archive writer (off the GUI
        thread). When the archive is locked, say so and offer the Archive page; False then."""
        if self._archive_entry is None or self._save_op is not None:
            return False
        entry = self._archive_entry()
        if entry is None:
            return False
        if not self.archive_unlocked():
            self._show_archive_reason()
            self._offer_archive_page()
            return False
        writer = self._archive_writer()
        self.status_line.setText(QCoreApplication.translate("CheckPage", "Saving to the archive…"))
        self._save_op = (writer.op(save_check, entry)
                         .on_success(lambda saved: self._on_saved(entry, saved))
                         .on_failure(lambda error, folder=writer.session.folder: self._on_save_failed(error, folder)))
        op = self._save_op
        op.on_finished(lambda: self._on_save_finished(op))
        self.archive_button.setEnabled(False)
        op.start()
        return True

    def _offer_archive_page(self) -> None:
        box = self.locked_box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("CheckPage", "Save to archive"),
            QCoreApplication.translate("CheckPage",
                "The archive is locked. Unlock it on the Archive page, then press "
                "“Save to archive” again."),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        go = box.addButton(QCoreApplication.translate("CheckPage", "Go to the &Archive page"),
                           QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(go)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        go.clicked.connect(self.archive_page_requested)
        box.open()

    def _on_saved(self, entry: CheckEntry, saved: SavedCheck) -> None:
        if saved.created:
            text = QCoreApplication.translate("CheckPage", "Saved to the archive in a new order for {seller}.")
        else:
            text = QCoreApplication.translate("CheckPage", "Saved to the archive in the order for {seller}.")
        self.status_line.setText(text.format(seller=entry.seller))
        self.saved_to_archive.emit(saved)

    def _on_save_failed(self, error: BaseException, folder: Path) -> None:
        from desktop.archive import ArchiveError, ArchiveLocked

        if isinstance(error, ArchiveLocked):
            self.status_line.setText(QCoreApplication.translate("CheckPage",
                "The archive was locked before the report was saved. Unlock it and save again."))
        elif isinstance(error, ArchiveError):
            log.warning("saving the report to the archive failed: %s", error)
            self.status_line.setText(QCoreApplication.translate("CheckPage",
                "The report could not be saved to the archive: {reason}").format(
                    reason=error.message.render(qt_translate)))
        elif isinstance(error, OSError):
            log.warning("saving the report to the archive failed: %s", error)
            reason = file_error_message(error, folder).render(qt_translate)
            self.status_line.setText(QCoreApplication.translate("CheckPage",
                "The report could not be saved to the archive: {reason}").format(reason=reason))
        else:
            raise error

    def _on_save_finished(self, op: Any) -> None:
        if self._save_op is op:
            self._save_op = None
        self.set_ready(self._document() is not None)

    # --- language ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.copy_button.setText(QCoreApplication.translate("CheckPage", "Copy &summary"))
        self.copy_button.setToolTip(QCoreApplication.translate("CheckPage", "Copies a short summary to paste into a family chat."))
        self.html_button.setText(QCoreApplication.translate("CheckPage", "Export &HTML…"))
        self.pdf_button.setText(QCoreApplication.translate("CheckPage", "Export P&DF…"))
        self.archive_button.setText(QCoreApplication.translate("CheckPage", "Sa&ve to archive"))
        self._show_archive_reason()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
