"""Sending a cost breakdown to someone: the Costs page's "Export PDF…" and "Save as image…".

Both render the very text "Copy breakdown" puts on the clipboard (the selected offer's breakdown,
then the comparison of all offers) through one ``QTextDocument``: the PDF with the check
report's writer (:func:`desktop.ui.check_export.write_pdf`, A4), the image as a PNG 1080 px
wide, the width of a phone screen, so it reads without zooming once sent in a chat. Both are
rendered in memory and written with :func:`desktop.fileio.write_atomically`, exactly like the
check report's export, so a failed export never leaves half a file under the chosen name.
"""

from __future__ import annotations

import html
import logging
import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QObject, QStandardPaths, Qt
from PySide6.QtGui import QColor, QFontDatabase, QImage, QPainter, QTextDocument
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from desktop.fileio import SHARED, write_atomically
from desktop.i18n import qt_translate
from desktop.plainerrors import file_error_message
from desktop.ui.check_export import render_pdf, write_pdf
from desktop.ui.tasks import Task, writer_pool

__all__ = ["IMAGE_WIDTH", "BreakdownExport", "breakdown_html", "render_png", "write_png"]

log = logging.getLogger(__name__)

IMAGE_WIDTH = 1080  # px: a phone screen's width, so the picture needs no zoom in a chat
_IMAGE_MARGIN = 48
_IMAGE_FONT_PX = 30
_PDF_FONT_PX = 13


def breakdown_html(text: str, title: str, font_px: int) -> str:
    """``text`` (the copied breakdown, aligned with spaces) as an HTML page under ``title``, in
    the system's fixed-width font so the amounts stay in one column."""
    family = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
    return (
        "<html><head><meta charset='utf-8'></head>"
        f"<body style=\"font-size:{font_px}px\">"
        f"<p style=\"font-size:{round(font_px * 1.3)}px\"><b>{html.escape(title)}</b></p>"
        f"<pre style=\"font-family:'{html.escape(family)}',monospace;white-space:pre-wrap\">"
        f"{html.escape(text)}</pre></body></html>"
    )


def render_png(page: str, width: int = IMAGE_WIDTH) -> bytes:
    """The HTML ``page`` drawn on white, ``width`` px wide and as tall as it needs, as PNG
    bytes. Must run on the GUI thread (fonts)."""
    document = QTextDocument()
    document.setDocumentMargin(_IMAGE_MARGIN)
    document.setHtml(page)
    document.setTextWidth(width)
    height = max(1, int(document.size().height() + 0.5))
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    document.drawContents(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError("the PNG encoder produced nothing")
    data = bytes(buffer.data().data())
    buffer.close()
    return data


def write_png(path: str | os.PathLike[str], page: str) -> Path:
    """Render ``page`` (see :func:`render_png`) and write it to ``path``; raises ``OSError``."""
    return write_atomically(path, render_png(page), mode=SHARED)


class BreakdownExport(QObject):
    """The two buttons and what they do. ``text()`` is what Copy would put on the clipboard
    ("" while there is nothing to send); ``report(message)`` shows a line in the page's status."""

    def __init__(self, text: Callable[[], str], report: Callable[[str], None],
                 parent: QWidget) -> None:
        super().__init__(parent)
        self._text = text
        self._report = report
        self._parent = parent
        self._tasks: set[Task] = set()
        self.pdf_button = QPushButton(parent)
        self.pdf_button.setObjectName("exportBreakdownPdf")
        self.image_button = QPushButton(parent)
        self.image_button.setObjectName("exportBreakdownImage")
        self.pdf_button.clicked.connect(self._on_pdf_clicked)
        self.image_button.clicked.connect(self._on_image_clicked)
        self.retranslate()

    def set_enabled(self, enabled: bool) -> None:
        self.pdf_button.setEnabled(enabled)
        self.image_button.setEnabled(enabled)

    def title(self) -> str:
        return QCoreApplication.translate("CostsExport", "ShopSafe cost breakdown")

    def export_pdf(self, path: str | Path) -> Path:
        """Write the breakdown as a PDF at ``path``; raises ``OSError`` (``RuntimeError`` when
        there is nothing to export)."""
        return write_pdf(path, breakdown_html(self._require(), self.title(), _PDF_FONT_PX),
                         title=self.title())

    def export_image(self, path: str | Path) -> Path:
        """Write the breakdown as a PNG at ``path``; raises ``OSError`` (``RuntimeError`` when
        there is nothing to export)."""
        return write_png(path, breakdown_html(self._require(), self.title(), _IMAGE_FONT_PX))

    def _require(self) -> str:
        text = self._text()
        if not text:
            raise RuntimeError("no breakdown to export")
        return text

    def _suggested_path(self, suffix: str) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        stamp = datetime.now().strftime("%Y-%m-%d")
        return str(Path(folder or Path.home()) / f"shopsafe-costs-{stamp}.{suffix}")

    def render_pdf(self) -> bytes:
        """The breakdown as PDF bytes (GUI thread: fonts)."""
        return render_pdf(breakdown_html(self._require(), self.title(), _PDF_FONT_PX),
                          title=self.title())

    def render_image(self) -> bytes:
        """The breakdown as PNG bytes (GUI thread: fonts)."""
        return render_png(breakdown_html(self._require(), self.title(), _IMAGE_FONT_PX))

    def _export_with_dialog(self, suffix: str, file_filter: str,
                            render: Callable[[], bytes]) -> None:
        if not self._text():
            self._report(QCoreApplication.translate("CostsExport", "Nothing to export yet: type a price first."))
            return
        caption = QCoreApplication.translate("CostsExport", "Export breakdown")
        path, _ = QFileDialog.getSaveFileName(self._parent, caption, self._suggested_path(suffix),
                                              file_filter)
        if not path:
            return
        try:
            data = render()
        except OSError as error:
            self._on_write_failed(error, path)
            return
        # Rendered here (fonts); written by the serial writer, off the GUI thread.
        task = (Task(write_atomically, path, data, mode=SHARED)
                .on_success(self._on_written)
                .on_failure(lambda error: self._on_write_failed(error, path)))
        self._tasks.add(task)
        task.on_finished(lambda: self._tasks.discard(task))
        task.start(writer_pool())

    def _on_written(self, written: Path) -> None:
        self._report(QCoreApplication.translate("CostsExport", "Breakdown saved to {path}").format(path=str(written)))

    def _on_write_failed(self, error: BaseException, path: str) -> None:
        if not isinstance(error, OSError):
            raise error
        caption = QCoreApplication.translate("CostsExport", "Export breakdown")
        log.warning("breakdown export to %s failed: %s", path, error)
        # The folder the user chose, not a temporary file's name nor the errno text.
        reason = file_error_message(error, Path(path).parent).render(qt_translate)
        box = QMessageBox(QMessageBox.Icon.Warning, caption,
                          QCoreApplication.translate("CostsExport", "The breakdown could not be saved:\n{error}").format(error=reason),
                          QMessageBox.StandardButton.Ok, self._parent)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.open()

    def _on_pdf_clicked(self) -> None:
        self._export_with_dialog("pdf", QCoreApplication.translate("CostsExport", "PDF document (*.pdf)"), self.render_pdf)

    def _on_image_clicked(self) -> None:
        self._export_with_dialog("png", QCoreApplication.translate("CostsExport", "PNG image (*.png)"), self.render_image)

    def retranslate(self) -> None:
        self.pdf_button.setText(QCoreApplication.translate("CostsExport", "Export PDF…"))
        self.pdf_button.setToolTip(QCoreApplication.translate("CostsExport", "Save the breakdown as a PDF document to print or send"))
        self.image_button.setText(QCoreApplication.translate("CostsExport", "Save as image…"))
        self.image_button.setToolTip(
            QCoreApplication.translate("CostsExport", "Save the breakdown as a picture sized for a phone, to send in a chat"))
