"""Deletion and rollback are reported, never silent (issue 17): through ``shopsafe archive``.

Each record carries its device's sequence number and the hash of the device's previous
record, and each PC remembers the highest sequence it saw per device, so a deleted newest
record, a deleted device folder or an older copy of the whole folder is named in plain words,
with exit status 1 and what can be recovered."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from support.archive_cli import FAST, PASS, run, use_cli_env



@pytest.fixture
def env(monkeypatch, tmp_path):
    return use_cli_env(monkeypatch, tmp_path, "ibu-pc")


def _family(env: Path, capsys, orders: int = 3) -> Path:
    folder = env / "Family.shopsafe"
    assert run(capsys, "init", str(folder), *FAST, "--name", "Ibu")[0] == 0
    for n in range(orders):
        assert run(capsys, "add", str(folder), __file__, "--title", f"order {n}")[0] == 0
    assert run(capsys, "verify", str(folder))[0] == 0
    return folder


def _records(folder: Path) -> list[Path]:
    """This archive's records, newest (highest clock) last."""
    return sorted(folder.glob("journal/*/*.rec"), key=lambda p: int(p.name.split("-")[0]))


def _assert_missing(capsys, folder: Path, text: str) -> None:
    code, out, err = run(capsys, "verify", str(folder))
    assert code == 1, (out, err)
    assert text in out, out
    assert "version history" in err and "backup" in err  # what can be recovered
    code, out, err = run(capsys, "verify", str(folder), "--json")
    assert code == 1 and any(text in d["reason"] for d in json.loads(out)["damaged"])
    code, out, err = run(capsys, "list", str(folder))
    assert code == 0 and text in err  # every command warns, and still works


def test_deleted_newest_record_is_reported(env, capsys):
    folder = _family(env, capsys)
    _records(folder)[-1].unlink()
    _assert_missing(capsys, folder, "1 record written by Ibu's PC is missing")


def test_deleted_records_in_the_middle_are_reported_even_on_a_new_pc(env, capsys, monkeypatch):
    folder = _family(env, capsys)
    for path in _records(folder)[2:5]:
        path.unlink()
    monkeypatch.setenv("SHOPSAFE_DATA_DIR", str(env / "new-pc"))  # no memory of this archive
    _assert_missing(capsys, folder, "3 records written by Ibu's PC are missing")


def test_deleted_device_folder_is_reported(env, capsys, monkeypatch):
    folder = _family(env, capsys, orders=1)
    budi_pass = env / "budi.txt"
    budi_pass.write_text("sandi budi\n")
    monkeypatch.setenv("SHOPSAFE_DATA_DIR", str(env / "budi-pc"))
    code, out, _ = run(capsys, "join", str(folder), "--passphrase-file", str(budi_pass),
                       "--name", "Budi", *FAST)
    member, fingerprint = out.split("member ")[1].split(",")[0], out.split("fingerprint ")[1][:19]
    monkeypatch.setenv("SHOPSAFE_DATA_DIR", str(env / "ibu-pc"))
    assert run(capsys, "grant", str(folder), member, "--fingerprint", fingerprint)[0] == 0
    monkeypatch.setenv("SHOPSAFE_DATA_DIR", str(env / "budi-pc"))
    for n in range(2):
        assert run(capsys, "add", str(folder), __file__, "--title", f"Budi {n}",
                   "--passphrase-file", str(budi_pass))[0] == 0
    budi_device = next(iter(json.loads((env / "budi-pc" / "archive-devices.json").read_text())
                            .values()))
    monkeypatch.setenv("SHOPSAFE_DATA_DIR", str(env / "ibu-pc"))
    assert run(capsys, "verify", str(folder))[0] == 0  # Ibu's PC sees Budi's 4 records
    shutil.rmtree(folder / "journal" / budi_device)
    _assert_missing(capsys, folder, "4 records written by Budi's PC are missing")


def test_restored_older_copy_of_the_folder_is_reported(env, capsys):
    folder = _family(env, capsys, orders=1)
    shutil.copytree(folder, env / "backup")
    for n in range(2):
        assert run(capsys, "add", str(folder), __file__, "--title", f"later {n}")[0] == 0
    shutil.move(folder, env / "current")
    shutil.copytree(env / "backup", folder)
    _assert_missing(capsys, folder, "4 records written by Ibu's PC are missing")
    # Once the records are back, nothing is reported any more.
    shutil.rmtree(folder)
    shutil.move(env / "current", folder)
    assert run(capsys, "verify", str(folder))[0] == 0


def test_rotate_remove_and_upgrade_commands(env, capsys, monkeypatch):
    """The command line removes a member (rotate --remove) and upgrades a format-1 archive."""
    folder = _family(env, capsys, orders=1)
    budi_pass = env / "budi.txt"
    budi_pass.write_text("sandi budi\n")
    code, out, _ = run(capsys, "join", str(folder), "--passphrase-file", str(budi_pass),
                       "--name", "Budi", *FAST)
    member, fingerprint = out.split("member ")[1].split(",")[0], out.split("fingerprint ")[1][:19]
    assert run(capsys, "grant", str(folder), member, "--fingerprint", fingerprint)[0] == 0
    code, out, _ = run(capsys, "rotate", str(folder), "--remove", member)
    assert code == 0 and "generation 2" in out and member in out
    code, out, _ = run(capsys, "members", str(folder), "--json")
    assert {m["name"]: m["has_access"] for m in json.loads(out)} == {"Ibu": True, "Budi": False}
    assert run(capsys, "add", str(folder), __file__, "--title", "after removal")[0] == 0
    monkeypatch.setenv("SHOPSAFE_DATA_DIR", str(env / "budi-pc"))
    code, out, err = run(capsys, "list", str(folder), "--passphrase-file", str(budi_pass))
    assert code == 0 and "order 0" in out and "after removal" not in out

    golden = Path(__file__).parent / "golden" / "v1"
    old = env / "old.shopsafe"
    shutil.copytree(golden / "archive", old)
    monkeypatch.setenv("SHOPSAFE_PASSPHRASE", json.loads((golden / "expected.json")
                                                         .read_text())["passphrase"])
    code, _, err = run(capsys, "rotate", str(old))
    assert code == 2 and "upgrade" in err
    code, out, _ = run(capsys, "upgrade", str(old))
    assert code == 0 and "format 2" in out and "recovery key" in out
    assert run(capsys, "upgrade", str(old))[1].strip() == "This archive already uses format 2."
    assert run(capsys, "verify", str(old))[0] == 0


def test_opening_warns_in_every_command_and_session_problems_carry_it(env, capsys,
                                                                       monkeypatch):
    """Not only verify: list, show and search warn on stderr in the user's language, and the
    session exposes the loss for the window."""
    folder = _family(env, capsys)
    code, out, _ = run(capsys, "list", str(folder), "--json")
    order = json.loads(out)[0]["id"]
    _records(folder)[-1].unlink()
    monkeypatch.setenv("SHOPSAFE_LANGUAGE", "id")
    for argv in (("list", str(folder)), ("show", str(folder), order),
                 ("search", str(folder), "order")):
        code, out, err = run(capsys, *argv)
        assert code == 0, err
        assert "1 catatan yang ditulis oleh PC milik Ibu hilang" in err, err
        assert "riwayat versi" in err  # what can be recovered, translated too
    from desktop.archive import MissingRecords, open_archive

    session = open_archive(folder, PASS, data_dir=env / "ibu-pc")
    try:
        missing = [p for p in session.problems if isinstance(p, MissingRecords)]
        assert [p.count for p in missing] == [1]
        assert missing[0].path.startswith("journal/")
    finally:
        session.lock()
