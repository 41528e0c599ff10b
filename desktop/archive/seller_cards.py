"""Seller cards: one seller and the family's verdict, signed, to send through a chat.

A card is a canonical JSON document (``format`` ``shopsafe-seller-card``) signed with the
sender's Ed25519 member key, exactly as the archive's key files are signed
(:func:`desktop.archive.keys.sign_document`, domain ``shopsafe/v1/seller-card``). It carries the
signer's public keys, so anyone can check that nothing changed since it was signed; whether the
signer is *someone you know* is the receiver's question: :func:`read_card` answers it against the
receiver's own family (the signer's id and key on their roster), and shows the signer's
fingerprint (the one ``shopsafe archive members`` prints) to compare out of band otherwise.

Two forms: a file (the canonical JSON) and a text to paste, ``shopsafe-card:1:<base64url of the
zlib-compressed JSON>``. Nothing secret is in a card: only what the sender chose to share.
"""

from __future__ import annotations

import base64
import binascii
import re
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from desktop.archive import crypto, keys
from desktop.archive.encoding import FormatError, b64d, b64e
from desktop.archive.errors import ArchiveError
from desktop.archive.sellers import IDENTIFIER_KINDS, BankAccount, Seller, SellerBook
from desktop.identity.keys import keys_for
from desktop.text import N_

__all__ = ["CardCheck", "InvalidCard", "TamperedCard", "card_text", "export_card", "import_card",
           "read_card"]

_KIND = "seller-card"
_FIELDS = {"archive", "signer", "signer_name", "x25519", "ed25519", "at", "seller"}
_SELLER_FIELDS = ("name", "phones", "bank_accounts", "domains", "handles", "ewallets", "shops",
                  "verdict", "reason", "marked_by", "marked_at")
_TEXT_PREFIX = "shopsafe-card:1:"
_TEXT = re.compile(r"shopsafe-card:1:([A-Za-z0-9_\-=\s]+)")
MAX_CARD = 64 * 1024


class InvalidCard(ArchiveError, ValueError):
    default_message = N_("Sellers", "This is not a ShopSafe seller card, or it is incomplete.")

    def __init__(self, detail: str = "") -> None:
        super().__init__(self.default_message, detail=detail)


class TamperedCard(InvalidCard):
    default_message = N_("Sellers", "This seller card was changed after it was signed. Do not "
                                    "trust anything it says.")


@dataclass(frozen=True)
class CardCheck:
    """A card whose signature is valid. ``family`` is True when the signer is an active
    member of the receiver's archive with the same key; ``impostor`` when the card claims a
    member's id with another key (never trust it)."""

    seller: dict[str, Any]
    signer: str
    signer_name: str
    fingerprint: str
    signed_at: str
    archive: str
    family: bool
    impostor: bool

    @property
    def verdict(self) -> str:
        return str(self.seller.get("verdict") or "")

    def bank_accounts(self) -> list[BankAccount]:
        return [BankAccount(str(a.get("account", "")), str(a.get("bank", "")),
                            str(a.get("holder", "")))
                for a in self.seller.get("bank_accounts") or () if isinstance(a, dict)]


def export_card(archive: Any, book: SellerBook, seller_id: str) -> bytes:
    """The signed card of ``seller_id`` (canonical JSON bytes), signed by this member.
    Raises ItemNotFound, ArchiveLocked."""
    seller: Seller = book.seller(seller_id)
    identity = archive.identity()
    mark = seller.verdict
    doc = {
        "format": f"shopsafe-{_KIND}", "version": keys.FORMAT_VERSION,
        "archive": archive.archive_id, "signer": identity.member,
        "signer_name": book.member_name(identity.member),
        "x25519": b64e(identity.x25519_public), "ed25519": b64e(identity.ed25519_public),
        "at": datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
        "seller": {
            "name": seller.name, "phones": list(seller.phones),
            "bank_accounts": [a.to_json() for a in seller.bank_accounts],
            "domains": list(seller.domains), "handles": list(seller.handles),
            "ewallets": list(seller.ewallets), "shops": list(seller.shops),
            "verdict": mark.verdict if mark else "", "reason": mark.reason if mark else "",
            "marked_by": mark.by_name if mark else "", "marked_at": mark.at if mark else "",
        },
    }
    return keys.sign_document(doc, _KIND, identity.ed25519_private)


def card_text(card: bytes) -> str:
    """The card as one line of text to paste into a chat."""
    return _TEXT_PREFIX + base64.urlsafe_b64encode(zlib.compress(card, 9)).decode("ascii")


def read_card(data: bytes | str, archive: Any = None) -> CardCheck:
    """Check a card (file bytes, or text holding ``shopsafe-card:1:…`` anywhere in it) and
    say who signed it and whether they are in the receiver's family (``archive``, unlocked;
    None: nobody is). Raises TamperedCard (a signature that does not verify) or InvalidCard."""
    raw = _card_bytes(data)
    try:
        doc, signature = keys.parse_signed(raw, _KIND, _FIELDS)
        public = b64d(doc["ed25519"], 32)
        x25519 = b64d(doc["x25519"], 32)
        seller = doc["seller"]
        if not isinstance(seller, dict) or set(seller) != set(_SELLER_FIELDS):
            raise FormatError("seller fields differ from the card layout")
        signer = keys.check_id(doc["signer"], "member")
    except FormatError as error:
        raise InvalidCard(str(error)) from None
    try:
        keys.check_signature(doc, _KIND, signature, public)
    except crypto.AuthenticationFailed:
        raise TamperedCard() from None
    member = keys.Member(signer, str(doc["signer_name"]), "member", x25519, public)
    family, impostor = _in_family(archive, signer, public)
    return CardCheck(seller, signer, member.name, member.fingerprint, str(doc["at"]),
                     str(doc["archive"]), family, impostor)


def _card_bytes(data: bytes | str) -> bytes:
    if isinstance(data, bytes):
        if data.lstrip().startswith(b"{"):
            return data.strip()[:MAX_CARD + 1]
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError:
            raise InvalidCard("not text") from None
    match = _TEXT.search(data)
    if match is None:
        if data.lstrip().startswith("{"):
            return data.strip().encode("utf-8")
        raise InvalidCard("no card text")
    try:
        packed = base64.urlsafe_b64decode(re.sub(r"\s", "", match.group(1)))
        inflater = zlib.decompressobj()
        raw = inflater.decompress(packed, MAX_CARD + 1)
    except (binascii.Error, ValueError, zlib.error):
        raise TamperedCard() from None  # the text was cut or changed on the way
    if len(raw) > MAX_CARD or not inflater.eof:
        raise InvalidCard("card too large or cut")
    return raw


def _in_family(archive: Any, signer: str, public: bytes) -> tuple[bool, bool]:
    """(signer is an active member with this key, the card claims a member with another key)."""
    if archive is None:
        return False, False
    roster = getattr(archive, "roster", None)
    if roster is not None:
        entry = roster.active(signer)
        known = roster.signing_key(signer)
        return entry is not None and entry.ed25519 == public, \
            known is not None and known != public
    for member, _access in archive.members():
        if member.member == signer:
            return member.ed25519_public == public, member.ed25519_public != public
    return False, False


def import_card(book: SellerBook, card: CardCheck, country: str = "ID",
                translate: Any = None) -> str:
    """Put the card's seller into the book: its identifiers join the seller they match (or a
    new seller), and a verdict on the card becomes this member's mark, its reason saying whose
    card it came from (in the language of ``translate``). Identifiers that match nothing are
    left out. Returns the seller id."""
    given = card.seller
    fields: dict[str, Any] = {}
    for name, kind in IDENTIFIER_KINDS.items():
        values = [str(v) for v in given.get(name) or () if isinstance(v, str)]
        fields[name] = [v for v in values if keys_for(kind, v, country)]
    fields["bank_accounts"] = [a for a in card.bank_accounts()
                               if keys_for("bank", a.account, country)]
    found = book.lookup([k for name, kind in IDENTIFIER_KINDS.items() for v in fields[name]
                         for k in keys_for(kind, v, country)]
                        + [k for a in fields["bank_accounts"]
                           for k in keys_for("bank", a.account, country)], country)
    if found is not None:
        seller_id = found.seller
        book.add_identifiers(seller_id, country, **fields)
    else:
        seller_id = book.add(str(given.get("name") or "?")[:200], country=country, **fields)
    if card.verdict in ("trusted", "unsure", "scam"):
        reason = N_("Sellers", "from {signer}'s card: {reason}").format(
            signer=card.signer_name or card.signer[:8], reason=given.get("reason") or "—")
        book.mark(seller_id, card.verdict, reason.render(translate))
    return seller_id
