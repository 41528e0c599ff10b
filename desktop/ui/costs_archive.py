"""Cost breakdowns in the encrypted archive: saving one from the Costs page, and moving the old
hidden JSON folder (``data_dir()/costs/breakdowns``) into the archive once.

:class:`ChooseOrderDialog` lets the buyer pick the order a breakdown belongs to, or a new one.
:func:`save_breakdown_into` and :func:`migrate_breakdowns` run on the archive's writer thread
(through :class:`~desktop.ui.archive_ops.ArchiveWriter`) and use only the archive facade.
A migrated file is deleted only after its breakdown was read back from the archive unchanged,
so a failure never loses one; unreadable files stay where they are and are counted.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

__all__ = ["ChooseOrderDialog", "Migrated", "breakdown_title", "migrate_breakdowns",
           "save_breakdown_into"]

log = logging.getLogger(__name__)

_FORMAT = "shopsafe-cost-breakdown"
_STAMP = re.compile(r"^(\d{4})(\d{2})(\d{2})T")


def breakdown_title(document: dict[str, Any]) -> tuple[str, str]:
    """(title, summary) for lists: the offer's name and its total with currency."""
    offer = document.get("offer") or {}
    total = document.get("total") or {}
    return str(offer.get("name") or ""), f"{total.get('amount', '')} {total.get('currency', '')}".strip()


def save_breakdown_into(session: Any, order_id: str | None, new_title: str,
                        document: dict[str, Any]) -> str:
    """Writer thread: keep ``document`` (:func:`desktop.costs.storage.breakdown_to_json`) with
    ``order_id``, or with a new order titled ``new_title`` when ``order_id`` is None; returns
    the order id. Raises what the session raises."""
    if order_id is None:
        order_id = session.add_order(title=new_title, total=breakdown_title(document)[1])
    title, summary = breakdown_title(document)
    session.add_cost_breakdown(order_id, document, title=title, summary=summary)
    return order_id


@dataclass(frozen=True)
class Migrated:
    """What :func:`migrate_breakdowns` did: files moved in, files left (unreadable), the order."""

    moved: int
    left: int
    order_id: str | None


def migrate_breakdowns(session: Any, folder: Path, order_title: str) -> Migrated:
    """Writer thread: every breakdown file of ``folder`` into one new order ``order_title``.

    Each file is deleted once its breakdown reads back from the archive unchanged; the folder
    is removed when it ends up empty, so the next unlock has nothing to do. Files that are not
    readable breakdowns stay (``left``). Nothing happens without the folder."""
    if not folder.is_dir():
        return Migrated(0, 0, None)
    files = sorted(folder.glob("*.json"))
    documents: list[tuple[Path, dict[str, Any]]] = []
    left = 0
    for path in files:
        try:
            # Amounts are strings already; any other fraction becomes one (records hold no floats).
            document = json.loads(path.read_text(encoding="utf-8"), parse_float=str)
        except (OSError, ValueError) as error:
            log.warning("breakdown file %s not migrated: %s", path.name, type(error).__name__)
            left += 1
            continue
        if not isinstance(document, dict) or document.get("format") != _FORMAT:
            log.warning("breakdown file %s not migrated: not a breakdown", path.name)
            left += 1
            continue
        documents.append((path, document))
    order_id = None
    moved = 0
    if documents:
        first = _STAMP.match(documents[0][0].name)
        date = "-".join(first.groups()) if first else ""
        order_id = session.add_order(title=order_title, date=date, tags=("costs",))
        for path, document in documents:
            title, summary = breakdown_title(document)
            report_id = session.add_cost_breakdown(order_id, document, title=title,
                                                   summary=summary)
            kept = {r.id: r for r in session.reports(order_id)}.get(report_id)
            if kept is None or kept.data != document:
                log.warning("breakdown file %s kept: the archive copy differs", path.name)
                left += 1
                continue
            path.unlink()
            moved += 1
    try:
        folder.rmdir()  # only when empty: what could not be moved stays visible
    except OSError:
        pass
    return Migrated(moved, left, order_id)


class ChooseOrderDialog(QDialog):
    """Pick an order (newest first) or "New order" with a title. ``choice()`` → (id or None,
    new title)."""

    def __init__(self, orders: list[Any], suggested_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save the breakdown to the archive"))
        self.combo = QComboBox(self)
        self.combo.setObjectName("orderChoice")
        self.combo.addItem(self.tr("A new order"), None)
        for order in sorted((o for o in orders if not o.deleted),
                            key=lambda o: (o.updated, o.id), reverse=True):
            label = " · ".join(p for p in (order.date, order.title, order.seller) if p)
            self.combo.addItem(label or order.id, order.id)
        self.title = QLineEdit(suggested_title, self)
        self.title.setObjectName("newOrderTitle")
        self.title_label = QLabel(self.tr("&Title of the new order:"), self)
        self.title_label.setBuddy(self.title)
        order_label = QLabel(self.tr("&Order:"), self)
        order_label.setBuddy(self.combo)
        form = QFormLayout()
        form.addRow(order_label, self.combo)
        form.addRow(self.title_label, self.title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.combo.currentIndexChanged.connect(self._on_combo_changed)
        self.setWindowModality(Qt.WindowModality.WindowModal)

    def _on_combo_changed(self, _index: int) -> None:
        new = self.combo.currentData() is None
        self.title.setEnabled(new)
        self.title_label.setEnabled(new)

    def choice(self) -> tuple[str | None, str]:
        return self.combo.currentData(), self.title.text().strip()
