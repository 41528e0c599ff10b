"""The ``shopsafe`` command: no arguments opens the window; subcommands script the same API.

Each subcommand lives in its own module exposing ``register(subparsers)``; the module sets
``func`` on its parser, which receives the parsed arguments and returns the exit status.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop import __version__
from desktop.text import N_

__all__ = ["build_parser", "main"]

# Modules that add subcommands; each must do something real (no placeholders).
_SUBCOMMAND_MODULES: tuple[str, ...] = (
    "desktop.cli_archive", "desktop.cli_check", "desktop.cli_costs", "desktop.cli_sellers",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="shopsafe",
        description=(
            "ShopSafe checks sellers before you pay, works out the real cost of a purchase "
            "and keeps the evidence in an encrypted archive. Run without arguments to open "
            "the window."
        ),
    )
    parser.add_argument("--version", action="version", version=f"ShopSafe {__version__}")
    parser.add_argument("--lang", dest="window_lang", choices=("en", "id", "es"), default=None,
                        help="language of the window (default: SHOPSAFE_LANGUAGE, else the "
                             "language chosen in Settings, else the system's, else en)")
    parser.add_argument("--install-desktop-entry", action="store_true",
                        help="add ShopSafe to your application menu (this user only) and exit")
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    import importlib

    for name in _SUBCOMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list:
        from desktop.app import main as gui_main

        return gui_main([])
    parser = build_parser()
    args = parser.parse_args(args_list)
    if args.install_desktop_entry:
        return _install_desktop_entry(args.window_lang)
    func = getattr(args, "func", None)
    if func is None:  # only options for the window, such as --lang
        from desktop.app import main as gui_main

        return gui_main([], language=args.window_lang)
    return int(func(args) or 0)


_T_INSTALLED = N_("Cli", "ShopSafe is now in your application menu (under Office). Start it from "
                         "there, or with this command: {command}")
_T_INSTALLED_FILES = N_("Cli", "Menu entry: {entry}\nIcon: {icon}")
_T_NOT_INSTALLED = N_("Cli", "The menu entry could not be written. {reason}")


def _install_desktop_entry(language: str | None) -> int:
    from desktop.cli_common import chosen, translator
    from desktop.desktop_entry import install_desktop_entry
    from desktop.plainerrors import file_error_message

    translate = translator(chosen(language))
    try:
        installed = install_desktop_entry()
    except OSError as error:
        folder = Path(error.filename).parent if getattr(error, "filename", None) else Path.home()
        print(_T_NOT_INSTALLED.format(reason=file_error_message(error, folder))
              .render(translate), file=sys.stderr)
        return 1
    print(_T_INSTALLED.format(command=installed.command).render(translate))
    print(_T_INSTALLED_FILES.format(entry=str(installed.entry), icon=str(installed.icon)).render(translate))
    return 0
