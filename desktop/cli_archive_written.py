"""Who wrote it, in ``shopsafe archive show`` (issue 12): the order's author, each note and
saved report with theirs, and the refused changes about the order, marked untrusted."""

from __future__ import annotations

from typing import Any

from desktop.cli_archive_text import _t
from desktop.text import N_

__all__ = ["UNTRUSTED_WHY", "print_written", "written_json"]

#: Why a record was refused, as :attr:`desktop.archive.Untrusted.why` says.
UNTRUSTED_WHY = {
    "signature": N_("ArchiveCli", "its signature does not match {name}'s key, so someone else "
                                  "wrote it in their name"),
    "unknown": N_("ArchiveCli", "it is signed by someone who is not a member of this archive"),
    "removed": N_("ArchiveCli", "{name} had already been removed when it was written"),
    "unsigned": N_("ArchiveCli", "it is not signed, and this archive requires signatures"),
}


def _who(name: str, member: str) -> str:
    return name or (_t(N_("ArchiveCli", "an unknown member ({member})")).format(member=member)
                    if member else _t(N_("ArchiveCli", "an unknown member")))


def written_json(session: Any, order: Any) -> dict[str, Any]:
    """Who wrote the order, its notes and reports, and the refused changes about it."""
    names = session.member_names()

    def who(item_id: str) -> dict[str, str]:
        w = session.written(item_id, names)
        return {"by": w.by, "name": w.name, "at": w.at, "edited_by": w.edited_by,
                "edited_name": w.edited_name, "edited_at": w.edited_at}

    return {
        # "notes" is the order's own notes field (archive list --json): these are the dated ones
        "written": who(order.id),
        "note_items": [{"id": n.id, "text": n.text, **who(n.id)} for n in session.notes(order.id)],
        "reports": [{"id": r.id, "kind": r.kind, "title": r.title, **who(r.id)}
                    for r in session.reports(order.id)],
        "untrusted": [{"path": u.path, "claimed_by": u.claimed_by, "claimed_name": u.claimed_name,
                       "at": u.at, "why": u.why, "texts": list(u.texts), "deletes": u.deletes}
                      for u in session.untrusted() if order.id in u.orders],
    }


def print_written(session: Any, order: Any) -> None:
    """The order's author, its notes and saved reports with theirs, then every refused
    change about it, marked untrusted (never mixed with the family's own words)."""
    from desktop.localtime import local_stamp

    names = session.member_names()
    w = session.written(order.id, names)
    line = _t(N_("ArchiveCli", "    added by {name}, {when}")).format(
        name=_who(w.name, w.by), when=local_stamp(w.at))
    if w.edited_at:
        line += _t(N_("ArchiveCli", "; last changed by {name}, {when}")).format(
            name=_who(w.edited_name, w.edited_by), when=local_stamp(w.edited_at))
    print(line)
    for note in session.notes(order.id):
        by = session.written(note.id, names)
        print(_t(N_("ArchiveCli", "    note ({date}, {name}): {text}")).format(
            date=note.added[:10], name=_who(by.name, by.by), text=note.text))
    for report in session.reports(order.id):
        by = session.written(report.id, names)
        label = (_t(N_("ArchiveCli", "check report")) if report.kind == "check"
                 else _t(N_("ArchiveCli", "cost breakdown")))
        print(f"    {label} ({report.added[:10]}, {_who(by.name, by.by)}): "
              f"{report.title} {report.summary}".rstrip())
    for refused in session.untrusted():
        if order.id not in refused.orders:
            continue
        name = _who(refused.claimed_name, refused.claimed_by)
        why = _t(UNTRUSTED_WHY.get(refused.why, UNTRUSTED_WHY["unknown"])).format(name=name)
        print(_t(N_("ArchiveCli", "    UNTRUSTED: a change claiming to be from {name} ({when}) "
                                  "was refused: {why}. It is not part of the order shown above."))
              .format(name=name, when=local_stamp(refused.at), why=why))
        if refused.texts:
            print(_t(N_("ArchiveCli", "      it said: {words}")).format(
                words=" / ".join(refused.texts)))
        if refused.deletes:
            print(_t(N_("ArchiveCli", "      it tried to delete it")))
