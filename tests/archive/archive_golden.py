"""Builds the golden archive byte for byte from a fixed seed.

Run once per format version to create ``tests/archive/golden/v<N>/``::

    PYTHONPATH=. .venv/bin/python tests/archive/archive_golden.py tests/archive/golden/v2

(v1 was built by the format-1 code of this script's history: the same seed and steps.)

Committed golden folders are kept forever: every later ShopSafe must open them and get
``expected.json``. The test rebuilds into a temporary folder and compares every byte.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path

from desktop.archive import KDF_FLOOR, Archive, DeterministicRandom

SEED = b"shopsafe golden archive v1"
DEVICE = "0123456789abcdef"
PASSPHRASE = "kata sandi rahasia - contraseña secreta"
ATTACHMENT = bytes((i * 7 + i // 251) % 256 for i in range(100_000))  # two chunks


def _clock() -> datetime:
    return datetime(2026, 3, 4, 5, 6, 7, tzinfo=UTC)


def build(folder: Path, data_dir: Path) -> dict[str, object]:
    """Create the golden archive in ``folder``; returns the facts expected.json records."""
    import io

    archive = Archive.create(
        folder, PASSPHRASE, name="Ibu Sari", kdf=KDF_FLOOR, device=DEVICE,
        rng=DeterministicRandom(SEED), clock=_clock, data_dir=data_dir,
    )
    seller = archive.put("seller", name="Toko Elektronik Jaya", phone="+62 812 3456 7890",
                         verdict="trusted")
    order = archive.put("order", title="Kamera mirrorless", seller=seller,
                        total={"amount": "7250000", "currency": "IDR"}, status="paid")
    archive.tag(order, "elektronik")
    archive.tag(order, "garansi")
    attachment = archive.add_attachment(io.BytesIO(ATTACHMENT), name="struk.pdf",
                                        mime="application/pdf", order=order)
    archive.put("note", text="El vendedor prometió reembolso por WhatsApp", order=order)
    archive.put("cost", order=order, breakdown={"goods": "7000000", "shipping": "250000"})
    archive.put("report", order=order, report={"verdict": "looks_ok", "findings": []})
    archive.untag(order, "garansi")
    archive.put("order", order, status="delivered")
    recovery = archive.create_recovery_key()
    archive.lock()
    return {
        "passphrase": PASSPHRASE,
        "recovery_key": recovery,
        "order": order,
        "seller": seller,
        "attachment": attachment,
    }


def main(argv: list[str]) -> int:
    target = Path(argv[1])
    if target.exists():
        print(f"{target} exists: golden archives are never rebuilt in place", file=sys.stderr)
        return 1
    import tempfile

    with tempfile.TemporaryDirectory() as data_dir:
        facts = build(target / "archive", Path(data_dir))
    (target / "expected.json").write_text(json.dumps(facts, indent=1, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
