"""From what the user typed to an :class:`~desktop.costs.offer.Offer`, field by field.

:class:`OfferForm` keeps the raw texts exactly as typed or pasted (so nothing is ever lost, even
while a field does not parse); :func:`read_form` turns them into an ``Offer`` and a translatable
error per field that could not be read. The Costs page and the command line share it.

Field syntax: prices as :func:`~desktop.money.parsing.parse_price` reads them (``50rb``,
``1.234,56 €``); percentages as ``11``, ``11 %``, ``2,9%``; charges (insurance, payment fee,
voucher) as a percentage, an amount, or both joined by ``+`` (``2,9% + Rp 2.500``). An empty
field means zero (or "none" for optional thresholds).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields
from decimal import Decimal, InvalidOperation
from typing import Any

from desktop.costs.errors import InvalidCostInput
from desktop.money.errors import PriceParseError, UnknownCurrency
from desktop.money.amount import Money, check_currency
from desktop.costs.offer import Charge, Fee, FeeKind, Offer, PaymentMethod, Voucher, VoucherKind
from desktop.money.parsing import Price, parse_price
from desktop.costs.taxes import tax_preset
from desktop.text import N_, Message

__all__ = ["FormResult", "OfferForm", "parse_charge", "parse_percent", "read_form"]

_PERCENT_RE = re.compile(r"^\s*(\d{1,3}(?:[.,]\d+)?)\s*%?\s*$")


@dataclass(frozen=True)
class OfferForm:
    """The texts of one offer as typed. Immutable; every field is a plain string."""

    name: str = ""
    link: str = ""
    unit_price: str = ""
    quantity: str = "1"
    shipping: str = ""
    free_shipping_over: str = ""
    shipping_voucher: str = ""
    insurance: str = ""
    handling_fee: str = ""
    admin_fee: str = ""
    service_fee: str = ""
    payment_method: str = PaymentMethod.TRANSFER.value
    payment_fee: str = ""
    tax_percent: str = ""
    prices_include_tax: str = "yes"
    import_duty: str = ""
    voucher: str = ""
    voucher_cap: str = ""
    voucher_min_spend: str = ""
    rate: str = ""
    captured_price: str = ""

    def with_field(self, name: str, value: str) -> OfferForm:
        """A copy with one field's text replaced; ``KeyError`` for an unknown field."""
        data = asdict(self)
        if name not in data:
            raise KeyError(name)
        data[name] = value
        return OfferForm(**data)

    def to_json(self) -> dict[str, str]:
        """Every field as a plain string mapping (for the page state file)."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> OfferForm:
        """Unknown keys are ignored and missing ones take their defaults (older files)."""
        names = {f.name for f in fields(cls)}
        return cls(**{k: str(v) for k, v in data.items() if k in names})

    @classmethod
    def for_country(cls, country: str | None, **texts: str) -> OfferForm:
        """A new form with the country's tax preset filled in."""
        preset = tax_preset(country)
        base = cls(tax_percent=_plain(preset.percent),
                   prices_include_tax="yes" if preset.prices_include_tax else "no")
        return cls(**{**asdict(base), **texts})


def _plain(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text


def parse_percent(text: str) -> Decimal:
    """``"11"``, ``"11 %"``, ``"2,9%"`` → ``Decimal``; empty → 0.

    Raises :class:`~desktop.costs.errors.InvalidCostInput` for anything else or above 100.
    """
    if not text.strip():
        return Decimal(0)
    match = _PERCENT_RE.match(text)
    if not match:
        raise InvalidCostInput("percent", text, N_(
            "Costs", "“{value}” is not a percentage: write e.g. 11 or 2,9 %.").format(value=text))
    value = Decimal(match.group(1).replace(",", "."))
    if value > 100:
        raise InvalidCostInput("percent", text, N_(
            "Costs", "A percentage cannot exceed 100 ({value}).").format(value=text))
    return value


def parse_charge(text: str, currency: str, country: str | None = None) -> Charge:
    """A charge from ``"2,9%"``, ``"Rp 2.500"`` or ``"2,9% + Rp 2.500"``; empty → none.

    Raises :class:`~desktop.money.errors.PriceParseError`,
    :class:`~desktop.costs.errors.InvalidCostInput`, or ``_OtherCurrency`` (an
    ``InvalidCostInput``) when the amount is in another currency than the offer.
    """
    fixed, percent = Decimal(0), Decimal(0)
    for part in (p for p in text.split("+") if p.strip()):
        if "%" in part:
            percent += parse_percent(part)
        else:
            fixed += _price_in(part, currency, country)
    return Charge(fixed, percent)


def _price_in(text: str, currency: str, country: str | None) -> Decimal:
    price = parse_price(text, currency, country=country)
    if price.currency_source == "default" and price.ambiguous:
        return price.amount
    if price.currency != currency:
        raise InvalidCostInput("currency", text, N_(
            "Costs", "This offer is in {offer}: write this amount in {offer} too.").format(
                offer=currency))
    return price.amount


@dataclass(frozen=True)
class FormResult:
    """What :func:`read_form` made of a form.

    ``offer`` is ``None`` when the unit price is missing or unreadable; otherwise it is the offer
    built from every readable field (unreadable ones count as empty) and ``errors`` maps each
    unreadable field to its translated-ready message. ``price`` is the parsed unit price (with
    its currency resolution note); ``rate_value`` the typed rate, if any; ``captured`` the
    price seen by a shop check, if given and readable; ``price_choices`` the amounts the unit
    price text offers when it holds two prices or a range (the page offers them as buttons).
    """

    offer: Offer | None
    errors: dict[str, Message]
    price: Price | None = None
    rate_value: Decimal | None = None
    captured: Price | None = None
    price_choices: tuple[Money, ...] = ()


def read_form(form: OfferForm, default_currency: str, country: str | None = None) -> FormResult:
    """Read every field of ``form``; never raises for anything the user typed.

    ``default_currency`` applies when the unit price names no currency. Raises
    :class:`~desktop.money.errors.UnknownCurrency` only for an invalid ``default_currency``.
    """
    default_currency = check_currency(default_currency)
    errors: dict[str, Message] = {}

    def attempt(name: str, func, fallback):  # noqa: ANN001, ANN202
        try:
            return func()
        except (PriceParseError, InvalidCostInput, UnknownCurrency) as error:
            errors[name] = error.message
            return fallback

    price = None
    choices: tuple[Money, ...] = ()
    if form.unit_price.strip():
        try:
            price = parse_price(form.unit_price, default_currency, country=country)
        except PriceParseError as error:
            errors["unit_price"] = error.message
            if error.candidates and error.currency:
                choices = tuple(Money(amount, error.currency) for amount in error.candidates)
    else:
        errors["unit_price"] = N_("Costs", "Type or paste the price of the item.")
    currency = price.currency if price else default_currency

    def amount(name: str) -> Decimal:
        text = getattr(form, name)
        if not text.strip():
            return Decimal(0)
        return attempt(name, lambda: _price_in(text, currency, country), Decimal(0))

    def optional_amount(name: str) -> Decimal | None:
        text = getattr(form, name)
        if not text.strip():
            return None
        return attempt(name, lambda: _price_in(text, currency, country), None)

    quantity = attempt("quantity", lambda: _quantity(form.quantity), 1)
    shipping = amount("shipping")
    free_over = optional_amount("free_shipping_over")
    shipping_voucher = amount("shipping_voucher")
    insurance = attempt("insurance", lambda: parse_charge(form.insurance, currency, country),
                        Charge())
    fees = tuple(Fee(kind, value) for kind, value in (
        (FeeKind.HANDLING, amount("handling_fee")), (FeeKind.ADMIN, amount("admin_fee")),
        (FeeKind.SERVICE, amount("service_fee"))) if value)
    try:
        method = PaymentMethod(form.payment_method)
    except ValueError:
        method = PaymentMethod.TRANSFER
    payment_fee = attempt("payment_fee", lambda: parse_charge(form.payment_fee, currency, country),
                          Charge())
    tax = attempt("tax_percent", lambda: parse_percent(form.tax_percent), Decimal(0))
    duty = attempt("import_duty", lambda: parse_percent(form.import_duty), Decimal(0))
    vouchers: tuple[Voucher, ...] = ()
    if form.voucher.strip():
        voucher_charge = attempt("voucher",
                                 lambda: parse_charge(form.voucher, currency, country), None)
        cap = optional_amount("voucher_cap")
        min_spend = amount("voucher_min_spend")
        if voucher_charge is not None:
            if voucher_charge.percent and voucher_charge.fixed:
                errors["voucher"] = N_("Costs", "A voucher is either an amount or a percentage.")
            elif voucher_charge.percent:
                vouchers = (Voucher(VoucherKind.PERCENT, voucher_charge.percent, cap, min_spend),)
            elif voucher_charge.fixed:
                vouchers = (Voucher(VoucherKind.FIXED, voucher_charge.fixed, None, min_spend),)
    rate_value = None
    if form.rate.strip():
        rate_value = attempt("rate", lambda: _rate(form.rate), None)
    captured = None
    if form.captured_price.strip():
        captured = attempt("captured_price",
                           lambda: parse_price(form.captured_price, currency, country=country),
                           None)
    if price is None:
        return FormResult(None, errors, None, rate_value, captured, choices)
    offer = Offer(
        name=form.name.strip(), currency=currency, unit_price=price.amount, quantity=quantity,
        shipping=shipping, free_shipping_over=free_over, shipping_discount=shipping_voucher,
        insurance=insurance, fees=fees,
        payment_method=method, payment_fee=payment_fee, tax_percent=tax,
        prices_include_tax=form.prices_include_tax != "no", import_duty_percent=duty,
        vouchers=vouchers, link=form.link.strip(),
    )
    return FormResult(offer, errors, price, rate_value, captured)


def _quantity(text: str) -> int:
    stripped = text.strip() or "1"
    if not stripped.isdigit() or int(stripped) < 1 or int(stripped) > 1_000_000:
        raise InvalidCostInput("quantity", text, N_(
            "Costs", "The quantity must be a whole number of at least 1."))
    return int(stripped)


def _rate(text: str) -> Decimal:
    cleaned = text.strip().replace(" ", "")
    if cleaned.count(",") == 1 and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation as error:
        raise InvalidCostInput("rate", text, N_(
            "Costs", "“{value}” is not an exchange rate: write e.g. 17250.5.").format(
                value=text)) from error
    if not value.is_finite() or value <= 0:
        raise InvalidCostInput("rate", text, N_("Costs", "An exchange rate must be above zero."))
    return value
