"""The inbox folder (phone → PC): new files there are imported into an "Inbox" order.

The user picks the folder in Settings (``INBOX_FOLDER``), typically inside the folder their
phone's sync app fills. While the archive is unlocked, :class:`InboxWatcher` watches it
(QFileSystemWatcher, and a slow poll because watchers miss events on network and FUSE
folders; :mod:`desktop.ui.archive_inbox_watcher`) and imports each new file once it has
settled:

* names sync apps use for files still arriving are skipped (:func:`is_partial`);
* a file must show the same size and modification time on two scans at least
  :data:`SETTLE_SECONDS` apart, so a file still being written is left alone;
* on the archive writer thread (:func:`import_inbox`) the file is read once, encrypted into the
  order, **read back from the archive and compared by SHA-256**, and only then removed from the
  inbox. Any failure leaves the file where it is, with the reason shown on the page; it is
  tried again only once it changes or the archive is unlocked again.

Scanning runs in the shared pool, importing on the writer: nothing here runs on the GUI
thread.
Texts use the ``ArchiveInbox`` translation context.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import logging
import os
from collections.abc import Generator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.plainerrors import plain_error_message
from desktop.text import N_
from desktop.ui.archive_import import _read_reason, check_image, is_image

__all__ = ["INBOX_TAG", "POLL_MS", "SETTLE_SECONDS", "InboxResult", "import_inbox",
           "inbox_order", "is_partial", "scan_inbox", "settled_names"]

log = logging.getLogger(__name__)

#: A file is imported once it looked the same on two scans this far apart.
SETTLE_SECONDS = 2.0
#: The slow poll beside the watcher (network and FUSE folders send no change events).
POLL_MS = 20_000
#: Larger files stay in the inbox (they are read whole into memory to be verified).
INBOX_LIMIT = 128 * 1024 * 1024
INBOX_TAG = "inbox"
_CHANGED = N_("ArchiveInbox", "It changed while it was being imported; it will be tried again.")

# Names sync and download tools give files that are still arriving (Syncthing
# ".syncthing.NAME.tmp", Nextcloud/ownCloud ".~NAME", Resilio "NAME.!sync", browsers
# ".part"/".crdownload", Office "~$NAME") and system files that are no evidence.
_PARTIAL_SUFFIXES = (".tmp", ".temp", ".part", ".partial", ".crdownload", ".download",
                     ".!sync", ".filepart", ".opdownload")
_SYSTEM_NAMES = frozenset({"desktop.ini", "thumbs.db"})


def is_partial(name: str) -> bool:
    """True for hidden files, temporary and still-downloading names, and system files."""
    lower = name.lower()
    return (name.startswith((".", "~")) or lower.endswith(_PARTIAL_SUFFIXES)
            or lower in _SYSTEM_NAMES)


def scan_inbox(folder: Path) -> dict[str, tuple[int, int]]:
    """Worker thread: the inbox's importable files, name → (size, mtime in ns). Only files
    directly in ``folder``. Raises OSError when the folder cannot be listed."""
    found = {}
    with os.scandir(folder) as entries:
        for entry in entries:
            if is_partial(entry.name):
                continue
            try:
                if not entry.is_file(follow_symlinks=False):
                    continue
                stat = entry.stat(follow_symlinks=False)
            except OSError:  # went away while listing
                continue
            found[entry.name] = (stat.st_size, stat.st_mtime_ns)
    return found


def settled_names(seen: dict[str, tuple[tuple[int, int], float]],
                  found: dict[str, tuple[int, int]], now: float,
                  settle: float = SETTLE_SECONDS) -> list[str]:
    """Update ``seen`` (name → (signature, first time seen with it)) from a scan and return
    the names whose size and time have not changed for ``settle`` seconds."""
    for name in list(seen):
        if name not in found:
            del seen[name]
    for name, signature in found.items():
        if name not in seen or seen[name][0] != signature:
            seen[name] = (signature, now)
    return sorted(n for n, (_sig, since) in seen.items() if now - since >= settle)


@dataclass
class InboxResult:
    """What :func:`import_inbox` did: names imported (and removed from the inbox), names left
    with the reason, and the Inbox order."""

    imported: list[str] = field(default_factory=list)
    left: list[tuple[str, str]] = field(default_factory=list)
    order_id: str | None = None



def inbox_order(session: Any, title: str) -> str:
    """The newest order tagged ``inbox``, or a new one titled ``title``."""
    orders = [o for o in session.orders() if INBOX_TAG in o.tags and not o.deleted]
    if orders:
        return max(orders, key=lambda o: (o.created, o.id)).id
    return session.add_order(title=title, date=_dt.date.today().isoformat(), tags=(INBOX_TAG,))


def import_inbox(session: Any, folder: Path, files: dict[str, tuple[int, int]], title: str
                 ) -> Generator[tuple[int, int, str], None, InboxResult]:
    """Writer thread: import ``files`` (name → signature seen when it settled) from ``folder``
    into the Inbox order, yielding (done, total, name) after each; see the module docstring
    for when a file is removed. Archive errors for one file leave it and go on with the next."""
    from desktop.archive import ArchiveError

    result = InboxResult()
    names = sorted(files)
    for done, name in enumerate(names, 1):
        try:
            if result.order_id is None:
                result.order_id = inbox_order(session, title)
            problem = _import_one(session, result.order_id, folder / name, files[name])
        except OSError as error:
            problem = QCoreApplication.translate(
                "ArchiveInbox", "It could not be read ({reason}).").format(
                reason=_read_reason(error))
        except ArchiveError as error:
            log.warning("inbox import into the archive failed: %s", type(error).__name__)
            problem = error.message.render(QCoreApplication.translate)
        if problem is None:
            result.imported.append(name)
        else:
            result.left.append((name, problem))
        yield done, len(names), name
    return result


def _import_one(session: Any, order_id: str, path: Path, signature: tuple[int, int]
                ) -> str | None:
    """Add one file; None once its archive copy is verified and the inbox file removed, else
    why it stays."""
    stat = path.stat()
    if (stat.st_size, stat.st_mtime_ns) != signature:
        return _CHANGED.render(QCoreApplication.translate)
    if stat.st_size > INBOX_LIMIT:
        return QCoreApplication.translate(
            "ArchiveInbox", "It is too large for the inbox; add it with “Add files…”.")
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if is_image(path.name):
        problem = check_image(data=data)
        if problem is not None:
            return problem
    try:
        attachment = session.add_bytes(order_id, data, path.name)
        del data
        back = session.read_bytes(attachment, limit=max(stat.st_size, 1) + 1)
    except OSError as error:  # the archive's folder, not the inbox file
        log.warning("inbox file not stored: %s", type(error).__name__)
        return QCoreApplication.translate(
            "ArchiveInbox", "The archive could not store it: {reason}").format(
            reason=plain_error_message(error, getattr(session, "folder", None)).render(
                QCoreApplication.translate))
    if hashlib.sha256(back).hexdigest() != digest:
        log.warning("inbox file %s: the archive copy does not match", attachment)
        session.remove_file(order_id, attachment)
        return QCoreApplication.translate(
            "ArchiveInbox", "Its copy in the archive could not be verified.")
    # Removed only if it is still exactly what was imported (a sync app may have replaced it).
    now = path.stat()
    if (now.st_size, now.st_mtime_ns) != signature:
        return _CHANGED.render(QCoreApplication.translate)
    path.unlink()
    return None
