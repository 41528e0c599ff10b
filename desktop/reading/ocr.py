"""Text in an image, recognised offline by Tesseract (Debian's ``tesseract-ocr`` with the
``ind``, ``spa`` and ``eng`` models, installed by ``tools/setup.sh``).

The image goes to the engine through a pipe (``tesseract stdin stdout``): nothing of it is
written to disk. Before that, it is prepared the way chat screenshots need: converted to grey,
inverted when the background is dark (dark-mode chats), and enlarged when the text is small
(downscaled phone captures) — Tesseract reads best at roughly 30 px letter height.

Cancellable (a ``cancelled`` callable is polled while the engine runs; the process is killed) and
bounded (a deadline; images over the limits of :func:`~desktop.reading.images.load_image` are
refused before decoding).
"""

from __future__ import annotations

import io
import logging
import os
import shutil
import subprocess
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PIL import Image, ImageOps, ImageStat

from desktop.reading.errors import OcrUnavailable, ReadingError
from desktop.reading.images import MAX_PIXELS, load_image

__all__ = ["DEFAULT_LANGUAGES", "OcrResult", "available_languages", "prepare", "recognise"]

log = logging.getLogger(__name__)

# Tesseract's names: Indonesian, Spanish, English. The user's language goes first.
DEFAULT_LANGUAGES: tuple[str, ...] = ("ind", "spa", "eng")
_TESSERACT_NAMES = {"id": "ind", "es": "spa", "en": "eng"}
_DEADLINE = 30.0
_MIN_WIDTH = 1400  # phone screenshots are 720–1440 px wide; smaller ones are enlarged to this
_MAX_WIDTH = 2800


@dataclass(frozen=True)
class OcrResult:
    """What the engine read: ``text`` (lines as recognised), the ``engine`` and its languages,
    and the time it took."""

    text: str
    engine: str
    languages: tuple[str, ...]
    seconds: float


def _binary() -> str:
    found = shutil.which("tesseract")
    if not found:
        raise OcrUnavailable("tesseract is not installed")
    return found


def available_languages() -> set[str]:
    """The language models Tesseract has (empty when it is not installed)."""
    try:
        out = subprocess.run([_binary(), "--list-langs"], capture_output=True, text=True,
                             timeout=10, check=False).stdout
    except (OcrUnavailable, OSError, subprocess.SubprocessError):
        return set()
    return {line.strip() for line in out.splitlines()[1:] if line.strip()}


def languages_for(ui_language: str | None) -> tuple[str, ...]:
    """The model list for a user interface language: theirs first, then the other two."""
    first = _TESSERACT_NAMES.get((ui_language or "")[:2])
    ordered = ([first] if first else []) + list(DEFAULT_LANGUAGES)
    return tuple(dict.fromkeys(ordered))


def prepare(image: Image.Image) -> Image.Image:
    """Grey, dark backgrounds inverted, small captures enlarged, huge ones reduced."""
    grey = ImageOps.grayscale(image)
    if ImageStat.Stat(grey).mean[0] < 110:
        grey = ImageOps.invert(grey)
    width, height = grey.size
    if width < _MIN_WIDTH:
        # never past the decoding limit: a 10 x 4,000,000 strip must not become 784 GB
        factor = _MIN_WIDTH / width
        size = (_MIN_WIDTH, max(1, round(height * factor)))
        if _MIN_WIDTH * size[1] > MAX_PIXELS:
            factor = (MAX_PIXELS / (width * height)) ** 0.5
            size = (max(1, int(width * factor)), max(1, int(height * factor)))
        if factor > 1:
            grey = grey.resize(size, Image.LANCZOS)
    elif width > _MAX_WIDTH:
        factor = _MAX_WIDTH / width
        grey = grey.resize((_MAX_WIDTH, max(1, round(height * factor))), Image.LANCZOS)
    return grey


def recognise(
    data: bytes | Image.Image,
    languages: Sequence[str] = DEFAULT_LANGUAGES,
    *,
    cancelled: Callable[[], bool] | None = None,
    deadline: float = _DEADLINE,
) -> OcrResult:
    """The text of the image ``data`` (encoded bytes or a decoded image).

    Raises :class:`~desktop.reading.errors.ImageTooLarge` /
    :class:`~desktop.reading.errors.UnreadableImage` for a bad image,
    :class:`~desktop.reading.errors.OcrUnavailable` when Tesseract or a model is missing,
    :class:`~desktop.reading.errors.ReadingError` when the engine fails or runs past
    ``deadline`` seconds, and ``InterruptedError`` when ``cancelled()`` turns true.
    """
    binary = _binary()
    have = available_languages()
    wanted = [lang for lang in languages if lang in have]
    if not wanted:
        raise OcrUnavailable(f"no OCR model for {', '.join(languages)} (have {sorted(have)})")
    image = data if isinstance(data, Image.Image) else load_image(data)
    buffer = io.BytesIO()
    prepare(image).save(buffer, format="PNG")
    started = time.monotonic()
    # --psm 4: a single column of text of varying sizes, which is what a chat is.
    command = [binary, "stdin", "stdout", "-l", "+".join(wanted), "--psm", "4"]
    try:
        # One OpenMP thread: Tesseract's threads fight each other on two cores (and with the
        # UI), and checks of several pictures run in parallel anyway.
        process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE,
                                   env={**os.environ, "OMP_THREAD_LIMIT": "1"})
    except OSError as error:
        raise OcrUnavailable(f"tesseract could not start: {error}") from error
    try:
        out, err = _communicate(process, buffer.getvalue(), cancelled, deadline)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    if process.returncode != 0:
        log.warning("tesseract failed (%s): %s", process.returncode, err[-500:])
        raise ReadingError(f"tesseract exited with {process.returncode}")
    text = out.decode("utf-8", errors="replace")
    lines = [line.rstrip() for line in text.splitlines()]
    cleaned = "\n".join(line for line in lines if line.strip())
    return OcrResult(cleaned, "tesseract", tuple(wanted), time.monotonic() - started)


def _communicate(process: subprocess.Popen, payload: bytes,
                 cancelled: Callable[[], bool] | None, deadline: float) -> tuple[bytes, str]:
    """Feed the engine and collect its output on a helper thread, so that this thread can
    watch ``cancelled`` and the deadline and kill the engine."""
    result: dict[str, bytes] = {}

    def talk() -> None:
        try:
            result["out"], result["err"] = process.communicate(payload)
        except (OSError, ValueError):  # killed while writing: the watcher reports why
            pass

    worker = threading.Thread(target=talk, name="tesseract-io", daemon=True)
    worker.start()
    started = time.monotonic()
    while worker.is_alive():
        worker.join(0.05)
        if cancelled is not None and cancelled():
            process.kill()
            worker.join()
            raise InterruptedError("OCR cancelled")
        if time.monotonic() - started > deadline:
            process.kill()
            worker.join()
            raise ReadingError(f"OCR ran past {deadline:.0f} s")
    return result.get("out", b""), result.get("err", b"").decode("utf-8", errors="replace")
