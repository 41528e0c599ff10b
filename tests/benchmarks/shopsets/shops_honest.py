"""Honest shops: Indonesian, Spanish, Mexican, English, Colombian, Argentine, Chilean, Peruvian.

Written after the shapes real small shops take (Shopify and WooCommerce themes, hand-made pages,
link-in-bio pages, WhatsApp sellers, clearance sales), old and young, with the rough edges
honest shops have: gmail addresses, WhatsApp only, big seasonal discounts, "ends tonight"
banners, a registrar change. Names, numbers and addresses are invented; company ids pass their
check digits.
"""

from __future__ import annotations

from build import Rdap, Shop, page

ID_MENU = {"Tentang Kami": "/tentang-kami.html", "Hubungi Kami": "/kontak.html",
           "Kebijakan Privasi": "/kebijakan-privasi.html", "Pengembalian": "/pengembalian.html",
           "Syarat dan Ketentuan": "/syarat-dan-ketentuan.html", "Pengiriman": "/pengiriman.html"}
ES_MENU = {"Quiénes somos": "/quienes-somos.html", "Contacto": "/contacto.html",
           "Aviso legal": "/aviso-legal.html", "Política de privacidad": "/privacidad.html",
           "Devoluciones": "/devoluciones.html", "Envíos": "/envios.html"}
EN_MENU = {"About us": "/pages/about", "Contact": "/pages/contact",
           "Privacy policy": "/policies/privacy-policy", "Refund policy": "/policies/refund-policy",
           "Terms of service": "/policies/terms-of-service", "Shipping": "/policies/shipping-policy"}
MX_MENU = {"Nosotros": "/nosotros.html", "Contacto": "/contacto.html",
           "Aviso de privacidad": "/aviso-de-privacidad.html", "Devoluciones": "/devoluciones.html",
           "Términos y condiciones": "/terminos.html"}


def _id_policies(name: str, days: int = 7) -> dict[str, str]:
    return {
        "kebijakan-privasi.html": page(name, "Kebijakan Privasi", f"<h1>Kebijakan Privasi</h1>\n<p>{name} hanya "
                                       "memakai data Anda untuk memproses pesanan dan pengiriman. Data tidak "
                                       "dijual kepada pihak lain.</p>", ID_MENU, "id"),
        "pengembalian.html": page(name, "Kebijakan Pengembalian", f"<h1>Kebijakan Pengembalian</h1>\n<p>Barang "
                                  f"cacat atau salah kirim dapat dikembalikan dalam {days} hari setelah diterima. "
                                  f"Hubungi {name} dengan foto barang dan nomor pesanan.</p>", ID_MENU, "id"),
        "syarat-dan-ketentuan.html": page(name, "Syarat dan Ketentuan", f"<h1>Syarat dan Ketentuan</h1>\n<p>Dengan "
                                          f"berbelanja di {name} Anda menyetujui ketentuan berikut. Harga dalam "
                                          "Rupiah sudah termasuk PPN.</p>", ID_MENU, "id"),
        "pengiriman.html": page(name, "Pengiriman", "<h1>Pengiriman</h1>\n<p>Pesanan dikirim dengan JNE, J&amp;T "
                                "atau SiCepat 1-2 hari kerja setelah pembayaran. Nomor resi dikirim lewat "
                                "WhatsApp.</p>", ID_MENU, "id"),
    }


def _es_policies(name: str, company: str, cif: str, address: str, days: int = 14) -> dict[str, str]:
    return {
        "aviso-legal.html": page(name, "Aviso legal", f"<h1>Aviso legal</h1>\n<p>Titular: {company}</p>\n"
                                 f"<p>CIF: {cif}</p>\n<p>{address}</p>", ES_MENU, "es"),
        "privacidad.html": page(name, "Política de privacidad", f"<h1>Política de privacidad</h1>\n<p>Responsable: "
                                f"{company}, CIF {cif}. Tratamos sus datos solo para gestionar pedidos.</p>",
                                ES_MENU, "es"),
        "devoluciones.html": page(name, "Devoluciones", f"<h1>Política de devoluciones</h1>\n<p>Dispone de {days} "
                                  f"días naturales para desistir de la compra. Escríbanos y {name} le indicará "
                                  "cómo devolver el artículo.</p>", ES_MENU, "es"),
        "envios.html": page(name, "Envíos", "<h1>Envíos</h1>\n<p>Enviamos con Correos Express en 24-48 h a la "
                            "península. Envío gratis a partir de 50 €.</p>", ES_MENU, "es"),
    }


def _en_policies(name: str, company: str, days: int = 30) -> dict[str, str]:
    return {
        "policies/privacy-policy": page(name, "Privacy policy", f"<h1>Privacy policy</h1>\n<p>{company} collects "
                                        "only what it needs to fulfil your order and never sells your data.</p>",
                                        EN_MENU),
        "policies/refund-policy": page(name, "Refund policy", f"<h1>Refund policy</h1>\n<p>You can return unused "
                                       f"items within {days} days for a full refund. Email us first and {name} "
                                       "sends you a return label.</p>", EN_MENU),
        "policies/terms-of-service": page(name, "Terms of service", f"<h1>Terms of service</h1>\n<p>This website "
                                          f"is operated by {company}. Throughout the site, the terms \"we\", "
                                          f"\"us\" and \"our\" refer to {name}.</p>", EN_MENU),
        "policies/shipping-policy": page(name, "Shipping policy", "<h1>Shipping policy</h1>\n<p>Orders ship "
                                         "within two business days by USPS or UPS.</p>", EN_MENU),
    }


def _mx_policies(name: str, company: str, rfc: str) -> dict[str, str]:
    return {
        "aviso-de-privacidad.html": page(name, "Aviso de privacidad", f"<h1>Aviso de privacidad</h1>\n<p>{company} "
                                         f"(RFC {rfc}) es responsable del tratamiento de sus datos personales.</p>",
                                         MX_MENU, "es"),
        "devoluciones.html": page(name, "Devoluciones", "<h1>Cambios y devoluciones</h1>\n<p>Aceptamos "
                                  "devoluciones dentro de los 30 días naturales siguientes a la entrega.</p>",
                                  MX_MENU, "es"),
        "terminos.html": page(name, "Términos y condiciones", f"<h1>Términos y condiciones</h1>\n<p>Las compras "
                              f"en {name} se rigen por la Ley Federal de Protección al Consumidor.</p>",
                              MX_MENU, "es"),
    }


SHOPS: list[Shop] = []


def _add(**kw) -> None:
    SHOPS.append(Shop(label="honest", **kw))


# ------------------------------------------------------------------------------ Indonesia

N = "Kopi Gayo Nusantara"
_add(host="kopigayonusantara.co.id", country="ID", what="WooCommerce-like coffee roaster, 8 years old",
     rdap=Rdap(3000, 200, registrar="PT Registrar Nusantara"),
     traits=("all policies", "NIB", "address", "transfer + COD + QRIS"),
     pages={"index.html": page(N, "Beranda", "<h1>Kopi Arabika Gayo</h1>\n<p>Kopi Gayo Wine 250 gr Rp 95.000</p>\n"
                               "<p>Kopi Gayo Peaberry 250 gr Rp 120.000</p>\n<p>Pembayaran: transfer bank BCA a.n. "
                               "PT Kopi Gayo Nusantara, COD, QRIS, GoPay.</p>", ID_MENU, "id"),
            "tentang-kami.html": page(N, "Tentang Kami", "<h1>Tentang Kami</h1>\n<p>Sejak 2016 kami menyangrai "
                                      "kopi dari petani Aceh Tengah.</p>\n<p>NIB: 9120001234567</p>", ID_MENU, "id"),
            "kontak.html": page(N, "Hubungi Kami", "<h1>Hubungi Kami</h1>\n<p>Jl. Gajah Mada No. 21, Takengon, "
                                "Aceh Tengah 24552</p>\n<p>Telepon: (0643) 21456</p>\n<p>Email: "
                                "halo@kopigayonusantara.co.id</p>\n<p><a href=\"https://wa.me/6281260001111\">"
                                "WhatsApp</a></p>", ID_MENU, "id"),
            **_id_policies(N)})

N = "Batik Warna Lestari"
_add(host="batikwarnalestari.com", country="ID", what="Shopify-like batik shop, 45 days old",
     rdap=Rdap(45), traits=("young", "all policies", "card + e-wallet via payment gateway"),
     pages={"index.html": page(N, "Home", "<h1>Batik tulis Pekalongan</h1>\n<p>Kemeja Batik Parang Rp 385.000</p>\n"
                               "<p>Bayar dengan kartu kredit, Virtual Account, OVO, ShopeePay.</p>\n"
                               "<p>Promo pembukaan: diskon 15% untuk pembelian pertama.</p>", ID_MENU, "id"),
            "tentang-kami.html": page(N, "Tentang Kami", "<h1>Tentang Kami</h1>\n<p>Usaha keluarga pembatik di "
                                      "Pekalongan, kini berjualan online.</p>", ID_MENU, "id"),
            "kontak.html": page(N, "Kontak", "<h1>Kontak</h1>\n<p>Jl. Hayam Wuruk No. 7, Pekalongan 51124</p>\n"
                                "<p>Email: cs@batikwarnalestari.com</p>\n<p>Telp: 0812-2900-4411</p>", ID_MENU, "id"),
            **_id_policies(N, 14)})

N = "Kue Ijo Bu Ratna"
_add(host="kueijoburatna.my.id", country="ID", what="link-in-bio page of a home bakery, 90 days old",
     rdap=Rdap(90), traits=("link-in-bio", "WhatsApp + Shopee store", "no policies"),
     pages={"index.html": page(N, "Kue Ijo Bu Ratna", "<h1>Kue Ijo Bu Ratna</h1>\n<p>Kue basah dan kue kering "
                               "rumahan, Bandung.</p>\n<ul><li><a href=\"https://wa.me/6281322334455\">Pesan lewat "
                               "WhatsApp</a></li><li><a href=\"https://shopee.co.id/kueijoburatna\">Toko Shopee</a>"
                               "</li><li><a href=\"https://instagram.com/kueijoburatna\">Instagram</a></li></ul>\n"
                               "<p>Bayar di tempat (COD) untuk area Bandung, atau lewat Shopee.</p>", {}, "id")})

N = "Sambal Bu Ibu"
_add(host="sambalbuibu.com", country="ID", what="WhatsApp-only seller, 400 days old",
     rdap=Rdap(400), traits=("WhatsApp only", "COD", "gmail"),
     pages={"index.html": page(N, "Sambal Bu Ibu", "<h1>Sambal Bu Ibu</h1>\n<p>Sambal bawang, sambal cumi, sambal "
                               "roa. Botol 200 gr Rp 35.000.</p>\n<p>Order via WhatsApp: <a href=\"https://wa.me/"
                               "6285711223344\">0857-1122-3344</a></p>\n<p>Bisa COD Jabodetabek atau transfer.</p>\n"
                               "<p>Email: sambalbuibu@gmail.com</p>", {}, "id")})

N = "Elektronik Jaya Abadi"
_add(host="elektronikjayaabadi.co.id", country="ID", what="old electronics shop running a warehouse clearance",
     rdap=Rdap(4200, 60), traits=("clearance 70 %", "'hari ini saja' banner", "all policies", "old"),
     pages={"index.html": page(N, "Cuci Gudang", "<h1>Cuci Gudang Akhir Tahun</h1>\n<p>Diskon hingga 70% untuk "
                               "stok display. Promo hari ini saja untuk kipas angin!</p>\n<p>Kipas Angin Maspion "
                               "Rp 149.000 (harga normal Rp 299.000)</p>\n<p>Pembayaran: transfer bank, kartu "
                               "kredit, COD di toko.</p>", ID_MENU, "id"),
            "tentang-kami.html": page(N, "Tentang Kami", "<h1>Tentang Kami</h1>\n<p>Toko elektronik di Glodok "
                                      "sejak 1998.</p>", ID_MENU, "id"),
            "kontak.html": page(N, "Kontak", "<h1>Kontak</h1>\n<p>Jl. Hayam Wuruk No. 127, Jakarta Barat 11180</p>\n"
                                "<p>Telp (021) 6260 1122</p>\n<p>cs@elektronikjayaabadi.co.id</p>", ID_MENU, "id"),
            **_id_policies(N)})

N = "Rajutan Mama Nia"
_add(host="rajutanmamania.my.id", country="ID", what="hand-made page of a knitter, 200 days old",
     rdap=Rdap(200), traits=("hand-made", "gmail", "address", "transfer + COD"),
     pages={"index.html": page(N, "Rajutan", "<h1>Rajutan Mama Nia</h1>\n<p>Tas rajut dan topi bayi, dibuat "
                               "sesuai pesanan.</p>\n<p>Harga mulai Rp 65.000.</p>\n<p>Pembayaran transfer "
                               "atau COD Yogyakarta.</p>\n<p><a href=\"/kontak.html\">Kontak</a></p>", {}, "id"),
            "kontak.html": page(N, "Kontak", "<h1>Kontak</h1>\n<p>Jl. Kaliurang Km 7 No. 12, Sleman 55581</p>\n"
                                "<p>WA 0878-3912-4455</p>\n<p>rajutanmamania@gmail.com</p>", {}, "id")})

N = "Toko Buku Ilmu"
_add(host="tokobukuilmu.co.id", country="ID", what="old bookshop that moved registrar 20 days ago",
     rdap=Rdap(4000, 20, registrar="PT Registrar Baru", events={"transfer": 20}),
     traits=("old domain, recent transfer", "all policies"),
     pages={"index.html": page(N, "Beranda", "<h1>Toko Buku Ilmu</h1>\n<p>Buku pelajaran dan novel, dikirim ke "
                               "seluruh Indonesia.</p>\n<p>Bayar dengan transfer, Virtual Account, kartu kredit.</p>",
                               ID_MENU, "id"),
            "kontak.html": page(N, "Kontak", "<h1>Kontak</h1>\n<p>Jl. Pahlawan No. 3, Semarang 50241</p>\n"
                                "<p>(024) 8311 220</p>\n<p>toko@tokobukuilmu.co.id</p>", ID_MENU, "id"),
            "tentang-kami.html": page(N, "Tentang Kami", "<h1>Tentang Kami</h1>\n<p>Toko buku keluarga sejak "
                                      "1985.</p>", ID_MENU, "id"),
            **_id_policies(N)})

# ------------------------------------------------------------------------------ Spain

N = "Cerámicas del Sur"
_add(host="ceramicasdelsur.es", country="ES", what="WooCommerce-like pottery shop (.es: no RDAP)",
     rdap=None, traits=("aviso legal with CIF", "all policies", "card, PayPal, Bizum"),
     pages={"index.html": page(N, "Inicio", "<h1>Cerámica artesanal andaluza</h1>\n<p>Plato llano 24 cm 18,50 €</p>\n"
                               "<p>Pago con tarjeta, PayPal o Bizum.</p>", ES_MENU, "es"),
            "quienes-somos.html": page(N, "Quiénes somos", "<h1>Quiénes somos</h1>\n<p>Taller familiar en La "
                                       "Rambla (Córdoba).</p>", ES_MENU, "es"),
            "contacto.html": page(N, "Contacto", "<h1>Contacto</h1>\n<p>Calle Alfarería 12, 14540 La Rambla, "
                                  "Córdoba</p>\n<p>Tel. 957 68 21 33</p>\n<p>info@ceramicasdelsur.es</p>", ES_MENU, "es"),
            **_es_policies(N, "Cerámicas del Sur S.L.", "B87654323", "Calle Alfarería 12, 14540 La Rambla")})

N = "Zapatos Marina"
_add(host="zapatosmarina.es", country="ES", what="Shopify-like shoe shop in the January sales",
     rdap=None, traits=("rebajas 50 %", "'oferta termina en' countdown", "all policies"),
     pages={"index.html": page(N, "Rebajas", "<h1>Rebajas de enero</h1>\n<p>Hasta -50% en botines. La oferta termina "
                               "en 2 días.</p>\n<p>Botín piel 59,90 € (antes 119,80 €)</p>\n<p>Tarjeta, PayPal, "
                               "Bizum y contra reembolso.</p>", ES_MENU, "es"),
            "contacto.html": page(N, "Contacto", "<h1>Contacto</h1>\n<p>Avenida de la Constitución 40, 03203 Elche, "
                                  "Alicante</p>\n<p>Tel. 965 44 12 09</p>\n<p>hola@zapatosmarina.es</p>", ES_MENU, "es"),
            "quienes-somos.html": page(N, "Quiénes somos", "<h1>Quiénes somos</h1>\n<p>Zapatería de Elche desde "
                                       "1972.</p>", ES_MENU, "es"),
            **_es_policies(N, "Calzados Marina Pérez S.L.", "B23456783", "Avenida de la Constitución 40, 03203 Elche")})

N = "Librería La Esquina"
_add(host="librerialaesquina.com", country="ES", what="hand-made bookshop page, 12 years old",
     rdap=Rdap(4500, 300), traits=("hand-made", "address", "CIF", "card + transfer"),
     pages={"index.html": page(N, "Inicio", "<h1>Librería La Esquina</h1>\n<p>Libros nuevos y de lance en "
                               "Zaragoza.</p>\n<p>Pago con tarjeta o transferencia bancaria.</p>", ES_MENU, "es"),
            "contacto.html": page(N, "Contacto", "<h1>Contacto</h1>\n<p>Calle Mayor 15, 50001 Zaragoza</p>\n"
                                  "<p>976 29 11 80</p>\n<p>libreria@librerialaesquina.com</p>", ES_MENU, "es"),
            **_es_policies(N, "Librería La Esquina S.L.", "B66112236", "Calle Mayor 15, 50001 Zaragoza")})

N = "Quesos Artesanos Pepa"
_add(host="quesosartesanospepa.es", country="ES", what="WhatsApp + Bizum cheese seller, no policies",
     rdap=None, traits=("WhatsApp only", "Bizum", "no policies"),
     pages={"index.html": page(N, "Quesos", "<h1>Quesos Artesanos Pepa</h1>\n<p>Queso de cabra curado 1 kg "
                               "22 €.</p>\n<p>Pedidos por WhatsApp <a href=\"https://wa.me/34622334455\">622 33 44 "
                               "55</a>. Pago por Bizum al recoger o contra reembolso.</p>", {}, "es")})

N = "Moda Outlet Valencia"
_add(host="modaoutletvalencia.es", country="ES", what="honest shop closing down, everything -70 %",
     rdap=None, traits=("liquidación por cierre -70 %", "all policies", "CIF"),
     pages={"index.html": page(N, "Liquidación", "<h1>Liquidación total por cierre</h1>\n<p>Todo al -70%. "
                               "Últimos días.</p>\n<p>Abrigo lana 45 € (antes 150 €)</p>\n<p>Pago con tarjeta o "
                               "PayPal.</p>", ES_MENU, "es"),
            "contacto.html": page(N, "Contacto", "<h1>Contacto</h1>\n<p>Calle Colón 22, 46004 Valencia</p>\n"
                                  "<p>963 51 22 10</p>\n<p>tienda@modaoutletvalencia.es</p>", ES_MENU, "es"),
            **_es_policies(N, "Moda Outlet Valencia S.L.", "B46778890", "Calle Colón 22, 46004 Valencia")})

# ------------------------------------------------------------------------------ Mexico

N = "Artesanías Oaxaca"
_add(host="artesaniasoaxaca.com.mx", country="MX", what="old WooCommerce-like crafts shop",
     rdap=Rdap(3500, 100), traits=("RFC", "OXXO + card + Mercado Pago", "all policies"),
     pages={"index.html": page(N, "Inicio", "<h1>Alebrijes y barro negro</h1>\n<p>Alebrije mediano $1,250 MXN</p>\n"
                               "<p>Pagos: tarjeta de crédito, Mercado Pago, OXXO.</p>", MX_MENU, "es"),
            "nosotros.html": page(N, "Nosotros", "<h1>Nosotros</h1>\n<p>Cooperativa de artesanos de San Martín "
                                  "Tilcajete.</p>", MX_MENU, "es"),
            "contacto.html": page(N, "Contacto", "<h1>Contacto</h1>\n<p>Calle Independencia 45, Centro, 68000 Oaxaca "
                                  "de Juárez, Oax.</p>\n<p>Tel. 951 514 2233</p>\n<p>ventas@artesaniasoaxaca.com.mx"
                                  "</p>", MX_MENU, "es"),
            **_mx_policies(N, "Cooperativa Artesanos de Oaxaca", "CAO150310K72")})

N = "Café Veracruz"
_add(host="cafeveracruz.mx", country="MX", what="Shopify-like coffee shop, 60 days old",
     rdap=Rdap(60), traits=("young", "card", "all policies"),
     pages={"index.html": page(N, "Inicio", "<h1>Café de altura de Coatepec</h1>\n<p>Café molido 500 g $289 MXN</p>\n"
                               "<p>Paga con tarjeta de crédito o débito, Apple Pay, Google Pay.</p>", MX_MENU, "es"),
            "contacto.html": page(N, "Contacto", "<h1>Contacto</h1>\n<p>Avenida Xalapa 120, 91500 Coatepec, Ver.</p>\n"
                                  "<p>228 816 4400</p>\n<p>hola@cafeveracruz.mx</p>", MX_MENU, "es"),
            **_mx_policies(N, "Tostadores de Coatepec", "TIM070512P3A")})

N = "Dulces Típicos Doña Lupe"
_add(host="dulcestipicoslupe.com.mx", country="MX", what="link-in-bio page, orders by WhatsApp",
     rdap=Rdap(700), traits=("link-in-bio", "WhatsApp", "pago contra entrega"),
     pages={"index.html": page(N, "Dulces", "<h1>Dulces Típicos Doña Lupe</h1>\n<p>Cocadas, jamoncillos y "
                               "alegrías de Puebla.</p>\n<ul><li><a href=\"https://wa.me/5212221234567\">WhatsApp"
                               "</a></li><li><a href=\"https://www.facebook.com/dulceslupe\">Facebook</a></li></ul>\n"
                               "<p>Pago contra entrega en Puebla capital.</p>", {}, "es")})

N = "ElectroMex Hogar"
_add(host="electromexhogar.com.mx", country="MX", what="old appliance shop during Buen Fin",
     rdap=Rdap(5000, 150), traits=("Buen Fin hasta 60 %", "'oferta termina en 48 horas'", "all policies"),
     pages={"index.html": page(N, "Buen Fin", "<h1>Buen Fin</h1>\n<p>Hasta 60% de descuento en línea blanca. La "
                               "oferta termina en 48 horas.</p>\n<p>Refrigerador 11 pies $7,999 MXN</p>\n<p>Tarjeta "
                               "de crédito a meses sin intereses, PayPal, OXXO.</p>", MX_MENU, "es"),
            "contacto.html": page(N, "Contacto", "<h1>Contacto</h1>\n<p>Avenida Juárez 800, Centro, 64000 Monterrey, "
                                  "N.L.</p>\n<p>81 8340 1200</p>\n<p>atencion@electromexhogar.com.mx</p>", MX_MENU, "es"),
            **_mx_policies(N, "ElectroMex Hogar", "TIM070512P3A")})

# ------------------------------------------------------------------------------ English

N = "Maple Candle Co."
_add(host="maplecandleco.com", country="US", what="old Shopify-like candle shop",
     rdap=Rdap(3600, 90), traits=("all policies", "card + PayPal", "address"),
     pages={"index.html": page(N, "Home", "<h1>Hand-poured soy candles</h1>\n<p>Balsam &amp; Cedar 8 oz $24.00</p>\n"
                               "<p>We accept Visa, Mastercard, American Express and PayPal.</p>", EN_MENU),
            "pages/about": page(N, "About", "<h1>About us</h1>\n<p>Two sisters pouring candles in Vermont since "
                                "2015.</p>", EN_MENU),
            "pages/contact": page(N, "Contact", "<h1>Contact</h1>\n<p>48 Church Street</p>\n<p>Burlington, VT 05401"
                                  "</p>\n<p>(802) 555-0142</p>\n<p>hello@maplecandleco.com</p>", EN_MENU),
            **_en_policies(N, "Maple Candle Company LLC")})

N = "Thread & Needle"
_add(host="threadandneedle.shop", country="US", what="brand-new sewing supply shop, 20 days old",
     rdap=Rdap(20), traits=("very young domain", "all policies", "card + PayPal"),
     pages={"index.html": page(N, "Home", "<h1>Sewing notions and fabric</h1>\n<p>Cotton quilting fat quarter "
                               "$4.50</p>\n<p>Grand opening: 10% off your first order.</p>\n<p>Pay by credit card or "
                               "PayPal.</p>", EN_MENU),
            "pages/contact": page(N, "Contact", "<h1>Contact</h1>\n<p>310 Main Street</p>\n<p>Hudson, NY 12534</p>\n"
                                  "<p>(518) 555-0190</p>\n<p>shop@threadandneedle.shop</p>", EN_MENU),
            **_en_policies(N, "Thread and Needle LLC")})

N = "Riverbend Pottery"
_add(host="riverbendpottery.store", country="US", what="hand-made pottery page, 3 years old",
     rdap=Rdap(1000), traits=("hand-made", "gmail", "PayPal"),
     pages={"index.html": page(N, "Riverbend Pottery", "<h1>Riverbend Pottery</h1>\n<p>Wheel-thrown mugs $32."
                               "</p>\n<p>Order by email: riverbendpottery@gmail.com. Payment by PayPal invoice.</p>\n"
                               "<p>Studio: 12 Mill Road, Asheville, NC 28801</p>\n<p><a href=\"/returns.html\">"
                               "Returns</a></p>", {}),
            "returns.html": page(N, "Returns", "<h1>Returns</h1>\n<p>Breakage in transit is replaced free of "
                                 "charge.</p>", {})})

N = "Harbor Guitars"
_add(host="harborguitars.com", country="US", what="old music store closing down, up to 80 % off",
     rdap=Rdap(6000, 400), traits=("closing down up to 80 % off", "'only 3 left'", "all policies", "old"),
     pages={"index.html": page(N, "Closing down", "<h1>Closing down sale</h1>\n<p>Everything must go: up to 80% "
                               "off.</p>\n<p>Used Fender Stratocaster $499 - only 3 left in stock</p>\n<p>Visa, "
                               "Mastercard, PayPal, cash in store.</p>", EN_MENU),
            "pages/contact": page(N, "Contact", "<h1>Contact</h1>\n<p>221 Harbor Avenue</p>\n<p>Portland, ME 04101"
                                  "</p>\n<p>(207) 555-0177</p>\n<p>store@harborguitars.com</p>", EN_MENU),
            "pages/about": page(N, "About", "<h1>About</h1>\n<p>Selling guitars on the waterfront since 1994; we "
                                "are retiring.</p>", EN_MENU),
            **_en_policies(N, "Harbor Guitars Inc.")})

N = "The Book Barn"
_add(host="bookbarn.online", country="US", what="link-in-bio page pointing to an Etsy shop",
     rdap=Rdap(300), traits=("link-in-bio", "Etsy checkout"),
     pages={"index.html": page(N, "The Book Barn", "<h1>The Book Barn</h1>\n<p>Vintage paperbacks, sold through "
                               "our Etsy shop.</p>\n<ul><li><a href=\"https://www.etsy.com/shop/thebookbarn\">Etsy "
                               "shop</a></li><li><a href=\"https://instagram.com/thebookbarn\">Instagram</a></li>"
                               "</ul>\n<p>Questions: hello@bookbarn.online</p>", {})})

# ------------------------------------------------------------------------------ Latin America (issue 19)

CO_MENU = {"Quiénes somos": "/quienes-somos.html", "Contáctenos": "/contacto.html",
           "Política de privacidad": "/politica-de-privacidad.html",
           "Cambios y devoluciones": "/cambios-y-devoluciones.html",
           "Términos y condiciones": "/terminos-y-condiciones.html"}

N = "Café del Huila"
_add(host="cafedelhuila.com.co", country="CO", what="Colombian coffee shop with NIT, 6 years old",
     rdap=Rdap(2200, 120), traits=("NIT", "cambios y devoluciones", "derecho de retracto", "PSE + contra entrega"),
     pages={"index.html": page(N, "Inicio", "<h1>Café especial del Huila</h1>\n<p>Café tostado 500 g $ 45.000</p>\n"
                               "<p>Pague con PSE, tarjeta de crédito, Nequi o contra entrega.</p>", CO_MENU, "es"),
            "quienes-somos.html": page(N, "Quiénes somos", "<h1>Quiénes somos</h1>\n<p>Tostadores Huila S.A.S., "
                                       "NIT 900.373.115-3.</p>", CO_MENU, "es"),
            "contacto.html": page(N, "Contáctenos", "<h1>Contáctenos</h1>\n<p>Carrera 5 # 8-45, Neiva, Huila</p>\n"
                                  "<p>Tel. 608 871 2233</p>\n<p>servicio@cafedelhuila.com.co</p>", CO_MENU, "es"),
            "politica-de-privacidad.html": page(N, "Privacidad", "<h1>Política de tratamiento de datos</h1>\n<p>"
                                                "Ley 1581 de 2012.</p>", CO_MENU, "es"),
            "cambios-y-devoluciones.html": page(N, "Cambios y devoluciones", "<h1>Cambios y devoluciones</h1>\n<p>"
                                                "Derecho de retracto: 5 días hábiles desde la entrega.</p>",
                                                CO_MENU, "es"),
            "terminos-y-condiciones.html": page(N, "Términos", "<h1>Términos y condiciones</h1>\n<p>Tostadores "
                                                "Huila S.A.S.</p>", CO_MENU, "es")})

N = "Mate y Yerba"
_add(host="mateyyerba.com.ar", country="AR", what="Argentine Tiendanube-like shop, 40 days old",
     rdap=Rdap(40), traits=("young", "CUIT", "botón de arrepentimiento", "Mercado Pago"),
     pages={"index.html": page(N, "Inicio", "<h1>Mates de calabaza y yerbas</h1>\n<p>Mate imperial $ 38.500</p>\n"
                               "<p>Pagá con Mercado Pago o tarjeta en cuotas.</p>\n<p><a href=\"/arrepentimiento.html"
                               "\">Botón de arrepentimiento</a></p>",
                               {"Contacto": "/contacto.html", "Cambios y devoluciones": "/cambios.html",
                                "Términos y condiciones": "/terminos.html", "Privacidad": "/privacidad.html"}, "es"),
            "contacto.html": page(N, "Contacto", "<h1>Contacto</h1>\n<p>Av. Corrientes 1840, C1045 CABA</p>\n<p>"
                                  "+54 11 4371-2200</p>\n<p>hola@mateyyerba.com.ar</p>\n<p>CUIT 30-71234567-1</p>",
                                  {}, "es"),
            "cambios.html": page(N, "Cambios", "<h1>Cambios y devoluciones</h1>\n<p>Tenés 10 días corridos para "
                                 "arrepentirte de la compra.</p>", {}, "es"),
            "terminos.html": page(N, "Términos", "<h1>Términos y condiciones</h1>\n<p>Mate y Yerba S.R.L.</p>", {}, "es"),
            "privacidad.html": page(N, "Privacidad", "<h1>Privacidad</h1>\n<p>Ley 25.326.</p>", {}, "es"),
            "arrepentimiento.html": page(N, "Arrepentimiento", "<h1>Botón de arrepentimiento</h1>", {}, "es")})

N = "Tejidos del Sur"
_add(host="tejidosdelsur.cl", country="CL", what="Chilean wool shop with RUT, Webpay",
     rdap=Rdap(1800, 50), traits=("RUT", "derecho a retracto", "Webpay"),
     pages={"index.html": page(N, "Inicio", "<h1>Lanas de Chiloé</h1>\n<p>Chaleco de lana $ 34.990</p>\n<p>Paga "
                               "con Webpay (tarjetas de crédito y débito) o transferencia.</p>",
                               {"Contacto": "/contacto.html", "Políticas de cambio": "/cambios.html",
                                "Términos y condiciones": "/terminos.html"}, "es"),
            "contacto.html": page(N, "Contacto", "<h1>Contacto</h1>\n<p>Calle Blanco 220, Castro, Chiloé</p>\n<p>"
                                  "+56 65 263 1122</p>\n<p>contacto@tejidosdelsur.cl</p>\n<p>RUT 76.123.456-0</p>", {}, "es"),
            "cambios.html": page(N, "Cambios", "<h1>Cambios y devoluciones</h1>\n<p>Derecho a retracto de 10 "
                                 "días.</p>", {}, "es"),
            "terminos.html": page(N, "Términos", "<h1>Términos y condiciones</h1>\n<p>Tejidos del Sur SpA.</p>",
                                  {}, "es")})

N = "Alpaca Andina"
_add(host="alpacaandina.pe", country="PE", what="Peruvian alpaca shop with RUC and libro de reclamaciones",
     rdap=Rdap(2600, 80), traits=("RUC", "libro de reclamaciones", "S/ prices", "Yape + card"),
     pages={"index.html": page(N, "Inicio", "<h1>Chompas de alpaca</h1>\n<p>Chompa baby alpaca S/ 289.00</p>\n<p>"
                               "Pague con tarjeta, Yape o Plin.</p>",
                               {"Contacto": "/contacto.html", "Libro de reclamaciones": "/libro-de-reclamaciones.html",
                                "Cambios y devoluciones": "/cambios.html", "Términos y condiciones": "/terminos.html",
                                "Política de privacidad": "/privacidad.html"}, "es"),
            "contacto.html": page(N, "Contacto", "<h1>Contacto</h1>\n<p>Av. Ejército 1020, Arequipa 04001</p>\n<p>"
                                  "+51 54 251 300</p>\n<p>ventas@alpacaandina.pe</p>\n<p>RUC 20601234565</p>", {}, "es"),
            "libro-de-reclamaciones.html": page(N, "Libro de reclamaciones", "<h1>Libro de reclamaciones</h1>\n<p>"
                                                "Alpaca Andina S.A.C., RUC 20601234565.</p>", {}, "es"),
            "cambios.html": page(N, "Cambios", "<h1>Cambios y devoluciones</h1>\n<p>Cambios dentro de 7 días.</p>",
                                 {}, "es"),
            "terminos.html": page(N, "Términos", "<h1>Términos y condiciones</h1>\n<p>Alpaca Andina S.A.C.</p>", {}, "es"),
            "privacidad.html": page(N, "Privacidad", "<h1>Política de privacidad</h1>\n<p>Ley 29733.</p>", {}, "es")})

N = "Arepas Doña Carmen"
_add(host="arepasdonacarmen.com.co", country="CO", what="Colombian WhatsApp seller, Nequi, 150 days old",
     rdap=Rdap(150), traits=("WhatsApp only", "Nequi", "contra entrega"),
     pages={"index.html": page(N, "Arepas", "<h1>Arepas de choclo congeladas</h1>\n<p>Paquete x 10 $ 18.000</p>\n"
                               "<p>Pedidos por WhatsApp <a href=\"https://wa.me/573001234567\">300 123 4567</a>. "
                               "Pago contra entrega en Medellín.</p>", {}, "es")})

N = "Vinos de Mendoza Directo"
_add(host="vinosmendozadirecto.com.ar", country="AR", what="old Argentine wine shop with a holiday sale",
     rdap=Rdap(3900, 30), traits=("old", "hot sale 40 %", "CUIT", "all policies"),
     pages={"index.html": page(N, "Inicio", "<h1>Hot Sale</h1>\n<p>Hasta 40% off en Malbec. Solo por hoy.</p>\n<p>"
                               "Malbec reserva $ 12.900</p>\n<p>Mercado Pago, tarjeta, transferencia.</p>",
                               {"Contacto": "/contacto.html", "Cambios y devoluciones": "/cambios.html",
                                "Términos y condiciones": "/terminos.html", "Privacidad": "/privacidad.html"}, "es"),
            "contacto.html": page(N, "Contacto", "<h1>Contacto</h1>\n<p>San Martín 1150, M5500 Mendoza</p>\n<p>"
                                  "+54 261 420 1100</p>\n<p>ventas@vinosmendozadirecto.com.ar</p>", {}, "es"),
            "cambios.html": page(N, "Cambios", "<h1>Cambios y devoluciones</h1>\n<p>10 días.</p>", {}, "es"),
            "terminos.html": page(N, "Términos", "<h1>Términos</h1>\n<p>Vinos de Mendoza Directo S.A.</p>", {}, "es"),
            "privacidad.html": page(N, "Privacidad", "<h1>Privacidad</h1>\n<p>Ley 25.326.</p>", {}, "es")})
