"""The online checks of one web shop, run in parallel (no Qt); :mod:`desktop.checks.run` streams them.

Three checks, each with its own :class:`~desktop.net.client.Client` and all under one
:class:`~desktop.net.client.Deadline`:

- ``https``: :func:`desktop.checks.tls.https_findings`;
- ``domain``: :func:`desktop.checks.rdap.domain_findings`;
- ``content``: :func:`desktop.checks.crawl.crawl` → :func:`~desktop.checks.extract.extract_contacts`
  → :func:`~desktop.checks.signals.site_findings` (and, when the link lands on another site, that
  site's link and domain findings, :mod:`desktop.checks.redirect`), plus the report's contacts, policies and
  snapshot (with the product price the page advertises, :func:`~desktop.checks.pricecapture.page_price`).

A check that does not finish by the deadline (plus a short grace) yields ``unknown`` findings
saying so; a check that fails through a bug yields ``unknown`` too (and is logged) rather than
losing the other checks' results. Imported only when a check goes online: it pulls in
``requests``, TLS and HTML parsing, which an offline check never needs.
"""

from __future__ import annotations

import logging
import queue
import time
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from desktop.cancel import CancelToken
from desktop.checks.connectivity import offline_finding, seems_offline
from desktop.checks.crawl import crawl
from desktop.checks.extract import extract_contacts
from desktop.checks.model import Category, Finding, Status
from desktop.checks.pricecapture import page_price
from desktop.checks.rdap import domain_findings
from desktop.checks.redirect import Landing, client_landing, landing_findings, landing_site, redirect_finding
from desktop.checks.report import Report
from desktop.checks.shopcountry import shop_country
from desktop.checks.shopsigns import brands_finding, urgency_finding, urgency_phrases
from desktop.checks.signals import (
    BIG_DISCOUNT, discounts, policies_of, pricing_finding, site_findings, snapshot,
)
from desktop.checks.tls import https_findings
from desktop.errors import Cancelled
from desktop.net.client import Client, Deadline
from desktop.net.options import CheckOptions
from desktop.text import N_

__all__ = ["ONLINE_CHECKS", "online_stream"]

log = logging.getLogger(__name__)

ONLINE_CHECKS = ("https", "domain", "content")
_GRACE = 1.0


@dataclass
class _Outcome:
    findings: list[Finding]
    extra: dict[str, Any] = field(default_factory=dict)
    seconds: float = 0.0


def _unknown_findings(name: str, reason) -> list[Finding]:
    title = {
        "https": N_("RunCheck", "HTTPS could not be checked"),
        "domain": N_("RunCheck", "Domain age unknown"),
        "content": N_("RunCheck", "The shop's pages could not be read"),
    }[name]
    fid, category = {"https": ("https.unavailable", Category.HTTPS),
                     "domain": ("domain.age", Category.DOMAIN),
                     "content": ("contact.unknown", Category.CONTACT)}[name]
    # "incomplete": part of the check's work was lost, so the verdict can never be "looks OK"
    return [Finding(fid, category, Status.UNKNOWN, title, reason, None,
                    {"reason": "check_failed", "check": name, "incomplete": True})]


def online_stream(report: Report, options: CheckOptions,
                  cancel: CancelToken | None = None) -> Iterator[Report | Finding]:
    """Run the online checks of the web shop ``report`` names; yield each finding as soon as
    its check ends, then the final report (``report`` extended). Guarantees and raises as
    :func:`desktop.checks.run.run_check`, which is the way to call this."""
    if cancel is not None:
        cancel.raise_if_cancelled()
    started = time.monotonic()
    deadline = Deadline(options.deadline)
    url, host, registrable = report.url, report.host, report.registrable_domain
    user_host = urlsplit(url).hostname or host

    def client() -> Client:
        return Client(options, user_hosts=[user_host], deadline=deadline, cancel=cancel)

    def https_check() -> _Outcome:
        with client() as c:
            return _Outcome(https_findings(c, url))

    def domain_check() -> _Outcome:
        with client() as c:
            return _Outcome(domain_findings(c, host, registrable))

    discount_claims: list[int] = []
    pressure: list[str] = []
    site_text: list[str] = []

    def judge_landing(landing: Landing) -> list[Finding]:
        with client() as c:
            return landing_findings(c, landing, options)

    def content_check() -> _Outcome:
        # The link leads elsewhere (an HTTP redirect, or a refresh tag or script on the page):
        # judge the shop that takes the money too. Its RDAP query starts as soon as the home
        # page is in, beside the fetching of the other pages.
        landings: dict[str, tuple[Landing, Future]] = {}
        side = ThreadPoolExecutor(max_workers=2, thread_name_prefix="landing")

        def on_home(partial) -> None:
            http = landing_site(partial, host, registrable)
            scripted = client_landing(partial, host, registrable)
            if http is not None:
                landings["http"] = (http, side.submit(judge_landing, http))
            if scripted is not None and (http is None or scripted.site != http.site):
                landings["script"] = (scripted, side.submit(judge_landing, scripted))

        try:
            result = crawl(client, url, on_home=on_home)
            contacts = extract_contacts(result.pages, host, options.country)
            # pricing.discount, pricing.brands and site.urgency wait for the domain's age (see below)
            findings = site_findings(result, contacts, host, registrable, pricing=False)
            if "http" in landings:
                http, job = landings["http"]
                findings[:0] = [redirect_finding(result, host, http), *job.result()]
            if "script" in landings:
                findings += landings["script"][1].result()
        finally:
            side.shutdown(wait=False, cancel_futures=True)
        if result.home is not None and not any(f.id == "contact.unknown" for f in findings):
            discount_claims.extend(discounts("\n".join(page.text for page in result.pages)))
            pressure.extend(urgency_phrases(result.pages))
            site_text.append("\n".join(page.text for page in result.pages))
        page = snapshot(result)
        if page is not None:  # the price the shop showed, for the Costs page's "price changed"
            # "$ 189.900" on a Colombian shop is pesos: read with the shop's country, not the user's
            shop_host = urlsplit(result.home.final_url).hostname or host
            page["price"] = page_price(result.home, shop_country(shop_host, contacts.to_report(), options.country),
                                       deadline)
        extra = {"contacts": contacts.to_report(), "policies": policies_of(result), "snapshot": page}
        return _Outcome(findings, extra)

    tasks = {"https": https_check, "domain": domain_check, "content": content_check}
    finished: queue.SimpleQueue[tuple[str, _Outcome | Cancelled]] = queue.SimpleQueue()

    def timed(name: str) -> None:
        begun = time.monotonic()
        try:
            outcome = tasks[name]()
        except Cancelled as stopped:
            finished.put((name, stopped))
            return
        except Exception:  # a bug in one check must not lose the others
            log.exception("online check %s failed", name)
            outcome = _Outcome(_unknown_findings(name, N_("RunCheck", "This check failed unexpectedly.")))
        outcome.seconds = time.monotonic() - begun
        finished.put((name, outcome))

    outcomes: dict[str, _Outcome] = {}
    pool = ThreadPoolExecutor(max_workers=len(tasks), thread_name_prefix="check")
    try:
        for name in tasks:
            pool.submit(timed, name)
        end = started + options.deadline + _GRACE
        while len(outcomes) < len(tasks):
            if cancel is not None:
                cancel.raise_if_cancelled()
            left = end - time.monotonic()
            if left <= 0:
                break
            try:
                name, outcome = finished.get(timeout=min(left, 0.1))
            except queue.Empty:
                continue
            if isinstance(outcome, Cancelled):
                raise outcome
            outcomes[name] = outcome
            yield from outcome.findings
        late = {name for name in tasks if name not in outcomes}
        for name in ONLINE_CHECKS:
            if name in late:
                unknown = _unknown_findings(name, N_(
                    "RunCheck", "This check did not finish within {seconds} seconds.").format(
                        seconds=round(options.deadline)))
                outcomes[name] = _Outcome(unknown, seconds=time.monotonic() - started)
                yield from unknown
    finally:
        pool.shutdown(wait=False, cancel_futures=True)

    # Big discounts, countdowns and many brands at deep discounts are bait at a new shop and a sale
    # at an established one; after a redirect, "established" is the age of the site the link
    # landed on. An old domain that changed hands recently (the pasted one or the landing one) is
    # not established: fake shops buy old domains for this.
    ages = [f for name in ("content", "domain") for f in outcomes[name].findings if f.id == "domain.age"]
    age = ages[0] if ages else None
    changed = any(f.id == "domain.changed" for name in ("content", "domain") for f in outcomes[name].findings)
    # Nor does age cancel other warnings: the benefit of the doubt is for a shop with none.
    others = any(f.status in (Status.WARN, Status.FAIL) for f in outcomes["content"].findings)
    established = age is not None and age.status is Status.PASS and not changed and not others
    late_content = "content" in late  # a late crawler may still be writing
    claims = [] if late_content else list(discount_claims)
    later = [pricing_finding(claims, established=established),
             urgency_finding([] if late_content else list(pressure), established=established),
             brands_finding("" if late_content else "\n".join(site_text), max(claims) if claims else None,
                            BIG_DISCOUNT, established=established)]
    for finding in (f for f in later if f is not None):
        outcomes["content"].findings.append(finding)
        yield finding

    timings = dict(report.timings)
    if seems_offline({name: outcomes[name].findings for name in ONLINE_CHECKS}):
        # Say it once, as offline mode does, instead of blaming the shop and the registry.
        log.info("no internet connection: the online checks of %s were dropped", host)
        for name in ONLINE_CHECKS:
            timings[name] = outcomes[name].seconds
        timings["online"] = time.monotonic() - started
        yield report.with_findings([offline_finding(host)]).replace(offline=True, timings=timings)
        return

    findings: list[Finding] = []
    changes: dict[str, Any] = {}
    for name in ONLINE_CHECKS:
        outcome = outcomes[name]
        findings.extend(outcome.findings)
        changes.update(outcome.extra)
        timings[name] = outcome.seconds
    timings["online"] = time.monotonic() - started
    yield report.with_findings(findings).replace(offline=False, timings=timings, **changes)
