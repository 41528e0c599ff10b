"""Offline findings about the pasted input itself (no lookalike logic, see :mod:`lookalike`).

Official registry domains, advice that depends on the input kind (marketplace, social seller,
phone, bank account), IP-literal hosts, credentials or ``@`` tricks, punycode and mixed-script
labels, risky TLDs, URL shorteners and free site builders. Every function is pure and offline.
"""

from __future__ import annotations

from collections.abc import Iterator

from desktop.checks.confusables import mixed_scripts
from desktop.checks.inputs import MAX_HOST_CHARS, MAX_LABEL_CHARS, MAX_URL_CHARS, ParsedInput, extract_emails
from desktop.checks.model import Category, Finding, InputKind, Status
from desktop.checks.tables import link_tables
from desktop.text import N_

__all__ = ["input_findings"]



def input_findings(parsed: ParsedInput) -> Iterator[Finding]:
    """Findings about the kind of input and the link's form (not about lookalikes)."""
    kind = parsed.kind
    if parsed.invisible:
        yield Finding(
            "input.invisible_characters", Category.LINK, Status.WARN,
            N_("LinkChecks", "The text contains invisible characters"),
            N_("LinkChecks", "Zero-width or direction-changing characters were hidden in what "
                             "you pasted. They are used to disguise links; ShopSafe removed "
                             "them before checking."),
            N_("LinkChecks", "Do not click the link in the message. Type the shop's address "
                             "yourself."),
            {},
        )
    if parsed.too_long is not None:
        yield _too_long_finding(parsed)
        return
    if kind is InputKind.NOT_UNDERSTOOD and (emails := extract_emails(parsed.text)):
        yield Finding(
            "input.email", Category.LINK, Status.UNKNOWN,
            N_("LinkChecks", "An e-mail address is not a link"),
            N_("LinkChecks", "{email} is an e-mail address, not the link of a shop: ShopSafe "
                             "cannot see who reads that mailbox.").format(email=emails[0]),
            N_("LinkChecks", "Paste the shop's link, the seller's profile link, phone number or bank "
                     "account number."),
            {"emails": emails[:5]},
        )
        return
    if kind is InputKind.NOT_UNDERSTOOD:
        yield Finding(
            "input.not_understood", Category.LINK, Status.UNKNOWN,
            N_("LinkChecks", "The input was not understood"),
            N_("LinkChecks", "No link, phone number, bank account or social handle was found in it."),
            N_("LinkChecks", "Paste the shop's link, the seller's profile link, phone number or bank "
                     "account number."),
            {"text": parsed.text[:200]},
        )
        return
    if kind is InputKind.PHONE:
        yield Finding(
            "input.phone", Category.MANUAL, Status.UNKNOWN,
            N_("LinkChecks", "Phone number {phone}").format(phone=parsed.phone),
            N_("LinkChecks", "A phone number alone cannot be checked automatically."),
            N_("LinkChecks", "Call the number, search it together with “scam”, “penipuan” or “estafa”, "
                     "and check your family's seller book."),
            {"phone": parsed.phone},
        )
        return
    if kind is InputKind.BANK_ACCOUNT:
        yield Finding(
            "input.bank_account", Category.MANUAL, Status.UNKNOWN,
            N_("LinkChecks", "Bank account {account}").format(account=parsed.bank_account),
            N_("LinkChecks", "A bank account alone cannot be checked automatically, and a transfer to a "
                     "personal account is hard to get back."),
            N_("LinkChecks", "Check the account on a public fraud register (in Indonesia: "
                     "cekrekening.id) and prefer escrow (rekber), cash on delivery or a card."),
            {"bank_account": parsed.bank_account},
        )
        return
    if kind is InputKind.SOCIAL and parsed.host is None:
        yield _social_finding(parsed, None)
        return
    yield from _link_findings(parsed)


def _too_long_finding(parsed: ParsedInput) -> Finding:
    limits = {"url": MAX_URL_CHARS, "host": MAX_HOST_CHARS, "label": MAX_LABEL_CHARS}
    detail = {
        "url": N_("LinkChecks", "The link is longer than {limit} characters, more than web servers "
                                "accept. It cannot lead to a real shop; it is broken or made to "
                                "confuse checkers."),
        "host": N_("LinkChecks", "The site name in the link is longer than the {limit} characters "
                                 "the internet's name system allows. It cannot lead to a real shop; "
                                 "it is broken or made to confuse checkers."),
        "label": N_("LinkChecks", "A part of the site name between two dots is longer than the {limit} "
                                  "characters the internet's name system allows. It cannot lead to a "
                                  "real shop; it is broken or made to confuse checkers."),
    }[parsed.too_long]
    return Finding(
        "link.too_long", Category.LINK, Status.WARN,
        N_("LinkChecks", "This link is too long to be real"),
        detail.format(limit=limits[parsed.too_long]),
        N_("LinkChecks", "Do not open it. Ask the seller for the shop's address and check that."),
        {"reason": parsed.too_long, "limit": limits[parsed.too_long], "start": parsed.raw_url or ""},
    )


# Personal payment-request links of payment services.
_PERSONAL_PAYMENT_LINKS = frozenset({"paypal.me", "revolut.me", "monzo.me", "cash.app",
                                     "cash.me", "venmo.com"})


def _social_finding(parsed: ParsedInput, platform: str | None) -> Finding:
    return Finding(
        "link.social_seller", Category.MANUAL, Status.UNKNOWN,
        N_("LinkChecks", "Seller on a social network"),
        N_("LinkChecks", "Automatic checks cannot see a seller on {platform}: anyone can open an "
                 "account there.").format(
            platform=platform or N_("LinkChecks", "social media")),
        N_("LinkChecks", "Do the self-check: account age and name changes, comments, a live video, and "
                 "pay with escrow (rekber) or cash on delivery, not a transfer."),
        {"platform": platform, "handle": parsed.social_handle, "phone": parsed.phone},
    )


def _link_findings(parsed: ParsedInput) -> Iterator[Finding]:
    info = parsed.hostinfo
    assert info is not None and parsed.host is not None
    tables = link_tables()
    entry = parsed.entry
    if entry is not None and parsed.kind is not InputKind.SOCIAL:
        # A seller on WhatsApp or Instagram gets no green "Official site of WhatsApp": the
        # network is real, the seller is not checked by it (the social finding says so).
        yield Finding(
            "link.official", Category.LINK, Status.PASS,
            N_("LinkChecks", "Official site of {brand}").format(brand=entry.name),
            N_("LinkChecks", "{domain} is one of the official domains of {brand}.").format(
                domain=info.registrable_domain or parsed.host, brand=entry.name),
            None,
            {"brand": entry.name, "kind": entry.kind, "domain": info.registrable_domain},
        )
        if parsed.kind is InputKind.MARKETPLACE:
            yield Finding(
                "link.marketplace", Category.PAYMENT, Status.INFO,
                N_("LinkChecks", "Marketplace listing on {brand}").format(brand=entry.name),
                N_("LinkChecks", "The marketplace protects your money only while you pay through its "
                         "own checkout."),
                N_("LinkChecks", "Pay only through the {brand} checkout. Never move to WhatsApp, a "
                         "bank transfer or a link the seller sends.").format(brand=entry.name),
                {"marketplace": entry.name},
            )
    if entry is not None and parsed.kind is InputKind.SOCIAL:
        yield _social_finding(parsed, entry.name)
    if entry is not None:
        if (info.registrable_domain or "") in _PERSONAL_PAYMENT_LINKS and parsed.path.strip("/"):
            yield Finding(
                "payment.personal_link", Category.PAYMENT, Status.WARN,
                N_("LinkChecks", "Payment link to a person"),
                N_("LinkChecks", "{domain} links send money straight to a person's account. "
                                 "Sellers who ask for them often want “friends and family” "
                                 "payments, which have no buyer protection.").format(
                    domain=info.registrable_domain),
                N_("LinkChecks", "Pay through the shop's own checkout, or choose “goods and "
                                 "services” so that buyer protection applies."),
                {"domain": info.registrable_domain, "path": parsed.path},
            )
    if info.ip is not None:
        yield Finding(
            "link.ip_literal", Category.LINK, Status.WARN,
            N_("LinkChecks", "The link uses a bare IP address"),
            N_("LinkChecks", "Real shops use a domain name; {ip} hides who runs the site.").format(
                ip=info.ip),
            N_("LinkChecks", "Do not enter payment or login details on this site."),
            {"ip": info.ip},
        )
    elif info.registrable_domain is None:
        yield Finding(
            "link.no_public_suffix", Category.LINK, Status.UNKNOWN,
            N_("LinkChecks", "Not a public domain name"),
            N_("LinkChecks", "{host} does not end in a public domain suffix, so it cannot be a shop on "
                     "the internet.").format(host=parsed.host),
            None,
            {"host": parsed.host},
        )
    if parsed.userinfo is not None:
        looks_like_host = "." in parsed.userinfo
        yield Finding(
            "link.credentials", Category.LINK, Status.FAIL if looks_like_host else Status.WARN,
            N_("LinkChecks", "The link hides its real destination"),
            N_("LinkChecks", "Everything before “@” in a link is ignored by the browser: this link "
                     "goes to {host}, not to {decoy}.").format(host=parsed.host,
                                                                 decoy=parsed.userinfo),
            N_("LinkChecks", "Do not open it. Type the shop's address yourself."),
            {"userinfo": parsed.userinfo, "host": parsed.host, "technique": "userinfo"},
        )
    if entry is None and info.ip is None:
        yield from _idn_findings(info.host, info.unicode_host)
        tld = info.suffix.rsplit(".", 1)[-1] if info.suffix else ""
        score = tables.tld_risk.get(tld)
        if score and not info.private_suffix:
            yield Finding(
                "link.risky_tld", Category.DOMAIN, Status.WARN if score >= 3 else Status.INFO,
                N_("LinkChecks", "Domain ending often used for scams: .{tld}").format(tld=tld),
                N_("LinkChecks", "Public abuse statistics list .{tld} among the endings most used for "
                         "phishing and fake shops. Honest shops use it too.").format(tld=tld),
                None,
                {"tld": tld, "score": score, "source": tables.tld_source},
            )
    if info.ip is None:
        yield from _hosting_findings(parsed.host, info.registrable_domain, tables)


def _hosting_findings(host: str, registrable: str | None, tables) -> Iterator[Finding]:
    shortener = tables.shortener_of(host)
    if shortener:
        yield Finding(
            "link.shortener", Category.LINK, Status.WARN,
            N_("LinkChecks", "Shortened link"),
            N_("LinkChecks", "{domain} is a link shortener: the real shop is hidden behind it."
               ).format(domain=shortener),
            N_("LinkChecks", "Open the link in the online check to see where it leads, or ask the "
                     "seller for the shop's own address."),
            {"shortener": shortener},
        )
    builder = tables.builder_of(host)
    if builder and (builder != host or builder != registrable):
        yield Finding(
            "link.site_builder", Category.DOMAIN, Status.INFO,
            N_("LinkChecks", "Site on a free site builder ({builder})").format(builder=builder),
            N_("LinkChecks", "Many small honest shops use free site builders, but so do short-lived "
                     "fake shops: the builder says nothing about the seller."),
            None,
            {"builder": builder},
        )


def _idn_findings(host: str, unicode_host: str) -> Iterator[Finding]:
    if "xn--" not in host:
        return
    scripts = mixed_scripts(unicode_host)
    if len(scripts) > 1:
        yield Finding(
            "link.mixed_script", Category.DOMAIN, Status.WARN,
            N_("LinkChecks", "The address mixes alphabets"),
            N_("LinkChecks", "{host} mixes letters from {scripts}: a classic way to imitate another "
                     "address.").format(host=unicode_host, scripts=", ".join(sorted(scripts))),
            N_("LinkChecks", "Type the shop's address yourself instead of following this link."),
            {"host": host, "unicode": unicode_host, "scripts": sorted(scripts)},
        )
    else:
        yield Finding(
            "link.punycode", Category.DOMAIN, Status.INFO,
            N_("LinkChecks", "International domain name"),
            N_("LinkChecks", "{host} is written as {unicode} in the browser.").format(
                host=host, unicode=unicode_host),
            None,
            {"host": host, "unicode": unicode_host, "scripts": sorted(scripts)},
        )
