"""run_check on shops beyond Indonesia and Spain (issue #19), over real HTTPS with a local RDAP.

Colombian, Peruvian, Argentine and Chilean shops with their company ids, policy page names and
prices; payment instructions that contradict the advertised methods; links that redirect to
another site. The shops are written here (names, numbers and addresses invented; ids built to
pass their check digits unless a test says otherwise), in the way such shops publish these
pages; the evaluation set of issue #14 is elsewhere.
"""

from __future__ import annotations

import os

import pytest
from support import hostile, write_site
from support.rdap_server import RdapRegistry, days_ago

from desktop.checks.labels import EVIDENCE_LABELS, HIDDEN_KEYS
from desktop.checks.model import Level, Status
from desktop.checks.run import final_report, run_check
from desktop.net.options import CheckOptions


def check(text, options):
    return final_report(run_check(text, options))


def page(body: str, title: str = "Tienda", head: str = "") -> str:
    return f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title>{head}</head><body>{body}</body></html>"


def nav(*links: tuple[str, str]) -> str:
    return "<nav>" + " · ".join(f"<a href='{href}'>{text}</a>" for href, text in links) + "</nav>"


FILLER = "<p>" + "Envíos a todo el país en 2 a 5 días hábiles. " * 4 + "</p>"

COLOMBIA = {
    "index.html": page(
        nav(("/contacto", "Contáctanos"), ("/politica-de-tratamiento-de-datos", "Política de tratamiento de datos"),
            ("/cambios-y-devoluciones", "Cambios y devoluciones"), ("/derecho-de-retracto", "Derecho de retracto"),
            ("/terminos-y-condiciones", "Términos y condiciones"), ("/formas-de-pago", "Formas de pago"))
        + "<h1>Chaqueta impermeable Páramo</h1><span id='product-price'>$ 189.900</span>" + FILLER
        + "<footer>Razón social: Moda Andina S.A.S. · NIT 900.373.913-4 · Calle 93 # 11-26, Bogotá 110221 · "
          "Tel. +57 601 555 0101 · servicio@modaandina.com.co</footer>", "Moda Andina"),
    "contacto.html": page("<p>Escríbenos a servicio@modaandina.com.co o llama al +57 601 555 0101.</p>"),
    "politica-de-tratamiento-de-datos.html": page("<p>Ley 1581 de 2012. Habeas data.</p>"),
    "cambios-y-devoluciones.html": page("<p>Tienes 30 días para cambios.</p>"),
    "derecho-de-retracto.html": page("<p>Ley 1480 de 2011, artículo 47: cinco días hábiles.</p>"),
    "terminos-y-condiciones.html": page("<p>Términos de uso del sitio.</p>"),
    "formas-de-pago.html": page(
        "<p>Paga con tarjeta de crédito o débito, PSE o Nequi a través de nuestra pasarela segura.</p>"
        "<p>Si prefieres transferencia: Bancolombia cuenta de ahorros 123-456789-01 a nombre de "
        "Moda Andina S.A.S., NIT 900.373.913-4.</p>"),
}

PERU = {
    "index.html": page(
        nav(("/contacto", "Contacto"), ("/privacidad", "Política de privacidad"),
            ("/cambios", "Cambios y devoluciones"), ("/terminos", "Términos y condiciones"))
        + "<a href='https://reclamos.libro-virtual.test/calzadoslima'><img src='/lr.png' alt='Libro de Reclamaciones'></a>"
        + "<h1>Zapatilla Urbana</h1><span id='product-price'>S/ 149.90</span>" + FILLER
        + "<footer>Calzados Lima E.I.R.L. · RUC 20512333797 · Av. Arequipa 1234, Lima 15046 · "
          "+51 1 555 0101 · Aceptamos Visa, Mastercard y Yape.</footer>", "Calzados Lima"),
    "contacto.html": page("<p>ventas@calzadoslima.pe · +51 1 555 0101</p>"),
    "privacidad.html": page("<p>Ley 29733.</p>"),
    "cambios.html": page("<p>Cambios dentro de 7 días.</p>"),
    "terminos.html": page("<p>Condiciones.</p>"),
}

ARGENTINA = {
    "index.html": page(
        nav(("/contacto", "Contacto"), ("/privacidad", "Privacidad"), ("/bases", "Bases y condiciones"),
            ("/arrepentimiento", "Botón de arrepentimiento"), ("/como-comprar", "Cómo comprar"))
        + "<h1>Mate de calabaza</h1>" + FILLER
        + "<footer>Mercadito Porteño S.R.L. · CUIT 30-71234567-1 · Av. Corrientes 1234, CABA C1043 · "
          "+54 11 5555-0101 · hola@mercadito.com.ar</footer>", "Mercadito"),
    "contacto.html": page("<p>hola@mercadito.com.ar</p>"),
    "privacidad.html": page("<p>Ley 25.326.</p>"),
    "bases.html": page("<p>Bases y condiciones de uso.</p>"),
    "arrepentimiento.html": page("<p>Podés revocar tu compra dentro de 10 días.</p>"),
    "como-comprar.html": page("<p>Pagá con tarjeta de crédito en cuotas o con Mercado Pago.</p>"),
}

CHILE_ON_COM = {
    "index.html": page(
        nav(("/contacto", "Contacto"), ("/privacidad", "Privacidad"), ("/cambios-y-garantias", "Cambios y garantías"),
            ("/terminos", "Términos y condiciones"))
        + "<h1>Carpa Patagonia 2P</h1><span id='product-price'>$119.990</span>" + FILLER
        + "<footer>Andes Outdoor SpA · RUT 76.086.428-5 · Av. Providencia 1234, Santiago 7500000 · "
          "+56 2 2345 6789 · contacto@andesoutdoor.com · Webpay: tarjetas de crédito y débito.</footer>",
        "Andes Outdoor"),
    "contacto.html": page("<p>contacto@andesoutdoor.com · +56 2 2345 6789</p>"),
    "privacidad.html": page("<p>Ley 19.628.</p>"),
    "cambios-y-garantias.html": page("<p>Garantía legal de 6 meses.</p>"),
    "terminos.html": page("<p>Términos.</p>"),
}

FAKE_MX = {
    "index.html": page(
        nav(("/contacto", "Contacto"), ("/como-comprar", "¿Cómo comprar?"))
        + "<h1>LIQUIDACIÓN TOTAL -80% en tenis originales</h1><p>Tenis Runner $ 2,499 $ 499 (-80%)</p>" + FILLER
        + "<footer>Aceptamos Visa, Mastercard y PayPal · ventas.tenis.mx@gmail.com</footer>", "Ofertas"),
    "contacto.html": page("<p>ventas.tenis.mx@gmail.com</p>"),
    "como-comprar.html": page(
        "<p>1. Elige tus tenis. 2. Deposita en OXXO a la tarjeta 4152 3138 0000 1234 a nombre de Luis Hernández "
        "y envía tu comprobante por WhatsApp.</p>"),
}

TOKO_NPWP = {
    "index.html": page(
        nav(("/kontak", "Hubungi Kami"), ("/privasi", "Kebijakan Privasi"), ("/retur", "Kebijakan Pengembalian"),
            ("/syarat", "Syarat dan Ketentuan"), ("/cara-belanja", "Cara Belanja"))
        + "<h1>Tas Rajut Handmade</h1><p>Rp 185.000</p>" + FILLER.replace("Envíos", "Kirim")
        + "<footer>CV Rajut Nusantara · NIB: 9120304050607 · NPWP: 01.312.166.0-091.000 · "
          "Jl. Kaliurang Km 5 No. 12, Yogyakarta 55281 · cs@rajutnusantara.co.id · "
          "Kami menerima Visa, Mastercard, QRIS.</footer>", "Rajut Nusantara"),
    "kontak.html": page("<p>cs@rajutnusantara.co.id · 0274 555 0101</p>"),
    "privasi.html": page("<p>Privasi.</p>"),
    "retur.html": page("<p>Retur 7 hari.</p>"),
    "syarat.html": page("<p>Syarat.</p>"),
    "cara-belanja.html": page("<p>Setelah checkout, silakan transfer ke rekening BCA 8730123456 a.n. Budi Santoso, "
                              "lalu konfirmasi via WhatsApp.</p>"),
}

SHOPS = {  # host: (pages, domain age in days)
    "modaandina.com.co": (COLOMBIA, 2000),
    "calzadoslima.pe": (PERU, 1500),
    "mercadito.com.ar": (ARGENTINA, 4000),
    "andesoutdoor.com": (CHILE_ON_COM, 3000),
    "ofertas-tenis-mx.shop": (FAKE_MX, 5),
    "rajutnusantara.co.id": (TOKO_NPWP, 2500),
}


class World:
    def __init__(self, server, ca_bundle, tmp_path):
        self.server = server
        self.ca_bundle = ca_bundle
        self.rdap = RdapRegistry(server, "rdap.test")
        self.rdap.write_bootstrap(os.environ["SHOPSAFE_DATA_DIR"], ["co", "pe", "ar", "com", "shop", "id", "test"])
        self.hosts = ["rdap.test"]
        self.roots = {}
        for host, (pages, age) in SHOPS.items():
            self.roots[host] = write_site(tmp_path / host, pages)
            self.add(host, age, root=self.roots[host])

    def add(self, host, age, **site):
        self.server.add_site(host, "www." + host, **site)
        self.rdap.add_domain(host, registered=days_ago(age))
        self.hosts += [host, "www." + host]

    def options(self, country="ID", extra=None):
        resolve = {h: f"127.0.0.1:{self.server.port}" for h in self.hosts}
        return CheckOptions(ca_bundle=self.ca_bundle, deadline=8.0, country=country,
                            resolve={**resolve, **(extra or {})})


@pytest.fixture
def world(https_server, ca_bundle, tmp_path):
    return World(https_server, ca_bundle, tmp_path)


def by_id(report):
    found = {}
    for finding in report.findings:
        found.setdefault(finding.id, []).append(finding)
    return found


def labelled(report):
    """Every evidence key of the report has a translated label (none shows as a raw key)."""
    keys = {key for finding in report.findings for key in finding.evidence}
    assert keys <= set(EVIDENCE_LABELS) | HIDDEN_KEYS, keys - set(EVIDENCE_LABELS)


def statuses(report):
    return [(f.id, f.status.value) for f in report.findings]


def test_colombian_shop_nit_policies_company_account_and_pesos(world):
    report = check("https://modaandina.com.co/", world.options())
    found = by_id(report)
    assert {"type": "CO-NIT", "value": "9003739134", "valid": True, "name": "Moda Andina S.A.S."} \
        in report.contacts["company_ids"]
    (nit,) = [f for f in found["contact.company_id"] if f.evidence["type"] == "CO-NIT"]
    assert nit.title.render() == "Company identifier 900.373.913-4 (CO-NIT)" and nit.evidence["value"] == "9003739134"
    assert report.policies["privacy"].endswith("/politica-de-tratamiento-de-datos")
    assert report.policies["returns"].endswith(("/cambios-y-devoluciones", "/derecho-de-retracto"))
    assert report.policies["terms"].endswith("/terminos-y-condiciones")
    (account,) = found["payment.instructions"]
    assert account.status is Status.INFO and account.evidence["recipient_kind"] == "company"
    assert found["payment.methods"][0].status is Status.PASS
    assert report.snapshot["price"]["amount"] == "189900" and report.snapshot["price"]["currency"] == "COP"
    assert report.verdict.level is Level.OK, statuses(report)


def test_peruvian_shop_with_complaints_book_at_a_provider(world):
    report = check("calzadoslima.pe", world.options())
    found = by_id(report)
    assert {"type": "PE-RUC", "value": "20512333797", "valid": True} in report.contacts["company_ids"]
    assert report.policies["complaints"] == "https://reclamos.libro-virtual.test/calzadoslima"
    assert "policies.complaints_book" not in found
    assert report.snapshot["price"] == {"amount": "149.9", "currency": "PEN", "source": "text", "product": None}
    assert report.verdict.level is Level.OK, statuses(report)
    assert not [r for r in world.server.requests if r.host == "reclamos.libro-virtual.test"]


def test_peruvian_shop_without_complaints_book_is_told(world, tmp_path):
    pages = dict(PERU, **{"index.html": PERU["index.html"].replace("Libro de Reclamaciones", "Síguenos")})
    world.add("zapatillas-lima.com", 1500, root=write_site(tmp_path / "no-book", pages))
    report = check("https://zapatillas-lima.com/", world.options())  # Peruvian by its RUC, not its ending
    (finding,) = by_id(report)["policies.complaints_book"]
    assert finding.status is Status.WARN and "Libro de Reclamaciones" in finding.title.render()
    assert report.verdict.level is Level.CAUTION


def test_complaints_book_shown_without_a_readable_link_is_no_warning(world, tmp_path):
    book = ("<a href='https://forms.example-forms.test/x'><img src='/img/libro-de-reclamaciones.png'></a>")
    pages = dict(PERU, **{"index.html": PERU["index.html"].replace(
        "<a href='https://reclamos.libro-virtual.test/calzadoslima'><img src='/lr.png' alt='Libro de Reclamaciones'></a>",
        book)})
    world.add("calzados-lima-norte.pe", 1500, root=write_site(tmp_path / "img-book", pages))
    report = final_report(run_check("https://calzados-lima-norte.pe/", world.options()))
    assert "policies.complaints_book" not in by_id(report)
    assert report.verdict.level is Level.OK, statuses(report)


def test_argentine_shop_cuit_arrepentimiento_bases_y_condiciones(world):
    report = check("https://mercadito.com.ar/", world.options())
    assert {"type": "AR-CUIT", "value": "30712345671", "valid": True} in report.contacts["company_ids"]
    assert report.policies["returns"].endswith("/arrepentimiento")
    assert report.policies["terms"].endswith("/bases")
    assert report.verdict.level is Level.OK, statuses(report)


def test_chilean_shop_on_dot_com_prices_in_chilean_pesos(world):
    report = check("https://andesoutdoor.com/", world.options())  # the user is in Indonesia
    assert {"type": "CL-RUT", "value": "760864285", "valid": True} in report.contacts["company_ids"]
    assert report.policies["returns"].endswith("/cambios-y-garantias")
    assert report.snapshot["price"]["currency"] == "CLP" and report.snapshot["price"]["amount"] == "119990"
    assert report.verdict.level is Level.OK, statuses(report)


def test_a_wrong_nit_check_digit_is_seen(world, tmp_path):
    pages = dict(COLOMBIA, **{"index.html": COLOMBIA["index.html"].replace("900.373.913-4", "900.373.913-5")})
    world.add("modaandina-tienda.com", 2000, root=write_site(tmp_path / "bad-nit", pages))
    report = check("https://modaandina-tienda.com/", world.options())
    bad = [f for f in by_id(report)["contact.company_id"] if f.evidence["value"] == "9003739135"]
    assert bad and bad[0].status is Status.WARN and bad[0].evidence["type"] == "CO-NIT"


def test_fake_mexican_shop_oxxo_deposit_to_a_person_despite_card_logos(world):
    report = check("https://ofertas-tenis-mx.shop/", world.options(country="MX"))
    found = by_id(report)
    (deposit,) = found["payment.instructions"]
    assert deposit.status is Status.WARN and deposit.evidence["payment_method"] == "cash_deposit"
    assert deposit.evidence["recipient"] == "Luis Hernández" and deposit.evidence["recipient_kind"] == "person"
    assert deposit.evidence["url"].endswith("/como-comprar")
    assert deposit.evidence["advertised"] == ["card", "paypal"]
    assert found["payment.methods"][0].status is Status.INFO
    assert report.verdict.level is Level.HIGH_RISK, statuses(report)
    labelled(report)


def test_indonesian_shop_with_npwp_whose_order_page_asks_for_a_personal_transfer(world):
    report = check("https://rajutnusantara.co.id/", world.options())
    found = by_id(report)
    assert {"type": "ID-NPWP", "value": "013121660091000", "valid": True} in report.contacts["company_ids"]
    (transfer,) = found["payment.instructions"]
    assert transfer.status is Status.WARN and transfer.evidence["recipient"] == "Budi Santoso"
    assert transfer.evidence["url"].endswith("/cara-belanja")
    assert "card" in transfer.evidence["advertised"]
    # old domain, a company id, every policy: a warning, not high risk
    assert report.verdict.level is Level.CAUTION, statuses(report)


def test_old_domain_redirecting_to_a_young_lookalike_shop_is_judged_by_the_shop(world):
    world.add("sepatu-lama.com", 3000, routes={"/": hostile.redirect_to("https://tokopedia-sale.shop/")})
    world.add("tokopedia-sale.shop", 3, root=world.roots["ofertas-tenis-mx.shop"])
    report = check("https://sepatu-lama.com/", world.options())
    found = by_id(report)
    assert "tokopedia-sale.shop" in found["site.redirect"][0].title.render()
    ages = {f.evidence["domain"]: f for f in found["domain.age"]}
    assert ages["sepatu-lama.com"].status is Status.PASS  # the pasted domain is old …
    assert ages["tokopedia-sale.shop"].status is Status.WARN  # … the shop behind it is not
    (lookalike,) = found["domain.lookalike"]
    assert lookalike.evidence["landed_on"] == "tokopedia-sale.shop" and lookalike.status is Status.FAIL
    assert report.verdict.level is Level.HIGH_RISK
    labelled(report)


def test_redirect_within_one_site_is_no_redirect(world):
    world.add("tienda-uno.com", 900, routes={"/": hostile.redirect_to("https://www.tienda-uno.com/inicio"),
                                             "/inicio": lambda req: req.send_body(page(FILLER))})
    report = check("https://tienda-uno.com/", world.options())
    assert "site.redirect" not in by_id(report)
    assert [f.evidence["domain"] for f in report.findings if f.id == "domain.age"] == ["tienda-uno.com"]


def test_redirect_to_a_plain_http_shop_warns(world, http_server):
    world.add("promo-andina.com", 2000, routes={"/": hostile.redirect_to("http://tienda-plana.com/")})
    http_server.add_site("tienda-plana.com", root=world.roots["modaandina.com.co"])
    world.rdap.add_domain("tienda-plana.com", registered=days_ago(2000))
    report = check("https://promo-andina.com/", world.options(
        extra={"tienda-plana.com": f"127.0.0.1:{http_server.port}"}))
    (redirect,) = by_id(report)["site.redirect"]
    assert redirect.status is Status.WARN and "does not use HTTPS" in redirect.detail.render()
    assert redirect.evidence["final_url"] == "http://tienda-plana.com/"


def test_meta_refresh_to_a_young_lookalike_is_judged_without_fetching_it(world):
    world.add("tienda-antigua.com", 3000, routes={"/": hostile.client_redirect(
        "https://mercadolibre-ofertas.shop/pagar", "meta")})
    world.rdap.add_domain("mercadolibre-ofertas.shop", registered=days_ago(4))
    report = check("https://tienda-antigua.com/", world.options(country="MX"))
    found = by_id(report)
    assert found["site.client_redirect"][0].status is Status.WARN
    ages = {f.evidence["domain"]: f for f in found["domain.age"]}
    assert ages["mercadolibre-ofertas.shop"].status is Status.WARN
    assert ages["mercadolibre-ofertas.shop"].evidence["landed_on"] == "mercadolibre-ofertas.shop"
    assert found["domain.lookalike"][0].evidence["landed_on"] == "mercadolibre-ofertas.shop"
    assert report.verdict.level is Level.HIGH_RISK
    assert not [r for r in world.server.requests if r.host == "mercadolibre-ofertas.shop"]  # never fetched
    labelled(report)
