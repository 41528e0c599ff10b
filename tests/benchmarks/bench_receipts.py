"""Receipt fields read offline: per-field accuracy, and wrong values marked "check this" against
wrong values that pass silently (issue 16, domain core only).

The set is generated here, deterministically (seeded), from how the documents look — not from the
reader's label list: Indonesian minimarket receipts (PPN included, DPP shown, cash or debit),
Indonesian restaurant bills (service charge and PB1 tax on top), Mexican convenience-store tickets
(subtotal + IVA), Spanish supermarket tickets (IVA included, VAT table) and US receipts (sales tax
added, month-first dates, 12-hour clock). Each receipt draws its labels from the variants real
receipts print ("TOTAL", "JUMLAH", "TOTAL BELANJA", "A PAGAR", "BALANCE DUE"…), some of which the
reader does not know: those fields count as missed, as they would be. Valid tax ids are made with
python-stdnum's check-digit functions.

Every receipt is read three ways: its text directly (the reader alone), a clean rendering through
Tesseract, and a photographed-looking rendering (turned 0.8–2°, blurred, downscaled, JPEG q 40–60)
through Tesseract. A field is

- ``right``: the value read is the truth and is not marked;
- ``flagged``: the field is marked "check this" (its value wrong, missing or right);
- ``missed``: not read and not marked;
- ``silently wrong``: a wrong value, not marked — the number that must stay near zero; split
  into ``wrong, unconfirmed`` (an amount no sum of the receipt could hold, or a name or number no
  sum covers: shown as read, unconfirmed) and ``wrong, confirmed`` (an amount a holding sum
  vouches for: the worst case).

``right`` amounts are also counted as confirmed by a sum or not.

Run from the repository root:

    /work/main/.venv/bin/python tests/benchmarks/bench_receipts.py [--count N] [--ocr-count M]
"""

from __future__ import annotations

import argparse
import io
import random
import resource
import sys
import time
from collections import Counter, defaultdict
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PIL import Image, ImageDraw, ImageFilter, ImageFont  # noqa: E402
from stdnum import luhn  # noqa: E402
from stdnum.es import cif  # noqa: E402
from stdnum.mx import rfc  # noqa: E402

from desktop.money.amount import Money  # noqa: E402
from desktop.reading.ocr import recognise  # noqa: E402
from desktop.reading.receipts import read_receipt  # noqa: E402

MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
FIELDS = ("merchant", "date", "total", "subtotal", "discount", "tax", "paid", "change",
          "payment_method", "reference", "tax_id")
MONTHS_ID = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
ITEMS = {
    "id": ["INDOMIE GORENG", "AQUA 600ML", "TEH BOTOL", "ROTI TAWAR", "SUSU UHT 1L", "KOPI KAPAL",
           "GULAKU 1KG", "MINYAK 2L", "SABUN LIFEBUOY", "TELUR 10BTR"],
    "mx": ["COCA COLA 600ML", "SABRITAS 45G", "GANSITO", "AGUA CIEL 1L", "BIMBO BLANCO",
           "CAFE ANDATTI", "TORTILLINAS", "JUMEX 1L"],
    "es": ["LECHE ENTERA", "PAN DE MOLDE", "TOMATE PERA", "ACEITE OLIVA 1L", "HUEVOS L 12",
           "YOGUR NATURAL", "ARROZ REDONDO", "AGUA 1,5L"],
    "en": ["MILK 1GAL", "BREAD WHITE", "EGGS LARGE 12", "BANANAS", "COFFEE 12OZ", "CEREAL",
           "PAPER TOWELS", "ORANGE JUICE"],
}
MERCHANTS = {"id": ["INDOMARET", "ALFAMART", "ALFAMIDI", "LAWSON"], "mx": ["OXXO", "7-ELEVEN",
             "CIRCULO K"], "es": ["MERCADONA", "DIA %", "SUPERMERCADO EL SOL", "CONSUM"],
             "en": ["CORNER MARKET", "FRESH MART", "QUICK STOP"], "resto": ["RM SEDERHANA",
             "WARUNG MAKAN BU SRI", "BAKSO PAK KUMIS"]}


def money_text(value: Decimal, kind: str, rng: random.Random) -> str:
    if kind in ("id", "resto"):
        digits = f"{int(value):,}".replace(",", ".")
        return rng.choice(["Rp ", "Rp", "", ""]) + digits
    if kind == "es":
        digits = f"{value:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        return digits + rng.choice(["", " €"])
    return rng.choice(["$", "$", ""]) + f"{value:,.2f}"


def tax_id(kind: str, rng: random.Random) -> tuple[str, str] | None:
    if kind in ("id", "resto"):
        body = "".join(rng.choice("0123456789") for _ in range(8))
        nine = body + luhn.calc_check_digit(body)
        tail = "".join(rng.choice("0123456789") for _ in range(6))
        return f"NPWP: {nine[:2]}.{nine[2:5]}.{nine[5:8]}.{nine[8]}-{tail[:3]}.{tail[3:]}", \
            nine + tail
    if kind == "es":
        body = rng.choice("ABF") + "".join(rng.choice("0123456789") for _ in range(7))
        number = body + cif.calc_check_digits(body)[0]
        return f"{rng.choice(['NIF', 'CIF'])}: {number}", number
    if kind == "mx":
        body = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "%02d%02d%02d" % (
            rng.randint(80, 99), rng.randint(1, 12), rng.randint(1, 28)) + rng.choice(
            "ABCDEFGH123") + rng.choice("ABCDEFGH123")
        number = body + rfc.calc_check_digit(body)
        return f"RFC: {number}", number
    return None


def receipt(kind: str, rng: random.Random) -> tuple[str, str, dict]:
    """(text, country, truth) of one generated receipt."""
    country = {"id": "ID", "resto": "ID", "mx": "MX", "es": "ES", "en": "US"}[kind]
    currency = {"ID": "IDR", "MX": "MXN", "ES": "EUR", "US": "USD"}[country]
    cents = Decimal("0.01") if currency != "IDR" else Decimal(1)
    merchant = rng.choice(MERCHANTS[kind])
    lines = [merchant, rng.choice(["JL. RAYA BOGOR KM 26", "C/ MAYOR 12, MADRID",
                                   "AV. JUAREZ 101 CENTRO", "123 MAIN ST"])]
    truth: dict = {"merchant": merchant.strip()}
    tid = tax_id(kind, rng)
    if tid:
        lines.append(tid[0])
        truth["tax_id"] = tid[1]
    reference = f"{rng.randint(1000, 9999)}-{rng.randint(100, 999)}-{rng.randint(10000, 99999)}"
    ref_label = {"id": ["No. Struk:", "Bon", "No. Nota:"], "resto": ["No. Bill:", "Nota:"],
                 "mx": ["FOLIO:", "TICKET:"], "es": ["FACTURA SIMPLIFICADA:", "Nº TICKET:"],
                 "en": ["RECEIPT NO", "TRANS #"]}[kind]
    lines.append(f"{rng.choice(ref_label)} {reference}")
    truth["reference"] = reference
    day = date(2026, rng.randint(1, 12), rng.randint(1, 28))
    hour, minute = rng.randint(7, 22), rng.randint(0, 59)
    if kind == "en":
        stamp = f"{day:%m/%d/%Y} {(hour - 1) % 12 + 1:02d}:{minute:02d} {'PM' if hour >= 12 else 'AM'}"
    elif kind in ("id", "resto") and rng.random() < 0.3:
        stamp = f"{day.day} {MONTHS_ID[day.month - 1]} {day.year} {hour:02d}:{minute:02d}"
    else:
        stamp = f"{day:%d}{rng.choice('/-.')}{day:%m}{'/'}{day:%Y} {hour:02d}:{minute:02d}".replace(
            "/", rng.choice("/-")) if kind in ("id", "resto") else f"{day:%d/%m/%Y} {hour:02d}:{minute:02d}"
    lines.append(("TGL. " if kind == "id" else "") + stamp)
    truth["date"] = day
    subtotal = Decimal(0)
    for name in rng.sample(ITEMS["id" if kind == "resto" else kind], rng.randint(1, 5)):
        qty = rng.randint(1, 3)
        price = (Decimal(rng.randrange(1500, 60000, 100)) if currency == "IDR"
                 else Decimal(rng.randint(50, 3000)) / 100 * (10 if kind == "mx" else 1))
        subtotal += qty * price
        lines.append(f"{name:<18}{qty:>2} x {money_text(price, kind, rng):>10}"
                     f"{money_text(qty * price, kind, rng):>12}")
    rule = "-" * 36
    lines.append(rule)
    width = 26
    discount = Decimal(0)
    if rng.random() < 0.3:
        discount = (subtotal * Decimal(rng.choice([5, 10])) / 100).quantize(cents, ROUND_HALF_UP)
        truth["discount"] = discount
    label = {"id": ["HARGA JUAL", "SUBTOTAL", "Sub Total"], "resto": ["Subtotal", "SUB TOTAL"],
             "mx": ["SUBTOTAL"], "es": ["SUBTOTAL", "SUMA"], "en": ["SUBTOTAL", "SUB TOTAL"]}
    dlabel = {"id": ["TOTAL DISC.", "Diskon", "HEMAT"], "resto": ["Diskon", "Promo"],
              "mx": ["DESCUENTO"], "es": ["DESCUENTO", "AHORRO"], "en": ["DISCOUNT", "SAVINGS"]}
    tlabel = {"id": ["TOTAL", "TOTAL BELANJA", "Total Bayar", "JUMLAH"],
              "resto": ["TOTAL", "Grand Total", "Total Bayar"], "mx": ["TOTAL", "IMPORTE"],
              "es": ["TOTAL", "TOTAL (€)", "TOTAL A PAGAR", "A PAGAR"],
              "en": ["TOTAL", "BALANCE DUE", "AMOUNT DUE"]}
    net = subtotal - discount
    tax_lines: list[str] = []
    if kind == "id":  # PPN 11 % included: DPP = total × 100/111
        total = net
        tax = (total * Decimal(11) / Decimal(111)).quantize(cents, ROUND_HALF_UP)
        tax_lines.append(f"PPN : DPP= {money_text(total - tax, kind, rng)}  PPN= "
                         f"{money_text(tax, kind, rng)}")
    elif kind == "resto":  # service 5 % and PB1 10 % added on top
        service = (net * Decimal("0.05")).quantize(cents, ROUND_HALF_UP)
        tax = ((net + service) * Decimal("0.10")).quantize(cents, ROUND_HALF_UP)
        total = net + service + tax
        tax_lines += [f"{'Service 5%':<{width}}{money_text(service, kind, rng):>12}",
                      f"{'PB1 10%':<{width}}{money_text(tax, kind, rng):>12}"]
    elif kind == "es":  # IVA included; the VAT table below the total
        total = net
        base = (total / Decimal("1.10")).quantize(cents, ROUND_HALF_UP)
        tax = total - base
        tax_lines += ["IVA   BASE IMPONIBLE (€)   CUOTA (€)",
                      f"10%       {money_text(base, 'es', random.Random(0)).replace(' €', '')}"
                      f"       {money_text(tax, 'es', random.Random(0)).replace(' €', '')}"]
    else:  # IVA 16 % (Mexico) or sales tax 7 % (US) added
        rate = Decimal("0.16") if kind == "mx" else Decimal("0.07")
        tax = (net * rate).quantize(cents, ROUND_HALF_UP)
        total = net + tax
        tax_lines.append(f"{('IVA 16%' if kind == 'mx' else 'TAX 7.0%'):<{width}}"
                         f"{money_text(tax, kind, rng):>12}")
    truth.update(subtotal=subtotal, tax=tax, total=total)
    lines.append(f"{rng.choice(label[kind]):<{width}}{money_text(subtotal, kind, rng):>12}")
    if discount:
        lines.append(f"{rng.choice(dlabel[kind]):<{width}}{'-' + money_text(discount, kind, rng):>12}")
    if kind not in ("es", "id"):
        lines += tax_lines
    lines.append(f"{rng.choice(tlabel[kind]):<{width}}{money_text(total, kind, rng):>12}")
    if rng.random() < 0.6:
        step = Decimal(50000 if currency == "IDR" else (100 if kind == "mx" else 20))
        paid = ((total // step) + 1) * step
        cash = {"id": "TUNAI", "resto": "Tunai", "mx": "EFECTIVO", "es": "EFECTIVO",
                "en": "CASH"}[kind]
        change = {"id": "KEMBALI", "resto": "Kembalian", "mx": "CAMBIO", "es": "CAMBIO",
                  "en": "CHANGE"}[kind]
        lines.append(f"{cash:<{width}}{money_text(paid, kind, rng):>12}")
        lines.append(f"{change:<{width}}{money_text(paid - total, kind, rng):>12}")
        truth.update(paid=paid, change=paid - total, payment_method="cash")
    else:
        card = {"id": "DEBIT BCA", "resto": "KARTU KREDIT", "mx": "TARJETA", "es":
                "TARJETA BANCARIA", "en": "VISA"}[kind]
        lines.append(f"{card:<{width}}{money_text(total, kind, rng):>12}")
        truth.update(paid=total, payment_method="card")
    if kind in ("es", "id"):
        lines += tax_lines
    lines.append(rng.choice(["TERIMA KASIH", "GRACIAS POR SU COMPRA", "THANK YOU"]))
    truth = {k: (Money(v, currency) if isinstance(v, Decimal) else v) for k, v in truth.items()}
    return "\n".join(lines), country, truth


def render(text: str, photo: bool, rng: random.Random) -> bytes:
    font = ImageFont.truetype(MONO, 20)
    lines = text.splitlines()
    image = Image.new("RGB", (600, 40 + 30 * len(lines)), (246, 244, 238))
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(lines):
        draw.text((16, 20 + 30 * i), line, font=font, fill=(40, 40, 40))
    quality = 90
    if photo:
        image = image.rotate(rng.uniform(0.8, 2.0) * rng.choice([-1, 1]), expand=True,
                             fillcolor=(90, 90, 90), resample=Image.BICUBIC)
        image = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.2)))
        factor = rng.uniform(0.6, 0.8)
        image = image.resize((int(image.width * factor), int(image.height * factor)))
        quality = rng.randint(40, 60)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=quality)
    return buffer.getvalue()


def grade(fields, truth: dict) -> dict[str, str]:
    out = {}
    for name in FIELDS:
        if name not in truth:
            continue
        got = getattr(fields, name)
        value = getattr(got, "value", None)
        if name == "date" and value is not None and hasattr(value, "date"):
            value = value.date()
        confirmed = fields.confirmed(name)
        if fields.needs_check(name):
            out[name] = "flagged"
        elif got is None:
            out[name] = "missed"
        elif value == truth[name]:
            out[name] = "right" + (" (confirmed)" if confirmed else "")
        else:
            out[name] = "wrong, confirmed" if confirmed else "wrong, unconfirmed"
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=300, help="receipts read from text")
    parser.add_argument("--ocr-count", type=int, default=40, help="of which also read by OCR")
    args = parser.parse_args()
    rng = random.Random(16)
    kinds = ["id", "resto", "mx", "es", "en"]
    docs = [receipt(kinds[i % len(kinds)], rng) for i in range(args.count)]
    results: dict[str, Counter] = defaultdict(Counter)
    per_field: dict[tuple[str, str], Counter] = defaultdict(Counter)
    examples: list[str] = []
    timing: dict[str, list[float]] = defaultdict(list)
    for index, (text, country, truth) in enumerate(docs):
        ways = [("text", text)]
        if index < args.ocr_count:
            for way, photo in (("clean image", False), ("photo", True)):
                data = render(text, photo, random.Random(index))
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                started = time.monotonic()
                read = recognise(data, ("ind", "spa", "eng")).text
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                timing[way].append(time.monotonic() - started)
                timing[way + " cpu"].append(after.ru_utime + after.ru_stime
                                            - before.ru_utime - before.ru_stime)
                ways.append((way, read))
        for way, body in ways:
            started = time.process_time()
            fields = read_receipt(body, country=country)
            timing["reader cpu"].append(time.process_time() - started)
            graded = grade(fields, truth)
            for name, outcome in graded.items():
                results[way][outcome] += 1
                per_field[(way, name)][outcome] += 1
                if outcome.startswith("wrong") and len(examples) < 12:
                    got = getattr(read_receipt(body, country=country), name)
                    examples.append(f"{way} {country} {name}: read {got.value!r} from "
                                    f"{got.source!r}, truth {truth[name]!r}")
    print(f"{args.count} receipts from text, {args.ocr_count} of them also as clean and photo "
          "images through Tesseract (ind+spa+eng)\n")
    print("| read from | fields | right | of which confirmed by a sum | flagged \"check this\" | "
          "missed | silently wrong, unconfirmed | silently wrong, confirmed |")
    print("|---|---|---|---|---|---|---|---|")
    for way, counts in results.items():
        n = sum(counts.values())
        counts["right all"] = counts["right"] + counts["right (confirmed)"]
        print(f"| {way} | {n} | " + " | ".join(
            f"{counts[k]} ({100 * counts[k] / n:.1f} %)" for k in
            ("right all", "right (confirmed)", "flagged", "missed", "wrong, unconfirmed",
             "wrong, confirmed")) + " |")
    print("\nPer field, right / flagged / missed / silently wrong (unconfirmed + confirmed):\n")
    ways = list(results)
    print("| field | " + " | ".join(ways) + " |")
    print("|---" * (len(ways) + 1) + "|")
    for name in FIELDS:
        cells = []
        for way in ways:
            c = per_field[(way, name)]
            cells.append(f"{c['right'] + c['right (confirmed)']}/{c['flagged']}/{c['missed']}/"
                         f"{c['wrong, unconfirmed']}+{c['wrong, confirmed']}"
                         if sum(c.values()) else "–")
        print(f"| {name} | " + " | ".join(cells) + " |")
    for way in ("clean image", "photo"):
        if timing[way]:
            print(f"\n{way}: OCR {sum(timing[way]) / len(timing[way]):.2f} s wall, "
                  f"{sum(timing[way + ' cpu']) / len(timing[way]):.2f} s CPU per receipt")
    reader = sum(timing["reader cpu"]) / len(timing["reader cpu"])
    print(f"\nfield reader: {reader * 1000:.2f} ms CPU per receipt"
          + (f" = {reader / (sum(timing['clean image cpu']) / len(timing['clean image cpu'])):.4f}"
             " × the OCR's CPU time" if timing["clean image cpu"] else ""))
    if examples:
        print("\nSilently wrong, first examples:")
        for line in examples:
            print(" -", line)


if __name__ == "__main__":
    main()
