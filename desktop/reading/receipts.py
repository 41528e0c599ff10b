"""Fields of a receipt or invoice read from its text, and the arithmetic between them checked.

:func:`read_receipt` takes the text of a receipt (typed, a PDF's text layer, or OCR from
:func:`desktop.reading.recognise`) and returns :class:`ReceiptFields`: merchant, date, total,
subtotal, discount, tax, tax base, paid, change, payment method, reference number and tax id, each
a :class:`~desktop.reading.fieldtext.Field` carrying the line it was read from.

It never guesses and never corrects. When the numbers disagree (subtotal − discount + tax ≠ total,
paid − total ≠ change, base + tax ≠ total), when one label shows two different amounts, when an
amount cannot be read one way only, or when a tax id fails its check digit, the fields concerned
are listed in a :class:`CheckThis` with a typed :class:`CheckReason` and a translatable sentence.
Taxes included in the price (Indonesian PPN, Spanish IVA on tickets) are recognised as such:
subtotal − discount = total is also accepted when the receipt shows the tax as a part of it.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from decimal import Decimal

from stdnum.es import nif as _nif
from stdnum.id import npwp as _npwp
from stdnum.exceptions import ValidationError
from stdnum.mx import rfc as _rfc

from desktop.money.amount import Money, minor_units
from desktop.money.currencies import country_currency
from desktop.reading.fieldtext import Field, amount_in, find_datetime, label_pattern, labelled_values
from desktop.text import N_, Message

__all__ = ["AMOUNT_FIELDS", "CheckReason", "CheckThis", "ReceiptFields", "read_receipt"]

AMOUNT_FIELDS = ("total", "subtotal", "discount", "shipping", "tax", "tax_base", "paid", "change")

_LABELS = {
    # total
    **dict.fromkeys(("total", "grand total", "total bayar", "total belanja", "total pembayaran",
                     "total tagihan", "total a pagar", "importe total", "importe", "total (€)",
                     "total eur", "total mxn", "amount due", "total due", "balance due",
                     "total compra", "total venta", "total a pagar (€)"), "total"),
    **dict.fromkeys(("subtotal", "sub total", "sub-total", "harga jual", "total harga",
                     "suma"), "subtotal"),
    **dict.fromkeys(("diskon", "disc", "total disc", "total diskon", "potongan", "hemat",
                     "total hemat", "voucher", "descuento", "dto", "total descuento", "ahorro",
                     "discount", "savings", "diskon ongkos kirim", "diskon ongkir",
                     "descuento envío", "descuento envio", "shipping discount"), "discount"),
    **dict.fromkeys(("ongkos kirim", "total ongkos kirim", "ongkir", "biaya kirim", "envío",
                     "envio", "gastos de envío", "gastos de envio", "shipping"), "shipping"),
    **dict.fromkeys(("ppn", "total ppn", "pajak", "iva", "total iva", "i.v.a.", "cuota iva",
                     "tax", "sales tax", "vat", "impuestos"), "tax"),
    **dict.fromkeys(("dpp", "base imponible", "base imp", "b. imponible"), "tax_base"),
    **dict.fromkeys(("tunai", "cash", "efectivo", "bayar", "dibayar", "su pago", "pago",
                     "paid", "tendered", "entregado", "recibido", "debit", "kartu debit",
                     "kredit", "kartu kredit", "credit card", "card", "tarjeta", "qris", "gopay",
                     "ovo", "dana", "shopeepay", "bizum", "transfer"), "paid"),
    **dict.fromkeys(("kembali", "kembalian", "cambio", "su cambio", "change", "vuelto"),
                    "change"),
    **dict.fromkeys(("no. struk", "no struk", "no. nota", "no nota", "nota", "bon", "no. invoice",
                     "invoice", "invoice no", "no. transaksi", "no transaksi", "id transaksi",
                     "no. pesanan", "ref", "referencia", "folio", "ticket", "nº ticket",
                     "n. ticket", "factura", "factura simplificada", "receipt no", "order no",
                     "order", "trx id"), "reference"),
    **dict.fromkeys(("npwp", "nif", "cif", "n.i.f.", "c.i.f.", "rfc", "r.f.c."), "tax_id"),
    # Counts that share words with amounts: read and set aside.
    **dict.fromkeys(("total item", "total items", "total qty", "jumlah item", "artículos",
                     "articulos", "items", "tgl", "tanggal", "fecha", "date", "hora", "jam",
                     "kasir", "cajero", "cashier"), "ignored"),
}
_PATTERN = label_pattern(_LABELS)
_METHODS = [  # label → payment method, first match wins
    (re.compile(r"tunai|cash|efectivo", re.I), "cash"),
    (re.compile(r"debit|kredit|credit|card|tarjeta|visa|mastercard", re.I), "card"),
    (re.compile(r"qris", re.I), "qris"),
    (re.compile(r"gopay|ovo|dana|shopeepay", re.I), "e-wallet"),
    (re.compile(r"bizum", re.I), "bizum"),
    (re.compile(r"transfer|spei|virtual account", re.I), "transfer"),
]
_REFERENCE = re.compile(r"(?<![\w-])(?=[\w/-]*\d)[A-Z0-9][A-Z0-9/-]{3,}(?![\w-])", re.I)
_DATE_LINE = re.compile(r"tgl|tanggal|fecha|date", re.I)
_NOT_MERCHANT = re.compile(r"^(?:jl\.?|jalan|calle|c/|avda?\.?|av\.|tel|telp|www\.|http|pt\.?$)",
                           re.I)


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


@dataclass(frozen=True)
class CheckThis:
    """A finding the reader will not settle: ``fields`` concerned, typed ``reason``, and
    ``message`` saying it in a sentence (translatable)."""

    fields: tuple[str, ...]
    reason: CheckReason
    message: Message


@dataclass(frozen=True)
class ReceiptFields:
    """What was read. A field is ``None`` when the receipt does not show it (or it could not be
    read, which ``checks`` then says). ``tax_id_scheme`` names the scheme of ``tax_id``."""

    merchant: Field | None = None
    date: Field | None = None
    total: Field | None = None
    subtotal: Field | None = None
    discount: Field | None = None
    shipping: Field | None = None
    tax: Field | None = None
    tax_base: Field | None = None
    paid: Field | None = None
    change: Field | None = None
    payment_method: Field | None = None
    reference: Field | None = None
    tax_id: Field | None = None
    tax_id_scheme: str | None = None
    checks: tuple[CheckThis, ...] = field(default=())

    def needs_check(self, name: str) -> bool:
        """Whether field ``name`` is named by one of :attr:`checks`."""
        return any(name in check.fields for check in self.checks)

    def reasons(self) -> set[CheckReason]:
        return {check.reason for check in self.checks}


_TAX_SCHEMES = {"ID": ("NPWP", _npwp), "ES": ("NIF", _nif), "MX": ("RFC", _rfc)}
_SCHEME_BY_LABEL = {"npwp": "ID", "nif": "ES", "cif": "ES", "rfc": "MX"}


def _tax_id(value_text: str, label_source: str, country: str) -> tuple[str, str, bool] | None:
    """(scheme, compact id, valid) for the id after a tax-id label, by the label's country."""
    label = re.sub(r"[^a-z]", "", label_source.casefold())
    key = next((code for word, code in _SCHEME_BY_LABEL.items() if label.startswith(word)),
               country.upper())
    if key not in _TAX_SCHEMES:
        return None
    name, module = _TAX_SCHEMES[key]
    candidate = re.match(r"[A-Z0-9Ñ&][A-Z0-9Ñ&.\- ]{6,22}[A-Z0-9]", value_text.strip(), re.I)
    if candidate is None:
        return None
    compact = re.sub(r"[\s.\-]", "", candidate.group(0)).upper()
    if module is _rfc:  # stdnum skips the RFC's check digit unless asked
        try:
            _rfc.validate(compact, validate_check_digits=True)
        except ValidationError:
            return name, compact, False
        return name, compact, True
    return name, compact, bool(module.is_valid(compact))


def read_receipt(text: str, *, country: str, language: str | None = None) -> ReceiptFields:
    """Read the fields of the receipt ``text`` (see the module docstring for the guarantees).

    ``country`` (ISO 3166 alpha-2) decides the currency when the text shows none, the reading of
    ``$`` and numeric dates (month first only in the US); ``language`` is the person's language,
    kept for the archive (every language's labels are always read, as receipts travel). Never
    raises on any text.
    """
    del language  # all three languages' labels are read regardless
    lines = [line for line in (text or "")[:20_000].splitlines() if line.strip()]
    currency = country_currency(country)
    values: dict[str, Field] = {}
    checks: list[CheckThis] = []
    scheme = None
    lines = _tax_table(lines, country, currency, values)
    for label in labelled_values(lines, _LABELS, _PATTERN):
        name = label.field
        if name == "ignored" or (name in values and name not in AMOUNT_FIELDS):
            continue
        if name in AMOUNT_FIELDS:
            if name == "paid" and "payment_method" not in values:
                method = next((m for rx, m in _METHODS if rx.search(label.source)), None)
                if method:
                    values["payment_method"] = Field(method, label.source)
            read = amount_in(label.value_text, country, currency)
            if read is None:
                continue
            if isinstance(read, str):
                checks.append(_check((name,), CheckReason.UNREADABLE_AMOUNT, N_(
                    "Receipts", "The amount “{text}” cannot be read in one way only: check it "
                                "on the receipt.").format(text=read)))
                continue
            if (name in ("tax", "tax_base") and name in values and "%" in label.source
                    and "%" in values[name].source and read.currency == values[name].value.currency):
                # Several VAT rates ("IVA 10% 1,27" / "IVA 21% 0,87"): one line per rate.
                values[name] = Field(values[name].value + read,
                                     values[name].source + "\n" + label.source)
                continue
            if name in values and values[name].value != read:
                checks.append(_check((name,), CheckReason.CONFLICTING, N_(
                    "Receipts", "The receipt shows two different amounts for the same thing: "
                                "{first} and {second}.").format(
                    first=values[name].value.plain(), second=read.plain())))
                continue
            values.setdefault(name, Field(read, label.source))
        elif name == "reference":
            found = _REFERENCE.search(label.value_text)
            if found:
                values[name] = Field(found.group(0), label.source)
        elif name == "tax_id":
            read_id = _tax_id(label.value_text, label.source, country)
            if read_id:
                scheme, compact, valid = read_id
                values[name] = Field(compact, label.source)
                if not valid:
                    checks.append(_check(("tax_id",), CheckReason.INVALID_TAX_ID, N_(
                        "Receipts", "The tax id {value} is not a valid {scheme}: the receipt "
                                    "may be mistyped, misread or made up.").format(
                        value=compact, scheme=scheme)))
    if "payment_method" not in values:
        for line in lines:
            method = next((m for rx, m in _METHODS if rx.search(line)), None)
            if method:
                values["payment_method"] = Field(method, line.strip())
                break
    conflicted = {f for c in checks if c.reason is CheckReason.CONFLICTING for f in c.fields}
    for name in conflicted:  # two values for one field: neither is kept as the value
        values.pop(name, None)
    checks.extend(_arithmetic(values))
    day = find_datetime(lines, country, prefer=_DATE_LINE)
    return ReceiptFields(merchant=_merchant(lines), date=day, tax_id_scheme=scheme,
                         checks=tuple(checks), **values)


_TABLE_HEAD = re.compile(r"(?=.*\b(?:base|dpp)\b)(?=.*\b(?:cuota|ppn|iva|tax)\b)", re.I)
_TABLE_ROW = re.compile(r"^\s*(?:(?:iva|ppn|vat)\s*)?\d{1,2}(?:[.,]\d{1,2})?\s*%\s+(\S+(?:\s?€)?)"
                        r"\s+(\S+(?:\s?€)?)\s*$", re.I)
_TABLE_TOTAL = re.compile(r"^\s*(?:total|suma)\s+\S+\s+\S+\s*$", re.I)


def _tax_table(lines: list[str], country: str, currency: str | None,
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


def _check(fields: tuple[str, ...], reason: CheckReason, message: Message) -> CheckThis:
    return CheckThis(fields, reason, message)


_SELLER = re.compile(r"^\s*(?:penjual|nama toko|toko|seller|sold by|vendedor|tienda|"
                     r"comercio|merchant)\s*[:.]\s*(?P<name>\S.*)$", re.I)


def _merchant(lines: list[str]) -> Field | None:
    """The seller a line names ("Penjual: Toko Maju Jaya"), else the first line of the header
    that reads as a name (not an address, phone or number)."""
    for line in lines:
        named = _SELLER.match(line)
        if named:
            return Field(named.group("name").strip(), line.strip())
    for line in lines[:6]:
        stripped = line.strip(" *=-#")
        letters = sum(ch.isalpha() for ch in stripped)
        if letters < 3 or letters < sum(ch.isdigit() for ch in stripped) or _NOT_MERCHANT.match(
                stripped) or _PATTERN.search(stripped):
            continue
        return Field(stripped, line.strip())
    return None


def _arithmetic(values: dict[str, Field]) -> list[CheckThis]:
    """The sums a receipt must satisfy, each checked when all its terms were read."""
    amounts = {name: values[name].value for name in AMOUNT_FIELDS if name in values}
    if len({money.currency for money in amounts.values()}) > 1:
        return [_check(tuple(amounts), CheckReason.MIXED_CURRENCIES, N_(
            "Receipts", "The amounts on this receipt are in different currencies."))]
    if not amounts:
        return []
    currency = next(iter(amounts.values())).currency
    zero = Money.zero(currency)
    # A tax is rounded once per receipt or per rate line: one minor unit either way is honest.
    slack = Money(Decimal(1).scaleb(-minor_units(currency)), currency)
    found: list[CheckThis] = []
    total, subtotal = amounts.get("total"), amounts.get("subtotal")
    discount, tax = amounts.get("discount", zero), amounts.get("tax")
    shipping = amounts.get("shipping", zero)
    if total is not None and subtotal is not None:
        net = subtotal - discount + shipping
        options = [net] + ([net + tax] if tax else [])  # tax included in the price, or added
        if not any(abs((option - total).amount) <= slack.amount for option in options):
            terms = [n for n in ("subtotal", "discount", "shipping", "tax", "total")
                     if n in amounts]
            found.append(_check(tuple(terms), CheckReason.TOTAL_MISMATCH, N_(
                "Receipts", "Subtotal {subtotal} minus discount {discount} plus shipping "
                            "{shipping} and tax {tax} does not make the total {total}.").format(
                subtotal=subtotal.plain(), discount=discount.plain(), shipping=shipping.plain(),
                tax=(tax or zero).plain(), total=total.plain())))
    base = amounts.get("tax_base")
    if total is not None and base is not None and tax is not None:
        if abs((base + tax - total).amount) > slack.amount:
            found.append(_check(("tax_base", "tax", "total"), CheckReason.TAX_BASE_MISMATCH, N_(
                "Receipts", "Tax base {base} plus tax {tax} does not make the total {total}."
            ).format(base=base.plain(), tax=tax.plain(), total=total.plain())))
    paid, change = amounts.get("paid"), amounts.get("change")
    if total is not None and paid is not None:
        if change is not None and paid - total != change:
            found.append(_check(("paid", "total", "change"), CheckReason.CHANGE_MISMATCH, N_(
                "Receipts", "Paid {paid} minus the total {total} is not the change {change}."
            ).format(paid=paid.plain(), total=total.plain(), change=change.plain())))
        elif change is None and paid < total:
            found.append(_check(("paid", "total"), CheckReason.PAID_TOO_LITTLE, N_(
                "Receipts", "Paid {paid} is less than the total {total}.").format(
                paid=paid.plain(), total=total.plain())))
    return found
