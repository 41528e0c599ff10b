"""``shopsafe sellers …`` and ``shopsafe check --archive`` end to end (issue 12)."""

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
def family(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("SHOPSAFE_PASSPHRASE", PASS)
    monkeypatch.setenv("SHOPSAFE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("SHOPSAFE_LANGUAGE", "en")
    folder = tmp_path / "Family.shopsafe"
    assert main(["archive", "init", str(folder), *FAST, "--name", "Ibu"]) == 0
    capsys.readouterr()
    return folder


def sellers(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["sellers", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_add_mark_list_show_merge(family, capsys):
    code, out, _ = sellers(capsys, "add", str(family), "--name", "Toko Maju", "--phone", "0812-3456-7890",
                           "--phone", "+62 813 1111 2222", "--bank-account", "BCA 123 456 7890 a.n. Budi Santoso",
                           "--domain", "https://www.tokomaju.com/promo", "--handle", "@toko.maju", "--json")
    assert code == 0
    added = json.loads(out)
    assert added["phones"] == ["+6281234567890", "+6281311112222"]
    assert added["bank_accounts"] == [{"account": "123 456 7890", "bank": "BCA", "holder": "Budi Santoso"}]
    code, _, err = sellers(capsys, "add", str(family), "--name", "Toko Maju WA", "--phone", "wa.me/6281234567890")
    assert code == 0 and "also belongs to Toko Maju" in err
    code, out, _ = sellers(capsys, "mark", str(family), "Toko Maju", "scam", "--reason", "never shipped")
    assert code == 0 and "SCAM — Ibu" in out and "never shipped" in out
    code, out, _ = sellers(capsys, "mark", str(family), added["id"], "unsure", "--reason", "maybe not")
    assert code == 0
    code, out, _ = sellers(capsys, "list", str(family), "--json")
    listed = {s["name"]: s for s in json.loads(out)}
    assert listed["Toko Maju"]["verdict"]["verdict"] == "unsure" and listed["Toko Maju WA"]["verdict"] is None
    assert sellers(capsys, "merge", str(family), "Toko Maju", "Toko Maju WA")[0] == 0
    code, out, _ = sellers(capsys, "show", str(family), "toko maju", "--json")
    shown = json.loads(out)
    assert [m["verdict"] for m in shown["history"]] == ["scam", "unsure"]
    assert [m["by"] for m in shown["history"]] == ["Ibu", "Ibu"]
    code, out, _ = sellers(capsys, "list", str(family))
    assert "Toko Maju WA" not in out and "UNSURE — Ibu" in out
    code, out, _ = sellers(capsys, "show", str(family), "Toko Maju")
    assert "Bank account: BCA 123 456 7890 (Budi Santoso)" in out and "History of verdicts:" in out


def test_errors_are_sentences(family, capsys):
    code, _, err = sellers(capsys, "mark", str(family), "nobody", "scam", "--reason", "x")
    assert code == 2 and err.strip() == "error: No seller called “nobody” is in the seller book."
    code, _, err = sellers(capsys, "add", str(family), "--name", "X", "--phone", "12")
    assert code == 2 and "“12” is not a valid phone number" in err
    code, _, err = sellers(capsys, "add", str(family), "--name", "X", "--bank-account", "BCA")
    assert code == 2 and "not a valid bank account" in err
    for name in ("Twin", "Twin"):
        sellers(capsys, "add", str(family), "--name", name)
    code, _, err = sellers(capsys, "mark", str(family), "twin", "scam", "--reason", "x")
    assert code == 2 and "2 sellers are called" in err


def test_check_with_the_archive_reports_the_family_verdict(family, capsys):
    sellers(capsys, "add", str(family), "--name", "Penipu", "--bank-account", "BRI 0012-3456-7890-123",
            "--domain", "toko-murah.example.com")
    sellers(capsys, "mark", str(family), "Penipu", "scam", "--reason", "fake receipt")
    code = main(["check", "--offline", "--json", "--archive", str(family),
                 "Transfer ke BRI 001234567890123 ya kak"])
    out, _ = capsys.readouterr()
    report = json.loads(out)
    assert code == 0 and report["verdict"]["level"] == "high_risk"
    book = report["seller_book"]
    assert (book["seller"], book["verdict"], book["by"], book["reason"]) == ("Penipu", "scam", "Ibu", "fake receipt")
    assert book["at"].startswith("20")
    assert report["findings"][0]["detail"].startswith("“Penipu”: marked as a scam by Ibu on ")
    code = main(["check", "--offline", "--json", "--archive", str(family), "https://www.toko-murah.example.com/x"])
    assert json.loads(capsys.readouterr()[0])["seller_book"]["verdict"] == "scam"
    code = main(["check", "--offline", "--json", "--archive", str(family), "https://other.example.org/"])
    assert json.loads(capsys.readouterr()[0])["seller_book"] is None
    code = main(["check", "--offline", "--json", "https://www.toko-murah.example.com/x"])
    assert json.loads(capsys.readouterr()[0])["seller_book"] is None


def test_check_with_an_archive_that_does_not_open(family, capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("SHOPSAFE_PASSPHRASE", "wrong")
    assert main(["check", "--offline", "--archive", str(family), "x"]) == 2
    assert "seller book could not be opened" in capsys.readouterr()[1]
    assert main(["check", "--offline", "--archive", str(tmp_path / "none"), "x"]) == 2


def test_cards_export_import_and_tamper(family, capsys, tmp_path):
    sellers(capsys, "add", str(family), "--name", "Toko Maju", "--phone", "0812-3456-7890")
    sellers(capsys, "mark", str(family), "Toko Maju", "scam", "--reason", "never shipped")
    code, text, _ = sellers(capsys, "export-card", str(family), "Toko Maju")
    assert code == 0 and text.startswith("shopsafe-card:1:")
    card_file = tmp_path / "toko.card"
    assert sellers(capsys, "export-card", str(family), "Toko Maju", "--output", str(card_file))[0] == 0
    code, _, err = sellers(capsys, "export-card", str(family), "Toko Maju", "--output", str(card_file))
    assert code == 2 and "already exists" in err
    code, out, _ = sellers(capsys, "import-card", str(family), str(card_file))
    assert code == 0 and "SCAM — Ibu" in out and "member of your family" in out
    pasted = tmp_path / "chat.txt"
    pasted.write_text("Bu, lihat ini: " + text)
    code, out, _ = sellers(capsys, "import-card", str(family), str(pasted), "--json")
    assert json.loads(out)["family"] is True
    forged = tmp_path / "forged.card"
    forged.write_bytes(card_file.read_bytes().replace(b"never shipped", b"great seller!"))
    code, _, err = sellers(capsys, "import-card", str(family), str(forged))
    assert code == 2 and "changed after it was signed" in err


def test_translated_and_a_closed_pipe_ends_quietly(family, capsys):
    for n in range(30):
        sellers(capsys, "add", str(family), "--name", f"Toko {n}")
    environ = dict(os.environ, PYTHONPATH=str(ROOT))
    script = (f"{sys.executable} -m desktop sellers list {family} | head -c 10 >/dev/null; "
              "echo ${PIPESTATUS[0]}")
    result = subprocess.run(["bash", "-c", script], capture_output=True, text=True, env=environ,
                            cwd=ROOT, timeout=120)
    assert result.stderr == "" and result.stdout.strip() == "0"
    code, _, err = sellers(capsys, "mark", str(family), "nobody", "scam", "--reason", "x", "--lang", "id")
    assert code == 2 and "nobody" in err and "No seller called" not in err
