"""One rule for the language, the same for the window and every command.

In order, the first that names a language ShopSafe speaks wins:

1. ``--lang`` on the command line;
2. the ``SHOPSAFE_LANGUAGE`` environment variable;
3. the language chosen in Settings (``[locale] language`` in the settings file; "system" does
   not count as a choice);
4. the system locale (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``, in the order POSIX
   and gettext read them; the window asks Qt, which also knows Windows' and macOS' choice);
5. English.

Qt-free: the command line reads the settings file with :mod:`configparser`, so ``shopsafe check``
in English never loads Qt.
"""

from __future__ import annotations

import configparser
import os
from collections.abc import Callable, Mapping
from pathlib import Path

from desktop.paths import settings_file

__all__ = ["LANGUAGE_ENV", "SUPPORTED", "chosen_language", "normalise", "settings_language", "system_language"]

LANGUAGE_ENV = "SHOPSAFE_LANGUAGE"
SUPPORTED: tuple[str, ...] = ("en", "id", "es")  # desktop.i18n.SUPPORTED_LANGUAGES, without Qt


def normalise(value: str | None) -> str | None:
    """The supported code ``value`` names ("es", "es_MX.UTF-8", "id-ID", "in"), else ``None``."""
    if not value:
        return None
    code = value.strip().replace("-", "_").split(".")[0].split("@")[0].split("_")[0].lower()
    if code == "in":  # the pre-1989 ISO code some systems still report for Indonesian
        code = "id"
    return code if code in SUPPORTED else None


def system_language(environ: Mapping[str, str] | None = None) -> str | None:
    """The supported language of the POSIX locale in ``environ`` (default: this process's), or
    ``None``. ``LANGUAGE`` may list several ("es:en"); the "C"/"POSIX" locale names none."""
    environ = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        for part in value.split(":"):
            code = normalise(part)
            if code:
                return code
        if value and name != "LANGUAGE":
            return None  # a set LC_ALL/LC_MESSAGES/LANG decides, even for an unsupported one
    return None


def settings_language(path: str | os.PathLike[str] | None = None) -> str | None:
    """The language chosen in the settings file (``None`` for "system", unset or unreadable)."""
    if path is None:
        path = settings_file()
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read(Path(path), encoding="utf-8")
    except (OSError, configparser.Error, UnicodeDecodeError):
        return None
    return normalise(parser.get("locale", "language", fallback=None))


def chosen_language(
    cli: str | None = None,
    environ: Mapping[str, str] | None = None,
    setting: str | None | Callable[[], str | None] = settings_language,
    system: Callable[[], str | None] | None = None,
) -> str:
    """The language by the rule of this module: ``cli`` (``--lang``), then ``SHOPSAFE_LANGUAGE``
    in ``environ``, then ``setting`` (a value or a function reading it), then ``system()``
    (default: :func:`system_language` of ``environ``), then "en". Never raises."""
    environ = os.environ if environ is None else environ
    for candidate in (cli, environ.get(LANGUAGE_ENV)):
        code = normalise(candidate)
        if code:
            return code
    value = setting() if callable(setting) else setting
    code = normalise(value)
    if code:
        return code
    code = system() if system is not None else system_language(environ)
    return normalise(code) or "en"
