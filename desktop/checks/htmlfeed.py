"""Feeding ``html.parser`` within a size and time budget (no Qt).

Every HTML reader of the checks (:func:`~desktop.checks.extract.parse_html`, the HTTPS check's
form scanner, the price capture) subclasses :class:`html.parser.HTMLParser`, and a hostile page
can make it slow in two ways:

- ``close()`` is quadratic when the page ends inside an unclosed tag or comment: it re-scans
  the rest of the page once per ``<`` (CPython gh-135462, fixed only in 3.13.4 / 3.12.11; a
  108 KB page of ``<a href=x `` ran for two minutes). :func:`feed_bounded` never lets
  ``close()`` see such a tail: what stands after the last complete construct and starts with
  ``<`` is an unfinished tag, comment or declaration, which browsers do not show either, and is
  dropped before closing;
- plain size: markup is fed in growing chunks and the clock is read between chunks, so a
  parse stops at ``seconds`` (and at the check's deadline) however the markup is built.

The caller learns what was cut (:class:`Cut`) and must report it: a page read only in part is
``unknown`` beyond that point, never "nothing suspicious there".
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Protocol

__all__ = ["MAX_PARSE_CHARS", "PARSE_SECONDS", "Cut", "feed_bounded"]

MAX_PARSE_CHARS = 3_000_000
PARSE_SECONDS = 3.0
_FIRST_CHUNK = 16 * 1024
_MAX_CHUNK = 64 * 1024  # the clock is read at least this often (a few hundredths of a second)


class _Remaining(Protocol):
    def remaining(self) -> float: ...


@dataclass(frozen=True)
class Cut:
    """Why and where a parse stopped early: ``reason`` is ``"size"`` (the page is longer than
    the parser reads, or its text longer than the checks read) or ``"time"`` (the budget or the
    deadline ran out); ``read`` is how many characters were used, ``total`` how many there were."""

    reason: str
    read: int
    total: int

    def to_evidence(self) -> dict[str, int | str]:
        return {"reason": self.reason, "read_chars": self.read, "total_chars": self.total}


def feed_bounded(parser: HTMLParser, html: str, *, max_chars: int = MAX_PARSE_CHARS,
                 seconds: float = PARSE_SECONDS, deadline: _Remaining | None = None) -> Cut | None:
    """Feed ``html`` to ``parser`` and close it, within ``max_chars`` characters and ``seconds``
    (shortened to half of what ``deadline`` has left). Returns ``None`` when all of ``html`` was parsed,
    else the :class:`Cut`. Never raises for any markup (``html.parser``'s own complaints on
    hopeless markup end the parse like a cut of what follows); ``parser`` holds whatever its
    handlers collected either way."""
    # at most half of what the check has left: the text found still has to be read
    budget = seconds if deadline is None else min(seconds, deadline.remaining() / 2)
    end = time.monotonic() + max(0.05, budget)
    total = len(html)
    limit = min(total, max_chars)
    pos = 0
    chunk = _FIRST_CHUNK
    cut: Cut | None = None
    try:
        while pos < limit:
            if time.monotonic() >= end:
                cut = Cut("time", pos, total)
                break
            step = html[pos:min(limit, pos + chunk)]
            parser.feed(step)
            pos += len(step)
            # An unfinished construct is re-scanned by every feed; growing chunks keep that
            # re-scanning small for ordinary pages (hostile ones meet the clock).
            chunk = min(chunk * 2, _MAX_CHUNK)
        else:
            if limit < total:
                cut = Cut("size", limit, total)
        _drop_unfinished_tail(parser)
        parser.close()
    except (AssertionError, ValueError, RecursionError):  # html.parser on hopeless markup
        pass
    return cut


def _drop_unfinished_tail(parser: HTMLParser) -> None:
    # After feed() the parser keeps only what it could not finish: text held back for a
    # character reference, then (from the first "<") an open tag, comment or declaration.
    rest = parser.rawdata
    start = rest.find("<")
    if start >= 0:
        parser.rawdata = rest[:start]
