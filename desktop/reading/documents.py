"""The text of a stored file, read offline and in memory: images by OCR, PDFs by their text layer
(scanned pages by OCR of the rendered page), e-mails and page snapshots as text (no Qt).

:func:`read_document` takes the decrypted bytes and the file's name and media type and returns a
:class:`DocumentText`. Nothing is written to disk on the way: PDFs are opened from memory by
pypdfium2 (PDFium, the engine of Chromium's viewer, with a text layer API and a renderer — the
domain layer cannot use QtPdf, which needs Qt), rendered pages go to Tesseract through a pipe.

Bounded: at most :data:`MAX_PAGES` pages are read, a page is rendered at 200 dpi but never past
the OCR pixel limit, and ``cancelled`` is polled between pages and while the engine runs.
"""

from __future__ import annotations

import email
import email.policy
import html
import logging
import re
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser

from desktop.reading.errors import UnreadableImage
from desktop.reading.formats import IMAGE_SUFFIXES
from desktop.reading.images import MAX_PIXELS

__all__ = ["DocumentText", "MAX_PAGES", "PDF_DPI", "document_kind", "read_document"]

log = logging.getLogger(__name__)

MAX_PAGES = 30          # receipts and invoices are one to a few pages; a 300-page book is not one
PDF_DPI = 200           # enough for 8-pt receipt print; 300 dpi doubles the OCR time for no gain
_MIN_LAYER_LETTERS = 20  # fewer letters on a page than this: a scan, read by OCR
_PDFIUM = threading.Lock()  # PDFium is not thread-safe: one document call at a time


@dataclass(frozen=True)
class DocumentText:
    """What was read: ``text`` (pages separated by a form feed), ``how`` (``"ocr"``,
    ``"pdf-text"``, ``"pdf-ocr"`` when some pages were scans, ``"email"``, ``"text"``), the
    number of ``pages`` read, ``ocr_pages`` of them by OCR, and the CPU-side ``seconds``."""

    text: str
    how: str
    pages: int
    ocr_pages: int
    seconds: float


def document_kind(name: str, mime: str) -> str | None:
    """``"image"``, ``"pdf"``, ``"email"``, ``"html"``, ``"text"``, or None for a file whose
    text cannot be read (a video, an archive)."""
    lower = name.lower()
    if mime.startswith("image/") or lower.endswith(IMAGE_SUFFIXES):
        return "image"
    if mime == "application/pdf" or lower.endswith(".pdf"):
        return "pdf"
    if mime == "message/rfc822" or lower.endswith(".eml"):
        return "email"
    if mime in ("text/html", "application/xhtml+xml") or lower.endswith((".html", ".htm",
                                                                          ".mhtml")):
        return "html"
    if mime.startswith("text/") or lower.endswith((".txt", ".csv", ".json")):
        return "text"
    return None


def read_document(data: bytes, name: str, mime: str, languages: Sequence[str], *,
                  cancelled: Callable[[], bool] | None = None) -> DocumentText:
    """The text of the file ``data`` (see the module docstring).

    Raises :class:`~desktop.reading.errors.UnreadableImage` for a damaged image or PDF, or a
    file of a kind that holds no text; :class:`~desktop.reading.errors.OcrUnavailable` when
    Tesseract or its models are missing; :class:`~desktop.reading.errors.ReadingError` when the
    engine fails; ``InterruptedError`` when ``cancelled()`` turns true.
    """
    started = time.monotonic()
    kind = document_kind(name, mime)
    if kind == "image":
        from desktop.reading.ocr import recognise

        text = recognise(data, languages, cancelled=cancelled).text
        return DocumentText(text, "ocr", 1, 1, time.monotonic() - started)
    if kind == "pdf":
        return _read_pdf(data, languages, cancelled, started)
    if kind == "email":
        return DocumentText(email_text(data), "email", 1, 0, time.monotonic() - started)
    if kind in ("html", "text"):
        decoded = data[:4_000_000].decode("utf-8", errors="replace")
        text = html_text(decoded) if kind == "html" else decoded
        return DocumentText(text, "text", 1, 0, time.monotonic() - started)
    raise UnreadableImage(f"no text can be read from {mime or 'this file'}")


def _read_pdf(data: bytes, languages: Sequence[str], cancelled: Callable[[], bool] | None,
              started: float) -> DocumentText:
    import pypdfium2 as pdfium

    from desktop.reading.ocr import recognise

    pages: list[str] = []
    ocr_pages = 0
    try:
        with _PDFIUM:
            document = pdfium.PdfDocument(data)
            count = min(len(document), MAX_PAGES)
    except pdfium.PdfiumError as error:
        raise UnreadableImage(f"PDF: {error}") from error
    try:
        for index in range(count):
            if cancelled is not None and cancelled():
                raise InterruptedError("reading cancelled")
            with _PDFIUM:
                page = document[index]
                try:
                    textpage = page.get_textpage()
                    layer = textpage.get_text_range()
                    textpage.close()
                    image = None
                    if sum(ch.isalpha() for ch in layer) < _MIN_LAYER_LETTERS:
                        width, height = page.get_size()  # in points, 1/72 in
                        scale = PDF_DPI / 72
                        if width * height * scale * scale > MAX_PIXELS:
                            scale = (MAX_PIXELS / (width * height)) ** 0.5
                        image = page.render(scale=scale, grayscale=True).to_pil()
                finally:
                    page.close()
            if image is None:
                pages.append(layer.replace("\r\n", "\n").replace("\r", "\n").strip())
                continue
            # Outside the PDFium lock: another file's text layer may be read meanwhile.
            pages.append(recognise(image, languages, cancelled=cancelled).text)
            ocr_pages += 1
    except pdfium.PdfiumError as error:
        raise UnreadableImage(f"PDF page: {error}") from error
    finally:
        with _PDFIUM:
            document.close()
    how = "pdf-ocr" if ocr_pages else "pdf-text"
    return DocumentText("\n\f\n".join(pages).strip(), how, count, ocr_pages,
                        time.monotonic() - started)


def email_text(data: bytes) -> str:
    """An e-mail's sender, subject, date and readable body (plain text preferred, else the
    HTML part's words). Never raises on damaged mail: what can be read is returned."""
    message = email.message_from_bytes(data[:20_000_000], policy=email.policy.default)
    head = []
    for header in ("From", "To", "Date", "Subject"):
        try:
            value = message.get(header)
        except (ValueError, TypeError, IndexError):  # a malformed header
            value = None
        if value:
            head.append(f"{header}: {value}")
    body = ""
    try:
        part = message.get_body(preferencelist=("plain", "html"))
        if part is not None:
            content = part.get_content()
            body = html_text(content) if part.get_content_subtype() == "html" else content
    except (LookupError, ValueError, TypeError, AttributeError) as error:
        log.info("an e-mail body could not be decoded: %s", type(error).__name__)
    return "\n".join(head + ([body.strip()] if body.strip() else []))


class _Words(HTMLParser):
    _SKIP = {"script", "style", "head", "noscript", "template"}
    _BREAK = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "table", "section", "td"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BREAK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skipping:
            self._skipping -= 1
        elif tag in self._BREAK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_text(markup: str) -> str:
    """The visible words of an HTML page, one block a line."""
    parser = _Words()
    try:
        parser.feed(markup)
        parser.close()
    except (AssertionError, ValueError):  # html.parser gives up on some broken markup
        return html.unescape(re.sub(r"<[^>]+>", " ", markup))
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in "".join(parser.parts)
             .splitlines())
    return "\n".join(line for line in lines if line)
