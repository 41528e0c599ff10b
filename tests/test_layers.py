"""The package layers are enforced, not hoped for: the import-linter contracts in pyproject.toml
(desktop/README.md explains them) hold for the checkout, and they do catch an upward or sideways
import, even one made lazily inside a function."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    """Run import-linter over ``root`` (a folder holding ``desktop/`` and ``pyproject.toml``)."""
    script = "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())"
    return subprocess.run(
        [sys.executable, "-c", script, "--no-cache", str(root / "pyproject.toml")],
        cwd=root, capture_output=True, text=True, timeout=300,
        env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin", "NO_COLOR": "1", "COLUMNS": "200"},
    )


def test_the_checkout_keeps_every_contract():
    result = lint_imports(REPO)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.fixture
def copy_of_the_tree(tmp_path):
    shutil.copytree(REPO / "desktop", tmp_path / "desktop",
                    ignore=shutil.ignore_patterns("__pycache__", "_resources"))
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


@pytest.mark.parametrize(("module", "lazy_import", "contract"), [
    # upward: the shared money layer reaching into the cost pipeline
    ("money/amount.py", "from desktop.costs.sheet import CostSheet", "One-way layers"),
    # sideways: one domain package using another
    ("checks/pricecapture.py", "from desktop.costs import compute", "One-way layers"),
    ("costs/ecb.py", "from desktop.archive import Archive", "One-way layers"),
    # the network layer reaching up into a check
    ("net/client.py", "from desktop.checks.model import Finding", "One-way layers"),
    # Qt below the UI
    ("archive/records.py", "from PySide6.QtCore import QObject", "never import Qt"),
])
def test_a_lazy_upward_or_sideways_import_breaks_a_contract(copy_of_the_tree, module, lazy_import,
                                                             contract):
    path = copy_of_the_tree / "desktop" / module
    path.write_text(path.read_text("utf-8") + f"\n\ndef _sneaky():\n    {lazy_import}\n", "utf-8")
    result = lint_imports(copy_of_the_tree)
    assert result.returncode == 1, result.stdout + result.stderr
    broken = [line for line in result.stdout.splitlines() if "BROKEN" in line]
    assert any(contract in line for line in broken), result.stdout
