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


def test_output_is_translated(archive, capsys):
    """In a process of its own: the CLI's translators make a QCoreApplication, which must not
    be the one the window tests of this run get."""
    import os
    import subprocess
    import sys

    folder, order = archive
    run(capsys, "reread", str(folder))
    root = Path(__file__).resolve().parent.parent
    result = subprocess.run([sys.executable, "-m", "desktop", "archive", "show", str(folder),
                             order, "--lang", "id"], capture_output=True, text=True,
                            env=dict(os.environ, PYTHONPATH=str(root)), cwd=root, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "struk.pdf: dibaca sebagai struk" in result.stdout
    assert "Total di struk Rp 50.000, di pesanan tertulis Rp 40.000." in result.stdout


def test_add_reads_the_files_at_once_when_asked(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("SHOPSAFE_PASSPHRASE", PASS)
    monkeypatch.setenv("SHOPSAFE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("SHOPSAFE_LANGUAGE", "en")
    folder = tmp_path / "A.shopsafe"
    (tmp_path / "ticket.pdf").write_bytes(text_pdf([T.OXXO]))
    assert main(["archive", "init", str(folder), *FAST]) == 0
    capsys.readouterr()
    code, out, err = run(capsys, "add", str(folder), str(tmp_path / "ticket.pdf"), "--read",
                         "--country", "MX")
    assert code == 0 and "Added ticket.pdf" in out
    code, out, _ = run(capsys, "search", str(folder), "CADENA COMERCIAL", "--json")
    assert len(json.loads(out)) == 1
    code, out, _ = run(capsys, "add", str(folder), str(tmp_path / "ticket.pdf"), "--json")
    unread = json.loads(out)["order"]
    code, out, _ = run(capsys, "show", str(folder), unread)
    assert "not read yet" in out


def test_ctrl_c_during_reread_keeps_what_was_read(monkeypatch, tmp_path, capsys):
    import os
    import signal
    import subprocess
    import sys

    from desktop.archive import open_archive

    monkeypatch.setenv("SHOPSAFE_PASSPHRASE", PASS)
    monkeypatch.setenv("SHOPSAFE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("SHOPSAFE_LANGUAGE", "en")
    folder = tmp_path / "A.shopsafe"
    pictures = []
    for n in range(6):
        path = tmp_path / f"bukti{n}.png"
        path.write_bytes(png(T.BCA.replace("5D3A1B2C3D4E", f"5D3A1B2C3D4{n}")))
        pictures.append(str(path))
    assert main(["archive", "init", str(folder), *FAST]) == 0
    assert main(["archive", "add", str(folder), *pictures]) == 0
    capsys.readouterr()
    root = Path(__file__).resolve().parent.parent
    process = subprocess.Popen([sys.executable, "-m", "desktop", "archive", "reread",
                                str(folder)], stderr=subprocess.PIPE, text=True,
                               stdout=subprocess.DEVNULL, cwd=root,
                               env=dict(os.environ, PYTHONPATH=str(root)))
    with process.stderr:
        first = process.stderr.readline()
        assert "Read 1 of 6" in first
        process.send_signal(signal.SIGINT)
        rest = process.stderr.read()
    assert process.wait(timeout=60) == 130
    assert "read so far are kept" in rest
    session = open_archive(folder, PASS, data_dir=tmp_path / "data")
    try:
        left = len(session.unread_files())
    finally:
        session.lock()
    assert 1 <= left <= 5  # the first was kept, the rest waits for the next reread
