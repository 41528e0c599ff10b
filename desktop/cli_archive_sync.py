"""``shopsafe archive conflicts|resolve``: edits made on two computers at once (issue 12).

``conflicts ARCHIVE [--json]`` lists every field changed on two PCs before they synced, each
version numbered with who wrote it and when (the first is the one shown now). ``resolve ARCHIVE
ITEM FIELD --keep N`` keeps version N, ``--value TEXT`` writes the right value; either way one
signed record settles it for the whole family. Exit status: 0 done, 2 error (nothing to settle
there, a version number out of range, the archive errors of the other commands).
"""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli_archive_commands import _guarded, _print_json, _unlocked
from desktop.cli_archive_text import _h, _t
from desktop.text import N_

__all__ = ["register"]


def register(sub: argparse._SubParsersAction, common: Any) -> None:
    """Add the two commands to ``shopsafe archive`` (``common`` adds the archive options)."""
    p = sub.add_parser("conflicts", help=_h(N_(
        "ArchiveCli", "list fields edited on two computers at once, with every version")))
    common(p, json_output=True)
    p.set_defaults(func=_cmd_conflicts)

    p = sub.add_parser("resolve", help=_h(N_(
        "ArchiveCli", "settle a field edited on two computers at once")))
    common(p)
    p.add_argument("item", metavar="ITEM",
                   help=_h(N_("ArchiveCli", "the order (or other item) id shown by 'conflicts'")))
    p.add_argument("field", metavar="FIELD",
                   help=_h(N_("ArchiveCli", "the field shown by 'conflicts' (e.g. title)")))
    choice = p.add_mutually_exclusive_group(required=True)
    choice.add_argument("--keep", type=int, metavar="N",
                        help=_h(N_("ArchiveCli", "keep version N as numbered by 'conflicts'")))
    choice.add_argument("--value", metavar="TEXT",
                        help=_h(N_("ArchiveCli", "write this value instead of any version")))
    p.set_defaults(func=_cmd_resolve)


def _when(at: str) -> str:
    return at.replace("T", " ").replace("Z", " UTC")


def _value(value: Any) -> str:
    if isinstance(value, str):
        return f"“{value}”"
    import json

    return json.dumps(value, ensure_ascii=False, sort_keys=True)


@_guarded
def _cmd_conflicts(args: argparse.Namespace) -> int:
    with _unlocked(args) as session:
        found = session.conflicts()
        if args.json:
            _print_json([{
                "type": c.type, "item": c.item, "label": c.label, "field": c.field,
                "versions": [{"value": v.value, "author": v.author, "author_name": v.author_name,
                              "at": v.at, "shown": i == 0} for i, v in enumerate(c.versions)],
            } for c in found])
            return 0
        if not found:
            print(_t(N_("ArchiveCli", "Nothing to review: every edit has been settled.")))
            return 0
        for conflict in found:
            print(_t(N_("ArchiveCli", "{item} {field} — {label}")).format(
                item=conflict.item, field=conflict.field, label=conflict.label or conflict.type))
            for number, version in enumerate(conflict.versions, 1):
                shown = _t(N_("ArchiveCli", " (shown now)")) if number == 1 else ""
                print("  " + _t(N_("ArchiveCli", "{n}. {value} by {who}, {when}{shown}")).format(
                    n=number, value=_value(version.value),
                    who=version.author_name or version.author, when=_when(version.at),
                    shown=shown))
        print(_t(N_("ArchiveCli", "Settle one with: shopsafe archive resolve ARCHIVE ITEM FIELD "
                                  "--keep N (or --value TEXT)")))
        return 0


@_guarded
def _cmd_resolve(args: argparse.Namespace) -> int:
    import sys

    with _unlocked(args) as session:
        match = [c for c in session.conflicts() if c.key == (args.item, args.field)]
        if not match:
            print(_t(N_("ArchiveCli", "error: {field} of {item} has no edits to settle "
                                      "(see 'shopsafe archive conflicts')")).format(
                field=args.field, item=args.item), file=sys.stderr)
            return 2
        conflict = match[0]
        if args.keep is not None:
            if not 1 <= args.keep <= len(conflict.versions):
                print(_t(N_("ArchiveCli", "error: choose a version from 1 to {count}")).format(
                    count=len(conflict.versions)), file=sys.stderr)
                return 2
            value = conflict.versions[args.keep - 1].value
        else:
            value = args.value
        session.resolve_conflict(conflict, value)
        print(_t(N_("ArchiveCli", "Settled: {field} is now {value} for everyone.")).format(
            field=args.field, value=_value(value)))
        return 0
