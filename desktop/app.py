"""Start the ShopSafe window: QApplication, logging, exception hooks, translators, main window.

Start-up stays light: only the main window and the page shown first are imported here; the
other pages load when the user opens them.

``SHOPSAFE_EXIT_WHEN_SHOWN=1`` makes the process print ``shown <seconds>`` (time since the
interpreter started) once the window is on screen and quit: the start-up benchmark
(``tests/benchmarks/bench_startup.py``) and smoke tests use it.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import time
from collections.abc import Mapping, Sequence

from desktop.text import N_

__all__ = ["display_available", "main"]

log = logging.getLogger(__name__)


def _seconds_since_process_start() -> float:
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            start_ticks = int(handle.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as handle:
            uptime = float(handle.read().split()[0])
        return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return time.process_time()


def _exit_after_first_paint(app, window) -> None:
    """Print the start-up time once the window has painted, then quit (benchmarks)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class _FirstPaint(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 - Qt's API
            if event.type() == QEvent.Type.Paint and not getattr(self, "_seen", False):
                self._seen = True
                QTimer.singleShot(0, self._report)
            return False

        def _report(self) -> None:
            print(f"shown {_seconds_since_process_start():.3f}", flush=True)
            window.close()
            app.quit()

    watcher = _FirstPaint(window)
    window.installEventFilter(watcher)


def _apply_color_scheme(app, wanted: str) -> None:
    """Follow the system's light/dark scheme (Qt does); ``wanted`` "dark"/"light" overrides it.

    Where the platform cannot switch (plain X11 without a desktop portal) a dark request falls
    back to Fusion's dark palette built from the standard dark colours.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPalette, QColor

    wanted = wanted.strip().lower()
    if wanted not in ("dark", "light"):
        return
    scheme = Qt.ColorScheme.Dark if wanted == "dark" else Qt.ColorScheme.Light
    app.styleHints().setColorScheme(scheme)
    if wanted == "dark" and app.palette().color(QPalette.ColorRole.Window).lightness() > 128:
        palette = QPalette()
        roles = {
            QPalette.ColorRole.Window: "#2b2b2b", QPalette.ColorRole.WindowText: "#e8e8e8",
            QPalette.ColorRole.Base: "#1f1f1f", QPalette.ColorRole.AlternateBase: "#333333",
            QPalette.ColorRole.Text: "#e8e8e8", QPalette.ColorRole.Button: "#353535",
            QPalette.ColorRole.ButtonText: "#e8e8e8", QPalette.ColorRole.Highlight: "#2f7fbf",
            QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#353535",
            QPalette.ColorRole.ToolTipText: "#e8e8e8", QPalette.ColorRole.PlaceholderText: "#9a9a9a",
            QPalette.ColorRole.Link: "#6cb4ff",
        }
        for role, colour in roles.items():
            palette.setColor(role, QColor(colour))
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                     QPalette.ColorRole.ButtonText):
            palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
        app.setStyle("Fusion")
        app.setPalette(palette)


def _warm_up_checks() -> None:
    """Worker side: :func:`desktop.checks.run.warm_up`, imported here so the window's start-up
    does not import the checks."""
    from desktop.checks.run import warm_up

    warm_up()


_frozen = False


def _freeze_long_lived_objects(_result: object = None) -> None:
    """Hide everything alive after start-up from the cyclic garbage collector (``gc.freeze``).

    Why: the window, its Qt wrappers, the brand registry and the suffix tables are ~80,000
    objects that live as long as the program. A full collection walks them all while holding
    the GIL; when one was triggered in a check's worker thread it froze the window for 50-70 ms
    (tests/benchmarks/bench_ui_stall.py). Frozen objects are never collected, which is right for
    them. Process-wide, so it belongs here and not in a page; once per process. No
    ``gc.collect()`` first: on the GUI thread that alone would stall the window as long.
    """
    global _frozen
    if not _frozen:
        _frozen = True
        gc.freeze()


def freeze_after_warm_up(pool) -> None:
    """Warm the shop checks on ``pool``, then (on the GUI thread) freeze the long-lived objects.

    Call once the main window is shown: its widgets are then part of what gets frozen.
    """
    from desktop.ui.tasks import Task

    Task(_warm_up_checks).on_success(_freeze_long_lived_objects).on_failure(
        lambda error: log.warning("warming up the shop checks failed: %s", error)
    ).start(pool)


_T_NO_DISPLAY = N_(
    "Cli",
    "No display found: the ShopSafe window needs a graphical desktop session.\n"
    "From this terminal you can still check a link, a phone number or an account:\n"
    "  shopsafe check https://toko-contoh.id/\n"
    "and work out the real cost of an offer:\n"
    "  shopsafe cost --help\n"
    "shopsafe --help lists every command.",
)


def display_available(environ: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """Whether a window can be shown: on Linux and other X11/Wayland systems a display must be
    named (``DISPLAY`` or ``WAYLAND_DISPLAY``) unless ``QT_QPA_PLATFORM`` picks a platform that
    needs none (offscreen, vnc, …); Windows and macOS always have one."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if platform.startswith(("win", "darwin", "cygwin")):
        return True
    qpa = environ.get("QT_QPA_PLATFORM", "").split(":")[0].strip().lower()
    if qpa and qpa not in ("xcb", "wayland", "wayland-egl"):
        return True
    return bool(environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))


def main(argv: Sequence[str] | None = None, language: str | None = None) -> int:
    """Run the window until it is closed; returns the exit status. ``language`` is ``--lang``
    (see :mod:`desktop.langrule` for the whole rule). Without a display, says so and how to use
    the command line instead (exit status 2) rather than letting Qt abort with a library hint."""
    from PySide6.QtCore import QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop import __version__
    from desktop.i18n import install_translators
    from desktop.logging_setup import setup_logging
    from desktop.paths import APP_NAME, ORG_NAME
    from desktop.settings import LANGUAGE, Settings
    from desktop.ui.errors import install_exception_hooks
    from desktop.ui.icons import app_icon
    from desktop.ui.main_window import MainWindow
    from desktop.ui.tasks import writer_pool

    from desktop.i18n import resolve_language
    from desktop.langrule import chosen_language

    args = list(sys.argv[1:] if argv is None else argv)
    if QApplication.instance() is None and not display_available():
        from desktop.cli_common import translator

        code = chosen_language(language, system=lambda: resolve_language("system"))
        print(_T_NO_DISPLAY.render(translator(code)), file=sys.stderr)
        return 2
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "shopsafe", *args])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("shopsafe")  # resources/shopsafe.desktop
    app.setWindowIcon(app_icon())

    _apply_color_scheme(app, os.environ.get("SHOPSAFE_COLOR_SCHEME", ""))
    log_path = setup_logging()
    install_exception_hooks()
    settings = Settings()
    # One rule everywhere: --lang, SHOPSAFE_LANGUAGE, Settings, the system (desktop.langrule).
    language = install_translators(app, chosen_language(
        language, setting=settings.value(LANGUAGE), system=lambda: resolve_language("system")))
    log.info("ShopSafe %s starting (language %s, log %s)", __version__, language, log_path)

    window = MainWindow(settings, QThreadPool.globalInstance())
    window.show()
    # After the first paint: the warm-up competes for the GIL and must not delay the window.
    QTimer.singleShot(0, lambda: freeze_after_warm_up(QThreadPool.globalInstance()))

    if os.environ.get("SHOPSAFE_EXIT_WHEN_SHOWN") == "1":
        _exit_after_first_paint(app, window)

    status = app.exec()
    # Let started work end cleanly; archive writes must never be cut off half-way.
    writer_pool().waitForDone(60_000)
    QThreadPool.globalInstance().waitForDone(5000)
    log.info("ShopSafe exits with %s", status)
    return status


if __name__ == "__main__":
    sys.exit(main())
