"""A pasted link that lands on another site: say so, and judge the site that takes the money (no Qt).

A link is often not the shop: a shortener, a "promo" domain, an old domain bought to lend its
age to a new shop. The crawl follows the redirects; :func:`landing_site` tells whether the home
page ended on another registrable domain. Then

- :func:`redirect_finding` says plainly that the link leads elsewhere (``site.redirect``; a
  warning when the landing site is plain HTTP, which the HTTPS check of the pasted address
  cannot see);
- :func:`landing_findings` runs on the landing site — or on the site a meta refresh or script
  sends the browser to (:func:`client_landing`; its pages are never fetched) — what the pasted
  one got: the offline link
  checks (lookalikes of brands and marketplaces, risky endings, site builders) and the domain's
  registration (RDAP). Their findings keep their ids, so the verdict weighs them by the same
  rules, and name the landing domain in their title and evidence (``landed_on``).

The pasted domain's own findings stay in the report: a young "promo" domain in front of a shop
is worth knowing about, but it is the landing shop whose age and name decide whether paying
there is safe.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from desktop.checks.analyze import analyze_offline
from desktop.checks.crawl import CrawlResult
from desktop.checks.domains import host_info
from desktop.checks.model import Category, Finding, Status
from desktop.checks.rdap import domain_findings
from desktop.net.client import Client
from desktop.net.options import CheckOptions
from desktop.text import N_

__all__ = ["Landing", "client_landing", "landing_findings", "landing_site", "redirect_finding"]


@dataclass(frozen=True)
class Landing:
    """Where the pasted link ended: ``url`` (the final URL), ``host`` and ``site`` (its
    registrable domain, or the host when it has none)."""

    url: str
    host: str
    site: str


def landing_site(result: CrawlResult, host: str, registrable: str | None) -> Landing | None:
    """The site the home page ended on, when it is another registrable domain than the pasted
    ``host`` (``www.`` or another subdomain of the same site is no redirect); else ``None``."""
    if result.home is None:
        return None
    final_url = result.home.final_url
    final_host = (urlsplit(final_url).hostname or "").lower().rstrip(".")
    if not final_host or final_host == host.lower().rstrip("."):
        return None
    final_site = host_info(final_host).registrable_domain or final_host
    if final_site == (registrable or host.lower().rstrip(".")):
        return None
    return Landing(final_url, final_host, final_site)


def client_landing(result: CrawlResult, host: str, registrable: str | None) -> Landing | None:
    """The other site a meta refresh or script on the home page sends the browser to (the crawl
    never follows those), or ``None``. Its domain can still be judged without fetching it."""
    page = result.pages[0] if result.pages else None
    if page is None or page.redirect is None:
        return None
    try:
        target = urlsplit(page.redirect.url)
        other = (target.hostname or "").lower().rstrip(".")
    except ValueError:
        return None
    if target.scheme not in ("http", "https") or not other or other == host.lower().rstrip("."):
        return None
    site = host_info(other).registrable_domain or other
    if site == (registrable or host.lower().rstrip(".")):
        return None
    return Landing(page.redirect.url, other, site)


def redirect_finding(result: CrawlResult, host: str, landing: Landing) -> Finding:
    """``site.redirect``: the link leads to ``landing``, in plain words, with the hops."""
    hops = [url for _, url in result.home.redirects] if result.home is not None else []
    detail = N_("SiteCheck", "You pasted a link to {host}, but it sends you on to {url}. That site is the shop "
                             "you would pay, so it is checked too: its domain age and whether its name imitates "
                             "a brand.").format(host=host, url=landing.url)
    status = Status.INFO
    if urlsplit(landing.url).scheme == "http":
        # the HTTPS check looked at the pasted address; the shop itself takes orders unencrypted
        status = Status.WARN
        detail = N_("SiteCheck", "{detail} The site it lands on does not use HTTPS: what you type there, "
                                 "card numbers included, travels unencrypted.").format(detail=detail)
    return Finding(
        "site.redirect", Category.LINK, status,
        N_("SiteCheck", "The link leads to another site: {domain}").format(domain=landing.site),
        detail,
        N_("SiteCheck", "Make sure the shop you see is the one you meant to visit."),
        {"final_url": landing.url, "redirects": hops, "domain": landing.site},
    )


# Offline findings that describe the pasted text rather than a site.
_NOT_ABOUT_THE_SITE = ("input.", "link.social_seller", "link.shortener", "link.credentials", "link.several")


def landing_findings(client: Client, landing: Landing, options: CheckOptions) -> list[Finding]:
    """The landing site's offline link findings and its domain-registration findings, each
    titled "{domain}: {title}" and carrying ``landed_on``. Never raises for network trouble
    (RDAP failures become ``unknown``); ``Cancelled`` propagates."""
    offline = analyze_offline(landing.url, replace(options, offline=True))
    findings = [f for f in offline.findings if not f.id.startswith(_NOT_ABOUT_THE_SITE)]
    findings += domain_findings(client, landing.host, host_info(landing.host).registrable_domain)
    return [_about_landing(f, landing) for f in findings]


def _about_landing(finding: Finding, landing: Landing) -> Finding:
    title = N_("SiteCheck", "{domain}: {title}").format(domain=landing.site, title=finding.title)
    return replace(finding, title=title, evidence={**finding.evidence, "landed_on": landing.site})
