"""Turning low-level parse and authentication failures into reportable problems."""

from __future__ import annotations

import errno

from desktop.archive.crypto import AuthenticationFailed, KdfOutOfBounds
from desktop.archive.encoding import FormatError, KeyNotGranted, NewerFormat
from desktop.archive.errors import DamagedFile, TamperedFile
from desktop.archive.fsio import FileTooLarge, NotRegularFile
from desktop.text import N_

__all__ = ["REASONS", "damaged_from"]

REASONS = {
    "auth": N_("Archive", "its contents do not match their authentication tag or signature"),
    "format": N_("Archive", "it is not in the expected format"),
    "newer": N_("Archive", "it was written by a newer version of ShopSafe"),
    "key": N_("Archive", "it is encrypted with a key this member has not been given"),
    "missing": N_("Archive", "the file is missing"),
    "name": N_("Archive", "its file name is not one ShopSafe writes"),
    "kdf": N_("Archive", "it asks for unsafe key-derivation settings"),
    "io": N_("Archive", "it could not be read"),
    "link": N_("Archive", "it is a link to another place, and links inside an archive are never followed"),
    "author": N_("Archive", "it was not written by a member allowed to write it at that time"),
    "older": N_("Archive", "it is older than the one this PC already saw (an older copy was put back)"),
    "roster": N_("Archive", "no valid list of members was found, so only the founder is trusted"),
    "orphan": N_("Archive", "no record names it (an interrupted add, or put there by someone else)"),
    "foreign": N_("Archive", "it was put into another PC's folder by someone else and does not follow that PC's records"),
    "large": N_("Archive", "it is larger than its kind of file can be"),
    "special": N_("Archive", "it is not a regular file (a pipe, device or folder), so it is not read"),
}


def damaged_from(path: str, exc: BaseException) -> DamagedFile:
    """The problem report for ``exc`` raised while reading ``path``."""
    if isinstance(exc, AuthenticationFailed):
        return TamperedFile(path, REASONS["auth"], str(exc))
    if isinstance(exc, NewerFormat):
        return DamagedFile(path, REASONS["newer"], f"version {exc.version}")
    if isinstance(exc, KeyNotGranted):
        return DamagedFile(path, REASONS["key"], f"generation {exc.generation}")
    if isinstance(exc, KdfOutOfBounds):
        return DamagedFile(path, REASONS["kdf"], str(exc))
    if isinstance(exc, FileTooLarge):
        return DamagedFile(path, REASONS["large"], str(exc))
    if isinstance(exc, NotRegularFile):
        return DamagedFile(path, REASONS["special"])
    if isinstance(exc, OSError) and exc.errno == errno.ELOOP:
        return DamagedFile(path, REASONS["link"])
    if isinstance(exc, FileNotFoundError):
        return DamagedFile(path, REASONS["missing"])
    if isinstance(exc, OSError):
        return DamagedFile(path, REASONS["io"], exc.strerror or str(exc))
    if isinstance(exc, FormatError):
        return TamperedFile(path, REASONS["format"], str(exc))
    return DamagedFile(path, REASONS["format"], repr(exc))
