"""The family's members, from the Archive page: who they are, their role, whether they have
access; add someone at this PC, let someone in with their invitation code, make an
organiser, remove someone (a new key generation; they keep what they already had).

Every read and write of the member files runs on the archive's writer thread
(:class:`~desktop.ui.archive_ops.ArchiveWriter`); the dialog only shows results.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.plainerrors import plain_error_message
from desktop.text import N_
from desktop.ui.archive_grant import GrantDialog
from desktop.ui.archive_join import AddHereDialog

__all__ = ["MembersDialog", "MembersModel", "REMOVAL_CONSEQUENCE"]

log = logging.getLogger(__name__)

ROLES = {
    "founder": N_("ArchiveMembers", "Founder"),
    "organiser": N_("ArchiveMembers", "Organiser"),
    "member": N_("ArchiveMembers", "Member"),
    "recovery": N_("ArchiveMembers", "Recovery key"),
    "pending": N_("ArchiveMembers", "Asked to join"),
    "removed": N_("ArchiveMembers", "Removed"),
}
REMOVAL_CONSEQUENCE = N_(
    "ArchiveMembers",
    "{name} will no longer be able to open the archive or read anything added from now on. "
    "They keep what they already had: whatever they saw or copied before cannot be taken back.")



class MembersModel(QAbstractTableModel):
    """Rows of :class:`desktop.archive.MemberRow`: name, role, access, fingerprint."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802,B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802,B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < 4:
            return (self.tr("Name"), self.tr("Role"), self.tr("Access"),
                    self.tr("Fingerprint"))[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return row.member
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == 0:
            name = row.name or self.tr("(no name)")
            return self.tr("{name} (you)").format(name=name) if row.you else name
        if column == 1:
            label = ROLES.get(row.role)
            return label.render(QCoreApplication.translate) if label else row.role
        if column == 2:
            return self.tr("Has access") if row.has_access else self.tr("No access")
        return row.fingerprint


class MembersDialog(QDialog):
    """See the module docstring. ``writer`` is the page's ArchiveWriter (its session)."""

    def __init__(self, writer: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.writer = writer
        self.setWindowTitle(self.tr("Family members"))
        self.model = MembersModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Members"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.add_here = QPushButton(self.tr("Add someone at this PC…"))
        self.let_in = QPushButton(self.tr("Let someone in with their code…"))
        self.organiser_button = QPushButton(self.tr("Make organiser"))
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hint = QLabel(self.tr("Organisers let members in and remove them. Make a second "
                              "organiser so that one lost passphrase does not lock the family "
                              "out."))
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_here, self.let_in, self.organiser_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.add_here.clicked.connect(self._on_add_here_clicked)
        self.let_in.clicked.connect(self._on_let_in_clicked)
        self.organiser_button.clicked.connect(self._on_organiser_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update())
        self.add_dialog: AddHereDialog | None = None
        self.grant_dialog: GrantDialog | None = None
        self.confirm: QMessageBox | None = None
        self._busy = 0
        self._update()
        self.resize(720, 420)
        self.refresh()

    # -- state --------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._run(lambda s: s.member_rows(), self._on_rows_read)

    def _on_rows_read(self, rows: list[Any]) -> None:
        current = self.selected()
        self.model.set_rows(rows)
        for row, member in enumerate(rows):
            if current is not None and member.member == current.member:
                self.table.selectRow(row)
        self._update()

    def selected(self) -> Any:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def me(self) -> Any:
        return next((r for r in self.model.rows if r.you), None)

    def _update(self) -> None:
        me, chosen = self.me(), self.selected()
        organises = me is not None and me.organises
        appoints = me is not None and me.role in ("founder", "recovery")
        idle = self._busy == 0
        self.add_here.setEnabled(idle and organises)
        self.let_in.setEnabled(idle and organises)
        movable = chosen is not None and chosen.role in ("member", "organiser") and not chosen.you
        self.organiser_button.setEnabled(idle and appoints and movable)
        demote = chosen is not None and chosen.role == "organiser"
        self.organiser_button.setText(self.tr("Make a plain member") if demote
                                      else self.tr("Make organiser"))
        # Only the founder (or the recovery key) changes who organises, removals included.
        self.remove_button.setEnabled(
            idle and organises and chosen is not None and not chosen.you
            and chosen.role not in ("removed", "founder", "pending")
            and (appoints or chosen.role not in ("organiser", "recovery")))
        if me is not None and not organises and not self.message.text():
            self.message.setText(self.tr("Only organisers can add or remove members."))

    def _run(self, fn: Any, success: Any) -> None:
        self._busy += 1
        self._update()
        op = self.writer.op(fn).on_success(success).on_failure(self._on_failed)
        op.on_finished(self._on_op_finished)
        op.start()

    def _on_op_finished(self) -> None:
        self._busy -= 1
        self._update()

    def _on_failed(self, error: BaseException) -> None:
        log.warning("a members action failed: %s", type(error).__name__, exc_info=error)
        self.message.setText(plain_error_message(error).render(QCoreApplication.translate))

    def _done(self, text: str) -> Any:
        def show(_result: Any) -> None:
            self.message.setText(text)
            self.refresh()
        return show

    # -- actions ------------------------------------------------------------------------------

    def _on_add_here_clicked(self) -> None:
        me = self.me()
        self.add_dialog = AddHereDialog(me is not None and me.role in ("founder", "recovery"),
                                        self)
        self.add_dialog.accepted.connect(self._on_add_dialog_accepted)
        self.add_dialog.open()

    def _on_add_dialog_accepted(self) -> None:
        dialog = self.add_dialog
        assert dialog is not None
        name = dialog.form.name.text().strip()
        passphrase, organiser = dialog.form.take_passphrase(), dialog.organiser.isChecked()
        self.message.setText(self.tr("Making {name}'s keys…").format(name=name))
        self._run(lambda s: s.add_member_here(name, passphrase, organiser=organiser),
                  self._done(self.tr("{name} was added and can now open the archive with "
                                     "their own passphrase.").format(name=name)))

    def _on_let_in_clicked(self) -> None:
        self.grant_dialog = GrantDialog(self.writer, self)
        self.grant_dialog.granted.connect(lambda name: self._done(self.tr(
            "{name} can now open the archive with their own passphrase.").format(name=name))(None))
        chosen = self.selected()
        session = self.writer.session
        if chosen is not None and chosen.role == "pending" and session is not None:
            # Their request is in the folder already: show its fingerprint at once, to be
            # compared with the one they read out (the code would carry the same).
            from desktop.archive import invitation_code

            self.grant_dialog.code.setPlainText(invitation_code(
                session.archive_id, chosen.member, chosen.fingerprint))
            self.grant_dialog.check_button.click()
        self.grant_dialog.open()

    def _on_organiser_button_clicked(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        make = chosen.role != "organiser"
        name = chosen.name or chosen.member
        text = (self.tr("{name} is now an organiser.") if make
                else self.tr("{name} is a member again, not an organiser.")).format(name=name)
        member = chosen.member
        self._run(lambda s: s.set_organiser(member, make), self._done(text))

    def _on_remove_button_clicked(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        name = chosen.name or chosen.member
        self.confirm = QMessageBox(QMessageBox.Icon.Warning, self.tr("Remove {name}?").format(
            name=name), REMOVAL_CONSEQUENCE.render(QCoreApplication.translate).format(name=name),
            QMessageBox.StandardButton.Cancel, self)
        remove = self.confirm.addButton(self.tr("Remove {name}").format(name=name),
                                        QMessageBox.ButtonRole.DestructiveRole)
        self.confirm.setDefaultButton(QMessageBox.StandardButton.Cancel)
        member = chosen.member
        done = self._done(self.tr("{name} was removed. Everything added from now on uses a "
                                  "new key that {name} does not have.").format(name=name))

        def removing(session: Any) -> int:
            session.require_can_remove([member])
            return session.rotate_key(remove=[member])

        def answered(button: Any) -> None:
            if button is remove:
                self._run(removing, done)

        self.confirm.buttonClicked.connect(answered)
        self.confirm.open()

