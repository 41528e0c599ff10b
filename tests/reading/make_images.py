"""Makes the small committed test images of tests/reading/data (run by hand; the tests read the
PNGs, so OCR is tested on fixed pixels, not on whatever this machine's fonts render today).

    python tests/reading/make_images.py
"""

from __future__ import annotations

from pathlib import Path

import zxingcpp
from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent / "data"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def qris_payload(name: str, city: str = "JAKARTA", tamper: bool = False) -> str:
    from desktop.reading.emvco import crc16_ccitt

    def tlv(tag: str, value: str) -> str:
        return f"{tag}{len(value):02d}{value}"

    body = (tlv("00", "01") + tlv("01", "11")
            + tlv("26", tlv("00", "ID.CO.BANKMANDIRI.WWW") + tlv("01", "936000080000012345"))
            + tlv("51", tlv("00", "ID.CO.QRIS.WWW") + tlv("02", "ID1020021234567")
                  + tlv("03", "UMI"))
            + tlv("52", "5411") + tlv("53", "360") + tlv("58", "ID") + tlv("59", name)
            + tlv("60", city) + tlv("61", "12345") + "6304")
    crc = f"{crc16_ccitt(body.encode()):04X}"
    if tamper:
        body = body.replace(name, name[:-1] + ("X" if name[-1] != "X" else "Y"))
    return body + crc


def chat(lines: list[str], dark: bool = False, width: int = 720) -> Image.Image:
    font = ImageFont.truetype(FONT, 26)
    background, bubble, ink = ((11, 20, 26), (31, 44, 52), (233, 237, 239)) if dark else (
        (236, 229, 221), (255, 255, 255), (17, 27, 33))
    height = 80 + 44 * len(lines)
    image = Image.new("RGB", (width, height), background)
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((20, 20, width - 80, height - 20), 16, fill=bubble)
    for i, line in enumerate(lines):
        draw.text((40, 40 + i * 44), line, font=font, fill=ink)
    return image


def with_qr(payload: str, caption: str) -> Image.Image:
    code = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode).to_image(scale=4)
    code = Image.fromarray(code) if not isinstance(code, Image.Image) else code
    image = Image.new("RGB", (code.width + 80, code.height + 140), (255, 255, 255))
    image.paste(code.convert("RGB"), (40, 40))
    ImageDraw.Draw(image).text((40, code.height + 70), caption,
                               font=ImageFont.truetype(FONT, 24), fill=(0, 0, 0))
    return image


def main() -> None:
    HERE.mkdir(exist_ok=True)
    lines = ["Kak transfer dulu ke BCA 1234567890", "a.n. Budi Santoso ya",
             "Konfirmasi wa.me/6281234567890", "Total Rp 1.250.000"]
    chat(lines).save(HERE / "chat_id_light.png", optimize=True)
    dark = chat(lines, dark=True).resize((360, 170))
    dark.save(HERE / "chat_id_dark_small.jpg", quality=60)
    chat(["Deposita a la CLABE", "002010077777777771", "a nombre de Juan Perez",
          "Solo hoy, ultimas unidades"]).save(HERE / "chat_es.png", optimize=True)
    with_qr(qris_payload("BUDI SANTOSO"), "Scan QRIS").save(HERE / "qris_person.png",
                                                              optimize=True)
    with_qr(qris_payload("TOKO MAJU JAYA", tamper=True), "QRIS").save(
        HERE / "qris_tampered.png", optimize=True)
    with_qr("https://bayar-qris.xyz/pay", "Scan to pay").save(HERE / "qr_link.png",
                                                               optimize=True)


if __name__ == "__main__":
    main()
