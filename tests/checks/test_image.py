"""Checking a picture: OCR'd chats are checked like pasted messages; QR codes become findings."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.checks.image import analyze_image
from desktop.checks.model import Level, Status
from desktop.net.options import CheckOptions

DATA = Path(__file__).resolve().parent.parent / "reading" / "data"
OFFLINE = CheckOptions(offline=True)
pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None,
                                reason="tesseract is not installed (tools/setup.sh installs it)")


def statuses(report):
    return {f.id: f.status for f in report.findings}


def test_a_chat_screenshot_is_read_and_checked_like_a_message():
    report = analyze_image((DATA / "chat_id_light.png").read_bytes(), OFFLINE, ui_language="id")
    kinds = {(i.kind, i.value) for i in report.identifiers}
    assert ("bank_account", "1234567890") in kinds and ("phone", "+6281234567890") in kinds
    assert all(i.ocr for i in report.identifiers)
    assert statuses(report)["message.pay_first"] is Status.WARN
    assert statuses(report)["input.ocr"] is Status.INFO
    assert report.to_json()["identifiers"][0]["ocr"] is True


def test_spanish_chat_with_a_clabe():
    report = analyze_image((DATA / "chat_es.png").read_bytes(), OFFLINE, ui_language="es")
    clabe = [i for i in report.identifiers if i.kind == "clabe"]
    assert clabe and clabe[0].valid and clabe[0].bank == "Banamex"


def test_a_qris_that_pays_a_person():
    report = analyze_image((DATA / "qris_person.png").read_bytes(), OFFLINE)
    found = statuses(report)
    assert found["qr.payment"] is Status.INFO and found["qr.person"] is Status.INFO
    payment = report.finding("qr.payment")
    assert payment.evidence["merchant_name"] == "BUDI SANTOSO"
    assert payment.evidence["nmid"] == "ID1020021234567"


def test_a_tampered_qris_is_high_risk():
    report = analyze_image((DATA / "qris_tampered.png").read_bytes(), OFFLINE)
    assert statuses(report)["qr.bad_crc"] is Status.FAIL
    assert report.verdict.level is Level.HIGH_RISK


def test_a_qr_that_is_only_a_link_is_said_and_the_link_checked():
    report = analyze_image((DATA / "qr_link.png").read_bytes(), OFFLINE)
    assert statuses(report)["qr.link"] is Status.WARN
    assert report.host == "bayar-qris.xyz"


def test_something_that_is_not_a_picture():
    report = analyze_image(b"%PDF-1.4 not an image", OFFLINE)
    assert statuses(report) == {"input.image_unreadable": Status.UNKNOWN}
    assert report.verdict.level is Level.UNKNOWN
