"""``shopsafe check`` as a new user would run it: messy pastes, three languages, JSON Lines."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("SHOPSAFE_LANGUAGE", None)
    return subprocess.run([sys.executable, "-m", "desktop", "check", *args], cwd=REPO,
                          input=stdin, capture_output=True, text=True, timeout=120, env=env)


MESSY = [
    "Kak, ini toko resmi ya? https://Shopee-ID.top/promo!!",
    "¿Es fiable? mira: WWW.MERCADO-LIBRE.COM.AR/ofertas.",
    "Check this out (xn--pypal-4ve.com/login).",
    "seller.shopee.co.id/portal/product/123",
    "Order via wa.me/6281234567890 ya kak",
    "no rek BCA 1234567890 a.n. Budi",
    "halo kak masih ada?",
]


def test_json_lines_in_input_order_from_stdin():
    result = run("--json", "--offline", "-", stdin="\n".join(MESSY) + "\n\n")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == len(MESSY)
    reports = [json.loads(line) for line in lines]
    assert [r["input"] for r in reports] == MESSY
    assert all(r["schema"] == 1 and r["offline"] is True for r in reports)
    kinds = [r["kind"] for r in reports]
    assert kinds == ["web_shop", "web_shop", "web_shop", "marketplace_listing",
                     "social_seller", "bank_account", "not_understood"]
    levels = [r["verdict"]["level"] for r in reports]
    assert levels[:4] == ["high_risk", "caution", "high_risk", "ok"]
    first = reports[0]
    assert first["registrable_domain"] == "shopee-id.top"
    lookalike = next(f for f in first["findings"] if f["id"] == "domain.lookalike")
    assert lookalike["evidence"]["imitates"] == "shopee.co.id"
    assert lookalike["evidence"]["technique"] == "combosquat"
    assert reports[1]["findings"][0]["evidence"]["technique"] == "separator"
    assert reports[4]["phone"] == "+6281234567890"
    assert reports[5]["bank_account"] == "1234567890"


ENGLISH = ["Verdict:", "HIGH RISK", "Imitates Shopee", "Not checked:", "What to do:"]


@pytest.mark.parametrize("lang,words", [
    ("en", ENGLISH),
    ("id", ["RISIKO TINGGI", "Shopee (shopee.co.id)", "shopee-id.top"]),
    ("es", ["RIESGO ALTO", "Shopee (shopee.co.id)", "shopee-id.top"]),
])
def test_human_output_is_translated(lang, words):
    result = run("--offline", "--lang", lang, "--country", "ID", MESSY[0], "0812-3456-7890")
    assert result.returncode == 0, result.stderr
    for word in words:
        assert word in result.stdout, (word, result.stdout)
    if lang != "en":  # every label and sentence of the report is translated
        for word in ENGLISH:
            assert word not in result.stdout, (word, result.stdout)
    assert "+6281234567890" in result.stdout


def test_json_texts_follow_the_language():
    result = run("--json", "--offline", "--lang", "es", "tokopedla.com")
    report = json.loads(result.stdout)
    assert report["verdict"]["summary"].lower().startswith("riesgo alto")
    title = report["findings"][0]["title"]
    assert "Tokopedia (tokopedia.com)" in title and not title.startswith("Imitates")


def test_no_input_is_a_usage_error():
    result = run("--offline")
    assert result.returncode == 2
    assert "Nothing to check" in result.stderr


def test_render_text_in_process():
    from desktop.checks.analyze import analyze_offline
    from desktop.net.options import CheckOptions
    from desktop.cli_check import render_text

    text = render_text(analyze_offline("instagram.com/tokobaju_murah", CheckOptions(offline=True)))
    assert "social-media seller" in text
    assert "Seller: tokobaju_murah" in text
    assert "NOT ENOUGH INFORMATION" in text


def test_offline_stream_is_the_report_twice_as_events():
    result = run("--json", "--stream", "--offline", MESSY[0])
    assert result.returncode == 0, result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert [e["event"] for e in events] == ["offline", "report"]
    assert events[0]["report"] == events[1]["report"] and events[1]["report"]["offline"] is True


def test_a_whole_message_from_standard_input_is_one_report():
    message = ("Kak transfer dulu ke BCA 1234567890\na.n. Budi Santoso ya\n"
               "konfirmasi ke wa.me/6281234567890 atau cs@tokobatik.co.id\n")
    result = run("--json", "--offline", "--file", "-", stdin=message)
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.splitlines()
    report = json.loads(line)
    assert [(i["kind"], i["value"]) for i in report["identifiers"]] == [
        ("bank_account", "1234567890"), ("phone", "+6281234567890"),
        ("url", "wa.me/6281234567890"), ("email", "cs@tokobatik.co.id")]
    assert report["identifiers"][0]["holder"] == "Budi Santoso"
    assert "message.pay_first" in {f["id"] for f in report["findings"]}


@pytest.mark.skipif(not __import__("shutil").which("tesseract"), reason="tesseract is not installed")
def test_a_screenshot_path_is_read_offline_and_translated():
    picture = REPO / "tests" / "reading" / "data" / "chat_es.png"
    result = run("--lang", "es", str(picture))
    assert result.returncode == 0, result.stderr
    assert "CLABE: 002010077777777771 · Banamex" in result.stdout
    assert "leído de la imagen" in result.stdout
    assert "Traceback" not in result.stderr


def test_a_missing_file_is_said_plainly():
    result = run("--lang", "id", "--file", "/nonexistent/chat.txt")
    assert "Traceback" not in result.stderr
    assert "/nonexistent/chat.txt" in result.stderr and "tidak ada" in result.stderr
    assert result.returncode == 1 and result.stdout == ""


def test_an_unreadable_picture_and_an_endless_file_are_said_not_raised(tmp_path):
    locked = tmp_path / "chat.png"
    locked.write_bytes(b"\x89PNG not really")
    result = run("--offline", "--file", "/dev/zero", str(tmp_path / "gone.png"), "--json")
    assert "Traceback" not in result.stderr
    assert "/dev/zero" in result.stderr and result.returncode == 1
