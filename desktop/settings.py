"""Every ShopSafe setting, declared once with its default, type and translatable title.

Settings live in an ini file (``QSettings.IniFormat``) so a user can read and back it up:
``$SHOPSAFE_SETTINGS_FILE`` if set, else ``settings.ini`` in the per-user config folder
(``~/.config/ShopSafe/settings.ini`` on Linux). Window geometry and the last page are kept in the
``persist`` section, apart from the user's choices.

Use::

    settings = Settings()                 # or Settings(tmp_path / "s.ini") in tests
    settings.value(OFFLINE)               # -> bool, always typed (ini stores strings)
    settings.set_value(COUNTRY, "MX")     # validated; emits settings_changed("locale/country")
    settings.settings_changed.connect(page._on_settings_changed)
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QLocale, QObject, QSettings, Signal

from desktop.i18n import SUPPORTED_LANGUAGES
from desktop.paths import settings_file
from desktop.text import N_, Message

if TYPE_CHECKING:
    from desktop.net.options import CheckOptions

__all__ = [
    "ALL_OPTIONS",
    "ARCHIVE_FOLDER",
    "AUTO_LOCK_MINUTES",
    "INBOX_FOLDER",
    "COUNTRIES",
    "COUNTRY",
    "KEEP_RECENT_CHECKS",
    "LANGUAGE",
    "LAST_PAGE",
    "OFFLINE",
    "Option",
    "RECENT_CHECKS",
    "RECENT_CHECKS_LIMIT",
    "SPANISH_SPEAKING_COUNTRIES",
    "Settings",
    "TEXT_SIZE",
    "TEXT_SIZES",
    "WINDOW_GEOMETRY",
    "country_question_needed",
    "default_country",
    "default_settings_file",
]

log = logging.getLogger(__name__)

#: Countries offered in Settings: ISO 3166 alpha-2 code and name. The country drives phone
#: parsing, currency and tax presets and which local brands the lookalike check knows.
COUNTRIES: tuple[tuple[str, Message], ...] = (
    ("ID", N_("Countries", "Indonesia")),
    ("MY", N_("Countries", "Malaysia")),
    ("SG", N_("Countries", "Singapore")),
    ("PH", N_("Countries", "Philippines")),
    ("TH", N_("Countries", "Thailand")),
    ("VN", N_("Countries", "Vietnam")),
    ("ES", N_("Countries", "Spain")),
    ("MX", N_("Countries", "Mexico")),
    ("AR", N_("Countries", "Argentina")),
    ("CO", N_("Countries", "Colombia")),
    ("CL", N_("Countries", "Chile")),
    ("PE", N_("Countries", "Peru")),
    ("EC", N_("Countries", "Ecuador")),
    ("UY", N_("Countries", "Uruguay")),
    ("VE", N_("Countries", "Venezuela")),
    ("US", N_("Countries", "United States")),
    ("GB", N_("Countries", "United Kingdom")),
    ("DE", N_("Countries", "Germany")),
    ("AT", N_("Countries", "Austria")),
    ("CH", N_("Countries", "Switzerland")),
    ("FR", N_("Countries", "France")),
    ("IT", N_("Countries", "Italy")),
    ("NL", N_("Countries", "Netherlands")),
    ("PT", N_("Countries", "Portugal")),
    ("AU", N_("Countries", "Australia")),
    ("CA", N_("Countries", "Canada")),
)
_COUNTRY_CODES = frozenset(code for code, _ in COUNTRIES)
_FALLBACK_COUNTRY = "ID"

#: How many recent check inputs are remembered when keeping them is switched on.
RECENT_CHECKS_LIMIT = 20


#: Countries whose buyers speak Spanish (a Spanish-speaking user is asked among these first).
SPANISH_SPEAKING_COUNTRIES = frozenset({"ES", "MX", "AR", "CO", "CL", "PE", "EC", "UY", "VE"})


def _system_country(locale: QLocale | None = None) -> str | None:
    locale = locale or QLocale.system()
    code = QLocale.territoryToCode(locale.territory()).upper()
    return code if code in _COUNTRY_CODES else None


def default_country(locale: QLocale | None = None, language: str | None = None) -> str:
    """The country used until the user chooses one: the system locale's country if ShopSafe
    offers it and it fits the window's language, else the language's own country (Indonesian:
    Indonesia; Spanish: Spain, and the window asks between Spain, Mexico and others, see
    :func:`country_question_needed`), else Indonesia. A Spanish speaker never gets Indonesia."""
    if language is None:
        from desktop.i18n import current_language

        language = current_language()
    system = _system_country(locale)
    if language == "es":
        return system if system in SPANISH_SPEAKING_COUNTRIES else "ES"
    if language == "id":
        return system if system is not None else "ID"
    return system or _FALLBACK_COUNTRY


def country_question_needed(settings: Settings, language: str, locale: QLocale | None = None) -> bool:
    """Whether to ask the user's country: none chosen, and the window's language does not tell
    it (Spanish is spoken in Spain, Mexico and many more) nor does the system locale."""
    if settings.is_set(COUNTRY):
        return False
    return language == "es" and _system_country(locale) not in SPANISH_SPEAKING_COUNTRIES


@dataclass(frozen=True)
class Option:
    """One declared setting: ``section/name`` key, default, Python type and title.

    ``default`` may be a callable (computed when first read, e.g. from the system locale).
    ``validate`` returns the value to store or raises ``ValueError``.
    """

    section: str
    name: str
    default: Any
    type: type
    title: Message | None = None
    validate: Callable[[Any], Any] | None = field(default=None, compare=False)

    @property
    def key(self) -> str:
        return f"{self.section}/{self.name}"

    def default_value(self) -> Any:
        return self.default() if callable(self.default) else self.default


def _choice(allowed: frozenset[str]) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if value not in allowed:
            raise ValueError(f"not one of {sorted(allowed)}: {value!r}")
        return str(value)

    return check


def _minutes(value: Any) -> int:
    minutes = int(value)
    if not 0 <= minutes <= 240:
        raise ValueError(f"auto-lock minutes out of range 0..240: {minutes}")
    return minutes


def _folder(value: Any) -> str:
    text = str(value).strip()
    return str(Path(text).expanduser()) if text else ""


LANGUAGE = Option(
    "locale", "language", "system", str, N_("Settings", "Language"),
    _choice(frozenset({"system", *SUPPORTED_LANGUAGES})),
)
COUNTRY = Option(
    "locale", "country", default_country, str, N_("Settings", "Country"),
    _choice(_COUNTRY_CODES),
)
OFFLINE = Option("network", "offline", False, bool, N_("Settings", "Offline mode"), bool)
#: Text size in percent of the system's font, for older eyes.
TEXT_SIZES: tuple[int, ...] = (100, 115, 130, 150, 175)


def _text_size(value: Any) -> int:
    size = int(value)
    if size not in TEXT_SIZES:
        raise ValueError(f"text size not one of {TEXT_SIZES}: {size}")
    return size


TEXT_SIZE = Option("display", "text_size", 100, int, N_("Settings", "Text size"), _text_size)
AUTO_LOCK_MINUTES = Option(
    "archive", "auto_lock_minutes", 10, int, N_("Settings", "Lock the archive after"), _minutes
)
ARCHIVE_FOLDER = Option(
    "archive", "folder", "", str, N_("Settings", "Archive folder"), _folder
)
#: Phone → PC: new files in this folder are imported into the archive's "Inbox" order.
INBOX_FOLDER = Option(
    "archive", "inbox_folder", "", str, N_("Settings", "Inbox folder"), _folder
)
KEEP_RECENT_CHECKS = Option(
    "checks", "keep_recent", True, bool, N_("Settings", "Remember recent checks"), bool
)
RECENT_CHECKS = Option("checks", "recent", [], list)
WINDOW_GEOMETRY = Option("persist", "window_geometry", QByteArray(), QByteArray)
LAST_PAGE = Option("persist", "last_page", "check", str)

# Not "general": QSettings maps an ini section of that name to its keys without a group.
ALL_OPTIONS: tuple[Option, ...] = (
    LANGUAGE,
    COUNTRY,
    OFFLINE,
    TEXT_SIZE,
    AUTO_LOCK_MINUTES,
    ARCHIVE_FOLDER,
    INBOX_FOLDER,
    KEEP_RECENT_CHECKS,
    RECENT_CHECKS,
    WINDOW_GEOMETRY,
    LAST_PAGE,
)


def _convert(raw: Any, kind: type) -> Any:
    """``raw`` as read from the ini file, as ``kind``; ``ValueError`` if it is not one.

    QSettings' own ``type=`` conversion turns unreadable text into 0 or False silently, so a
    hand-edited or corrupted file is parsed here strictly and falls back to the default.
    """
    if kind is bool:
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        if text in ("true", "1", "yes", "on"):
            return True
        if text in ("false", "0", "no", "off"):
            return False
        raise ValueError(f"not a boolean: {raw!r}")
    if kind is int:
        if isinstance(raw, bool):
            raise ValueError("a boolean is not a number")
        return int(str(raw).strip())
    if kind is list:
        if raw is None:
            return []
        if isinstance(raw, (list, tuple)):
            return [str(item) for item in raw]
        return [str(raw)]
    if kind is QByteArray:
        if isinstance(raw, QByteArray):
            return raw
        if isinstance(raw, (bytes, bytearray)):
            return QByteArray(bytes(raw))
        raise ValueError(f"not binary data: {type(raw).__name__}")
    if kind is str:
        if isinstance(raw, (list, tuple, QByteArray)):
            raise ValueError(f"not text: {type(raw).__name__}")
        return str(raw)
    raise TypeError(f"unsupported setting type {kind!r}")


def default_settings_file() -> Path:
    """``$SHOPSAFE_SETTINGS_FILE``, else ``settings.ini`` in the per-user config folder."""
    return settings_file()


class Settings(QObject):
    """Typed access to the declared options over one ini file.

    Reads always return the option's type (or its default when the stored text is unusable);
    writes are validated and emit :attr:`settings_changed` with the key when the value changed.
    Use from the GUI thread; give worker code plain values (e.g. :meth:`check_options`).
    """

    settings_changed = Signal(str)

    def __init__(self, path: str | os.PathLike[str] | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._path = Path(path) if path is not None else default_settings_file()
        self._path.parent.mkdir(parents=True, exist_ok=True)
        self._qsettings = QSettings(str(self._path), QSettings.Format.IniFormat)

    @property
    def path(self) -> Path:
        return self._path

    def value(self, option: Option) -> Any:
        """The stored value as ``option.type``; the default if unset or unreadable."""
        default = option.default_value()
        if not self._qsettings.contains(option.key):
            return default
        try:
            value = _convert(self._qsettings.value(option.key), option.type)
        except (TypeError, ValueError):
            return default
        if option.validate is not None:
            try:
                return option.validate(value)
            except (TypeError, ValueError):
                return default
        return value

    def is_set(self, option: Option) -> bool:
        """Whether the user (or a previous run) stored a value, rather than the default applying."""
        return self._qsettings.contains(option.key)

    def set_value(self, option: Option, value: Any) -> None:
        """Store ``value`` (validated); raises ``ValueError`` for a value the option refuses."""
        if option.validate is not None:
            value = option.validate(value)
        if self._qsettings.contains(option.key) and self.value(option) == value:
            return
        self._qsettings.setValue(option.key, value)
        self.settings_changed.emit(option.key)

    def reset(self, option: Option) -> None:
        """Forget the stored value so the default applies again."""
        if self._qsettings.contains(option.key):
            self._qsettings.remove(option.key)
            self.settings_changed.emit(option.key)

    def sync(self) -> bool:
        """Write pending changes to disk now (Qt also does this on exit); False if that failed.

        A failure (read-only folder, full disk) is logged; the values stay in memory for this
        session.
        """
        self._qsettings.sync()
        status = self._qsettings.status()
        if status != QSettings.Status.NoError:
            log.warning("settings could not be saved to %s: %s", self._path, status.name)
            return False
        return True

    # --- recent checks -----------------------------------------------------------------------

    def recent_checks(self) -> list[str]:
        """Recently checked inputs, newest first (empty when keeping them is off)."""
        if not self.value(KEEP_RECENT_CHECKS):
            return []
        return [str(item) for item in self.value(RECENT_CHECKS)][:RECENT_CHECKS_LIMIT]

    def add_recent_check(self, text: str) -> None:
        """Remember ``text`` at the top of the recent list, if the user allows it."""
        text = text.strip()
        if not text or not self.value(KEEP_RECENT_CHECKS):
            return
        items = [text, *(item for item in self.recent_checks() if item != text)]
        self.set_value(RECENT_CHECKS, items[:RECENT_CHECKS_LIMIT])

    def clear_recent_checks(self) -> None:
        self.set_value(RECENT_CHECKS, [])

    # --- for workers ---------------------------------------------------------------------------

    def check_options(self, **overrides: Any) -> CheckOptions:
        """Plain, immutable :class:`CheckOptions` built from the current settings."""
        # Imported here: desktop.checks pulls in requests and tldextract (~0.3 s of start-up).
        from desktop.net.options import CheckOptions
        from desktop.i18n import current_language

        values: dict[str, Any] = {
            "offline": self.value(OFFLINE),
            "country": self.value(COUNTRY),
            "language": current_language(),
        }
        values.update(overrides)
        return CheckOptions(**values)
