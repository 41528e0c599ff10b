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

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["IRREVERSIBLE", "PROTECTED", "Instruction", "cod_needs_deposit", "payment_instructions",
           "payment_methods"]

PROTECTED = ("cod", "escrow", "card", "paypal", "invoice")
IRREVERSIBLE = ("transfer", "cash_deposit", "p2p", "money_transfer", "crypto", "gift_cards")


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


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
    "money_transfer": re.compile(r"\b(western union|moneygram|ria money transfer|remitly|worldremit|xoom)\b"),
    "crypto": re.compile(rf"{_PAY_CONTEXT}[^.\n]{{0,60}}\b(bitcoin|btc|usdt|tether|crypto|cryptocurrency|"
                         rf"criptomonedas?|kripto|binance pay)\b|\b(bitcoin|usdt|cryptocurrency|criptomonedas?)"
                         rf"\b[^.\n]{{0,40}}{_PAY_CONTEXT}"),
    "gift_cards": re.compile(rf"{_PAY_CONTEXT}[^.\n]{{0,60}}\b(gift ?cards?|itunes cards?|google play cards?|"
                             rf"steam cards?|tarjetas? de regalo|voucher google play|paysafecard)\b"),
}
_NEGATION = re.compile(r"\b(?:tidak|tak|bukan|no|not|nicht|kein|keine|sin|tanpa|never|nunca)\b[^.\n]*$")


def payment_methods(text: str) -> list[str]:
    """Payment method families named in ``text``, in a fixed order; a method named only in a
    negation ("kami tidak menerima COD") is left out. Never raises."""
    folded = _fold(text)
    found = []
    for name, pattern in _METHODS.items():
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
    folded = _fold(text)
    for cod in _METHODS["cod"].finditer(folded):
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
        return {"method": self.method, "recipient": self.recipient, "recipient_kind": self.recipient_kind,
                "text": self.text, "url": self.url}


_BANKS = (r"bca|bri|bni|mandiri|cimb(?: niaga)?|permata|danamon|bsi|btn|jenius|seabank|bank jago|"
          r"bancolombia|davivienda|banco de bogota|bbva|santander|banamex|citibanamex|banorte|hsbc|scotiabank|"
          r"bcp|interbank|banco de credito|bancoestado|banco estado|banco de chile|banco nacion|galicia|macro|"
          r"brou|caixabank|sabadell|bankinter|banco azteca|bancoppel|uala|brubank")
_ACCOUNT_WORDS = (r"no\.?\s?rek(?:ening)?|nomor rekening|norek|rekening|rek\.?|n(?:umero|o\.?|ro\.?|°)?\s?de cuenta|"
                  r"cuenta(?: de ahorros| corriente| bancaria| vista| rut)?|cta\.?|clabe(?: interbancaria)?|cbu|"
                  r"cvu|iban|account(?: number| no\.?)?|acct")
_NUMBER = r"(\d(?:[\d -]{6,30})\d|[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?)"
_ACCOUNT = re.compile(rf"\b(?:{_ACCOUNT_WORDS}|{_BANKS})\b\s*[:.#-]?\s*(?:no\.?|n[°º]|nro\.?)?\s*[:.]?\s*{_NUMBER}",
                      re.I)
_ALIAS = re.compile(r"\balias(?: cbu| cvu)?\s*[:.]?\s*([a-z0-9]+(?:\.[a-z0-9]+){1,3})\b", re.I)
_HOLDER = re.compile(
    r"(?:\ba\.\s?n\.?|\ba/n|\batas nama|\ba nombre de|\btitular(?: de la cuenta)?|\bbeneficiario|"
    r"\baccount (?:name|holder)|\bnombre del titular|\bnama (?:pemilik|rekening)|\bpemilik rekening|"
    r"\brecipient|\bdestinatario|\bpayable to)\s*[:.]?\s*([^\n,;:()\d|]{3,60})",
    re.I,
)
_P2P = re.compile(r"\b(bizum|nequi|daviplata|yape|plin|zelle|sinpe(?: movil)?|dana|ovo|gopay|shopeepay|"
                  r"linkaja)\b([^\n\d.!?]{0,30}?)(\+?\d[\d -]{7,15}\d)", re.I)
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


def _recipient_kind(name: str) -> str:
    if _LEGAL_FORM.search(name):
        return "company"
    if _PERSONAL.search(name):
        return "person"
    if _TRADE.search(name):
        return "business_name"
    words = [w for w in name.split() if w.isalpha()]
    # Two to five words of letters is how people's names look on an account: "Budi Santoso",
    # "María José Pérez Gómez".
    return "person" if 2 <= len(words) <= 5 and len(words) == len(name.split()) else "unknown"


_PARTICLES = frozenset({"de", "del", "la", "las", "los", "da", "do", "dos", "van", "von", "der", "bin", "binti",
                        "di", "e"})


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


def _page_instructions(text: str, url: str) -> list[Instruction]:
    found: list[Instruction] = []
    folded = _fold(text)
    used: set[int] = set()

    def add(method: str, recipient: str, kind: str, start: int, end: int) -> None:
        found.append(Instruction(method, recipient, kind, _snippet(text, start, end), url))

    for match in _ACCOUNT.finditer(text):
        context = folded[max(0, match.start() - 150):match.end() + 60]
        method = "cash_deposit" if _CASH.search(context) else "transfer"
        holder = _holder_near(text, match.start(), match.end(), used)
        number = " ".join(match[1].split())
        if holder:
            add(method, holder[0], holder[1], match.start(), match.end())
        else:
            add(method, number, "unknown", match.start(), match.end())
    for match in _ALIAS.finditer(text):
        holder = _holder_near(text, match.start(), match.end(), used)
        add("transfer", holder[0] if holder else match[1], holder[1] if holder else "unknown",
            match.start(), match.end())
    for match in _P2P.finditer(text):
        if _CONTACT_WORDS.search(match[2]):
            continue
        # a wallet paid by phone number is a person's wallet: no merchant, no checkout
        holder = _holder_near(text, match.start(), match.end(), used)
        add("p2p", holder[0] if holder else " ".join(match[3].split()),
            holder[1] if holder and holder[1] != "unknown" else "person", match.start(), match.end())
    for match in _CASH.finditer(text):
        card = _CARD_NUMBER.search(text, match.end(), min(len(text), match.end() + 120))
        holder = _holder_near(text, match.start(), match.end(), used)
        if card:  # a cash deposit onto a bank card goes to that card's owner
            add("cash_deposit", holder[0] if holder else card[1], holder[1] if holder else "person",
                match.start(), card.end())
        elif holder:
            add("cash_deposit", holder[0], holder[1], match.start(), match.end())
    for match in _MONEY_TRANSFER.finditer(text):
        if _PAY_WORDS.search(text, max(0, match.start() - 80), match.end() + 80):
            holder = _holder_near(text, match.start(), match.end(), used)
            add("money_transfer", holder[0] if holder else match[1], holder[1] if holder else "unknown",
                match.start(), match.end())
    for match in _WALLET.finditer(text):
        if _PAY_WORDS.search(text, max(0, match.start() - 120), match.start()):
            add("crypto", match[1], "unknown", match.start(), match.end())
    for match in _HOLDER.finditer(text):
        # "hanya transfer bank BCA a.n. pribadi admin": a holder named without a number
        if match.start() in used:
            continue
        before = folded[max(0, match.start() - 120):match.start()]
        methods = payment_methods(before)
        if "transfer" in methods or re.search(rf"\b(?:{_BANKS})\b", before):
            name = _clean_name(match[1])
            if len(name) >= 3:
                add("transfer", name, _recipient_kind(name), match.start(), match.end())
    return found


def payment_instructions(pages: Iterable[tuple[str, str]]) -> list[Instruction]:
    """Payment instructions in ``pages`` (``(url, text)`` pairs), one per recipient and method,
    worst first (to a person before to a company). Never raises; bounded by the page texts."""
    seen: dict[tuple[str, str], Instruction] = {}
    for url, text in pages:
        for item in _page_instructions(text, url):
            seen.setdefault((item.method, _fold(item.recipient)), item)
    rank = {"person": 0, "unknown": 1, "business_name": 2, "company": 3}
    return sorted(seen.values(), key=lambda i: (not i.unprotected_to_person, rank[i.recipient_kind]))
