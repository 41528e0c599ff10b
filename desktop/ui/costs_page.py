"""The Costs page: offers side by side, one offer's fields and breakdown, live totals.

Every field takes typed or pasted price text (``Rp 1.250.000``, ``50rb``, ``1.234,56 €``); the
totals follow every keystroke. A field that does not read shows why under it and keeps exactly
what was typed. Offers are compared in one currency (the country's by default); offers in other
currencies are converted with a typed rate or the ECB reference rate, shown next to the amount.
The page keeps what was typed in ``data_dir()/costs/page.json``. In the window, "Save breakdown"
keeps the breakdown in the encrypted archive, with an order the buyer picks or a new one
(:mod:`desktop.ui.costs_archive`); while the archive is locked it offers the Archive page. Only a
page without a window (no archive) still writes JSON files into ``costs/breakdowns``, which the
window moves into the archive once, when it is unlocked.

Keyboard: Ctrl+N add, Ctrl+D duplicate, Delete (in the table) delete, Ctrl+Shift+C copy the
breakdown, Ctrl+S save it; Tab walks through the fields.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QSortFilterProxyModel,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.costs import OfferForm, country_currency, localize, read_form, save_breakdown
from desktop.costs.sheet import CostSheet, SheetLine
from desktop.errors import ShopSafeError
from desktop.i18n import current_language, qt_translate
from desktop.money.amount import Money
from desktop.paths import data_dir
from desktop.plainerrors import plain_error_message
from desktop.settings import COUNTRY, Settings
from desktop.costs.storage import breakdown_to_json
from desktop.ui.costs_archive import ChooseOrderDialog, save_breakdown_into
from desktop.ui.costs_editor import OfferEditor
from desktop.ui.costs_export import BreakdownExport
from desktop.ui.costs_model import SORT_ROLE, BreakdownModel, OffersModel
from desktop.ui.costs_rates import RatesBar
from desktop.ui.costs_store import PageStore
from desktop.ui.tasks import Task

__all__ = ["CostsPage"]

log = logging.getLogger(__name__)

# Offered in "Compare in"; the country's currency is put first.
_CURRENCIES = ("IDR", "EUR", "USD", "MXN", "ARS", "COP", "CLP", "PEN", "UYU", "JPY", "GBP",
               "SGD", "MYR", "PHP", "THB", "AUD", "CAD", "CHF")
_FIT_DELAY_MS = 150


class CostsPage(QWidget):
    """The Costs page (see the module docstring). ``totals_changed`` fires after every
    recomputation; ``state_loaded`` once the saved offers are back."""

    totals_changed = Signal()
    #: "Save breakdown" found the archive locked and the user chose to go and unlock it.
    archive_page_requested = Signal()
    #: A breakdown was saved into the archive; carries the order id.
    breakdown_archived = Signal(str)
    state_loaded = Signal()
    rates_loaded = Signal()

    def __init__(self, settings: Settings, pool: QThreadPool | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("costsPage")
        self._settings = settings
        self._pool = pool or QThreadPool.globalInstance()
        # The offers live in self.model only (what was typed, results, numbers).
        self._next_number = 1
        self._compare_currency = country_currency(self._country()) or "IDR"
        self._reference_text = ""
        self._tasks: list[Task] = []
        self._status_text = ""
        self._sheet = CostSheet()
        self._reference_error = ""
        self._archive_writer: Any = None
        self.order_dialog: Any = None
        self.locked_box: QMessageBox | None = None

        # --- top: comparison currency, reference price, rates ---------------------------
        self.compare_label = QLabel(self)
        self.compare_combo = QComboBox(self)
        self.compare_combo.setObjectName("compareCurrency")
        self.compare_label.setBuddy(self.compare_combo)
        self.reference_label = QLabel(self)
        self.reference_edit = QLineEdit(self)
        self.reference_edit.setObjectName("referencePrice")
        self.reference_edit.setClearButtonEnabled(True)
        self.reference_label.setBuddy(self.reference_edit)
        self.rates = RatesBar(settings, self._pool, self)
        self.rates_label = self.rates.label
        self.rates_button = self.rates.button

        # --- actions ---------------------------------------------------------------------
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addOfferButton")
        self.duplicate_button = QPushButton(self)
        self.duplicate_button.setObjectName("duplicateOfferButton")
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("deleteOfferButton")
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copyBreakdownButton")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveBreakdownButton")
        # "Export PDF…" and "Save as image…": the copied text, as a file to send.
        self.export = BreakdownExport(self.shareable_text, self._set_status, self)
        self.pdf_button = self.export.pdf_button
        self.image_button = self.export.image_button

        # --- offers table, breakdown, editor -------------------------------------------
        self.model = OffersModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setObjectName("offersTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(False)
        # Sized to the contents after a pause in typing, not on every keystroke (_fit_table).
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)

        self.breakdown_title = QLabel(self)
        self.breakdown_title.setObjectName("breakdownTitle")
        self.breakdown_model = BreakdownModel(self)
        self.breakdown_view = QTableView(self)
        self.breakdown_view.setObjectName("breakdownView")
        self.breakdown_view.setModel(self.breakdown_model)
        self.breakdown_view.verticalHeader().hide()
        header = self.breakdown_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.breakdown_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.warnings_label = QLabel(self)
        self.warnings_label.setObjectName("warningsLabel")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.editor = OfferEditor(self)
        self.editor_scroll = QScrollArea(self)
        self.editor_scroll.setWidgetResizable(True)
        self.editor_scroll.setWidget(self.editor)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self._layout()
        self._fill_currencies()
        self._connect()
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(_FIT_DELAY_MS)
        self._fit_timer.timeout.connect(self._fit_table)
        self.store = PageStore(self._snapshot, self._pool, self)
        self.store.loaded.connect(self._on_state_loaded)
        self.store.failed.connect(self._on_state_failed)
        self._retranslate()
        self._update_enabled()
        app = QCoreApplication.instance()
        if app is not None:  # what was typed in the last moment before quitting is kept
            app.aboutToQuit.connect(self.flush)
        # Started from the event loop, so whoever created the page can still set rates_url and
        # option_overrides first.
        QTimer.singleShot(0, self, self.store.load)
        QTimer.singleShot(0, self, lambda: self.rates.load(fetch=False))

    # ----------------------------------------------------------------------- layout
    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.compare_label)
        top.addWidget(self.compare_combo)
        top.addSpacing(12)
        top.addWidget(self.reference_label)
        top.addWidget(self.reference_edit, 1)
        top.addSpacing(12)
        top.addWidget(self.rates, 2)

        actions = QHBoxLayout()
        for button in (self.add_button, self.duplicate_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.copy_button)
        actions.addWidget(self.save_button)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(actions)
        left_layout.addWidget(self.table, 3)
        left_layout.addWidget(self.empty_label, 1)
        left_layout.addWidget(self.warnings_label)
        breakdown_bar = QHBoxLayout()
        breakdown_bar.addWidget(self.breakdown_title, 1)
        breakdown_bar.addWidget(self.pdf_button)
        breakdown_bar.addWidget(self.image_button)
        left_layout.addLayout(breakdown_bar)
        left_layout.addWidget(self.breakdown_view, 4)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor_scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status_label)

    def _fill_currencies(self) -> None:
        own = country_currency(self._country())
        codes = [own] if own else []
        codes += [code for code in _CURRENCIES if code != own]
        if self._compare_currency not in codes:
            codes.append(self._compare_currency)
        self.compare_combo.blockSignals(True)
        self.compare_combo.clear()
        for code in codes:
            self.compare_combo.addItem(code, code)
        index = self.compare_combo.findData(self._compare_currency)
        self.compare_combo.setCurrentIndex(max(index, 0))
        self.compare_combo.blockSignals(False)

    def _connect(self) -> None:
        self.add_button.clicked.connect(lambda: self.add_offer())
        self.duplicate_button.clicked.connect(lambda: self.duplicate_offer())
        self.delete_button.clicked.connect(lambda: self.delete_offer())
        self.copy_button.clicked.connect(self.copy_breakdown)
        self.save_button.clicked.connect(self.save_current_breakdown)
        self.rates.rates_changed.connect(self._on_rates_changed)
        self.compare_combo.currentIndexChanged.connect(self._on_compare_combo_changed)
        self.reference_edit.textEdited.connect(self._on_reference_edit_edited)
        self.editor.form_edited.connect(self._on_editor_form_edited)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self._settings.settings_changed.connect(self._on_settings_changed)

        def shortcut(sequence: QKeySequence | str | Qt.Key, slot: Any,
                     widget: QWidget | None = None) -> None:
            item = QShortcut(QKeySequence(sequence), widget or self)
            item.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            item.activated.connect(slot)

        shortcut("Ctrl+N", lambda: self.add_offer())
        # Enter on an offer goes straight to its price, the field edited most.
        shortcut(Qt.Key.Key_Return, self._edit_current_price, self.table)
        shortcut(Qt.Key.Key_Enter, self._edit_current_price, self.table)
        shortcut("Ctrl+D", lambda: self.duplicate_offer())
        shortcut(QKeySequence.StandardKey.Delete, lambda: self.delete_offer(), self.table)
        shortcut("Ctrl+Shift+C", self.copy_breakdown)
        shortcut("Ctrl+S", self.save_current_breakdown)

    # ----------------------------------------------------------------------- helpers
    def _country(self) -> str:
        return str(self._settings.value(COUNTRY))

    def _locale(self) -> str:
        return f"{current_language()}_{self._country()}"

    def _start(self, task: Task) -> Task:
        self._tasks.append(task)
        task.on_finished(lambda: self._tasks.remove(task) if task in self._tasks else None)
        return task.start(self._pool)

    def _take_number(self) -> int:
        number = self._next_number
        self._next_number += 1
        return number

    def _set_status(self, text: str) -> None:
        self._status_text = text
        self.status_label.setText(text)

    # ----------------------------------------------------------------------- public API
    @property
    def rates_url(self) -> str:
        """Where the ECB rates are fetched from (tests point it at a local server)."""
        return self.rates.rates_url

    @rates_url.setter
    def rates_url(self, url: str) -> None:
        self.rates.rates_url = url

    @property
    def option_overrides(self) -> dict[str, Any]:
        """Extra CheckOptions fields for the rate fetch (``ca_bundle``, ``resolve``)."""
        return self.rates.option_overrides

    @option_overrides.setter
    def option_overrides(self, overrides: dict[str, Any]) -> None:
        self.rates.option_overrides = overrides

    def offer_count(self) -> int:
        return self.model.rowCount()

    def forms(self) -> list[OfferForm]:
        return self.model.forms()

    def current_row(self) -> int:
        """The selected offer (source row), or -1."""
        index = self.table.selectionModel().currentIndex()
        if not index.isValid():
            return -1
        return self.proxy.mapToSource(index).row()

    def set_current_row(self, row: int) -> None:
        if not 0 <= row < self.offer_count():
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    def add_offer(self, form: OfferForm | None = None) -> int:
        """Add an offer (a blank one with the country's tax preset by default); select it."""
        form = form or OfferForm.for_country(self._country())
        position = self.offer_count()
        self.model.insert_row(position, self._new_line(form))
        self._recompute()
        self.set_current_row(position)
        self.editor.field("unit_price" if form.name else "name").setFocus()
        self._schedule_save()
        return position

    def add_offer_from_check(self, name: str, link: str, price: Money) -> int:
        """An offer prefilled from a shop check: the captured price is kept to spot changes.

        Asked again for the same link and captured price, it selects that offer instead (and
        keeps what the buyer typed since). Returns the offer's row."""
        text = price.plain()
        for row, form in enumerate(self.forms()):
            if form.link == link and form.captured_price == text:
                self.set_current_row(row)
                return row
        form = OfferForm.for_country(self._country(), name=name, link=link, unit_price=text,
                                     captured_price=text)
        return self.add_offer(form)

    def duplicate_offer(self, row: int | None = None) -> int:
        row = self.current_row() if row is None else row
        if not 0 <= row < self.offer_count():
            return -1
        source = self.model.row_at(row).form
        name = source.name.strip()
        copy_name = self.tr("{name} (copy)").format(name=name) if name else ""
        return self.add_offer(source.with_field("name", copy_name))

    def delete_offer(self, row: int | None = None) -> None:
        row = self.current_row() if row is None else row
        if not 0 <= row < self.offer_count():
            return
        self.model.remove_row(row)
        self._recompute()
        if self.offer_count():
            self.set_current_row(min(row, self.offer_count() - 1))
        else:
            self._show_current()
        self._schedule_save()

    def breakdown_text(self, row: int | None = None) -> str:
        """The current offer's breakdown as text (what Copy puts on the clipboard)."""
        row = self.current_row() if row is None else row
        if not 0 <= row < self.offer_count():
            return ""
        line = self.model.row_at(row)
        if line.breakdown is None:
            return ""
        return line.breakdown.as_text(self._locale(), qt_translate, line.not_entered)

    def comparison_text(self) -> str:
        """All offers side by side as text (name, total in the comparison currency, notes);
        empty with fewer than two offers."""
        rows = self.model.rows()
        if len(rows) < 2:
            return ""
        lines = [self.tr("Comparison in {currency}").format(currency=self._compare_currency)]
        for position in range(len(rows)):
            name = self.model.index(position, OffersModel.NAME).data()
            total = self.model.index(position, OffersModel.COMPARED).data() or "—"
            notes = self.model.index(position, OffersModel.NOTES).data()
            lines.append(f"- {name}: {total}" + (f" ({notes})" if notes else ""))
        return "\n".join(lines) + "\n"

    def shareable_text(self) -> str:
        """What Copy, Export PDF and Save as image send: the current offer's breakdown, then the
        comparison when there are several offers ("" without a breakdown)."""
        text = self.breakdown_text()
        comparison = self.comparison_text()
        return f"{text}\n{comparison}" if text and comparison else text

    def export_pdf(self, path: str | Path) -> Path:
        """Write :meth:`shareable_text` as a PDF at ``path``; raises ``OSError``."""
        return self.export.export_pdf(path)

    def export_image(self, path: str | Path) -> Path:
        """Write :meth:`shareable_text` as a PNG 1080 px wide at ``path``; raises ``OSError``."""
        return self.export.export_image(path)

    def copy_breakdown(self) -> None:
        """Copy the current offer's breakdown, and the comparison when there are several."""
        text = self.shareable_text()
        if not text:
            self._set_status(self.tr("Nothing to copy yet: type a price first."))
            return
        QGuiApplication.clipboard().setText(text)
        self._set_status(self.tr("Breakdown copied."))

    def save_current_breakdown(self) -> None:
        row = self.current_row()
        breakdown = self.model.row_at(row).breakdown if 0 <= row < self.offer_count() else None
        if breakdown is None:
            self._set_status(self.tr("Nothing to save yet: type a price first."))
            return
        if self._archive_writer is not None:
            self._save_to_archive(breakdown)
            return
        self._start(Task(save_breakdown, breakdown)
                    .on_success(self._on_breakdown_saved)
                    .on_failure(self._on_save_failed))

    def set_archive_writer(self, writer: Any) -> None:
        """``writer()`` gives the window's archive writer (or ``None`` while it is locked):
        breakdowns are then saved into the archive, never into the JSON folder."""
        self._archive_writer = writer
        self._retranslate()

    def _save_to_archive(self, breakdown: Any) -> None:
        writer = self._archive_writer()
        session = getattr(writer, "session", None)
        if session is None or session.locked:
            box = self.locked_box = QMessageBox(
                QMessageBox.Icon.Information, self.tr("Save breakdown"),
                self.tr("The archive is locked. Unlock it on the Archive page, then save the "
                        "breakdown again."),
                QMessageBox.StandardButton.Cancel, self)
            go = box.addButton(self.tr("Go to the &Archive page"), QMessageBox.ButtonRole.AcceptRole)
            box.setDefaultButton(go)
            box.setWindowModality(Qt.WindowModality.WindowModal)
            go.clicked.connect(self.archive_page_requested)
            box.open()
            self._set_status(self.tr("The archive is locked: the breakdown was not saved."))
            return
        document = breakdown_to_json(breakdown)
        dialog = self.order_dialog = ChooseOrderDialog(
            session.orders(), breakdown.offer.name or self.tr("Offer"), self)
        dialog.accepted.connect(lambda: self._on_order_chosen(writer, document))
        dialog.open()

    def archive_state_changed(self) -> None:
        """The archive was unlocked or locked. Locked: an open "Save to archive" dialog closes
        (it lists the archive's orders, and nothing could be saved from it any more)."""
        writer = self._archive_writer() if self._archive_writer is not None else None
        if getattr(writer, "session", None) is None and self.order_dialog is not None:
            dialog, self.order_dialog = self.order_dialog, None
            dialog.reject()
            dialog.deleteLater()
            self._set_status(self.tr("The archive was locked: the breakdown was not saved."))

    def _on_order_chosen(self, writer: Any, document: dict) -> None:
        if self.order_dialog is None:  # closed by a lock meanwhile
            return
        order_id, title = self.order_dialog.choice()
        if writer.session is None:
            self._set_status(self.tr("The archive is locked: the breakdown was not saved."))
            return
        op = writer.op(save_breakdown_into, order_id, title or self.tr("Offer"), document)
        op.on_success(self._on_breakdown_archived).on_failure(self._on_archive_failed)
        self._tasks.append(op)
        op.on_finished(lambda: self._tasks.remove(op) if op in self._tasks else None)
        self._set_status(self.tr("Saving the breakdown to the archive…"))
        op.start()

    def _on_breakdown_archived(self, order_id: str) -> None:
        self._set_status(self.tr("Breakdown saved in the archive."))
        self.breakdown_archived.emit(order_id)

    def _on_archive_failed(self, error: BaseException) -> None:
        from desktop.archive import ArchiveError

        if not isinstance(error, (ArchiveError, OSError)):
            raise error
        log.warning("breakdown not saved to the archive: %s", type(error).__name__)
        if isinstance(error, ArchiveError):
            reason = error.message.render(qt_translate)
        else:
            reason = plain_error_message(error, data_dir()).render(qt_translate)
        self._set_status(self.tr("Could not save: {reason}").format(reason=reason))

    # ----------------------------------------------------------------------- computing
    def _edit_current_price(self) -> None:
        if self.current_row() >= 0:
            field = self.editor.field("unit_price")
            field.setFocus(Qt.FocusReason.ShortcutFocusReason)
            field.selectAll()

    def _fit_table(self) -> None:
        # When every offer is in the comparison currency, "Total" and "Total (IDR)" say the same:
        # one is hidden, so the notes (cheapest, suspicious) stay readable on a small screen.
        same = all(row.breakdown is None or row.breakdown.currency == self._compare_currency
                   for row in self.model.rows())
        self.table.setColumnHidden(OffersModel.TOTAL, same)
        # Every column but the notes fits its contents; the notes take the rest and wrap.
        for column in range(OffersModel.NOTES):
            self.table.resizeColumnToContents(column)
        # A long shop name must not push the notes out of sight.
        limit = max(120, self.table.viewport().width() // 4)
        if self.table.columnWidth(OffersModel.NAME) > limit:
            self.table.setColumnWidth(OffersModel.NAME, limit)
        self.table.resizeRowsToContents()

    def _new_line(self, form: OfferForm) -> SheetLine:
        # Shown until _recompute fills in the totals (it follows at once).
        return SheetLine(form, read_form(form, self._compare_currency, self._country()),
                         number=self._take_number())

    def _recompute(self, forms: list[OfferForm] | None = None) -> None:
        """Rebuild the sheet from the model's offers (``forms`` replaces what was typed)."""
        locale = self._locale()
        built = self._sheet.build(
            self.model.forms() if forms is None else forms, self.model.numbers(),
            currency=self._compare_currency, country=self._country(), locale=locale,
            table=self.rates.table, reference_text=self._reference_text)
        self._reference_error = (built.reference_error.render(qt_translate)
                                 if built.reference_error is not None else "")
        # A failed rates fetch only matters when an offer is in another currency.
        self.rates.set_needed(any(line.breakdown is not None
                                  and line.breakdown.currency != self._compare_currency
                                  for line in built.lines))
        if self.model.set_rows(built.lines, locale, self._compare_currency):
            self._fit_timer.start()
        self._show_current()
        self._update_warnings()
        self._update_enabled()
        self.totals_changed.emit()

    def _show_current(self) -> None:
        row = self.current_row()
        locale = self._locale()
        if not 0 <= row < self.offer_count():
            self.editor.setEnabled(False)
            self.editor.set_form(OfferForm())
            self.editor.show_result(None, self._compare_currency, locale)
            self.breakdown_model.set_breakdown(None, locale)
            self.breakdown_title.setText("")
            return
        offer_row = self.model.row_at(row)
        self.editor.setEnabled(True)
        if self.editor.form() != offer_row.form:
            self.editor.set_form(offer_row.form)
        hint = offer_row.rate_note.render(qt_translate) if offer_row.rate_note is not None else ""
        self.editor.show_result(offer_row.result, self._compare_currency, locale, hint)
        # Empty shipping is "not entered", not "Rp 0" (which would read as free shipping).
        self.breakdown_model.set_breakdown(offer_row.breakdown, locale, offer_row.not_entered)
        title = offer_row.title or self.tr("Offer {number}").format(number=offer_row.number)
        self.breakdown_title.setText(self.tr("Breakdown: {offer}").format(offer=title))

    def _update_warnings(self) -> None:
        lines = []
        if self._reference_error:
            lines.append(self.tr("Reference price: {error}").format(error=self._reference_error))
        for row in self.model.rows():
            compared = row.compared
            if compared is None:
                continue
            name = row.title or self.tr("Offer {number}").format(number=row.number)
            for message in (compared.suspicious, compared.problem,
                            compared.price_change.message if compared.price_change else None):
                if message is not None:
                    text = localize(message, self._locale()).render(qt_translate)
                    lines.append(f"⚠ {name}: {text}")
        self.warnings_label.setText("\n".join(lines))
        self.warnings_label.setVisible(bool(lines))

    def _update_enabled(self) -> None:
        has = self.offer_count() > 0
        selected = self.current_row() >= 0
        self.duplicate_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)
        self.copy_button.setEnabled(selected)
        self.save_button.setEnabled(selected)
        self.export.set_enabled(selected)
        self.empty_label.setVisible(not has)
        self.table.setVisible(has)
        self.breakdown_view.setVisible(has)
        self.breakdown_title.setVisible(has)
        self.pdf_button.setVisible(has)
        self.image_button.setVisible(has)
        self.editor_scroll.setVisible(has)

    # ----------------------------------------------------------------------- state
    def _on_state_loaded(self, document: dict | None) -> None:
        if document is not None:
            forms = [OfferForm.from_json(entry) for entry in document.get("offers", [])
                     if isinstance(entry, dict)]
            currency = str(document.get("compare_currency") or self._compare_currency)
            self._compare_currency = currency
            self._reference_text = str(document.get("reference_price", ""))
            self.reference_edit.setText(self._reference_text)
            self._fill_currencies()
            # Offers added before the saved ones arrived stay, after them.
            for position, form in enumerate(forms):
                self.model.insert_row(position, self._new_line(form))
            self._recompute()
            if self.offer_count():
                self.set_current_row(0)
        self.state_loaded.emit()

    def _on_state_failed(self, error: BaseException) -> None:
        if isinstance(error, ShopSafeError):  # the saved file could not be read
            self._set_status(error.message.render(qt_translate))
            self.state_loaded.emit()
        else:  # a write failed; what is typed stays on screen and is written next time
            log.warning("costs could not be saved: %s", error)
            self._set_status(self.tr("Could not save: {reason}").format(
                reason=plain_error_message(error, data_dir() / "costs").render(qt_translate)))

    def _snapshot(self) -> tuple[list[dict[str, str]], str, str]:
        return ([form.to_json() for form in self.forms()], self._compare_currency,
                self._reference_text)

    def _schedule_save(self) -> None:
        self.store.schedule_save()

    def flush(self) -> None:
        """Write pending changes now (the page hides, the application quits; tests)."""
        self.store.flush()

    def _on_breakdown_saved(self, path: Any) -> None:
        self._set_status(self.tr("Breakdown saved to {path}").format(path=str(path)))

    def _on_save_failed(self, error: BaseException) -> None:
        log.warning("costs could not be saved: %s", error)
        self._set_status(self.tr("Could not save: {reason}").format(
            reason=plain_error_message(error, data_dir() / "costs").render(qt_translate)))

    # ----------------------------------------------------------------------- events
    def _on_rates_changed(self) -> None:
        self._recompute()
        self.rates_loaded.emit()

    def _on_editor_form_edited(self, form: OfferForm) -> None:
        row = self.current_row()
        if not 0 <= row < self.offer_count():
            return
        forms = self.forms()
        forms[row] = form
        self._recompute(forms)
        self._schedule_save()

    def _on_table_current_changed(self, *_: object) -> None:
        self._show_current()
        self._update_enabled()

    def _on_compare_combo_changed(self, _index: int) -> None:
        code = self.compare_combo.currentData()
        if code and code != self._compare_currency:
            self._compare_currency = str(code)
            self._recompute()
            self._schedule_save()

    def _on_reference_edit_edited(self, text: str) -> None:
        self._reference_text = text
        self._recompute()
        self._schedule_save()

    def _on_settings_changed(self, key: str) -> None:
        if key == COUNTRY.key:
            self._fill_currencies()
            self._recompute()

    def _retranslate(self) -> None:
        self.compare_label.setText(self.tr("Compare in"))
        self.reference_label.setText(self.tr("Normal price"))
        self.reference_edit.setPlaceholderText(
            self.tr("optional: the usual price of this item, to spot fake discounts"))
        self.add_button.setText(self.tr("Add offer"))
        self.add_button.setToolTip(self.tr("Add an offer (Ctrl+N)"))
        self.duplicate_button.setText(self.tr("Duplicate"))
        self.duplicate_button.setToolTip(self.tr("Duplicate the selected offer (Ctrl+D)"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected offer (Delete)"))
        self.copy_button.setText(self.tr("Copy breakdown"))
        self.copy_button.setToolTip(self.tr("Copy the breakdown as text (Ctrl+Shift+C)"))
        self.save_button.setText(self.tr("Save breakdown"))
        if self._archive_writer is not None:
            self.save_button.setToolTip(self.tr("Keep the breakdown with an order in the encrypted archive (Ctrl+S)"))
        else:
            self.save_button.setToolTip(self.tr("Keep the breakdown on this computer (Ctrl+S)"))
        self.export.retranslate()
        self.table.setAccessibleName(self.tr("Offers"))
        self.breakdown_view.setAccessibleName(self.tr("Breakdown"))
        self.empty_label.setText(self.tr(
            "Add an offer and paste its price — Rp 125.000, 50rb, 1.234,56 € or $19.99 — to "
            "see what you will really pay. Add more offers to compare them."))
        if self.offer_count():
            self._recompute()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's API
        # Leaving the page (another page, closing the window) writes what is pending now, so a
        # timer never fires later for a page that is on its way out.
        self.flush()
        super().hideEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
