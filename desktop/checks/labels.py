"""Words for the evidence of a finding: translated labels for its keys and for its coded values.

Checks record what they saw as plain JSON values, some of them codes meant for programs
(``"technique": "combosquat"``, ``"reason": "no_rdap"``, ``"kind": "marketplace"``). The JSON
report keeps those codes untouched; everything that *shows* evidence to a person (the Check page,
the HTML/PDF export) goes through :func:`evidence_items`, which gives each known key a translated
label and each known code of that key a translated word. Unknown keys get a readable form of the
key, unknown values are shown as they are: a new check never disappears from the page for
lack of a label. Qt-free.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from desktop.net.errors import plain_reason, plain_verify_reason
from desktop.text import N_, Message, Translate

__all__ = [
    "EVIDENCE_LABELS",
    "HIDDEN_KEYS",
    "PAYMENT_METHODS",
    "RECIPIENT_KINDS",
    "VALUE_LABELS",
    "display_value",
    "evidence_items",
    "evidence_label",
]

EVIDENCE_LABELS: dict[str, Message] = {
    "imitates": N_("Evidence", "Imitates"),
    "technique": N_("Evidence", "Trick used"),
    "how": N_("Evidence", "What differs"),
    "brand": N_("Evidence", "Brand"),
    "marketplace": N_("Evidence", "Marketplace"),
    "kind": N_("Evidence", "Kind"),
    "others": N_("Evidence", "Also similar to"),
    "issuer": N_("Evidence", "Issued by"),
    "not_before": N_("Evidence", "Valid from"),
    "not_after": N_("Evidence", "Valid until"),
    "registered": N_("Evidence", "Registered"),
    "registration": N_("Evidence", "Registered"),
    "created": N_("Evidence", "Registered"),
    "last_changed": N_("Evidence", "Last changed"),
    "expires": N_("Evidence", "Expires"),
    "expiration": N_("Evidence", "Expires"),
    "registrar": N_("Evidence", "Registrar"),
    "age_days": N_("Evidence", "Age in days"),
    "phone": N_("Evidence", "Phone number"),
    "phones": N_("Evidence", "Phone numbers"),
    "bank_account": N_("Evidence", "Bank account"),
    "emails": N_("Evidence", "E-mail addresses"),
    "whatsapp": N_("Evidence", "WhatsApp"),
    "addresses": N_("Evidence", "Addresses"),
    "url": N_("Evidence", "Link"),
    "urls": N_("Evidence", "Links"),
    "path": N_("Evidence", "Path"),
    "host": N_("Evidence", "Host"),
    "ip": N_("Evidence", "IP address"),
    "userinfo": N_("Evidence", "Text before “@”"),
    "unicode": N_("Evidence", "Shown in the browser as"),
    "scripts": N_("Evidence", "Alphabets"),
    "domain": N_("Evidence", "Domain"),
    "tld": N_("Evidence", "Domain ending"),
    "score": N_("Evidence", "Abuse level (1–3)"),
    "shortener": N_("Evidence", "Link shortener"),
    "builder": N_("Evidence", "Site builder"),
    "tls_version": N_("Evidence", "TLS version"),
    "error": N_("Evidence", "Error"),
    "reason": N_("Evidence", "Reason"),
    "company_ids": N_("Evidence", "Company numbers"),
    "social": N_("Evidence", "Social profiles"),
    "privacy": N_("Evidence", "Privacy policy"),
    "returns": N_("Evidence", "Return policy"),
    "terms": N_("Evidence", "Terms and conditions"),
    "shipping": N_("Evidence", "Shipping information"),
    "imprint": N_("Evidence", "Legal notice"),
    "complaints": N_("Evidence", "Complaints book"),
    "statuses": N_("Evidence", "Domain status"),
    "rdap_server": N_("Evidence", "Looked up at"),
    "subject": N_("Evidence", "Issued to"),
    "names": N_("Evidence", "Valid for"),
    "name_count": N_("Evidence", "Names in the certificate"),
    "platform": N_("Evidence", "Platform"),
    "handle": N_("Evidence", "Account"),
    "methods": N_("Evidence", "Methods"),
    "found": N_("Evidence", "Found"),
    "missing": N_("Evidence", "Missing"),
    "unreadable": N_("Evidence", "Could not be read"),
    "type": N_("Evidence", "Type"),
    "value": N_("Evidence", "Value"),
    "valid": N_("Evidence", "Check digits valid"),
    "name": N_("Evidence", "Legal name"),
    "discount": N_("Evidence", "Discount"),
    "max_percent": N_("Evidence", "Largest discount (%)"),
    "claims": N_("Evidence", "Discounts seen (%)"),
    "text": N_("Evidence", "Text"),
    "payment_method": N_("Evidence", "Payment method"),
    "recipient": N_("Evidence", "Paid to"),
    "recipient_kind": N_("Evidence", "Recipient"),
    "advertised": N_("Evidence", "Advertised"),
    "final_url": N_("Evidence", "Ends on"),
    "landed_on": N_("Evidence", "Site the link leads to"),
    "target": N_("Evidence", "Sends you to"),
    "method": N_("Evidence", "How"),
    "redirects": N_("Evidence", "Redirects"),
    "limit": N_("Evidence", "Most characters allowed"),
    "start": N_("Evidence", "Start of the link"),
    "length": N_("Evidence", "Characters pasted"),
    "read_chars": N_("Evidence", "Characters read"),
    "total_chars": N_("Evidence", "Characters in all"),
    "pages": N_("Evidence", "Pages"),
}

_TECHNIQUES: dict[str, Message] = {
    "subdomain": N_("Technique", "brand name in front of another domain"),
    "homoglyph": N_("Technique", "look-alike characters"),
    "combosquat": N_("Technique", "brand name with added words"),
    "separator": N_("Technique", "dots or hyphens moved"),
    "tld-swap": N_("Technique", "different domain ending"),
    "typo": N_("Technique", "typing mistake"),
    "omission": N_("Technique", "letter left out"),
    "insertion": N_("Technique", "letter added"),
    "repetition": N_("Technique", "letter doubled"),
    "transposition": N_("Technique", "letters swapped"),
    "replacement": N_("Technique", "letter replaced"),
    "userinfo": N_("Technique", "fake address before “@”"),
}

_KINDS: dict[str, Message] = {
    "brand": N_("RegistryKind", "brand"),
    "shop": N_("RegistryKind", "shop"),
    "marketplace": N_("RegistryKind", "marketplace"),
    "bank": N_("RegistryKind", "bank"),
    "payment": N_("RegistryKind", "payment provider"),
    "ewallet": N_("RegistryKind", "e-wallet"),
    "courier": N_("RegistryKind", "courier"),
    "government": N_("RegistryKind", "government"),
    "social": N_("RegistryKind", "social network"),
    "service": N_("RegistryKind", "online service"),
}

# Why a check could not run: RDAP and network reasons, and the names of the network errors that
# stand in for a reason when the error carried none.
_REASONS: dict[str, Message] = {
    "no_rdap": N_("Reason", "the registry offers no RDAP service"),
    "not_found": N_("Reason", "the registry has no record of the domain"),
    "http_status": N_("Reason", "the registry answered with an error"),
    "bad_json": N_("Reason", "the registry's answer could not be read"),
    "rdap_error": N_("Reason", "the registry's answer could not be used"),
    "network": N_("Reason", "the registry could not be reached"),
    "no_domain": N_("Reason", "an IP address has no domain registration"),
    "no_registration_date": N_("Reason", "the registry gave no registration date"),
    "check_failed": N_("Reason", "the check failed or ran out of time"),
    "NetworkOffline": N_("Reason", "offline mode is on"),
    "FetchTimeout": N_("Reason", "no answer in time"),
    "TooLarge": N_("Reason", "the answer was too large"),
    "BlockedAddress": N_("Reason", "private or local address"),
    "TooManyRedirects": N_("Reason", "too many redirects"),
    "UnsupportedScheme": N_("Reason", "not an http or https address"),
    "url": N_("Reason", "the whole link is too long"),
    "host": N_("Reason", "the site name is too long"),
    "label": N_("Reason", "a part of the site name is too long"),
    "time": N_("Reason", "reading it took too long"),
    "size": N_("Reason", "it is too large"),
    "broken": N_("Reason", "its markup is broken"),
}

_POLICIES: dict[str, Message] = {
    "privacy": EVIDENCE_LABELS["privacy"],
    "returns": EVIDENCE_LABELS["returns"],
    "terms": EVIDENCE_LABELS["terms"],
    "shipping": EVIDENCE_LABELS["shipping"],
    "imprint": EVIDENCE_LABELS["imprint"],
    "complaints": EVIDENCE_LABELS["complaints"],
}

# Script names as desktop.checks.confusables reports them (Unicode names, upper case).
_SCRIPTS: dict[str, Message] = {
    "LATIN": N_("Script", "Latin"),
    "CYRILLIC": N_("Script", "Cyrillic"),
    "GREEK": N_("Script", "Greek"),
    "ARMENIAN": N_("Script", "Armenian"),
    "ARABIC": N_("Script", "Arabic"),
    "HEBREW": N_("Script", "Hebrew"),
    "CHEROKEE": N_("Script", "Cherokee"),
    "HAN": N_("Script", "Chinese"),
    "HIRAGANA": N_("Script", "Hiragana"),
    "KATAKANA": N_("Script", "Katakana"),
    "HANGUL": N_("Script", "Hangul"),
    "THAI": N_("Script", "Thai"),
}

# A homoglyph's "how" ends in how the look-alike was written: "аpple (unicode)".
_HOW_SUFFIXES: dict[str, Message] = {
    " (unicode)": N_("Technique", "(letters from another alphabet)"),
    " (ascii)": N_("Technique", "(look-alike letters or digits)"),
}

#: The payment method families desktop.checks.signals recognises, in words.
PAYMENT_METHODS: dict[str, Message] = {
    "transfer": N_("PaymentMethod", "bank transfer"),
    "cod": N_("PaymentMethod", "cash on delivery"),
    "escrow": N_("PaymentMethod", "escrow"),
    "card": N_("PaymentMethod", "card"),
    "paypal": N_("PaymentMethod", "PayPal"),
    "invoice": N_("PaymentMethod", "pay later"),
    "e_wallet": N_("PaymentMethod", "e-wallet"),
    "crypto": N_("PaymentMethod", "cryptocurrency"),
    "gift_cards": N_("PaymentMethod", "gift cards"),
    "cash_deposit": N_("PaymentMethod", "cash deposit"),
    "p2p": N_("PaymentMethod", "payment to a phone number"),
    "money_transfer": N_("PaymentMethod", "money-transfer service"),
}

#: Who a payment instruction sends the money to (desktop.checks.payment), in words.
RECIPIENT_KINDS: dict[str, Message] = {
    "person": N_("Recipient", "a private person"),
    "company": N_("Recipient", "a company"),
    "business_name": N_("Recipient", "a trade name without a company form"),
    "unknown": N_("Recipient", "holder not named"),
}

# RDAP domain status values (RFC 8056), as a buyer would say them. "client" locks are set by the
# registrar, "server" locks by the registry; for a buyer both mean the same.
_TRANSFER_LOCK = N_("DomainStatus", "transfer locked")
_UPDATE_LOCK = N_("DomainStatus", "changes locked")
_DELETE_LOCK = N_("DomainStatus", "deletion locked")
_RENEW_LOCK = N_("DomainStatus", "renewal locked")
_HOLD = N_("DomainStatus", "suspended (not reachable)")
_DOMAIN_STATUSES: dict[str, Message] = {
    "active": N_("DomainStatus", "active"),
    "inactive": N_("DomainStatus", "inactive"),
    "ok": N_("DomainStatus", "active"),
    "client transfer prohibited": _TRANSFER_LOCK,
    "server transfer prohibited": _TRANSFER_LOCK,
    "client update prohibited": _UPDATE_LOCK,
    "server update prohibited": _UPDATE_LOCK,
    "client delete prohibited": _DELETE_LOCK,
    "server delete prohibited": _DELETE_LOCK,
    "client renew prohibited": _RENEW_LOCK,
    "server renew prohibited": _RENEW_LOCK,
    "client hold": _HOLD,
    "server hold": _HOLD,
    "pending delete": N_("DomainStatus", "about to be deleted"),
    "redemption period": N_("DomainStatus", "expired, can still be restored"),
    "pending transfer": N_("DomainStatus", "being moved to another registrar"),
    "add period": N_("DomainStatus", "registered in the last few days"),
    "auto renew period": N_("DomainStatus", "just renewed"),
    "renew period": N_("DomainStatus", "just renewed"),
    "transfer period": N_("DomainStatus", "just moved to another registrar"),
}

# What a seller's message or picture showed (desktop.checks.message, desktop.checks.image).
EVIDENCE_LABELS.update({
    "phrase": N_("Evidence", "Words in the message"),
    "holder": N_("Evidence", "Account holder"),
    "claimed": N_("Evidence", "Bank named"),
    "actual": N_("Evidence", "Bank of the number"),
    "merchant_name": N_("Evidence", "Paid to (QR code)"),
    "city": N_("Evidence", "City"),
    "country": N_("Evidence", "Country"),
    "nmid": N_("Evidence", "Merchant id (NMID)"),
    "amount": N_("Evidence", "Amount"),
    "currency": N_("Evidence", "Currency"),
    "link": N_("Evidence", "Link"),
    "seller": N_("Evidence", "Seller named"),
    # the family's seller book (desktop/checks/family.py)
    "marked_by": N_("Evidence", "Marked by"),
    "marked_on": N_("Evidence", "Marked on"),
    "family_reason": N_("Evidence", "Why"),
    "matched": N_("Evidence", "Recognised by"),
})

#: Evidence kept in the JSON report for programs and auditors but not shown to people: the
#: bibliographic note of the bundled TLD table (and the advisory a message rule comes from) is
#: long, English and says nothing about the shop; the OCR engine's figures are for the log;
#: "incomplete" and "check" are flags for the verdict and for programs.
HIDDEN_KEYS = frozenset({"source", "incomplete", "check", "language", "engine", "languages",
                         "seconds", "characters", "crc_ok", "scheme"})

#: Known coded values per evidence key (a value is looked up under the key it appears with).
VALUE_LABELS: dict[str, Mapping[str, Message]] = {
    "technique": _TECHNIQUES,
    "kind": _KINDS,
    "reason": _REASONS,
    "missing": _POLICIES,
    "unreadable": _POLICIES,
    "scripts": _SCRIPTS,
    "methods": PAYMENT_METHODS,
    "payment_method": PAYMENT_METHODS,
    "method": {"meta": N_("Evidence", "refresh tag"), "script": N_("Evidence", "script")},
    "advertised": PAYMENT_METHODS,
    "recipient_kind": RECIPIENT_KINDS,
    "statuses": _DOMAIN_STATUSES,
}


def evidence_label(key: str, translate: Translate | None = None) -> str:
    """The translated label of an evidence key; an unknown key in readable form
    (``"name_count"`` -> ``"Name count"``). Never raises."""
    label = EVIDENCE_LABELS.get(key)
    return label.render(translate) if label else str(key).replace("_", " ").capitalize()


def display_value(key: str, value: Any, translate: Translate | None = None) -> Any:
    """``value`` with the known codes of ``key`` replaced by translated words (also inside a
    list); anything else is returned unchanged, so unknown codes show as they are."""
    if key == "how" and isinstance(value, str):
        for suffix, words in _HOW_SUFFIXES.items():
            if value.endswith(suffix):
                return f"{value[: -len(suffix)]} {words.render(translate)}"
        return value
    if key in ("reason", "error") and isinstance(value, str) and value not in _REASONS:
        # A library's own words (an errno string, OpenSSL's verify text): say it plainly.
        plain = plain_verify_reason(value) if key == "error" else plain_reason(value)
        return plain.render(translate)
    codes = VALUE_LABELS.get(key)
    if not codes:
        return value
    if isinstance(value, str):
        word = codes.get(value)
        if word is None and key == "statuses":  # EPP spelling: "clientTransferProhibited"
            word = codes.get(re.sub(r"(?<=[a-z])(?=[A-Z])", " ", value).lower())
        return word.render(translate) if word else value
    if isinstance(value, (list, tuple)):
        return [display_value(key, item, translate) for item in value]
    return value


def evidence_items(
    evidence: Mapping[str, Any], translate: Translate | None = None
) -> list[tuple[str, Any]]:
    """``(label, value)`` pairs for display, in the evidence's order: known keys get translated
    labels, known coded values translated words; empty values and :data:`HIDDEN_KEYS` are left
    out. Nested mappings are returned as they are (callers that render them call this again
    on them)."""
    items = []
    for key, value in evidence.items():
        if value in (None, "", [], {}) or key in HIDDEN_KEYS:
            continue
        items.append((evidence_label(key, translate), display_value(key, value, translate)))
    return items
