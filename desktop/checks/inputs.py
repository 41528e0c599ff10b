"""Classify whatever the buyer pasted: a link, a social profile, a phone number, a bank account.

Buyers paste links with or without a scheme, in capitals, with trailing punctuation, inside a
whole chat message, as IDN in Unicode or punycode; or ``wa.me/62812…``, ``instagram.com/handle``,
a bare phone number, a bank account number, or garbage. :func:`classify` finds the most useful
thing in the text and says what it is (:class:`~desktop.checks.model.InputKind`). Pure and
offline; never raises for any text.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import phonenumbers

from desktop.checks.domains import HostInfo, host_info
from desktop.checks.model import InputKind
from desktop.checks.registry import BrandEntry, Registry, default_registry
from desktop.checks.tables import link_tables
from desktop.identity.phones import MX_OLD_MOBILE, parse_phone

__all__ = ["MAX_HOST_CHARS", "MAX_INPUT_CHARS", "MAX_LABEL_CHARS", "MAX_URL_CHARS", "ParsedInput",
           "classify", "extract_link", "extract_links", "strip_invisible", "too_long"]

# Bounds applied before any other work (some later steps are quadratic in a label's length).
# A pasted text is read up to MAX_INPUT_CHARS; a link longer than MAX_URL_CHARS (what web
# servers commonly accept, RFC 9110 §4.1 asks for at least 8,000), a host longer than the 253
# characters DNS allows or a label longer than its 63 cannot lead to a real shop.
MAX_INPUT_CHARS = 10_000
MAX_URL_CHARS = 8_192
MAX_HOST_CHARS = 253
MAX_LABEL_CHARS = 63

_TRAILING = ".,;:!?'\"»›”’)]}>…"
_SCHEME_URL = re.compile(r"(?i)\b(?:https?|hxxps?)://[^\s<>\"'`]+")
# A bare host[/path]: labels of letters (any script), digits, hyphens; a TLD of 2+ letters or
# punycode; or an IPv4 literal followed by a port or path (a bare "1.500.000.000" is a price).
_BARE_URL = re.compile(
    r"(?i)(?<![@\w.-])(?:[\w-]+(?::[^\s@/]*)?@)?"
    r"(?:(?:[\w-]+\.)+(?:[^\W\d_]{2,}|xn--[a-z0-9-]+)|\d{1,3}(?:\.\d{1,3}){3}(?=[:/]))"
    r"(?::\d{1,5})?(?:[/?#][^\s<>\"'`]*)?"
)
_EMAIL = re.compile(r"(?i)^[\w.+-]+@[\w-]+(\.[\w-]+)+$")
# An e-mail address inside text: its local part ("cs.tokobatik" in cs.tokobatik@gmail.com) is
# not a host, and the address as a whole is not a link.
_EMAIL_IN_TEXT = re.compile(r"(?i)(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# "Foto_Paket.apk" sent in a chat is a file, not a host (these endings are no domain endings).
_FILE_NAME = re.compile(r"(?i)^[^/]+\.(?:x?apk|jpe?g|png|gif|webp|heic|pdf|docx?|xlsx?|exe|mp4|rar)$")
_HANDLE = re.compile(r"(?<![\w.])@([A-Za-z0-9_][A-Za-z0-9_.]{1,29})\b")
_DIGITS_RUN = re.compile(r"(?<![\w])\+?\d[\d \-.()]{4,28}\d(?![\w])")
_IBAN = re.compile(r"\b([A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){3,7}(?:[ ]?[A-Z0-9]{1,4})?)\b")
_BANK_WORDS = re.compile(
    r"(?i)\b(rek(?:ening)?|no\.?\s*rek|norek|transfer|tf|bca|bri|bni|mandiri|cimb|btn|bsi|"
    r"cuenta|clabe|cbu|cvu|iban|account|acct|banco|bank)\b"
)
# Words that say the digits nearby are a phone number (or a phone-number wallet).
_PHONE_WORDS = re.compile(
    r"(?i)\b(whatsapp|wa|telp|telepon|tlp|hp|nomor|no\.?\s*hp|call|phone|llama|llámame|"
    r"teléfono|telefono|celular|móvil|movil|bizum|yape|plin|nequi|daviplata|dana|ovo|gopay)\b"
)
# Phone-number wallets name their country.
_WALLET_REGION = {"bizum": "ES", "yape": "PE", "plin": "PE", "nequi": "CO", "daviplata": "CO",
                  "dana": "ID", "ovo": "ID", "gopay": "ID"}
# Regions tried, after the user's own, when the text says it is a phone number.
_FALLBACK_REGIONS = ("ID", "ES", "MX", "AR", "CO", "CL", "PE", "US", "GB")
# Path segments of social sites that are not a seller's handle.
_NOT_HANDLES = frozenset(
    {"p", "reel", "reels", "stories", "explore", "watch", "groups", "share", "marketplace",
     "profile.php", "people", "pages", "video", "tag", "hashtag", "s", "home", "login"}
)


@dataclass(frozen=True)
class ParsedInput:
    """What :func:`classify` found. Immutable.

    ``url`` is normalised (scheme added, host lower-cased ASCII); ``raw_url`` the link as it
    appeared. ``host`` is ASCII (punycode) and ``hostinfo`` its offline split. ``phone`` is
    E.164, ``bank_account`` digits (or an IBAN without spaces). ``entry`` is the registry entry
    when the host is an official domain. ``userinfo`` is whatever stood before ``@`` in the
    authority (the classic ``https://paypal.com@evil.example`` trick). ``invisible`` is true
    when the text held invisible or direction-changing characters (removed before parsing).
    """

    text: str
    kind: InputKind
    url: str | None = None
    raw_url: str | None = None
    host: str | None = None
    hostinfo: HostInfo | None = None
    scheme: str | None = None
    port: int | None = None
    path: str = ""
    userinfo: str | None = None
    invisible: bool = False
    too_long: str | None = None  # "url", "host" or "label": the link cannot be real (no url/host)
    phone: str | None = None
    bank_account: str | None = None
    social_handle: str | None = None
    entry: BrandEntry | None = None

    @property
    def registrable_domain(self) -> str | None:
        return self.hostinfo.registrable_domain if self.hostinfo else None

    @property
    def platform(self) -> str | None:
        return self.entry.name if self.entry else None


def _strip_trailing(token: str) -> str:
    while token and token[-1] in _TRAILING:
        if token[-1] == ")" and token.count("(") >= token.count(")"):
            break
        token = token[:-1]
    return token


def email_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` holds e-mail addresses (start, end)."""
    return [m.span() for m in _EMAIL_IN_TEXT.finditer(text)]


def extract_emails(text: str) -> list[str]:
    """The e-mail addresses in ``text``, in order, without repeats."""
    return list(dict.fromkeys(m.group(0).rstrip(".") for m in _EMAIL_IN_TEXT.finditer(text)))


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    start, end = span
    return any(a <= start < b or a < end <= b for a, b in spans)


def extract_link(text: str) -> str | None:
    """The first link-like token of ``text`` with trailing punctuation removed, or ``None``.
    Links with a scheme win over bare host names; e-mail addresses are not links."""
    match = _SCHEME_URL.search(text)
    if match:
        return _strip_trailing(match.group(0))
    emails = email_spans(text)
    for match in _BARE_URL.finditer(text):
        token = _strip_trailing(match.group(0))
        if _EMAIL.match(token) or _FILE_NAME.match(token) or _inside(match.span(), emails):
            continue
        if "." not in token.split("/")[0]:
            continue
        return token
    return None


def extract_links(text: str, limit: int = 5) -> list[str]:
    """Up to ``limit`` distinct link-like tokens of ``text`` in the order they appear
    (trailing punctuation removed, e-mail addresses skipped)."""
    found: list[tuple[int, str]] = []
    spans: list[tuple[int, int]] = []
    for match in _SCHEME_URL.finditer(text):
        spans.append(match.span())
        found.append((match.start(), _strip_trailing(match.group(0))))
    spans.extend(email_spans(text))
    for match in _BARE_URL.finditer(text):
        start, end = match.span()
        if any(a <= start < b or a < end <= b for a, b in spans):
            continue
        token = _strip_trailing(match.group(0))
        if _EMAIL.match(token) or _FILE_NAME.match(token) or "." not in token.split("/")[0]:
            continue
        found.append((start, token))
    links = list(dict.fromkeys(token for _, token in sorted(found)))
    return links[:limit]


def _find_phone(text: str, country: str) -> str | None:
    text = MX_OLD_MOBILE.sub("+52 ", text)
    try:
        for match in phonenumbers.PhoneNumberMatcher(text, country or "ID"):
            if phonenumbers.is_valid_number(match.number):
                return phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
    except Exception:  # phonenumbers may choke on pathological text; a phone is optional
        return None
    return None


_PRICE_BEFORE = re.compile(r"(?i)(rp\.?|idr|usd|eur|mxn|ars|cop|clp|pen|us\$|\$|€|£)\s*$")
_THOUSANDS = re.compile(r"^\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?$")


def _find_account(text: str, allow_prices: bool = True) -> str | None:
    iban = _IBAN.search(text.upper())
    if iban:
        return iban.group(1).replace(" ", "")
    for match in _DIGITS_RUN.finditer(text):
        raw = match.group(0)
        digits = re.sub(r"\D", "", raw)
        if not 6 <= len(digits) <= 24 or raw.startswith("+"):
            continue
        if not allow_prices and (_THOUSANDS.match(raw.strip())
                                 or _PRICE_BEFORE.search(text[:match.start()])):
            continue  # "Rp 1.500.000" is a price, not an account
        return digits
    return None


def _social_handle(entry: BrandEntry, path: str) -> str | None:
    segments = [s for s in path.split("/") if s]
    if not segments:
        return None
    first = segments[0]
    if first.lower() in _NOT_HANDLES:
        return None
    return first.lstrip("@") or None


# Zero-width and bidirectional control characters: invisible in a chat, used to hide or
# reorder parts of a link.
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


# Hidden inside a word or link (a BOM before the text or a joiner inside an emoji is harmless).
_INVISIBLE_INSIDE = re.compile("[\\w./:@-]" + _INVISIBLE.pattern + "+[\\w./:@-]")


def strip_invisible(text: str) -> str:
    """``text`` without zero-width and bidirectional control characters."""
    return _INVISIBLE.sub("", text or "")


def classify(text: str, country: str = "ID", registry: Registry | None = None,
             link: str | None = None) -> ParsedInput:
    """Classify ``text``; ``country`` (ISO alpha-2) is the default region for phone numbers.
    ``link`` picks one of :func:`extract_links` instead of the first link. Invisible and
    direction-changing characters are removed first (and noted in ``invisible``).

    Never raises: text with nothing usable yields ``InputKind.NOT_UNDERSTOOD``.
    """
    original = (text or "")[:MAX_INPUT_CHARS].strip()
    cleaned = strip_invisible(original)
    parsed = _classify(cleaned, country, registry, strip_invisible(link) if link else None)
    if cleaned != original:
        parsed = dataclasses.replace(parsed, text=original,
                                     invisible=bool(_INVISIBLE_INSIDE.search(original)))
    return parsed


def _classify(text: str, country: str, registry: Registry | None,
              link: str | None) -> ParsedInput:
    registry = registry or default_registry()
    text = text.strip()
    if not text:
        return ParsedInput(text, InputKind.NOT_UNDERSTOOD)
    link = link or extract_link(text)
    if link:
        parsed = _classify_link(text, link, country, registry)
        if parsed is not None:
            return parsed
    phone = None
    account = None
    phone_word = _PHONE_WORDS.search(text)
    if phone_word:
        wallet_region = _WALLET_REGION.get(phone_word.group(1).lower())
        regions = (wallet_region,) if wallet_region else ()
        for region in dict.fromkeys((*regions, country or "ID", *_FALLBACK_REGIONS)):
            phone = _find_phone(text, region)
            if phone:
                return ParsedInput(text, InputKind.PHONE, phone=phone)
    if _BANK_WORDS.search(text):
        account = _find_account(text, allow_prices=False)
    if account is None:
        digits_only = re.sub(r"[\s\-.()]", "", text)
        if re.fullmatch(r"\+?\d{6,24}", digits_only):
            phone = parse_phone(digits_only, country)
            if phone is None:
                account = _find_account(text)
        else:
            phone = _find_phone(text, country)
    if phone:
        return ParsedInput(text, InputKind.PHONE, phone=phone)
    if account:
        return ParsedInput(text, InputKind.BANK_ACCOUNT, bank_account=account)
    handle = _HANDLE.search(text)
    if handle:
        return ParsedInput(text, InputKind.SOCIAL, social_handle=handle.group(1))
    account = _find_account(text, allow_prices=False)
    if account:
        return ParsedInput(text, InputKind.BANK_ACCOUNT, bank_account=account)
    return ParsedInput(text, InputKind.NOT_UNDERSTOOD)


def _classify_link(
    text: str, link: str, country: str, registry: Registry
) -> ParsedInput | None:
    candidate = link
    if candidate.lower().startswith("hxxp"):
        candidate = "http" + candidate[4:]
    if "://" not in candidate:
        candidate = "https://" + candidate
    try:
        parts = urlsplit(candidate)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    raw_host = parts.hostname or ""
    if not raw_host:
        return None
    reason = too_long(candidate, raw_host)
    if reason is None:
        info = host_info(raw_host)
        reason = too_long(candidate, info.host)  # the ASCII (punycode) form counts for DNS
    if reason is not None:
        return ParsedInput(text, InputKind.WEB_SHOP, raw_url=link[:200], too_long=reason)
    if info.ip is None and info.registrable_domain is None and "." not in info.host:
        return None
    userinfo = None
    if "@" in parts.netloc:
        userinfo = parts.netloc.rsplit("@", 1)[0]
    netloc = info.host if info.ip is None or ":" not in info.ip else f"[{info.ip}]"
    if port is not None:
        netloc = f"{netloc}:{port}"
    url = f"{scheme}://{netloc}{parts.path or '/'}"
    if parts.query:
        url += "?" + parts.query
    entry = None
    builder = link_tables().builder_of(info.host) if info.ip is None else None
    # a site on sites.google.com is not Google's: user content hosts are never "official"
    if info.ip is None and builder in (None, info.registrable_domain):
        entry = registry.official_entry(info.host, info.registrable_domain)
    kind = InputKind.WEB_SHOP
    phone = None
    handle = None
    if entry is not None and entry.kind == "marketplace":
        kind = InputKind.MARKETPLACE
    elif entry is not None and entry.kind == "social":
        kind = InputKind.SOCIAL
        if info.registrable_domain in ("wa.me", "whatsapp.com"):
            digits = re.sub(r"\D", "", parts.path) or re.sub(
                r"\D", "", dict(_query_pairs(parts.query)).get("phone", "")
            )
            if digits:
                phone = parse_phone("+" + digits, country)
        else:
            handle = _social_handle(entry, parts.path)
    if phone is None:
        rest = text.replace(link, " ")
        phone = _find_phone(rest, country) if re.search(r"\d{6}", re.sub(r"\D", "", rest)) else None
    return ParsedInput(
        text=text,
        kind=kind,
        url=url,
        raw_url=link,
        host=info.host,
        hostinfo=info,
        scheme=scheme,
        port=port,
        path=parts.path,
        userinfo=userinfo,
        phone=phone,
        social_handle=handle,
        entry=entry,
    )


def too_long(url: str, host: str) -> str | None:
    """``"url"``, ``"host"`` or ``"label"`` when ``url`` or its ``host`` is longer than any real
    link can be (see :data:`MAX_URL_CHARS`), else ``None``. Linear time."""
    if len(url) > MAX_URL_CHARS:
        return "url"
    if len(host) > MAX_HOST_CHARS:
        return "host"
    if any(len(label) > MAX_LABEL_CHARS for label in host.split(".")):
        return "label"
    return None


def _query_pairs(query: str) -> list[tuple[str, str]]:
    pairs = []
    for item in query.split("&"):
        key, _, value = item.partition("=")
        pairs.append((key, value))
    return pairs
