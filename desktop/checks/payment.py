"""How a shop asks to be paid: what it advertises and what it instructs (no Qt).

Two readings of the shop's pages (home, how-to-order, payment, payment-confirmation and FAQ
pages, see :data:`desktop.checks.crawl.INSTRUCTION_KINDS`):

- :func:`payment_methods`: the method families the text *names* ("we accept cards, QRIS,
  transfer"), logos' alt texts included. Advertising is cheap: fake shops print card logos too.
- :func:`payment_instructions`: the passages that tell the buyer *where the money goes* — a bank
  account or CLABE/CBU with its holder ("transfer ke BCA 1234567890 a.n. Budi Santoso"), an OXXO
  deposit to a card number, a Bizum/Nequi/Yape/GoPay payment to a phone number, a money-transfer
  service, a crypto wallet. A passage is an instruction only when it names a recipient; that is
  what separates it from a footer's list of logos.

Which methods protect a buyer follows the consumer agencies (PROFECO, INCIBE, OJK, Watchlist
Internet): card (chargeback), PayPal-style buyer protection, marketplace escrow (rekber), real
cash on delivery, and paying after delivery (invoice / pay later) — :data:`PROTECTED`.
Transfers, cash deposits, person-to-person wallets, money-transfer services, crypto and gift
cards cannot be reclaimed — :data:`IRREVERSIBLE`. E-wallets and QR payments taken through a
merchant checkout sit between (the provider knows the merchant) and are neither.

The instructions outweigh the advertising: a payment to a private person is never buyer
protection, whatever logos the footer shows. Pure functions over text; they never fetch.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

__all__ = ["IRREVERSIBLE", "PROTECTED", "Instruction", "cod_needs_deposit", "payment_instructions",
           "payment_methods"]

PROTECTED = ("cod", "escrow", "card", "paypal", "invoice")
# Pages are attacker-controlled: read at most this much text of each (payment instructions fit
# in a few kilobytes) and keep at most this many instructions per page, so a hostile page full
# of "a.n." or digits costs milliseconds, not seconds.
MAX_TEXT = 200_000
MAX_PER_PAGE = 40
_MAX_MATCHES = 200  # per pattern and page: no honest page prints hundreds of accounts
IRREVERSIBLE = ("transfer", "cash_deposit", "p2p", "money_transfer", "crypto", "gift_cards")


_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def _fold(text: str) -> str:
    """Lower case without accents ("Transferencia Bancaria" → "transferencia bancaria")."""
    lowered = text.lower()
    if lowered.isascii():
        return lowered
    return _COMBINING.sub("", unicodedata.normalize("NFKD", lowered))


# --------------------------------------------------------------------------- advertised methods

_PAY_CONTEXT = r"(?:pay|payment|bayar|pembayaran|pago|pagar|paga|zahl|zahlung|accept|terima|aceptamos)"
_METHODS: dict[str, re.Pattern[str]] = {
    "transfer": re.compile(r"\b(bank transfer|wire transfer|transfer bank|transfer ke rekening|transfer rekening|"
                           r"transfer antar bank|transferencia(?: bancaria| electronica)?|deposito bancario|"
                           r"consignacion(?: bancaria)?|spei|uberweisung|vorkasse|direct bank deposit)\b"),
    "cod": re.compile(r"\b(cod|cash on delivery|bayar di tempat|contra ?reembolso|"
                      r"contra ?entrega|nachnahme)\b"),
    "escrow": re.compile(r"\b(rekber|rekening bersama|escrow|treuhand)\b"),
    "card": re.compile(r"\b(visa|mastercard|american express|credit card|debit card|kartu kredit|kartu debit|"
                       r"tarjeta de credito|tarjeta de debito|tarjetas? bancarias?|kreditkarte|apple pay|"
                       r"google pay)\b"),
    "paypal": re.compile(r"\bpaypal\b"),
    "invoice": re.compile(r"\b(kauf auf rechnung|rechnung|ratenzahlung|pay later|paylater|buy now,? pay later|"
                          r"pago aplazado|pago a plazos|bayar nanti|klarna|akulaku|kredivo)\b"),
    "e_wallet": re.compile(r"\b(ovo|gopay|shopeepay|linkaja|qris|mercado ?pago|bizum|virtual account|"
                           r"nequi|daviplata|yape|plin|pse|webpay)\b"),
    # OXXO, Alfamart, Indomaret, Efecty … take cash over the counter: nothing to reclaim.
    "cash_deposit": re.compile(r"\b(oxxo|alfamart|indomaret|7-eleven|efecty|baloto|pago ?facil|rapipago|"
                               r"servipag|kasnet|deposito en efectivo|setor tunai)\b"),
    # with a payment word in the sentence: "Beware wiring (e.g. Western Union)" is advice, not a method
    "money_transfer": re.compile(rf"{_PAY_CONTEXT}[^.\n]{{0,60}}\b(western union|moneygram|ria money transfer|"
                                 rf"remitly|worldremit|xoom)\b|\b(western union|moneygram)\b[^.\n]{{0,40}}{_PAY_CONTEXT}"),
    "crypto": re.compile(rf"{_PAY_CONTEXT}[^.\n]{{0,60}}\b(bitcoin|btc|usdt|tether|crypto|cryptocurrency|"
                         rf"criptomonedas?|kripto|binance pay)\b|\b(bitcoin|usdt|cryptocurrency|criptomonedas?)"
                         rf"\b[^.\n]{{0,40}}{_PAY_CONTEXT}"),
    "gift_cards": re.compile(rf"{_PAY_CONTEXT}[^.\n]{{0,60}}\b(gift ?cards?|itunes cards?|google play cards?|"
                             rf"steam cards?|tarjetas? de regalo|voucher google play|paysafecard)\b"),
}
# A method named in a negation or a warning ("kami tidak menerima COD", "beware of wiring money")
_NEGATION = re.compile(r"\b(?:tidak|tak|bukan|no|not|nicht|kein|keine|sin|tanpa|never|nunca|beware|avoid|"
                       r"jangan|waspada|hati-hati|cuidado|desconfia|evita)\b[^.\n]*$")


# Words one of which must occur before a family's (slower) pattern is tried at all.
_CUES: dict[str, tuple[str, ...]] = {
    "transfer": ("transfer", "deposit", "consignacion", "spei", "uberweisung", "vorkasse"),
    "cod": ("cod", "delivery", "bayar di tempat", "reembolso", "entrega", "nachnahme"),
    "escrow": ("rekber", "rekening bersama", "escrow", "treuhand"),
    "card": ("visa", "mastercard", "american express", "card", "kartu", "tarjeta", "kreditkarte", " pay"),
    "paypal": ("paypal",),
    "invoice": ("rechnung", "ratenzahlung", "later", "pago a", "bayar nanti", "klarna", "akulaku", "kredivo"),
    "e_wallet": ("ovo", "gopay", "shopeepay", "linkaja", "qris", "mercado", "bizum", "virtual account", "nequi",
                 "daviplata", "yape", "plin", "pse", "webpay"),
    "cash_deposit": ("oxxo", "alfamart", "indomaret", "7-eleven", "efecty", "baloto", "facil", "rapipago",
                     "servipag", "kasnet", "efectivo", "setor tunai"),
    "money_transfer": ("western union", "moneygram", "ria money", "remitly", "worldremit", "xoom"),
    "crypto": ("bitcoin", "btc", "usdt", "tether", "crypto", "cripto", "kripto", "binance"),
    "gift_cards": ("gift", "itunes", "google play", "steam", "regalo", "paysafecard"),
}


def payment_methods(text: str) -> list[str]:
    """Payment method families named in ``text``, in a fixed order; a method named only in a
    negation or a warning ("kami tidak menerima COD") is left out. Never raises."""
    folded = _fold(text[:MAX_TEXT * 3])
    found = []
    for name, pattern in _METHODS.items():
        if not any(cue in folded for cue in _CUES[name]):
            continue
        for match in pattern.finditer(folded):
            if not _NEGATION.search(folded[max(0, match.start() - 30):match.start()]):
                found.append(name)
                break
    return found


# "COD, tapi DP 50% dulu", "contra entrega con anticipo": money first is no cash on delivery.
_COD_DEPOSIT = re.compile(r"\b(?:dp|down payment|uang muka|bayar ongkir dulu|transfer ongkir|ongkir (?:di ?)?"
                          r"transfer|anticipo|adelanto|pago anticipado del envio|pagar el envio por adelantado)\b")


def cod_needs_deposit(text: str) -> str | None:
    """The words that make a "cash on delivery" offer ask for money first, or ``None``."""
    folded = _fold(text[:MAX_TEXT * 3])
    for cod in itertools.islice(_METHODS["cod"].finditer(folded), MAX_PER_PAGE):
        window = folded[max(0, cod.start() - 120):cod.end() + 120]
        deposit = _COD_DEPOSIT.search(window)
        if deposit:
            return " ".join(window[max(0, deposit.start() - 60):deposit.end() + 40].split())
    return None


# --------------------------------------------------------------------------- instructions


@dataclass(frozen=True)
class Instruction:
    """One payment instruction. ``method`` is a family of :func:`payment_methods`;
    ``recipient`` the name, account, phone or wallet the money goes to; ``recipient_kind`` is
    ``"person"``, ``"company"`` (a legal form such as PT, S.A.S., S.L.), ``"business_name"``
    (a trade name without a legal form) or ``"unknown"``; ``text`` the passage (≤ 240
    characters); ``url`` the page it was on."""

    method: str
    recipient: str
    recipient_kind: str
    text: str
    url: str

    @property
    def unprotected_to_person(self) -> bool:
        """True when the buyer could never get this money back from an accountable seller."""
        if self.method in ("money_transfer", "crypto", "gift_cards"):
            return True
        return self.method in IRREVERSIBLE and self.recipient_kind == "person"

    def to_evidence(self) -> dict[str, str]:
        return {"payment_method": self.method, "recipient": self.recipient, "recipient_kind": self.recipient_kind,
                "text": self.text, "url": self.url}


_BANKS = (r"bca|bri|bni|mandiri|cimb(?: niaga)?|permata|danamon|bsi|btn|jenius|seabank|bank jago|"
          r"bancolombia|davivienda|banco de bogota|bbva|santander|banamex|citibanamex|banorte|hsbc|scotiabank|"
          r"bcp|interbank|banco de credito|bancoestado|banco estado|banco de chile|banco nacion|galicia|macro|"
          r"brou|caixabank|sabadell|bankinter|banco azteca|bancoppel|uala|brubank")
_ACCOUNT_WORDS = (r"no\.?\s?rek(?:ening)?|nomor rekening|norek|rekening|rek\.?|n(?:umero|o\.?|ro\.?|°)?\s?de cuenta|"
                  r"cuenta(?: de ahorros| corriente| bancaria| vista| rut)?|cta\.?|clabe(?: interbancaria)?|cbu|"
                  r"cvu|iban|account(?: number| no\.?)?|acct")
_NUMBER = r"(\d(?:[\d -]{6,30})\d|[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?)"
# An account number is read number first (few places in a page hold 8+ digits), then the
# account word or bank name just before it; scanning every word for bank names is 10x slower.
_ACCOUNT_NUMBER = re.compile(rf"(?<![\w+]){_NUMBER}", re.I)
_ACCOUNT_LABEL = re.compile(rf"\b(?:{_ACCOUNT_WORDS}|{_BANKS})\b\s*[:.#-]?\s*(?:no\.?|n[°º]|nro\.?)?\s*[:.]?\s*$",
                            re.I)


# Substrings one of which stands in every account label of _ACCOUNT_WORDS and _BANKS.
_ACCOUNT_CUES = (
    "rek", "cuenta", "cta", "clabe", "cbu", "cvu", "iban", "account", "acct", "bank", "banco", "bca", "bri", "bni",
    "mandiri", "cimb", "permata", "danamon", "bsi", "btn", "jenius", "seabank", "jago", "bancolombia", "davivienda",
    "bogota", "bbva", "santander", "banamex", "banorte", "hsbc", "scotiabank", "bcp", "interbank", "credito",
    "estado", "chile", "nacion", "galicia", "macro", "brou", "caixabank", "sabadell", "bankinter", "azteca",
    "bancoppel", "uala", "brubank")


def _accounts(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, number) of each number that follows an account word or a bank's name."""
    for match in itertools.islice(_ACCOUNT_NUMBER.finditer(text), 20 * _MAX_MATCHES):
        start = max(0, match.start() - 60)
        window = text[start:match.start()].lower()
        if not any(cue in window for cue in _ACCOUNT_CUES):  # the label pattern is slow; most numbers have none
            continue
        label = _ACCOUNT_LABEL.search(text, start, match.start())
        if label is not None:
            yield label.start(), match.end(), match[1]
_ALIAS = re.compile(r"\balias(?: cbu| cvu)?\s*[:.]?\s*([a-z0-9]+(?:\.[a-z0-9]+){1,3})\b", re.I)
_HOLDER = re.compile(
    # not "recipient" / "destinatario": shipping forms use them for the parcel's addressee
    r"(?:\ba\.\s?n\.?|\ba/n|\batas nama|\ba nombre de|\btitular(?: de la cuenta)?|\bbeneficiario|"
    r"\baccount (?:name|holder)|\bnombre del titular|\bnama (?:pemilik|rekening)|\bpemilik rekening|"
    r"\bpayable to)\s*[:.]?\s*([^\n,;:()\d|]{3,60})",
    re.I,
)
# DANA, OVO, Plin and Yape are also everyday words ("dana": funds / days, "ovo": this, "plin":
# gas): only their brand spelling counts.
_P2P = re.compile(r"\b((?i:bizum|nequi|daviplata|zelle|sinpe(?: movil)?|gopay|shopeepay|linkaja)|DANA|OVO|"
                  r"Plin|PLIN|Yape|YAPE)\b([^\n\d.!?]{0,30}?)(\+?\d[\d -]{7,15}\d)")
# "Bayar via GoPay, hubungi 0812…": the number is the shop's phone, not the wallet's.
_CONTACT_WORDS = re.compile(r"\b(?:wa|whatsapp|hubungi|telp|telepon|llama|llamanos|call|contact|contacto|info)\b",
                            re.I)
_CASH = re.compile(r"\b(oxxo|alfamart|indomaret|7-eleven|efecty|baloto|servipag|kasnet|agente bcp)\b", re.I)
_CARD_NUMBER = re.compile(r"\b(\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{4})\b")
_MONEY_TRANSFER = re.compile(r"\b(western union|moneygram|ria money transfer|remitly|worldremit|xoom)\b", re.I)
_WALLET = re.compile(r"\b(bc1[02-9ac-hj-np-z]{20,60}|[13][1-9A-HJ-NP-Za-km-z]{25,34}|0x[0-9a-fA-F]{40}|"
                     r"T[1-9A-HJ-NP-Za-km-z]{33})\b")
_PAY_WORDS = re.compile(r"\b(?:pay|payment|bayar|pembayaran|transfer|pago|paga|pagar|deposit|deposita|"
                        r"depositar|envia|send|kirim|wallet|usdt|btc|bitcoin|crypto)", re.I)

_LEGAL_FORM = re.compile(
    r"(?:^|\s)(?:PT|CV|UD|Tbk|Koperasi|Yayasan|Persero|S\.?A\.?S\.?|S\.?A\.?(?:\s?de\s?C\.?V\.?)?|S\.?\s?de\s?R\.?L\.?|"
    r"S\.?R\.?L\.?|S\.?L\.?U?\.?|SpA|Ltda\.?|E\.?I\.?R\.?L\.?|S\.?A\.?C\.?|LLC|Inc\.?|Ltd\.?|GmbH)(?=$|[\s,.])")
_PERSONAL = re.compile(r"\b(?:pribadi|perorangan|personal|particular|persona natural|owner|pemilik|admin|"
                       r"a titulo personal|nuestro asesor|asesora?|vendedora?)\b", re.I)
_TRADE = re.compile(r"\b(?:toko|tienda|store|shop|boutique|butik|official|distribuidora|comercializadora|"
                    r"importadora|olshop|online)\b", re.I)


_PARTICLES = frozenset({"de", "del", "la", "las", "los", "da", "do", "dos", "van", "von", "der", "bin", "binti",
                        "di", "e"})


def _recipient_kind(name: str) -> str:
    if _LEGAL_FORM.search(name):
        return "company"
    if _PERSONAL.search(name):
        return "person"
    if _TRADE.search(name):
        return "business_name"
    words = name.split()
    # Two to five capitalised words of letters is how people's names look on an account:
    # "Budi Santoso", "María José de la Cruz"; "quien realiza la compra" is no name.
    names = [w for w in words if w.isalpha() and (w[0].isupper() or w in _PARTICLES)]
    capitals = [w for w in names if w[0].isupper()]
    return "person" if 2 <= len(capitals) and len(names) == len(words) <= 6 else "unknown"


def _clean_name(raw: str) -> str:
    name = " ".join(raw.split()).strip(" .-–")
    # a full stop after a lower-case word ends the sentence ("a.n. pribadi admin. Kami …");
    # the dots of "S.A.S." or "E.I.R.L." do not
    name = re.split(r"(?<=[a-z]{3})\.(?:\s|$)", name, maxsplit=1)[0]
    # "a.n. Budi Santoso lalu konfirmasi", "Titular: X E.I.R.L. Cuenta BCP …": cut at the words
    # that end a name, and after a legal form written behind the name
    name = re.split(rf"\s(?:lalu|kemudian|dan|setelah|luego|y despues|then|and|untuk|para|con|dengan|via|"
                    rf"{_ACCOUNT_WORDS}|{_BANKS}|bank|banco)\b", name, maxsplit=1, flags=re.I)[0]
    # A capitalised name ends at the first lower-case word that is no name particle
    # ("Juan Pérez López y envía tu comprobante"); an all lower-case "pribadi admin" stays.
    words = name.split()
    if words and words[0][:1].isupper():
        for index, word in enumerate(words[1:], 1):
            if word[:1].islower() and word not in _PARTICLES:
                name = " ".join(words[:index])
                break
    suffix = _LEGAL_FORM.search(name)
    if suffix and suffix.start() > 0 and name[:suffix.start()].strip():
        name = name[:suffix.end()]
    return name.strip(" -–,")


def _snippet(text: str, start: int, end: int) -> str:
    lo = text.rfind("\n", 0, max(0, start - 80))
    lo = max(lo + 1, start - 120)
    return " ".join(text[lo:min(len(text), end + 120)].split())[:240]


def _holder_near(text: str, start: int, end: int, used: set[int]) -> tuple[str, str] | None:
    """The account holder named within a few lines of ``text[start:end]``; its position goes
    into ``used`` so that it is not read again as an instruction of its own."""
    for match in _HOLDER.finditer(text, max(0, start - 120), min(len(text), end + 160)):
        name = _clean_name(match[1])
        if len(name) >= 3:
            used.add(match.start())
            return name, _recipient_kind(name)
    return None


def _some(matches: Iterable) -> Iterator:
    return itertools.islice(matches, _MAX_MATCHES)


class _Enough(Exception):
    """Raised inside :func:`_page_instructions` when a page holds :data:`MAX_PER_PAGE`."""


def _page_instructions(text: str, url: str) -> list[Instruction]:
    found: list[Instruction] = []
    try:
        _read_instructions(text[:MAX_TEXT], url, found)
    except _Enough:
        pass
    return found


def _read_instructions(text: str, url: str, found: list[Instruction]) -> None:
    folded = _fold(text)
    used: set[int] = set()

    def add(method: str, recipient: str, kind: str, start: int, end: int) -> None:
        found.append(Instruction(method, recipient, kind, _snippet(text, start, end), url))
        if len(found) >= MAX_PER_PAGE:
            raise _Enough

    for start, end, raw in _some(_accounts(text)):
        context = folded[max(0, start - 150):end + 60]
        method = "cash_deposit" if _CASH.search(context) else "transfer"
        holder = _holder_near(text, start, end, used)
        if holder:
            add(method, holder[0], holder[1], start, end)
        else:
            add(method, " ".join(raw.split()), "unknown", start, end)
    def present(*cues: str) -> bool:  # a cheap test before each pattern scans the whole page
        return any(cue in folded for cue in cues)

    for match in _some(_ALIAS.finditer(text)) if present("alias") else ():
        holder = _holder_near(text, match.start(), match.end(), used)
        add("transfer", holder[0] if holder else match[1], holder[1] if holder else "unknown",
            match.start(), match.end())
    for match in _some(_P2P.finditer(text)) if present(*_CUES["e_wallet"], "zelle", "sinpe", "dana") else ():
        if _CONTACT_WORDS.search(match[2]):
            continue
        # a wallet paid by phone number is a person's wallet: no merchant, no checkout
        holder = _holder_near(text, match.start(), match.end(), used)
        add("p2p", holder[0] if holder else " ".join(match[3].split()),
            holder[1] if holder and holder[1] != "unknown" else "person", match.start(), match.end())
    for match in _some(_CASH.finditer(text)) if present(*_CUES["cash_deposit"], "agente bcp") else ():
        card = _CARD_NUMBER.search(text, match.end(), min(len(text), match.end() + 120))
        holder = _holder_near(text, match.start(), match.end(), used)
        if card:  # a cash deposit onto a bank card goes to that card's owner
            add("cash_deposit", holder[0] if holder else card[1], holder[1] if holder else "person",
                match.start(), card.end())
        elif holder:
            add("cash_deposit", holder[0], holder[1], match.start(), match.end())
    for match in _some(_MONEY_TRANSFER.finditer(text)) if present(*_CUES["money_transfer"]) else ():
        if _PAY_WORDS.search(text, max(0, match.start() - 80), match.end() + 80):
            holder = _holder_near(text, match.start(), match.end(), used)
            add("money_transfer", holder[0] if holder else match[1], holder[1] if holder else "unknown",
                match.start(), match.end())
    for match in _some(_WALLET.finditer(text)) if present(*_CUES["crypto"], "wallet") else ():
        if _PAY_WORDS.search(text, max(0, match.start() - 120), match.start()):
            add("crypto", match[1], "unknown", match.start(), match.end())
    holders = present("a.n", "a/n", "atas nama", "nombre", "titular", "beneficiario", "account", "pemilik",
                      "rekening", "payable")
    for match in _some(_HOLDER.finditer(text)) if holders else ():
        # "hanya transfer bank BCA a.n. pribadi admin": a holder named without a number
        if match.start() in used:
            continue
        before = folded[max(0, match.start() - 120):match.start()]
        methods = payment_methods(before)
        if "transfer" in methods or re.search(rf"\b(?:{_BANKS})\b", before):
            name = _clean_name(match[1])
            if len(name) >= 3:
                add("transfer", name, _recipient_kind(name), match.start(), match.end())


def payment_instructions(pages: Iterable[tuple[str, str]]) -> list[Instruction]:
    """Payment instructions in ``pages`` (``(url, text)`` pairs), one per recipient and method,
    worst first (to a person before to a company). Never raises; bounded by the page texts."""
    seen: dict[tuple[str, str], Instruction] = {}
    for url, text in pages:
        for item in _page_instructions(text, url):
            seen.setdefault((item.method, _fold(item.recipient)), item)
    rank = {"person": 0, "unknown": 1, "business_name": 2, "company": 3}
    return sorted(seen.values(), key=lambda i: (not i.unprotected_to_person, rank[i.recipient_kind]))
