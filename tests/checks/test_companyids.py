"""Company ids of Latin America and Indonesia: labels, check digits (python-stdnum), legal names.

Valid numbers are the published examples of python-stdnum's documentation and of the tax
offices (DIAN, AFIP, SII, SUNAT, DJP); each invalid one differs from a valid one by its check
digit only, which is how a copied-and-mistyped or invented number looks.
"""

from __future__ import annotations

import pytest

from desktop.checks.companyids import (
    find_company_ids,
    format_company_id,
    valid_cuit,
    valid_nit,
    valid_npwp,
    valid_ruc,
    valid_rut,
)


def ids(text):
    return [(hit["type"], hit["value"], hit["valid"]) for hit in find_company_ids(text)]


def test_check_digits_of_each_scheme():
    assert valid_nit("9003739134") and valid_nit("2131234321") and not valid_nit("9003739135")
    assert valid_cuit("20267565393") and not valid_cuit("20267565394")
    assert valid_rut("760864285") and valid_rut("125319092") and not valid_rut("12531909K")
    assert valid_ruc("20512333797") and not valid_ruc("20512333798")
    assert valid_npwp("013121660091000") and not valid_npwp("013121661091000")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Colombia: the DV after a hyphen, spaced, glued on, or left off (format only)
        ("Tiendas Andinas S.A.S. NIT 900.373.913-4", [("CO-NIT", "9003739134", True)]),
        ("NIT. 900 373 913 - 4 Bogotá", [("CO-NIT", "9003739134", True)]),
        ("NIT: 9003739134", [("CO-NIT", "9003739134", True)]),
        ("NIT 900.373.913-5", [("CO-NIT", "9003739135", False)]),
        ("NIT: 900.373.913", [("CO-NIT", "900373913", True)]),
        # Argentina
        ("CUIT: 20-26756539-3", [("AR-CUIT", "20267565393", True)]),
        ("C.U.I.T. N° 20-26756539-4", [("AR-CUIT", "20267565394", False)]),
        # Chile: dots, hyphen, K
        ("RUT: 76.086.428-5", [("CL-RUT", "760864285", True)]),
        ("R.U.T. 12.531.909-K", [("CL-RUT", "12531909K", False)]),
        ("Rut empresa 12531909-2", []),  # words between label and number: not this label's number
        # Colombia's RUT (Registro Único Tributario) prints the NIT: no Chilean RUT to fail
        ("RUT: 900.373.913-4", [("CO-NIT", "9003739134", True)]),
        ("RUT 900.373.913-5", [("CO-NIT", "9003739135", False)]),  # ten digits: never Chilean
        ("RUT: 900.373.913", [("CO-NIT", "900373913", True)]),  # no DV: the NIT's format only
        # Peru
        ("RUC: 20512333797 Teléfono 01 234 5678", [("PE-RUC", "20512333797", True)]),
        ("R.U.C. N° 20512333798", [("PE-RUC", "20512333798", False)]),
        # Indonesia: NPWP beside NIB
        ("NIB: 9120304050607 · NPWP: 01.312.166.0-091.000",
         [("ID-NPWP", "013121660091000", True), ("ID-NIB", "9120304050607", True)]),
        ("NPWP No. 01.312.166.1-091.000", [("ID-NPWP", "013121661091000", False)]),
    ],
)
def test_labelled_ids(text, expected):
    assert ids(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Pedido 20512333797 enviado", "SKU 76.086.428-5", "Telp 0812 3456 7890", "tracking 900.373.913-4",
     "We run 12345678 tests", "nitrogen 123456789"],
)
def test_unlabelled_numbers_are_no_company_ids(text):
    assert find_company_ids(text) == []


def test_a_label_takes_only_the_number_right_after_it():
    text = "NIT 900.373.913-4 | RUT 76.086.428-5 | Tel 601 555 0101"
    assert ids(text) == [("CO-NIT", "9003739134", True), ("CL-RUT", "760864285", True)]
    assert ids("NIT 900.373.913-4 - 2024") == [("CO-NIT", "9003739134", True)]


@pytest.mark.parametrize(
    ("text", "name"),
    [("Razón social: Moda Andina S.A.S. - NIT 901.234.567-1", "Moda Andina S.A.S."),
     ("Razón Social: Importadora del Pacífico SpA\nRUT 76.086.428-5", "Importadora del Pacífico SpA"),
     ("RUC 20512333797 | Razón social: Calzados Lima E.I.R.L. | Av. Arequipa 123", "Calzados Lima E.I.R.L."),
     ("Denominación social: Olivar del Sur S.L., CIF B12345674", "Olivar del Sur S.L.")],
)
def test_legal_name_beside_the_number(text, name):
    (hit,) = find_company_ids(text)
    assert hit["name"] == name


def test_no_name_without_the_label():
    (hit,) = find_company_ids("Moda Andina S.A.S. NIT 900.373.913-4")
    assert "name" not in hit


def test_schema_org_vat_ids_need_no_label_but_must_validate():
    assert find_company_ids("B12345674", require_context=False) == [
        {"type": "ES-CIF", "value": "B12345674", "valid": True}]
    assert find_company_ids("B12345675", require_context=False) == []


@pytest.mark.parametrize("unit", ["NIT 900.373.913-4 ", "Razón social: X S.A.S. NIT 900.373.913-4 ", "CIF B12345674 ",
                                  "RUC 20512333797 ", "12345678Z "])
def test_a_hostile_page_full_of_ids_is_read_within_bounds(unit):
    import time

    from desktop.checks.companyids import MAX_MATCHES

    text = unit * (3_000_000 // len(unit))
    started = time.monotonic()
    found = find_company_ids(text)
    assert time.monotonic() - started < 15  # about 1 s here; the pre-#19 code took up to 5 s
    assert len(found) <= MAX_MATCHES
    many = "".join(f"NIT 9{i:07d}-1 " for i in range(5000))
    assert len(find_company_ids(many)) == MAX_MATCHES


def test_valid_ids_are_printed_as_their_tax_office_prints_them():
    assert format_company_id("CO-NIT", "9003739134") == "900.373.913-4"
    assert format_company_id("AR-CUIT", "20267565393") == "20-26756539-3"
    assert format_company_id("CL-RUT", "760864285") == "76.086.428-5"
    assert format_company_id("ID-NPWP", "013121660091000") == "01.312.166.0-091.000"
    assert format_company_id("CO-NIT", "900373913") == "900373913"  # no DV: not guessed
    assert format_company_id("CO-NIT", "9003739135") == "9003739135"  # wrong DV: left as printed
    assert format_company_id("ES-CIF", "B12345674") == "B12345674"
