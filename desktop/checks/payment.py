"""How a shop asks to be paid: what it advertises and what it instructs (no Qt).

Two readings of the shop's pages (home, how-to-order, payment, payment-confirmation and FAQ
pages, see :data:`desktop.checks.crawl.INSTRUCTION_KINDS`); this module holds the first and the
families, :mod:`desktop.checks.payinstructions` the second:

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

__all__ = ["IRREVERSIBLE", "MAX_TEXT", "METHOD_CUES", "PROTECTED", "cod_needs_deposit", "fold_text",
           "payment_methods"]

PROTECTED = ("cod", "escrow", "card", "paypal", "invoice")
IRREVERSIBLE = ("transfer", "cash_deposit", "p2p", "money_transfer", "crypto", "gift_cards")
# Pages are attacker-controlled: read at most this much text of each (payment instructions fit
# in a few kilobytes), so a hostile page costs milliseconds, not seconds.
MAX_TEXT = 200_000


_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold_text(text: str) -> str:
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


#: Words (folded) one of which occurs wherever a family is named: a cheap test before a family's
#: slower pattern scans a whole page.
METHOD_CUES: dict[str, tuple[str, ...]] = {
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
    folded = fold_text(text[:MAX_TEXT * 3])
    found = []
    for name, pattern in _METHODS.items():
        if not any(cue in folded for cue in METHOD_CUES[name]):
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
    folded = fold_text(text[:MAX_TEXT * 3])
    for cod in itertools.islice(_METHODS["cod"].finditer(folded), 40):
        window = folded[max(0, cod.start() - 120):cod.end() + 120]
        deposit = _COD_DEPOSIT.search(window)
        if deposit:
            return " ".join(window[max(0, deposit.start() - 60):deposit.end() + 40].split())
    return None
