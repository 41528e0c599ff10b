"""Dialogs of the Sellers page: add or edit a seller, merge a duplicate, check a seller card.

They only collect what the person typed and show results: every read and write of the archive
happens on the page, off the GUI thread (the archive writer). Nothing here touches the archive.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.archive.sellers import VERDICT_LABELS, BankAccount, Seller
from desktop.i18n import qt_translate
from desktop.ui.style import set_muted

__all__ = ["CardDialog", "MergeDialog", "SellerDialog"]

# The identifier fields a person edits, one per line, with their labels and examples.
_FIELDS = ("phones", "bank_accounts", "domains", "handles", "ewallets", "shops")


class SellerDialog(QDialog):
    """Name, identifiers (one per line) and notes of a new or existing seller.
    :meth:`values` gives the keyword arguments of ``SellerBook.add`` / ``update``."""

    def __init__(self, seller: Seller | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit seller") if seller else self.tr("Add a seller"))
        self.name = QLineEdit(seller.name if seller else "")
        self.name.setPlaceholderText(self.tr("e.g. Toko Maju Jaya"))
        self.boxes: dict[str, QPlainTextEdit] = {}
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        labels = {
            "phones": (self.tr("&Phone / WhatsApp:"), self.tr("0812-3456-7890 or wa.me/62812…")),
            "bank_accounts": (self.tr("&Bank accounts:"), self.tr("BCA 123 456 7890 a.n. Budi Santoso")),
            "domains": (self.tr("&Web addresses:"), self.tr("tokomaju.com")),
            "handles": (self.tr("Social &handles:"), self.tr("@tokomaju or instagram.com/tokomaju")),
            "ewallets": (self.tr("&E-wallets:"), self.tr("DANA 0812-3456-7890")),
            "shops": (self.tr("Marketplace &shops:"), self.tr("tokopedia.com/tokomaju")),
        }
        for field in _FIELDS:
            box = QPlainTextEdit()
            box.setTabChangesFocus(True)
            box.setPlaceholderText(labels[field][1])
            box.setFixedHeight(box.fontMetrics().lineSpacing() * 3 + 12)
            if seller is not None:
                values = getattr(seller, field)
                box.setPlainText("\n".join(_account_line(v) if field == "bank_accounts" else v
                                           for v in values))
            self.boxes[field] = box
            form.addRow(labels[field][0], box)
        self.notes = QPlainTextEdit(seller.notes if seller else "")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 3 + 12)
        form.addRow(self.tr("N&otes:"), self.notes)
        hint = QLabel(self.tr("One per line. Any way of writing works: ShopSafe matches "
                              "0812…, +62 812… and wa.me links as the same number."))
        hint.setWordWrap(True)
        set_muted(hint)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setObjectName("errorLabel")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_save_clicked)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        """``name``, ``notes`` and the identifier lists (accounts parsed; may raise
        InvalidIdentifier for a line without an account number)."""
        from desktop.archive.sellers import parse_bank_account

        found: dict[str, Any] = {"name": self.name.text().strip(),
                                 "notes": self.notes.toPlainText().strip()}
        for field, box in self.boxes.items():
            lines = [line.strip() for line in box.toPlainText().splitlines() if line.strip()]
            found[field] = [parse_bank_account(line) for line in lines] \
                if field == "bank_accounts" else lines
        return found

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _on_save_clicked(self) -> None:
        from desktop.archive.sellers import InvalidIdentifier

        if not self.name.text().strip():
            self.show_error(self.tr("Give the seller a name."))
            self.name.setFocus()
            return
        try:
            self.values()
        except InvalidIdentifier as error:
            self.show_error(error.message.render(qt_translate))
            return
        self.accept()


def _account_line(account: BankAccount) -> str:
    line = " ".join(filter(None, (account.bank, account.account)))
    return f"{line} a.n. {account.holder}" if account.holder else line


class MergeDialog(QDialog):
    """Pick the duplicate to merge into ``keep``."""

    def __init__(self, keep: Seller, others: list[Seller], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge a duplicate"))
        text = QLabel(self.tr("Merge this seller into “{name}”. Its phone numbers, accounts, "
                              "links, orders and verdicts all move to “{name}”; this is "
                              "recorded under your name.").format(name=keep.name))
        text.setWordWrap(True)
        self.choice = QComboBox()
        for seller in others:
            self.choice.addItem(seller.name, seller.id)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = buttons.addButton(self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.choice)
        layout.addWidget(text)
        layout.addWidget(buttons)

    def duplicate(self) -> str:
        return str(self.choice.currentData() or "")


class CardDialog(QDialog):
    """Paste a seller card (or open its file), see who signed it, add it to the book.

    ``check_requested(data)`` and ``add_requested()`` go to the page, which checks and imports
    off the GUI thread and calls :meth:`show_card` / :meth:`show_error`."""

    check_requested = Signal(object)
    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check a seller card"))
        intro = QLabel(self.tr("Paste the card someone sent you (it starts with "
                               "“shopsafe-card:”), or open the card file."))
        intro.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText("shopsafe-card:1:…")
        self.open_button = QPushButton(self.tr("&Open a card file…"))
        self.check_button = QPushButton(self.tr("&Check the card"))
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_button = QPushButton(self.tr("&Add to our seller book"))
        self.add_button.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.check_button.clicked.connect(lambda: self.check_requested.emit(self.text.toPlainText()))
        self.add_button.clicked.connect(self.add_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text)
        layout.addWidget(self.open_button)
        layout.addWidget(self.check_button)
        layout.addWidget(self.result)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def _on_open_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a seller card"), "",
                                              self.tr("Seller cards (*.shopsafe-card);;All files (*)"))
        if path:
            try:
                data = Path(path).read_bytes()[:256 * 1024]
            except OSError as error:
                from desktop.plainerrors import file_error_message

                self.show_error(file_error_message(error, Path(path).parent).render(qt_translate))
                return
            self.check_requested.emit(data)

    def show_card(self, card: Any) -> None:
        """Show a checked card: the verdict, who signed it and whether they are family."""
        seller = card.seller
        label = VERDICT_LABELS.get(card.verdict)
        lines = [seller.get("name", "")]
        if label is not None:
            lines.append(self.tr("{verdict} — {member}, {date}: {reason}").format(
                verdict=label.render(qt_translate).upper(), member=seller.get("marked_by", ""),
                date=str(seller.get("marked_at", ""))[:10], reason=seller.get("reason") or "—"))
        lines.append(self.tr("Signed by {name} (fingerprint {fingerprint}).").format(
            name=card.signer_name, fingerprint=card.fingerprint))
        if card.impostor:
            lines.append(self.tr("Warning: the card claims to come from a member of your family, "
                                 "but it was signed with another key. Do not trust it."))
        elif card.family:
            lines.append(self.tr("The signer is a member of your family."))
        else:
            lines.append(self.tr("The signer is not a member of your family: compare the "
                                 "fingerprint with them by phone before you rely on it."))
        self.result.setText("\n".join(lines))
        self.add_button.setEnabled(not card.impostor)

    def show_error(self, text: str) -> None:
        self.result.setText(text)
        self.add_button.setEnabled(False)
