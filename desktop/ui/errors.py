"""Error triage for the window (Electrum's three ways) and the crash dialog.

* :class:`~desktop.errors.Cancelled` — the user stopped the work: ignored.
* :class:`~desktop.errors.ShopSafeError` — an expected failure: its ``message`` is shown
  translated in a window-modal, copyable message box.
* anything else — a bug: logged with its traceback and shown in :class:`CrashDialog` with the
  details to copy and the path of the log file.

:func:`install_exception_hooks` routes ``sys.excepthook`` and ``threading.excepthook`` here; an
exception raised in a worker thread is handed to the GUI thread through a queued signal.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import Cancelled, ShopSafeError
from desktop.i18n import qt_translate
from desktop.logging_setup import log_file_path, redact

__all__ = [
    "CrashDialog",
    "install_exception_hooks",
    "report_exception",
    "show_error_message",
]

log = logging.getLogger(__name__)

_open_crash_dialog: CrashDialog | None = None


def _parent_window(parent: QWidget | None) -> QWidget | None:
    if parent is not None:
        return parent.window()
    return QApplication.activeWindow()


def show_error_message(text: str, parent: QWidget | None = None) -> QMessageBox:
    """Show ``text`` (already translated) in a window-modal box whose text can be copied."""
    box = QMessageBox(_parent_window(parent))
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QApplication.translate("ErrorMessage", "ShopSafe"))
    box.setText(text)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def format_details(error: BaseException) -> str:
    """The traceback of ``error`` as text, with URL secrets redacted."""
    lines = traceback.format_exception(type(error), error, error.__traceback__)
    return redact("".join(lines))


class CrashDialog(QDialog):
    """Says that ShopSafe hit a bug, shows the copyable details and where the log is."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("ShopSafe ran into a problem"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._intro = QLabel(
            self.tr(
                "Something unexpected happened. Your data is safe: nothing was sent anywhere. "
                "You can keep working, but if this happens again please restart ShopSafe."
            )
        )
        self._intro.setWordWrap(True)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self._log_label = QLabel(
            self.tr("The details were also written to the log file:\n{path}").format(
                path=str(log_file_path())
            )
        )
        self._log_label.setWordWrap(True)
        self._log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addWidget(self.details, 1)
        layout.addWidget(self._log_label)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().height() * 24)

    def add_details(self, details: str) -> None:
        """Append a further error that happened while this dialog was open."""
        self.details.appendPlainText("\n" + details)

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())


def show_crash_dialog(error: BaseException, parent: QWidget | None = None) -> CrashDialog:
    """Log ``error`` with its traceback and show (or extend) the crash dialog."""
    global _open_crash_dialog
    log.error(
        "unexpected error", exc_info=(type(error), error, error.__traceback__)
    )
    details = format_details(error)
    if _open_crash_dialog is not None and _open_crash_dialog.isVisible():
        _open_crash_dialog.add_details(details)
        return _open_crash_dialog
    dialog = CrashDialog(details, _parent_window(parent))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.destroyed.connect(_forget_crash_dialog)
    _open_crash_dialog = dialog
    dialog.open()
    return dialog


def _forget_crash_dialog() -> None:
    global _open_crash_dialog
    _open_crash_dialog = None


def report_exception(error: object, parent: QWidget | None = None) -> QWidget | None:
    """Triage ``error`` on the GUI thread; returns the box or dialog shown (None if ignored)."""
    if isinstance(error, Cancelled):
        return None
    if isinstance(error, ShopSafeError):
        log.info("%s: %s", type(error).__name__, error.message.render())
        return show_error_message(error.message.render(qt_translate), parent)
    if not isinstance(error, BaseException):
        error = RuntimeError(repr(error))
    return show_crash_dialog(error, parent)


class _ExceptionRelay(QObject):
    """Lives on the GUI thread; a signal emitted from any thread is delivered there."""

    exception_raised = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.exception_raised.connect(self._on_exception_raised)

    @Slot(object)
    def _on_exception_raised(self, error: object) -> None:
        report_exception(error)


_relay: _ExceptionRelay | None = None


def _hand_to_gui(error: BaseException) -> None:
    if _relay is None:
        return
    _relay.exception_raised.emit(error)


def _sys_hook(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    if error.__traceback__ is None:
        error = error.with_traceback(tb)
    _hand_to_gui(error)


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is None or issubclass(args.exc_type, SystemExit):
        return
    error = args.exc_value
    if error.__traceback__ is None:
        error = error.with_traceback(args.exc_traceback)
    _hand_to_gui(error)


def install_exception_hooks() -> None:
    """Route uncaught exceptions of every thread to the triage; call on the GUI thread."""
    global _relay
    if _relay is None:
        _relay = _ExceptionRelay()
    sys.excepthook = _sys_hook
    threading.excepthook = _thread_hook


def uninstall_exception_hooks() -> None:
    """Restore Python's default hooks (tests)."""
    global _relay
    sys.excepthook = sys.__excepthook__
    threading.excepthook = threading.__excepthook__
    _relay = None
