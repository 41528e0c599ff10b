"""The total of an offer, line by line, exact until one half-up rounding at the end.

Order of the computation (each step documented on its line):

1. goods = unit price × quantity
2. vouchers: each computed on the goods independently, together never more than the goods
3. shipping, dropped when goods after vouchers reach the free-shipping threshold; a shipping
   voucher takes at most its amount off what is left
4. insurance: fixed + % of goods after vouchers
5. handling / admin / service fees
6. import duty: % of goods after vouchers + shipping + insurance (the customs value)
7. tax: prices inclusive → an informational "of which tax" line; exclusive → % of everything
   above, added
8. payment fee: fixed + % of everything above
9. total = exact sum of the counted lines, rounded half-up once to the currency's minor unit

The printed lines are rounded for display by largest remainder, so they always add up to the
printed total exactly (no "one rupiah missing").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal, Inexact, localcontext

from desktop.money.amount import Money, format_amount, localize, minor_units
from desktop.costs.offer import HUNDRED, Offer, VoucherKind
from desktop.costs.rates import Rate, convert
from desktop.text import N_, Message

__all__ = ["NOT_ENTERED", "Breakdown", "Line", "compute", "round_lines"]

# Enough digits that sums and percentages of any price are exact (Decimal's default is 28).
PRECISION = 60
# What a field the buyer left empty shows instead of an amount (window, copy, export, CLI).
NOT_ENTERED = N_("Costs", "not entered")


@dataclass(frozen=True)
class Line:
    """One line of a breakdown: exact signed ``amount`` in the offer currency.

    ``counted`` is False for information that is not added (tax already included).
    ``detail`` explains the amount ("11 % of Rp 1.000.000").
    """

    kind: str
    label: Message
    amount: Decimal
    counted: bool = True
    detail: Message | None = None


@dataclass(frozen=True)
class Breakdown:
    """Every line of an offer's cost and its total. Immutable.

    Guarantees: ``total`` is the exact sum of the counted lines rounded half-up once;
    ``display_amounts`` (same order as ``lines``) are multiples of the minor unit whose counted
    entries sum to ``total`` exactly and each differ from the exact line by less than one minor
    unit. ``converted_total`` is present exactly when ``rate`` is.
    """

    offer: Offer
    lines: tuple[Line, ...]
    exact_total: Money
    total: Money
    display_amounts: tuple[Decimal, ...]
    rate: Rate | None = None
    converted_total: Money | None = None

    @property
    def currency(self) -> str:
        """The offer's ISO currency (that of every line and of ``total``)."""
        return self.total.currency

    @property
    def per_unit(self) -> Money:
        """Total divided by the quantity, rounded half-up to the minor unit."""
        with localcontext() as context:
            context.prec = PRECISION
            return Money(self.exact_total.amount / self.offer.quantity, self.currency).rounded()

    @property
    def comparable_total(self) -> Money:
        """The total in the comparison currency: converted if a rate was given."""
        return self.converted_total or self.total

    def as_text(self, locale: str = "en_US", translate=None,  # noqa: ANN001
                not_entered: frozenset[str] = frozenset()) -> str:
        """The breakdown as plain text to copy: one line per entry, then the total.

        Lines whose kind is in ``not_entered`` (fields left empty, such as the shipping) read
        "not entered" instead of a zero that would read as "free" (unless a rule gave them an
        amount or a detail)."""
        rows: list[tuple[str, str]] = []
        for line, shown in zip(self.lines, self.display_amounts, strict=True):
            label = line.label.render(translate)
            if line.kind in not_entered and not shown and line.detail is None:
                rows.append((label, NOT_ENTERED.render(translate)))
                continue
            if line.detail is not None:
                label = f"{label} ({localize(line.detail, locale).render(translate)})"
            rows.append((label, format_amount(shown, self.currency, locale)))
        total_label = N_("Costs", "Total").render(translate)
        rows.append((total_label, format_amount(self.total.amount, self.currency, locale)))
        if self.rate is not None and self.converted_total is not None:
            rows.append((N_("Costs", "Total in {currency}").format(
                currency=self.converted_total.currency).render(translate),
                format_amount(self.converted_total.amount, self.converted_total.currency,
                              locale) + " · " + localize(self.rate.describe(), locale).render(
                                  translate)))
        title = self.offer.name or N_("Costs", "Offer").render(translate)
        width = max(len(label) for label, _ in rows)
        body = "\n".join(f"{label.ljust(width)}  {amount}" for label, amount in rows)
        return f"{title}\n{body}\n"


def round_lines(amounts: Sequence[Decimal], digits: int) -> tuple[Decimal, ...]:
    """Round each amount to ``digits`` so that the results sum to the half-up rounded exact sum.

    Largest remainder: floor every amount, then give the missing units to the largest remainders
    (ties to the earliest). Each result differs from its amount by less than one unit.
    """
    quantum = Decimal(1).scaleb(-digits)
    with localcontext() as context:
        context.prec = PRECISION
        target = sum(amounts, Decimal(0)).quantize(quantum, rounding=ROUND_HALF_UP)
        floors = [amount.quantize(quantum, rounding=ROUND_FLOOR) for amount in amounts]
        missing = int((target - sum(floors, Decimal(0))) / quantum)
        order = sorted(range(len(amounts)), key=lambda i: (-(amounts[i] - floors[i]), i))
        result = list(floors)
        for index in order[:missing]:
            result[index] += quantum
        return tuple(result)


def _money(amount: Decimal, currency: str, locale: str = "en_US") -> str:
    return format_amount(amount, currency, locale)


def compute(offer: Offer, rate: Rate | None = None, locale: str = "en_US") -> Breakdown:
    """The :class:`Breakdown` of ``offer``; with ``rate``, also its total converted.

    ``locale`` formats the amounts quoted inside line details ("3 × Rp 125.000").

    Raises :class:`~desktop.costs.errors.MissingRate` if ``rate`` does not start from the
    offer's currency.
    """
    cur = offer.currency
    lines: list[Line] = []
    with localcontext() as context:
        context.prec = PRECISION
        # Every step below must be exact; a rounding here would be a bug, so make it loud.
        context.traps[Inexact] = True
        goods = offer.unit_price * offer.quantity
        lines.append(Line("goods", N_("Costs", "Goods"), goods, detail=N_(
            "Costs", "{quantity} × {price}").format(quantity=offer.quantity,
                                                   price=_money(offer.unit_price, cur, locale))))
        discount = min(sum((v.discount_on(goods) for v in offer.vouchers), Decimal(0)), goods)
        if offer.vouchers:
            lines.append(Line("voucher", N_("Costs", "Vouchers"), -discount,
                              detail=_voucher_detail(offer, discount, locale)))
        net_goods = goods - discount

        free = offer.free_shipping_over is not None and net_goods >= offer.free_shipping_over
        shipping = Decimal(0) if free else offer.shipping
        lines.append(Line("shipping", N_("Costs", "Shipping"), shipping, detail=N_(
            "Costs", "free above {threshold}").format(
                threshold=_money(offer.free_shipping_over, cur, locale)) if free else None))
        if offer.shipping_discount:
            off = min(shipping, offer.shipping_discount)
            lines.append(Line("shipping_voucher", N_("Costs", "Shipping voucher"), -off,
                              detail=N_("Costs", "at most {amount}").format(
                                  amount=_money(offer.shipping_discount, cur, locale))))
            shipping -= off

        insurance = offer.insurance.on(net_goods)
        if not offer.insurance.is_zero():
            lines.append(Line("insurance", N_("Costs", "Insurance"), insurance,
                              detail=_percent_detail(offer.insurance.percent, net_goods, cur,
                                                     locale)))
        for fee in sorted(offer.fees, key=lambda f: (f.kind.value, f.amount)):
            lines.append(Line("fee:" + fee.kind.value, fee.kind.label, fee.amount))

        duty_base = net_goods + shipping + insurance  # shipping after its voucher
        duty = duty_base * offer.import_duty_percent / HUNDRED
        if offer.import_duty_percent:
            lines.append(Line("duty", N_("Costs", "Import duty"), duty,
                              detail=_percent_detail(offer.import_duty_percent, duty_base, cur,
                                                     locale)))

        subtotal = sum((line.amount for line in lines if line.counted), Decimal(0))
        if offer.tax_percent:
            if offer.prices_include_tax:
                with localcontext() as info:  # r / (100 + r) rarely terminates; info only
                    info.traps[Inexact] = False
                    included = subtotal * offer.tax_percent / (HUNDRED + offer.tax_percent)
                lines.append(Line("tax", N_("Costs", "Tax included in the prices"), included,
                                  counted=False, detail=N_("Costs", "{percent} %").format(
                                      percent=offer.tax_percent.normalize())))
            else:
                tax = subtotal * offer.tax_percent / HUNDRED
                lines.append(Line("tax", N_("Costs", "Tax"), tax,
                                  detail=_percent_detail(offer.tax_percent, subtotal, cur, locale)))
                subtotal += tax

        payment = offer.payment_fee.on(subtotal)
        if not offer.payment_fee.is_zero():
            lines.append(Line("payment", N_("Costs", "Payment fee"), payment,
                              detail=offer.payment_method.label))

        exact = sum((line.amount for line in lines if line.counted), Decimal(0))
        exact_total = Money(exact, cur)
        context.traps[Inexact] = False  # from here on: the one deliberate rounding
        total = exact_total.rounded()
        counted = [line.amount for line in lines if line.counted]
        rounded_counted = iter(round_lines(counted, minor_units(cur)))
        quantum = Decimal(1).scaleb(-minor_units(cur))
        display = tuple(next(rounded_counted) if line.counted
                        else line.amount.quantize(quantum, rounding=ROUND_HALF_UP)
                        for line in lines)
        converted = convert(exact_total, rate).rounded() if rate is not None else None
    return Breakdown(offer, tuple(lines), exact_total, total, display, rate, converted)


def _percent_detail(percent: Decimal, base: Decimal, currency: str,
                    locale: str) -> Message | None:
    if not percent:
        return None
    return N_("Costs", "{percent} % of {base}").format(percent=percent.normalize(),
                                                       base=_money(base, currency, locale))


def _voucher_detail(offer: Offer, discount: Decimal, locale: str) -> Message | None:
    if not discount:
        return N_("Costs", "minimum spend not reached")
    if len(offer.vouchers) != 1 or offer.vouchers[0].kind is not VoucherKind.PERCENT:
        return None
    voucher = offer.vouchers[0]
    if voucher.cap is None:
        return N_("Costs", "{percent} %").format(percent=voucher.value.normalize())
    return N_("Costs", "{percent} %, at most {cap}").format(
        percent=voucher.value.normalize(), cap=_money(voucher.cap, offer.currency, locale))
