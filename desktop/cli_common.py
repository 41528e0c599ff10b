"""What every ``shopsafe`` subcommand shares: ``--lang``, passphrases, output (no Qt unless a
language other than English is asked for).

- :func:`add_language_option` / :func:`chosen` / :func:`translator`: one ``--lang``
  (``system``, ``en``, ``id``, ``es``), resolved by the one language rule of
  :mod:`desktop.langrule` (``--lang``, ``SHOPSAFE_LANGUAGE``, Settings, the system, English;
  ``system`` skips Settings), and the translate function for it;
- :func:`passphrase` / :func:`read_secret_file`: a passphrase from ``--passphrase-file``, the
  ``SHOPSAFE_PASSPHRASE`` variable or a prompt — never from a command-line argument, which other
  users of the computer could read;
- :func:`tolerant` / :func:`write_json` / :func:`print_error`: output that never fails on a
  legacy-locale terminal, JSON that stays exact there, errors as one translated line.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any, TextIO

from desktop.text import N_, Message, Translate

__all__ = [
    "LANGUAGES",
    "add_language_option",
    "add_passphrase_option",
    "chosen",
    "passphrase",
    "print_error",
    "read_secret_file",
    "tolerant",
    "translator",
    "utf8",
    "write_json",
]

LANGUAGES = ("system", "en", "id", "es")

_T_ERROR = N_("ArchiveCli", "error: {message}")
_T_PASSPHRASE = N_("ArchiveCli", "Passphrase: ")
_T_EMPTY = N_("ArchiveCli", "The passphrase must not be empty.")
_T_REPEAT = N_("ArchiveCli", "Repeat the passphrase: ")
_T_DIFFER = N_("ArchiveCli", "The passphrases differ; try again.")


def add_language_option(parser: argparse.ArgumentParser) -> None:
    """Add ``--lang`` (unset by default: :func:`chosen` applies the language rule)."""
    parser.add_argument(
        "--lang", choices=LANGUAGES, default=None,
        help="language of the output (default: SHOPSAFE_LANGUAGE, else the language chosen in "
             "Settings, else the system's, else en; 'system' skips Settings)")


def chosen(language: str | None) -> str:
    """The supported language code for ``--lang`` by :mod:`desktop.langrule` (Qt-free);
    ``system`` means the system's language, whatever Settings say. Never raises."""
    from desktop.langrule import chosen_language, system_language

    if language == "system":
        return system_language() or "en"
    return chosen_language(language)


def translator(language: str) -> Translate | None:
    """The translate function for the language code ``language`` (``None`` for English, which
    needs none). Qt is loaded only for other languages; without PySide6 the output stays in
    English."""
    if language == "en":
        return None
    try:
        from desktop.i18n import translator_for_cli
    except ImportError:
        return None
    return translator_for_cli(language)


def add_passphrase_option(parser: argparse.ArgumentParser, flag: str = "--passphrase-file",
                          help: str = "read the passphrase from this file") -> None:
    """Add the option that names a passphrase file (the only way to give one on the command
    line; see :func:`passphrase`)."""
    parser.add_argument(flag, type=Path, metavar="FILE", help=help)


def read_secret_file(path: Path) -> str:
    """The secret in ``path`` (UTF-8), without the one trailing newline an editor adds."""
    text = path.read_text("utf-8")
    return text[:-1] if text.endswith("\n") else text


def passphrase(file: Path | None, translate: Translate | None, confirm: bool = False,
               label: Message = _T_PASSPHRASE) -> str:
    """The passphrase: from ``file`` if given, else ``SHOPSAFE_PASSPHRASE``, else asked on the
    terminal without echo (twice when ``confirm``; an empty one is refused then). Raises
    ``OSError`` for an unreadable file."""
    if file is not None:
        return read_secret_file(file)
    env = os.environ.get("SHOPSAFE_PASSPHRASE")
    if env is not None:
        return env
    return prompt(label.render(translate), translate, confirm)


def prompt(label: str, translate: Translate | None, confirm: bool) -> str:
    """Ask for a secret on the terminal (no echo); with ``confirm``, non-empty and twice."""
    while True:
        first = getpass.getpass(label)
        if not confirm:
            return first
        if not first:
            print(_T_EMPTY.render(translate), file=sys.stderr)
            continue
        if getpass.getpass(_T_REPEAT.render(translate)) == first:
            return first
        print(_T_DIFFER.render(translate), file=sys.stderr)


def tolerant(stream: TextIO) -> TextIO:
    """``stream`` set to replace what it cannot decode or encode (invalid UTF-8 piped in, a
    character a legacy-locale terminal cannot show) instead of raising."""
    try:
        stream.reconfigure(errors="replace")  # type: ignore[attr-defined]
    except (AttributeError, ValueError, OSError):
        pass  # not a text file of the interpreter's (a test's StringIO): nothing to decode
    return stream


def utf8(stream: TextIO) -> bool:
    """True when ``stream`` writes UTF-8 (else JSON is written ASCII-escaped, still exact)."""
    encoding = (getattr(stream, "encoding", None) or "utf-8").lower().replace("_", "-")
    return encoding in ("utf-8", "utf8", "utf-8-sig")


def write_json(value: Any, stream: TextIO | None = None, *, indent: int | None = None,
               sort_keys: bool = False) -> None:
    """Write ``value`` as JSON and a newline (one line unless ``indent``), exact on any
    terminal: non-ASCII is kept where the stream writes UTF-8 and escaped elsewhere."""
    stream = stream or sys.stdout
    stream.write(json.dumps(value, ensure_ascii=not utf8(stream), indent=indent,
                            sort_keys=sort_keys) + "\n")


def print_error(message: Message | str, translate: Translate | None,
                stream: TextIO | None = None) -> None:
    """``error: <message>`` on standard error, translated (the technical detail goes to the
    log, never here)."""
    text = message.render(translate) if isinstance(message, Message) else message
    print(_T_ERROR.format(message=text).render(translate), file=stream or sys.stderr)
