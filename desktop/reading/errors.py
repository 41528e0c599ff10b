"""The error tree of :mod:`desktop.reading`::

    ReadingError                 anything that stopped an image from being read
    ├── UnreadableImage          not an image, or damaged (``reason`` for the log)
    ├── ImageTooLarge            over the byte or pixel limit (``size``, ``limit``)
    └── OcrUnavailable           the OCR engine or a language model is not installed

Callers turn these into an ``unknown`` finding with a translated sentence; the text of the
exception is for the log only.
"""

from __future__ import annotations

__all__ = ["ImageTooLarge", "OcrUnavailable", "ReadingError", "UnreadableImage"]


class ReadingError(Exception):
    """Base class: the image could not be read."""


class UnreadableImage(ReadingError):
    """The bytes are not an image we can decode."""


class ImageTooLarge(ReadingError):
    """The image is over a limit; ``size`` and ``limit`` are in the limit's unit."""

    def __init__(self, size: int, limit: int, unit: str) -> None:
        super().__init__(f"image has {size} {unit}, the limit is {limit}")
        self.size, self.limit, self.unit = size, limit, unit


class OcrUnavailable(ReadingError):
    """Tesseract or one of its language models is missing."""
