"""Decode an image safely: bounded bytes and pixels before any pixel is decoded."""

from __future__ import annotations

import io
import warnings

from PIL import Image, UnidentifiedImageError

from desktop.reading.errors import ImageTooLarge, UnreadableImage

__all__ = ["MAX_IMAGE_BYTES", "MAX_PIXELS", "load_image"]

# A phone screenshot is 1–5 MB and ~3 MP; a scanned page at 300 dpi ~9 MP. Far beyond is no
# screenshot, and decoding it would cost gigabytes (a "2 GB screenshot" must fail fast).
MAX_IMAGE_BYTES = 40 * 1024 * 1024
MAX_PIXELS = 40_000_000


def load_image(data: bytes) -> Image.Image:
    """``data`` decoded into an RGB image.

    The header is read first: more than :data:`MAX_IMAGE_BYTES` bytes or :data:`MAX_PIXELS`
    pixels raises :class:`ImageTooLarge` before decoding; anything that is not a decodable image
    raises :class:`UnreadableImage`.
    """
    if len(data) > MAX_IMAGE_BYTES:
        raise ImageTooLarge(len(data), MAX_IMAGE_BYTES, "bytes")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise ImageTooLarge(width * height, MAX_PIXELS, "pixels")
            image.load()
    except ImageTooLarge:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise ImageTooLarge(0, MAX_PIXELS, "pixels") from error
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError) as error:
        raise UnreadableImage(f"{type(error).__name__}: {error}") from error
    if image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    return image
