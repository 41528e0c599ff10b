"""``shopsafe archive reread / search / show`` with the read text of stored files (issue 16)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from tests.reading import receipt_texts as T
from tests.reading.make_pdfs import png, text_pdf

PASS = "kata sandi keluarga"
FAST = ["--kdf-memory", "19456", "--kdf-iterations", "2"]


@pytest.fixture
def archive(monkeypatch, tmp_path: Path, capsys):
    monkeypatch.setenv("SHOPSAFE_PASSPHRASE", PASS)
    monkeypatch.setenv("SHOPSAFE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("SHOPSAFE_LANGUAGE", "en")
    folder = tmp_path / "Family.shopsafe"
    (tmp_path / "struk.pdf").write_bytes(text_pdf([T.ALFAMART]))
    (tmp_path / "bukti.png").write_bytes(png(T.BCA))
    assert main(["archive", "init", str(folder), *FAST]) == 0
    capsys.readouterr()
    assert main(["archive", "add", str(folder), str(tmp_path / "struk.pdf"),
                 str(tmp_path / "bukti.png"), "--title", "Susu", "--total", "Rp 40.000",
                 "--json"]) == 0
    order = json.loads(capsys.readouterr().out)["order"]
    return folder, order


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["archive", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_reread_then_search_and_show_use_the_read_text(archive, capsys):
    folder, order = archive
    code, out, _ = run(capsys, "show", str(folder), order)
    assert "not read yet" in out
    code, out, err = run(capsys, "reread", str(folder), "--country", "ID")
    assert code == 0 and "Read 2 of 2" in err and "2 file(s) read." in out
    code, out, err = run(capsys, "reread", str(folder))
    assert code == 0 and "already" in err

    for query in ("ALFAMART CILANDAK", "50.000", "Rp50rb", "50000", "2612-0401-8831",
                  "5D3A1B2C3D4E"):
        code, out, _ = run(capsys, "search", str(folder), query, "--json")
        assert [o["id"] for o in json.loads(out)] == [order], query
    code, out, _ = run(capsys, "search", str(folder), "Cilandak")
    assert "struk.pdf: ALFAMART CILANDAK KKO" in out

    code, out, _ = run(capsys, "show", str(folder), order, "--json")
    readings = json.loads(out)["readings"]
    assert sorted(r["kind"] for r in readings.values()) == ["receipt", "transfer"]
    assert any(r["fields"].get("total") == "50000 IDR" for r in readings.values())
    code, out, _ = run(capsys, "show", str(folder), order, "--country", "ID")
    assert "struk.pdf: read as a receipt" in out
    assert "total: 50000 IDR" in out and "reference: 2612-0401-8831" in out
    assert "bukti.png: read as a transfer proof" in out
    assert "screenshot is not a payment" in out
    assert "The receipt's total is Rp 50.000, the order says Rp 40.000." in out


def test_reread_of_one_order_and_again(archive, capsys):
    folder, order = archive
    code, out, _ = run(capsys, "reread", str(folder), order, "--all")
    assert code == 0 and "2 file(s) read." in out
    code, out, _ = run(capsys, "reread", str(folder), order, "--all")
    assert code == 0 and "2 file(s) read." in out
    code, _, err = run(capsys, "reread", str(folder), "0000000000000000")
    assert code == 2 and "error:" in err


def test_output_is_translated(archive, capsys, monkeypatch):
    folder, order = archive
    run(capsys, "reread", str(folder))
    code, out, _ = run(capsys, "show", str(folder), order, "--lang", "id")
    assert code == 0 and "struk.pdf: dibaca sebagai struk" in out
