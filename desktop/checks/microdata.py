"""Just enough HTML microdata to read a product's price (no Qt).

:class:`MicrodataCollector` is an :class:`html.parser.HTMLParser` that follows ``itemscope`` /
``itemtype`` / ``itemprop`` nesting and keeps the ``price``, ``lowPrice``, ``priceCurrency`` and
``name`` properties with the item they belong to; it also keeps the text of elements whose ``id``
names the price (``id="priceblock_ourprice"``), the visible price of pages without markup. Broken markup is tolerated the way browsers
would mostly read it (an end tag closes everything opened since its start tag); every count is
bounded, so a hostile page costs at most linear time and a fixed amount of memory.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

__all__ = ["PRICE_BOX", "MicroPrice", "MicrodataCollector"]

_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
         "track", "wbr", "param", "keygen"}
_NO_TEXT = {"script", "style", "noscript", "template", "textarea"}
_WANTED = {"price", "lowprice", "pricecurrency", "name"}
_PRODUCT_TYPES = {"product", "productgroup", "productmodel", "individualproduct", "someproducts",
                  "vehicle", "car", "book"}
# An element whose id names the price ("priceblock_ourprice", "product-price") is a visible price
# box, unless the id says it is another price (the old one, shipping, a per-unit price, a total).
_PRICE_ID = re.compile(r"price", re.IGNORECASE)
_OTHER_PRICE_ID = re.compile(r"old|was|list|strike|regular|compare|ship|unit|save|saving|before|original|"
                             r"per|range|crossed|rrp|uvp|msrp|discount|total|cart|basket|filter|slider",
                             re.IGNORECASE)
PRICE_BOX = "#price-box"
_MAX_STACK = 1_000
_MAX_SCOPES = 5_000
_MAX_PROPS = 5_000
_MAX_TEXT = 300


@dataclass(frozen=True)
class MicroPrice:
    """One ``itemprop="price"`` (or ``lowPrice``) value with the currency and product name of
    its item, as written on the page (texts, not yet numbers)."""

    price: str
    currency: str | None
    product: str | None


@dataclass
class _Scope:
    types: frozenset[str]
    parent: int | None


@dataclass
class _Prop:
    names: tuple[str, ...]
    scope: int | None
    value: str | None = None
    parts: list[str] = field(default_factory=list)


class MicrodataCollector(HTMLParser):
    """Collects microdata items and their price-related properties while parsing.

    After ``feed``/``close``, :meth:`product_prices` lists the prices of the page's top-level
    products (prices of products nested in another, e.g. "related products", are left out); when
    no product is marked up, the prices outside any product. Never raises for any text beyond
    what :class:`~html.parser.HTMLParser` itself may raise on ``close`` for broken markup.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scopes: list[_Scope] = []
        self.props: list[_Prop] = []
        # tag, item scope in force inside the element, property whose text it captures
        self._stack: list[tuple[str, int | None, int | None]] = []
        self._no_text = 0

    # ------------------------------------------------------------------ parsing

    def _scope(self) -> int | None:
        return self._stack[-1][1] if self._stack else None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v for k, v in attrs}
        outer = self._scope()
        opened = None
        if "itemscope" in values and len(self.scopes) < _MAX_SCOPES:
            types = frozenset(t.rstrip("/").rsplit("/", 1)[-1].lower()
                              for t in (values.get("itemtype") or "").split()[:5])
            self.scopes.append(_Scope(types, outer))
            opened = len(self.scopes) - 1
        captured = None
        names = tuple(n.lower() for n in (values.get("itemprop") or "").split()[:5]
                      if n.lower() in _WANTED)
        element_id = values.get("id") or ""
        if _PRICE_ID.search(element_id) and not _OTHER_PRICE_ID.search(element_id):
            names += (PRICE_BOX,)
        if names and opened is None and len(self.props) < _MAX_PROPS:
            prop = _Prop(names, outer)
            if values.get("content") is not None:
                prop.value = values["content"][:_MAX_TEXT]
            elif tag in ("data", "meter") and values.get("value") is not None:
                prop.value = values["value"][:_MAX_TEXT]
            elif tag in _VOID:
                prop.value = ""
            self.props.append(prop)
            if prop.value is None:
                captured = len(self.props) - 1
        if tag in _VOID:
            return
        if len(self._stack) >= _MAX_STACK:
            self._stack.pop(0)
        self._stack.append((tag, outer if opened is None else opened, captured))
        if tag in _NO_TEXT:
            self._no_text += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        for index in range(len(self._stack) - 1, max(-1, len(self._stack) - 200), -1):
            if self._stack[index][0] == tag:
                for closed, _, captured in self._stack[index:]:
                    if closed in _NO_TEXT:
                        self._no_text = max(0, self._no_text - 1)
                    if captured is not None:
                        prop = self.props[captured]
                        prop.value = " ".join("".join(prop.parts).split())[:_MAX_TEXT]
                        prop.parts = []
                del self._stack[index:]
                return

    def handle_data(self, data: str) -> None:
        if self._no_text:
            return
        for _, _, captured in self._stack[-50:]:
            if captured is not None:
                parts = self.props[captured].parts
                if sum(map(len, parts)) < _MAX_TEXT:
                    parts.append(data[:_MAX_TEXT])

    # ------------------------------------------------------------------ reading

    def _product_of(self, scope: int | None) -> tuple[int | None, bool]:
        """(nearest product scope, whether that product is nested inside another product)."""
        nearest = None
        seen = 0
        while scope is not None and seen < 200:
            if self.scopes[scope].types & _PRODUCT_TYPES:
                if nearest is not None:
                    return nearest, True
                nearest = scope
            scope = self.scopes[scope].parent
            seen += 1
        return nearest, False

    def _lookup(self, first: dict[tuple[int | None, str], str], name: str, scope: int | None,
                stop: int | None) -> str | None:
        """The ``name`` property of ``scope`` or of its ancestors up to ``stop``."""
        seen = 0
        while seen < 200:
            if (scope, name) in first:
                return first[scope, name]
            if scope is None or scope == stop:
                return None
            scope = self.scopes[scope].parent
            seen += 1
        return None

    def price_boxes(self) -> list[str]:
        """Texts of the elements whose ``id`` names the current price (see :data:`PRICE_BOX`)."""
        return [prop.value for prop in self.props if PRICE_BOX in prop.names and prop.value]

    def product_prices(self) -> list[MicroPrice]:
        """The prices of top-level products, else those outside any product (see the class)."""
        first: dict[tuple[int | None, str], str] = {}
        for prop in self.props:
            for name in prop.names:
                if prop.value:
                    first.setdefault((prop.scope, name), prop.value)
        in_products: list[MicroPrice] = []
        loose: list[MicroPrice] = []
        for prop in self.props:
            if not prop.value:
                continue
            if "price" not in prop.names:
                # lowPrice ("from ...") counts only where the item gives no plain price
                if "lowprice" not in prop.names or (prop.scope, "price") in first:
                    continue
            product, nested = self._product_of(prop.scope)
            if nested:
                continue
            currency = self._lookup(first, "pricecurrency", prop.scope, product)
            name = self._lookup(first, "name", product, product) if product is not None else None
            (in_products if product is not None else loose).append(
                MicroPrice(prop.value, currency, name))
        return in_products or loose
