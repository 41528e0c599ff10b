"""The real ``shopsafe`` command, run in a subprocess: help, version, and the window start."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop import __version__

REPO = Path(__file__).resolve().parent.parent


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=REPO, capture_output=True, text=True, timeout=120, env=env,
    )


def test_help_describes_the_program():
    result = _run("--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: shopsafe")
    text = " ".join(result.stdout.split())  # argparse wraps lines to the terminal width
    assert "Run without arguments to open the window" in text
    assert "--version" in text


def test_version():
    result = _run("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"ShopSafe {__version__}"


def test_unknown_option_fails_cleanly():
    result = _run("--no-such-option")
    assert result.returncode == 2
    assert "usage: shopsafe" in result.stderr
    assert "Traceback" not in result.stderr


def test_no_arguments_opens_the_window(tmp_path):
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        SHOPSAFE_EXIT_WHEN_SHOWN="1",
        SHOPSAFE_DATA_DIR=str(tmp_path / "data"),
        SHOPSAFE_SETTINGS_FILE=str(tmp_path / "settings.ini"),
    )
    result = _run(env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("shown ")
    assert "Traceback" not in result.stderr
    settings = (tmp_path / "settings.ini").read_text()
    assert "window_geometry" in settings  # the window saved its state on close
    assert (tmp_path / "data" / "logs" / "shopsafe.log").exists()


def test_desktop_entry_matches_the_installed_commands():
    import configparser
    import shutil
    import tomllib

    entry_path = REPO / "resources" / "shopsafe.desktop"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(entry_path, encoding="utf-8")
    section = entry["Desktop Entry"]
    scripts = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["gui-scripts"]
    assert section["Exec"].split()[0] in scripts
    assert section["Icon"] == "shopsafe" and (REPO / "resources" / "icons" / "shopsafe.svg").exists()
    assert "Comment[id]" in section and "Comment[es]" in section
    validator = shutil.which("desktop-file-validate")
    if validator:
        result = subprocess.run([validator, str(entry_path)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr
