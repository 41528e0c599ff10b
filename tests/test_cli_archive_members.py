"""``shopsafe archive members …`` and who wrote it in ``archive show`` (issue 12)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.archive import open_archive, records
from desktop.archive.rng import DeterministicRandom
from desktop.cli import main

IBU = "kata sandi ibu yang panjang"
BUDI = "sandi budi juga panjang sekali"
CITRA = "citra punya sandi panjang"
FAST = ["--kdf-memory", "19456", "--kdf-iterations", "2"]


@pytest.fixture
def family(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("SHOPSAFE_PASSPHRASE", IBU)
    monkeypatch.setenv("SHOPSAFE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("SHOPSAFE_LANGUAGE", "en")
    folder = tmp_path / "Family.shopsafe"
    assert run(capsys, "init", str(folder), *FAST, "--name", "Ibu",
               "--print-recovery-key")[0] == 0
    return folder


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["archive", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def members(capsys, folder: Path) -> dict[str, dict]:
    code, out, _ = run(capsys, "members", "list", str(folder), "--json")
    assert code == 0
    return {m["name"]: m for m in json.loads(out)}


def test_add_invite_grant_promote_remove(family, capsys, monkeypatch, tmp_path):
    folder = family
    monkeypatch.setenv("SHOPSAFE_NEW_PASSPHRASE", BUDI)
    code, out, err = run(capsys, "members", "add", str(folder), "--name", "Budi", *FAST)
    assert code == 0, err
    assert "Budi was added" in out
    listed = members(capsys, folder)
    assert listed["Budi"]["role"] == "member" and listed["Budi"]["has_access"]
    assert listed["Ibu"]["role"] == "founder" and listed["Ibu"]["you"]

    # Citra asks from her own PC and sends the code through a chat.
    monkeypatch.setenv("SHOPSAFE_PASSPHRASE", CITRA)
    monkeypatch.setenv("SHOPSAFE_DATA_DIR", str(tmp_path / "citra-pc"))
    code, out, _ = run(capsys, "members", "invite", str(folder), "--name", "Citra", *FAST)
    assert code == 0
    invitation = next(line for line in out.splitlines() if line.startswith("SHOPSAFE-JOIN"))
    fingerprint = invitation.split()[-1]
    assert f"fingerprint is {fingerprint}" in out
    code, _, err = run(capsys, "list", str(folder))
    assert code == 2 and "grant you access" in err

    monkeypatch.setenv("SHOPSAFE_PASSPHRASE", IBU)
    monkeypatch.setenv("SHOPSAFE_DATA_DIR", str(tmp_path / "data"))
    assert members(capsys, folder)["Citra"]["role"] == "pending"
    # Without a terminal to ask on, the fingerprint (or --yes) must be given.
    code, _, err = run(capsys, "members", "grant", str(folder), invitation)
    assert code == 2 and "compare the fingerprint first" in err
    assert members(capsys, folder)["Citra"]["role"] == "pending"
    # A wrong fingerprint read out is refused, nothing changes.
    code, _, err = run(capsys, "members", "grant", str(folder), invitation.lower(),
                       "--fingerprint", "AAAA-BBBB-CCCC-DDDD")
    assert code == 2 and "does not match" in err
    code, out, err = run(capsys, "members", "grant", str(folder), f"Bu, kodeku: {invitation}",
                         "--fingerprint", fingerprint.lower().replace("-", " "))
    assert code == 0, err
    assert "Citra can now open the archive" in out
    assert members(capsys, folder)["Citra"]["has_access"]

    code, out, _ = run(capsys, "members", "promote", str(folder), "citra")
    assert code == 0 and "Citra is now an organiser" in out
    assert members(capsys, folder)["Citra"]["role"] == "organiser"
    # Citra (an organiser) may let people in and remove them; she may not appoint.
    monkeypatch.setenv("SHOPSAFE_PASSPHRASE", CITRA)
    monkeypatch.setenv("SHOPSAFE_DATA_DIR", str(tmp_path / "citra-pc"))
    code, _, err = run(capsys, "members", "promote", str(folder), "Budi")
    assert code == 2 and "Only the person who created this archive" in err
    code, out, err = run(capsys, "members", "remove", str(folder), "budi")
    assert code == 0, err
    assert "Budi can no longer open the archive" in out
    assert "They keep what they already had" in out

    monkeypatch.setenv("SHOPSAFE_PASSPHRASE", BUDI)
    monkeypatch.setenv("SHOPSAFE_DATA_DIR", str(tmp_path / "data"))
    code, out, _ = run(capsys, "members", "list", str(folder), "--json")
    assert code == 0 and {m["name"]: m["role"] for m in json.loads(out)}["Budi"] == "removed"


def test_members_alone_still_lists_and_old_commands_still_work(family, capsys):
    code, out, _ = run(capsys, "members", str(family))
    assert code == 0 and "Ibu (you)" in out and "founder" in out
    code, out, _ = run(capsys, "members", str(family), "--json")
    assert code == 0 and json.loads(out)[0]["role"] == "founder"
    code, _, err = run(capsys, "members", "remove", str(family), "Nobody")
    assert code == 2 and "No member Nobody" in err


def test_a_plain_member_cannot_add_and_is_not_asked_for_a_passphrase(family, capsys,
                                                                     monkeypatch):
    monkeypatch.setenv("SHOPSAFE_NEW_PASSPHRASE", BUDI)
    assert run(capsys, "members", "add", str(family), "--name", "Budi", *FAST)[0] == 0
    monkeypatch.setenv("SHOPSAFE_PASSPHRASE", BUDI)
    monkeypatch.delenv("SHOPSAFE_NEW_PASSPHRASE")
    code, _, err = run(capsys, "members", "add", str(family), "--name", "Citra", *FAST)
    assert code == 2 and "Only the person who created this archive" in err


def test_show_says_who_wrote_it_and_marks_a_forged_change_untrusted(family, capsys,
                                                                    monkeypatch, tmp_path):
    folder = family
    monkeypatch.setenv("SHOPSAFE_NEW_PASSPHRASE", BUDI)
    assert run(capsys, "members", "add", str(folder), "--name", "Budi", *FAST)[0] == 0
    receipt = tmp_path / "struk.txt"
    receipt.write_text("receipt")
    code, out, _ = run(capsys, "add", str(folder), str(receipt), "--title", "Kamera", "--json")
    order = json.loads(out)["order"]
    budi = open_archive(folder, BUDI, data_dir=tmp_path / "budi-pc")
    budi.add_note(order, "seller stopped answering")
    # Budi forges a note in Ibu's name, signed with his own key.
    store = budi._archive
    op = store.set_op("note", "00000000000000ee", {"order": order, "text": "all fine, trust them"})
    ibu_id = next(r.member for r in budi.member_rows() if r.name == "Ibu")
    forged = records.Record(device="cccccccccccccccc", lamport=90, rand="00000000000000aa",
                            author=ibu_id, at="2026-01-02T03:04:05Z", ops=(op,), seq=1,
                            prev="", version=2)
    data = records.encode_record(forged, bytes.fromhex(budi.archive_id), 1,
                                 records.record_key(store.generation_keys()[1]),
                                 DeterministicRandom(b"f"), store.identity().ed25519_private)
    (folder / "journal" / "cccccccccccccccc").mkdir()
    (folder / "journal" / "cccccccccccccccc" / "90-00000000000000aa.rec").write_bytes(data)
    budi.lock()

    code, out, _ = run(capsys, "show", str(folder), order)
    assert code == 0
    assert "added by Ibu" in out
    assert "note (" in out and ", Budi): seller stopped answering" in out
    untrusted = [line for line in out.splitlines() if "UNTRUSTED" in line]
    assert len(untrusted) == 1 and "claiming to be from Ibu" in untrusted[0]
    assert "signature does not match Ibu's key" in untrusted[0]
    assert "it said: all fine, trust them" in out
    assert "note (" not in out.split("UNTRUSTED")[1]  # never listed as one of the notes
    code, out, _ = run(capsys, "show", str(folder), order, "--json")
    shown = json.loads(out)
    assert shown["written"]["name"] == "Ibu"
    assert [(n["name"], n["text"]) for n in shown["note_items"]] == [
        ("Budi", "seller stopped answering")]
    assert [(u["claimed_name"], u["why"]) for u in shown["untrusted"]] == [("Ibu", "signature")]


def test_invitation_qr_for_a_terminal_decodes_back():
    import zxingcpp
    from PIL import Image

    from desktop.cli_archive_members import terminal_qr

    code = "SHOPSAFE-JOIN 1234abcd 0123456789abcdef ABCD-EFGH-IJKL-MNOP"
    drawn = terminal_qr(code).splitlines()
    # Back to modules: each character is two rows (upper, lower); light is drawn.
    rows = []
    for line in drawn:
        upper = [ch in " ▄" for ch in line]
        lower = [ch in " ▀" for ch in line]
        rows += [upper, lower]
    image = Image.new("L", (len(rows[0]), len(rows)))
    image.putdata([0 if dark else 255 for row in rows for dark in row])
    image = image.resize((image.width * 4, image.height * 4), Image.Resampling.NEAREST)
    assert zxingcpp.read_barcode(image).text == code


def test_news_since_the_last_visit(family, capsys, monkeypatch, tmp_path, qapp):
    # qapp: --lang id in-process makes a QCoreApplication unless a QApplication exists, and
    # the widget tests after it in the same run need a QApplication.
    folder = family
    monkeypatch.setenv("SHOPSAFE_NEW_PASSPHRASE", BUDI)
    assert run(capsys, "members", "add", str(folder), "--name", "Budi", *FAST)[0] == 0
    code, out, _ = run(capsys, "news", str(folder))
    assert code == 0 and "Nothing new" in out  # Ibu's first visit
    budi = open_archive(folder, BUDI, data_dir=tmp_path / "budi-pc")
    order = budi.add_order(title="Sepatu", seller="Toko X")
    budi.add_note(order, "seller asks for a transfer to a personal account")
    budi.lock()
    try:
        code, out, _ = run(capsys, "news", str(folder), "--lang", "id")
    finally:
        from desktop.i18n import install_translators

        install_translators(qapp, "en")  # the widget tests after this one speak English
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2
    assert lines[0].startswith("Budi menambahkan pesanan Sepatu") and "yang lalu" in lines[0]
    assert "seller asks for a transfer" in lines[1]
    code, out, _ = run(capsys, "news", str(folder), "--json")
    assert json.loads(out)["items"] == []  # seen now
