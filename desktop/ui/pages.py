"""The table of the window's pages: where each lives and how the sidebar names it.

To add a page, write ``desktop/ui/<name>_page.py`` with a ``QWidget`` subclass following the
contract in :mod:`desktop.ui.main_window` and list it here; until the module exists the window
shows an honest "not available in this version yet" state for it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

__all__ = ["BROKEN", "NOT_YET", "PAGES", "PageSpec"]


@dataclass(frozen=True)
class PageSpec:
    """Where a page lives and how the sidebar names it (texts untranslated, context MainWindow).

    ``module`` and ``class_name`` are imported only when the page is first shown.
    """

    page_id: str
    module: str
    class_name: str
    icon: str
    title: str
    description: str


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "check", "desktop.ui.check_page", "CheckPage", "page-check",
        QT_TRANSLATE_NOOP("MainWindow", "Check a shop"),
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "Paste a shop link, a marketplace listing, a social media seller or a phone "
            "number, and get an explained verdict before you pay.",
        ),
    ),
    PageSpec(
        "costs", "desktop.ui.costs_page", "CostsPage", "page-costs",
        QT_TRANSLATE_NOOP("MainWindow", "Total cost"),
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "Work out what a purchase really costs, with shipping, fees, tax and vouchers, "
            "and compare offers side by side.",
        ),
    ),
    PageSpec(
        "archive", "desktop.ui.archive_page", "ArchivePage", "page-archive",
        QT_TRANSLATE_NOOP("MainWindow", "Archive"),
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "Keep the receipts, chats, e-mails and shop pages of every purchase in an "
            "encrypted archive that works offline and that your family can share.",
        ),
    ),
    PageSpec(
        "sellers", "desktop.ui.sellers_page", "SellersPage", "page-sellers",
        QT_TRANSLATE_NOOP("MainWindow", "Sellers"),
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "The family seller book: mark a shop, phone number, bank account or social "
            "account as trusted or as a scam, and every later check warns the others.",
        ),
    ),
    PageSpec(
        "settings", "desktop.ui.settings_page", "SettingsPage", "page-settings",
        QT_TRANSLATE_NOOP("MainWindow", "Settings"),
        QT_TRANSLATE_NOOP("MainWindow", "Language, country, offline mode and the archive."),
    ),
)

NOT_YET = QT_TRANSLATE_NOOP("MainWindow", "This page is not available in this version yet.")
BROKEN = QT_TRANSLATE_NOOP(
    "MainWindow", "This page could not be opened. The details are in the log file."
)
