"""Joining the family: someone at this PC types their own passphrase (:class:`AddHereDialog`),
or asks from their own PC and gets an invitation code with a QR code (:class:`JoinDialog`).

The QR code is drawn with zxing-cpp's writer (the library that already reads codes here).
Passphrases are taken once with ``take_passphrase`` and the fields cleared, as when creating
the archive.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.archive import STRONG_ENOUGH, passphrase_strength
from desktop.plainerrors import plain_error_message
from desktop.ui.tasks import Task

__all__ = ["AddHereDialog", "JoinDialog", "qr_image"]

log = logging.getLogger(__name__)



def qr_image(text: str, scale: int = 6) -> QImage:
    """``text`` as a QR code (black on white, with its quiet zone)."""
    import zxingcpp

    barcode = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode)
    pixels = memoryview(barcode.to_image(scale=scale, add_quiet_zones=True))  # 8-bit gray
    height, width = pixels.shape
    return QImage(pixels.tobytes(), width, height, width, QImage.Format.Format_Grayscale8).copy()


def _fit_height(dialog: QDialog) -> None:
    """Grow to show the whole strength advice (its text changes as the person types)."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    # Wrapped labels need their height for the dialog's width, which sizeHint() ignores.
    wanted = (layout.totalHeightForWidth(dialog.width()) if layout.hasHeightForWidth()
              else dialog.sizeHint().height())
    if dialog.height() < wanted:
        dialog.resize(dialog.width(), wanted)


class _PassphraseForm(QWidget):
    """A name, a new passphrase typed twice and its strength; ``ready`` when usable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Repeat the passphrase"))
        self.strength = QLabel()
        self.strength.setWordWrap(True)
        self.anyway = QCheckBox(self.tr("Use this weak passphrase anyway"))
        self.anyway.setVisible(False)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.tr("Repeat:"), self.repeat)
        form.addRow("", self.strength)
        form.addRow("", self.anyway)

    def check(self) -> bool:
        """Update the strength text; True when the name and passphrase may be used."""
        text = self.passphrase.text()
        strength = passphrase_strength(text, [self.name.text()])
        weak = bool(text) and strength.score < STRONG_ENOUGH
        self.anyway.setVisible(weak)
        translate = QCoreApplication.translate
        if self.repeat.text() and self.repeat.text() != text:
            self.strength.setText(self.tr("The two passphrases differ."))
        elif text:
            lines = [self.tr("Strength: {words}").format(words=strength.label.render(translate))]
            if weak:
                lines.append(strength.advice.render(translate))
            self.strength.setText("\n".join(lines))
        else:
            self.strength.setText(self.tr("Each person has their own passphrase; nobody else needs "
                                      "to know it."))
        return (bool(self.name.text().strip()) and bool(text) and text == self.repeat.text()
                and (not weak or self.anyway.isChecked()))

    def take_passphrase(self) -> str:
        text = self.passphrase.text()
        self.clear_secrets()
        return text

    def clear_secrets(self) -> None:
        self.passphrase.clear()
        self.repeat.clear()


class AddHereDialog(QDialog):
    """The new member, at this PC, types their name and their own passphrase. Read
    :attr:`form` (``take_passphrase``) and :attr:`organiser` after ``accept``."""

    def __init__(self, may_appoint: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add someone at this PC"))
        intro = QLabel(self.tr("Hand the keyboard to the new member: they type their name and a "
                           "passphrase of their own. They can open the archive with it right "
                           "away."))
        intro.setWordWrap(True)
        self.form = _PassphraseForm()
        self.organiser = QCheckBox(self.tr("Make them an organiser (they can let members in and "
                                       "remove them)"))
        self.organiser.setVisible(may_appoint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = self.buttons.addButton(self.tr("Add"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.organiser)
        layout.addWidget(self.buttons)
        for edit in (self.form.name, self.form.passphrase, self.form.repeat):
            edit.textChanged.connect(self._update)
        self.form.anyway.toggled.connect(self._update)
        self._update()
        self.resize(max(self.sizeHint().width(), 480), self.sizeHint().height())

    def _update(self) -> None:
        self.add_button.setEnabled(self.form.check())
        _fit_height(self)

    def done(self, result: int) -> None:
        super().done(result)
        if result != QDialog.DialogCode.Accepted:
            self.form.clear_secrets()


class JoinDialog(QDialog):
    """Ask to join the archive in ``folder`` from this PC: name and own passphrase, then the
    invitation code (copyable text and a QR code) to send to an organiser."""

    def __init__(self, folder: Path, pool: Any, data_dir: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ask to join this family archive"))
        self._folder, self._pool, self._data_dir = folder, pool, data_dir
        self._task: Task | None = None
        self.invitation: Any = None
        self.intro = QLabel(self.tr("Type your name and a passphrase of your own. ShopSafe makes "
                                "your keys and an invitation code; send the code to someone "
                                "in the family who organises the archive."))
        self.intro.setWordWrap(True)
        self.form = _PassphraseForm()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setReadOnly(True)
        self.code.setAccessibleName(self.tr("Invitation code"))
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.code.text()))
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setAccessibleName(self.tr("Invitation code as a QR code"))
        self.after = QLabel()
        self.after.setWordWrap(True)
        code_row = QHBoxLayout()
        code_row.addWidget(self.code, 1)
        code_row.addWidget(self.copy_button)
        self.result = QWidget()
        result_layout = QVBoxLayout(self.result)
        result_layout.setContentsMargins(0, 0, 0, 0)
        result_layout.addLayout(code_row)
        result_layout.addWidget(self.qr)
        result_layout.addWidget(self.after)
        self.result.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.ask_button = self.buttons.addButton(self.tr("Ask to join"),
                                                 QDialogButtonBox.ButtonRole.ActionRole)
        self.ask_button.clicked.connect(self._on_ask_button_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.result)
        layout.addWidget(self.buttons)
        for edit in (self.form.name, self.form.passphrase, self.form.repeat):
            edit.textChanged.connect(self._update)
        self.form.anyway.toggled.connect(self._update)
        self._update()
        self.resize(max(self.sizeHint().width(), 500), self.sizeHint().height())

    def _update(self) -> None:
        self.ask_button.setEnabled(self.form.check() and self._task is None
                                   and self.invitation is None)
        _fit_height(self)

    def _on_ask_button_clicked(self) -> None:
        from desktop.archive import invite

        name, passphrase = self.form.name.text().strip(), self.form.take_passphrase()
        folder, data_dir = self._folder, self._data_dir
        self.error.setText(self.tr("Making your keys…"))
        self._task = (Task(lambda: invite(folder, passphrase, name=name, data_dir=data_dir))
                      .on_success(self._on_invited).on_failure(self._on_failed))
        self._task.on_finished(self._on_finished)
        self._update()
        self._task.start(self._pool)

    def _on_finished(self) -> None:
        self._task = None
        self._update()

    def _on_invited(self, invitation: Any) -> None:
        self.invitation = invitation
        self.error.clear()
        self.form.setVisible(False)
        self.intro.setText(self.tr("Send this invitation code to someone in the family who "
                               "organises the archive, for example in a chat, or let them "
                               "scan the QR code. It holds no secret."))
        self.code.setText(invitation.code)
        # The whole code visible: people read it, or check what they pasted, by eye.
        self.code.setMinimumWidth(self.code.fontMetrics().horizontalAdvance(invitation.code) + 24)
        self.qr.setPixmap(QPixmap.fromImage(qr_image(invitation.code, 5)))
        self.after.setText(self.tr("Your fingerprint is {fingerprint}. They may ask you to read it "
                               "out before letting you in. After that, unlock the archive with "
                               "your passphrase.").format(fingerprint=invitation.fingerprint))
        self.result.setVisible(True)
        self.ask_button.setVisible(False)
        self.resize(max(self.width(), self.sizeHint().width()), self.sizeHint().height())

    def _on_failed(self, error: BaseException) -> None:
        log.warning("asking to join failed: %s", type(error).__name__, exc_info=error)
        self.error.setText(plain_error_message(error, self._folder).render(
            QCoreApplication.translate))

    def done(self, result: int) -> None:
        super().done(result)
        self.form.clear_secrets()
