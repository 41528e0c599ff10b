"""Where to report a scam or a failed purchase, per country, and what each channel asks for.

The names are the channels' own (not translated); what a channel is for and what it asks for
are :class:`~desktop.text.Message` s rendered in the UI language. Countries without a list get
the generic one (police, the bank, the platform, econsumer.gov).

Checked on 2026-12-04 against published descriptions (the official pages where the search
index held them: iasc.ojk.go.id, gob.mx/profeco, incibe.es; otherwise news reports quoting the
agencies): cekrekening.id and aduannomor.id (Kominfo/Komdigi), IASC and Kontak OJK 157,
patrolisiber.id (Polri), PROFECO's 55 5568 8722 / 800 468 8722 and Concilianet, CONDUSEF's
55 5340 0999, banxico.org.mx/cep/ and what it asks, INCIBE's 017, WhatsApp 900 116 117 and
Telegram @INCIBE017. Not checked: policia.es / guardiacivil.es online reporting, the OMIC
entry (no single address: each region and town has its own), econsumer.gov.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.text import N_, Message

__all__ = ["Channel", "channels_for"]


@dataclass(frozen=True)
class Channel:
    """One place to report: its ``name``, ``contact`` (web address, phone), what it is for
    (``purpose``) and what to bring (``asks``)."""

    name: Message | str
    contact: str
    purpose: Message
    asks: Message


_ID = (
    Channel("cekrekening.id", "https://cekrekening.id",
            N_("Complaint", "Report the bank account or e-wallet the money went to, and check whether others reported it."),
            N_("Complaint", "The account number and bank, the amount and date of the transfer, the transfer receipt and screenshots of the chat.")),
    Channel("aduannomor.id", "https://aduannomor.id",
            N_("Complaint", "Report the phone number the seller used for calls, SMS or WhatsApp."),
            N_("Complaint", "The phone number and its operator, screenshots of the messages or recordings of the calls, your identity, and what happened in order.")),
    Channel("IASC (OJK)", "https://iasc.ojk.go.id · Kontak OJK 157",
            N_("Complaint", "Indonesia Anti-Scam Centre: report a transfer quickly so the banks can try to block the money."),
            N_("Complaint", "Your identity card, your account and the receiving account, the transfer receipt and what happened, in order. Report as soon as possible.")),
    Channel("patrolisiber.id", "https://patrolisiber.id",
            N_("Complaint", "The police's cyber crime unit (Bareskrim Polri); you can also report at a police station."),
            N_("Complaint", "Your identity, what happened in order, and all the evidence in this pack.")),
)
_MX = (
    Channel("PROFECO", "https://concilianet.profeco.gob.mx · 55 5568 8722 / 800 468 8722",
            N_("Complaint", "Consumer complaints against a shop or seller (online through Concilianet when the seller takes part in it, otherwise at a consumer office)."),
            N_("Complaint", "Your official ID, the receipt or order confirmation, the seller's name and address, what was promised and what happened.")),
    Channel("CONDUSEF", "https://www.condusef.gob.mx · 55 5340 0999",
            N_("Complaint", "Complaints against your bank or card issuer: unrecognised charges, transfers, refusals to reverse a charge."),
            N_("Complaint", "Your official ID and CURP, your account statement, the date and amount of the payment, and the bank's reply if you already complained.")),
    Channel("Banxico CEP", "https://www.banxico.org.mx/cep/",
            N_("Complaint", "Check that a SPEI transfer really happened and download its electronic payment receipt (CEP)."),
            N_("Complaint", "The date, the tracking key (clave de rastreo) or reference, both banks, the receiving account (CLABE, card or phone number) and the amount.")),
)
_ES = (
    Channel("INCIBE 017", "017 · WhatsApp 900 116 117 · Telegram @INCIBE017 · https://www.incibe.es",
            N_("Complaint", "Free, confidential cybersecurity helpline (8:00 to 23:00 every day): advice on what to do after an online fraud. It does not take police reports."),
            N_("Complaint", "What happened, in order; keep this pack at hand while you call.")),
    Channel("Policía Nacional / Guardia Civil", "https://www.policia.es · https://www.guardiacivil.es",
            N_("Complaint", "File a police report (denuncia); banks often ask for it before returning money."),
            N_("Complaint", "Your ID, what happened in order, the payment receipts and the evidence in this pack.")),
    Channel("Oficina de consumo / OMIC", "",
            N_("Complaint", "The consumer office of your region or town handles complaints against shops."),
            N_("Complaint", "The invoice or order confirmation, the seller's details and your messages with the seller.")),
)
_GENERIC = (
    Channel(N_("Complaint", "Police"), "",
            N_("Complaint", "Report the fraud to the police; many countries have an online form for internet fraud."),
            N_("Complaint", "Your identity, what happened in order, and all the evidence in this pack.")),
    Channel(N_("Complaint", "Your bank or payment service"), "",
            N_("Complaint", "Ask at once whether the payment can be stopped, reversed or charged back."),
            N_("Complaint", "The date and amount of the payment, the receiving account and the receipt.")),
    Channel(N_("Complaint", "The marketplace or platform"), "",
            N_("Complaint", "Report the seller's account to the marketplace or social network where you found it."),
            N_("Complaint", "The seller's profile link, the order number and screenshots of the chat.")),
    Channel("econsumer.gov", "https://www.econsumer.gov",
            N_("Complaint", "International online consumer complaints, shared with consumer agencies of many countries."),
            N_("Complaint", "The seller's details, what you paid and what happened.")),
)
_BY_COUNTRY = {"ID": _ID, "MX": _MX, "ES": _ES}


def channels_for(country: str) -> tuple[Channel, ...]:
    """The channels for an ISO country code (``ID``, ``MX``, ``ES``), else the generic list.
    Never raises."""
    return _BY_COUNTRY.get((country or "").upper(), _GENERIC)
