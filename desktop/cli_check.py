"""``shopsafe check TEXT [--json [--stream]] [--offline] [--lang id|es|en]``: check links from the shell.

One report per input. ``-`` reads inputs from standard input, one per line (blank lines are
skipped). ``--file FILE`` checks a whole file as one message (``--file -``: all of standard input),
or, when FILE is a picture, its text and QR codes read offline; a picture's path given as an input
is read the same way (``shopsafe check chat.png``). With ``--json`` each report is one line of
JSON (JSON Lines), in input order; without, a readable, translated summary. Every text goes
through the one check stream, :func:`desktop.checks.run.run_check` (the Check page consumes the
same). With ``--json --stream`` the stream itself is printed as it comes, one JSON line per
event: ``{"event": "offline", "report": …}`` at once, ``{"event": "finding", "input": …,
"finding": …}`` per online finding, then ``{"event": "report", "report": …}`` (a picture, read
offline, gives its report as both).

``--archive DIR`` consults the family's seller book in that archive first, offline (a seller the
family marked as a scam makes the verdict high risk; ``--json`` reports it as ``seller_book``);
the archive is unlocked like ``shopsafe archive`` unlocks it and locked again at the end.

Exit status: 0 when every input was checked, 1 when a file given to check could not be read
(it is named on standard error), 2 for a usage error (no input, an archive that did not open).
"""

from __future__ import annotations

import argparse
import dataclasses
import logging
import os
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from desktop.checks.inputs import MAX_INPUT_CHARS
from desktop.checks.model import Category, Finding, InputKind, Level, Status
from desktop.net.options import CheckOptions
from desktop.checks.report import Report
from desktop.checks.verdict import compute_verdict
from desktop.cli_common import add_language_option, chosen, tolerant, translator, write_json
from desktop.identity.match import SellerLookup
from desktop.reading.formats import IMAGE_SUFFIXES
from desktop.text import N_, Message, Translate

__all__ = ["add_check_arguments", "options_from_args", "register", "render_text", "run"]

log = logging.getLogger(__name__)


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


def add_check_arguments(parser: argparse.ArgumentParser) -> None:
    """All options of ``shopsafe check`` (one place, so new options are a small edit)."""
    parser.add_argument("inputs", nargs="*", metavar="TEXT",
                        help="a link, a chat message with a link, a phone number or a bank "
                             "account; - reads one per line from standard input")
    parser.add_argument("--file", action="append", default=[], metavar="FILE",
                        help="check a whole chat message saved in FILE (- reads all of standard "
                             "input as one message), or a screenshot (PNG, JPEG, WebP); "
                             "repeatable")
    parser.add_argument("--json", action="store_true",
                        help="print each report as one line of JSON (JSON Lines)")
    parser.add_argument("--stream", action="store_true",
                        help="with --json: print the offline report at once, then each finding "
                             "as it arrives, then the final report (one JSON line each)")
    parser.add_argument("--offline", action="store_true",
                        help="only the instant offline analysis; no network access at all")
    add_language_option(parser)
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
    parser.add_argument("--archive", type=Path, default=None, metavar="DIR",
                        help="consult the family's seller book in this archive first (unlocked "
                             "with --passphrase-file, SHOPSAFE_PASSPHRASE or a prompt)")
    parser.add_argument("--passphrase-file", type=Path, default=None, metavar="FILE",
                        help="with --archive: read the passphrase from this file")
    parser.add_argument("--member", default=None,
                        help="with --archive: only try this member's slots")


def _resolve_arg(text: str) -> tuple[str, str]:
    from desktop.net.client import parse_resolve_arg
    from desktop.errors import UserInputError

    try:
        return parse_resolve_arg(text)
    except UserInputError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def options_from_args(args: argparse.Namespace) -> CheckOptions:
    """The :class:`CheckOptions` the parsed arguments ask for."""
    args.lang = chosen(args.lang)
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


_IMAGE_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"RIFF", b"BM", b"II*\x00", b"MM\x00*")
_T_NO_FILE = N_("CheckCli", "{path} could not be read: {reason}")
_T_NO_SUCH_FILE = N_("CheckCli", "there is no such file")
_T_NOT_ALLOWED = N_("CheckCli", "you are not allowed to open it")
_T_NOT_READABLE = N_("CheckCli", "it is a folder or cannot be opened")


@dataclasses.dataclass(frozen=True)
class _Picture:
    """A screenshot to check: its bytes and the name the user gave."""

    name: str
    data: bytes


# A message is a few KB; a screenshot a few MB. Far larger is no chat (/dev/zero, a video).
_MAX_FILE_BYTES = 40 * 1024 * 1024
_T_TOO_BIG = N_("CheckCli", "it is far larger than a message or a screenshot")


class _TooBig(OSError):
    """A file over :data:`_MAX_FILE_BYTES`."""


def _read_file(path: str, stdin: TextIO) -> str | _Picture:
    if path == "-":
        return stdin.read(_MAX_FILE_BYTES)
    with open(path, "rb") as handle:
        raw = handle.read(_MAX_FILE_BYTES + 1)
    if len(raw) > _MAX_FILE_BYTES:
        raise _TooBig(path)
    if raw.startswith(_IMAGE_MAGIC) or path.lower().endswith(IMAGE_SUFFIXES):
        return _Picture(path, raw)
    return raw.decode("utf-8", errors="replace")


class _Unread:
    """A file given to check that could not be read (said on standard error, exit status 1)."""


def _inputs(items: Iterable[str], stdin: TextIO, files: Iterable[str] = (),
            translate: Translate | None = None) -> Iterator[str | _Picture | _Unread]:
    for item in items:
        if item == "-":
            for line in stdin:
                line = line.strip()
                if line:
                    yield line
        elif item.lower().endswith(IMAGE_SUFFIXES) and Path(item).is_file():
            yield _read_or_say(item, stdin, translate)
        else:
            yield item
    for path in files:
        yield _read_or_say(path, stdin, translate)


def _read_or_say(path: str, stdin: TextIO, translate: Translate | None) -> str | _Picture | _Unread:
    try:
        return _read_file(path, stdin)
    except OSError as error:
        log.warning("could not read %s: %s", path, type(error).__name__)
        reason = (_T_TOO_BIG if isinstance(error, _TooBig) else
                  _T_NO_SUCH_FILE if isinstance(error, FileNotFoundError) else
                  _T_NOT_ALLOWED if isinstance(error, PermissionError) else _T_NOT_READABLE)
        print(_T_NO_FILE.format(path=path, reason=reason).render(translate), file=sys.stderr)
        return _Unread()


def _events(text: str, options: CheckOptions,
            seller_lookup: SellerLookup | None = None) -> Iterator[Report | Finding]:
    """The check stream of ``text``; a check that fails unexpectedly is logged and ends the
    stream with a ``check.failed`` report (``unknown``) instead of raising (twice if it failed
    before the offline report, so the stream still starts and ends with a report)."""
    from desktop.checks.run import run_check

    started = False
    try:
        for item in run_check(text, options, seller_lookup=seller_lookup):
            started = True
            yield item
    except Exception:
        log.exception("check of one input failed")
        failed = _failed_report(text, options)
        if not started:
            yield failed
        yield failed


_SURROGATES = re.compile("[\ud800-\udfff]")


def _scrub(text: str) -> str:
    """``text`` without lone surrogates (command-line arguments that were not valid UTF-8
    arrive as such and could be neither printed nor written as JSON)."""
    return _SURROGATES.sub("\ufffd", text)


_FAILED_TITLE = N_("CheckCli", "The check could not be completed")
_FAILED_DETAIL = N_("CheckCli", "Something unexpected stopped this check; the details are in "
                                "ShopSafe's log. Nothing here means the seller is safe.")


def _failed_report(text: str, options: CheckOptions) -> Report:
    """The report for an input whose check raised: one ``unknown`` finding, never "looks OK"."""
    finding = Finding("check.failed", Category.MANUAL, Status.UNKNOWN, _FAILED_TITLE,
                      _FAILED_DETAIL, None, {"incomplete": True})
    kind = InputKind.NOT_UNDERSTOOD
    return Report(input=text[:MAX_INPUT_CHARS], kind=kind, url=None, host=None,
                  registrable_domain=None, findings=(finding,),
                  verdict=compute_verdict([finding], kind, options.offline), offline=options.offline)


def _quiet_logging() -> None:
    # Tracebacks belong in the log file, never on a person's terminal (without a handler,
    # logging would print them to stderr).
    try:
        from desktop.logging_setup import setup_logging

        setup_logging()
    except Exception:  # an unwritable data folder must not stop the check
        logging.getLogger("desktop").addHandler(logging.NullHandler())
        logging.getLogger("desktop").propagate = False


def run(args: argparse.Namespace, stdout: TextIO | None = None,
        stdin: TextIO | None = None) -> int:
    """Check every input of ``args`` and print the reports. Returns the exit status.

    Every input gets exactly one report, whatever it holds (invalid UTF-8, control
    characters, megabytes of text): a check that fails unexpectedly is logged and reported as
    ``check.failed`` (``unknown``)."""
    stdout = stdout or tolerant(sys.stdout)
    stdin = stdin or tolerant(sys.stdin)
    args.lang = chosen(args.lang)
    translate = translator(args.lang)
    if not args.inputs and not getattr(args, "file", None):
        print(_T_NO_INPUT.render(translate), file=sys.stderr)
        return 2
    _quiet_logging()
    options = options_from_args(args)
    session = None
    if getattr(args, "archive", None) is not None:
        session = _open_seller_book(args)
        if session is None:
            return 2
    try:
        lookup = session.seller_lookup(options.country) if session is not None else None
        unread = _check_all(args, options, translate, stdout, stdin, lookup)
    except BrokenPipeError:  # "shopsafe check - | head": the reader left, not an error to show
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return 1
    finally:
        if session is not None:
            session.lock()
    return 1 if unread else 0


def _open_seller_book(args: argparse.Namespace):
    """The archive of ``--archive``, unlocked as the archive commands unlock it (the
    passphrase from ``--passphrase-file``, ``SHOPSAFE_PASSPHRASE`` or a prompt); None after
    saying on standard error why it could not be opened."""
    from desktop.archive import ArchiveError
    from desktop.cli_archive_commands import _open
    from desktop.cli_archive_text import _render, _t, _use_language

    _use_language(args.lang)
    args.recovery_key_file = None
    try:
        return _open(args)
    except ArchiveError as error:
        message = error.message
    except OSError as error:
        message = N_("CheckCli", "{path} could not be read: {reason}").format(
            path=error.filename or args.archive, reason=error.strerror or "")
    except UnicodeDecodeError:
        message = N_("CheckCli", "{path} is not UTF-8 text").format(path=args.passphrase_file)
    print(_t(N_("CheckCli", "error: the seller book could not be opened: {message}")).format(
        message=_render(message)), file=sys.stderr)
    return None


def _check_all(args: argparse.Namespace, options: CheckOptions, translate: Translate | None,
               stdout: TextIO, stdin: TextIO, lookup: SellerLookup | None = None) -> int:
    """Check and print every input; returns how many files could not be read."""
    first = True
    unread = 0
    for item in _inputs(args.inputs, stdin, getattr(args, "file", ()), translate):
        if isinstance(item, _Unread):
            unread += 1
            continue
        if isinstance(item, _Picture):
            text, stream = item.name, _picture_events(item, options, args.lang, lookup)
        else:
            text = _scrub(item)
            stream = _events(text, options, lookup)
        if args.json and getattr(args, "stream", False):
            _write_events(stream, text, translate, stdout)
            continue
        from desktop.checks.run import final_report

        report = final_report(stream)
        if args.json:
            write_json(report.to_json(translate), stdout)
        else:
            if not first:
                stdout.write("\n")
            stdout.write(render_text(report, translate))
        stdout.flush()
        first = False
    return unread


def _picture_events(picture: _Picture, options: CheckOptions, language: str,
                    lookup: SellerLookup | None = None) -> Iterator[Report]:
    """A screenshot, read offline: its one report is both the offline and the final one."""
    try:
        from desktop.checks.image import analyze_image

        from desktop.checks.family import consult_seller_book

        report = consult_seller_book(
            analyze_image(picture.data, dataclasses.replace(options, offline=True),
                          ui_language=language), lookup)
    except Exception:
        log.exception("check of one input failed")
        report = _failed_report(picture.name, options)
    yield report
    yield report


def _write_events(stream: Iterator[Report | Finding], text: str, translate: Translate | None,
                  stdout: TextIO) -> None:
    """``--stream``: one JSON line per event of the check stream, flushed as it comes (the first
    report is the offline one, the last the final one; see the module doc)."""
    first = True
    for item in stream:
        if isinstance(item, Finding):
            event = {"event": "finding", "input": text, "finding": item.to_json(translate)}
        else:
            event = {"event": "offline" if first else "report", "report": item.to_json(translate)}
            first = False
        write_json(event, stdout)
        stdout.flush()


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
    if len(report.identifiers) > 1 or any(i.kind != "url" for i in report.identifiers):
        lines.append("  " + _T_FOUND.render(t))
        lines.extend("    - " + _identifier_line(item, t) for item in report.identifiers)
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


_T_FOUND = N_("CheckCli", "Found in the text:")
_IDENTIFIER_LABEL = {
    "url": N_("CheckCli", "link"), "phone": N_("CheckCli", "phone"),
    "email": N_("CheckCli", "e-mail"), "bank_account": N_("CheckCli", "bank account"),
    "ewallet": N_("CheckCli", "e-wallet"), "clabe": N_("CheckCli", "CLABE"),
    "iban": N_("CheckCli", "IBAN"), "cbu": N_("CheckCli", "CBU/CVU"),
    "tax_id": N_("CheckCli", "tax id"),
}
_T_HOLDER = N_("CheckCli", "in the name of {holder}")
_T_INVALID = N_("CheckCli", "check digit wrong")
_T_OCR = N_("CheckCli", "read from the picture")


def _identifier_line(item, t: Translate | None) -> str:
    parts = [f"{_IDENTIFIER_LABEL[item.kind].render(t)}: {item.value}"]
    if item.bank:
        parts.append(item.bank)
    if item.holder:
        parts.append(_T_HOLDER.format(holder=item.holder).render(t))
    if item.valid is False:
        parts.append(_T_INVALID.render(t))
    if item.ocr:
        parts.append(_T_OCR.render(t))
    return " · ".join(parts)


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
