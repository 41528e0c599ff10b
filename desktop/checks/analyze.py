"""Offline analysis of pasted input: instant, pure, never touches the network.

:func:`analyze_offline` classifies the text (:func:`classify`), runs every offline link check
(:mod:`~desktop.checks.linkchecks`, :mod:`~desktop.checks.lookalike`) and returns a
:class:`~desktop.checks.report.Report` whose verdict is computed by
:func:`~desktop.checks.verdict.compute_verdict`. Online checks start from that report.
"""

from __future__ import annotations

import time

from desktop.checks.identifiers import find_identifiers
from desktop.checks.inputs import MAX_INPUT_CHARS, ParsedInput, extract_links, strip_invisible
from desktop.checks.inputs import classify as _classify
from desktop.checks.linkchecks import input_findings
from desktop.checks.lookalike import handle_findings, lookalike_findings
from desktop.checks.message import message_findings
from desktop.checks.model import Category, Finding, InputKind, Level, Status
from desktop.net.options import CheckOptions
from desktop.checks.registry import Registry, default_registry
from desktop.checks.report import Report
from desktop.checks.verdict import compute_verdict
from desktop.text import N_

__all__ = ["analyze_offline", "classify"]

_SEVERITY = {Level.OK: 0, Level.UNKNOWN: 1, Level.CAUTION: 2, Level.HIGH_RISK: 3}


def _findings(parsed: ParsedInput, registry: Registry, country: str) -> list[Finding]:
    findings: list[Finding] = list(input_findings(parsed))
    if parsed.hostinfo is not None and parsed.entry is None and parsed.hostinfo.ip is None:
        findings.extend(lookalike_findings(parsed.hostinfo, registry, country))
    if parsed.kind is InputKind.SOCIAL and parsed.social_handle:
        findings.extend(handle_findings(parsed.social_handle, registry, parsed.platform))
    findings.sort(key=lambda f: -f.status.rank)
    return findings


def _other_links(candidates: list, chosen: ParsedInput) -> list[Finding]:
    """One finding per other link of the message that raised a warning: every link a seller
    sends is checked, and what was found about it is said, even though the report is about the
    worst one."""
    out: list[Finding] = []
    for _, parsed, findings in candidates:
        if parsed is chosen or parsed.host is None:
            continue
        worst = [f for f in findings if f.status.rank >= Status.WARN.rank]
        if not worst:
            continue
        worst.sort(key=lambda f: -f.status.rank)
        out.append(Finding(
            f"input.other_link.{len(out) + 1}", Category.LINK, worst[0].status,
            N_("Analyze", "Also in the message: {host}").format(host=parsed.host),
            N_("Analyze", "{host}: {problem}").format(host=parsed.host, problem=worst[0].title),
            None,
            {"url": parsed.url, "findings": [f.id for f in worst]},
        ))
    return out


def classify(text: str, country: str = "ID", registry: Registry | None = None) -> ParsedInput:
    """What ``text`` is: kind, normalised URL, host, registrable domain, phone (E.164 with
    ``country`` as default region), bank account digits, social handle. Never raises."""
    return _classify(text, country, registry)


def analyze_offline(
    text: str, options: CheckOptions | None = None, registry: Registry | None = None
) -> Report:
    """The offline report for ``text``. Pure and fast (well under a millisecond per link after
    the first call loads the bundled tables); never touches the network; never raises for any
    text. ``report.offline`` is ``options.offline``: when online checks follow, the caller
    extends this report with their findings."""
    options = options or CheckOptions()
    registry = registry or default_registry()
    started = time.perf_counter()
    full = text or ""
    text = full[:MAX_INPUT_CHARS]  # bound everything that follows (see inputs.MAX_INPUT_CHARS)
    links = extract_links(strip_invisible(text))
    candidates = []
    for link in links or [None]:
        parsed = _classify(text, options.country, registry, link)
        findings = _findings(parsed, registry, options.country)
        verdict = compute_verdict(findings, parsed.kind, options.offline)
        candidates.append((_SEVERITY[verdict.level], parsed, findings))
    # A chat message may carry the marketplace link and the scammer's own: report the worst.
    _, parsed, findings = max(candidates, key=lambda c: c[0])
    if len(links) > 1:
        findings.append(Finding(
            "input.several_links", Category.LINK, Status.INFO,
            N_("Analyze", "The text holds {count} links").format(count=len(links)),
            N_("Analyze", "This report is about {host}, the most worrying of them. Check the "
                          "others separately.").format(host=parsed.host or ""),
            None,
            {"links": links},
        ))
        findings.extend(_other_links(candidates, parsed))
    identifiers = tuple(find_identifiers(text, options.country))
    words = message_findings(strip_invisible(text), identifiers)
    if words:
        # The words of a message were judged: it was understood, even with nothing to look up.
        findings = words + [f for f in findings if f.id != "input.not_understood"]
    if len(full) > MAX_INPUT_CHARS:
        findings.append(Finding(
            "input.truncated", Category.LINK, Status.UNKNOWN,
            N_("Analyze", "Only the start of the text was checked"),
            N_("Analyze", "The text is {length} characters long; ShopSafe read the first {limit}. "
                          "Paste only the link or the number you want to check.").format(
                length=len(full), limit=MAX_INPUT_CHARS),
            None,
            {"length": len(full), "read_chars": MAX_INPUT_CHARS, "incomplete": True},
        ))
    elapsed = time.perf_counter() - started
    kind = parsed.kind
    return Report(
        input=text,
        kind=kind,
        url=parsed.url,
        host=parsed.host,
        registrable_domain=parsed.registrable_domain,
        findings=tuple(findings),
        verdict=compute_verdict(findings, kind, options.offline),
        offline=options.offline,
        timings={"offline": elapsed},
        phone=parsed.phone,
        bank_account=parsed.bank_account,
        social_handle=parsed.social_handle,
        platform=parsed.platform if kind in (InputKind.MARKETPLACE, InputKind.SOCIAL) else None,
        identifiers=identifiers,
    )
