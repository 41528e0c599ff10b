"""``shopsafe --install-desktop-entry``: put ShopSafe in the current user's application menu.

Follows the freedesktop.org specifications (Desktop Entry, Icon Theme, XDG Base Directory): the
entry goes to ``$XDG_DATA_HOME/applications/shopsafe.desktop`` (``~/.local/share`` when unset)
and the icon to ``$XDG_DATA_HOME/icons/hicolor/scalable/apps/shopsafe.svg``. ``Exec`` names the
program that is running now (the virtualenv's ``shopsafe``, or this Python with ``-m desktop``),
so the menu starts the same installation. Nothing outside the user's own folders is touched and
no root rights are needed. Qt-free.
"""

from __future__ import annotations

import os
import shlex
import shutil
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from desktop.fileio import SHARED, write_atomically
from desktop.paths import resource_path

__all__ = ["InstalledEntry", "install_desktop_entry", "launch_command"]

ENTRY_NAME = "shopsafe.desktop"
ICON_NAME = "shopsafe.svg"


@dataclass(frozen=True)
class InstalledEntry:
    """Where the entry and the icon were written, and the command the menu runs."""

    entry: Path
    icon: Path
    command: str


def _data_home(environ: Mapping[str, str]) -> Path:
    value = environ.get("XDG_DATA_HOME", "")
    # The spec: a relative path is invalid and must be ignored.
    if value and Path(value).is_absolute():
        return Path(value)
    return Path(environ.get("HOME") or Path.home()) / ".local" / "share"


def launch_command(argv0: str | None = None, executable: str | None = None) -> list[str]:
    """The command that starts this installation's window: the ``shopsafe`` script beside the
    running one when it exists, else ``python -m desktop`` with this interpreter."""
    argv0 = sys.argv[0] if argv0 is None else argv0
    executable = executable or sys.executable
    # Absolute, but never symlink-resolved: a virtualenv's python is a link to the system one,
    # and only the link finds the virtualenv's packages.
    script = Path(os.path.abspath(argv0))
    if script.name in ("shopsafe", "shopsafe-gui") and script.exists():
        gui = script.with_name("shopsafe-gui")
        return [str(gui if gui.exists() else script)]
    return [os.path.abspath(executable), "-m", "desktop"]


def _exec_line(command: list[str]) -> str:
    # Desktop Entry spec: arguments with reserved characters are double-quoted; "%" is doubled.
    def quote(arg: str) -> str:
        arg = arg.replace("%", "%%")
        if any(c in arg for c in ' \t\n"\'\\><~|&;$*?#()`'):
            return '"' + arg.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$") + '"'
        return arg

    return " ".join(quote(arg) for arg in command)


def install_desktop_entry(
    environ: Mapping[str, str] | None = None, command: list[str] | None = None
) -> InstalledEntry:
    """Write the menu entry and the icon for the current user; returns where. Raises
    ``OSError`` when a folder cannot be written. Running it again replaces both (an update)."""
    environ = os.environ if environ is None else environ
    command = command or launch_command()
    data = _data_home(environ)
    applications = data / "applications"
    icons = data / "icons" / "hicolor" / "scalable" / "apps"
    applications.mkdir(parents=True, exist_ok=True)
    icons.mkdir(parents=True, exist_ok=True)
    icon = icons / ICON_NAME
    shutil.copyfile(resource_path("icons", ICON_NAME), icon)
    lines = []
    for line in resource_path(ENTRY_NAME).read_text("utf-8").splitlines():
        if line.startswith("Exec="):
            line = "Exec=" + _exec_line(command)
        elif line.startswith("TryExec="):
            continue
        lines.append(line)
    entry = applications / ENTRY_NAME
    write_atomically(entry, "\n".join(lines) + "\n", mode=SHARED)
    return InstalledEntry(entry, icon, shlex.join(command))
