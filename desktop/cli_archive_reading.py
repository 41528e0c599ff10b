"""The read text of stored files on the command line (issue 16): the fields ``archive show``
prints, the lines ``archive search`` quotes, and the loop of ``archive reread``.

Kept apart from :mod:`desktop.cli_archive_commands` (which calls these from its commands) so
the shared command module only gains a few lines. Output is translated like the rest of the
archive command line; progress goes to stderr.
"""

from __future__ import annotations

import os
import re
import sys
from typing import Any

from desktop.cli_archive_text import _render, _t
from desktop.cli_common import chosen
from desktop.text import N_

__all__ = ["country", "languages", "matching_lines", "print_readings", "readings_json",
           "reread"]

_FIELD_NAMES = {
    "merchant": N_("ArchiveCli", "merchant"), "date": N_("ArchiveCli", "date"),
    "total": N_("ArchiveCli", "total"), "subtotal": N_("ArchiveCli", "subtotal"),
    "tax": N_("ArchiveCli", "tax"), "paid": N_("ArchiveCli", "paid"),
    "change": N_("ArchiveCli", "change"),
    "payment_method": N_("ArchiveCli", "payment method"),
    "reference": N_("ArchiveCli", "reference"), "tax_id": N_("ArchiveCli", "tax id"),
    "time": N_("ArchiveCli", "time"), "amount": N_("ArchiveCli", "amount"),
    "recipient_account": N_("ArchiveCli", "recipient account"),
    "recipient_name": N_("ArchiveCli", "recipient"),
}
_KINDS = {"receipt": N_("ArchiveCli", "receipt"), "transfer": N_("ArchiveCli", "transfer proof"),
          "other": N_("ArchiveCli", "document")}


def country(args: Any) -> str:
    """The person's country: ``--country``, else SHOPSAFE_COUNTRY, else by the language."""
    given = getattr(args, "country", None) or os.environ.get("SHOPSAFE_COUNTRY")
    if given:
        return str(given).upper()[:2]
    return {"es": "ES"}.get(chosen(getattr(args, "lang", None)), "ID")


def languages(args: Any) -> tuple[str, ...]:
    """The OCR models: the person's language first, then Indonesian, Spanish and English."""
    from desktop.reading.ocr import languages_for

    return languages_for(chosen(getattr(args, "lang", None)))


def print_readings(session: Any, order_id: str, country_code: str) -> None:
    """Under ``archive show``: each file's read fields, its "check this" reasons, and what
    disagrees with the order."""
    from desktop.archive.readtext import read_fields

    review = session.review(order_id, country=country_code)
    for attachment in session.attachments(order_id):
        reading = session.reading(attachment.id)
        if reading is None:
            print("    " + _t(N_("ArchiveCli", "{file}: not read yet (run 'shopsafe archive "
                                              "reread')")).format(file=attachment.name))
            continue
        if reading.status != "read":
            print("    " + _t(N_("ArchiveCli", "{file}: could not be read (damaged)")).format(
                file=attachment.name))
            continue
        print("    " + _t(N_("ArchiveCli", "{file}: read as a {kind}")).format(
            file=attachment.name, kind=_t(_KINDS.get(reading.kind, _KINDS["other"]))))
        read = read_fields(reading.text, reading.kind, country_code)
        for name, label in _FIELD_NAMES.items():
            found = getattr(read, name, None) if read is not None else None
            if found is None:
                continue
            value = found.value
            text = (f"{value.amount} {value.currency}" if hasattr(value, "currency")
                    else value.isoformat() if hasattr(value, "isoformat") else str(value))
            mark = ""
            if hasattr(read, "needs_check") and read.needs_check(name):
                mark = "  " + _t(N_("ArchiveCli", "(check this)"))
            print(f"        {_t(label)}: {text}{mark}")
        for finding in review.findings:
            if finding.attachment == attachment.id:
                print("        ! " + _render(finding.message))
        advice = getattr(read, "advice", None)
        if advice is not None:
            print("        " + _render(advice))


def readings_json(session: Any, order_id: str) -> dict[str, Any]:
    """``archive show --json``: each file's reading by file id (status, how, kind, fields as
    read when it was read; null when not read yet). The read text itself is left out."""
    out: dict[str, Any] = {}
    for attachment in session.attachments(order_id):
        found = session.reading(attachment.id)
        out[attachment.id] = None if found is None else {
            "status": found.status, "how": found.how, "kind": found.kind,
            "fields": found.fields, "software": found.software or None, "at": found.at}
    return out


def matching_lines(session: Any, order_id: str, query: str, limit: int = 3) -> list[str]:
    """Lines of the order's read texts holding a word of ``query`` (for ``archive search``)."""
    words = [w.casefold() for w in re.findall(r"\w+", query) if len(w) >= 3]
    digits = re.sub(r"\D", "", query)
    found = []
    for attachment in session.attachments(order_id):
        reading = session.reading(attachment.id)
        if reading is None:
            continue
        for line in reading.text.splitlines():
            folded = line.casefold()
            if any(w in folded for w in words) or (len(digits) >= 4 and digits in re.sub(
                    r"\D", "", line)):
                found.append(f"{attachment.name}: {line.strip()}")
                if len(found) >= limit:
                    return found
    return found


def reread(session: Any, order_id: str | None, country_code: str,
           ocr_languages: tuple[str, ...], forget: bool) -> int:
    """Read the files of ``order_id`` (or of every order) that were not read yet — or all of
    them again with ``forget`` — printing progress on stderr. Ctrl+C stops after the file being
    read; what was read is kept. Returns the exit status."""
    if forget:
        files = [a for o in ([session.order(order_id)] if order_id else session.orders())
                 for a in session.attachments(o.id)]
        from desktop.reading.documents import document_kind

        files = [a for a in files if document_kind(a.name, a.mime) is not None]
    else:
        files = session.unread_files(order_id)
    if not files:
        print(_t(N_("ArchiveCli", "Every file has been read already.")), file=sys.stderr)
        return 0
    counts = {"read": 0, "unreadable": 0, "no-ocr": 0, "failed": 0}
    steps = session.read_files(files, ocr_languages, country=country_code)
    try:
        for done, total, name, outcome in steps:
            counts[outcome] = counts.get(outcome, 0) + 1
            print(_t(N_("ArchiveCli", "Read {done} of {total}: {file}")).format(
                done=done, total=total, file=name), file=sys.stderr)
    except KeyboardInterrupt:
        steps.close()
        print(_t(N_("ArchiveCli", "Stopped; the {count} file(s) read so far are kept.")).format(
            count=counts["read"] + counts["unreadable"]), file=sys.stderr)
        return 130
    print(_t(N_("ArchiveCli", "{read} file(s) read.")).format(read=counts["read"]))
    if counts["unreadable"]:
        print(_t(N_("ArchiveCli", "{count} file(s) are damaged and could not be read.")).format(
            count=counts["unreadable"]), file=sys.stderr)
    if counts["no-ocr"]:
        print(_t(N_("ArchiveCli", "{count} picture(s) could not be read: the text recogniser "
                                  "(Tesseract) is not installed.")).format(
            count=counts["no-ocr"]), file=sys.stderr)
        return 2
    if counts["failed"]:
        print(_t(N_("ArchiveCli", "{count} file(s) could not be read this time; the details "
                                  "are in the log.")).format(count=counts["failed"]),
              file=sys.stderr)
    return 0
