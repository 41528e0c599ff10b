"""Format-level test vectors (tests/archive/vectors/format_v1.json) for second implementations.

Regenerate only for a new format version::

    PYTHONPATH=. .venv/bin/python tests/archive/archive_vectors.py > tests/archive/vectors/format_vN.json
"""

from __future__ import annotations

import hashlib
import io
import json

from desktop.archive import blobs, keys, records
from desktop.archive.crypto import KDF_FLOOR
from desktop.archive.keys import Identity
from desktop.archive.rng import DeterministicRandom

ARCHIVE_ID = "000102030405060708090a0b0c0d0e0f"
ARCHIVE_KEY = bytes(range(0x20, 0x40))
IDENTITY = Identity("a1a2a3a4a5a6a7a8", bytes(range(0x40, 0x60)), bytes(range(0x60, 0x80)))
DEVICE = "d1d2d3d4d5d6d7d8"


def build() -> dict[str, object]:
    rng = DeterministicRandom(b"format vectors v1")
    out: dict[str, object] = {
        "deterministic_random": {"seed": "format vectors v1".encode().hex(),
                                 "first_48_bytes": DeterministicRandom(
                                     b"format vectors v1").bytes(48).hex()},
        "archive_id": ARCHIVE_ID,
        "archive_key": ARCHIVE_KEY.hex(),
        "identity": {"member": IDENTITY.member, "x25519_private": IDENTITY.x25519_private.hex(),
                     "ed25519_private": IDENTITY.ed25519_private.hex(),
                     "x25519_public": IDENTITY.x25519_public.hex(),
                     "ed25519_public": IDENTITY.ed25519_public.hex()},
        "record_key": records.record_key(ARCHIVE_KEY).hex(),
    }
    out["recovery_key"] = {"bytes": bytes(range(32)).hex(),
                           "text": keys.format_recovery_key(bytes(range(32)))}
    out["member_file"] = keys.make_member(ARCHIVE_ID, IDENTITY, "Ibu Sari", "member").decode()
    out["passphrase_slot"] = {
        "passphrase": "contraseña",
        "file": keys.make_slot(ARCHIVE_ID, IDENTITY, "b1b2b3b4b5b6b7b8",
                               keys.normalize_passphrase("contraseña"), KDF_FLOOR, rng).decode(),
    }
    out["grant"] = keys.make_grant(ARCHIVE_ID, 1, ARCHIVE_KEY, IDENTITY.member,
                                   IDENTITY.x25519_public, IDENTITY, rng).decode()
    blob_vectors = []
    for size in (0, 100, blobs.CHUNK_SIZE, blobs.CHUNK_SIZE + 1):
        plain = bytes(i % 251 for i in range(size))
        target = io.BytesIO()
        blob_id = bytes([size % 256]) * 16
        blobs.encrypt_stream(io.BytesIO(plain), target, bytes.fromhex(ARCHIVE_ID), 1,
                             ARCHIVE_KEY, blob_id, rng)
        data = target.getvalue()
        blob_vectors.append({
            "plaintext": f"bytes(i % 251 for i in range({size}))",
            "blob_id": blob_id.hex(),
            "length": len(data),
            "sha256": hashlib.sha256(data).hexdigest(),
            "first_200_bytes": data[:200].hex(),
        })
    out["blobs"] = blob_vectors
    record = records.Record(DEVICE, 42, "c1c2c3c4c5c6c7c8", IDENTITY.member,
                            "2026-01-02T03:04:05Z",
                            ({"op": "set", "type": "order", "item": "e1e2e3e4e5e6e7e8",
                              "fields": {"title": "Kamera", "total": {"amount": "7250000",
                                                                      "currency": "IDR"}},
                              "base": {}},
                             {"op": "add", "type": "order", "item": "e1e2e3e4e5e6e7e8",
                              "set": "tags", "value": "elektronik"}))
    out["record"] = {
        "path": f"journal/{DEVICE}/42-c1c2c3c4c5c6c7c8.rec",
        "bytes": records.encode_record(record, bytes.fromhex(ARCHIVE_ID), 1,
                                       records.record_key(ARCHIVE_KEY), rng).hex(),
    }
    return out


if __name__ == "__main__":
    print(json.dumps(build(), indent=1, ensure_ascii=False, sort_keys=True))
