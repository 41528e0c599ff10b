"""The text read from each stored file, kept encrypted inside the archive (no Qt).

A file's reading is a field ``reading`` of its attachment item, written in an ordinary record:
encrypted and signed like every other field, synced and merged the same way, and indexed by the
in-memory search with the rest of the item (so a receipt is found by any word on it). No new item
type: an older ShopSafe reading this archive keeps the field and ignores it. The field holds::

    {"v": 1, "status": "read" | "unreadable", "how": "ocr" | "pdf-text" | "pdf-ocr" | "email"
     | "text", "text": ..., "pages": n, "ocr_pages": n, "languages": "ind+spa+eng",
     "software": "" | "Adobe Photoshop 25.1", "kind": "receipt" | "transfer" | "other",
     "fields": {"total": "245000 IDR", "date": "2026-12-04", "reference": ..., ...}, "at": ISO}

``fields`` are the values read when the file was read (for search and the command line); views
read the stored text again with the current reader, which is cheap, to show the fields with
their sources and "check this" reasons. A file that could not be read because the OCR engine is
missing gets no record (it is read once the engine is there); a damaged one gets ``unreadable``
so it is not tried on every unlock.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any

from desktop.reading.errors import OcrUnavailable, ReadingError, UnreadableImage

__all__ = ["FIELD", "MAX_BYTES", "VERSION", "Reading", "classify", "field_values", "read_all",
           "read_attachment", "read_fields", "read_stored", "reading_of", "store_reading",
           "unread_attachments"]

log = logging.getLogger(__name__)

FIELD = "reading"
VERSION = 1
MAX_TEXT = 200_000  # characters kept per file: 30 pages of dense print; a record stays small

_TRANSFER = re.compile(
    r"bukti\s+transfer|transfer\s+berhasil|transaksi\s+berhasil|rekening\s+tujuan|"
    r"clave\s+de\s+rastreo|\bspei\b|comprobante\s+de\s+(?:transferencia|pago|operaci)|"
    r"\bbizum\b|has\s+enviado|cuenta\s+(?:destino|beneficiaria)|\bm-?transfer\b|\bbrimo\b|"
    r"\blivin\b|transfer\s+(?:successful|sent)", re.IGNORECASE)


@dataclass(frozen=True)
class Reading:
    """A file's stored reading (see the module docstring); ``attachment`` is its id."""

    attachment: str
    status: str
    how: str = ""
    text: str = ""
    pages: int = 0
    ocr_pages: int = 0
    languages: str = ""
    software: str = ""
    kind: str = "other"
    fields: dict[str, str] = field(default_factory=dict)
    at: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"v": VERSION, "status": self.status, "how": self.how, "text": self.text,
                "pages": self.pages, "ocr_pages": self.ocr_pages, "languages": self.languages,
                "software": self.software, "kind": self.kind, "fields": dict(self.fields),
                "at": self.at}


def reading_of(item_fields: dict[str, Any], attachment_id: str) -> Reading | None:
    """The reading stored in an attachment's fields, or None (never read, or written by a newer
    version in a shape this one does not know)."""
    value = item_fields.get(FIELD)
    if not isinstance(value, dict) or value.get("v") != VERSION:
        return None

    def text(name: str) -> str:
        found = value.get(name)
        return found if isinstance(found, str) else ""

    def number(name: str) -> int:
        found = value.get(name)
        return found if isinstance(found, int) and not isinstance(found, bool) else 0

    fields = value.get("fields")
    fields = {k: v for k, v in fields.items() if isinstance(v, str)} if isinstance(
        fields, dict) else {}
    return Reading(attachment_id, text("status") or "read", text("how"), text("text"),
                   number("pages"), number("ocr_pages"), text("languages"), text("software"),
                   text("kind") or "other", fields, text("at"))


def unread_attachments(attachments: Sequence[Any], readings: dict[str, Reading | None]
                       ) -> list[Any]:
    """Those of ``attachments`` (rows with ``id``, ``name``, ``mime``) that hold text and have no
    reading yet, oldest first."""
    from desktop.reading.documents import document_kind

    return [a for a in attachments
            if readings.get(a.id) is None and document_kind(a.name, a.mime) is not None]


def classify(text: str, country: str) -> str:
    """``"transfer"`` for a transfer proof, ``"receipt"`` for a receipt or invoice (a total or
    two amounts read), else ``"other"``."""
    if _TRANSFER.search(text):
        return "transfer"
    from desktop.reading.receipts import read_receipt

    fields = read_receipt(text, country=country)
    amounts = [n for n in ("total", "subtotal", "tax", "paid") if getattr(fields, n) is not None]
    return "receipt" if fields.total is not None or len(amounts) >= 2 else "other"


def _value(value: Any) -> str:
    from desktop.money.amount import Money

    if isinstance(value, Money):
        return f"{value.amount} {value.currency}"
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value)


def read_fields(text: str, kind: str, country: str, now: datetime | None = None) -> Any:
    """The receipt fields or transfer proof read from ``text`` now (``None`` for ``other``)."""
    now = now or datetime.now(timezone.utc).astimezone()
    if kind == "transfer":
        from desktop.reading.transfers import read_transfer_proof

        return read_transfer_proof(text, now=now, country=country)
    if kind == "receipt":
        from desktop.reading.receipts import read_receipt

        return read_receipt(text, country=country, today=now.date())
    return None


_RECEIPT_FIELDS = ("merchant", "date", "total", "subtotal", "tax", "paid", "change",
                   "payment_method", "reference", "tax_id")
_PROOF_FIELDS = ("reference", "time", "amount", "recipient_account", "recipient_name")


def field_values(read: Any, kind: str) -> dict[str, str]:
    """The read fields as text, by name (only those read)."""
    names = _PROOF_FIELDS if kind == "transfer" else _RECEIPT_FIELDS
    out = {}
    for name in names:
        found = getattr(read, name, None) if read is not None else None
        if found is not None:
            out[name] = _value(found.value)
    return out


def read_attachment(data: bytes, attachment: Any, languages: Sequence[str], *, country: str,
                    cancelled: Callable[[], bool] | None = None,
                    clock: Callable[[], datetime] | None = None) -> Reading:
    """Read the decrypted ``data`` of ``attachment`` (a row with ``id``, ``name``, ``mime``).

    Returns an ``unreadable`` reading for a damaged file; raises
    :class:`~desktop.reading.errors.OcrUnavailable` when the engine is missing (store nothing
    then), ``InterruptedError`` when cancelled, and ReadingError when the engine failed."""
    from desktop.reading.documents import read_document

    now = (clock or (lambda: datetime.now(timezone.utc)))()
    stamp = now.isoformat(timespec="seconds").replace("+00:00", "Z")
    try:
        document = read_document(data, attachment.name, attachment.mime, languages,
                                 cancelled=cancelled)
    except OcrUnavailable:
        raise
    except UnreadableImage as error:
        log.info("a stored file could not be read: %s", type(error).__name__)
        return Reading(attachment.id, "unreadable", at=stamp)
    software = ""
    if attachment.mime.startswith("image/"):
        from desktop.reading.imagemeta import editing_software

        software = editing_software(data) or ""
    text = document.text[:MAX_TEXT]
    kind = classify(text, country)
    fields = field_values(read_fields(text, kind, country, now.astimezone()), kind)
    return Reading(attachment.id, "read", document.how, text, document.pages, document.ocr_pages,
                   "+".join(languages) if document.ocr_pages else "", software, kind, fields,
                   stamp)


MAX_BYTES = 64 * 1024 * 1024  # larger files are not read into memory (a video, a disk image)


def read_stored(session: Any, attachment: Any, languages: Sequence[str], *, country: str,
                cancelled: Callable[[], bool] | None = None) -> Reading:
    """Decrypt ``attachment`` into memory and read it (:func:`read_attachment`). A file over
    :data:`MAX_BYTES` gets an ``unreadable`` reading, so it is not decrypted at every unlock."""
    try:
        data = session.read_bytes(attachment.id, MAX_BYTES)
    except ValueError:
        stamp = datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")
        return Reading(attachment.id, "unreadable", at=stamp)
    return read_attachment(data, attachment, languages, country=country, cancelled=cancelled)


def store_reading(archive: Any, reading: Reading) -> None:
    """Write ``reading`` into its attachment's ``reading`` field (one record)."""
    archive.put("attachment", reading.attachment, **{FIELD: reading.to_json()})


def read_all(session: Any, attachments: Sequence[Any], languages: Sequence[str], *,
             country: str, cancelled: Callable[[], bool] | None = None
             ) -> Iterator[tuple[int, int, str, str]]:
    """Read and store each of ``attachments`` in turn, yielding ``(done, total, name, outcome)``
    after each; ``outcome`` is ``"read"``, ``"unreadable"`` (damaged: stored as such),
    ``"no-ocr"`` (Tesseract or a model is missing: nothing stored, read another time) or
    ``"failed"`` (the engine failed or ran too long: nothing stored, details in the log). What
    was stored stays stored when the caller stops early (``cancelled`` or closing the
    generator)."""
    from desktop.archive.errors import ArchiveError

    total = len(attachments)
    for done, attachment in enumerate(attachments, 1):
        if cancelled is not None and cancelled():
            return
        outcome = "failed"
        try:
            reading = read_stored(session, attachment, languages, country=country,
                                  cancelled=cancelled)
            session.store_reading(reading)
            outcome = reading.status
        except InterruptedError:
            return
        except OcrUnavailable:
            outcome = "no-ocr"
        except (ReadingError, ArchiveError) as error:
            # An engine failure or a damaged blob: logged, tried again at the next unlock.
            log.warning("reading a stored file failed: %s", type(error).__name__)
        yield done, total, attachment.name, outcome
