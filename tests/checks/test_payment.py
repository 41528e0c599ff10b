"""Payment: what a shop advertises against what it instructs (desktop.checks.payment / paymentfindings).

The instruction passages follow the published descriptions of fake-shop payment pages:
PROFECO's warnings about OXXO deposits to a card and SPEI to a person, INCIBE's about Bizum and
transfers to private accounts, the Indonesian "transfer ke rekening a.n. pribadi" and fake COD
with a down payment, Western Union and crypto requests. The honest passages are how real shops
write theirs (company accounts, logos in a footer, merchant e-wallets).
"""

from __future__ import annotations

import time

import pytest

from desktop.checks.model import Status
from desktop.checks.payinstructions import payment_instructions
from desktop.checks.payment import cod_needs_deposit, payment_methods
from desktop.checks.paymentfindings import payment_findings


def instructions(text):
    return [(i.method, i.recipient, i.recipient_kind) for i in payment_instructions([("https://s.test/p", text)])]


def by_id(findings):
    result = {}
    for finding in findings:
        result.setdefault(finding.id, []).append(finding)
    return result


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Silakan transfer ke rekening BCA 123-456-7890 a.n. Budi Santoso lalu konfirmasi via WhatsApp.",
         [("transfer", "Budi Santoso", "person")]),
        ("Pembayaran hanya melalui transfer bank BCA a.n. pribadi admin. Kami tidak menerima COD.",
         [("transfer", "pribadi admin", "person")]),
        ("Transfer ke:\nBank Mandiri\nNo. Rek: 1370012345678\nAtas nama: PT Batik Sari Abadi",
         [("transfer", "PT Batik Sari Abadi", "company")]),
        ("Realiza tu pago por SPEI a la CLABE 0121 8000 1234 5678 90 a nombre de Juan Pérez López.",
         [("transfer", "Juan Pérez López", "person")]),
        ("Deposita en OXXO a la tarjeta 4152 3138 0000 1234 (BBVA) y envía tu comprobante.",
         [("cash_deposit", "4152 3138 0000 1234", "person")]),
        ("Envía el pago por Bizum al 612 345 678 y te mandamos el pedido.", [("p2p", "612 345 678", "person")]),
        ("Paga con Yape al 987654321 (titular: Rosa Quispe)", [("p2p", "Rosa Quispe", "person")]),
        ("Transfer via DANA ke 0812-3456-7890 a.n. Siti Aminah", [("p2p", "Siti Aminah", "person")]),
        ("Pagos por Nequi al 300 123 4567", [("p2p", "300 123 4567", "person")]),
        ("Pago vía Western Union a nombre de Carlos Ramírez, Lagos.", [("money_transfer", "Carlos Ramírez", "person")]),
        ("Pay with USDT (TRC20) to wallet TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE now",
         [("crypto", "TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE", "unknown")]),
        ("Transferencia a Bancolombia cuenta de ahorros 123-456789-01 a nombre de Moda Andina S.A.S., NIT 901.234.567-1",
         [("transfer", "Moda Andina S.A.S", "company")]),
        ("Titular: Calzados Lima E.I.R.L. Cuenta BCP 191-12345678-0-12", [("transfer", "Calzados Lima E.I.R.L.", "company")]),
        ("Transferencia bancaria al alias moda.andina.mp (titular Moda Andina SRL)",
         [("transfer", "Moda Andina SRL", "company")]),
        ("Transfer ke BCA 8730123456 a.n. Toko Batik Sari", [("transfer", "Toko Batik Sari", "business_name")]),
        ("Transfer ke BCA 8730123456", [("transfer", "8730123456", "unknown")]),
    ],
)
def test_instructions_name_method_and_recipient(text, expected):
    assert instructions(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Kami menerima transfer bank (BCA, Mandiri), QRIS, OVO, GoPay dan kartu kredit.",
     "Pembayaran via OVO/GoPay. Hubungi 0812-3456-7890 untuk info.",
     "Aceptamos tarjetas, PayPal y Bizum. Teléfono 912 345 678",
     "Paga en OXXO con la referencia que recibes por correo.",
     "Paga en OXXO con tu número de referencia 9300 1234 5678 9012 antes de 3 días.",
     "Tu cuenta tiene 2 pedidos", "Pengembalian dana 3-5 hari kerja",
     "Escribe el nombre del destinatario: Ana María Gómez, y tu dirección.",
     # everyday words that are also wallet names (Croatian "dana" = days, "ovo" = this), found by
     # tests/benchmarks/bench_payment_ids.py on a real product page
     "Najava 2 dana unaprijed na broj 01 2363 240", "ovo je broj 0912345678"],
)
def test_advertising_is_no_instruction(text):
    assert instructions(text) == []


def test_lower_case_words_are_no_private_person():
    text = "Transferencia bancaria: emitimos la factura a nombre de quien realiza la compra."
    assert instructions(text) == [("transfer", "quien realiza la compra", "unknown")]
    assert not [f for f in payment_findings(text, [("https://x.test/", text)]) if f.id == "payment.instructions"
                and f.status is Status.WARN]


def test_advertised_families():
    assert payment_methods("Deposita en OXXO o paga por SPEI") == ["transfer", "cash_deposit"]
    assert payment_methods("Bayar di Alfamart/Indomaret atau QRIS") == ["e_wallet", "cash_deposit"]
    assert payment_methods("Envíos con pago por Western Union") == ["money_transfer"]
    assert payment_methods("Pengembalian dana 3-5 hari") == []  # "dana" is "funds", not the e-wallet


def test_warnings_about_a_method_are_no_offer_of_it():
    assert payment_methods("Avoid scams, deal locally. Beware wiring (e.g. Western Union)") == []
    assert payment_methods("Jangan pernah transfer ke rekening pribadi") == []
    assert payment_methods("We accept payment by Western Union") == ["money_transfer"]


def test_fake_cod_needs_money_first():
    assert "dp 50%" in cod_needs_deposit("Bisa COD kak, tapi DP 50% dulu ya")
    assert cod_needs_deposit("Contra entrega: pagas un anticipo del envío por transferencia") is not None
    assert cod_needs_deposit("COD tersedia untuk wilayah DIY") is None


def test_instruction_to_a_person_outweighs_advertised_cards():
    text = "Aceptamos Visa, Mastercard y PayPal."
    pages = [("https://s.test/", text),
             ("https://s.test/como-comprar", "Realiza tu pago por SPEI a la CLABE 012180001234567890 a nombre de "
                                             "Juan Pérez López y envía tu comprobante.")]
    found = by_id(payment_findings(text + "\n" + pages[1][1], pages))
    (warning,) = found["payment.instructions"]
    assert warning.status is Status.WARN
    assert warning.evidence["recipient"] == "Juan Pérez López" and warning.evidence["recipient_kind"] == "person"
    assert warning.evidence["url"] == "https://s.test/como-comprar"
    assert warning.evidence["advertised"] == ["card", "paypal"]
    assert "what it asks you to do is what counts" in warning.detail.render()
    assert found["payment.methods"][0].status is Status.INFO  # advertised cards no longer a pass


def test_company_account_is_information_and_cards_still_pass():
    text = "Kartu kredit, PayPal. Transfer ke BCA 8730123456 a.n. PT Batik Sari Abadi."
    found = by_id(payment_findings(text, [("https://t.test/cara-pembayaran", text)]))
    assert found["payment.instructions"][0].status is Status.INFO
    assert found["payment.methods"][0].status is Status.PASS
    assert "payment.transfer_only" not in found


@pytest.mark.parametrize(
    ("text", "warning"),
    [("Pembayaran: transfer bank saja.", "payment.transfer_only"),
     ("Formas de pago: depósito en efectivo en OXXO o 7-Eleven.", "payment.unprotected_only"),
     ("Payment by Western Union or MoneyGram only.", "payment.money_transfer"),
     ("Pago con criptomonedas: bitcoin o USDT.", "payment.crypto"),
     ("Pay with Steam cards or iTunes cards.", "payment.gift_cards"),
     ("COD seluruh Indonesia! Transfer ongkir dulu ke admin ya kak", "payment.cod_deposit")],
)
def test_unprotected_ways_of_paying_warn(text, warning):
    found = by_id(payment_findings(text, [("https://x.test/", text)]))
    assert found[warning][0].status is Status.WARN


def test_merchant_e_wallets_and_real_cod_do_not_warn():
    for text in ("Bayar pakai QRIS, GoPay, OVO atau transfer bank.", "COD (bayar di tempat) untuk wilayah DIY."):
        found = by_id(payment_findings(text, [("https://x.test/", text)]))
        assert not [f for f in sum(found.values(), []) if f.status is Status.WARN], text


def test_at_most_three_instruction_findings_worst_first():
    text = ("Transfer ke BCA 8730123456 a.n. PT Sari Abadi. Transfer ke BRI 1111222233 a.n. Budi Santoso. "
            "Mandiri 1370012345678 a.n. Siti Aminah. BNI 0123456789 a.n. Agus Salim.")
    found = by_id(payment_findings(text, [("https://x.test/", text)]))["payment.instructions"]
    assert len(found) == 3 and all(f.evidence["recipient_kind"] == "person" for f in found)


@pytest.mark.parametrize("unit", ["a.n. ", "BCA 1234567890 a.n. Budi Santoso ", "12345678 x ", "COD DP ",
                                  "Bizum 612345678 "])
def test_hostile_pages_are_read_within_bounds(unit):
    from desktop.checks.payinstructions import MAX_PER_PAGE

    text = unit * (3_000_000 // len(unit))
    started = time.monotonic()
    found = payment_instructions([(f"https://x.test/{i}", text) for i in range(12)])
    findings = list(payment_findings(text, [("https://x.test/", text)]))
    assert time.monotonic() - started < 15  # about 1 s here; a loaded CI box gets room
    assert len(found) <= 12 * MAX_PER_PAGE
    assert len([f for f in findings if f.id == "payment.instructions"]) <= 3
