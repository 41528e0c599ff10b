"""The two faces of the Archive page before it is open: first use, and the locked archive.

Texts keep the ``ArchivePage`` translation context (they were the page's own).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

__all__ = ["FirstUsePanel", "UnlockPanel"]


def _centred(panel: QWidget, content: QVBoxLayout) -> None:
    """A column of readable width (about 72 average characters) in the middle of ``panel``."""
    column = QWidget()
    column.setLayout(content)
    column.setMaximumWidth(panel.fontMetrics().averageCharWidth() * 72)
    outer = QHBoxLayout(panel)
    outer.addStretch(1)
    outer.addWidget(column, 4)
    outer.addStretch(1)


def _title(label: QLabel) -> QLabel:
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    label.setFont(font)
    return label


class FirstUsePanel(QWidget):
    """What the archive is, with Create and Open buttons (the page connects them)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = _title(QLabel())
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.create_button = QPushButton()
        self.open_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout()
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        layout.addStretch(2)
        _centred(self, layout)
        self.busy = False
        self.retranslate()

    def set_busy(self, busy: bool) -> None:
        """Say the archive is being created (key derivation takes about a second)."""
        self.busy = busy
        self.create_button.setEnabled(not busy)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate(
            "ArchivePage", "Keep the evidence of every purchase"))
        if self.busy:
            self.text.setText(QCoreApplication.translate("ArchivePage", "Creating the archive…"))
        else:
            self.text.setText(QCoreApplication.translate(
                "ArchivePage",
                "Receipts, chat screenshots, e-mails and shop pages are kept encrypted with your "
                "passphrase, on this computer or in a folder your family syncs. Nothing leaves "
                "your computer."))
        self.create_button.setText(QCoreApplication.translate("ArchivePage",
                                                              "Create an archive…"))
        self.open_button.setText(QCoreApplication.translate("ArchivePage",
                                                            "Open an existing archive…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class UnlockPanel(QWidget):
    """The passphrase (or recovery key) form; the page reads :meth:`take_secret`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = _title(QLabel())
        self.folder = QLabel()
        self.folder.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.unlock_button = QPushButton()
        self.error = QLabel()
        self.error.setWordWrap(True)
        bold = self.error.font()
        bold.setBold(True)
        self.error.setFont(bold)
        self.use_recovery = QCheckBox()
        self.use_recovery.toggled.connect(self._on_use_recovery_toggled)
        self.other_folder = QPushButton()
        self.other_folder.setFlat(True)
        self.join_button = QPushButton()  # a family member asks to join (archive_join.py)
        self.join_button.setFlat(True)
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock_button)
        layout = QVBoxLayout()
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.folder)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.use_recovery)
        layout.addWidget(self.other_folder, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.join_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(2)
        _centred(self, layout)
        self.retranslate()

    def take_secret(self) -> str:
        """The typed passphrase or key, once: the field is cleared at once."""
        secret = self.passphrase.text()
        self.passphrase.clear()
        return secret

    def _on_use_recovery_toggled(self, checked: bool) -> None:
        text = (QCoreApplication.translate("ArchivePage", "Recovery key") if checked
                else QCoreApplication.translate("ArchivePage", "Passphrase"))
        self.passphrase.setPlaceholderText(text)
        self.passphrase.setAccessibleName(text)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Normal if checked
                                    else QLineEdit.EchoMode.Password)

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("ArchivePage", "The archive is locked"))
        self._on_use_recovery_toggled(self.use_recovery.isChecked())
        self.use_recovery.setText(QCoreApplication.translate(
            "ArchivePage", "I forgot it: unlock with my recovery key"))
        self.unlock_button.setText(QCoreApplication.translate("ArchivePage", "Unlock"))
        self.other_folder.setText(QCoreApplication.translate("ArchivePage",
                                                             "Use another archive…"))
        self.join_button.setText(QCoreApplication.translate(
            "ArchivePage", "New in the family? Ask to join this archive…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
