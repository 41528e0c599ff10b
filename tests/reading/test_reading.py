"""desktop.reading: EMVCo payloads against published vectors, QR decoding and OCR with the real
engines on committed images (tests/reading/data, made by make_images.py)."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from PIL import Image

from desktop.reading.emvco import crc16_ccitt, parse_emvco
from desktop.reading.errors import ImageTooLarge, UnreadableImage
from desktop.reading.images import load_image
from desktop.reading.ocr import recognise
from desktop.reading.qr import read_codes

DATA = Path(__file__).resolve().parent / "data"
needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None,
                                     reason="tesseract is not installed (tools/setup.sh installs it)")

# The merchant-presented example of the EMVCo QR Code Specification for Payment Systems (MPM),
# with its published CRC A13A.
EMVCO_EXAMPLE = (
    "00020101021229300012D156000000000510A93FO3230Q31280012D15600000001030812345678520441115802CN"
    "5914BEST TRANSPORT6007BEIJING64200002ZH0104最佳运输0202北京540523.7253031565502016233030412340603"
    "***0708A60086670902ME91320016A0112233449988770708123456786304A13A"
)


def test_crc16_ccitt_false_check_value():
    assert crc16_ccitt(b"123456789") == 0x29B1  # the catalogue's check value


def test_the_emvco_specification_example():
    payload = parse_emvco(EMVCO_EXAMPLE)
    assert payload is not None and payload.crc_ok
    assert (payload.merchant_name, payload.merchant_city, payload.country) == (
        "BEST TRANSPORT", "BEIJING", "CN")
    assert payload.amount == "23.72" and payload.dynamic


def test_one_changed_character_breaks_the_crc():
    tampered = EMVCO_EXAMPLE.replace("BEST TRANSPORT", "BEST TRANSPORX")
    assert parse_emvco(tampered).crc_ok is False


@pytest.mark.parametrize("text", ["https://example.com", "", "000201", "000201zz", "BEGIN:VCARD",
                                  "0002010102" + "9" * 5000])
def test_not_a_payment_payload(text):
    assert parse_emvco(text) is None


def test_qris_payload_from_a_real_image():
    codes = read_codes(load_image((DATA / "qris_person.png").read_bytes()))
    assert len(codes) == 1
    payload = parse_emvco(codes[0])
    assert payload.is_qris and payload.crc_ok
    assert (payload.merchant_name, payload.nmid, payload.currency) == (
        "BUDI SANTOSO", "ID1020021234567", "IDR")


def test_a_tampered_qris_image():
    payload = parse_emvco(read_codes(load_image((DATA / "qris_tampered.png").read_bytes()))[0])
    assert payload.merchant_name == "TOKO MAJU JAYX" and payload.crc_ok is False


def test_images_are_bounded_before_decoding():
    with pytest.raises(UnreadableImage):
        load_image(b"not an image at all")
    with pytest.raises(UnreadableImage):
        load_image((DATA / "chat_id_light.png").read_bytes()[:2000])
    # a 20000 x 20000 PNG header: refused from the header, without decoding 400 MP
    big = io.BytesIO()
    Image.new("1", (20000, 20000)).save(big, "PNG")
    with pytest.raises(ImageTooLarge):
        load_image(big.getvalue())


@needs_tesseract
def test_ocr_reads_a_light_chat_screenshot():
    text = recognise((DATA / "chat_id_light.png").read_bytes()).text
    assert "BCA 1234567890" in text
    assert "wa.me/6281234567890" in text
    assert "Rp 1.250.000" in text


@needs_tesseract
def test_ocr_reads_a_dark_downscaled_jpeg():
    text = recognise((DATA / "chat_id_dark_small.jpg").read_bytes()).text
    assert "1234567890" in text and "Budi Santoso" in text


@needs_tesseract
def test_ocr_can_be_cancelled():
    with pytest.raises(InterruptedError):
        recognise((DATA / "chat_id_light.png").read_bytes(), cancelled=lambda: True)


def test_a_tall_thin_picture_is_never_enlarged_past_the_limit():
    from desktop.reading.images import MAX_PIXELS
    from desktop.reading.ocr import prepare

    prepared = prepare(Image.new("L", (10, 3_000_000), 255))
    assert prepared.width * prepared.height <= MAX_PIXELS * 1.01
