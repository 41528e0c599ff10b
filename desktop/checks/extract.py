"""Contact details from shop pages: phones, e-mails, WhatsApp, addresses, company ids, social
links and schema.org organisation data (no Qt, no rendering, no JavaScript).

:func:`parse_html` reads a page once with the standard library's ``html.parser`` into a
:class:`ParsedPage` (visible text, title, links with their text, JSON-LD blocks).
:func:`extract_contacts` turns parsed pages into a :class:`Contacts` value whose lists are
de-duplicated and JSON-able: phones in E.164 (:mod:`desktop.checks.phones`: regions from the
site's TLD, the user's country and specific evidence on the pages), e-mails (also obfuscated forms such as ``cs [at] toko [dot] id``; template
placeholders such as ``johndoe@domain.com`` are left out and reported separately), WhatsApp
numbers from ``wa.me`` / ``api.whatsapp.com`` links, postal addresses, company identifiers with
their check digits verified where the scheme defines one (:mod:`desktop.checks.companyids`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any
from urllib.parse import parse_qs, unquote, urljoin, urlsplit

import phonenumbers

from desktop.checks.clientredirect import client_redirect
from desktop.checks.companyids import add_company_ids, find_company_ids
from desktop.checks.domains import host_info
from desktop.checks.htmlfeed import Cut, feed_bounded
from desktop.checks.phones import (
    find_phones,
    link_regions,
    phone_from_link,
    region_evidence,
    region_hints,
    regions_for,
)

__all__ = [
    "Contacts",
    "Link",
    "ParsedPage",
    "extract_contacts",
    "find_emails",
    "find_phones",
    "is_placeholder_email",
    "parse_html",
    "region_evidence",
    "region_hints",
    "regions_for",
]

_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object"}
_BLOCK_TAGS = {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
               "section", "article", "footer", "header", "address", "ul", "ol", "table", "form",
               "dt", "dd", "nav", "aside", "main", "blockquote", "option", "label"}
# Inline elements that in practice separate words on contact pages ("Phone<span>1-888…</span>",
# "<a>1.800.232.2267</a>directions"); a space keeps numbers and addresses from gluing to text.
_INLINE_GAP_TAGS = {"a", "span", "strong", "b", "em", "i", "button", "small", "font", "img", "sup", "sub"}


@dataclass(frozen=True)
class Link:
    """A link of a page: absolute URL and its visible text (or label/alt text)."""

    url: str
    text: str


@dataclass(frozen=True)
class ParsedPage:
    """One page as text and links. ``url`` is the final URL the page was fetched from."""

    url: str
    title: str
    text: str
    links: tuple[Link, ...]
    json_ld: tuple[Any, ...]
    raw_html: str = ""
    cut: Cut | None = None  # the page was parsed only in part (size or time), see htmlfeed
    redirect: Link | None = None  # a meta refresh or script redirect: target URL, "meta"/"script"


class _Parser(HTMLParser):
    def __init__(self, base: str) -> None:
        super().__init__(convert_charrefs=True)
        self.base = base
        self.parts: list[str] = []
        self.title: list[str] = []
        self.links: list[Link] = []
        self.json_ld: list[str] = []
        self._skip = 0
        self._in_title = False
        self._in_ld = False
        self._ld: list[str] = []
        self._anchor: tuple[str, list[str]] | None = None
        self.refresh: str | None = None  # the first meta refresh's target, as written
        self.scripts: list[str] = []  # the first inline scripts (for location changes)
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "") for k, v in attrs}
        if tag == "base" and values.get("href"):
            try:
                self.base = urljoin(self.base, values["href"])
            except ValueError:  # "http://[::1" and other hostile bases
                pass
        if tag == "meta" and values.get("http-equiv", "").lower() == "refresh" and self.refresh is None:
            self.refresh = values.get("content", "")[:2000]
        if tag == "script" and "ld+json" in values.get("type", "").lower():
            self._in_ld, self._ld = True, []
            return
        if tag == "script" and not values.get("src") and len(self.scripts) < _MAX_SCRIPTS:
            self._in_script = True
            self.scripts.append("")
        if tag == "title":
            self._in_title = True
        if tag in _SKIP_TAGS:
            self._skip += 1
            return
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")
        elif tag in _INLINE_GAP_TAGS:
            self.parts.append(" ")
        if tag == "a" and values.get("href"):
            href = values["href"].strip()
            label = values.get("aria-label") or values.get("title") or ""
            self._anchor = (href, [label] if label else [])
        if tag == "img" and self._anchor is not None and values.get("alt"):
            self._anchor[1].append(values["alt"])

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._in_ld:
            self._in_ld = False
            if len(self.json_ld) < _MAX_LD_BLOCKS:
                self.json_ld.append("".join(self._ld)[:_MAX_LD_CHARS])
            return
        if tag == "script":
            self._in_script = False
        if tag == "title":
            self._in_title = False
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
            return
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")
        elif tag in _INLINE_GAP_TAGS:
            self.parts.append(" ")
        if tag == "a" and self._anchor is not None:
            href, text = self._anchor
            self._anchor = None
            try:
                url = urljoin(self.base, href)
            except ValueError:
                return
            self.links.append(Link(url, " ".join(" ".join(text).split())))

    def handle_data(self, data: str) -> None:
        if self._in_ld:
            self._ld.append(data)
        elif self._in_script and len(self.scripts[-1]) < _MAX_SCRIPT_CHARS:
            self.scripts[-1] += data[:_MAX_SCRIPT_CHARS]
        elif self._in_title:
            self.title.append(data)
        elif not self._skip:
            self.parts.append(data)
            if self._anchor is not None:
                self._anchor[1].append(data)


def parse_html(html: str, url: str, *, deadline=None) -> ParsedPage:
    """Parse ``html`` (any quality) into text and links. Never raises.

    Parsing stops at :data:`~desktop.checks.htmlfeed.MAX_PARSE_CHARS` characters and after
    :data:`~desktop.checks.htmlfeed.PARSE_SECONDS` (or when ``deadline``, anything with a
    ``remaining()`` in seconds, runs out); ``ParsedPage.cut`` then says how much was read.
    JSON-LD blocks nested deeper than :data:`MAX_LD_DEPTH` are dropped (their readers recurse).
    A meta refresh or a script that sends the browser elsewhere is kept in ``redirect`` (it is
    reported, never followed)."""
    parser = _Parser(url)
    cut = feed_bounded(parser, html, deadline=deadline)
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    text = "\n".join(line for line in lines if line)
    if len(text) > _TEXT_HEAD + _TEXT_TAIL:
        # contact details sit in headers and footers; the middle of a giant text is cut so
        # that reading it stays within the check's time (and the cut is reported)
        cut = cut or Cut("size", _TEXT_HEAD + _TEXT_TAIL, len(text))  # a markup cut says more
        text = text[:_TEXT_HEAD] + "\n" + text[-_TEXT_TAIL:]
    blocks = []
    for raw in parser.json_ld:
        try:
            block = json.loads(raw)
        except (ValueError, RecursionError):
            continue
        if _depth_within(block, MAX_LD_DEPTH):
            blocks.append(block)
    return ParsedPage(url, " ".join("".join(parser.title).split()), text, tuple(parser.links),
                      tuple(blocks), html, cut, _client_redirect(parser))


MAX_LD_DEPTH = 32
_TEXT_HEAD, _TEXT_TAIL = 150_000, 50_000  # visible text kept per page (real pages have far less)
_MAX_LD_BLOCKS = 50
_MAX_LD_CHARS = 500_000
_MAX_SCRIPTS = 30
_MAX_SCRIPT_CHARS = 20_000


def _client_redirect(parser: _Parser) -> Link | None:
    found = client_redirect(parser.refresh, parser.scripts, parser.base)
    return Link(*found) if found else None


def _depth_within(node: Any, limit: int) -> bool:
    """True when ``node`` (parsed JSON) nests at most ``limit`` levels; iterative, so a hostile
    block cannot exhaust the stack here."""
    stack = [(node, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        if depth > limit:
            return False
        stack.extend((child, depth + 1) for child in children)
    return True


# --------------------------------------------------------------------------- e-mails

_EMAIL = re.compile(r"(?<![\w.+-])([A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}"
                    r"[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*\.[A-Za-z]{2,24})(?![\w-])")
_AT = r"\s*(?:\[\s*(?:at|@|et)\s*\]|\(\s*(?:at|@|et)\s*\)|\{\s*(?:at|@)\s*\}|<\s*at\s*>)\s*"
_DOT = r"\s*(?:\[\s*(?:dot|\.|punto|titik)\s*\]|\(\s*(?:dot|\.|punto|titik)\s*\)|\{\s*dot\s*\}|\s(?:dot|DOT)\s)\s*"
# "name [at] shop [dot] com": a bracketed "at" is enough; a bare word "at" only counts with a
# bare word "dot" too ("sales at shop dot com"), since "visit us at shop.com" is no address.
_OBFUSCATED = re.compile(
    rf"(?<![\w.+-])([A-Za-z0-9][A-Za-z0-9._+-]{{0,63}}){_AT}([A-Za-z0-9-]{{1,63}}(?:(?:{_DOT}|\.)[A-Za-z0-9-]{{1,63}})*"
    rf"(?:{_DOT}|\.)[A-Za-z]{{2,24}})(?![\w-])",
    re.I,
)
_WORDY = re.compile(
    r"(?<![\w.+-])([A-Za-z0-9][A-Za-z0-9._+-]{0,63})\s+at\s+([A-Za-z0-9-]{1,63}(?:\s+dot\s+[A-Za-z0-9-]{1,63})+)(?![\w-])",
    re.I,
)
_DOT_SPLIT = re.compile(_DOT, re.I)
_FILE_TLDS = {"png", "jpg", "jpeg", "gif", "svg", "webp", "css", "js", "ico", "avif", "bmp", "tif", "mp4"}
_PLACEHOLDER_LOCAL = {"johndoe", "john.doe", "janedoe", "jane.doe", "john", "jane", "yourname", "your.name",
                      "name", "email", "youremail", "your-email", "your_email", "you", "user", "username",
                      "someone", "somebody", "test", "example", "sample", "nombre", "correo", "tuemail",
                      "tucorreo", "nama", "emailanda", "max.mustermann", "mustermann", "foo", "bar", "xxx"}
_PLACEHOLDER_DOMAINS = {"domain.com", "example.com", "example.org", "example.net", "email.com",
                        "yourdomain.com", "yoursite.com", "website.com", "yourcompany.com",
                        "company.com", "mail.com.invalid", "test.com", "sentry.io", "wixpress.com",
                        "sentry.wixpress.com", "sentry-next.wixpress.com", "dominio.com", "tudominio.com",
                        "correo.com", "mustermann.de", "musterfirma.de", "beispiel.de", "domain.tld",
                        "site.com", "mysite.com", "acme.com"}


def is_placeholder_email(address: str) -> bool:
    """True for template or tracking addresses that are never a shop's real contact."""
    local, _, domain = address.lower().partition("@")
    if domain in _PLACEHOLDER_DOMAINS or domain.endswith((".example", ".invalid", ".localhost", ".test.com")):
        return True
    if domain.startswith(("example.", "domain.", "yourdomain.", "your-domain.", "email.", "dominio.")):
        return True
    return local in _PLACEHOLDER_LOCAL and domain.split(".")[0] in {"domain", "example", "email", "mail",
                                                                    "yourdomain", "company", "website", "test"}


def _clean_email(address: str) -> str | None:
    address = address.strip().strip(".").lower()
    if address.count("@") != 1:
        return None
    local, domain = address.split("@")
    if not local or ".." in address or domain.rsplit(".", 1)[-1] in _FILE_TLDS:
        return None
    if re.fullmatch(r"[0-9a-f]{16,}", local):  # tracking hashes (sentry, wix)
        return None
    return f"{local}@{_known_suffix_prefix(domain)}"


def _known_suffix_prefix(domain: str) -> str:
    """``domain`` if it ends in a known public suffix; else its longest prefix that does (or
    ``domain`` unchanged when none does, e.g. a TLD newer than the bundled list).

    Adjacent inline text glues onto addresses ("info@shop.com" + "Call us" →
    "info@shop.comcall"); the public suffix list tells where the address really ends.
    """
    if host_info(domain).registrable_domain:
        return domain
    head, _, last = domain.rpartition(".")
    for cut in range(len(last) - 1, 1, -1):
        candidate = f"{head}.{last[:cut]}"
        if host_info(candidate).registrable_domain:
            return candidate
    return domain


def find_emails(text: str) -> tuple[list[str], list[str]]:
    """(contact e-mails, placeholder e-mails) found in ``text``, plain and obfuscated forms."""
    emails: dict[str, None] = {}
    placeholders: dict[str, None] = {}
    candidates = [m[1] for m in _EMAIL.finditer(text)]
    for pattern in (_OBFUSCATED, _WORDY):
        for match in pattern.finditer(text):
            domain = _DOT_SPLIT.sub(".", match[2])
            candidates.append(f"{match[1]}@{domain}")
    for raw in candidates:
        address = _clean_email(raw)
        if address is None:
            continue
        (placeholders if is_placeholder_email(address) else emails)[address] = None
    return list(emails), list(placeholders)


# --------------------------------------------------------------------------- links

_SOCIAL_HOSTS = {
    "facebook.com": "facebook", "fb.com": "facebook", "instagram.com": "instagram",
    "tiktok.com": "tiktok", "twitter.com": "x", "x.com": "x", "youtube.com": "youtube",
    "linkedin.com": "linkedin", "pinterest.com": "pinterest", "t.me": "telegram", "line.me": "line",
}
_SOCIAL_NOISE = ("/sharer", "/share", "/intent/", "/dialog/", "/plugins/", "/tr?", "/embed")


def _social(url: str) -> str | None:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    host = host[4:] if host.startswith("www.") else host
    host = host[2:] if host.startswith(("m.", "id.", "es.")) and host[2:] in _SOCIAL_HOSTS else host
    if host not in _SOCIAL_HOSTS or len(parts.path.strip("/")) < 2:
        return None
    if any(noise in url.lower() for noise in _SOCIAL_NOISE):
        return None
    return f"https://{host}{parts.path.rstrip('/')}"


def _whatsapp(url: str, regions: Iterable[str]) -> str | None:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    number = None
    if host in ("wa.me", "www.wa.me"):
        number = parts.path.strip("/").split("/")[0]
    elif host.endswith("whatsapp.com") or parts.scheme == "whatsapp":
        number = (parse_qs(parts.query).get("phone") or [""])[0]
    if not number:
        return None
    digits = re.sub(r"\D", "", number)
    if len(digits) < 8:
        return None
    try:
        parsed = phonenumbers.parse("+" + digits, None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(parsed):
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


# --------------------------------------------------------------------------- addresses

_ADDRESS_LINE = re.compile(
    r"(?im)^.{0,80}?\b("
    r"(?:Jl\.|Jln\.?|Jalan)\s+[^\n]{4,120}?"  # Indonesia
    r"|(?:C/|Calle|Avda?\.|Avenida|Av\.|Paseo|Plaza|Carrera|Calzada)\s+[^\n]{4,120}?"  # ES / LatAm
    r"|[A-ZÄÖÜ][\wäöüß-]+(?:straße|strasse|str\.|weg|platz|allee|gasse)\s+\d+[a-z]?[^\n]{0,80}?"  # DE
    r"|\d{1,6}(?:-\d{1,6})?\s+(?:(?:NE|NW|SE|SW|[NSEW])\.?\s+)?[A-Z0-9][\w.']*(?:\s+[A-Z0-9][\w.']*){0,3}\s+"
    r"(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Ct|Court|Pl|Place|Pkwy|Parkway|Hwy|"
    r"Highway|Cir|Circle|Ter|Terrace|Sq|Square)\b\.?[^\n]{0,80}?"  # US / UK / CA
    r"|P\.?\s?O\.?\s+Box\s+\d+[^\n]{0,80}?"  # post office box
    r")\s*$"
)
_POSTCODE = re.compile(r"\b(\d{5})\b|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b")


def find_addresses(text: str) -> list[str]:
    """Postal-address lines (street + number, with a postal code on the line or the next)."""
    lines = text.splitlines()
    found: dict[str, None] = {}
    for i, line in enumerate(lines):
        match = _ADDRESS_LINE.match(line)
        if not match:
            continue
        address = match[1].strip(" ,;")
        if not _POSTCODE.search(address) and i + 1 < len(lines) and _POSTCODE.search(lines[i + 1]) \
                and len(lines[i + 1]) < 80:
            address = f"{address}, {lines[i + 1].strip()}"
        if _POSTCODE.search(address) or re.search(r"\d", address):
            found[" ".join(address.split())[:200]] = None
    return list(found)


# --------------------------------------------------------------------------- schema.org

_ORG_TYPES = {"organization", "corporation", "localbusiness", "store", "onlinestore", "onlinebusiness"}


def _walk(node: Any) -> Iterable[dict]:
    if isinstance(node, list):
        for item in node:
            yield from _walk(item)
    elif isinstance(node, dict):
        yield node
        for key in ("@graph", "publisher", "seller", "brand", "provider", "author", "mainEntity"):
            if key in node:
                yield from _walk(node[key])


def _types(node: dict) -> set[str]:
    value = node.get("@type", [])
    values = value if isinstance(value, list) else [value]
    return {str(v).rsplit("/", 1)[-1].lower() for v in values}


def _postal(value: Any) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        keys = ("streetAddress", "postalCode", "addressLocality", "addressRegion", "addressCountry")
        parts = []
        for key in keys:
            part = value.get(key)
            if isinstance(part, dict):
                part = part.get("name")
            if isinstance(part, str) and part.strip():
                parts.append(part.strip())
        return ", ".join(parts) or None
    return None


def schema_organizations(blocks: Iterable[Any]) -> list[dict]:
    """schema.org Organization / LocalBusiness / Store objects from JSON-LD, simplified."""
    result = []
    for node in _walk(list(blocks)):
        types = _types(node)
        if not (types & _ORG_TYPES or any(t.endswith("store") for t in types)):
            continue
        same_as = node.get("sameAs") or []
        org = {
            "type": sorted(types)[0] if types else "organization",
            "name": node.get("name") if isinstance(node.get("name"), str) else None,
            "legal_name": node.get("legalName") if isinstance(node.get("legalName"), str) else None,
            "telephone": node.get("telephone") if isinstance(node.get("telephone"), str) else None,
            "email": node.get("email") if isinstance(node.get("email"), str) else None,
            "address": _postal(node.get("address")),
            "vat_id": node.get("vatID") or node.get("taxID"),
            "same_as": [s for s in (same_as if isinstance(same_as, list) else [same_as]) if isinstance(s, str)],
        }
        result.append(org)
    return result


# --------------------------------------------------------------------------- all together


@dataclass
class Contacts:
    """Everything contact-like found on a site. Lists are ordered and de-duplicated."""

    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    whatsapp: list[str] = field(default_factory=list)
    addresses: list[str] = field(default_factory=list)
    company_ids: list[dict] = field(default_factory=list)
    social: list[str] = field(default_factory=list)
    organizations: list[dict] = field(default_factory=list)
    placeholder_emails: list[str] = field(default_factory=list)

    def to_report(self) -> dict[str, list]:
        """The report's ``contacts`` mapping (the six keys of the report schema)."""
        return {"phones": list(self.phones), "emails": list(self.emails), "whatsapp": list(self.whatsapp),
                "addresses": list(self.addresses), "company_ids": list(self.company_ids),
                "social": list(self.social)}

    @property
    def empty(self) -> bool:
        return not (self.phones or self.emails or self.whatsapp or self.addresses)


def _add(target: list, values: Iterable) -> None:
    for value in values:
        if value and value not in target:
            target.append(value)


def extract_contacts(pages: Iterable[ParsedPage], host: str, country: str) -> Contacts:
    """Contacts from every page of one site. Pure; never raises on odd markup."""
    pages = list(pages)
    regions = regions_for(host, country)
    tel_links = [link.url for page in pages for link in page.links if link.url[:4].lower() == "tel:"]
    evidence: dict[str, None] = dict.fromkeys(link_regions(tel_links))
    for page in pages:
        evidence.update(dict.fromkeys(region_evidence(page.text, page.raw_html, page.json_ld)))
    hinted = [r for r in evidence if r not in regions]
    contacts = Contacts()
    for page in pages:
        emails, placeholders = find_emails(page.text)
        _add(contacts.emails, emails)
        _add(contacts.placeholder_emails, placeholders)
        _add(contacts.phones, find_phones(page.text, regions, hinted))
        _add(contacts.addresses, find_addresses(page.text))
        add_company_ids(contacts.company_ids, find_company_ids(page.text))
        for link in page.links:
            scheme = urlsplit(link.url).scheme.lower()
            if scheme == "mailto":
                address = _clean_email(unquote(link.url[7:].split("?")[0]))
                if address:
                    bucket = contacts.placeholder_emails if is_placeholder_email(address) else contacts.emails
                    _add(bucket, [address])
            elif scheme == "tel":
                _add(contacts.phones, [phone_from_link(link.url, regions, hinted)])
            else:
                _add(contacts.whatsapp, [_whatsapp(link.url, regions)])
                _add(contacts.social, [_social(link.url)])
        for org in schema_organizations(page.json_ld):
            _add(contacts.organizations, [org])
            if org["telephone"]:
                _add(contacts.phones, find_phones(org["telephone"], regions, hinted)
                     or [phone_from_link("tel:" + org["telephone"], regions, hinted)])
            if org["email"]:
                email = _clean_email(org["email"].removeprefix("mailto:"))
                if email and not is_placeholder_email(email):
                    _add(contacts.emails, [email])
            _add(contacts.addresses, [org["address"]])
            _add(contacts.social, [_social(s) for s in org["same_as"]])
            if isinstance(org["vat_id"], str):
                add_company_ids(contacts.company_ids, find_company_ids(org["vat_id"], require_context=False))
    return contacts
