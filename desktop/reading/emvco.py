"""EMVCo merchant-presented QR payloads: QRIS (Indonesia), Mercado Pago and other national QRs.

The payload is a list of ``ID(2 digits) LENGTH(2 digits) VALUE`` fields (EMV QRCPS Merchant-
Presented Mode). What a buyer needs from it: who receives the money (tag 59, merchant name) and
where (60, city; 58, country), the amount if the QR carries one (54) and its currency (53, ISO 4217
numeric), the QRIS national merchant id (NMID, sub-field 02 of the QRIS template in tag 51), and
whether the payload is intact: tag 63 is a CRC-16/CCITT-FALSE over everything before its value
(tag and length ``6304`` included).
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["EmvcoPayload", "crc16_ccitt", "parse_emvco"]

_CURRENCIES = {"360": "IDR", "484": "MXN", "032": "ARS", "170": "COP", "152": "CLP",
               "604": "PEN", "986": "BRL", "458": "MYR", "764": "THB", "608": "PHP",
               "704": "VND", "702": "SGD", "840": "USD", "978": "EUR"}


@dataclass(frozen=True)
class EmvcoPayload:
    """A parsed payload. ``crc_ok`` is False when the checksum is missing or wrong.

    ``accounts`` maps the merchant-account tags (02–51) to the globally unique id of their
    scheme (sub-field 00, e.g. ``ID.CO.QRIS.WWW``, ``COM.MERCADOLIBRE``) or the raw value.
    """

    fields: dict[str, str]
    merchant_name: str | None
    merchant_city: str | None
    country: str | None
    amount: str | None
    currency: str | None
    nmid: str | None
    dynamic: bool
    crc_ok: bool
    accounts: dict[str, str] = field(default_factory=dict)

    @property
    def scheme(self) -> str | None:
        """The first scheme id found: ``ID.CO.QRIS.WWW`` for QRIS."""
        return next(iter(self.accounts.values()), None)

    @property
    def is_qris(self) -> bool:
        return any("QRIS" in value.upper() for value in self.accounts.values())


def crc16_ccitt(data: bytes) -> int:
    """CRC-16/CCITT-FALSE (polynomial 0x1021, initial 0xFFFF), as EMVCo specifies."""
    crc = 0xFFFF
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else crc << 1
            crc &= 0xFFFF
    return crc


def _tlv(text: str) -> dict[str, str] | None:
    fields: dict[str, str] = {}
    position = 0
    while position < len(text):
        head = text[position:position + 4]
        if len(head) < 4 or not head.isdigit():
            return None
        tag, length = head[:2], int(head[2:])
        value = text[position + 4:position + 4 + length]
        if len(value) != length:
            return None
        fields[tag] = value
        position += 4 + length
    return fields


def parse_emvco(text: str) -> EmvcoPayload | None:
    """The payload in ``text``, or ``None`` when ``text`` is not an EMVCo merchant QR (a plain
    link, a vCard, garbage). Never raises."""
    if not isinstance(text, str) or not text.startswith("000201") or len(text) > 2048:
        return None
    fields = _tlv(text)
    if fields is None or "59" not in fields and "63" not in fields:
        return None
    crc_ok = False
    marker = text.rfind("6304")
    if "63" in fields and marker >= 0 and marker + 8 == len(text):
        expected = crc16_ccitt(text[:marker + 4].encode("utf-8"))
        crc_ok = f"{expected:04X}" == fields["63"].upper()
    accounts: dict[str, str] = {}
    nmid = None
    for tag in sorted(fields):
        if 2 <= int(tag) <= 51:
            inner = _tlv(fields[tag]) if int(tag) >= 26 else None
            accounts[tag] = (inner or {}).get("00", fields[tag])
            if inner and "QRIS" in inner.get("00", "").upper() and inner.get("02"):
                nmid = inner["02"]
    return EmvcoPayload(
        fields=fields,
        merchant_name=(fields.get("59") or "").strip() or None,
        merchant_city=(fields.get("60") or "").strip() or None,
        country=fields.get("58"),
        amount=fields.get("54"),
        currency=_CURRENCIES.get(fields.get("53", ""), fields.get("53")),
        nmid=nmid,
        dynamic=fields.get("01") == "12",
        crc_ok=crc_ok,
        accounts=accounts,
    )
