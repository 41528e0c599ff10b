"""The family's seller book: sellers, their identifiers and the family's verdict on them.

::

    book = session.sellers                      # a SellerBook over the unlocked archive
    toko = book.add("Toko Maju", phones=["0812-3456-7890"], domains=["tokomaju.com"],
                    bank_accounts=[BankAccount("123 456 7890", "BCA", "Budi")], country="ID")
    book.mark(toko, "scam", "took the money, never shipped")
    book.lookup(link_keys("https://www.tokomaju.com/p/1"))   # SellerMatch(verdict="scam", by="Ibu", …)
    book.marks(toko)                            # every mark, oldest first, with who and when
    book.recent_marks(since="2026-12-01T00:00:00Z", exclude="<my member id>")
    book.merge(keep=toko, drop=duplicate)       # one signed record moves everything to ``keep``

A seller is an item of type ``seller`` (records.ITEM_TYPES). Each field is last-writer-wins
across PCs like an order's. A verdict is a write of the ``verdict`` field, so every mark is its
own signed record with its author (member id) and time, and the field's history is the mark
history (concurrent marks on two PCs are flagged for review like any concurrent edit). Phones
and wallets that are phone numbers are stored in E.164 (the country of the one who typed them
decides a national number); links, handles and accounts as typed. Lookups go through a
:class:`~desktop.identity.index.SellerIndex` rebuilt only when the archive changed.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.archive.errors import ArchiveError, ItemNotFound
from desktop.archive.merge import Item, op_sort_key
from desktop.identity.index import SellerIndex
from desktop.identity.keys import Key, keys_for
from desktop.identity.match import VERDICTS, SellerMatch
from desktop.identity.phones import phone_from_text
from desktop.text import N_

__all__ = ["IDENTIFIER_KINDS", "VERDICTS", "VERDICT_LABELS", "BankAccount", "InvalidIdentifier", "Mark", "Seller",
           "SellerBook", "SellerNotFound", "parse_bank_account"]

#: Identifier fields of a seller → the key kind they are matched as.
IDENTIFIER_KINDS = {"phones": "phone", "domains": "domain", "handles": "handle",
                    "ewallets": "ewallet", "shops": "shop"}
_SEVERITY = {"scam": 3, "unsure": 2, "trusted": 1, "": 0}
#: How each verdict is named to a person.
VERDICT_LABELS = {"trusted": N_("Sellers", "trusted"), "unsure": N_("Sellers", "unsure"),
                  "scam": N_("Sellers", "scam")}


class InvalidIdentifier(ArchiveError, ValueError):
    default_message = N_("Sellers", "“{text}” is not a valid {kind}.")

    def __init__(self, kind: str, text: str) -> None:
        super().__init__(self.default_message.format(text=text[:80], kind=_KIND_NAMES[kind]),
                         kind=kind, text=text)


class SellerNotFound(ArchiveError):
    default_message = N_("Sellers", "No seller called “{name}” is in the seller book.")

    def __init__(self, name: str) -> None:
        super().__init__(self.default_message.format(name=name), name=name)


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


@dataclass(frozen=True)
class Mark:
    """One verdict a member gave a seller: ``by`` is the member id, ``by_name`` their name."""

    seller: str
    verdict: str
    reason: str
    by: str
    by_name: str
    at: str
    op_id: str = ""  # the write's operation id: orders marks causally (Lamport clock)

    @property
    def order(self) -> tuple[int, str, str, int]:
        return op_sort_key(self.op_id) if self.op_id else (0, "", "", 0)


@dataclass(frozen=True)
class Seller:
    """One seller as the book shows it. Immutable snapshot. ``verdict`` is the newest mark
    (also over sellers merged into this one) or None; ``merged_into`` names the seller a merged
    duplicate now lives in."""

    id: str
    name: str
    phones: tuple[str, ...]
    bank_accounts: tuple[BankAccount, ...]
    domains: tuple[str, ...]
    handles: tuple[str, ...]
    ewallets: tuple[str, ...]
    shops: tuple[str, ...]
    notes: str
    orders: tuple[str, ...]
    reports: tuple[str, ...]
    verdict: Mark | None
    merged_from: tuple[str, ...]
    merged_into: str
    needs_review: bool
    created: str
    updated: str

    def identifiers(self) -> list[tuple[str, str]]:
        """(key kind, text) of every identifier, accounts included."""
        found = [(kind, value) for name, kind in IDENTIFIER_KINDS.items()
                 for value in getattr(self, name)]
        return found + [("bank", a.account) for a in self.bank_accounts]


class SellerBook:
    """The seller book of one unlocked archive (``archive``: the store,
    :class:`desktop.archive.store.Archive`, which this module may not import: it sits below).
    Thread-safe (the index is built under a lock)."""

    def __init__(self, archive: Any,
                 touch: Callable[[str, str], None] | None = None) -> None:
        self._archive = archive
        self._touch = touch or (lambda kind, item: None)
        self._lock = threading.Lock()
        self._index: tuple[int, str, SellerIndex] | None = None
        self._names: dict[str, str] = {}

    # -- reading -------------------------------------------------------------------------------

    def sellers(self, include_merged: bool = False) -> list[Seller]:
        """Every seller, by name (merged duplicates only with ``include_merged``)."""
        found = [self._seller(i) for i in self._archive.items("seller")]
        if not include_merged:
            found = [s for s in found if not s.merged_into]
        return sorted(found, key=lambda s: (s.name.casefold(), s.id))

    def seller(self, seller_id: str) -> Seller:
        """Raises ItemNotFound (also for an id that is no seller)."""
        return self._seller(self._item(seller_id))

    def find(self, name_or_id: str) -> list[Seller]:
        """The seller with this id, else those with this name (case ignored); a merged
        duplicate's id leads to the seller it was merged into."""
        try:
            seller = self.seller(name_or_id)
            return [self.seller(seller.merged_into) if seller.merged_into else seller]
        except ItemNotFound:
            folded = name_or_id.strip().casefold()
            return [s for s in self.sellers() if s.name.casefold() == folded]

    def marks(self, seller_id: str) -> list[Mark]:
        """Every verdict given to the seller and to duplicates merged into it, oldest first."""
        seller = self._item(seller_id)
        marks = self._own_marks(seller)
        for other in seller.fields.get("merged_from") or ():
            try:
                marks += self._own_marks(self._item(str(other)))
            except ItemNotFound:
                continue  # not synced here yet
        return sorted(marks, key=lambda m: m.order)

    def recent_marks(self, since: str = "", exclude: str = "",
                     verdicts: Sequence[str] = VERDICTS) -> list[Mark]:
        """Marks written after the ISO time ``since`` by anyone but member ``exclude``, newest
        first (what to tell a member who unlocks: "Ibu marked Toko X as a scam yesterday")."""
        found = [m for item in self._archive.items("seller") for m in self._own_marks(item)
                 if m.at > since and m.by != exclude and m.verdict in verdicts]
        return sorted(found, key=lambda m: m.order, reverse=True)

    def index(self, country: str = "ID") -> SellerIndex:
        """The key index of every seller (merged duplicates included: they point to theirs),
        rebuilt only when the archive changed since the last call."""
        with self._lock:
            revision = self._archive.revision
            if self._index is None or self._index[:2] != (revision, country):
                self._index = (revision, country, SellerIndex.build(
                    (s.id, _keys(s, country)) for s in self.sellers(include_merged=True)))
            return self._index[2]

    def lookup(self, keys: Iterable[Key], country: str = "ID") -> SellerMatch | None:
        """The most serious match for ``keys`` (scam, then unsure, trusted, unmarked; the
        newest mark first among equals), as a SellerMatch, else None. Never raises for keys."""
        best: tuple[tuple[int, Any], SellerMatch] | None = None
        for seller_id, key in self.index(country).lookup(keys):
            seller = self.seller(seller_id)
            if seller.merged_into:
                try:
                    seller = self.seller(seller.merged_into)
                except ItemNotFound:
                    pass
            mark = seller.verdict
            match = SellerMatch(seller.id, seller.name, mark.verdict if mark else "",
                                mark.by_name if mark else "", mark.by if mark else "",
                                mark.at if mark else "", mark.reason if mark else "", key)
            rank = (_SEVERITY[match.verdict], mark.order if mark else (0, "", "", 0))
            if best is None or rank > best[0]:
                best = (rank, match)
        return best[1] if best else None

    # -- writing -------------------------------------------------------------------------------

    def add(self, name: str, *, phones: Iterable[str] = (), domains: Iterable[str] = (),
            handles: Iterable[str] = (), ewallets: Iterable[str] = (), shops: Iterable[str] = (),
            bank_accounts: Iterable[BankAccount] = (), notes: str = "",
            country: str = "ID") -> str:
        """A new seller; returns its id. Raises InvalidIdentifier for an identifier that
        matches nothing (a phone number that is none, a bank account without digits…) and
        ValueError for an empty name; nothing is written then."""
        name = name.strip()
        if not name:
            raise ValueError("a seller needs a name")
        fields = _identifier_fields(country, phones=phones, domains=domains, handles=handles,
                                    ewallets=ewallets, shops=shops, bank_accounts=bank_accounts)
        seller_id = self._archive.put("seller", name=name, notes=notes, **fields)
        self._touch("seller", seller_id)
        return seller_id

    def update(self, seller_id: str, *, name: str | None = None, notes: str | None = None,
               country: str = "ID", **identifiers: Iterable[Any]) -> None:
        """Replace the given fields (identifier lists are replaced whole: pass the full list).
        Raises ItemNotFound, InvalidIdentifier, ValueError (empty name, unknown field)."""
        self._item(seller_id)
        fields: dict[str, Any] = _identifier_fields(country, **identifiers)
        if name is not None:
            if not name.strip():
                raise ValueError("a seller needs a name")
            fields["name"] = name.strip()
        if notes is not None:
            fields["notes"] = notes
        if fields:
            self._archive.put("seller", seller_id, **fields)
            self._touch("seller", seller_id)

    def add_identifiers(self, seller_id: str, country: str = "ID",
                        **identifiers: Iterable[Any]) -> None:
        """Add identifiers to those the seller has (repeats ignored, by their keys)."""
        seller = self.seller(seller_id)
        new = _identifier_fields(country, **identifiers)
        fields: dict[str, Any] = {}
        for name, values in new.items():
            current = [a.to_json() for a in seller.bank_accounts] if name == "bank_accounts" \
                else list(getattr(seller, name))
            have = {k for v in current for k in _value_keys(name, v, country)}
            extra = [v for v in values if not set(_value_keys(name, v, country)) <= have]
            if extra:
                fields[name] = current + extra
        if fields:
            self._archive.put("seller", seller_id, **fields)
            self._touch("seller", seller_id)

    def mark(self, seller_id: str, verdict: str, reason: str) -> None:
        """Record this member's verdict ("trusted", "unsure" or "scam") with their reason: a
        signed record of its own. Raises InvalidIdentifier (kind "verdict"), ItemNotFound."""
        if verdict not in VERDICTS:
            raise InvalidIdentifier("verdict", verdict)
        self._item(seller_id)
        self._archive.put("seller", seller_id, verdict={"verdict": verdict, "reason": reason.strip()})
        self._touch("seller", seller_id)

    def link_order(self, seller_id: str, order_id: str) -> None:
        """Link an archived order to the seller (idempotent)."""
        self._link(seller_id, "orders", order_id)

    def link_report(self, seller_id: str, report_id: str) -> None:
        """Link a saved check report to the seller (idempotent)."""
        self._link(seller_id, "reports", report_id)

    def merge(self, keep: str, drop: str) -> None:
        """Merge the duplicate ``drop`` into ``keep`` in one signed record: ``keep`` gets the
        union of identifiers, orders and reports; ``drop`` is marked merged (and hidden) but
        kept, so its marks stay in ``keep``'s history. Raises ValueError for a seller merged
        with itself, ItemNotFound."""
        if keep == drop:
            raise ValueError("a seller cannot be merged with itself")
        a, b = self.seller(keep), self.seller(drop)
        fields: dict[str, Any] = {}
        for name in (*IDENTIFIER_KINDS, "orders", "reports"):
            union = list(dict.fromkeys((*getattr(a, name), *getattr(b, name))))
            if union != list(getattr(a, name)):
                fields[name] = union
        accounts: dict[Any, BankAccount] = {}
        for account in (*a.bank_accounts, *b.bank_accounts):
            key = tuple(keys_for("bank", account.account, "ID")) or account.account
            accounts.setdefault(key, account)
        if len(accounts) != len(a.bank_accounts):
            fields["bank_accounts"] = [x.to_json() for x in accounts.values()]
        if b.notes and b.notes not in a.notes:
            fields["notes"] = f"{a.notes}\n{b.notes}".strip()
        fields["merged_from"] = list(dict.fromkeys((*a.merged_from, drop, *b.merged_from)))
        archive = self._archive
        archive.write_ops([archive.set_op("seller", keep, fields),
                           archive.set_op("seller", drop, {"merged_into": keep})])
        self._touch("seller", keep)
        self._touch("seller", drop)

    def delete(self, seller_id: str) -> None:
        """Tombstone the seller (kept in history)."""
        self._item(seller_id)
        self._archive.delete(seller_id)
        self._touch("seller", seller_id)

    # -- helpers -------------------------------------------------------------------------------

    def member_name(self, member: str) -> str:
        """The display name of ``member`` (their id's start when their file is unreadable)."""
        if member not in self._names:
            self._names[member] = self._archive.name_of(member) or member[:8]
        return self._names[member]

    def _item(self, seller_id: str) -> Item:
        item = self._archive.get(seller_id)
        if item.type != "seller":
            raise ItemNotFound(seller_id)
        return item

    def _link(self, seller_id: str, field: str, item_id: str) -> None:
        current = list(getattr(self.seller(seller_id), field))
        if item_id not in current:
            self._archive.put("seller", seller_id, **{field: [*current, item_id]})
            self._touch("seller", seller_id)

    def _own_marks(self, item: Item) -> list[Mark]:
        marks = []
        for change in self._archive.history(item.id):
            value = change.value
            if change.field == "verdict" and isinstance(value, dict) \
                    and value.get("verdict") in VERDICTS:
                marks.append(Mark(item.id, value["verdict"], str(value.get("reason", "")),
                                  change.author, self.member_name(change.author), change.at,
                                  change.op_id))
        return marks

    def _seller(self, item: Item) -> Seller:
        f = item.fields
        marks = self._own_marks(item) if isinstance(f.get("verdict"), dict) else []
        for other in _strings(f.get("merged_from")):
            try:
                marks += self._own_marks(self._item(other))
            except ItemNotFound:
                continue
        accounts = tuple(BankAccount(str(a.get("account", "")), str(a.get("bank", "")),
                                     str(a.get("holder", "")))
                         for a in f.get("bank_accounts") or () if isinstance(a, dict))
        return Seller(item.id, _str(f.get("name")), _strings(f.get("phones")), accounts,
                      _strings(f.get("domains")), _strings(f.get("handles")),
                      _strings(f.get("ewallets")), _strings(f.get("shops")), _str(f.get("notes")),
                      _strings(f.get("orders")), _strings(f.get("reports")),
                      max(marks, key=lambda m: m.order) if marks else None,
                      _strings(f.get("merged_from")), _str(f.get("merged_into")),
                      item.needs_review, item.created, item.updated)


_ACCOUNT_TEXT = re.compile(
    r"^(?P<bank>.*?)[\s:,]*(?P<account>\d[\d .\-/]*\d)\s*"
    r"(?:(?:a\.?\s?n\.?|atas\s+nama|titular|a\s+nombre\s+de|holder|name|[,/:(-])\s*"
    r"(?P<holder>[^\d]+?))?\s*\)?$", re.IGNORECASE)


def parse_bank_account(text: str) -> BankAccount:
    """``BCA 123 456 7890 a.n. Budi Santoso`` → BankAccount("123 456 7890", "BCA", "Budi
    Santoso"); bank and holder are optional, an IBAN is kept whole. Raises InvalidIdentifier
    when no account number is in ``text``."""
    text = " ".join((text or "").split())
    compact = re.sub(r"[\s.\-]", "", text).upper()
    if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", compact):
        return BankAccount(text)
    match = _ACCOUNT_TEXT.match(text)
    if not match or not keys_for("bank", match.group("account"), "ID"):
        raise InvalidIdentifier("bank", text)
    return BankAccount(match.group("account"), match.group("bank").strip(" :,-"),
                       (match.group("holder") or "").strip(" .:,-"))


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _strings(value: Any) -> tuple[str, ...]:
    return tuple(v for v in value if isinstance(v, str)) if isinstance(value, list) else ()


def _keys(seller: Seller, country: str) -> list[Key]:
    return [k for kind, text in seller.identifiers() for k in keys_for(kind, text, country)]


def _value_keys(field: str, value: Any, country: str) -> list[Key]:
    if field == "bank_accounts":
        return keys_for("bank", str(value.get("account", "")), country)
    return keys_for(IDENTIFIER_KINDS[field], str(value), country)


def _identifier_fields(country: str, **given: Iterable[Any]) -> dict[str, Any]:
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
