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


def _fake_system(tmp_path: Path, installed: set[str], *, venv_ok: bool = True, py_ok: bool = True) -> dict[str, str]:
    """A PATH with stand-ins for dpkg-query, apt-get and python3 that log what they were asked."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "calls.log"
    (bin_dir / "dpkg-query").write_text(
        "#!/bin/bash\n"
        "for p in \"${@:3}\"; do\n"
        "  if grep -qx \"$p\" \"$INSTALLED\"; then echo 'install ok installed'; fi\n"
        "done\n"
        "exit 0\n"
    )
    (bin_dir / "apt-get").write_text(f"#!/bin/bash\necho \"apt-get $*\" >> {log}\n")
    (bin_dir / "python3").write_text(
        "#!/bin/bash\n"
        f"if [[ $1 == -m ]]; then {'exit 0' if venv_ok else 'exit 1'}; fi\n"
        f"if [[ $1 == -c ]]; then {'exit 0' if py_ok else 'exit 1'}; fi\n"
        "echo 'Python 3.10.12'\n"
    )
    for tool in bin_dir.iterdir():
        tool.chmod(0o755)
    (tmp_path / "installed.txt").write_text("\n".join(sorted(installed)) + "\n")
    # Keep bash, grep, mktemp... from the system, but our stand-ins first.
    return {"PATH": f"{bin_dir}:/usr/bin:/bin", "INSTALLED": str(tmp_path / "installed.txt"),
            "HOME": str(tmp_path)}


def _setup_packages() -> list[str]:
    text = (ROOT / "tools" / "setup.sh").read_text(encoding="utf-8")
    return re.search(r"PACKAGES=\((.*?)\n\)", text, flags=re.S).group(1).split()


def _run_setup(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", str(ROOT / "tools" / "setup.sh")], env=env, capture_output=True,
                          text=True, timeout=60)


needs_root = pytest.mark.skipif(os.geteuid() != 0, reason="the script's apt path runs as root here")


@needs_root
def test_setup_does_nothing_when_everything_is_there(tmp_path) -> None:
    libraries = {p for p in _setup_packages() if not p.startswith("python3")}
    result = _run_setup(_fake_system(tmp_path, libraries))
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "calls.log").exists(), "no apt-get call when nothing is missing"


@needs_root
def test_setup_installs_only_what_is_missing_after_an_update(tmp_path) -> None:
    libraries = {p for p in _setup_packages() if not p.startswith("python3")}
    present = libraries - {"libegl1", "libxcb-cursor0"}
    result = _run_setup(_fake_system(tmp_path, present, venv_ok=False))
    assert result.returncode == 0, result.stderr
    calls = (tmp_path / "calls.log").read_text().splitlines()
    assert calls[0] == "apt-get update -q"
    assert calls[1].startswith("apt-get install -y -q --no-install-recommends ")
    assert set(calls[1].split()[5:]) == {"libegl1", "libxcb-cursor0", "python3-venv"}


@needs_root
def test_setup_accepts_the_t64_names_of_newer_releases(tmp_path) -> None:
    libraries = {p for p in _setup_packages() if not p.startswith("python3")}
    renamed = (libraries - {"libglib2.0-0"}) | {"libglib2.0-0t64"}
    result = _run_setup(_fake_system(tmp_path, renamed))
    assert result.returncode == 0 and not (tmp_path / "calls.log").exists()


@needs_root
def test_setup_refuses_a_python_older_than_3_11(tmp_path) -> None:
    libraries = {p for p in _setup_packages() if not p.startswith("python3")}
    result = _run_setup(_fake_system(tmp_path, libraries, py_ok=False))
    assert result.returncode == 1
    assert "needs Python 3.11 or newer" in result.stderr and "3.10.12" in result.stderr
