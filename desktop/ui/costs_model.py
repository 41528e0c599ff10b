"""Item models of the Costs page: offers side by side, and one offer's breakdown.

Both are :class:`QAbstractTableModel` s over immutable rows. The display role gives formatted
text in the UI locale, :data:`SORT_ROLE` the raw value (a ``Decimal``), so a proxy sorts money as
numbers, never as text.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from desktop.costs import Breakdown, OfferForm, format_amount, localize
from desktop.costs.sheet import SheetLine
from desktop.i18n import qt_translate

__all__ = ["SORT_ROLE", "BreakdownModel", "OffersModel"]

SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def _bold_font() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class OffersModel(QAbstractTableModel):
    """Offers as rows; columns: name, unit price, quantity, total, per unit, total in the
    comparison currency, notes (cheapest, suspicious, price changed, fields to fix)."""

    NAME, PRICE, QUANTITY, TOTAL, PER_UNIT, COMPARED, NOTES = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[SheetLine, ...] = ()
        self._cells: list[tuple] = []
        self._locale = "en_US"
        self._currency = "IDR"

    # --- content -------------------------------------------------------------------------
    def rows(self) -> tuple[SheetLine, ...]:
        return self._rows

    def row_at(self, row: int) -> SheetLine:
        return self._rows[row]

    def forms(self) -> list[OfferForm]:
        """What was typed for each offer, in row order (the page's offers live here only)."""
        return [row.form for row in self._rows]

    def numbers(self) -> list[int]:
        """Each offer's "Offer N" number, in row order."""
        return [row.number for row in self._rows]

    def set_rows(self, rows: tuple[SheetLine, ...], locale: str, currency: str) -> list[int]:
        """Replace the content; rows are appended/removed at the end or updated in place.

        Display texts are formatted once here (Babel formatting is the costly part) and
        ``dataChanged`` is emitted only for rows whose texts changed, so a keystroke repaints
        one or two rows, not the whole table. Returns those rows.
        """
        header_changed = currency != self._currency
        self._locale, self._currency = locale, currency
        old = len(self._rows)
        new = len(rows)
        cells = [self._row_texts(row) for row in rows]
        if new > old:
            self.beginInsertRows(QModelIndex(), old, new - 1)
            self._rows, previous, self._cells = rows, self._cells, cells
            self.endInsertRows()
        elif new < old:
            self.beginRemoveRows(QModelIndex(), new, old - 1)
            self._rows, previous, self._cells = rows, self._cells[:new], cells
            self.endRemoveRows()
        else:
            self._rows, previous, self._cells = rows, self._cells, cells
        last = self.columnCount() - 1
        changed = [position for position in range(min(len(previous), new))
                   if previous[position] != cells[position]]
        for position in changed:
            self.dataChanged.emit(self.index(position, 0), self.index(position, last))
        if header_changed:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last)
        return changed

    def insert_row(self, position: int, row: SheetLine) -> None:
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows = (*self._rows[:position], row, *self._rows[position:])
        self._cells = [*self._cells[:position], self._row_texts(row), *self._cells[position:]]
        self.endInsertRows()

    def remove_row(self, position: int) -> None:
        self.beginRemoveRows(QModelIndex(), position, position)
        self._rows = (*self._rows[:position], *self._rows[position + 1:])
        self._cells = [*self._cells[:position], *self._cells[position + 1:]]
        self.endRemoveRows()

    def _row_texts(self, row: SheetLine) -> tuple:
        """Display texts and tooltips of one row, plus what decides its font."""
        texts = tuple(self._display(row, column) for column in range(7))
        tips = tuple(self._tooltip(row, column) for column in range(7))
        cheapest = row.compared is not None and row.compared.cheapest
        alert = bool(row.result.errors or (row.compared and (
            row.compared.suspicious or row.compared.problem)))
        return texts, tips, cheapest, alert

    # --- Qt API --------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (
            self.tr("Offer"), self.tr("Price"), self.tr("Qty"), self.tr("Total"),
            self.tr("Per unit ({currency})").format(currency=self._currency),
            self.tr("Total ({currency})").format(currency=self._currency), self.tr("Notes"),
        )
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        texts, tips, cheapest, alert = self._cells[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return texts[column]
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tips[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
                self.PRICE, self.QUANTITY, self.TOTAL, self.PER_UNIT, self.COMPARED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and cheapest:
            return _bold_font()
        if role == Qt.ItemDataRole.ForegroundRole and column == self.NOTES and alert:
            palette = QApplication.palette() if QApplication.instance() else QPalette()
            return palette.color(QPalette.ColorRole.Link)
        return None

    def _display(self, row: SheetLine, column: int) -> str:
        offer = row.result.offer
        if column == self.NAME:
            return row.title or self.tr("Offer {number}").format(number=row.number)
        if offer is None:
            return row.form.unit_price if column == self.PRICE else ""
        if column == self.PRICE:
            return format_amount(offer.unit_price, offer.currency, self._locale)
        if column == self.QUANTITY:
            return str(offer.quantity)
        breakdown = row.breakdown
        if breakdown is None:
            return ""
        if column == self.TOTAL:
            return format_amount(breakdown.total.amount, breakdown.currency, self._locale)
        compared = row.compared
        if column == self.PER_UNIT:
            if compared is not None and compared.per_unit is not None:
                return format_amount(compared.per_unit.amount, compared.per_unit.currency,
                                     self._locale)
            return "—"  # the column is in the comparison currency: no rate, no figure
        if column == self.COMPARED:
            if compared is None or compared.total is None:
                return "—"
            text = format_amount(compared.total.amount, compared.total.currency, self._locale)
            if breakdown.rate is not None:
                text += " *"
            return text
        if column == self.NOTES:
            return " · ".join(self._notes(row))
        return ""

    def _notes(self, row: SheetLine) -> list[str]:
        notes = []
        compared = row.compared
        if compared is not None and compared.cheapest:
            notes.append(self.tr("Cheapest"))
        if compared is not None and compared.suspicious is not None:
            notes.append(self.tr("Suspiciously cheap"))
        if compared is not None and compared.price_change is not None:
            notes.append(self.tr("Price changed"))
        if compared is not None and compared.problem is not None:
            notes.append(self.tr("No exchange rate"))
        if row.result.errors:
            count = len(row.result.errors)
            # lupdate files no plural forms for Python sources: a count after a colon reads
            # right in every language.
            notes.append(self.tr("Fields to fix: {count}").format(count=count))
        return notes

    def _tooltip(self, row: SheetLine, column: int) -> str | None:
        compared = row.compared
        if column == self.COMPARED and row.breakdown is not None and row.breakdown.rate:
            return localize(row.breakdown.rate.describe(), self._locale).render(qt_translate)
        if column == self.NOTES:
            parts = []
            if compared is not None:
                for message in (compared.suspicious, compared.problem,
                                compared.price_change.message if compared.price_change else None):
                    if message is not None:
                        parts.append(localize(message, self._locale).render(qt_translate))
            parts.extend(message.render(qt_translate) for message in row.result.errors.values())
            return "\n".join(parts) or None
        return None

    def _sort_value(self, row: SheetLine, column: int) -> Any:
        offer, compared = row.result.offer, row.compared
        if column == self.NAME:
            return row.title.lower() or f"~{row.number:06d}"
        if offer is None:
            return Decimal(-1)
        if column == self.PRICE:
            return offer.unit_price
        if column == self.QUANTITY:
            return Decimal(offer.quantity)
        if column == self.TOTAL and row.breakdown is not None:
            return row.breakdown.total.amount
        if column == self.PER_UNIT and compared is not None and compared.per_unit is not None:
            return compared.per_unit.amount
        if column == self.COMPARED and compared is not None and compared.total is not None:
            return compared.total.amount
        if column == self.NOTES:
            return len(self._notes(row))
        return Decimal(-1)


class BreakdownModel(QAbstractTableModel):
    """One offer's breakdown: item, detail, amount; then the total (bold) and the converted
    total with its rate."""

    ITEM, DETAIL, AMOUNT = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: tuple[tuple[str, str, str, Decimal, bool], ...] = ()

    def set_breakdown(self, breakdown: Breakdown | None, locale: str,
                      not_entered: frozenset[str] = frozenset()) -> None:
        """Show ``breakdown`` (``None`` empties the table). Lines whose kind is in
        ``not_entered`` (fields the buyer left empty, such as the shipping) show no amount
        instead of a zero that would read as "free"."""
        self.beginResetModel()
        entries: list[tuple[str, str, str, Decimal, bool]] = []
        if breakdown is not None:
            currency = breakdown.currency
            for line, shown in zip(breakdown.lines, breakdown.display_amounts, strict=True):
                if line.kind in not_entered and not shown and not line.detail:
                    entries.append((line.label.render(qt_translate), self.tr("not entered"), "",
                                    shown, False))
                    continue
                entries.append((
                    line.label.render(qt_translate),
                    localize(line.detail, locale).render(qt_translate) if line.detail else "",
                    format_amount(shown, currency, locale), shown, False))
            entries.append((self.tr("Total"), "", format_amount(breakdown.total.amount, currency,
                                                            locale),
                            breakdown.total.amount, True))
            if breakdown.rate is not None and breakdown.converted_total is not None:
                converted = breakdown.converted_total
                entries.append((
                    self.tr("Total in {currency}").format(currency=converted.currency),
                    localize(breakdown.rate.describe(), locale).render(qt_translate),
                    format_amount(converted.amount, converted.currency, locale),
                    converted.amount, True))
        self._entries = tuple(entries)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (self.tr("Item"), self.tr("Detail"), self.tr("Amount"))
        return headers[section] if 0 <= section < 3 else None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        item, detail, amount, raw, bold = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (item, detail, amount)[index.column()]
        if role == SORT_ROLE:
            return (item, detail, raw)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and bold:
            return _bold_font()
        return None
