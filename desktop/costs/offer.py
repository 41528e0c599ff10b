"""What a buyer is offered: the inputs of a cost calculation, immutable and validated.

An :class:`Offer` holds plain ``Decimal`` amounts in the offer's one currency (``currency``) and
percentages as ``Decimal`` percent values (``Decimal("11")`` is 11 %). It is only data; the
arithmetic lives in :mod:`desktop.costs.breakdown`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import StrEnum

from desktop.costs.errors import InvalidCostInput
from desktop.money.amount import check_currency, to_decimal
from desktop.text import N_, Message

__all__ = ["Charge", "Fee", "FeeKind", "Offer", "PaymentMethod", "Voucher", "VoucherKind"]

HUNDRED = Decimal(100)


class PaymentMethod(StrEnum):
    """How the buyer pays; each may carry its own fee."""

    TRANSFER = "transfer"
    COD = "cod"
    CARD = "card"
    EWALLET = "ewallet"

    @property
    def label(self) -> Message:
        """The translatable name shown to the user."""
        return _PAYMENT_LABELS[self]


_PAYMENT_LABELS = {
    PaymentMethod.TRANSFER: N_("Costs", "Bank transfer"),
    PaymentMethod.COD: N_("Costs", "Cash on delivery"),
    PaymentMethod.CARD: N_("Costs", "Card"),
    PaymentMethod.EWALLET: N_("Costs", "E-wallet"),
}


class FeeKind(StrEnum):
    """Named extra fees a shop or marketplace adds."""

    HANDLING = "handling"
    ADMIN = "admin"
    SERVICE = "service"

    @property
    def label(self) -> Message:
        """The translatable name shown to the user."""
        return _FEE_LABELS[self]


_FEE_LABELS = {
    FeeKind.HANDLING: N_("Costs", "Handling fee"),
    FeeKind.ADMIN: N_("Costs", "Admin fee"),
    FeeKind.SERVICE: N_("Costs", "Service fee"),
}


class VoucherKind(StrEnum):
    """A voucher takes off a fixed amount or a percentage of the goods."""

    FIXED = "fixed"
    PERCENT = "percent"


def _amount(name: str, value: Decimal | int | str) -> Decimal:
    try:
        result = to_decimal(value)
    except (TypeError, ValueError) as error:
        raise InvalidCostInput(name, value) from error
    if result < 0:
        raise InvalidCostInput(
            name, value, N_("Costs", "Amounts cannot be negative ({value}).").format(value=value))
    return result


def _percent(name: str, value: Decimal | int | str) -> Decimal:
    result = _amount(name, value)
    if result > HUNDRED:
        raise InvalidCostInput(
            name, value, N_("Costs", "A percentage cannot exceed 100 ({value}).").format(
                value=value))
    return result


@dataclass(frozen=True)
class Charge:
    """A fixed amount plus a percentage of a base: ``fixed + base × percent / 100``.

    Raises :class:`~desktop.costs.errors.InvalidCostInput` for negative values or a percentage
    above 100.
    """

    fixed: Decimal = Decimal(0)
    percent: Decimal = Decimal(0)

    def __post_init__(self) -> None:
        object.__setattr__(self, "fixed", _amount("fixed", self.fixed))
        object.__setattr__(self, "percent", _percent("percent", self.percent))

    def on(self, base: Decimal) -> Decimal:
        """The exact charge on ``base`` (no rounding)."""
        return self.fixed + base * self.percent / HUNDRED

    def is_zero(self) -> bool:
        """True when the charge can never be more than zero."""
        return self.fixed == 0 and self.percent == 0


@dataclass(frozen=True)
class Fee:
    """A fixed handling, admin or service fee."""

    kind: FeeKind
    amount: Decimal

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", FeeKind(self.kind))
        object.__setattr__(self, "amount", _amount("fee", self.amount))


@dataclass(frozen=True)
class Voucher:
    """A discount on the goods: fixed, or a percentage limited by ``cap``.

    It applies only when the goods reach ``min_spend``; it never makes the goods negative.
    """

    kind: VoucherKind
    value: Decimal
    cap: Decimal | None = None
    min_spend: Decimal = Decimal(0)

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", VoucherKind(self.kind))
        check = _percent if self.kind is VoucherKind.PERCENT else _amount
        object.__setattr__(self, "value", check("voucher", self.value))
        if self.cap is not None:
            object.__setattr__(self, "cap", _amount("voucher cap", self.cap))
        object.__setattr__(self, "min_spend", _amount("minimum spend", self.min_spend))

    def discount_on(self, goods: Decimal) -> Decimal:
        """The exact discount this voucher gives on ``goods`` (0 below the minimum spend)."""
        if goods < self.min_spend:
            return Decimal(0)
        if self.kind is VoucherKind.FIXED:
            discount = self.value
        else:
            discount = goods * self.value / HUNDRED
            if self.cap is not None:
                discount = min(discount, self.cap)
        return min(discount, goods)


@dataclass(frozen=True)
class Offer:
    """One offer: every input of its total, all in ``currency``.

    Guarantees after construction: ``currency`` is a valid ISO 4217 code, ``quantity`` is a
    positive int, every amount is a non-negative ``Decimal``, every percentage is in 0..100.
    Raises :class:`~desktop.costs.errors.InvalidCostInput` otherwise (and
    :class:`~desktop.money.errors.UnknownCurrency` for a bad code).

    ``tax_percent`` with ``prices_include_tax`` True means the prices already contain the tax
    (shown as "of which tax", not added); False adds it. ``shipping_discount`` is a shipping
    voucher ("gratis ongkir s/d Rp 20.000"): at most that much off the shipping.
    ``free_shipping_over`` drops shipping
    when the goods after vouchers reach it. ``import_duty_percent`` applies to goods + shipping +
    insurance (the customs value).
    """

    name: str = ""
    currency: str = "IDR"
    unit_price: Decimal = Decimal(0)
    quantity: int = 1
    shipping: Decimal = Decimal(0)
    free_shipping_over: Decimal | None = None
    shipping_discount: Decimal = Decimal(0)
    insurance: Charge = field(default_factory=Charge)
    fees: tuple[Fee, ...] = ()
    payment_method: PaymentMethod = PaymentMethod.TRANSFER
    payment_fee: Charge = field(default_factory=Charge)
    tax_percent: Decimal = Decimal(0)
    prices_include_tax: bool = True
    import_duty_percent: Decimal = Decimal(0)
    vouchers: tuple[Voucher, ...] = ()
    link: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "currency", check_currency(self.currency))
        object.__setattr__(self, "unit_price", _amount("unit price", self.unit_price))
        if isinstance(self.quantity, bool) or not isinstance(self.quantity, int) \
                or self.quantity < 1:
            raise InvalidCostInput(
                "quantity", self.quantity,
                N_("Costs", "The quantity must be a whole number of at least 1."))
        object.__setattr__(self, "shipping", _amount("shipping", self.shipping))
        object.__setattr__(self, "shipping_discount",
                           _amount("shipping discount", self.shipping_discount))
        if self.free_shipping_over is not None:
            object.__setattr__(self, "free_shipping_over",
                               _amount("free shipping threshold", self.free_shipping_over))
        object.__setattr__(self, "payment_method", PaymentMethod(self.payment_method))
        object.__setattr__(self, "tax_percent", _percent("tax", self.tax_percent))
        object.__setattr__(self, "import_duty_percent",
                           _percent("import duty", self.import_duty_percent))
        object.__setattr__(self, "fees", tuple(self.fees))
        object.__setattr__(self, "vouchers", tuple(self.vouchers))

    def with_changes(self, **changes: object) -> Offer:
        """A validated copy with some fields replaced."""
        return replace(self, **changes)
