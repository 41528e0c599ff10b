""""Save to archive" on the Check page, through the real window and a real encrypted archive.

Offline: the archive starts locked (the button says so and offers the Archive page), is
unlocked there with its passphrase, and the checked seller's report — with the self-check
answer — lands in a new order; saving again goes into the same order. Online, against the
local test shop: the page snapshot is kept as a text attachment of kind "snapshot".
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop.archive import create_archive
from desktop.checks.selfcheck import Answer
from desktop.settings import ARCHIVE_FOLDER, OFFLINE
from desktop.ui.archive_ops import ArchiveWriter
from desktop.ui.check_page import CheckPage
from desktop.ui.main_window import MainWindow
from desktop.ui.tasks import writer_pool
from support.rdap_server import RdapRegistry, days_ago

PASS = "kucing oranye makan pisang goreng"
SITES = Path(__file__).resolve().parents[1] / "sites"
TIMEOUT = 30_000


def _check(qtbot, page, text):
    with qtbot.waitSignal(page.check_finished, timeout=TIMEOUT) as blocker:
        page.start_check(text)
    return blocker.args[0]


@pytest.fixture
def window(qtbot, settings, pool, tmp_path, monkeypatch):
    monkeypatch.setenv("SHOPSAFE_DATA_DIR", str(tmp_path / "data"))
    folder = tmp_path / "Archive.shopsafe"
    create_archive(folder, PASS, data_dir=tmp_path / "data").lock()
    settings.set_value(ARCHIVE_FOLDER, str(folder))
    settings.set_value(OFFLINE, True)
    win = MainWindow(settings, pool)
    qtbot.addWidget(win)
    win.resize(1024, 600)
    win.show()
    win.show_page("check")
    yield win
    page = win._loaded.get("archive")
    if page is not None:
        page.lock()
    pool.waitForDone(10_000)
    writer_pool().waitForDone(10_000)


def test_save_from_check_needs_the_unlocked_archive_and_keeps_the_answers(qtbot, window):
    check = window.page("check")
    _check(qtbot, check, "https://www.instagram.com/tas.murah.original/")
    check.selfcheck.answer("selfcheck.comments", Answer.NO)
    assert check.archive_button.isEnabled()
    assert "locked" in check.archive_reason.text()

    # Locked: nothing is written; the user is offered the Archive page.
    assert check.save_to_archive() is False
    box = check.actions.locked_box
    assert box is not None and box.isVisible()
    go = [b for b in box.buttons() if "Archive" in b.text()][0]
    go.click()
    assert window.current_page_id() == "archive"

    archive = window.page("archive")
    archive.passphrase.setText(PASS)
    archive.unlock_button.click()
    qtbot.waitUntil(lambda: archive.session is not None, timeout=TIMEOUT)

    window.show_page("check")
    assert not check.archive_reason.isVisible()
    with qtbot.waitSignal(check.actions.saved_to_archive, timeout=TIMEOUT) as blocker:
        check.archive_button.click()
    saved = blocker.args[0]
    assert saved.created and saved.snapshot_id is None  # offline: no page was read
    session = archive.session
    order = session.order(saved.order_id)
    assert order.seller == "tas.murah.original" and order.title == "tas.murah.original"
    assert order.link == "https://www.instagram.com/tas.murah.original/"
    [report] = session.reports(order.id)
    answered = {a["id"]: a["answer"] for a in report.data["self_check"]["answers"] if a["answer"]}
    assert answered == {"selfcheck.comments": "no"}
    assert report.summary == check.banner.headline()
    assert "new order for tas.murah.original" in check.status_line.text()
    # The Archive page heard about it through the writer.
    qtbot.waitUntil(lambda: archive.model.rowCount() == 1, timeout=TIMEOUT)
    assert [o.id for o in session.search("tas.murah.original")] == [order.id]

    # A second save of the same seller goes into the same order (once the first save's op has
    # finished on the GUI thread: until then the button ignores a click).
    qtbot.waitUntil(check.archive_button.isEnabled, timeout=TIMEOUT)
    check.selfcheck.answer("selfcheck.live_photo", Answer.NO)
    with qtbot.waitSignal(check.actions.saved_to_archive, timeout=TIMEOUT) as blocker:
        check.archive_button.click()
    assert blocker.args[0].order_id == order.id and not blocker.args[0].created
    assert len(session.reports(order.id)) == 2
    assert len(session.orders()) == 1
    qtbot.waitUntil(check.archive_button.isEnabled, timeout=TIMEOUT)

    # The order detail shows the saved reports readably: verdict in words, the self-check
    # answers, the dates, and no JSON.
    window.show_page("archive")
    archive.select_order(order.id)
    shown = archive.detail.reports.toPlainText()
    level = report.data["verdict"]["level"]
    from desktop.checks.model import Level
    from desktop.checks.summary import LEVEL_NAMES

    assert f"Verdict: {LEVEL_NAMES[Level(level)].render()}" in shown
    question = next(a["question"] for a in report.data["self_check"]["answers"]
                    if a["id"] == "selfcheck.comments")
    assert f"{question}: Not true" in shown
    assert shown.count("Check report: ") == 2 and "saved " in shown
    assert "{" not in shown and '"verdict"' not in shown
    window.show_page("check")

    # Locked again (auto-lock while the Check page is shown): the page says so at once, and
    # saving writes nothing.
    archive.lock()
    assert "locked" in check.archive_reason.text() and not check.archive_reason.isHidden()
    check.archive_button.click()
    assert check.actions.locked_box.isVisible()
    assert "locked" in check.archive_reason.text() and check.archive_reason.isVisible()
    check.actions.locked_box.reject()


@pytest.fixture
def shop(https_server, isolated_shopsafe_env):
    https_server.add_site("sepatu-diskon-resmi.shop", "www.sepatu-diskon-resmi.shop",
                          root=SITES / "fake-shop")
    rdap = RdapRegistry(https_server, "rdap.test")
    rdap.add_domain("sepatu-diskon-resmi.shop", registered=days_ago(4))
    rdap.write_bootstrap(os.environ["SHOPSAFE_DATA_DIR"], ["shop", "test"])
    return https_server


def test_the_page_snapshot_is_kept_as_a_text_attachment(qtbot, settings, pool, shop, ca_bundle,
                                                        tmp_path):
    session = create_archive(tmp_path / "a.shopsafe", PASS, data_dir=tmp_path / "d")
    page = CheckPage(settings, pool)
    qtbot.addWidget(page)
    writer = ArchiveWriter(page)
    writer.session = session
    page.set_archive_writer(lambda: writer)
    target = f"127.0.0.1:{shop.port}"
    page.option_overrides = {"ca_bundle": ca_bundle, "deadline": 8.0, "resolve": {
        n: target for n in ("sepatu-diskon-resmi.shop", "www.sepatu-diskon-resmi.shop", "rdap.test")}}
    page.show()
    report = _check(qtbot, page, "https://sepatu-diskon-resmi.shop/")
    assert report.snapshot and report.snapshot.get("text")
    try:
        with qtbot.waitSignal(page.actions.saved_to_archive, timeout=TIMEOUT) as blocker:
            page.archive_button.click()
        saved = blocker.args[0]
        assert saved.snapshot_id is not None
        order = session.order(saved.order_id)
        assert order.seller == "sepatu-diskon-resmi.shop"
        [attachment] = session.attachments(order.id)
        assert attachment.kind == "snapshot" and attachment.mime == "text/plain"
        text = session.read_bytes(attachment.id).decode("utf-8")
        assert report.snapshot["text"][:200] in text
        [saved_report] = session.reports(order.id)
        assert saved_report.data["snapshot"]["text"] == report.snapshot["text"]
    finally:
        page.cancel_check()
        writer_pool().waitForDone(10_000)
        session.lock()
        QApplication.processEvents()


def test_the_check_page_consults_the_seller_book_and_saving_fills_it(qtbot, window):
    """Unlocked, a check of a number the family marked as a scam is high risk with who said it;
    "Save to archive" puts the checked seller's identifiers into the seller book."""
    from desktop.checks.model import Level

    archive = window.page("archive")
    window.show_page("archive")
    archive.passphrase.setText(PASS)
    archive.unlock_button.click()
    qtbot.waitUntil(lambda: archive.session is not None, timeout=TIMEOUT)
    session = archive.session
    book = session.sellers
    penipu = book.add("Penipu HP", phones=["0812-3456-7890"])
    book.mark(penipu, "scam", "uang tidak kembali")

    window.show_page("check")
    check = window.page("check")
    report = _check(qtbot, check, "Transfer dulu ke BCA 555 666 7777 a.n. Rudi, konfirmasi wa.me/6281234567890")
    assert report.verdict.level is Level.HIGH_RISK
    assert (report.seller_book["verdict"], report.seller_book["reason"]) == ("scam", "uang tidak kembali")
    assert report.findings[0].id == "family.scam"
    assert check.findings.select_finding("family.scam")
    assert "marked as a scam by" in check.findings.detail.toPlainText()
    assert "uang tidak kembali" in check.findings.detail.toPlainText()
    with qtbot.waitSignal(check.actions.saved_to_archive, timeout=TIMEOUT) as blocker:
        check.archive_button.click()
    saved = blocker.args[0]
    seller = book.seller(saved.seller_id)
    assert seller.id == penipu  # matched by the WhatsApp number
    assert [a.account for a in seller.bank_accounts] == ["5556667777"]
    assert seller.bank_accounts[0].holder == "Rudi" and seller.bank_accounts[0].bank == "BCA"
    assert seller.orders == (saved.order_id,) and seller.reports == (saved.report_id,)
    qtbot.waitUntil(check.archive_button.isEnabled, timeout=TIMEOUT)

    # Locked: the check runs without the book (and says nothing about the family).
    archive.lock()
    report = _check(qtbot, check, "wa.me/6281234567890")
    assert report.seller_book is None and not any(f.id.startswith("family.") for f in report.findings)
