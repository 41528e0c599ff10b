"""Phone numbers in E.164, whatever way a buyer wrote them (phonenumbers does the parsing)."""

from __future__ import annotations

import re

import phonenumbers

__all__ = ["MX_OLD_MOBILE", "parse_phone", "phone_from_text"]

# Mexico dropped the "1" after +52 for mobiles in 2019; people still write it.
MX_OLD_MOBILE = re.compile(r"\+52[\s.-]*1[\s.-]*(?=\d)")
_WA_LINK = re.compile(r"(?i)(?:wa\.me/|whatsapp\.com/send/?\?(?:[^\s]*&)?phone=)\+?([\d\s.()-]{6,25})")


def parse_phone(candidate: str, country: str) -> str | None:
    """``candidate`` as an E.164 number if it is a valid phone number (``country`` for national
    forms; Mexico's old "+52 1" mobile prefix accepted), else ``None``."""
    candidate = MX_OLD_MOBILE.sub("+52", candidate)
    try:
        number = phonenumbers.parse(candidate, country or "ID")
    except phonenumbers.NumberParseException:
        return None
    if phonenumbers.is_valid_number(number):
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return None


def phone_from_text(text: str, country: str) -> str | None:
    """One phone number as typed or linked, in E.164, else ``None``.

    Accepts the national form (``0812-3456-7890`` in ``country``), the international form with
    or without its plus (``+62 812…``, ``62812…``: digits that start with a country code and
    are not a valid national number), and WhatsApp links (``wa.me/62812…``,
    ``api.whatsapp.com/send?phone=62812…``). Never raises."""
    text = (text or "").strip()
    if not text or len(text) > 300:
        return None
    link = _WA_LINK.search(text)
    if link:
        return parse_phone("+" + re.sub(r"\D", "", link.group(1)), country)
    found = parse_phone(text, country)
    if found:
        return found
    digits = re.sub(r"[\s.()\-/]", "", text)
    if digits.isdigit() and 8 <= len(digits) <= 15:
        return parse_phone("+" + digits, country)
    return None
