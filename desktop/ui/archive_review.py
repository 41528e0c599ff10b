"""The review of orders against their files on the Archive page (issue 16).

:class:`ReviewPanel` is the "Needs review" list: orders whose files disagree with the order
(amount, date, seller, account) or need the person's eyes (a receipt whose sums do not add up, a
transfer proof without a reference, a picture saved by an editor), one line per reason. It is
worked out in the shared pool from the stored readings and refreshed when a file has been read
or an order changed; activating a line selects the order.

:class:`ReadFieldsBox` sits in the order detail: what the files say (total, date, seller, with
the line each was read from), a "Use these" button that fills the order with them only when the
person presses it — fields the reader marked "check this" are never among them — the reasons
to look closer, and "Compare the cost" (the read total as an offer on the Costs page).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.settings import COUNTRY, Settings
from desktop.ui.tasks import Task

__all__ = ["ReadFieldsBox", "ReviewPanel", "reviews_needed"]

log = logging.getLogger(__name__)
_ORDER_ROLE = Qt.ItemDataRole.UserRole


def reviews_needed(session: Any, country: str) -> list[tuple[Any, Any]]:
    """Pool thread: (order, review) for every order whose files need review, newest first."""
    found = []
    for order in session.orders():
        if not order.attachments:
            continue
        review = session.review(order.id, country=country)
        if review.needs_review:
            found.append((order, review))
    return sorted(found, key=lambda pair: (pair[0].date or pair[0].created[:10]), reverse=True)


def _shown(name: str, value: str) -> str:
    """A stored field as a person reads it: "Rp 245.000", "2026-12-04 14:05"."""
    from datetime import datetime
    from decimal import Decimal, InvalidOperation

    if name == "amount":
        from desktop.i18n import current_language
        from desktop.money.amount import Money, format_money

        amount, _, currency = value.partition(" ")
        try:
            return format_money(Money(Decimal(amount), currency), current_language())
        except (InvalidOperation, ValueError, LookupError):
            return value
    if name == "time" and "T" in value:
        try:
            return datetime.fromisoformat(value).strftime("%Y-%m-%d %H:%M")
        except ValueError:
            return value
    return value


class ReviewPanel(QWidget):
    """See the module docstring. ``order_activated`` carries the order id."""

    order_activated = Signal(str)

    def __init__(self, pool: Any, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pool = pool
        self._settings = settings
        self._session: Any = None
        self._task: Task | None = None
        self._count = 0
        self.toggle = QPushButton()
        self.toggle.setCheckable(True)
        self.toggle.setFlat(True)
        self.toggle.setStyleSheet("text-align: left; font-weight: bold")
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setMaximumHeight(8 * self.fontMetrics().height() + 12)
        self.tree.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toggle)
        layout.addWidget(self.tree)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(400)  # many files read in a row: one refresh
        self._timer.timeout.connect(self._start)
        self.toggle.toggled.connect(self.tree.setVisible)
        self.tree.itemActivated.connect(self._on_item_activated)
        self.tree.itemClicked.connect(self._on_item_activated)
        self.setVisible(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([QCoreApplication.translate("ArchiveReview", "Order / file"),
                                   QCoreApplication.translate("ArchiveReview", "Why")])
        self.tree.setAccessibleName(QCoreApplication.translate("ArchiveReview",
                                                               "Orders that need review"))
        self._show_count()
        if self._session is not None:
            self.refresh()

    def _show_count(self) -> None:
        self.toggle.setText(QCoreApplication.translate(
            "ArchiveReview", "Needs review: {count} — orders whose files disagree with them or "
                             "need a closer look").format(count=self._count))

    def set_session(self, session: Any) -> None:
        self._session = session
        if session is None:
            if self._task is not None:
                self._task.cancel()
            self.tree.clear()
            self._count = 0
            self.setVisible(False)
            return
        self.refresh()

    def refresh(self) -> None:
        """Work the list out again soon (in the background)."""
        if self._session is not None:
            self._timer.start()

    def _start(self) -> None:
        session = self._session
        if session is None or session.locked:
            return
        if self._task is not None:
            self._task.cancel()
        country = self._settings.value(COUNTRY)
        self._task = (Task(reviews_needed, session, country)
                      .on_success(lambda found: self._show(session, found))
                      .on_failure(lambda error: log.warning("the review list failed: %s",
                                                            type(error).__name__)))
        self._task.start(self._pool)

    def _show(self, session: Any, found: list[tuple[Any, Any]]) -> None:
        if session is not self._session:
            return
        translate = QCoreApplication.translate
        self.tree.clear()
        for order, review in found:
            top = QTreeWidgetItem([order.title or QCoreApplication.translate("ArchiveReview", "(untitled)"),
                                   "  ".join(filter(None, (order.seller, order.total)))])
            top.setData(0, _ORDER_ROLE, order.id)
            for finding in review.findings:
                child = QTreeWidgetItem([finding.file_name, finding.message.render(translate)])
                child.setData(0, _ORDER_ROLE, order.id)
                child.setToolTip(1, finding.message.render(translate))
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        self.tree.resizeColumnToContents(0)
        self._count = len(found)
        self._show_count()
        self.setVisible(bool(found))

    def _on_item_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        order_id = item.data(0, _ORDER_ROLE)
        if order_id:
            self.order_activated.emit(order_id)

    def orders_listed(self) -> list[str]:
        return [self.tree.topLevelItem(i).data(0, _ORDER_ROLE)
                for i in range(self.tree.topLevelItemCount())]


class ReadFieldsBox(QWidget):
    """See the module docstring. ``use_requested`` carries (order id, {field: value});
    ``compare_requested`` the read total as text."""

    use_requested = Signal(str, dict)
    compare_requested = Signal(str, str)

    def __init__(self, pool: Any, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pool = pool
        self._settings = settings
        self._task: Task | None = None
        self._order: Any = None
        self._suggestions: dict[str, str] = {}
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold")
        self.fields = QLabel()
        self.fields.setWordWrap(True)
        self.fields.setTextFormat(Qt.TextFormat.PlainText)
        self.fields.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.PlainText)
        self.reasons.setStyleSheet("color: palette(highlight)")
        for label in (self.fields, self.reasons):  # long numbers must not widen the pane
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            label.setMinimumWidth(80)
        self.use_button = QPushButton()
        self.compare_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.use_button)
        buttons.addWidget(self.compare_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.fields)
        layout.addLayout(buttons)
        layout.addWidget(self.reasons)
        self.use_button.clicked.connect(self._on_use_clicked)
        self.compare_button.clicked.connect(self._on_compare_clicked)
        self.setVisible(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(QCoreApplication.translate("ArchiveReview", "Read from the files"))
        self.use_button.setText(QCoreApplication.translate("ArchiveReview", "Use these"))
        self.use_button.setToolTip(QCoreApplication.translate(
            "ArchiveReview", "Fill the order's date, total and seller with what was read. "
                             "Fields marked “check this” are never filled."))
        self.compare_button.setText(QCoreApplication.translate("ArchiveReview",
                                                               "Compare the cost"))
        self.compare_button.setToolTip(QCoreApplication.translate(
            "ArchiveReview", "Start an offer on the Total cost page with the total read "
                             "from the receipt"))

    def show_order(self, session: Any, order: Any) -> None:
        """Work out the order's read fields in the background; hidden while there are none."""
        if self._task is not None:
            self._task.cancel()
        self._order = order
        if session is None or order is None or not order.attachments:
            self.setVisible(False)
            return
        country = self._settings.value(COUNTRY)
        self._task = (Task(session.review, order.id, country=country)
                      .on_success(lambda review: self._show(order, review))
                      .on_failure(lambda error: log.warning("reviewing an order failed: %s",
                                                            type(error).__name__)))
        self._task.start(self._pool)

    def _show(self, order: Any, review: Any) -> None:
        if self._order is None or order.id != self._order.id:
            return
        translate = QCoreApplication.translate
        names = {"total": QCoreApplication.translate("ArchiveReview", "Total"),
                 "date": QCoreApplication.translate("ArchiveReview", "Date"),
                 "seller": QCoreApplication.translate("ArchiveReview", "Seller")}
        self._suggestions = {s.field: s.value for s in review.suggestions}
        lines = [QCoreApplication.translate("ArchiveReview", "{field}: {value}  (from {file}: “{line}”)").format(
            field=names[s.field], value=s.value, file=s.file_name,
            line=s.source.replace("\n", " / ")) for s in review.suggestions]
        self.use_button.setVisible(bool(review.suggestions))
        self.compare_button.setVisible("total" in self._suggestions or bool(order.total))
        for proof in review.proofs:  # what a transfer proof says, and that it is no payment
            lines.append(self._proof_line(proof))
            lines.append("   " + proof.advice.render(translate))
        self.fields.setText("\n".join(lines))
        self.fields.setVisible(bool(lines))
        reasons = [f"• {f.file_name}: {f.message.render(translate)}" for f in review.findings]
        self.reasons.setText("\n".join(reasons))
        self.reasons.setVisible(bool(reasons))
        self.setVisible(bool(lines or reasons))

    @staticmethod
    def _proof_line(proof: Any) -> str:
        labels = {"amount": QCoreApplication.translate("ArchiveReview", "amount"),
                  "reference": QCoreApplication.translate("ArchiveReview", "reference"),
                  "recipient_account": QCoreApplication.translate("ArchiveReview",
                                                                  "to account"),
                  "recipient_name": QCoreApplication.translate("ArchiveReview", "to"),
                  "time": QCoreApplication.translate("ArchiveReview", "time")}
        parts = [f"{label} {_shown(name, proof.fields[name])}" for name, label in labels.items()
                 if proof.fields.get(name)]
        return QCoreApplication.translate("ArchiveReview", "{file} (transfer proof): {parts}"
                                          ).format(file=proof.file_name, parts=" · ".join(parts))

    def _on_use_clicked(self) -> None:
        if self._order is not None and self._suggestions:
            self.use_requested.emit(self._order.id, dict(self._suggestions))

    def _on_compare_clicked(self) -> None:
        if self._order is not None:
            total = self._suggestions.get("total") or self._order.total
            self.compare_requested.emit(self._order.id, total)

    def clear(self) -> None:
        if self._task is not None:
            self._task.cancel()
        self._order = None
        self._suggestions = {}
        self.setVisible(False)
