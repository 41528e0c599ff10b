"""desktop.checks.extract / companyids / signals on the local test sites and tricky snippets."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.checks.companyids import find_company_ids, valid_cif, valid_nif, valid_rfc, valid_ust_id
from desktop.checks.extract import extract_contacts, find_emails, find_phones, parse_html, regions_for
from desktop.checks.signals import discounts, payment_methods

SITES = Path(__file__).resolve().parent.parent / "sites"


def pages(site: str, host: str):
    root = SITES / site
    result = []
    for path in sorted(root.rglob("*.html")):
        rel = path.relative_to(root).as_posix().removesuffix("index.html")
        result.append(parse_html(path.read_text("utf-8"), f"https://{host}/{rel}"))
    return result


def test_indonesian_shop_contacts():
    c = extract_contacts(pages("toko-batik", "tokobatiksari.co.id"), "tokobatiksari.co.id", "ID")
    assert "+62274512345" in c.phones and "+6281227654321" in c.phones
    assert c.emails == ["cs@tokobatiksari.co.id"]  # from "cs [at] tokobatiksari [dot] co [dot] id"
    assert c.whatsapp == ["+6281227654321"]
    assert any("Jl. Malioboro No. 52" in a for a in c.addresses)
    assert {"type": "ID-NIB", "value": "9120304050607", "valid": True} in c.company_ids
    assert "https://instagram.com/tokobatiksari" in c.social and "https://facebook.com/tokobatiksari" in c.social
    assert c.organizations[0]["name"] == "Toko Batik Sari"


def test_spanish_shop_contacts():
    c = extract_contacts(pages("tienda-es", "tiendaolivar.es"), "tiendaolivar.es", "ID")
    assert c.phones == ["+34953214365"]  # region from .es although the user is in Indonesia
    assert c.emails == ["hola@tiendaolivar.es"]
    assert {"type": "ES-CIF", "value": "B12345674", "valid": True} in c.company_ids
    assert any("Calle Ancha 14" in a for a in c.addresses)


def test_us_shop_contacts():
    c = extract_contacts(pages("us-shop", "maplegoods.com"), "maplegoods.com", "US")
    assert c.phones == ["+18028647120"] and c.emails == ["support@maplegoods.com"]
    assert any(a.startswith("214 Pine Street") and "05401" in a for a in c.addresses)


def test_template_placeholders_are_not_contacts():
    c = extract_contacts(pages("template-site", "butik-baru.store"), "butik-baru.store", "ID")
    assert c.emails == [] and set(c.placeholder_emails) == {"johndoe@domain.com", "email@example.com"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [("cs [at] toko [dot] id", ["cs@toko.id"]),
     ("info(at)tienda(punto)es", ["info@tienda.es"]),
     ("sales AT shop DOT com", ["sales@shop.com"]),
     ("kontak: admin{at}toko-ku.co.id", ["admin@toko-ku.co.id"]),
     ("logo@2x.png and icon@3x.webp", []),
     ("mail us at office@firma.de.", ["office@firma.de"]),
     ("a1b2c3d4e5f6a7b8c9d0@sentry.wixpress.com", [])],
)
def test_email_forms(text, expected):
    assert find_emails(text)[0] == expected


def test_phones_in_several_regions_and_formats():
    text = "Hubungi 0812-3456-7890 atau +62 21 5550 1234. Pedido: 12345678. Madrid: +34 912 34 56 78"
    assert find_phones(text, regions_for("toko.co.id", "ID")) == ["+6281234567890", "+622155501234", "+34912345678"]
    assert regions_for("tienda.es", "MX") == ("ES", "MX") and regions_for("shop.com", "ID") == ("ID",)


def test_whatsapp_forms():
    html = ('<a href="https://wa.me/6281234567890?text=hi">wa</a>'
            '<a href="https://api.whatsapp.com/send?phone=+52 55 1234 5678">wa</a>'
            '<a href="whatsapp://send?phone=34612345678">wa</a>')
    c = extract_contacts([parse_html(html, "https://x.id/")], "x.id", "ID")
    assert c.whatsapp == ["+6281234567890", "+525512345678", "+34612345678"]


def test_check_digits():
    assert valid_cif("B12345674") and not valid_cif("B12345675")
    assert valid_nif("12345678Z") and not valid_nif("12345678A") and valid_nif("X1234567L")
    assert valid_rfc("SAT970701NN3") and valid_rfc("GODE561231GR8") and not valid_rfc("SAT970701NN4")
    assert not valid_rfc("SAT971301NN3")  # month 13
    assert valid_ust_id("DE136695976") and not valid_ust_id("DE136695977")


def test_company_ids_need_a_label_and_report_bad_check_digits():
    assert find_company_ids("Artikel B12345674 auf Lager") == []
    assert find_company_ids("CIF B12345675") == [{"type": "ES-CIF", "value": "B12345675", "valid": False}]
    assert find_company_ids("USt-IdNr.: DE 136 695 976")[0]["valid"] is True
    assert find_company_ids("RFC: GODE561231GR8")[0] == {"type": "MX-RFC", "value": "GODE561231GR8", "valid": True}


def test_payment_and_discount_signals():
    assert payment_methods("Pembayaran hanya transfer bank. Kami tidak menerima COD.") == ["transfer"]
    assert payment_methods("Aceptamos tarjeta de crédito, PayPal y Bizum") == ["card", "paypal", "e_wallet"]
    assert "crypto" in payment_methods("Payment accepted in Bitcoin or USDT only")
    assert "gift_cards" in payment_methods("Pay with Google Play gift cards")
    assert "gift_cards" not in payment_methods("Buy a gift card for a friend")
    assert max(discounts("CUCI GUDANG! DISKON 80% ... hemat 78%")) == 80
    assert discounts("Rp 499.000 (-80%)") == [80]
    assert discounts("Free shipping over $75. 15% off") == [15]


def test_hostile_markup_never_raises():
    junk = "<html><a href='http://[::1'>x</a><script>if (a<b) {}</script><p>ok" + "<div>" * 5000
    page = parse_html(junk, "https://x.test/")
    assert "ok" in page.text
    assert extract_contacts([page], "x.test", "ID").empty


def test_footer_number_found_on_a_huge_catalogue_page():
    rows = "<p>Produk bagus harga 125.000 kode 123456789 stok 42 item</p>\n" * 20000
    page = parse_html(f"<html><body>{rows}<footer>Telp 0812-3456-7890</footer></body></html>", "https://x.co.id/")
    assert extract_contacts([page], "x.co.id", "ID").phones == ["+6281234567890"]
