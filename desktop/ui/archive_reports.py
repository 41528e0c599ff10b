"""Saved check reports and cost breakdowns, readable in the order detail.

A check report shows its verdict (in words), the reasons, what could not be checked, the
self-check answers with the verdict they led to, and when it was checked and saved; a cost
breakdown shows the offer, each line and the total. The words ShopSafe adds are translated into
the current language; the texts saved in the report stay in the language they were saved in.
Every value from the archive is escaped. Texts use the ``ArchiveDetail`` translation context.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Iterable
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QLocale

from desktop.checks.model import Level
from desktop.checks.summary import LEVEL_NAMES
from desktop.i18n import qt_translate
from desktop.localtime import local_stamp
from desktop.text import N_, Message

__all__ = ["reports_html"]

log = logging.getLogger(__name__)

_CHECK_REPORT = N_("ArchiveDetail", "Check report")
_CHECKED_WHEN = N_("ArchiveDetail", "Checked {when}")
_CONVERTED = N_("ArchiveDetail", "Converted")
_COST_BREAKDOWN = N_("ArchiveDetail", "Cost breakdown")
_NOT_CHECKED = N_("ArchiveDetail", "Not checked:")
_NOTHING_SAVED_YET = N_("ArchiveDetail", "Nothing saved yet.")
_SAVED_BY = N_("ArchiveDetail", "Saved by {name}")
_SELF_CHECK_ANSWERS = N_("ArchiveDetail", "Self-check answers:")
_TOTAL = N_("ArchiveDetail", "Total")
_VERDICT_WITH_YOUR_ANSWERS = N_("ArchiveDetail", "Verdict with your answers:")
_VERDICT = N_("ArchiveDetail", "Verdict:")
_WHY = N_("ArchiveDetail", "Why:")
_SAVED_WHEN = N_("ArchiveDetail", "saved {when}")
_ANSWERS = {"yes": N_("ArchiveDetail", "True"), "no": N_("ArchiveDetail", "Not true"),
            "not_sure": N_("ArchiveDetail", "Not sure")}


def _t(message: Message) -> str:
    return html.escape(message.render(qt_translate))


def _level(value: Any) -> str:
    try:
        return LEVEL_NAMES[Level(value)].render(qt_translate)
    except ValueError:
        return str(value or "")


def _when(stamp: Any) -> str:
    """An ISO time as the user's local date and time; the text itself if it is no time."""
    text = str(stamp or "")
    return (local_stamp(text) or text[:16].replace("T", " ")) if text else ""


def _answer(value: Any) -> str:
    said = _ANSWERS.get(str(value))
    return said.render(qt_translate) if said is not None else str(value)


def _items(values: Iterable[Any]) -> str:
    texts = [html.escape(str(v)) for v in values if v]
    return "<ul>" + "".join(f"<li>{t}</li>" for t in texts) + "</ul>" if texts else ""


def _check_html(report: Any) -> list[str]:
    data = report.data if isinstance(report.data, dict) else {}
    verdict = data.get("verdict") if isinstance(data.get("verdict"), dict) else {}
    out = [f"<h3>{_t(_CHECK_REPORT)}: {html.escape(report.title or data.get('input') or '')}"
           "</h3>"]
    level = _level(verdict.get("level"))
    if level:
        out.append(f"<p>{_t(_VERDICT)} <b>{html.escape(level)}</b>"
                   + (f" — {html.escape(str(verdict['summary']))}" if verdict.get("summary")
                      else "") + "</p>")
    reasons = [r.get("title") for r in verdict.get("reasons") or () if isinstance(r, dict)]
    if reasons:
        out.append(f"<p>{_t(_WHY)}</p>{_items(reasons)}")
    if verdict.get("not_done"):
        out.append(f"<p>{_t(_NOT_CHECKED)}</p>{_items(verdict['not_done'])}")
    selfcheck = data.get("self_check") if isinstance(data.get("self_check"), dict) else {}
    answers = [a for a in selfcheck.get("answers") or ()
               if isinstance(a, dict) and a.get("answer")]
    if answers:
        out.append(f"<p>{_t(_SELF_CHECK_ANSWERS)}</p>")
        out.append(_items(f"{a.get('question') or a.get('id')}: {_answer(a['answer'])}"
                          for a in answers))
        if selfcheck.get("level") and selfcheck.get("level") != verdict.get("level"):
            out.append(f"<p>{_t(_VERDICT_WITH_YOUR_ANSWERS)} "
                       f"<b>{html.escape(_level(selfcheck['level']))}</b>"
                       + (f" — {html.escape(str(selfcheck['summary']))}"
                          if selfcheck.get("summary") else "") + "</p>")
    dates = []
    if data.get("checked_at"):
        dates.append(_t(_CHECKED_WHEN).format(when=html.escape(_when(data["checked_at"]))))
    dates.append(_t(_SAVED_WHEN).format(when=html.escape(_when(report.added))))
    out.append(f"<p><i>{', '.join(dates)}</i></p>")
    return out


def _money(amount: Any, currency: Any, locale: str) -> str:
    from desktop.money.amount import format_amount

    try:
        return format_amount(Decimal(str(amount)), str(currency), locale)
    except (InvalidOperation, ValueError, TypeError, KeyError, LookupError):
        return f"{amount} {currency}".strip()


def _costs_html(report: Any, locale: str) -> list[str]:
    data = report.data if isinstance(report.data, dict) else {}
    offer = data.get("offer") if isinstance(data.get("offer"), dict) else {}
    name = report.title or offer.get("name") or ""
    out = [f"<h3>{_t(_COST_BREAKDOWN)}: {html.escape(str(name))}</h3>", "<table>"]
    total = data.get("total") if isinstance(data.get("total"), dict) else {}
    currency = total.get("currency") or offer.get("currency") or ""
    for line in data.get("lines") or ():
        if not isinstance(line, dict):
            continue
        # Saved in English; the Costs page's own translation when there is one.
        label = Message("Costs", str(line.get("label") or "")).render(qt_translate)
        if line.get("detail"):
            label += f" ({line['detail']})"
        shown = _money(line.get("shown") or line.get("amount") or "0", currency, locale)
        out.append(f"<tr><td>{html.escape(label)}</td>"
                   f"<td align='right'>&nbsp;&nbsp;{html.escape(shown)}</td></tr>")
    if total:
        out.append(f"<tr><td><b>{_t(_TOTAL)}</b></td><td align='right'>&nbsp;&nbsp;<b>"
                   f"{html.escape(_money(total.get('amount'), currency, locale))}</b></td>"
                   "</tr>")
    converted = data.get("converted_total")
    if isinstance(converted, dict):
        out.append(f"<tr><td>{_t(_CONVERTED)}</td><td align='right'>&nbsp;&nbsp;"
                   + html.escape(_money(converted.get("amount"), converted.get("currency"),
                                        locale)) + "</td></tr>")
    out.append("</table>")
    out.append(f"<p><i>{_t(_SAVED_WHEN).format(when=html.escape(_when(report.added)))}"
               "</i></p>")
    return out


def reports_html(reports: Iterable[Any], locale: str = "",
                 saved_by: Callable[[Any], str] | None = None) -> str:
    """The order's saved reports as one HTML page (for a QTextBrowser), newest first, amounts
    written for ``locale`` (``id_ID``; default the system's), each with who saved it when
    ``saved_by(report)`` names someone; a report that cannot be read shows its title and
    summary only. Never raises."""
    locale = locale or QLocale().name()
    parts: list[str] = []
    for report in sorted(reports, key=lambda r: r.added, reverse=True):
        try:
            shown = (_check_html(report) if report.kind == "check"
                     else _costs_html(report, locale))
            name = saved_by(report) if saved_by is not None else ""
            if name:  # under the heading: who in the family saved it (issue 12)
                shown.insert(1, f"<p><i>{html.escape(_t(_SAVED_BY).format(name=name))}</i></p>")
            parts += shown
        except Exception:  # noqa: BLE001 - a report from a newer version still shows its title
            log.warning("a saved report could not be shown in full", exc_info=True)
            parts.append(f"<h3>{html.escape(report.title or '')}</h3>"
                         f"<p>{html.escape(report.summary or '')}</p>")
    if not parts:
        return f"<p>{_t(_NOTHING_SAVED_YET)}</p>"
    return "".join(parts)
