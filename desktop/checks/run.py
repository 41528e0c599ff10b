"""The one check stream: offline analysis first, then the online checks as they finish (no Qt).

:func:`run_check` is what the Check page (through a background task) and ``shopsafe check``
consume: the offline report at once (:func:`~desktop.checks.analyze.analyze_offline`), then, when
the input is a web shop and the user is online, each online finding as soon as its check ends
(:mod:`desktop.checks.online`: HTTPS, domain age, the shop's pages, in parallel), then the final
report. :func:`final_report` is for callers that only want the end; :func:`warm_up` loads what
the first check needs ahead of time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from desktop.cancel import CancelToken
from desktop.checks.analyze import analyze_offline
from desktop.checks.family import consult_seller_book
from desktop.checks.model import Finding, InputKind
from desktop.checks.report import Report
from desktop.identity.match import SellerLookup
from desktop.net.options import CheckOptions

__all__ = ["final_report", "run_check", "warm_up"]


def run_check(
    text: str,
    options: CheckOptions | None = None,
    cancel: CancelToken | None = None,
    seller_lookup: SellerLookup | None = None,
) -> Iterator[Report | Finding]:
    """The one check stream, which the Check page and ``shopsafe check`` both consume.

    Yields, in this order:

    1. the offline :class:`Report` (:func:`analyze_offline`), before any network access;
    2. each online :class:`Finding`, as soon as the check that produced it ends (none when
       offline or when the input is not a web shop);
    3. the final :class:`Report`, always the last item. When no online check ran it is the
       offline report again (the same object), so consumers need no special case.

    ``seller_lookup`` (the unlocked archive's seller book, :mod:`desktop.checks.family`) is
    asked once, before anything else; a seller the family marked as a scam makes the verdict
    high risk whatever the online checks find.

    Iterate on one thread; the online checks run on worker threads meanwhile and hand their
    findings over through a queue. Never raises for network trouble; raises
    :class:`~desktop.errors.Cancelled` when ``cancel`` fires. The stream ends within
    ``options.deadline`` plus about a second; closing it early abandons the online checks,
    which stop at their deadline or cancellation.
    """
    options = options or CheckOptions()
    # The family's seller book first, offline: its findings lead the report and stay in it.
    report = consult_seller_book(analyze_offline(text, options), seller_lookup)
    yield report
    if options.offline or report.kind is not InputKind.WEB_SHOP or not report.url or not report.host:
        yield report
        return
    from desktop.checks.online import online_stream  # the network checks, only when needed

    yield from online_stream(report, options, cancel)


def final_report(stream: Iterable[Report | Finding]) -> Report:
    """Consume a :func:`run_check` stream and return its final report (for callers that do
    not show findings as they come). Raises what the stream raises."""
    last: Report | Finding | None = None
    for last in stream:
        pass
    if not isinstance(last, Report):
        raise ValueError("the check stream ended without a report")
    return last


def warm_up() -> None:
    """Import the online checks and load the brand registry and Public Suffix tables (one
    offline analysis), so the first real check does not pay for them. Idempotent; meant for a
    background thread, once per process."""
    import desktop.checks.online  # noqa: F401 - imported for its side effect

    analyze_offline("https://shop.example/", CheckOptions(offline=True))
