"""Fixtures for the widget tests: a settings file per test, a private thread pool, English UI."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from desktop.settings import Settings


@pytest.fixture
def settings(tmp_path: Path, qapp: QApplication) -> Settings:
    """Settings over an ini file in the test's own folder."""
    return Settings(tmp_path / "settings.ini")


@pytest.fixture
def pool() -> Iterator[QThreadPool]:
    """A private pool, drained after the test (with the shared serial writer, which the pages'
    saves use) so no worker outlives it."""
    from desktop.ui.tasks import writer_pool

    pool = QThreadPool()
    pool.setMaxThreadCount(4)
    yield pool
    pool.clear()
    assert pool.waitForDone(10_000), "a background task did not finish"
    assert writer_pool().waitForDone(10_000), "a background write did not finish"


@pytest.fixture(autouse=True)
def english_after_test(qapp: QApplication) -> Iterator[None]:
    """Tests that switch language leave the application in English for the next one."""
    yield
    from desktop.i18n import install_translators

    install_translators(qapp, "en")
