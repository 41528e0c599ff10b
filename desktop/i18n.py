"""Choosing the language and installing Qt translators, for the window and the command line.

``install_translators(app, "system" | "en" | "id" | "es")`` works with a ``QCoreApplication``
(the CLI's human output) as well as a ``QApplication``. Calling it again switches the language
live: Qt sends every widget a ``QEvent.LanguageChange`` and ShopSafe's pages retranslate in
``changeEvent`` (see :mod:`desktop.ui.main_window`).

Our own translations come from ``resources/i18n/desktop_<lang>.qm``; Qt's own strings (dialog
buttons, context menus) from PySide6's ``qtbase_<lang>.qm``. PySide6 ships no ``qtbase_id``, so
the buttons Qt shows most often are listed below with ``QT_TRANSLATE_NOOP`` under Qt's own
contexts; lupdate extracts them into our ``.ts`` and our translator answers for them.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from desktop.paths import resource_path

__all__ = [
    "LANGUAGE_CHOICES",
    "SUPPORTED_LANGUAGES",
    "current_language",
    "install_translators",
    "qt_translate",
    "resolve_language",
    "translator_for_cli",
]

log = logging.getLogger(__name__)

#: Languages the interface is translated into; English is the source language. To add one, add
#: it here and to LANGUAGE_CHOICES, and to LANGUAGES in tools/i18n.py, then run
#: ``python tools/i18n.py update`` and fill the new ``resources/i18n/desktop_<code>.ts``.
SUPPORTED_LANGUAGES: tuple[str, ...] = ("en", "id", "es")

#: Setting values with their names, each written in its own language so anyone can find theirs.
LANGUAGE_CHOICES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("id", "Bahasa Indonesia"),
    ("es", "Español"),
)

# Qt's standard buttons, text-field menu and file dialog. Qt translates these through the contexts below;
# Indonesian has no qtbase_id.qm, so our .ts carries them (Spanish gets them too, harmlessly).
_QT_OWN_STRINGS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    QT_TRANSLATE_NOOP("QMessageBox", "Show Details..."),
    QT_TRANSLATE_NOOP("QMessageBox", "Hide Details..."),
    QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
    QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),
    QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
    QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Copy &Link Location"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All"),
    # Qt's own folder picker (used where the desktop offers no native one).
    QT_TRANSLATE_NOOP("QFileDialog", "Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Directory:"),
    QT_TRANSLATE_NOOP("QFileDialog", "File &name:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Choose"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Open"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Save"),
    QT_TRANSLATE_NOOP("QFileDialog", "Back"),
    QT_TRANSLATE_NOOP("QFileDialog", "Forward"),
    QT_TRANSLATE_NOOP("QFileDialog", "Parent Directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "Create New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "List View"),
    QT_TRANSLATE_NOOP("QFileDialog", "Detail View"),
    QT_TRANSLATE_NOOP("QFileDialog", "New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Rename"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Delete"),
    QT_TRANSLATE_NOOP("QFileDialog", "Show &hidden files"),
    QT_TRANSLATE_NOOP("QFileDialog", "&New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "Directories"),
    QT_TRANSLATE_NOOP("QFileDialog", "All Files (*)"),
    QT_TRANSLATE_NOOP("QFileDialog", "Find Directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "Open"),
    QT_TRANSLATE_NOOP("QFileDialog", "Save As"),
    QT_TRANSLATE_NOOP("QFileDialog", "Recent Places"),
    QT_TRANSLATE_NOOP("QFileDialog", "Go back"),
    QT_TRANSLATE_NOOP("QFileDialog", "Go forward"),
    QT_TRANSLATE_NOOP("QFileDialog", "Go to the parent directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "Create a New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "Change to list view mode"),
    QT_TRANSLATE_NOOP("QFileDialog", "Change to detail view mode"),
    QT_TRANSLATE_NOOP("QFileDialog", "Sidebar"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Name"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Size"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Date Modified"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Type"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "My Computer"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Computer"),
)

_installed: list[QTranslator] = []
_current = "en"


def resolve_language(setting: str, system_locale: QLocale | None = None) -> str:
    """Map a language setting ("system", "en", "id", "es", or a locale name) to a supported code.

    "system" follows the operating system's UI languages in order of preference; anything not
    translated falls back to English. Never raises.
    """
    setting = (setting or "system").strip()
    if setting and setting != "system":
        candidates = [setting]
    else:
        locale = system_locale or QLocale.system()
        candidates = list(locale.uiLanguages()) or [locale.name()]
    for candidate in candidates:
        code = candidate.replace("-", "_").split("_")[0].lower()
        if code == "in":  # the pre-1989 ISO code some systems still report for Indonesian
            code = "id"
        if code in SUPPORTED_LANGUAGES:
            return code
    return "en"


def _load(translator: QTranslator, path: str) -> bool:
    return translator.load(path)


def install_translators(app: QCoreApplication, language: str = "system") -> str:
    """Install ShopSafe's and Qt's translators for ``language``; return the code used.

    Replaces translators installed by an earlier call, so it also switches language live. A
    missing ``.qm`` is logged and leaves the interface in English rather than failing.
    """
    global _current
    code = resolve_language(language)
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()
    QLocale.setDefault(QLocale(code))
    _current = code
    if code == "en":
        return code
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if _load(qt_translator, f"{qt_dir}/qtbase_{code}.qm"):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    # Installed last, so it is asked first: our wording wins over Qt's where both exist.
    ours = QTranslator(app)
    path = resource_path("i18n", f"desktop_{code}.qm")
    if _load(ours, str(path)):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("translation file %s could not be loaded", path.name)
    return code


def current_language() -> str:
    """The language code installed last ("en" before any call)."""
    return _current


def qt_translate(context: str, source: str) -> str:
    """``QCoreApplication.translate`` as a :data:`desktop.text.Translate` for ``Message.render``."""
    return QCoreApplication.translate(context, source)


def translator_for_cli(language: str = "system"):
    """A :data:`desktop.text.Translate` for command-line output in ``language``.

    Creates a ``QCoreApplication`` if none exists (no display needed) and installs the
    translators on it, so ``Message.render(translator_for_cli("id"))`` prints Indonesian.
    """
    app = QCoreApplication.instance()
    if app is None:
        app = QCoreApplication(["shopsafe"])
        globals()["_cli_app"] = app  # keep it alive for the life of the process
    install_translators(app, language)
    return qt_translate
