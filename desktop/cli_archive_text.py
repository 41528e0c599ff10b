"""Language of ``shopsafe archive``: its messages, its ``--help`` and argparse's own words.

Shared by :mod:`desktop.cli_archive` (the parser) and :mod:`desktop.cli_archive_commands`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.cli_common import chosen, translator
from desktop.text import N_, Message, Translate

# The underscore helpers (_t, _render, _h, _with_language, _translate_argparse) are shared by
# the two archive command-line modules only.
__all__ = ["LANGUAGES"]

LANGUAGES = ("system", "en", "id", "es")

# The translate function of the language chosen with --lang (None: English source text).
_chosen: Translate | None = None


def _use_language(language: str | None) -> None:
    """Translate this command's output into ``language`` ("system": the user's locale; None:
    the one rule of :mod:`desktop.langrule` — SHOPSAFE_LANGUAGE, then Settings, then the
    system), with the translators every ShopSafe command line uses
    (:func:`desktop.i18n.translator_for_cli`). English needs no Qt at all; without PySide6 the
    output stays in English."""
    global _chosen  # noqa: PLW0603 - one language per process run
    _chosen = translator(chosen(language))


def _translate(context: str, text: str) -> str:
    return _chosen(context, text) if _chosen else text


def _with_language(func: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        _use_language(args.lang)
        return func(args)

    return run


def add_archive_arguments(p: argparse.ArgumentParser, json_output: bool = False) -> None:
    """The options every command that opens an archive takes: the folder, how to unlock it
    (passphrase file, recovery key file, one member's slots), and ``--json`` when asked for.
    One place for the archive, members, sync and sellers commands."""
    p.add_argument("archive", type=Path,
                   help=_h(N_("ArchiveCli", "the archive folder (e.g. MyArchive.shopsafe)")))
    p.add_argument("--passphrase-file", type=Path,
                   help=_h(N_("ArchiveCli", "read the passphrase from this file")))
    p.add_argument("--recovery-key-file", type=Path,
                   help=_h(N_("ArchiveCli", "unlock with the recovery key stored in this file")))
    p.add_argument("--member", help=_h(N_("ArchiveCli", "only try this member's slots")))
    if json_output:
        p.add_argument("--json", action="store_true", help=_h(N_("ArchiveCli", "print JSON")))


def add_language_option(sub: argparse._SubParsersAction, parser: argparse.ArgumentParser) -> None:
    """Give every action of ``sub`` the ``--lang`` option (their output and errors in that
    language), and make ``parser`` alone print its help. One place for the archive, members
    and sellers commands."""
    for action in sub.choices.values():
        action.add_argument(
            "--lang", choices=LANGUAGES, default=None,
            help=_h(N_("ArchiveCli", "language of the messages (default: SHOPSAFE_LANGUAGE, else "
                                     "the language chosen in Settings, else the system's)")))
        action.set_defaults(func=_with_language(action.get_default("func")))
    parser.set_defaults(func=lambda args: (parser.print_help(), 2)[1])


def _t(message: Message) -> str:
    """The message in the user's language (placeholders left for ``str.format``)."""
    return message.render(_translate)


def _render(message: Any) -> str:
    return message.render(_translate) if hasattr(message, "render") else str(message)


def _help_translate(text: str) -> str:
    """``--help`` in the user's language: ``--lang`` on the command line, else the one rule of
    :mod:`desktop.langrule`. Only loaded when the archive command runs, so other commands pay
    nothing."""
    argv = sys.argv[1:]
    if "archive" not in argv and "sellers" not in argv:
        return text
    if _help_translate.language is None:  # type: ignore[attr-defined]
        language = None  # the one rule: SHOPSAFE_LANGUAGE, Settings, system
        if "--lang" in argv[:-1]:
            language = argv[argv.index("--lang") + 1]
        _use_language(language if language in LANGUAGES else None)
        _help_translate.language = language or ""  # type: ignore[attr-defined]
    return _translate("ArchiveCli", text)


_help_translate.language = None  # type: ignore[attr-defined]


def _h(message: Message) -> str:
    return _help_translate(message.source)


#: argparse's own words (it asks gettext, which has no catalogue for them): the usage line,
#: headings and the errors a person meets. Others stay English.
_ARGPARSE_TEXTS = (
    N_("Argparse", "usage: "),
    N_("Argparse", "positional arguments"),
    N_("Argparse", "options"),
    N_("Argparse", "show this help message and exit"),
    N_("Argparse", "the following arguments are required: %s"),
    N_("Argparse", "unrecognized arguments: %s"),
    N_("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    N_("Argparse", "argument %(argument_name)s: %(message)s"),
    N_("Argparse", "expected one argument"),
    N_("Argparse", "%(prog)s: error: %(message)s\n"),
)
_ARGPARSE_SOURCES = frozenset(m.source for m in _ARGPARSE_TEXTS)


def _translate_argparse() -> None:
    """Route argparse's gettext calls through our translations (the archive command only)."""
    _help_translate("")  # chooses the language, once
    if _chosen is None:
        return
    plain = argparse._  # type: ignore[attr-defined]

    def translated(text: str) -> str:
        return _translate("Argparse", text) if text in _ARGPARSE_SOURCES else plain(text)

    argparse._ = translated  # type: ignore[attr-defined]


