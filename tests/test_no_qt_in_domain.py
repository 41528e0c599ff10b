"""The domain packages (checks, costs, archive) never import Qt, directly or indirectly.

Each is imported, with all its submodules, in a fresh interpreter where ``import PySide6``
fails; any Qt import anywhere below them makes the subprocess exit non-zero.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DOMAIN_PACKAGES = ("desktop.checks", "desktop.costs", "desktop.archive", "desktop.net", "desktop.money",
                   "desktop.reading", "desktop.complaint", "desktop.identity")

PROBE = r"""
import importlib, pkgutil, sys
sys.modules["PySide6"] = None      # any "import PySide6..." now raises ImportError
sys.modules["shiboken6"] = None
package = importlib.import_module(sys.argv[1])
names = [sys.argv[1]]
for info in pkgutil.walk_packages(package.__path__, prefix=sys.argv[1] + "."):
    importlib.import_module(info.name)
    names.append(info.name)
leaked = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6")
                and sys.modules[m] is not None)
assert not leaked, leaked
print("\n".join(names))
"""


def _probe(package: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", PROBE, package],
        cwd=REPO, capture_output=True, text=True, timeout=120,
    )


@pytest.mark.parametrize("package", DOMAIN_PACKAGES)
def test_domain_package_imports_without_qt(package):
    result = _probe(package)
    assert result.returncode == 0, result.stderr
    assert package in result.stdout.split()


def test_the_probe_catches_a_qt_import():
    """desktop.ui imports Qt, so the same probe must fail on it (the test can fail)."""
    result = _probe("desktop.ui")
    assert result.returncode != 0
    assert "PySide6" in result.stderr
