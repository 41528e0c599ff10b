"""The archive's one door: open/create → Session; rows, search, add, export, verify, lock."""

from __future__ import annotations

import ast
import threading
import types
from pathlib import Path

import pytest

import desktop.archive as archive_api
from desktop.archive import (
    KDF_FLOOR,
    ArchiveLocked,
    ItemNotFound,
    WrongPassphrase,
    create_archive,
    open_archive,
    passphrase_strength,
)

PASS = "correct horse battery staple"
ARCHIVE_DIR = Path(archive_api.__file__).parent


@pytest.fixture
def session(tmp_path):
    made = create_archive(tmp_path / "S.shopsafe", PASS, name="Ana", kdf=KDF_FLOOR,
                          data_dir=tmp_path)
    yield made
    made.lock()


def test_all_is_complete_and_sorted():
    # Submodules appear as attributes once imported; they are not part of the facade.
    public = {n for n in dir(archive_api) if not n.startswith("_")
              and not isinstance(getattr(archive_api, n), types.ModuleType)}
    assert public == set(archive_api.__all__)
    assert archive_api.__all__ == sorted(archive_api.__all__, key=str.casefold) or \
        archive_api.__all__ == sorted(archive_api.__all__)


def test_no_module_of_the_archive_imports_the_store_lazily_or_behind_type_checking():
    """The store imports unlock and verify; they never import it back (no hidden cycle)."""
    for path in ARCHIVE_DIR.glob("*.py"):
        if path.name in {"__init__.py", "store.py", "session.py", "opening.py"}:
            continue
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module in (
                    "desktop.archive.store", "desktop.archive.session"):
                pytest.fail(f"{path.name} imports {node.module}")
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.dump(node.test):
                pytest.fail(f"{path.name} hides imports behind TYPE_CHECKING")


def test_orders_files_notes_reports_and_search(session, tmp_path):
    order = session.add_order(title="Sepatu lari", seller="Toko Jaya Café", total="Rp 250.000",
                              date="2026-11-02", tags=["sepatu"])
    receipt = tmp_path / "struk.pdf"
    receipt.write_bytes(b"%PDF-1.4 struk")
    first = session.add_file(order, receipt)
    second = session.add_bytes(order, b"\x89PNG fake", "chat.png")
    session.add_note(order, "Penjual janji refund minggu depan")
    session.add_check_report(order, {"verdict": "caution", "answers": {"cod": True}},
                             title="tokojaya.example", summary="Be careful")
    session.add_cost_breakdown(order, {"total": "Rp 262.500"}, title="Total")
    row = session.order(order)
    assert (row.title, row.seller, row.total, row.date, row.status) == \
        ("Sepatu lari", "Toko Jaya Café", "Rp 250.000", "2026-11-02", "open")
    assert row.tags == ("sepatu",) and row.file_count == 2 and not row.needs_review
    files = session.attachments(order)
    assert sorted((a.id, a.name, a.kind) for a in files) == sorted([
        (first, "struk.pdf", "receipt"), (second, "chat.png", "screenshot")])
    assert session.read_bytes(second) == b"\x89PNG fake"
    assert [n.text for n in session.notes(order)] == ["Penjual janji refund minggu depan"]
    assert [(r.kind, r.data) for r in session.reports(order)] == [
        ("check", {"verdict": "caution", "answers": {"cod": True}}),
        ("costs", {"total": "Rp 262.500"})]
    for words in ("cafe", "refund", "chat.png", "struk"):
        assert [o.id for o in session.search(words)] == [order], words
    assert session.search("nothing-like-this") == []
    assert [a.id for a in session.find_attachments("CHAT.PNG")] == [second]
    target = tmp_path / "out.pdf"
    assert session.export(first, target) == receipt.stat().st_size
    assert target.read_bytes() == receipt.read_bytes()
    session.update_order(order, status="received", notes="ok")
    session.set_tags(order, ["sepatu", "olahraga"])
    assert session.order(order).status == "received"
    assert set(session.order(order).tags) == {"sepatu", "olahraga"}
    with pytest.raises(ValueError):
        session.update_order(order, colour="red")
    with pytest.raises(ItemNotFound):
        session.order(first)  # a file is not an order


def test_recording_lists_what_changed_on_this_thread_only(session):
    with session.recording() as recorder:
        order = session.add_order(title="A")
        attachment = session.add_bytes(order, b"x", "a.txt")
        other_thread = threading.Thread(target=lambda: session.add_order(title="B"))
        other_thread.start()
        other_thread.join()
    changes = recorder.freeze()
    assert changes.orders == {order} and changes.attachments == {attachment}
    assert not changes.locked


def test_reopen_wrong_passphrase_and_lock(session, tmp_path):
    order = session.add_order(title="Kulkas")
    session.lock()
    assert session.locked
    with pytest.raises(ArchiveLocked):
        session.orders()
    with pytest.raises(WrongPassphrase):
        open_archive(session.folder, "wrong", data_dir=tmp_path)
    again = open_archive(session.folder, PASS, data_dir=tmp_path)
    assert [o.id for o in again.orders()] == [order]
    assert again.verify().ok


def test_verify_names_order_and_file(session):
    order = session.add_order(title="Kamera")
    session.add_bytes(order, b"receipt" * 1000, "nota.pdf")
    blob = next((session.folder / "objects").rglob("*.blob"))
    data = bytearray(blob.read_bytes())
    data[-5] ^= 1
    blob.write_bytes(bytes(data))
    result = session.verify()
    assert not result.ok
    assert [(d.order_title, d.file_name) for d in result.damaged] == [("Kamera", "nota.pdf")]


@pytest.mark.parametrize(("passphrase", "weak"), [
    ("password1", True), ("jakarta2024", True), ("qwertyuiop", True),
    ("correct horse battery staple", False), ("Kucing oranye makan 3 pisang goreng", False)])
def test_strength(passphrase, weak):
    strength = passphrase_strength(passphrase)
    assert strength.weak is weak
    assert (strength.reason is not None) is weak
