"""ECB euro foreign-exchange reference rates: parse, cache for offline use, fetch when online.

The ECB publishes ``eurofxref-daily.xml`` each working day around 16:00 CET: ``1 EUR = x CUR`` for
about thirty currencies (IDR, MXN, USD, JPY… but not ARS, COP, CLP or PEN — those rates are typed
in). The raw document is cached in ``data_dir()/costs`` so the last rates work offline, always
shown with their date. Fetching goes through :mod:`desktop.net.client`, the one network module.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from desktop.cancel import CancelToken
from desktop.costs.errors import RateSourceError
from desktop.money.errors import UnknownCurrency
from desktop.money.amount import check_currency
from desktop.costs.rates import SOURCE_ECB, RateTable
from desktop.errors import Cancelled, ShopSafeError
from desktop.fileio import write_atomically
from desktop.paths import data_dir
from desktop.text import N_, Message

if TYPE_CHECKING:  # importing desktop.checks would load every shop check with the costs
    from desktop.net.options import CheckOptions

__all__ = ["ECB_DAILY_URL", "RatesResult", "cache_path", "load_cached", "load_rates",
           "parse_ecb_xml"]

ECB_DAILY_URL = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml"
MAX_BYTES = 256 * 1024  # the real file is about 1.5 KB
_NS = "{http://www.ecb.int/vocabulary/2002-08-01/eurofxref}"


def parse_ecb_xml(data: bytes) -> RateTable:
    """The :class:`~desktop.costs.rates.RateTable` in an ECB ``eurofxref`` document.

    Guarantees: base ``EUR``, every rate a positive ``Decimal`` exactly as published, every code
    a known ISO 4217 currency (unknown ones are skipped). Raises
    :class:`~desktop.costs.errors.RateSourceError` for anything else: not XML, a DTD or entity
    (refused outright), no date, no rates, a rate that is not a positive number.
    """
    head = data[:4096].lower()
    if b"<!doctype" in head or b"<!entity" in head:
        raise RateSourceError("dtd")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as error:
        raise RateSourceError("not-xml") from error
    day = next((cube for cube in root.iter(_NS + "Cube") if cube.get("time")), None)
    if day is None:
        raise RateSourceError("no-date")
    try:
        date = dt.date.fromisoformat(day.get("time", ""))
    except ValueError as error:
        raise RateSourceError("bad-date") from error
    rates: dict[str, Decimal] = {}
    for cube in day.iter(_NS + "Cube"):
        code, text = cube.get("currency"), cube.get("rate")
        if code is None or text is None:
            continue
        try:
            value = Decimal(text.strip())
        except InvalidOperation as error:
            raise RateSourceError("bad-rate") from error
        if not value.is_finite() or value <= 0:
            raise RateSourceError("bad-rate")
        try:
            rates[check_currency(code)] = value
        except UnknownCurrency:
            continue
    if not rates:
        raise RateSourceError("no-rates")
    return RateTable("EUR", date, rates, SOURCE_ECB)


def cache_path() -> Path:
    """Where the last good ECB document is kept."""
    return data_dir() / "costs" / "ecb-eurofxref-daily.xml"


def load_cached() -> RateTable | None:
    """The cached rates, or ``None`` when there is no readable cache (never raises)."""
    try:
        return parse_ecb_xml(cache_path().read_bytes())
    except (OSError, RateSourceError):
        return None


@dataclass(frozen=True)
class RatesResult:
    """Rates to use and where they came from.

    ``from_cache`` is True when the network was not used or failed; ``problem`` then says why
    (offline mode, the fetch error). ``table`` is ``None`` only when nothing is available.
    """

    table: RateTable | None
    from_cache: bool
    problem: Message | None = None


def fetch(options: CheckOptions, *, url: str = ECB_DAILY_URL,
          cancel: CancelToken | None = None) -> RateTable:
    """Download, parse and cache the ECB document through :mod:`desktop.net.client`.

    Raises the network module's errors (``NetworkOffline``, ``FetchTimeout``…),
    :class:`~desktop.errors.Cancelled`, or :class:`~desktop.costs.errors.RateSourceError` for a
    non-200 answer or a malformed document. The cache is replaced only by a document that parsed.
    """
    from desktop.net import client as net  # the one network module; imported when first needed

    host = urlsplit(url).hostname or ""
    with net.Client(options, user_hosts=[host], cancel=cancel, max_bytes=MAX_BYTES) as client:
        page = client.fetch(url)
    if page.status != 200:
        raise RateSourceError(f"http-{page.status}", N_(
            "Costs", "the server answered with HTTP status {status}").format(status=page.status))
    table = parse_ecb_xml(page.body)
    write_atomically(cache_path(), page.body)
    return table


def load_rates(options: CheckOptions, *, url: str = ECB_DAILY_URL,
               cancel: CancelToken | None = None) -> RatesResult:
    """Fresh ECB rates when online, else the cached ones; never raises for network trouble.

    Raises only :class:`~desktop.errors.Cancelled`.
    """
    if options.offline:
        cached = load_cached()
        note = (N_("Costs", "Offline mode: using the saved exchange rates.") if cached is not None
                else N_("Costs", "Offline mode and no saved exchange rates."))
        return RatesResult(cached, True, note)
    try:
        return RatesResult(fetch(options, url=url, cancel=cancel), False)
    except Cancelled:
        raise
    except ShopSafeError as error:
        cached = load_cached()
        if cached is None:
            return RatesResult(None, True, N_(
                "Costs", "Could not fetch the ECB rates ({reason}).").format(reason=error.message))
        return RatesResult(cached, True,
                           N_("Costs", "Could not fetch the ECB rates ({reason}); using the "
                                       "saved ones.").format(reason=error.message))
