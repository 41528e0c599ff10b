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
  parse stops at ``seconds`` (and at the check's deadline) however the markup is built;
- memory: a start tag that never ends costs html.parser memory for every attribute-like piece
  of it, on every feed; past :data:`_MAX_OPEN_TAG` characters the parse ends there.

The caller learns what was cut (:class:`Cut`) and must report it: a page read only in part is
``unknown`` beyond that point, never "nothing suspicious there".
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Protocol

__all__ = ["MAX_PARSE_CHARS", "PARSE_SECONDS", "Cut", "feed_bounded"]

MAX_PARSE_CHARS = 3_000_000
PARSE_SECONDS = 3.0
_FIRST_CHUNK = 16 * 1024
_MAX_CHUNK = 64 * 1024  # the clock is read at least this often (a few hundredths of a second)
# An unfinished start tag this long with this many attributes ends the parse (_runaway_tag);
# real tags have a few dozen attributes at most.
_MAX_OPEN_TAG = 32 * 1024
_MAX_ATTRIBUTES = 2_000
# one attribute; a quoted value still open at the end of the pending text runs to its end
_ATTRIBUTE = re.compile(r"""[\s/]*[^\s/>"'=][^\s/>=]*(?:\s*=+\s*(?:'[^']*(?:'|\Z)|"[^"]*(?:"|\Z)|[^>\s]*))?""")


class _Remaining(Protocol):
    def remaining(self) -> float: ...


@dataclass(frozen=True)
class Cut:
    """Why and where a parse stopped early: ``reason`` is ``"size"`` (the page is longer than
    the parser reads, or its text longer than the checks read), ``"time"`` (the budget or the
    deadline ran out) or ``"broken"`` (a start tag that never ends, see :func:`_runaway_tag`);
    ``read`` is how many characters were used, ``total`` how many there were."""

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
            runaway = _runaway_tag(parser)
            if runaway:
                cut = Cut("broken", pos - runaway, total)
                break
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


def _runaway_tag(parser: HTMLParser) -> int:
    """Length of an unfinished start tag of more than :data:`_MAX_OPEN_TAG` characters and
    :data:`_MAX_ATTRIBUTES` attribute-like pieces, else 0.

    html.parser matches a start tag's attributes with one regular expression whose backtracking
    stack grows with every attribute: ``<a href=x <a href=x …`` costs about 1.3 KB of memory per
    piece, re-matched on every feed, so 2.8 MB of it would take 380 MB. One long attribute (inline
    JSON in a ``data-`` attribute) costs nothing of the kind and is read."""
    if getattr(parser, "cdata_elem", None) is not None:
        return 0  # inside <script>/<style>: plain text search, no such cost
    rest = parser.rawdata
    start = rest.find("<")
    if start < 0 or len(rest) - start <= _MAX_OPEN_TAG or not rest[start + 1:start + 2].isalpha():
        return 0
    for count, _ in enumerate(_ATTRIBUTE.finditer(rest, start + 1)):
        if count >= _MAX_ATTRIBUTES:
            return len(rest) - start
    return 0


def _drop_unfinished_tail(parser: HTMLParser) -> None:
    # After feed() the parser keeps only what it could not finish: text held back for a
    # character reference, then (from the first "<") an open tag, comment or declaration.
    rest = parser.rawdata
    start = rest.find("<")
    if start >= 0:
        parser.rawdata = rest[:start]
