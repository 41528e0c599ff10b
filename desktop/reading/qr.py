"""QR codes (and other 2-D codes) in an image, decoded with zxing-cpp."""

from __future__ import annotations

import logging

import zxingcpp
from PIL import Image

__all__ = ["read_codes"]

log = logging.getLogger(__name__)
_MAX_CODES = 8
_FORMATS = (zxingcpp.BarcodeFormat.QRCode, zxingcpp.BarcodeFormat.MicroQRCode,
            zxingcpp.BarcodeFormat.DataMatrix, zxingcpp.BarcodeFormat.Aztec)


def read_codes(image: Image.Image) -> list[str]:
    """The text of every QR / Data Matrix / Aztec code in ``image`` (at most 8), in reading
    order. A decoder failure is logged and yields no codes; never raises."""
    try:
        results = zxingcpp.read_barcodes(image, formats=_FORMATS)
    except Exception:  # a decoder crash on one image must not lose the rest of the check
        log.exception("QR decoding failed")
        return []
    texts = [r.text for r in results if r.valid and r.text]
    return list(dict.fromkeys(texts))[:_MAX_CODES]
