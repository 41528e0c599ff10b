"""desktop.checks.phones: regions, page evidence, vanity numbers, labelled international numbers
and the digit runs that are no phone number, through the same entry points the crawl uses."""

from __future__ import annotations

import pytest

from desktop.checks.extract import extract_contacts, parse_html
from desktop.checks.phones import find_phones, phone_from_link, region_evidence, regions_for


def contacts_of(html: str, host: str = "shop.com", country: str = "US"):
    return extract_contacts([parse_html(html, f"https://{host}/contact")], host, country)


@pytest.mark.parametrize(("host", "country", "expected"), [
    ("acebraces.ie", "US", ("IE", "US")),
    ("shop.co.uk", "ID", ("GB", "ID")),
    ("toko.co.id", "ID", ("ID",)),
    ("startup.io", "ES", ("ES",)),      # .io is sold as a generic name: no region from it
    ("startup.io", "", ("US",)),
    ("tienda.com", "", ("US",)),
])
def test_regions_for(host, country, expected):
    assert regions_for(host, country) == expected


def test_irish_number_on_ie_site():
    c = contacts_of("<p>Phone: 057 9322886</p>", "www.acebraces.ie")
    assert c.phones == ["+353579322886"]


def test_uk_postcode_lets_national_numbers_parse_on_com():
    page = "<p>Zynk Design, 5 Denmark Street, London WC2H 9HQ</p><p>Call 020 7193 1430 or 07866 556610</p>"
    assert contacts_of(page).phones == ["+442071931430", "+447866556610"]
    # the same numbers without any evidence of the country stay unread rather than guessed
    assert contacts_of("<p>Call 020 7193 1430 or 07866 556610</p>").phones == []


def test_postcode_lookalikes_are_no_evidence():
    # inward codes never use C, I, K, M, O, V; "ZZ" is no postcode area
    assert region_evidence("SKU AB12 3CD, part ZZ1 1AB") == []
    assert region_evidence("Ships from ME9 7BZ") == ["GB"]


def test_html_lang_and_schema_country_are_evidence():
    html = '<html lang="en-GB"><body><p>Mobile 07545025137</p></body></html>'
    assert contacts_of(html).phones == ["+447545025137"]
    ld = ('<script type="application/ld+json">{"@type": "Organization", "address": '
          '{"@type": "PostalAddress", "addressCountry": "AU"}}</script><p>Phone (02) 9191-8364</p>')
    assert contacts_of(ld).phones == ["+61291918364"]
    assert contacts_of("<p>Suite 4, 10 George St, Sydney NSW 2000</p><p>(02) 9191-8364</p>").phones \
        == ["+61291918364"]


def test_hinted_region_reads_only_trunk_prefixed_numbers():
    # with a UK hint, a bare digit run is not read as a British number
    assert find_phones("Order 2071931430 shipped", ["ID"], ["GB"]) == []
    assert find_phones("Kantor 020 7193 1430", ["ID"], ["GB"]) == ["+442071931430"]


def test_tel_link_with_national_number_uses_hints():
    html = '<p>London WC2H 9HQ</p><a href="tel:02071931430">Ring us</a>'
    assert contacts_of(html).phones == ["+442071931430"]
    assert phone_from_link("tel:02071931430", ["US"]) is None
    assert phone_from_link("tel:%2B62-274-512345;ext=2", ["US"]) == "+62274512345"


def test_a_written_number_counts_once_in_the_first_region():
    text = "Ahmedabad Tel: +91 79 6630 4000 Fax: 079-2658 0491. London office E14 9GE"
    phones = find_phones(text, ["US"], region_evidence(text))
    assert "+917926580491" in phones and not any(p.startswith("+44") for p in phones)


@pytest.mark.parametrize(("text", "expected"), [
    ("Call 303.333.PAUL today", ["+13033337285"]),
    ("1-888-LUTRON1 (588-7661)", ["+18885887661"]),
    ("Box office (734) 668-TIME", ["+17346688463"]),
    ("1-877-SOV-BANK (768-2265)", ["+18777682265"]),
    ("ioSafe 214 NAS RAID", []),             # product name
    ("377 W 11TH ST. # 2F", []),             # street address
    ("APKT 1604 PDFR AK10 inserts", []),     # part number
])
def test_vanity_numbers(text, expected):
    assert find_phones(text, ["US"]) == expected


def test_vanity_numbers_only_in_north_american_regions():
    assert find_phones("Call 303.333.PAUL today", ["ID"]) == []


@pytest.mark.parametrize(("text", "regions", "expected"), [
    ("Dubai\nTel: 971 48131941", ["US"], ["+97148131941"]),
    ("Telp. 62 812-3456-7890", ["ID"], ["+6281234567890"]),
    ("WA: 62 812 3456 7890", ["ID"], ["+6281234567890"]),
    ("United Kingdom\nTel: 44 (0) 1621 862 145", ["US"], ["+441621862145"]),
    ("Sumner , WA 98352-0001", ["US"], []),            # a state and a ZIP code, not WhatsApp
    ("Phone: (415) 555-0132", ["US"], ["+14155550132"]),  # read nationally, not as +41
])
def test_labelled_number_without_plus(text, regions, expected):
    assert find_phones(text, regions) == expected


@pytest.mark.parametrize(("text", "regions", "expected"), [
    ("prev next 1 2 3 4 5 6 7 8 9 10", ["US"], []),
    ("Your IP Address is: 5.167.214.238", ["US"], []),
    ("Amiga 500/600/1200 Power Supply", ["US"], []),
    ("Le Service Clients au 01 76 36 31 06", ["FR", "US"], ["+33176363106"]),
    ("Venta telefónica 600 400 6400", ["CL", "US"], ["+566004006400"]),  # Chilean, not +1 600
    ("calling (212) NEW-YORK (639-9675) . 311 TTY", ["US"], ["+12126399675"]),  # not +1 639 967 5311
])
def test_digit_runs_that_are_no_phone_number(text, regions, expected):
    assert find_phones(text, regions) == expected


def test_country_named_on_the_page_is_evidence_unless_it_is_a_picker():
    assert region_evidence("Creative agency in Blackpool , Lancashire , UK .") == ["GB"]
    assert region_evidence("Sydney office. © Optimisation Australia") == ["AU"]
    picker = "Ship to: Australia Austria Germany Indonesia Ireland United Kingdom"
    assert region_evidence(picker) == []
    assert contacts_of(f"<p>{picker}</p><p>Tel 0845 519 7209</p>").phones == []
    assert contacts_of("<p>Preston | Manchester | UK</p><p>Tel: 0845 519 7209</p>").phones == ["+448455197209"]
    assert region_evidence("Ukulele shop, uk language") == []


@pytest.mark.parametrize("text", [
    "74123 Taranto - P.IVA 02502030733 - Cap.Soc.",
    "VAT No: 0994707457",
    "Company No. 02071931430",
])
def test_tax_and_company_numbers_are_no_phone_numbers(text):
    assert find_phones(text, ["IT"], ["GB"]) == []
    assert find_phones("Chiama 0994707457", ["IT"]) == ["+390994707457"]


def test_zip_plus_four_is_no_number_in_a_hinted_region():
    assert find_phones("70 Meister Avenue, Branchburg , NJ 08876-3440", ["US"], ["TW"]) == []
    assert find_phones("Kantor: 08876-3440", ["US"], ["TW"]) == ["+88688763440"]


def test_international_tel_link_is_evidence_for_national_text():
    html = ('<p>Head office <a href="tel:+442071931430">020 7193 1430</a></p>'
            '<p>Workshop 01625 856500</p>')
    assert contacts_of(html).phones == ["+442071931430", "+441625856500"]
    assert contacts_of("<p>Workshop 01625 856500</p>").phones == []


def test_number_under_a_country_heading_is_read_in_that_country():
    text = ("Australia :\nConsumer Toll-Free Hotline: 1-800-065-521\n"
            "New Zealand :\nConsumer Toll-Free Hotline: 0800-858-511\n"
            "United States :\nConsumer Toll-Free Hotline: 1-877-804-6198 .\n"
            "United Kingdom :\nConsumer Toll-Free Hotline: 0800-146-573")
    assert find_phones(text, ["US"]) == ["+611800065521", "+64800858511", "+18778046198", "+44800146573"]
    # without a label or trunk prefix a digit run after a country's name stays unread
    assert find_phones("Indonesia 2024: 12345678 orders", ["US"]) == []
