"""The inbox folder (phone → PC) through the real window: new files are imported into the
"Inbox" order and removed only after the archive copy was read back and verified; files still
arriving and failing imports stay in the folder, and the page says why."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from desktop.settings import INBOX_FOLDER
from desktop.ui import archive_inbox, archive_inbox_watcher
from desktop.ui.archive_inbox import INBOX_TAG, is_partial, scan_inbox, settled_names
from tests.ui.test_archive_page import _create, _png, _wait_writes, window  # noqa: F401


@pytest.fixture
def inbox(tmp_path, settings, monkeypatch):
    monkeypatch.setattr(archive_inbox_watcher, "SETTLE_SECONDS", 0.3)
    folder = tmp_path / "Sync" / "ShopSafe inbox"
    folder.mkdir(parents=True)
    settings.set_value(INBOX_FOLDER, str(folder))
    return folder


def _inbox_order(page):
    orders = [o for o in page.session.orders() if INBOX_TAG in o.tags]
    return orders[0] if orders else None


def test_partial_names_and_settling():
    for name in (".syncthing.IMG_1.png.tmp", "~$notes.docx", "IMG_2.png.part", ".~IMG_3.png",
                 "video.mp4.crdownload", "IMG_4.jpg.!sync", "desktop.ini", ".DS_Store"):
        assert is_partial(name), name
    for name in ("IMG_20261204_101500.png", "Screenshot_2026-12-04.jpg", "struk.pdf"):
        assert not is_partial(name), name
    seen: dict = {}
    assert settled_names(seen, {"a.png": (10, 1)}, now=100.0, settle=2) == []
    # Still growing: the clock starts again.
    assert settled_names(seen, {"a.png": (20, 2)}, now=101.5, settle=2) == []
    assert settled_names(seen, {"a.png": (20, 2)}, now=103.0, settle=2) == []
    assert settled_names(seen, {"a.png": (20, 2)}, now=103.6, settle=2) == ["a.png"]
    assert settled_names(seen, {}, now=104.0, settle=2) == [] and seen == {}


def test_inbox_imports_verified_files_and_leaves_partial_ones(qtbot, window, inbox, tmp_path):
    page = window.page("archive")
    assert page.inbox_bar.isHidden() is False
    assert "not encrypted" in page.inbox_bar.where.text()
    _create(qtbot, page)
    shot = _png(inbox / "Screenshot_2026-12-04-101500.png", "TransferProof", size=80)
    digest = hashlib.sha256(shot.read_bytes()).hexdigest()
    arriving = inbox / ".syncthing.Screenshot_2.png.tmp"
    arriving.write_bytes(b"half a picture")
    office = inbox / "~lock.notes.txt"
    office.write_text("lock")
    qtbot.waitUntil(lambda: not shot.exists(), timeout=15_000)
    _wait_writes(qtbot)
    order = _inbox_order(page)
    assert order is not None and order.title == "Inbox" and order.file_count == 1
    (attachment,) = page.session.attachments(order.id)
    assert attachment.name == shot.name and attachment.sha256 == digest
    assert hashlib.sha256(page.session.read_bytes(attachment.id)).hexdigest() == digest
    assert arriving.exists() and office.exists()  # still arriving / not evidence: untouched
    qtbot.waitUntil(lambda: "1 file" in page.inbox_bar.status.text(), timeout=5_000)
    assert "removed from the inbox" in page.inbox_bar.status.text()

    # The sync app finishes: the file gets its real name and is imported into the same order.
    arriving.rename(inbox / "Screenshot_2.png")
    _png(inbox / "Screenshot_2.png", "SecondShot", size=70)
    qtbot.waitUntil(lambda: not (inbox / "Screenshot_2.png").exists(), timeout=15_000)
    _wait_writes(qtbot)
    assert _inbox_order(page).file_count == 2
    assert len([o for o in page.session.orders() if INBOX_TAG in o.tags]) == 1


def test_a_file_still_growing_waits(qtbot, window, inbox, monkeypatch):
    monkeypatch.setattr(archive_inbox_watcher, "SETTLE_SECONDS", 1.0)
    page = window.page("archive")
    _create(qtbot, page)
    growing = inbox / "IMG_0001.jpg.part"
    growing.write_bytes(b"x" * 10)
    qtbot.wait(200)
    target = inbox / "notes.txt"
    with target.open("wb") as handle:  # written in pieces, as a slow sync would
        for _ in range(5):
            handle.write(b"chat log line\n")
            handle.flush()
            os.utime(target)
            qtbot.wait(300)
            assert target.exists()
            assert _inbox_order(page) is None
    qtbot.waitUntil(lambda: not target.exists(), timeout=15_000)
    _wait_writes(qtbot)
    (attachment,) = page.session.attachments(_inbox_order(page).id)
    assert page.session.read_bytes(attachment.id) == b"chat log line\n" * 5
    assert growing.exists()


def test_failing_imports_leave_the_file_and_say_why(qtbot, window, inbox, monkeypatch):
    page = window.page("archive")
    _create(qtbot, page)
    broken = inbox / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 50)
    qtbot.waitUntil(lambda: "broken.png" in page.inbox_bar.status.text(), timeout=15_000)
    assert "Left in the inbox" in page.inbox_bar.status.text()
    assert "damaged" in page.inbox_bar.status.text()
    assert broken.exists()

    # The archive cannot write (a full disk): the file stays, the page says so.
    def full_disk(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(type(page.session), "add_bytes", full_disk)
    receipt = _png(inbox / "receipt.png", "Receipt", size=60)
    qtbot.waitUntil(lambda: "receipt.png" in page.inbox_bar.status.text(), timeout=15_000)
    assert "could not store it" in page.inbox_bar.status.text()
    assert receipt.exists()

    # A copy that does not read back the same is not trusted: the file stays.
    monkeypatch.undo()
    monkeypatch.setattr(archive_inbox_watcher, "SETTLE_SECONDS", 0.3)
    real_read = type(page.session).read_bytes
    monkeypatch.setattr(type(page.session), "read_bytes",
                        lambda self, a, limit=0: real_read(self, a, limit)[:-1] + b"?")
    page.lock()  # an unlock tries refused files again
    from tests.ui.test_archive_page import PASS, _unlock

    _unlock(qtbot, page, PASS)
    qtbot.waitUntil(lambda: "verified" in page.inbox_bar.status.text(), timeout=15_000)
    assert receipt.exists() and broken.exists()
    order = _inbox_order(page)
    assert all(a.name != "receipt.png" for a in page.session.attachments(order.id))


def test_scan_lists_only_files_at_the_top(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "deep.png").write_bytes(b"x")
    (tmp_path / "top.png").write_bytes(b"xy")
    (tmp_path / ".hidden").write_bytes(b"x")
    found = scan_inbox(tmp_path)
    assert list(found) == ["top.png"] and found["top.png"][0] == 2
    with pytest.raises(OSError):
        scan_inbox(tmp_path / "missing")
    assert archive_inbox.INBOX_LIMIT >= 64 * 1024 * 1024
