"""Offers and breakdowns as versioned JSON, kept locally under ``data_dir()/costs``.

Amounts are written as decimal strings (never JSON numbers, which readers may turn into floats).
Files are written atomically (temp file, fsync, rename) so a crash never leaves half a file.
Until the encrypted archive takes them, saved breakdowns live in ``costs/breakdowns``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from desktop.costs.breakdown import Breakdown
from desktop.costs.errors import CostError
from desktop.costs.offer import Charge, Fee, Offer, Voucher
from desktop.costs.rates import Rate
from desktop.fileio import write_atomically
from desktop.paths import data_dir
from desktop.text import N_

__all__ = ["FORMAT_VERSION", "StorageError", "breakdown_to_json", "load_offers",
           "load_page_state", "offer_from_json", "offer_to_json", "offers_path",
           "page_state_path", "save_breakdown", "save_offers", "save_page_state", "set_aside"]

FORMAT_VERSION = 1


class StorageError(CostError):
    """A saved costs file could not be read (unknown version, damaged); nothing is lost:
    the file stays where it is."""

    default_message = N_("Costs", "The saved offers could not be read.")


def _dec(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _charge(charge: Charge) -> dict[str, str]:
    return {"fixed": str(charge.fixed), "percent": str(charge.percent)}


def offer_to_json(offer: Offer) -> dict[str, Any]:
    """A JSON-ready dict of every field of ``offer``; amounts as strings."""
    return {
        "name": offer.name, "currency": offer.currency, "unit_price": str(offer.unit_price),
        "quantity": offer.quantity, "shipping": str(offer.shipping),
        "free_shipping_over": _dec(offer.free_shipping_over),
        "shipping_discount": str(offer.shipping_discount),
        "insurance": _charge(offer.insurance),
        "fees": [{"kind": fee.kind.value, "amount": str(fee.amount)} for fee in offer.fees],
        "payment_method": offer.payment_method.value, "payment_fee": _charge(offer.payment_fee),
        "tax_percent": str(offer.tax_percent), "prices_include_tax": offer.prices_include_tax,
        "import_duty_percent": str(offer.import_duty_percent),
        "vouchers": [{"kind": v.kind.value, "value": str(v.value), "cap": _dec(v.cap),
                      "min_spend": str(v.min_spend)} for v in offer.vouchers],
        "link": offer.link,
    }


def offer_from_json(data: Mapping[str, Any]) -> Offer:
    """The :class:`Offer` written by :func:`offer_to_json`.

    Raises :class:`StorageError` for missing or malformed fields (and the validation errors of
    :class:`Offer` for values out of range).
    """
    try:
        def dec(key: str, source: Mapping[str, Any] = data) -> Decimal:
            return Decimal(str(source[key]))

        def charge(entry: Mapping[str, Any]) -> Charge:
            return Charge(Decimal(entry["fixed"]), Decimal(entry["percent"]))

        free = data.get("free_shipping_over")
        return Offer(
            name=str(data.get("name", "")), currency=str(data["currency"]),
            unit_price=dec("unit_price"), quantity=int(data["quantity"]),
            shipping=dec("shipping"), free_shipping_over=None if free is None else Decimal(free),
            shipping_discount=Decimal(str(data.get("shipping_discount", "0"))),
            insurance=charge(data["insurance"]),
            fees=tuple(Fee(f["kind"], Decimal(f["amount"])) for f in data.get("fees", ())),
            payment_method=data["payment_method"], payment_fee=charge(data["payment_fee"]),
            tax_percent=dec("tax_percent"), prices_include_tax=bool(data["prices_include_tax"]),
            import_duty_percent=dec("import_duty_percent"),
            vouchers=tuple(Voucher(v["kind"], Decimal(v["value"]),
                                   None if v.get("cap") is None else Decimal(v["cap"]),
                                   Decimal(v.get("min_spend", "0")))
                           for v in data.get("vouchers", ())),
            link=str(data.get("link", "")),
        )
    except (KeyError, TypeError, ValueError, InvalidOperation) as error:
        raise StorageError(reason=repr(error)) from error


def breakdown_to_json(breakdown: Breakdown) -> dict[str, Any]:
    """The breakdown with its offer, every line (English label and exact amount) and totals."""
    result: dict[str, Any] = {
        "format": "shopsafe-cost-breakdown", "version": FORMAT_VERSION,
        "offer": offer_to_json(breakdown.offer),
        "lines": [{"kind": line.kind, "label": line.label.render(),
                   "detail": line.detail.render() if line.detail else None,
                   "amount": str(line.amount), "shown": str(shown), "counted": line.counted}
                  for line, shown in zip(breakdown.lines, breakdown.display_amounts, strict=True)],
        "total": {"amount": str(breakdown.total.amount), "currency": breakdown.currency},
        "exact_total": str(breakdown.exact_total.amount),
    }
    if breakdown.rate is not None and breakdown.converted_total is not None:
        result["rate"] = breakdown.rate.to_json()
        result["converted_total"] = {"amount": str(breakdown.converted_total.amount),
                                     "currency": breakdown.converted_total.currency}
    return result


def _write_json(path: Path, document: Any) -> None:
    write_atomically(path, json.dumps(document, ensure_ascii=False, indent=2))


def offers_path() -> Path:
    """Where :func:`save_offers` keeps the offers by default."""
    return data_dir() / "costs" / "offers.json"


def save_offers(offers: Sequence[Offer], rates: Mapping[str, Rate] | None = None,
                path: Path | None = None) -> Path:
    """Keep the offers (and typed rates, keyed ``"FROM>TO"``) atomically; return the path."""
    target = path or offers_path()
    _write_json(target, {"format": "shopsafe-offers", "version": FORMAT_VERSION,
                         "offers": [offer_to_json(offer) for offer in offers],
                         "rates": {key: rate.to_json() for key, rate in (rates or {}).items()}})
    return target


def load_offers(path: Path | None = None) -> tuple[list[Offer], dict[str, Rate]]:
    """The offers and typed rates saved by :func:`save_offers`; empty when there is no file.

    Raises :class:`StorageError` for a damaged file or an unknown format version.
    """
    source = path or offers_path()
    try:
        document = json.loads(source.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return [], {}
    except (OSError, ValueError) as error:
        raise StorageError(reason=repr(error)) from error
    if not isinstance(document, dict) or document.get("format") != "shopsafe-offers" \
            or document.get("version") != FORMAT_VERSION:
        raise StorageError(reason="unknown format")
    offers = [offer_from_json(entry) for entry in document.get("offers", [])]
    try:
        rates = {key: Rate.from_json(value) for key, value in document.get("rates", {}).items()}
    except (KeyError, TypeError, ValueError, InvalidOperation) as error:
        raise StorageError(reason=repr(error)) from error
    return offers, rates


def save_breakdown(breakdown: Breakdown, folder: Path | None = None,
                   now: dt.datetime | None = None) -> Path:
    """Write the breakdown as its own JSON file (never overwriting one); return its path."""
    stamp = (now or dt.datetime.now(dt.UTC)).strftime("%Y%m%dT%H%M%SZ")
    slug = re.sub(r"[^\w-]+", "-", breakdown.offer.name, flags=re.UNICODE).strip("-")[:40]
    target_dir = folder or data_dir() / "costs" / "breakdowns"
    base = f"{stamp}-{slug or 'offer'}"
    path = target_dir / f"{base}.json"
    counter = 1
    while path.exists():
        counter += 1
        path = target_dir / f"{base}-{counter}.json"
    _write_json(path, breakdown_to_json(breakdown))
    return path


def page_state_path() -> Path:
    """Where the Costs page keeps what was typed."""
    return data_dir() / "costs" / "page.json"


def save_page_state(forms: Sequence[Mapping[str, str]], compare_currency: str,
                    reference_price: str, path: Path | None = None) -> Path:
    """Keep the Costs page as typed (raw texts of every offer) atomically; return the path."""
    target = path or page_state_path()
    _write_json(target, {"format": "shopsafe-costs-page", "version": FORMAT_VERSION,
                         "compare_currency": compare_currency,
                         "reference_price": reference_price,
                         "offers": [dict(form) for form in forms]})
    return target


def load_page_state(path: Path | None = None) -> dict[str, Any] | None:
    """The saved page state, ``None`` when there is none.

    Raises :class:`StorageError` for a damaged file or an unknown version (the file is left in
    place).
    """
    source = path or page_state_path()
    try:
        document = json.loads(source.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as error:
        raise StorageError(reason=repr(error)) from error
    if not isinstance(document, dict) or document.get("format") != "shopsafe-costs-page" \
            or document.get("version") != FORMAT_VERSION \
            or not isinstance(document.get("offers"), list):
        raise StorageError(reason="unknown format")
    return document


def set_aside(path: Path) -> Path | None:
    """Rename an unreadable file to ``<stem>.damaged-<time><suffix>`` (never overwriting one),
    so a new file can take its place without losing it; ``None`` if there was no file."""
    if not path.exists():
        return None
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.stem}.damaged-{stamp}-{counter}{path.suffix}")
    os.replace(path, target)
    return target
