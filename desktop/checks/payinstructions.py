"""Payment instructions on a shop's pages: where the money goes, and to whom (no Qt).

A passage is an instruction when it names a recipient — a bank account, CLABE or CBU alias with
its holder ("transfer ke BCA 1234567890 a.n. Budi Santoso"), an OXXO deposit to a card number,
a Bizum / Nequi / Yape / GoPay payment to a phone number, a money-transfer service, a crypto
wallet. That is what separates it from a footer's list of logos
(:func:`desktop.checks.payment.payment_methods`). The recipient is classified as a private
person, a company (a legal form: PT, CV, S.A.S., S.L., E.I.R.L. …), a trade name or unknown: a
payment to a private person is never buyer protection. Pure functions over text; bounded on
hostile pages (:data:`MAX_PER_PAGE`, :data:`~desktop.checks.payment.MAX_TEXT`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from desktop.checks.payment import IRREVERSIBLE, MAX_TEXT, METHOD_CUES, fold_text, payment_methods

__all__ = ["MAX_PER_PAGE", "Instruction", "payment_instructions"]

MAX_PER_PAGE = 40  # instructions kept per page
_MAX_MATCHES = 200  # per pattern and page: no honest page prints hundreds of accounts


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
_CARD_WORD = re.compile(r"\b(?:tarjeta|card|kartu|d[eé]bito|cuenta)\b", re.I)
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
    folded = fold_text(text)
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
    for match in _some(_P2P.finditer(text)) if present(*METHOD_CUES["e_wallet"], "zelle", "sinpe", "dana") else ():
        if _CONTACT_WORDS.search(match[2]):
            continue
        # a wallet paid by phone number is a person's wallet: no merchant, no checkout
        holder = _holder_near(text, match.start(), match.end(), used)
        add("p2p", holder[0] if holder else " ".join(match[3].split()),
            holder[1] if holder and holder[1] != "unknown" else "person", match.start(), match.end())
    for match in _some(_CASH.finditer(text)) if present(*METHOD_CUES["cash_deposit"], "agente bcp") else ():
        card = _CARD_NUMBER.search(text, match.end(), min(len(text), match.end() + 120))
        if card and not _CARD_WORD.search(text, match.end(), card.start()):
            card = None  # "paga en OXXO con la referencia 1234 …": a merchant's voucher, not a card
        holder = _holder_near(text, match.start(), match.end(), used)
        if card:  # a cash deposit onto a bank card goes to that card's owner
            add("cash_deposit", holder[0] if holder else card[1], holder[1] if holder else "person",
                match.start(), card.end())
        elif holder:
            add("cash_deposit", holder[0], holder[1], match.start(), match.end())
    for match in _some(_MONEY_TRANSFER.finditer(text)) if present(*METHOD_CUES["money_transfer"]) else ():
        if _PAY_WORDS.search(text, max(0, match.start() - 80), match.end() + 80):
            holder = _holder_near(text, match.start(), match.end(), used)
            add("money_transfer", holder[0] if holder else match[1], holder[1] if holder else "unknown",
                match.start(), match.end())
    for match in _some(_WALLET.finditer(text)) if present(*METHOD_CUES["crypto"], "wallet") else ():
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
            seen.setdefault((item.method, fold_text(item.recipient)), item)
    rank = {"person": 0, "unknown": 1, "business_name": 2, "company": 3}
    return sorted(seen.values(), key=lambda i: (not i.unprotected_to_person, rank[i.recipient_kind]))
