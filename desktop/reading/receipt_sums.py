"""The sums a receipt must satisfy, and the VAT table some receipts print (no Qt).

Split from :mod:`desktop.reading.receipts`, which reads the fields: here they are checked.
subtotal − discount + shipping + service (+ tax, unless the tax is included in the prices) =
total; tax base + tax = total; paid − total = change; paid ≥ total. A tax is rounded once per
receipt or per rate line, so tax sums allow one minor unit either way; every other sum is exact.
A sum that does not hold becomes a :class:`CheckThis` naming every field in it: which of them is
wrong cannot be known from the receipt, so none is corrected.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from decimal import Decimal

from desktop.money.amount import Money, minor_units
from desktop.reading.fieldtext import Field, amount_in
from desktop.text import N_, Message

__all__ = ["AMOUNT_FIELDS", "CheckReason", "CheckThis", "arithmetic", "check", "tax_table"]

AMOUNT_FIELDS = ("total", "subtotal", "discount", "shipping", "service", "tax", "tax_base", "paid",
                 "change")


class CheckReason(enum.Enum):
    """Why a field needs the person's eyes."""

    TOTAL_MISMATCH = "total-mismatch"        # subtotal − discount + tax ≠ total
    TAX_BASE_MISMATCH = "tax-base-mismatch"  # base + tax ≠ total
    CHANGE_MISMATCH = "change-mismatch"      # paid − total ≠ change
    PAID_TOO_LITTLE = "paid-too-little"      # paid < total and no change
    CONFLICTING = "conflicting"              # one label, two different values
    UNREADABLE_AMOUNT = "unreadable-amount"  # the amount text reads no way or several ways
    MIXED_CURRENCIES = "mixed-currencies"
    INVALID_TAX_ID = "invalid-tax-id"        # fails the scheme's check digit
    FUTURE_DATE = "future-date"              # dated after today


@dataclass(frozen=True)
class CheckThis:
    """A finding the reader will not settle: ``fields`` concerned, typed ``reason``, and
    ``message`` saying it in a sentence (translatable)."""

    fields: tuple[str, ...]
    reason: CheckReason
    message: Message


def check(fields: tuple[str, ...], reason: CheckReason, message: Message) -> CheckThis:
    return CheckThis(fields, reason, message)


_TABLE_HEAD = re.compile(r"(?=.*\b(?:base|dpp)\b)(?=.*\b(?:cuota|ppn|iva|tax)\b)", re.I)
_TABLE_ROW = re.compile(r"^\s*(?:(?:iva|ppn|vat)\s*)?\d{1,2}(?:[.,]\d{1,2})?\s*%\s+(\S+(?:\s?€)?)"
                        r"\s+(\S+(?:\s?€)?)\s*$", re.I)
_TABLE_TOTAL = re.compile(r"^\s*(?:total|suma)\s+\S+\s+\S+\s*$", re.I)


def tax_table(lines: list[str], country: str, currency: str | None,
               values: dict[str, Field]) -> list[str]:
    """Read a VAT breakdown table (``IVA  BASE IMPONIBLE  CUOTA`` then ``10%  12,73  1,27``
    rows, Spanish tickets) into ``tax_base`` and ``tax``; return the other lines. The table's
    own "TOTAL base cuota" row is dropped: it repeats the sums and is not the receipt's total."""
    head = next((i for i, line in enumerate(lines) if _TABLE_HEAD.search(line)), None)
    if head is None:
        return lines
    base = tax = None
    used = [head]
    sources = [lines[head].strip()]
    for index in range(head + 1, min(head + 8, len(lines))):
        row = _TABLE_ROW.match(lines[index])
        if row is None:
            if _TABLE_TOTAL.match(lines[index]) and base is not None:
                used.append(index)
            break
        read = [amount_in(part, country, currency) for part in row.groups()]
        if not all(isinstance(value, Money) for value in read):
            return lines  # not a table we can read as a whole: the labels pass reads the rest
        base = read[0] if base is None else base + read[0]
        tax = read[1] if tax is None else tax + read[1]
        used.append(index)
        sources.append(lines[index].strip())
    if base is None:
        return lines
    values["tax_base"] = Field(base, "\n".join(sources))
    values["tax"] = Field(tax, "\n".join(sources))
    return [line for i, line in enumerate(lines) if i not in used]


def _n(money: Money) -> Decimal:
    """An amount as a message argument: a Decimal, so that ``desktop.money.amount.localize``
    writes it the reader's way (245.000 in Indonesian, 245,000 in English)."""
    return money.rounded().amount


def arithmetic(values: dict[str, Field]) -> tuple[list[CheckThis], set[str]]:
    """The sums a receipt must satisfy, each checked when all its terms were read: the sums that
    fail, and the fields *confirmed* by a sum that holds. An amount in no sum that could be
    checked is neither: the caller shows it as read but unconfirmed (an OCR'd "1500" for
    "15,00" cannot be told from a real 1500 without a sum to hold it against)."""
    amounts = {name: values[name].value for name in AMOUNT_FIELDS if name in values}
    confirmed: set[str] = set()
    if len({money.currency for money in amounts.values()}) > 1:
        return [check(tuple(amounts), CheckReason.MIXED_CURRENCIES, N_(
            "Receipts", "The amounts on this receipt are in different currencies."))], confirmed
    if not amounts:
        return [], confirmed
    currency = next(iter(amounts.values())).currency
    zero = Money.zero(currency)
    # A tax is rounded once per receipt or per rate line: one minor unit either way is honest.
    slack = Money(Decimal(1).scaleb(-minor_units(currency)), currency)
    found: list[CheckThis] = []
    total, subtotal = amounts.get("total"), amounts.get("subtotal")
    discount, tax = amounts.get("discount", zero), amounts.get("tax")
    shipping = amounts.get("shipping", zero)
    service = amounts.get("service", zero)
    if total is not None and subtotal is not None:
        net = subtotal - discount + shipping + service
        # The tax included in the prices (exact), or added to them (rounded: the slack).
        held = [net == total] + ([abs((net + tax - total).amount) <= slack.amount]
                                 if tax is not None else [])
        terms = [n for n in ("subtotal", "discount", "shipping", "service", "tax", "total")
                 if n in amounts]
        if any(held):
            # A tax included in the prices is not a term of the sum that held.
            confirmed.update(n for n in terms if n != "tax" or held[-1] and len(held) == 2)
        else:
            found.append(check(tuple(terms), CheckReason.TOTAL_MISMATCH, N_(
                "Receipts", "Subtotal {subtotal} minus discount {discount} plus shipping "
                            "{shipping}, service {service} and tax {tax} does not make the total "
                            "{total} {currency}.").format(
                subtotal=_n(subtotal), discount=_n(discount), shipping=_n(shipping),
                service=_n(service), tax=_n(tax or zero), total=_n(total), currency=currency)))
    base = amounts.get("tax_base")
    if total is not None and base is not None and tax is not None:
        if abs((base + tax - total).amount) <= slack.amount:
            confirmed.update(("tax_base", "tax", "total"))
        else:
            found.append(check(("tax_base", "tax", "total"), CheckReason.TAX_BASE_MISMATCH, N_(
                "Receipts", "Tax base {base} plus tax {tax} does not make the total {total} "
                            "{currency}.").format(
                base=_n(base), tax=_n(tax), total=_n(total), currency=currency)))
    paid, change = amounts.get("paid"), amounts.get("change")
    if total is not None and paid is not None:
        if change is not None and paid - total == change:
            confirmed.update(("paid", "total", "change"))
        elif change is None and paid == total:
            confirmed.update(("paid", "total"))
        elif change is not None:
            found.append(check(("paid", "total", "change"), CheckReason.CHANGE_MISMATCH, N_(
                "Receipts", "Paid {paid} minus the total {total} is not the change {change} "
                            "{currency}.").format(
                paid=_n(paid), total=_n(total), change=_n(change), currency=currency)))
        elif change is None and paid < total:
            found.append(check(("paid", "total"), CheckReason.PAID_TOO_LITTLE, N_(
                "Receipts", "Paid {paid} is less than the total {total} {currency}.").format(
                paid=_n(paid), total=_n(total), currency=currency)))
    return found, confirmed
