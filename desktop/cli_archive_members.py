"""``shopsafe archive members list|add|invite|grant|remove|promote ARCHIVE …`` (issue 12).

``members ARCHIVE`` alone still lists (as before); ``join``, ``grant`` and ``rotate --remove``
stay as they were. Through the archive's one door (:mod:`desktop.archive`), translated like
the other archive commands.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.cli_archive_commands import (
    _check_strength,
    _guarded,
    _kdf,
    _non_empty,
    _passphrase,
    _print_json,
    _unlocked,
)
from desktop.cli_archive_text import _h, _t, _translate, add_language_option
from desktop.cli_common import prompt, read_secret_file
from desktop.text import N_

__all__ = ["ACTIONS", "register"]

ACTIONS = ("list", "add", "invite", "grant", "remove", "promote")
ROLES = {
    "founder": N_("ArchiveCli", "founder"),
    "organiser": N_("ArchiveCli", "organiser"),
    "member": N_("ArchiveCli", "member"),
    "recovery": N_("ArchiveCli", "recovery key"),
    "pending": N_("ArchiveCli", "asked to join"),
    "removed": N_("ArchiveCli", "removed"),
}
REMOVAL = N_("ArchiveCli",
             "{names} can no longer open the archive or read anything added from now on. They "
             "keep what they already had: whatever they saw or copied before cannot be taken "
             "back.")


class _ListByDefault(argparse._SubParsersAction):
    """``members ARCHIVE`` (no action) means ``members list ARCHIVE``, as before."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: Any, option_string: str | None = None) -> None:
        if values and values[0] not in self.choices:
            values = ["list", *values]
        super().__call__(parser, namespace, values, option_string)


def _accept_any_first_word(parser: argparse.ArgumentParser, actions: Any) -> None:
    # argparse checks the action word against the choices before calling the action; let
    # _ListByDefault see an archive path there instead.
    check = parser._check_value

    def checked(action: argparse.Action, value: Any) -> None:
        if action is not actions:
            check(action, value)

    parser._check_value = checked  # type: ignore[method-assign]


def register(sub: argparse._SubParsersAction, common: Callable[..., None],
             kdf_options: Callable[[argparse.ArgumentParser], None],
             new_passphrase_options: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add ``members`` and its actions to the ``archive`` command's sub-parsers."""
    parser = sub.add_parser("members", help=_h(N_(
        "ArchiveCli", "the family: list, add at this PC, invite, let in, remove, organisers")))
    parser.register("action", "list_by_default", _ListByDefault)
    actions = parser.add_subparsers(title=_h(N_("ArchiveCli", "members commands")),
                                    metavar="ACTION", action="list_by_default")
    _accept_any_first_word(parser, actions)

    p = actions.add_parser("list", help=_h(N_("ArchiveCli",
                                              "list members, their role and whether they have "
                                              "access")))
    common(p, json_output=True)
    p.set_defaults(func=_cmd_list)

    p = actions.add_parser("add", help=_h(N_(
        "ArchiveCli", "add someone at this PC: they type their own passphrase")))
    common(p)
    p.add_argument("--name", required=True,
                   help=_h(N_("ArchiveCli", "the new member's name as shown to the family")))
    p.add_argument("--new-passphrase-file", type=Path,
                   help=_h(N_("ArchiveCli", "read the new member's passphrase from this file")))
    p.add_argument("--organiser", action="store_true",
                   help=_h(N_("ArchiveCli", "make them an organiser too (founder only)")))
    new_passphrase_options(p)
    kdf_options(p)
    p.set_defaults(func=_cmd_add)

    p = actions.add_parser("invite", help=_h(N_(
        "ArchiveCli", "ask to join from this PC and print the invitation code to send")))
    p.add_argument("archive", type=Path,
                   help=_h(N_("ArchiveCli", "the archive folder (e.g. MyArchive.shopsafe)")))
    p.add_argument("--passphrase-file", type=Path,
                   help=_h(N_("ArchiveCli", "read the passphrase from this file")))
    p.add_argument("--name", default="",
                   help=_h(N_("ArchiveCli", "your name as shown to the family")))
    new_passphrase_options(p)
    kdf_options(p)
    p.set_defaults(func=_cmd_invite)

    p = actions.add_parser("grant", help=_h(N_(
        "ArchiveCli", "let in someone who sent an invitation code (or a member id)")))
    common(p)
    p.add_argument("invitation", metavar="CODE",
                   help=_h(N_("ArchiveCli", "the invitation code in quotes, or a member id")))
    p.add_argument("--fingerprint",
                   help=_h(N_("ArchiveCli", "the fingerprint they read out to you")))
    p.add_argument("--yes", action="store_true",
                   help=_h(N_("ArchiveCli", "do not ask: the fingerprint in the code is the one "
                                            "they see")))
    p.set_defaults(func=_cmd_grant)

    p = actions.add_parser("remove", help=_h(N_(
        "ArchiveCli", "remove members: a new archive key for everyone else")))
    common(p)
    p.add_argument("who", nargs="+", metavar="MEMBER",
                   help=_h(N_("ArchiveCli", "member id or name")))
    p.set_defaults(func=_cmd_remove)

    p = actions.add_parser("promote", help=_h(N_(
        "ArchiveCli", "make a member an organiser (founder only)")))
    common(p)
    # dest "who": "member" is --member (whose slots to try), from common()
    p.add_argument("who", metavar="MEMBER", help=_h(N_("ArchiveCli", "member id or name")))
    p.add_argument("--undo", action="store_true",
                   help=_h(N_("ArchiveCli", "make an organiser a plain member again")))
    p.set_defaults(func=_cmd_promote)

    p = sub.add_parser("news", help=_h(N_(
        "ArchiveCli", "what other members wrote since your last visit (then marked as seen)")))
    common(p, json_output=True)
    p.set_defaults(func=_cmd_news)

    add_language_option(actions, parser)


# -- commands ------------------------------------------------------------------------------------


def _role(role: str) -> str:
    return _t(ROLES[role]) if role in ROLES else role


@_guarded
def _cmd_list(args: argparse.Namespace) -> int:
    with _unlocked(args) as session:
        rows = session.member_rows()
        if args.json:
            _print_json([{"member": r.member, "name": r.name, "role": r.role,
                          "fingerprint": r.fingerprint, "has_access": r.has_access,
                          "you": r.you} for r in rows])
            return 0
        width = max((len(_role(r.role)) for r in rows), default=0)
        for r in rows:
            state = (_t(N_("ArchiveCli", "has access")) if r.has_access
                     else _t(N_("ArchiveCli", "no access")))
            you = _t(N_("ArchiveCli", " (you)")) if r.you else ""
            print(f"{r.member}  {r.fingerprint or '-':<19}  {_role(r.role):<{width}}  {state}  "
                  f"{r.name}{you}".rstrip())
        return 0


def _new_member_passphrase(args: argparse.Namespace) -> str:
    if args.new_passphrase_file:
        return _non_empty(read_secret_file(args.new_passphrase_file), True)
    if os.environ.get("SHOPSAFE_NEW_PASSPHRASE") is not None:
        return _non_empty(os.environ["SHOPSAFE_NEW_PASSPHRASE"], True)
    return prompt(_t(N_("ArchiveCli", "{name}, type your own passphrase: ")).format(
        name=args.name), _translate, confirm=True)


@_guarded
def _cmd_add(args: argparse.Namespace) -> int:
    with _unlocked(args) as session:
        session.require_can_remove()  # an organiser: ask nobody for a passphrase otherwise
        passphrase = _new_member_passphrase(args)
        _check_strength(passphrase, args, args.name)
        member = session.add_member_here(args.name, passphrase, _kdf(args),
                                         organiser=args.organiser)
        print(_t(N_("ArchiveCli", "{name} was added (member {member}) and can now open the "
                                  "archive with their own passphrase.")).format(
            name=args.name, member=member))
        if args.organiser:
            print(_t(N_("ArchiveCli", "{name} is an organiser: they can let members in and "
                                      "remove them too.")).format(name=args.name))
        return 0


@_guarded
def _cmd_invite(args: argparse.Namespace) -> int:
    from desktop.archive import invite

    passphrase = _passphrase(args, confirm=True)
    _check_strength(passphrase, args, args.name)
    invitation = invite(args.archive, passphrase, name=args.name, kdf=_kdf(args))
    print(_t(N_("ArchiveCli", "Your invitation code (send it to an organiser of the family, "
                              "e.g. in a chat; it holds no secret):")))
    print()
    print(invitation.code)
    print()
    if sys.stdout.isatty():
        print(terminal_qr(invitation.code))
    print(_t(N_("ArchiveCli", "Your fingerprint is {fingerprint}. When they let you in, they "
                              "may ask you to read it out.")).format(
        fingerprint=invitation.fingerprint))
    return 0


def terminal_qr(text: str) -> str:
    """``text`` as a QR code drawn with half blocks (two rows of modules per line)."""
    import zxingcpp

    image = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode)
    view = memoryview(image.to_image(scale=1, add_quiet_zones=True))  # 8-bit, rows × columns
    height, width = view.shape
    data = view.tobytes()
    modules = [[data[row * width + column] < 128 for column in range(width)]
               for row in range(height)]
    lines = []
    for top in range(0, height, 2):
        upper = modules[top]
        lower = modules[top + 1] if top + 1 < height else [False] * width
        lines.append("".join(" ▀▄█"[int(u) + 2 * int(d)] for u, d in zip(upper, lower)))
    # Dark modules drawn light on dark terminals would invert the code: draw the light ones.
    return "\n".join(line.translate(str.maketrans(" ▀▄█", "█▄▀ ")) for line in lines)


@_guarded
def _cmd_grant(args: argparse.Namespace) -> int:
    from desktop.archive import InvalidInvitation, parse_invitation

    with _unlocked(args) as session:
        try:
            invitation = parse_invitation(args.invitation)
        except InvalidInvitation:
            invitation = None
        if invitation is None:  # a member id, as with 'archive grant'
            member_id, fingerprint = args.invitation.strip().lower(), args.fingerprint or ""
            if len(member_id) != 16 or not fingerprint:
                raise InvalidInvitation()
            request = session.check_invitation(parse_invitation(
                f"SHOPSAFE-JOIN {session.archive_id[:8]} {member_id} {fingerprint}"))
        else:
            request = session.check_invitation(invitation)
            if args.fingerprint:
                request = session.check_invitation(parse_invitation(
                    f"SHOPSAFE-JOIN {invitation.archive_prefix} {invitation.member} "
                    f"{args.fingerprint}"))
            elif not args.yes and sys.stdin.isatty():
                answer = input(_t(N_("ArchiveCli", "{name} asks to join with fingerprint "
                                                   "{fingerprint}. Does {name} see the same "
                                                   "fingerprint? [y/N] ")).format(
                    name=request.name or request.member, fingerprint=request.fingerprint))
                if answer.strip().lower()[:1] not in ("y", _t(N_("ArchiveCli", "y")).lower()[:1]):
                    print(_t(N_("ArchiveCli", "Nothing was changed.")), file=sys.stderr)
                    return 2
            elif not args.yes:
                # Nobody to ask: granting must be a decision, not a side effect of a script.
                print(_t(N_("ArchiveCli", "error: compare the fingerprint first: give the one "
                                          "they read out with --fingerprint, or --yes if the "
                                          "code came straight from them; nothing was "
                                          "changed")), file=sys.stderr)
                return 2
        session.grant(request.member, request.fingerprint)
        print(_t(N_("ArchiveCli", "{name} can now open the archive with their own "
                                  "passphrase.")).format(name=request.name or request.member))
        return 0


def _resolve(session: Any, wanted: str) -> str:
    """A member id, or the one member with that name (case ignored)."""
    from desktop.archive.errors import MemberNotFound

    rows = session.member_rows()
    if any(r.member == wanted.lower() for r in rows):
        return wanted.lower()
    named = [r for r in rows if r.name.casefold() == wanted.casefold() and r.role != "removed"]
    if len(named) == 1:
        return named[0].member
    if len(named) > 1:
        print(_t(N_("ArchiveCli", "error: several members are called {name}; use one of these "
                                  "ids:")).format(name=wanted), file=sys.stderr)
        for r in named:
            print(f"  {r.member}  {r.fingerprint}  {_role(r.role)}", file=sys.stderr)
        raise _Ambiguous()
    raise MemberNotFound(wanted)


class _Ambiguous(Exception):
    pass


@_guarded
def _cmd_remove(args: argparse.Namespace) -> int:
    with _unlocked(args) as session:
        session.require_can_remove()
        try:
            ids = [_resolve(session, m) for m in args.who]
        except _Ambiguous:
            return 2
        session.require_can_remove(ids)
        names = {r.member: r.name or r.member for r in session.member_rows()}
        generation = session.rotate_key(remove=ids)
        print(_t(N_("ArchiveCli", "New archive key (generation {generation}) shared with every "
                    "member still on the list.")).format(generation=generation))
        print(_t(REMOVAL).format(names=", ".join(names.get(m, m) for m in ids)))
        return 0


@_guarded
def _cmd_promote(args: argparse.Namespace) -> int:
    with _unlocked(args) as session:
        try:
            member = _resolve(session, args.who)
        except _Ambiguous:
            return 2
        name = {r.member: r.name for r in session.member_rows()}.get(member) or member
        changed = session.set_organiser(member, not args.undo)
        if args.undo:
            message = (N_("ArchiveCli", "{name} is a member again (not an organiser).") if changed
                       else N_("ArchiveCli", "{name} is not an organiser; nothing was changed."))
        else:
            message = (N_("ArchiveCli", "{name} is now an organiser: they can let members in "
                                        "and remove them, so one lost passphrase does not lock "
                                        "the family out.") if changed
                       else N_("ArchiveCli", "{name} is already an organiser."))
        print(_t(message).format(name=name))
        return 0


NEWS = {
    "scam": N_("ArchiveCli", "{name} marked {title} as a scam {when}"),
    "order": N_("ArchiveCli", "{name} added the order {title} {when}"),
    "note": N_("ArchiveCli", "{name} wrote on {title} {when}: {text}"),
    "report": N_("ArchiveCli", "{name} saved a check report for {title} {when}"),
    "cost": N_("ArchiveCli", "{name} saved a cost breakdown for {title} {when}"),
}


@_guarded
def _cmd_news(args: argparse.Namespace) -> int:
    from desktop.archive import relative_when
    from desktop.cli_common import chosen

    with _unlocked(args) as session:
        news = session.take_news()
        if args.json:
            _print_json({"since": news.since, "items": [
                {"kind": n.kind, "item": n.item, "order": n.order, "by": n.by, "name": n.name,
                 "at": n.at, "title": n.title, "text": n.text} for n in news.items]})
            return 0
        if not news.items:
            print(_t(N_("ArchiveCli", "Nothing new from the family since your last visit.")))
            return 0
        locale = chosen(args.lang)
        for n in news.items:
            line = _t(NEWS.get(n.kind, NEWS["order"])).format(
                name=n.name or n.by, title=n.title or n.order,
                when=relative_when(n.at, locale=locale), text=n.text)
            print(line + (": " + n.text if n.kind == "scam" and n.text else ""))
        return 0
