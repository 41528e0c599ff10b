"""Adding evidence: files, folders, pasted images and .eml e-mails, checked before adding.

Runs on the archive writer thread (see :mod:`desktop.ui.archive_ops`). Each file is added
whole or not at all (blob first, then the record); a cancelled import keeps the files added
so far. Images are checked with QImageReader under Qt's allocation limit, so a corrupt or
decompression-bomb image gets a clear message instead of a crash or a half-readable entry.
"""

from __future__ import annotations

import datetime
import logging
import email
import io
import warnings
import email.policy
import time
from collections.abc import Generator, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from PIL import Image, UnidentifiedImageError
from PySide6.QtGui import QImage, QImageReader

from desktop.reading.formats import IMAGE_SUFFIXES

__all__ = [
    "ImageRefused", "ImportJob", "ImportResult", "check_image", "expand_paths", "import_files", "make_thumbnail",
    "parse_eml",
]

log = logging.getLogger(__name__)

#: Largest decoded image accepted, in MiB (a 12,000 × 12,000 photo is about 550 MiB).
IMAGE_LIMIT_MIB = 256



@dataclass
class ImportResult:
    added: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file name, reason)


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files as given, folders as the files inside them (sorted, hidden ones left out)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and not any(
                part.startswith(".") for part in p.relative_to(path).parts)))
        else:
            found.append(path)
    return found


def check_image(data: bytes | None = None, path: Path | None = None, decode: bool = False
                ) -> str | None:
    """None if the image can be opened within the limit, else the reason to show.

    QImageReader reads the header under Qt's allocation limit: an unreadable header, a
    missing size and a decompression bomb are refused before any pixel is decoded. With
    ``decode``, Pillow then decodes every pixel to find damage further in (≈ 36 ms for a phone
    screenshot). Imports check the header only: a file damaged inside is still evidence, is
    kept byte for byte, and the viewer says when it cannot show it."""
    QImageReader.setAllocationLimit(IMAGE_LIMIT_MIB)
    if data is not None:
        buffer = QBuffer()
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer)
    else:
        reader = QImageReader(str(path))
    damaged = QCoreApplication.translate(
        "ArchiveImport", "This image is damaged or not an image ShopSafe can read.")
    if not reader.canRead():
        return damaged
    size = reader.size()
    if not size.isValid() or size.isEmpty():
        return damaged
    if size.width() * size.height() * 4 > IMAGE_LIMIT_MIB * 1024 * 1024:
        return QCoreApplication.translate(
            "ArchiveImport",
            "This image is too large to open safely ({width} × {height} pixels).").format(
            width=size.width(), height=size.height())
    if not decode:
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data) if data is not None else path) as image:
                if image.width * image.height * 4 > IMAGE_LIMIT_MIB * 1024 * 1024:
                    return damaged  # the header Pillow reads disagrees with Qt's
                image.load()
    except (Image.DecompressionBombError, UnidentifiedImageError, OSError, ValueError,
            SyntaxError, EOFError):
        return damaged
    return None


def make_thumbnail(data: bytes, size: int) -> QImage | None:
    """A ``size``-pixel thumbnail of an image held in memory, or None; decoded by Pillow
    without holding Python's lock (worker thread), under the same limit as :func:`check_image`."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                if image.width * image.height * 4 > IMAGE_LIMIT_MIB * 1024 * 1024:
                    return None
                image.draft("RGB", (size * 2, size * 2))  # JPEG: decode at a fraction
                image.thumbnail((size, size))
                rgba = image.convert("RGBA")
                pixels = rgba.tobytes()
                width, height = rgba.size
    except (Image.DecompressionBombError, UnidentifiedImageError, OSError, ValueError,
            SyntaxError, EOFError):
        return None
    return QImage(pixels, width, height, width * 4, QImage.Format.Format_RGBA8888).copy()


def is_image(name: str) -> bool:
    return Path(name).suffix.lower() in IMAGE_SUFFIXES


def parse_eml(data: bytes) -> tuple[str, list[tuple[str, str, bytes]]]:
    """The readable text of an e-mail (headers and plain body) and its attachments as
    (file name, type, bytes)."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    lines = [f"{name}: {message[name]}" for name in ("From", "To", "Date", "Subject")
             if message[name]]
    body = message.get_body(preferencelist=("plain", "html"))
    text = _body_text(body) if body is not None else ""
    parts = []
    for part in message.iter_attachments():
        payload = part.get_payload(decode=True)
        if payload:
            parts.append((part.get_filename() or "attachment", part.get_content_type(), payload))
    return "\n".join(lines) + "\n\n" + text, parts


def _body_text(part: Any) -> str:
    # An unknown or broken charset (LookupError) must not stop an import or the viewer: the
    # bytes as UTF-8, undecodable ones replaced, are still searchable and readable.
    try:
        return part.get_content()
    except (LookupError, ValueError):
        payload = part.get_payload(decode=True)
        return payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""


def import_files(session: Any, order_id: str, files: list[Path], result: ImportResult
                 ) -> Generator[str, None, None]:
    """Add ``files`` to the order one by one, yielding each file's name once it is added or
    refused (reasons go to ``result.skipped``).

    The next image is decoded (checked) on a helper thread while this one is encrypted and
    made durable, so the two costs overlap instead of adding up."""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="image-check") as checker:
        checks = [checker.submit(_check_file, path) for path in files[:2]]
        for done, path in enumerate(files, 1):
            if len(checks) < len(files):  # keep one check ahead
                checks.append(checker.submit(_check_file, files[len(checks)]))
            problem = checks[done - 1].result()
            try:
                if problem is None and path.suffix.lower() == ".eml":
                    _add_eml(session, order_id, path, result)
                elif problem is None:
                    result.added.append(session.add_file(order_id, path))
            except OSError as error:
                problem = _read_error(error)
            if problem is not None:
                result.skipped.append((path.name, problem))
            yield path.name


@dataclass
class ImportJob:
    """An import run in slices on the one serial writer, so a 500-file import never keeps
    other writes (a note, the Costs page's save) waiting for more than a slice."""

    paths: list[Path]
    order_id: str | None
    title: str
    files: list[Path] | None = None
    done: int = 0
    result: ImportResult = field(default_factory=ImportResult)
    cancelled: bool = False
    failed: bool = False

    @property
    def finished(self) -> bool:
        return self.files is not None and self.done >= len(self.files)

    def run_slice(self, session: Any, seconds: float = 0.5
                  ) -> Generator[tuple[int, int, str], None, ImportJob]:
        """Writer thread: add files for about ``seconds``, yielding (done, total, name)."""
        if self.files is None:
            self.files = expand_paths(self.paths)
        if self.order_id is None:
            self.order_id = session.add_order(title=self.title,
                                              date=datetime.date.today().isoformat())
        deadline = time.monotonic() + seconds
        for name in import_files(session, self.order_id, self.files[self.done:], self.result):
            self.done += 1
            yield self.done, len(self.files), name
            if time.monotonic() > deadline:
                break
        return self


def _check_file(path: Path) -> str | None:
    try:
        if not path.is_file():
            raise FileNotFoundError(path)
        return check_image(path=path) if is_image(path.name) else None
    except OSError as error:
        return _read_error(error)


def _read_error(error: OSError) -> str:
    return QCoreApplication.translate("ArchiveImport", "It could not be read ({reason}).").format(
        reason=_read_reason(error))


def _read_reason(error: OSError) -> str:
    """Why a file could not be read, translated (never the system's English text)."""
    log.warning("reading a file to import failed: %s (errno %s)", type(error).__name__,
                error.errno)
    if isinstance(error, PermissionError):
        return QCoreApplication.translate("ArchiveImport", "ShopSafe may not read it")
    if isinstance(error, (FileNotFoundError, NotADirectoryError)):
        return QCoreApplication.translate("ArchiveImport", "it is no longer there")
    if isinstance(error, IsADirectoryError):
        return QCoreApplication.translate("ArchiveImport", "it is a folder")
    return QCoreApplication.translate("ArchiveImport", "the details are in the log file")


def _add_eml(session: Any, order_id: str, path: Path, result: ImportResult) -> None:
    """The message itself (its text searchable), then each attachment as a file of its own."""
    data = path.read_bytes()
    text, parts = parse_eml(data)
    result.added.append(session.add_bytes(order_id, data, path.name, mime="message/rfc822",
                                          kind="email", text=text))
    for name, mime, payload in parts:
        problem = check_image(data=payload) if mime.startswith("image/") else None
        if problem is None:
            result.added.append(session.add_bytes(order_id, payload, Path(name).name, mime=mime))
        else:
            result.skipped.append((name, problem))


class ImageRefused(ValueError):
    """A pasted picture that cannot be decoded or is too large; ``str()`` is the translated
    reason to show."""


def add_image_bytes(session: Any, order_id: str, data: bytes, name: str) -> str:
    """A pasted screenshot; raises ImageRefused (a ValueError) with the translated reason when
    it cannot be decoded."""
    problem = check_image(data=data)
    if problem is not None:
        raise ImageRefused(problem)
    return session.add_bytes(order_id, data, name, mime="image/png", kind="screenshot")
