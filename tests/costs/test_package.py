"""Package hygiene: no Qt, no floats, a complete sorted public API."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import desktop.costs

PACKAGE = Path(desktop.costs.__file__).parent


def test_imports_without_qt():
    code = ("import sys; sys.modules['PySide6'] = None; sys.modules['shiboken6'] = None; "
            "import desktop.costs, desktop.costs.ecb, desktop.costs.storage; "
            "assert not any(m.startswith('PySide6') and sys.modules[m] for m in sys.modules)")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=PACKAGE.parent.parent)


def test_no_float_anywhere_in_the_costs_package():
    offenders = []
    for path in sorted(PACKAGE.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, float):
                offenders.append(f"{path.name}:{node.lineno} float literal {node.value}")
            if isinstance(node, ast.Name) and node.id == "float":
                offenders.append(f"{path.name}:{node.lineno} uses float")
            if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div) and \
                    isinstance(node.left, ast.Constant) and isinstance(node.left.value, int) \
                    and isinstance(node.right, ast.Constant):
                offenders.append(f"{path.name}:{node.lineno} int/int division makes a float")
    assert offenders == []


def test_public_api_is_complete_and_sorted():
    names = desktop.costs.__all__
    assert names == sorted(names, key=lambda n: (n[0].islower(), n))
    public = {name for name in vars(desktop.costs) if not name.startswith("_")}
    modules = {name for name in public if type(getattr(desktop.costs, name)).__name__ == "module"}
    assert public - modules == set(names)
    for name in names:
        assert getattr(desktop.costs, name).__doc__, f"{name} has no docstring"
