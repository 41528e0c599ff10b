"""The editor of one offer: every field takes typed or pasted text, errors show under it.

The editor never computes anything: it emits ``form_edited(OfferForm)`` with the texts exactly as
typed, and the page answers with :meth:`OfferEditor.show_result` (errors per field, how the price
was read). Nothing typed is ever dropped, even when it does not parse.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.costs import FormResult, OfferForm, PaymentMethod, country_name, format_amount
from desktop.i18n import qt_translate

__all__ = ["OfferEditor"]



class _Field(QWidget):
    """A line edit with an error line under it (hidden while the text reads fine)."""

    def __init__(self, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setObjectName(f"field_{name}")
        self.edit.setClearButtonEnabled(True)
        self.note = QLabel(self)
        self.note.setObjectName(f"note_{name}")
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.edit)
        layout.addWidget(self.note)
        self.setFocusProxy(self.edit)

    def show_note(self, text: str, error: bool) -> None:
        if (text, error) == getattr(self, "_shown", None):
            return  # restyling on every keystroke would cost more than the whole computation
        self._shown = (text, error)
        self.note.setText(text)
        self.note.setProperty("error", error)
        self.note.setStyleSheet("color: palette(link);" if error else "color: palette(mid);")
        self.note.setVisible(bool(text))
        self.edit.setProperty("invalid", error)
        self.edit.setAccessibleDescription(text)


class OfferEditor(QWidget):
    """The fields of one offer. ``form_edited(OfferForm)`` fires on every edit."""

    form_edited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offerEditor")
        self._form = OfferForm()
        self._loading = False
        self._fields: dict[str, _Field] = {}
        self._labels: dict[str, QLabel] = {}

        self.quantity = QSpinBox(self)
        self.quantity.setObjectName("field_quantity")
        self.quantity.setRange(1, 1_000_000)
        self.payment_method = QComboBox(self)
        self.payment_method.setObjectName("field_payment_method")
        for method in PaymentMethod:
            self.payment_method.addItem(method.label.render(), method.value)
        self.includes_tax = QCheckBox(self)
        self.includes_tax.setObjectName("field_prices_include_tax")

        self._groups: dict[str, QGroupBox] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        sections = (
            ("item", ("name", "link", "unit_price", "quantity", "captured_price")),
            # Right after the price: a shop's voucher is what buyers type next, and it (and what
            # is wrong with it) must be in sight without scrolling at 1366×768.
            ("voucher", ("voucher", "voucher_cap", "voucher_min_spend")),
            ("delivery", ("shipping", "free_shipping_over", "shipping_voucher", "insurance")),
            ("fees", ("handling_fee", "admin_fee", "service_fee", "payment_method",
                      "payment_fee")),
            ("tax", ("tax_percent", "prices_include_tax", "import_duty")),
            ("rate", ("rate",)),
        )
        for section, names in sections:
            box = QGroupBox(self)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for name in names:
                label = QLabel(box)
                widget = self._widget_for(name, box)
                label.setBuddy(widget.focusProxy() or widget)
                self._labels[name] = label
                form.addRow(label, widget)
            self._groups[section] = box
            layout.addWidget(box)
        layout.addStretch(1)

        self.quantity.valueChanged.connect(self._on_any_edited)
        self.payment_method.currentIndexChanged.connect(self._on_any_edited)
        self.includes_tax.toggled.connect(self._on_any_edited)
        # "Two prices: which one?" — one button per amount the price text offers, two a row so
        # the editor never grows wider than a narrow window.
        self._choices = QWidget(self._fields["unit_price"])
        self._choices.setObjectName("price_choices")
        QGridLayout(self._choices).setContentsMargins(0, 0, 0, 0)
        self._choices.hide()
        self._fields["unit_price"].layout().addWidget(self._choices)
        self._shown_choices: tuple = ()
        self._retranslate()

    def _widget_for(self, name: str, parent: QWidget) -> QWidget:
        if name == "quantity":
            return self.quantity
        if name == "payment_method":
            return self.payment_method
        if name == "prices_include_tax":
            return self.includes_tax
        field = _Field(name, parent)
        field.edit.textEdited.connect(self._on_any_edited)
        self._fields[name] = field
        return field

    # --- public --------------------------------------------------------------------------
    def field(self, name: str) -> QLineEdit:
        """The line edit of a text field (for tests and focus handling)."""
        return self._fields[name].edit

    def form(self) -> OfferForm:
        return self._form

    def set_form(self, form: OfferForm) -> None:
        """Show ``form`` without emitting ``form_edited``."""
        self._loading = True
        try:
            for name, field in self._fields.items():
                text = getattr(form, name)
                if field.edit.text() != text:
                    field.edit.setText(text)
            quantity = form.quantity.strip()
            self.quantity.setValue(int(quantity) if quantity.isdigit() and int(quantity) else 1)
            index = self.payment_method.findData(form.payment_method)
            self.payment_method.setCurrentIndex(max(index, 0))
            self.includes_tax.setChecked(form.prices_include_tax != "no")
            self._form = form
        finally:
            self._loading = False

    def show_result(self, result: FormResult | None, compare_currency: str, locale: str,
                    rate_hint: str = "") -> None:
        """Errors under their fields, how the price was read, whether a rate is needed."""
        errors = result.errors if result is not None else {}
        for name, field in self._fields.items():
            if name in errors:
                field.show_note(errors[name].render(qt_translate), True)
            else:
                field.show_note("", False)
        if result is not None and result.price is not None and "unit_price" not in errors:
            price = result.price
            text = self.tr("Read as {amount}").format(
                amount=format_amount(price.amount, price.currency, locale))
            if price.note is not None:
                note = price.note
                code = note.arguments.get("country")
                if code:
                    note = note.format(country=country_name(str(code), locale))
                text += " · " + note.render(qt_translate)
            self._fields["unit_price"].show_note(text, False)
        self._show_choices(result.price_choices if result is not None else (), locale)
        currency = result.offer.currency if result is not None and result.offer else None
        needs_rate = currency is not None and currency != compare_currency
        self._groups["rate"].setVisible(needs_rate)
        if needs_rate:
            self._labels["rate"].setText(self.tr("1 {source} in {target}").format(
                source=currency, target=compare_currency))
            if "rate" not in errors and rate_hint:
                self._fields["rate"].show_note(rate_hint, False)
            placeholder = self.tr("leave empty to use it") if rate_hint else ""
            self._fields["rate"].edit.setPlaceholderText(placeholder)

    def _show_choices(self, choices: tuple, locale: str) -> None:
        if (choices, locale) == self._shown_choices:
            return
        self._shown_choices = (choices, locale)
        layout = self._choices.layout()
        while layout.count():
            widget = layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        for index, money in enumerate(choices):
            amount = format_amount(money.amount, money.currency, locale)
            button = QPushButton(amount, self._choices)
            button.setObjectName("price_choice")
            button.setToolTip(self.tr("I pay {amount}").format(amount=amount))
            button.setAccessibleName(button.toolTip())
            # The ISO code after the amount reads back as exactly this price.
            text = f"{format(money.amount, 'f')} {money.currency}"
            button.clicked.connect(lambda _=False, text=text: self._choose_price(text))
            layout.addWidget(button, index // 2, index % 2)
        layout.setColumnStretch(2, 1)
        self._choices.setVisible(bool(choices))

    def _choose_price(self, text: str) -> None:
        self._fields["unit_price"].edit.setText(text)
        self._on_any_edited()

    # --- events --------------------------------------------------------------------------
    def _on_any_edited(self, *_: object) -> None:
        if self._loading:
            return
        data = {name: field.edit.text() for name, field in self._fields.items()}
        data["quantity"] = str(self.quantity.value())
        data["payment_method"] = str(self.payment_method.currentData())
        data["prices_include_tax"] = "yes" if self.includes_tax.isChecked() else "no"
        self._form = OfferForm(**data)
        self.form_edited.emit(self._form)

    def _retranslate(self) -> None:
        self._shown_choices = ()  # the "I pay …" buttons are rebuilt in the new language
        titles = {
            "item": self.tr("Item"), "delivery": self.tr("Delivery"),
            "fees": self.tr("Fees and payment"), "tax": self.tr("Tax and duty"),
            "voucher": self.tr("Voucher"), "rate": self.tr("Exchange rate"),
        }
        for section, box in self._groups.items():
            box.setTitle(titles[section])
        labels = {
            "name": self.tr("Shop or seller"), "link": self.tr("Link"),
            "unit_price": self.tr("Price per item"), "quantity": self.tr("Quantity"),
            "captured_price": self.tr("Price seen by the shop check"),
            "shipping": self.tr("Shipping"), "free_shipping_over": self.tr("Free shipping from"),
            "shipping_voucher": self.tr("Shipping voucher"),
            "insurance": self.tr("Insurance"), "handling_fee": self.tr("Handling fee"),
            "admin_fee": self.tr("Admin fee"), "service_fee": self.tr("Service fee"),
            "payment_method": self.tr("Payment method"), "payment_fee": self.tr("Payment fee"),
            "tax_percent": self.tr("Tax %"), "prices_include_tax": self.tr("Prices include tax"),
            "import_duty": self.tr("Import duty %"), "voucher": self.tr("Voucher"),
            "voucher_cap": self.tr("Voucher cap"), "voucher_min_spend": self.tr("Minimum spend"),
            "rate": self.tr("Exchange rate"),
        }
        for name, label in self._labels.items():
            label.setText(labels[name])
        hints = {
            "unit_price": self.tr("e.g. Rp 125.000, 50rb, 1,5jt, 1.234,56 € or $19.99"),
            "insurance": self.tr("a percentage of the goods, an amount, or both: 0,5 % + Rp 2.000"),
            "payment_fee": self.tr("e.g. 2,9 % + Rp 1.000"),
            "voucher": self.tr("an amount or a percentage, e.g. 10 % or Rp 20.000"),
            "free_shipping_over": self.tr("leave empty if there is no free shipping"),
            "shipping_voucher": self.tr("at most this much off the shipping, e.g. 20rb"),
            "captured_price": self.tr("optional: the price the shop showed when you checked it"),
        }
        for name, field in self._fields.items():
            field.edit.setPlaceholderText(hints.get(name, ""))
        for index, method in enumerate(PaymentMethod):
            self.payment_method.setItemText(index, method.label.render(qt_translate))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
