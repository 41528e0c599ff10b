"""Search: accent- and case-folding FTS5 in memory; nothing plaintext ever reaches the disk."""

from __future__ import annotations

import io
import os

from archive_helpers import open_archive


def test_search_folds_accents_and_case_and_matches_prefixes(make_archive):
    archive, _ = make_archive()
    cafe = archive.put("order", title="Máquina de CAFÉ", seller="Cafetería Núñez")
    scam = archive.put("seller", name="Toko Murah", note="Penipuan! tidak dikirim")
    archive.tag(cafe, "cocina")
    assert [i.id for i in archive.search("cafe")] == [cafe]
    assert [i.id for i in archive.search("NUNEZ maquina")] == [cafe]
    assert [i.id for i in archive.search("penip")] == [scam]
    assert [i.id for i in archive.search("cocina")] == [cafe]
    assert archive.search("cafe toko") == []
    assert archive.search("  ") == []
    assert archive.search('"; DROP TABLE items; --') == []


def test_index_follows_edits_deletes_and_unlock(make_archive):
    archive, folder = make_archive()
    order = archive.put("order", title="Sepeda lipat")
    archive.put("order", order, title="Sepeda gunung")
    assert archive.search("lipat") == []
    assert [i.id for i in archive.search("gunung")] == [order]
    archive.delete(order)
    assert archive.search("gunung") == []
    archive.restore(order)
    reopened = open_archive(folder, device=archive.device)
    assert [i.id for i in reopened.search("GUNUNG")] == [order]


def test_no_plaintext_on_disk(make_archive, tmp_path):
    marker = "ZebraPelikan7731"
    archive, folder = make_archive()
    order = archive.put("order", title=f"{marker} order", seller=marker)
    archive.tag(order, marker)
    archive.add_attachment(io.BytesIO((marker * 5000).encode()), name=f"{marker}.txt",
                           order=order)
    archive.search(marker)
    archive.lock()
    open_archive(folder).search(marker)
    for root, _dirs, files in os.walk(tmp_path):
        for name in files:
            path = os.path.join(root, name)
            assert marker not in name, path
            with open(path, "rb") as handle:
                assert marker.encode() not in handle.read(), path
