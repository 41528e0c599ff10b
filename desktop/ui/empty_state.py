"""An honest placeholder for a page this version does not have yet: what it will do, no fake data."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from desktop.ui.icons import themed_pixmap
from desktop.ui.style import set_muted

__all__ = ["EmptyState"]


class EmptyState(QWidget):
    """A centred icon, title and explanation; texts are ``(context, source)`` pairs.

    The texts are translated when shown and again on every language change, so the caller
    passes the untranslated pairs (marked with ``QT_TRANSLATE_NOOP``).
    """

    def __init__(
        self,
        icon_name: str,
        title: tuple[str, str],
        description: tuple[str, str],
        note: tuple[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self._icon_name = icon_name
        self._texts = (title, description, note)
        self.icon_label = QLabel()
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label = QLabel()
        self.title_label.setObjectName("emptyStateTitle")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label.setWordWrap(True)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title_label.setFont(font)
        self.description_label = QLabel()
        self.description_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.description_label.setWordWrap(True)
        self.description_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.note_label = QLabel()
        self.note_label.setObjectName("emptyStateNote")
        self.note_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note_label.setWordWrap(True)
        for label in (self.title_label, self.description_label, self.note_label):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

        # A centred column about 60 characters wide: long lines are hard to read.
        column = QWidget()
        column.setMaximumWidth(self.fontMetrics().averageCharWidth() * 64)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.icon_label)
        inner.addSpacing(self.fontMetrics().height())
        inner.addWidget(self.title_label)
        inner.addWidget(self.description_label)
        inner.addSpacing(self.fontMetrics().height() // 2)
        inner.addWidget(self.note_label)
        column.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 100)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addLayout(row)
        layout.addStretch(3)
        self._update_icon()
        set_muted(self.note_label)
        self._retranslate()

    def _retranslate(self) -> None:
        title, description, note = self._texts
        self.title_label.setText(QCoreApplication.translate(*title))
        self.description_label.setText(QCoreApplication.translate(*description))
        self.note_label.setVisible(note is not None)
        if note is not None:
            self.note_label.setText(QCoreApplication.translate(*note))

    def _update_icon(self) -> None:
        size = self.fontMetrics().height() * 4
        self.icon_label.setPixmap(themed_pixmap(self._icon_name, size, self.palette()))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._update_icon()
            set_muted(self.note_label)
        super().changeEvent(event)
