"""The one door into the archive: an unlocked :class:`Session` over orders and their evidence.

::

    from desktop.archive import create_archive, open_archive

    session = open_archive(folder, passphrase)
    order = session.add_order(title="Sepatu", seller="Toko Maju", total="Rp 250.000")
    session.add_file(order, Path("receipt.pdf"))
    session.add_bytes(order, png, "screenshot.png")
    for row in session.search("toko"):          # Order rows, best first
        print(row.title, [a.name for a in session.attachments(row.id)])
    session.lock()

Rows (:class:`Order`, :class:`Attachment`, :class:`Note`, :class:`SavedReport`) are immutable
snapshots: a view may keep them while the session changes. Every write is durable when it
returns. Writes made inside ``with session.recording() as changes:`` are listed in ``changes``
so a view knows what to refresh (the window's one writer thread uses this). Thread-safe.
"""

from __future__ import annotations

import contextlib
import io
import mimetypes
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from desktop.archive.crypto import KdfParams
from desktop.archive.merge import Item
from desktop.archive.store import Archive
from desktop.archive.verify import VerifyReport
from desktop.text import N_, Message

__all__ = [
    "ATTACHMENT_KINDS",
    "ORDER_STATUSES",
    "Attachment",
    "Changes",
    "Damage",
    "Note",
    "Order",
    "SavedReport",
    "Session",
    "VerifyResult",
    "guess_kind",
    "guess_mime",
]

#: Order statuses, in the order a purchase goes through them, with their labels.
ORDER_STATUSES: tuple[tuple[str, Message], ...] = (
    ("open", N_("ArchiveStatus", "Open")),
    ("paid", N_("ArchiveStatus", "Paid")),
    ("shipped", N_("ArchiveStatus", "Shipped")),
    ("received", N_("ArchiveStatus", "Received")),
    ("problem", N_("ArchiveStatus", "Problem")),
    ("refunded", N_("ArchiveStatus", "Refunded")),
    ("closed", N_("ArchiveStatus", "Closed")),
)
#: What an attachment is, guessed from its name and type when added.
ATTACHMENT_KINDS: tuple[tuple[str, Message], ...] = (
    ("receipt", N_("ArchiveKind", "Receipt")),
    ("screenshot", N_("ArchiveKind", "Screenshot")),
    ("email", N_("ArchiveKind", "E-mail")),
    ("snapshot", N_("ArchiveKind", "Page snapshot")),
    ("document", N_("ArchiveKind", "Document")),
)
_ORDER_FIELDS = frozenset({"title", "seller", "link", "date", "total", "status", "notes"})


def guess_kind(name: str, mime: str) -> str:
    """``screenshot`` for images, ``email`` for .eml, ``receipt`` for PDFs, else ``document``."""
    if mime.startswith("image/"):
        return "screenshot"
    if mime == "message/rfc822" or name.lower().endswith(".eml"):
        return "email"
    if mime == "application/pdf":
        return "receipt"
    return "document"


def guess_mime(name: str) -> str:
    """The media type of a file name (``message/rfc822`` for .eml), else octet-stream."""
    if name.lower().endswith(".eml"):
        return "message/rfc822"
    return mimetypes.guess_type(name)[0] or "application/octet-stream"


@dataclass(frozen=True)
class Order:
    """One purchase as a list row shows it. ``date`` is ISO (YYYY-MM-DD) or empty; ``total``
    is the text the buyer typed (money is never a float)."""

    id: str
    title: str
    seller: str
    link: str
    date: str
    total: str
    status: str
    notes: str
    tags: tuple[str, ...]
    attachments: tuple[str, ...]
    needs_review: bool
    deleted: bool
    created: str
    updated: str

    @property
    def file_count(self) -> int:
        return len(self.attachments)


@dataclass(frozen=True)
class Attachment:
    """One stored file. ``sha256`` is of the plaintext; ``added`` an ISO time."""

    id: str
    order: str
    name: str
    mime: str
    kind: str
    size: int
    sha256: str
    added: str


@dataclass(frozen=True)
class Note:
    """A dated note on an order."""

    id: str
    order: str
    text: str
    added: str


@dataclass(frozen=True)
class SavedReport:
    """A saved check report (``kind`` "check") or cost breakdown (``kind`` "costs").

    ``data`` is the JSON document the Check or Costs page saved; ``title`` and ``summary``
    are short texts for lists."""

    id: str
    order: str
    kind: str
    title: str
    summary: str
    data: dict[str, Any]
    added: str


@dataclass(frozen=True)
class Changes:
    """What a group of writes touched: item ids by kind (order, attachment, note, report)."""

    orders: frozenset[str] = frozenset()
    attachments: frozenset[str] = frozenset()
    other: frozenset[str] = frozenset()
    locked: bool = False

    def __bool__(self) -> bool:
        return bool(self.orders or self.attachments or self.other or self.locked)


@dataclass(frozen=True)
class Damage:
    """A damaged file, with the order and file name it belongs to when the journal says."""

    path: str
    reason: Message | str
    detail: str = ""
    order_id: str = ""
    order_title: str = ""
    file_name: str = ""


@dataclass(frozen=True)
class VerifyResult:
    """What :meth:`Session.verify` found: ``ok`` only when no file is damaged."""

    checked: int
    damaged: tuple[Damage, ...] = field(default=())
    notes: tuple[Damage, ...] = field(default=())  # orphan blobs, foreign files: not damage
    missing: bool = False  # some damage is records gone missing (say what can be recovered)

    @property
    def ok(self) -> bool:
        return not self.damaged


class _Recorder:
    def __init__(self) -> None:
        self.ids: dict[str, set[str]] = {"order": set(), "attachment": set(), "other": set()}
        self.locked = False

    def freeze(self) -> Changes:
        return Changes(frozenset(self.ids["order"]), frozenset(self.ids["attachment"]),
                       frozenset(self.ids["other"]), self.locked)


class Session:
    """An unlocked archive. Made by :func:`desktop.archive.open_archive` or
    :func:`~desktop.archive.create_archive`; every method raises ArchiveLocked after
    :meth:`lock`."""

    def __init__(self, archive: Archive, folder: Path) -> None:
        self._archive = archive
        self.folder = folder
        self._recorders = threading.local()
        self._book_lock = threading.Lock()

    # -- state ---------------------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        """True once :meth:`lock` ran (or the store locked)."""
        return self._archive.locked

    @property
    def archive_id(self) -> str:
        """The archive's random id (not secret)."""
        return self._archive.archive_id

    @property
    def member(self) -> str:
        """This user's member id; raises ArchiveLocked."""
        return self._archive.member

    @property
    def problems(self) -> list[Any]:
        """Files found damaged while unlocking (skipped, never deleted)."""
        return list(self._archive.problems)

    def lock(self) -> None:
        """Forget keys, decrypted state and the search index. Idempotent."""
        self._archive.lock()
        self._touch("lock", "")

    @contextlib.contextmanager
    def recording(self) -> Iterator[_Recorder]:
        """Collect the ids written by this thread inside the block; ``.freeze()`` → Changes."""
        recorder = _Recorder()
        stack = self._recorders.__dict__.setdefault("stack", [])
        stack.append(recorder)
        try:
            yield recorder
        finally:
            stack.remove(recorder)

    def _touch(self, kind: str, item_id: str) -> None:
        for recorder in getattr(self._recorders, "stack", ()):
            if kind == "lock":
                recorder.locked = True
            else:
                recorder.ids[kind if kind in ("order", "attachment") else "other"].add(item_id)

    # -- reading -------------------------------------------------------------------------------

    def orders(self, include_deleted: bool = False) -> list[Order]:
        """Every order, oldest id first."""
        return [_order(i) for i in self._archive.items("order", include_deleted)]

    def order(self, order_id: str) -> Order:
        """Raises ItemNotFound (also when ``order_id`` is not an order)."""
        return _order(self._get(order_id, "order"))

    def attachments(self, order_id: str) -> list[Attachment]:
        """The order's files, oldest first (same second: by name)."""
        found = []
        for attachment_id in self.order(order_id).attachments:
            with contextlib.suppress(Exception):
                found.append(self.attachment(attachment_id))
        return sorted(found, key=lambda a: (a.added, a.name.casefold(), a.id))

    def attachment(self, attachment_id: str) -> Attachment:
        """Raises ItemNotFound (also when ``attachment_id`` is not a file)."""
        return _attachment(self._get(attachment_id, "attachment"))

    def notes(self, order_id: str) -> list[Note]:
        """The order's notes, oldest first."""
        return sorted((Note(i.id, order_id, str(i.fields.get("text", "")), i.created)
                       for i in self._children("note", order_id)), key=lambda n: n.added)

    def reports(self, order_id: str) -> list[SavedReport]:
        """Saved check reports and cost breakdowns of the order, oldest first."""
        found = [_report(i) for t in ("report", "cost") for i in self._children(t, order_id)]
        return sorted(found, key=lambda r: r.added)

    def search(self, text: str, limit: int = 500) -> list[Order]:
        """Orders whose own fields or tags, or whose files' names, notes or saved reports
        match every word of ``text`` (accents and case ignored), best first."""
        seen: dict[str, Order] = {}
        for item in self._archive.search(text, limit=limit * 4):
            order_id = item.id if item.type == "order" else item.fields.get("order")
            if not isinstance(order_id, str) or order_id in seen:
                continue
            with contextlib.suppress(Exception):
                order = self.order(order_id)
                if not order.deleted:
                    seen[order_id] = order
            if len(seen) >= limit:
                break
        return list(seen.values())

    def find_attachments(self, name_or_id: str) -> list[Attachment]:
        """Attachments whose id is ``name_or_id``, else whose file name is (case ignored)."""
        items = self._archive.items("attachment")
        exact = [_attachment(i) for i in items if i.id == name_or_id]
        if exact:
            return exact
        folded = name_or_id.casefold()
        return [_attachment(i) for i in items
                if str(i.fields.get("name", "")).casefold() == folded]

    def read_bytes(self, attachment_id: str, limit: int = 64 * 1024 * 1024) -> bytes:
        """The whole decrypted file in memory, for viewing. Raises ValueError past ``limit``,
        DamagedFile / TamperedFile, ItemNotFound."""
        return self._archive.read_bytes(attachment_id, limit)

    def export(self, attachment_id: str, target: Path | str, overwrite: bool = False) -> int:
        """Decrypt to ``target``, which appears only complete and authenticated. Returns the
        size. Raises FileExistsError, DamagedFile / TamperedFile, ItemNotFound, OSError."""
        return self._archive.export_attachment(attachment_id, target, overwrite)

    # -- writing -------------------------------------------------------------------------------

    def add_order(self, *, tags: Iterable[str] = (), **fields: str) -> str:
        """A new order with ``title``, ``seller``, ``link``, ``date``, ``total``, ``status``,
        ``notes`` (all text); returns its id. Raises ValueError for another field name."""
        values = _order_fields(fields)
        values.setdefault("status", "open")
        order = self._archive.put("order", **values)
        for tag in tags:
            self._archive.tag(order, tag)
        self._touch("order", order)
        return order

    def update_order(self, order_id: str, **fields: str) -> None:
        """Change some fields (last writer wins per field, across PCs). ItemNotFound."""
        self.order(order_id)
        self._archive.put("order", order_id, **_order_fields(fields))
        self._touch("order", order_id)

    def set_tags(self, order_id: str, tags: Iterable[str]) -> None:
        """Make the order's tags exactly ``tags`` (adds and removes only the difference)."""
        current = set(self.order(order_id).tags)
        wanted = {t.strip() for t in tags if t.strip()}
        for tag in sorted(wanted - current):
            self._archive.tag(order_id, tag)
        for tag in sorted(current - wanted):
            self._archive.untag(order_id, tag)
        self._touch("order", order_id)

    def delete_order(self, order_id: str) -> None:
        """Tombstone the order (kept in history; :meth:`restore_order` undoes it)."""
        self.order(order_id)
        self._archive.delete(order_id)
        self._touch("order", order_id)

    def restore_order(self, order_id: str) -> None:
        """Undo :meth:`delete_order`; raises ItemNotFound."""
        self._archive.restore(order_id)
        self._touch("order", order_id)

    def add_file(self, order_id: str, path: Path | str, *, name: str | None = None,
                 mime: str | None = None, kind: str | None = None, text: str = "") -> str:
        """Encrypt the file at ``path`` into the order; returns the attachment id.

        ``text`` (an e-mail's readable text, a page snapshot's words) is kept encrypted with
        the file's record and found by :meth:`search`. Streams whatever the size. Raises
        OSError (unreadable file, full disk: nothing is recorded), ItemNotFound."""
        name = name or Path(path).name
        with open(path, "rb") as handle:
            return self._add(order_id, handle, name, mime, kind, text)

    def add_bytes(self, order_id: str, data: bytes, name: str, *, mime: str | None = None,
                  kind: str | None = None, text: str = "") -> str:
        """Encrypt ``data`` (a pasted screenshot, an e-mail part, a page snapshot) into the
        order; ``text`` as in :meth:`add_file`."""
        return self._add(order_id, io.BytesIO(data), name, mime, kind, text)

    def _add(self, order_id: str, handle: BinaryIO, name: str, mime: str | None,
             kind: str | None, text: str) -> str:
        self.order(order_id)
        mime = mime or guess_mime(name)
        attachment = self._archive.add_attachment(handle, name=name, mime=mime, order=order_id,
                                                  kind=kind or guess_kind(name, mime),
                                                  fields={"text": text} if text else None)
        self._touch("attachment", attachment)
        self._touch("order", order_id)
        return attachment

    def remove_file(self, order_id: str, attachment_id: str) -> None:
        """Take the file out of the order (the encrypted copy stays in the archive)."""
        self._archive.detach_attachment(order_id, attachment_id)
        self._touch("order", order_id)

    def add_note(self, order_id: str, text: str) -> str:
        """A dated note on the order; returns its id."""
        self.order(order_id)
        note = self._archive.put("note", order=order_id, text=text)
        self._touch("other", note)
        self._touch("order", order_id)
        return note

    def add_check_report(self, order_id: str, report: dict[str, Any], *, title: str = "",
                         summary: str = "") -> str:
        """Keep a check report (the JSON the Check page exports, with the self-check answers)
        with the order; returns its id. Store the page snapshot with :meth:`add_bytes`
        (``kind="snapshot"``)."""
        return self._add_report("report", order_id, report, title, summary)

    def add_cost_breakdown(self, order_id: str, breakdown: dict[str, Any], *, title: str = "",
                           summary: str = "") -> str:
        """Keep a cost breakdown (the JSON the Costs page saves) with the order."""
        return self._add_report("cost", order_id, breakdown, title, summary)

    def _add_report(self, kind: str, order_id: str, data: dict[str, Any], title: str,
                    summary: str) -> str:
        self.order(order_id)
        item = self._archive.put(kind, order=order_id, title=title, summary=summary, data=data)
        self._touch("other", item)
        self._touch("order", order_id)
        return item

    # -- keys and checking ---------------------------------------------------------------------

    def new_recovery_key(self) -> str:
        """A new printable recovery key; earlier ones stop working."""
        return self._archive.create_recovery_key()

    def change_passphrase(self, new_passphrase: str, kdf: KdfParams | None = None) -> None:
        """A new passphrase slot for this member; the old passphrase stops working."""
        self._archive.change_passphrase(new_passphrase, kdf)

    def add_passphrase_identity(self, name: str, passphrase: str,
                                kdf: KdfParams | None = None) -> str:
        """After a recovery-key unlock: a member that opens with ``passphrase``."""
        return self._archive.add_passphrase_identity(name, passphrase, kdf)

    def members(self) -> list[tuple[Any, bool]]:
        """(member, has access) for every readable member file."""
        return self._archive.members()

    def grant(self, member: str, fingerprint: str) -> None:
        """Let ``member`` (who asked with request_membership) open the archive, once the
        ``fingerprint`` they read out matches their request (FingerprintMismatch otherwise)."""
        self._archive.grant(member, fingerprint)

    def rotate_key(self, remove: list[str] | tuple[str, ...] = ()) -> int:
        """A new archive key for every member on the roster except ``remove`` (revoked)."""
        return self._archive.rotate_key(remove)

    def upgrade(self) -> bool:
        """Upgrade a format-1 archive to format 2; False when it already is."""
        return self._archive.upgrade()

    def verify(self, progress: Any = None) -> VerifyResult:
        """Check every file; each damaged one named with its order and file name when the
        journal still says. Never raises for a damaged file."""
        report: VerifyReport = self._archive.verify(progress)
        by_blob = {}
        for item in self._archive.items("attachment", include_deleted=True):
            blob = item.fields.get("blob")
            if isinstance(blob, str):
                by_blob[blob] = item
        damaged: dict[str, Damage] = {}
        for problem in [*self._archive.problems, *report.problems]:
            stem = Path(problem.path).name.split(".")[0]
            item = by_blob.get(stem)
            order_id = order_title = file_name = ""
            if item is not None:
                file_name = str(item.fields.get("name", ""))
                order_id = str(item.fields.get("order", ""))
                with contextlib.suppress(Exception):
                    order_title = self.order(order_id).title
            damaged[problem.path] = Damage(problem.path, problem.reason, problem.detail,
                                           order_id, order_title, file_name)
        from desktop.archive.errors import MissingRecords

        missing = any(isinstance(p, MissingRecords)
                      for p in [*self._archive.problems, *report.problems])
        notes = tuple(Damage(n.path, n.reason, n.detail) for n in report.notes)
        return VerifyResult(report.checked, tuple(sorted(damaged.values(), key=lambda d: d.path)),
                            notes, missing)

    # -- sync: arrivals and concurrent edits (issue 12; desktop.archive.incoming, .conflicts) --

    def refresh(self) -> Changes:
        """Take in what a sync engine brought since unlocking (other PCs' records, a new roster
        or key generation) and say what it touched; writes nothing. Files not usable yet are
        in :attr:`problems` and tried again next time."""
        arrivals = self._archive.refresh()
        recorder = _Recorder()
        for item_id in sorted(arrivals.items):
            with contextlib.suppress(Exception):  # an id only a refused type used
                item = self._archive.get(item_id)
                kind = item.type if item.type in ("order", "attachment") else "other"
                recorder.ids[kind].add(item_id)
                self._touch(kind, item_id)
                parent = item.fields.get("order")
                if kind != "order" and isinstance(parent, str):
                    recorder.ids["order"].add(parent)
                    self._touch("order", parent)
        return recorder.freeze()

    def conflicts(self) -> list[Any]:
        """Fields edited concurrently on two PCs (:class:`desktop.archive.conflicts.Conflict`:
        every version with who wrote it and when; ``versions[0]`` is the one shown)."""
        from desktop.archive.conflicts import conflicts_of

        names: dict[str, str] = {}

        def name_of(member: str) -> str:
            if member not in names:
                names[member] = self._archive.name_of(member)
            return names[member]

        found = []
        for item in self._archive.items():
            if item.conflicts:
                found.extend(conflicts_of(item, self._archive.history(item.id), name_of))
        return found

    def resolve_conflict(self, conflict: Any, value: Any) -> None:
        """Settle ``conflict`` on ``value`` (one of its versions' values, or an edited one) with
        a signed record that replaces exactly the versions shown. Raises ItemNotFound,
        FormatError (a value the field cannot hold)."""
        from desktop.archive.conflicts import resolution_op

        item = self._archive.get(conflict.item)
        if item.type == "order" and conflict.field in _ORDER_FIELDS:
            value = str(value)
        self._archive.write_ops([resolution_op(conflict, value)])
        kind = item.type if item.type in ("order", "attachment") else "other"
        self._touch(kind, item.id)
        parent = item.fields.get("order")
        if kind != "order" and isinstance(parent, str):
            self._touch("order", parent)

    # -- family: members, who wrote it, news (issue 12; logic in family, provenance, news) -----

    def member_rows(self) -> list[Any]:
        """Every member with role and access (:class:`desktop.archive.family.MemberRow`)."""
        from desktop.archive.family import member_rows

        return member_rows(self._archive)

    def add_member_here(self, name: str, passphrase: str, kdf: KdfParams | None = None,
                        organiser: bool = False) -> str:
        """Someone at this PC joins with their own passphrase and gets access at once."""
        from desktop.archive.family import add_member_here

        return add_member_here(self._archive, name, passphrase, kdf, organiser)

    def set_organiser(self, member: str, organiser: bool = True) -> bool:
        """Make ``member`` an organiser (or a member again); founder or recovery key only."""
        from desktop.archive.family import set_organiser

        return set_organiser(self._archive, member, organiser)

    def check_invitation(self, invitation: Any) -> Any:
        """The member file behind an invitation code, checked against its fingerprint."""
        from desktop.archive.family import check_invitation

        return check_invitation(self._archive, invitation)

    def require_can_remove(self, members: Iterable[str] = ()) -> None:
        """Raise NotAnOrganiser / UpgradeNeeded / OnlyFounderRemovesOrganisers before asking
        to confirm removing ``members``."""
        from desktop.archive.family import require_can_remove

        require_can_remove(self._archive, tuple(members))

    def written(self, item_id: str, names: dict[str, str] | None = None) -> Any:
        """Who wrote ``item_id`` and when (:class:`desktop.archive.provenance.Written`)."""
        from desktop.archive.provenance import written

        return written(self._archive, item_id, names)

    def member_names(self) -> dict[str, str]:
        """Member id → name, for members whose file matches the roster."""
        from desktop.archive.provenance import member_names

        return member_names(self._archive)

    def untrusted(self) -> list[Any]:
        """Records refused while opening, with the orders they would have changed."""
        from desktop.archive.provenance import untrusted_records

        return untrusted_records(self._archive)

    def take_news(self, data_dir: Path | None = None) -> Any:
        """What others wrote since this member's last visit (then remembered as seen)."""
        from desktop.archive.news import take_news
        from desktop.paths import data_dir as default_data_dir

        # The data folder the archive was opened with keeps this PC's other memories of it.
        where = data_dir or getattr(self._archive, "_data_dir", None) or default_data_dir()
        return take_news(self._archive, where)

    # -- seller book (issue 12: desktop/archive/sellers.py, seller_cards.py) ---------------------

    @property
    def sellers(self) -> Any:
        """The family's :class:`~desktop.archive.sellers.SellerBook` (one per session)."""
        from desktop.archive.sellers import SellerBook

        with self._book_lock:
            book = self.__dict__.get("_seller_book")
            if book is None:
                book = self.__dict__["_seller_book"] = SellerBook(self._archive, self._touch)
            return book

    def seller_lookup(self, country: str = "ID") -> Any:
        """A :data:`~desktop.identity.match.SellerLookup` for ``run_check``: the book's lookup
        with ``country``; answers None once the archive is locked (never raises)."""
        book = self.sellers

        def lookup(keys: Any) -> Any:
            from desktop.archive.errors import ArchiveError

            try:
                return None if self.locked else book.lookup(keys, country)
            except ArchiveError:  # locked meanwhile: the check goes on without the book
                return None

        return lookup

    def export_seller_card(self, seller_id: str) -> bytes:
        """The seller's card signed by this member (:mod:`desktop.archive.seller_cards`)."""
        from desktop.archive.seller_cards import export_card

        return export_card(self._archive, self.sellers, seller_id)

    def read_seller_card(self, data: bytes | str) -> Any:
        """Check a card: CardCheck with the signer and whether they are of this family.
        Raises TamperedCard, InvalidCard."""
        from desktop.archive.seller_cards import read_card

        return read_card(data, self._archive)

    def import_seller_card(self, card: Any, country: str = "ID", translate: Any = None) -> str:
        """Add a checked card's seller (and verdict, as this member's mark) to the book."""
        from desktop.archive.seller_cards import import_card

        return import_card(self.sellers, card, country, translate)

    # -- read text of files and review (issue 16; logic in readtext.py and review.py) -------

    def reading(self, attachment_id: str) -> Any:
        """The stored :class:`~desktop.archive.readtext.Reading` of a file, or None (not read
        yet). Raises ItemNotFound."""
        from desktop.archive.readtext import reading_of

        return reading_of(self._get(attachment_id, "attachment").fields, attachment_id)

    def unread_files(self, order_id: str | None = None) -> list[Attachment]:
        """Files (of ``order_id``, or of every order) that hold text and were never read."""
        from desktop.archive.readtext import reading_of, unread_attachments

        items = [i for i in self._archive.items("attachment")
                 if order_id is None or i.fields.get("order") == order_id]
        live = {o.id for o in self.orders()}
        # A page snapshot kept with its words (the Check page's) is searchable already.
        items = [i for i in items if i.fields.get("order") in live
                 and not (i.fields.get("kind") == "snapshot" and i.fields.get("text"))]
        return unread_attachments([_attachment(i) for i in items],
                                  {i.id: reading_of(i.fields, i.id) for i in items})

    def store_reading(self, reading: Any) -> None:
        """Keep a file's reading (encrypted in a record, indexed for :meth:`search`)."""
        from desktop.archive.readtext import store_reading

        attachment = self.attachment(reading.attachment)
        store_reading(self._archive, reading)
        self._touch("attachment", attachment.id)
        self._touch("order", attachment.order)

    def read_files(self, attachments: list[Attachment], languages: Any, *, country: str,
                   cancelled: Any = None) -> Iterator[tuple[int, int, str, str]]:
        """Read and store each file in turn; see :func:`desktop.archive.readtext.read_all`."""
        from desktop.archive.readtext import read_all

        return read_all(self, attachments, languages, country=country, cancelled=cancelled)

    def review(self, order_id: str, *, country: str, now: Any = None) -> Any:
        """What the order's files say against it: :class:`~desktop.archive.review.OrderReview`
        (findings for the "needs review" list, suggestions for "Use these")."""
        from desktop.archive.errors import ArchiveError
        from desktop.archive.review import book_facts, review_order

        order = self.order(order_id)
        files = [(a, r) for a in self.attachments(order_id)
                 if (r := self.reading(a.id)) is not None]
        accounts, lookup = (), None
        if any(r.kind == "transfer" for _a, r in files):  # the book matters for proofs only
            try:  # the seller book's accounts of this seller, and its lookup of an account
                accounts, lookup = book_facts(self.sellers, order, country)
            except ArchiveError:
                pass
        return review_order(order, files, country=country, now=now,
                            notes=[n.text for n in self.notes(order_id)],
                            seller_accounts=accounts, account_lookup=lookup)

    # -- helpers -------------------------------------------------------------------------------

    def _get(self, item_id: str, type: str) -> Item:
        from desktop.archive.errors import ItemNotFound

        item = self._archive.get(item_id)
        if item.type != type:
            raise ItemNotFound(item_id)
        return item

    def _children(self, type: str, order_id: str) -> list[Item]:
        return [i for i in self._archive.items(type) if i.fields.get("order") == order_id]


def _text(fields: dict[str, Any], name: str) -> str:
    value = fields.get(name, "")
    return value if isinstance(value, str) else ""


def _order(item: Item) -> Order:
    f = item.fields
    return Order(item.id, _text(f, "title"), _text(f, "seller"), _text(f, "link"),
                 _text(f, "date"), _text(f, "total"), _text(f, "status") or "open",
                 _text(f, "notes"), tuple(item.tags), tuple(item.attachments),
                 item.needs_review, item.deleted, item.created, item.updated)


def _attachment(item: Item) -> Attachment:
    f = item.fields
    size = f.get("size")
    return Attachment(item.id, _text(f, "order"), _text(f, "name") or item.id,
                      _text(f, "mime") or "application/octet-stream", _text(f, "kind"),
                      size if isinstance(size, int) else 0, _text(f, "sha256"), item.created)


def _report(item: Item) -> SavedReport:
    f = item.fields
    data = f.get("data")
    return SavedReport(item.id, _text(f, "order"), "check" if item.type == "report" else "costs",
                       _text(f, "title"), _text(f, "summary"),
                       data if isinstance(data, dict) else {}, item.created)


def _order_fields(fields: dict[str, Any]) -> dict[str, str]:
    unknown = set(fields) - _ORDER_FIELDS
    if unknown:
        raise ValueError(f"not an order field: {sorted(unknown)}")
    return {k: str(v) for k, v in fields.items() if v is not None}
