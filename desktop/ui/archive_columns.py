"""Column widths of the orders table: the order's title gets the room, the rest what they show.

Widths come from the font and the translated words (header, status names), never from
``ResizeToContents``, which would read all 10,000 rows. When the table is too narrow for the
title to stay readable (a 1024×600 screen), the columns the order detail shows anyway (tags,
number of files, then total and status) are hidden until there is room again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView

from desktop.archive import ORDER_STATUSES
from desktop.ui.archive_model import COLUMNS

__all__ = ["OrderColumns"]

#: Characters the title column keeps before optional columns are hidden.
TITLE_CHARS = 22
#: Hidden, in this order, while the title would get less than TITLE_CHARS; the order detail
#: beside the table shows each of them (a larger text size at 1024 px needs the last two).
OPTIONAL = ("tags", "files", "total", "status")


class OrderColumns(QObject):
    """Sizes ``table``'s columns now, again when it is resized and when :meth:`fit` is called
    (after a language change)."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COLUMNS.index("title"), QHeaderView.ResizeMode.Stretch)
        self._widths: dict[str, int] = {}
        table.installEventFilter(self)
        self.fit()

    def _measure(self) -> dict[str, int]:
        from PySide6.QtCore import QCoreApplication

        metrics = self.table.fontMetrics()
        char = metrics.averageCharWidth()
        model = self.table.model()
        pad = char + self.table.style().pixelMetric(
            self.table.style().PixelMetric.PM_HeaderMarkSize)  # room for the sort arrow

        def head(name: str) -> int:
            text = model.headerData(COLUMNS.index(name), self.table.horizontalHeader().orientation())
            return metrics.horizontalAdvance(str(text or "")) + pad

        statuses = max(metrics.horizontalAdvance(label.render(QCoreApplication.translate))
                       for _code, label in ORDER_STATUSES)
        return {
            "date": max(head("date"), metrics.horizontalAdvance("2026-12-31") + 2 * char),
            "seller": max(head("seller"), 12 * char),
            "total": max(head("total"), metrics.horizontalAdvance("Rp 250.000") + 2 * char),
            # A long status name ("Menunggu pengiriman") is elided rather than take the title's room.
            "status": max(head("status"), min(statuses + 2 * char, 13 * char)),
            "tags": max(head("tags"), 10 * char),
            "files": head("files"),
            "review": head("review"),
        }

    def fit(self) -> None:
        """Measure the columns in the current language and share out the table's width."""
        self._widths = self._measure()
        header = self.table.horizontalHeader()
        for name, width in self._widths.items():
            header.resizeSection(COLUMNS.index(name), width)
        self._hide_for_room()

    def _hide_for_room(self) -> None:
        room = self.table.viewport().width()
        title = TITLE_CHARS * self.table.fontMetrics().averageCharWidth()
        shown = dict(self._widths)
        hidden = set()
        for name in OPTIONAL:
            if sum(shown.values()) + title <= room:
                break
            shown.pop(name)
            hidden.add(name)
        for name in OPTIONAL:
            column = COLUMNS.index(name)
            if self.table.isColumnHidden(column) != (name in hidden):
                self.table.setColumnHidden(column, name in hidden)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        if watched is self.table and self._widths:
            if event.type() == QEvent.Type.Resize:
                self._hide_for_room()
            elif event.type() == QEvent.Type.FontChange:  # the text size setting
                self.fit()
        return False
