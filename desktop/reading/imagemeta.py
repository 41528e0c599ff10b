"""The editing software a picture's metadata names (EXIF/XMP/PNG text), read with Pillow (no Qt).

A transfer proof edited in Photoshop or Snapseed says so in its metadata more often than forgers
think: the EXIF ``Software`` tag (0x0131), XMP's ``xmp:CreatorTool`` and
``stEvt:softwareAgent``, and a PNG's ``Software`` text chunk. A phone's own camera or screenshot
tool writes its firmware there ("Android", "iOS 17.2", "G998BXXU…"), which is not editing.

Absent metadata proves nothing (chat apps strip it), and present metadata can be forged or
removed: the result is a warning to look closer, never a verdict. Only the header is parsed;
no pixel is decoded.
"""

from __future__ import annotations

import io
import logging
import re
import warnings

from PIL import Image, UnidentifiedImageError

__all__ = ["EDITORS", "editing_software"]

log = logging.getLogger(__name__)

#: Names of picture editors as they appear in metadata (matched case-insensitively, whole words).
EDITORS = ("Adobe Photoshop", "Photoshop", "Lightroom", "Snapseed", "PicsArt", "GIMP",
           "Pixelmator", "Affinity Photo", "Canva", "Fotor", "Pixlr", "Polarr", "PhotoDirector",
           "Meitu", "Facetune", "VSCO", "Paint.NET", "Photopea", "PhotoScape", "Inshot",
           "Picsart Photo Studio", "Photo Editor", "Remini", "Lensa", "Krita", "Corel")
_EDITOR = re.compile(r"(?<![\w])(" + "|".join(re.escape(name) for name in
                                              sorted(EDITORS, key=len, reverse=True))
                     + r")(?![\w])", re.IGNORECASE)
_XMP_TOOL = re.compile(rb"(?:CreatorTool|softwareAgent)\s*(?:=\s*\"([^\"]{1,200})\"|>"
                       rb"([^<]{1,200})<)")
_SOFTWARE_TAG = 0x0131
_PROCESSING_SOFTWARE = 0x000B  # EXIF "ProcessingSoftware" (IFD0), used by some editors


def editing_software(data: bytes) -> str | None:
    """The name of the editing software the metadata of the picture ``data`` names, as written
    there ("Adobe Photoshop 25.1 (Windows)"), or None when it names none (or no metadata can be
    read). Never raises."""
    names: list[str] = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            image = Image.open(io.BytesIO(data))
            exif = image.getexif()
            for tag in (_SOFTWARE_TAG, _PROCESSING_SOFTWARE):
                value = exif.get(tag)
                if isinstance(value, bytes):
                    value = value.decode("utf-8", errors="replace")
                if isinstance(value, str):
                    names.append(value)
            for key, value in (image.info or {}).items():
                if isinstance(key, str) and key.lower() in ("software", "creator", "comment"):
                    if isinstance(value, bytes):
                        value = value.decode("utf-8", errors="replace")
                    if isinstance(value, str):
                        names.append(value)
            xmp = image.info.get("xmp") or image.info.get("XML:com.adobe.xmp")
            if isinstance(xmp, str):
                xmp = xmp.encode("utf-8", errors="replace")
            if isinstance(xmp, bytes):
                for match in _XMP_TOOL.finditer(xmp[:1_000_000]):
                    names.append((match.group(1) or match.group(2)).decode("utf-8", "replace"))
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError,
            Image.DecompressionBombError) as error:
        log.info("picture metadata could not be read: %s", type(error).__name__)
        return None
    for name in names:
        if _EDITOR.search(name):
            return name.strip()[:120]
    return None
