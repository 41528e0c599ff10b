"""Identifiers in a seller's message: every kind, valid and invalid check digits, normalised."""

from __future__ import annotations

import pytest

from desktop.checks.identifiers import KINDS, clabe_bank, find_identifiers, valid_clabe


def kinds(text: str, country: str = "ID") -> list[tuple[str, str, bool | None]]:
    return [(i.kind, i.value, i.valid) for i in find_identifiers(text, country)]


def one(text: str, kind: str, country: str = "ID"):
    found = [i for i in find_identifiers(text, country) if i.kind == kind]
    assert len(found) == 1, find_identifiers(text, country)
    return found[0]


def test_the_classic_indonesian_chat_yields_every_identifier():
    text = ("Kak, transfer dulu ke BCA 123 456 7890 a.n. Budi Santoso ya. Konfirmasi ke "
            "wa.me/6281234567890 atau email cs@tokobatik.co.id")
    found = find_identifiers(text, "ID")
    assert [(i.kind, i.value) for i in found] == [
        ("bank_account", "1234567890"),
        ("phone", "+6281234567890"),
        ("url", "wa.me/6281234567890"),
        ("email", "cs@tokobatik.co.id"),
    ]
    account = found[0]
    assert (account.bank, account.holder, account.raw) == ("BCA", "Budi Santoso", "123 456 7890")


def test_an_email_address_is_never_a_link():
    assert kinds("Tanya ke cs@tokobatik.co.id ya") == [("email", "cs@tokobatik.co.id", None)]


@pytest.mark.parametrize("holder_words", ["a.n.", "an", "atas nama", "a/n"])
def test_indonesian_holder_words(holder_words):
    item = one(f"rek BRI 012301000123301 {holder_words} Siti Aminah", "bank_account")
    assert item.holder == "Siti Aminah" and item.bank == "BRI"


@pytest.mark.parametrize("text", [
    "CLABE 002010077777777771 a nombre de Juan Pérez",
    "clabe: 002 010 07777777777 1, titular Juan Pérez",
])
def test_clabe_with_check_digit_bank_and_holder(text):
    item = one(text, "clabe", "MX")
    assert (item.value, item.valid, item.bank, item.holder) == (
        "002010077777777771", True, "Banamex", "Juan Pérez")


def test_a_clabe_with_a_wrong_check_digit_is_reported_invalid():
    item = one("mi CLABE es 002010077777777772", "clabe", "MX")
    assert item.valid is False


def test_clabe_check_digit_and_bank_table():
    assert valid_clabe("032180000118359719")
    assert not valid_clabe("032180000118359710")
    assert not valid_clabe("03218000011835971")
    assert clabe_bank("646180000000000000") == "STP"
    assert clabe_bank("999000000000000000") is None


def test_spanish_iban_valid_and_invalid():
    good = one("transferencia a ES91 2100 0418 4502 0005 1332 titular María López", "iban", "ES")
    assert (good.value, good.valid, good.holder) == ("ES9121000418450200051332", True,
                                                      "María López")
    bad = one("IBAN ES91 2100 0418 4502 0005 1333", "iban", "ES")
    assert bad.valid is False


def test_a_spanish_ccc_becomes_its_iban():
    item = one("cuenta 2100 0418 45 0200051332", "iban", "ES")
    assert (item.value, item.valid) == ("ES9121000418450200051332", True)


def test_argentine_cbu_valid_and_invalid():
    assert one("CBU 2850590940090418135201 titular Carlos Gómez", "cbu", "AR").valid is True
    assert one("CVU 2850590940090418135202", "cbu", "AR").valid is False


def test_ewallets_are_phone_numbers_of_their_country():
    dana = one("Bayar via DANA 0812-3456-7890 an Siti", "ewallet")
    assert (dana.value, dana.bank, dana.holder, dana.valid) == ("+6281234567890", "DANA", "Siti", True)
    bizum = one("hazme un Bizum al 612 345 678", "ewallet", "ID")
    assert (bizum.value, bizum.bank) == ("+34612345678", "Bizum")


def test_bank_account_length_is_checked_where_the_bank_is_known():
    assert one("BCA 1234567890", "bank_account").valid is None
    assert one("BCA 12345678", "bank_account").valid is False


def test_prices_are_not_accounts():
    assert kinds("Harga Rp 1.500.000, transfer BCA ya") == []
    assert [k for k, _, _ in kinds("total 250000 rupiah ke rekening BCA")] == []


def test_phones_in_national_and_international_form():
    assert kinds("WA saya 0812 3456 7890") == [("phone", "+6281234567890", True)]
    assert kinds("llámame al +52 1 55 1234 5678", "ES") == [("phone", "+525512345678", True)]


@pytest.mark.parametrize("text,scheme,valid", [
    ("RFC GODE561231GR8", "MX-RFC", True),
    ("NIF 12345678Z", "ES-NIF", True),
    ("NIF 12345678A", "ES-NIF", False),
    ("NPWP 01.855.081.4-412.000", "ID-NPWP", True),
    ("NPWP 01.855.081.5-412.000", "ID-NPWP", False),
    ("CUIT 20-26756539-3", "AR-CUIT", True),
])
def test_tax_ids(text, scheme, valid):
    item = one(text, "tax_id", "ES")
    assert (item.scheme, item.valid) == (scheme, valid)


def test_kinds_in_the_report_are_the_documented_ones():
    text = ("BCA 1234567890 a.n. Budi, wa.me/6281234567890, cs@toko.id, CLABE 002010077777777771, "
            "ES91 2100 0418 4502 0005 1332, CBU 2850590940090418135201, DANA 081234567891, "
            "RFC GODE561231GR8")
    found = {i.kind for i in find_identifiers(text)}
    assert found == set(KINDS)
    for item in find_identifiers(text):
        assert set(item.to_json()) >= {"kind", "value", "valid", "bank", "holder"}


def test_never_raises_and_is_bounded():
    assert find_identifiers("\x00" * 10 + "9" * 100_000) == []
    assert find_identifiers(None) == []  # type: ignore[arg-type]


@pytest.mark.parametrize("text,holder", [
    ("transfer ke BCA 1234567890 a.n. Budi Santoso tolong segera kirim ya", "Budi Santoso"),
    ("BCA 1234567890 namanya Budi", None),
    ("cuenta 1234567890 en Panama City", None),
    ("BCA 1234567890 an budi santoso.", "Budi Santoso"),
])
def test_a_holder_name_is_the_name_only(text, holder):
    assert one(text, "bank_account").holder == holder


@pytest.mark.parametrize("after", ["WA 0812 3456 7890", "hp 0812-3456-7890", "no. WhatsApp 081234567890"])
def test_a_phone_after_the_account_is_not_a_second_account_of_that_bank(after):
    # Found in a new-user try: the WhatsApp number was read as a BCA account "with a wrong
    # check digit" because BCA had been named 40 characters before it.
    text = f"Transfer dulu ke BCA 1234567890 a.n. Rudi Hartono ya, {after}"
    found = [(i.kind, i.value, i.bank) for i in find_identifiers(text, "ID")]
    assert found == [("bank_account", "1234567890", "BCA"), ("phone", "+6281234567890", None)]
