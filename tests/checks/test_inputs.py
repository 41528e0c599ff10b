"""Classifying messy pastes: links in chat messages, punycode, uppercase, phones, accounts."""

from __future__ import annotations

import pytest

from desktop.checks.inputs import classify, extract_link
from desktop.checks.model import InputKind


@pytest.mark.parametrize("text,host,registrable", [
    ("https://www.Tokopedia.com/toko/barang?x=1", "www.tokopedia.com", "tokopedia.com"),
    ("TOKOPEDIA.COM", "tokopedia.com", "tokopedia.com"),
    ("Kak, barangnya ada di shopee.co.id/produk/123 ya!!", "shopee.co.id", "shopee.co.id"),
    ("¿Es fiable? mira: www.tiendabarata.es/oferta.", "www.tiendabarata.es", "tiendabarata.es"),
    ("Check this out (https://cheap-shoes.shop/sale).", "cheap-shoes.shop", "cheap-shoes.shop"),
    ("«https://tienda.com.mx/»", "tienda.com.mx", "tienda.com.mx"),
    ("xn--bcher-kva.de", "xn--bcher-kva.de", "xn--bcher-kva.de"),
    ("https://bücher.de/", "xn--bcher-kva.de", "xn--bcher-kva.de"),
    ("shop.myshopify.com", "shop.myshopify.com", "shop.myshopify.com"),
    ("a.b.blogspot.com/2024/x", "a.b.blogspot.com", "b.blogspot.com"),
    ("hxxps://evil-shop.top/login", "evil-shop.top", "evil-shop.top"),
])
def test_links_are_found_and_normalised(text, host, registrable):
    parsed = classify(text, "ID")
    assert parsed.kind in (InputKind.WEB_SHOP, InputKind.MARKETPLACE)
    assert parsed.host == host
    assert parsed.registrable_domain == registrable
    assert parsed.url.startswith(("https://", "http://"))
    assert parsed.url.split("/")[2] == host


def test_email_is_not_a_link():
    assert extract_link("tulis ke cs@tokobaju.id ya") is None


def test_marketplace_listing():
    parsed = classify("https://seller.shopee.co.id/portal/product/123", "ID")
    assert parsed.kind is InputKind.MARKETPLACE
    assert parsed.platform == "Shopee"
    assert classify("articulo.mercadolibre.com.ar/MLA-123", "AR").kind is InputKind.MARKETPLACE


@pytest.mark.parametrize("text,handle", [
    ("instagram.com/tokobaju_murah", "tokobaju_murah"),
    ("https://www.tiktok.com/@jualhp.murah?lang=id", "jualhp.murah"),
    ("https://facebook.com/tienda.ofertas/", "tienda.ofertas"),
    ("DM aja di @olshop_termurah ya kak", "olshop_termurah"),
])
def test_social_sellers(text, handle):
    parsed = classify(text, "ID")
    assert parsed.kind is InputKind.SOCIAL
    assert parsed.social_handle == handle


def test_whatsapp_link_gives_the_phone():
    parsed = classify("Order via wa.me/6281234567890 ya", "ID")
    assert parsed.kind is InputKind.SOCIAL
    assert parsed.phone == "+6281234567890"
    assert classify("https://api.whatsapp.com/send?phone=34612345678", "ES").phone == \
        "+34612345678"


@pytest.mark.parametrize("text,country,phone", [
    ("0812-3456-7890", "ID", "+6281234567890"),
    ("+62 812 3456 7890", "ES", "+6281234567890"),
    ("llámame al 612 34 56 78", "ES", "+34612345678"),
    ("55 1234 5678", "MX", "+525512345678"),
])
def test_phone_numbers(text, country, phone):
    parsed = classify(text, country)
    assert parsed.kind is InputKind.PHONE
    assert parsed.phone == phone


@pytest.mark.parametrize("text,account", [
    ("no rek BCA 1234567890 a.n. Budi", "1234567890"),
    ("Transfer ke rekening 0987-654-321", "0987654321"),
    ("CLABE 002180700123456789", "002180700123456789"),
    ("IBAN ES91 2100 0418 4502 0005 1332", "ES9121000418450200051332"),
])
def test_bank_accounts(text, account):
    parsed = classify(text, "ID")
    assert parsed.kind is InputKind.BANK_ACCOUNT
    assert parsed.bank_account == account


@pytest.mark.parametrize("text", ["", "   ", "asdf qwerty", "halo kak, masih ada?", "12",
                                  "!!!", "http://", "a" * 10000, "\x00\x01"])
def test_garbage_is_not_understood_and_never_raises(text):
    assert classify(text, "ID").kind is InputKind.NOT_UNDERSTOOD


def test_credentials_trick_is_kept():
    parsed = classify("https://www.paypal.com@evil.example.xyz/login", "ES")
    assert parsed.host == "evil.example.xyz"
    assert parsed.userinfo == "www.paypal.com"


def test_ip_literals():
    assert classify("http://192.168.1.10:8080/shop", "ID").hostinfo.ip == "192.168.1.10"
    assert classify("http://[::1]/", "ID").hostinfo.ip == "::1"
    assert classify("http://3232235777/", "ID").hostinfo.ip == "192.168.1.1"


@pytest.mark.parametrize("text,country,phone", [
    ("Pago por Bizum al 612345678 y te lo mando", "ID", "+34612345678"),
    ("yape al 987 654 321 porfa", "ES", "+51987654321"),
    ("WA kak: 0812 3456 7890", "ES", "+6281234567890"),
])
def test_phone_words_try_the_other_supported_countries(text, country, phone):
    parsed = classify(text, country)
    assert parsed.kind is InputKind.PHONE
    assert parsed.phone == phone


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = st.sampled_from(["https://", "http://", "www.", "@", ":", "/", ".", "-", "xn--",
                           "shopee", "tokopedia", "co.id", "com", "top", " ", "0812", "+62",
                           "rek", "wa.me/", "а", "е", "ı", "..", "[", "]", "%", "?", "#"])


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=80), st.lists(_PIECES, max_size=12).map("".join)))
def test_any_text_is_classified_and_analysed_without_raising(text):
    from desktop.checks.analyze import analyze_offline
    from desktop.net.options import CheckOptions

    report = analyze_offline(text, CheckOptions(offline=True))
    assert report.kind in InputKind
    report.to_json()


@pytest.mark.parametrize("text", ["harga Rp 1.500.000.000 nego", "versi 1.2.3.4 terbaru"])
def test_dotted_numbers_are_not_ip_links(text):
    assert classify(text, "ID").host is None


def test_bare_ip_with_path_or_port_is_a_link():
    assert classify("buka 192.168.1.1/admin", "ID").hostinfo.ip == "192.168.1.1"
    assert classify("10.0.0.5:8080", "ID").hostinfo.ip == "10.0.0.5"


def test_prices_are_not_bank_accounts():
    assert classify("harga Rp 1.500.000.000 nego", "ID").kind is InputKind.NOT_UNDERSTOOD
    parsed = classify("transfer Rp 1.500.000 ke BCA 1234567890 ya", "ID")
    assert parsed.kind is InputKind.BANK_ACCOUNT
    assert parsed.bank_account == "1234567890"
    assert classify("son $1,299.00 por transferencia", "MX").kind is InputKind.NOT_UNDERSTOOD
