"""One seller on the Sellers page: identifiers, the family's verdict with its history, the linked
orders and check reports, and the buttons that act on it (the page does the work)."""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.archive.sellers import VERDICT_LABELS, VERDICTS, Mark, Seller
from desktop.i18n import qt_translate
from desktop.identity.phones import display_phone
from desktop.ui.flow import FlowLayout

__all__ = ["SellerDetail", "SellerView"]

# Colours that read on light and dark themes alike (the verdict is also written in words).
_COLOURS = {"scam": "#c62828", "unsure": "#b26a00", "trusted": "#2e7d32"}


@dataclass(frozen=True)
class SellerView:
    """What the detail shows, read off the GUI thread: the seller, every mark (oldest first)
    and the titles of the linked orders and reports."""

    seller: Seller
    marks: tuple[Mark, ...]
    orders: tuple[tuple[str, str], ...]
    reports: tuple[tuple[str, str], ...]


class SellerDetail(QWidget):
    """Shows a :class:`SellerView`; its buttons ask the page to act."""

    edit_requested = Signal()
    merge_requested = Signal()
    copy_card_requested = Signal()
    save_card_requested = Signal()
    mark_requested = Signal(str, str)  # verdict, reason

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: SellerView | None = None
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # a seller's name is never markup
        self.verdict_label = QLabel()
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setTextFormat(Qt.TextFormat.RichText)  # built with escaped parts
        self.body = QTextBrowser()
        self.body.setOpenLinks(False)
        self.verdict = QComboBox()
        self.reason = QLineEdit()
        self.mark_button = QPushButton()
        self.edit_button = QPushButton()
        self.merge_button = QPushButton()
        self.copy_card_button = QPushButton()
        self.save_card_button = QPushButton()
        self.mark_button.clicked.connect(self._on_mark_button_clicked)
        self.reason.returnPressed.connect(self._on_mark_button_clicked)
        self.edit_button.clicked.connect(self.edit_requested)
        self.merge_button.clicked.connect(self.merge_requested)
        self.copy_card_button.clicked.connect(self.copy_card_requested)
        self.save_card_button.clicked.connect(self.save_card_requested)

        mark_row = QGridLayout()
        self.mark_heading = QLabel()
        mark_row.addWidget(self.mark_heading, 0, 0, 1, 3)
        mark_row.addWidget(self.verdict, 1, 0)
        mark_row.addWidget(self.reason, 1, 1)
        mark_row.addWidget(self.mark_button, 1, 2)
        mark_row.setColumnStretch(1, 1)
        self.mark_heading.setWordWrap(True)
        # The buttons wrap onto a second line when their translated labels do not fit.
        actions = FlowLayout()
        for button in (self.edit_button, self.merge_button, self.copy_card_button,
                       self.save_card_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.verdict_label)
        layout.addWidget(self.body, 1)
        layout.addLayout(mark_row)
        layout.addLayout(actions)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        current = self.verdict.currentData()
        self.verdict.clear()
        for verdict in reversed(VERDICTS):  # scam first: the reason people open this
            self.verdict.addItem(VERDICT_LABELS[verdict].render(qt_translate).capitalize(), verdict)
        if current:
            self.verdict.setCurrentIndex(max(0, self.verdict.findData(current)))
        self.mark_heading.setText(self.tr("Your verdict on this seller (the family sees it, with "
                                          "your name):"))
        self.reason.setPlaceholderText(self.tr("Why? e.g. paid on 3 May, nothing arrived"))
        self.mark_button.setText(self.tr("Save &verdict"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.merge_button.setText(self.tr("&Merge a duplicate…"))
        self.copy_card_button.setText(self.tr("&Copy card to send"))
        self.save_card_button.setText(self.tr("Save card as &file…"))
        if self.view is not None:
            self.show_view(self.view)

    def _on_mark_button_clicked(self) -> None:
        reason = self.reason.text().strip()
        if not reason:
            self.reason.setFocus()
            self.reason.setPlaceholderText(self.tr("Write why first: the family needs to know."))
            return
        self.mark_requested.emit(str(self.verdict.currentData()), reason)

    def clear_reason(self) -> None:
        self.reason.clear()

    def show_view(self, view: SellerView) -> None:
        self.view = view
        seller = view.seller
        self.title.setText(seller.name)
        self.verdict_label.setText(self._verdict_html(seller.verdict, large=True))
        parts: list[str] = []
        rows = [(self.tr("Phone / WhatsApp"), [display_phone(p) for p in seller.phones]),
                (self.tr("Bank account"), [_account(a) for a in seller.bank_accounts]),
                (self.tr("Web address"), seller.domains), (self.tr("Social handle"), seller.handles),
                (self.tr("E-wallet"), [display_phone(w) for w in seller.ewallets]),
                (self.tr("Marketplace shop"), seller.shops)]
        known, nothing_known = self.tr("Known by"), self.tr("No phone number, account or link yet.")
        concurrent = self.tr("Two family members changed this seller at the same time; the "
                             "newest change is shown.")
        verdicts, no_verdicts = (self.tr("Verdicts, newest first"),
                                 self.tr("Nobody in the family has given a verdict yet."))
        linked, order_word, report_word = (self.tr("Orders and check reports"), self.tr("Order"),
                                           self.tr("Check report"))
        no_links = self.tr("None yet. “Save to archive” on the Check page links them here.")
        e = html.escape
        items = [f"<li>{e(label)}: <b>{e(value)}</b></li>" for label, values in rows for value in values]
        parts.append(f"<h3>{e(known)}</h3>")
        parts.append(f"<ul>{''.join(items)}</ul>" if items else f"<p>{e(nothing_known)}</p>")
        if seller.notes:
            parts.append(f"<p>{e(seller.notes)}</p>")
        if seller.needs_review:
            parts.append(f"<p><b>{e(concurrent)}</b></p>")
        parts.append(f"<h3>{e(verdicts)}</h3>")
        if view.marks:
            parts.append("<ul>" + "".join(f"<li>{self._verdict_html(m)}</li>"
                                          for m in reversed(view.marks)) + "</ul>")
        else:
            parts.append(f"<p>{e(no_verdicts)}</p>")
        parts.append(f"<h3>{e(linked)}</h3>")
        links = [f"<li>{e(order_word)}: {e(title)}</li>" for _id, title in view.orders]
        links += [f"<li>{e(report_word)}: {e(title)}</li>" for _id, title in view.reports]
        parts.append(f"<ul>{''.join(links)}</ul>" if links else f"<p>{e(no_links)}</p>")
        self.body.setHtml("".join(parts))

    def _verdict_html(self, mark: Mark | None, large: bool = False) -> str:
        if mark is None:
            return html.escape(self.tr("No verdict yet."))
        label = VERDICT_LABELS[mark.verdict].render(qt_translate).upper()
        text = self.tr("{verdict} — {member}, {date}: {reason}").format(
            verdict=label, member=mark.by_name, date=mark.at[:10], reason=mark.reason or "—")
        head, _, rest = text.partition(label)
        size = ' style="font-size:large"' if large else ""
        return (f'<span{size}>{html.escape(head)}<b style="color:{_COLOURS[mark.verdict]}">'
                f"{html.escape(label)}</b>{html.escape(rest)}</span>")


def _account(account: Any) -> str:
    text = " ".join(filter(None, (account.bank, account.account)))
    return f"{text} ({account.holder})" if account.holder else text
