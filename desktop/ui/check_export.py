"""Writing the report to files: HTML as rendered by :mod:`desktop.checks.export`, and PDF
through Qt's own PDF writer (``QTextDocument`` printed on a ``QPdfWriter``), A4, with margins.

Both are written to a temporary file next to the target and renamed into place, so a failed
export never leaves a half-written file under the user's chosen name.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

__all__ = ["write_html", "write_pdf"]


def _atomic_target(path: Path) -> tuple[str, Path]:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    return tmp, Path(tmp)


def write_html(path: str | os.PathLike[str], page: str) -> Path:
    """Write ``page`` (a complete HTML document) as UTF-8 to ``path``; raises ``OSError``."""
    target = Path(path)
    _, tmp = _atomic_target(target)
    try:
        tmp.write_text(page, encoding="utf-8")
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target


def write_pdf(path: str | os.PathLike[str], page: str, title: str = "") -> Path:
    """Render the HTML ``page`` to a PDF at ``path`` (A4, 15 mm margins); raises ``OSError``
    when the file cannot be written. Must run on a thread that may use fonts (the GUI thread)."""
    target = Path(path)
    tmp_name, tmp = _atomic_target(target)
    try:
        writer = QPdfWriter(tmp_name)
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
        del writer  # closes the file
        if tmp.stat().st_size == 0:
            raise OSError(f"the PDF writer produced nothing for {target}")
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target
