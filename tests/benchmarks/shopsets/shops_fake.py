"""Fake shops built from the published descriptions (README.md lists the sources), each with a
few of the traits those pages name, never all of them; plus shops that cannot be read.

Source keys: WI = Watchlist Internet (ÖIAT), VZ = Verbraucherzentrale (Fakeshop-Finder),
INCIBE = INCIBE "Tiendas online fraudulentas", PROFECO = PROFECO recommendations.
"""

from __future__ import annotations

from build import Rdap, Shop, page
from shops_honest import EN_MENU, ES_MENU, ID_MENU, MX_MENU

SHOPS: list[Shop] = []


def _fake(**kw) -> None:
    SHOPS.append(Shop(label="fake", **kw))


BRANDS_EN = ("<ul><li>Nike Air Max 90 $39.99 (was $150.00) -73%</li><li>Adidas Ultraboost $44.99 -70%</li>"
             "<li>Apple AirPods Pro $49.00 -80%</li><li>Dyson V15 vacuum $129.00 -78%</li>"
             "<li>Ray-Ban Wayfarer $19.99 -85%</li><li>The North Face jacket $59.00 -75%</li></ul>")
BRANDS_ES = ("<ul><li>Zapatillas Nike Air Force 1 29,95 € -75%</li><li>Bolso Michael Kors 39,00 € -80%</li>"
             "<li>Plancha GHD 35,00 € -78%</li><li>Chaqueta The North Face 49,00 € -72%</li>"
             "<li>Gafas Ray-Ban 15,00 € -85%</li></ul>")
BRANDS_ID = ("<ul><li>Sepatu Nike Air Jordan Rp 299.000 diskon 80%</li><li>Adidas Samba Rp 249.000 diskon 75%</li>"
             "<li>Tas Coach Rp 350.000 diskon 85%</li><li>Vans Old Skool Rp 199.000 diskon 70%</li>"
             "<li>Converse Chuck 70 Rp 189.000 diskon 72%</li></ul>")
COUNTDOWN = ('<div class="countdown" data-countdown="2026-12-31T23:59:59">Offer ends in '
             '<span id="timer">00:14:59</span></div>')

# 1. WI/VZ: an expired, years-old domain bought by the fakers; multi-brand bait, prepayment only.
N = "Sportique Store"
_fake(host="sportiquestore.com", country="US", source="WI, VZ",
      what="old domain re-registered 12 days ago, multi-brand 70-85 % off, bank transfer only",
      rdap=Rdap(3500, 12, registrar="Cheap Names Ltd", events={"transfer": 12}),
      traits=("recently changed old domain", "many brands deep discounts", "transfer only"),
      pages={"index.html": page(N, "Mega Sale", f"<h1>Mega Sale</h1>\n{BRANDS_EN}\n<p>Payment: bank transfer "
                                "(direct bank deposit) only.</p>", EN_MENU),
             "pages/contact": page(N, "Contact", "<h1>Contact</h1>\n<p>Email: support@sportiquestore.com</p>", EN_MENU),
             "policies/refund-policy": page(N, "Refund", "<h1>Refund policy</h1>\n<p>Returns within 14 days. "
                                            "Please send the item to Urban Kicks Ltd, the operator of "
                                            "urbankicks.co.uk.</p>", EN_MENU),
             "policies/privacy-policy": page(N, "Privacy", "<h1>Privacy</h1>\n<p>We respect your privacy.</p>",
                                             EN_MENU)})

# 2. WI: old domain, countdown, copied terms naming another shop, card logos only.
N = "Glenwood Outdoor"
_fake(host="glenwoodoutdoor.com", country="US", source="WI, VZ",
      what="9-year-old domain changed 25 days ago, countdown timer, terms copied from another shop",
      rdap=Rdap(3300, 25, registrar="Offshore Registrar SA", statuses=("ok",)),
      traits=("recently changed old domain", "countdown", "copied terms", "deep discounts"),
      pages={"index.html": page(N, "Clearance", f"<h1>Warehouse clearance</h1>\n{COUNTDOWN}\n<p>Arc'teryx, "
                                "Patagonia, The North Face, Canada Goose - all up to 80% off!</p>\n<p>Only 3 left "
                                "in stock!</p>\n<p>We accept Visa and Mastercard.</p>", EN_MENU),
             "pages/contact": page(N, "Contact", "<h1>Contact</h1>\n<p>service@glenwoodoutdoor.com</p>", EN_MENU),
             "policies/terms-of-service": page(N, "Terms", "<h1>Terms of service</h1>\n<p>This website is operated "
                                               "by Alpine Gear Direct Ltd. Throughout the site, the terms \"we\", "
                                               "\"us\" and \"our\" refer to Alpine Gear Direct. Contact "
                                               "info@alpinegeardirect.com.</p>", EN_MENU),
             "policies/refund-policy": page(N, "Refund", "<h1>Refund policy</h1>\n<p>Returns are accepted at "
                                            "alpinegeardirect.com within 30 days.</p>", EN_MENU)})

# 3. INCIBE/WI: a brand + bait word on a domain the brand does not own, young.
N = "Zalando Rebajas"
_fake(host="zalando-rebajas.com", country="ES", source="WI, INCIBE",
      what="brand + '-rebajas', 15 days old, transfer",
      rdap=Rdap(15), traits=("brand + bait word", "young", "deep discounts"),
      pages={"index.html": page(N, "Rebajas", f"<h1>Rebajas Zalando</h1>\n{BRANDS_ES}\n<p>Pago por transferencia "
                                "bancaria.</p>\n<p><a href=\"/contacto.html\">Contacto</a></p>", {}, "es"),
             "contacto.html": page(N, "Contacto", "<h1>Contacto</h1>\n<p>atencion@zalando-rebajas.com</p>", {}, "es")})

# 4. WI/PROFECO: a marketplace's name on another ending.
N = "Tokopedia"
_fake(host="tokopedia.co", country="ID", source="PROFECO, WI",
      what="marketplace name on .co, 20 days old",
      rdap=Rdap(20), traits=("marketplace on another ending", "young"),
      pages={"index.html": page(N, "Flash Sale", "<h1>Flash Sale Tokopedia</h1>\n<p>iPhone 15 Pro Rp 4.999.000</p>\n"
                                "<p>Pembayaran via transfer bank ke rekening admin.</p>\n<p>Hubungi admin: "
                                "<a href=\"https://wa.me/6281398765432\">WhatsApp</a></p>", {}, "id")})

# 5. INCIBE ("cambian una letra"): a transposition of a short marketplace name; urgency.
N = "Shoepe"
_fake(host="shoepe.com", country="ID", source="INCIBE, PROFECO",
      what="one-letter transposition of 'shopee', 8 days old, 'hari ini saja'",
      rdap=Rdap(8), traits=("transposition of a marketplace", "very young", "urgency"),
      pages={"index.html": page(N, "Promo", "<h1>Promo 12.12</h1>\n<p>Semua barang Rp 12.000 hari ini saja!</p>\n"
                                "<p>Stok tinggal 3.</p>\n<p>Transfer ke BCA 1234567890 a.n. Andi Saputra.</p>",
                                {}, "id")})

# 6. VZ ("Fantasieadresse"): placeholder address, copied policies, young.
N = "Luxe Bags Outlet"
_fake(host="luxebagsoutlet.com", country="US", source="VZ",
      what="placeholder address '123 Main Street, Anytown', 40 days old, 70 % off designer bags",
      rdap=Rdap(40), traits=("placeholder address", "deep discounts", "young"),
      pages={"index.html": page(N, "Designer bags", "<h1>Designer bags up to 70% off</h1>\n<p>Gucci, Prada, Louis "
                                "Vuitton, Chanel, Michael Kors.</p>\n<p>Pay with credit card or PayPal.</p>", EN_MENU),
             "pages/contact": page(N, "Contact", "<h1>Contact</h1>\n<p>123 Main Street</p>\n<p>Anytown, CA 12345</p>\n"
                                   "<p>(555) 555-5555</p>\n<p>care@luxebagsoutlet.com</p>", EN_MENU),
             "policies/refund-policy": page(N, "Refunds", "<h1>Refund policy</h1>\n<p>30 days.</p>", EN_MENU),
             "policies/privacy-policy": page(N, "Privacy", "<h1>Privacy</h1>\n<p>We protect your data.</p>", EN_MENU)})

# 7. WI ("AGB kopiert"): terms name another shop and domain; young; 65 % off.
N = "Nordic Home Deals"
_fake(host="nordichomedeals.shop", country="US", source="WI",
      what="terms and returns copied from another shop (its name and domain), 50 days old",
      rdap=Rdap(50), traits=("copied policies", "young", "65 % off"),
      pages={"index.html": page(N, "Deals", "<h1>Scandinavian furniture -65%</h1>\n<p>Oak dining table $199 "
                                "(was $569)</p>\n<p>Pay by card.</p>", EN_MENU),
             "pages/contact": page(N, "Contact", "<h1>Contact</h1>\n<p>help@nordichomedeals.shop</p>", EN_MENU),
             "policies/terms-of-service": page(N, "Terms", "<h1>Terms of service</h1>\n<p>These terms govern your "
                                               "use of www.scandiliving.co.uk, operated by Scandi Living Ltd.</p>",
                                               EN_MENU),
             "policies/refund-policy": page(N, "Refunds", "<h1>Refund policy</h1>\n<p>Scandi Living accepts returns "
                                            "within 14 days. Send returns to returns@scandiliving.co.uk.</p>",
                                            EN_MENU)})

# 8. VZ (Fakeshop-Finder compares the imprint with the register): one CIF, two company names.
N = "Moda Express"
_fake(host="modaexpress-tienda.com", country="ES", source="VZ, INCIBE",
      what="one CIF printed with two different company names; 30 days old",
      rdap=Rdap(30), traits=("company id with different names", "young", "transfer"),
      pages={"index.html": page(N, "Inicio", "<h1>Moda Express</h1>\n<p>Vestidos a 9,99 €.</p>\n<p>Pago con tarjeta "
                                "o transferencia.</p>", ES_MENU, "es"),
             "aviso-legal.html": page(N, "Aviso legal", "<h1>Aviso legal</h1>\n<p>Titular: Moda Express Online S.L."
                                      "</p>\n<p>CIF: B12345674</p>", ES_MENU, "es"),
             "privacidad.html": page(N, "Privacidad", "<h1>Política de privacidad</h1>\n<p>Responsable: Calzados "
                                     "Ruiz Hermanos S.A., CIF B12345674.</p>", ES_MENU, "es"),
             "contacto.html": page(N, "Contacto", "<h1>Contacto</h1>\n<p>info@modaexpress-tienda.com</p>", ES_MENU, "es")})

# 9. WI ("deutschsprachige Seite im Ausland registriert"): currency, phone and address of other countries.
N = "Tienda Hogar Premium"
_fake(host="tiendahogarpremium.es", country="ES", source="WI, INCIBE",
      what=".es shop in Spanish, prices in US dollars, UK phone, address in Shenzhen; no RDAP",
      rdap=None, traits=("currency/phone/address do not fit", "deep discounts", "urgency"),
      pages={"index.html": page(N, "Ofertas", "<h1>Ofertas de liquidación</h1>\n<p>Robot aspirador $39.99 (antes "
                                "$299.99)</p>\n<p>Freidora de aire $29.99 -80%</p>\n<p>¡La oferta termina en 15 "
                                "minutos!</p>\n<p>Tarjeta de crédito.</p>", ES_MENU, "es"),
             "contacto.html": page(N, "Contacto", "<h1>Contacto</h1>\n<p>Teléfono: +44 20 7946 0958</p>\n<p>Dirección: "
                                   "Room 1203, Futian District, Shenzhen, Guangdong 518000, China</p>\n<p>"
                                   "soporte@tiendahogarpremium.es</p>", ES_MENU, "es"),
             "devoluciones.html": page(N, "Devoluciones", "<h1>Devoluciones</h1>\n<p>30 días.</p>", ES_MENU, "es")})

# 10. INCIBE: every item one price, inflated price with a huge discount, no CIF, transfer only.
N = "Todo a 19"
_fake(host="todoa19.store", country="ES", source="INCIBE",
      what="everything 19,99 €, '-85 %' on inflated prices, transfer only, 10 days old",
      rdap=Rdap(10), traits=("all items one price", "very young", "transfer only"),
      pages={"index.html": page(N, "Todo a 19,99", "<h1>Todo a 19,99 €</h1>\n<p>Patinete eléctrico 19,99 € (antes "
                                "399,00 €) -95%</p>\n<p>Televisor 50\" 19,99 € -96%</p>\n<p>Pago solo por transferencia "
                                "bancaria.</p>", {}, "es")})

# 11. PROFECO (Buen Fin, unusual endings like .store/.xyz): brand + promo on a new domain.
N = "Elektra Promo"
_fake(host="elektra-promo.store", country="MX", source="PROFECO",
      what="Mexican retailer's name + '-promo' on .store, 5 days old, Buen Fin",
      rdap=Rdap(5), traits=("brand + bait word", "very young", "urgency"),
      pages={"index.html": page(N, "Buen Fin", "<h1>Buen Fin Elektra</h1>\n<p>Pantalla 55\" $1,999 MXN -85%</p>\n"
                                "<p>Oferta termina en 2 horas.</p>\n<p>Paga en OXXO con el número de referencia.</p>",
                                {}, "es")})

# 12. WI: Indonesian-language fake on an old domain recently changed; WhatsApp, transfer, urgency.
N = "Sepatu Original Murah"
_fake(host="sepatuoriginalmurah.com", country="ID", source="WI",
      what="5-year-old domain changed 15 days ago, brands at 70-85 %, 'stok tinggal 3', WhatsApp only",
      rdap=Rdap(2000, 15, statuses=("pending transfer",), events={"transfer": 15}),
      traits=("recently changed old domain", "many brands deep discounts", "urgency", "WhatsApp only"),
      pages={"index.html": page(N, "Promo", f"<h1>Sepatu Original Murah</h1>\n{BRANDS_ID}\n<p>Stok tinggal 3, "
                                "promo hari ini saja!</p>\n<p>Order: <a href=\"https://wa.me/6281211112222\">"
                                "WhatsApp</a>. Pembayaran transfer bank.</p>", {}, "id")})

# 13. VZ: company id that fails its check digit, copied imprint, young.
N = "Electro Ofertas"
_fake(host="electroofertas-online.com", country="ES", source="VZ, INCIBE",
      what="invalid CIF, 25 days old, 70 % off",
      rdap=Rdap(25), traits=("invalid company id", "young", "deep discounts"),
      pages={"index.html": page(N, "Ofertas", "<h1>Electrónica -70%</h1>\n<p>iPhone 15 299 € -70%</p>\n<p>Pago por "
                                "transferencia o tarjeta.</p>", ES_MENU, "es"),
             "aviso-legal.html": page(N, "Aviso legal", "<h1>Aviso legal</h1>\n<p>Electro Ofertas S.L., CIF "
                                      "B12345670</p>", ES_MENU, "es"),
             "contacto.html": page(N, "Contacto", "<h1>Contacto</h1>\n<p>electroofertas.online@gmail.com</p>",
                                   ES_MENU, "es")})

# 14. WI: closing-down fake, 90 % off across brands, gmail only, 120 days old.
N = "Best Brands Closing"
_fake(host="bestbrandsclosing.com", country="US", source="WI, VZ",
      what="'closing down 90 % off' across brands, countdown, gmail only, 120 days old",
      rdap=Rdap(120), traits=("many brands deep discounts", "countdown", "gmail only"),
      pages={"index.html": page(N, "Closing down", f"<h1>We are closing - 90% off everything</h1>\n{COUNTDOWN}\n"
                                f"{BRANDS_EN}\n<p>Contact: bestbrandsclosing@gmail.com</p>\n<p>Payment by Zelle or "
                                "bank transfer.</p>", {})})

# 15. PROFECO/INCIBE: marketplace + bait word, Argentine buyer.
N = "MercadoLibre Ofertas"
_fake(host="mercadolibre-ofertas.com", country="AR", source="PROFECO, INCIBE",
      what="'mercadolibre-ofertas', 12 days old",
      rdap=Rdap(12), traits=("marketplace + bait word", "very young"),
      pages={"index.html": page(N, "Ofertas", "<h1>Ofertas MercadoLibre</h1>\n<p>Celulares desde $ 9.999 -80%</p>\n"
                                "<p>Pagá por transferencia al CBU indicado.</p>", {}, "es")})

# 16. WI: old domain with a new registrar, full-looking policies copied from another shop.
N = "Casa Bella Decor"
_fake(host="casabelladecor.com", country="US", source="WI, VZ",
      what="7-year-old domain moved to a new registrar 9 days ago, policies copied, 60 % off",
      rdap=Rdap(2500, 9, registrar="NameSilo Clone LLC", events={"transfer": 9}),
      traits=("recently changed old domain", "copied policies", "60 % off"),
      pages={"index.html": page(N, "Home", "<h1>Home decor sale -60%</h1>\n<p>Velvet sofa $299 (was $749)</p>\n"
                                "<p>Credit card, PayPal.</p>", EN_MENU),
             "pages/contact": page(N, "Contact", "<h1>Contact</h1>\n<p>support@casabelladecor.com</p>", EN_MENU),
             "policies/terms-of-service": page(N, "Terms", "<h1>Terms of service</h1>\n<p>This website is operated "
                                               "by Hearth &amp; Home Interiors LLC. Throughout the site, the terms "
                                               "\"we\", \"us\" and \"our\" refer to Hearth &amp; Home Interiors.</p>",
                                               EN_MENU),
             "policies/refund-policy": page(N, "Refunds", "<h1>Refund policy</h1>\n<p>Returns go to "
                                            "hearthandhomeinteriors.com/returns.</p>", EN_MENU),
             "policies/privacy-policy": page(N, "Privacy", "<h1>Privacy</h1>\n<p>Hearth &amp; Home Interiors "
                                             "respects your privacy.</p>", EN_MENU)})

# 17. VZ/INCIBE: very young, 'only 3 left' and 'oferta termina en', card logos (card advertised).
N = "Relojes Elite"
_fake(host="relojeselite.shop", country="MX", source="INCIBE, PROFECO",
      what="7 days old, watches at 75 %, 'solo quedan 3', 'oferta termina en', card logos",
      rdap=Rdap(7), traits=("very young", "urgency", "deep discounts"),
      pages={"index.html": page(N, "Relojes", "<h1>Relojes de lujo -75%</h1>\n<p>Rolex Submariner $4,999 MXN</p>\n"
                                "<p>¡Solo quedan 3 unidades! La oferta termina en 10 minutos.</p>\n<p>Aceptamos Visa, "
                                "Mastercard.</p>", MX_MENU, "es"),
             "contacto.html": page(N, "Contacto", "<h1>Contacto</h1>\n<p>ventas@relojeselite.shop</p>", MX_MENU, "es")})

# 18. WI: Indonesian young fake with copied 'kebijakan' naming another toko, diskon 80 %.
N = "Gadget Murah Official"
_fake(host="gadgetmurahofficial.id", country="ID", source="WI",
      what="60 days old, policies naming another shop (tokogadgetjaya.com), diskon 80 %",
      rdap=Rdap(60), traits=("copied policies", "young", "deep discounts"),
      pages={"index.html": page(N, "Beranda", "<h1>Gadget Murah</h1>\n<p>Samsung Galaxy S24 Rp 2.999.000 diskon 80%"
                                "</p>\n<p>Bayar via transfer, OVO, DANA.</p>", ID_MENU, "id"),
             "kontak.html": page(N, "Kontak", "<h1>Kontak</h1>\n<p>admin@gadgetmurahofficial.id</p>", ID_MENU, "id"),
             "pengembalian.html": page(N, "Pengembalian", "<h1>Kebijakan Pengembalian</h1>\n<p>Toko Gadget Jaya "
                                       "menerima pengembalian dalam 7 hari. Kirim ke tokogadgetjaya.com/retur.</p>",
                                       ID_MENU, "id"),
             "kebijakan-privasi.html": page(N, "Privasi", "<h1>Kebijakan Privasi</h1>\n<p>Data pelanggan Toko Gadget "
                                            "Jaya aman.</p>", ID_MENU, "id")})

# ------------------------------------------------------------------------------ unreadable

UNREADABLE: list[Shop] = []


def _unreadable(**kw) -> None:
    UNREADABLE.append(Shop(label="unreadable", pages={"index.html": page("Shop", "Shop", "<p>closed</p>")}, **kw))


_unreadable(host="ferreteriaelpuerto.com", country="ES", what="old domain, valid certificate, every page 503",
            rdap=Rdap(4000), behaviour="status503", traits=("pages never answer",))
_unreadable(host="tokoperabotanjati.co.id", country="ID", what="old domain, server answers after the deadline",
            rdap=Rdap(3000), behaviour="timeout", traits=("time-out",))
_unreadable(host="gardenbarnsupply.com", country="US", what="old domain, nothing listens on the port",
            rdap=Rdap(2800), behaviour="refused", traits=("connection refused",))
_unreadable(host="tiendamodernamx.com.mx", country="MX", what="page that needs JavaScript to show anything",
            rdap=Rdap(1500), behaviour="js_only", traits=("JavaScript only",))
_unreadable(host="surftiendacanarias.es", country="ES", what=".es (no RDAP) whose pages answer 403",
            rdap=None, behaviour="status403", traits=("403 for robots",))
