"""The seller book inside the encrypted archive (issue 12): add, edit, mark, merge, look up."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive_helpers import PASS, fingerprint_of
from desktop.archive import KDF_FLOOR, Archive, ItemNotFound, create_archive, open_archive
from desktop.archive.sellers import BankAccount, InvalidIdentifier
from desktop.identity.keys import Key, link_keys, phone_key


@pytest.fixture
def session(tmp_path: Path):
    made = create_archive(tmp_path / "S.shopsafe", PASS, name="Ibu", kdf=KDF_FLOOR, data_dir=tmp_path)
    yield made
    made.lock()


def _toko(book, **extra):
    return book.add("Toko Maju", phones=["0812-3456-7890"], domains=["https://www.tokomaju.com/x"],
                    handles=["Toko.Maju"], ewallets=["DANA 0812 3456 7891"],
                    shops=["tokopedia.com/tokomaju/sepatu"],
                    bank_accounts=[BankAccount("123 456.7890", "BCA", "Budi Santoso")], **extra)


def test_a_seller_keeps_its_identifiers_normalised_and_survives_reopening(session, tmp_path):
    book = session.sellers
    toko = _toko(book)
    seller = book.seller(toko)
    assert seller.phones == ("+6281234567890",)
    assert seller.ewallets == ("DANA +6281234567891",)
    assert seller.handles == ("@Toko.Maju",)
    assert seller.bank_accounts == (BankAccount("123 456.7890", "BCA", "Budi Santoso"),)
    assert seller.verdict is None
    session.lock()
    again = open_archive(session.folder, PASS, data_dir=tmp_path)
    assert again.sellers.seller(toko).domains == ("https://www.tokomaju.com/x",)
    assert [s.name for s in again.sellers.sellers()] == ["Toko Maju"]
    again.lock()


def test_invalid_identifiers_are_refused_and_nothing_is_written(session):
    book = session.sellers
    with pytest.raises(InvalidIdentifier) as raised:
        book.add("X", phones=["12"])
    assert "12" in raised.value.message.render()
    with pytest.raises(InvalidIdentifier):
        book.add("X", bank_accounts=[BankAccount("BCA")])
    with pytest.raises(ValueError):
        book.add("  ")
    assert book.sellers() == []


@pytest.mark.parametrize("keys", [
    [Key("phone", "+6281234567890")], link_keys("tokomaju.com"), link_keys("http://www.TOKOMAJU.com/a/b"),
    [phone_key("wa.me/6281234567891", "ID")], [Key("bank", "1234567890")], [Key("handle", "toko.maju")],
    link_keys("https://www.tokopedia.com/TokoMaju"), link_keys("https://instagram.com/toko.maju/"),
])
def test_lookup_by_every_identifier(session, keys):
    book = session.sellers
    toko = _toko(book)
    book.mark(toko, "scam", "paid, never shipped")
    match = book.lookup(keys)
    assert match is not None and match.seller == toko
    assert (match.verdict, match.by, match.reason) == ("scam", "Ibu", "paid, never shipped")
    assert book.lookup(link_keys("other-shop.com")) is None


def test_each_mark_is_a_signed_record_with_author_time_and_history(session):
    book = session.sellers
    toko = _toko(book)
    book.mark(toko, "unsure", "slow to answer")
    book.mark(toko, "scam", "never shipped")
    marks = book.marks(toko)
    assert [(m.verdict, m.reason, m.by_name) for m in marks] == [
        ("unsure", "slow to answer", "Ibu"), ("scam", "never shipped", "Ibu")]
    assert all(m.by == session.member and m.at for m in marks)
    assert book.seller(toko).verdict == marks[-1]
    with pytest.raises(InvalidIdentifier):
        book.mark(toko, "bad", "")
    with pytest.raises(ItemNotFound):
        book.mark("0" * 16, "scam", "x")


def test_a_second_member_marks_and_the_first_sees_who_and_when(session, tmp_path):
    folder = session.folder
    budi = Archive.request_membership(folder, "budi pass", name="Budi", kdf=KDF_FLOOR,
                                      data_dir=tmp_path / "budi-pc")
    session.grant(budi, fingerprint_of(folder, budi))
    toko = _toko(session.sellers)
    before = session.sellers.marks(toko)
    other = open_archive(folder, "budi pass", data_dir=tmp_path / "budi-pc")
    other.sellers.mark(toko, "scam", "fake receipt")
    other.lock()
    session.lock()
    again = open_archive(folder, PASS, data_dir=tmp_path)
    assert before == []
    recent = again.sellers.recent_marks(since="", exclude=again.member)
    assert [(m.by_name, m.verdict, m.reason) for m in recent] == [("Budi", "scam", "fake receipt")]
    assert again.sellers.recent_marks(exclude=budi) == []
    match = again.sellers.lookup([Key("bank", "1234567890")])
    assert (match.by, match.by_member, match.verdict) == ("Budi", budi, "scam")
    again.lock()


def test_the_most_serious_match_wins_and_a_trust_mark_never_hides_a_scam(session):
    book = session.sellers
    good = book.add("Toko Baik", domains=["tokobaik.com"])
    bad = book.add("Penipu", phones=["0812-3456-7890"])
    book.mark(good, "trusted", "bought five times")
    book.mark(bad, "scam", "took the money")
    match = book.lookup([*link_keys("tokobaik.com"), Key("phone", "+6281234567890")])
    assert (match.name, match.verdict) == ("Penipu", "scam")
    assert book.lookup(link_keys("www.tokobaik.com")).verdict == "trusted"


def test_edit_add_identifiers_and_links(session):
    book = session.sellers
    toko = _toko(book)
    book.update(toko, name="Toko Maju Jaya", notes="Jakarta")
    book.add_identifiers(toko, phones=["+62 812 3456 7890", "0813 1111 2222"],
                         bank_accounts=[BankAccount("1234567890", "BCA"), BankAccount("999 888 777", "BRI")])
    seller = book.seller(toko)
    assert seller.name == "Toko Maju Jaya" and seller.notes == "Jakarta"
    assert seller.phones == ("+6281234567890", "+6281311112222")
    assert [a.account for a in seller.bank_accounts] == ["123 456.7890", "999 888 777"]
    order = session.add_order(title="Sepatu", seller="Toko Maju")
    report = session.add_check_report(order, {"schema": 1})
    book.link_order(toko, order)
    book.link_order(toko, order)
    book.link_report(toko, report)
    assert book.seller(toko).orders == (order,) and book.seller(toko).reports == (report,)
    assert book.find("toko maju jaya")[0].id == toko
    assert book.find(toko)[0].id == toko


def test_merge_moves_everything_into_one_seller_in_one_record_and_keeps_both_histories(session):
    book = session.sellers
    toko = _toko(book)
    dup = book.add("Toko Maju (IG)", handles=["@tokomaju.official"], phones=["0812-3456-7890"],
                   bank_accounts=[BankAccount("555 666 7777", "Mandiri", "Budi")])
    book.mark(dup, "scam", "Ibu's cousin lost Rp 2 juta")
    book.mark(toko, "unsure", "cheap prices")
    assert book.index().duplicates() == [(Key("phone", "+6281234567890"), (toko, dup))]
    order = session.add_order(title="Tas", seller="Toko Maju (IG)")
    book.link_order(dup, order)
    written = []
    archive = session._archive
    real = archive.write_ops
    archive.write_ops = lambda ops: written.append(ops) or real(ops)
    book.merge(toko, dup)
    archive.write_ops = real
    assert len(written) == 1 and {op["item"] for op in written[0]} == {toko, dup}
    merged = book.seller(toko)
    assert "@tokomaju.official" in merged.handles and merged.orders == (order,)
    assert [a.account for a in merged.bank_accounts] == ["123 456.7890", "555 666 7777"]
    assert [m.verdict for m in book.marks(toko)] == ["scam", "unsure"]
    assert merged.verdict.verdict == "unsure"  # the newest mark is the family's verdict
    assert [s.name for s in book.sellers()] == ["Toko Maju"]
    assert book.find(dup)[0].id == toko
    # the duplicate's own keys now lead to the merged seller
    assert book.lookup([Key("handle", "tokomaju.official")]).seller == toko
    with pytest.raises(ValueError):
        book.merge(toko, toko)


def test_index_is_rebuilt_only_when_the_archive_changed(session):
    book = session.sellers
    _toko(book)
    first = book.index()
    assert book.index() is first
    book.add("Other", domains=["other.com"])
    assert book.index() is not first
    assert book.lookup(link_keys("other.com")).name == "Other"


def test_lookup_answers_none_once_locked(session):
    lookup = session.seller_lookup("ID")
    toko = _toko(session.sellers)
    session.sellers.mark(toko, "scam", "x")
    assert lookup(link_keys("tokomaju.com")).verdict == "scam"
    session.lock()
    assert lookup(link_keys("tokomaju.com")) is None


# -- signed seller cards -------------------------------------------------------------------------

def test_a_card_round_trips_as_file_and_text_and_names_a_family_signer(session, tmp_path):
    from desktop.archive.seller_cards import card_text

    toko = _toko(session.sellers)
    session.sellers.mark(toko, "scam", "never shipped")
    card = session.export_seller_card(toko)
    for form in (card, card_text(card), f"Bu, hati-hati:\n{card_text(card)}\n"):
        checked = session.read_seller_card(form)
        assert checked.family and not checked.impostor
        assert (checked.signer, checked.signer_name, checked.verdict) == (session.member, "Ibu", "scam")
        assert checked.seller["reason"] == "never shipped"
        assert checked.seller["phones"] == ["+6281234567890"]
    member = next(m for m, _ in session.members() if m.member == session.member)
    assert checked.fingerprint == member.fingerprint


def test_a_card_from_another_family_verifies_but_is_not_ours_and_imports_as_my_mark(session, tmp_path):
    other = create_archive(tmp_path / "Other.shopsafe", "other pass", name="Tante", kdf=KDF_FLOOR,
                           data_dir=tmp_path / "tante-pc")
    seller = other.sellers.add("Penipu HP", phones=["0813 9999 8888"], domains=["hp-murah.example.com"])
    other.sellers.mark(seller, "scam", "fake receipt")
    card = other.export_seller_card(seller)
    other.lock()
    checked = session.read_seller_card(card)
    assert (checked.family, checked.impostor, checked.signer_name) == (False, False, "Tante")
    existing = session.sellers.add("Toko HP", phones=["+62 813 9999 8888"])
    imported = session.import_seller_card(checked, "ID")
    assert imported == existing  # the card's phone matched a seller we had
    mark = session.sellers.seller(existing).verdict
    assert (mark.verdict, mark.by) == ("scam", session.member)
    assert "Tante" in mark.reason and "fake receipt" in mark.reason
    assert "hp-murah.example.com" in session.sellers.seller(existing).domains


@pytest.mark.parametrize("change", [
    lambda doc: doc.replace(b'"verdict":"scam"', b'"verdict":"trusted"'),
    lambda doc: doc.replace(b"never shipped", b"all good!!!!!"),
    lambda doc: doc.replace(b'"signer_name":"Ibu"', b'"signer_name":"Ayah"'),
])
def test_a_tampered_card_is_rejected_with_a_clear_message(session, change):
    from desktop.archive.seller_cards import TamperedCard, card_text

    toko = _toko(session.sellers)
    session.sellers.mark(toko, "scam", "never shipped")
    card = session.export_seller_card(toko)
    forged = change(card)
    assert forged != card
    for form in (forged, card_text(forged)):
        with pytest.raises(TamperedCard) as raised:
            session.read_seller_card(form)
        assert "changed after it was signed" in raised.value.message.render()


def test_a_card_re_signed_by_someone_else_under_a_family_members_id_is_an_impostor(session):
    from desktop.archive import keys
    from desktop.archive.encoding import b64e, parse_canonical_json
    from desktop.archive.keys import Identity
    from desktop.archive.rng import SystemRandom

    toko = _toko(session.sellers)
    doc = parse_canonical_json(session.export_seller_card(toko))
    del doc["sig"]
    mallory = Identity.generate(session.member, SystemRandom())
    doc.update(ed25519=b64e(mallory.ed25519_public), x25519=b64e(mallory.x25519_public))
    checked = session.read_seller_card(keys.sign_document(doc, "seller-card", mallory.ed25519_private))
    assert checked.impostor and not checked.family


@pytest.mark.parametrize("text", ["", "hello", "shopsafe-card:1:!!!", "shopsafe-card:1:AAAA", "{}",
                                  '{"format":"shopsafe-seller-card"}'])
def test_garbage_is_no_card(session, text):
    from desktop.archive.seller_cards import InvalidCard

    with pytest.raises(InvalidCard):
        session.read_seller_card(text)
