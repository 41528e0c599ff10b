"""Fields of a receipt or invoice read from its text, and the arithmetic between them checked.

:func:`read_receipt` takes the text of a receipt (typed, a PDF's text layer, or OCR from
:func:`desktop.reading.recognise`) and returns :class:`ReceiptFields`: merchant, date, total,
subtotal, discount, shipping, service charge, tax, tax base, paid, change, payment method,
reference number and tax id, each a :class:`~desktop.reading.fieldtext.Field` carrying the line it
was read from.

It never guesses and never corrects. When the numbers disagree (subtotal − discount + tax ≠ total,
paid − total ≠ change, base + tax ≠ total), when one label shows two different amounts, when an
amount cannot be read one way only, or when a tax id fails its check digit, the fields concerned
are listed in a :class:`CheckThis` with a typed :class:`CheckReason` and a translatable sentence.
Taxes included in the price (Indonesian PPN, Spanish IVA on tickets) are recognised as such:
subtotal − discount = total is also accepted when the receipt shows the tax as a part of it.
An amount is *confirmed* (:meth:`ReceiptFields.confirmed`) only when a sum it takes part in
holds; an amount no sum could check is read but unconfirmed, and should be shown so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from stdnum.es import nif as _nif
from stdnum.exceptions import ValidationError
from stdnum.id import npwp as _npwp
from stdnum.mx import rfc as _rfc

from desktop.money.amount import Money
from desktop.money.currencies import country_currency
from desktop.reading.fieldtext import Field, amount_in, find_datetime, label_pattern, labelled_values
from desktop.reading.receipt_sums import (
    AMOUNT_FIELDS,
    CheckReason,
    CheckThis,
    arithmetic,
    check,
    tax_table,
)
from desktop.text import N_

__all__ = ["AMOUNT_FIELDS", "CheckReason", "CheckThis", "ReceiptFields", "read_receipt"]


_LABELS = {
    # total
    **dict.fromkeys(("total", "grand total", "total bayar", "total belanja", "total pembayaran",
                     "total tagihan", "total a pagar", "importe total", "importe", "total (€)",
                     "total eur", "total mxn", "amount due", "total due", "balance due",
                     "total compra", "total venta", "total a pagar (€)", "jumlah", "a pagar",
                     "balance"), "total"),
    **dict.fromkeys(("subtotal", "sub total", "sub-total", "harga jual", "total harga",
                     "suma"), "subtotal"),
    **dict.fromkeys(("diskon", "disc", "total disc", "total diskon", "potongan", "hemat",
                     "total hemat", "voucher", "descuento", "dto", "total descuento", "ahorro",
                     "discount", "savings", "promo", "diskon ongkos kirim", "diskon ongkir",
                     "descuento envío", "descuento envio", "shipping discount"), "discount"),
    **dict.fromkeys(("ongkos kirim", "total ongkos kirim", "ongkir", "biaya kirim", "envío",
                     "envio", "gastos de envío", "gastos de envio", "shipping"), "shipping"),
    **dict.fromkeys(("ppn", "total ppn", "pajak", "iva", "total iva", "i.v.a.", "cuota iva",
                     "tax", "sales tax", "vat", "impuestos", "pb1", "pb 1", "pajak restoran"),
                    "tax"),
    **dict.fromkeys(("service", "service charge", "servis", "biaya layanan", "biaya servis"),
                    "service"),
    **dict.fromkeys(("dpp", "base imponible", "base imp", "b. imponible"), "tax_base"),
    **dict.fromkeys(("tunai", "cash", "efectivo", "bayar", "dibayar", "su pago", "pago",
                     "paid", "tendered", "entregado", "recibido", "debit", "kartu debit",
                     "kredit", "kartu kredit", "credit card", "card", "tarjeta", "qris", "gopay",
                     "ovo", "dana", "shopeepay", "bizum", "transfer", "visa", "mastercard", "amex"),
                    "paid"),
    **dict.fromkeys(("kembali", "kembalian", "cambio", "su cambio", "change", "vuelto"),
                    "change"),
    **dict.fromkeys(("no. struk", "no struk", "no. nota", "no nota", "nota", "bon", "no. invoice",
                     "invoice", "invoice no", "no. transaksi", "no transaksi", "id transaksi",
                     "no. pesanan", "ref", "referencia", "folio", "ticket", "nº ticket",
                     "n. ticket", "factura", "factura simplificada", "receipt no", "order no",
                     "order", "trx id", "no. bill", "no bill", "trans #", "trans", "transaction"),
                    "reference"),
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
# A card number shown masked ("****1234", "XXXX-XXXX-1234"): never an amount.
_CARD_MASK = re.compile(r"(?<![^\W\d_])(?:[*xX•#]{2,}[\s-]*)+\d{0,6}")
# After a card or wallet label a lone 4-digit group is the card's last digits ("Debit BCA 1234").
_CARD_TAIL = re.compile(r"(?<![\d.,])\d{4}\s*$")
_CURRENCY_MARK = re.compile(r"rp|idr|eur|mxn|usd|[$€]", re.I)
_REFERENCE = re.compile(r"(?<![\w-])(?=[\w/-]*\d)[A-Z0-9][A-Z0-9/-]{3,}(?![\w-])", re.I)
_DATE_LINE = re.compile(r"tgl|tanggal|fecha|date", re.I)
_NOT_MERCHANT = re.compile(r"^(?:jl\.?|jalan|calle|c/|avda?\.?|av\.|tel|telp|www\.|http|pt\.?$)",
                           re.I)


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
    service: Field | None = None
    tax: Field | None = None
    tax_base: Field | None = None
    paid: Field | None = None
    change: Field | None = None
    payment_method: Field | None = None
    reference: Field | None = None
    tax_id: Field | None = None
    tax_id_scheme: str | None = None
    checks: tuple[CheckThis, ...] = field(default=())
    confirmed_by_sums: frozenset[str] = frozenset()

    def needs_check(self, name: str) -> bool:
        """Whether field ``name`` is named by one of :attr:`checks`."""
        return any(name in item.fields for item in self.checks)

    def confirmed(self, name: str) -> bool:
        """Whether amount field ``name`` takes part in a sum of the receipt that holds (and in
        none that fails). Amounts read but not confirmed are shown as read, unconfirmed."""
        return name in self.confirmed_by_sums and not self.needs_check(name)

    def reasons(self) -> set[CheckReason]:
        return {item.reason for item in self.checks}


_TAX_SCHEMES = {"ID": ("NPWP", _npwp), "ES": ("NIF", _nif), "MX": ("RFC", _rfc)}
_ID_LENGTH = {"NPWP": 16, "NIF": 9, "RFC": 13}  # longest compact id of each scheme
_SCHEME_BY_LABEL = {"npwp": "ID", "nif": "ES", "cif": "ES", "rfc": "MX"}


def _tax_id(value_text: str, label_source: str, country: str) -> tuple[str, str, bool] | None:
    """(scheme, compact id, valid) for the id after a tax-id label, by the label's country."""
    label = re.sub(r"[^a-z]", "", label_source.casefold())
    key = next((code for word, code in _SCHEME_BY_LABEL.items() if label.startswith(word)),
               country.upper())
    if key not in _TAX_SCHEMES:
        return None
    name, module = _TAX_SCHEMES[key]
    # The id may be printed in groups ("01 300 066 6 091 000") but is followed by other words
    # ("... Jl. Sudirman 5"): join whitespace tokens only while the id is not yet valid, and
    # never past the scheme's length.
    tokens = []
    for token in value_text.split():
        token = token.strip(",;:()")
        if not re.fullmatch(r"[A-Z0-9Ñ&.\-]+", token, re.I):
            break
        tokens.append(token)
    candidates = [re.sub(r"[.\-]", "", "".join(tokens[:n])).upper()
                  for n in range(1, len(tokens) + 1)]
    candidates = [c for c in candidates if 0 < len(c) <= _ID_LENGTH[name]]
    if not candidates:
        return None
    for compact in candidates:
        if _id_valid(module, compact):
            return name, compact, True
    # None valid: report the groups up to the first word without a digit ("... 001 Jl").
    words = next((n for n in range(1, len(tokens)) if not re.search(r"\d", tokens[n])), None)
    shown = candidates[-1] if words is None else candidates[min(words, len(candidates)) - 1]
    return (name, shown, False) if len(shown) >= 6 else None


def _id_valid(module: object, compact: str) -> bool:
    if module is _rfc:  # stdnum skips the RFC's check digit unless asked
        try:
            _rfc.validate(compact, validate_check_digits=True)
        except ValidationError:
            return False
        return True
    return bool(module.is_valid(compact))


def read_receipt(text: str, *, country: str, language: str | None = None,
                 today: date | None = None) -> ReceiptFields:
    """Read the fields of the receipt ``text`` (see the module docstring for the guarantees).

    ``country`` (ISO 3166 alpha-2) decides the currency when the text shows none, the reading of
    ``$`` and numeric dates (month first only in the US); ``language`` is the person's language,
    kept for the archive (every language's labels are always read, as receipts travel). With
    ``today``, a receipt dated after it is marked "check this" (the date is kept as read). Never
    raises on any text.
    """
    del language  # all three languages' labels are read regardless
    lines = [line for line in (text or "")[:20_000].splitlines() if line.strip()]
    currency = country_currency(country)
    values: dict[str, Field] = {}
    checks: list[CheckThis] = []
    scheme = None
    lines = tax_table(lines, country, currency, values)
    for label in labelled_values(lines, _LABELS, _PATTERN):
        name = label.field
        if name == "ignored" or (name in values and name not in AMOUNT_FIELDS):
            continue
        if name in AMOUNT_FIELDS:
            if name == "paid" and "payment_method" not in values:
                method = next((m for rx, m in _METHODS if rx.search(label.source)), None)
                if method:
                    values["payment_method"] = Field(method, label.source)
            value_text = label.value_text
            if name == "paid":
                value_text = _CARD_MASK.sub(" ", value_text)
                method = next((m for rx, m in _METHODS if rx.search(label.source)), None)
                if (method not in (None, "cash") and _CARD_TAIL.search(value_text)
                        and not _CURRENCY_MARK.search(value_text)):
                    continue  # the method and the card's last digits, no amount
            read = amount_in(value_text, country, currency)
            if read is None:
                continue
            if isinstance(read, str):
                checks.append(check((name,), CheckReason.UNREADABLE_AMOUNT, N_(
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
                checks.append(check((name,), CheckReason.CONFLICTING, N_(
                    "Receipts", "The receipt shows two different amounts for the same thing: "
                                "{first} and {second} {currency}.").format(
                    first=values[name].value.rounded().amount, second=read.rounded().amount,
                    currency=read.currency)))
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
                    checks.append(check(("tax_id",), CheckReason.INVALID_TAX_ID, N_(
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
    failed, confirmed = arithmetic(values)
    checks.extend(failed)
    day = find_datetime(lines, country, prefer=_DATE_LINE)
    if day is not None and today is not None:
        printed = day.value.date() if isinstance(day.value, datetime) else day.value
        if printed > today:
            checks.append(check(("date",), CheckReason.FUTURE_DATE, N_(
                "Receipts", "The receipt is dated {date}, which is after today.").format(
                date=printed.isoformat())))
    return ReceiptFields(merchant=_merchant(lines), date=day, tax_id_scheme=scheme,
                         checks=tuple(checks), confirmed_by_sums=frozenset(confirmed), **values)


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
