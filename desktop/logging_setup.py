"""Logging to a rotating file in the data folder, with secrets kept out of it.

``setup_logging()`` is called once by the window and the command line. Code logs through
``logging.getLogger(__name__)``; it must never pass passphrases, keys or receipt contents to a
logger. As a second line of defence every record goes through :class:`RedactingFilter`, which cuts
query strings and fragments from URLs (they often carry session or reset tokens) and user:password
parts from URLs.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

from desktop.paths import data_dir

__all__ = ["RedactingFilter", "log_file_path", "redact", "setup_logging", "shutdown_logging"]

LOG_FILE_NAME = "shopsafe.log"
_MAX_BYTES = 1_000_000
_BACKUPS = 3

_URL_SECRET = re.compile(r"(?P<base>\b[a-zA-Z][a-zA-Z0-9+.-]*://[^\s/?#'\"<>]*[^\s?#'\"<>]*)"
                         r"(?P<rest>[?#][^\s'\"<>]*)")
_URL_USERINFO = re.compile(r"(\b[a-zA-Z][a-zA-Z0-9+.-]*://)[^\s/@'\"<>]+@")

_configured: Path | None = None


def redact(text: str) -> str:
    """``text`` with URL query strings, fragments and credentials replaced by ``…``."""
    text = _URL_USERINFO.sub(r"\1…@", text)
    return _URL_SECRET.sub(lambda m: m.group("base") + m.group("rest")[0] + "…", text)


class RedactingFilter(logging.Filter):
    """Rewrites each record's message (and traceback text) through :func:`redact`."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            return True
        record.msg = redact(message)
        record.args = None
        return True


class _RedactingFormatter(logging.Formatter):
    def formatException(self, ei) -> str:  # noqa: N802 - logging's API
        return redact(super().formatException(ei))


def log_file_path() -> Path:
    """Where the log is written (the file may not exist before the first record)."""
    return _configured or data_dir() / "logs" / LOG_FILE_NAME


def setup_logging(level: int = logging.INFO, folder: Path | None = None) -> Path:
    """Send the ``desktop`` loggers to a rotating file; return its path. Safe to call twice."""
    global _configured
    folder = folder or data_dir() / "logs"
    path = folder / LOG_FILE_NAME
    logger = logging.getLogger("desktop")
    if _configured == path:
        return path
    for handler in list(logger.handlers):
        if getattr(handler, "_shopsafe", False):
            logger.removeHandler(handler)
            handler.close()
    folder.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=_MAX_BYTES, backupCount=_BACKUPS, encoding="utf-8", delay=True
    )
    handler._shopsafe = True  # type: ignore[attr-defined]
    handler.setFormatter(
        _RedactingFormatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s")
    )
    handler.addFilter(RedactingFilter())
    logger.addHandler(handler)
    logger.setLevel(level)
    _configured = path
    return path


def shutdown_logging() -> None:
    """Detach and close ShopSafe's file handler (tests; the app relies on logging's atexit)."""
    global _configured
    logger = logging.getLogger("desktop")
    for handler in list(logger.handlers):
        if getattr(handler, "_shopsafe", False):
            logger.removeHandler(handler)
            handler.close()
    _configured = None
