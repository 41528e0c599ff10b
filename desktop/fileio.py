"""Replacing a file atomically and durably: the one way ShopSafe rewrites a file in place (no Qt).

:func:`write_atomically` and :func:`atomic_file` guarantee that the file at ``path`` is, at any
moment and after a crash, either the old complete file or the new complete one:

1. a fresh temporary file is created next to ``path`` (same folder, so same file system) with
   ``O_EXCL`` and its final permissions, before a single byte is written;
2. the data is written, flushed and ``fsync``'ed;
3. ``os.replace`` puts it under ``path``, then the folder is ``fsync``'ed so the rename itself
   survives a power cut;
4. on any error (or ``Cancelled``) the temporary file is removed and ``path`` is untouched.

The archive's write-once files (records, blobs) use :mod:`desktop.archive.fsio` instead, which
never replaces an existing name.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

__all__ = ["atomic_file", "fsync_dir", "write_atomically"]

PRIVATE = 0o600  # user data: only the user may read it
SHARED = 0o666  # a file the user exported on purpose: the umask decides, like any saved file


def fsync_dir(path: Path) -> None:
    """Make a rename or link inside ``path`` durable (a no-op where folders cannot be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_file(path: str | os.PathLike[str], *, mode: int = PRIVATE,
                wrap: Callable[[int], BinaryIO] | None = None) -> Iterator[BinaryIO]:
    """Yield a binary file object; on a clean exit its contents replace ``path`` (module doc).

    ``mode`` is applied at creation (then masked by the umask); ``wrap`` turns the raw file
    descriptor into the file object (default ``os.fdopen(fd, "wb")``; the archive passes its
    streaming writer). Missing parent folders are created. Raises the ``OSError`` of creating,
    writing or renaming; whatever the body raises propagates, and either way no temporary file
    is left behind and ``path`` keeps its old contents.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_name(f".{target.name}.{os.urandom(6).hex()}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), mode)
    try:
        with (wrap or _plain)(fd) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    fsync_dir(target.parent)


def write_atomically(path: str | os.PathLike[str], data: bytes | str, *,
                     mode: int = PRIVATE) -> Path:
    """Replace ``path`` with ``data`` (``str`` is written as UTF-8) atomically and durably.

    Returns the path. Raises ``OSError`` (``path`` then keeps its old contents); see the module
    doc for the guarantees.
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    with atomic_file(path, mode=mode) as handle:
        handle.write(payload)
    return Path(path)


def _plain(fd: int) -> BinaryIO:
    return os.fdopen(fd, "wb")
