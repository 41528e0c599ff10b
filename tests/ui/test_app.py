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


FREEZE_PROBE = """
import gc, sys, time
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desktop import app as shopsafe_app
from desktop.settings import Settings
from desktop.ui.check_page import CheckPage

def wait(condition, seconds=60):
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)

pool = QThreadPool.globalInstance()
page = CheckPage(Settings(sys.argv[1]), pool)
page.show()
pool.waitForDone(60_000)
app.processEvents()
print("page", gc.get_freeze_count())
shopsafe_app.freeze_after_warm_up(pool)
wait(lambda: gc.get_freeze_count() > 0)
print("app", gc.get_freeze_count())
"""


def test_gc_freeze_is_done_by_the_app_after_the_warm_up_not_by_a_page(tmp_path):
    """A page never freezes the process's objects (tests and embedders create many pages);
    desktop.app does it once, after the checks are warmed, and freezes what exists then."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", FREEZE_PROBE, str(tmp_path / "settings.ini")], cwd=REPO, env=env,
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = dict(line.split() for line in result.stdout.splitlines())
    assert int(lines["page"]) == 0
    assert int(lines["app"]) > 10_000  # the window, Qt wrappers and the checks' tables
