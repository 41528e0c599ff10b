"""The ``shopsafe archive`` commands, through the archive's one door (:mod:`desktop.archive`).

Passphrases come from ``--passphrase-file``, the ``SHOPSAFE_PASSPHRASE`` variable, or a prompt
(never from a command-line argument, which other users could read). Exit status: 0 success,
1 ``verify`` found damaged files, 2 error.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from desktop import cli_archive_reading as reading
from desktop.cli_archive_text import _render, _t, _translate
from desktop.cli_common import passphrase as ask_passphrase
from desktop.cli_common import prompt, read_secret_file, write_json
from desktop.text import N_

_T_PASSPHRASE = N_("ArchiveCli", "Passphrase: ")

# -- helpers -------------------------------------------------------------------------------------


class _EmptyPassphrase(Exception):
    """A new passphrase from a file or the environment was empty."""


def _non_empty(passphrase: str, new: bool) -> str:
    if new and not passphrase:
        raise _EmptyPassphrase()
    return passphrase


def _passphrase(args: argparse.Namespace, confirm: bool = False) -> str:
    """The passphrase, the way every ShopSafe command takes one (:func:`desktop.cli_common.
    passphrase`: file, then ``SHOPSAFE_PASSPHRASE``, then a prompt without echo); a *new* one
    (``confirm``) from a file or the environment must not be empty (the prompt asks again)."""
    file = getattr(args, "passphrase_file", None)
    secret = ask_passphrase(file, _translate, confirm=confirm, label=_T_PASSPHRASE)
    if file is not None or os.environ.get("SHOPSAFE_PASSPHRASE") is not None:
        return _non_empty(secret, confirm)
    return secret


class _WeakPassphrase(Exception):
    pass


def _check_strength(passphrase: str, args: argparse.Namespace, *inputs: str) -> None:
    """Warn about a weak new passphrase; refuse it unless --weak-passphrase was given."""
    from desktop.archive import passphrase_strength

    strength = passphrase_strength(passphrase, inputs)
    if not strength.weak:
        return
    print(_t(N_("ArchiveCli", "warning: this passphrase is {label}.")).format(
        label=_render(strength.label).lower()), file=sys.stderr)
    if strength.reason is not None:
        print("  " + _render(strength.reason), file=sys.stderr)
    print("  " + _render(strength.advice), file=sys.stderr)
    if not args.weak_passphrase:
        print(_t(N_("ArchiveCli", "error: choose a stronger passphrase, or add --weak-passphrase "
                                  "to use this one anyway.")), file=sys.stderr)
        raise _WeakPassphrase()


def _kdf(args: argparse.Namespace) -> Any:
    from desktop.archive import KDF_FLOOR, KdfParams

    if args.kdf_memory is None and args.kdf_iterations is None:
        return None
    return KdfParams(args.kdf_memory or KDF_FLOOR.memory_kib,
                     args.kdf_iterations or KDF_FLOOR.iterations, 1)


@contextlib.contextmanager
def _unlocked(args: argparse.Namespace) -> Iterator[Any]:
    """The archive of ``args``, unlocked for one command and locked again however it ends."""
    session = _open(args)
    try:
        yield session
    finally:
        session.lock()


def _open(args: argparse.Namespace) -> Any:
    from desktop.archive import open_archive

    if args.recovery_key_file:
        session = open_archive(args.archive,
                               recovery_key=read_secret_file(args.recovery_key_file),
                               member=args.member)
    else:
        session = open_archive(args.archive, _passphrase(args), member=args.member)
    for problem in session.problems:
        print(_t(N_("ArchiveCli", "warning: {problem}")).format(problem=_render(problem.message)),
              file=sys.stderr)
    from desktop.archive import MissingRecords

    _recovery_hint(any(isinstance(p, MissingRecords) for p in session.problems))
    return session


def _recovery_hint(missing: bool) -> None:
    """After missing records: say once what can be recovered and how."""
    from desktop.archive.errors import RECOVERABLE

    if missing:
        print(_t(RECOVERABLE), file=sys.stderr)


def _print_json(value: Any) -> None:
    write_json(value, indent=2, sort_keys=True)


def _size(size: int) -> str:
    for unit, label in ((1 << 20, "MB"), (1 << 10, "KB")):
        if size >= unit:
            return f"{size / unit:.1f} {label}"
    return f"{size} B"


def _order_json(session: Any, order: Any) -> dict[str, Any]:
    return {
        "id": order.id, "title": order.title, "seller": order.seller, "link": order.link,
        "date": order.date, "total": order.total, "status": order.status,
        "notes": order.notes, "tags": list(order.tags), "needs_review": order.needs_review,
        "deleted": order.deleted, "created": order.created, "updated": order.updated,
        "files": [_file_json(a) for a in session.attachments(order.id)],
    }


def _file_json(attachment: Any) -> dict[str, Any]:
    return {"id": attachment.id, "name": attachment.name, "mime": attachment.mime,
            "kind": attachment.kind, "size": attachment.size, "sha256": attachment.sha256,
            "added": attachment.added}


def _status(status: str) -> str:
    from desktop.archive import ORDER_STATUSES

    return next((_render(label) for code, label in ORDER_STATUSES if code == status), status)


def _print_order(session: Any, order: Any) -> None:
    """One order as a short block: title, seller, date, total, status, tags, then its files."""
    untitled = _t(N_("ArchiveCli", "(untitled)"))
    head = [order.date or "----------", order.title or untitled]
    print("  ".join(head) + f"  [{order.id}]")
    details = []
    if order.seller:
        details.append(_t(N_("ArchiveCli", "seller: {seller}")).format(seller=order.seller))
    if order.total:
        details.append(_t(N_("ArchiveCli", "total: {total}")).format(total=order.total))
    details.append(_t(N_("ArchiveCli", "status: {status}")).format(status=_status(order.status)))
    if order.tags:
        details.append(_t(N_("ArchiveCli", "tags: {tags}")).format(tags=", ".join(order.tags)))
    if order.needs_review:
        details.append(_t(N_("ArchiveCli", "needs review (edited on two PCs)")))
    print("    " + " · ".join(details))
    for attachment in session.attachments(order.id):
        print(f"    - {attachment.name}  ({_size(attachment.size)})  [{attachment.id}]")


def _guarded(func: Any) -> Any:
    def run(args: argparse.Namespace) -> int:
        from desktop.archive import ArchiveError

        try:
            code = int(func(args) or 0)
            sys.stdout.flush()  # a closed pipe shows here, not at interpreter exit
            return code
        except _WeakPassphrase:
            return 2
        except _EmptyPassphrase:
            print(_t(N_("ArchiveCli", "error: the new passphrase is empty; nothing was changed")),
                  file=sys.stderr)
            return 2
        except ArchiveError as exc:
            print(_t(N_("ArchiveCli", "error: {message}")).format(message=_render(exc.message)),
                  file=sys.stderr)
            return 2
        except FileExistsError as exc:
            print(_t(N_("ArchiveCli", "error: {path} already exists (use --force to overwrite)"))
                  .format(path=exc.filename or exc.args[0]), file=sys.stderr)
            return 2
        except BrokenPipeError:
            # `shopsafe archive list | head`: the reader left; end quietly, as cat does.
            with contextlib.suppress(OSError):
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, sys.stdout.fileno())
            return 0
        except OSError as exc:
            # A full disk reports no file name: name the archive being written instead.
            path = exc.filename or getattr(args, "archive", None) or ""
            print(_t(N_("ArchiveCli", "error: {path}: {reason}")).format(
                path=path, reason=exc.strerror or str(exc)), file=sys.stderr)
            return 2
        except UnicodeDecodeError:
            # Only the passphrase and key files are decoded; never echo their bytes.
            files = [str(p) for p in (getattr(args, a, None) for a in (
                "passphrase_file", "new_passphrase_file", "recovery_key_file")) if p]
            print(_t(N_("ArchiveCli", "error: {path} is not UTF-8 text; save the passphrase "
                                      "or recovery key as plain text and try again"))
                  .format(path=", ".join(files)), file=sys.stderr)
            return 2
        except Exception:
            # The log gets the traceback (no passphrase is ever in an exception's text we
            # raise); the person gets one sentence.
            logging.getLogger(__name__).exception("archive command %s failed", func.__name__)
            print(_t(N_("ArchiveCli", "error: something unexpected went wrong and nothing more "
                                      "was done; the details are in the log")), file=sys.stderr)
            return 1

    run.__name__ = func.__name__
    return run


# -- commands ------------------------------------------------------------------------------------


@_guarded
def _cmd_init(args: argparse.Namespace) -> int:
    from desktop.archive import create_archive

    passphrase = _passphrase(args, confirm=True)
    _check_strength(passphrase, args, args.name, args.archive.name)
    session = create_archive(args.archive, passphrase, name=args.name, kdf=_kdf(args))
    try:
        print(_t(N_("ArchiveCli", "Created the archive {path}.")).format(path=args.archive))
        want_key = args.print_recovery_key
        if not want_key and sys.stdin.isatty() and sys.stdout.isatty():
            answer = input(_t(N_("ArchiveCli", "Print a recovery key now? [y/N] ")))
            want_key = answer.strip().lower()[:1] in ("y", _t(N_("ArchiveCli", "y")).lower()[:1])
        if want_key:
            _print_recovery_key(session.new_recovery_key())
        else:
            print(_t(N_("ArchiveCli", "Keep your passphrase safe, and run 'shopsafe archive "
                                      "recovery' to print a recovery key.")))
        return 0
    finally:
        session.lock()


def _print_recovery_key(key: str) -> None:
    print(_t(N_("ArchiveCli", "Your recovery key (earlier recovery keys no longer work):")))
    print(key)
    print(_t(N_("ArchiveCli", "Print it or write it down and keep it somewhere safe: it opens "
                              "the archive without any passphrase. Without your passphrase and "
                              "this key, nothing in the archive can be recovered.")))


@_guarded
def _cmd_add(args: argparse.Namespace) -> int:
    from desktop.archive import missing_files

    missing = missing_files(args.files)
    if missing:
        for path in missing:
            print(_t(N_("ArchiveCli", "error: {path} is not a readable file.")).format(path=path),
                  file=sys.stderr)
        print(_t(N_("ArchiveCli", "Nothing was added.")), file=sys.stderr)
        return 2
    with _unlocked(args) as session:
        order = args.order
        if order:
            session.order(order)
            if args.tag:
                session.set_tags(order, [*session.order(order).tags, *args.tag])
        else:
            fields = {"title": args.title or args.files[0].name, "seller": args.seller,
                      "date": args.date, "total": args.total}
            order = session.add_order(tags=args.tag, **fields)
        added = [(path, session.add_file(order, path)) for path in args.files]
        if args.json:
            _print_json({"order": order, "attachments": [
                {"id": a, "file": str(p)} for p, a in added]})
        else:
            title = session.order(order).title
            for path, _attachment in added:
                print(_t(N_("ArchiveCli", "Added {file} to the order {title}.")).format(
                    file=path.name, title=title))
        if args.read:  # issue 16: their text read now, so search finds it at once
            reading.read_added(session, [a for _p, a in added], reading.country(args),
                               reading.languages(args))
        return 0


def _listing(args: argparse.Namespace, orders_of: Callable[[Any], list[Any]]) -> int:
    with _unlocked(args) as session:
        orders = orders_of(session)
        if args.json:
            _print_json([_order_json(session, o) for o in orders])
            return 0
        for order in orders:
            _print_order(session, order)
        if not orders:
            print(_t(N_("ArchiveCli", "Nothing found.")), file=sys.stderr)
        return 0


@_guarded
def _cmd_list(args: argparse.Namespace) -> int:
    def newest_first(session: Any) -> list[Any]:
        orders = session.orders(include_deleted=args.deleted)
        return sorted(orders, key=lambda o: (o.date or o.created[:10], o.created), reverse=True)

    return _listing(args, newest_first)


@_guarded
def _cmd_search(args: argparse.Namespace) -> int:
    if args.json:
        return _listing(args, lambda session: session.search(args.query))
    with _unlocked(args) as session:  # each order with the lines of its files that matched
        orders = session.search(args.query)
        for order in orders:
            _print_order(session, order)
            for line in reading.matching_lines(session, order.id, args.query):
                print("      « " + line)
        if not orders:
            print(_t(N_("ArchiveCli", "Nothing found.")), file=sys.stderr)
        return 0


def _find(session: Any, name_or_id: str) -> tuple[str, Any]:
    """("order", Order) or ("file", Attachment); raises ItemNotFound."""
    from desktop.archive import ItemNotFound

    with contextlib.suppress(ItemNotFound):
        return "order", session.order(name_or_id)
    found = session.find_attachments(name_or_id)
    if len(found) > 1:
        raise _Ambiguous(found)
    if found:
        return "file", found[0]
    raise ItemNotFound(name_or_id)


class _Ambiguous(Exception):
    pass


@_guarded
def _cmd_show(args: argparse.Namespace) -> int:
    with _unlocked(args) as session:
        try:
            kind, found = _find(session, args.item)
        except _Ambiguous as many:
            return _say_ambiguous(session, many.args[0])
        if kind == "file":
            found = session.order(found.order) if found.order else None
            if found is None:
                print(_t(N_("ArchiveCli", "This file belongs to no order.")))
                return 0
        from desktop.cli_archive_written import print_written, written_json

        if args.json:
            _print_json({**_order_json(session, found), **written_json(session, found),
                         "readings": reading.readings_json(session, found.id)})  # issues 12, 16
            return 0
        _print_order(session, found)
        if found.link:
            print("    " + found.link)
        if found.notes:
            print("    " + found.notes)
        print_written(session, found)  # who wrote it, notes and reports, refused changes
        reading.print_readings(session, found.id, reading.country(args))  # issue 16
        return 0


def _say_ambiguous(session: Any, found: list[Any]) -> int:
    print(_t(N_("ArchiveCli", "error: several files have that name; use one of these ids:")),
          file=sys.stderr)
    for attachment in found:
        title = ""
        with contextlib.suppress(Exception):
            title = session.order(attachment.order).title
        print(f"  {attachment.id}  {attachment.name}  {title}", file=sys.stderr)
    return 2


@_guarded
def _cmd_export(args: argparse.Namespace) -> int:
    with _unlocked(args) as session:
        try:
            kind, found = _find(session, args.item)
        except _Ambiguous as many:
            return _say_ambiguous(session, many.args[0])
        exported = []
        if kind == "file":
            # The stored name came from another device: keep only its last part, so
            # "../../x" or "/home/u/.bashrc" cannot write outside the chosen folder.
            name = Path(found.name).name
            if name in ("", ".", ".."):
                name = found.id
            target = args.target / name if args.target.is_dir() else args.target
            exported.append((target, session.export(found.id, target, overwrite=args.force)))
        else:
            args.target.mkdir(parents=True, exist_ok=True)
            for attachment in session.attachments(found.id):
                target = args.target / f"{attachment.id}-{Path(attachment.name).name}"
                exported.append((target, session.export(attachment.id, target,
                                                        overwrite=args.force)))
        for target, size in exported:
            print(_t(N_("ArchiveCli", "Exported {file} ({size} bytes).")).format(file=target,
                                                                                   size=size))
        return 0


@_guarded
def _cmd_verify(args: argparse.Namespace) -> int:
    with _unlocked(args) as session:
        result = session.verify()
        if args.json:
            _print_json({
                "ok": result.ok, "checked": result.checked,
                "damaged": [{"path": d.path, "reason": _render(d.reason), "detail": d.detail,
                             "order": d.order_id, "order_title": d.order_title,
                             "file": d.file_name} for d in result.damaged],
                "notes": [{"path": n.path, "reason": _render(n.reason)} for n in result.notes],
            })
        else:
            for damage in result.damaged:
                print(_t(N_("ArchiveCli", "DAMAGED {path}: {reason}")).format(
                    path=damage.path, reason=_render(damage.reason)))
                if damage.file_name:
                    print(_t(N_("ArchiveCli", "  the file {file} of the order {order}")).format(
                        file=damage.file_name,
                        order=damage.order_title or damage.order_id or "?"))
            for note in result.notes:
                print(_t(N_("ArchiveCli", "NOTE {path}: {reason}")).format(
                    path=note.path, reason=_render(note.reason)))
            if result.damaged:
                print(_t(N_("ArchiveCli", "{count} damaged file(s); they were left in place."))
                      .format(count=len(result.damaged)), file=sys.stderr)
                _recovery_hint(result.missing)
            else:
                print(_t(N_("ArchiveCli", "All {count} files are intact.")).format(
                    count=result.checked))
        return 1 if result.damaged else 0


@_guarded
def _cmd_passwd(args: argparse.Namespace) -> int:
    with _unlocked(args) as session:
        if args.new_passphrase_file:
            new = _non_empty(read_secret_file(args.new_passphrase_file), True)
        elif os.environ.get("SHOPSAFE_NEW_PASSPHRASE") is not None:
            new = _non_empty(os.environ["SHOPSAFE_NEW_PASSPHRASE"], True)
        else:
            new = prompt(_t(N_("ArchiveCli", "New passphrase: ")), _translate, confirm=True)
        _check_strength(new, args, args.name)
        if args.recovery_key_file:
            member = session.add_passphrase_identity(args.name, new, _kdf(args))
            print(_t(N_("ArchiveCli", "Recovered: member {member} now opens the archive with "
                                      "the new passphrase.")).format(member=member))
        else:
            session.change_passphrase(new, _kdf(args))
            print(_t(N_("ArchiveCli", "Passphrase changed.")))
            print(_t(N_("ArchiveCli",
                        "The old passphrase no longer opens this folder, but it still opens "
                        "old copies of it (a backup, your sync service's version history), and "
                        "through them your member identity, including keys shared with it "
                        "later. If the old passphrase may have leaked: open the archive with "
                        "the recovery key, run 'shopsafe archive passwd' there for a new "
                        "identity, then 'shopsafe archive rotate --remove {member}'.")).format(
                member=session.member))
        return 0


@_guarded
def _cmd_recovery(args: argparse.Namespace) -> int:
    with _unlocked(args) as session:
        if args.output:
            # Claim the file first: new_recovery_key() retires the old key, so an existing
            # --output must be refused before anything changes.
            fd = os.open(args.output, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    handle.write(session.new_recovery_key() + "\n")
                    handle.flush()
                    os.fsync(handle.fileno())
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(args.output)  # no empty key file left to be trusted later
                raise
            print(_t(N_("ArchiveCli", "Wrote the new recovery key to {file}.")).format(
                file=args.output))
            print(_t(N_("ArchiveCli", "Print it or write it down and keep it somewhere safe: it "
                                      "opens the archive without any passphrase.")))
        else:
            _print_recovery_key(session.new_recovery_key())
        return 0


@_guarded
def _cmd_join(args: argparse.Namespace) -> int:
    from desktop.archive import request_membership

    passphrase = _passphrase(args, confirm=True)
    _check_strength(passphrase, args, args.name)
    member, fingerprint = request_membership(args.archive, passphrase, name=args.name,
                                             kdf=_kdf(args))
    print(_t(N_("ArchiveCli", "Asked to join as member {member}, fingerprint {fingerprint}."))
          .format(member=member, fingerprint=fingerprint))
    print(_t(N_("ArchiveCli", "Read the fingerprint to the family member who will let you in, "
                "so they can check it before granting access.")))
    return 0


@_guarded
def _cmd_grant(args: argparse.Namespace) -> int:
    with _unlocked(args) as session:
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
        session.grant(args.new_member, fingerprint)
        print(_t(N_("ArchiveCli", "Member {member} can now open the archive.")).format(
            member=args.new_member))
        return 0


@_guarded
def _cmd_rotate(args: argparse.Namespace) -> int:
    with _unlocked(args) as session:
        generation = session.rotate_key(remove=args.remove)
        print(_t(N_("ArchiveCli", "New archive key (generation {generation}) shared with every "
                    "member still on the list.")).format(generation=generation))
        if args.remove:
            print(_t(N_("ArchiveCli", "Removed: {members}. They keep what they could already "
                        "read, but cannot read or write anything from now on.")).format(
                members=", ".join(args.remove)))
        return 0


@_guarded
def _cmd_upgrade(args: argparse.Namespace) -> int:
    with _unlocked(args) as session:
        if not session.upgrade():
            print(_t(N_("ArchiveCli", "This archive already uses format 2.")))
            return 0
        print(_t(N_("ArchiveCli", "Upgraded to format 2: members are now on a signed list and "
                    "every new record is signed. Create a new recovery key now ('shopsafe "
                    "archive recovery'): the old one is not carried over.")))
        return 0


# -- read text of files (issue 16; the work is in cli_archive_reading) ----------------------------


@_guarded
def _cmd_reread(args: argparse.Namespace) -> int:
    with _unlocked(args) as session:
        order_id = None
        if args.order:
            order_id = session.order(args.order).id  # ItemNotFound: "no such item"
        return reading.reread(session, order_id, reading.country(args), reading.languages(args),
                              forget=args.all)
