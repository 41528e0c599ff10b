"""Pictures on the Check page: a pasted screenshot, or an image file dropped on the paste box.

:func:`picture_from_mime` finds a picture in what was pasted or dropped (an image on the
clipboard, or a local image file); :func:`run_picture_task` is the worker side — it encodes the
clipboard image to PNG in memory (never to a file), reads the file's bytes, and runs
:func:`desktop.checks.image.analyze_image` (OCR and QR codes, offline). After the check,
:func:`highlight_identifiers` marks in the paste box, which then shows the text read from the
picture, every account, phone, link and number that was found.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData
from PySide6.QtGui import QColor, QImage, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from desktop.net.options import CheckOptions
from desktop.reading.formats import IMAGE_SUFFIXES

__all__ = ["IMAGE_SUFFIXES", "Picture", "highlight_identifiers", "picture_from_mime",
           "run_picture_task"]



@dataclass(frozen=True)
class Picture:
    """A picture to check: a clipboard image or the path of an image file."""

    name: str
    image: QImage | None = None
    path: Path | None = None


def picture_from_mime(source: QMimeData) -> Picture | None:
    """The picture in ``source``, or ``None`` when it holds text to check instead."""
    for url in source.urls() if source.hasUrls() else ():
        if url.isLocalFile() and url.toLocalFile().lower().endswith(IMAGE_SUFFIXES):
            path = Path(url.toLocalFile())
            return Picture(path.name, path=path)
    if source.hasImage():
        image = source.imageData()
        if isinstance(image, QImage) and not image.isNull():
            return Picture("", image=image)
    return None


def _png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def run_picture_task(picture: Picture, options: CheckOptions, language: str,
                     cancel: Any, seller_lookup: Any = None) -> Any:
    """Worker side: read the picture's bytes (in memory) and check it offline; the family's
    seller book (``seller_lookup``, when the archive is unlocked) is consulted first."""
    from desktop.checks.family import consult_seller_book
    from desktop.checks.image import analyze_image

    if picture.path is not None:
        data = picture.path.read_bytes()
    else:
        data = _png_bytes(picture.image) if picture.image is not None else b""
    report = analyze_image(data, options, ui_language=language,
                           cancelled=lambda: bool(cancel and cancel.cancelled))
    return consult_seller_book(report, seller_lookup)


def highlight_identifiers(box: QPlainTextEdit, report: Any) -> int:
    """Mark in ``box`` every identifier of ``report`` whose text appears there; returns how
    many were marked. Uses extra selections, so the text itself is unchanged."""
    text = box.toPlainText()
    marks: list[QTextEdit.ExtraSelection] = []
    fmt = QTextCharFormat()
    highlight = box.palette().highlight().color()
    fmt.setBackground(QColor(highlight.red(), highlight.green(), highlight.blue(), 70))
    fmt.setFontUnderline(True)
    for item in getattr(report, "identifiers", ()):
        start = text.find(item.raw) if item.raw else -1
        if start < 0:
            continue
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(box.document())
        cursor.setPosition(start)
        cursor.setPosition(start + len(item.raw), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = fmt
        marks.append(selection)
    box.setExtraSelections(marks)
    return len(marks)
