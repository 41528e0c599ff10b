"""Reading what a seller sent as an image: text by OCR, QR codes, EMVCo payment payloads (no Qt).

A shared lower layer: the shop checks read chat screenshots with it, the archive will read
receipts with it. Everything runs offline on this machine — Tesseract with the Debian models for
Indonesian, Spanish and English, zxing-cpp for QR codes — and nothing is downloaded at run time.
Images are handled in memory: the OCR engine reads them from a pipe, never from a file.
"""

from desktop.reading.emvco import EmvcoPayload, parse_emvco
from desktop.reading.errors import ImageTooLarge, OcrUnavailable, ReadingError, UnreadableImage
from desktop.reading.images import MAX_IMAGE_BYTES, MAX_PIXELS, load_image
from desktop.reading.ocr import OcrResult, recognise
from desktop.reading.qr import read_codes

__all__ = sorted([
    "EmvcoPayload",
    "ImageTooLarge",
    "MAX_IMAGE_BYTES",
    "MAX_PIXELS",
    "OcrResult",
    "OcrUnavailable",
    "ReadingError",
    "UnreadableImage",
    "load_image",
    "parse_emvco",
    "read_codes",
    "recognise",
])
