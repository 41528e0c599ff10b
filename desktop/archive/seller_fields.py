"""A seller's identifiers as typed and as stored: validation, normalisation, bank accounts.

What the seller book (:mod:`desktop.archive.sellers`) writes into a ``seller`` item: phone
numbers (and wallets that are phone numbers) in E.164, the rest as typed once they match a key
(:mod:`desktop.identity.keys`); bank accounts with their bank and holder kept apart. Qt-free.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from desktop.archive.errors import ArchiveError
from desktop.identity.keys import Key, keys_for
from desktop.identity.phones import phone_from_text
from desktop.text import N_

__all__ = ["IDENTIFIER_KINDS", "BankAccount", "InvalidIdentifier", "identifier_fields",
           "identifier_keys", "parse_bank_account", "value_keys"]

# Identifier fields of a seller → the key kind they are matched as.
IDENTIFIER_KINDS = {"phones": "phone", "domains": "domain", "handles": "handle",
                    "ewallets": "ewallet", "shops": "shop"}


class InvalidIdentifier(ArchiveError, ValueError):
    default_message = N_("Sellers", "“{text}” is not a valid {kind}.")

    def __init__(self, kind: str, text: str) -> None:
        super().__init__(self.default_message.format(text=text[:80], kind=_KIND_NAMES[kind]),
                         kind=kind, text=text)


_KIND_NAMES = {"phone": N_("Sellers", "phone number"), "bank": N_("Sellers", "bank account"),
               "domain": N_("Sellers", "web address"), "handle": N_("Sellers", "social handle"),
               "ewallet": N_("Sellers", "e-wallet id"), "shop": N_("Sellers", "shop link"),
               "verdict": N_("Sellers", "verdict (trusted, unsure or scam)")}


@dataclass(frozen=True)
class BankAccount:
    """An account number as written, with its bank and holder's name (either may be "")."""

    account: str
    bank: str = ""
    holder: str = ""

    def to_json(self) -> dict[str, str]:
        return {"account": self.account, "bank": self.bank, "holder": self.holder}


_ACCOUNT_TEXT = re.compile(
    r"^(?P<bank>.*?)[\s:,]*(?P<account>\d[\d .\-/]*\d)\s*"
    r"(?:(?:a\.?\s?n\.?|atas\s+nama|titular|a\s+nombre\s+de|holder|name|[,/:(-])\s*"
    r"(?P<holder>[^\d]+?))?\s*\)?$", re.IGNORECASE)
_IBAN_TEXT = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![A-Za-z0-9])")
_HOLDER_WORDS = re.compile(r"^\s*(?:a\.?\s?n\.?|atas\s+nama|titular|a\s+nombre\s+de|holder|name)?\s*[:,(-]?",
                           re.IGNORECASE)


def parse_bank_account(text: str) -> BankAccount:
    """``BCA 123 456 7890 a.n. Budi Santoso`` → BankAccount("123 456 7890", "BCA", "Budi
    Santoso"); bank and holder are optional, an IBAN is kept whole. Raises InvalidIdentifier
    when no account number is in ``text``."""
    text = " ".join((text or "").split())
    iban = _IBAN_TEXT.search(text)
    if iban is not None:  # "BBVA ES91 2100 0418 4502 0005 1332 titular Juan Pérez"
        holder = _HOLDER_WORDS.sub("", text[iban.end():]).strip(" .:,-()")
        return BankAccount(iban.group(0), text[:iban.start()].strip(" :,-"), holder)
    match = _ACCOUNT_TEXT.match(text)
    if not match or not keys_for("bank", match.group("account"), "ID"):
        raise InvalidIdentifier("bank", text)
    return BankAccount(match.group("account"), match.group("bank").strip(" :,-"),
                       (match.group("holder") or "").strip(" .:,-"))


# Phones (and phone-number wallets) are stored in E.164 once validated: indexing them again
# needs no phone-number parsing, which would cost most of the index build.
_STORED_PHONE = re.compile(r"^[^\d+]*(\+[1-9]\d{6,14})$")


def identifier_keys(kind: str, text: str, country: str) -> list[Key]:
    """The keys of one stored identifier (stored E.164 phones are not parsed again)."""
    stored = _STORED_PHONE.match(text) if kind in ("phone", "ewallet") else None
    if stored is not None:
        return [Key("phone", stored.group(1))]
    return keys_for(kind, text, country)


def value_keys(field: str, value: Any, country: str) -> list[Key]:
    """The keys of one value of a seller field (an account as its ``to_json`` dict)."""
    if field == "bank_accounts":
        return keys_for("bank", str(value.get("account", "")), country)
    return keys_for(IDENTIFIER_KINDS[field], str(value), country)


def identifier_fields(country: str, **given: Iterable[Any]) -> dict[str, Any]:
    """Validated, normalised identifier lists (phones in E.164); InvalidIdentifier else."""
    fields: dict[str, Any] = {}
    for name, values in given.items():
        if name == "bank_accounts":
            accounts = []
            for account in values:
                if isinstance(account, str):
                    account = BankAccount(account)
                if not keys_for("bank", account.account, country):
                    raise InvalidIdentifier("bank", account.account)
                accounts.append(BankAccount(account.account.strip(), account.bank.strip(),
                                            account.holder.strip()).to_json())
            fields[name] = accounts
            continue
        if name not in IDENTIFIER_KINDS:
            raise ValueError(f"not a seller field: {name}")
        kind = IDENTIFIER_KINDS[name]
        cleaned = []
        for text in values:
            text = str(text).strip()
            if not text:
                continue
            if not keys_for(kind, text, country):
                raise InvalidIdentifier(kind, text)
            if kind == "phone":
                text = phone_from_text(text, country) or text
            elif kind == "ewallet" and keys_for(kind, text, country)[0].kind == "phone":
                # "DANA 0812…": keep the wallet's name, the number in E.164 (country-free)
                prefix = re.match(r"^[^\d+]*", text).group(0).strip(" :")  # type: ignore[union-attr]
                text = f"{prefix} {keys_for(kind, text, country)[0].value}".strip()
            elif kind == "handle" and "/" not in text:
                text = "@" + text.lstrip("@")
            cleaned.append(text)
        fields[name] = list(dict.fromkeys(cleaned))
    return fields
