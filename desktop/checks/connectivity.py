"""Telling "this computer is offline" apart from "this shop cannot be reached".

With online checks on and no network, every online check fails the same way: no name can be
looked up, or no network can be reached. Reported one by one, that is three or four grey "?" and a
verdict that blames the registry. :func:`seems_offline` recognises the pattern from the findings
(by the fixed reasons of :mod:`desktop.net.errors`, never by a library's wording), and
:func:`offline_finding` says it once, in the words of offline mode.

The rule is deliberately narrow: nothing online was reached at all, and both the shop and another
host (the domain registry) failed for a network reason. A shop whose own name does not exist, with
the registry answering, is not "offline".
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop.checks.model import Category, Finding, Status
from desktop.net.errors import OFFLINE_REASONS
from desktop.text import N_, Message

__all__ = ["OFFLINE_FINDING_ID", "offline_finding", "seems_offline"]

OFFLINE_FINDING_ID = "network.offline"


def _carries(message: Message | None, targets: tuple[Message, ...]) -> bool:
    if message is None:
        return False
    if message in targets:
        return True
    return any(isinstance(value, Message) and _carries(value, targets) for _, value in message.args)


def _offline_failure(finding: Finding) -> bool:
    return finding.status is Status.UNKNOWN and _carries(finding.detail, OFFLINE_REASONS)


def seems_offline(by_check: dict[str, Iterable[Finding]]) -> bool:
    """True when the online findings, grouped by check (``https``, ``domain``, ``content``), say
    the computer has no internet: no finding shows anything was reached (every one is
    ``unknown``), the registry lookup (``domain``) failed for a network reason, and so did the
    shop itself (``https`` or ``content``). Pure; never raises."""
    groups = {name: list(findings) for name, findings in by_check.items()}
    every = [f for findings in groups.values() for f in findings]
    if not every or any(f.status is not Status.UNKNOWN for f in every):
        return False
    registry_down = any(_offline_failure(f) for f in groups.get("domain", ()))
    shop_down = any(_offline_failure(f) for name in ("https", "content") for f in groups.get(name, ()))
    return registry_down and shop_down


def offline_finding(host: str) -> Finding:
    """The one finding that replaces the online checks' failures when :func:`seems_offline`."""
    return Finding(
        OFFLINE_FINDING_ID, Category.LINK, Status.INFO,
        N_("Connectivity", "You seem to be offline: only the link itself was checked"),
        N_("Connectivity", "Neither {host} nor the domain registry could be reached: this computer "
                           "seems to have no internet connection. The secure connection, the domain's "
                           "age and the shop's pages were not checked. Check again when you are "
                           "connected.").format(host=host),
        None,
        {"reason": "offline"},
    )
