"""Issue 16 in the window: files read in the background (when added, and those never read when
the archive opens, with progress and Stop), the "Needs review" list, "Use these" and "Compare
the cost" — through the real Archive page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop.archive import KDF_FLOOR, create_archive
from desktop.settings import ARCHIVE_FOLDER, COUNTRY
from desktop.ui.main_window import MainWindow
from tests.reading import receipt_texts as T
from tests.reading.make_pdfs import png, text_pdf

PASS = "kucing oranye makan pisang goreng"


@pytest.fixture
def prepared(tmp_path: Path, monkeypatch):
    """An archive made before reading existed: two orders, their files never read."""
    monkeypatch.setenv("SHOPSAFE_DATA_DIR", str(tmp_path / "data"))
    folder = tmp_path / "Family.shopsafe"
    session = create_archive(folder, PASS, kdf=KDF_FLOOR, data_dir=tmp_path / "data")
    milk = session.add_order(title="Susu", seller="Indomaret", total="Rp 40.000",
                             date="2026-12-01")
    session.add_bytes(milk, text_pdf([T.ALFAMART]), "struk.pdf")
    shoes = session.add_order(title="Sepatu", seller="Budi", total="Rp 245.000",
                              date="2026-12-04", notes="rek BCA 9876543210 a.n. Budi")
    session.add_bytes(shoes, png(T.BRIMO), "bukti.png")
    plain = session.add_order(title="Kosong")
    session.lock()
    return folder, milk, shoes, plain


@pytest.fixture
def window(qtbot, settings, pool, prepared):
    settings.set_value(ARCHIVE_FOLDER, str(prepared[0]))
    settings.set_value(COUNTRY, "ID")
    win = MainWindow(settings, pool)
    qtbot.addWidget(win)
    win.show_page("archive")
    win.resize(1024, 600)
    win.show()
    yield win
    win.page("archive").lock()
    pool.waitForDone(20_000)
    from desktop.ui.tasks import writer_pool

    writer_pool().waitForDone(10_000)


def _unlock(qtbot, page):
    page.passphrase.setText(PASS)
    page.unlock_button.click()
    qtbot.waitUntil(lambda: page.session is not None, timeout=20_000)


def test_unread_files_are_read_on_open_and_the_review_lists_what_disagrees(qtbot, window,
                                                                           prepared):
    _folder, milk, shoes, plain = prepared
    page = window.page("archive")
    hooks = page.reading
    _unlock(qtbot, page)
    qtbot.waitUntil(lambda: hooks.reader.bar.isVisible(), timeout=5_000)
    qtbot.waitUntil(lambda: page.session.unread_files() == [] and not hooks.reader.busy,
                    timeout=60_000)
    qtbot.waitUntil(lambda: set(hooks.review.orders_listed()) == {milk, shoes}, timeout=10_000)
    assert hooks.review.isVisible()
    assert "2" in hooks.review.toggle.text()
    hooks.review.toggle.click()
    assert hooks.review.tree.isVisible()
    reasons = []
    for row in range(hooks.review.tree.topLevelItemCount()):
        top = hooks.review.tree.topLevelItem(row)
        reasons += [top.child(i).text(1) for i in range(top.childCount())]
    assert any("The receipt's total is Rp 50.000, the order says Rp 40.000." in r
               for r in reasons)
    assert any("not to the seller's account 9876543210" in r for r in reasons)
    # Search finds by the read text and by the amount written any way.
    for query in ("CILANDAK", "50000", "Rp50rb"):
        page.search.setText(query)
        page._apply_filters()
        assert page.model.rowCount() == 1, query
    page.search.clear()
    page._apply_filters()

    # Choosing the order from the list shows its read fields; "Use these" fills the order.
    top = next(hooks.review.tree.topLevelItem(i)
               for i in range(hooks.review.tree.topLevelItemCount())
               if hooks.review.tree.topLevelItem(i).data(0, 256) == milk)
    hooks.review.tree.itemClicked.emit(top, 0)
    assert page.current_order_id() == milk
    qtbot.waitUntil(lambda: hooks.fields.use_button.isVisible(), timeout=10_000)
    assert "Rp 50.000" in hooks.fields.fields.text() and "Total Bayar" in hooks.fields.fields.text()
    hooks.fields.use_button.click()
    qtbot.waitUntil(lambda: page.session.order(milk).total == "Rp 50.000", timeout=10_000)
    order = page.session.order(milk)
    assert (order.date, order.seller) == ("2026-12-04", "ALFAMART")
    qtbot.waitUntil(lambda: set(hooks.review.orders_listed()) == {shoes}, timeout=10_000)

    # "Compare the cost" starts an offer on the Costs page with the read total.
    hooks.fields.compare_button.click()
    costs = window.page("costs")
    QApplication.processEvents()
    assert [form.unit_price for form in costs.forms()] == ["50000 IDR"]


def test_files_added_while_open_are_read_and_stop_keeps_what_was_read(qtbot, window, prepared,
                                                                       tmp_path):
    page = window.page("archive")
    hooks = page.reading
    _unlock(qtbot, page)
    qtbot.waitUntil(lambda: not hooks.reader.busy and page.session.unread_files() == [],
                    timeout=60_000)
    page.select_order(prepared[3])
    files = []
    for n in range(4):
        path = tmp_path / f"nota{n}.pdf"
        path.write_bytes(text_pdf([T.OXXO.replace("FOLIO: 4567891", f"FOLIO: 99887{n}")]))
        files.append(path)
    page.add_paths(files[:1])
    qtbot.waitUntil(lambda: [page.session.reading(a.id) is not None
                             for a in page.session.attachments(prepared[3])] == [True],
                    timeout=30_000)
    page.search.setText("998870")
    page._apply_filters()
    assert page.model.rowCount() == 1
    page.search.clear()
    page._apply_filters()
    # Stop: nothing more is read now; what is left is read at the next unlock.
    page.add_paths(files[1:])
    qtbot.waitUntil(lambda: hooks.reader.busy, timeout=20_000)
    hooks.reader.cancel_button.click()
    assert not hooks.reader.busy and not hooks.reader.bar.isVisible()
    from desktop.ui.tasks import writer_pool

    qtbot.waitUntil(lambda: page.adder.busy is False, timeout=20_000)
    writer_pool().waitForDone(10_000)
    left = len(page.session.unread_files())
    page.lock()
    _unlock(qtbot, page)
    if left:
        qtbot.waitUntil(lambda: hooks.reader.busy, timeout=5_000)
    qtbot.waitUntil(lambda: page.session.unread_files() == [] and not hooks.reader.busy,
                    timeout=60_000)


def test_a_transfer_proof_shows_what_it_says_and_that_it_is_no_payment(qtbot, window, prepared):
    page = window.page("archive")
    hooks = page.reading
    _unlock(qtbot, page)
    qtbot.waitUntil(lambda: page.session.unread_files() == [] and not hooks.reader.busy,
                    timeout=60_000)
    page.select_order(prepared[2])
    qtbot.waitUntil(lambda: "transfer proof" in hooks.fields.fields.text(), timeout=10_000)
    text = hooks.fields.fields.text()
    assert "reference 123456789012" in text and "to account 1234567890" in text
    assert "A screenshot is not a payment" in text and "mutasi" in text
    assert not hooks.fields.use_button.isVisible()  # a proof never fills the order
    assert "9876543210" in hooks.fields.reasons.text()
