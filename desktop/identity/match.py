"""What a check asks the seller book, and what the book answers.

``desktop.checks`` must not import ``desktop.archive`` (sibling layers), so the check takes a
:data:`SellerLookup`: any callable that maps the keys a check found to the matching seller of
the family's book (the archive's ``SellerBook.lookup`` is one). Both sides share these types.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from desktop.identity.keys import Key

__all__ = ["VERDICTS", "SellerLookup", "SellerMatch"]

#: The family's verdicts on a seller, mildest first.
VERDICTS = ("trusted", "unsure", "scam")


@dataclass(frozen=True)
class SellerMatch:
    """A seller of the book that one of the check's keys matched. Immutable.

    ``verdict`` is "trusted", "unsure", "scam" or "" (in the book, never marked); ``by`` the
    display name of the member who marked it (``by_member`` their id), ``at`` the ISO time of
    the mark and ``reason`` what they wrote. ``key`` is the identifier that matched."""

    seller: str
    name: str
    verdict: str
    by: str
    by_member: str
    at: str
    reason: str
    key: Key

    def to_json(self) -> dict[str, Any]:
        """The report's ``seller_book`` object: ``{seller, verdict, by, at, reason}`` plus the
        seller's id and the identifier that matched."""
        return {"seller": self.name, "seller_id": self.seller, "verdict": self.verdict or None,
                "by": self.by or None, "at": self.at or None, "reason": self.reason or None,
                "matched": {"kind": self.key.kind, "value": self.key.value}}


#: Called with every key a check found; returns the most serious match (scam before unsure
#: before trusted before unmarked) or None. Must be fast (an index lookup) and never raise.
SellerLookup = Callable[[Iterable[Key]], "SellerMatch | None"]
