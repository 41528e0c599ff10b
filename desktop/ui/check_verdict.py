"""The verdict banner: one glance says whether to pay, in words, colour and an icon.

States: empty (what to do first), checking (progress so far), finished (level, advice, the two
or three deciding reasons, and what could not be checked). The colour is a tint of the palette's
light or dark mode; the icon's shape and the words carry the meaning on their own.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.checks.model import Level
from desktop.checks.summary import LEVEL_ADVICE, LEVEL_NAMES
from desktop.i18n import qt_translate
from desktop.text import Message
from desktop.ui.check_icons import banner_colours, level_icon

__all__ = ["VerdictBanner"]



class VerdictBanner(QFrame):
    """Shows the state of the current check. Read :attr:`level` and :meth:`headline` in tests."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.icon = QLabel(self)
        self.icon.setObjectName("verdictIcon")
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.title = QLabel(self)
        self.title.setObjectName("verdictTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.body = QLabel(self)
        self.body.setObjectName("verdictBody")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(self.body)
        row = QHBoxLayout(self)
        row.addWidget(self.icon)
        row.addLayout(text, 1)
        self.level: Level | None = None
        self._state: tuple = ("empty",)
        self._styling = False
        #: The widget whose palette decides light or dark (the page: a style sheet stops
        #: palette propagation to the banner itself).
        self.palette_source: QWidget | None = None
        self.show_empty()

    # --- states ----------------------------------------------------------------------------------

    def show_empty(self) -> None:
        self._state = ("empty",)
        self.level = None
        self._apply_colours(None)
        self.icon.clear()
        self.title.setText(QCoreApplication.translate("CheckPage", "Paste a shop link to check it"))
        self.body.setText(html.escape(QCoreApplication.translate("CheckPage", 
            "A web shop, a marketplace listing, an Instagram or Facebook seller, a WhatsApp "
            "number or a whole chat message with a link: paste it above and press Enter."
        )))
        self.setAccessibleName(self.title.text())

    def show_checking(self, subject: str, found: int, warnings: list[Message]) -> None:
        """A check is running: ``found`` findings so far, ``warnings`` the titles of the warning
        signs among them (worst first; up to three are shown, in the current language)."""
        self._state = ("checking", subject, found, list(warnings))
        self.level = None
        self._apply_colours(Level.UNKNOWN)
        self.icon.clear()
        self.title.setText(QCoreApplication.translate("CheckPage", "Checking {subject}…").format(subject=subject))
        parts = [html.escape(QCoreApplication.translate("CheckPage", "{count} findings so far.").format(count=found))]
        if warnings:
            label = QCoreApplication.translate("CheckPage", "Warning signs so far:")
            parts.append(f"<p><b>{html.escape(label)}</b></p><ul>")
            parts += [f"<li>{html.escape(w.render(qt_translate))}</li>" for w in warnings[:3]]
            parts.append("</ul>")
        self.body.setText("".join(parts))
        self.setAccessibleName(self.title.text())

    def show_message(self, title: str, detail: str) -> None:
        """A state without a verdict (cancelled, input not understood, failure)."""
        self._state = ("message", title, detail)
        self.level = None
        self._apply_colours(Level.UNKNOWN)
        self.icon.setPixmap(level_icon(Level.UNKNOWN).pixmap(self._icon_size()))
        self.title.setText(title)
        self.body.setText(html.escape(detail))
        self.setAccessibleName(title)

    def show_verdict(
        self,
        level: Level,
        reasons: list[str],
        not_done: list[str],
        note: str = "",
        advice: list[str] | None = None,
    ) -> None:
        """The finished verdict: ``reasons`` are already translated texts (at most three are
        shown); ``not_done`` names checks that did not run; ``note`` is the self-check line."""
        self._state = ("verdict", level, list(reasons), list(not_done), note, advice)
        self.level = level
        self._apply_colours(level)
        self.icon.setPixmap(level_icon(level).pixmap(self._icon_size()))
        self.title.setText(LEVEL_NAMES[level].render(qt_translate))
        advice = advice if advice is not None else [LEVEL_ADVICE[level].render(qt_translate)]
        parts = [f"<p>{html.escape(line)}</p>" for line in advice]
        if reasons:
            why = QCoreApplication.translate("CheckPage", "Why:")
            parts.append(f"<p><b>{html.escape(why)}</b></p><ul>")
            parts += [f"<li>{html.escape(r)}</li>" for r in reasons[:3]]
            parts.append("</ul>")
        if not_done:
            label = QCoreApplication.translate("CheckPage", "Not checked:")
            parts.append(f"<p><b>{html.escape(label)}</b> ")
            parts.append(html.escape("; ".join(not_done)) + "</p>")
        if note:
            parts.append(f"<p><i>{html.escape(note)}</i></p>")
        self.body.setText("".join(parts))
        self.setAccessibleName(self.title.text())

    def headline(self) -> str:
        return self.title.text()

    def text(self) -> str:
        """Everything the banner says, as plain text (for tests and accessibility)."""
        from PySide6.QtGui import QTextDocumentFragment

        return self.title.text() + "\n" + QTextDocumentFragment.fromHtml(self.body.text()).toPlainText()

    # --- looks -------------------------------------------------------------------------------------

    def _icon_size(self) -> int:
        return max(32, int(self.fontMetrics().height() * 3))

    def _apply_colours(self, level: Level | None) -> None:
        self._styling = True
        try:
            if level is None:
                if self.styleSheet():
                    self.setStyleSheet("")
                return
            source = self.palette_source or self.parentWidget() or self
            palette = source.palette()
            background, accent = banner_colours(level, palette)
            text = palette.color(QPalette.ColorRole.WindowText)
            sheet = (
                f"#verdictBanner {{ background: {background.name()}; color: {text.name()};"
                f" border: 1px solid {accent.name()}; border-left: 8px solid {accent.name()};"
                f" border-radius: 4px; }}"
                f" #verdictBanner QLabel {{ color: {text.name()}; background: transparent; }}"
            )
            # Re-polishing costs milliseconds; findings stream in many times a second.
            if sheet != self.styleSheet():
                self.setStyleSheet(sheet)
        finally:
            self._styling = False

    def refresh_colours(self) -> None:
        """Recompute the tint after the palette changed (light/dark switch)."""
        self._replay()

    def _replay(self) -> None:
        state, *args = self._state
        if state == "empty":
            self.show_empty()
        elif state == "checking":
            self.show_checking(*args)
        elif state == "message":
            self.show_message(*args)
        else:
            self.show_verdict(*args)

    def changeEvent(self, event: QEvent) -> None:
        # A language switch re-renders the texts; a palette switch (light/dark) the colours.
        if event.type() == QEvent.Type.LanguageChange or (
            event.type() == QEvent.Type.PaletteChange and not self._styling
        ):
            self._replay()
        super().changeEvent(event)
