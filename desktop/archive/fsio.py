"""Crash-safe, sync-friendly file writes.

A file appears under its final name only when complete and durable:

1. write to a fresh temporary file in ``.tmp/<device>/`` (same file system, readers ignore it),
2. flush and ``fsync`` it,
3. hard-link it to the final name — ``os.link`` fails if that name exists, so nothing is ever
   overwritten (where hard links are unsupported, ``os.rename`` after an existence check),
4. ``fsync`` the final folder, then remove the temporary name.

A crash at any point leaves either no final file or a complete one; stray temporaries are
ignored by readers and swept by :func:`sweep_temporaries`.

Large files are written through :func:`streaming_writer`: once a file passes a few MiB, each
further 8 MiB written is handed to the kernel's writeback at once and the pages already on disk
are dropped from the page cache. The closing ``fsync`` then only waits for the last window
instead of the whole file, dirty memory stays bounded, and an archive add does not push a
gigabyte of ciphertext through the cache. Durability is unchanged: the ``fsync`` still decides.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from desktop.archive.errors import LinkedFolder
from desktop.fileio import fsync_dir  # the one implementation; archive code imports it from here

__all__ = [
    "TEMP_NAME",
    "NotRegularFile",
    "atomic_writer",
    "fsync_dir",
    "open_nofollow",
    "read_bounded",
    "read_key_file",
    "real_dir",
    "streaming_writer",
    "sweep_temporaries",
    "write_new_file",
]

# The names of our temporaries: 16 hex digits, an optional kind, ".tmp". The sweep removes
# nothing else, so a file someone else put into .tmp/<device> is never deleted.
TEMP_NAME = re.compile(r"^[0-9a-f]{16}(\.rec|\.blob)?\.tmp$")
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)


# Another device in the share can plant links; following one would read or write (or sweep)
# files outside the archive, so nothing inside an archive is ever followed: folders are checked
# with lstat (LinkedFolder), files are opened with O_NOFOLLOW.

_FILE_MODE = 0o600
_WRITEBACK_WINDOW = 8 * 1024 * 1024
_FADVISE = getattr(os, "posix_fadvise", None)
_DONTNEED = getattr(os, "POSIX_FADV_DONTNEED", 0)


class _WritebackRaw(io.RawIOBase):
    """Unbuffered writes to ``fd`` that start writeback window by window (see module doc)."""

    def __init__(self, fd: int) -> None:
        super().__init__()
        self._fd = fd
        self._written = 0
        self._started = 0  # everything before this offset was handed to writeback

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._fd

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = 0) -> int:
        # Format-2 blobs write their header last (it holds the data length).
        return os.lseek(self._fd, offset, whence)

    def write(self, data) -> int:  # type: ignore[override]
        count = os.write(self._fd, data)
        self._written += count
        if _FADVISE is not None and self._written - self._started >= _WRITEBACK_WINDOW:
            with contextlib.suppress(OSError):
                # On Linux DONTNEED starts writeback of dirty pages and drops clean ones: the
                # earlier windows are on disk by now and leave the cache, the newest one starts.
                if self._started:  # a length of 0 would mean "to the end of the file"
                    _FADVISE(self._fd, 0, self._started, _DONTNEED)
                _FADVISE(self._fd, self._started, self._written - self._started, _DONTNEED)
            self._started = self._written
        return count

    def close(self) -> None:
        if not self.closed:
            try:
                os.close(self._fd)
            finally:
                super().close()


def streaming_writer(fd: int) -> io.BufferedWriter:
    """A buffered binary writer that owns ``fd`` and streams large files to disk as it goes.

    Behaves like ``os.fdopen(fd, "wb")``; the caller still flushes and fsyncs for durability."""
    return io.BufferedWriter(_WritebackRaw(fd), buffer_size=64 * 1024)


def real_dir(path: Path, root: Path) -> None:
    """Create ``path`` (under ``root``) as needed; every folder from ``root`` down must be a
    real folder, never a symbolic link. New folders are fsync'ed into their parent so they
    survive a crash with the file written into them. Raises :class:`LinkedFolder`."""
    parts = path.relative_to(root).parts
    current = root
    for part in parts:
        parent, current = current, current / part
        try:
            info = os.lstat(current)
        except FileNotFoundError:
            with contextlib.suppress(FileExistsError):
                os.mkdir(current, 0o700)
            fsync_dir(parent)
            info = os.lstat(current)
        if not stat.S_ISDIR(info.st_mode):
            raise LinkedFolder(current.relative_to(root).as_posix())


def _root_of(tmp_dir: Path) -> Path:
    return tmp_dir.parent.parent  # <archive>/.tmp/<device>


def _publish(temp: Path, final: Path, root: Path) -> None:
    real_dir(final.parent, root)
    try:
        os.link(temp, final)
    except FileExistsError:
        raise
    except OSError:
        if final.exists():
            raise FileExistsError(str(final)) from None
        os.rename(temp, final)
    else:
        os.unlink(temp)
    fsync_dir(final.parent)


@contextlib.contextmanager
def atomic_writer(tmp_dir: Path, final: Path, temp_name: str) -> Iterator[BinaryIO]:
    """Yield a file object; on clean exit the data is durable under ``final``.

    Raises :class:`FileExistsError` if ``final`` already exists (the caller picked a fresh name,
    so this means a collision and nothing is overwritten). On error the temporary is removed.
    """
    root = _root_of(tmp_dir)
    real_dir(tmp_dir, root)
    temp = tmp_dir / temp_name
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, _FILE_MODE)
    try:
        with streaming_writer(fd) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        _publish(temp, final, root)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def write_new_file(tmp_dir: Path, final: Path, temp_name: str, data: bytes) -> None:
    """Write ``data`` to the new file ``final`` atomically and durably (see module doc)."""
    with atomic_writer(tmp_dir, final, temp_name) as handle:
        handle.write(data)


def sweep_temporaries(tmp_dir: Path, older_than_seconds: float = 24 * 3600) -> int:
    """Remove this device's stale temporaries; returns how many were removed.

    Only regular files whose names match :data:`TEMP_NAME` are removed; links are never
    followed. Raises :class:`LinkedFolder` when ``tmp_dir`` itself is a link (nothing is
    removed then)."""
    import time

    try:
        info = os.lstat(tmp_dir)
    except FileNotFoundError:
        return 0
    if not stat.S_ISDIR(info.st_mode):
        raise LinkedFolder(f".tmp/{tmp_dir.name}")
    removed = 0
    cutoff = time.time() - older_than_seconds
    with os.scandir(tmp_dir) as listing:
        for entry in listing:
            if not TEMP_NAME.match(entry.name):
                continue
            with contextlib.suppress(OSError):
                st = entry.stat(follow_symlinks=False)
                if stat.S_ISREG(st.st_mode) and st.st_mtime < cutoff:
                    os.unlink(entry.path)
                    removed += 1
    return removed


def open_nofollow(path: Path | str) -> int:
    """A read-only descriptor of the regular file ``path``.

    A symbolic link there raises OSError (ELOOP); anything but a regular file (a FIFO, a
    device, a folder) raises :class:`NotRegularFile`. The file is opened non-blocking first:
    opening a FIFO someone planted in the synced folder would otherwise wait forever for a
    writer. Reads afterwards block as usual (the flag is cleared)."""
    fd = os.open(path, os.O_RDONLY | _NOFOLLOW | _NONBLOCK)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotRegularFile(errno.EINVAL, "not a regular file", str(path))
        if _NONBLOCK:
            import fcntl

            fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) & ~_NONBLOCK)
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_bounded(path: Path | str, limit: int) -> bytes:
    """The contents of the regular file ``path`` if at most ``limit`` bytes.

    Never follows a link and never reads more than ``limit + 1`` bytes, whatever the file's
    size. Raises OSError (links: ELOOP; :class:`NotRegularFile`) and :class:`FileTooLarge`."""
    fd = open_nofollow(path)
    with os.fdopen(fd, "rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise FileTooLarge(str(path), limit)
    return data


KEY_FILE_LIMIT = 64 * 1024


def read_key_file(path: Path | str) -> bytes:
    """A key file (archive.json, member, slot, grant, roster): at most 64 KiB, no links."""
    return read_bounded(path, KEY_FILE_LIMIT)


class FileTooLarge(ValueError):
    """A file larger than its format allows: ``args`` = (path, limit)."""


class NotRegularFile(OSError):
    """A FIFO, device or folder where the format has a file: never read (it could block)."""
