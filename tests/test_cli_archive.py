"""``shopsafe archive …`` end to end: in-process for most commands, a real process for exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from support.archive_cli import FAST, PASS, run, use_cli_env

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def env(monkeypatch, tmp_path):
    return use_cli_env(monkeypatch, tmp_path)


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
    assert listed[order]["seller"] == "Toko Jaya Café"
    assert [(f["id"], f["name"], f["mime"]) for f in listed[order]["files"]] == \
        [(attachment, "struk.pdf", "application/pdf")]

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
    assert run(capsys, "init", str(folder), *FAST, "--weak-passphrase")[0] == 0
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
    ("es", "Se ha creado el archivo", "fundador", "(tú)"),
    ("id", "sudah dibuat", "pendiri", "(Anda)"),
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
    # The founder's role on the signed roster (issue 12), in words.
    assert role in result.stdout and you in result.stdout and " founder " not in result.stdout


def test_add_checks_every_file_before_the_passphrase(env, capsys, monkeypatch):
    folder = env / "C.shopsafe"
    assert run(capsys, "init", str(folder), *FAST)[0] == 0
    before = sorted(p.relative_to(folder) for p in folder.rglob("*"))
    monkeypatch.delenv("SHOPSAFE_PASSPHRASE")
    asked = []
    monkeypatch.setattr("getpass.getpass", lambda prompt="": asked.append(prompt) or PASS)
    code, _, err = run(capsys, "add", str(folder), __file__, str(env / "missing.png"))
    assert code == 2 and "missing.png" in err and "Nothing was added" in err
    assert asked == [], "the passphrase is asked only once every file is there"
    assert sorted(p.relative_to(folder) for p in folder.rglob("*")) == before


def test_list_search_show_export_speak_in_orders_and_file_names(env, capsys):
    folder = env / "N.shopsafe"
    assert run(capsys, "init", str(folder), *FAST)[0] == 0
    chat = env / "chat-penjual.png"
    chat.write_bytes(b"\x89PNG\r\n\x1a\n fake chat " * 10)
    assert run(capsys, "add", str(folder), str(chat), "--seller", "Toko Jaya", "--title",
               "Sepatu", "--date", "2026-11-02", "--total", "Rp 250.000")[0] == 0
    for command in (("list",), ("search", "jaya")):
        code, out, _ = run(capsys, *command[:1], str(folder), *command[1:])
        assert code == 0
        assert "2026-11-02  Sepatu" in out and "seller: Toko Jaya" in out
        assert "total: Rp 250.000" in out and "- chat-penjual.png" in out
    code, out, _ = run(capsys, "show", str(folder), "chat-penjual.png")
    assert code == 0 and "Sepatu" in out and "chat-penjual.png" in out
    target = env / "copy.png"
    assert run(capsys, "export", str(folder), "chat-penjual.png", str(target))[0] == 0
    assert target.read_bytes() == chat.read_bytes()


def test_init_refuses_a_weak_passphrase_unless_asked(env, capsys, monkeypatch):
    monkeypatch.setenv("SHOPSAFE_PASSPHRASE", "password1")
    folder = env / "W.shopsafe"
    code, _, err = run(capsys, "init", str(folder), *FAST)
    assert code == 2 and "weak" in err and "--weak-passphrase" in err
    assert not folder.exists()
    code, out, _ = run(capsys, "init", str(folder), *FAST, "--weak-passphrase",
                       "--print-recovery-key")
    assert code == 0 and "recovery key" in out
    key = next(line for line in out.splitlines() if line.count("-") >= 5)
    code, out, _ = run(capsys, "list", str(folder), "--recovery-key-file",
                       str(_write(env / "k.txt", key)))
    assert code == 0


def _write(path: Path, text: str) -> Path:
    path.write_text(text + "\n")
    return path


def test_verify_names_the_order_and_file_of_a_damaged_attachment(env, capsys):
    folder = env / "V.shopsafe"
    assert run(capsys, "init", str(folder), *FAST)[0] == 0
    receipt = env / "struk-kulkas.pdf"
    receipt.write_bytes(b"%PDF-1.4 " + os.urandom(5000))
    assert run(capsys, "add", str(folder), str(receipt), "--title", "Kulkas")[0] == 0
    blob = next((folder / "objects").rglob("*.blob"))
    data = bytearray(blob.read_bytes())
    data[-10] ^= 1
    blob.write_bytes(bytes(data))
    code, out, _ = run(capsys, "verify", str(folder))
    assert code == 1 and "struk-kulkas.pdf" in out and "Kulkas" in out


def test_a_closed_pipe_ends_quietly(env, capsys):
    folder = env / "Pipe.shopsafe"
    assert run(capsys, "init", str(folder), *FAST)[0] == 0
    for n in range(3):
        assert run(capsys, "add", str(folder), __file__, "--title", f"order {n}")[0] == 0
    environ = dict(os.environ, PYTHONPATH=str(ROOT))
    script = (f"{sys.executable} -m desktop archive list {folder} | head -c 10 >/dev/null; "
              "echo ${PIPESTATUS[0]}")
    result = subprocess.run(["bash", "-c", script], capture_output=True, text=True, env=environ,
                            cwd=ROOT, timeout=120)
    assert result.stderr == "" and result.stdout.strip() == "0"


def test_help_is_in_the_chosen_language(env):
    environ = dict(os.environ, PYTHONPATH=str(ROOT), SHOPSAFE_LANGUAGE="es")
    result = subprocess.run([sys.executable, "-m", "desktop", "archive", "add", "--help"],
                            capture_output=True, text=True, env=environ, cwd=ROOT, timeout=120)
    assert result.returncode == 0
    assert "the files to add" not in result.stdout


@pytest.mark.parametrize("stored", ["../../escaped.txt", "/tmp/{env}/abs-escaped.txt", ".."])
def test_export_of_one_file_stays_inside_the_target_folder(env, capsys, stored):
    from desktop.archive import open_archive

    folder = env / "X.shopsafe"
    assert run(capsys, "init", str(folder), *FAST)[0] == 0
    stored = stored.replace("/tmp/{env}", str(env))
    session = open_archive(folder, PASS, data_dir=env / "data")
    try:
        order = session.add_order(title="Jahat")
        attachment = session.add_bytes(order, b"planted", stored)
    finally:
        session.lock()
    target = env / "deep" / "er" / "out"
    target.mkdir(parents=True)
    code, _, err = run(capsys, "export", str(folder), attachment, str(target))
    assert code == 0, err
    inside = list(target.iterdir())
    assert len(inside) == 1 and inside[0].read_bytes() == b"planted"
    assert inside[0].name in (Path(stored).name, attachment)
    assert not (env / "deep" / "escaped.txt").exists()
    assert not (env / "abs-escaped.txt").exists()


def test_recovery_output_that_exists_keeps_the_old_key_and_names_the_path(env, capsys):
    folder = env / "R.shopsafe"
    assert run(capsys, "init", str(folder), *FAST)[0] == 0
    old_key = env / "old.txt"
    assert run(capsys, "recovery", str(folder), "--output", str(old_key))[0] == 0
    code, _, err = run(capsys, "recovery", str(folder), "--output", str(old_key))
    assert code == 2 and str(old_key) in err and "already exists" in err
    assert "17" not in err.replace(str(old_key), "")
    # The refused run must not have retired the key written the first time.
    code, out, _ = run(capsys, "list", str(folder), "--recovery-key-file", str(old_key))
    assert code == 0


def test_rotate_refuses_yourself_and_unknown_ids_with_a_sentence(env, capsys):
    folder = env / "M.shopsafe"
    assert run(capsys, "init", str(folder), *FAST)[0] == 0
    code, out, _ = run(capsys, "members", str(folder), "--json")
    me = json.loads(out)[0]["member"]
    code, out, err = run(capsys, "rotate", str(folder), "--remove", me)
    assert code == 2 and "yourself" in err and "Traceback" not in err
    code, out, err = run(capsys, "rotate", str(folder), "--remove", "0123456789abcdef")
    assert code == 2 and "0123456789abcdef" in err and "Removed" not in out


def test_a_passphrase_file_that_is_not_text_is_a_sentence(env, capsys, monkeypatch):
    folder = env / "U.shopsafe"
    assert run(capsys, "init", str(folder), *FAST)[0] == 0
    monkeypatch.delenv("SHOPSAFE_PASSPHRASE")
    binary = env / "pass.bin"
    binary.write_bytes(b"\xff\xfe\x80 secret")
    code, _, err = run(capsys, "list", str(folder), "--passphrase-file", str(binary))
    assert code == 2 and str(binary) in err and "UTF-8" in err
    assert "secret" not in err and "Traceback" not in err


def test_an_unexpected_failure_is_one_sentence_and_a_logged_traceback(env, capsys, monkeypatch,
                                                                      caplog):
    from desktop.archive.session import Session

    folder = env / "F.shopsafe"
    assert run(capsys, "init", str(folder), *FAST)[0] == 0

    def broken(self, progress=None):
        raise RuntimeError("internal detail")

    monkeypatch.setattr(Session, "verify", broken)
    code, out, err = run(capsys, "verify", str(folder))
    assert code == 1 and "unexpected" in err
    assert "internal detail" not in err and "Traceback" not in err
    assert "internal detail" in caplog.text and PASS not in caplog.text
