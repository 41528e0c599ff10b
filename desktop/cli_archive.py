"""``shopsafe archive …``: the encrypted archive from the command line.

Passphrases come from ``--passphrase-file``, the ``SHOPSAFE_PASSPHRASE`` variable, or a prompt
(never from a command-line argument, which other users could read). Commands whose output is
data accept ``--json``. Exit status: 0 success, 1 ``verify`` found damaged files, 2 error.
"""

from __future__ import annotations

import argparse
import getpass
import json
import mimetypes
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.text import N_, Message, Translate

__all__ = ["register"]


LANGUAGES = ("system", "en", "id", "es")

# The translate function of the language chosen with --lang (None: English source text).
_chosen: Translate | None = None


def _use_language(language: str | None) -> None:
    """Translate this command's output into ``language`` ("system": the user's locale), with
    the translators every ShopSafe command line uses (:func:`desktop.i18n.translator_for_cli`).
    English needs no Qt at all; without PySide6 the output stays in English."""
    global _chosen
    _chosen = None
    try:
        from desktop.i18n import resolve_language, translator_for_cli
    except ImportError:
        return
    from desktop.langrule import chosen_language

    # "system" on the command line means: skip the settings file and follow the system.
    code = (resolve_language("system") if language == "system"
            else chosen_language(language, system=lambda: resolve_language("system")))
    if code != "en":
        _chosen = translator_for_cli(code)


def _translate(context: str, text: str) -> str:
    return _chosen(context, text) if _chosen else text


def _with_language(func: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        _use_language(args.lang)
        return func(args)

    return run


def _t(message: Message) -> str:
    """The message in the user's language (placeholders left for ``str.format``)."""
    return message.render(_translate)


def _render(message: Any) -> str:
    return message.render(_translate) if hasattr(message, "render") else str(message)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "archive", help="the encrypted evidence archive",
        description="Keep orders, receipts and chats in an encrypted archive folder.",
    )
    sub = parser.add_subparsers(title="archive commands", metavar="ACTION")

    def common(p: argparse.ArgumentParser, json_output: bool = False) -> None:
        p.add_argument("archive", type=Path, help="the archive folder (e.g. MyArchive.shopsafe)")
        p.add_argument("--passphrase-file", type=Path, help="read the passphrase from this file")
        p.add_argument("--recovery-key-file", type=Path,
                       help="unlock with the recovery key stored in this file")
        p.add_argument("--member", help="only try this member's slots")
        if json_output:
            p.add_argument("--json", action="store_true", help="print JSON")

    def kdf_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--kdf-memory", type=int, metavar="KIB",
                       help="Argon2id memory in KiB (default: calibrated to ~0.6 s)")
        p.add_argument("--kdf-iterations", type=int, metavar="N", help="Argon2id iterations")

    p = sub.add_parser("init", help="create a new archive")
    p.add_argument("archive", type=Path)
    p.add_argument("--passphrase-file", type=Path)
    p.add_argument("--name", default="", help="your name as shown to the family")
    kdf_options(p)
    p.set_defaults(func=_cmd_init)

    p = sub.add_parser("add", help="encrypt files into the archive")
    common(p, json_output=True)
    p.add_argument("files", nargs="+", type=Path)
    p.add_argument("--order", help="attach to this order (default: a new order)")
    p.add_argument("--title", help="title of the new order")
    p.add_argument("--seller", help="seller of the new order")
    p.add_argument("--tag", action="append", default=[], help="tag for the order (repeatable)")
    p.set_defaults(func=_cmd_add)

    p = sub.add_parser("list", help="list orders, sellers, attachments …")
    common(p, json_output=True)
    p.add_argument("--type", help="only items of this type (order, seller, attachment …)")
    p.add_argument("--deleted", action="store_true", help="include deleted items")
    p.set_defaults(func=_cmd_list)

    p = sub.add_parser("show", help="show one item")
    common(p, json_output=True)
    p.add_argument("item")
    p.set_defaults(func=_cmd_show)

    p = sub.add_parser("export", help="decrypt an attachment (or all of an order's) to disk")
    common(p)
    p.add_argument("item", help="attachment or order id")
    p.add_argument("target", type=Path, help="file (attachment) or folder (order)")
    p.add_argument("--force", action="store_true", help="overwrite existing files")
    p.set_defaults(func=_cmd_export)

    p = sub.add_parser("search", help="search the archive (accents and case ignored)")
    common(p, json_output=True)
    p.add_argument("query")
    p.set_defaults(func=_cmd_search)

    p = sub.add_parser("verify", help="check every file; exit 1 naming each damaged one")
    common(p, json_output=True)
    p.set_defaults(func=_cmd_verify)

    p = sub.add_parser("passwd", help="change your passphrase")
    common(p)
    p.add_argument("--new-passphrase-file", type=Path)
    p.add_argument("--name", default="", help="name for the new member (after recovery)")
    kdf_options(p)
    p.set_defaults(func=_cmd_passwd)

    p = sub.add_parser("join", help="ask to join a family archive with your own passphrase")
    p.add_argument("archive", type=Path)
    p.add_argument("--passphrase-file", type=Path)
    p.add_argument("--name", default="", help="your name as shown to the family")
    kdf_options(p)
    p.set_defaults(func=_cmd_join)

    p = sub.add_parser("members", help="list members and whether they have access")
    common(p, json_output=True)
    p.set_defaults(func=_cmd_members)

    p = sub.add_parser("grant", help="let a member who asked to join open the archive")
    common(p)
    p.add_argument("new_member", metavar="MEMBER", help="the member id shown by 'join'")
    p.add_argument("--fingerprint",
                   help="the fingerprint the new member reads out to you (asked if missing)")
    p.set_defaults(func=_cmd_grant)

    p = sub.add_parser("rotate", help="new archive key for everyone except removed members "
                                      "(also after a passphrase or recovery key leaked)")
    common(p)
    p.add_argument("--remove", action="append", default=[], metavar="MEMBER",
                   help="remove this member (repeatable)")
    p.set_defaults(func=_cmd_rotate)

    p = sub.add_parser("upgrade", help="upgrade a format 1 archive to format 2 (founder only)")
    common(p)
    p.set_defaults(func=_cmd_upgrade)

    p = sub.add_parser("recovery", help="create a new printable recovery key")
    common(p)
    p.add_argument("--output", type=Path, help="write the key to this new file instead")
    p.set_defaults(func=_cmd_recovery)

    for action in sub.choices.values():
        action.add_argument(
            "--lang", choices=LANGUAGES, default=None,
            help="language of the messages (default: SHOPSAFE_LANGUAGE, else the language chosen "
                 "in Settings, else the system's)")
        action.set_defaults(func=_with_language(action.get_default("func")))
    parser.set_defaults(func=lambda args: (parser.print_help(), 2)[1])


# -- helpers -------------------------------------------------------------------------------------


def _read_secret_file(path: Path) -> str:
    text = path.read_text("utf-8")
    return text[:-1] if text.endswith("\n") else text


class _EmptyPassphrase(Exception):
    """A new passphrase from a file or the environment was empty."""


def _passphrase(args: argparse.Namespace, confirm: bool = False) -> str:
    """The passphrase; a *new* one (``confirm``) from a file or the environment must not be
    empty (the prompt asks again instead)."""
    if getattr(args, "passphrase_file", None):
        return _non_empty(_read_secret_file(args.passphrase_file), confirm)
    env = os.environ.get("SHOPSAFE_PASSPHRASE")
    if env is not None:
        return _non_empty(env, confirm)
    return _prompt(_t(N_("ArchiveCli", "Passphrase: ")), confirm)


def _non_empty(passphrase: str, new: bool) -> str:
    if new and not passphrase:
        raise _EmptyPassphrase()
    return passphrase


def _prompt(label: str, confirm: bool) -> str:
    while True:
        first = getpass.getpass(label)
        if not confirm:
            return first
        if not first:
            print(_t(N_("ArchiveCli", "The passphrase must not be empty.")), file=sys.stderr)
            continue
        if getpass.getpass(_t(N_("ArchiveCli", "Repeat the passphrase: "))) == first:
            return first
        print(_t(N_("ArchiveCli", "The passphrases differ; try again.")), file=sys.stderr)


def _kdf(args: argparse.Namespace) -> Any:
    from desktop.archive import KDF_FLOOR, KdfParams

    if args.kdf_memory is None and args.kdf_iterations is None:
        return None
    return KdfParams(args.kdf_memory or KDF_FLOOR.memory_kib,
                     args.kdf_iterations or KDF_FLOOR.iterations, 1)


def _open(args: argparse.Namespace) -> Any:
    from desktop.archive import Archive

    if args.recovery_key_file:
        return Archive.open(args.archive, recovery_key=_read_secret_file(args.recovery_key_file),
                            member=args.member)
    return Archive.open(args.archive, _passphrase(args), member=args.member)


def _item_json(item: Any) -> dict[str, Any]:
    return {
        "id": item.id, "type": item.type, "fields": item.fields, "tags": list(item.tags),
        "attachments": list(item.attachments), "deleted": item.deleted,
        "needs_review": item.needs_review,
        "conflicts": {k: list(v) for k, v in item.conflicts.items()},
        "created": item.created, "updated": item.updated,
    }


def _summary(item: Any) -> str:
    f = item.fields
    title = f.get("title") or f.get("name") or f.get("seller") or f.get("text") or ""
    flags = " [!]" if item.needs_review else ""
    tags = (" #" + " #".join(item.tags)) if item.tags else ""
    return f"{item.id}  {item.type:<10}  {title}{tags}{flags}"


def _print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True))


def _report_problems(archive: Any) -> None:
    for problem in archive.problems:
        print(_t(N_("ArchiveCli", "warning: {problem}")).format(problem=_render(problem.message)), file=sys.stderr)
    _recovery_hint(archive.problems)


def _recovery_hint(problems: Any) -> None:
    """After missing records: say once what can be recovered and how."""
    from desktop.archive import MissingRecords
    from desktop.archive.errors import RECOVERABLE

    if any(isinstance(p, MissingRecords) for p in problems):
        print(_t(RECOVERABLE), file=sys.stderr)


def _guarded(func: Any) -> Any:
    def run(args: argparse.Namespace) -> int:
        from desktop.archive import ArchiveError

        try:
            return int(func(args) or 0)
        except ArchiveError as exc:
            print(_t(N_("ArchiveCli", "error: {message}")).format(message=_render(exc.message)), file=sys.stderr)
            return 2
        except _EmptyPassphrase:
            print(_t(N_("ArchiveCli", "error: the new passphrase is empty; nothing was changed")),
                  file=sys.stderr)
            return 2
        except FileExistsError as exc:
            print(_t(N_("ArchiveCli", "error: {path} already exists (use --force to overwrite)")).format(
                path=exc.args[0]), file=sys.stderr)
            return 2
        except OSError as exc:
            # A full disk reports no file name: name the archive being written instead.
            path = exc.filename or getattr(args, "archive", None) or ""
            print(_t(N_("ArchiveCli", "error: {path}: {reason}")).format(
                path=path, reason=exc.strerror or str(exc)), file=sys.stderr)
            return 2

    run.__name__ = func.__name__
    return run


# -- commands ------------------------------------------------------------------------------------


@_guarded
def _cmd_init(args: argparse.Namespace) -> int:
    from desktop.archive import Archive

    archive = Archive.create(args.archive, _passphrase(args, confirm=True), name=args.name,
                             kdf=_kdf(args))
    print(_t(N_("ArchiveCli", "Created the archive {path}.")).format(path=args.archive))
    print(_t(N_("ArchiveCli", "Keep your passphrase safe, and run 'shopsafe archive recovery' to print a "
             "recovery key.")))
    archive.lock()
    return 0


@_guarded
def _cmd_add(args: argparse.Namespace) -> int:
    archive = _open(args)
    _report_problems(archive)
    try:
        order = args.order
        if order:
            archive.get(order)
        else:
            fields = {"title": args.title or args.files[0].name}
            if args.seller:
                fields["seller"] = args.seller
            order = archive.put("order", **fields)
        for tag in args.tag:
            archive.tag(order, tag)
        added = []
        for path in args.files:
            mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            added.append((path, archive.add_attachment(path, order=order, mime=mime)))
        if args.json:
            _print_json({"order": order, "attachments": [
                {"id": a, "file": str(p)} for p, a in added]})
        else:
            for path, attachment in added:
                print(_t(N_("ArchiveCli", "Added {file} as {id} to order {order}.")).format(
                    file=path, id=attachment, order=order))
        return 0
    finally:
        archive.lock()


@_guarded
def _cmd_list(args: argparse.Namespace) -> int:
    archive = _open(args)
    _report_problems(archive)
    try:
        items = archive.items(args.type, include_deleted=args.deleted)
        if args.json:
            _print_json([_item_json(i) for i in items])
        else:
            for item in items:
                print(_summary(item))
        return 0
    finally:
        archive.lock()


@_guarded
def _cmd_show(args: argparse.Namespace) -> int:
    archive = _open(args)
    _report_problems(archive)
    try:
        item = archive.get(args.item)
        if args.json:
            _print_json(_item_json(item))
            return 0
        print(_summary(item))
        for name, value in sorted(item.fields.items()):
            shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
            print(f"  {name}: {shown}")
        for attachment in item.attachments:
            print(_t(N_("ArchiveCli", "  attachment: {id}")).format(id=attachment))
        for name, values in sorted(item.conflicts.items()):
            print(_t(N_("ArchiveCli", "  edited on two devices at once, please review {field}: {values}")).format(
                field=name, values=" | ".join(map(str, values))))
        return 0
    finally:
        archive.lock()


@_guarded
def _cmd_export(args: argparse.Namespace) -> int:
    archive = _open(args)
    _report_problems(archive)
    try:
        item = archive.get(args.item)
        if item.type == "attachment":
            size = archive.export_attachment(item.id, args.target, overwrite=args.force)
            print(_t(N_("ArchiveCli", "Exported {file} ({size} bytes).")).format(file=args.target, size=size))
            return 0
        args.target.mkdir(parents=True, exist_ok=True)
        for attachment in item.attachments:
            name = Path(str(archive.get(attachment).fields.get("name") or attachment)).name
            target = args.target / f"{attachment}-{name}"
            size = archive.export_attachment(attachment, target, overwrite=args.force)
            print(_t(N_("ArchiveCli", "Exported {file} ({size} bytes).")).format(file=target, size=size))
        return 0
    finally:
        archive.lock()


@_guarded
def _cmd_search(args: argparse.Namespace) -> int:
    archive = _open(args)
    _report_problems(archive)
    try:
        found = archive.search(args.query)
        if args.json:
            _print_json([_item_json(i) for i in found])
        else:
            for item in found:
                print(_summary(item))
            if not found:
                print(_t(N_("ArchiveCli", "Nothing found.")), file=sys.stderr)
        return 0
    finally:
        archive.lock()


@_guarded
def _cmd_verify(args: argparse.Namespace) -> int:
    archive = _open(args)
    try:
        report = archive.verify()
        problems = {p.path: p for p in [*archive.problems, *report.problems]}
        if args.json:
            _print_json({
                "ok": not problems, "checked": report.checked,
                "damaged": [{"path": p.path, "reason": _render(p.reason), "detail": p.detail}
                            for p in sorted(problems.values(), key=lambda p: p.path)],
                "notes": [{"path": p.path, "reason": _render(p.reason)}
                          for p in sorted(report.notes, key=lambda p: p.path)],
            })
        else:
            from desktop.archive import MissingRecords

            for problem in sorted(problems.values(), key=lambda p: p.path):
                line = (N_("ArchiveCli", "MISSING {path}: {reason}")
                        if isinstance(problem, MissingRecords)
                        else N_("ArchiveCli", "DAMAGED {path}: {reason}"))
                print(_t(line).format(path=problem.path, reason=_render(problem.reason)))
            for note in sorted(report.notes, key=lambda p: p.path):
                print(_t(N_("ArchiveCli", "NOTE {path}: {reason}")).format(
                    path=note.path, reason=_render(note.reason)))
            if problems:
                print(_t(N_("ArchiveCli", "{count} damaged file(s); they were left in place.")).format(
                    count=len(problems)), file=sys.stderr)
                _recovery_hint(problems.values())
            else:
                print(_t(N_("ArchiveCli", "All {count} files are intact.")).format(count=report.checked))
        return 1 if problems else 0
    finally:
        archive.lock()


@_guarded
def _cmd_passwd(args: argparse.Namespace) -> int:
    from desktop.archive import calibrate
    from desktop.archive.unlock import new_passphrase_identity

    archive = _open(args)
    try:
        if args.new_passphrase_file:
            new = _non_empty(_read_secret_file(args.new_passphrase_file), True)
        elif os.environ.get("SHOPSAFE_NEW_PASSPHRASE") is not None:
            new = _non_empty(os.environ["SHOPSAFE_NEW_PASSPHRASE"], True)
        else:
            new = _prompt(_t(N_("ArchiveCli", "New passphrase: ")), confirm=True)
        params = _kdf(args) or calibrate()
        if args.recovery_key_file:
            member = new_passphrase_identity(archive, args.name, new, params)
            print(_t(N_("ArchiveCli", "Recovered: member {member} now opens the archive with the new "
                     "passphrase.")).format(member=member))
        else:
            archive.change_passphrase(new, params)
            print(_t(N_("ArchiveCli", "Passphrase changed.")))
            print(_t(N_("ArchiveCli",
                        "The old passphrase no longer opens this folder, but it still opens "
                        "old copies of it (a backup, your sync service's version history), and "
                        "through them your member identity, including keys shared with it "
                        "later. If the old passphrase may have leaked: open the archive with "
                        "the recovery key, run 'shopsafe archive passwd' there for a new "
                        "identity, then 'shopsafe archive rotate --remove {member}'.")).format(
                member=archive.member))
        return 0
    finally:
        archive.lock()


@_guarded
def _cmd_recovery(args: argparse.Namespace) -> int:
    archive = _open(args)
    try:
        key = archive.create_recovery_key()
        if args.output:
            fd = os.open(args.output, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(key + "\n")
            print(_t(N_("ArchiveCli", "Wrote the new recovery key to {file}.")).format(file=args.output))
        else:
            print(_t(N_("ArchiveCli", "Your new recovery key (earlier recovery keys no longer work):")))
            print(key)
        print(_t(N_("ArchiveCli", "Print it or write it down and keep it somewhere safe: it opens the archive "
                 "without any passphrase.")))
        return 0
    finally:
        archive.lock()


@_guarded
def _cmd_join(args: argparse.Namespace) -> int:
    from desktop.archive import Archive
    from desktop.archive.layout import Layout
    from desktop.archive.store import read_header
    from desktop.archive.unlock import member_public

    member = Archive.request_membership(args.archive, _passphrase(args, confirm=True),
                                        name=args.name, kdf=_kdf(args))
    layout = Layout(args.archive)
    fingerprint = member_public(layout, read_header(layout).archive_id, member).fingerprint
    print(_t(N_("ArchiveCli", "Asked to join as member {member}, fingerprint {fingerprint}."))
          .format(member=member, fingerprint=fingerprint))
    print(_t(N_("ArchiveCli", "Read the fingerprint to the family member who will let you in, "
                "so they can check it before granting access.")))
    return 0


@_guarded
def _cmd_members(args: argparse.Namespace) -> int:
    archive = _open(args)
    try:
        rows = archive.members()
        if args.json:
            _print_json([{"member": m.member, "name": m.name, "role": m.role,
                          "fingerprint": m.fingerprint, "has_access": ok,
                          "you": m.member == archive.member} for m, ok in rows])
            return 0
        roles = {"member": _t(N_("ArchiveCli", "member")),
                 "recovery": _t(N_("ArchiveCli", "recovery key"))}
        width = max(len(r) for r in roles.values())
        for m, ok in rows:
            state = (_t(N_("ArchiveCli", "has access")) if ok
                     else _t(N_("ArchiveCli", "waiting for access")))
            you = _t(N_("ArchiveCli", " (you)")) if m.member == archive.member else ""
            role = roles.get(m.role, m.role)
            print(f"{m.member}  {m.fingerprint}  {role:<{width}}  {state}  {m.name}{you}".rstrip())
        return 0
    finally:
        archive.lock()


@_guarded
def _cmd_grant(args: argparse.Namespace) -> int:
    archive = _open(args)
    try:
        fingerprint = args.fingerprint
        if not fingerprint:
            try:
                fingerprint = input(_t(N_(
                    "ArchiveCli", "Ask member {member} to read out their fingerprint, and type "
                    "it here: ")).format(member=args.new_member))
            except EOFError:
                fingerprint = ""
        if not fingerprint.strip():
            print(_t(N_("ArchiveCli", "error: no fingerprint given; nothing was changed "
                                      "(use --fingerprint)")), file=sys.stderr)
            return 2
        archive.grant(args.new_member, fingerprint)
        print(_t(N_("ArchiveCli", "Member {member} can now open the archive.")).format(
            member=args.new_member))
        return 0
    finally:
        archive.lock()


@_guarded
def _cmd_rotate(args: argparse.Namespace) -> int:
    archive = _open(args)
    try:
        generation = archive.rotate_key(remove=args.remove)
        print(_t(N_("ArchiveCli", "New archive key (generation {generation}) shared with every "
                    "member still on the list.")).format(generation=generation))
        if args.remove:
            print(_t(N_("ArchiveCli", "Removed: {members}. They keep what they could already "
                        "read, but cannot read or write anything from now on.")).format(
                members=", ".join(args.remove)))
        return 0
    finally:
        archive.lock()


@_guarded
def _cmd_upgrade(args: argparse.Namespace) -> int:
    archive = _open(args)
    try:
        if not archive.upgrade():
            print(_t(N_("ArchiveCli", "This archive already uses format 2.")))
            return 0
        print(_t(N_("ArchiveCli", "Upgraded to format 2: members are now on a signed list and "
                    "every new record is signed. Create a new recovery key now ('shopsafe "
                    "archive recovery'): the old one is not carried over.")))
        return 0
    finally:
        archive.lock()
