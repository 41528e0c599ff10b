"""Canonical keys for the identifiers a seller is known by.

A :class:`Key` is ``(kind, value)`` with ``value`` in one canonical form, so the same seller
written two ways gives the same key:

=========  ===========================================  ===================================
kind       canonical value                              accepted forms
=========  ===========================================  ===================================
phone      E.164 (``+6281234567890``)                    ``0812-3456-7890``, ``+62 812…``,
                                                        ``62812…``, ``wa.me/62812…``,
                                                        ``api.whatsapp.com/send?phone=…``
bank       digits (an IBAN: upper-case, no spaces)      ``123 456.7890``, ``123-456-7890``
domain     registrable domain, ASCII (``tokoku.com``)   ``https://www.tokoku.com/p/1``, IDN
handle     lower-case, no ``@`` (``toko.maju``)         ``@Toko.Maju``, ``instagram.com/…``,
                                                        ``tiktok.com/@…``, ``facebook.com/…``
ewallet    a phone-number wallet is a ``phone`` key;    ``DANA 0812…``, ``paypal.me/x``
           other ids lower-case without spaces
shop       ``<marketplace domain>/<shop>`` lower-case   ``tokopedia.com/tokomaju/sepatu…``,
                                                        ``shopee.co.id/tokomaju``,
                                                        ``perfil.mercadolibre.com.mx/TOKO``
=========  ===========================================  ===================================

A bank account's bank name and holder are kept beside the number, not in the key: buyers name
the same account "BCA" or "Bank Central Asia". A link to a marketplace or social network never
yields a ``domain`` key (``tokopedia.com`` is everyone's shop), only its ``shop`` or ``handle``.

Pure and offline; nothing here raises for any text.
"""

from __future__ import annotations

import re
from typing import NamedTuple
from urllib.parse import parse_qs, urlsplit

from desktop.identity.hosts import registrable_domain
from desktop.identity.phones import phone_from_text

__all__ = ["KINDS", "Key", "bank_key", "domain_key", "ewallet_keys", "handle_key", "keys_for",
           "link_keys", "phone_key", "shop_key"]

KINDS = ("phone", "bank", "domain", "handle", "ewallet", "shop")


class Key(NamedTuple):
    """One canonical identifier: ``kind`` from :data:`KINDS`, ``value`` canonical."""

    kind: str
    value: str

    def __str__(self) -> str:
        return self.value


# Social networks: a path's first segment (or the one after a prefix) is the handle.
_SOCIAL = {"instagram.com": "", "tiktok.com": "@", "facebook.com": "", "fb.com": "",
           "x.com": "", "twitter.com": "", "threads.net": "@", "youtube.com": "@",
           "t.me": "", "telegram.me": "", "linktr.ee": "", "line.me": ""}
_NOT_HANDLES = frozenset({"p", "reel", "reels", "stories", "explore", "watch", "groups", "share",
                          "marketplace", "profile.php", "people", "pages", "video", "tag",
                          "hashtag", "s", "home", "login", "ti", "r", "channel", "c", "i"})
# Marketplaces: how a link names the shop. ``first`` = the first path segment is the shop
# (tokopedia.com/<shop>/<product>), else the segment after one of the listed prefixes.
_MARKETS: dict[str, tuple[str, ...]] = {
    "tokopedia.com": ("first",), "shopee.co.id": ("first", "shop"), "shopee.com.my": ("first",),
    "shopee.ph": ("first",), "shopee.sg": ("first",), "shopee.com.br": ("first",),
    "shopee.com.mx": ("first",), "shopee.co.th": ("first",), "shopee.vn": ("first",),
    "bukalapak.com": ("u",), "lazada.co.id": ("shop",), "blibli.com": ("merchant",),
    "tiktokshop.com": ("shop",), "mercadolibre.com.mx": ("perfil", "tienda", "pagina"),
    "mercadolibre.com.ar": ("perfil", "tienda", "pagina"),
    "mercadolibre.com.co": ("perfil", "tienda", "pagina"),
    "mercadolibre.cl": ("perfil", "tienda", "pagina"), "mercadolibre.com.pe": ("perfil", "tienda"),
    "wallapop.com": ("app/user", "user"), "etsy.com": ("shop",), "ebay.com": ("usr", "str"),
    "amazon.com": ("shops",), "aliexpress.com": ("store",),
}
_MARKET_PATH_WORDS = frozenset({"search", "discovery", "help", "cart", "checkout", "p", "product",
                                "products", "item", "items", "promo", "login", "find", "mall",
                                "flash_sale", "daily_discover", "buyer", "user", "category",
                                "categories", "catalog", "c", "search_user", "m", "campaign",
                                "verified", "universal-link", "listado", "ofertas", "pdp"})
_SHOPEE_ITEM = re.compile(r"-i\.(\d{3,15})\.\d{3,20}$")
_HANDLE_TEXT = re.compile(r"^@?([\w][\w.\-]{0,63})$", re.UNICODE)
_WALLET_HOSTS = {"paypal.me": "paypal", "paypal.com": "paypal", "cash.app": "cashapp",
                 "link.mercadopago.com.mx": "mercadopago", "saweria.co": "saweria",
                 "trakteer.id": "trakteer"}


def phone_key(text: str, country: str) -> Key | None:
    """The ``phone`` key of a number or WhatsApp link (see the module table), else ``None``."""
    found = phone_from_text(text, country)
    return Key("phone", found) if found else None


def bank_key(text: str) -> Key | None:
    """The ``bank`` key of an account number written with spaces, dots or dashes, or of an
    IBAN; ``None`` when fewer than 5 digits remain or letters other than an IBAN's appear."""
    compact = re.sub(r"[\s.\-/_]", "", text or "").upper()
    if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", compact):
        return Key("bank", compact)
    if compact.isdigit() and 5 <= len(compact) <= 34:
        return Key("bank", compact)
    return None


def _split(text: str) -> tuple[str, str, str] | None:
    """(ASCII host, path, query) of a link with or without scheme, else None."""
    text = (text or "").strip().strip("<>\"'")
    if not text or any(ch.isspace() for ch in text) or len(text) > 2048:
        return None
    if "://" not in text:
        text = "https://" + text
    try:
        parts = urlsplit(text)
        host = parts.hostname or ""
    except ValueError:
        return None
    if "." not in host:
        return None
    from desktop.identity.hosts import to_ascii

    return to_ascii(host), parts.path, parts.query


def domain_key(text: str) -> Key | None:
    """The ``domain`` key of a host or link (``www``, scheme, port, path, case ignored);
    ``None`` for marketplaces and social networks (see :func:`link_keys`) and non-domains."""
    keys = link_keys(text)
    return next((k for k in keys if k.kind == "domain"), None)


def handle_key(text: str) -> Key | None:
    """The ``handle`` key of ``@name``, ``name`` or a social-network profile link."""
    text = (text or "").strip()
    if "/" in text:
        return next((k for k in link_keys(text) if k.kind == "handle"), None)
    match = _HANDLE_TEXT.match(text)
    if not match:
        return None
    return Key("handle", match.group(1).rstrip(".").casefold())


def shop_key(text: str) -> Key | None:
    """The ``shop`` key of a marketplace shop or product link, else ``None``."""
    return next((k for k in link_keys(text) if k.kind == "shop"), None)


def ewallet_keys(text: str, country: str) -> list[Key]:
    """Keys of an e-wallet id: a wallet whose id is a phone number (GoPay, DANA, OVO, Bizum,
    Yape, Nequi…) gives that ``phone`` key; a PayPal.me or similar link or an id gives an
    ``ewallet`` key (``paypal:name``); a bare e-mail or id is kept lower-case."""
    text = (text or "").strip()
    if not text:
        return []
    # "DANA 0812…", "Bizum: 612 345 678": the wallet's name may precede the number.
    number = re.sub(r"^[^\d+]*", "", text)
    phone = phone_key(number, country) if number else None
    if phone:
        return [phone]
    parts = _split(text) if "/" in text else None
    if parts:
        host, path, _ = parts
        domain = registrable_domain(host) or host
        wallet = _WALLET_HOSTS.get(host) or _WALLET_HOSTS.get(domain)
        segments = [s for s in path.split("/") if s]
        if wallet and segments:
            return [Key("ewallet", f"{wallet}:{segments[0].lstrip('$@').casefold()}")]
    compact = re.sub(r"\s+", "", text).casefold()
    return [Key("ewallet", compact)] if 3 <= len(compact) <= 120 else []


def link_keys(text: str) -> list[Key]:
    """Every key a link gives: ``shop`` for a marketplace shop, ``handle`` for a social
    profile, ``phone`` for a WhatsApp link (see :func:`phone_key`, international numbers only),
    ``ewallet`` for a payment link, else ``domain``. Empty for text that is not a link."""
    parts = _split(text)
    if parts is None:
        return []
    host, path, query = parts
    domain = registrable_domain(host)
    if domain is None:
        return []
    segments = [s for s in path.split("/") if s]
    if domain in ("wa.me", "whatsapp.com"):
        digits = segments[0] if segments and domain == "wa.me" else \
            (parse_qs(query).get("phone") or [""])[0]
        phone = phone_key("+" + re.sub(r"\D", "", digits), "ID") if digits else None
        return [phone] if phone else []
    if domain in _SOCIAL:
        return _social(domain, segments)
    if host in _WALLET_HOSTS or domain in _WALLET_HOSTS:
        return ewallet_keys(f"{host}{path}", "ID")
    market = _market(host, domain, segments)
    if market is not None:
        return market
    return [Key("domain", domain)]


def _social(domain: str, segments: list[str]) -> list[Key]:
    if not segments:
        return []
    first = segments[0]
    if domain == "facebook.com" and first == "profile.php":
        return []
    if first.lower() in _NOT_HANDLES:
        return []
    name = first.lstrip("@")
    match = _HANDLE_TEXT.match(name)
    return [Key("handle", match.group(1).rstrip(".").casefold())] if match else []


def _market(host: str, domain: str, segments: list[str]) -> list[Key] | None:
    """None when ``domain`` is no known marketplace; else its shop key (or [] for links that
    name no shop, such as a search page)."""
    sub = host[: -len(domain) - 1] if host.endswith("." + domain) else ""
    if domain.startswith(("mercadolibre.", "mercadolivre.")) and sub in ("perfil", "tienda") \
            and segments:
        # perfil.mercadolibre.com.mx/NAME is the same page as mercadolibre.com.mx/perfil/NAME
        return [Key("shop", f"{domain}/{sub}/{segments[0].casefold()}")]
    rules = _MARKETS.get(domain)
    if rules is None:
        if not domain.startswith(("mercadolibre.", "mercadolivre.")):
            return None
        rules = ("perfil", "tienda", "pagina")
    if segments and domain.startswith("shopee."):
        item = _SHOPEE_ITEM.search(segments[-1])
        if item:  # a product link names the shop by number: shopee.co.id/…-i.<shop>.<item>
            return [Key("shop", f"{domain}/shop/{item.group(1)}")]
    joined = "/".join(segments)
    for rule in rules:
        if rule == "first":
            continue
        if joined.casefold().startswith(rule + "/") and len(segments) > rule.count("/") + 1:
            shop = segments[rule.count("/") + 1]
            return [Key("shop", f"{domain}/{rule}/{shop.casefold()}")]
    if "first" in rules and segments and segments[0].casefold() not in _MARKET_PATH_WORDS:
        return [Key("shop", f"{domain}/{segments[0].casefold()}")]
    return []


def keys_for(kind: str, text: str, country: str) -> list[Key]:
    """The keys of ``text`` given as ``kind`` ("phone", "bank", "domain", "handle",
    "ewallet", "shop"): what a seller's identifier of that kind is matched by. A domain
    given as a marketplace or social link gives that link's shop or handle key instead."""
    if kind == "phone":
        found = phone_key(text, country)
    elif kind == "bank":
        found = bank_key(text)
    elif kind in ("domain", "shop"):
        return link_keys(text)
    elif kind == "handle":
        found = handle_key(text)
    elif kind == "ewallet":
        return ewallet_keys(text, country)
    else:
        raise ValueError(f"unknown identifier kind: {kind}")
    return [found] if found else []
