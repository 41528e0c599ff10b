"""The findings of a check, grouped by category: a tree model and the view with its detail pane.

:class:`FindingsModel` is a two-level ``QAbstractItemModel``: categories in display order (only
those that have findings), their findings below, most serious first. Findings arrive one at a
time while a check runs (:meth:`FindingsModel.add_finding`) and rows are inserted, never reset,
so the user's selection and expanded groups survive. Texts are rendered at ``data()`` time, so a
language change only needs :meth:`FindingsModel.retranslate`.

:class:`FindingsView` shows the tree beside a detail pane with the explanation, what to do and
the evidence; links in the evidence open in the system browser.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QSplitter, QTextBrowser, QTreeView, QWidget

from desktop.checks.export import value_html
from desktop.checks.labels import evidence_items
from desktop.checks.model import Category, Finding, Status
from desktop.checks.summary import CATEGORY_NAMES, STATUS_NAMES
from desktop.i18n import qt_translate
from desktop.ui.check_icons import status_icon

__all__ = ["FINDING_ROLE", "STATUS_ROLE", "FindingsModel", "FindingsView", "finding_html"]

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2

_ORDER = {category: i for i, category in enumerate(Category)}
_NO_PARENT = 0  # internal id of category rows; a finding's is its category row + 1

Index = QModelIndex | QPersistentModelIndex


class FindingsModel(QAbstractItemModel):
    """Categories → findings. Rows are immutable :class:`Finding` objects; one column."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._categories: list[Category] = []
        self._rows: dict[Category, list[Finding]] = {}

    # --- changing ------------------------------------------------------------------------------

    def clear(self) -> None:
        self.beginResetModel()
        self._categories = []
        self._rows = {}
        self.endResetModel()

    def set_findings(self, findings: Iterable[Finding]) -> None:
        """Replace everything (used for a finished report and for a report from history)."""
        self.beginResetModel()
        self._categories, self._rows = [], {}
        for finding in findings:
            rows = self._rows.setdefault(finding.category, [])
            rows.insert(self._position(rows, finding), finding)
        self._categories = sorted(self._rows, key=_ORDER.__getitem__)
        self.endResetModel()

    def add_finding(self, finding: Finding) -> QModelIndex:
        """Insert one finding (an identical one already shown is not repeated); return its
        index."""
        for row, other in enumerate(self._rows.get(finding.category, ())):
            if other == finding:
                return self.index(row, 0, self.index(self._categories.index(finding.category), 0))
        category = finding.category
        if category not in self._rows:
            row = sum(1 for c in self._categories if _ORDER[c] < _ORDER[category])
            self.beginInsertRows(QModelIndex(), row, row)
            self._categories.insert(row, category)
            self._rows[category] = []
            self.endInsertRows()
        rows = self._rows[category]
        position = self._position(rows, finding)
        parent = self.index(self._categories.index(category), 0)
        self.beginInsertRows(parent, position, position)
        rows.insert(position, finding)
        self.endInsertRows()
        # The category's icon shows its worst status.
        self.dataChanged.emit(parent, parent, [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.DisplayRole])
        return self.index(position, 0, parent)

    @staticmethod
    def _position(rows: list[Finding], finding: Finding) -> int:
        # Most serious first; equal severity keeps arrival order.
        for i, other in enumerate(rows):
            if other.status.rank < finding.status.rank:
                return i
        return len(rows)

    def retranslate(self) -> None:
        """Tell views that every text changed (after a language switch)."""
        for row, category in enumerate(self._categories):
            parent = self.index(row, 0)
            self.dataChanged.emit(parent, parent)
            if self._rows[category]:
                self.dataChanged.emit(
                    self.index(0, 0, parent), self.index(len(self._rows[category]) - 1, 0, parent)
                )

    # --- reading -------------------------------------------------------------------------------

    def findings(self) -> list[Finding]:
        return [f for c in self._categories for f in self._rows[c]]

    def index_of(self, finding_id: str) -> QModelIndex:
        for crow, category in enumerate(self._categories):
            for frow, finding in enumerate(self._rows[category]):
                if finding.id == finding_id:
                    return self.index(frow, 0, self.index(crow, 0))
        return QModelIndex()

    # --- QAbstractItemModel ----------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row >= len(self._categories):
                return QModelIndex()
            return self.createIndex(row, 0, _NO_PARENT)
        if parent.internalId() != _NO_PARENT or parent.row() >= len(self._categories):
            return QModelIndex()
        if row >= len(self._rows[self._categories[parent.row()]]):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _NO_PARENT)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._categories)
        if parent.internalId() == _NO_PARENT and parent.column() == 0:
            return len(self._rows[self._categories[parent.row()]])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if section == 0 and orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("CheckPage", "What was checked")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == _NO_PARENT:
            category = self._categories[index.row()]
            rows = self._rows[category]
            worst = max((f.status for f in rows), key=lambda s: s.rank, default=Status.INFO)
            if role == Qt.ItemDataRole.DisplayRole:
                return CATEGORY_NAMES[category].render(qt_translate)
            if role == Qt.ItemDataRole.DecorationRole:
                return status_icon(worst)
            if role == STATUS_ROLE:
                return worst.value
            return None
        finding = self._rows[self._categories[index.internalId() - 1]][index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return finding.title.render(qt_translate)
        if role == Qt.ItemDataRole.DecorationRole:
            return status_icon(finding.status)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return "{status}: {detail}".format(
                status=STATUS_NAMES[finding.status].render(qt_translate),
                detail=finding.detail.render(qt_translate),
            )
        if role == FINDING_ROLE:
            return finding
        if role == STATUS_ROLE:
            return finding.status.value
        return None


def finding_html(finding: Finding) -> str:
    """The detail pane's text for one finding, translated and escaped."""
    translate = qt_translate
    esc = html.escape
    parts = [
        f"<h3>{esc(finding.title.render(translate))}</h3>",
        f"<p><b>{esc(STATUS_NAMES[finding.status].render(translate))}.</b> {esc(finding.detail.render(translate))}</p>",
    ]
    if finding.advice is not None:
        label = QCoreApplication.translate("CheckPage", "What to do:")
        parts.append(f"<p><b>{esc(label)}</b> {esc(finding.advice.render(translate))}</p>")
    items = evidence_items(finding.evidence, translate)
    if items:
        seen = QCoreApplication.translate("CheckPage", "Seen:")
        parts.append(f"<p><b>{esc(seen)}</b></p><table>")
        for label, value in items:
            parts.append(f"<tr><td><i>{esc(label)}</i>&nbsp;&nbsp;</td><td>{value_html(value, translate)}</td></tr>")
        parts.append("</table>")
    return "".join(parts)


class FindingsView(QSplitter):
    """The findings tree with the selected finding's explanation beside it.

    ``finding_selected(object)`` carries the :class:`Finding` (or ``None``). Links in the detail
    pane open in the system browser (``QDesktopServices``), never inside ShopSafe.
    """

    finding_selected = Signal(object)

    def __init__(self, model: FindingsModel, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setChildrenCollapsible(False)
        self.model = model
        self.tree = QTreeView(self)
        self.tree.setObjectName("findingsTree")
        self.tree.setModel(model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.detail = QTextBrowser(self)
        self.detail.setObjectName("findingDetail")
        self.detail.setOpenExternalLinks(True)
        self.detail.setOpenLinks(True)
        # Tab walks the links in the explanation (Enter opens one), then leaves the pane.
        self.addWidget(self.tree)
        self.addWidget(self.detail)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        model.rowsInserted.connect(self._on_model_rows_inserted)
        model.modelReset.connect(self._on_model_reset)
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current_changed)
        self._retranslate()

    def _retranslate(self) -> None:
        self.tree.setAccessibleName(QCoreApplication.translate("CheckPage", "Findings"))
        self.detail.setAccessibleName(QCoreApplication.translate("CheckPage", "Explanation"))
        self.detail.setPlaceholderText(
            QCoreApplication.translate("CheckPage", "Select a finding to read what it means and what to do.")
        )

    def retranslate(self) -> None:
        self._retranslate()
        self.model.retranslate()
        self._show(self.current_finding())

    def current_finding(self) -> Finding | None:
        index = self.tree.currentIndex()
        return index.data(FINDING_ROLE) if index.isValid() else None

    def select_finding(self, finding_id: str) -> bool:
        index = self.model.index_of(finding_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
        return index.isValid()

    def _show(self, finding: Finding | None) -> None:
        self.detail.setHtml(finding_html(finding) if finding is not None else "")

    def _on_tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        finding = current.data(FINDING_ROLE) if current.isValid() else None
        if finding is None and current.isValid():
            return  # a category row: keep the last explanation
        self._show(finding)
        self.finding_selected.emit(finding)

    def _on_model_rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        if not parent.isValid():
            for row in range(first, last + 1):
                self.tree.expand(self.model.index(row, 0))

    def _on_model_reset(self) -> None:
        self.tree.expandAll()
        self._show(None)
