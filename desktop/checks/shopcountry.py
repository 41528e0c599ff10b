"""Which country a shop sells from, for reading its prices (no Qt).

``$`` is the peso of Colombia, Argentina, Chile and Mexico as well as the US dollar, and a
Colombian shop on a ``.com`` writes ``$ 189.900`` for 189,900 pesos. :func:`shop_country` gives
the country to read such amounts with, from the shop's own evidence in order of trust:

1. the site's country-code ending (``.com.co``, ``.pe``), unless sold as a generic name;
2. a valid company id printed on the site (a NIT is Colombian, a RUC Peruvian …);
3. the country most of the site's phone numbers belong to (``+57 …``);
4. the user's country — only when the shop says nothing about itself.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

import phonenumbers

from desktop.checks.phones import regions_for

__all__ = ["shop_country"]

# The country of each company-id type of desktop.checks.companyids ("CO-NIT" → "CO").
_ID_COUNTRIES = {"ES", "MX", "DE", "CO", "AR", "CL", "PE", "ID"}


def _id_country(company_ids: Iterable[Mapping]) -> str | None:
    for company in company_ids:
        country = str(company.get("type", ""))[:2]
        if company.get("valid") and country in _ID_COUNTRIES:
            return country
    return None


def _phone_country(phones: Iterable[str]) -> str | None:
    regions: Counter[str] = Counter()
    for phone in phones:
        try:
            region = phonenumbers.region_code_for_number(phonenumbers.parse(phone, None))
        except phonenumbers.NumberParseException:
            continue
        if region and region != "001":
            regions[region] += 1
    return regions.most_common(1)[0][0] if regions else None


def shop_country(host: str, contacts: Mapping[str, list] | None, user_country: str | None) -> str | None:
    """The ISO 3166 alpha-2 country to read the shop's amounts with (see the module's order),
    or ``None`` when neither the shop nor the user gives one. ``contacts`` is the report's
    ``contacts`` mapping (``company_ids``, ``phones``). Pure; never raises."""
    tld_regions = regions_for(host, "")
    if tld_regions != ("US",) or host.lower().rstrip(".").endswith(".us"):
        return tld_regions[0]
    contacts = contacts or {}
    return (_id_country(contacts.get("company_ids") or ())
            or _phone_country(contacts.get("phones") or ())
            or (user_country.upper() if user_country else None))
