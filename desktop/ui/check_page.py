"""The Check page: paste anything, watch the verdict build, act on it.

The paste box takes a link, a profile, a phone number or a whole chat message; Enter, the Check
button or pasting starts a check (a new one cancels the old). The check runs in the thread pool
through :class:`desktop.ui.tasks.Task`; findings stream in through the task's progress signal,
so the window never waits on the network. When the report is in, the verdict banner says what to
do, the self-check is offered when the automatic checks cannot see enough, and the actions copy
a family-chat summary or export the report as HTML or PDF. When the checked page showed a
product price, *Compare the cost* hands it to the Costs page (``compare_cost_requested``).

Every finished check is remembered in Recent checks with its report; reopening an entry shows
that report as it was (findings, verdict, self-check answers, when it was made) without running
anything. *Check again* is a separate action: it runs a new check, which becomes a new entry, and
the old one stays as it was.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.checks.connectivity import OFFLINE_FINDING_ID
from desktop.checks.message import seller_name as message_seller_name
from desktop.checks.model import Category, Finding, InputKind, Level, Status
from desktop.net.options import CheckOptions
from desktop.checks.selfcheck import (
    answers_from_json,
    apply_answers,
    report_section,
    should_offer,
)
from desktop.checks.summary import advice_for, strength_rank, subject_of
from desktop.errors import ShopSafeError
from desktop.i18n import current_language, qt_translate
from desktop.localtime import local_stamp
from desktop.settings import COUNTRY, Settings
from desktop.ui.check_actions import ReportActions
from desktop.ui.check_archive import CheckEntry, entry_for
from desktop.ui.check_compare import ComparePanel
from desktop.ui.check_findings import FindingsModel, FindingsView
from desktop.ui.check_history import HistoryStore
from desktop.ui.check_image import Picture, highlight_identifiers, picture_from_mime, run_picture_task
from desktop.ui.check_recent import RecentChecksPanel
from desktop.ui.check_selfcheck import SelfCheckWidget
from desktop.ui.check_verdict import VerdictBanner
from desktop.ui.tasks import PROGRESS, TOKEN, Task

__all__ = ["CheckPage"]

log = logging.getLogger(__name__)


def run_check_task(text: str, options: CheckOptions, progress: Any, cancel: Any,
                   seller_lookup: Any = None) -> Any:
    """Worker side: consume the check stream (:func:`desktop.checks.run.run_check`), which
    consults the family's seller book first when ``seller_lookup`` is given (archive unlocked).

    The offline report goes out first as progress (a ``Report``: its findings and input kind
    show at once), then each online finding as it arrives; the final report is returned.
    """
    from desktop.checks.run import run_check

    stream = run_check(text, options, cancel, seller_lookup=seller_lookup)
    progress(next(stream))
    final = None
    for item in stream:
        if isinstance(item, Finding):
            progress(item)
        else:
            final = item
    return final


class PasteBox(QPlainTextEdit):
    """A few lines for pasting; Enter submits (Shift+Enter is a new line), pasting submits."""

    submitted = Signal()
    pasted = Signal()
    picture_pasted = Signal(object)  # a check_image.Picture: a screenshot pasted or dropped

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.submitted.emit()
            return
        super().keyPressEvent(event)

    def canInsertFromMimeData(self, source) -> bool:  # noqa: N802 - Qt override
        return picture_from_mime(source) is not None or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source) -> None:  # noqa: N802 - Qt override
        # A paste replaces whatever was there: the user is checking something new.
        picture = picture_from_mime(source)
        if picture is not None:
            self.picture_pasted.emit(picture)
            return
        self.clear()
        super().insertFromMimeData(source)
        self.pasted.emit()


class CheckPage(QWidget):
    """The Check page. ``check_finished(object)`` carries the finished Report;
    ``compare_cost_requested(object)`` carries a :class:`~desktop.ui.check_compare.CapturedOffer`
    (shop, URL, captured price) for the main window to open on the Costs page."""

    check_started = Signal(str)
    check_finished = Signal(object)
    compare_cost_requested = Signal(object)
    #: "Save to archive" found the archive locked and the user chose to go and unlock it.
    archive_page_requested = Signal()

    def __init__(self, settings: Settings, pool: QThreadPool | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkPage")
        self._settings = settings
        self._pool = pool or QThreadPool.globalInstance()
        self._task: Task | None = None
        self._report: Any = None
        self._streamed = 0
        self._warnings: list[Finding] = []
        self._subject = ""
        #: Extra CheckOptions fields (``resolve``, ``ca_bundle``) for tests and diagnostics.
        self.option_overrides: dict[str, Any] = {}

        self.prompt = QLabel(self)
        self.paste = PasteBox(self)
        self.paste.setObjectName("pasteBox")
        self.paste.setTabChangesFocus(True)
        line = self.paste.fontMetrics().lineSpacing()
        self.paste.setFixedHeight(int(line * 3.6))
        self.prompt.setBuddy(self.paste)
        self.check_button = QPushButton(self)
        self.check_button.setObjectName("checkButton")
        self.check_button.setDefault(True)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("checkProgress")
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(max(6, line // 2))
        self.progress.hide()

        self.banner = VerdictBanner(self)
        self.banner.palette_source = self
        self.findings_model = FindingsModel(self)
        self.findings = FindingsView(self.findings_model, self)
        self.findings.setMinimumHeight(line * 14)
        self.findings.hide()  # shown from the first check on; until then the banner explains
        self.selfcheck = SelfCheckWidget(self)
        self.selfcheck.hide()
        self.selfcheck_button = QPushButton(self)
        self.selfcheck_button.setObjectName("selfCheckButton")
        self.selfcheck_button.hide()
        # When the report on screen was made, and a new check of the same input.
        self.when_label = QLabel(self)
        self.when_label.setObjectName("checkedWhen")
        self.when_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.again_button = QPushButton(self)
        self.again_button.setObjectName("checkAgainButton")
        self.when_label.hide()
        self.again_button.hide()
        self._entry_key: str | None = None
        self._restoring = False

        self.actions = ReportActions(self._current_document, self)
        # Short names for what tests and the main window reach for.
        self.copy_button = self.actions.copy_button
        self.html_button = self.actions.html_button
        self.pdf_button = self.actions.pdf_button
        self.archive_button = self.actions.archive_button
        self.archive_reason = self.actions.archive_reason
        self.status_line = self.actions.status_line
        self.compare_panel = ComparePanel(settings, self)

        self.history = HistoryStore(settings, self)
        self.recent_panel = RecentChecksPanel(settings, self.history, self)
        self.recent = self.recent_panel.table
        self.recent_model = self.recent_panel.model
        self.recent_empty = self.recent_panel.empty

        self._build_layout()
        self._connect()
        self._set_running(False)
        self._update_actions()
        self._retranslate()
        # The checks are warmed up once per process by desktop/app.py once the window shows
        # (desktop.checks.run.warm_up, then gc.freeze()), not per page.

    # --- layout -----------------------------------------------------------------------------------

    def _build_layout(self) -> None:
        paste_row = QHBoxLayout()
        paste_row.addWidget(self.paste, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        paste_row.addLayout(buttons)

        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.banner)
        when_row = QHBoxLayout()
        when_row.addWidget(self.when_label, 1)
        when_row.addWidget(self.again_button)
        column.addLayout(when_row)
        column.addWidget(self.findings, 1)
        column.addWidget(self.selfcheck_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.selfcheck)
        column.addWidget(self.actions)
        column.addWidget(self.compare_panel)
        column.addStretch(0)  # keeps the banner and actions at the top before the first check
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(content)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.scroll)
        self.splitter.addWidget(self.recent_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 360])

        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addLayout(paste_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.splitter, 1)
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        # Reading order: what to check, the verdict and its findings, what to do, then history.
        # (The scroll area itself never takes focus: Tab goes to what is in it.)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        chain = [
            self.paste, self.check_button, self.cancel_button, self.again_button,
            self.findings.tree, self.findings.detail, self.selfcheck_button, *self.selfcheck.focus_chain(),
            self.actions.copy_button, self.actions.html_button, self.actions.pdf_button,
            self.actions.archive_button, self.compare_panel.compare_button, self.recent,
        ]
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)

    def _connect(self) -> None:
        self.paste.submitted.connect(self._on_paste_submitted)
        self.paste.pasted.connect(self._on_paste_submitted)
        self.paste.picture_pasted.connect(self.start_picture_check)
        self.check_button.clicked.connect(self._on_paste_submitted)
        self.cancel_button.clicked.connect(self.cancel_check)
        self.selfcheck.answers_changed.connect(self._on_selfcheck_answers_changed)
        self.selfcheck_button.clicked.connect(self._on_selfcheck_button_clicked)
        self.recent_panel.open_requested.connect(self.open_recent)
        self.again_button.clicked.connect(self.check_again)
        self.compare_panel.compare_cost_requested.connect(self.compare_cost_requested)
        self.actions.archive_page_requested.connect(self.archive_page_requested)
        # Window-wide while this page is shown (focus may be in the main window's sidebar).
        focus = QShortcut(QKeySequence("Ctrl+L"), self)
        focus.setContext(Qt.ShortcutContext.WindowShortcut)
        focus.activated.connect(self.focus_paste_box)
        stop = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        stop.setContext(Qt.ShortcutContext.WindowShortcut)
        stop.activated.connect(self._on_escape)

    # --- the check ------------------------------------------------------------------------------

    @property
    def report(self) -> Any:
        """The finished report of the current check (with the self-check answers), or None."""
        return self._report

    @property
    def running(self) -> bool:
        return self._task is not None

    def focus_paste_box(self) -> None:
        self.paste.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.paste.selectAll()

    def start_check(self, text: str | None = None) -> bool:
        """Check ``text`` (default: the paste box); cancels a running check. False if empty."""
        if text is not None and text != self.paste.toPlainText():
            self.paste.setPlainText(text)
        text = self.paste.toPlainText().strip()
        if not text:
            self.focus_paste_box()
            return False
        self._clear_for_new_check()
        self._subject = _short(text)
        self.banner.show_checking(self._subject, 0, [])
        self.status_line.clear()
        options = self._settings.check_options(**self.option_overrides)
        self._task = (
            Task(run_check_task, text, options, PROGRESS, TOKEN, self._seller_lookup(options))
            .on_success(self._on_check_succeeded)
            .on_failure(self._on_check_failed)
            .on_progress(self._on_check_progressed)
        )
        task = self._task
        task.on_finished(lambda: self._on_task_finished(task))
        self._set_running(True)
        self._update_actions()
        self.check_started.emit(text)
        task.start(self._pool)
        return True

    def _on_paste_submitted(self) -> None:
        self.start_check()

    def check_again(self) -> bool:
        """Run a new check of the input of the report on screen; the old entry stays listed."""
        if self._report is None:
            return self.start_check()
        return self.start_check(self._report.input)

    def open_recent(self, key: str) -> bool:
        """Show the recent check ``key`` as it was saved, with its answers and time; nothing is
        run. An entry from an older version (no saved report) is checked again instead.
        Returns whether a saved report was shown."""
        report = self.history.report(key)
        if report is None:
            entry = self.history.entry(key)
            if entry is not None:
                self.start_check(entry.input)
            return False
        self._stop_task()
        self.paste.setPlainText(report.input)
        self.findings_model.set_findings(report.findings)
        self.findings.show()
        self.status_line.clear()
        self._subject = subject_of(report.to_json())
        answers = answers_from_json((report.self_check or {}).get("answers") or [])
        self._show_report(report, answers)
        self._entry_key = key
        return True

    def _clear_for_new_check(self) -> None:
        """Stop the running check and forget its report and findings (text and picture alike)."""
        self._stop_task()
        self._report = None
        self._entry_key = None
        self.when_label.hide()
        self.again_button.hide()
        self._streamed = 0
        self._warnings = []
        self.findings_model.clear()
        self.findings.show()
        self.selfcheck.hide()
        self.selfcheck_button.hide()

    def start_picture_check(self, picture: Picture) -> None:
        """Read a screenshot offline (OCR and QR codes) and check what it says; cancels a
        running check. The paste box then shows the text read, with what was found marked."""
        self._clear_for_new_check()
        self.paste.setPlainText("")
        self.paste.setExtraSelections([])
        self._subject = picture.name or self.tr("the pasted picture")
        self.banner.show_message(self.tr("Reading the picture…"),
                                 self.tr("The text and QR codes are read on this computer; "
                                         "nothing is sent anywhere."))
        options = self._settings.check_options(**self.option_overrides)
        self._task = (
            Task(run_picture_task, picture, options, current_language(), TOKEN)
            .on_success(self._on_picture_read)
            .on_failure(self._on_check_failed)
        )
        task = self._task
        task.on_finished(lambda: self._on_task_finished(task))
        self._set_running(True)
        self._update_actions()
        task.start(self._pool)

    def _on_picture_read(self, report: Any) -> None:
        self.paste.setPlainText(report.input)
        highlight_identifiers(self.paste, report)
        self._on_check_succeeded(report)

    def cancel_check(self) -> None:
        """Stop the running check; the findings so far stay visible, without a verdict."""
        if self._task is None:
            return
        self._stop_task()
        self.banner.show_message(
            self.tr("Check cancelled"),
            self.tr("The findings so far are listed below, but they are not a verdict."),
        )

    def _stop_task(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self._set_running(False)

    def _on_check_progressed(self, value: object) -> None:
        findings = [value] if isinstance(value, Finding) else list(getattr(value, "findings", ()))
        if not isinstance(value, Finding) and hasattr(value, "to_json"):
            # The offline report: now we know what the text named (a shop, a seller).
            self._subject = subject_of(value.to_json())
        for finding in findings:
            self.findings_model.add_finding(finding)
            self._streamed += 1
            if finding.status in (Status.WARN, Status.FAIL):
                self._warnings.append(finding)
        if findings:
            self._warnings.sort(key=lambda f: -f.status.rank)
            self.banner.show_checking(self._subject, self._streamed, [f.title for f in self._warnings])

    def _on_check_succeeded(self, report: Any) -> None:
        self._task = None
        self._set_running(False)
        if report.kind is InputKind.NOT_UNDERSTOOD and not any(
                f.status.rank >= Status.WARN.rank for f in report.findings):
            # Nothing to judge: say what to paste instead of showing a verdict.
            self.findings.hide()
            parts = [m.render(qt_translate) for f in report.findings for m in (f.detail, f.advice) if m]
            self.banner.show_message(self.tr("There is nothing to check in this text"), " ".join(parts))
            self.focus_paste_box()
            return
        # Findings normally all arrived through progress; resync only if the report differs.
        if sorted(map(repr, report.findings)) != sorted(map(repr, self.findings_model.findings())):
            self.findings_model.set_findings(report.findings)
        self._show_report(report, {})
        self._entry_key = None  # a new entry
        self._remember(report, report.verdict.level)
        self.check_finished.emit(report)

    def _show_report(self, report: Any, answers: dict) -> None:
        """Verdict, self-check (with ``answers``), actions and time for a finished report."""
        self._report = report
        country = self._settings.value(COUNTRY)
        offer = self._offer_selfcheck(report)
        self.selfcheck.set_context(report.kind, country, _seller_name(report))
        self._set_tab_order()  # the checklist's answers are new widgets: keep them in reading order
        if answers:
            self._restoring = True  # the answers are already in the report and the entry
            try:
                self.selfcheck.set_answers(answers)
            finally:
                self._restoring = False
        self.selfcheck.setVisible(offer or bool(answers))
        self.selfcheck_button.setVisible(not (offer or answers))
        self._show_verdict()
        self._show_when()
        self._update_actions()
        if self.findings.current_finding() is None:
            # Open the explanation of what matters most: the worst finding, or for a "Looks OK"
            # its strongest reason (not an HTTPS detail that merely answered first).
            order = {c: i for i, c in enumerate(Category)}
            if report.verdict.level is Level.OK and report.verdict.reasons:
                first = min(report.verdict.reasons, key=lambda f: strength_rank(f.id))
                self.findings.select_finding(first.id)
            else:
                worst = sorted(report.findings, key=lambda f: (-f.status.rank, order[f.category]))
                if worst:
                    self.findings.select_finding(worst[0].id)

    def _show_when(self) -> None:
        if self._report is None:
            return
        self.when_label.setText(self.tr("Checked on {when}").format(when=local_stamp(self._report.checked_at)))
        self.again_button.setText(self.tr("Check &again"))
        self.again_button.setToolTip(self.tr("Run a new check now. This report stays in Recent checks."))
        self.when_label.show()
        self.again_button.show()

    def _on_check_failed(self, error: BaseException) -> None:
        self._task = None
        self._set_running(False)
        if isinstance(error, ShopSafeError):
            detail = error.message.render(qt_translate)
        else:
            log.error("check failed", exc_info=(type(error), error, error.__traceback__))
            detail = self.tr("An unexpected error stopped the check. Details are in the log file.")
        self.banner.show_message(self.tr("The check could not finish"), detail)
        self._update_actions()

    def _on_task_finished(self, task: Task) -> None:
        if self._task is task:  # ended without result (e.g. a late cancel)
            self._task = None
            self._set_running(False)

    # --- verdict and self-check --------------------------------------------------------------------

    def _selfcheck_section(self, translate=None) -> dict[str, Any]:
        return report_section(self._report.verdict.level, self.selfcheck.answers(),
                              self.selfcheck.questions(), translate)

    def _show_verdict(self) -> None:
        report = self._report
        if report is None:
            return
        verdict = report.verdict
        # "Why:" gives reasons: what could not be checked says why (its title only names it),
        # and a "Looks OK" leads with its strongest reason.
        ordered = (sorted(verdict.reasons, key=lambda f: strength_rank(f.id)) if verdict.level is Level.OK
                   else verdict.reasons)
        reasons = list(dict.fromkeys(
            (f.detail if f.status is Status.UNKNOWN else f.title).render(qt_translate) for f in ordered))
        not_done = [m.render(qt_translate) for m in verdict.not_done]
        level, note = verdict.level, ""
        answers = self.selfcheck.answers()
        if answers:
            result = apply_answers(verdict.level, answers, self.selfcheck.questions())
            level = result.level
            if result.reasons:
                reasons = [m.render(qt_translate) for m in result.reasons]
            note = result.summary.render(qt_translate)
        elif self._offer_selfcheck(report):
            note = self.tr("Do the self-check below: your answers complete the verdict.")
        if report.finding(OFFLINE_FINDING_ID) is not None:
            # Said once, above everything: the grey "?" below are not the shop's fault.
            offline = self.tr("You seem to be offline: only the link itself was checked. "
                              "Press “Check again” when you are connected.")
            note = f"{offline} {note}".strip()
        advice = [m.render(qt_translate) for m in advice_for(level, report.kind)]
        self.banner.show_verdict(level, reasons, not_done, note, advice)

    @staticmethod
    def _offer_selfcheck(report: Any) -> bool:
        # A high-risk verdict is settled: answers could not make it safer, so the checklist
        # stays one click away instead of in the way.
        return report.verdict.level is not Level.HIGH_RISK and should_offer(report.kind, report.findings)

    def _on_selfcheck_answers_changed(self, _answers: dict) -> None:
        if self._report is None or self._restoring:
            return
        # Kept in the report (English, like every stored report) so exports and the archive have it.
        self._report = self._report.replace(self_check=self._selfcheck_section())
        self._show_verdict()
        self._remember(self._report, Level(self._report.self_check["level"]))

    def _on_selfcheck_button_clicked(self) -> None:
        self.selfcheck.show()
        self.selfcheck_button.hide()
        self._show_verdict()
        self.scroll.ensureWidgetVisible(self.selfcheck)

    # --- actions -----------------------------------------------------------------------------------

    def report_document(self) -> dict[str, Any]:
        """The report as JSON in the UI language, with the self-check section."""
        doc = self._report.to_json(qt_translate)
        if self.selfcheck.answers() or self.selfcheck.isVisible():
            doc["self_check"] = self._selfcheck_section(qt_translate)
        return doc

    def set_archive_writer(self, writer: Any) -> None:
        """``writer()`` gives the window's archive writer (or ``None``): "Save to archive"
        then works whenever that archive is unlocked."""
        self.actions.set_archive(writer, self.archive_entry)

    def _seller_lookup(self, options: CheckOptions) -> Any:
        """The unlocked archive's seller-book lookup (None while it is locked or absent): the
        check consults the family's verdicts first, offline."""
        session = self.actions.unlocked_session()
        return session.seller_lookup(options.country) if session is not None else None

    def archive_state_changed(self) -> None:
        """The archive was unlocked or locked: "Save to archive" says whether it can save."""
        self.actions.set_ready(self._report is not None)

    def archive_entry(self) -> CheckEntry | None:
        """What "Save to archive" keeps: the report with the self-check answers, the seller
        and the page snapshot; ``None`` without a finished report."""
        if self._report is None:
            return None
        doc = self.report_document()
        return entry_for(doc, _seller_name(self._report), subject_of(doc), self.banner.headline())

    def save_to_archive(self) -> bool:
        return self.actions.save_to_archive()

    def _current_document(self) -> dict[str, Any] | None:
        return self.report_document() if self._report is not None else None

    def summary_text(self) -> str:
        return self.actions.summary_text()

    def copy_summary(self) -> None:
        self.actions.copy_summary()

    def export_html(self, path: str | Path) -> Path:
        """Write the HTML report to ``path``; raises ``OSError``."""
        return self.actions.export_html(path)

    def export_pdf(self, path: str | Path) -> Path:
        """Write the PDF report to ``path``; raises ``OSError``."""
        return self.actions.export_pdf(path)

    # --- recent checks -----------------------------------------------------------------------------

    def _remember(self, report: Any, level: Level) -> None:
        key = self.history.record(report, subject_of(report.to_json()), level, self._entry_key)
        if key is not None:
            self._entry_key = key
            self.recent_panel.reload()

    # --- state, language ---------------------------------------------------------------------------

    def _set_running(self, running: bool) -> None:
        self.cancel_button.setEnabled(running)
        self.progress.setVisible(running)

    def _update_actions(self) -> None:
        self.actions.set_ready(self._report is not None)
        self.compare_panel.set_report(self._report)

    def _on_escape(self) -> None:
        if self._task is not None:
            self.cancel_check()

    def _retranslate(self) -> None:
        self.prompt.setText(self.tr("&Paste a shop link, a seller's profile, a phone number or a chat message:"))
        self.paste.setPlaceholderText(self.tr("e.g. https://toko-contoh.id/produk/tas — press Enter to check (Ctrl+L comes back here)"))
        self.paste.setAccessibleName(self.tr("Text to check"))
        self.check_button.setText(self.tr("&Check"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the check (Esc)"))
        self.selfcheck_button.setText(self.tr("Check it yourself too"))
        self.findings.retranslate()
        self._show_verdict()
        self._show_when()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        # The archive may have been unlocked or locked on its page meanwhile.
        self.actions.set_ready(self._report is not None)
        if not self.paste.toPlainText():
            # Ready to paste the moment the page appears.
            QTimer.singleShot(0, self.paste.setFocus)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            # The banner's tint comes from a style sheet, which stops palette propagation.
            self.banner.refresh_colours()
        super().changeEvent(event)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:57] + "…"


def _seller_name(report: Any) -> str:
    """What the search buttons look for: the seller's handle, the shop's own domain, or the
    phone number. Never a platform's, messenger's or link shortener's domain (wa.me, bit.ly,
    instagram.com: searching those finds the platform, not the seller), nor a bank account
    number (a search engine is no fraud register; cekrekening.id is offered for that)."""
    holder = message_seller_name(getattr(report, "identifiers", ()))
    if holder:  # "transfer ke BCA … a.n. Budi Santoso": the name the money goes to
        return holder
    if report.social_handle:
        return str(report.social_handle).lstrip("@")
    platform_or_shortener = report.platform or report.finding("link.shortener") is not None
    if report.registrable_domain and report.kind is InputKind.WEB_SHOP and not platform_or_shortener:
        return str(report.registrable_domain)
    return str(report.phone or "")
