"""The README's two commands, .ci/run and tools/setup.sh agree, and Qt finds its libraries."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.+?)\n```", text, flags=re.S)


def test_readme_opens_with_the_name_and_two_commands() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert text.startswith("# ShopSafe\n")
    commands = readme_commands()
    assert len(commands) >= 2
    install, test = commands[0], commands[1]
    # Both commands come before any other section of the README.
    first_section = text.find("\n## ")
    if first_section != -1:
        assert text.index(test) < first_section
    for command in (install, test):
        assert "\n" not in command, "each command is one line to paste"
        assert "python3 -m venv .venv" in command, "PEP 668: install into a venv"
        assert command.startswith("bash tools/setup.sh && ")
    assert install.endswith(".venv/bin/shopsafe")
    assert "pytest" in test and "[test]" in test


def test_ci_runs_exactly_the_readme_test_command() -> None:
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    match = re.search(r'^TEST_COMMAND="(.+)"$', script, flags=re.M)
    assert match, "TEST_COMMAND is defined in .ci/run"
    assert match.group(1) == readme_commands()[1]
    assert os.access(ROOT / ".ci" / "run", os.X_OK)


@pytest.mark.parametrize("script", [".ci/run", "tools/setup.sh"])
def test_shell_scripts_parse(script: str) -> None:
    result = subprocess.run(["bash", "-n", str(ROOT / script)], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stderr


def test_setup_script_lists_the_python_and_qt_packages() -> None:
    text = (ROOT / "tools" / "setup.sh").read_text(encoding="utf-8")
    listed = set(re.search(r"PACKAGES=\((.*?)\n\)", text, flags=re.S).group(1).split())
    for package in ("python3", "python3-venv", "libegl1", "libgl1", "libxkbcommon0",
                    "libfontconfig1", "libdbus-1-3", "libglib2.0-0", "libxcb-cursor0"):
        assert package in listed


def _qt_binaries() -> list[Path]:
    import PySide6

    qt = Path(PySide6.__file__).resolve().parent / "Qt"
    names = ["lib/libQt6Core.so.6", "lib/libQt6Gui.so.6", "lib/libQt6Widgets.so.6", "lib/libQt6Pdf.so.6",
             "lib/libQt6XcbQpa.so.6", "plugins/platforms/libqoffscreen.so", "plugins/platforms/libqxcb.so"]
    return [qt / name for name in names if (qt / name).exists()]


@pytest.mark.skipif(not shutil.which("ldd") or not Path("/etc/debian_version").exists(),
                    reason="library resolution is checked with ldd on Debian/Ubuntu only")
def test_qt_libraries_resolve_after_setup() -> None:
    binaries = _qt_binaries()
    assert binaries, "PySide6's Qt libraries were not found"
    missing = set()
    for binary in binaries:
        out = subprocess.run(["ldd", str(binary)], capture_output=True, text=True, timeout=60).stdout
        missing |= {line.split()[0] for line in out.splitlines() if "not found" in line}
    assert not missing, f"libraries tools/setup.sh should install: {sorted(missing)}"
