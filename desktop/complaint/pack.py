"""One order as a complaint pack: the original files (exported, each with its SHA-256), the
seller's details, a timeline, the saved check report and cost breakdown, and where to report.

:func:`gather_pack` decrypts the order's files into ``folder/files`` (an explicit export the
user asked for) and checks each copy's SHA-256 against the one recorded when it was added;
:func:`pack_html` renders the contents, in the language of ``translate``, for the PDF.
"""

from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.complaint.channels import channels_for
from desktop.text import N_, Message, Translate, render

__all__ = ["PackContents", "PackFile", "discard_pack", "gather_pack", "pack_html"]

_SELLER_AND_ORDER = N_("Complaint", "Seller and order")
_TIMELINE = N_("Complaint", "Timeline")
_FILES = N_("Complaint", "Files")
_FILE = N_("Complaint", "File")
_SIZE = N_("Complaint", "Size")
_WHERE_TO_REPORT = N_("Complaint", "Where to report")
_NOT_VERIFIED = N_("Complaint", "not verified")
_ANSWERS = {"yes": N_("Complaint", "True"), "no": N_("Complaint", "Not true"),
            "not_sure": N_("Complaint", "Not sure")}


@dataclass(frozen=True)
class PackFile:
    """An exported original: its name in the pack, kind, size and SHA-256 (of the copy).
    ``verified`` is True when that SHA-256 equals the one recorded in the archive when the file
    was added, False when the archive recorded none (the copy could not be checked)."""

    name: str
    kind: str
    size: int
    sha256: str
    added: str
    verified: bool


@dataclass(frozen=True)
class PackContents:
    """Everything the PDF says about the order."""

    order: Any
    notes: tuple[Any, ...]
    reports: tuple[Any, ...]
    files: tuple[PackFile, ...]


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _free_name(folder: Path, name: str) -> Path:
    safe = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", name).strip(" .") or "file"
    target, counter = folder / safe, 1
    while target.exists():
        counter += 1
        stem, dot, suffix = safe.rpartition(".")
        target = folder / (f"{stem}-{counter}.{suffix}" if dot and stem else f"{safe}-{counter}")
    return target


def gather_pack(session: Any, order_id: str, folder: Path, token: Any = None) -> PackContents:
    """Export the order's files into ``folder/files`` and collect the rest. A file whose
    archive record has no SHA-256 is exported with ``verified=False``. Raises OSError, the
    archive's errors (ItemNotFound, DamagedFile), or ValueError when a copy's SHA-256 differs
    from the recorded one. On any error, and on :class:`desktop.errors.Cancelled` from
    ``token`` (a :class:`desktop.cancel.CancelToken`, checked before each file), every file this
    call exported is removed first (and the folders it made, when empty), so no decrypted copy
    is left behind."""
    order = session.order(order_id)
    files_dir = folder / "files"
    files_dir.mkdir(parents=True, exist_ok=True)
    files = []
    exported: list[Path] = []
    try:
        for attachment in session.attachments(order_id):
            if token is not None:
                token.raise_if_cancelled()
            target = _free_name(files_dir, attachment.name)
            exported.append(target)
            session.export(attachment.id, target)
            digest = _sha256(target)
            if attachment.sha256 and digest != attachment.sha256:
                raise ValueError(f"exported copy of {attachment.id} does not match its SHA-256")
            files.append(PackFile(target.name, attachment.kind, attachment.size, digest,
                                  attachment.added, verified=bool(attachment.sha256)))
        sums = "".join(f"{f.sha256}  files/{f.name}\n" for f in files)
        (folder / "SHA256SUMS.txt").write_text(sums, encoding="utf-8")
    except BaseException:
        for path in exported:
            path.unlink(missing_ok=True)
        for made in (files_dir, folder):
            try:
                made.rmdir()  # only when empty
            except OSError:
                pass
        raise
    if token is not None:  # cancelled while the last file was exported: take it back too
        try:
            token.raise_if_cancelled()
        except BaseException:
            discard_pack(folder)
            raise
    return PackContents(order, tuple(session.notes(order_id)), tuple(session.reports(order_id)),
                        tuple(files))


def discard_pack(folder: Path) -> None:
    """Remove a pack :func:`gather_pack` made in the new folder ``folder`` (its exported files,
    SHA256SUMS.txt, the PDF) and the folder when that leaves it empty. Never raises for a file
    already gone; other files the user put there stay."""
    files_dir = folder / "files"
    if files_dir.is_dir():
        for path in files_dir.iterdir():
            if path.is_file():
                path.unlink(missing_ok=True)
    for name in ("SHA256SUMS.txt", "complaint-pack.pdf"):
        (folder / name).unlink(missing_ok=True)
    for made in (files_dir, folder):
        try:
            made.rmdir()
        except OSError:
            pass


def pack_html(contents: PackContents, country: str, translate: Translate | None,
              made_at: str, status: str = "") -> str:
    """The pack as a complete HTML page (for QTextDocument), in the language of
    ``translate``; ``status`` is the order's status in words (else its code is shown).
    Every value from the archive is escaped."""
    e = html.escape
    o = contents.order

    def t(message: Any) -> str:
        return e(message.render(translate))

    title = t(N_("Complaint", "Complaint pack"))
    if all(f.verified for f in contents.files):
        intro = t(N_("Complaint", "The original files are in the folder “files” next to this PDF; their SHA-256 fingerprints below show they were not changed."))
    else:  # no fingerprint was recorded for some: say so instead of vouching for them
        intro = t(N_("Complaint", "The original files are in the folder “files” next to this PDF; their SHA-256 fingerprints are below. Files marked “not verified” had no fingerprint recorded in the archive, so it cannot be shown that they were not changed."))
    made = t(N_("Complaint", "Made by ShopSafe on {when}.").format(when=made_at))
    out = [f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>",
           f"<h1>{title}: {e(o.title or o.seller or o.id)}</h1>",
           f"<p>{made} {intro}</p>",
           f"<h2>{t(_SELLER_AND_ORDER)}</h2><table cellpadding='2'>"]
    fields = ((N_("Complaint", "Order"), o.title), (N_("Complaint", "Seller"), o.seller),
              (N_("Complaint", "Link"), o.link), (N_("Complaint", "Date"), o.date),
              (N_("Complaint", "Total"), o.total),
              (N_("Complaint", "Status"), status or o.status))
    for label, value in fields:
        if value:
            out.append(f"<tr><th align='left'>{t(label)}</th><td>{e(value)}</td></tr>")
    out.append("</table>")

    events = [(o.created, N_("Complaint", "Order recorded").render(translate))]
    events += [(n.added, N_("Complaint", "Note: {text}").format(text=n.text).render(translate))
               for n in contents.notes]
    events += [(f.added, N_("Complaint", "File added: {name}").format(name=f.name).render(translate))
               for f in contents.files]
    events += [(r.added, N_("Complaint", "Saved: {title}").format(title=r.title or r.kind).render(translate))
               for r in contents.reports]
    out.append(f"<h2>{t(_TIMELINE)}</h2><ul>")
    out += [f"<li>{e(when[:16].replace('T', ' '))} — {e(what)}</li>" for when, what in sorted(events, key=lambda ev: ev[0])]
    out.append("</ul>")

    for kind, heading in (("check", N_("Complaint", "Check report")),
                          ("costs", N_("Complaint", "Cost breakdown"))):
        for report in (r for r in contents.reports if r.kind == kind):
            out.append(f"<h2>{t(heading)}</h2><p><b>{e(report.title)}</b> — {e(report.summary)}</p>")
            answers = [a for a in (report.data.get("self_check") or {}).get("answers") or ()
                       if isinstance(a, dict) and a.get("answer")]
            items = []
            for answer in answers:
                said = _ANSWERS.get(str(answer["answer"]))
                said_text = said.render(translate) if said else str(answer["answer"])
                items.append(f"<li>{e(str(answer.get('question') or answer.get('id')))}: {e(said_text)}</li>")
            if items:
                out.append("<ul>" + "".join(items) + "</ul>")
            for line in report.data.get("lines") or ():
                amount = line.get("shown") or line.get("amount")
                # Saved in English; the Costs page's own translation when there is one.
                label = Message("Costs", str(line.get("label"))).render(translate)
                out.append(f"<div>{e(label)}: {e(str(amount))}</div>")

    out.append(f"<h2>{t(_FILES)}</h2>"
               "<table border='1' cellspacing='0' cellpadding='3'>")
    out.append(f"<tr><th>{t(_FILE)}</th><th>{t(_SIZE)}</th>"
               "<th>SHA-256</th></tr>")
    for f in contents.files:
        unverified = "" if f.verified else f" <b>({t(_NOT_VERIFIED)})</b>"
        out.append(f"<tr><td>{e(f.name)}</td><td>{f.size}</td>"
                   f"<td><tt>{f.sha256}</tt>{unverified}</td></tr>")
    out.append("</table>")

    out.append(f"<h2>{t(_WHERE_TO_REPORT)}</h2>")
    bring = t(N_("Complaint", "What to bring:"))
    for channel in channels_for(country):
        contact = f" — {e(channel.contact)}" if channel.contact else ""
        out.append(f"<h3>{e(render(channel.name, translate) or '')}{contact}</h3>")
        out.append(f"<p>{t(channel.purpose)}<br/><i>{bring}</i> {t(channel.asks)}</p>")
    out.append("</body></html>")
    return "\n".join(out)
