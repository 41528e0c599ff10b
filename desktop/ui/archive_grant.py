"""Letting someone in who asked from their own PC: paste their invitation code, compare the
fingerprint they read out with the one shown, then grant (on the archive's writer thread)."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.plainerrors import plain_error_message

__all__ = ["GrantDialog"]

log = logging.getLogger(__name__)


class GrantDialog(QDialog):
    """Paste the invitation code; compare the fingerprint with the one the joiner sees;
    then let them in."""

    granted = Signal(str)  # the name let in

    def __init__(self, writer: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.writer = writer
        self.request: Any = None
        self._code = ""
        self.setWindowTitle(self.tr("Let someone in"))
        intro = QLabel(self.tr("Paste the invitation code they sent you (it starts with "
                           "SHOPSAFE-JOIN)."))
        intro.setWordWrap(True)
        self.code = QPlainTextEdit()
        self.code.setAccessibleName(self.tr("Invitation code"))
        self.code.setMaximumHeight(self.fontMetrics().height() * 4)
        self.check_button = QPushButton(self.tr("Check the code"))
        self.compare = QLabel()
        self.compare.setWordWrap(True)
        self.fingerprint = QLabel()
        font = self.fingerprint.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.fingerprint.setFont(font)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.grant_button = self.buttons.addButton(self.tr("It matches: let them in"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.grant_button.setEnabled(False)
        self.buttons.rejected.connect(self.reject)
        self.grant_button.clicked.connect(self._on_grant_button_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.code)
        layout.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.compare)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.buttons)
        self.check_button.clicked.connect(self._on_check_button_clicked)
        self.code.textChanged.connect(self._on_code_text_changed)
        self.resize(520, self.sizeHint().height())

    def _on_code_text_changed(self) -> None:
        self.request = None
        self.grant_button.setEnabled(False)
        self.fingerprint.clear()

    def _on_check_button_clicked(self) -> None:
        from desktop.archive import parse_invitation

        text = self._code = self.code.toPlainText()
        op = self.writer.op(lambda s: s.check_invitation(parse_invitation(text)))
        op.on_success(self._on_checked).on_failure(self._on_failed).start()

    def _on_checked(self, member: Any) -> None:
        self.request = member
        name = member.name or member.member
        self.compare.setText(self.tr("{name} asks to join. Ask {name} to read out the fingerprint "
                                 "on their screen (by phone or in person). Let them in only if "
                                 "it is exactly this:").format(name=name))
        self.fingerprint.setText(member.fingerprint)
        self.grant_button.setEnabled(True)

    def _on_failed(self, error: BaseException) -> None:
        from desktop.archive import ItemNotFound

        log.warning("checking an invitation failed: %s", type(error).__name__, exc_info=error)
        if isinstance(error, ItemNotFound):
            self.compare.setText(self.tr("Their request has not arrived in this archive folder "
                                         "yet. Wait until the folder has synced, then check "
                                         "again."))
        else:
            self.compare.setText(plain_error_message(error).render(QCoreApplication.translate))
        self.fingerprint.clear()
        self.grant_button.setEnabled(False)

    def _on_grant_button_clicked(self) -> None:
        member = self.request
        if member is None:
            return
        self.grant_button.setEnabled(False)
        name = member.name or member.member
        def let_in(session: Any) -> None:
            # Checked again right before: the request file may have changed since, and the
            # check reads the newest roster the grant builds on.
            from desktop.archive import parse_invitation

            checked = session.check_invitation(parse_invitation(self._code))
            session.grant(checked.member, member.fingerprint)

        op = self.writer.op(let_in)
        op.on_success(lambda _r: (self.granted.emit(name), self.accept()))
        op.on_failure(self._on_failed).start()
