"""Viewing a stored file from memory: images (zoom, pan), PDFs (QtPdf over a QBuffer), e-mails
and page snapshots as text. Nothing is written to disk; "Export a copy…" is the only way out."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut, QWheelEvent
from PySide6.QtWidgets import (
    QDialog,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.archive import Attachment
from desktop.ui.archive_import import check_image, parse_eml

__all__ = ["ImageView", "ViewerDialog", "decode_image"]


def decode_image(attachment: Attachment, data: bytes) -> tuple[QImage, str | None]:
    """Worker thread: an image attachment's picture and, when it cannot be shown, why (a
    translated sentence; the image is then null). Other files: (null image, None). Decoding
    a phone photo takes tens of milliseconds, so the viewer gets it ready-made."""
    if not attachment.mime.startswith("image/"):
        return QImage(), None
    problem = check_image(data=data)  # the header: a bomb is refused before decoding
    image = QImage.fromData(data) if problem is None else QImage()
    if image.isNull() and problem is None:
        problem = QCoreApplication.translate("ArchiveViewer", "This image could not be shown.")
    return image, problem



class ImageView(QGraphicsView):
    """An image with Ctrl+wheel or +/− zoom and drag to pan."""

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.item = QGraphicsPixmapItem(QPixmap.fromImage(image))
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self.item)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.zoom = 1.0

    def zoom_by(self, factor: float) -> None:
        new = min(max(self.zoom * factor, 0.05), 20.0)
        self.scale(new / self.zoom, new / self.zoom)
        self.zoom = new

    def fit(self) -> None:
        self.fitInView(self.item, Qt.AspectRatioMode.KeepAspectRatio)
        self.zoom = self.transform().m11()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's API
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.25 if event.angleDelta().y() > 0 else 0.8)
        else:
            super().wheelEvent(event)


class ViewerDialog(QDialog):
    """Shows one attachment's decrypted bytes; emits export_requested for "Export a copy…"."""

    export_requested = Signal(object)  # Attachment

    def __init__(self, attachment: Attachment, data: bytes, parent: QWidget | None = None,
                 decoded: tuple[QImage, str | None] | None = None) -> None:
        """``decoded``: :func:`decode_image`'s result, made in a worker (else decoded here)."""
        super().__init__(parent)
        self._decoded = decoded
        self.attachment = attachment
        self.setWindowTitle(attachment.name)
        self._buffer: QBuffer | None = None
        self.document = None
        self.image_view: ImageView | None = None
        self._fitted = False
        layout = QVBoxLayout(self)
        tools = QHBoxLayout()
        self.body = self._make_body(attachment, data, tools)
        export = QPushButton(QCoreApplication.translate("ArchiveViewer", "Export a copy…"))
        export.setToolTip(QCoreApplication.translate(
            "ArchiveViewer", "Save a decrypted copy of this file outside the archive"))
        export.clicked.connect(lambda: self.export_requested.emit(self.attachment))
        close = QPushButton(QCoreApplication.translate("ArchiveViewer", "Close"))
        close.clicked.connect(self.accept)
        tools.addStretch(1)
        tools.addWidget(export)
        tools.addWidget(close)
        layout.addWidget(self.body, 1)
        layout.addLayout(tools)
        width, height = 900, 640
        screen = self.screen() if parent is None else parent.screen()
        if screen is not None:  # never larger than the screen (1024 × 600 netbooks)
            available = screen.availableGeometry()
            width = min(width, int(available.width() * 0.9))
            height = min(height, int(available.height() * 0.9))
        self.resize(width, height)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's API
        super().showEvent(event)
        if self.image_view is not None and not self._fitted:
            self._fitted = True  # a phone screenshot opens whole; zoom in from there
            QTimer.singleShot(0, self.image_view.fit)

    def _make_body(self, attachment: Attachment, data: bytes, tools: QHBoxLayout) -> QWidget:
        mime = attachment.mime
        if mime.startswith("image/"):
            image, problem = self._decoded or decode_image(attachment, data)
            self._decoded = None
            if not image.isNull():
                self.image_view = ImageView(image)
                for text, factor, key in (("−", 0.8, QKeySequence.StandardKey.ZoomOut),
                                          ("+", 1.25, QKeySequence.StandardKey.ZoomIn)):
                    button = QPushButton(text)
                    button.setAccessibleName(QCoreApplication.translate(
                        "ArchiveViewer", "Zoom out") if factor < 1 else QCoreApplication.translate("ArchiveViewer", "Zoom in"))
                    button.clicked.connect(lambda _=False, f=factor: self.image_view.zoom_by(f))
                    tools.addWidget(button)
                    QShortcut(key, self, activated=lambda f=factor: self.image_view.zoom_by(f))
                fit = QPushButton(QCoreApplication.translate("ArchiveViewer", "Fit"))
                fit.clicked.connect(self.image_view.fit)
                tools.addWidget(fit)
                return self.image_view
            return self._message(problem or QCoreApplication.translate("ArchiveViewer", "This image could not be shown."))
        if mime == "application/pdf":
            return self._pdf(data)
        if mime == "message/rfc822" or attachment.name.lower().endswith(".eml"):
            text, parts = parse_eml(data)
            if parts:
                text += "\n\n" + QCoreApplication.translate("ArchiveViewer", "Attachments: {names}").format(
                    names=", ".join(name for name, _m, _d in parts))
            return self._text(text)
        if mime.startswith("text/") or attachment.kind == "snapshot":
            return self._text(data.decode("utf-8", "replace"))
        return self._message(QCoreApplication.translate(
            "ArchiveViewer", "ShopSafe cannot show this kind of file. Use “Export a copy…” "
                                 "to open it with another program."))

    def _pdf(self, data: bytes) -> QWidget:
        try:
            from PySide6.QtPdf import QPdfDocument
            from PySide6.QtPdfWidgets import QPdfView
        except ImportError:
            return self._message(QCoreApplication.translate(
                "ArchiveViewer", "PDF viewing is not installed; use “Export a copy…”."))
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        if self.document.status() == QPdfDocument.Status.Error:
            return self._message(QCoreApplication.translate(
                "ArchiveViewer", "This PDF is damaged and cannot be shown."))
        view = QPdfView(self)
        view.setDocument(self.document)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        return view

    def _text(self, text: str) -> QWidget:
        view = QPlainTextEdit()
        view.setReadOnly(True)
        view.setPlainText(text)
        return view

    def _message(self, text: str) -> QWidget:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label
