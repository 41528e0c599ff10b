"""The format-level vectors in tests/archive/vectors/ still hold, both ways."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.archive import keys, records
from desktop.archive.keys import Identity

import archive_vectors  # noqa: E402

VECTORS = json.loads((Path(__file__).parent / "vectors" / "format_v1.json").read_text("utf-8"))


def test_writer_reproduces_the_vectors_byte_for_byte():
    assert archive_vectors.build() == VECTORS


def test_reader_decodes_the_vectors():
    archive_id = VECTORS["archive_id"]
    key = bytes.fromhex(VECTORS["archive_key"])
    slot = VECTORS["passphrase_slot"]
    doc, _ = keys.parse_slot(slot["file"].encode(), archive_id)
    identity = keys.open_slot(doc, keys.normalize_passphrase(slot["passphrase"]))
    assert identity.x25519_private.hex() == VECTORS["identity"]["x25519_private"]
    member = keys.parse_member(VECTORS["member_file"].encode(), archive_id)
    assert member.ed25519_public.hex() == VECTORS["identity"]["ed25519_public"]
    gdoc, sig = keys.parse_grant(VECTORS["grant"].encode(), archive_id)
    keys.check_signature(gdoc, "grant", sig, member.ed25519_public)
    assert keys.open_grant(gdoc, identity) == key
    assert keys.parse_recovery_key(VECTORS["recovery_key"]["text"]).hex() == \
        VECTORS["recovery_key"]["bytes"]
    device, name = VECTORS["record"]["path"].split("/")[1:]
    record = records.decode_record(bytes.fromhex(VECTORS["record"]["bytes"]),
                                   bytes.fromhex(archive_id), device,
                                   records.parse_record_name(name),
                                   {1: records.record_key(key)})
    assert record.ops[0]["fields"]["title"] == "Kamera"
    assert isinstance(identity, Identity)
