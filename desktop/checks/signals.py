"""What the shop's own pages say about it: contacts, policies, payment, pricing, leftovers (no Qt).

:func:`site_findings` turns a :class:`~desktop.checks.crawl.CrawlResult` and the
:class:`~desktop.checks.extract.Contacts` found in it into findings:

- ``contact.*``: ``found`` (pass), ``none`` (warn: no way to reach the seller), ``whatsapp_only``
  (warn), ``free_webmail`` (info, warn when nothing else identifies the seller),
  ``email_domain`` (info: e-mail on a domain unlike the shop's), ``company_id`` (pass / warn when
  the check digit fails), ``unknown`` when the site could not be read;
- ``policies.*``: ``found``, ``missing`` (warn when neither returns nor privacy exist), ``imprint``
  (warn for a German/Austrian shop without Impressum), ``complaints_book`` (warn for a Peruvian
  shop — ``.pe`` or a valid RUC — without a Libro de Reclamaciones), ``unknown`` when pages failed;
- ``payment.*``: advertised methods weighed against the shop's payment instructions, see
  :mod:`desktop.checks.paymentfindings`;
- ``pricing.discount`` (warn at :data:`BIG_DISCOUNT` percent or more; information only for an
  established domain, see :func:`pricing_finding`);
- ``site.template`` (warn: lorem ipsum, placeholder e-mails and other template leftovers);
- ``site.client_redirect`` (warn: a refresh tag or script sends the browser to another site) and
  ``content.partial`` (unknown: a page was read only in part). An HTTP redirect to another site
  is :mod:`desktop.checks.redirect`'s.
- the signs of :mod:`~desktop.checks.shopsigns` (``contact.placeholder_address``,
  ``pricing.brands``, ``site.urgency``, the last two decided with the domain's age like the discount)
  and of :mod:`~desktop.checks.shopidentity` (``policies.copied``, ``contact.company_names``,
  ``contact.country_mismatch``).

Pure functions over text; they never fetch anything.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import urlsplit

from desktop.checks.companyids import format_company_id
from desktop.checks.crawl import CrawlResult
from desktop.checks.domains import host_info
from desktop.checks.extract import Contacts
from desktop.checks.model import Category, Finding, Status
from desktop.checks.payment import payment_methods
from desktop.checks.paymentfindings import payment_findings
from desktop.checks.report import POLICY_KEYS
from desktop.checks.shopidentity import company_names_finding, copied_policy_finding, country_finding
from desktop.checks.shopsigns import (
    brands_finding, placeholder_address_finding, urgency_finding, urgency_phrases,
)
from desktop.text import N_, Message

__all__ = ["BIG_DISCOUNT", "FREE_WEBMAIL", "discounts", "payment_methods", "policies_of", "pricing_finding",
           "site_findings", "snapshot"]

BIG_DISCOUNT = 60
SNAPSHOT_TEXT_LIMIT = 20_000
SUBPAGE_TEXT_LIMIT = 8_000

FREE_WEBMAIL = frozenset({
    "gmail.com", "googlemail.com", "yahoo.com", "yahoo.co.id", "yahoo.es", "yahoo.com.mx", "yahoo.de",
    "ymail.com", "rocketmail.com", "hotmail.com", "hotmail.es", "hotmail.de", "outlook.com", "outlook.es",
    "outlook.co.id", "live.com", "msn.com", "aol.com", "icloud.com", "me.com", "mail.com", "gmx.de",
    "gmx.net", "web.de", "t-online.de", "proton.me", "protonmail.com", "yandex.com", "yandex.ru",
    "mail.ru", "zoho.com", "qq.com", "163.com", "126.com",
})


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _f(fid: str, category: Category, status: Status, title: Message, detail: Message,
       advice: Message | None = None, **evidence: Any) -> Finding:
    return Finding(fid, category, status, title, detail, advice, evidence)


# --------------------------------------------------------------------------- pricing

_DISCOUNT_PATTERNS = (
    re.compile(r"(?<![\w.,])[-\u2212\u2013]\s?(\d{2})\s?%"),
    re.compile(r"\b(\d{2})\s?%\s?(?:off|discount|diskon|potongan|descuento|de descuento|dto\.?|rabatt|reduziert)\b"),
    re.compile(r"\b(?:diskon|discount|save|hemat|descuento|ahorra|rabatt|sale|potongan)\s*"
               r"(?:up to|hingga|s/d|sampai|hasta|bis zu|de)?\s*(\d{2})\s?%"),
)


def discounts(text: str) -> list[int]:
    """Discount percentages claimed in ``text`` (10–99)."""
    folded = _fold(text)
    values = []
    for pattern in _DISCOUNT_PATTERNS:
        values += [int(m) for m in pattern.findall(folded) if 10 <= int(m) <= 99]
    return values


def pricing_finding(values: list[int], established: bool | None = None) -> Finding | None:
    """``pricing.discount`` for the discount claims ``values`` (see :func:`discounts`), or None.

    At :data:`BIG_DISCOUNT` % or more it warns — unless ``established`` (the domain has been
    registered for longer than the RDAP check's "young" threshold): big retailers run clearance
    sales too, so there it is information. Measured on 140 product pages of real shops, 10 show
    60–95 % claims.
    """
    if not values or max(values) < BIG_DISCOUNT:
        return None
    top = max(values)
    evidence = {"max_percent": top, "claims": sorted(set(values), reverse=True)[:10]}
    if established:
        return _f("pricing.discount", Category.PRICING, Status.INFO,
                  N_("SiteCheck", "Discounts of {percent} % advertised").format(percent=top),
                  N_("SiteCheck", "The shop advertises {percent} % off. Its domain has existed for a long "
                                  "time, so this is more likely a clearance sale than bait; still compare the "
                                  "price with other shops.").format(percent=top),
                  None, **evidence)
    return _f("pricing.discount", Category.PRICING, Status.WARN,
              N_("SiteCheck", "Discounts of {percent} % advertised").format(percent=top),
              N_("SiteCheck", "Brand goods at {percent} % off are the classic fake-shop bait. "
                              "Compare the price with other shops before you pay.").format(percent=top),
              None, **evidence)


def _pricing_findings(text: str) -> Iterator[Finding]:
    finding = pricing_finding(discounts(text))
    if finding is not None:
        yield finding


# --------------------------------------------------------------------------- template leftovers

_TEMPLATE = re.compile(r"lorem ipsum|dolor sit amet|your company name|company name here|your store name|"
                       r"nama toko anda|nombre de (?:tu|su) tienda|just another wordpress site|add your text here|"
                       r"insert text here|sample page|\(555\) 555-?5555|123 main street, anytown|"
                       r"ihr firmenname|musterstra(?:ss|ß)e")


def _template_findings(text: str, contacts: Contacts) -> Iterator[Finding]:
    hits = sorted(set(_TEMPLATE.findall(_fold(text))))
    hits += contacts.placeholder_emails
    if hits:
        yield _f("site.template", Category.REPUTATION, Status.WARN,
                 N_("SiteCheck", "Template text left on the site"),
                 N_("SiteCheck", "The site still shows placeholder text ({examples}). Fake shops are "
                                 "often built from a template in a hurry.").format(examples=", ".join(hits[:3])),
                 None, leftovers=hits[:10])


# --------------------------------------------------------------------------- contacts


def _contact_findings(contacts: Contacts, registrable: str | None, contact_failed: bool) -> Iterator[Finding]:
    evidence = contacts.to_report()
    if contacts.empty:
        if contact_failed:
            yield _f("contact.unknown", Category.CONTACT, Status.UNKNOWN,
                     N_("SiteCheck", "Contact details could not be read"),
                     N_("SiteCheck", "The shop's contact page could not be fetched, so it is unknown "
                                     "how to reach the seller."), None, incomplete=True, **evidence)
            return
        yield _f("contact.none", Category.CONTACT, Status.WARN,
                 N_("SiteCheck", "No way to contact the seller"),
                 N_("SiteCheck", "No phone number, e-mail address, WhatsApp or postal address was found "
                                 "on the shop's pages."),
                 N_("SiteCheck", "Do not pay a shop you cannot reach if something goes wrong."), **evidence)
        return
    free_only = bool(contacts.emails) and all(e.split("@")[1] in FREE_WEBMAIL for e in contacts.emails) and not (
        contacts.phones or contacts.whatsapp or contacts.addresses or contacts.company_ids)
    # A free webmail address alone is no way to find the seller again: found, but not a pass.
    yield _f("contact.found", Category.CONTACT, Status.INFO if free_only else Status.PASS,
             N_("SiteCheck", "Contact details found"),
             N_("SiteCheck", "{phones} phone number(s), {emails} e-mail address(es), {addresses} "
                             "postal address(es). Call the number before you pay.").format(
                 phones=len(contacts.phones), emails=len(contacts.emails), addresses=len(contacts.addresses)),
             None, **evidence)
    phones_beyond_wa = [p for p in contacts.phones if p not in contacts.whatsapp]
    if contacts.whatsapp and not (contacts.emails or contacts.addresses or phones_beyond_wa):
        yield _f("contact.whatsapp_only", Category.CONTACT, Status.WARN,
                 N_("SiteCheck", "Only a WhatsApp number"),
                 N_("SiteCheck", "The only contact is a WhatsApp chat. Such numbers are cheap to throw "
                                 "away; there is no address or company behind them."),
                 N_("SiteCheck", "Never move the payment into the chat; ask for a call or a live video."),
                 whatsapp=contacts.whatsapp)
    free = [e for e in contacts.emails if e.split("@")[1] in FREE_WEBMAIL]
    own = [e for e in contacts.emails if registrable and (e.split("@")[1] == registrable
                                                           or e.split("@")[1].endswith("." + registrable))]
    if free and not own:
        identified = bool(contacts.addresses or [c for c in contacts.company_ids if c.get("valid")])
        yield _f("contact.free_webmail", Category.CONTACT, Status.INFO if identified else Status.WARN,
                 N_("SiteCheck", "E-mail on free webmail ({email})").format(email=free[0]),
                 N_("SiteCheck", "The shop's e-mail is a free account anyone can open in a minute, not "
                                 "an address on its own domain."), None, emails=free)
    other = [e for e in contacts.emails if e not in free and e not in own]
    if registrable and other and not own:
        yield _f("contact.email_domain", Category.CONTACT, Status.INFO,
                 N_("SiteCheck", "E-mail on another domain ({email})").format(email=other[0]),
                 N_("SiteCheck", "The e-mail address is not on {domain}. That can be a parent company, "
                                 "or a copied page.").format(domain=registrable), None, emails=other)
    for company in contacts.company_ids:
        if company.get("valid"):
            printed = format_company_id(company["type"], company["value"])  # "900.373.913-4"
            yield _f("contact.company_id", Category.CONTACT, Status.PASS,
                     N_("SiteCheck", "Company identifier {value} ({type})").format(**{**company, "value": printed}),
                     N_("SiteCheck", "The number is well-formed. Look it up in the official company "
                                     "register to see that it belongs to this shop."), None, **company)
        else:
            yield _f("contact.company_id", Category.CONTACT, Status.WARN,
                     N_("SiteCheck", "Invalid company identifier {value} ({type})").format(**company),
                     N_("SiteCheck", "The number printed on the site fails its check digit: it is "
                                     "mistyped or made up."), None, **company)


# --------------------------------------------------------------------------- policies

_POLICY_NAMES = {"privacy": N_("SiteCheck", "privacy"), "returns": N_("SiteCheck", "returns"),
                 "terms": N_("SiteCheck", "terms"), "shipping": N_("SiteCheck", "shipping"),
                 "imprint": N_("SiteCheck", "imprint"), "complaints": N_("SiteCheck", "complaints book")}


def _join(kinds: list[str], names: Mapping[str, Message] = _POLICY_NAMES) -> Message:
    """A translatable list ("privacy, returns, terms") built from translatable names."""
    if len(kinds) == 1:
        return names[kinds[0]]
    return N_("SiteCheck", "{first}, {rest}").format(first=names[kinds[0]], rest=_join(kinds[1:], names))


def _peruvian(host: str, contacts: Contacts) -> bool:
    """A shop under ``.pe`` or one that prints a valid Peruvian RUC."""
    return host.rstrip(".").lower().endswith(".pe") or any(
        c.get("type") == "PE-RUC" and c.get("valid") for c in contacts.company_ids)


def _mentions_complaints_book(result: CrawlResult) -> bool:
    """The home page shows a complaints book the crawl found no link to (an image named
    "libro-de-reclamaciones.png" in a form's button, a script-made link): no warning then."""
    html = result.pages[0].raw_html[:3_000_000].lower() if result.pages else ""
    return any(word in html for word in ("reclamaciones", "libro-de-reclamos", "libro de reclamos",
                                          "libroreclamos"))


def _policy_findings(result: CrawlResult, host: str, contacts: Contacts) -> Iterator[Finding]:
    found = [k for k in POLICY_KEYS if k in result.found]
    failed = [k for k, url in result.linked.items()
              if k in POLICY_KEYS and k not in result.found and url in result.errors]
    evidence = {"found": {k: result.found[k] for k in found}, "unreadable": failed}
    if found:
        yield _f("policies.found", Category.POLICIES, Status.PASS,
                 N_("SiteCheck", "Policies found: {items}").format(items=_join(found)),
                 N_("SiteCheck", "Read the returns and privacy pages before you buy: who pays for "
                                 "returns, and how long you have."), None, **evidence)
    missing = [k for k in ("privacy", "returns", "terms") if k not in result.found and k not in failed]
    if failed:
        yield _f("policies.unknown", Category.POLICIES, Status.UNKNOWN,
                 N_("SiteCheck", "Some policy pages could not be read"),
                 N_("SiteCheck", "Links to {items} exist but the pages could not be fetched.").format(
                     items=_join(failed)), None, incomplete=True, **evidence)
    if missing:
        serious = "returns" in missing and "privacy" in missing
        yield _f("policies.missing", Category.POLICIES, Status.WARN if serious else Status.INFO,
                 N_("SiteCheck", "No page found for: {items}").format(items=_join(missing)),
                 N_("SiteCheck", "A real shop tells you how returns, refunds and your personal data are "
                                 "handled. Missing policies leave you without rights you can point to."),
                 None, missing=missing, **evidence)
    if host.rsplit(".", 1)[-1] in ("de", "at") and "imprint" not in result.found and "imprint" not in failed:
        yield _f("policies.imprint", Category.POLICIES, Status.WARN,
                 N_("SiteCheck", "No Impressum"),
                 N_("SiteCheck", "Shops in Germany and Austria must name their owner and address in an "
                                 "Impressum; this one has none."), None)
    if (_peruvian(host, contacts) and "complaints" not in result.found and "complaints" not in failed
            and not _mentions_complaints_book(result)):
        # Ley 29571 and D.S. 011-2011-PCM: every business selling to consumers in Peru, online
        # shops included, must offer a (virtual) Libro de Reclamaciones.
        yield _f("policies.complaints_book", Category.POLICIES, Status.WARN,
                 N_("SiteCheck", "No Libro de Reclamaciones"),
                 N_("SiteCheck", "Shops in Peru must offer a complaints book (Libro de Reclamaciones), also "
                                 "online; this one links none."),
                 N_("SiteCheck", "Without it you have no official way to complain to INDECOPI about this "
                                 "shop."))


# --------------------------------------------------------------------------- all together


def snapshot(result: CrawlResult) -> dict[str, Any] | None:
    """The report's ``snapshot``: what the home page showed (URL, final URL, status, title, text,
    fetch time) and the text of the other pages read, as plain text (never rendered HTML)."""
    if result.home is None or not result.pages:
        return None
    home = result.pages[0]
    return {
        "url": result.url,
        "final_url": result.home.final_url,
        "status": result.home.status,
        "title": home.title,
        "text": home.text[:SNAPSHOT_TEXT_LIMIT],
        "fetched_at": result.home.fetched_at,
        # the contact and policy pages as they read then: "returns within 14 days" is evidence
        "pages": [{"url": page.url, "title": page.title, "text": page.text[:SUBPAGE_TEXT_LIMIT]}
                  for page in result.pages[1:]],
    }


def policies_of(result: CrawlResult) -> dict[str, str | None]:
    """The report's ``policies`` mapping: URL of each policy page found, else None."""
    return {k: result.found.get(k) for k in POLICY_KEYS}


_MIN_VISIBLE_TEXT = 150


def _unreadable_reason(result: CrawlResult) -> Message | None:
    """Why the home page, though fetched, cannot be judged: refused (403, 429, 503 challenge
    pages) or empty without JavaScript. "No contact found" would then be a false alarm."""
    home = result.home
    assert home is not None
    if home.status >= 400:
        return N_("SiteCheck", "the site answered with HTTP status {status}").format(status=home.status)
    page = result.pages[0] if result.pages else None
    if page is not None and len(page.text) < _MIN_VISIBLE_TEXT and "<script" in page.raw_html.lower():
        return N_("SiteCheck", "the page shows its content only with JavaScript, which ShopSafe never runs")
    return None


def _unknown_site(reason: Message, incomplete: bool = False) -> list[Finding]:
    # ``incomplete``: the pages were asked for and not delivered (no answer, an HTTP error), as
    # opposed to delivered but empty without JavaScript
    flag = {"incomplete": True} if incomplete else {}
    return [
        _f("contact.unknown", Category.CONTACT, Status.UNKNOWN,
           N_("SiteCheck", "The shop's pages could not be read"),
           N_("SiteCheck", "Contact details, policies and payment methods are unknown: {reason}").format(
               reason=reason), None, **flag),
        _f("policies.unknown", Category.POLICIES, Status.UNKNOWN,
           N_("SiteCheck", "Policies unknown"),
           N_("SiteCheck", "The site could not be read, so its policies were not checked."), None, **flag),
    ]


def site_findings(result: CrawlResult, contacts: Contacts, host: str, registrable: str | None,
                  *, pricing: bool = True) -> list[Finding]:
    """Every content finding for one crawl. Pure; never raises.

    ``pricing=False`` leaves ``pricing.discount``, ``pricing.brands`` and ``site.urgency`` out, for a
    caller that decides them later with
    the domain's age (:func:`pricing_finding`, as :func:`desktop.checks.run.run_check` does).
    """
    if result.home is None:
        return _unknown_site(result.home_error or N_("SiteCheck", "no answer"), incomplete=True)
    unreadable = _unreadable_reason(result)
    if unreadable is not None:
        return _unknown_site(unreadable, incomplete=result.home.status >= 400)
    text = "\n".join(page.text for page in result.pages)
    findings_redirect = list(_client_redirect_findings(result, host, registrable))
    findings_redirect += _cut_findings(result)
    contact_failed = "contact" in result.linked and "contact" not in result.found
    # "123 Main Street, Anytown" is no address: it neither counts as contact nor identifies anyone
    real = [a for a in contacts.addresses if placeholder_address_finding(a) is None]
    if len(real) != len(contacts.addresses):
        contacts = dataclasses.replace(contacts, addresses=real)
    findings = list(_contact_findings(contacts, registrable, contact_failed))
    findings += _policy_findings(result, host, contacts)
    findings += payment_findings(text, [(page.url, page.text) for page in result.pages])
    if pricing:
        claims = discounts(text)
        findings += _pricing_findings(text)
        findings += [f for f in [urgency_finding(urgency_phrases(result.pages)),
                                 brands_finding(text, max(claims) if claims else None, BIG_DISCOUNT)] if f]
    findings += _template_findings(text, contacts)
    signs = [copied_policy_finding(result.pages, result.found, host, registrable),
             company_names_finding(result.pages, result.found),
             placeholder_address_finding(text),
             country_finding(text, contacts.phones, contacts.addresses, host_info(host).suffix)]
    findings += [f for f in signs if f is not None]
    return findings_redirect + findings


def _client_redirect_findings(result: CrawlResult, host: str, registrable: str | None) -> Iterator[Finding]:
    """A meta refresh or script on the home page that sends the browser to another site: the
    shop the buyer ends up in was not checked (ShopSafe never follows such redirects)."""
    page = result.pages[0] if result.pages else None
    if page is None or page.redirect is None:
        return
    target = page.redirect.url
    try:
        other = (urlsplit(target).hostname or "").lower().rstrip(".")
    except ValueError:
        return
    if not other or other == host.lower():
        return
    site = host_info(other).registrable_domain or other
    if site == (registrable or host.lower()):
        return
    how = page.redirect.text
    yield _f("site.client_redirect", Category.LINK, Status.WARN,
             N_("SiteCheck", "The page sends you on to another site: {domain}").format(domain=site),
             # its pages are never fetched, but its domain is judged (desktop.checks.redirect)
             (N_("SiteCheck", "The page forwards the browser to {url} with a refresh tag. That site's pages "
                              "were not read; its domain's age and name are checked below, the other findings "
                              "are about {host}.")
              if how == "meta" else
              N_("SiteCheck", "A script on the page forwards the browser to {url}. That site's pages were not "
                              "read; its domain's age and name are checked below, the other findings are "
                              "about {host}.")).format(url=target, host=host),
             N_("SiteCheck", "Check the address you end up on separately before you pay there."),
             target=target, method=how, domain=site)


def _cut_findings(result: CrawlResult) -> Iterator[Finding]:
    """Pages parsed only in part (too large, or too slow to parse within the time limit)."""
    cut = [(page.url, page.cut) for page in result.pages if page.cut is not None]
    if not cut:
        return
    yield _f("content.partial", Category.CONTACT, Status.UNKNOWN,
             N_("SiteCheck", "Part of the shop's pages was not read"),
             N_("SiteCheck", "{count} page(s) were too large or too broken to read completely in "
                             "time; {url} was read only in part. What the rest says was not checked."
                ).format(count=len(cut), url=cut[0][0]),
             None, incomplete=True, pages=[{"url": url, **c.to_evidence()} for url, c in cut])
