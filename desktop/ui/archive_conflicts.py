"""Reviewing edits made on two computers at once (issue 12).

When two members change the same field of the same order before their PCs synced, the archive
shows one value and flags the field (:mod:`desktop.archive.conflicts`). :class:`ConflictReview`
lists every flagged field with each version, who wrote it and when, and lets the user keep one
or type the right value; either way one signed record settles it on every PC. Reading the list
runs in the pool and the resolution on the archive's writer thread.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QLocale, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.archive import ORDER_STATUSES
from desktop.text import N_
from desktop.ui.archive_ops import ArchiveWriter
from desktop.ui.tasks import Task

__all__ = ["ConflictReview", "describe_value", "field_label"]

_FIELDS = {
    "title": N_("ArchiveConflicts", "Title"), "seller": N_("ArchiveConflicts", "Seller"),
    "link": N_("ArchiveConflicts", "Link"), "date": N_("ArchiveConflicts", "Date"),
    "total": N_("ArchiveConflicts", "Total"), "status": N_("ArchiveConflicts", "Status"),
    "notes": N_("ArchiveConflicts", "Notes"), "deleted": N_("ArchiveConflicts", "Deleted"),
    "name": N_("ArchiveConflicts", "Name"), "text": N_("ArchiveConflicts", "Text"),
    "summary": N_("ArchiveConflicts", "Summary"), "verdict": N_("ArchiveConflicts", "Verdict"),
    "reason": N_("ArchiveConflicts", "Reason"),
}
# Fields whose values are codes (a status, a flag) are chosen among the versions, not typed.
_CHOICE_ONLY = frozenset({"status", "deleted", "verdict"})
_TYPES = {
    "order": N_("ArchiveConflicts", "Order"), "seller": N_("ArchiveConflicts", "Seller"),
    "note": N_("ArchiveConflicts", "Note"), "attachment": N_("ArchiveConflicts", "File"),
    "report": N_("ArchiveConflicts", "Check report"),
    "cost": N_("ArchiveConflicts", "Cost breakdown"),
}


def _tr(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def field_label(name: str) -> str:
    """The translated name of a field as the order form shows it (the raw name otherwise)."""
    label = _FIELDS.get(name)
    return label.render(_tr) if label else name


def type_label(kind: str) -> str:
    label = _TYPES.get(kind)
    return label.render(_tr) if label else kind


def describe_value(field: str, value: Any) -> str:
    """A version's value as a person reads it (status names translated, booleans in words)."""
    if field == "status":
        for code, label in ORDER_STATUSES:
            if code == value:
                return label.render(_tr)
    if field == "deleted" or isinstance(value, bool):
        return (QCoreApplication.translate("ArchiveConflicts", "Deleted") if value
                else QCoreApplication.translate("ArchiveConflicts", "Kept (not deleted)"))
    if value is None or value == "" or value == []:
        return QCoreApplication.translate("ArchiveConflicts", "(empty)")
    if isinstance(value, str):
        return value
    if field == "verdict" and isinstance(value, dict):  # a seller-book mark
        from desktop.archive.sellers import VERDICT_LABELS

        label = VERDICT_LABELS.get(value.get("verdict"))
        text = label.render(_tr).capitalize() if label else str(value.get("verdict", ""))
        reason = value.get("reason")
        return f"{text}: {reason}" if isinstance(reason, str) and reason else text
    if isinstance(value, list) and all(isinstance(v, (str, int)) for v in value):
        return ", ".join(str(v) for v in value)
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text if len(text) <= 300 else text[:299] + "…"


def _when(at: str) -> str:
    moment = QDateTime.fromString(at, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return at
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


def _who(version: Any) -> str:
    return version.author_name or QCoreApplication.translate(
        "ArchiveConflicts", "a member ({id})").format(id=version.author[:8])


class _VersionCard(QFrame):
    """One version: its value, who wrote it and when, and the button that keeps it."""

    def __init__(self, conflict: Any, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        version = conflict.versions[index]
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel(describe_value(conflict.field, version.value))
        self.value.setWordWrap(True)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.value.setFont(font)
        self.byline = QLabel(QCoreApplication.translate(
            "ArchiveConflicts", "Written by {who} on {when}").format(who=_who(version),
                                                                     when=_when(version.at)))
        self.byline.setWordWrap(True)
        self.shown = QLabel(QCoreApplication.translate("ArchiveConflicts", "Shown now")
                            if index == 0 else "")
        self.shown.setVisible(index == 0)
        self.keep = QPushButton(QCoreApplication.translate("ArchiveConflicts",
                                                           "Keep this version"))
        self.keep.setAccessibleName(QCoreApplication.translate(
            "ArchiveConflicts", "Keep the version by {who}").format(who=_who(version)))
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.byline)
        row = QHBoxLayout()
        row.addWidget(self.shown)
        row.addStretch(1)
        row.addWidget(self.keep)
        layout.addLayout(row)


class ConflictReview(QDialog):
    """The list of fields edited on two computers at once; see the module docstring.

    ``resolved`` is emitted (on the GUI thread) after a resolution was written."""

    resolved = Signal()
    counted = Signal(int)

    def __init__(self, writer: ArchiveWriter, pool: QThreadPool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.writer = writer
        self.pool = pool
        self.conflicts: list[Any] = []
        self.cards: list[_VersionCard] = []
        self._tasks: set[Task] = set()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.currentRowChanged.connect(self._show_conflict)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        heading_font = self.heading.font()
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.cards_box = QWidget()
        self.cards_layout = QVBoxLayout(self.cards_box)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        self.edit_label = QLabel()
        self.edit = QLineEdit()
        self.edit_label.setBuddy(self.edit)
        self.save_edit = QPushButton()
        self.save_edit.clicked.connect(self._on_save_edit_clicked)
        self.edit.returnPressed.connect(self._on_save_edit_clicked)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.cards_box)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.edit, 1)
        edit_row.addWidget(self.save_edit)
        right_layout.addWidget(self.edit_label)
        right_layout.addLayout(edit_row)
        right_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(right)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([300, 600])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._retranslate()
        self._show_conflict(-1)

    def _retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("ArchiveConflicts",
                                                       "Edits made on two computers at once"))
        self.intro.setText(QCoreApplication.translate("ArchiveConflicts", 
            "These fields were changed on two computers before they synced. ShopSafe shows one "
            "version for now and keeps the other. Choose the right one, or type it; everyone "
            "in the family sees your choice."))
        self.list.setAccessibleName(QCoreApplication.translate("ArchiveConflicts",
                                                               "Edits to review"))
        self.edit_label.setText(QCoreApplication.translate("ArchiveConflicts",
                                                           "Or type the right value:"))
        self.save_edit.setText(QCoreApplication.translate("ArchiveConflicts", "Save this value"))
        self.empty.setText(QCoreApplication.translate(
            "ArchiveConflicts", "Nothing to review: every edit has been settled."))
        if self.conflicts:
            self._fill(self.conflicts)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # -- loading ------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the conflicts again in the pool (the session of the writer)."""
        session = self.writer.session
        if session is None:
            self._fill([])
            return
        task = Task(session.conflicts).on_success(self._fill).on_failure(self._on_load_failed)
        self._keep(task)
        task.start(self.pool)

    def _on_load_failed(self, _error: BaseException) -> None:
        self._fill([])  # locked meanwhile: nothing to show

    def _fill(self, conflicts: list[Any]) -> None:
        keep = self._current_key()
        self.conflicts = list(conflicts)
        self.list.blockSignals(True)
        self.list.clear()
        for conflict in self.conflicts:
            label = conflict.label or type_label(conflict.type)
            item = QListWidgetItem(QCoreApplication.translate(
                "ArchiveConflicts", "{item} — {field}").format(item=label,
                                                               field=field_label(conflict.field)))
            item.setToolTip(", ".join(_who(v) for v in conflict.versions))
            self.list.addItem(item)
        self.list.blockSignals(False)
        keys = [c.key for c in self.conflicts]
        row = keys.index(keep) if keep in keys else (0 if keys else -1)
        self.list.setCurrentRow(row)
        self._show_conflict(row)
        self.splitter.setVisible(bool(self.conflicts))
        self.empty.setVisible(not self.conflicts)
        self.counted.emit(len(self.conflicts))

    def _current_key(self) -> tuple[str, str] | None:
        row = self.list.currentRow()
        return self.conflicts[row].key if 0 <= row < len(self.conflicts) else None

    def _show_conflict(self, row: int) -> None:
        for card in self.cards:  # never reparented to None: it would become a window
            self.cards_layout.removeWidget(card)
            card.hide()
            card.deleteLater()
        self.cards = []
        conflict = self.conflicts[row] if 0 <= row < len(self.conflicts) else None
        typed = conflict is not None and conflict.field not in _CHOICE_ONLY \
            and isinstance(conflict.shown.value, str)
        for widget in (self.edit, self.save_edit, self.edit_label):
            widget.setVisible(typed)
        if conflict is None:
            self.heading.clear()
            return
        label = conflict.label or type_label(conflict.type)
        count = len(conflict.versions)
        title = self.tr("{kind} “{item}”: %n versions", "", count)  # numerus for lupdate
        field = QCoreApplication.translate("ArchiveConflicts", "Field: {field}")
        self.heading.setText(title.format(kind=type_label(conflict.type), item=label) + "\n"
                             + field.format(field=field_label(conflict.field)))
        for index, version in enumerate(conflict.versions):
            card = _VersionCard(conflict, index, self.cards_box)
            card.keep.clicked.connect(
                lambda _checked=False, c=conflict, v=version.value: self.resolve(c, v))
            self.cards_layout.addWidget(card)
            self.cards.append(card)
        if typed:
            self.edit.setText(conflict.shown.value)

    # -- resolving ----------------------------------------------------------------------------

    def _on_save_edit_clicked(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.conflicts):
            self.resolve(self.conflicts[row], self.edit.text().strip())

    def resolve(self, conflict: Any, value: Any) -> None:
        """Write the resolution on the writer thread, then read the list again."""
        if self.writer.session is None:
            return
        for card in self.cards:
            card.keep.setEnabled(False)
        self.save_edit.setEnabled(False)
        self.status.setText(QCoreApplication.translate("ArchiveConflicts", "Saving…"))
        op = (self.writer.op(lambda s: s.resolve_conflict(conflict, value))
              .on_success(self._on_resolved).on_failure(self._on_resolve_failed))
        self._keep(op)
        op.start()

    def _on_resolved(self, _result: Any) -> None:
        self.save_edit.setEnabled(True)
        self.status.setText(QCoreApplication.translate(
            "ArchiveConflicts", "Saved. Everyone in the family will see this version."))
        self.resolved.emit()
        self.reload()

    def _on_resolve_failed(self, error: BaseException) -> None:
        from desktop.plainerrors import plain_error_message

        self.save_edit.setEnabled(True)
        for card in self.cards:
            card.keep.setEnabled(True)
        self.status.setText(plain_error_message(error).render(QCoreApplication.translate))

    def _keep(self, task: Task) -> None:
        self._tasks.add(task)
        task.on_finished(lambda: self._tasks.discard(task))
