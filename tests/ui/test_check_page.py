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
    # Without a window there is no archive: the button stays off and says why.
    assert not page.archive_button.isEnabled() and page.archive_reason.text()


def test_social_seller_offers_self_check_and_answers_change_the_verdict(qtbot, page, settings):
    settings.set_value(OFFLINE, True)
    report = _check(qtbot, page, "https://www.instagram.com/tas.murah.original/")
    assert report.kind.value == "social_seller"
    assert page.selfcheck.isVisible()
    assert page.banner.level is Level.UNKNOWN
    assert "Do the self-check below" in page.banner.text()
    ids = [q.id for q in page.selfcheck.questions()]
    assert "selfcheck.comments" in ids
    assert page.selfcheck.seller.text() == "tas.murah.original"

    page.selfcheck.answer("selfcheck.comments", page_answer("no"))
    assert page.banner.level is Level.CAUTION
    assert "Comments are turned off or show no real buyers." in page.banner.text()
    page.selfcheck.answer("selfcheck.live_photo", page_answer("no"))
    assert page.banner.headline() == "High risk"
    # The answers are kept in the report.
    section = page.report.self_check
    assert section["level"] == "high_risk"
    answered = {a["id"]: a["answer"] for a in section["answers"] if a["answer"]}
    assert answered == {"selfcheck.comments": "no", "selfcheck.live_photo": "no"}
    assert "Self-check: 2 of" in page.summary_text()


def page_answer(value):
    from desktop.checks.selfcheck import Answer

    return Answer(value)


def test_search_buttons_open_the_browser_on_the_sellers_name(qtbot, page, settings):
    from PySide6.QtCore import QObject, Slot
    from PySide6.QtGui import QDesktopServices

    class Catcher(QObject):
        def __init__(self):
            super().__init__()
            self.urls = []

        @Slot("QUrl")
        def open(self, url):
            self.urls.append(url.toString())

    catcher = Catcher()
    QDesktopServices.setUrlHandler("https", catcher, "open")
    try:
        settings.set_value(OFFLINE, True)
        _check(qtbot, page, "instagram.com/tas.murah.original")
        qtbot.mouseClick(page.selfcheck.search_buttons["penipuan"], Qt.MouseButton.LeftButton)
        page.selfcheck.seller.setText("Toko Tas Murah")
        qtbot.mouseClick(page.selfcheck.search_buttons["estafa"], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(page.selfcheck.cekrekening, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("https")
    assert catcher.urls[0].startswith("https://www.google.com/search?q=")
    assert "tas.murah.original" in catcher.urls[0] and "penipuan" in catcher.urls[0]
    assert "Toko" in catcher.urls[1] and "estafa" in catcher.urls[1]
    assert catcher.urls[2] == "https://cekrekening.id/"


def test_cekrekening_only_for_indonesian_users(qtbot, page, settings):
    from desktop.settings import COUNTRY

    settings.set_value(OFFLINE, True)
    settings.set_value(COUNTRY, "ES")
    _check(qtbot, page, "instagram.com/tienda.barata")
    assert not page.selfcheck.cekrekening.isVisible()
    assert "selfcheck.bank_account" not in [q.id for q in page.selfcheck.questions()]


def test_keyboard_enter_starts_and_ctrl_l_focuses(qtbot, page, settings):
    settings.set_value(OFFLINE, True)
    page.findings.tree.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert page.paste.hasFocus()
    qtbot.keyClicks(page.paste, "tokopedia-promo.shop")
    with qtbot.waitSignal(page.check_finished, timeout=TIMEOUT):
        qtbot.keyClick(page.paste, Qt.Key.Key_Return)
    assert page.banner.level is Level.HIGH_RISK
    # Shift+Enter is a new line, not a check.
    with qtbot.assertNotEmitted(page.check_started):
        qtbot.keyClick(page.paste, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)


def test_pasting_starts_a_new_check(qtbot, page, settings):
    settings.set_value(OFFLINE, True)
    QGuiApplication.clipboard().setText("https://shopee.co.id.secure-pay.xyz/login")
    page.paste.setFocus()
    with qtbot.waitSignal(page.check_finished, timeout=TIMEOUT) as blocker:
        page.paste.paste()
    assert blocker.args[0].input == "https://shopee.co.id.secure-pay.xyz/login"
    assert page.paste.toPlainText() == "https://shopee.co.id.secure-pay.xyz/login"


def test_copy_summary_and_exports(qtbot, page, settings, tmp_path):
    settings.set_value(OFFLINE, True)
    _check(qtbot, page, "https://tokopedia-promo.shop/")
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("ShopSafe check of tokopedia-promo.shop")
    assert "HIGH RISK" in copied
    assert "Summary copied" in page.status_line.text()

    out = tmp_path / "out"
    out.mkdir()
    html_path = page.export_html(out / "r.html")
    page_text = html_path.read_text("utf-8")
    assert "<h2>" in page_text and "tokopedia-promo.shop" in page_text and "Checked on" in page_text
    pdf_path = page.export_pdf(out / "r.pdf")
    data = pdf_path.read_bytes()
    assert data.startswith(b"%PDF-") and len(data) > 2000
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    assert document.load(str(pdf_path)) == QPdfDocument.Error.None_
    pdf_text = " ".join(document.getAllText(i).text() for i in range(document.pageCount()))
    assert "High risk" in pdf_text and "tokopedia-promo.shop" in pdf_text
    assert sorted(p.name for p in out.iterdir()) == ["r.html", "r.pdf"]  # no temp files left


def test_recent_checks_listed_kept_and_cleared(qtbot, page, settings):
    from desktop.settings import KEEP_RECENT_CHECKS
    from desktop.ui.check_history import clear_history, load_history

    settings.set_value(OFFLINE, True)
    _check(qtbot, page, "https://tokopedia-promo.shop/")
    _check(qtbot, page, "instagram.com/tas.murah.original")
    model = page.recent_model
    assert model.rowCount() == 2
    assert model.index(0, 0).data() == "@tas.murah.original (Instagram)" or "tas.murah" in model.index(0, 0).data()
    assert model.index(1, 1).data() == "High risk"
    assert page.recent.isVisible()
    # A second page (next start of the app) sees the same list.
    assert page.history.flush()
    assert [r.input for r in load_history(settings)] == [
        "instagram.com/tas.murah.original", "https://tokopedia-promo.shop/"]
    # Activating a recent entry reopens it (nothing is run, see the test below).
    page.recent.activated.emit(model.index(1, 0))
    assert page.report.input == "https://tokopedia-promo.shop/" and not page.running
    from desktop.paths import data_dir

    details = data_dir() / "recent_checks.json"
    assert "tas.murah.original" in details.read_text("utf-8")
    settings.clear_recent_checks()  # what the Settings page's "Clear" does
    assert model.rowCount() == 0 and not page.recent.isVisible()
    assert page.history.flush()
    assert not details.exists()
    _check(qtbot, page, "https://tokopedia-promo.shop/")
    assert model.rowCount() == 1
    clear_history(settings)
    assert page.history.flush()
    assert model.rowCount() == 0 and not details.exists()
    settings.set_value(KEEP_RECENT_CHECKS, False)
    _check(qtbot, page, "https://tokopedia-promo.shop/")
    assert model.rowCount() == 0
    assert "not kept" in page.recent_empty.text()


def test_recent_list_follows_the_self_check_verdict(qtbot, page, settings):
    from desktop.checks.selfcheck import Answer

    settings.set_value(OFFLINE, True)
    _check(qtbot, page, "instagram.com/tas.murah.original")
    assert page.recent_model.index(0, 1).data() == "Not enough information"
    page.selfcheck.answer("selfcheck.bank_account", Answer.NO)
    assert page.recent_model.index(0, 1).data() == "High risk"
    assert page.recent_model.rowCount() == 1


def test_reopening_a_recent_check_shows_it_as_saved_and_check_again_keeps_it(qtbot, page, settings, pool):
    from desktop.checks.selfcheck import Answer

    settings.set_value(OFFLINE, True)
    first = _check(qtbot, page, "instagram.com/tas.murah.original")
    page.selfcheck.answer("selfcheck.bank_account", Answer.NO)
    assert page.banner.level is Level.HIGH_RISK
    _check(qtbot, page, "https://tokopedia-promo.shop/")
    assert page.recent_model.rowCount() == 2
    started = []
    page.check_started.connect(started.append)
    # Double-click / Enter on the older entry: the saved report, with its answers and time.
    page.recent.activated.emit(page.recent_model.index(1, 0))
    assert started == [] and not page.running
    assert page.report.input == first.input and page.report.checked_at == first.checked_at
    assert page.banner.level is Level.HIGH_RISK
    assert page.selfcheck.isVisible()
    assert page.selfcheck.answers() == {"selfcheck.bank_account": Answer.NO}
    assert page.when_label.isVisible() and page.when_label.text().startswith("Checked on ")
    assert "UTC" in page.when_label.text()  # local time, with its zone
    assert page.recent_model.index(1, 1).data() == "High risk"
    assert page.recent_model.rowCount() == 2
    assert "(Instagram)" in page.summary_text() or "tas.murah" in page.summary_text()
    # "Check again" is separate: a new entry; the old one keeps its verdict and answers.
    assert page.again_button.isVisible()
    with qtbot.waitSignal(page.check_finished, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(page.again_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].input == first.input and started == [first.input]
    model = page.recent_model
    assert model.rowCount() == 3
    assert [model.index(r, 1).data() for r in (0, 2)] == ["Not enough information", "High risk"]
    # The next start of the app reopens it the same way, in the language of the window then.
    assert page.history.flush()
    other = CheckPage(settings, pool)
    qtbot.addWidget(other)
    other.show()
    other.recent.activated.emit(other.recent_model.index(2, 0))
    assert other.report == page.history.report(other.recent_model.index(2, 0).data(Qt.ItemDataRole.UserRole + 1))
    assert other.banner.level is Level.HIGH_RISK
    assert other.selfcheck.answers() == {"selfcheck.bank_account": Answer.NO}


def test_language_switch_retranslates_the_page_live(qtbot, page, settings, qapp):
    from desktop.i18n import install_translators

    settings.set_value(OFFLINE, True)
    _check(qtbot, page, "https://tokopedia-promo.shop/")
    install_translators(qapp, "id")
    qtbot.waitUntil(lambda: page.banner.headline() == "Risiko tinggi")
    assert page.check_button.text() == "&Periksa"
    assert "Salin" in page.copy_button.text()
    assert page.findings_model.index(0, 0).data() == "Domain"
    assert page.summary_text().startswith("Hasil pemeriksaan ShopSafe untuk tokopedia-promo.shop")
    install_translators(qapp, "es")
    qtbot.waitUntil(lambda: page.banner.headline() == "Riesgo alto")
    assert "Sin comprobar:" in page.banner.text()
    assert page.recent_model.index(0, 1).data() == "Riesgo alto"


def test_banner_follows_dark_palette_and_says_it_in_words(qtbot, page, settings):
    from PySide6.QtGui import QColor, QPalette

    from desktop.ui.check_icons import banner_colours

    settings.set_value(OFFLINE, True)
    _check(qtbot, page, "https://tokopedia-promo.shop/")
    light = banner_colours(Level.HIGH_RISK, page.palette())[0].name()
    assert light in page.banner.styleSheet()
    dark = QPalette(page.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor(35, 35, 38))
    dark.setColor(QPalette.ColorRole.WindowText, QColor(235, 235, 235))
    page.setPalette(dark)
    dark_bg = banner_colours(Level.HIGH_RISK, dark)[0]
    assert dark_bg.lightness() < 100
    qtbot.waitUntil(lambda: dark_bg.name() in page.banner.styleSheet())
    assert "#ebebeb" in page.banner.styleSheet()  # text keeps the palette's light colour
    assert page.banner.icon.pixmap() is not None and not page.banner.icon.pixmap().isNull()
    assert page.banner.headline() == "High risk"


def test_everything_is_reachable_with_the_tab_key(qtbot, page, settings):
    settings.set_value(OFFLINE, True)
    _check(qtbot, page, "instagram.com/tas.murah.original")
    page.activateWindow()
    page.focus_paste_box()
    seen = []
    for _ in range(80):
        qtbot.keyClick(QGuiApplication.focusObject(), Qt.Key.Key_Tab)
        focused = QGuiApplication.focusObject()
        seen.append(focused.objectName() if focused is not None else "")
    for name in ("checkButton", "findingsTree", "findingDetail", "sellerName", "search.penipuan",
                 "selfcheck.call.yes", "copySummary", "exportHtml", "exportPdf", "recentChecks"):
        assert name in seen, (name, " ".join(seen))


def test_ctrl_l_works_from_anywhere_in_the_window_and_the_worst_finding_is_explained(qtbot, settings, pool):
    from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

    window = QWidget()
    qtbot.addWidget(window)
    elsewhere = QPushButton("sidebar", window)
    page = CheckPage(settings, pool, window)
    row = QHBoxLayout(window)
    row.addWidget(elsewhere)
    row.addWidget(page)
    window.show()
    qtbot.waitUntil(page.paste.hasFocus)  # ready to paste as soon as the page appears
    settings.set_value(OFFLINE, True)
    _check(qtbot, page, "https://tokopedia-promo.shop/")
    assert page.findings.current_finding().id == "domain.lookalike"
    assert "Imitates" in page.findings.detail.toPlainText()
    elsewhere.setFocus()
    qtbot.keyClick(elsewhere, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert page.paste.hasFocus()
    page.cancel_check()


@pytest.mark.parametrize(
    ("text", "kind", "seller"),
    [
        ("https://www.tokopedia.com/tokobatiksari/kain-batik-tulis-solo", "marketplace_listing", ""),
        ("WA aja kak 0812-3456-7890", "phone", "+6281234567890"),
    ],
)
def test_marketplace_and_phone_inputs_offer_the_self_check(qtbot, page, settings, text, kind, seller):
    settings.set_value(OFFLINE, True)
    report = _check(qtbot, page, text)
    assert report.kind.value == kind
    assert page.selfcheck.isVisible()
    assert "Do the self-check below" in page.banner.text()
    if seller:
        assert page.selfcheck.seller.text() == seller
    assert page.recent_model.rowCount() == 1
    marketplace_advice = "Pay only through the marketplace's own checkout."
    assert (marketplace_advice in page.banner.text()) == (kind == "marketplace_listing")
    assert (marketplace_advice in page.summary_text()) == (kind == "marketplace_listing")


def test_text_without_anything_to_check_says_what_to_paste(qtbot, page, settings):
    settings.set_value(OFFLINE, True)
    with qtbot.assertNotEmitted(page.check_finished, wait=500):
        page.start_check("halo kak, apa kabar?")
        qtbot.waitUntil(lambda: not page.running, timeout=TIMEOUT)
    assert page.banner.headline() == "There is nothing to check in this text"
    assert "Paste the shop's link" in page.banner.text()
    assert page.banner.level is None and not page.copy_button.isEnabled()
    assert not page.selfcheck.isVisible() and not page.findings.isVisible()
    assert page.recent_model.rowCount() == 0
    assert page.paste.hasFocus()


def test_a_failing_check_is_reported_not_hidden(qtbot, page, settings, monkeypatch):
    import desktop.checks.run as run_module
    from desktop.errors import UserInputError
    from desktop.text import N_

    def broken(*_args, **_kwargs):
        raise UserInputError(N_("Errors", "This input was not understood."))

    monkeypatch.setattr(run_module, "run_check", broken)
    page.start_check("https://tokobatiksari.co.id/")
    qtbot.waitUntil(lambda: not page.running, timeout=TIMEOUT)
    assert page.banner.headline() == "The check could not finish"
    assert "This input was not understood." in page.banner.text()
    assert page.report is None and not page.copy_button.isEnabled()


def test_evidence_codes_are_shown_in_words_in_the_ui_language(qtbot, page, settings, qapp):
    """The detail pane names the trick ("combosquat") and the kind of brand in words."""
    from desktop.i18n import install_translators

    settings.set_value(OFFLINE, True)
    try:
        install_translators(qapp, "es")
        _check(qtbot, page, "https://tokopedia-promo.shop/")
        assert page.findings.current_finding().id == "domain.lookalike"
        detail = page.findings.detail.toPlainText()
        assert "Truco usado" in detail and "nombre de la marca con palabras añadidas" in detail
        assert "combosquat" not in detail
    finally:
        install_translators(qapp, "en")
    qtbot.waitUntil(lambda: "brand name with added words" in page.findings.detail.toPlainText())


def test_no_internet_is_named_once_and_check_again_is_offered(qtbot, page, settings):
    # Online checks on, but no name resolves (tests/support/hostmap.py): a computer without network.
    settings.set_value(OFFLINE, False)
    page.option_overrides = {"deadline": 5.0}
    report = _check(qtbot, page, "https://tokobatiksari.co.id/")
    assert report.finding("network.offline") is not None
    text = page.banner.text()
    assert text.count("You seem to be offline") == 1
    assert "(offline: not checked)" in text and "registry could not tell" not in text
    assert "Name or service not known" not in text and "test host map" not in text
    assert [f.id for f in page.findings_model.findings()] == [f.id for f in report.findings]
    assert page.again_button.isVisible() and page.again_button.isEnabled()


def test_export_dialog_opens_in_documents_and_a_failure_names_the_chosen_folder(qtbot, page, settings,
                                                                                 monkeypatch, tmp_path):
    from pathlib import Path

    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

    settings.set_value(OFFLINE, True)
    _check(qtbot, page, "https://tokopedia-promo.shop/")
    chosen = tmp_path / "Laporan"  # picked, but it is a file now (an unplugged drive, a typo)
    chosen.write_text("not a folder")
    offered = []

    def pick(parent, caption, directory, file_filter):
        offered.append(directory)
        return str(chosen / "r.pdf"), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(pick))
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert Path(offered[0]).parent == Path(documents or Path.home())
    assert Path(offered[0]).parent != Path.cwd()
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert boxes
    text = boxes[-1].text()
    assert f"The folder {chosen} does not exist." in text
    assert "Errno" not in text and "No such file" not in text
    boxes[-1].close()


def _coloured_pixels(widget) -> int:
    from PySide6.QtGui import QColor

    image = widget.grab().toImage()
    return sum(1 for x in range(image.width()) for y in range(image.height())
               if (c := QColor(image.pixel(x, y))).saturation() > 80 and c.value() > 60)


def test_emoji_in_a_pasted_chat_are_drawn_in_colour_not_as_boxes(qtbot, page):
    # tools/setup.sh installs fonts-noto-color-emoji; without it "🔥" is an empty box.
    page.paste.setPlainText("PROMO hari ini")
    plain = _coloured_pixels(page.paste.viewport())
    page.paste.setPlainText("🔥🛍️ PROMO hari ini")
    assert _coloured_pixels(page.paste.viewport()) > plain + 50


@pytest.mark.parametrize(("text", "seller"), [
    ("wa.me/6281234567890", "+6281234567890"),          # the phone, never "wa.me"
    ("bit.ly/3abcDEF", ""),                             # a shortener hides the seller
    ("transfer ke BCA 1234567890 a.n. Budi", "Budi"),   # the holder, never the account number
    ("transfer ke BCA 1234567890", ""),                 # an account number is no name to search
    ("https://www.instagram.com/tas.murah.original/", "tas.murah.original"),
    ("https://tokobatiksari.co.id/", "tokobatiksari.co.id"),
])
def test_seller_name_for_the_searches_is_never_a_platform_shortener_or_account(qtbot, page, settings,
                                                                               text, seller):
    settings.set_value(OFFLINE, True)
    _check(qtbot, page, text)
    page.selfcheck_button.click() if page.selfcheck_button.isVisible() else None
    assert page.selfcheck.seller.text() == seller


def test_whatsapp_seller_gets_no_official_site_tick(qtbot, page, settings):
    settings.set_value(OFFLINE, True)
    report = _check(qtbot, page, "wa.me/6281234567890")
    titles = [f.title.render() for f in page.findings_model.findings()]
    assert "Official site of WhatsApp" not in titles and report.finding("link.official") is None
    assert report.finding("link.social_seller") is not None


def test_an_email_address_is_not_a_link(qtbot, page, settings):
    settings.set_value(OFFLINE, True)
    page.start_check("hubungi cs.tokobatik@gmail.com ya kak")
    qtbot.waitUntil(lambda: not page.running, timeout=TIMEOUT)
    text = page.banner.text()
    assert "cs.tokobatik@gmail.com is an e-mail address" in text
    assert "cs.tokobatik does not end" not in text and "public domain suffix" not in text


def test_homograph_says_what_was_seen_and_what_it_really_is(qtbot, page, settings):
    settings.set_value(OFFLINE, True)
    report = _check(qtbot, page, "https://xn--80ak6aa92e.com/")
    detail = report.finding("domain.lookalike").detail.render()
    assert detail == ("The address shows as аррӏе.com but is really xn--80ak6aa92e.com: it is written "
                      "in Cyrillic letters that look like apple.com. It is not apple.com.")
    page.findings.select_finding("domain.lookalike")
    assert "written in Cyrillic letters" in page.findings.detail.toPlainText()


def test_self_check_buttons_say_what_they_mean_and_answers_alone_are_not_looks_ok(qtbot, page, settings):
    from desktop.checks.selfcheck import Answer

    settings.set_value(OFFLINE, True)
    _check(qtbot, page, "https://www.instagram.com/tas.murah.original/")
    row = page.selfcheck._rows[0]
    assert [b.text() for b in row.buttons.values()] == ["True", "Not true", "Not sure"]
    assert row.question.text.render() == "Searching the seller's name with “scam” found no complaints."
    for question in page.selfcheck.questions():
        page.selfcheck.answer(question.id, Answer.YES)
    # Every answer reassuring, yet nothing was checked: never "Looks OK".
    assert page.banner.level is Level.UNKNOWN
    assert "ShopSafe could not check this seller itself" in page.banner.text()
    assert page.recent_model.index(0, 1).data() == "Not enough information"
