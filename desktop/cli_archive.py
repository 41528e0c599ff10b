"""``shopsafe archive …``: the encrypted archive from the command line.

Passphrases come from ``--passphrase-file``, the ``SHOPSAFE_PASSPHRASE`` variable, or a prompt
(never from a command-line argument, which other users could read). Commands whose output is
data accept ``--json``. Exit status: 0 success, 1 ``verify`` found damaged files, 2 error.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop import cli_archive_commands as commands
from desktop.cli_archive_text import _h, _translate_argparse, add_archive_arguments, add_language_option
from desktop.text import N_

__all__ = ["register"]


def register(subparsers: argparse._SubParsersAction) -> None:
    _translate_argparse()
    parser = subparsers.add_parser(
        "archive", help=_h(N_("ArchiveCli", "the encrypted evidence archive")),
        description=_h(N_("ArchiveCli",
                          "Keep orders, receipts and chats in an encrypted archive folder.")),
    )
    sub = parser.add_subparsers(title=_h(N_("ArchiveCli", "archive commands")), metavar="ACTION")

    common = add_archive_arguments

    def kdf_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--kdf-memory", type=int, metavar="KIB",
                       help=_h(N_("ArchiveCli",
                                  "Argon2id memory in KiB (default: calibrated to ~0.6 s)")))
        p.add_argument("--kdf-iterations", type=int, metavar="N",
                       help=_h(N_("ArchiveCli", "Argon2id iterations")))

    def new_passphrase_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--weak-passphrase", action="store_true",
                       help=_h(N_("ArchiveCli", "accept a passphrase the estimator calls weak")))

    name_help = _h(N_("ArchiveCli", "your name as shown to the family"))
    p = sub.add_parser("init", help=_h(N_("ArchiveCli", "create a new archive")))
    p.add_argument("archive", type=Path,
                   help=_h(N_("ArchiveCli", "the archive folder (e.g. MyArchive.shopsafe)")))
    p.add_argument("--passphrase-file", type=Path,
                   help=_h(N_("ArchiveCli", "read the passphrase from this file")))
    p.add_argument("--name", default="", help=name_help)
    p.add_argument("--print-recovery-key", action="store_true",
                   help=_h(N_("ArchiveCli", "print a recovery key right away (else you are asked "
                                            "when the terminal is interactive)")))
    new_passphrase_options(p)
    kdf_options(p)
    p.set_defaults(func=commands._cmd_init)

    p = sub.add_parser("add", help=_h(N_("ArchiveCli", "encrypt files into the archive")))
    common(p, json_output=True)
    p.add_argument("files", nargs="+", type=Path,
                   help=_h(N_("ArchiveCli", "the files to add (all are checked first)")))
    p.add_argument("--order", help=_h(N_("ArchiveCli", "attach to this order (default: a new order)")))
    p.add_argument("--title", help=_h(N_("ArchiveCli", "title of the new order")))
    p.add_argument("--seller", help=_h(N_("ArchiveCli", "seller of the new order")))
    p.add_argument("--date", help=_h(N_("ArchiveCli", "date of the new order (YYYY-MM-DD)")))
    p.add_argument("--total", help=_h(N_("ArchiveCli", "amount paid, as written (e.g. 'Rp 250.000')")))
    p.add_argument("--tag", action="append", default=[],
                   help=_h(N_("ArchiveCli", "tag for the order (repeatable)")))
    p.add_argument("--read", action="store_true",
                   help=_h(N_("ArchiveCli", "read the files' text now, so search finds them "
                                            "(else 'reread' or the window does it later)")))
    p.add_argument("--country", help=_h(N_("ArchiveCli", "your country (ISO code, e.g. ID, ES, "
                                                         "MX): currency and date order")))
    p.set_defaults(func=commands._cmd_add)

    p = sub.add_parser("list", help=_h(N_("ArchiveCli", "list the orders with their files")))
    common(p, json_output=True)
    p.add_argument("--deleted", action="store_true",
                   help=_h(N_("ArchiveCli", "include deleted orders")))
    p.set_defaults(func=commands._cmd_list)

    p = sub.add_parser("show", help=_h(N_("ArchiveCli", "show one order or file")))
    common(p, json_output=True)
    p.add_argument("item", help=_h(N_("ArchiveCli", "an order id, a file id or a file name")))
    p.add_argument("--country", help=_h(N_("ArchiveCli", "your country (ISO code, e.g. ID, ES, "
                                                         "MX): currency and date order")))
    p.set_defaults(func=commands._cmd_show)

    p = sub.add_parser("export", help=_h(N_("ArchiveCli",
                                            "decrypt a file (or all of an order's) to disk")))
    common(p)
    p.add_argument("item", help=_h(N_("ArchiveCli", "a file name, a file id or an order id")))
    p.add_argument("target", type=Path,
                   help=_h(N_("ArchiveCli", "file (for a file) or folder (for an order)")))
    p.add_argument("--force", action="store_true",
                   help=_h(N_("ArchiveCli", "overwrite existing files")))
    p.set_defaults(func=commands._cmd_export)

    p = sub.add_parser("search", help=_h(N_("ArchiveCli",
                                            "search the archive (accents and case ignored)")))
    common(p, json_output=True)
    p.add_argument("query", help=_h(N_("ArchiveCli", "words to look for")))
    p.set_defaults(func=commands._cmd_search)

    # issue 16: the text of stored files, read again on demand
    p = sub.add_parser("reread", help=_h(N_("ArchiveCli", "read the text of files not read yet "
                                                          "(pictures by OCR, PDFs, e-mails)")))
    common(p)
    p.add_argument("order", nargs="?",
                   help=_h(N_("ArchiveCli", "only this order's files (an order id)")))
    p.add_argument("--all", action="store_true",
                   help=_h(N_("ArchiveCli", "read every file again, also those already read")))
    p.add_argument("--country", help=_h(N_("ArchiveCli", "your country (ISO code, e.g. ID, ES, "
                                                         "MX): currency and date order")))
    p.set_defaults(func=commands._cmd_reread)

    p = sub.add_parser("verify", help=_h(N_("ArchiveCli",
                                            "check every file; exit 1 naming each damaged one")))
    common(p, json_output=True)
    p.set_defaults(func=commands._cmd_verify)

    p = sub.add_parser("passwd", help=_h(N_("ArchiveCli", "change your passphrase")))
    common(p)
    p.add_argument("--new-passphrase-file", type=Path,
                   help=_h(N_("ArchiveCli", "read the new passphrase from this file")))
    p.add_argument("--name", default="",
                   help=_h(N_("ArchiveCli", "name for the new member (after recovery)")))
    new_passphrase_options(p)
    kdf_options(p)
    p.set_defaults(func=commands._cmd_passwd)

    p = sub.add_parser("join", help=_h(N_("ArchiveCli",
                                          "ask to join a family archive with your own passphrase")))
    p.add_argument("archive", type=Path,
                   help=_h(N_("ArchiveCli", "the archive folder (e.g. MyArchive.shopsafe)")))
    p.add_argument("--passphrase-file", type=Path,
                   help=_h(N_("ArchiveCli", "read the passphrase from this file")))
    p.add_argument("--name", default="", help=name_help)
    new_passphrase_options(p)
    kdf_options(p)
    p.set_defaults(func=commands._cmd_join)

    # Family members (issue 12): members list|add|invite|grant|remove|promote; "members
    # ARCHIVE" alone still lists.
    from desktop import cli_archive_members

    cli_archive_members.register(sub, common, kdf_options, new_passphrase_options)

    p = sub.add_parser("grant", help=_h(N_("ArchiveCli",
                                           "let a member who asked to join open the archive")))
    common(p)
    p.add_argument("new_member", metavar="MEMBER",
                   help=_h(N_("ArchiveCli", "the member id shown by 'join'")))
    p.add_argument("--fingerprint",
                   help=_h(N_("ArchiveCli", "the fingerprint the new member reads out to you "
                                            "(asked if missing)")))
    p.set_defaults(func=commands._cmd_grant)

    p = sub.add_parser("rotate", help=_h(N_("ArchiveCli",
                                            "new archive key for everyone except removed members")))
    common(p)
    p.add_argument("--remove", action="append", default=[], metavar="MEMBER",
                   help=_h(N_("ArchiveCli", "remove this member (repeatable)")))
    p.set_defaults(func=commands._cmd_rotate)

    p = sub.add_parser("upgrade", help=_h(N_("ArchiveCli",
                                             "upgrade a format 1 archive to format 2 (founder only)")))
    common(p)
    p.set_defaults(func=commands._cmd_upgrade)

    p = sub.add_parser("recovery", help=_h(N_("ArchiveCli", "create a new printable recovery key")))
    common(p)
    p.add_argument("--output", type=Path,
                   help=_h(N_("ArchiveCli", "write the key to this new file instead")))
    p.set_defaults(func=commands._cmd_recovery)

    # Sync (issue 12): edits made on two computers at once.
    from desktop.cli_archive_sync import register as register_sync

    register_sync(sub, common)

    add_language_option(sub, parser)


