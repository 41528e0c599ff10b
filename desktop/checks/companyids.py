"""Company and tax identifiers printed on shop pages, validated where a check digit exists.

Schemes: Spanish CIF (companies) and NIF/NIE (people: the usual ID of a sole trader), Mexican RFC,
German USt-IdNr (VAT number, ISO 7064 MOD 11,10), Indonesian NIB (business licence number; 13
digits without a check digit, so only accepted after an ``NIB`` label). Each hit is
``{"type": ..., "value": ..., "valid": bool}``; ``valid`` is True only when the check digit (or,
for NIB, the labelled format) holds. A number that fails its check digit is still reported
(``valid: False``): a fake shop copying a mistyped number is worth knowing about.
"""

from __future__ import annotations

import re
from datetime import date

__all__ = ["find_company_ids", "valid_cif", "valid_nif", "valid_rfc", "valid_ust_id"]

_NIF_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
_CIF_LETTERS = "JABCDEFGHI"
_RFC_CHARS = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"


def valid_nif(value: str) -> bool:
    """Spanish DNI-based NIF (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter)."""
    value = value.upper()
    if re.fullmatch(r"[XYZ]\d{7}[A-Z]", value):
        value = str("XYZ".index(value[0])) + value[1:]
    if not re.fullmatch(r"\d{8}[A-Z]", value):
        return False
    return _NIF_LETTERS[int(value[:8]) % 23] == value[8]


def valid_cif(value: str) -> bool:
    """Spanish CIF: organisation letter, 7 digits, a control digit or letter."""
    value = value.upper()
    if not re.fullmatch(r"[ABCDEFGHJNPQRSUVW]\d{7}[0-9A-J]", value):
        return False
    digits = value[1:8]
    even = sum(int(d) for d in digits[1::2])
    odd = sum(sum(divmod(int(d) * 2, 10)) for d in digits[0::2])
    control = (10 - (even + odd) % 10) % 10
    if value[0] in "PQRSNW":  # must be a letter
        return value[8] == _CIF_LETTERS[control]
    if value[0] in "ABEH":  # must be a digit
        return value[8] == str(control)
    return value[8] in (str(control), _CIF_LETTERS[control])


def valid_rfc(value: str) -> bool:
    """Mexican RFC (12 characters for companies, 13 for people) with its date and check digit."""
    value = value.upper()
    match = re.fullmatch(r"([A-ZÑ&]{3,4})(\d{2})(\d{2})(\d{2})([A-Z\d]{2})([\dA])", value)
    if not match:
        return False
    try:
        date(2000 + int(match[2]), int(match[3]), int(match[4]))
    except ValueError:
        return False
    padded = value if len(value) == 13 else " " + value
    total = sum(_RFC_CHARS.index(c) * (13 - i) for i, c in enumerate(padded[:12]))
    check = 11 - total % 11
    return {11: "0", 10: "A"}.get(check, str(check)) == padded[12]


def valid_ust_id(value: str) -> bool:
    """German USt-IdNr ``DE`` + 9 digits, check digit by ISO 7064 MOD 11,10."""
    value = value.upper().replace(" ", "")
    if not re.fullmatch(r"DE\d{9}", value):
        return False
    digits = [int(c) for c in value[2:]]
    product = 10
    for digit in digits[:8]:
        total = (digit + product) % 10 or 10
        product = (2 * total) % 11
    check = 11 - product
    return (0 if check == 10 else check) == digits[8]


_ES_LABEL = r"(?:CIF|NIF|N\.I\.F\.|C\.I\.F\.|NIE|DNI|VAT|IVA)"
_PATTERNS = (
    ("ES-CIF", re.compile(r"\b([ABCDEFGHJNPQRSUVW])[- ]?(\d{7})[- ]?([0-9A-J])\b"), valid_cif, _ES_LABEL),
    ("ES-NIF", re.compile(r"\b(\d{8})[- ]?([A-Z])\b|\b([XYZ])[- ]?(\d{7})[- ]?([A-Z])\b"), valid_nif, _ES_LABEL),
    ("MX-RFC", re.compile(r"\b([A-ZÑ&]{3,4}\d{6}[A-Z\d]{2}[\dA])\b"), valid_rfc, r"RFC"),
    ("DE-USt-IdNr", re.compile(r"\b(DE ?\d{3} ?\d{3} ?\d{3})\b"), valid_ust_id,
     r"(?:USt|Umsatzsteuer|VAT|UID)"),
)
_NIB = re.compile(r"\bNIB\b[\s:.#-]*(?:No\.?|Nomor)?[\s:.#-]*(\d{13})\b", re.I)


def find_company_ids(text: str, *, require_context: bool = True) -> list[dict]:
    """Identifiers in ``text``.

    With ``require_context`` (page text) a number counts only when its label (CIF, RFC,
    USt-IdNr …) stands within 40 characters before it; ``valid`` then says whether its check
    digit holds. Without it (a schema.org ``vatID`` field) only numbers that validate count.
    """
    found: dict[tuple[str, str], dict] = {}
    for kind, pattern, validator, label in _PATTERNS:
        for match in pattern.finditer(text):
            value = re.sub(r"[- ]", "", match[0]).upper()
            valid = validator(value)
            labelled = re.search(label, text[max(0, match.start() - 40):match.start()], re.I) is not None
            if require_context and not labelled:
                continue  # a bare 9-character code is as likely a SKU as a tax number
            if not require_context and not valid:
                continue
            found.setdefault((kind, value), {"type": kind, "value": value, "valid": valid})
    for match in _NIB.finditer(text):
        found.setdefault(("ID-NIB", match[1]), {"type": "ID-NIB", "value": match[1], "valid": True})
    return list(found.values())
