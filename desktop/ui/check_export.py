"""Writing the report to files: HTML as rendered by :mod:`desktop.checks.export`, and PDF
through Qt's own PDF writer (``QTextDocument`` printed on a ``QPdfWriter``), A4, with margins.

Both go through :func:`desktop.fileio.write_atomically` (the PDF is rendered in memory first),
so a failed export never leaves a half-written file under the user's chosen name.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from desktop.fileio import write_atomically

__all__ = ["render_pdf", "write_html", "write_pdf"]


def write_html(path: str | os.PathLike[str], page: str) -> Path:
    """Write ``page`` (a complete HTML document) as UTF-8 to ``path``; raises ``OSError``."""
    return write_atomically(path, page)


def write_pdf(path: str | os.PathLike[str], page: str, title: str = "") -> Path:
    """Render the HTML ``page`` to a PDF at ``path`` (A4, 15 mm margins); raises ``OSError``
    when the file cannot be written. Must run on a thread that may use fonts (the GUI thread);
    to keep the disk write off that thread, :func:`render_pdf` there and write in a task."""
    return write_atomically(path, render_pdf(page, title))


def render_pdf(page: str, title: str = "") -> bytes:
    """The HTML ``page`` as PDF bytes (A4, 15 mm margins), in memory; raises ``OSError`` when
    the writer produced nothing. GUI thread (fonts)."""
    buffer = QBuffer()  # owns its byte array
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("ShopSafe")
    # Text stays vector; this only fixes how the document's pixel sizes map to the page.
    writer.setResolution(96)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    document.setHtml(page)
    document.setPageSize(QSizeF(writer.width(), writer.height()))
    document.print_(writer)
    del writer  # finishes the document
    data = bytes(buffer.data().data())
    buffer.close()
    if not data:
        raise OSError("the PDF writer produced nothing")
    return data
