"""Golden archives: byte-exact rebuilds, and every committed version opens forever."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from desktop.archive import Archive, WrongPassphrase

import archive_golden  # noqa: E402  (tests/archive is on sys.path: prepend import mode)

GOLDEN = Path(__file__).parent / "golden"
VERSIONS = sorted(p for p in GOLDEN.iterdir() if p.is_dir())


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file()}


CURRENT = GOLDEN / "v2-roster2"  # what today's code writes (format 2, roster version 2)


def test_there_is_a_golden_archive_for_every_version():
    assert GOLDEN / "v1" in VERSIONS and CURRENT in VERSIONS


def test_rebuild_is_byte_exact(tmp_path):
    facts = archive_golden.build(tmp_path / "archive", tmp_path)
    expected = json.loads((CURRENT / "expected.json").read_text())
    assert facts == expected
    built = _tree(tmp_path / "archive")
    built = {k: v for k, v in built.items() if not k.startswith(".tmp/")}
    golden = _tree(CURRENT / "archive")
    assert sorted(built) == sorted(golden)
    for name, data in golden.items():
        assert hashlib.sha256(built[name]).hexdigest() == hashlib.sha256(data).hexdigest(), name


@pytest.mark.parametrize("version", VERSIONS, ids=lambda p: p.name)
def test_golden_opens_with_passphrase_and_recovery_key(version, tmp_path):
    expected = json.loads((version / "expected.json").read_text())
    folder = version / "archive"
    before = _tree(folder)
    for kwargs in ({"passphrase": expected["passphrase"]},
                   {"recovery_key": expected["recovery_key"]}):
        archive = Archive.open(folder, data_dir=tmp_path, device="fedcba9876543210", **kwargs)
        assert archive.problems == []
        order = archive.get(expected["order"])
        assert order.fields["title"] == "Kamera mirrorless"
        assert order.fields["status"] == "delivered"
        assert order.tags == ("elektronik",)
        assert order.attachments == (expected["attachment"],)
        assert archive.get(expected["seller"]).fields["name"] == "Toko Elektronik Jaya"
        assert b"".join(archive.read_attachment(expected["attachment"])) == \
            archive_golden.ATTACHMENT
        assert [i.type for i in archive.search("reembolso")] == ["note"]
        assert archive.verify().ok
        archive.lock()
    with pytest.raises(WrongPassphrase):
        Archive.open(folder, "wrong", data_dir=tmp_path, device="fedcba9876543210")
    assert _tree(folder) == before, "opening must never change a golden archive"
