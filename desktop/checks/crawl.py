"""A small, bounded, same-site crawl: the home page plus the pages a careful buyer reads (no Qt).

From the home page's links, :func:`choose_pages` picks at most one page per kind — contact,
about, imprint, privacy, returns, terms, shipping, the complaints book Peru requires, and the
pages where shops put their payment instructions (how to order, payment / payment confirmation,
FAQ) — by link text and path in English, Indonesian, Spanish (of Spain and Latin America) and
German. :func:`crawl` fetches the home page and then those pages in
parallel (each worker its own :class:`~desktop.net.client.Client`, all sharing the check's
deadline), never leaving the site and never more than :data:`MAX_PAGES` pages.

A page that could not be fetched is listed in :attr:`CrawlResult.errors`; the callers report it
as ``unknown`` (a blocked crawler is not "no imprint").
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit

from desktop.checks.domains import host_info
from desktop.checks.extract import Link, ParsedPage, parse_html
from desktop.net.client import Client, NetworkError, Page
from desktop.text import N_, Message

__all__ = ["INSTRUCTION_KINDS", "MAX_PAGES", "PAGE_KINDS", "CrawlResult", "choose_pages", "crawl", "same_site"]

MAX_PAGES = 12
PAGE_KINDS = ("contact", "about", "imprint", "privacy", "returns", "terms", "shipping", "complaints",
              "order", "payment", "faq")
#: The kinds read for how the shop asks to be paid (not policies: no finding if they are missing).
INSTRUCTION_KINDS = ("order", "payment", "faq")

# Link texts (accents folded, lower case). A link whose whole text is one of these is a strong
# match; a text containing one is a weaker match.
_TEXTS: dict[str, tuple[str, ...]] = {
    "contact": ("contact", "contact us", "contacts", "get in touch", "customer service", "hubungi kami",
                "hubungi", "kontak", "kontak kami", "layanan pelanggan", "contacto", "contactanos",
                "contacta", "contactenos", "atencion al cliente", "kontakt", "kundenservice"),
    "about": ("about", "about us", "our story", "who we are", "tentang kami", "tentang", "profil",
              "quienes somos", "sobre nosotros", "nosotros", "uber uns", "ueber uns", "wir uber uns"),
    "imprint": ("impressum", "imprint", "legal notice", "aviso legal", "informacion legal",
                "nota legal", "anbieterkennzeichnung", "datos del vendedor", "datos de la empresa",
                "datos legales", "informacion de la empresa"),
    "privacy": ("privacy", "privacy policy", "privacy notice", "kebijakan privasi", "privasi",
                "politica de privacidad", "privacidad", "aviso de privacidad", "proteccion de datos",
                "politica de tratamiento de datos", "tratamiento de datos personales", "datos personales",
                "politica de datos personales", "habeas data", "proteccion de datos personales",
                "datenschutz", "datenschutzerklarung"),
    "returns": ("returns", "return policy", "returns policy", "refund policy", "refunds", "returns & refunds",
                "kebijakan pengembalian", "pengembalian", "pengembalian dana", "retur", "tukar barang",
                "devoluciones", "politica de devoluciones", "devolucion", "cambios y devoluciones",
                "politica de cambios", "cambios", "cambios y garantias", "derecho de retracto", "retracto",
                "garantia", "garantias", "politica de garantia", "garantia legal", "boton de arrepentimiento",
                "arrepentimiento", "reversion del pago", "reembolsos", "widerruf", "widerrufsbelehrung", "ruckgabe", "rucksendung"),
    "terms": ("terms", "terms of service", "terms and conditions", "terms & conditions", "conditions of sale",
              "syarat dan ketentuan", "syarat & ketentuan", "ketentuan", "syarat", "terminos",
              "terminos y condiciones", "condiciones", "condiciones generales", "condiciones de venta",
              "terminos de uso", "terminos y condiciones de uso", "bases y condiciones", "condiciones de uso",
              "agb", "allgemeine geschaftsbedingungen", "nutzungsbedingungen"),
    "shipping": ("shipping", "shipping policy", "delivery", "shipping & delivery", "pengiriman",
                 "info pengiriman", "ongkos kirim", "envios", "envio", "politica de envios", "entregas",
                 "versand", "lieferung", "versandkosten"),
    # Peru's consumer code (Ley 29571, D.S. 011-2011-PCM) requires a virtual complaints book.
    "complaints": ("libro de reclamaciones", "libro de reclamaciones virtual", "libro de reclamos",
                   "hoja de reclamaciones", "reclamaciones", "quejas y reclamos"),
    # Where the payment instructions are (issue #14): what a shop *instructs* outweighs what its
    # footer logos advertise.
    "order": ("cara belanja", "cara pemesanan", "cara order", "cara pesan", "cara membeli", "panduan belanja",
              "cara berbelanja", "como comprar", "como pedir", "como hacer un pedido", "como realizar tu pedido",
              "how to order", "how to buy", "how to shop", "ordering", "ordering information"),
    "payment": ("cara pembayaran", "cara bayar", "metode pembayaran", "konfirmasi pembayaran", "konfirmasi",
                "pembayaran", "formas de pago", "forma de pago", "metodos de pago", "medios de pago",
                "informacion de pago", "pagos", "payment", "payments", "payment methods", "payment options",
                "payment information", "how to pay", "payment confirmation", "checkout", "finalizar compra"),
    "faq": ("faq", "faqs", "preguntas frecuentes", "pertanyaan umum", "tanya jawab", "ayuda", "bantuan",
            "pusat bantuan", "help", "help center", "frequently asked questions"),
}
_PATHS: dict[str, tuple[str, ...]] = {
    "contact": ("contact", "kontak", "hubungi", "contacto", "kontakt"),
    "about": ("about", "tentang", "nosotros", "quienes-somos", "ueber-uns", "uber-uns", "our-story"),
    "imprint": ("impressum", "imprint", "aviso-legal", "legal-notice", "nota-legal", "datos-del-vendedor",
                "informacion-legal"),
    "privacy": ("privacy", "privasi", "privacidad", "datenschutz", "tratamiento-de-datos", "datos-personales",
                "habeas-data"),
    "returns": ("return", "refund", "retur", "pengembalian", "devolucion", "widerruf", "rueckgabe", "cambios",
                "retracto", "garantia", "arrepentimiento"),
    "terms": ("terms", "syarat", "ketentuan", "terminos", "condiciones", "agb", "tos"),
    "shipping": ("shipping", "delivery", "pengiriman", "envio", "versand", "lieferung"),
    "complaints": ("libro-de-reclamaciones", "reclamaciones", "libro-reclamaciones", "reclamos"),
    "order": ("cara-belanja", "cara-pemesanan", "cara-order", "cara-pesan", "como-comprar", "how-to-order",
              "how-to-buy", "ordering"),
    "payment": ("pembayaran", "konfirmasi", "cara-bayar", "formas-de-pago", "metodos-de-pago", "medios-de-pago",
                "payment", "checkout", "how-to-pay"),
    "faq": ("faq", "preguntas-frecuentes", "ayuda", "bantuan", "help"),
}
# "aviso legal" is Spain's legal notice: it is the imprint, and often the only terms page too.
_ALSO = {"imprint": ("terms",)}
# Peruvian shops often link the complaints book at a provider's site: the link is the evidence
# (it is not fetched, the crawl never leaves the shop's site).
_OFFSITE_OK = ("complaints",)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def same_site(url: str, host: str) -> bool:
    """True when ``url`` is http(s) on ``host`` or another host of the same registrable domain."""
    try:
        parts = urlsplit(url)
        other = (parts.hostname or "").lower().rstrip(".")
    except ValueError:  # "http://[::1" in a page's links
        return False
    if parts.scheme not in ("http", "https") or not other:
        return False
    host = host.lower().rstrip(".")
    if other == host:
        return True
    mine = host_info(host).registrable_domain
    return mine is not None and host_info(other).registrable_domain == mine


def _score(link: Link, kind: str) -> int:
    text = _fold(link.text)
    path = _fold(urlsplit(link.url).path)
    score = 0
    if text in _TEXTS[kind]:
        score = 6
    elif any(word in text for word in _TEXTS[kind] if len(word) > 4) and len(text) < 60:
        score = 3
    if any(fragment in path for fragment in _PATHS[kind]):
        score += 2
    return score


def choose_pages(page: ParsedPage, host: str) -> dict[str, str]:
    """The best link for each page kind found on ``page`` (kind → URL): same-site links only,
    except for the kinds of :data:`_OFFSITE_OK` (a complaints book hosted by a provider)."""
    best: dict[str, tuple[int, str]] = {}
    for link in page.links:
        if urlsplit(link.url).scheme not in ("http", "https"):
            continue
        here = same_site(link.url, host)
        url = urlunsplit(urlsplit(link.url)._replace(fragment=""))
        if url.rstrip("/") == page.url.rstrip("/"):
            continue
        for kind in PAGE_KINDS if here else _OFFSITE_OK:
            score = _score(link, kind)
            if score and score > best.get(kind, (0, ""))[0]:
                best[kind] = (score, url)
    chosen = {kind: url for kind, (_, url) in best.items()}
    for kind, extra in _ALSO.items():
        for other in extra:
            if kind in chosen and other not in chosen:
                chosen[other] = chosen[kind]
    return chosen


@dataclass
class CrawlResult:
    """What the crawl fetched. ``pages`` holds the home page first; ``found`` maps each page kind
    to the URL that was fetched successfully for it; ``errors`` maps URLs to the reason they
    could not be fetched (time-out, refused, 403/5xx); ``dead`` holds linked URLs that answered
    404/410 (those pages do not exist)."""

    url: str
    home: Page | None = None
    home_error: Message | None = None
    pages: list[ParsedPage] = field(default_factory=list)
    found: dict[str, str] = field(default_factory=dict)
    linked: dict[str, str] = field(default_factory=dict)
    errors: dict[str, Message] = field(default_factory=dict)
    dead: set[str] = field(default_factory=set)


def _hostname(url: str) -> str:
    try:
        return urlsplit(url).hostname or ""
    except ValueError:
        return ""


def _ok(page: Page) -> bool:
    return page.status < 400 and (page.is_html or "text" in page.content_type)


def crawl(
    client_factory: Callable[[], Client],
    url: str,
    *,
    max_pages: int = MAX_PAGES,
    workers: int = 6,
    home: Page | None = None,
    on_home: Callable[[CrawlResult], None] | None = None,
) -> CrawlResult:
    """Fetch ``url`` (unless ``home`` is given) and its key pages. Never raises a
    ``NetworkError`` (they land in the result); ``Cancelled`` propagates.

    ``on_home`` is called with the result so far (``home`` and the parsed home page in
    ``pages[0]``) before the other pages are fetched, so that a caller can start work that
    needs only the home page (the landing site's registration after a redirect) meanwhile."""
    result = CrawlResult(url)
    with client_factory() as client:
        deadline = getattr(client, "deadline", None)  # parsing, too, ends with the check
        if home is None:
            try:
                home = client.fetch(url)
            except NetworkError as exc:
                result.home_error = exc.message
                return result
    result.home = home
    host = _hostname(home.final_url) or _hostname(url)
    parsed_home = parse_html(home.text, home.final_url, deadline=deadline)
    result.pages.append(parsed_home)
    if on_home is not None:
        on_home(result)
    if not _ok(home):
        return result
    result.linked = choose_pages(parsed_home, host)
    targets = list(dict.fromkeys(u for u in result.linked.values() if same_site(u, host)))[: max(0, max_pages - 1)]

    def fetch(target: str) -> tuple[str, Page | None, Message | None]:
        with client_factory() as client:
            try:
                return target, client.fetch(target), None
            except NetworkError as exc:
                return target, None, exc.message

    fetched: dict[str, Page] = {}
    if targets:
        with ThreadPoolExecutor(max_workers=min(workers, len(targets)), thread_name_prefix="crawl") as pool:
            for target, page, error in pool.map(fetch, targets):
                if page is not None and _ok(page) and same_site(page.final_url, host):
                    fetched[target] = page
                    result.pages.append(parse_html(page.text, page.final_url, deadline=deadline))
                elif page is not None and page.status in (404, 410):
                    result.dead.add(target)  # a dead link: the page does not exist
                elif page is not None:
                    result.errors[target] = N_("Crawl", "HTTP status {status}").format(status=page.status)
                else:
                    result.errors[target] = error
    for kind, target in result.linked.items():
        if target in fetched:
            result.found[kind] = fetched[target].final_url
        elif kind in _OFFSITE_OK and not same_site(target, host):
            result.found[kind] = target
    return result
