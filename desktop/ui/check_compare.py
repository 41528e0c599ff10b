""""Compare the cost": the price the checked page showed, handed on to the Costs page.

A check of a product page captures the price it advertises (``snapshot["price"]`` of the report,
see :mod:`desktop.checks.pricecapture`). :class:`ComparePanel` shows that price under the report
actions with a *Compare the cost* button; pressing it emits ``compare_cost_requested`` with a
:class:`CapturedOffer`, which the main window turns into a new offer on the Costs page. The
Costs page keeps the captured price beside the unit price, so when the buyer later types the
price the shop asks now, a change since the check is flagged.

Without a captured price (a home or category page, a page that gives no currency, no check yet)
the button stays disabled and the panel says why.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.checks.model import InputKind
from desktop.i18n import current_language
from desktop.settings import COUNTRY, Settings

if TYPE_CHECKING:  # desktop.costs loads Babel: imported when a price is shown, not with the page
    from desktop.money.amount import Money

__all__ = ["CapturedOffer", "ComparePanel", "captured_offer"]


@dataclass(frozen=True)
class CapturedOffer:
    """What the Costs page needs to start an offer from a check: the shop's name (its web
    address without ``www.``), the checked page's URL, the price it showed and the product."""

    shop: str
    url: str
    price: Money
    product: str | None = None


def captured_offer(report: Any) -> CapturedOffer | None:
    """The offer a finished report can start, or ``None`` when it captured no usable price
    (none found, no currency, not a positive amount)."""
    from desktop.money.errors import UnknownCurrency
    from desktop.money.amount import Money

    snapshot = getattr(report, "snapshot", None) or {}
    price = snapshot.get("price") if hasattr(snapshot, "get") else None
    if not isinstance(price, dict) or not price.get("currency"):
        return None
    try:
        money = Money(Decimal(str(price.get("amount"))), price["currency"])
    except (InvalidOperation, UnknownCurrency, ValueError, TypeError):
        return None
    if money.amount <= 0:
        return None
    url = snapshot.get("final_url") or getattr(report, "url", None) or ""
    host = getattr(report, "host", None) or ""
    shop = host.removeprefix("www.") or getattr(report, "registrable_domain", None) or url
    return CapturedOffer(shop, url, money, price.get("product") or None)


class ComparePanel(QWidget):
    """The captured price and the *Compare the cost* button (see the module docstring).

    ``compare_cost_requested(object)`` carries a :class:`CapturedOffer`.
    """

    compare_cost_requested = Signal(object)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparePanel")
        self._settings = settings
        self._report: Any = None
        self._offer: CapturedOffer | None = None
        self.price_label = QLabel(self)
        self.price_label.setObjectName("capturedPrice")
        self.price_label.setWordWrap(True)
        self.price_label.setTextFormat(Qt.TextFormat.PlainText)
        self.price_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.compare_button = QPushButton(self)
        self.compare_button.setObjectName("compareCost")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.compare_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.price_label, 1)
        self.compare_button.clicked.connect(self._on_compare_button_clicked)
        self.set_report(None)

    @property
    def offer(self) -> CapturedOffer | None:
        """The offer the button would hand on, or ``None`` (button disabled)."""
        return self._offer

    def set_report(self, report: Any) -> None:
        """Show ``report``'s captured price (``None``: no finished check)."""
        self._report = report
        self._offer = captured_offer(report) if report is not None else None
        self.compare_button.setEnabled(self._offer is not None)
        self.retranslate()

    def _locale(self) -> str:
        return f"{current_language()}_{self._settings.value(COUNTRY)}"

    def _on_compare_button_clicked(self) -> None:
        if self._offer is not None:
            self.compare_cost_requested.emit(self._offer)

    def retranslate(self) -> None:
        self.compare_button.setText(QCoreApplication.translate("CheckPage", "Co&mpare the cost"))
        offer = self._offer
        if offer is not None:
            from desktop.money.amount import format_money

            price = format_money(offer.price, self._locale())
            if offer.product:
                text = QCoreApplication.translate("CheckPage", "The page shows “{product}” for {price}.").format(
                    product=offer.product, price=price)
            else:
                text = QCoreApplication.translate("CheckPage", "The page shows the price {price}.").format(price=price)
            tip = QCoreApplication.translate(
                "CheckPage", "Opens the Total cost page with this shop and price, to add shipping, fees and "
                "vouchers. If the shop later asks for a different price, you will see it there.")
        elif self._report is None:
            text = ""
            tip = QCoreApplication.translate("CheckPage", "Check a product page first.")
        else:
            text = QCoreApplication.translate(
                "CheckPage", "No single product price was found on this page, so there is no price to "
                "compare. Check the product's own page, or type the price on the Total cost page.")
            tip = text
        self.price_label.setText(text)
        self.price_label.setVisible(bool(text))
        # Only where a price could exist: a web shop's pages that were read. A phone number, an
        # account, a social seller or an offline check has no page price to miss.
        report = self._report
        self.setVisible(report is not None and offer is not None or (
            report is not None and getattr(report, "kind", None) is InputKind.WEB_SHOP
            and not getattr(report, "offline", True)))
        self.compare_button.setToolTip(tip)
        self.compare_button.setAccessibleDescription(tip)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
