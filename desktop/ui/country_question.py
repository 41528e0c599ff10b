"""The one question a new Spanish-speaking user is asked: which country do you shop in?

The country decides how phone numbers are read, which currency and taxes the Total cost page
suggests and which local brands the look-alike check knows. Indonesian points to Indonesia, but
Spanish is spoken in Spain, Mexico and many more: when the user has not chosen a country and the
system does not tell (:func:`desktop.settings.country_question_needed`), this bar above the pages
asks, with Spain and Mexico one click away and "Another country…" opening Settings. Until it is
answered Spain is used, never Indonesia.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.i18n import current_language
from desktop.settings import COUNTRY, LANGUAGE, Settings, country_question_needed

__all__ = ["CountryQuestion"]


class CountryQuestion(QFrame):
    """The bar; hides itself once a country is chosen. ``other_requested`` asks the window to
    open Settings."""

    other_requested = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countryQuestion")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._settings = settings
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.spain = QPushButton(self)
        self.spain.setObjectName("countrySpain")
        self.mexico = QPushButton(self)
        self.mexico.setObjectName("countryMexico")
        self.other = QPushButton(self)
        self.other.setObjectName("countryOther")
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        for button in (self.spain, self.mexico, self.other):
            layout.addWidget(button)
        self.spain.clicked.connect(lambda: self._choose("ES"))
        self.mexico.clicked.connect(lambda: self._choose("MX"))
        self.other.clicked.connect(self.other_requested)
        settings.settings_changed.connect(self._on_settings_changed)
        self._retranslate()
        self.refresh()

    def refresh(self) -> None:
        """Show the bar exactly when the question is open."""
        self.setVisible(country_question_needed(self._settings, current_language()))

    def _choose(self, code: str) -> None:
        self._settings.set_value(COUNTRY, code)

    def _on_settings_changed(self, key: str) -> None:
        if key in (COUNTRY.key, LANGUAGE.key):
            self.refresh()

    def _retranslate(self) -> None:
        self.label.setText(self.tr("Which country do you shop in? It decides how phone numbers, "
                                   "prices and taxes are read. Until you choose, Spain is used."))
        self.spain.setText(self.tr("Spain"))
        self.mexico.setText(self.tr("Mexico"))
        self.other.setText(self.tr("Another country…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.refresh()
        super().changeEvent(event)
