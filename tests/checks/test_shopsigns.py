"""The fake-shop signs of shopsigns.py and shopidentity.py (issue 14): each fires with its evidence, and the honest
look-alikes of each stay quiet."""

from __future__ import annotations

from desktop.checks.extract import parse_html
from desktop.checks.model import Category, Status
from desktop.checks.shopidentity import (
    company_names_finding, copied_policy_finding, country_finding, page_language,
)
from desktop.checks.shopsigns import (
    brands_finding, placeholder_address_finding, urgency_finding, urgency_phrases,
)


def pages(*items):
    """(url, html) pairs → parsed pages, the first the home page."""
    return [parse_html(html, url) for url, html in items]


HOME = ("https://glenwood.test/", "<title>Glenwood Outdoor</title><h1>Outdoor gear</h1>")


# --------------------------------------------------------------------------- urgency

def test_urgency_phrases_in_four_languages_and_timer_markup():
    read = pages(("https://a.test/", "<p>Only 3 left in stock!</p><div class='countdown'>00:10</div>"),
                 ("https://a.test/x", "<p>Promo hari ini saja, stok tinggal 2</p>"),
                 ("https://a.test/y", "<p>¡La oferta termina en 10 minutos! Solo quedan 3.</p>"))
    phrases = urgency_phrases(read)
    assert {"only 3 left", "countdown timer", "hari ini saja", "stok tinggal 2", "la oferta termina en",
            "solo quedan 3"} <= set(phrases)
    finding = urgency_finding(phrases)
    assert finding.id == "site.urgency" and finding.status is Status.WARN
    assert finding.category is Category.REPUTATION and finding.evidence["phrases"] == phrases
    assert urgency_finding(phrases, established=True).status is Status.INFO


def test_no_urgency_in_ordinary_text():
    read = pages(("https://a.test/", "<p>Orders ship in 3 days. Only left-handed scissors in stock.</p>"
                                     "<p>Kami buka setiap hari. La oferta de cafés cambia cada mes.</p>"))
    assert urgency_phrases(read) == [] and urgency_finding([]) is None


# --------------------------------------------------------------------------- copied policies

def test_policy_naming_another_shops_domain_and_operator():
    read = pages(HOME, ("https://glenwood.test/terms", "<p>This website is operated by Alpine Gear Direct Ltd. "
                                                      "Contact info@alpinegeardirect.com.</p>"),
                 ("https://glenwood.test/returns", "<p>Returns at www.alpinegeardirect.com within 30 days. "
                                                   "Pay with paypal.com.</p>"))
    found = {"terms": "https://glenwood.test/terms", "returns": "https://glenwood.test/returns"}
    finding = copied_policy_finding(read, found, "glenwood.test", "glenwood.test")
    assert finding.id == "policies.copied" and finding.status is Status.WARN
    assert finding.evidence["domains"] == ["alpinegeardirect.com"]  # paypal.com is a service, not a shop
    assert finding.evidence["names"] == ["Alpine Gear Direct Ltd"]
    assert "alpinegeardirect.com" in finding.title.render()


def test_own_name_and_own_domain_in_policies_are_fine():
    home = ("https://maplecandleco.test/", "<title>Maple Candle Co.</title>")
    read = pages(home, ("https://maplecandleco.test/terms", "<p>This website is operated by Maple Candle Company "
                                                           "LLC. Write to hello@maplecandleco.test or see "
                                                           "www.maplecandleco.test/faq. Cookies by google.com.</p>"))
    found = {"terms": "https://maplecandleco.test/terms"}
    assert copied_policy_finding(read, found, "maplecandleco.test", "maplecandleco.test") is None
    # another page kind (a blog post naming other shops) is not a policy
    other = pages(home, ("https://maplecandleco.test/blog", "<p>We love candles from othershop.com.</p>"))
    assert copied_policy_finding(other, {"about": "https://maplecandleco.test/blog"},
                                 "maplecandleco.test", "maplecandleco.test") is None


# --------------------------------------------------------------------------- company names

def test_one_company_id_with_two_names():
    read = pages(HOME, ("https://m.test/aviso-legal", "<p>Titular: Moda Express Online S.L.</p><p>CIF: B12345674</p>"),
                 ("https://m.test/privacidad", "<p>Responsable: Calzados Ruiz Hermanos S.A., CIF B12345674.</p>"))
    found = {"imprint": "https://m.test/aviso-legal", "privacy": "https://m.test/privacidad"}
    finding = company_names_finding(read, found)
    assert finding.id == "contact.company_names" and finding.status is Status.WARN
    assert finding.evidence == {"company_id": "B12345674",
                                "names": ["calzados ruiz hermanos", "moda express online"]}


def test_same_company_everywhere_is_fine():
    read = pages(HOME, ("https://c.test/aviso-legal", "<p>Titular: Cerámicas del Sur S.L.</p><p>CIF: B87654323</p>"),
                 ("https://c.test/privacidad", "<p>Responsable: Cerámicas del Sur S.L., CIF B87654323.</p>"))
    found = {"imprint": "https://c.test/aviso-legal", "privacy": "https://c.test/privacidad"}
    assert company_names_finding(read, found) is None


def test_imprint_and_policies_naming_different_companies():
    read = pages(HOME, ("https://c.test/impressum", "<p>Betreiber: Nordlicht Handel GmbH</p>"),
                 ("https://c.test/agb", "<p>Verkäufer ist die Sonnenschein Vertrieb GmbH.</p>"))
    found = {"imprint": "https://c.test/impressum", "terms": "https://c.test/agb"}
    finding = company_names_finding(read, found)
    assert finding is not None and finding.evidence["company_id"] is None


# --------------------------------------------------------------------------- placeholder address

def test_placeholder_address_over_two_lines():
    finding = placeholder_address_finding("Contact\n123 Main Street\nAnytown, CA 12345\n")
    assert finding.id == "contact.placeholder_address" and finding.status is Status.WARN
    assert finding.evidence["placeholders"] == ["123 main street", "anytown"]
    assert placeholder_address_finding("48 Church Street\nBurlington, VT 05401") is None
    assert placeholder_address_finding("Calle Mayor 15, 50001 Zaragoza") is None


# --------------------------------------------------------------------------- brands

def test_many_brands_at_deep_discounts():
    text = "Nike Air Max -73%\nAdidas Ultraboost -70%\nDyson V15 -78%\nRay-Ban Wayfarer -85%"
    finding = brands_finding(text, 85, 60)
    assert finding.id == "pricing.brands" and finding.status is Status.WARN
    assert set(finding.evidence["brands"]) == {"Nike", "Adidas", "Dyson", "Ray-Ban"}
    # an established retailer (old, unchanged, nothing else wrong) gets the benefit of the doubt
    assert brands_finding(text, 85, 60, established=True).status is Status.INFO
    assert brands_finding(text, 30, 60) is None  # ordinary prices: a normal multi-brand shop
    assert brands_finding("Nike and Adidas -80%", 80, 60) is None  # two brands: a sports shop sale
    # brand names that are also words do not count ("coach", "mango")
    assert brands_finding("Coach tours, mango juice, Steam cleaning -70%", 70, 60) is None


# --------------------------------------------------------------------------- country

def test_prices_phone_and_address_from_other_countries():
    text = "Robot aspirador $39.99\nTeléfono: +44 20 7946 0958\nShenzhen, Guangdong 518000, China"
    finding = country_finding(text, ["+442079460958"], ["Room 1203, Futian District, Shenzhen, China"], "es")
    assert finding.id == "contact.country_mismatch" and finding.status is Status.WARN
    assert finding.evidence["currencies"] == ["$"] and finding.evidence["phone_countries"] == ["GB"]
    assert finding.evidence["address_countries"] == ["CN"]


def test_local_shops_fit_their_country():
    assert country_finding("Chompa S/ 289.00", ["+5154251300"], [], "pe") is None
    assert country_finding("Café $ 45.000", ["+576088712233"], ["Carrera 5 # 8-45, Neiva"], "com.co") is None
    assert country_finding("Plato 18,50 €", ["+34957682133"], [], "es") is None
    assert country_finding("Mug $32", ["+18285550142"], [], "com") is None  # no country in .com
    one = country_finding("Plato 18,50 €", ["+442079460958"], [], "es")
    assert one.status is Status.INFO  # one odd thing (a UK phone) is only information


EN_TEXT = ("Welcome to our shop. We send the best gifts for you and your family, with love from the "
           "coast. Our team is here to help you with your order and the shipping of your parcel. ") * 4
ES_TEXT = ("Bienvenido a nuestra tienda. Enviamos los mejores regalos para su familia, con el cariño de "
           "la costa. Nuestro equipo le ayuda con su pedido y el envío de sus paquetes por la península. ") * 4


def test_page_language_needs_enough_words():
    assert page_language(EN_TEXT) == "en" and page_language(ES_TEXT) == "es"
    assert page_language("Nike Air Max 90 $39.99") is None  # too little text to tell
    assert page_language(EN_TEXT + ES_TEXT) is None  # mixed: neither clearly


def test_language_counts_as_one_country_sign_never_alone():
    assert country_finding(EN_TEXT + "Plato 18,50 €", ["+34957682133"], [], "es").status is Status.INFO
    both = country_finding(EN_TEXT + "Mug $32", ["+34957682133"], [], "es")
    assert both.status is Status.WARN and both.evidence["language"] == ["en"]
    assert country_finding(ES_TEXT + "Plato 18,50 €", [], [], "es") is None
    assert country_finding(EN_TEXT, [], [], "com") is None
