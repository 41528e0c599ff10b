"""The price a product page advertises, read from its markup (no Qt).

:func:`capture_price` reads the fetched HTML of a checked page and returns the one product price
it states, or ``None``. The sources, in order of trust:

1. ``json-ld``: schema.org ``Product`` (or ``ProductGroup`` and its variants) with an ``Offer`` /
   ``AggregateOffer`` (``price``, ``priceSpecification``, ``lowPrice``), also inside ``@graph``;
2. ``microdata``: ``itemprop="price"`` / ``"priceCurrency"`` inside a ``Product`` item
   (``content`` attribute or the element's text);
3. ``meta``: OpenGraph / Facebook ``product:price:amount`` + ``product:price:currency``
   (also ``og:price:*``);
4. ``text``: the visible text of elements whose ``id`` names the price
   (``id="priceblock_ourprice"``), only when every such element shows the same amount with a
   currency mark (pages without any markup, e.g. Amazon's).

A page with several different prices in the winning source (a category page, a product with
variants at different prices, a list of related products) has no *clear* price: the next source
is tried and, failing all, the answer is ``None``: a wrong "price you saw" would make the Costs
page warn about a change that never happened. Amounts are exact ``Decimal`` (JSON numbers are
read as decimals, text through :func:`desktop.costs.parse_price`), never floats.

The markup is attacker-controlled: every size, depth and count is bounded, and nothing raises.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from desktop.checks.htmlfeed import feed_bounded
from desktop.checks.microdata import MicrodataCollector
from desktop.errors import ShopSafeError

if TYPE_CHECKING:
    from desktop.net.client import Page

__all__ = ["SOURCES", "CapturedPrice", "capture_price", "page_price"]

SOURCES = ("json-ld", "microdata", "meta", "text")

MAX_HTML = 3_000_000
_PARSE_SECONDS = 1.5
_MAX_LD_BLOCK = 1_000_000
_MAX_NODES = 20_000
_MAX_DEPTH = 40
_MAX_AMOUNT = Decimal(10) ** 15
_MAX_NAME = 300

_PRODUCT_TYPES = {"product", "productgroup", "productmodel", "individualproduct", "someproducts",
                  "vehicle", "car", "motorcycle", "book", "dietarysupplement", "drug"}
# Price specifications that are not what the buyer pays now (the crossed-out list price).
_NOT_PAID = ("listprice", "strikethroughprice", "srp", "msrp", "invoiceprice", "minimumadvertisedprice")


@dataclass(frozen=True)
class CapturedPrice:
    """One advertised product price. ``amount`` is exact and positive; ``currency`` is an ISO 4217
    code, or ``None`` when the page did not say; ``source`` is one of :data:`SOURCES`;
    ``product`` is the product's name when the page gives one."""

    amount: Decimal
    currency: str | None
    source: str
    product: str | None = None

    def to_report(self) -> dict[str, str | None]:
        """The report's ``snapshot["price"]``: the amount as a plain decimal string
        (``"123.45"``, never an exponent), currency, source and product name."""
        return {"amount": format(self.amount, "f"), "currency": self.currency,
                "source": self.source, "product": self.product}


@dataclass(frozen=True)
class _Candidate:
    amount: Decimal
    currency: str | None
    product: str | None


# --------------------------------------------------------------------------- amounts


def _currency(value: Any, country: str | None) -> str | None:
    """An ISO code from a ``priceCurrency`` value: a code, or a symbol with one meaning."""
    from desktop.money.amount import check_currency
    from desktop.money.parsing import parse_price

    if not isinstance(value, str) or not value.strip() or len(value) > 20:
        return None
    try:
        return check_currency(value)
    except ShopSafeError:
        pass
    try:
        price = parse_price("1 " + value.strip(), "USD", country=country)
    except ShopSafeError:
        return None
    return price.currency if price.currency_text is not None else None


def _amount(value: Any, country: str | None, currency: str | None) -> tuple[Decimal, str | None] | None:
    """(amount, currency named in the value) from a JSON number or a price text; ``None`` for
    anything that is not one positive amount."""
    from desktop.money.parsing import parse_price

    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    named = None
    if isinstance(value, (Decimal, int)) and not isinstance(value, bool):
        amount = Decimal(value)
    elif isinstance(value, str) and 0 < len(value.strip()) <= 60:
        try:
            price = parse_price(value, currency or "USD", country=country)
        except (ShopSafeError, ArithmeticError, ValueError):
            return None
        amount = price.amount
        named = price.currency if price.currency_text is not None else None
    else:
        return None
    try:
        if not amount.is_finite() or not 0 < amount < _MAX_AMOUNT:
            return None
        amount = amount.normalize()  # "245000.00" and "245000" are one price
        if amount.as_tuple().exponent > 0:  # but written out: 245000, never 2.45E+5
            amount = amount.quantize(Decimal(1))
        return amount, named
    except (InvalidOperation, ArithmeticError):
        return None


def _name(value: Any) -> str | None:
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, dict):
        value = value.get("@value") or value.get("name")
    if not isinstance(value, str):
        return None
    name = " ".join(value.split())[:_MAX_NAME]
    return name or None


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def _choose(candidates: list[_Candidate], titles: list[str]) -> _Candidate | None:
    """:func:`_single`, or, when several products disagree, the price of the one product the
    page is titled after ("Housse de chaise TERTIO® - taupe | 3 SUISSES" among "related"
    products marked up beside it)."""
    if not candidates:
        return None
    found = _single(candidates)
    if found is not None or not titles:
        return found
    names = {c.product for c in candidates if c.product and len(c.product) >= 8}
    named = {name for name in names if any(_fold(name) in title for title in titles)}
    if len(named) != 1:
        return None
    return _single([c for c in candidates if c.product in named])


def _single(candidates: list[_Candidate]) -> _Candidate | None:
    """The one price all candidates agree on (one amount, at most one currency), else ``None``."""
    amounts = {c.amount for c in candidates}
    currencies = {c.currency for c in candidates if c.currency}
    if len(amounts) != 1 or len(currencies) > 1:
        return None
    currency = next(iter(currencies), None)
    product = next((c.product for c in candidates if c.product), None)
    return _Candidate(candidates[0].amount, currency, product)


# --------------------------------------------------------------------------- JSON-LD


_WRAPPERS = re.compile(r"^\s*(?:/\*\s*)?(?:<!--|//\s*<!\[CDATA\[|<!\[CDATA\[)(?:\s*\*/)?"
                       r"|(?:/\*\s*)?(?:-->|//\s*\]\]>|\]\]>)(?:\s*\*/)?\s*$")


def _load_ld(raw: str) -> Any:
    text = _WRAPPERS.sub("", raw[:_MAX_LD_BLOCK])
    try:
        return json.loads(text, parse_float=Decimal, parse_int=Decimal, parse_constant=_refuse,
                          strict=False)
    except (ValueError, RecursionError, InvalidOperation):
        return None


def _refuse(name: str) -> None:
    raise ValueError(name)


def _types(node: dict) -> set[str]:
    value = node.get("@type", [])
    values = value if isinstance(value, list) else [value]
    return {str(v).rsplit("/", 1)[-1].rsplit(":", 1)[-1].lower() for v in values[:10]}


def _top_products(blocks: list[Any]) -> Iterator[dict]:
    """Product nodes that are not nested inside another product (bounded walk)."""
    stack: list[tuple[Any, int]] = [(block, 0) for block in reversed(blocks)]
    seen = 0
    while stack and seen < _MAX_NODES:
        node, depth = stack.pop()
        seen += 1
        if depth > _MAX_DEPTH:
            continue
        if isinstance(node, list):
            stack.extend((item, depth + 1) for item in reversed(node[:_MAX_NODES]))
        elif isinstance(node, dict):
            if _types(node) & _PRODUCT_TYPES:
                yield node
                continue  # its related products are not the page's product
            stack.extend((value, depth + 1) for key, value in reversed(list(node.items())[:200])
                         if isinstance(value, (dict, list)))


def _offers(node: Any, depth: int = 0) -> Iterator[dict]:
    if depth > 6:
        return
    if isinstance(node, list):
        for item in node[:500]:
            yield from _offers(item, depth + 1)
    elif isinstance(node, dict):
        if "offers" in node and _types(node) & {"aggregateoffer"}:
            # an AggregateOffer listing its offers: those, else its own lowPrice
            listed = list(_offers(node["offers"], depth + 1))
            if listed:
                yield from listed
                return
        yield node


def _offer_candidates(offer: dict, product: str | None, country: str | None) -> list[_Candidate]:
    currency = _currency(offer.get("priceCurrency"), country)
    values: list[tuple[Any, str | None]] = []
    if offer.get("price") not in (None, ""):
        values.append((offer["price"], currency))
    else:
        specs = offer.get("priceSpecification")
        specs = specs if isinstance(specs, list) else [specs]
        for spec in specs[:20]:
            if not isinstance(spec, dict) or spec.get("price") in (None, ""):
                continue
            kind = str(spec.get("priceType", "")).rsplit("/", 1)[-1].lower()
            if kind in _NOT_PAID:
                continue
            values.append((spec["price"], _currency(spec.get("priceCurrency"), country) or currency))
        if not values and offer.get("lowPrice") not in (None, ""):
            # an AggregateOffer without its offers: "from <lowPrice>", what the page shows first
            values.append((offer["lowPrice"], currency))
    result = []
    for value, money in values:
        read = _amount(value, country, money)
        if read is not None:
            result.append(_Candidate(read[0], money or read[1], product))
    return result


def _from_json_ld(blocks: list[Any], country: str | None, titles: list[str]) -> _Candidate | None:
    candidates: list[_Candidate] = []
    for product in _top_products(blocks):
        name = _name(product.get("name"))
        nodes = [product]
        variants = product.get("hasVariant")
        if isinstance(variants, (list, dict)):
            nodes.extend(v for v in (variants if isinstance(variants, list) else [variants])[:500]
                         if isinstance(v, dict))
        for node in nodes:
            for offer in _offers(node.get("offers")):
                candidates.extend(_offer_candidates(offer, name, country))
    return _choose(candidates, titles)


# --------------------------------------------------------------------------- HTML pass


class _Collector(MicrodataCollector):
    """One pass over the page: JSON-LD blocks, ``<meta>`` tags, microdata (see the base)."""

    def __init__(self) -> None:
        super().__init__()
        self.ld_blocks: list[str] = []
        self.meta: dict[str, list[str]] = {}
        self._ld: list[str] | None = None
        self.title: list[str] = []
        self._in_title = False

    def titles(self) -> list[str]:
        """The page's ``<title>`` and ``og:title``, folded for comparison with product names."""
        found = ["".join(self.title), *self.meta.get("og:title", [])[:1]]
        return [_fold(title) for title in found if title.strip()]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script":
            kind = next((v or "" for k, v in attrs if k == "type"), "")
            if "ld+json" in kind.lower() and len(self.ld_blocks) < 50:
                self._ld = []
        self._in_title = tag == "title" and not self.title
        if tag == "meta":
            values = {k: v or "" for k, v in attrs}
            key = (values.get("property") or values.get("name") or "").strip().lower()
            if key and "content" in values and len(self.meta) < 500:
                self.meta.setdefault(key, [])
                if len(self.meta[key]) < 20:
                    self.meta[key].append(values["content"][:200])
        super().handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._ld is not None:
            self.ld_blocks.append("".join(self._ld))
            self._ld = None
        self._in_title = False
        super().handle_endtag(tag)

    def handle_data(self, data: str) -> None:
        if self._ld is not None:
            if sum(map(len, self._ld)) < _MAX_LD_BLOCK:
                self._ld.append(data)
            return
        if self._in_title and len(self.title) < 20:
            self.title.append(data[:_MAX_NAME])
        super().handle_data(data)


def _from_microdata(collector: _Collector, country: str | None) -> _Candidate | None:
    candidates = []
    for item in collector.product_prices():
        read = _amount(item.price, country, _currency(item.currency, country))
        if read is not None:
            currency = _currency(item.currency, country) or read[1]
            candidates.append(_Candidate(read[0], currency, _name(item.product)))
    return _choose(candidates, collector.titles())


_META_KEYS = (("product:price:amount", "product:price:currency"),
              ("og:price:amount", "og:price:currency"),
              ("og:price", "og:price:currency"))


def _from_meta(meta: dict[str, list[str]], country: str | None) -> _Candidate | None:
    for amount_key, currency_key in _META_KEYS:
        amounts = meta.get(amount_key, [])
        if not amounts:
            continue
        currency = next(filter(None, (_currency(v, country) for v in meta.get(currency_key, []))), None)
        candidates = []
        for value in amounts:
            read = _amount(value, country, currency)
            if read is None:
                return None
            candidates.append(_Candidate(read[0], currency or read[1], None))
        return _single(candidates)
    return None


def _from_text(boxes: list[str], country: str | None) -> _Candidate | None:
    from desktop.money.parsing import parse_price

    candidates = []
    for text in boxes[:50]:
        if len(text) > 40:
            continue
        try:
            price = parse_price(text, country=country)
        except (ShopSafeError, ArithmeticError, ValueError):
            continue
        if price.currency_text is None or not 0 < price.amount < _MAX_AMOUNT:
            continue  # a bare number in a price box may be a count or a code
        read = _amount(str(price.amount), country, price.currency)
        if read is not None:
            candidates.append(_Candidate(read[0], price.currency, None))
    return _single(candidates) if candidates else None


def _agree(first: _Candidate, other: _Candidate | None) -> bool:
    """Another source names no price, or the same one (its currency unknown or equal)."""
    if other is None:
        return True
    same_currency = not first.currency or not other.currency or first.currency == other.currency
    return same_currency and other.amount == first.amount


def capture_price(html: str, *, country: str | None = None, deadline=None) -> CapturedPrice | None:
    """The one product price ``html`` advertises, or ``None`` when there is no clear single price.

    The first source (see the module) with one clear price wins, unless another source states a
    different price: then the page contradicts itself and the answer is ``None``. ``country``
    (ISO 3166 alpha-2, the user's) resolves ambiguous marks such as ``$`` in price texts. Reads
    at most :data:`MAX_HTML` characters. Never raises for any input text.
    """
    if not isinstance(html, str) or not html:
        return None
    collector = _Collector()
    # bounded in size and time; a price read from part of a page is still a price it shows
    feed_bounded(collector, html, max_chars=MAX_HTML, seconds=_PARSE_SECONDS, deadline=deadline)
    blocks = [block for block in (_load_ld(raw) for raw in collector.ld_blocks) if block is not None]
    found = {"json-ld": _from_json_ld(blocks, country, collector.titles()),
             "microdata": _from_microdata(collector, country),
             "meta": _from_meta(collector.meta, country),
             "text": _from_text(collector.price_boxes(), country)}
    source = next((name for name in SOURCES if found[name] is not None), None)
    if source is None:
        return None
    best = found[source]
    if not all(_agree(best, other) for other in found.values()):
        return None
    name = next((c.product for c in found.values() if c is not None and c.product), None)
    name = name or _name(collector.meta.get("og:title", [None])[0])
    return CapturedPrice(best.amount, best.currency or next(
        (c.currency for c in found.values() if c is not None and c.currency), None), source, name)


def page_price(page: Page | None, country: str | None = None, deadline=None) -> dict[str, str | None] | None:
    """The report's ``snapshot["price"]`` for a fetched page: :meth:`CapturedPrice.to_report`
    of its captured price, or ``None`` (no page, an HTTP error, not HTML, no clear price).

    An ambiguous mark such as ``$`` is read for the page's country ending when it has one
    (``.com.mx`` → pesos), else for ``country``: pass the shop's country
    (:func:`desktop.checks.shopcountry.shop_country`), never simply the user's. Never raises."""
    from desktop.checks.extract import regions_for

    if page is None or page.status >= 400 or not page.is_html:
        return None
    host = urlsplit(page.final_url).hostname or ""
    found = capture_price(page.text, country=regions_for(host, country or "")[0], deadline=deadline)
    return found.to_report() if found is not None else None
