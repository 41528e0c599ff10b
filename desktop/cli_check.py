"""``shopsafe check TEXT [--json [--stream]] [--offline] [--lang id|es|en]``: check links from the shell.

One report per input. ``-`` reads inputs from standard input, one per line (blank lines are
skipped). With ``--json`` each report is one line of JSON (JSON Lines), in input order; without,
a readable, translated summary. Every input goes through the one check stream,
:func:`desktop.checks.run.run_check` (the Check page consumes the same). With ``--json --stream``
the stream itself is printed as it comes, one JSON line per event: ``{"event": "offline",
"report": …}`` at once, ``{"event": "finding", "input": …, "finding": …}`` per online finding,
then ``{"event": "report", "report": …}``.

Exit status: 0 when every input was checked, 2 for a usage error (no input).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from desktop.checks.model import Finding, InputKind, Level, Status
from desktop.net.options import CheckOptions
from desktop.checks.report import Report
from desktop.text import N_, Message, Translate

__all__ = ["add_check_arguments", "options_from_args", "register", "render_text", "run"]


_LEVEL_LABEL = {
    Level.OK: N_("CheckCli", "LOOKS OK"),
    Level.CAUTION: N_("CheckCli", "BE CAREFUL"),
    Level.HIGH_RISK: N_("CheckCli", "HIGH RISK"),
    Level.UNKNOWN: N_("CheckCli", "NOT ENOUGH INFORMATION"),
}
_KIND_LABEL = {
    InputKind.WEB_SHOP: N_("CheckCli", "web shop"),
    InputKind.MARKETPLACE: N_("CheckCli", "marketplace listing"),
    InputKind.SOCIAL: N_("CheckCli", "social-media seller"),
    InputKind.PHONE: N_("CheckCli", "phone number"),
    InputKind.BANK_ACCOUNT: N_("CheckCli", "bank account"),
    InputKind.NOT_UNDERSTOOD: N_("CheckCli", "not understood"),
}
_STATUS_MARK = {
    Status.PASS: "✓", Status.INFO: "i", Status.UNKNOWN: "?", Status.WARN: "!", Status.FAIL: "✗",
}
_T_KIND = N_("CheckCli", "What it is: {kind}")
_T_DOMAIN = N_("CheckCli", "Domain: {domain}")
_T_PHONE = N_("CheckCli", "Phone: {phone}")
_T_ACCOUNT = N_("CheckCli", "Bank account: {account}")
_T_HANDLE = N_("CheckCli", "Seller: {handle}")
_T_VERDICT = N_("CheckCli", "Verdict: {level}")
_T_BECAUSE = N_("CheckCli", "Because of:")
_T_FINDINGS = N_("CheckCli", "Findings:")
_T_NOT_DONE = N_("CheckCli", "Not checked:")
_T_ADVICE = N_("CheckCli", "What to do: {advice}")
_T_NO_INPUT = N_("CheckCli", "Nothing to check: give a link, a phone number or an account, or - to "
                       "read them from standard input.")


def translator(language: str) -> Translate | None:
    """The translate function for ``language`` (``en`` needs none). Qt is loaded only for
    other languages; without PySide6 the output stays in English."""
    if language == "en":
        return None
    try:
        from desktop.i18n import translator_for_cli
    except ImportError:
        return None
    return translator_for_cli(language)


def add_check_arguments(parser: argparse.ArgumentParser) -> None:
    """All options of ``shopsafe check`` (one place, so new options are a small edit)."""
    parser.add_argument("inputs", nargs="*", metavar="TEXT",
                        help="a link, a chat message with a link, a phone number or a bank "
                             "account; - reads one per line from standard input")
    parser.add_argument("--json", action="store_true",
                        help="print each report as one line of JSON (JSON Lines)")
    parser.add_argument("--stream", action="store_true",
                        help="with --json: print the offline report at once, then each finding "
                             "as it arrives, then the final report (one JSON line each)")
    parser.add_argument("--offline", action="store_true",
                        help="only the instant offline analysis; no network access at all")
    parser.add_argument("--lang", choices=("en", "id", "es"),
                        default=os.environ.get("SHOPSAFE_LANGUAGE") if os.environ.get(
                            "SHOPSAFE_LANGUAGE") in ("en", "id", "es") else "en",
                        help="language of the report texts (default: en)")
    parser.add_argument("--country", default=os.environ.get("SHOPSAFE_COUNTRY"),
                        help="your country (ISO code, e.g. ID, ES, MX): default region for "
                             "phone numbers and local brands (default: ES with --lang es, "
                             "else ID)")
    parser.add_argument("--resolve", action="append", default=[], type=_resolve_arg,
                        metavar="HOST:ADDRESS[:PORT]",
                        help="connect to ADDRESS (and PORT) for HOST while keeping the name for "
                             "TLS, like curl's --resolve (HOST:PORT:ADDRESS also works); repeatable")
    parser.add_argument("--ca-bundle", type=Path, default=None, metavar="FILE",
                        help="trust the certificates in this PEM file instead of the system store")


def _resolve_arg(text: str) -> tuple[str, str]:
    from desktop.net.client import parse_resolve_arg
    from desktop.errors import UserInputError

    try:
        return parse_resolve_arg(text)
    except UserInputError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def options_from_args(args: argparse.Namespace) -> CheckOptions:
    """The :class:`CheckOptions` the parsed arguments ask for."""
    country = args.country or ("ES" if args.lang == "es" else "ID")
    return CheckOptions(offline=bool(args.offline), country=str(country).upper()[:2],
                        language=args.lang, resolve=dict(getattr(args, "resolve", None) or []),
                        ca_bundle=getattr(args, "ca_bundle", None))


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "check", help="check a shop link, seller, phone number or bank account",
        description="Check a shop link, a seller's profile, a phone number or a bank account "
                    "before you pay.",
    )
    add_check_arguments(parser)
    parser.set_defaults(func=run)


def _inputs(items: Iterable[str], stdin: TextIO) -> Iterator[str]:
    for item in items:
        if item == "-":
            for line in stdin:
                line = line.strip()
                if line:
                    yield line
        else:
            yield item


def _stream_events(stream: Iterator[Report | Finding], text: str,
                   translate: Translate | None) -> Iterator[dict]:
    """The ``--stream`` JSON events of one input's check stream (see the module doc)."""
    yield {"event": "offline", "report": next(stream).to_json(translate)}
    for item in stream:
        if isinstance(item, Finding):
            yield {"event": "finding", "input": text, "finding": item.to_json(translate)}
        else:
            yield {"event": "report", "report": item.to_json(translate)}


def run(args: argparse.Namespace, stdout: TextIO | None = None,
        stdin: TextIO | None = None) -> int:
    """Check every input of ``args`` and print the reports. Returns the exit status."""
    stdout = stdout or sys.stdout
    stdin = stdin or sys.stdin
    translate = translator(args.lang)
    if not args.inputs:
        print(_T_NO_INPUT.render(translate), file=sys.stderr)
        return 2
    from desktop.checks.run import final_report, run_check

    options = options_from_args(args)
    first = True
    for text in _inputs(args.inputs, stdin):
        stream = run_check(text, options)
        if args.json and getattr(args, "stream", False):
            for event in _stream_events(stream, text, translate):
                stdout.write(json.dumps(event, ensure_ascii=False) + "\n")
                stdout.flush()
            continue
        report = final_report(stream)
        if args.json:
            stdout.write(json.dumps(report.to_json(translate), ensure_ascii=False) + "\n")
        else:
            if not first:
                stdout.write("\n")
            stdout.write(render_text(report, translate))
        stdout.flush()
        first = False
    return 0


def _r(message: Message | None, translate: Translate | None) -> str:
    return message.render(translate) if message is not None else ""


def render_text(report: Report, translate: Translate | None = None) -> str:
    """The readable form of ``report`` (several lines, ending with a newline)."""
    t = translate
    lines = [report.input if len(report.input) <= 120 else report.input[:117] + "…"]
    facts = [_T_KIND.format(kind=_KIND_LABEL[report.kind]).render(t)]
    if report.registrable_domain or report.host:
        facts.append(_T_DOMAIN.format(domain=report.registrable_domain or report.host).render(t))
    if report.phone:
        facts.append(_T_PHONE.format(phone=report.phone).render(t))
    if report.bank_account:
        facts.append(_T_ACCOUNT.format(account=report.bank_account).render(t))
    if report.social_handle:
        facts.append(_T_HANDLE.format(handle=report.social_handle).render(t))
    lines.append("  " + " · ".join(facts))
    verdict = report.verdict
    lines.append("  " + _T_VERDICT.format(level=_LEVEL_LABEL[verdict.level]).render(t)
                 + " — " + verdict.summary.render(t))
    if verdict.reasons:
        lines.append("  " + _T_BECAUSE.render(t))
        for finding in verdict.reasons:
            lines.append(f"    {_STATUS_MARK[finding.status]} {finding.title.render(t)}")
    details: list[str] = []
    shown: set[str] = set()
    for finding in report.findings:
        details.extend(_explain(finding, t, shown))
    if details:
        lines.append("  " + _T_FINDINGS.render(t))
        lines.extend(details)
    if verdict.not_done:
        lines.append("  " + _T_NOT_DONE.render(t))
        lines.extend(f"    - {m.render(t)}" for m in verdict.not_done)
    return "\n".join(lines) + "\n"


def _explain(finding: Finding, t: Translate | None, shown: set[str]) -> list[str]:
    if finding.status is Status.PASS:
        return []
    out = [f"    {_STATUS_MARK[finding.status]} {finding.title.render(t)}",
           f"      {finding.detail.render(t)}"]
    if finding.advice is not None:
        advice = finding.advice.render(t)
        if advice not in shown:
            shown.add(advice)
            out.append("      " + _T_ADVICE.format(advice=advice).render(t))
    return out
