"""Issue 12, members and who wrote it, through the facade (desktop.archive.Session):
adding someone at this PC, invitation codes, organisers, removal, signed authorship and the
news shown at unlock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.archive import (
    KDF_FLOOR,
    ArchiveError,
    FingerprintMismatch,
    ForeignInvitation,
    InvalidInvitation,
    NotAnOrganiser,
    OnlyFounderAppoints,
    OnlyFounderRemovesOrganisers,
    create_archive,
    invite,
    open_archive,
    parse_invitation,
    records,
    relative_when,
)
from desktop.archive import keys as keyfiles
from desktop.archive.rng import DeterministicRandom

IBU, BUDI, CITRA = "kata sandi ibu yang panjang", "sandi budi juga panjang", "citra punya sandi"


@pytest.fixture
def family(tmp_path: Path):
    """Ibu's archive; every person has their own PC (data folder, hence device)."""
    folder = tmp_path / "Family.shopsafe"
    session = create_archive(folder, IBU, name="Ibu", kdf=KDF_FLOOR, data_dir=tmp_path / "ibu-pc")

    def as_(passphrase: str, who: str):
        return open_archive(folder, passphrase, data_dir=tmp_path / f"{who}-pc")

    yield session, folder, as_
    session.lock()


def test_add_at_this_pc_and_roles(family):
    ibu, folder, as_ = family
    budi = ibu.add_member_here("Budi", BUDI, KDF_FLOOR)
    rows = {r.name: r for r in ibu.member_rows()}
    assert rows["Ibu"].role == "founder" and rows["Ibu"].you and rows["Ibu"].has_access
    assert rows["Budi"].role == "member" and rows["Budi"].has_access and not rows["Budi"].you
    assert rows["Budi"].member == budi
    # Budi opens with his own passphrase, on the same PC.
    assert as_(BUDI, "ibu").member == budi


def test_only_organisers_add_and_only_the_founder_appoints(family):
    ibu, folder, as_ = family
    ibu.add_member_here("Budi", BUDI, KDF_FLOOR)
    budi = as_(BUDI, "budi")
    with pytest.raises(NotAnOrganiser):
        budi.add_member_here("Citra", CITRA, KDF_FLOOR)
    assert len(list((folder / "members").iterdir())) == 2  # nothing written before refusing
    citra = ibu.add_member_here("Citra", CITRA, KDF_FLOOR, organiser=True)
    assert {r.name: r.role for r in ibu.member_rows()}["Citra"] == "organiser"
    as_citra = as_(CITRA, "citra")
    with pytest.raises(OnlyFounderAppoints):
        as_citra.set_organiser(budi.member)
    # An organiser lets people in and removes them: one lost passphrase does not lock the
    # family out.
    dewi = invite(folder, "dewi juga ikut keluarga", name="Dewi", kdf=KDF_FLOOR,
                  data_dir=folder.parent / "dewi-pc")
    as_citra.grant(dewi.member, as_citra.check_invitation(dewi).fingerprint)
    assert as_("dewi juga ikut keluarga", "dewi").member == dewi.member
    assert ibu.set_organiser(citra, False) is True
    assert ibu.set_organiser(citra, False) is False
    with pytest.raises(NotAnOrganiser):
        as_(CITRA, "citra").rotate_key()


def test_invitation_code_round_trip_and_refusals(family, tmp_path):
    ibu, folder, as_ = family
    invitation = invite(folder, BUDI, name="Budi", kdf=KDF_FLOOR, data_dir=tmp_path / "budi-pc")
    code = invitation.code
    assert code.startswith("SHOPSAFE-JOIN ") and invitation.member in code
    assert len(code) < 60
    # Pasted from a chat: lower case, wrapped, words around it.
    pasted = "Bu, ini kodenya:\n" + code.lower().replace(" ", "\n  ") + "\nmakasih"
    again = parse_invitation(pasted)
    assert again == invitation
    member = ibu.check_invitation(again)
    assert member.name == "Budi" and member.fingerprint == invitation.fingerprint
    with pytest.raises(InvalidInvitation):
        parse_invitation("SHOPSAFE-JOIN 1234 abc")
    other = create_archive(tmp_path / "Other.shopsafe", IBU, kdf=KDF_FLOOR,
                           data_dir=tmp_path / "ibu-pc")
    with pytest.raises(ForeignInvitation):
        other.check_invitation(invitation)
    other.lock()
    # Someone swaps Budi's request in the synced folder after he sent the code: refused.
    path = folder / "members" / f"{invitation.member}.json"
    real = path.read_bytes()
    attacker = keyfiles.Identity(invitation.member, b"\x07" * 32, b"\x08" * 32)
    path.write_bytes(keyfiles.make_member(ibu.archive_id, attacker, "Budi", "member"))
    with pytest.raises(FingerprintMismatch):
        ibu.check_invitation(invitation)
    path.write_bytes(real)
    ibu.grant(invitation.member, ibu.check_invitation(invitation).fingerprint)
    assert as_(BUDI, "budi").member == invitation.member


def test_removed_member_keeps_old_data_but_cannot_read_new(family):
    ibu, folder, as_ = family
    budi = ibu.add_member_here("Budi", BUDI, KDF_FLOOR)
    old = ibu.add_order(title="Kamera", seller="Toko Maju")
    ibu.require_can_remove()
    ibu.rotate_key(remove=[budi])
    new = ibu.add_order(title="Kulkas", seller="Toko Baru")
    ibu.add_note(old, "seller answered again")
    rows = {r.name: r for r in ibu.member_rows()}
    assert rows["Budi"].role == "removed" and not rows["Budi"].has_access
    removed = as_(BUDI, "budi")
    seen = {o.id for o in removed.orders()}
    assert old in seen and new not in seen  # what he had stays; what came after does not
    assert removed.notes(old) == []
    assert any("key this member has not been given" in p.message.render()
               for p in removed.problems)


def _forge(session, folder: Path, author: str, signer: bytes, generation_key: bytes,
           ops: tuple, device: str = "cccccccccccccccc") -> None:
    record = records.Record(device=device, lamport=90, rand="00000000000000aa", author=author,
                            at="2026-01-02T03:04:05Z", ops=ops, seq=1, prev="", version=2)
    data = records.encode_record(record, bytes.fromhex(session.archive_id), 1,
                                 records.record_key(generation_key), DeterministicRandom(b"f"),
                                 signer)
    (folder / "journal" / device).mkdir(exist_ok=True)
    (folder / "journal" / device / "90-00000000000000aa.rec").write_bytes(data)


def test_who_wrote_it_and_forged_or_resigned_records_are_untrusted(family):
    ibu, folder, as_ = family
    budi_id = ibu.add_member_here("Budi", BUDI, KDF_FLOOR)
    order = ibu.add_order(title="Kamera", seller="Toko Maju")
    budi = as_(BUDI, "budi")
    note = budi.add_note(order, "paid by transfer")
    budi.update_order(order, status="paid")
    ibu = as_(IBU, "ibu")
    written = ibu.written(order)
    assert (written.name, written.edited_name) == ("Ibu", "Budi")
    assert ibu.written(note).name == "Budi" and ibu.written(note).by == budi_id

    # Budi re-signs a record that claims to be Ibu's (his key, her name): signature fails.
    store = budi._archive
    generation_key = store.generation_keys()[1]
    op = store.set_op("note", "00000000000000ee", {"order": order, "text": "seller is fine"})
    _forge(ibu, folder, ibu.member, store.identity().ed25519_private, generation_key, (op,))
    # Someone not on the roster signs with their own key.
    stranger = keyfiles.Identity("5555555555555555", b"\x05" * 32, b"\x06" * 32)
    op2 = store.set_op("order", order, {"status": "refunded"})
    _forge(ibu, folder, stranger.member, stranger.ed25519_private, generation_key, (op2,),
           device="dddddddddddddddd")
    reopened = as_(IBU, "ibu")
    assert [n.text for n in reopened.notes(order)] == ["paid by transfer"]
    assert reopened.order(order).status == "paid"
    untrusted = {u.claimed_by: u for u in reopened.untrusted()}
    assert untrusted[ibu.member].why == "signature"
    assert untrusted[ibu.member].claimed_name == "Ibu"
    assert untrusted[ibu.member].orders == (order,)
    assert untrusted[ibu.member].texts == ("seller is fine",)
    assert untrusted[stranger.member].why == "unknown"
    assert untrusted[stranger.member].orders == (order,)

    # After Budi's removal, a record he writes is refused as a removed member's.
    reopened.rotate_key(remove=[budi_id])
    late = as_(BUDI, "budi")
    late._archive.put("note", order=order, text="written after removal")
    after = as_(IBU, "ibu")
    whys = {u.why for u in after.untrusted() if u.claimed_by == budi_id}
    assert whys == {"removed"}


def test_news_since_the_last_visit(family, tmp_path):
    ibu, folder, as_ = family
    ibu.add_member_here("Budi", BUDI, KDF_FLOOR)
    order = ibu.add_order(title="Kamera", seller="Toko Maju")
    assert ibu.take_news().items == ()  # first visit: nothing is "new"
    budi = as_(BUDI, "budi")
    assert budi.take_news().items == ()  # Budi's first visit: the family's history is not news
    budi.add_note(order, "the seller stopped answering")
    budi_order = budi.add_order(title="Sepatu", seller="Toko X")
    ibu.add_note(order, "my own note")

    again = as_(IBU, "ibu")
    news = again.take_news()
    assert news.since
    assert [(n.kind, n.name, n.title) for n in news.items] == [
        ("order", "Budi", "Sepatu"), ("note", "Budi", "Kamera")]
    assert news.items[1].text == "the seller stopped answering"
    assert news.items[0].item == budi_order
    assert as_(IBU, "ibu").take_news().items == ()  # seen now
    # The marker is in the data folder, holds no decrypted text, and nothing is in the archive.
    marker = (tmp_path / "ibu-pc" / "archive-visits.json").read_text()
    assert "Sepatu" not in marker and "stopped" not in marker
    assert not list(folder.rglob("archive-visits.json"))


def test_relative_when_in_three_languages():
    now = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
    yesterday = (now - timedelta(days=1)).isoformat()
    assert relative_when(yesterday, now, "en") == "yesterday"
    assert relative_when(yesterday, now, "id") == "kemarin"
    assert relative_when(yesterday, now, "es") == "ayer"
    three_days = (now - timedelta(days=3)).isoformat()
    assert relative_when(three_days, now, "id") == "3 hari yang lalu"
    assert relative_when(three_days, now, "es") == "hace 3 días"
    assert relative_when((now - timedelta(hours=3)).isoformat(), now, "en") == "3 hours ago"
    assert relative_when((now - timedelta(seconds=5)).isoformat(), now, "en") == "1 minute ago"
    # Late last night is "yesterday" in the morning (calendar days, in now's time zone).
    assert relative_when("2026-12-03T23:30:00Z", now.replace(hour=7), "en") == "yesterday"
    assert "2026" in relative_when("2026-10-01T00:00:00Z", now, "en")
    assert relative_when("not a time", now) == ""


def test_concurrent_additions_by_two_organisers_both_survive(family, tmp_path):
    """Two organisers let someone in at the same time on two PCs: both stay in (this lost one
    of them before h17's roster merge)."""
    ibu, folder, as_ = family
    budi_id = ibu.add_member_here("Budi", BUDI, KDF_FLOOR, organiser=True)
    budi = as_(BUDI, "budi")
    # Both PCs are offline from each other: each sees roster n and writes roster n+1.
    citra = invite(folder, CITRA, name="Citra", kdf=KDF_FLOOR, data_dir=tmp_path / "citra-pc")
    dewi = invite(folder, "dewi juga ikut keluarga", name="Dewi", kdf=KDF_FLOOR,
                  data_dir=tmp_path / "dewi-pc")
    budi._archive.grant(citra.member, citra.fingerprint)  # no reload: as if not synced yet
    ibu._archive.grant(dewi.member, dewi.fingerprint)
    access = {r.name: r.has_access for r in as_(IBU, "ibu").member_rows()}
    assert budi_id and access["Citra"] and access["Dewi"]


def test_only_the_founder_removes_an_organiser(family):
    ibu, folder, as_ = family
    budi = ibu.add_member_here("Budi", BUDI, KDF_FLOOR, organiser=True)
    citra = ibu.add_member_here("Citra", CITRA, KDF_FLOOR, organiser=True)
    dewi = ibu.add_member_here("Dewi", "dewi juga ikut keluarga", KDF_FLOOR)
    as_budi = as_(BUDI, "budi")
    with pytest.raises(OnlyFounderRemovesOrganisers):
        as_budi.require_can_remove([citra])
    as_budi.require_can_remove([dewi])  # a plain member: an organiser may
    as_budi.rotate_key(remove=[dewi])
    ibu.require_can_remove([budi])
    assert {r.name: r.role for r in as_(IBU, "ibu").member_rows()}["Dewi"] == "removed"


def test_rotate_refuses_an_organiser_removing_an_organiser(family, tmp_path):
    ibu, folder, as_ = family
    ibu.add_member_here("Budi", BUDI, KDF_FLOOR, organiser=True)
    citra = ibu.add_member_here("Citra", CITRA, KDF_FLOOR, organiser=True)
    # The facade says so before anything is written; rotate itself refuses too (h17).
    with pytest.raises(OnlyFounderRemovesOrganisers):
        as_(BUDI, "budi").require_can_remove([citra])
    with pytest.raises(ArchiveError):
        as_(BUDI, "budi").rotate_key(remove=[citra])
    assert {r.name: r.role for r in as_(IBU, "ibu").member_rows()}["Citra"] == "organiser"
    # (rotate still leaves its refused roster file in the folder; readers skip it.)


def test_scam_marks_by_others_come_first_and_reach_a_new_member(family):
    ibu, folder, as_ = family
    ibu.add_member_here("Budi", BUDI, KDF_FLOOR)
    order = ibu.add_order(title="Kamera", seller="Toko X")
    ibu.take_news()
    budi = as_(BUDI, "budi")
    budi.add_note(order, "asked to pay outside the marketplace")
    book = budi.sellers  # the seller book (desktop.archive.sellers)
    toko = book.add("Toko X", phones=["0812-3456-7890"])
    book.mark(toko, "scam", "took the money, no parcel")
    other = book.add("Toko Y")
    book.mark(other, "scam", "fake receipt")
    book.mark(other, "trusted", "it was a mix-up")  # a later verdict: no longer news

    news = as_(IBU, "ibu").take_news()
    assert [(n.kind, n.name, n.title, n.text) for n in news.items] == [
        ("scam", "Budi", "Toko X", "took the money, no parcel"),
        ("note", "Budi", "Kamera", "asked to pay outside the marketplace")]
    # Citra joins later: on her first visit the family's scam marks are news, nothing else.
    ibu.add_member_here("Citra", CITRA, KDF_FLOOR)
    first = as_(CITRA, "citra").take_news()
    assert [(n.kind, n.title) for n in first.items] == [("scam", "Toko X")]
    assert as_(CITRA, "citra").take_news().items == ()
