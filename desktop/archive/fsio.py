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
import io
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from desktop.fileio import fsync_dir  # the one implementation; archive code imports it from here

__all__ = ["atomic_writer", "fsync_dir", "streaming_writer", "sweep_temporaries", "write_new_file"]

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


def _publish(temp: Path, final: Path) -> None:
    final.parent.mkdir(parents=True, exist_ok=True)
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
    tmp_dir.mkdir(parents=True, exist_ok=True)
    temp = tmp_dir / temp_name
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, _FILE_MODE)
    try:
        with streaming_writer(fd) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        _publish(temp, final)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def write_new_file(tmp_dir: Path, final: Path, temp_name: str, data: bytes) -> None:
    """Write ``data`` to the new file ``final`` atomically and durably (see module doc)."""
    with atomic_writer(tmp_dir, final, temp_name) as handle:
        handle.write(data)


def sweep_temporaries(tmp_dir: Path, older_than_seconds: float = 24 * 3600) -> int:
    """Remove this device's stale temporaries; returns how many were removed."""
    import time

    removed = 0
    if not tmp_dir.is_dir():
        return 0
    cutoff = time.time() - older_than_seconds
    for entry in tmp_dir.iterdir():
        with contextlib.suppress(OSError):
            if entry.is_file() and entry.stat().st_mtime < cutoff:
                entry.unlink()
                removed += 1
    return removed
