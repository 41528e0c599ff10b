"""The orders table: a QAbstractTableModel over immutable Order rows that filters and sorts.

Display role: formatted text; :data:`SORT_ROLE`: the raw value (ISO date, amount digits,
file count) so sorting is by value, not by text. Rows are replaced per order id when the
archive writer announces a change, so a 10,000-order list does not reload for one edit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.archive import ORDER_STATUSES, Order

__all__ = ["COLUMNS", "ID_ROLE", "SORT_ROLE", "OrdersModel", "status_label"]

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

COLUMNS = ("date", "title", "seller", "total", "status", "tags", "files", "review")
_DIGITS = re.compile(r"\d+")
_DISPLAY = Qt.ItemDataRole.DisplayRole
_OTHER_ROLES = frozenset({SORT_ROLE, ID_ROLE, Qt.ItemDataRole.ToolTipRole})
_STATUS_RANK = {code: rank for rank, (code, _label) in enumerate(ORDER_STATUSES)}
_Index = QModelIndex | QPersistentModelIndex


def status_label(code: str) -> str:
    for value, label in ORDER_STATUSES:
        if value == code:
            return label.render(QCoreApplication.translate)
    return code


def _amount(total: str) -> int:
    # "Rp 1.250.000" and "1.234,56 €": the digits are enough to order amounts of one currency.
    return int("".join(_DIGITS.findall(total)) or 0)


class OrdersModel(QAbstractTableModel):
    """Orders, one per row, in the order given; :meth:`update` replaces changed rows."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Order] = []
        self._texts: list[tuple[str, ...] | None] = []
        self._row_of: dict[str, int] = {}
        self._all: dict[str, Order] = {}
        self._filters: tuple[Any, ...] = (None, "", "", "", "", "")
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._words: tuple[dict[str, str], str, str] = self._read_words()

    @staticmethod
    def _read_words() -> tuple[dict[str, str], str, str]:
        # Translated once per language, not once per painted row.
        return ({code: label.render(QCoreApplication.translate) for code, label in ORDER_STATUSES},
                QCoreApplication.translate("ArchiveOrders", "(untitled)"),
                QCoreApplication.translate("ArchiveOrders", "Needs review"))

    def _row_texts(self, order: Order) -> tuple[str, ...]:
        """The eight display texts of a row, in :data:`COLUMNS` order, in one call."""
        statuses, untitled, review = self._words
        return (order.date, order.title or untitled, order.seller, order.total,
                statuses.get(order.status, order.status), ", ".join(order.tags),
                str(order.file_count), review if order.needs_review else "")

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("ArchiveOrders", "Date"), QCoreApplication.translate("ArchiveOrders", "Order"),
                QCoreApplication.translate("ArchiveOrders", "Seller"), QCoreApplication.translate("ArchiveOrders", "Total"),
                QCoreApplication.translate("ArchiveOrders", "Status"), QCoreApplication.translate("ArchiveOrders", "Tags"),
                QCoreApplication.translate("ArchiveOrders", "Files"), QCoreApplication.translate("ArchiveOrders", "Review")]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every cell and role on each paint: answer the display role from a
        # per-row cache of texts, and leave every role we do not use at once.
        if role == _DISPLAY:
            row = index.row()
            texts = self._texts[row]
            if texts is None:
                texts = self._texts[row] = self._row_texts(self._rows[row])
            return texts[index.column()]
        if role not in _OTHER_ROLES or not index.isValid():
            return None
        order = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == ID_ROLE:
            return order.id
        if role == SORT_ROLE:
            return self._sort_value(order, column)
        if column == "review" and order.needs_review:
            return QCoreApplication.translate(
                "ArchiveOrders", "Edited on two computers at once: open the order to review")
        return None

    def multiData(self, index: _Index, span: Any) -> None:  # noqa: N802 - Qt's API
        # Qt 6's delegate asks for all the roles of a cell in one call: one Python call per
        # painted cell instead of one per role (about 7). The display text is answered here
        # directly; roles the table does not use are cleared without further calls.
        for role_data in span:
            role = role_data.role()
            if role == _DISPLAY:
                row = index.row()
                texts = self._texts[row]
                if texts is None:
                    texts = self._texts[row] = self._row_texts(self._rows[row])
                role_data.setData(texts[index.column()])
            elif role in _OTHER_ROLES:
                value = self.data(index, role)
                if value is None:
                    role_data.clearData()
                else:
                    role_data.setData(value)
            else:
                role_data.clearData()

    def _text(self, order: Order, column: str) -> str:
        if column == "date":
            return order.date
        if column == "title":
            return order.title or QCoreApplication.translate("ArchiveOrders", "(untitled)")
        if column == "seller":
            return order.seller
        if column == "total":
            return order.total
        if column == "status":
            return status_label(order.status)
        if column == "tags":
            return ", ".join(order.tags)
        if column == "files":
            return str(order.file_count)
        return QCoreApplication.translate("ArchiveOrders", "Needs review") if order.needs_review else ""

    def _sort_value(self, order: Order, column: str) -> Any:
        if column == "date":
            return order.date or order.created[:10]
        if column == "total":
            return _amount(order.total)
        if column == "files":
            return order.file_count
        if column == "review":
            return int(order.needs_review)
        if column == "status":
            return _STATUS_RANK.get(order.status, 99)
        return self._text(order, column).casefold()

    def retranslate(self) -> None:
        """The language changed: headers and status words are read again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self._words = self._read_words()
        self._texts = [None] * len(self._rows)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(COLUMNS) - 1))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in Python with one key per row (a sort proxy would call :meth:`data` twice per
        comparison: seconds for 10,000 rows); selections follow their orders."""
        if not 0 <= column < len(COLUMNS):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old_ids = [o.id for o in self._rows]
        persistent = self.persistentIndexList()
        self._sort_rows()
        self.changePersistentIndexList(persistent, [
            self.index(self._row_of[old_ids[i.row()]], i.column()) for i in persistent])
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        if self._sort is not None:
            column, order = self._sort
            name = COLUMNS[column]
            self._rows.sort(key=lambda o: (self._sort_value(o, name), o.id),
                            reverse=order == Qt.SortOrder.DescendingOrder)
        self._texts = [None] * len(self._rows)
        self._row_of = {o.id: n for n, o in enumerate(self._rows)}

    # -- filtering ------------------------------------------------------------------------------

    def set_filters(self, *, matches: set[str] | None = None, tag: str = "", status: str = "",
                    seller: str = "", date_from: str = "", date_to: str = "") -> None:
        """Show only orders in ``matches`` (search result ids; None: all) with this tag,
        status, seller and date range (ISO, inclusive); empty means any."""
        self._filters = (matches, tag, status, seller, date_from, date_to)
        self._refilter()

    def _accepts(self, order: Order) -> bool:
        matches, tag, status, seller, date_from, date_to = self._filters
        if order.deleted or (matches is not None and order.id not in matches):
            return False
        if (tag and tag not in order.tags) or (status and order.status != status):
            return False
        if seller and order.seller != seller:
            return False
        date = order.date or order.created[:10]
        return not ((date_from and date < date_from) or (date_to and date > date_to))

    def _refilter(self) -> None:
        # Filtering here, not in a QSortFilterProxyModel: the view then talks to this model
        # directly and each painted cell costs one Python call (multiData), not three.
        # A layout change, not a reset, so the selected order stays selected if still shown.
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        old_ids = [self._rows[i.row()].id for i in persistent]
        self._rows = [o for o in self._all.values() if self._accepts(o)]
        self._sort_rows()
        self.changePersistentIndexList(persistent, [
            self.index(self._row_of[oid], i.column()) if oid in self._row_of
            else QModelIndex() for oid, i in zip(old_ids, persistent, strict=True)])
        self.layoutChanged.emit()

    # -- changing -------------------------------------------------------------------------------

    def set_orders(self, orders: Iterable[Order]) -> None:
        """Replace everything (unlock, lock): a reset, so nothing stays selected."""
        self.beginResetModel()
        self._all = {o.id: o for o in orders}
        self._rows = [o for o in self._all.values() if self._accepts(o)]
        self._sort_rows()
        self.endResetModel()

    def update(self, orders: Iterable[Order]) -> None:
        """Replace, add or remove (deleted) these orders; keeps the filters and the sort."""
        reshape = False
        for order in orders:
            self._all[order.id] = order
            row = self._row_of.get(order.id)
            if row is not None and self._accepts(order):
                self._rows[row] = order
                self._texts[row] = None
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
            elif row is not None or self._accepts(order):
                reshape = True
        if reshape:
            self._refilter()

    def clear(self) -> None:
        self.set_orders([])

    def order_at(self, row: int) -> Order:
        return self._rows[row]

    def orders(self) -> list[Order]:
        """The orders shown, in the order shown."""
        return list(self._rows)

    def all_orders(self) -> list[Order]:
        """Every order held, shown or filtered out."""
        return list(self._all.values())
