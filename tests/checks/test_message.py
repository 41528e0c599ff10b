"""Red flags in a seller's message: every rule in each language, and silence on ordinary chat."""

from __future__ import annotations

import pytest

from desktop.checks import analyze_offline
from desktop.checks.identifiers import find_identifiers
from desktop.checks.message import load_rules, message_findings, seller_name
from desktop.checks.message_texts import RULE_TEXTS
from desktop.checks.model import Category, Level, Status
from desktop.net.options import CheckOptions


def flags(text: str, country: str = "ID") -> dict[str, tuple[Status, str]]:
    found = message_findings(text, find_identifiers(text, country))
    return {f.id: (f.status, f.evidence.get("phrase")) for f in found}


# (rule, language, message, phrase as written)
CASES = [
    ("pay_first", "id", "Transfer dulu ya kak ke BCA 1234567890, baru barang dikirim", "Transfer dulu"),
    ("pay_first", "es", "Necesito pago por adelantado, deposita a la cuenta 1234567890", "pago por adelantado"),
    ("pay_first", "en", "You need to pay upfront by bank transfer to account 1234567890", "pay upfront"),
    ("apk", "id", "Ini foto paketnya kak, dibuka ya: Foto_Paket.apk", "Foto_Paket.apk"),
    ("apk", "es", "Instala esta app desde el enlace para seguir tu pedido", "Instala esta app desde el enlace"),
    ("apk", "en", "Please download this app from the link to track it", "download this app from the link"),
    ("otp", "id", "Kak tolong kirimkan kode OTP yang masuk ke hp kakak", "kirimkan kode OTP"),
    ("otp", "es", "Para confirmar el envío dime el código que te llegó por SMS", "dime el código"),
    ("otp", "en", "To release the item, send me the verification code you received", "send me the verification code"),
    ("off_platform", "id", "Transaksi di luar aplikasi aja kak biar lebih murah", "Transaksi di luar aplikasi"),
    ("off_platform", "es", "Mejor hacemos la venta por fuera, te sale más barato", "venta por fuera"),
    ("off_platform", "en", "Let's do this outside the app to avoid the platform fees", "outside the app"),
    ("bizum_request", "es", "Te he enviado una solicitud para que recibas el dinero, acéptala", "Te he enviado una solicitud para que recibas"),
    ("bizum_request", "id", "Silakan terima permintaan dana untuk menerima uangnya", "terima permintaan dana untuk menerima"),
    ("bizum_request", "en", "Just accept the payment request to receive the money", "accept the payment request to receive"),
    ("seller_escrow", "id", "Pakai rekber langganan saya aja kak, aman", "rekber langganan saya"),
    ("seller_escrow", "es", "Usamos mi servicio de depósito en garantía, es seguro", "Usamos mi servicio de depósito en garantía"),
    ("seller_escrow", "en", "We will use my trusted escrow agent for this", "use my trusted escrow"),
    ("courier_fee", "id", "Paket anda tertahan, bayar biaya kirim ulang Rp 5.000 di posindo-kirim.xyz", "biaya kirim ulang"),
    ("courier_fee", "es", "Su paquete está retenido. Pague las tasas de aduana: correos-pago.top", "tasas de aduana"),
    ("courier_fee", "en", "Your parcel is on hold, pay the redelivery fee at dhl-fee.click", "redelivery fee"),
    ("wrong_transfer", "id", "Maaf kak saya salah transfer 500rb, tolong dikembalikan ya", "salah transfer"),
    ("wrong_transfer", "es", "Perdona, te transferí por error 200 euros, ¿me los devuelves?", "te transferí por error"),
    ("wrong_transfer", "en", "Sorry, I sent you the money by mistake, please send it back", "sent you the money by mistake"),
    ("urgency", "id", "Promo hari ini saja, transfer sekarang ya", "hari ini saja"),
    ("urgency", "es", "Últimas unidades, haz la transferencia ya", "Últimas unidades"),
    ("urgency", "en", "Today only! Pay by bank transfer now", "Today only"),
    ("too_good", "id", "PROMO 90% semua iPhone original", "PROMO 90%"),
    ("too_good", "es", "Zapatillas Nike con 80% de descuento", "80% de descuento"),
    ("too_good", "en", "Designer bags, a discount of up to 80% this week", "discount of up to 80%"),
]


@pytest.mark.parametrize("rule,language,text,phrase", CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_each_rule_in_each_language(rule, language, text, phrase):
    found = message_findings(text, find_identifiers(text, "ID"))
    hits = [f for f in found if f.id == f"message.{rule}"]
    assert hits, [f.id for f in found]
    assert hits[0].evidence["phrase"] == phrase
    assert hits[0].evidence["language"] == language
    assert hits[0].category is Category.MESSAGE
    assert hits[0].evidence["source"]


def test_every_data_rule_has_its_texts_and_back():
    assert {r.id for r in load_rules()} == set(RULE_TEXTS)
    for rule in load_rules():
        assert rule.code or rule.patterns, rule.id


@pytest.mark.parametrize("text", [
    "Pesanan sudah kami terima kak, hari ini dikirim via JNE. Resi: JNE1234567890123",
    "Terima kasih sudah belanja di toko kami, ditunggu ulasannya ya kak 🙏",
    "Stok masih ada kak, silakan checkout di Shopee ya",
    "Pedido confirmado. Te envío el número de seguimiento mañana. ¡Gracias!",
    "Hola, sí tenemos tu talla. Puedes comprar directamente en la publicación de Mercado Libre.",
    "Your order has shipped! Tracking number 1Z999AA10123456784. Thanks for shopping with us.",
    "Hi, the item is still available. You can buy it through the app checkout.",
    "Ongkir ke Bandung 18rb ya kak, total Rp 168.000",
    "El envío a Monterrey cuesta 150 pesos, llega en 3 a 5 días hábiles",
    "Maaf kak, warna merah habis. Mau ganti biru?",
])
def test_ordinary_seller_messages_raise_nothing(text):
    assert flags(text) == {}


def test_urgency_alone_is_information_with_a_payment_request_a_warning():
    assert flags("Stok tinggal sedikit, buruan checkout di aplikasi")["message.urgency"][0] is Status.INFO
    assert flags("Buruan transfer ke BCA 1234567890")["message.urgency"][0] is Status.WARN


def test_courier_fee_with_a_link_is_a_fail():
    assert flags("Paket anda tertahan, hubungi kurir")["message.courier_fee"][0] is Status.WARN
    assert flags("Paket anda tertahan: cek-paket.xyz")["message.courier_fee"][0] is Status.FAIL


def test_a_company_sale_paid_to_a_person():
    found = flags("Kami dari PT Sinar Jaya, pembayaran ke BCA 1234567890 a.n. Budi Santoso")
    assert "message.personal_account" in found
    assert "message.personal_account" not in flags(
        "Pembayaran ke BCA 1234567890 a.n. PT Sinar Jaya")


def test_a_clabe_of_another_bank_than_the_one_named():
    text = "Deposita en BBVA, CLABE 002010077777777771 a nombre de Juan Pérez"
    found = flags(text, "MX")
    assert found["message.bank_mismatch"][0] is Status.FAIL
    assert "message.bank_mismatch" not in flags(
        "Deposita en Banamex, CLABE 002010077777777771", "MX")


def test_the_holder_name_is_the_seller_name():
    text = "tf ke BCA 1234567890 a.n. Budi Santoso, konfirmasi wa.me/6281234567890"
    assert seller_name(find_identifiers(text)) == "Budi Santoso"


def test_the_report_lists_identifiers_and_a_fail_in_the_words_is_high_risk():
    report = analyze_offline(
        "Kak transfer dulu ke BCA 1234567890 a.n. Budi. Foto_Paket.apk",
        CheckOptions(offline=True))
    data = report.to_json()
    assert [i["kind"] for i in data["identifiers"]] == ["bank_account"]
    assert data["identifiers"][0]["holder"] == "Budi"
    assert report.verdict.level is Level.HIGH_RISK
    assert {"message.pay_first", "message.apk"} <= {f.id for f in report.findings}
    # a file name sent in a chat is not a link to check
    assert report.url is None


def test_every_link_of_a_message_is_checked_and_the_others_said():
    report = analyze_offline(
        "cek https://tokopedia-promo.shop/x dan juga http://shopee-diskon.xyz/y dan "
        "https://www.tokopedia.com/", CheckOptions(offline=True))
    other = [f for f in report.findings if f.id.startswith("input.other_link")]
    assert len(other) == 1 and other[0].evidence["url"].startswith("http://shopee-diskon.xyz")
    assert other[0].status is Status.FAIL
    # the official link raised nothing, so it is not repeated
    assert all("tokopedia.com" not in f.evidence.get("url", "") for f in other)


def test_the_spanish_polite_ud_is_no_company():
    assert "message.personal_account" not in flags(
        "Gracias. Ud. puede depositar a la cuenta 1234567890 a nombre de Juan Pérez", "MX")


def test_a_clabe_of_banco_azteca_is_not_bancoppel():
    found = flags("Deposita a mi cuenta BanCoppel CLABE 127180000000000007", "MX")
    assert found["message.bank_mismatch"][0] is Status.FAIL


def test_every_rule_needs_only_what_the_reader_provides():
    from desktop.checks.message import _known_needs

    with pytest.raises(ValueError):
        _known_needs(["money_words"])
    assert all(set(rule.needs) <= {"payment", "link"} for rule in load_rules())
