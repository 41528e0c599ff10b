"""``shopsafe sellers …``: the family's seller book from the command line.

``list``, ``show``, ``add``, ``mark``, ``merge``, ``export-card`` and ``import-card``, each on an
archive folder unlocked the way every archive command unlocks it (``--passphrase-file``, the
``SHOPSAFE_PASSPHRASE`` variable or a prompt; never an argument). A SELLER is a seller's id or its
name. Translated like ``shopsafe archive``; a closed pipe ends quietly. Exit status: 0 success,
2 error (a message says which).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from desktop.cli_archive_commands import _guarded, _print_json, _unlocked
from desktop.cli_archive_text import _h, _render, _t, _translate, _translate_argparse, \
    add_archive_arguments, add_language_option
from desktop.text import N_

__all__ = ["register"]


def register(subparsers: argparse._SubParsersAction) -> None:
    _translate_argparse()
    parser = subparsers.add_parser(
        "sellers", help=_h(N_("ArchiveCli", "the family's seller book (in the archive)")),
        description=_h(N_("ArchiveCli", "Sellers your family knows, their phone numbers, "
                                        "accounts and links, and the family's verdict on each.")))
    sub = parser.add_subparsers(title=_h(N_("ArchiveCli", "seller book commands")), metavar="ACTION")

    def common(p: argparse.ArgumentParser, json_output: bool = False) -> None:
        add_archive_arguments(p, json_output)
        p.add_argument("--country", default=os.environ.get("SHOPSAFE_COUNTRY") or "ID",
                       help=_h(N_("ArchiveCli", "your country (ISO code, e.g. ID, ES, MX): how "
                                                "national phone numbers are read (default ID)")))

    seller_help = _h(N_("ArchiveCli", "a seller's id or name"))
    p = sub.add_parser("list", help=_h(N_("ArchiveCli", "list the sellers and the family's verdicts")))
    common(p, json_output=True)
    p.set_defaults(func=_cmd_list)

    p = sub.add_parser("show", help=_h(N_("ArchiveCli", "one seller: identifiers, verdicts, orders")))
    common(p, json_output=True)
    p.add_argument("seller", metavar="SELLER", help=seller_help)
    p.set_defaults(func=_cmd_show)

    p = sub.add_parser("add", help=_h(N_("ArchiveCli", "add a seller to the book")))
    common(p, json_output=True)
    p.add_argument("--name", required=True, help=_h(N_("ArchiveCli", "the seller's name")))
    for flag, dest, text in (
            ("--phone", "phones", N_("ArchiveCli", "phone or WhatsApp number, or wa.me link (repeatable)")),
            ("--bank-account", "bank_accounts", N_("ArchiveCli", "bank account, e.g. 'BCA 123 456 7890 a.n. "
                                                                 "Budi' (bank and holder optional; repeatable)")),
            ("--domain", "domains", N_("ArchiveCli", "web address of the shop (repeatable)")),
            ("--handle", "handles", N_("ArchiveCli", "social handle or profile link (repeatable)")),
            ("--ewallet", "ewallets", N_("ArchiveCli", "e-wallet id, e.g. 'DANA 0812…' (repeatable)")),
            ("--shop", "shops", N_("ArchiveCli", "marketplace shop link (repeatable)"))):
        p.add_argument(flag, dest=dest, action="append", default=[], help=_h(text),
                       metavar=dest.upper().rstrip("S").replace("BANK_ACCOUNT", "ACCOUNT"))
    p.add_argument("--notes", default="", help=_h(N_("ArchiveCli", "a note about the seller")))
    p.set_defaults(func=_cmd_add)

    p = sub.add_parser("mark", help=_h(N_("ArchiveCli", "give the family's verdict on a seller")))
    common(p)
    p.add_argument("seller", metavar="SELLER", help=seller_help)
    p.add_argument("verdict", choices=("scam", "trusted", "unsure"),
                   help=_h(N_("ArchiveCli", "scam, trusted or unsure")))
    p.add_argument("--reason", required=True, help=_h(N_("ArchiveCli", "why (the family sees it)")))
    p.set_defaults(func=_cmd_mark)

    p = sub.add_parser("merge", help=_h(N_("ArchiveCli", "merge a duplicate into another seller")))
    common(p)
    p.add_argument("keep", metavar="SELLER", help=_h(N_("ArchiveCli", "the seller to keep")))
    p.add_argument("duplicate", metavar="DUPLICATE",
                   help=_h(N_("ArchiveCli", "the duplicate to merge into it")))
    p.set_defaults(func=_cmd_merge)

    p = sub.add_parser("export-card", help=_h(N_("ArchiveCli", "a signed card of one seller to "
                                                               "send through a chat")))
    common(p)
    p.add_argument("seller", metavar="SELLER", help=seller_help)
    p.add_argument("--output", type=Path, help=_h(N_("ArchiveCli", "write the card to this new "
                                                                   "file (default: print it as text)")))
    p.set_defaults(func=_cmd_export_card)

    p = sub.add_parser("import-card", help=_h(N_("ArchiveCli", "check a seller card someone sent")))
    common(p, json_output=True)
    p.add_argument("card", help=_h(N_("ArchiveCli", "the card file, or - to paste its text")))
    p.add_argument("--add", action="store_true",
                   help=_h(N_("ArchiveCli", "also put the seller and its verdict in your book")))
    p.set_defaults(func=_cmd_import_card)

    add_language_option(sub, parser)


# -- helpers -------------------------------------------------------------------------------------

class _Ambiguous(Exception):
    pass


def _one(session: Any, name_or_id: str) -> Any:
    from desktop.archive.sellers import SellerNotFound

    found = session.sellers.find(name_or_id)
    if not found:
        raise SellerNotFound(name_or_id)
    if len(found) > 1:
        print(_t(N_("SellersCli", "error: {count} sellers are called “{name}”; give one of "
                                  "their ids:")).format(count=len(found), name=name_or_id),
              file=sys.stderr)
        for seller in found:
            print(f"  {seller.id}  {seller.name}", file=sys.stderr)
        raise _Ambiguous()
    return found[0]


def _verdict_text(mark: Any) -> str:
    from desktop.archive.sellers import VERDICT_LABELS

    if mark is None:
        return _t(N_("SellersCli", "no verdict yet"))
    return _t(N_("SellersCli", "{verdict} — {member}, {date}: {reason}")).format(
        verdict=_render(VERDICT_LABELS[mark.verdict]).upper(), member=mark.by_name,
        date=mark.at[:10], reason=mark.reason or "—")


def _mark_json(mark: Any) -> dict[str, Any] | None:
    if mark is None:
        return None
    return {"verdict": mark.verdict, "reason": mark.reason, "by": mark.by_name,
            "member": mark.by, "at": mark.at}


def _seller_json(book: Any, seller: Any, history: bool = False) -> dict[str, Any]:
    data = {"id": seller.id, "name": seller.name, "phones": list(seller.phones),
            "bank_accounts": [a.to_json() for a in seller.bank_accounts],
            "domains": list(seller.domains), "handles": list(seller.handles),
            "ewallets": list(seller.ewallets), "shops": list(seller.shops), "notes": seller.notes,
            "orders": list(seller.orders), "reports": list(seller.reports),
            "verdict": _mark_json(seller.verdict), "needs_review": seller.needs_review}
    if history:
        data["history"] = [_mark_json(m) for m in book.marks(seller.id)]
    return data


def _guard(func: Any) -> Any:
    def run(args: argparse.Namespace) -> int:
        try:
            return func(args)
        except _Ambiguous:
            return 2

    run.__name__ = func.__name__
    return _guarded(run)


# -- commands ------------------------------------------------------------------------------------

@_guard
def _cmd_list(args: argparse.Namespace) -> int:
    with _unlocked(args) as session:
        book = session.sellers
        sellers = book.sellers()
        if args.json:
            _print_json([_seller_json(book, s) for s in sellers])
            return 0
        if not sellers:
            print(_t(N_("SellersCli", "The seller book is empty. Add one with 'shopsafe sellers add'.")))
        for seller in sellers:
            print(f"{seller.id}  {seller.name}  ·  {_verdict_text(seller.verdict)}")
    return 0


@_guard
def _cmd_show(args: argparse.Namespace) -> int:
    with _unlocked(args) as session:
        book = session.sellers
        seller = _one(session, args.seller)
        if args.json:
            _print_json(_seller_json(book, seller, history=True))
            return 0
        print(f"{seller.name}  [{seller.id}]")
        print("  " + _verdict_text(seller.verdict))
        from desktop.identity.phones import display_phone

        rows = [(N_("SellersCli", "Phone"), [display_phone(p) for p in seller.phones]),
                (N_("SellersCli", "Web address"), seller.domains),
                (N_("SellersCli", "Handle"), seller.handles),
                (N_("SellersCli", "E-wallet"), [display_phone(w) for w in seller.ewallets]),
                (N_("SellersCli", "Shop link"), seller.shops),
                (N_("SellersCli", "Bank account"), [" ".join(filter(None, (a.bank, a.account, a.holder and
                                                                           f"({a.holder})")))
                                                    for a in seller.bank_accounts])]
        for label, values in rows:
            for value in values:
                print(f"  {_t(label)}: {value}")
        if seller.notes:
            print("  " + seller.notes)
        marks = book.marks(seller.id)
        if marks:
            print(_t(N_("SellersCli", "History of verdicts:")))
            for mark in marks:
                print("  " + _verdict_text(mark))
        for order_id in seller.orders:
            try:
                order = session.order(order_id)
                print("  " + _t(N_("SellersCli", "Order: {title} [{id}]")).format(title=order.title,
                                                                                   id=order_id))
            except Exception:  # noqa: BLE001 - not synced here yet; say so rather than fail
                print("  " + _t(N_("SellersCli", "Order {id} (not in this copy yet)")).format(id=order_id))
    return 0


@_guard
def _cmd_add(args: argparse.Namespace) -> int:
    from desktop.archive.sellers import parse_bank_account

    accounts = [parse_bank_account(text) for text in args.bank_accounts]
    with _unlocked(args) as session:
        book = session.sellers
        seller = book.add(args.name, phones=args.phones, domains=args.domains, handles=args.handles,
                          ewallets=args.ewallets, shops=args.shops, bank_accounts=accounts,
                          notes=args.notes, country=args.country.upper()[:2])
        if args.json:
            _print_json(_seller_json(book, book.seller(seller)))
        else:
            print(_t(N_("SellersCli", "Added {name} [{id}].")).format(name=args.name.strip(), id=seller))
        for key, others in book.index(args.country.upper()[:2]).duplicates():
            if seller in others:
                print(_t(N_("SellersCli", "note: {value} also belongs to {names}; merge duplicates with "
                                          "'shopsafe sellers merge'.")).format(
                    value=key.value, names=", ".join(book.seller(o).name for o in others if o != seller)),
                    file=sys.stderr)
    return 0


@_guard
def _cmd_mark(args: argparse.Namespace) -> int:
    with _unlocked(args) as session:
        seller = _one(session, args.seller)
        session.sellers.mark(seller.id, args.verdict, args.reason)
        print(_t(N_("SellersCli", "{name}: {verdict}")).format(
            name=seller.name, verdict=_verdict_text(session.sellers.seller(seller.id).verdict)))
    return 0


@_guard
def _cmd_merge(args: argparse.Namespace) -> int:
    with _unlocked(args) as session:
        keep, drop = _one(session, args.keep), _one(session, args.duplicate)
        if keep.id == drop.id:
            print(_t(N_("SellersCli", "error: that is the same seller twice")), file=sys.stderr)
            return 2
        session.sellers.merge(keep.id, drop.id)
        print(_t(N_("SellersCli", "Merged {duplicate} into {name}.")).format(duplicate=drop.name,
                                                                            name=keep.name))
    return 0


@_guard
def _cmd_export_card(args: argparse.Namespace) -> int:
    from desktop.archive.seller_cards import card_text
    from desktop.fileio import write_atomically

    with _unlocked(args) as session:
        card = session.export_seller_card(_one(session, args.seller).id)
    if args.output is None:
        print(card_text(card))
    else:
        if args.output.exists():  # never replace a file the person did not name twice
            raise FileExistsError(0, "exists", str(args.output))
        write_atomically(args.output, card, mode=0o644)
        print(_t(N_("SellersCli", "The signed card is in {path}.")).format(path=args.output))
    return 0


@_guard
def _cmd_import_card(args: argparse.Namespace) -> int:
    data: bytes | str = sys.stdin.read(1024 * 1024) if args.card == "-" else \
        Path(args.card).read_bytes()[:1024 * 1024]
    with _unlocked(args) as session:
        card = session.read_seller_card(data)
        # A card that impersonates a member is never added, whatever was asked.
        added = session.import_seller_card(card, args.country.upper()[:2], _translate) \
            if args.add and not card.impostor else None
    if args.json:
        _print_json({"seller": card.seller, "signer": card.signer, "signer_name": card.signer_name,
                     "fingerprint": card.fingerprint, "signed_at": card.signed_at,
                     "family": card.family, "impostor": card.impostor, "added": added})
        return 0
    seller = card.seller
    print(_t(N_("SellersCli", "Seller card: {name}")).format(name=seller.get("name", "")))
    if seller.get("verdict"):
        from desktop.archive.sellers import VERDICT_LABELS

        label = VERDICT_LABELS.get(str(seller["verdict"]))
        print("  " + _t(N_("SellersCli", "{verdict} — {member}, {date}: {reason}")).format(
            verdict=_render(label).upper() if label else "?", member=seller.get("marked_by", ""),
            date=str(seller.get("marked_at", ""))[:10], reason=seller.get("reason") or "—"))
    print("  " + _t(N_("SellersCli", "Signed by {name} (fingerprint {fingerprint}) on {date}.")).format(
        name=card.signer_name, fingerprint=card.fingerprint, date=card.signed_at[:10]))
    if card.impostor:
        print("  " + _t(N_("SellersCli", "WARNING: the card claims to come from a member of your "
                                         "family, but it was signed with another key. Do not trust it.")))
    elif card.family:
        print("  " + _t(N_("SellersCli", "The signer is a member of your family.")))
    else:
        print("  " + _t(N_("SellersCli", "The signer is not a member of your family: compare the "
                                         "fingerprint with them by phone before you rely on it.")))
    if added:
        print(_t(N_("SellersCli", "Added to your seller book [{id}].")).format(id=added))
    return 0
