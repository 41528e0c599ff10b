"""First use of the archive: choose a folder and a passphrase; then show the recovery key once."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, Qt
from PySide6.QtGui import QGuiApplication, QPageLayout, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.archive import STRONG_ENOUGH, passphrase_strength
from desktop.ui.style import set_muted

__all__ = ["CreateArchiveDialog", "RecoveryKeyDialog"]



class CreateArchiveDialog(QDialog):
    """Folder (default in the data folder, or one the user picks, e.g. in a synced folder) and
    a passphrase with a live zxcvbn estimate; a weak one needs "use it anyway". Read
    :meth:`folder` and :meth:`take_passphrase` (which clears the fields) after ``accept``."""

    def __init__(self, default_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ArchiveCreate", "Create your archive"))
        self.folder_edit = QLineEdit(str(default_folder))
        self.folder_edit.setAccessibleName(QCoreApplication.translate(
            "ArchiveCreate", "Archive folder"))
        browse = QPushButton(QCoreApplication.translate("ArchiveCreate", "Choose…"))
        browse.clicked.connect(self._on_browse_clicked)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        folder_hint = QLabel(QCoreApplication.translate(
            "ArchiveCreate", "To share it with your family, choose a folder inside a synced "
                                 "folder (Syncthing, Nextcloud, Dropbox, OneDrive)."))
        folder_hint.setWordWrap(True)
        set_muted(folder_hint)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(QCoreApplication.translate("ArchiveCreate", "Passphrase"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(QCoreApplication.translate(
            "ArchiveCreate", "Repeat the passphrase"))
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.strength_label = QLabel()
        self.strength_label.setWordWrap(True)
        self.anyway = QCheckBox(QCoreApplication.translate(
            "ArchiveCreate", "Use this weak passphrase anyway"))
        self.anyway.setVisible(False)
        self.warning = QLabel(QCoreApplication.translate(
            "ArchiveCreate", "ShopSafe cannot reset your passphrase. Without the passphrase "
                                  "and the recovery key, nothing in the archive can be recovered."))
        self.warning.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(QCoreApplication.translate(
            "ArchiveCreate", "Create archive"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(QCoreApplication.translate("ArchiveCreate", "Folder:"), folder_row)
        form.addRow("", folder_hint)
        form.addRow(QCoreApplication.translate("ArchiveCreate", "Passphrase:"), self.passphrase)
        form.addRow(QCoreApplication.translate("ArchiveCreate", "Repeat:"), self.repeat)
        form.addRow("", self.meter)
        form.addRow("", self.strength_label)
        form.addRow("", self.anyway)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)
        for signal in (self.passphrase.textChanged, self.repeat.textChanged,
                       self.folder_edit.textChanged, self.anyway.toggled):
            signal.connect(self._update)
        self._update()
        self.resize(max(self.sizeHint().width(), 520), self.sizeHint().height())

    def _on_browse_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, QCoreApplication.translate("ArchiveCreate", "Choose a folder for the archive"))
        if chosen:
            self.folder_edit.setText(str(Path(chosen) / "Archive.shopsafe"))

    def _update(self) -> None:
        text = self.passphrase.text()
        strength = passphrase_strength(text, [Path(self.folder_edit.text()).name])
        self.meter.setValue(strength.score if text else 0)
        translate = QCoreApplication.translate
        lines = [QCoreApplication.translate("ArchiveCreate", "Strength: {words}").format(
            words=strength.label.render(translate))] if text else []
        if strength.reason is not None and text:
            lines.append(strength.reason.render(translate))
        if strength.weak or not text:
            lines.append(strength.advice.render(translate))
        self.strength_label.setText("\n".join(lines))
        weak = bool(text) and strength.score < STRONG_ENOUGH
        self.anyway.setVisible(weak)
        problem = ""
        if self.repeat.text() and self.repeat.text() != text:
            problem = QCoreApplication.translate("ArchiveCreate", "The two passphrases differ.")
        self.create_button.setEnabled(
            bool(text) and text == self.repeat.text() and bool(self.folder_edit.text().strip())
            and (not weak or self.anyway.isChecked()))
        self.create_button.setToolTip(problem)
        if problem:
            self.strength_label.setText(problem)

    def folder(self) -> Path:
        return Path(self.folder_edit.text().strip()).expanduser()

    def take_passphrase(self) -> str:
        """The passphrase, once; both fields are cleared so it does not linger in widgets."""
        text = self.passphrase.text()
        self.passphrase.clear()
        self.repeat.clear()
        return text

    def done(self, result: int) -> None:  # accept, Cancel, Escape and closing all end here
        super().done(result)
        if result != QDialog.DialogCode.Accepted:
            # Cancelled: the passphrase must not linger in the widgets (accepted: the page
            # takes it with take_passphrase()).
            self.passphrase.clear()
            self.repeat.clear()


class RecoveryKeyDialog(QDialog):
    """The recovery key, shown once, with Print, Save and Copy and a plain warning."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ArchiveCreate", "Your recovery key"))
        self._key = key
        intro = QLabel(QCoreApplication.translate(
            "ArchiveCreate", "This key opens your archive if you forget the passphrase. It is "
                           "shown only now. Print it or write it down and keep it somewhere "
                           "safe, away from this computer."))
        intro.setWordWrap(True)
        self.key_label = QLabel(key)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.key_label.font()
        font.setFamily("monospace")
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.key_label.setFont(font)
        self.key_label.setWordWrap(True)
        warning = QLabel(QCoreApplication.translate(
            "ArchiveCreate", "Without your passphrase and this recovery key, nothing in the "
                             "archive can be recovered — not by ShopSafe, not by anyone."))
        warning.setWordWrap(True)
        bold = warning.font()
        bold.setBold(True)
        warning.setFont(bold)
        buttons = QDialogButtonBox()
        self.print_button = buttons.addButton(QCoreApplication.translate(
            "ArchiveCreate", "Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = buttons.addButton(QCoreApplication.translate(
            "ArchiveCreate", "Save…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button = buttons.addButton(QCoreApplication.translate(
            "ArchiveCreate", "Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        self.done_button = buttons.addButton(QCoreApplication.translate(
            "ArchiveCreate", "I have kept it safe"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        for widget in (intro, self.key_label, warning, buttons):
            layout.addWidget(widget)

    def _document(self) -> QTextDocument:
        document = QTextDocument()
        document.setPlainText("\n\n".join([
            QCoreApplication.translate("ArchiveCreate", "ShopSafe archive recovery key"), self._key,
            QCoreApplication.translate("ArchiveCreate", "Without your passphrase and this recovery key, nothing in the archive can be "
                "recovered — not by ShopSafe, not by anyone.")]))
        return document

    def _on_print_clicked(self) -> None:
        try:
            from PySide6.QtPrintSupport import QPrintDialog, QPrinter
        except ImportError:  # printing support not installed: saving still works
            QMessageBox.information(self, self.windowTitle(),
                                    QCoreApplication.translate("ArchiveCreate", "Printing is not available here; save the key instead."))
            return
        printer = QPrinter()
        printer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            self._document().print_(printer)

    def _on_save_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("ArchiveCreate", "Save the recovery key"),
                                              "shopsafe-recovery-key.txt")
        if path:
            try:
                self.save_to(Path(path))
            except OSError as error:
                logging.getLogger(__name__).warning("saving the recovery key failed: %s",
                                                    type(error).__name__)
                from desktop.plainerrors import file_error_message
                from desktop.ui.errors import show_error_message

                show_error_message(file_error_message(error, Path(path).parent).render(
                    QCoreApplication.translate), self)

    def save_to(self, path: Path) -> None:
        """Write the key to a new file readable only by the user."""
        import os

        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            # The mode above only applies to a new file: an existing one keeps its own.
            if hasattr(os, "fchmod"):  # not on Windows, where the mode means little anyway
                os.fchmod(fd, 0o600)
            handle.write(self._document().toPlainText() + "\n")

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self._key)
