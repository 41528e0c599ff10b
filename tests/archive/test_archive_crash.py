"""Crash injection: a writer process is killed with SIGKILL at random points, 100+ times.

Every write the writer acknowledged (its call returned, so the UI would have said "saved")
must be there afterwards, and ``verify`` must find nothing damaged: files appear under their
final names only when complete and durable.
"""

from __future__ import annotations

import hashlib
import io
import multiprocessing
import os
import random
import signal
import sys
import time
from multiprocessing.connection import Connection

import pytest

from archive_helpers import open_archive

KILLS = 104
PER_ARCHIVE = 26

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs forkserver and SIGKILL")


def _writer(folder, device: str, seed: int, acks: Connection) -> None:
    """Child process: write forever, acknowledging each completed write on ``acks``."""
    rnd = random.Random(seed)
    archive = open_archive(folder, device=device)
    order = None
    n = 0
    while True:
        n += 1
        if order is None or rnd.random() < 0.3:
            order = archive.put("order", title=f"order {seed}-{n}")
            line = f"order {order} order {seed}-{n}\n"
        elif rnd.random() < 0.5:
            payload = rnd.randbytes(rnd.choice([10, 5000, 70_000, 300_000]))
            attachment = archive.add_attachment(io.BytesIO(payload), name=f"{n}.bin",
                                                order=order)
            line = f"blob {attachment} {hashlib.sha256(payload).hexdigest()}\n"
        else:
            archive.tag(order, f"t{n}")
            line = f"tag {order} t{n}\n"
        acks.send_bytes(line.encode())


def _run_and_kill(ctx, folder, device: str, seed: int, rnd: random.Random) -> list[str]:
    receiver, sender = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_writer, args=(folder, device, seed, sender), daemon=True)
    child.start()
    sender.close()  # only the child holds the writing end: EOF once it dies
    wanted_acks = rnd.randint(0, 6)
    acks: list[str] = []
    deadline = time.monotonic() + 30
    while len(acks) < wanted_acks and time.monotonic() < deadline:
        if receiver.poll(0.05):
            try:
                acks.append(receiver.recv_bytes().decode())
            except EOFError:
                break
    time.sleep(rnd.uniform(0, 0.004))
    os.kill(child.pid, signal.SIGKILL)
    child.join(30)
    assert child.exitcode == -signal.SIGKILL
    while True:  # acks sent before the kill still count
        try:
            acks.append(receiver.recv_bytes().decode())
        except EOFError:
            break
    receiver.close()
    return [line.rstrip("\n") for line in acks]


def test_kill_9_at_random_points_loses_no_acknowledged_write(make_archive):
    # forkserver: children fork from a clean single-threaded server, not from this process,
    # which may run Qt or pytest-timeout threads (forking those can deadlock the child).
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["desktop.archive", "archive_helpers", __name__])
    rnd = random.Random(20260123)
    acknowledged = 0
    interrupted = 0
    for round_ in range(KILLS // PER_ARCHIVE):
        archive, folder = make_archive(f"crash{round_}.shopsafe")
        archive.lock()
        expected: list[str] = []
        for kill in range(PER_ARCHIVE):
            device = rnd.choice(["1111111111111111", "2222222222222222"])
            expected += _run_and_kill(ctx, folder, device, round_ * 1000 + kill, rnd)
        interrupted += sum(1 for p in (folder / ".tmp").rglob("*") if p.is_file())
        reopened = open_archive(folder, device="3333333333333333")
        assert reopened.problems == []
        report = reopened.verify()
        assert report.ok, report.damaged_paths
        for line in expected:
            kind, item, value = line.split(" ", 2)
            merged = reopened.get(item)
            if kind == "order":
                assert merged.fields["title"] == value
            elif kind == "tag":
                assert value in merged.tags
            else:
                data = b"".join(reopened.read_attachment(item))
                assert hashlib.sha256(data).hexdigest() == value
                assert item in reopened.get(merged.fields["order"]).attachments
        acknowledged += len(expected)
        reopened.lock()
    assert acknowledged > 100, "the kills must land after real writes too"
    # Left-over temporaries prove some kills landed in the middle of a write.
    assert interrupted > 5, interrupted
    print(f"{acknowledged} acknowledged writes, {interrupted} interrupted")


def _passwd_loop(folder, acks: Connection) -> None:
    """Child: change the passphrase back and forth, acknowledging each completed change."""
    from desktop.archive import KDF_FLOOR

    current, other = "one", "two"
    archive = open_archive(folder, current, device="4444444444444444")
    while True:
        archive.change_passphrase(other, kdf=KDF_FLOOR)
        acks.send_bytes(other.encode())
        current, other = other, current


def test_kill_9_during_passphrase_changes_never_locks_the_owner_out(make_archive):
    from desktop.archive import KDF_FLOOR, WrongPassphrase

    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["desktop.archive", "archive_helpers", __name__])
    archive, folder = make_archive()
    archive.change_passphrase("one", kdf=KDF_FLOOR)
    order = archive.put("order", title="tetap ada")
    archive.lock()
    rnd = random.Random(99)
    last = "one"
    for _ in range(20):
        receiver, sender = ctx.Pipe(duplex=False)
        child = ctx.Process(target=_passwd_loop, args=(folder, sender), daemon=True)
        child.start()
        sender.close()
        if receiver.poll(20) and rnd.random() < 0.5:
            receiver.recv_bytes()
        time.sleep(rnd.uniform(0, 0.06))
        os.kill(child.pid, signal.SIGKILL)
        child.join(30)
        while True:
            try:
                last = receiver.recv_bytes().decode()
            except EOFError:
                break
        opened = None
        for candidate in (last, "one" if last == "two" else "two"):
            try:
                opened = open_archive(folder, candidate, device="5555555555555555")
                break
            except WrongPassphrase:
                continue
        assert opened is not None, "a crash during a passphrase change locked the owner out"
        assert opened.get(order).fields["title"] == "tetap ada"
        if opened.verify().ok is False:
            pytest.fail(str(opened.verify().damaged_paths))
        # Restart from a known passphrase for the next child.
        if candidate != "one":
            opened.change_passphrase("one", kdf=KDF_FLOOR)
        opened.lock()
        last = "one"


def test_new_blob_and_journal_folders_are_fsynced_into_their_parents(make_archive, monkeypatch):
    """A crash right after a write must not lose the folder the file was written into."""
    from pathlib import Path

    from archive_helpers import open_archive
    from desktop.archive import fsio

    archive, folder = make_archive()
    synced: list[str] = []
    real = fsio.fsync_dir
    monkeypatch.setattr(fsio, "fsync_dir",
                        lambda path: (synced.append(Path(path).relative_to(folder).as_posix()),
                                      real(path))[1])
    other = open_archive(folder, device="eeeeeeeeeeeeeeee")
    other.put("order", title="first write from a new PC")
    attachment = other.add_attachment(io.BytesIO(b"receipt"), name="r.txt")
    blob = other.get(attachment).fields["blob"]
    # The new folder's parent is synced after the folder is made, then the folder itself
    # after the file is linked into it.
    assert synced.index("journal") < synced.index("journal/eeeeeeeeeeeeeeee")
    assert synced.index("objects") < synced.index(f"objects/{blob[:2]}")
