"""Failures in words a person understands, never a library's own text.

An ``OSError`` says ``[Errno 13] Permission denied: '/home/ana/.shopsafe-x1y2.tmp'``: English,
technical, and naming a temporary file the user never chose. :func:`file_error_message` says what
went wrong with the folder the user chose; :func:`plain_error_message` covers any failure a page
may meet (a ShopSafe error keeps its own message). The technical text goes to the log, by the
caller, never to the screen.
"""

from __future__ import annotations

import errno
from pathlib import Path

from desktop.errors import ShopSafeError
from desktop.text import N_, Message

__all__ = ["file_error_message", "plain_error_message"]

_NO_PERMISSION = N_("FileErrors", "ShopSafe may not write in the folder {folder}. Choose another "
                                  "folder, for example Documents.")
_NO_FOLDER = N_("FileErrors", "The folder {folder} does not exist. Choose another folder.")
_DISK_FULL = N_("FileErrors", "The disk that holds the folder {folder} is full. Free some space or "
                              "choose another folder.")
_READ_ONLY = N_("FileErrors", "The folder {folder} cannot be written to (it is read-only). Choose "
                              "another folder.")
_NAME = N_("FileErrors", "The file name is not allowed in the folder {folder}. Choose a shorter or "
                         "simpler name.")
_OTHER_FILE = N_("FileErrors", "The file could not be written in the folder {folder}. The details "
                               "are in the log file.")
_OTHER = N_("FileErrors", "Something went wrong. The details are in the log file.")


def file_error_message(error: OSError, folder: str | Path) -> Message:
    """What went wrong writing into ``folder`` (the folder the user chose), in words. Never
    raises; never includes the error's own text or a temporary file's name."""
    where = str(folder)
    if isinstance(error, PermissionError) or error.errno == errno.EACCES:
        return _NO_PERMISSION.format(folder=where)
    if isinstance(error, (FileNotFoundError, NotADirectoryError, FileExistsError)):
        # (A file where the folder should be reads the same to a person: there is no such folder.)
        return _NO_FOLDER.format(folder=where)
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return _DISK_FULL.format(folder=where)
    if error.errno == errno.EROFS:
        return _READ_ONLY.format(folder=where)
    if error.errno in (errno.ENAMETOOLONG, errno.EINVAL, errno.EILSEQ):
        return _NAME.format(folder=where)
    return _OTHER_FILE.format(folder=where)


def plain_error_message(error: BaseException, folder: str | Path | None = None) -> Message:
    """``error`` for a person: a ShopSafe error's own message, a file error about ``folder``
    (when given), else a general sentence pointing to the log."""
    if isinstance(error, ShopSafeError):
        return error.message
    if isinstance(error, OSError) and folder is not None:
        return file_error_message(error, folder)
    return _OTHER
