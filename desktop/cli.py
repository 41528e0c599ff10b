"""The ``shopsafe`` command: no arguments opens the window; subcommands script the same API.

Each subcommand lives in its own module exposing ``register(subparsers)``; the module sets
``func`` on its parser, which receives the parsed arguments and returns the exit status.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from desktop import __version__

__all__ = ["build_parser", "main"]

# Modules that add subcommands; each must do something real (no placeholders).
_SUBCOMMAND_MODULES: tuple[str, ...] = (
    "desktop.cli_archive", "desktop.cli_check", "desktop.cli_costs",
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
    func = getattr(args, "func", None)
    if func is None:
        parser.print_help()
        return 2
    return int(func(args) or 0)
