"""Every identifier in a seller's message: links, phones, e-mails, accounts, wallets, tax ids.

A chat like "transfer dulu ke BCA 123 456 7890 a.n. Budi Santoso, konfirmasi ke wa.me/62812…"
holds several things a buyer should check. :func:`find_identifiers` lists them all, in the order
they appear, each normalised and validated where a check digit exists:

========== ===================================== ==========================================
kind       value                                 valid
========== ===================================== ==========================================
url        the link as written (scheme kept)     ``None`` (the link checks judge it)
email      lower-cased address                   ``None``
phone      E.164                                 phonenumbers' ``is_valid_number``
ewallet    E.164 (the wallet is a phone number)  as phone; ``bank`` names the wallet
bank_account digits                              ``False`` when the bank's known length does
                                                 not fit, else ``None`` (no check digit)
clabe      18 digits (Mexico)                    check digit (Banxico); ``bank`` from the
                                                 first three digits
iban       IBAN without spaces (a Spanish CCC    ISO 13616 mod 97 (python-stdnum)
           is converted to its IBAN)
cbu        22 digits (Argentine CBU or CVU)      both check digits (python-stdnum)
tax_id     compact id; ``bank`` is None,         the scheme's check digit (python-stdnum /
           ``scheme`` names it (NPWP, NIF, RFC…) :mod:`~desktop.checks.companyids`)
========== ===================================== ==========================================

``holder`` is the account holder's name when the message says it ("a.n. Budi", "atas nama",
"titular", "a nombre de", "beneficiario"). An e-mail address is never read as a link, and the
digits of an account are never read again as a phone number.

Pure, offline and bounded: the text is cut at :data:`MAX_TEXT` characters first. Never raises.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import phonenumbers
from stdnum import iban as _iban
from stdnum.ar import cbu as _cbu
from stdnum.es import ccc as _ccc

from desktop.checks.companyids import find_company_ids
from desktop.checks.inputs import extract_links, strip_invisible
from desktop.identity.phones import MX_OLD_MOBILE, parse_phone
from desktop.reading.accounts import CLABE_BANKS, clabe_bank, valid_clabe

__all__ = ["CLABE_BANKS", "KINDS", "MAX_TEXT", "Identifier", "banks_named", "clabe_bank",
           "find_identifiers", "valid_clabe"]

MAX_TEXT = 20_000
KINDS = ("url", "phone", "email", "bank_account", "ewallet", "clabe", "iban", "cbu", "tax_id")


@dataclass(frozen=True)
class Identifier:
    """One identifier found in a message. Immutable.

    ``start``/``end`` locate ``raw`` (the text as written) in the message, for highlighting.
    ``scheme`` names a tax id's scheme or is ``None``; ``ocr`` is set by callers whose text came
    from an image (the value was read by OCR, not typed).
    """

    kind: str
    value: str
    valid: bool | None
    raw: str
    start: int
    end: int
    bank: str | None = None
    holder: str | None = None
    scheme: str | None = None
    ocr: bool = False

    def to_json(self) -> dict[str, Any]:
        """The report form: ``{kind, value, valid, bank, holder}`` plus ``scheme`` and ``ocr``
        when they say something."""
        data: dict[str, Any] = {"kind": self.kind, "value": self.value, "valid": self.valid,
                                "bank": self.bank, "holder": self.holder}
        if self.scheme:
            data["scheme"] = self.scheme
        if self.ocr:
            data["ocr"] = True
        return data


# --- Mexican CLABE: in desktop.reading.accounts (transfer proofs check it too) ---------------------


# --- banks, wallets and holders ---------------------------------------------------------------

# Bank names as buyers write them → the name shown; with the account lengths the bank issues
# (only where widely documented: BCA 10, BNI 10, BRI 15, Mandiri 13, BSI 10, BTN 16).
_BANKS: tuple[tuple[str, str, tuple[int, ...]], ...] = (
    (r"bca|bank\s+central\s+asia", "BCA", (10,)),
    (r"bri|bank\s+rakyat(?:\s+indonesia)?", "BRI", (15,)),
    (r"bni", "BNI", (10,)),
    (r"mandiri", "Mandiri", (13,)),
    (r"bsi|bank\s+syariah\s+indonesia", "BSI", (10,)),
    (r"btn", "BTN", (16,)),
    (r"cimb(?:\s+niaga)?", "CIMB Niaga", ()),
    (r"permata", "Permata", ()),
    (r"danamon", "Danamon", ()),
    (r"jago|bank\s+jago", "Bank Jago", ()),
    (r"seabank", "SeaBank", ()),
    (r"bbva", "BBVA", ()),
    (r"santander", "Santander", ()),
    (r"banorte", "Banorte", ()),
    (r"banamex|citibanamex", "Banamex", ()),
    (r"hsbc", "HSBC", ()),
    (r"azteca|banco\s+azteca", "Banco Azteca", ()),
    (r"bancoppel", "BanCoppel", ()),
    (r"scotiabank", "Scotiabank", ()),
    (r"caixabank|la\s+caixa", "CaixaBank", ()),
    (r"sabadell", "Sabadell", ()),
    (r"bancolombia", "Bancolombia", ()),
    (r"banco\s+(?:de\s+la\s+)?naci[oó]n", "Banco Nación", ()),
    (r"galicia", "Galicia", ()),
)
_BANK_RE = re.compile(r"(?i)(?<![\w])(" + "|".join(f"(?:{p})" for p, _, _ in _BANKS) + r")(?![\w])")

# Wallets whose account is a phone number, with the region their numbers belong to.
_WALLETS: dict[str, tuple[str, str]] = {
    "gopay": ("GoPay", "ID"), "ovo": ("OVO", "ID"), "dana": ("DANA", "ID"),
    "shopeepay": ("ShopeePay", "ID"), "linkaja": ("LinkAja", "ID"),
    "bizum": ("Bizum", "ES"), "yape": ("Yape", "PE"), "plin": ("Plin", "PE"),
    "nequi": ("Nequi", "CO"), "daviplata": ("Daviplata", "CO"),
    "mercado pago": ("Mercado Pago", "AR"), "mercadopago": ("Mercado Pago", "AR"),
}
_WALLET_RE = re.compile(r"(?i)(?<![\w])(" + "|".join(re.escape(w) for w in _WALLETS) + r")(?![\w])")

_ACCOUNT_WORDS = re.compile(
    r"(?i)(?<![\w])(?:no\.?\s*rek(?:ening)?|norek|rek(?:ening)?|rekber|account(?:\s+number)?|"
    r"acct|a/c|cuenta|n[uú]mero\s+de\s+cuenta|cta\.?)(?![\w])"
)
# "a.n. Budi Santoso", "atas nama: Budi", "titular: Juan Pérez", "a nombre de María".
_HOLDER = re.compile(
    r"(?i:(?<![\w])a\.?\s?n\.?(?=\s)|(?<![\w])a/n(?![\w])|(?<![\w])atas\s+nama(?![\w])|"
    r"(?<![\w])titular(?![\w])|(?<![\w])a\s+nombre\s+de(?![\w])|(?<![\w])beneficiari[oa](?![\w])|"
    r"(?<![\w])account\s+name(?![\w])|(?<![\w])holder(?![\w])|(?<![\w])in\s+the\s+name\s+of(?![\w])|"
    r"(?<![\w])nama\s+penerima(?![\w])|(?<![\w])nama(?![\w]))"
    r"\s*[:.\-]?\s*"
    # a name: capitalised words (or one all-lower-case name typed in a hurry), with particles
    r"((?:[A-ZÀ-Ý][\w'’.-]*(?:[ \t]+(?:[A-ZÀ-Ý][\w'’.-]*|de|del|la|van|bin|binti)){0,4})"
    r"|[a-zà-ÿ]{2,}(?:[ \t]+[a-zà-ÿ]{2,})?(?=\s*(?:$|[,.;!\n])))"
)
_NOT_NAMES = frozenset({"bank", "banco", "rekening", "transfer", "saya", "aku", "kami", "ya",
                        "yg", "yang", "ini", "itu", "la", "el", "the", "cuenta", "clabe",
                        "account", "dan", "y", "and", "en", "di", "ke", "in", "at", "con",
                        "dengan", "para", "por", "kak", "gan", "sis", "min", "ok", "oke"})

_EMAIL = re.compile(r"(?i)(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?![\w-])")
_DIGITS = re.compile(r"(?<![\w+])\d(?:[ .\-]?\d){5,29}(?![\w])")
_IBAN_RE = re.compile(r"(?<![A-Z0-9])([A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?)"
                      r"(?![A-Z0-9])")
_PRICE_BEFORE = re.compile(r"(?i)(?:rp\.?|idr|usd|eur|mxn|ars|cop|clp|pen|us\$|\$|€|£|s/\.?)\s*$")
_PRICE_AFTER = re.compile(r"(?i)^\s*(?:rb|ribu|jt|juta|k\b|€|eur|pesos|euros|rupiah)")
_WA_LINK = re.compile(r"(?i)(?:wa\.me/|whatsapp\.com/send\?(?:[^\s]*&)?phone=)\+?(\d{6,15})")


class _Spans:
    """Character ranges already claimed by an identifier."""

    def __init__(self) -> None:
        self._taken: list[tuple[int, int]] = []

    def free(self, start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in self._taken)

    def take(self, start: int, end: int) -> None:
        self._taken.append((start, end))


def _holder_near(text: str, end: int) -> str | None:
    """The holder name written just after an account: on the same line within 30 characters,
    or at the start of the next line (chat bubbles and OCR break lines)."""
    rest = text[end:end + 120]
    first, _, second = rest.partition("\n")
    match = _HOLDER.search(first)
    if not match or match.start() > 30:
        match = _HOLDER.match(second.split("\n", 1)[0].lstrip())
    if not match:
        return None
    words = []
    for word in match.group(1).split():
        bare = word.strip(".,;:")
        if (bare.lower() in _NOT_NAMES or _BANK_RE.fullmatch(bare)
                or any(ch.isdigit() or ch == "_" for ch in word)):
            break
        if word.endswith(".") and len(word) > 2:  # "a.n. Budi. Foto…": the sentence ends here
            words.append(word.rstrip("."))
            break
        words.append(bare)
    name = " ".join(w for w in words if w)
    if len(name) < 2:
        return None
    # "BUDI SANTOSO" and "budi santoso" are written as names; "McDonald" is kept as written
    return name.title() if name.isupper() or name.islower() else name


_PHONE_WORDS = re.compile(r"(?i)(?<![\w])(?:wa|whatsapp|hp|no\.? ?hp|telp?|telepon|phone|tlf|"
                          r"tel[eé]fono|celular|cel|m[oó]vil)(?![\w])")


def _bank_before(text: str, start: int) -> tuple[str | None, tuple[int, ...]]:
    """The bank named shortly before ``start`` (same line, 40 characters), with its lengths."""
    window = text[max(0, start - 40):start].rsplit("\n", 1)[-1]
    found = list(_BANK_RE.finditer(window))
    if not found:
        return None, ()
    # "BCA 1234567890 a.n. Rudi, WA 0812 3456 7890": the bank names the first number only; a
    # number or a phone word after it starts something else.
    if re.search(r"\d", window[found[-1].end():]) or _PHONE_WORDS.search(window[found[-1].end():]):
        return None, ()
    word = found[-1].group(1)
    for pattern, name, lengths in _BANKS:
        if re.fullmatch(pattern, word, re.IGNORECASE):
            return name, lengths
    return None, ()


def banks_named(text: str) -> list[str]:
    """Names of the banks a text mentions (BCA, BBVA, Banorte…), in order, without repeats."""
    names = []
    for match in _BANK_RE.finditer(text or ""):
        for pattern, name, _ in _BANKS:
            if re.fullmatch(pattern, match.group(1), re.IGNORECASE) and name not in names:
                names.append(name)
    return names


def _is_price(text: str, start: int, end: int, raw: str) -> bool:
    if _PRICE_BEFORE.search(text[max(0, start - 6):start]) or _PRICE_AFTER.match(text[end:end + 8]):
        return True
    return bool(re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?", raw))


def find_identifiers(text: str, country: str = "ID") -> list[Identifier]:
    """Every identifier in ``text``, in order of appearance (see the module docstring).

    ``country`` (ISO alpha-2) is the default region for national phone numbers. Never raises;
    text beyond :data:`MAX_TEXT` characters is ignored.
    """
    try:
        return _find(strip_invisible(text or "")[:MAX_TEXT], (country or "ID").upper())
    except Exception:  # a message must never break the check; the rest of the report stands
        import logging

        logging.getLogger(__name__).exception("identifier extraction failed")
        return []


def _find(text: str, country: str) -> list[Identifier]:
    spans = _Spans()
    found: list[Identifier] = []
    found += _emails(text, spans)
    found += _urls(text, spans, country)
    found += _ibans(text, spans)
    found += _tax_ids(text, spans)
    found += _wallets(text, spans)
    found += _long_numbers(text, spans)
    found += _phones(text, spans, country)
    found.sort(key=lambda i: (i.start, i.kind))
    return _dedupe(found)


def _dedupe(found: Iterable[Identifier]) -> list[Identifier]:
    seen: set[tuple[str, str]] = set()
    unique = []
    for item in found:
        if (item.kind, item.value) in seen:
            continue
        seen.add((item.kind, item.value))
        unique.append(item)
    return unique


def _emails(text: str, spans: _Spans) -> list[Identifier]:
    out = []
    for match in _EMAIL.finditer(text):
        spans.take(*match.span())
        out.append(Identifier("email", match.group(0).lower(), None, match.group(0),
                              *match.span()))
    return out


def _urls(text: str, spans: _Spans, country: str) -> list[Identifier]:
    out = []
    position = 0
    for link in extract_links(text, limit=50):
        start = text.find(link, position)
        if start < 0:
            start = text.find(link)
        end = start + len(link)
        if start < 0 or not spans.free(start, end):
            continue
        spans.take(start, end)
        position = end
        out.append(Identifier("url", link, None, link, start, end))
        wa = _WA_LINK.search(link)
        if wa:
            phone = parse_phone("+" + wa.group(1), country)
            out.append(Identifier("phone", phone or "+" + wa.group(1), phone is not None,
                                  link, start, end))
    return out


def _ibans(text: str, spans: _Spans) -> list[Identifier]:
    out = []
    for match in _IBAN_RE.finditer(text):
        start, end = match.span(1)
        if not spans.free(start, end):
            continue
        value = match.group(1).replace(" ", "")
        if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", value):
            continue
        spans.take(start, end)
        out.append(Identifier("iban", value, _iban.is_valid(value), text[start:end], start, end,
                              holder=_holder_near(text, end)))
    return out


def _tax_ids(text: str, spans: _Spans) -> list[Identifier]:
    out = []
    for hit in find_company_ids(text):
        raw = str(hit.get("value", ""))
        compact = re.sub(r"[\s.\-/]", "", raw).upper()
        # companyids reports values compacted; find where the value was written
        pattern = r"[\s.\-/]?".join(re.escape(ch) for ch in compact)
        match = re.search(pattern, text, re.IGNORECASE) if compact else None
        if match is None or not spans.free(*match.span()):
            continue
        spans.take(*match.span())
        out.append(Identifier("tax_id", compact, bool(hit.get("valid")), match.group(0),
                              *match.span(), scheme=str(hit.get("type", "")).upper() or None))
    return out


def _wallets(text: str, spans: _Spans) -> list[Identifier]:
    out = []
    for match in _WALLET_RE.finditer(text):
        name, region = _WALLETS[match.group(1).lower()]
        window_start = match.end()
        window = text[window_start:window_start + 40].split("\n", 1)[0]
        number = re.search(r"\+?\d[\d \-.]{7,18}\d", window)
        if not number:
            continue
        start, end = window_start + number.start(), window_start + number.end()
        if not spans.free(start, end):
            continue
        phone = parse_phone(number.group(0), region)
        spans.take(start, end)
        out.append(Identifier("ewallet", phone or re.sub(r"\D", "", number.group(0)),
                              phone is not None, number.group(0), start, end, bank=name,
                              holder=_holder_near(text, end)))
    return out


def _long_numbers(text: str, spans: _Spans) -> list[Identifier]:
    """CLABE, CBU/CVU, Spanish CCC and bank account numbers: digit runs near their words."""
    out = []
    for match in _DIGITS.finditer(text):
        start, end = match.span()
        raw = match.group(0)
        if not spans.free(start, end):
            continue
        digits = re.sub(r"\D", "", raw)
        before = text[max(0, start - 40):start].lower()
        holder = _holder_near(text, end)
        if len(digits) == 18 and (valid_clabe(digits) or "clabe" in before):
            spans.take(start, end)
            out.append(Identifier("clabe", digits, valid_clabe(digits), raw, start, end,
                                  bank=clabe_bank(digits), holder=holder))
            continue
        if len(digits) == 22 and (_cbu.is_valid(digits) or re.search(r"cbu|cvu", before)):
            spans.take(start, end)
            out.append(Identifier("cbu", digits, _cbu.is_valid(digits), raw, start, end,
                                  holder=holder))
            continue
        if len(digits) == 20 and _ccc.is_valid(digits):
            spans.take(start, end)
            out.append(Identifier("iban", _ccc.to_iban(digits).replace(" ", ""), True, raw,
                                  start, end, holder=holder))
            continue
        bank, lengths = _bank_before(text, start)
        worded = bank is not None or _ACCOUNT_WORDS.search(text[max(0, start - 40):start])
        if not worded or not 6 <= len(digits) <= 20 or _is_price(text, start, end, raw):
            continue
        if bank is None and parse_phone(raw, "ID") and raw.lstrip().startswith(("08", "+", "62")):
            continue  # "no hp 0812…" after "rekening" is still a phone: leave it to _phones
        spans.take(start, end)
        valid = False if lengths and len(digits) not in lengths else None
        out.append(Identifier("bank_account", digits, valid, raw, start, end, bank=bank,
                              holder=holder))
    return out


def _phones(text: str, spans: _Spans, country: str) -> list[Identifier]:
    out = []
    cleaned = MX_OLD_MOBILE.sub(lambda m: "+52" + " " * (len(m.group(0)) - 3), text)
    # National numbers are read in the user's country only; "+" numbers in any region.
    try:
        matches = list(phonenumbers.PhoneNumberMatcher(cleaned, country))
    except Exception:  # phonenumbers may choke on pathological text; phones are optional
        return out
    for match in matches:
        if not spans.free(match.start, match.end) or not phonenumbers.is_valid_number(match.number):
            continue
        if _is_price(text, match.start, match.end, match.raw_string):
            continue
        spans.take(match.start, match.end)
        value = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
        out.append(Identifier("phone", value, True, text[match.start:match.end],
                              match.start, match.end))
    return out
