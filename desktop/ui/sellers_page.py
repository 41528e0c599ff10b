"""The Sellers page: the family's seller book (issue 12).

A searchable list of sellers with the family's verdict, and the chosen seller's identifiers,
verdict history, linked orders and check reports; add, edit, mark, merge duplicates, and send or
receive a signed seller card. The book lives in the encrypted archive: while it is locked the page
says so and its Unlock button leads to the Archive page's unlock (the window routes
``archive_page_requested``). Reads run on the pool (:class:`~desktop.ui.tasks.Task`), writes on
the archive's one writer thread (:mod:`desktop.ui.archive_ops`); the page refreshes on every
change the writer announces, its own and the Archive page's.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.archive.sellers import VERDICT_LABELS
from desktop.i18n import qt_translate
from desktop.plainerrors import plain_error_message
from desktop.settings import COUNTRY, Settings
from desktop.ui.sellers_detail import SellerDetail, SellerView
from desktop.ui.style import set_muted
from desktop.ui.tasks import Task

__all__ = ["SellersPage"]

log = logging.getLogger(__name__)


def _load_list(session: Any, country: str) -> list[tuple[Any, frozenset[str]]]:
    """Worker: every seller with the canonical values of its keys (what search matches)."""
    book = session.sellers
    index = book.index(country)
    return [(s, frozenset(k.value for k in index.keys_of(s.id))) for s in book.sellers()]


def _load_view(session: Any, seller_id: str) -> SellerView:
    """Worker: one seller with its marks and the titles of its orders and reports."""
    book = session.sellers
    seller = book.seller(seller_id)
    orders, reports = [], []
    for order_id in seller.orders:
        try:
            orders.append((order_id, session.order(order_id).title))
        except Exception:  # noqa: BLE001 - not synced to this PC yet
            continue
    for report_id in seller.reports:
        for order_id in seller.orders:
            found = [r for r in session.reports(order_id) if r.id == report_id]
            if found:
                reports.append((report_id, found[0].title or found[0].summary))
                break
    return SellerView(seller, tuple(book.marks(seller_id)), tuple(orders), tuple(reports))


def _search_keys(text: str, country: str) -> set[str]:
    from desktop.identity.keys import bank_key, handle_key, link_keys, phone_key

    found = {k.value for k in link_keys(text)}
    for key in (phone_key(text, country), bank_key(text), handle_key(text)):
        if key is not None:
            found.add(key.value)
    return found


class SellersPage(QWidget):
    """Built by the main window with (settings, pool)."""

    #: "Unlock": the window shows the Archive page, whose unlock opens the book here too.
    archive_page_requested = Signal()

    def __init__(self, settings: Settings, pool: QThreadPool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.pool = pool
        self._writer_of: Any = None
        self._writer: Any = None
        self._rows: list[tuple[Any, frozenset[str]]] = []
        self._selected = ""
        self._tasks: set[Task] = set()
        self.dialog: Any = None
        self._card: Any = None

        self.locked_title = QLabel()
        self.locked_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.locked_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.locked_title.setFont(font)
        self.locked_text = QLabel()
        self.locked_text.setWordWrap(True)
        self.locked_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unlock_button = QPushButton()
        self.unlock_button.clicked.connect(self.archive_page_requested)
        locked = QWidget()
        column = QVBoxLayout(locked)
        column.addStretch(2)
        column.addWidget(self.locked_title)
        column.addWidget(self.locked_text)
        column.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(3)

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._fill_list)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.list = QListWidget()
        self.list.currentItemChanged.connect(self._on_current_item_changed)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        set_muted(self.empty)
        self.detail = SellerDetail()
        self.detail.edit_requested.connect(self._on_edit_requested)
        self.detail.merge_requested.connect(self._on_merge_requested)
        self.detail.copy_card_requested.connect(self._on_copy_card_requested)
        self.detail.save_card_requested.connect(self._on_save_card_requested)
        self.detail.mark_requested.connect(self._on_mark_requested)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.import_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.empty)
        self.right = QStackedWidget()
        self.nothing = QLabel()
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nothing.setWordWrap(True)
        set_muted(self.nothing)
        self.right.addWidget(self.nothing)
        self.right.addWidget(self.detail)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.splitter = splitter
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.addLayout(top)
        content_layout.addWidget(splitter, 1)
        content_layout.addWidget(self.message)

        self.stack = QStackedWidget()
        self.stack.addWidget(locked)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self._retranslate()
        self.archive_state_changed()

    # -- window contract ----------------------------------------------------------------------

    def set_archive_writer(self, writer: Any) -> None:
        """``writer()`` gives the Archive page's writer (None while that page was never built)."""
        self._writer_of = writer
        self.archive_state_changed()

    def archive_state_changed(self) -> None:
        """Unlocked or locked (also by idle time): show the book or say it is locked."""
        writer = self._writer_of() if self._writer_of is not None else None
        if writer is not self._writer:
            if self._writer is not None:
                self._writer.changed.disconnect(self._on_writer_changed)
            self._writer = writer
            if writer is not None:
                writer.changed.connect(self._on_writer_changed)
        if self.session is None:
            self._rows, self._selected = [], ""
            self.list.clear()
            self.detail.view = None
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        self.reload()

    @property
    def session(self) -> Any:
        writer = self._writer
        if writer is None or writer.session is None or writer.session.locked:
            return None
        return writer.session

    @property
    def country(self) -> str:
        return str(self.settings.value(COUNTRY) or "ID").upper()[:2] or "ID"

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.locked_title.setText(self.tr("The seller book is locked"))
        self.locked_text.setText(self.tr(
            "Your family's sellers and verdicts are kept in the encrypted archive. Unlock it "
            "with your passphrase to see them; checks then warn you about sellers the family "
            "marked as a scam."))
        self.unlock_button.setText(self.tr("&Unlock the archive"))
        self.search.setPlaceholderText(self.tr("Search by name, phone, account, link or handle…"))
        self.add_button.setText(self.tr("&Add seller…"))
        self.import_button.setText(self.tr("Check a &card…"))
        self.nothing.setText(self.tr("Choose a seller to see what the family knows about them."))
        self._fill_list()

    # -- reading ------------------------------------------------------------------------------

    def reload(self) -> None:
        session = self.session
        if session is None:
            return
        self._run(Task(_load_list, session, self.country).on_success(self._on_list_loaded)
                  .on_failure(self._on_failed))

    def _on_list_loaded(self, rows: list[tuple[Any, frozenset[str]]]) -> None:
        self._rows = rows
        self._fill_list()

    def _fill_list(self) -> None:
        text = self.search.text().strip()
        folded = text.casefold()
        wanted = _search_keys(text, self.country) if text else set()
        self.list.blockSignals(True)
        self.list.clear()
        current = None
        for seller, keys in self._rows:
            if text and folded not in seller.name.casefold() and not (wanted & keys) \
                    and not any(folded in v.casefold() for _k, v in seller.identifiers()):
                continue
            mark = seller.verdict
            label = VERDICT_LABELS[mark.verdict].render(qt_translate) if mark else self.tr("no verdict")
            item = QListWidgetItem(f"{seller.name}  ·  {label}")
            item.setData(Qt.ItemDataRole.UserRole, seller.id)
            self.list.addItem(item)
            if seller.id == self._selected:
                current = item
        self.list.blockSignals(False)
        if not self._rows:
            self.empty.setText(self.tr("No sellers yet. Add one, or press “Save to archive” "
                                       "after a check."))
        elif self.list.count() == 0:
            self.empty.setText(self.tr("No seller matches “{text}”.").format(text=text))
        self.empty.setVisible(self.list.count() == 0)
        if current is not None:
            self.list.setCurrentItem(current)
        elif self._selected:
            self.show_seller(self._selected)

    def _on_current_item_changed(self, item: QListWidgetItem | None, _old: Any) -> None:
        if item is not None:
            self.show_seller(str(item.data(Qt.ItemDataRole.UserRole)))

    def show_seller(self, seller_id: str) -> None:
        """Load and show one seller (off the GUI thread)."""
        session = self.session
        if session is None:
            return
        self._selected = seller_id
        task = Task(_load_view, session, seller_id).on_success(self._on_view_loaded)
        task.on_failure(self._on_failed)
        self._run(task)

    def _on_view_loaded(self, view: SellerView) -> None:
        if view.seller.id != self._selected:
            return
        self.detail.show_view(view)
        self.right.setCurrentIndex(1)

    def _on_writer_changed(self, changes: Any) -> None:
        if getattr(changes, "locked", False) or self.session is None:
            self.archive_state_changed()
            return
        self.reload()

    # -- writing ------------------------------------------------------------------------------

    def _write(self, fn: Any, *args: Any, done: Any = None) -> None:
        writer = self._writer
        if writer is None or self.session is None:
            self.archive_state_changed()
            return
        op = writer.op(fn, *args).on_failure(self._on_failed)
        if done is not None:
            op.on_success(done)
        self.message.clear()
        op.start()

    def _on_add_button_clicked(self) -> None:
        from desktop.ui.sellers_dialogs import SellerDialog

        self.dialog = SellerDialog(parent=self)
        self.dialog.accepted.connect(lambda d=self.dialog: self._save_dialog(d, None))
        self.dialog.open()

    def _on_edit_requested(self) -> None:
        from desktop.ui.sellers_dialogs import SellerDialog

        if self.detail.view is None:
            return
        seller = self.detail.view.seller
        self.dialog = SellerDialog(seller, parent=self)
        self.dialog.accepted.connect(lambda d=self.dialog: self._save_dialog(d, seller.id))
        self.dialog.open()

    def _save_dialog(self, dialog: Any, seller_id: str | None) -> None:
        values = dialog.values()
        country = self.country

        def save(session: Any) -> str:
            if seller_id is None:
                return session.sellers.add(country=country, **values)
            session.sellers.update(seller_id, country=country, **values)
            return seller_id

        self._write(save, done=self._select)

    def _select(self, seller_id: str) -> None:
        self._selected = seller_id
        self.search.clear()
        self.reload()

    def _on_mark_requested(self, verdict: str, reason: str) -> None:
        if self.detail.view is None:
            return
        seller_id = self.detail.view.seller.id
        self._write(lambda s: s.sellers.mark(seller_id, verdict, reason),
                    done=lambda _r: self.detail.clear_reason())

    def _on_merge_requested(self) -> None:
        from desktop.ui.sellers_dialogs import MergeDialog

        if self.detail.view is None:
            return
        keep = self.detail.view.seller
        others = [s for s, _k in self._rows if s.id != keep.id]
        if not others:
            self.message.setText(self.tr("There is no other seller to merge."))
            return
        # Sellers sharing a phone number, account or link first: the likely duplicates.
        keys = {seller.id: found for seller, found in self._rows}
        mine = keys.get(keep.id, frozenset())
        others.sort(key=lambda s: (not (keys.get(s.id, frozenset()) & mine), s.name.casefold()))
        self.dialog = MergeDialog(keep, others, self)
        self.dialog.accepted.connect(lambda d=self.dialog: self._write(
            lambda s, drop=d.duplicate(): s.sellers.merge(keep.id, drop)))
        self.dialog.open()

    def _on_copy_card_requested(self) -> None:
        from desktop.archive.seller_cards import card_text

        if self.detail.view is None:
            return
        seller_id = self.detail.view.seller.id
        self._write(lambda s: card_text(s.export_seller_card(seller_id)),
                    done=self._on_card_copied)

    def _on_card_copied(self, text: str) -> None:
        QApplication.clipboard().setText(text)
        self.message.setText(self.tr("The signed card is copied: paste it into a chat. The "
                                     "receiver's ShopSafe shows who signed it."))

    def _on_save_card_requested(self) -> None:
        if self.detail.view is None:
            return
        seller = self.detail.view.seller
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the seller card"), f"{seller.name}.shopsafe-card",
            self.tr("Seller cards (*.shopsafe-card)"))
        if not path:
            return

        def save(session: Any) -> str:
            from desktop.fileio import write_atomically

            write_atomically(path, session.export_seller_card(seller.id), mode=0o644)
            return path

        self._write(save, done=lambda p: self.message.setText(
            self.tr("The signed card is saved in {path}.").format(path=Path(p).name)))

    def _on_import_button_clicked(self) -> None:
        from desktop.ui.sellers_dialogs import CardDialog

        self.dialog = CardDialog(self)
        self.dialog.check_requested.connect(self._on_card_check_requested)
        self.dialog.add_requested.connect(self._on_card_add_requested)
        self.dialog.open()

    def _on_card_check_requested(self, data: Any) -> None:
        session, dialog = self.session, self.dialog
        if session is None:
            return
        self._card = None
        task = Task(session.read_seller_card, data)
        task.on_success(lambda card: (setattr(self, "_card", card), dialog.show_card(card)))
        task.on_failure(lambda error: dialog.show_error(plain_error_message(error).render(qt_translate)))
        self._run(task)

    def _on_card_add_requested(self) -> None:
        card, dialog, country = self._card, self.dialog, self.country
        if card is None or card.impostor:
            return
        self._write(lambda s: s.import_seller_card(card, country, qt_translate),
                    done=lambda seller_id: (dialog.accept(), self._select(seller_id)))

    def _on_failed(self, error: BaseException) -> None:
        from desktop.archive import ArchiveLocked

        if isinstance(error, ArchiveLocked):
            self.archive_state_changed()
            return
        log.warning("seller book: %s", type(error).__name__, exc_info=error)
        self.message.setText(plain_error_message(error).render(qt_translate))

    def _run(self, task: Task) -> None:
        self._tasks.add(task)
        task.on_finished(lambda: self._tasks.discard(task))
        task.start(self.pool)
