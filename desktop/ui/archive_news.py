"""Who wrote it, in the window: the news panel shown first after unlocking ("Budi wrote a note
on Kamera 2 hours ago") and the lines the order detail shows about authors and refused
changes.

The page runs :func:`load_family` on a worker after unlocking (it reads member files and the
refused records again); the panel and the detail only format what it returned.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.text import N_, Message

__all__ = ["Family", "NewsPanel", "describe_order", "load_family"]

NEWS = {
    "scam": N_("ArchiveNews", "{name} marked {title} as a scam {when}"),
    "order": N_("ArchiveNews", "{name} added the order {title} {when}"),
    "note": N_("ArchiveNews", "{name} wrote on {title} {when}: {text}"),
    "report": N_("ArchiveNews", "{name} saved a check report for {title} {when}"),
    "cost": N_("ArchiveNews", "{name} saved a cost breakdown for {title} {when}"),
}
WHY = {
    "signature": N_("ArchiveNews", "its signature is not {name}'s: someone else wrote it in "
                                   "their name"),
    "unknown": N_("ArchiveNews", "it is signed by someone who is not a member"),
    "removed": N_("ArchiveNews", "{name} had already been removed when it was written"),
    "unsigned": N_("ArchiveNews", "it is not signed"),
}

STRANGER = N_("ArchiveNews", "someone not in the family")
UNKNOWN = N_("ArchiveNews", "an unknown member")
FAMILY_MEMBER = N_("ArchiveNews", "a family member")
ADDED = N_("ArchiveNews", "Added by {name} {when}")
CHANGED = N_("ArchiveNews", "last changed by {name} {when}")
REFUSED = N_("ArchiveNews", "Untrusted change, not applied: it claims to be from {name} "
                            "({when}), but {why}.")
SAID = N_("ArchiveNews", "It said: “{words}”")
DELETES = N_("ArchiveNews", "It tried to delete this order.")


def _tr(message: Message) -> str:
    return message.render(QCoreApplication.translate)


def _locale() -> str:
    from desktop.i18n import current_language

    return current_language() or "en"


@dataclass(frozen=True)
class Family:
    """What the window knows about the family after unlocking: member names, refused
    records (:class:`desktop.archive.Untrusted`) and the news of this visit."""

    names: dict[str, str] = field(default_factory=dict)
    untrusted: tuple[Any, ...] = ()
    news: Any = None


def load_family(session: Any, data_dir: Any = None) -> Family:
    """Worker thread: names, refused records, and the news since the last visit (which
    moves this member's marker)."""
    return Family(session.member_names(), tuple(session.untrusted()),
                  session.take_news(data_dir))


def _who(names: dict[str, str], member: str) -> str:
    # Everything merged was signed by a member on the roster: a name missing here is one not
    # read yet (a member let in since unlocking), never a stranger.
    return names.get(member) or _tr(FAMILY_MEMBER if member else UNKNOWN)

def _when(at: str) -> str:
    from desktop.archive import relative_when

    return relative_when(at, locale=_locale())


@dataclass(frozen=True)
class OrderText:
    written: str
    notes: str
    untrusted: str


def describe_order(session: Any, order: Any, family: Family) -> OrderText:
    """The author line, the notes with their authors, and the refused changes about
    ``order`` (each one untrusted, with what it claimed)."""
    names = family.names
    w = session.written(order.id, names)
    written = _tr(ADDED).format(name=_who(names, w.by), when=_when(w.at))
    if w.edited_at:
        written += " · " + _tr(CHANGED).format(name=_who(names, w.edited_by),
                                               when=_when(w.edited_at))
    notes = []
    for note in session.notes(order.id):
        by = session.written(note.id, names)
        notes.append(f"{note.added[:10]}  {_who(names, by.by)}: {note.text}")
    refused = []
    for record in family.untrusted:
        if order.id not in record.orders:
            continue
        name = record.claimed_name or _tr(STRANGER)
        why = _tr(WHY.get(record.why, WHY["unknown"])).format(name=name)
        line = _tr(REFUSED).format(name=name, when=_when(record.at), why=why)
        if record.texts:
            line += " " + _tr(SAID).format(words=" / ".join(record.texts))
        if record.deletes:
            line += " " + _tr(DELETES)
        refused.append(line)
    return OrderText(written, "\n".join(notes), "\n".join(refused))

# News lines listed; the rest are counted.
MAX_SHOWN = 50


class NewsPanel(QFrame):
    """Shown first after unlocking when other members wrote something since the last visit;
    activating a line emits ``order_chosen``."""

    order_chosen = Signal(str)
    seller_chosen = Signal(str)  # a scam mark's line: the seller, on the Sellers page

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.title.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("News from your family"))
        self.refused = QLabel()
        self.refused.setWordWrap(True)
        self.dismiss = QPushButton()
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.dismiss)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.list)
        layout.addWidget(self.refused)
        self.dismiss.clicked.connect(self.hide)
        self.list.itemActivated.connect(self._on_list_item_activated)
        self.family = Family()
        self.setVisible(False)
        self.retranslate()

    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        order = item.data(Qt.ItemDataRole.UserRole)
        seller = item.data(Qt.ItemDataRole.UserRole + 1)
        if order:
            self.order_chosen.emit(order)
        elif seller:
            self.seller_chosen.emit(seller)

    def show_family(self, family: Family) -> None:
        self.family = family
        self.retranslate()
        news = family.news.items if family.news is not None else ()
        self.setVisible(bool(news) or bool(family.untrusted))

    def clear(self) -> None:
        self.family = Family()
        self.list.clear()
        self.refused.clear()
        self.setVisible(False)

    def retranslate(self) -> None:
        self.dismiss.setText(self.tr("Dismiss"))
        family = self.family
        news = family.news.items if family.news is not None else ()
        since = family.news.since if family.news is not None else ""
        if since:
            self.title.setText(self.tr("New from your family since your last visit ({when})")
                               .format(when=_when(since)))
        else:
            self.title.setText(self.tr("New from your family"))
        self.list.clear()
        for item in news[:MAX_SHOWN]:  # most urgent first; a long absence stays readable
            template = NEWS.get(item.kind, NEWS["order"]).render(QCoreApplication.translate)
            text = template.format(name=item.name or self.tr("a member"), title=item.title or "—",
                                   when=_when(item.at), text=item.text)
            if item.kind == "scam" and item.text:
                text += ": " + item.text  # the reason they gave
            row = QListWidgetItem(text)
            row.setData(Qt.ItemDataRole.UserRole, item.order)
            if item.kind == "scam":
                row.setData(Qt.ItemDataRole.UserRole + 1, item.item)
            row.setToolTip(text)
            if item.kind == "scam":  # the warning itself: first, and it looks like one
                font = row.font()
                font.setBold(True)
                row.setFont(font)
                row.setForeground(QColor("#b00020"))
            self.list.addItem(row)
        if len(news) > MAX_SHOWN:
            hidden = len(news) - MAX_SHOWN
            rest = QCoreApplication.translate("ArchiveNews", "…and %n more", "", hidden)
            more = QListWidgetItem(rest)
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(more)
        self.list.setVisible(bool(news))
        line = self.list.fontMetrics().height() + 6
        self.list.setMaximumHeight(min(len(news), 5) * line + 8)
        count = len(family.untrusted)
        self.refused.setText(QCoreApplication.translate(
            "ArchiveNews", "%n change(s) were refused because no member allowed to write them "
            "signed them; the orders they concern say so.", "", count) if count else "")
        self.refused.setVisible(bool(count))
