"""Starting ShopSafe like any other program: the menu entry, no display, one language rule.

The command runs for real in a subprocess (``python -m desktop`` is the ``shopsafe`` command).
"""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.app import display_available
from desktop.langrule import chosen_language, settings_language, system_language

REPO = Path(__file__).resolve().parent.parent


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "SHOPSAFE_LANGUAGE",
                        "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    env.update(SHOPSAFE_DATA_DIR=str(tmp_path / "data"), SHOPSAFE_SETTINGS_FILE=str(tmp_path / "settings.ini"),
               HOME=str(tmp_path / "home"), XDG_DATA_HOME=str(tmp_path / "home" / ".local" / "share"))
    env.update(extra)
    return env


def _run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop", *args], cwd=REPO, capture_output=True,
                          text=True, timeout=120, env=env)


def _choose_in_settings(tmp_path: Path, language: str) -> None:
    (tmp_path / "settings.ini").write_text(f"[locale]\nlanguage={language}\n", "utf-8")


# --- the menu entry ---------------------------------------------------------------------------

def test_install_desktop_entry_writes_a_freedesktop_entry_and_icon_for_this_user(tmp_path):
    result = _run(_env(tmp_path), "--install-desktop-entry")
    assert result.returncode == 0, result.stderr
    share = tmp_path / "home" / ".local" / "share"
    entry = share / "applications" / "shopsafe.desktop"
    icon = share / "icons" / "hicolor" / "scalable" / "apps" / "shopsafe.svg"
    assert icon.read_bytes().lstrip().startswith((b"<svg", b"<?xml"))
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(entry, encoding="utf-8")
    desktop = parser["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Icon"] == "shopsafe"
    assert desktop["Name"] == "ShopSafe" and desktop["Terminal"] == "false"
    # The menu starts this very installation (this Python, or the venv's script).
    program = desktop["Exec"].split()[0].strip('"')
    assert Path(program).is_absolute() and Path(program).exists()
    # The virtualenv's own python (a symlink), not the system one it points to.
    assert program == os.path.abspath(sys.executable)
    started = subprocess.run([*[a.strip('"') for a in desktop["Exec"].split()], "--version"],
                             capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert started.returncode == 0 and started.stdout.startswith("ShopSafe"), started.stderr
    assert "application menu" in result.stdout and str(entry) in result.stdout
    if shutil_which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr
    # Again: replaced in place, not duplicated.
    assert _run(_env(tmp_path), "--install-desktop-entry").returncode == 0
    assert sorted(p.name for p in entry.parent.iterdir()) == ["shopsafe.desktop"]


def shutil_which(name: str) -> str | None:
    import shutil

    return shutil.which(name)


def test_readme_says_how_to_start_again_and_the_language_rule():
    readme = (REPO / "README.md").read_text("utf-8")
    assert "--install-desktop-entry" in readme
    assert "SHOPSAFE_LANGUAGE" in readme and "--lang" in readme


# --- no display -------------------------------------------------------------------------------

def test_without_a_display_the_window_says_so_and_how_to_use_the_command_line(tmp_path):
    result = _run(_env(tmp_path))
    assert result.returncode == 2
    assert result.stderr.startswith("No display found")
    assert "shopsafe check" in result.stderr
    assert "xcb" not in result.stderr and "plugin" not in result.stderr
    spanish = _run(_env(tmp_path, SHOPSAFE_LANGUAGE="es"))
    assert spanish.returncode == 2 and "shopsafe check" in spanish.stderr
    assert not spanish.stderr.startswith("No display found")  # translated


def test_display_detection():
    assert not display_available({}, "linux")
    assert display_available({"DISPLAY": ":0"}, "linux")
    assert display_available({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert display_available({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not display_available({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert display_available({}, "win32") and display_available({}, "darwin")


# --- one language rule --------------------------------------------------------------------------

def test_the_language_rule_in_order(tmp_path):
    settings = tmp_path / "s.ini"
    settings.write_text("[locale]\nlanguage=id\n", "utf-8")
    env = {"SHOPSAFE_LANGUAGE": "es", "LANG": "en_US.UTF-8"}
    assert chosen_language("en", env, lambda: settings_language(settings)) == "en"   # --lang first
    assert chosen_language(None, env, lambda: settings_language(settings)) == "es"   # then the variable
    assert chosen_language(None, {"LANG": "es_MX.UTF-8"}, lambda: settings_language(settings)) == "id"
    settings.write_text("[locale]\nlanguage=system\n", "utf-8")  # "system" is no choice
    assert chosen_language(None, {"LANG": "es_MX.UTF-8"}, lambda: settings_language(settings)) == "es"
    assert chosen_language(None, {"LANG": "de_DE.UTF-8"}, None) == "en"
    assert chosen_language(None, {"SHOPSAFE_LANGUAGE": "klingon", "LANG": "in_ID"}, None) == "id"
    assert settings_language(tmp_path / "missing.ini") is None
    assert system_language({"LANGUAGE": "fr:es", "LANG": "en_US"}) == "es"
    assert system_language({"LC_ALL": "C.UTF-8", "LANG": "es_ES.UTF-8"}) is None


@pytest.mark.parametrize(("args", "extra", "settings", "expected"), [
    (["--lang", "es"], {"SHOPSAFE_LANGUAGE": "id"}, "id", "es"),
    ([], {"SHOPSAFE_LANGUAGE": "id", "LANG": "es_ES.UTF-8"}, "es", "id"),
    ([], {"LANG": "en_US.UTF-8"}, "es", "es"),
    ([], {"LANG": "id_ID.UTF-8"}, "system", "id"),
    ([], {}, "system", "en"),
])
def test_every_command_follows_the_same_rule(tmp_path, args, extra, settings, expected):
    _choose_in_settings(tmp_path, settings)
    env = _env(tmp_path, **extra)
    words = {"en": "Verdict:", "id": "Penilaian:", "es": "Veredicto:"}
    check = _run(env, "check", "--offline", *args, "https://tokopedia-promo.shop/")
    assert check.returncode in (0, 1, 3), check.stderr
    assert words[expected] in check.stdout, check.stdout
