"""Error triage: cancelled is silent, expected errors are translated, bugs reach the crash dialog."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.errors import Cancelled, UserInputError
from desktop.i18n import install_translators
from desktop.logging_setup import setup_logging, shutdown_logging
from desktop.ui import errors as ui_errors
from desktop.ui.errors import CrashDialog, install_exception_hooks, report_exception
from desktop.ui.tasks import Task


@pytest.fixture
def window(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def hooks() -> Iterator[None]:
    install_exception_hooks()
    yield
    ui_errors.uninstall_exception_hooks()


@pytest.fixture(autouse=True)
def close_dialogs(qapp) -> Iterator[None]:
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, (CrashDialog, QMessageBox)):
            widget.close()
    qapp.processEvents()


def _crash_dialogs() -> list[CrashDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog) and w.isVisible()]


def test_cancelled_is_ignored(window):
    assert report_exception(Cancelled(), window) is None
    assert _crash_dialogs() == []


def test_user_error_is_a_translated_window_modal_message(qapp, window):
    install_translators(qapp, "id")
    box = report_exception(UserInputError(), window)
    assert isinstance(box, QMessageBox)
    assert box.text() == "Masukan ini tidak dapat dipahami."
    assert box.windowModality() == ui_errors.Qt.WindowModality.WindowModal
    assert box.parent() is window
    assert box.textInteractionFlags() & ui_errors.Qt.TextInteractionFlag.TextSelectableByMouse


def test_unexpected_error_is_logged_and_shown(qtbot, window, tmp_path, request):
    log_path = setup_logging(folder=tmp_path / "logs")
    request.addfinalizer(shutdown_logging)
    try:
        raise ValueError("boom while fetching https://shop.test/pay?token=s3cret")
    except ValueError as error:
        dialog = report_exception(error, window)
    assert isinstance(dialog, CrashDialog)
    details = dialog.details.toPlainText()
    assert "ValueError" in details and "test_unexpected_error_is_logged_and_shown" in details
    assert "s3cret" not in details
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == details
    for handler in logging.getLogger("desktop").handlers:
        handler.flush()
    logged = log_path.read_text("utf-8")
    assert "ValueError" in logged and "Traceback" in logged
    assert "s3cret" not in logged
    assert str(log_path) in dialog.findChildren(ui_errors.QLabel)[1].text()


def test_second_error_extends_the_open_crash_dialog(window):
    first = report_exception(RuntimeError("first"), window)
    second = report_exception(KeyError("second"), window)
    assert first is second
    assert "second" in first.details.toPlainText()
    assert len(_crash_dialogs()) == 1


def test_exception_in_a_worker_thread_opens_the_crash_dialog(qtbot, hooks):
    def worker():
        raise RuntimeError("worker thread exploded")

    thread = threading.Thread(target=worker, name="bad-worker")
    thread.start()
    thread.join(5)
    qtbot.waitUntil(lambda: len(_crash_dialogs()) == 1, timeout=5000)
    assert "worker thread exploded" in _crash_dialogs()[0].details.toPlainText()


def test_failed_task_without_handler_goes_to_triage(qtbot, pool):
    def work():
        raise ZeroDivisionError("task bug")

    task = Task(work)
    with qtbot.waitSignal(task.signals.finished, timeout=5000):
        task.start(pool)
    qtbot.waitUntil(lambda: len(_crash_dialogs()) == 1, timeout=5000)
    assert "task bug" in _crash_dialogs()[0].details.toPlainText()


def test_uncaught_exception_on_the_gui_thread_opens_the_crash_dialog(qtbot, hooks):
    import sys

    try:
        raise LookupError("uncaught in a slot")
    except LookupError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    qtbot.waitUntil(lambda: len(_crash_dialogs()) == 1, timeout=5000)
    assert "uncaught in a slot" in _crash_dialogs()[0].details.toPlainText()


def test_crash_dialog_is_translated(qapp, window):
    install_translators(qapp, "es")
    dialog = report_exception(RuntimeError("x"), window)
    assert dialog.windowTitle() == "ShopSafe ha tenido un problema"
    assert dialog.copy_button.text() == "Copiar detalles"


def test_exception_in_a_raw_qrunnable_reaches_the_crash_dialog(qtbot, hooks, pool):
    from PySide6.QtCore import QRunnable

    class Broken(QRunnable):
        def run(self):
            raise ArithmeticError("raw runnable bug")

    runnable = Broken()
    runnable.setAutoDelete(False)
    pool.start(runnable)
    pool.waitForDone(5000)
    qtbot.waitUntil(lambda: len(_crash_dialogs()) == 1, timeout=5000)
    assert "raw runnable bug" in _crash_dialogs()[0].details.toPlainText()


def test_task_failure_is_shown_on_the_given_window(qtbot, pool, window):
    def work():
        raise UserInputError()

    task = Task(work).reporting_to(window)
    with qtbot.waitSignal(task.signals.finished, timeout=5000):
        task.start(pool)
    boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert [b.text() for b in boxes] == ["This input was not understood."]
