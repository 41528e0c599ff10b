"""The Check page driven as a user would: paste, watch the verdict, act on it.

Online cases run against real HTTPS test shops on 127.0.0.1 (tests/support servers, test CA);
offline cases need no server. Assertions are on what the user sees: banner, findings, buttons.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from desktop.checks.model import Level
from desktop.settings import OFFLINE
from desktop.ui.check_page import CheckPage

TIMEOUT = 20_000


@pytest.fixture
def page(qtbot, settings, pool):
    widget = CheckPage(settings, pool)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    yield widget
    widget.cancel_check()


def _check(qtbot, page, text):
    with qtbot.waitSignal(page.check_finished, timeout=TIMEOUT) as blocker:
        page.start_check(text)
    return blocker.args[0]


def _visible_findings(page):
    return {f.id for f in page.findings_model.findings()}


def test_offline_lookalike_is_high_risk_with_reasons(qtbot, page, settings):
    settings.set_value(OFFLINE, True)
    report = _check(qtbot, page, "cek ini kak https://tokopedia-promo.shop/flash-sale")
    assert page.banner.level is Level.HIGH_RISK
    text = page.banner.text()
    assert page.banner.headline() == "High risk"
    assert "Not checked:" in text  # offline mode says what was not done
    assert report.verdict.reasons and report.verdict.reasons[0].title.render() in text
    assert _visible_findings(page) == {f.id for f in report.findings}
    assert page.copy_button.isEnabled() and page.pdf_button.isEnabled()
    assert not page.archive_button.isEnabled() and page.archive_reason.text()
