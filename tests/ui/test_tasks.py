"""The background-task helper: results, failures and progress arrive on the GUI thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from desktop.errors import Cancelled, UserInputError
from desktop.ui.tasks import PROGRESS, TOKEN, Task, TaskSignals, writer_pool


def _on_gui_thread() -> bool:
    return QThread.currentThread() is QApplication.instance().thread()


def test_result_is_delivered_on_the_gui_thread(qtbot, pool):
    worker_threads: list[int] = []
    seen: list[tuple[object, bool]] = []

    def work(a, b):
        worker_threads.append(threading.get_ident())
        return a + b

    task = Task(work, 2, 3).on_success(lambda value: seen.append((value, _on_gui_thread())))
    with qtbot.waitSignal(task.signals.finished, timeout=5000):
        task.start(pool)
    assert seen == [(5, True)]
    assert worker_threads and worker_threads[0] != threading.get_ident()


def test_failure_is_delivered_with_the_exception(qtbot, pool):
    errors: list[tuple[BaseException, bool]] = []
    successes: list[object] = []

    def work():
        raise UserInputError()

    task = (
        Task(work)
        .on_success(successes.append)
        .on_failure(lambda error: errors.append((error, _on_gui_thread())))
    )
    with qtbot.waitSignal(task.signals.finished, timeout=5000):
        task.start(pool)
    assert successes == []
    assert len(errors) == 1
    error, on_gui = errors[0]
    assert isinstance(error, UserInputError) and on_gui
    assert error.__traceback__ is not None


def test_progress_callback_and_generator_progress(qtbot, pool):
    reported: list[tuple[object, bool]] = []

    def with_callback(count, report):
        for i in range(count):
            report(i)
        return "done"

    results: list[object] = []
    task = (
        Task(with_callback, 3, report=PROGRESS)
        .on_progress(lambda v: reported.append((v, _on_gui_thread())))
        .on_success(results.append)
    )
    with qtbot.waitSignal(task.signals.finished, timeout=5000):
        task.start(pool)
    assert reported == [(0, True), (1, True), (2, True)]
    assert results == ["done"]

    def streaming():
        yield "a"
        yield "b"
        return 42

    streamed: list[object] = []
    task = Task(streaming).on_progress(streamed.append).on_success(results.append)
    with qtbot.waitSignal(task.signals.finished, timeout=5000):
        task.start(pool)
    assert streamed == ["a", "b"]
    assert results == ["done", 42]


def test_cancel_drops_the_result_and_stops_the_work(qtbot, pool):
    started = threading.Event()
    stopped_early: list[bool] = []
    delivered: list[object] = []
    failures: list[object] = []

    def slow(token, report):
        started.set()
        report("before cancel")
        cancelled = token.wait(10)
        stopped_early.append(cancelled)
        report("after cancel")
        return "late result"

    task = (
        Task(slow, TOKEN, PROGRESS)
        .on_success(delivered.append)
        .on_failure(failures.append)
        .on_progress(delivered.append)
    )
    with qtbot.waitSignal(task.signals.finished, timeout=5000):
        task.start(pool)
        assert started.wait(5)
        qtbot.waitUntil(lambda: delivered == ["before cancel"], timeout=5000)
        task.cancel()
    assert stopped_early == [True]
    assert delivered == ["before cancel"]
    assert failures == []
    assert task.cancelled


def test_cancelled_error_is_not_reported(qtbot, pool):
    failures: list[object] = []

    def work(token):
        token.cancel()
        token.raise_if_cancelled()

    task = Task(work, TOKEN).on_failure(failures.append)
    with qtbot.waitSignal(task.signals.finished, timeout=5000):
        task.start(pool)
    assert failures == []
    # A plain Cancelled raised without the token being cancelled is dropped as well.
    task = Task(lambda: (_ for _ in ()).throw(Cancelled())).on_failure(failures.append)
    with qtbot.waitSignal(task.signals.finished, timeout=5000):
        task.start(pool)
    assert failures == []


def test_a_task_starts_only_once(qtbot, pool):
    task = Task(lambda: None)
    with qtbot.waitSignal(task.signals.finished, timeout=5000):
        task.start(pool)
    with pytest.raises(RuntimeError):
        task.start(pool)


def test_writer_pool_runs_one_task_at_a_time(qtbot):
    lock = threading.Lock()
    active = 0
    peak = 0

    def write(i):
        nonlocal active, peak
        with lock:
            active += 1
            peak = max(peak, active)
        threading.Event().wait(0.02)
        with lock:
            active -= 1
        return i

    order: list[int] = []
    tasks = [Task(write, i).on_success(order.append) for i in range(5)]
    with qtbot.waitSignal(tasks[-1].signals.finished, timeout=10_000):
        for task in tasks:
            task.start(writer_pool())
    assert writer_pool().maxThreadCount() == 1
    assert peak == 1
    assert order == [0, 1, 2, 3, 4]


def test_signals_object_lives_on_the_gui_thread(qapp):
    task = Task(lambda: None)
    assert isinstance(task.signals, TaskSignals)
    assert task.signals.thread() is qapp.thread()
