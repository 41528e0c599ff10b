"""The Archive page: create or unlock the archive, list and search orders, add evidence.

Three states in one stack: *first use* (create or open an archive folder), *locked* (the
passphrase form) and *open* (orders table, filters and the order detail). All archive access
that writes goes through one :class:`~desktop.ui.archive_ops.ArchiveWriter`; decrypting for
viewing and unlocking run in the shared pool. Locking (button, idle time from Settings, or the
system suspending the app) drops the session and empties every view and thumbnail cache.
"""

from __future__ import annotations

import datetime as _dt
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.archive import (
    ORDER_STATUSES,
    ArchiveError,
    WrongPassphrase,
    create_archive,
    default_archive_folder,
    is_archive,
    open_archive,
)
from desktop.settings import ARCHIVE_FOLDER, AUTO_LOCK_MINUTES, Settings
from desktop.ui.archive_create import CreateArchiveDialog, RecoveryKeyDialog
from desktop.ui.archive_columns import OrderColumns
from desktop.ui.archive_detail import OrderDetail
from desktop.ui.archive_model import ID_ROLE, OrdersModel
from desktop.ui.archive_adding import EvidenceAdder
from desktop.ui.archive_news import NewsPanel, load_family
from desktop.ui.archive_inbox_watcher import InboxBar, InboxWatcher
from desktop.ui.archive_ops import ArchiveWriter
from desktop.ui.archive_reading import ReadingHooks
from desktop.ui.archive_unlock import FirstUsePanel, UnlockPanel
from desktop.ui.archive_watch import SyncHook
from desktop.ui.complaint_pack import ComplaintPackMaker
from desktop.ui.errors import show_error_message
from desktop.plainerrors import plain_error_message
from desktop.ui.tasks import Task, writer_pool

__all__ = ["ArchivePage"]

log = logging.getLogger(__name__)
_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel}


class ArchivePage(QWidget):
    """See the module docstring; built by the main window with (settings, pool).
    ``unlocked`` is emitted each time a session opens (created or unlocked), ``locked``
    each time it is dropped (button, idle time, system suspend, closing)."""

    unlocked = Signal()
    locked = Signal()
    #: A seller to show on the Sellers page (a scam mark in the news); the window routes it.
    seller_requested = Signal(str)
    # "Compare the cost" of an order's read total: a CapturedOffer for the Costs page.
    compare_cost_requested = Signal(object)

    def __init__(self, settings: Settings, pool: QThreadPool, parent: QWidget | None = None,
                 data_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.pool = pool
        self.data_dir = data_dir
        self.session: Any = None
        self.writer = ArchiveWriter(self)
        self.writer.changed.connect(self._on_writer_changed)
        self._tasks: set[Task] = set()
        self._open_tasks: set[Task] = set()  # decrypting for the viewer; cancelled by lock()
        self._unlocking = False
        self._unlock_attempt = 0
        self.setAcceptDrops(True)

        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_first_use())
        self.stack.addWidget(self._build_locked())
        self.stack.addWidget(self._build_open())
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self._on_idle_timer_timeout)
        QApplication.instance().installEventFilter(self)
        QGuiApplication.instance().applicationStateChanged.connect(
            self._on_application_state_changed)
        settings.settings_changed.connect(self._on_settings_changed)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self._on_find_activated,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.viewer: Any = None
        self.recovery_dialog: Any = None
        self.members_dialog: Any = None
        self.join_dialog: Any = None
        self._retranslate()
        self._show_start_state()

    # -- building -----------------------------------------------------------------------------

    def _build_first_use(self) -> QWidget:
        panel = self.first_use = FirstUsePanel()
        self.create_button = panel.create_button
        self.open_button = panel.open_button
        self.create_button.clicked.connect(self.create_archive_interactively)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        return panel

    def _build_locked(self) -> QWidget:
        panel = self.unlock_panel = UnlockPanel()
        self.passphrase = panel.passphrase
        self.unlock_button = panel.unlock_button
        self.unlock_error = panel.error
        self.use_recovery = panel.use_recovery
        self.locked_folder = panel.folder
        self.passphrase.returnPressed.connect(self.unlock)
        self.unlock_button.clicked.connect(self.unlock)
        panel.other_folder.clicked.connect(self._on_open_button_clicked)
        panel.join_button.clicked.connect(self._on_join_button_clicked)
        return panel

    def _build_open(self) -> QWidget:
        page = QWidget()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search orders, sellers, files, notes…"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        self.tag_filter = QComboBox()
        self.tag_filter.setAccessibleName(self.tr("Tag filter"))
        self.seller_filter = QComboBox()
        self.seller_filter.setAccessibleName(self.tr("Seller filter"))
        self.date_from = QLineEdit()
        self.date_from.setPlaceholderText(self.tr("from YYYY-MM-DD"))
        self.date_from.setMaximumWidth(130)
        self.date_to = QLineEdit()
        self.date_to.setPlaceholderText(self.tr("to YYYY-MM-DD"))
        self.date_to.setMaximumWidth(130)
        self.new_order = QPushButton(self.tr("New order"))
        self.add_button = QPushButton(self.tr("Add files…"))
        self.lock_button = QPushButton(self.tr("Lock"))
        self.lock_button.setToolTip(self.tr("Lock the archive now"))
        self.pack_button = QPushButton(self.tr("Complaint pack…"))
        self.members_button = QPushButton(self.tr("Family…"))
        self.news = NewsPanel()  # shown first after unlocking (issue 12)
        self.news.order_chosen.connect(self.select_order)
        self.news.seller_chosen.connect(self.seller_requested)
        self.pack_button.setEnabled(False)
        self.pack_maker = ComplaintPackMaker(self.settings, self.pool, self)
        self.pack_maker.finished.connect(self._on_pack_made)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_order)
        top.addWidget(self.add_button)
        top.addWidget(self.pack_button)
        top.addWidget(self.members_button)
        top.addWidget(self.lock_button)
        filters = QHBoxLayout()
        for combo in (self.status_filter, self.tag_filter, self.seller_filter):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
        for widget in (self.status_filter, self.tag_filter, self.seller_filter, self.date_from,
                       self.date_to):
            filters.addWidget(widget)
        filters.addStretch(1)

        self.model = OrdersModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        # The title column takes the room; the others are as wide as what they show.
        self.columns = OrderColumns(self.table)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Orders"))
        self.detail = OrderDetail(self.pool)
        self.detail.money_locale = self._money_locale
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.detail)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.adder = EvidenceAdder(self.writer, self.progress, self.cancel_button, self.message,
                                   self._target_order, self._on_import_showing, self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.cancel_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.news)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)
        # The inbox folder (phone → PC), see desktop/ui/archive_inbox_watcher.py.
        self.inbox = InboxWatcher(self.settings, self.writer, self.pool, self)
        self.inbox_bar = InboxBar(self.inbox, self.settings, page)
        layout.addWidget(self.inbox_bar)

        self._changed_orders: set[str] = set()
        self._changed_other = False
        self._changes_due = False
        self._filter_values: tuple[set[str], set[str]] = (set(), set())
        self._changes_timer = QTimer(self)
        self._changes_timer.setSingleShot(True)
        self._changes_timer.setInterval(150)
        self._changes_timer.timeout.connect(self._on_changes_timer_timeout)

        # Issue 16: files read in the background, the "Needs review" list, read fields.
        self.reading = ReadingHooks(self, layout)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self._apply_filters)
        self.search.textChanged.connect(self._search_timer.start)
        for combo in (self.status_filter, self.tag_filter, self.seller_filter):
            combo.activated.connect(self._apply_filters)
        for edit in (self.date_from, self.date_to):
            edit.editingFinished.connect(self._apply_filters)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.new_order.clicked.connect(self._on_new_order_clicked)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.lock_button.clicked.connect(self.lock)
        self.pack_button.clicked.connect(self._on_pack_button_clicked)
        self.members_button.clicked.connect(self._on_members_button_clicked)
        self.pack_maker.failed.connect(self.message.setText)
        self.detail.add_files_requested.connect(self._on_add_button_clicked)
        self.detail.open_requested.connect(self.open_attachment)
        self.detail.fields_edited.connect(
            lambda order, fields: self._write(lambda s: s.update_order(order, **fields)))
        self.detail.tags_edited.connect(
            lambda order, tags: self._write(lambda s: s.set_tags(order, tags)))
        self.detail.note_added.connect(
            lambda order, text: self._write(lambda s: s.add_note(order, text)))
        # Sync (issue 12): changes from other PCs appear; edits made at once are reviewed.
        self.sync = SyncHook(self)
        top.insertWidget(top.indexOf(self.lock_button), self.sync.review_button)
        return page

    def _retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search orders, sellers, files, notes…"))
        self.search.setAccessibleName(self.tr("Search"))
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        self.tag_filter.setAccessibleName(self.tr("Tag filter"))
        self.seller_filter.setAccessibleName(self.tr("Seller filter"))
        self.date_from.setPlaceholderText(self.tr("from YYYY-MM-DD"))
        self.date_from.setAccessibleName(self.tr("From date"))
        self.date_to.setPlaceholderText(self.tr("to YYYY-MM-DD"))
        self.date_to.setAccessibleName(self.tr("To date"))
        self.new_order.setText(self.tr("New order"))
        self.add_button.setText(self.tr("Add files…"))
        self.lock_button.setText(self.tr("Lock"))
        self.lock_button.setToolTip(self.tr("Lock the archive now"))
        self.pack_button.setText(self.tr("Complaint pack…"))
        self.members_button.setText(self.tr("Family…"))
        self.members_button.setToolTip(self.tr("Who is in the family, add or remove members"))
        self.pack_button.setToolTip(self.tr("A PDF and the original files of the selected order, "
                                            "with where to report it"))
        self.table.setAccessibleName(self.tr("Orders"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.model.retranslate()
        self.columns.fit()
        # The detail's labels too when locked: it is shown in the new language after unlocking.
        self.detail.retranslate()
        if self.session is not None:
            self._refill_filters()

    def _share_splitter(self) -> None:
        # The detail gets what it needs to show without clipping (a little more on large
        # screens), the orders table the rest, so titles stay readable at 1024×600.
        total = max(self.splitter.width(), 600)
        pane = self.splitter.widget(1)
        needed = (self.detail.minimumSizeHint().width() + 2 * pane.frameWidth()
                  + pane.verticalScrollBar().sizeHint().width())
        detail = min(max(needed, total * 7 // 20), total // 2)
        self.splitter.setSizes([total - detail, detail])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # -- states -------------------------------------------------------------------------------

    def archive_folder(self) -> Path:
        chosen = self.settings.value(ARCHIVE_FOLDER)
        return Path(chosen) if chosen else default_archive_folder(self.data_dir)

    def _show_start_state(self) -> None:
        if self.session is not None:
            self.stack.setCurrentIndex(2)
        elif is_archive(self.archive_folder()):
            self.locked_folder.setText(str(self.archive_folder()))
            self.stack.setCurrentIndex(1)
            self.passphrase.setFocus()
        else:
            self.stack.setCurrentIndex(0)

    def create_archive_interactively(self) -> None:
        self.create_dialog = CreateArchiveDialog(self.archive_folder(), self)
        self.create_dialog.accepted.connect(self._on_create_dialog_accepted)
        self.create_dialog.open()

    def _on_create_dialog_accepted(self) -> None:
        dialog = self.create_dialog
        folder, passphrase = dialog.folder(), dialog.take_passphrase()
        self.first_use.set_busy(True)
        self._run(lambda: self._create(folder, passphrase), self._on_created,
                  finished=lambda: self.first_use.set_busy(False))

    def _create(self, folder: Path, passphrase: str) -> tuple[Any, str]:  # worker thread
        session = create_archive(folder, passphrase, data_dir=self.data_dir)
        return session, session.new_recovery_key()

    def _on_created(self, result: tuple[Any, str]) -> None:
        session, key = result
        self.settings.set_value(ARCHIVE_FOLDER, str(session.folder))
        self._opened(session)
        self.recovery_dialog = RecoveryKeyDialog(key, self)
        self.recovery_dialog.open()

    def _on_open_button_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the archive folder"))
        if not chosen:
            return
        if not is_archive(chosen):
            show_error_message(self.tr("There is no ShopSafe archive in this folder."), self)
            return
        self.settings.set_value(ARCHIVE_FOLDER, chosen)
        self._show_start_state()

    def unlock(self) -> None:
        if self._unlocking:  # Enter pressed again while the first unlock still runs
            self.unlock_panel.take_secret()
            return
        secret = self.unlock_panel.take_secret()  # the field does not keep it
        if not secret:
            return
        self._unlocking = True
        self.unlock_error.setText(self.tr("Unlocking…"))
        self.unlock_button.setEnabled(False)
        folder = self.archive_folder()
        if self.use_recovery.isChecked():
            def unlock_with() -> Any:
                return open_archive(folder, recovery_key=secret, data_dir=self.data_dir)
        else:
            def unlock_with() -> Any:
                return open_archive(folder, secret, data_dir=self.data_dir)
        # Only this attempt's end re-enables the button: a failed attempt's "finished" can
        # arrive after the next attempt started.
        self._unlock_attempt += 1
        attempt = self._unlock_attempt
        self._run(unlock_with,
                  self._on_unlocked, self._on_unlock_failed,
                  finished=lambda: (self._on_unlock_finished()
                                    if attempt == self._unlock_attempt else None))

    def _on_unlocked(self, session: Any) -> None:
        # Cleared here, not only when the task finishes: the result arrives first, and a lock
        # and unlock right after it must not be ignored as a second press.
        self._on_unlock_finished()
        self._opened(session)

    def _on_unlock_finished(self) -> None:
        self._unlocking = False
        self.unlock_button.setEnabled(True)

    def _on_unlock_failed(self, error: BaseException) -> None:
        self._on_unlock_finished()
        if isinstance(error, WrongPassphrase) and self.use_recovery.isChecked():
            self.unlock_error.setText(self.tr("That recovery key is wrong. Check it and try "
                                              "again."))
        elif isinstance(error, WrongPassphrase):
            self.unlock_error.setText(self.tr("That passphrase is wrong. Try again."))
        elif isinstance(error, ArchiveError):
            self.unlock_error.setText(error.message.render(self._translate))
        else:
            log.warning("unlocking the archive failed: %s", type(error).__name__,
                        exc_info=error)
            # Only "may not" is surely about the archive folder; any other OSError may be the
            # local state folder, so the general sentence (details in the log) is truer.
            folder = self.archive_folder() if isinstance(error, PermissionError) else None
            self.unlock_error.setText(plain_error_message(error, folder).render(self._translate))
        self.passphrase.setFocus()

    def _opened(self, session: Any) -> None:
        if self.session is not None:  # a second unlock finished: keep the open one only
            self._lock_session(session)
            return
        self.session = session
        self.writer.session = session
        self.unlock_error.clear()
        self.model.set_orders(session.orders())
        self._refill_filters()
        self.stack.setCurrentIndex(2)
        self._share_splitter()
        self._restart_idle_timer()
        self.inbox.start()
        if session.problems:
            self.message.setText(self.tr("%n damaged file(s) were skipped; run a check from the "
                                         "command line for details.", "", len(session.problems)))
        self._load_family(session)
        self.unlocked.emit()

    def lock(self) -> None:
        """Drop the session; every view and the thumbnail cache are emptied."""
        self.cancel_import()
        self.inbox.stop()
        self.inbox_bar.clear()
        for task in list(self._open_tasks):  # a file still decrypting must never be shown
            task.cancel()
        self._open_tasks.clear()
        self.news.clear()
        for dialog_name in ("viewer", "recovery_dialog", "members_dialog", "join_dialog"):
            dialog = getattr(self, dialog_name, None)
            if dialog is not None:
                dialog.close()
                dialog.deleteLater()
                setattr(self, dialog_name, None)
        session, self.session = self.session, None
        self.writer.session = None
        self.pack_maker.cancel()
        if session is not None:
            self._lock_session(session)
            self.locked.emit()
        self.model.clear()
        self.pack_button.setEnabled(False)
        self.detail.clear()
        self.search.clear()
        self.message.clear()
        for combo in (self.status_filter, self.tag_filter, self.seller_filter):
            combo.clear()
        self.idle_timer.stop()
        self._show_start_state()

    # -- idle and system lock -----------------------------------------------------------------

    def _restart_idle_timer(self) -> None:
        minutes = self.settings.value(AUTO_LOCK_MINUTES)
        if self.session is not None and minutes > 0:
            self.idle_timer.start(minutes * 60_000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API
        if event.type() in _ACTIVITY and self.session is not None and self.idle_timer.isActive():
            self._restart_idle_timer()
        return False

    def _on_find_activated(self) -> None:
        if self.session is not None:
            self.search.setFocus()
            self.search.selectAll()

    def _on_idle_timer_timeout(self) -> None:
        if self.session is not None:
            self.lock()

    def _on_application_state_changed(self, state: Qt.ApplicationState) -> None:
        # Suspended: the system is going to sleep or the session locks (where Qt can tell).
        if state == Qt.ApplicationState.ApplicationSuspended and self.session is not None:
            self.lock()

    def _on_settings_changed(self, key: str) -> None:
        if key == AUTO_LOCK_MINUTES.key:
            self._restart_idle_timer()
        elif key == ARCHIVE_FOLDER.key and self.session is None:
            self._show_start_state()

    # -- the list -----------------------------------------------------------------------------

    def _refill_filters(self) -> None:
        orders = self.model.all_orders()
        fills = (
            (self.status_filter, self.tr("Any status"),
             [(label.render(self._translate), code) for code, label in ORDER_STATUSES]),
            (self.tag_filter, self.tr("Any tag"),
             [(t, t) for t in sorted({t for o in orders for t in o.tags}, key=str.casefold)]),
            (self.seller_filter, self.tr("Any seller"),
             [(s, s) for s in sorted({o.seller for o in orders if o.seller}, key=str.casefold)]),
        )
        self._filter_values = ({t for o in orders for t in o.tags},
                               {o.seller for o in orders if o.seller})
        for combo, any_text, entries in fills:
            current = combo.currentData()
            combo.clear()
            combo.addItem(any_text, "")
            for text, data in entries:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(current)))

    def _apply_filters(self) -> None:
        if self.session is None:
            return
        text = self.search.text().strip()
        matches = {o.id for o in self.session.search(text, limit=100_000)} if text else None
        self.model.set_filters(matches=matches, tag=self.tag_filter.currentData() or "",
                               status=self.status_filter.currentData() or "",
                               seller=self.seller_filter.currentData() or "",
                               date_from=self.date_from.text().strip(),
                               date_to=self.date_to.text().strip())
        if not self.table.currentIndex().isValid():
            # The selected order was filtered out: the detail pane and the per-order actions
            # must not go on showing it (Add files would go to a new order).
            self._on_table_current_row_changed(self.table.currentIndex(),
                                               self.table.currentIndex())

    def current_order_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_order(self, order_id: str) -> None:
        if self._changes_due:  # a change still held back may be this very order
            self._changes_due = False
            self._apply_changes()
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if index.data(ID_ROLE) == order_id:
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)
                return

    def _on_table_current_row_changed(self, current: Any, _previous: Any) -> None:
        order_id = current.data(ID_ROLE) if current.isValid() else None
        self.pack_button.setEnabled(order_id is not None)
        self.detail.show_order(self.session, self.session.order(order_id)
                               if order_id and self.session else None)

    def _on_writer_changed(self, changes: Any) -> None:
        # Throttled: a long import announces a change every half second, other writes may
        # come in bursts; at most one refresh per 150 ms, the first one at once.
        self._changed_orders |= set(changes.orders)
        self._changed_other = self._changed_other or bool(changes.other)
        if not self._changes_timer.isActive():
            self._apply_changes()
            self._changes_timer.start()
        else:
            self._changes_due = True

    def _on_changes_timer_timeout(self) -> None:
        if self._changes_due:
            self._changes_due = False
            self._apply_changes()
            self._changes_timer.start()

    def _apply_changes(self) -> None:
        changed, self._changed_orders = self._changed_orders, set()
        other, self._changed_other = self._changed_other, False  # notes or reports written
        if self.session is None or self.session.locked:
            return
        rows = []
        for order_id in changed:
            try:
                rows.append(self.session.order(order_id))
            except ArchiveError:
                continue
        self.model.update(rows)  # keeps the filters and the sort
        tags, sellers = self._filter_values
        if any(not set(o.tags) <= tags or (o.seller and o.seller not in sellers) for o in rows):
            self._refill_filters()  # a new tag or seller to offer (10,000 orders: ~3 ms)
        if self.search.text().strip():  # the search result itself may have changed
            self._apply_filters()
        current = self.current_order_id()
        if current in changed:
            self.detail.show_order(self.session, self.session.order(current), notes_too=other)

    # -- adding -------------------------------------------------------------------------------

    def _write(self, fn: Any, success: Any = None) -> None:
        if self.session is None:
            return
        op = self.writer.op(fn).reporting_to(self)
        if success is not None:
            op.on_success(success)
        self._keep(op)
        op.start()

    def _on_new_order_clicked(self) -> None:
        title = self.tr("New order {date}").format(date=_dt.date.today().isoformat())
        self._write(lambda s: s.add_order(title=title, date=_dt.date.today().isoformat()),
                    self._on_order_made)

    def _on_order_made(self, order_id: str) -> None:
        self.select_order(order_id)
        self.detail.title.setFocus()
        self.detail.title.selectAll()

    def _target_order(self) -> str | None:
        return self.current_order_id()

    def _on_import_showing(self, order_id: str) -> None:
        if self.current_order_id() is None:  # files went to a new order: show it
            self.select_order(order_id)

    def _on_add_button_clicked(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Add files to the archive"))
        if names:
            self.add_paths([Path(n) for n in names])

    def add_paths(self, paths: list[Path]) -> None:
        """Import files and folders into the selected order (or a new one); see
        :class:`~desktop.ui.archive_adding.EvidenceAdder`."""
        if self.session is not None:
            self.adder.add_paths(paths)

    def cancel_import(self) -> None:
        self.adder.cancel()

    def paste_from_clipboard(self) -> None:
        """Ctrl+V: a screenshot on the clipboard becomes a file of the selected order."""
        if self.session is not None:
            self.adder.paste()

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt's API
        # Ctrl+V anywhere on the page that is not a text field (those paste text themselves).
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_from_clipboard()
            event.accept()
            return
        super().keyPressEvent(event)

    def dragEnterEvent(self, event: Any) -> None:  # noqa: N802 - Qt's API
        if self.session is not None and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:  # noqa: N802 - Qt's API
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths)

    # -- complaint pack -----------------------------------------------------------------------

    def _on_pack_button_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Where should the complaint pack be made?"))
        if chosen:
            self.make_complaint_pack(Path(chosen))

    def make_complaint_pack(self, parent_folder: Path) -> Path | None:
        """A new folder in ``parent_folder`` with the selected order's PDF and original files
        (decrypted: an explicit export); the page says where when done."""
        order_id = self.current_order_id()
        if self.session is None or order_id is None:
            return None
        self.message.setText(self.tr("Making the complaint pack…"))
        return self.pack_maker.make(self.session, order_id, parent_folder)

    def _on_pack_made(self, path: str) -> None:
        self.message.setText(self.tr("Complaint pack made: {path}. The original files are "
                                     "beside it, not encrypted.").format(path=path))

    # -- viewing ------------------------------------------------------------------------------

    def open_attachment(self, attachment_id: str) -> None:
        session = self.session
        if session is None:
            return
        attachment = session.attachment(attachment_id)

        def read_and_decode() -> tuple[bytes, Any]:  # worker: decrypt, and decode a picture
            from desktop.ui.archive_viewer import decode_image

            data = session.read_bytes(attachment_id)
            return data, decode_image(attachment, data)

        task = Task(read_and_decode)
        task.on_success(lambda result: self._show_viewer(attachment, result[0], session,
                                                         result[1]))
        task.on_failure(self._on_open_failed)
        self._open_tasks.add(task)
        task.on_finished(lambda: self._open_tasks.discard(task))
        self._keep(task)
        task.start(self.pool)

    def _on_open_failed(self, error: BaseException) -> None:
        log.warning("opening a file failed: %s", type(error).__name__, exc_info=error)
        if isinstance(error, ValueError):  # past the size the viewer decrypts into memory
            self.message.setText(self.tr("This file is too large to show here. Use “Export a "
                                         "copy…” to open it with another program."))
        else:
            self.message.setText(plain_error_message(error).render(self._translate))

    def _show_viewer(self, attachment: Any, data: bytes, session: Any = None,
                     decoded: Any = None) -> None:
        from desktop.ui.archive_viewer import ViewerDialog

        if session is None or session is not self.session or session.locked:
            return  # locked (or locked and unlocked again) while the file was decrypting
        if self.viewer is not None:  # one viewer at a time: the old one's data goes now
            self.viewer.close()
            self.viewer.deleteLater()
        self.viewer = ViewerDialog(attachment, data, self, decoded)
        self.viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer = self.viewer
        viewer.destroyed.connect(lambda _obj=None: self._forget_viewer(viewer))
        self.viewer.export_requested.connect(self.export_attachment)
        self.viewer.open()

    def export_attachment(self, attachment: Any) -> None:
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Export a decrypted copy"),
                                                attachment.name)
        if target and self.session is not None:
            session = self.session
            self._run(lambda: session.export(attachment.id, target, overwrite=True),
                      lambda _size: self.message.setText(
                          self.tr("Exported a decrypted copy to {path}.").format(path=target)),
                      lambda error: self._on_export_failed(error, target))

    def _on_export_failed(self, error: BaseException, target: str) -> None:
        log.warning("exporting a file failed: %s", type(error).__name__, exc_info=error)
        self.message.setText(
            plain_error_message(error, Path(target).parent).render(self._translate))

    def _forget_viewer(self, viewer: Any) -> None:
        if self.viewer is viewer:
            self.viewer = None

    # -- family: members, news, who wrote it (issue 12; built in archive_members/_news) ------

    def _load_family(self, session: Any) -> None:
        def shown(family: Any) -> None:
            if session is self.session and not session.locked:
                self.news.show_family(family)
                self.detail.set_family(family)

        self._run(lambda: load_family(session, self.data_dir), shown,
                  lambda error: log.warning("reading the family's news failed: %s",
                                            type(error).__name__, exc_info=error))

    def _on_members_button_clicked(self) -> None:
        from desktop.ui.archive_members import MembersDialog

        if self.session is None:
            return
        self.members_dialog = MembersDialog(self.writer, self)
        self.members_dialog.finished.connect(self._on_members_dialog_finished)
        self.members_dialog.open()

    def _on_members_dialog_finished(self) -> None:
        import dataclasses

        session = self.session
        if session is None:
            return
        # Names of members added meanwhile, for "who wrote it" (the news stays as it was).
        self._run(session.member_names, lambda names: self.detail.set_family(
            dataclasses.replace(self.detail.family, names=names))
            if session is self.session else None)

    def _on_join_button_clicked(self) -> None:
        from desktop.ui.archive_join import JoinDialog

        self.join_dialog = JoinDialog(self.archive_folder(), self.pool, self.data_dir, self)
        self.join_dialog.open()

    # -- helpers ------------------------------------------------------------------------------

    def _run(self, fn: Any, success: Any, failure: Any = None, finished: Any = None) -> None:
        task = Task(fn).on_success(success).reporting_to(self)
        if failure is not None:
            task.on_failure(failure)
        if finished is not None:
            task.on_finished(finished)
        self._keep(task)
        task.start(self.pool)

    def _money_locale(self) -> str:
        from desktop.i18n import current_language
        from desktop.settings import COUNTRY

        return f"{current_language()}_{self.settings.value(COUNTRY)}"

    def _lock_session(self, session: Any) -> None:
        # On the serial writer, after the write still running (locking waits for it): the
        # page has already forgotten the session, the keys go as soon as that write ends.
        task = Task(session.lock).on_failure(
            lambda error: log.warning("locking failed: %s", type(error).__name__))
        self._keep(task)
        task.start(writer_pool())

    def _keep(self, task: Task) -> None:
        self._tasks.add(task)
        task.on_finished(lambda: self._tasks.discard(task))

    @staticmethod
    def _translate(context: str, text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate(context, text)

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's API
        self.lock()
        super().closeEvent(event)

