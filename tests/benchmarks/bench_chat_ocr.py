"""Chat screenshots read offline: identifier recall per OCR engine, clean and degraded (issue 13).

The evaluation set is generated here, deterministically (seeded), before any tuning: 156 chat
screenshots in Indonesian, Spanish and English drawn like WhatsApp (light and dark), Instagram
direct messages and a marketplace chat — message bubbles, three DejaVu faces, text sizes from 20
to 30 px on a 720 px wide phone capture — each holding two to four identifiers (bank accounts with
holders, phones, wa.me links, shop links, CLABE and IBAN numbers with valid check digits, e-mails)
inside ordinary or scam wording. Every screenshot is also degraded the way phone captures travel:
downscaled to 50–65 %, JPEG quality 35–60, a light blur on a third of them.

For each engine the script runs :func:`desktop.checks.identifiers.find_identifiers` on the text
the engine read and reports exact-match recall of the ground-truth identifiers by kind, on the
clean and the degraded images, and the time per screenshot. Engines: Tesseract (the baseline,
Debian's models, as ShopSafe ships it) and RapidOCR (its wheel carries its models; measured only
when installed: ``pip install rapidocr_onnxruntime``).

Run from the repository root (two cores; OMP_THREAD_LIMIT=1 is set as the app does):

    .venv/bin/python tests/benchmarks/bench_chat_ocr.py [--limit N] [--engines tesseract,rapidocr]
"""

from __future__ import annotations

import argparse
import io
import os
import random
import resource
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PIL import Image, ImageDraw, ImageFilter, ImageFont  # noqa: E402
from stdnum.es import ccc  # noqa: E402

from desktop.checks.identifiers import find_identifiers, valid_clabe  # noqa: E402
from desktop.reading.ocr import recognise  # noqa: E402

FONTS = ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
         "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
         "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf"]
STYLES = {
    "whatsapp": {"bg": (236, 229, 221), "theirs": (255, 255, 255), "ink": (17, 27, 33)},
    "whatsapp_dark": {"bg": (11, 20, 26), "theirs": (31, 44, 52), "ink": (233, 237, 239)},
    "instagram": {"bg": (255, 255, 255), "theirs": (239, 239, 239), "ink": (0, 0, 0)},
    "marketplace": {"bg": (245, 245, 245), "theirs": (255, 243, 224), "ink": (34, 34, 34)},
}
FIRST = ["Budi", "Siti", "Agus", "Dewi", "Rina", "Joko", "Juan", "María", "Luis", "Ana", "Carlos",
         "Lucía", "John", "Mary", "Peter", "Sarah"]
LAST = ["Santoso", "Rahmawati", "Wijaya", "Hartono", "Pérez", "García", "López", "Torres",
        "Ramírez", "Smith", "Jones", "Brown"]
BANKS_ID = [("BCA", 10), ("BNI", 10), ("Mandiri", 13), ("BRI", 15)]


def clabe(rng: random.Random) -> str:
    body = rng.choice(["002", "012", "014", "072", "127", "646"]) + "".join(
        rng.choice("0123456789") for _ in range(14))
    for digit in "0123456789":
        if valid_clabe(body + digit):
            return body + digit
    raise AssertionError("no check digit")


def iban_es(rng: random.Random) -> str:
    digits = "".join(rng.choice("0123456789") for _ in range(20))
    full = digits[:8] + ccc.calc_check_digits(digits) + digits[10:]
    return ccc.to_iban(full).replace(" ", "")


def grouped(value: str, size: int = 4) -> str:
    return " ".join(value[i:i + size] for i in range(0, len(value), size))


def make_case(rng: random.Random, language: str) -> tuple[list[str], set[tuple[str, str]]]:
    """Chat lines and the identifiers they hold (kind, normalised value)."""
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    truth: set[tuple[str, str]] = set()
    lines: list[str] = []
    phone_digits = "8" + rng.choice("1235") + "".join(rng.choice("0123456789") for _ in range(8))
    shop = rng.choice(["toko", "tienda", "shop", "outlet", "grosir", "ofertas"]) + "-" + rng.choice(
        ["murah", "maju", "sol", "luna", "prima", "top"]) + rng.choice([".com", ".id", ".shop", ".store"])
    if language == "id":
        bank, length = rng.choice(BANKS_ID)
        account = "".join(rng.choice("0123456789") for _ in range(length))
        lines += [rng.choice(["Halo kak, barang ready ya", "Siap kak, stok ada", "Oke kak"]),
                  f"Transfer ke {bank} {account}", f"a.n. {name}",
                  f"Konfirmasi ke wa.me/62{phone_digits}"]
        truth |= {("bank_account", account), ("phone", f"+62{phone_digits}"),
                  ("url", f"wa.me/62{phone_digits}")}
        if rng.random() < 0.5:
            lines.append(f"Katalog: {shop}")
            truth.add(("url", shop))
    elif language == "es":
        if rng.random() < 0.5:
            number = clabe(rng)
            lines += ["Hola, sí lo tengo disponible", f"CLABE {number}", f"a nombre de {name}"]
            truth.add(("clabe", number))
        else:
            number = iban_es(rng)
            lines += ["Hola! Te paso los datos", f"IBAN {grouped(number)}", f"titular {name}"]
            truth.add(("iban", number))
        mobile = "6" + "".join(rng.choice("0123456789") for _ in range(8))
        lines.append(f"Mi WhatsApp: +34 {mobile[:3]} {mobile[3:6]} {mobile[6:]}")
        truth.add(("phone", f"+34{mobile}"))
        if rng.random() < 0.5:
            lines.append(f"Más en {shop}")
            truth.add(("url", shop))
    else:
        user = rng.choice(["sales", "orders", "hello"])
        lines += ["Hi! Yes it's still available", f"Email me at {user}@{shop}",
                  f"or text +1 415 555 {rng.randint(1000, 9999)}"]
        truth.add(("email", f"{user}@{shop}"))
        number = lines[-1].split("+1 ", 1)[1].replace(" ", "")
        truth.add(("phone", f"+1{number}"))
        lines.append(f"Shop: https://{shop}/item/{rng.randint(100, 999)}")
        truth.add(("url", lines[-1].split(": ", 1)[1]))
    return lines, truth


def draw_chat(rng: random.Random, lines: list[str], style_name: str) -> Image.Image:
    style = STYLES[style_name]
    size = rng.randint(20, 30)
    font = ImageFont.truetype(rng.choice(FONTS), size)
    width = 720
    pad = size // 2
    height = 140 + len(lines) * (size + pad + 18)
    image = Image.new("RGB", (width, height), style["bg"])
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, width, 70), fill=(0, 128, 105) if "whatsapp" in style_name else (238, 77, 45)
                   if style_name == "marketplace" else (250, 250, 250))
    y = 90
    for line in lines:
        text_width = draw.textlength(line, font=font)
        draw.rounded_rectangle((16, y, 16 + text_width + 2 * pad, y + size + pad), 14,
                               fill=style["theirs"])
        draw.text((16 + pad, y + pad // 2), line, font=font, fill=style["ink"])
        y += size + pad + 18
    return image


def degrade(rng: random.Random, image: Image.Image) -> bytes:
    factor = rng.uniform(0.5, 0.65)
    small = image.resize((int(image.width * factor), int(image.height * factor)), Image.BILINEAR)
    if rng.random() < 0.33:
        small = small.filter(ImageFilter.GaussianBlur(0.6))
    out = io.BytesIO()
    small.save(out, "JPEG", quality=rng.randint(35, 60))
    return out.getvalue()


def png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def dataset(limit: int) -> list[tuple[str, str, bytes, bytes, set[tuple[str, str]]]]:
    rng = random.Random(20261204)
    cases = []
    languages = ["id", "es", "en"]
    styles = list(STYLES)
    for index in range(limit):
        language = languages[index % 3]
        style = styles[(index // 3) % len(styles)]
        lines, truth = make_case(rng, language)
        image = draw_chat(rng, lines, style)
        cases.append((language, style, png(image), degrade(rng, image), truth))
    return cases


def _cpu() -> float:
    """CPU seconds of this process and its finished children (Tesseract runs as a child):
    unlike wall time, hardly changed by other work on a shared machine."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


class Rapid:
    def __init__(self) -> None:
        from rapidocr_onnxruntime import RapidOCR

        self.engine = RapidOCR()

    def __call__(self, data: bytes) -> str:
        import numpy as np

        image = np.array(Image.open(io.BytesIO(data)).convert("RGB"))
        result, _ = self.engine(image)
        return "\n".join(item[1] for item in (result or []))


def engines(names: list[str]):
    found = {}
    for name in names:
        if name == "tesseract":
            found[name] = lambda data: recognise(data).text
        elif name == "rapidocr":
            try:
                found[name] = Rapid()
            except ImportError:
                print("rapidocr: not installed (pip install rapidocr_onnxruntime); skipped")
    return found


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=156)
    parser.add_argument("--engines", default="tesseract,rapidocr")
    args = parser.parse_args()
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    cases = dataset(args.limit)
    print(f"screenshots: {len(cases)} ({Counter(c[0] for c in cases)}; "
          f"{Counter(c[1] for c in cases)})")
    for name, read in engines(args.engines.split(",")).items():
        for variant in ("clean", "degraded"):
            hit, total, seconds, cpu = Counter(), Counter(), [], []
            misses = []
            for language, style, clean, degraded, truth in cases:
                data = clean if variant == "clean" else degraded
                started = time.perf_counter()
                cpu_started = _cpu()
                text = read(data)
                seconds.append(time.perf_counter() - started)
                cpu.append(_cpu() - cpu_started)
                country = {"id": "ID", "es": "ES", "en": "US"}[language]
                found = {(i.kind, i.value) for i in find_identifiers(text, country)}
                for item in truth:
                    total[item[0]] += 1
                    if item in found:
                        hit[item[0]] += 1
                    elif len(misses) < 12:
                        misses.append((language, style, item, text.replace("\n", " | ")[:160]))
            overall = sum(hit.values()) / sum(total.values())
            per_kind = ", ".join(f"{k} {hit[k]}/{total[k]}" for k in sorted(total))
            print(f"{name:10} {variant:9} recall {overall:.3f} ({per_kind}); "
                  f"median {statistics.median(seconds):.2f} s, p95 "
                  f"{sorted(seconds)[int(len(seconds) * 0.95)]:.2f} s per screenshot; CPU "
                  f"median {statistics.median(cpu):.2f} s (this process and the OCR process)")
            for miss in misses[:6]:
                print("    miss", miss)
    return 0


if __name__ == "__main__":
    sys.exit(main())
