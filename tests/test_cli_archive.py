"""``shopsafe archive …`` end to end: in-process for most commands, a real process for exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main

PASS = "kata sandi keluarga"
FAST = ["--kdf-memory", "19456", "--kdf-iterations", "2"]
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def env(monkeypatch, tmp_path):
    monkeypatch.setenv("SHOPSAFE_PASSPHRASE", PASS)
    monkeypatch.setenv("SHOPSAFE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("SHOPSAFE_LANGUAGE", "en")
    return tmp_path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["archive", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_full_cycle(env, capsys):
    folder = env / "Family.shopsafe"
    receipt = env / "struk.pdf"
    receipt.write_bytes(b"%PDF-1.4 receipt for Kamera " * 100)
    assert run(capsys, "init", str(folder), *FAST, "--name", "Ibu")[0] == 0

    code, out, _ = run(capsys, "add", str(folder), str(receipt), "--seller", "Toko Jaya Café",
                       "--title", "Kamera", "--tag", "elektronik", "--json")
    assert code == 0
    added = json.loads(out)
    order, attachment = added["order"], added["attachments"][0]["id"]

    code, out, _ = run(capsys, "list", str(folder), "--json")
    listed = {i["id"]: i for i in json.loads(out)}
    assert listed[order]["tags"] == ["elektronik"]
    assert listed[attachment]["fields"]["mime"] == "application/pdf"

    code, out, _ = run(capsys, "search", str(folder), "CAFE", "--json")
    assert [i["id"] for i in json.loads(out)] == [order]

    code, out, _ = run(capsys, "show", str(folder), order)
    assert "Kamera" in out and attachment in out

    target = env / "out.pdf"
    assert run(capsys, "export", str(folder), attachment, str(target))[0] == 0
    assert target.read_bytes() == receipt.read_bytes()
    code, _, err = run(capsys, "export", str(folder), attachment, str(target))
    assert code == 2 and "already exists" in err
    assert run(capsys, "export", str(folder), order, str(env / "pack"))[0] == 0
    assert (env / "pack" / f"{attachment}-struk.pdf").read_bytes() == receipt.read_bytes()

    code, out, _ = run(capsys, "verify", str(folder), "--json")
    assert code == 0 and json.loads(out)["ok"] is True


def test_passphrase_file_passwd_and_recovery(env, capsys, monkeypatch):
    folder = env / "A.shopsafe"
    assert run(capsys, "init", str(folder), *FAST)[0] == 0
    run(capsys, "add", str(folder), __file__, "--title", "Tas")
    new_file = env / "new.txt"
    new_file.write_text("ganti sandi\n")
    assert run(capsys, "passwd", str(folder), "--new-passphrase-file", str(new_file), *FAST)[0] == 0
    code, _, err = run(capsys, "list", str(folder))
    assert code == 2 and "passphrase or recovery key is wrong" in err
    monkeypatch.delenv("SHOPSAFE_PASSPHRASE")
    code, out, _ = run(capsys, "list", str(folder), "--passphrase-file", str(new_file))
    assert code == 0 and "Tas" in out

    key_file = env / "recovery.txt"
    code, out, _ = run(capsys, "recovery", str(folder), "--passphrase-file", str(new_file),
                       "--output", str(key_file))
    assert code == 0 and key_file.stat().st_mode & 0o077 == 0
    code, out, _ = run(capsys, "list", str(folder), "--recovery-key-file", str(key_file))
    assert code == 0 and "Tas" in out
    # Forgot the passphrase: the recovery key sets a new one.
    monkeypatch.setenv("SHOPSAFE_NEW_PASSPHRASE", "sandi baru")
    assert run(capsys, "passwd", str(folder), "--recovery-key-file", str(key_file), *FAST)[0] == 0
    monkeypatch.setenv("SHOPSAFE_PASSPHRASE", "sandi baru")
    code, out, _ = run(capsys, "list", str(folder))
    assert code == 0 and "Tas" in out


def test_prompted_passphrase(env, capsys, monkeypatch):
    monkeypatch.delenv("SHOPSAFE_PASSPHRASE")
    answers = iter(["prompted", "prompted"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    folder = env / "P.shopsafe"
    assert run(capsys, "init", str(folder), *FAST)[0] == 0
    monkeypatch.setattr("getpass.getpass", lambda prompt="": "prompted")
    assert run(capsys, "verify", str(folder))[0] == 0


def test_verify_exits_non_zero_naming_every_damaged_file(env, capsys):
    folder = env / "D.shopsafe"
    assert run(capsys, "init", str(folder), *FAST)[0] == 0
    for n in range(3):
        run(capsys, "add", str(folder), __file__, "--title", f"order {n}")
    records = sorted((folder / "journal").rglob("*.rec"))
    blob = next((folder / "objects").rglob("*.blob"))
    damaged = [records[0], records[-1], blob]
    for path in damaged:
        data = bytearray(path.read_bytes())
        data[len(data) // 2] ^= 0x40
        path.write_bytes(bytes(data))
    environ = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-m", "desktop", "archive", "verify", str(folder)],
                            capture_output=True, text=True, env=environ, cwd=ROOT, timeout=120)
    assert result.returncode == 1, result.stderr
    for path in damaged:
        assert path.relative_to(folder).as_posix() in result.stdout
    assert "3 damaged" in result.stderr
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "archive", "verify", str(folder), "--json"],
        capture_output=True, text=True, env=environ, cwd=ROOT, timeout=120)
    report = json.loads(result.stdout)
    assert result.returncode == 1 and report["ok"] is False
    assert sorted(d["path"] for d in report["damaged"]) == \
        sorted(p.relative_to(folder).as_posix() for p in damaged)
    assert all(p.exists() for p in damaged), "verify never deletes"


def test_errors_are_messages_not_tracebacks(env, capsys):
    code, _, err = run(capsys, "list", str(env / "missing"))
    assert code == 2 and "No ShopSafe archive" in err and "Traceback" not in err
    folder = env / "E.shopsafe"
    run(capsys, "init", str(folder), *FAST)
    code, _, err = run(capsys, "init", str(folder), *FAST)
    assert code == 2 and "already holds an archive" in err
    code, _, err = run(capsys, "show", str(folder), "0123456789abcdef")
    assert code == 2 and "0123456789abcdef" in err


def test_join_members_grant(env, capsys, monkeypatch):
    folder = env / "Family.shopsafe"
    assert run(capsys, "init", str(folder), *FAST, "--name", "Ibu")[0] == 0
    run(capsys, "add", str(folder), __file__, "--title", "Kulkas")
    budi_pass = env / "budi.txt"
    budi_pass.write_text("sandi budi\n")
    code, joined, _ = run(capsys, "join", str(folder), "--passphrase-file", str(budi_pass),
                          "--name", "Budi", *FAST)
    assert code == 0 and "fingerprint" in joined
    code, out, _ = run(capsys, "members", str(folder), "--json")
    members = {m["name"]: m for m in json.loads(out)}
    assert members["Ibu"]["has_access"] and members["Ibu"]["you"]
    budi = members["Budi"]
    assert not budi["has_access"]
    assert budi["fingerprint"] in joined  # what Budi reads out is what Ibu sees
    code, _, err = run(capsys, "list", str(folder), "--passphrase-file", str(budi_pass))
    assert code == 2 and "grant you access" in err
    assert run(capsys, "grant", str(folder), budi["member"], "--fingerprint", "WRONG-0000")[0] == 2
    assert run(capsys, "grant", str(folder), budi["member"],
               "--fingerprint", budi["fingerprint"])[0] == 0
    code, out, _ = run(capsys, "list", str(folder), "--passphrase-file", str(budi_pass))
    assert code == 0 and "Kulkas" in out


@pytest.mark.parametrize(("lang", "created", "role", "you"), [
    ("es", "Se ha creado el archivo", "miembro", "(tú)"),
    ("id", "sudah dibuat", "anggota", "(Anda)"),
])
def test_lang_option_speaks_the_users_language(env, lang, created, role, you):
    """--lang (or SHOPSAFE_LANGUAGE) picks the language through the CLI's shared translators;
    roles are words, not the format's codes."""
    folder = env / "Keluarga.shopsafe"
    environ = dict(os.environ, PYTHONPATH=str(ROOT))

    def shopsafe(*argv):
        return subprocess.run([sys.executable, "-m", "desktop", "archive", *argv],
                              capture_output=True, text=True, env=environ, cwd=ROOT, timeout=120)

    result = shopsafe("init", str(folder), *FAST, "--name", "Ibu", "--lang", lang)
    assert result.returncode == 0, result.stderr
    assert created in result.stdout
    environ["SHOPSAFE_LANGUAGE"] = lang
    result = shopsafe("members", str(folder))
    assert result.returncode == 0, result.stderr
    assert role in result.stdout and you in result.stdout and " member " not in result.stdout
