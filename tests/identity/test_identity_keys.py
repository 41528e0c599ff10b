"""Seller identifiers: every form a buyer writes gives the one canonical key (issue 12)."""

from __future__ import annotations

import pytest

from desktop.identity.index import SellerIndex
from desktop.identity.keys import Key, bank_key, ewallet_keys, handle_key, keys_for, link_keys, phone_key

PHONE = Key("phone", "+6281234567890")


@pytest.mark.parametrize("text", [
    "0812-3456-7890", "081234567890", "(0812) 3456.7890", "+62 812 3456 7890", "+62-812-3456-7890",
    "6281234567890", "62 812 3456 7890", "wa.me/6281234567890", "https://wa.me/+6281234567890?text=halo",
    "https://api.whatsapp.com/send?phone=6281234567890&text=Halo", "api.whatsapp.com/send/?phone=6281234567890",
])
def test_every_indonesian_phone_form_is_one_key(text):
    assert phone_key(text, "ID") == PHONE


def test_national_forms_follow_the_country_and_international_forms_do_not():
    assert phone_key("55 1234 5678", "MX") == Key("phone", "+525512345678")
    assert phone_key("+52 1 55 1234 5678", "ID") == Key("phone", "+525512345678")  # old MX mobile
    assert phone_key("612 34 56 78", "ES") == Key("phone", "+34612345678")
    assert phone_key("34612345678", "ID") == Key("phone", "+34612345678")
    assert phone_key("0812-3456-7890", "ES") is None  # a Spanish reader's 0812 is no number
    assert phone_key("12345", "ID") is None
    assert phone_key("not a phone", "ID") is None


@pytest.mark.parametrize("text", ["1234567890", "123 456 7890", "123.456.7890", "123-456-7890",
                                  " 123 - 456 - 7890 ", "123/456/7890"])
def test_bank_accounts_ignore_spaces_dots_and_dashes(text):
    assert bank_key(text) == Key("bank", "1234567890")


def test_iban_is_compacted_upper_case_and_letters_are_no_account():
    assert bank_key("es91 2100 0418 4502 0005 1332") == Key("bank", "ES9121000418450200051332")
    assert bank_key("BCA") is None
    assert bank_key("12a45678") is None
    assert bank_key("1234") is None


@pytest.mark.parametrize("text", ["tokomaju.com", "www.tokomaju.com", "https://www.tokomaju.com",
                                  "http://TOKOMAJU.com/", "https://tokomaju.com/produk/sepatu?id=1",
                                  "https://shop.tokomaju.com:8443/x", "TokoMaju.COM."])
def test_domains_with_and_without_www_scheme_or_path(text):
    assert link_keys(text) == [Key("domain", "tokomaju.com")]


def test_domains_keep_their_registrable_part_and_idn_is_punycode():
    assert link_keys("www.toko.co.id/a") == [Key("domain", "toko.co.id")]
    assert link_keys("https://bücher.de") == [Key("domain", "xn--bcher-kva.de")]
    assert link_keys("xn--bcher-kva.de") == [Key("domain", "xn--bcher-kva.de")]
    # private suffixes: two shops on one host platform are two sellers
    assert link_keys("a.myshopify.com") != link_keys("b.myshopify.com")
    assert link_keys("not a link") == []
    assert link_keys("localhost/x") == []


@pytest.mark.parametrize("text", ["@Toko.Maju", "toko.maju", "TOKO.MAJU", "https://www.instagram.com/toko.maju/",
                                  "instagram.com/toko.maju?igsh=abc", "https://www.tiktok.com/@toko.maju",
                                  "tiktok.com/@Toko.Maju/video/123", "https://facebook.com/toko.maju",
                                  "https://m.facebook.com/toko.maju/", "x.com/toko.maju"])
def test_handles_with_and_without_at_and_profile_links(text):
    assert handle_key(text) == Key("handle", "toko.maju")


def test_social_links_that_name_no_profile_give_no_key():
    for text in ("https://www.instagram.com/p/Cx123/", "https://www.facebook.com/profile.php?id=1",
                 "https://www.instagram.com/", "https://www.facebook.com/marketplace/item/1"):
        assert link_keys(text) == []
    assert link_keys("instagram.com/toko.maju") == [Key("handle", "toko.maju")]  # never a domain


@pytest.mark.parametrize("text,shop", [
    ("https://www.tokopedia.com/tokomaju", "tokopedia.com/tokomaju"),
    ("tokopedia.com/TokoMaju/sepatu-lari-pria-123?extParam=x", "tokopedia.com/tokomaju"),
    ("https://shopee.co.id/tokomaju", "shopee.co.id/tokomaju"),
    ("https://shopee.co.id/Sepatu-Lari-i.123456789.2345678901", "shopee.co.id/shop/123456789"),
    ("https://shopee.co.id/shop/123456789", "shopee.co.id/shop/123456789"),
    ("https://perfil.mercadolibre.com.mx/TOKO_MX", "mercadolibre.com.mx/perfil/toko_mx"),
    ("https://www.mercadolibre.com.mx/perfil/TOKO_MX", "mercadolibre.com.mx/perfil/toko_mx"),
    ("https://www.bukalapak.com/u/tokomaju", "bukalapak.com/u/tokomaju"),
    ("https://www.lazada.co.id/shop/toko-maju/", "lazada.co.id/shop/toko-maju"),
    ("https://www.etsy.com/shop/CasaMaju", "etsy.com/shop/casamaju"),
])
def test_marketplace_shop_links(text, shop):
    assert link_keys(text) == [Key("shop", shop)]
    assert keys_for("shop", text, "ID") == [Key("shop", shop)]


def test_marketplace_pages_without_a_shop_never_match_the_whole_marketplace():
    for text in ("https://www.tokopedia.com/", "https://www.tokopedia.com/search?q=sepatu",
                 "https://shopee.co.id/search?keyword=x", "https://www.mercadolibre.com.mx/"):
        assert link_keys(text) == []


def test_ewallets_that_are_phone_numbers_match_the_phone():
    assert ewallet_keys("DANA 0812-3456-7890", "ID") == [PHONE]
    assert ewallet_keys("GoPay: +62 812 3456 7890", "ID") == [PHONE]
    assert ewallet_keys("Bizum 612 345 678", "ES") == [Key("phone", "+34612345678")]
    assert ewallet_keys("https://paypal.me/TokoMaju", "ID") == [Key("ewallet", "paypal:tokomaju")]
    assert link_keys("paypal.me/tokomaju/25") == [Key("ewallet", "paypal:tokomaju")]
    assert ewallet_keys("Toko.Maju@Example.com", "ID") == [Key("ewallet", "toko.maju@example.com")]
    assert ewallet_keys("", "ID") == []


def test_a_whatsapp_link_given_as_a_domain_is_the_phone():
    assert keys_for("domain", "https://wa.me/6281234567890", "ID") == [PHONE]


def test_unknown_kind_is_refused():
    with pytest.raises(ValueError):
        keys_for("fax", "123", "ID")


def test_index_finds_each_seller_by_any_key_and_lists_duplicates():
    index = SellerIndex.build([("a", [PHONE, Key("domain", "tokomaju.com")]),
                               ("b", [Key("bank", "1234567890"), PHONE]), ("c", [])])
    assert len(index) == 3
    assert index.find(PHONE) == ("a", "b")
    assert index.lookup([Key("domain", "tokomaju.com"), Key("bank", "1234567890"), PHONE]) == [
        ("a", Key("domain", "tokomaju.com")), ("b", Key("bank", "1234567890"))]
    assert index.lookup([Key("domain", "other.com")]) == []
    assert index.duplicates() == [(PHONE, ("a", "b"))]
    assert index.keys_of("c") == ()
