"""A response body as text, whatever charset the server names (no Qt).

The charset comes from ``Content-Type``, else a ``<meta charset>`` in the first 4 KB, else UTF-8.
A hostile server may name a codec that is no text encoding of the web: ``undefined`` and
``idna`` raise on decode, ``unicode-escape`` executes escapes, ``hex``/``rot13`` are byte
transforms, and UTF-7 yields lone surrogates that later cannot be printed or written as UTF-8.
Those are refused and the body read as UTF-8.
"""

from __future__ import annotations

import codecs
import re

__all__ = ["decode_body"]

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.I)
# Codecs no web page may use (the WHATWG Encoding standard does not know them; it forbids UTF-7
# in HTML for the surrogate reason above).
_REFUSED_CODECS = frozenset({"undefined", "idna", "punycode", "utf-7", "unicode-escape",
                             "raw-unicode-escape", "unicode-internal"})
_SURROGATES = re.compile("[\ud800-\udfff]")


def _codec(label: str | None) -> str:
    if not label:
        return "utf-8"
    try:
        info = codecs.lookup(label[:40])
    except LookupError:
        return "utf-8"
    if info.name in _REFUSED_CODECS or not getattr(info, "_is_text_encoding", True):
        return "utf-8"
    return info.name


def decode_body(body: bytes, content_type: str) -> str:
    """``body`` as text. Never raises: an unknown or hostile charset falls back to UTF-8, bytes
    that do not decode become U+FFFD, and no lone surrogate survives (they cannot be printed or
    written as UTF-8)."""
    match = re.search(r"charset=\s*[\"']?([\w.:-]+)", content_type, re.I)
    charset = match[1] if match else None
    if not charset:
        meta = _META_CHARSET.search(body[:4096])
        charset = meta[1].decode("ascii", "replace") if meta else None
    try:
        text = body.decode(_codec(charset), errors="replace")
    except (LookupError, UnicodeError, ValueError, TypeError):
        text = body.decode("utf-8", errors="replace")
    return _SURROGATES.sub("\ufffd", text)
