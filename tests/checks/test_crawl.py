"""desktop.checks.crawl: link choice in four languages, same-site bounds, errors kept apart."""

from __future__ import annotations

import pytest
from support import write_site

from desktop.checks.crawl import MAX_PAGES, choose_pages, crawl, same_site
from desktop.checks.extract import parse_html
from desktop.net.client import Client
from desktop.net.options import CheckOptions


def links(html, url="https://toko.co.id/"):
    return choose_pages(parse_html(html, url), "toko.co.id")


@pytest.mark.parametrize(
    ("anchor", "kind"),
    [("<a href='/hubungi'>Hubungi Kami</a>", "contact"), ("<a href='/c'>Contáctanos</a>", "contact"),
     ("<a href='/k'>Kontakt</a>", "contact"), ("<a href='/x'>Tentang Kami</a>", "about"),
     ("<a href='/q'>Quiénes somos</a>", "about"), ("<a href='/u'>Über uns</a>", "about"),
     ("<a href='/i'>Impressum</a>", "imprint"), ("<a href='/al'>Aviso legal</a>", "imprint"),
     ("<a href='/p'>Kebijakan Privasi</a>", "privacy"), ("<a href='/d'>Datenschutzerklärung</a>", "privacy"),
     ("<a href='/pp'>Política de privacidad</a>", "privacy"), ("<a href='/r'>Kebijakan Pengembalian</a>", "returns"),
     ("<a href='/dv'>Devoluciones</a>", "returns"), ("<a href='/w'>Widerrufsbelehrung</a>", "returns"),
     ("<a href='/t'>Syarat dan Ketentuan</a>", "terms"), ("<a href='/tc'>Términos y condiciones</a>", "terms"),
     ("<a href='/agb'>AGB</a>", "terms"), ("<a href='/s'>Info Pengiriman</a>", "shipping"),
     ("<a href='/e'>Envíos</a>", "shipping"), ("<a href='/v'>Versand</a>", "shipping"),
     ("<a href='/policies/refund-policy'>Our promise</a>", "returns")],
)
def test_link_texts_and_paths_in_four_languages(anchor, kind):
    assert kind in links(anchor)


def test_aviso_legal_also_serves_as_terms_and_other_sites_are_ignored():
    chosen = links("<a href='/aviso-legal'>Aviso legal</a><a href='https://other.test/contact'>Contact</a>"
                   "<a href='mailto:x@toko.co.id'>Contact</a><a href='https://blog.toko.co.id/kontak'>Kontak</a>")
    assert chosen["imprint"] == chosen["terms"] == "https://toko.co.id/aviso-legal"
    assert chosen["contact"] == "https://blog.toko.co.id/kontak"


def test_same_site():
    assert same_site("https://www.toko.co.id/a", "toko.co.id")
    assert not same_site("https://toko.co.id.evil.test/a", "toko.co.id")
    assert not same_site("ftp://toko.co.id/a", "toko.co.id")
    assert not same_site("https://other.myshopify.com/", "shop.myshopify.com")  # private suffix


@pytest.fixture
def client_factory(https_server, ca_bundle):
    options = CheckOptions(ca_bundle=ca_bundle, deadline=5)
    return lambda: Client(options, user_hosts=["toko.test"])


def test_crawl_is_bounded_and_separates_dead_links_from_failures(tmp_path, https_server, client_factory):
    nav = "".join(f"<a href='/{name}'>{text}</a>" for name, text in [
        ("kontak", "Hubungi Kami"), ("tentang", "Tentang Kami"), ("privasi", "Kebijakan Privasi"),
        ("retur", "Pengembalian"), ("syarat", "Syarat dan Ketentuan"), ("kirim", "Pengiriman"),
        ("impressum", "Impressum")])
    root = write_site(tmp_path / "s", {"index.html": nav + "<a href='https://elsewhere.test/'>x</a>",
                                       "kontak.html": "<p>0812-3456-7890</p>", "tentang.html": "t",
                                       "syarat.html": "s", "kirim.html": "k", "impressum.html": "i"})
    site = https_server.add_site("toko.test", root=root)
    site.routes["/privasi"] = lambda req: req.send_body("blocked", status=403)
    result = crawl(client_factory, https_server.url("toko.test"))
    assert result.found.keys() == {"contact", "about", "terms", "shipping", "imprint"}
    assert https_server.url("toko.test", "/privasi") in result.errors
    assert https_server.url("toko.test", "/retur") in result.dead
    assert len(result.pages) <= MAX_PAGES
    assert not [r for r in https_server.requests if r.host == "elsewhere.test"]


def test_unreachable_home_is_an_error_not_an_empty_site(client_factory, https_server):
    result = crawl(client_factory, "https://toko.test:9/")
    assert result.home is None and result.home_error is not None and result.pages == []


@pytest.mark.parametrize(
    ("anchor", "kind"),
    [  # Colombia, Argentina, Chile, Peru
     ("<a href='/politica-de-tratamiento-de-datos'>Política de tratamiento de datos personales</a>", "privacy"),
     ("<a href='/hd'>Habeas data</a>", "privacy"),
     ("<a href='/cambios-y-devoluciones'>Cambios y devoluciones</a>", "returns"),
     ("<a href='/pages/retracto'>Derecho de retracto</a>", "returns"),
     ("<a href='/pages/garantias'>Garantía</a>", "returns"),
     ("<a href='/arrepentimiento'>Botón de arrepentimiento</a>", "returns"),
     ("<a href='/bases'>Bases y condiciones</a>", "terms"),
     ("<a href='/tyc'>Términos y condiciones</a>", "terms"),
     ("<a href='/vendedor'>Datos del vendedor</a>", "imprint"),
     ("<a href='/libro-de-reclamaciones'><img src='/lr.png' alt='Libro de Reclamaciones'></a>", "complaints"),
     # where shops write how to pay
     ("<a href='/cara-belanja'>Cara Belanja</a>", "order"), ("<a href='/p/cp'>Cara Pemesanan</a>", "order"),
     ("<a href='/como-comprar'>¿Cómo comprar?</a>", "order"), ("<a href='/h'>How to order</a>", "order"),
     ("<a href='/konfirmasi'>Konfirmasi Pembayaran</a>", "payment"),
     ("<a href='/pagos'>Formas de pago</a>", "payment"), ("<a href='/mp'>Métodos de pago</a>", "payment"),
     ("<a href='/medios'>Medios de pago</a>", "payment"), ("<a href='/checkout'>Checkout</a>", "payment"),
     ("<a href='/faq'>Preguntas frecuentes</a>", "faq"), ("<a href='/bantuan'>FAQ</a>", "faq")],
)
def test_latin_american_policy_names_and_payment_pages(anchor, kind):
    assert kind in links(anchor)


def test_complaints_book_at_a_provider_counts_without_being_fetched(tmp_path, https_server, client_factory):
    root = write_site(tmp_path / "pe", {
        "index.html": "<a href='/contacto'>Contacto</a>"
                      "<a href='https://reclamos.example-proveedor.test/tienda'>Libro de Reclamaciones</a>"
                      "<a href='https://other.test/about'>Nosotros</a>",
        "contacto.html": "<p>RUC 20512333797</p>"})
    https_server.add_site("toko.test", root=root)
    result = crawl(client_factory, https_server.url("toko.test"))
    assert result.found["complaints"] == "https://reclamos.example-proveedor.test/tienda"
    assert "about" not in result.linked  # other kinds never leave the site
    assert {r.host for r in https_server.requests} == {"toko.test"}


def test_instruction_pages_are_fetched_with_the_policies(tmp_path, https_server, client_factory):
    nav = "".join(f"<a href='/{name}'>{text}</a>" for name, text in [
        ("kontak", "Hubungi Kami"), ("privasi", "Kebijakan Privasi"), ("retur", "Pengembalian"),
        ("syarat", "Syarat dan Ketentuan"), ("kirim", "Pengiriman"), ("tentang", "Tentang Kami"),
        ("cara-belanja", "Cara Belanja"), ("konfirmasi", "Konfirmasi Pembayaran"), ("faq", "FAQ")])
    files = {"index.html": nav, **{f"{n}.html": n for n in ("kontak", "privasi", "retur", "syarat", "kirim",
                                                            "tentang", "faq")},
             "cara-belanja.html": "Transfer ke BCA 8730123456 a.n. Budi Santoso",
             "konfirmasi.html": "Kirim bukti transfer"}
    https_server.add_site("toko.test", root=write_site(tmp_path / "id", files))
    result = crawl(client_factory, https_server.url("toko.test"))
    assert {"order", "payment", "faq", "privacy", "returns", "terms"} <= result.found.keys()
    assert any("Budi Santoso" in page.text for page in result.pages)
    assert len(result.pages) == 10 <= MAX_PAGES
