"""End to end: two real Syncthing instances on loopback sync one family archive while Ibu and
Budi both write to it through the session facade; both PCs converge to the same state with
nothing lost, the concurrent edit of one field is flagged on both with who wrote each version,
and the resolution travels back as a signed record (issue 12).

Select with ``-m syncthing``. Skips only when the ``syncthing`` binary is missing
(``tools/setup.sh`` installs Debian's package).
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from desktop.archive import KDF_FLOOR, create_archive, open_archive, request_membership
from support.syncthing import SyncthingPair, syncthing_binary

pytestmark = [
    pytest.mark.syncthing,
    pytest.mark.slow,
    pytest.mark.skipif(syncthing_binary() is None,
                       reason="the syncthing program is not installed (tools/setup.sh installs "
                              "the Debian package 'syncthing')"),
    pytest.mark.timeout(240),
]

IBU_PASS = "ibu suka kopi tubruk pagi hari"
BUDI_PASS = "budi naik sepeda ke pasar pagi"
ROUNDS = 4


def snapshot(session) -> list:
    return session._archive.state_snapshot()


def write_side(session, who: str, shared: str, start: threading.Barrier,
               made: dict[str, list[str]], errors: list[BaseException]) -> None:
    """One PC's burst of writes: orders with a file and a note each, tags, and edits of the
    shared order (the title on both sides: the concurrent edit)."""
    try:
        start.wait(timeout=30)
        for round_ in range(ROUNDS):
            order = session.add_order(title=f"{who} order {round_}", seller=f"Toko {who}",
                                      total=f"Rp {round_ + 1}00.000", tags=[who.lower()])
            made["orders"].append(order)
            made["files"].append(session.add_bytes(
                order, (f"{who} receipt {round_} ".encode() * 700), f"{who}-{round_}.pdf"))
            made["notes"].append(session.add_note(order, f"{who} note {round_}"))
        session.update_order(shared, title=f"Kulkas ({who})")
        if who == "Ibu":
            session.update_order(shared, status="paid")
        else:
            session.update_order(shared, total="Rp 2.950.000")
            session.add_note(shared, "Budi: garansi 1 tahun")
    except BaseException as exc:  # noqa: BLE001 - reported by the test thread
        errors.append(exc)


def converge(pair: SyncthingPair, sessions, expected_orders: set[str], timeout: float) -> float:
    """Wait for Syncthing, refresh both sessions, until they agree and hold every order."""
    start = time.monotonic()
    while True:
        pair.wait_in_sync(timeout=max(5.0, timeout - (time.monotonic() - start)))
        for session in sessions:
            session.refresh()
        a, b = (snapshot(s) for s in sessions)
        held = {o.id for o in sessions[0].orders()} & {o.id for o in sessions[1].orders()}
        if a == b and expected_orders <= held:
            return time.monotonic() - start
        if time.monotonic() - start > timeout:
            raise AssertionError(f"not converged after {timeout} s: "
                                 f"{len(expected_orders - held)} orders missing")
        time.sleep(0.5)


def test_two_syncthing_peers_converge_while_both_write(tmp_path: Path, record_property):
    ibu_root, budi_root = tmp_path / "pc-ibu" / "Sync", tmp_path / "pc-budi" / "Sync"
    ibu_data, budi_data = tmp_path / "ibu-data", tmp_path / "budi-data"
    ibu_folder = ibu_root / "Keluarga.shopsafe"
    ibu = create_archive(ibu_folder, IBU_PASS, name="Ibu", kdf=KDF_FLOOR, data_dir=ibu_data)
    member, fingerprint = request_membership(ibu_folder, BUDI_PASS, name="Budi",
                                             kdf=KDF_FLOOR, data_dir=budi_data)
    ibu.grant(member, fingerprint)
    shared = ibu.add_order(title="Kulkas", seller="Toko Dingin", total="Rp 3.000.000")
    budi = None
    pair = SyncthingPair.start(tmp_path, ibu_root, budi_root)
    try:
        first = pair.wait_in_sync(timeout=60)
        budi = open_archive(budi_root / "Keluarga.shopsafe", BUDI_PASS, data_dir=budi_data)
        assert budi.order(shared).title == "Kulkas" and budi.problems == []

        start = threading.Barrier(2)
        made = {who: {"orders": [], "files": [], "notes": []} for who in ("Ibu", "Budi")}
        errors: list[BaseException] = []
        threads = [threading.Thread(target=write_side, args=(s, who, shared, start, made[who],
                                                             errors))
                   for s, who in ((ibu, "Ibu"), (budi, "Budi"))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        assert not errors, errors
        expected = {shared, *made["Ibu"]["orders"], *made["Budi"]["orders"]}
        took = converge(pair, (ibu, budi), expected, timeout=90)
        record_property("initial_sync_s", round(first, 2))
        record_property("convergence_s", round(took, 2))
        print(f"\nSyncthing: initial sync {first:.1f} s, convergence after writes {took:.1f} s")

        # Nothing lost: every order, file and note of both sides, readable on both PCs.
        for session in (ibu, budi):
            assert session.problems == []
            for who in ("Ibu", "Budi"):
                for index, order in enumerate(made[who]["orders"]):
                    row = session.order(order)
                    assert row.title == f"{who} order {index}" and row.tags == (who.lower(),)
                    (attachment,) = session.attachments(order)
                    assert session.read_bytes(attachment.id) == \
                        f"{who} receipt {index} ".encode() * 700
                    assert [n.text for n in session.notes(order)] == [f"{who} note {index}"]
            merged = session.order(shared)
            assert (merged.status, merged.total) == ("paid", "Rp 2.950.000")
            assert "Budi: garansi 1 tahun" in [n.text for n in session.notes(shared)]
        # The one concurrent edit is flagged on both PCs, the same way, with both authors.
        (conflict,) = ibu.conflicts()
        assert budi.conflicts() == [conflict]
        assert {(v.value, v.author_name) for v in conflict.versions} == \
            {("Kulkas (Ibu)", "Ibu"), ("Kulkas (Budi)", "Budi")}

        # Budi settles it; the signed resolution syncs back and clears the flag for Ibu.
        budi.resolve_conflict(conflict, "Kulkas (Ibu)")
        converge(pair, (ibu, budi), expected, timeout=60)
        assert ibu.conflicts() == [] and ibu.order(shared).title == "Kulkas (Ibu)"
        assert ibu.verify().ok and budi.verify().ok
    finally:
        pair.stop()
        ibu.lock()
        if budi is not None:
            budi.lock()
