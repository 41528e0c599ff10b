"""The readable report: a self-contained HTML page of one check, also the source of the PDF.

Works on the JSON form of a report (see :mod:`desktop.checks.summary`). Everything that came
from the input or the web is escaped; links are only emitted for ``http``/``https`` URLs; no
scripts, no remote resources (images, fonts, style sheets), so opening the file never contacts
the shop. The markup stays inside the HTML subset Qt's ``QTextDocument`` renders, so the Check
page prints the same document to PDF. Qt-free.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from desktop.checks.model import Category, InputKind, Level, Status
from desktop.checks.summary import (
    CATEGORY_NAMES,
    KIND_NAMES,
    LEVEL_NAMES,
    STATUS_NAMES,
    STATUS_SYMBOLS,
    advice_for,
    effective_verdict,
    subject_of,
)
from desktop.checks.labels import evidence_items
from desktop.localtime import local_stamp
from desktop.text import N_, Message, Translate

__all__ = ["LEVEL_COLOURS", "evidence_items", "format_value", "report_html", "safe_link", "value_html"]

# Light backgrounds with dark text: readable on paper and in both palettes of a browser.
LEVEL_COLOURS = {"ok": "#d8f0dc", "caution": "#fdf0c4", "high_risk": "#f8d4d4", "unknown": "#e4e6eb"}

_MAX_VALUE = 400

# Plain marks, not emoji: they print in every font (the PDF has no colour emoji font).
_LEVEL_MARKS = {Level.OK: "✓", Level.CAUTION: "!", Level.HIGH_RISK: "✗", Level.UNKNOWN: "?"}

_SHOPSAFE_REPORT_SUBJECT = N_("Report", "ShopSafe report: {subject}")
_NOT_CHECKED = N_("Report", "Not checked:")
_CHECKED_ON = N_("Report", "Checked on {when}")
_MADE_BY = N_("Report", "Made by ShopSafe. The verdict is advice, not proof.")
_WHAT_WAS_CHECKED = N_("Report", "What was checked")
_YOUR_OWN_CHECKS = N_("Report", "Your own checks")
_FINDINGS = N_("Report", "Findings")
_NO_FINDINGS = N_("Report", "No findings.")
_WHAT_TO_DO = N_("Report", "What to do:")
_CONTACTS_AND_POLICIES_FOUND = N_("Report", "Contacts and policies found")
_THE_PAGE_AS_IT_WAS_FETCHED = N_("Report", "The page as it was fetched")
_PRICE_SHOWN = N_("Report", "Price shown")


def safe_link(value: Any) -> str | None:
    """``value`` when it is an absolute http(s) URL that may be shown as a link, else None."""
    if not isinstance(value, str) or len(value) > 2000 or any(c.isspace() for c in value):
        return None
    try:
        parts = urlsplit(value)
    except ValueError:
        return None
    return value if parts.scheme in ("http", "https") and parts.netloc else None


def format_value(value: Any) -> str:
    """A plain one-line text for an evidence value (lists joined, long text cut)."""
    if isinstance(value, Mapping):
        text = ", ".join(f"{k}: {format_value(v)}" for k, v in value.items())
    elif isinstance(value, (list, tuple, set, frozenset)):
        text = ", ".join(format_value(v) for v in value)
    elif isinstance(value, bool):
        text = "✓" if value else "✗"
    elif value is None:
        text = "—"
    else:
        text = _ISO_TIME.sub(_readable_time, str(value))
    return text if len(text) <= _MAX_VALUE else text[: _MAX_VALUE - 1] + "…"


_ISO_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$")


def _readable_time(match: re.Match[str]) -> str:
    # "2026-11-19T08:18:28+00:00" -> "2026-11-19 08:18 UTC": dates stay unambiguous in every
    # language, without the T and the seconds nobody needs.
    zone = match.group(3)
    suffix = "" if zone is None else (" UTC" if zone in ("Z", "+00:00", "+0000", "-00:00") else f" {zone}")
    return f"{match.group(1)} {match.group(2)}{suffix}"


def value_html(value: Any, translate: Translate | None = None, depth: int = 0) -> str:
    """HTML for one evidence value: escaped text, http(s) URLs as links, lists joined, mappings
    as ``label: value`` lines (known keys get translated labels)."""
    if isinstance(value, Mapping) and depth < 2:
        lines = []
        for label, item in evidence_items(value, translate):
            lines.append(f"{html.escape(label)}: {value_html(item, translate, depth + 1)}")
        return "<br>".join(lines)
    values = value if isinstance(value, (list, tuple)) else [value]
    parts = []
    for item in values:
        link = safe_link(item)
        if link:
            parts.append(f'<a href="{html.escape(link, quote=True)}">{html.escape(format_value(link))}</a>')
        elif isinstance(item, Mapping) and depth < 2:
            parts.append(value_html(item, translate, depth + 1))
        else:
            parts.append(html.escape(format_value(item)))
    return ", ".join(parts)


def _category(value: Any) -> Category:
    try:
        return Category(value)
    except ValueError:
        return Category.MANUAL


def _status(value: Any) -> Status:
    try:
        return Status(value)
    except ValueError:
        return Status.UNKNOWN


def report_html(
    doc: Mapping[str, Any],
    translate: Translate | None = None,
    when: datetime | None = None,
    language: str = "en",
) -> str:
    """A complete HTML document for the report ``doc`` in the language of ``translate``.

    Guarantees: every string from ``doc`` is HTML-escaped; only http(s) links; no external
    resources. Never raises on missing keys.
    """

    def _t(message: Message) -> str:
        return html.escape(message.render(translate))

    esc = html.escape
    level, reasons = effective_verdict(doc)
    # When the check was made (a reopened report is not "now"), in local time with the zone.
    stamp = local_stamp(when or doc.get("checked_at") or None)
    subject = subject_of(doc)
    out: list[str] = [
        "<!DOCTYPE html>",
        f'<html lang="{esc(language, quote=True)}"><head><meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">',
        f"<title>{_t(_SHOPSAFE_REPORT_SUBJECT.format(subject=subject))}</title>",
        "<style>body{font-family:sans-serif;color:#111;background:#fff;max-width:50em;margin:1em auto;}"
        "th{text-align:left;vertical-align:top;padding-right:1em;}td{vertical-align:top;}"
        ".small{color:#444;font-size:small;}</style></head><body>",
        f"<h1>{_t(_SHOPSAFE_REPORT_SUBJECT.format(subject=subject))}</h1>",
        f'<p class="small">{_t(_CHECKED_ON.format(when=stamp))}</p>',
        f'<table width="100%" cellpadding="8" style="background:{LEVEL_COLOURS[level.value]};">'
        f"<tr><td><h2>[{_LEVEL_MARKS[level]}] {_t(LEVEL_NAMES[level])}</h2>",
        *(f"<p>{_t(advice)}</p>" for advice in advice_for(level, doc.get("kind"))),
    ]
    if reasons:
        out.append("<ul>" + "".join(f"<li>{esc(r)}</li>" for r in reasons[:3]) + "</ul>")
    not_done = [str(m) for m in (doc.get("verdict") or {}).get("not_done") or []]
    if not_done:
        out.append(f"<p><b>{_t(_NOT_CHECKED)}</b></p>")
        out.append("<ul>" + "".join(f"<li>{esc(m)}</li>" for m in not_done) + "</ul>")
    out.append("</td></tr></table>")

    out.append(f"<h2>{_t(_WHAT_WAS_CHECKED)}</h2><table>")
    for label, key in (
        (N_("Report", "Input"), "input"),
        (N_("Report", "Link"), "url"),
        (N_("Report", "Domain"), "registrable_domain"),
        (N_("Report", "Kind"), "kind"),
    ):
        value = doc.get(key)
        if not value:
            continue
        if key == "url":
            shown = value_html(value, translate)
        elif key == "kind" and value in {k.value for k in InputKind}:
            shown = _t(KIND_NAMES[InputKind(value)])
        else:
            shown = esc(format_value(value))
        out.append(f"<tr><th>{_t(label)}</th><td>{shown}</td></tr>")
    out.append("</table>")

    selfcheck = doc.get("self_check") or {}
    answers = selfcheck.get("answers") or []
    if answers:
        names = {
            "yes": N_("SelfCheck", "Yes"),
            "no": N_("SelfCheck", "No"),
            "not_sure": N_("SelfCheck", "Not sure"),
        }
        out.append(f"<h2>{_t(_YOUR_OWN_CHECKS)}</h2><table>")
        for entry in answers:
            answer = names.get(entry.get("answer"))
            shown = _t(answer) if answer else _t(N_("Report", "not answered"))
            out.append(f"<tr><td>{esc(str(entry.get('question', '')))}</td><th>{shown}</th></tr>")
        out.append("</table>")

    findings = list(doc.get("findings") or [])
    out.append(f"<h2>{_t(_FINDINGS)}</h2>")
    if not findings:
        out.append(f"<p>{_t(_NO_FINDINGS)}</p>")
    order = list(Category)
    for category in sorted({_category(f.get("category")) for f in findings}, key=order.index):
        out.append(f"<h3>{_t(CATEGORY_NAMES[category])}</h3>")
        group = [f for f in findings if _category(f.get("category")) is category]
        group.sort(key=lambda f: -_status(f.get("status")).rank)
        for finding in group:
            status = _status(finding.get("status"))
            out.append(
                f"<p><b>[{STATUS_SYMBOLS[status]} {_t(STATUS_NAMES[status])}] "
                f"{esc(str(finding.get('title') or ''))}</b><br>{esc(str(finding.get('detail') or ''))}"
            )
            if finding.get("advice"):
                out.append(f"<br><i>{_t(_WHAT_TO_DO)}</i> {esc(str(finding['advice']))}")
            out.append("</p>")
            items = evidence_items(finding.get("evidence") or {}, translate)
            if items:
                out.append('<table class="small">')
                out += [f"<tr><th>{esc(k)}</th><td>{value_html(v, translate)}</td></tr>" for k, v in items]
                out.append("</table>")

    policies = {k: v for k, v in (doc.get("policies") or {}).items() if v}
    contacts = {k: v for k, v in (doc.get("contacts") or {}).items() if v}
    if contacts or policies:
        out.append(f"<h2>{_t(_CONTACTS_AND_POLICIES_FOUND)}</h2><table>")
        for label, value in evidence_items({**contacts, **policies}, translate):
            out.append(f"<tr><th>{esc(label)}</th><td>{value_html(value, translate)}</td></tr>")
        out.append("</table>")

    snapshot = doc.get("snapshot") or {}
    if snapshot:
        out.append(f"<h2>{_t(_THE_PAGE_AS_IT_WAS_FETCHED)}</h2><table>")
        for label, key in (
            (N_("Report", "Address"), "final_url"),
            (N_("Report", "Title"), "title"),
            (N_("Report", "Fetched"), "fetched_at"),
        ):
            if snapshot.get(key):
                out.append(f"<tr><th>{_t(label)}</th><td>{value_html(snapshot[key], translate)}</td></tr>")
        price = snapshot.get("price")
        if isinstance(price, Mapping) and price.get("amount"):  # what the shop asked, as evidence
            shown = " ".join(str(price[k]) for k in ("currency", "amount") if price.get(k))
            if price.get("product"):
                shown = f"{price['product']}: {shown}"
            out.append(f"<tr><th>{_t(_PRICE_SHOWN)}</th><td>{esc(shown)}</td></tr>")
        out.append("</table>")
        text = str(snapshot.get("text") or "")
        if text:
            out.append(f'<pre class="small" style="white-space:pre-wrap">{esc(text[:4000])}</pre>')

    out.append(
        f'<p class="small">{_t(_MADE_BY)}</p>'
        "</body></html>"
    )
    return "\n".join(out)
