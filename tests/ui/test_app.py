"""desktop.app start-up pieces that a window test does not cover: the colour scheme override."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

PROBE = (
    "from PySide6.QtGui import QPalette\n"
    "from PySide6.QtWidgets import QApplication\n"
    "app = QApplication([])\n"
    "from desktop.app import _apply_color_scheme\n"
    "import sys\n"
    "_apply_color_scheme(app, sys.argv[1])\n"
    "print(app.palette().color(QPalette.ColorRole.Window).lightness(),\n"
    "      app.palette().color(QPalette.ColorRole.WindowText).lightness())\n"
)


@pytest.mark.parametrize(("wanted", "dark"), [("dark", True), ("light", False), ("", False)])
def test_color_scheme_override(wanted, dark):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", PROBE, wanted], cwd=REPO, env=env, capture_output=True,
        text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    window, text = map(int, result.stdout.split())
    assert (window < text) is dark  # dark background with light text, or the reverse
