"""``shopsafe archive conflicts|resolve``: the review of double edits from a terminal (issue 12)."""

from __future__ import annotations

import json
import shutil

import pytest

from desktop.archive import KDF_FLOOR, create_archive, open_archive, request_membership
from desktop.cli import main
from test_archive_sync import copy_new_files

PASS = "kata sandi keluarga"
BUDI = "budi naik sepeda ke pasar pagi"


@pytest.fixture
def diverged(monkeypatch, tmp_path):
    """Ibu's archive where Ibu and Budi changed one order's title and status apart."""
    monkeypatch.setenv("SHOPSAFE_PASSPHRASE", PASS)
    monkeypatch.setenv("SHOPSAFE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("SHOPSAFE_LANGUAGE", "en")
    home, laptop = tmp_path / "home" / "K.shopsafe", tmp_path / "laptop" / "K.shopsafe"
    ibu = create_archive(home, PASS, name="Ibu", kdf=KDF_FLOOR)
    member, fingerprint = request_membership(home, BUDI, name="Budi", kdf=KDF_FLOOR,
                                             data_dir=tmp_path / "budi")
    ibu.grant(member, fingerprint)
    order = ibu.add_order(title="Kulkas")
    shutil.copytree(home, laptop, ignore=shutil.ignore_patterns(".tmp"))
    budi = open_archive(laptop, BUDI, data_dir=tmp_path / "budi")
    ibu.update_order(order, title="Kulkas 2 pintu", status="paid")
    budi.update_order(order, title="Kulkas Sharp", status="shipped")
    ibu.lock()
    budi.lock()
    copy_new_files(laptop, home)
    return home, order


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["archive", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_list_keep_one_and_type_the_other(diverged, capsys):
    home, order = diverged
    code, out, _err = run(capsys, "conflicts", str(home), "--json")
    listed = json.loads(out)
    assert code == 0 and [(c["item"], c["field"]) for c in listed] == \
        [(order, "status"), (order, "title")]
    title = listed[1]
    assert {(v["value"], v["author_name"]) for v in title["versions"]} == \
        {("Kulkas 2 pintu", "Ibu"), ("Kulkas Sharp", "Budi")}
    assert [v["shown"] for v in title["versions"]] == [True, False]

    code, out, _err = run(capsys, "conflicts", str(home))
    assert code == 0 and f"{order} title" in out and "by Budi" in out and "(shown now)" in out

    budi_number = 1 + [v["author_name"] for v in title["versions"]].index("Budi")
    code, out, _err = run(capsys, "resolve", str(home), order, "title", "--keep", str(budi_number))
    assert code == 0 and "“Kulkas Sharp”" in out
    code, out, _err = run(capsys, "resolve", str(home), order, "status", "--value", "received")
    assert code == 0

    code, out, _err = run(capsys, "conflicts", str(home), "--json")
    assert json.loads(out) == []
    session = open_archive(home, PASS)
    assert (session.order(order).title, session.order(order).status) == \
        ("Kulkas Sharp", "received")
    assert session.verify().ok
    session.lock()


def test_refusals_say_why_and_write_nothing(diverged, capsys, qapp):
    # qapp first: --lang makes the CLI translate through Qt, and a bare QCoreApplication it
    # would create otherwise outlives the test and breaks later widget tests.
    home, order = diverged
    before = sorted(p.name for p in (home / "journal").rglob("*.rec"))
    code, _out, err = run(capsys, "resolve", str(home), order, "title", "--keep", "7")
    assert code == 2 and "from 1 to 2" in err
    code, _out, err = run(capsys, "resolve", str(home), order, "total", "--value", "Rp 1")
    assert code == 2 and "no edits to settle" in err
    assert sorted(p.name for p in (home / "journal").rglob("*.rec")) == before
    code, out, _err = run(capsys, "conflicts", str(home), "--lang", "id")
    assert code == 0 and order in out
