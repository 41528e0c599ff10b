"""A local RDAP server (RFC 9083 JSON over HTTPS) and a test bootstrap pointing at it.

Usage::

    rdap = RdapRegistry(https_server, "rdap.test")
    rdap.add_domain("tokobatik.test", registered=days_ago(3000), registrar="PT Registrar Nusantara")
    bootstrap_path = rdap.write_bootstrap(data_dir, tlds=["test"])   # cached bootstrap, newer

The documents follow RFC 9083 §5.3 (domain object class): ``objectClassName``, ``handle``,
``ldhName``, ``status``, ``events`` (registration / last changed / expiration), a registrar
``entity`` with a jCard ``vcardArray`` and an IANA Registrar ID ``publicIds`` entry,
``nameservers``, ``rdapConformance``, ``notices`` and ``links``. Unknown domains get the server's
404, as real registries answer.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path

__all__ = ["RdapRegistry", "days_ago", "domain_document"]


def days_ago(days: float) -> datetime:
    return datetime.now(UTC).replace(microsecond=0) - timedelta(days=days)


def _iso(value: datetime) -> str:
    return value.strftime("%Y-%m-%dT%H:%M:%SZ")


def domain_document(
    domain: str,
    *,
    registered: datetime,
    registrar: str = "Example Registrar, Inc.",
    registrar_id: str = "9999",
    last_changed: datetime | None = None,
    expires: datetime | None = None,
    statuses: Iterable[str] = ("client transfer prohibited",),
    base_url: str = "https://rdap.test/",
) -> dict:
    """A complete RFC 9083 domain object for ``domain``."""
    last_changed = last_changed or registered + timedelta(days=1)
    expires = expires or registered + timedelta(days=365 * (1 + (datetime.now(UTC) - registered).days // 365))
    return {
        "rdapConformance": ["rdap_level_0", "icann_rdap_response_profile_1", "icann_rdap_technical_implementation_guide_1"],
        "objectClassName": "domain",
        "handle": f"{domain.upper().replace('.', '_')}-TEST",
        "ldhName": domain.upper(),
        "links": [{"value": f"{base_url}domain/{domain}", "rel": "self",
                   "href": f"{base_url}domain/{domain}", "type": "application/rdap+json"}],
        "status": list(statuses),
        "entities": [
            {
                "objectClassName": "entity",
                "handle": registrar_id,
                "roles": ["registrar"],
                "publicIds": [{"type": "IANA Registrar ID", "identifier": registrar_id}],
                "vcardArray": ["vcard", [["version", {}, "text", "4.0"], ["fn", {}, "text", registrar]]],
                "entities": [{
                    "objectClassName": "entity",
                    "roles": ["abuse"],
                    "vcardArray": ["vcard", [["version", {}, "text", "4.0"], ["fn", {}, "text", ""],
                                             ["email", {}, "text", "abuse@registrar.test"]]],
                }],
            }
        ],
        "events": [
            {"eventAction": "registration", "eventDate": _iso(registered)},
            {"eventAction": "expiration", "eventDate": _iso(expires)},
            {"eventAction": "last changed", "eventDate": _iso(last_changed)},
            {"eventAction": "last update of RDAP database", "eventDate": _iso(datetime.now(UTC))},
        ],
        "secureDNS": {"delegationSigned": False},
        "nameservers": [{"objectClassName": "nameserver", "ldhName": f"NS{i}.HOSTING.TEST"} for i in (1, 2)],
        "notices": [{"title": "Terms of Use", "description": ["Service subject to the test registry's terms."],
                     "links": [{"href": "https://rdap.test/terms", "rel": "alternate", "type": "text/html"}]}],
    }


class RdapRegistry:
    """An RDAP service mounted as a virtual host of a running ``TestServer``."""

    def __init__(self, server, host: str = "rdap.test", *, delay: float = 0.0) -> None:
        self.server = server
        self.host = host
        self.base_url = f"{server.scheme}://{host}:{server.port}/rdap/"
        self.site = server.add_site(host, delay=delay)
        self.queries: list[str] = []

    def add_domain(self, domain: str, **fields) -> dict:
        doc = domain_document(domain, base_url=self.base_url, **fields)
        body = json.dumps(doc).encode()

        def route(req, body=body, domain=domain) -> None:
            self.queries.append(domain)
            req.send_body(body, content_type="application/rdap+json")

        self.site.routes[f"/rdap/domain/{domain}"] = route
        return doc

    def add_raw(self, domain: str, body: bytes, status: int = 200,
                content_type: str = "application/rdap+json") -> None:
        self.site.routes[f"/rdap/domain/{domain}"] = lambda req: req.send_body(
            body, status=status, content_type=content_type)

    def bootstrap(self, tlds: Iterable[str]) -> dict:
        return {
            "description": "RDAP bootstrap file for Domain Name System registrations (test)",
            "publication": "2099-01-01T00:00:00Z",  # newer than the bundled file
            "services": [[sorted(tlds), [self.base_url]]],
            "version": "1.0",
        }

    def write_bootstrap(self, data_dir: Path | str, tlds: Iterable[str]) -> Path:
        """Write the bootstrap where ``desktop.checks.rdap`` keeps its refreshed copy."""
        path = Path(data_dir) / "rdap" / "dns.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(self.bootstrap(tlds)), "utf-8")
        return path
