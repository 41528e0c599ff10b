"""The Check page against real local test shops over HTTPS (test CA, local RDAP, loopback only).

Each test pastes a link as a buyer would and asserts what the page shows: the verdict banner,
the findings, the self-check, and that a slow or hostile shop never freezes the window.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer

from desktop.checks.model import Level, Status
from desktop.ui.check_page import CheckPage
from support.hostile import endless_body, slow_drip
from support.rdap_server import RdapRegistry, days_ago

SITES = Path(__file__).resolve().parents[1] / "sites"
TIMEOUT = 30_000


@pytest.fixture
def shops(https_server, isolated_shopsafe_env):
    """The OK shop (old domain) and the fake shop (registered four days ago), with local RDAP."""
    https_server.add_site("tokobatiksari.co.id", "www.tokobatiksari.co.id", root=SITES / "toko-batik")
    https_server.add_site("sepatu-diskon-resmi.shop", "www.sepatu-diskon-resmi.shop", root=SITES / "fake-shop")
    rdap = RdapRegistry(https_server, "rdap.test")
    rdap.add_domain("tokobatiksari.co.id", registered=days_ago(3000), registrar="PT Registrar Nusantara")
    rdap.add_domain("sepatu-diskon-resmi.shop", registered=days_ago(4))
    rdap.write_bootstrap(os.environ["SHOPSAFE_DATA_DIR"], ["id", "shop", "test"])
    return https_server


@pytest.fixture
def page(qtbot, settings, pool, shops, ca_bundle):
    widget = CheckPage(settings, pool)
    qtbot.addWidget(widget)
    target = f"127.0.0.1:{shops.port}"
    widget.option_overrides = {
        "ca_bundle": ca_bundle,
        "deadline": 8.0,
        "resolve": {name: target for name in (
            "tokobatiksari.co.id", "www.tokobatiksari.co.id", "sepatu-diskon-resmi.shop",
            "www.sepatu-diskon-resmi.shop", "rdap.test", "slow.test", "drip.test", "endless.test")},
    }
    widget.resize(1100, 800)
    widget.show()
    yield widget
    widget.cancel_check()


def _check(qtbot, page, text):
    with qtbot.waitSignal(page.check_finished, timeout=TIMEOUT) as blocker:
        page.start_check(text)
    return blocker.args[0]


def test_ok_shop_looks_ok_with_evidence(qtbot, page):
    report = _check(qtbot, page, "https://tokobatiksari.co.id/")
    ids = {f.id: f for f in page.findings_model.findings()}
    assert page.banner.level is Level.OK, page.banner.text()
    assert page.banner.headline() == "Looks OK"
    assert any(i.startswith("https.") for i in ids) and any(i.startswith("domain.age") for i in ids)
    assert not any(f.status is Status.FAIL for f in ids.values())
    assert not page.selfcheck.isVisible()  # the automatic checks saw enough
    assert page.selfcheck_button.isVisible()
    # Evidence is shown when a finding is selected: certificate dates, domain age, phones,
    # policies as links that open in the system browser.
    for finding_id, seen in (("https.certificate", "Valid until"), ("domain.age", "tokobatiksari.co.id"),
                             ("contact.found", "+62"), ("policies.found", "https://")):
        assert page.findings.select_finding(finding_id)
        detail = page.findings.detail
        assert "Seen:" in detail.toPlainText() and seen in detail.toPlainText(), detail.toPlainText()
    assert page.findings.detail.openExternalLinks()
    assert 'href="https://tokobatiksari.co.id' in page.findings.detail.toHtml()
    assert report.contacts["phones"]
    assert "✅ LOOKS OK" in page.summary_text()


def test_fake_shop_is_high_risk_and_says_why(qtbot, page):
    report = _check(qtbot, page, "Kak, sepatu original diskon 80% di https://sepatu-diskon-resmi.shop/ buruan!")
    assert report.host == "sepatu-diskon-resmi.shop"
    assert page.banner.headline() == "High risk"
    text = page.banner.text()
    assert "Why:" in text
    reasons = [f.title.render() for f in report.verdict.reasons][:3]
    assert reasons and all(reason in text for reason in reasons)
    statuses = {f.id: f.status for f in page.findings_model.findings()}
    assert statuses["domain.age"] in (Status.WARN, Status.FAIL)
    assert any(s in (Status.WARN, Status.FAIL) for i, s in statuses.items() if i.startswith("payment."))
    # The family-chat summary says the same, in plain text.
    summary = page.summary_text()
    assert "⛔ HIGH RISK" in summary and reasons[0] in summary


def _slow_site(shops, delay):
    shops.add_site("slow.test", root=SITES / "toko-batik", delay=delay)
    return f"https://slow.test:{shops.port}/"


def test_cancel_mid_check_keeps_findings_and_gives_no_verdict(qtbot, page, shops):
    url = _slow_site(shops, 3.0)
    page.start_check(url)
    assert page.running and page.cancel_button.isEnabled() and page.progress.isVisible()
    qtbot.waitUntil(lambda: bool(page.findings_model.findings()), timeout=5_000)  # offline findings came first
    assert page.banner.headline().startswith("Checking slow.test")
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert not page.running and not page.cancel_button.isEnabled() and not page.progress.isVisible()
    assert page.banner.headline() == "Check cancelled" and page.banner.level is None
    assert page.report is None and not page.copy_button.isEnabled()
    with qtbot.assertNotEmitted(page.check_finished, wait=4_000):
        pass  # the cancelled check never delivers a late verdict
    # Escape cancels too, and the page is ready for the next check at once.
    page.start_check(url)
    qtbot.keyClick(page.paste, Qt.Key.Key_Escape)
    assert page.banner.headline() == "Check cancelled"
    report = _check(qtbot, page, "https://tokobatiksari.co.id/")
    assert report.host == "tokobatiksari.co.id" and page.banner.level is Level.OK


def test_a_new_paste_cancels_the_old_check(qtbot, page, shops):
    slow = _slow_site(shops, 3.0)
    delivered = []
    page.check_finished.connect(delivered.append)
    page.start_check(slow)
    qtbot.wait(300)
    page.paste.selectAll()
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().setText("https://tokobatiksari.co.id/")
    with qtbot.waitSignal(page.check_finished, timeout=TIMEOUT):
        page.paste.paste()
    qtbot.wait(4_000)  # long enough for the slow check to have finished, had it not been cancelled
    assert [r.host for r in delivered] == ["tokobatiksari.co.id"]
    assert all(not f.id.startswith("https.") or "slow.test" not in str(f.evidence)
               for f in page.findings_model.findings())
    assert page.banner.level is Level.OK


class _TickCounter:
    """A 10 ms timer on the GUI thread: the gaps tell whether the window could repaint."""

    def __init__(self):
        self.longest = 0.0
        self.ticks = 0
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._on_timeout)

    def start(self):
        self._clock.start()
        self._timer.start()

    def stop(self):
        self._timer.stop()

    def _on_timeout(self):
        self.longest = max(self.longest, self._clock.restart() / 1000)
        self.ticks += 1


@pytest.mark.parametrize("route", [slow_drip, endless_body], ids=["slow-drip", "endless-body"])
def test_hostile_shop_ends_within_the_deadline_and_the_window_keeps_running(qtbot, page, shops, route):
    shops.add_site("drip.test", routes={"/": route()})
    page.option_overrides["deadline"] = 4.0
    ticks = _TickCounter()
    ticks.start()
    started = time.monotonic()
    report = _check(qtbot, page, f"https://drip.test:{shops.port}/")
    elapsed = time.monotonic() - started
    ticks.stop()
    print(f"\nhostile {route.__name__}: {elapsed:.2f} s, ticks {ticks.ticks}, longest gap {ticks.longest * 1000:.0f} ms")
    assert elapsed < 4.0 + 3.0, elapsed
    # The window kept its event loop running the whole time (generous bound: CI machines are
    # shared; the benchmark measures the real figure).
    if elapsed > 1.0:  # a hostile server cut off at once leaves nothing to measure
        assert ticks.ticks > elapsed * 100 * 0.2, (ticks.ticks, elapsed)
    assert ticks.longest < 1.0, ticks.longest
    # What could not be checked says so: unknown, never a silent pass, and no "Looks OK".
    assert any(f.status is Status.UNKNOWN for f in report.findings)
    assert page.banner.level is not Level.OK
    assert page.banner.headline() in ("Not enough information", "Be careful", "High risk")


def test_offline_mode_sends_nothing_and_says_what_was_not_checked(qtbot, page, shops, settings):
    from desktop.settings import OFFLINE

    settings.set_value(OFFLINE, True)
    report = _check(qtbot, page, "https://tokobatiksari.co.id/")
    assert shops.requests == []  # not one request reached the shop or the RDAP server
    assert report.offline
    assert page.banner.headline() == "Not enough information"
    assert "Not checked:" in page.banner.text()
    assert page.selfcheck.isVisible()  # thin automatic checks: the self-check is offered


def test_social_seller_gets_the_self_check_and_no_site_fetch(qtbot, page, shops):
    report = _check(qtbot, page, "Beli di IG ya kak https://www.instagram.com/sepatu.diskon.resmi/ DM aja")
    assert report.kind.value == "social_seller"
    assert shops.requests == []
    assert page.selfcheck.isVisible()
    assert page.banner.headline() == "Not enough information"
    from desktop.checks.selfcheck import Answer

    for question in page.selfcheck.questions():
        if question.key:
            page.selfcheck.answer(question.id, Answer.YES)
    # Answers alone never make "Looks OK" (issue #15): nothing was checked independently.
    assert page.banner.headline() == "Not enough information"
    assert "Your own checks found no warning signs, but ShopSafe could not" in page.banner.text()
    page.selfcheck.answer("selfcheck.search_name", Answer.NO)
    assert page.banner.headline() == "High risk"
    assert "Other buyers report this seller as a scam." in page.banner.text()


def test_warning_signs_show_while_the_check_still_runs(qtbot, page, shops):
    shops.add_site("tokopedia-promo.shop", root=SITES / "fake-shop", delay=3.0)
    page.option_overrides["resolve"]["tokopedia-promo.shop"] = f"127.0.0.1:{shops.port}"
    page.start_check(f"https://tokopedia-promo.shop:{shops.port}/")
    qtbot.waitUntil(lambda: "Warning signs so far:" in page.banner.text(), timeout=5_000)
    assert page.running and page.banner.level is None  # no verdict yet, but the danger is visible
    assert "Imitates Tokopedia" in page.banner.text()
    assert page.banner.headline() == "Checking tokopedia-promo.shop…"
    page.cancel_check()


def test_exported_report_is_dated_and_carries_the_evidence(qtbot, page, tmp_path):
    from html.parser import HTMLParser

    report = _check(qtbot, page, "https://tokobatiksari.co.id/")
    page.selfcheck_button.click()
    from desktop.checks.selfcheck import Answer

    page.selfcheck.answer("selfcheck.call", Answer.YES)
    out = tmp_path / "export"
    out.mkdir()
    text = page.export_html(out / "toko.html").read_text("utf-8")
    assert "Checked on " in text and "Looks OK" in text
    assert "Valid until" in text and "Registered" in text  # certificate and domain dates
    assert report.contacts["phones"][0] in text
    hrefs = []

    class Links(HTMLParser):
        def handle_starttag(self, tag, attrs):
            hrefs.extend(v for k, v in attrs if k == "href")

    Links().feed(text)
    assert any(h.startswith("https://tokobatiksari.co.id/") and "privasi" in h for h in hrefs)
    assert "You called the seller" in text and "<th>Yes</th>" in text  # the self-check answer
    assert "<script" not in text.lower()
    pdf = page.export_pdf(out / "toko.pdf").read_bytes()
    assert pdf.startswith(b"%PDF-")


def test_policy_links_open_in_the_system_browser_from_the_keyboard(qtbot, page):
    from PySide6.QtCore import QObject, Slot
    from PySide6.QtGui import QDesktopServices

    class Browser(QObject):
        def __init__(self):
            super().__init__()
            self.opened = []

        @Slot("QUrl")
        def open(self, url):
            self.opened.append(url.toString())

    browser = Browser()
    _check(qtbot, page, "https://tokobatiksari.co.id/")
    assert page.findings.select_finding("policies.found")
    QDesktopServices.setUrlHandler("https", browser, "open")
    try:
        page.findings.detail.setFocus()
        qtbot.keyClick(page.findings.detail, Qt.Key.Key_Tab)  # first link in the explanation
        qtbot.keyClick(page.findings.detail, Qt.Key.Key_Return)
    finally:
        QDesktopServices.unsetUrlHandler("https")
    assert browser.opened and browser.opened[0].startswith("https://tokobatiksari.co.id/")
    # ShopSafe itself never navigates to the page.
    assert "Policies found" in page.findings.detail.toPlainText()


def test_looks_ok_opens_on_its_strongest_reason_with_ages_in_years_and_months(qtbot, page):
    report = _check(qtbot, page, "https://tokobatiksari.co.id/")
    assert page.banner.level is Level.OK
    # The explanation opens on what makes it OK (the old domain), not on an HTTPS detail.
    assert page.findings.current_finding().id == "domain.age"
    age = report.finding("domain.age").title.render()
    assert age == "Domain registered 8 years and 2 months ago", age
    text = page.banner.text()
    why = text[text.index("Why:"):]
    assert why.splitlines()[1] == age  # the strongest reason first
    assert "3000 days" not in text and "HSTS" not in why


def test_why_lists_reasons_not_names_of_what_was_not_checked(qtbot, page, settings):
    from desktop.settings import OFFLINE

    settings.set_value(OFFLINE, True)
    _check(qtbot, page, "transfer ke BCA 1234567890 a.n. Budi")
    text = page.banner.text()
    assert "Why:" in text
    why = text[text.index("Why:"):]
    assert "Bank account 1234567890" not in why
    assert "cannot be checked automatically" in why
