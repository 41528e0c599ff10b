"""Helpers that turn the shop descriptions of ``shops_*.py`` into static site folders.

A shop is a :class:`Shop`: its host, what it is (``honest``, ``fake`` or ``unreadable``), the
registry's answer (:class:`Rdap`, or None where the ending has no RDAP, as ``.es``), how the
server behaves, and its pages as plain HTML fragments. :func:`page` wraps a fragment in a
document with the shop's menu, as shop builders do; :func:`write` writes one shop's folder.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Rdap", "Shop", "page", "write"]


@dataclass(frozen=True)
class Rdap:
    """What the local RDAP server says: ages in days before today; ``events`` adds RFC 9083
    events beyond registration / last changed / expiration (``{"transfer": 12}``)."""

    registered: int
    last_changed: int | None = None
    statuses: tuple[str, ...] = ("client transfer prohibited",)
    registrar: str = "Example Registrar, Inc."
    events: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Shop:
    """One site of the evaluation set.

    ``label``: ``honest``, ``fake`` or ``unreadable`` (the verdict must then be *not enough
    information*). ``behaviour``: ``serve`` (static pages), ``status503`` (every page answers
    503, as a host whose shop is down), ``timeout`` (answers after the check's deadline),
    ``refused`` (nothing listens), ``js_only`` (an empty page that needs JavaScript).
    ``cert``: a ``support.CertKind`` name. ``traits``: what the shop shows, for the README and
    the report (never read by the checks). ``source``: where the description of this kind of
    shop comes from (README.md lists them)."""

    host: str
    label: str
    country: str
    what: str
    pages: dict[str, str]
    rdap: Rdap | None
    traits: tuple[str, ...] = ()
    source: str = ""
    behaviour: str = "serve"
    cert: str = "VALID"


def page(shop_name: str, title: str, body: str, menu: dict[str, str] | None = None,
         lang: str = "en", head: str = "") -> str:
    """A complete HTML page: the shop's name, its menu (text → path), the body fragment."""
    links = "\n".join(f'<li><a href="{html.escape(href)}">{html.escape(text)}</a></li>'
                      for text, href in (menu or {}).items())
    return (f'<!doctype html>\n<html lang="{lang}"><head><meta charset="utf-8">'
            f"<title>{html.escape(title)} | {html.escape(shop_name)}</title>{head}</head>\n"
            f'<body><header><a href="/">{html.escape(shop_name)}</a><nav><ul>\n{links}\n</ul></nav>'
            f"</header>\n<main>\n{body}\n</main>\n<footer><ul>\n{links}\n</ul></footer></body></html>\n")


def write(shop: Shop, root: Path) -> Path:
    """Write ``shop``'s pages under ``root / shop.host``; returns that folder."""
    folder = root / shop.host
    for rel, text in shop.pages.items():
        target = folder / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, "utf-8")
    return folder
