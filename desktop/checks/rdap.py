"""Domain age over RDAP (RFC 9083), found through IANA's bootstrap registry (RFC 9224). No Qt.

The bootstrap ``dns.json`` ships in ``resources/rdap/`` (dated by its ``publication`` member; the
README there says where it came from). :func:`refresh_bootstrap` fetches a fresh copy when the
user is online and keeps it in the data folder; :func:`load_bootstrap` uses whichever of the two
is newer. Nothing is fetched at import or load time.

:func:`domain_findings` turns one RDAP answer into a ``domain.age`` finding (plus registration
details as evidence). Young domains are flagged with care: young is a reason to be careful, not
proof of a scam. A TLD without RDAP, an unreachable server or an unreadable answer gives
``unknown`` with the reason — never a pass.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from desktop.checks.ages import age_phrase
from desktop.checks.model import Category, Finding, Status
from desktop.net.client import Client, NetworkError
from desktop.errors import ShopSafeError
from desktop.fileio import write_atomically
from desktop.paths import data_dir, resource_path
from desktop.text import N_

__all__ = [
    "IANA_BOOTSTRAP_URL",
    "Bootstrap",
    "RdapError",
    "RdapRecord",
    "domain_findings",
    "load_bootstrap",
    "lookup",
    "parse_domain",
    "refresh_bootstrap",
    "rdap_domain_for",
    "recent_change_finding",
]

IANA_BOOTSTRAP_URL = "https://data.iana.org/rdap/dns.json"
VERY_YOUNG_DAYS = 30
YOUNG_DAYS = 180
# A change this recent on a domain older than YOUNG_DAYS is reported (see recent_change_finding).
RECENT_CHANGE_DAYS = 90
# A bare "last changed" is also written by renewals, so only this recent a one is mentioned.
RECENT_LAST_CHANGED_DAYS = 30
# RFC 9083 / IANA RDAP event actions that mean the domain changed hands or was registered anew.
_HANDOVER_EVENTS = ("transfer", "reregistration", "reinstantiation")
# EPP statuses (RFC 5731, RFC 3915) of a domain that is moving registrar or was about to be deleted.
_HANDOVER_STATUSES = ("pending transfer", "redemption period", "pending restore", "pending delete")
_EVENT_NAMES = {
    "transfer": N_("RdapCheck", "transfer to another registrar"),
    "reregistration": N_("RdapCheck", "new registration"),
    "reinstantiation": N_("RdapCheck", "re-instantiation after deletion"),
}
_MAX_RDAP_BYTES = 512 * 1024


class RdapError(ShopSafeError):
    """RDAP could not answer: no server for the TLD, not found, or an unreadable answer."""

    default_message = N_("RdapCheck", "The domain registry could not be asked.")


@dataclass(frozen=True)
class Bootstrap:
    """TLD → RDAP base URLs, with the publication date of the file they came from. Immutable."""

    publication: str
    services: Mapping[str, tuple[str, ...]]
    source: str

    def servers_for(self, domain: str) -> tuple[str, ...]:
        """Base URLs for ``domain`` by the longest matching label suffix (RFC 9224 §4)."""
        labels = domain.lower().rstrip(".").split(".")
        for i in range(1, len(labels)):
            found = self.services.get(".".join(labels[i:]))
            if found:
                return found
        return ()


def _parse_bootstrap(doc: Any, source: str) -> Bootstrap:
    if not isinstance(doc, dict) or not isinstance(doc.get("services"), list):
        raise RdapError(N_("RdapCheck", "The RDAP bootstrap file is not valid."))
    services: dict[str, tuple[str, ...]] = {}
    for entry in doc["services"]:
        if not (isinstance(entry, list) and len(entry) >= 2):
            continue
        tlds, urls = entry[0], entry[1]
        # RFC 7480: prefer https servers when a service lists several.
        urls = tuple(sorted((u for u in urls if isinstance(u, str)), key=lambda u: not u.startswith("https:")))
        for tld in tlds:
            if isinstance(tld, str) and urls:
                services[tld.lower().rstrip(".")] = urls
    return Bootstrap(str(doc.get("publication", "")), services, source)


def _cache_path() -> Path:
    return data_dir() / "rdap" / "dns.json"


def load_bootstrap() -> Bootstrap:
    """The newer of the bundled bootstrap and the refreshed copy in the data folder.

    Raises :class:`RdapError` only if the bundled file itself is unreadable (a broken install).
    """
    bundled_path = resource_path("rdap", "dns.json")
    bundled = _parse_bootstrap(json.loads(bundled_path.read_text("utf-8")), str(bundled_path))
    cached_path = _cache_path()
    if cached_path.is_file():
        try:
            cached = _parse_bootstrap(json.loads(cached_path.read_text("utf-8")), str(cached_path))
        except (ValueError, OSError, RdapError):
            return bundled
        if cached.publication > bundled.publication:
            return cached
    return bundled


def refresh_bootstrap(client: Client, url: str = IANA_BOOTSTRAP_URL) -> Bootstrap:
    """Fetch IANA's ``dns.json`` through ``client`` and keep it in the data folder.

    Only for online use (the client raises ``NetworkOffline`` otherwise). The file is validated
    before it replaces the cached copy, and written atomically. Raises :class:`RdapError` or a
    ``NetworkError``.
    """
    page = client.fetch(url, max_bytes=2 * 1024 * 1024)
    if page.status != 200:
        raise RdapError(N_("RdapCheck", "The RDAP bootstrap file could not be downloaded."))
    try:
        doc = json.loads(page.text)
    except ValueError:
        raise RdapError(N_("RdapCheck", "The RDAP bootstrap file is not valid.")) from None
    bootstrap = _parse_bootstrap(doc, url)
    if not bootstrap.services:
        raise RdapError(N_("RdapCheck", "The RDAP bootstrap file is not valid."))
    write_atomically(_cache_path(), page.text)
    return bootstrap


STALE_DAYS = 30


def _refresh_due(bootstrap: Bootstrap) -> bool:
    """True when ``bootstrap`` is older than :data:`STALE_DAYS` and no refresh was tried today.

    Trying marks the attempt (a file in the data folder), so an offline or blocked machine asks
    IANA at most once a day.
    """
    published = _parse_date(bootstrap.publication)
    now = datetime.now(UTC)
    if published is None or (now - published).days < STALE_DAYS:
        return False
    marker = data_dir() / "rdap" / "last_refresh_attempt"
    try:
        if marker.is_file() and now.timestamp() - marker.stat().st_mtime < 86400:
            return False
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.touch()
    except OSError:
        return False
    return True


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class RdapRecord:
    """What a registry says about one domain (RFC 9083 domain object). Dates are aware UTC."""

    domain: str
    server: str
    registered: datetime | None = None
    last_changed: datetime | None = None
    expires: datetime | None = None
    registrar: str | None = None
    statuses: tuple[str, ...] = ()
    events: Mapping[str, str] = field(default_factory=dict)

    def age_days(self, now: datetime | None = None) -> int | None:
        """Whole days since registration, or None when the registry gave no date."""
        if self.registered is None:
            return None
        return ((now or datetime.now(UTC)) - self.registered).days


def _parse_date(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    text = value.strip().replace("Z", "+00:00")
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _vcard_name(entity: Mapping[str, Any]) -> str | None:
    vcard = entity.get("vcardArray")
    if isinstance(vcard, list) and len(vcard) == 2 and isinstance(vcard[1], list):
        for prop in vcard[1]:
            if isinstance(prop, list) and len(prop) >= 4 and prop[0] in ("fn", "org"):
                value = prop[3]
                if isinstance(value, list):
                    value = " ".join(str(v) for v in value if v)
                if isinstance(value, str) and value.strip():
                    return value.strip()
    return None


def _registrar(entities: Any) -> str | None:
    if not isinstance(entities, list):
        return None
    for entity in entities:
        if isinstance(entity, dict) and "registrar" in (entity.get("roles") or []):
            name = _vcard_name(entity)
            if name:
                return name
            handle = entity.get("handle")
            if isinstance(handle, str):
                return handle
    for entity in entities:  # RFC 9083 allows nesting entities
        if isinstance(entity, dict):
            found = _registrar(entity.get("entities"))
            if found:
                return found
    return None


def parse_domain(doc: Any, server: str = "") -> RdapRecord:
    """Read an RFC 9083 domain object. Raises :class:`RdapError` if it is not one."""
    if not isinstance(doc, dict) or doc.get("objectClassName") != "domain":
        raise RdapError(N_("RdapCheck", "The registry's answer was not a domain record."))
    events: dict[str, str] = {}
    for event in doc.get("events") or []:
        if isinstance(event, dict) and isinstance(event.get("eventAction"), str):
            events.setdefault(event["eventAction"].lower(), str(event.get("eventDate", "")))
    statuses = tuple(s for s in doc.get("status") or [] if isinstance(s, str))
    return RdapRecord(
        domain=str(doc.get("ldhName") or doc.get("unicodeName") or "").lower(),
        server=server,
        registered=_parse_date(events.get("registration")),
        last_changed=_parse_date(events.get("last changed")),
        expires=_parse_date(events.get("expiration")),
        registrar=_registrar(doc.get("entities")),
        statuses=statuses,
        events=events,
    )


def rdap_domain_for(host: str, registrable: str | None) -> str | None:
    """The name to ask RDAP about: the registrable domain, else the last two labels."""
    if registrable:
        return registrable.lower()
    labels = [label for label in host.lower().rstrip(".").split(".") if label]
    if len(labels) < 2 or all(part.isdigit() for part in labels):
        return None
    return ".".join(labels[-2:])


def lookup(client: Client, domain: str, bootstrap: Bootstrap | None = None) -> RdapRecord:
    """Ask the registry's RDAP server about ``domain``.

    Raises :class:`RdapError` (no RDAP for the TLD, not found, unreadable answer) or a
    ``NetworkError`` (unreachable, time-out, offline).
    """
    bootstrap = bootstrap or load_bootstrap()
    servers = bootstrap.servers_for(domain)
    if not servers and _refresh_due(bootstrap):
        # Registries keep adding RDAP: a TLD missing from a stale file may be in today's.
        try:
            bootstrap = refresh_bootstrap(client)
            servers = bootstrap.servers_for(domain)
        except (RdapError, NetworkError):
            pass
    if not servers:
        raise RdapError(
            N_("RdapCheck", "The registry of .{tld} offers no RDAP service.").format(tld=domain.rsplit(".", 1)[-1]),
            reason="no_rdap",
        )
    base = servers[0] if servers[0].endswith("/") else servers[0] + "/"
    url = f"{base}domain/{quote(domain)}"  # already ASCII (punycode) from the offline analysis
    page = client.fetch(url, max_bytes=_MAX_RDAP_BYTES,
                        headers={"Accept": "application/rdap+json, application/json;q=0.9"})
    if page.status == 404:
        raise RdapError(N_("RdapCheck", "The registry has no record of {domain}.").format(domain=domain),
                        reason="not_found")
    if page.status != 200:
        raise RdapError(
            N_("RdapCheck", "The registry answered with HTTP status {status}.").format(status=page.status),
            reason="http_status",
        )
    try:
        doc = json.loads(page.text)
    except ValueError:
        raise RdapError(N_("RdapCheck", "The registry's answer was not valid JSON."), reason="bad_json") from None
    return parse_domain(doc, server=base)


# --------------------------------------------------------------------------- findings


def _evidence(record: RdapRecord, age: int | None) -> dict[str, Any]:
    def iso(value: datetime | None) -> str | None:
        return value.isoformat() if value else None

    return {
        "domain": record.domain,
        "registered": iso(record.registered),
        "last_changed": iso(record.last_changed),
        "expires": iso(record.expires),
        "age_days": age,
        "registrar": record.registrar,
        "statuses": list(record.statuses),
        "rdap_server": record.server,
    }


def _unknown(domain: str | None, detail, reason: str) -> Finding:
    return Finding(
        id="domain.age",
        category=Category.DOMAIN,
        status=Status.UNKNOWN,
        title=N_("RdapCheck", "Domain age unknown"),
        detail=detail,
        advice=N_("RdapCheck", "Search the shop's name with \"scam\" or \"penipuan\" and look for reviews "
                        "older than a few months."),
        evidence={"domain": domain, "reason": reason},
    )


def domain_findings(
    client: Client,
    host: str,
    registrable: str | None,
    *,
    bootstrap: Bootstrap | None = None,
    now: datetime | None = None,
) -> list[Finding]:
    """The ``domain.age`` finding for ``host``. Never raises for network or registry trouble.

    ``warn`` below :data:`VERY_YOUNG_DAYS`, ``info`` below :data:`YOUNG_DAYS`, ``pass`` older;
    ``unknown`` when RDAP could not answer. ``Cancelled`` still propagates.
    """
    domain = rdap_domain_for(host, registrable)
    if domain is None:
        return [_unknown(None, N_("RdapCheck", "An IP address has no domain registration to look up."), "no_domain")]
    try:
        record = lookup(client, domain, bootstrap)
    except RdapError as exc:
        return [_unknown(domain, exc.message, str(exc.data.get("reason", "rdap_error")))]
    except NetworkError as exc:
        return [_unknown(domain, N_("RdapCheck", "The registry could not be reached: {reason}").format(
            reason=exc.message), "network")]
    age = record.age_days(now)
    evidence = _evidence(record, age)
    if age is None:
        return [_unknown(domain, N_("RdapCheck", "The registry did not say when {domain} was registered.")
                         .format(domain=domain), "no_registration_date")]
    if age < VERY_YOUNG_DAYS:
        status = Status.WARN
        title = N_("RdapCheck", "Very new domain: registered {age} ago")
        detail = N_("RdapCheck", "{domain} was registered on {date}. Fake shops usually live on domains "
                          "only days or weeks old, but a new shop also starts this way: this alone "
                          "does not make it a scam.")
        advice = N_("RdapCheck", "Be careful with a shop this new: pay only in a way that protects you "
                          "(card, PayPal, escrow or cash on delivery), never by transfer.")
    elif age < YOUNG_DAYS:
        status = Status.INFO
        title = N_("RdapCheck", "Young domain: registered {age} ago")
        detail = N_("RdapCheck", "{domain} was registered on {date}, less than six months ago. Many honest "
                          "shops are this young; weigh it together with the other findings.")
        advice = None
    else:
        status = Status.PASS
        title = N_("RdapCheck", "Domain registered {age} ago")
        detail = N_("RdapCheck", "{domain} was registered on {date}. An older domain is a good sign, though "
                          "not a guarantee.")
        advice = None
    args = {"days": age, "age": age_phrase(age), "domain": domain, "date": record.registered.date().isoformat()}
    findings = [Finding(
        id="domain.age",
        category=Category.DOMAIN,
        status=status,
        title=title.format(**args),
        detail=detail.format(**args),
        advice=advice,
        evidence=evidence,
    )]
    changed = recent_change_finding(record, now)
    if changed is not None:
        findings.append(changed)
    return findings


def _days_since(value: str | None, now: datetime) -> int | None:
    parsed = _parse_date(value)
    return None if parsed is None else (now - parsed).days


def recent_change_finding(record: RdapRecord, now: datetime | None = None) -> Finding | None:
    """``domain.changed`` when an old domain (registered more than :data:`YOUNG_DAYS` ago)
    changed recently, else None. Pure.

    Fake shops buy expired or second-hand domains because an old registration date looks
    trustworthy (the Verbraucherzentrale's Fakeshop-Finder reads the last change for this
    reason). ``warn`` when the registry records a transfer, re-registration or
    re-instantiation within :data:`RECENT_CHANGE_DAYS`, or a status of a domain changing
    registrar or coming back from deletion; ``info`` when only the "last changed" date is
    within :data:`RECENT_LAST_CHANGED_DAYS` (renewals write it too, so it accuses nobody).
    Either way the domain's age no longer excuses other warnings (see ``run.py``).
    """
    now = now or datetime.now(UTC)
    age = record.age_days(now)
    if age is None or age < YOUNG_DAYS:
        return None  # a young domain is already reported as young
    handovers = []
    for action in _HANDOVER_EVENTS:
        days = _days_since(record.events.get(action), now)
        if days is not None and 0 <= days <= RECENT_CHANGE_DAYS:
            handovers.append({"event": action, "date": record.events[action][:10], "days": days})
    statuses = [s for s in record.statuses if s.lower() in _HANDOVER_STATUSES]
    last = None if record.last_changed is None else (now - record.last_changed).days
    evidence = {"domain": record.domain, "registered": record.registered.date().isoformat(),
                "last_changed": record.last_changed.date().isoformat() if record.last_changed else None,
                "events": handovers, "statuses": statuses, "registrar": record.registrar}
    args = {"domain": record.domain, "registered": evidence["registered"]}
    if handovers or statuses:
        when = handovers[0] if handovers else None
        return Finding(
            "domain.changed", Category.DOMAIN, Status.WARN,
            N_("RdapCheck", "Old domain that changed hands recently"),
            (N_("RdapCheck", "{domain} was registered on {registered}, but the registry records a {event} "
                             "on {date} ({days} days ago). Fake shops buy old domains because an old "
                             "date looks trustworthy; the age of this domain says little about who runs "
                             "the shop today.").format(**args, date=when["date"], days=when["days"],
                                         event=_EVENT_NAMES[when["event"]]) if when else
             N_("RdapCheck", "{domain} was registered on {registered}, but its registry status says "
                             "\"{status}\": it is moving to another registrar or came back from deletion. "
                             "Fake shops buy old domains because an old date looks trustworthy.").format(
                 **args, status=statuses[0])),
            N_("RdapCheck", "Do not trust the shop for its domain's age. Look for reviews written after "
                            "the change, and pay only in a way that protects you."),
            evidence,
        )
    if last is not None and 0 <= last <= RECENT_LAST_CHANGED_DAYS:
        return Finding(
            "domain.changed", Category.DOMAIN, Status.INFO,
            N_("RdapCheck", "Domain registration changed {days} days ago").format(days=last),
            N_("RdapCheck", "{domain} was registered on {registered} and its registration was last changed "
                            "on {date}. That can be a renewal, or a new owner; the domain's age alone does "
                            "not vouch for the shop.").format(**args, date=evidence["last_changed"]),
            None, evidence,
        )
    return None


def known_tlds(bootstrap: Bootstrap) -> Sequence[str]:
    """The TLDs the bootstrap covers (for diagnostics and tests)."""
    return sorted(bootstrap.services)
