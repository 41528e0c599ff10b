"""The main window: a sidebar of five pages (Check, Costs, Archive, Sellers, Settings).

Page contract — every page is a ``QWidget`` subclass constructed as::

    PageClass(settings: desktop.settings.Settings, pool: QThreadPool, parent: QWidget | None = None)

``settings`` is the shared :class:`~desktop.settings.Settings` (connect to its
``settings_changed(key)`` signal to follow changes); ``pool`` is the shared thread pool for
:class:`desktop.ui.tasks.Task` (archive writes use :func:`desktop.ui.tasks.writer_pool`). A page
retranslates itself in ``changeEvent`` on ``QEvent.LanguageChange``.

Pages are listed once, in :data:`desktop.ui.pages.PAGES` (module path and class name), and
imported lazily the first time they are shown, so start-up stays fast and a listed page module
plugs in just by existing. A page whose module does not exist yet shows an honest
:class:`~desktop.ui.empty_state.EmptyState`; a page module that fails to import is a bug and
goes to the crash dialog.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QThreadPool
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import install_translators
from desktop.settings import LANGUAGE, LAST_PAGE, OFFLINE, TEXT_SIZE, TEXT_SIZES, WINDOW_GEOMETRY, Settings
from desktop.ui.country_question import CountryQuestion
from desktop.ui.empty_state import EmptyState
from desktop.ui.focus_style import install_focus_style
from desktop.ui.icons import app_icon, themed_icon, themed_pixmap
from desktop.ui.pages import BROKEN, NOT_YET, PAGES, PageSpec

__all__ = ["PAGES", "MainWindow", "PageSpec"]

log = logging.getLogger(__name__)

_CTX = "MainWindow"


_BASE_FONT: QFont | None = None


def _base_font() -> QFont:
    """The application's font before any text-size setting scaled it (kept once per process,
    so a second window does not scale an already scaled font)."""
    global _BASE_FONT
    if _BASE_FONT is None:
        _BASE_FONT = QFont(QApplication.font())
    return _BASE_FONT


class MainWindow(QMainWindow):
    """The window; builds pages on demand and remembers its geometry and last page."""

    def __init__(
        self,
        settings: Settings,
        pool: QThreadPool | None = None,
        pages: tuple[PageSpec, ...] = PAGES,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = settings
        self.pool = pool or QThreadPool.globalInstance()
        self._specs = pages
        self._loaded: dict[str, QWidget] = {}

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFrameShape(QListWidget.Shape.NoFrame)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setIconSize(QSize(24, 24) * self.fontMetrics().height() / 16)
        self.sidebar.setStyleSheet(
            "QListWidget#sidebar { background: palette(alternate-base); }"
            "QListWidget#sidebar::item { padding: 0.6em 0.8em; }"
        )
        self.stack = QStackedWidget()
        for spec in self._specs:
            item = QListWidgetItem(themed_icon(spec.icon, self.palette()), "")
            item.setData(Qt.ItemDataRole.UserRole, spec.page_id)
            self.sidebar.addItem(item)
            self.stack.addWidget(QWidget())  # replaced by the real page on first show

        self.brand = QLabel()
        self.brand.setObjectName("brand")
        self.brand.setTextFormat(Qt.TextFormat.PlainText)
        brand_font = self.brand.font()
        brand_font.setBold(True)
        brand_font.setPointSizeF(brand_font.pointSizeF() * 1.25)
        self.brand.setFont(brand_font)
        self.brand.setText("ShopSafe")
        self.brand_icon = QLabel()
        size = self.fontMetrics().height() * 2
        self.brand_icon.setPixmap(app_icon().pixmap(QSize(size, size)))
        brand_row = QHBoxLayout()
        brand_row.setContentsMargins(12, 12, 12, 12)
        brand_row.addWidget(self.brand_icon)
        brand_row.addWidget(self.brand, 1)
        side = QWidget()
        side.setObjectName("sidePanel")
        side.setAutoFillBackground(True)
        side.setBackgroundRole(self.sidebar.palette().ColorRole.AlternateBase)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(0)
        side_layout.addLayout(brand_row)
        side_layout.addWidget(self.sidebar, 1)

        install_focus_style(QApplication.instance())
        self.country_question = CountryQuestion(settings)
        self.country_question.other_requested.connect(self._on_country_question_other)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addWidget(self.country_question)
        right.addWidget(self.stack, 1)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(side)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)

        self.offline_icon = QLabel()
        self.offline_label = QLabel()
        self.offline_label.setObjectName("offlineStatus")
        self.statusBar().addPermanentWidget(self.offline_icon)
        self.statusBar().addPermanentWidget(self.offline_label)

        for index in range(min(len(self._specs), 9)):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
            shortcut.activated.connect(lambda i=index: self.show_page(i))
        # Text size: the setting in Settings, and Ctrl++ / Ctrl+- from anywhere.
        self._base_font = _base_font()
        for keys, step in (("Ctrl++", 1), ("Ctrl+=", 1), ("Ctrl+-", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(lambda s=step: self.step_text_size(s))
        self._apply_text_size()

        self.sidebar.currentRowChanged.connect(self._on_sidebar_current_row_changed)
        settings.settings_changed.connect(self._on_settings_changed)

        self._retranslate()
        self._restore_state()

    # --- pages -------------------------------------------------------------------------------

    def page_ids(self) -> list[str]:
        return [spec.page_id for spec in self._specs]

    def current_page_id(self) -> str:
        return self._specs[self.stack.currentIndex()].page_id

    def page(self, page_id: str) -> QWidget:
        """The widget of ``page_id``, built now if it was not shown yet."""
        index = self.page_ids().index(page_id)
        return self._ensure_page(index)

    def show_page(self, index_or_id: int | str) -> None:
        index = (
            self.page_ids().index(index_or_id) if isinstance(index_or_id, str) else index_or_id
        )
        self.sidebar.setCurrentRow(index)

    def _ensure_page(self, index: int) -> QWidget:
        spec = self._specs[index]
        if spec.page_id in self._loaded:
            return self._loaded[spec.page_id]
        widget = self._build_page(spec)
        widget.setObjectName(f"page_{spec.page_id}")
        placeholder = self.stack.widget(index)
        current = self.stack.currentIndex()
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.stack.insertWidget(index, widget)
        self.stack.setCurrentIndex(current)
        self._loaded[spec.page_id] = widget
        self._connect_page(widget)
        return widget

    def _connect_page(self, widget: QWidget) -> None:
        # Pages never reach into each other; a page asks, the window routes: the Check page's
        # "Compare the cost" (compare_cost_requested) becomes an offer on the Costs page.
        request = getattr(widget, "compare_cost_requested", None)
        if request is not None:
            request.connect(self._on_check_page_compare_cost_requested)
        # "Save to archive" (Check, Costs) writes through the Archive page's writer while it
        # is unlocked; a page that finds it locked asks for the Archive page.
        if hasattr(widget, "set_archive_writer"):
            widget.set_archive_writer(self._archive_writer)
        wanted = getattr(widget, "archive_page_requested", None)
        if wanted is not None:
            wanted.connect(lambda: self.show_page("archive"))
        # A scam mark in the Archive page's news opens that seller on the Sellers page.
        seller = getattr(widget, "seller_requested", None)
        if seller is not None:
            seller.connect(self._on_seller_requested)
        # The cost breakdowns saved before the archive existed move into it once unlocked.
        unlocked = getattr(widget, "unlocked", None)
        if unlocked is not None and hasattr(widget, "writer"):
            unlocked.connect(self._migrate_cost_breakdowns)
            unlocked.connect(self._on_archive_state_changed)
            widget.locked.connect(self._on_archive_state_changed)

    def _on_seller_requested(self, seller_id: str) -> None:
        self.show_page("sellers")
        self.page("sellers").show_seller(seller_id)

    def _on_archive_state_changed(self) -> None:
        # Pages that save into the archive say at once whether they can (auto-lock included).
        for page in self._loaded.values():
            if hasattr(page, "archive_state_changed"):
                page.archive_state_changed()

    def _migrate_cost_breakdowns(self) -> None:
        from desktop.paths import data_dir
        from desktop.ui.costs_archive import migrate_breakdowns

        folder = data_dir() / "costs" / "breakdowns"
        writer = getattr(self._loaded.get("archive"), "writer", None)
        if writer is None or writer.session is None or not folder.is_dir():
            return
        title = self.tr("Cost breakdowns saved before the archive")
        self._migration = (writer.op(migrate_breakdowns, folder, title)
                           .on_success(self._on_cost_breakdowns_migrated)
                           .on_failure(self._on_cost_breakdowns_migration_failed))
        self._migration.start()

    def _on_cost_breakdowns_migrated(self, migrated) -> None:
        if migrated.moved:
            self.statusBar().showMessage(self.tr(
                "%n saved cost breakdown(s) moved into the archive.", "", migrated.moved))
        if migrated.left:
            self.statusBar().showMessage(self.tr(
                "%n saved cost breakdown(s) could not be read and stay in the costs folder.",
                "", migrated.left))

    def _on_cost_breakdowns_migration_failed(self, error) -> None:
        from desktop.archive import ArchiveError

        if not isinstance(error, (ArchiveError, OSError)):
            raise error
        log.warning("moving the cost breakdowns into the archive failed: %s", type(error).__name__)
        self.statusBar().showMessage(self.tr(
            "The saved cost breakdowns could not be moved into the archive; they stay where "
            "they are and will be tried again next time."))

    def _archive_writer(self):
        """The Archive page's writer, or ``None`` while that page was never opened (then the
        archive is locked). Does not build the page."""
        page = self._loaded.get("archive")
        return getattr(page, "writer", None)

    def _on_check_page_compare_cost_requested(self, offer) -> None:
        """``offer`` is a :class:`desktop.ui.check_compare.CapturedOffer`."""
        costs = self.page("costs")
        if not hasattr(costs, "add_offer_from_check"):  # the Costs page could not be built
            return
        self.show_page("costs")
        # Pressed again for the same offer, the page shows it and keeps what the buyer typed.
        costs.add_offer_from_check(offer.shop, offer.url, offer.price)

    def _build_page(self, spec: PageSpec) -> QWidget:
        try:
            found = importlib.util.find_spec(spec.module) is not None
        except ModuleNotFoundError:  # a parent package is missing
            found = False
        if not found:
            return EmptyState(
                spec.icon, (_CTX, spec.title), (_CTX, spec.description), (_CTX, NOT_YET)
            )
        try:
            page_class = getattr(importlib.import_module(spec.module), spec.class_name)
            return page_class(self.settings, self.pool, parent=None)
        except Exception as error:  # noqa: BLE001 - a broken page must not stop the window
            from desktop.ui.errors import report_exception

            log.warning("page %s could not be built", spec.page_id)
            report_exception(error, self)
            return EmptyState(
                spec.icon, (_CTX, spec.title), (_CTX, spec.description), (_CTX, BROKEN)
            )

    def _on_sidebar_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        self._ensure_page(row)
        self.stack.setCurrentIndex(row)
        self._update_title()
        self.settings.set_value(LAST_PAGE, self._specs[row].page_id)

    # --- settings, language, palette ---------------------------------------------------------

    def _on_country_question_other(self) -> None:
        self.show_page("settings")
        combo = getattr(self.page("settings"), "country_combo", None)
        if combo is not None:
            combo.setFocus()
            combo.showPopup()

    def step_text_size(self, step: int) -> None:
        """One size larger (``step`` 1) or smaller (-1), within :data:`TEXT_SIZES`."""
        sizes = list(TEXT_SIZES)
        current = self.settings.value(TEXT_SIZE)
        index = min(max(sizes.index(current) + step, 0), len(sizes) - 1) if current in sizes else 0
        self.settings.set_value(TEXT_SIZE, sizes[index])

    def _apply_text_size(self) -> None:
        font = QFont(self._base_font)
        size = self.settings.value(TEXT_SIZE)
        if font.pointSizeF() > 0:
            font.setPointSizeF(self._base_font.pointSizeF() * size / 100)
        else:
            font.setPixelSize(round(self._base_font.pixelSize() * size / 100))
        QApplication.setFont(font)

    def _on_settings_changed(self, key: str) -> None:
        if key == TEXT_SIZE.key:
            self._apply_text_size()
        if key == LANGUAGE.key:
            install_translators(QCoreApplication.instance(), self.settings.value(LANGUAGE))
        elif key == OFFLINE.key:
            self._update_offline_label()

    def _update_offline_label(self) -> None:
        offline = self.settings.value(OFFLINE)
        self.offline_icon.setVisible(offline)
        if offline:
            size = self.fontMetrics().height()
            self.offline_icon.setPixmap(themed_pixmap("offline", size, self.palette()))
        if offline:
            self.offline_label.setText(self.tr("Offline mode: ShopSafe uses no network"))
        else:
            self.offline_label.setText(self.tr("Online checks on"))

    def _retranslate(self) -> None:
        self.sidebar.setAccessibleName(self.tr("Pages"))
        self._update_title()
        for index, spec in enumerate(self._specs):
            item = self.sidebar.item(index)
            item.setText(QCoreApplication.translate(_CTX, spec.title))
            shortcut = QKeySequence(f"Ctrl+{index + 1}").toString(
                QKeySequence.SequenceFormat.NativeText
            )
            item.setToolTip(
                self.tr("{description}\nShortcut: {shortcut}").format(
                    description=QCoreApplication.translate(_CTX, spec.description),
                    shortcut=shortcut,
                )
            )
        self._update_offline_label()
        self._fit_sidebar()

    def _update_title(self) -> None:
        # The page name first; the window system shows it as "Check a shop — ShopSafe".
        index = max(0, self.stack.currentIndex())
        page = QCoreApplication.translate(_CTX, self._specs[index].title)
        self.setWindowTitle(self.tr("{page} — ShopSafe").format(page=page))

    def _fit_sidebar(self) -> None:
        metrics = self.sidebar.fontMetrics()
        widest = max(
            (metrics.horizontalAdvance(self.sidebar.item(i).text()) for i in range(self.sidebar.count())),
            default=0,
        )
        padding = metrics.averageCharWidth() * 6
        self.sidebar.setFixedWidth(widest + self.sidebar.iconSize().width() + padding)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            for index, spec in enumerate(self._specs):
                self.sidebar.item(index).setIcon(themed_icon(spec.icon, self.palette()))
            self._update_offline_label()
        super().changeEvent(event)

    # --- geometry and last page ----------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.settings.value(WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            # First start: room for a report, but never larger than the screen.
            width = max(self.fontMetrics().averageCharWidth() * 170, 1180)
            height = max(self.fontMetrics().height() * 46, 760)
            screen = QApplication.primaryScreen()
            if screen is not None:
                available = screen.availableGeometry()
                width = min(width, int(available.width() * 0.9))
                height = min(height, int(available.height() * 0.9))
            self.resize(width, height)
        last = self.settings.value(LAST_PAGE)
        ids = self.page_ids()
        self.show_page(ids.index(last) if last in ids else 0)

    def save_state(self) -> None:
        """Store geometry and current page now (also done when the window closes)."""
        self.settings.set_value(WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set_value(LAST_PAGE, self.current_page_id())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's API
        self.save_state()
        super().closeEvent(event)
