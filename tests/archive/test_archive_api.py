"""The public API of desktop.archive: complete __all__, documented, temporaries swept."""

from __future__ import annotations

import inspect
import os
import time

import desktop.archive as archive_pkg
from archive_helpers import open_archive


def test_all_is_complete_and_sorted():
    public = {name for name, value in vars(archive_pkg).items()
              if not name.startswith("_") and not inspect.ismodule(value)}
    assert set(archive_pkg.__all__) == public
    assert list(archive_pkg.__all__) == sorted(archive_pkg.__all__)


def test_public_classes_and_functions_are_documented():
    for name in archive_pkg.__all__:
        value = getattr(archive_pkg, name)
        if inspect.isclass(value) or inspect.isfunction(value):
            assert inspect.getdoc(value), name
    for name, method in inspect.getmembers(archive_pkg.Archive, inspect.isfunction):
        if not name.startswith("_") and name not in {"new_id", "rng", "identity"}:
            assert method.__doc__, f"Archive.{name}"
    for name, member in inspect.getmembers(archive_pkg.Session):
        if not name.startswith("_") and (inspect.isfunction(member) or isinstance(member, property)):
            assert member.__doc__, f"Session.{name}"


def test_stale_temporaries_are_swept_fresh_ones_kept(make_archive):
    archive, folder = make_archive()
    tmp = folder / ".tmp" / archive.device
    stale, fresh = tmp / "00112233445566aa.rec.tmp", tmp / "00112233445566bb.blob.tmp"
    foreign = tmp / "notes.txt"  # not a name ShopSafe writes: never swept
    for path in (stale, fresh, foreign):
        path.write_bytes(b"x")
    old = time.time() - 3 * 86400
    os.utime(stale, (old, old))
    os.utime(foreign, (old, old))
    open_archive(folder, device=archive.device)
    assert not stale.exists() and fresh.exists() and foreign.exists()


class _Zeros:
    """A 48 MiB readable stream that exists nowhere in memory at once."""

    def __init__(self, size: int) -> None:
        self.left = size

    def read(self, n: int = -1) -> bytes:
        n = self.left if n < 0 else min(n, self.left)
        self.left -= n
        return bytes(n)


def test_large_attachments_stream_in_and_out_in_constant_memory(make_archive, tmp_path):
    import tracemalloc

    archive, _ = make_archive()
    size = 48 * 1024 * 1024
    tracemalloc.start()
    try:
        attachment = archive.add_attachment(_Zeros(size), name="big.bin")
        _, peak_in = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        total = sum(len(chunk) for chunk in archive.read_attachment(attachment))
        _, peak_out = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert total == size
    assert archive.get(attachment).fields["size"] == size
    assert peak_in < 4 * 1024 * 1024, peak_in
    assert peak_out < 4 * 1024 * 1024, peak_out


def test_read_bytes_for_viewing_with_a_limit(make_archive):
    import io

    import pytest

    from desktop.archive import ItemNotFound

    archive, _ = make_archive()
    order = archive.put("order", title="x")
    small = archive.add_attachment(io.BytesIO(b"\x89PNG" + bytes(1000)), name="s.png")
    assert archive.read_bytes(small) == b"\x89PNG" + bytes(1000)
    with pytest.raises(ValueError):
        archive.read_bytes(small, limit=10)
    with pytest.raises(ItemNotFound):
        archive.read_attachment(order)
    archive.put("attachment", small, blob="../../../etc/passwd")
    with pytest.raises(ItemNotFound):
        archive.read_attachment(small)


def test_floats_are_refused_money_goes_in_as_text(make_archive):
    import pytest

    from desktop.archive.encoding import FormatError

    archive, _ = make_archive()
    with pytest.raises(FormatError):
        archive.put("cost", breakdown={"shipping": 12.5})
    assert archive.items() == []
    archive.put("cost", breakdown={"shipping": "12.50", "quantity": 2})


def test_detach_attachment_keeps_the_blob(make_archive):
    import io

    archive, _ = make_archive()
    order = archive.put("order", title="Sepatu")
    attachment = archive.add_attachment(io.BytesIO(b"struk"), name="s.txt", order=order)
    archive.detach_attachment(order, attachment)
    assert archive.get(order).attachments == ()
    assert archive.read_bytes(attachment) == b"struk"
    assert archive.verify().ok
