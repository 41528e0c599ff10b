"""The guided self-check on the Check page: a checklist the buyer answers, and search buttons.

Questions come from :mod:`desktop.checks.selfcheck` (which ones apply depends on the input kind
and the user's country). Each has Yes / No / Not sure; every change emits ``answers_changed``
and the page recomputes the verdict text. The buttons open the system browser on a web search
for the seller's name with "penipuan" / "estafa" / "scam", and on cekrekening.id for Indonesia.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QUrl, QUrlQuery, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.checks.model import InputKind
from desktop.checks.selfcheck import Answer, Question, questions_for
from desktop.i18n import qt_translate

__all__ = ["CEKREKENING_URL", "SEARCH_WORDS", "SelfCheckWidget", "search_url"]

#: Words that find scam reports in Indonesian, Spanish and English.
SEARCH_WORDS: tuple[str, ...] = ("penipuan", "estafa", "scam")
CEKREKENING_URL = "https://cekrekening.id/"
_SEARCH_ENGINE = "https://www.google.com/search"

_ANSWERS = (Answer.YES, Answer.NO, Answer.NOT_SURE)
#: Countries whose buyers search in Spanish first (ShopSafe's Spanish-speaking countries).
SPANISH_SPEAKING = frozenset({"ES", "MX", "AR", "CO", "CL", "PE", "EC", "UY", "VE"})



def search_url(name: str, word: str) -> QUrl:
    """The web search for ``"name" word`` (the name quoted so it is searched as one phrase)."""
    query = QUrlQuery()
    query.addQueryItem("q", f'"{name.strip()}" {word}')
    url = QUrl(_SEARCH_ENGINE)
    url.setQuery(query)
    return url


class _QuestionRow(QWidget):
    def __init__(self, question: Question, parent: QWidget) -> None:
        super().__init__(parent)
        self.question = question
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        font = self.text.font()
        font.setBold(True)
        self.text.setFont(font)
        self.how = QLabel(self)
        self.how.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.buttons: dict[Answer, QRadioButton] = {}
        choices = QHBoxLayout()
        for answer in _ANSWERS:
            button = QRadioButton(self)
            button.setObjectName(f"{question.id}.{answer.value}")
            self.group.addButton(button)
            self.buttons[answer] = button
            choices.addWidget(button)
        choices.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.text)
        layout.addWidget(self.how)
        layout.addLayout(choices)
        self.retranslate()

    def retranslate(self) -> None:
        self.text.setText(self.question.text.render(qt_translate))
        self.how.setText(self.question.how.render(qt_translate))
        # Each question is a statement in which agreeing is the reassuring answer; the buttons
        # say "true" / "not true" so that nobody has to untangle "No, it found no complaints".
        names = {Answer.YES: QCoreApplication.translate("CheckPage", "True"),
                 Answer.NO: QCoreApplication.translate("CheckPage", "Not true"),
                 Answer.NOT_SURE: QCoreApplication.translate("CheckPage", "Not sure")}
        for answer, button in self.buttons.items():
            button.setText(names[answer])
            button.setAccessibleDescription(self.text.text())

    def answer(self) -> Answer | None:
        for answer, button in self.buttons.items():
            if button.isChecked():
                return answer
        return None

    def set_answer(self, answer: Answer | None) -> None:
        if answer is None:
            self.group.setExclusive(False)
            for button in self.buttons.values():
                button.setChecked(False)
            self.group.setExclusive(True)
        else:
            self.buttons[answer].setChecked(True)


class SelfCheckWidget(QGroupBox):
    """The checklist. ``answers_changed(dict)`` carries ``{question_id: Answer}``."""

    answers_changed = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("selfCheck")
        self._rows: list[_QuestionRow] = []
        self._country = ""
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.seller_label = QLabel(self)
        self.seller = QLineEdit(self)
        self.seller.setObjectName("sellerName")
        self.seller.setClearButtonEnabled(True)
        self.seller_label.setBuddy(self.seller)
        self.search_buttons: dict[str, QPushButton] = {}
        for word in SEARCH_WORDS:
            button = QPushButton(self)
            button.setObjectName(f"search.{word}")
            button.clicked.connect(lambda _=False, w=word: self._on_search_clicked(w))
            self.search_buttons[word] = button
        self.cekrekening = QPushButton(self)
        self.cekrekening.setObjectName("cekrekening")
        self.cekrekening.clicked.connect(self._on_cekrekening_clicked)
        # Two columns, not one row: four buttons side by side do not fit a 1024×600 screen.
        self.searches = QGridLayout()
        searches = QHBoxLayout()
        searches.addLayout(self.searches)
        searches.addStretch(1)
        self._arrange_searches("")
        form = QFormLayout()
        form.addRow(self.seller_label, self.seller)
        self.questions_box = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addLayout(searches)
        layout.addLayout(self.questions_box)
        self.seller.textChanged.connect(self._update_buttons)
        self.retranslate()

    # --- content -----------------------------------------------------------------------------

    def set_context(self, kind: InputKind | None, country: str, seller_name: str) -> None:
        """Show the questions for ``kind`` and ``country``; previous answers are cleared
        (without ``answers_changed``: a new check starts from no answers)."""
        questions = questions_for(kind, country)
        self.seller.setText(seller_name)
        self._arrange_searches((country or "").upper())
        self.cekrekening.setVisible((country or "").upper() == "ID")
        if questions == self.questions():
            # Same checklist as last time: clearing answers is cheaper than new widgets.
            blocked = self.blockSignals(True)
            try:
                for row in self._rows:
                    row.group.blockSignals(True)
                    row.set_answer(None)
                    row.group.blockSignals(False)
            finally:
                self.blockSignals(blocked)
            return
        for row in self._rows:
            row.setParent(None)
            row.deleteLater()
        self._rows = []
        self._country = (country or "").upper()
        for question in questions:
            row = _QuestionRow(question, self)
            row.group.buttonToggled.connect(self._on_row_toggled)
            self.questions_box.addWidget(row)
            self._rows.append(row)
        self._link_focus_chain()
        self._update_buttons()

    def search_order(self) -> list[str]:
        """The search words in the order their buttons are shown."""
        return list(self._search_order)

    def _arrange_searches(self, country: str) -> None:
        # The words of the user's country first: Indonesians search "penipuan", Spanish
        # speakers "estafa"; everyone else starts with "scam".
        first = {"ID": "penipuan"}.get(country, "estafa" if country in SPANISH_SPEAKING else "scam")
        self._search_order = [first, *(w for w in SEARCH_WORDS if w != first)]
        for button in [*self.search_buttons.values(), self.cekrekening]:
            self.searches.removeWidget(button)
        for position, word in enumerate(self._search_order):
            self.searches.addWidget(self.search_buttons[word], position // 2, position % 2)
        self.searches.addWidget(self.cekrekening, len(self._search_order) // 2, len(self._search_order) % 2)
        self._link_focus_chain()

    def focus_chain(self) -> list[QWidget]:
        """The widgets Tab visits, in the order they are seen: name, searches, answers."""
        chain: list[QWidget] = [self.seller, *(self.search_buttons[w] for w in self._search_order),
                                self.cekrekening]
        for row in self._rows:
            chain.extend(row.buttons.values())
        return chain

    def _link_focus_chain(self) -> None:
        chain = self.focus_chain()
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)

    def questions(self) -> tuple[Question, ...]:
        return tuple(row.question for row in self._rows)

    def answers(self) -> dict[str, Answer]:
        return {row.question.id: a for row in self._rows if (a := row.answer()) is not None}

    def set_answers(self, answers: dict[str, Answer]) -> None:
        with_signals = self.blockSignals(True)
        try:
            for row in self._rows:
                row.set_answer(answers.get(row.question.id))
        finally:
            self.blockSignals(with_signals)
        self.answers_changed.emit(self.answers())

    def answer(self, question_id: str, answer: Answer) -> None:
        """Answer one question as the user would by clicking (used by tests and shortcuts)."""
        for row in self._rows:
            if row.question.id == question_id:
                row.buttons[answer].click()
                return
        raise KeyError(question_id)

    # --- events ----------------------------------------------------------------------------------

    def _on_row_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self.answers_changed.emit(self.answers())

    def _on_search_clicked(self, word: str) -> None:
        name = self.seller.text().strip()
        if name:
            QDesktopServices.openUrl(search_url(name, word))

    def _on_cekrekening_clicked(self) -> None:
        QDesktopServices.openUrl(QUrl(CEKREKENING_URL))

    def _update_buttons(self) -> None:
        has_name = bool(self.seller.text().strip())
        for button in self.search_buttons.values():
            button.setEnabled(has_name)

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("CheckPage", "Check it yourself"))
        self.intro.setText(QCoreApplication.translate("CheckPage", 
            "Automatic checks cannot see everything, especially sellers on social media and "
            "marketplaces. Answer what you can; your answers change the verdict and are kept in "
            "the report."
        ))
        self.seller_label.setText(QCoreApplication.translate("CheckPage", "Seller's &name:"))
        self.seller.setPlaceholderText(QCoreApplication.translate("CheckPage", "Name, shop name, handle or phone number"))
        for word, button in self.search_buttons.items():
            button.setText(QCoreApplication.translate("CheckPage", "Search “{word}”").format(word=word))
            button.setToolTip(QCoreApplication.translate("CheckPage", "Opens your web browser with a search for the seller's name and “{word}”.").format(word=word))
        self.cekrekening.setText(QCoreApplication.translate("CheckPage", "Check the account on cekrekening.id"))
        self.cekrekening.setToolTip(QCoreApplication.translate("CheckPage", "Opens cekrekening.id in your web browser."))
        for row in self._rows:
            row.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
