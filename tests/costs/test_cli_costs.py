"""``shopsafe cost`` run as a real program in a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop", "cost", *args], cwd=REPO,
                          capture_output=True, text=True, timeout=120)


def test_breakdown_as_text():
    result = _run("Rp 125.000", "--quantity", "3", "--shipping", "18rb", "--voucher", "10%",
                  "--voucher-cap", "20rb", "--payment", "card", "--payment-fee",
                  "2,9% + Rp 1.000", "--name", "Toko A")
    assert result.returncode == 0, result.stderr
    # 375 000 − 20 000 + 18 000 = 373 000; card 2.9 % = 10 817 + 1 000 → 384 817
    lines = result.stdout.splitlines()
    assert lines[0] == "Toko A"
    assert lines[-1].split() == ["Total", "Rp", "384.817"]


def test_json_and_conversion_with_a_typed_rate():
    result = _run("€19,99", "--rate", "17271,97", "--json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    # 19.99 × 17 271.97 = 345 266.68 → 345 267 IDR
    assert document["converted_total"] == {"amount": "345267", "currency": "IDR"}
    assert document["rate"]["value"] == "17271.97" and document["rate"]["source"] == "typed"


def test_dollar_in_mexico_in_spanish():
    result = _run("$1,299", "--country", "MX", "--tax-excluded", "--lang", "es")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "«$» se lee como MXN porque tu país es México."
    # 1 299 + 16 % IVA = 1 506.84
    assert result.stdout.splitlines()[-1].split() == ["Total", "$1,506.84"]


def test_unreadable_fields_are_errors_not_guesses():
    result = _run("Rp 5.000", "--shipping", "ongkir?", "--tax", "200", "--lang", "id")
    assert result.returncode == 2
    assert result.stdout == ""
    assert "--shipping: Tidak ada nominal di “ongkir?”." in result.stderr
    assert "--tax: " in result.stderr
    other_currency = _run("€19,99")
    assert other_currency.returncode == 2
    assert "--rate" in other_currency.stderr


def test_shipping_never_entered_is_not_printed_as_zero():
    # An empty --shipping is unknown, not free: the window's "not entered", in the language.
    for lang, expected in (("en", "not entered"), ("id", "belum diisi"), ("es", "sin indicar")):
        result = _run("Rp 100.000", "--lang", lang)
        assert result.returncode == 0, result.stderr
        shipping = result.stdout.splitlines()[2]
        assert shipping.endswith(expected), (lang, shipping)
        assert "0" not in shipping.removesuffix(expected)
    # Shipping typed as zero is free shipping and stays an amount.
    typed = _run("Rp 100.000", "--shipping", "Rp 0").stdout.splitlines()[2]
    assert typed.split()[-2:] == ["Rp", "0"]
