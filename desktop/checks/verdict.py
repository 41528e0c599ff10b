"""The verdict: four levels, computed from the findings by rules a buyer can follow.

Rules (DESIGN.md §3 "Verdict"), applied in this order:

1. Any serious ``fail`` finding (lookalike of a brand, invalid certificate, family-flagged scam,
   blocklisted) → ``high_risk``. A few fails are never serious alone (a young domain, see
   :data:`SOFT_FAIL_PREFIXES`): they count as warnings.
2. A look-alike warning on a young domain (registered less than six months ago) or on an old
   domain that recently changed hands (``domain.changed`` warn) → ``high_risk``. Either alone
   is only a warning: brands' partners and typo-ish honest names exist, and so do young shops;
   a name borrowed from a brand *and* a fresh registration is how fake shops start (Watchlist
   Internet, PROFECO). Both are ``domain`` findings, so rule 3 alone would never count them
   as two signs.
3. Warnings from three or more different categories together (say a young domain, transfer-only
   payment and 70 % discounts) → ``high_risk``: that combination is the classic fake shop.
   The domain's age never cancels a warning here: an old domain only softens the discount
   finding itself, and not when it changed hands recently (``run.py``).
4. Any warning → ``caution``.
5. A check that lost part of its work (an ``unknown`` finding with ``incomplete`` in its
   evidence: a check that failed or ran out of time, pages that were refused or read only in
   part) → ``unknown``: what was not seen may be exactly the warning sign.
   Key checks missing or ``unknown`` (for a web shop: HTTPS; domain age or — where the
   registry of the domain ending offers no RDAP, as for ``.es`` — contact details read from the
   site; and the shop's own pages: a shop whose pages did not answer, answered with an error
   or showed nothing without JavaScript was never seen, whatever its certificate and age say;
   for a social seller, a phone number or a bank account: the seller cannot be seen at
   all) → ``unknown``, "not enough information — do the self-check", with ``not_done`` saying
   what could not be read. A recognised official domain of the registry is enough on its own
   (``ok``).
6. Otherwise ``ok``: "Looks OK" always means the shop's own pages were read.

Every level names the findings that caused it (``reasons``). In offline mode ``not_done`` says
plainly which online checks were not run.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop.checks.model import Finding, InputKind, Level, Status
from desktop.text import N_, Message

__all__ = ["OFFICIAL_FINDING_IDS", "SOFT_FAIL_PREFIXES", "Verdict", "compute_verdict"]


# Fails that must not make a verdict high risk on their own: young legitimate shops exist.
SOFT_FAIL_PREFIXES: tuple[str, ...] = ("domain.age", "pricing.", "policies.", "contact.")

# Findings that mean "this is the brand's own site" and settle a verdict offline.
OFFICIAL_FINDING_IDS: frozenset[str] = frozenset({"link.official"})

# Prefixes of the findings that decide whether a web shop was actually looked at.
_KEY_WEB_CHECKS: tuple[tuple[str, ...], ...] = (("https.",), ("domain.age",))

_NOT_DONE_OFFLINE: tuple[Message, ...] = (
    N_("Verdict", "HTTPS certificate and secure connection (offline: not checked)"),
    N_("Verdict", "Domain age and registration data (offline: not checked)"),
    N_("Verdict", "Site content: contact details, policies, payment methods (offline: not checked)"),
)

_AGE_NOT_CHECKED = N_("Verdict", "Domain age and registration data (the registry could not tell)")
_PAGES_NOT_READ = N_("Verdict", "The shop's own pages: contact details, policies, payment methods "
                                "(they could not be read)")

_SUMMARY = {
    Level.HIGH_RISK: N_("Verdict", "High risk: do not pay this seller."),
    Level.CAUTION: N_("Verdict", "Be careful: some warning signs need your attention."),
    Level.UNKNOWN: N_(
        "Verdict", "Not enough information: the checks could not see enough. Do the self-check."
    ),
    Level.OK: N_("Verdict", "Looks OK: no warning signs were found."),
}
_SUMMARY_OFFICIAL = N_(
    "Verdict", "Looks OK: this is the official site. Pay only through its own checkout."
)
_SUMMARY_COMBINED = N_(
    "Verdict", "High risk: several independent warning signs together match a typical fake shop."
)
_SUMMARY_LOOKALIKE_NEW = N_(
    "Verdict", "High risk: the address imitates a known name and the domain is new or recently "
               "changed hands."
)


@dataclass(frozen=True)
class Verdict:
    """The outcome of one check. Immutable.

    ``reasons`` are the findings that decided ``level`` (empty only for ``ok`` without any
    finding worth naming); ``not_done`` lists checks that did not run (offline mode, failures).
    """

    level: Level
    reasons: tuple[Finding, ...]
    summary: Message
    not_done: tuple[Message, ...] = ()

    def to_json(self, translate=None) -> dict:
        """The ``verdict`` object of the JSON report."""
        return {
            "level": self.level.value,
            "summary": self.summary.render(translate),
            "reasons": [
                {"id": f.id, "status": f.status.value, "title": f.title.render(translate)}
                for f in self.reasons
            ],
            "not_done": [m.render(translate) for m in self.not_done],
        }


def _is_soft(finding: Finding) -> bool:
    return finding.id.startswith(SOFT_FAIL_PREFIXES)


def compute_verdict(
    findings: Iterable[Finding], kind: InputKind, offline: bool
) -> Verdict:
    """Apply the rules of this module to ``findings``. Pure; never raises for any findings."""
    findings = tuple(findings)
    not_done = _NOT_DONE_OFFLINE if offline and kind in _WEBLIKE else ()
    if not offline and kind in _WEBLIKE and _checked_but_unknown(findings, ("domain.age",)):
        not_done = (_AGE_NOT_CHECKED,)
    if not offline and kind is InputKind.WEB_SHOP and _pages_unread(findings):
        not_done = (*not_done, _PAGES_NOT_READ)
    serious = tuple(f for f in findings if f.status is Status.FAIL and not _is_soft(f))
    if serious:
        return Verdict(Level.HIGH_RISK, serious, _SUMMARY[Level.HIGH_RISK], not_done)
    warnings = tuple(
        f for f in findings if f.status is Status.WARN or (f.status is Status.FAIL and _is_soft(f))
    )
    lookalike_new = _lookalike_on_new_domain(findings)
    if lookalike_new:
        return Verdict(Level.HIGH_RISK, lookalike_new, _SUMMARY_LOOKALIKE_NEW, not_done)
    if len({f.category for f in warnings}) >= 3:
        return Verdict(Level.HIGH_RISK, warnings, _SUMMARY_COMBINED, not_done)
    if warnings:
        return Verdict(Level.CAUTION, warnings, _SUMMARY[Level.CAUTION], not_done)
    official = tuple(f for f in findings if f.id in OFFICIAL_FINDING_IDS and f.status is Status.PASS)
    if official and kind in _WEBLIKE:
        return Verdict(Level.OK, official, _SUMMARY_OFFICIAL, not_done)
    if kind not in _WEBLIKE:
        unknowns = tuple(f for f in findings if f.status is Status.UNKNOWN)
        return Verdict(Level.UNKNOWN, unknowns, _SUMMARY[Level.UNKNOWN], not_done)
    # A check that lost part of its work (failed, timed out, pages refused or read in part)
    # may have lost exactly the warning sign: never "looks OK" on what was not seen.
    lost = tuple(f for f in findings if f.status is Status.UNKNOWN and f.evidence.get("incomplete"))
    if lost:
        return Verdict(Level.UNKNOWN, lost, _SUMMARY[Level.UNKNOWN], not_done)
    missing = _missing_key_checks(findings) or (kind is InputKind.WEB_SHOP and _pages_unread(findings))
    if offline or missing:
        unknowns = tuple(f for f in findings if f.status is Status.UNKNOWN)
        return Verdict(Level.UNKNOWN, unknowns, _SUMMARY[Level.UNKNOWN], not_done)
    passes = tuple(f for f in findings if f.status is Status.PASS)
    return Verdict(Level.OK, passes, _SUMMARY[Level.OK], not_done)


_WEBLIKE = frozenset({InputKind.WEB_SHOP, InputKind.MARKETPLACE})


def _conclusive(findings: tuple[Finding, ...], prefixes: tuple[str, ...]) -> bool:
    relevant = [f for f in findings if f.id.startswith(prefixes)]
    return any(f.status is not Status.UNKNOWN for f in relevant)


def _checked_but_unknown(findings: tuple[Finding, ...], prefixes: tuple[str, ...]) -> bool:
    relevant = [f for f in findings if f.id.startswith(prefixes)]
    return bool(relevant) and all(f.status is Status.UNKNOWN for f in relevant)


def _lookalike_on_new_domain(findings: tuple[Finding, ...]) -> tuple[Finding, ...]:
    """The look-alike warning and the young or recently changed domain, when both are there."""
    lookalike = [f for f in findings if f.id == "domain.lookalike" and f.status is Status.WARN]
    new = [f for f in findings
           if (f.id == "domain.age" and f.status in (Status.WARN, Status.INFO))  # < six months
           or (f.id == "domain.changed" and f.status is Status.WARN)]
    return (*lookalike, *new) if lookalike and new else ()


def _pages_unread(findings: tuple[Finding, ...]) -> bool:
    """True when the online content check did not read the shop's pages: it reported
    ``contact.unknown`` (no answer, HTTP error, JavaScript-only page, time-out), or it left no
    ``contact.*`` finding at all."""
    contact = [f for f in findings if f.id.startswith("contact.")]
    return not contact or any(f.id == "contact.unknown" for f in contact)


def _missing_key_checks(findings: tuple[Finding, ...]) -> bool:
    """True when a key web check has no conclusive (non-unknown) finding.

    HTTPS is always key. Domain age is key too, but many country registries (``.es``, ``.de``)
    offer no RDAP at all: there, contact details read from the site and found in order stand in
    for it, so that every Spanish shop is not "not enough information" for its registry's sake.
    The verdict still lists the age under ``not_done``.
    """
    https, age = _KEY_WEB_CHECKS
    if not _conclusive(findings, https):
        return True
    if _conclusive(findings, age):
        return False
    return not any(f.id == "contact.found" and f.status is Status.PASS for f in findings)
