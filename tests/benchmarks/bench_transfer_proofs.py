"""Transfer proofs read offline: per-field accuracy of :func:`read_transfer_proof` (issue 16).

Generated here, seeded, from how the bank apps' success screens look: BRImo ("Transaksi
Berhasil", source and destination blocks), BCA m-Transfer, Livin' by Mandiri, a Mexican SPEI
comprobante (clave de rastreo, CLABE) and Bizum ("Has enviado … a"). Each proof is read from its
text and from a phone-screen rendering through Tesseract, clean and degraded (downscaled,
JPEG q 40–60, light blur). A field is right, missed, or wrong — nothing on a proof can be checked
by a sum, so a wrong reference or amount is caught only by comparing with the order
(:func:`compare_with_order`), which this benchmark also runs against the true order.

    /work/main/.venv/bin/python tests/benchmarks/bench_transfer_proofs.py [--count N] [--ocr-count M]
"""

from __future__ import annotations

import argparse
import io
import random
import sys
from collections import Counter, defaultdict
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PIL import Image, ImageDraw, ImageFilter, ImageFont  # noqa: E402

from desktop.money.amount import Money  # noqa: E402
from desktop.reading.ocr import recognise  # noqa: E402
from desktop.reading.transfers import ProofProblem, compare_with_order, read_transfer_proof  # noqa: E402

SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FIELDS = ("reference", "time", "amount", "recipient_account", "recipient_name")
NAMES_ID = ["BUDI SANTOSO", "SITI RAHMAWATI", "AGUS WIJAYA", "DEWI HARTONO", "RINA LESTARI"]
NAMES_ES = ["JUAN PEREZ LOPEZ", "MARIA GARCIA TORRES", "LUIS RAMIREZ", "ANA LOPEZ DIAZ"]
MONTHS_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
             "September", "Oktober", "November", "Desember"]
WIB = timezone(timedelta(hours=7))
MX = timezone(timedelta(hours=-6))
MADRID = timezone(timedelta(hours=1))


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def clabe(rng: random.Random) -> str:
    body = rng.choice(["002", "012", "014", "072"]) + digits(rng, 14)
    check = (10 - sum(int(d) * w for d, w in zip(body, [3, 7, 1] * 6)) % 10) % 10
    return body + str(check)


def idr(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def proof(kind: str, rng: random.Random) -> tuple[str, str, datetime, dict]:
    """(text, country, now, truth) of one generated proof."""
    when = datetime(2026, rng.randint(1, 12), rng.randint(1, 28), rng.randint(7, 22),
                    rng.randint(0, 59), rng.randint(0, 59))
    if kind in ("brimo", "bca", "livin"):
        zone, country = WIB, "ID"
        amount = rng.randrange(25_000, 5_000_000, 500)
        account, name = digits(rng, 10), rng.choice(NAMES_ID)
        reference = digits(rng, 12) if kind != "bca" else (
            "".join(rng.choice("0123456789ABCDEF") for _ in range(12)))
        money = Money(amount, "IDR")
        if kind == "brimo":
            text = (f"BRImo\nTransaksi Berhasil\n{when.day:02d} {MONTHS_ID[when.month - 1]} "
                    f"{when.year}, {when:%H:%M:%S} WIB\nTotal Transaksi\nRp{idr(amount)}\n"
                    f"No. Ref {reference}\nSumber Dana\n{rng.choice(NAMES_ID)}\nBANK BRI\n"
                    f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 3)}\n"
                    f"Tujuan\n{name}\nBANK BCA\n{account}\nNominal Rp{idr(amount)}\n"
                    "Biaya Admin Rp0")
        elif kind == "bca":
            text = (f"m-Transfer\nBERHASIL\nTanggal: {when:%d/%m/%Y %H:%M:%S}\n"
                    f"Ke rekening: {account}\nPenerima: {name}\n"
                    f"Jumlah: Rp {idr(amount)},00\nBerita: pesanan {rng.randint(1, 999)}\n"
                    f"No. Referensi: {reference}")
        else:
            text = (f"livin' by mandiri\nTransfer Berhasil\nRp {idr(amount)}\n"
                    f"{when.day:02d} {MONTHS_ID[when.month - 1][:3]} {when.year} • "
                    f"{when:%H:%M:%S} WIB\nPenerima\n{name}\nBank Mandiri - {account}\n"
                    f"No. Referensi\n{reference}\nSumber Dana\n{rng.choice(NAMES_ID)}")
    elif kind == "spei":
        zone, country = MX, "MX"
        amount = Decimal(rng.randint(10_000, 2_000_000)) / 100
        account, name = clabe(rng), rng.choice(NAMES_ES)
        reference = "MBAN" + digits(rng, 20)
        money = Money(amount, "MXN")
        text = (f"BBVA\nComprobante de transferencia SPEI\nFecha de operación: "
                f"{when:%d/%m/%Y}\nHora: {when:%H:%M:%S}\nImporte: ${amount:,.2f}\n"
                f"Cuenta destino: {account}\nBeneficiario: {name}\nBanco destino: BANORTE\n"
                f"Clave de rastreo: {reference}\nReferencia numérica: {digits(rng, 7)}\n"
                f"Concepto: pedido {rng.randint(1, 999)}")
    else:  # bizum
        zone, country = MADRID, "ES"
        amount = Decimal(rng.randint(100, 50_000)) / 100
        phone = "6" + digits(rng, 8)
        account, name, reference = phone, rng.choice(NAMES_ES).title(), None
        money = Money(amount, "EUR")
        euros = f"{amount:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        text = (f"Bizum enviado\nHas enviado {euros} € a\n{name}\n"
                f"Teléfono: +34 {phone[:3]} {phone[3:6]} {phone[6:]}\nConcepto: "
                f"{rng.choice(['camiseta', 'entradas', 'cena'])}\n{when:%d/%m/%Y %H:%M}")
        when = when.replace(second=0)
    moment = when.replace(tzinfo=zone)
    truth = {"reference": reference, "time": moment, "amount": money,
             "recipient_account": account, "recipient_name": name}
    return text, country, moment + timedelta(hours=2), truth


def render(text: str, degraded: bool, rng: random.Random) -> bytes:
    font = ImageFont.truetype(SANS, 26)
    lines = text.splitlines()
    image = Image.new("RGB", (720, 80 + 44 * len(lines)), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(lines):
        draw.text((40, 40 + 44 * i), line, font=font, fill=(20, 20, 20))
    quality = 90
    if degraded:
        factor = rng.uniform(0.5, 0.65)
        image = image.resize((int(image.width * factor), int(image.height * factor)))
        if rng.random() < 0.4:
            image = image.filter(ImageFilter.GaussianBlur(0.7))
        quality = rng.randint(40, 60)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=quality)
    return buffer.getvalue()


def same(name: str, got, want) -> bool:
    if name == "recipient_account":
        return "".join(ch for ch in got if ch.isdigit()).endswith(want)
    if name == "time" and isinstance(got, datetime) and got.tzinfo:
        return got == want
    return got == want


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--ocr-count", type=int, default=50)
    args = parser.parse_args()
    rng = random.Random(1616)
    kinds = ["brimo", "bca", "livin", "spei", "bizum"]
    per_field: dict[tuple[str, str], Counter] = defaultdict(Counter)
    order_ok: Counter = Counter()
    wrong: list[str] = []
    for index in range(args.count):
        kind = kinds[index % len(kinds)]
        text, country, now, truth = proof(kind, rng)
        ways = [("text", text)]
        if index < args.ocr_count:
            ways += [("clean image", recognise(render(text, False, rng)).text),
                     ("degraded image", recognise(render(text, True, rng)).text)]
        for way, body in ways:
            read = read_transfer_proof(body, now=now, country=country)
            for name in FIELDS:
                if truth[name] is None:
                    continue
                got = getattr(read, name)
                outcome = ("missed" if got is None else
                           "right" if same(name, got.value, truth[name]) else "wrong")
                per_field[(way, name)][outcome] += 1
                if outcome == "wrong" and len(wrong) < 10:
                    wrong.append(f"{way} {kind} {name}: {got.value!r} for {truth[name]!r}")
            issues = {i.problem for i in compare_with_order(
                read, total=truth["amount"], account=truth["recipient_account"])}
            issues.discard(ProofProblem.REFERENCE_MISSING if kind == "bizum" else None)
            order_ok[(way, "no issue" if not issues else "issue raised")] += 1
    ways = ["text", "clean image", "degraded image"][: 1 + 2 * bool(args.ocr_count)]
    print(f"{args.count} proofs ({', '.join(kinds)}), {args.ocr_count} also through Tesseract\n")
    print("Per field, right / missed / wrong:\n")
    print("| field | " + " | ".join(ways) + " |")
    print("|---" * (len(ways) + 1) + "|")
    for name in FIELDS:
        cells = [f"{c['right']}/{c['missed']}/{c['wrong']}" for c in
                 (per_field[(way, name)] for way in ways)]
        print(f"| {name} | " + " | ".join(cells) + " |")
    print("\nCompared with the true order (a genuine proof): no issue / issue raised\n")
    for way in ways:
        print(f"- {way}: {order_ok[(way, 'no issue')]} / {order_ok[(way, 'issue raised')]}")
    if wrong:
        print("\nWrong, first examples:")
        for line in wrong:
            print(" -", line)


if __name__ == "__main__":
    main()
