"""Seller cards on the Sellers page: copy or save one seller's signed card, check one received.

The page's :class:`SellerCards` does the work off the GUI thread (signing on the archive's
writer thread, checking on the pool) and shows the outcome on the page or in the
:class:`~desktop.ui.sellers_dialogs.CardDialog`. Texts use the page's translation context.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop.i18n import qt_translate
from desktop.plainerrors import plain_error_message
from desktop.ui.tasks import Task

__all__ = ["SellerCards"]


class SellerCards(QObject):
    """The card actions of ``page`` (a :class:`~desktop.ui.sellers_page.SellersPage`)."""

    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self.page = page
        self.card: Any = None  # the last card checked in the dialog

    def copy(self) -> None:
        """Sign the shown seller's card and put its text on the clipboard."""
        from desktop.archive.seller_cards import card_text

        view = self.page.detail.view
        if view is None:
            return
        seller_id = view.seller.id
        self.page.write(lambda s: card_text(s.export_seller_card(seller_id)), done=self._copied)

    def _copied(self, text: str) -> None:
        QApplication.clipboard().setText(text)
        self.page.message.setText(QCoreApplication.translate(
            "SellersPage", "The signed card is copied: paste it into a chat. The receiver's "
                           "ShopSafe shows who signed it."))

    def save(self) -> None:
        """Ask where, then write the shown seller's signed card there."""
        view = self.page.detail.view
        if view is None:
            return
        seller = view.seller
        path, _ = QFileDialog.getSaveFileName(
            self.page, QCoreApplication.translate("SellersPage", "Save the seller card"),
            f"{seller.name}.shopsafe-card",
            QCoreApplication.translate("SellersPage", "Seller cards (*.shopsafe-card)"))
        if not path:
            return

        def save(session: Any) -> str:
            from desktop.fileio import write_atomically

            write_atomically(path, session.export_seller_card(seller.id), mode=0o644)
            return path

        self.page.write(save, done=lambda p: self.page.message.setText(QCoreApplication.translate(
            "SellersPage", "The signed card is saved in {path}.").format(path=Path(p).name)))

    def open_import(self) -> Any:
        """The dialog to paste or open a card, check it and add it to the book."""
        from desktop.ui.sellers_dialogs import CardDialog

        dialog = self.page.dialog = CardDialog(self.page)
        dialog.check_requested.connect(lambda data: self._check(dialog, data))
        dialog.add_requested.connect(lambda: self._add(dialog))
        dialog.open()
        return dialog

    def _check(self, dialog: Any, data: Any) -> None:
        session = self.page.session
        if session is None:
            return
        self.card = None
        task = Task(session.read_seller_card, data)
        task.on_success(lambda card: (setattr(self, "card", card), dialog.show_card(card)))
        task.on_failure(lambda error: dialog.show_error(
            plain_error_message(error).render(qt_translate)))
        self.page.run(task)

    def _add(self, dialog: Any) -> None:
        card, country = self.card, self.page.country
        if card is None or card.impostor:  # an impostor's card is never added
            return
        self.page.write(lambda s: s.import_seller_card(card, country, qt_translate),
                        done=lambda seller_id: (dialog.accept(), self.page.select(seller_id)))
