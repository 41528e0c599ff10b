"""The orders model and filter (qtmodeltester), imports of e-mails, huge images and cancelling,
and the one writer announcing what changed."""

from __future__ import annotations

import email.message
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from desktop.archive import KDF_FLOOR, Order, create_archive
from desktop.ui.archive_import import IMAGE_LIMIT_MIB, ImportJob, check_image, parse_eml
from desktop.ui.archive_model import ID_ROLE, SORT_ROLE, OrdersModel
from desktop.ui.archive_ops import ArchiveWriter
from desktop.ui.tasks import PROGRESS, TOKEN, writer_pool


def _order(n: int, **kw) -> Order:
    base = dict(id=f"{n:016x}", title=f"Order {n}", seller=f"Seller {n % 7}", link="",
                date=f"2026-{n % 12 + 1:02d}-{n % 28 + 1:02d}", total=f"Rp {n * 1000:,}".replace(",", "."),
                status=("open", "paid", "received")[n % 3], notes="", tags=(f"t{n % 5}",),
                attachments=tuple(f"{n:015x}{i}" for i in range(n % 4)), needs_review=n % 10 == 0,
                deleted=False, created="2026-01-01T00:00:00Z", updated="2026-01-01T00:00:00Z")
    base.update(kw)
    return Order(**base)


def test_model_passes_qtmodeltester_and_sorts_by_value(qtmodeltester, qapp):
    model = OrdersModel()
    model.set_orders([_order(n) for n in range(1, 60)])
    qtmodeltester.check(model)
    proxy = model  # filters and sorts itself (no proxy in the paint path)
    proxy.sort(3, Qt.SortOrder.DescendingOrder)  # total: Rp 59.000 before Rp 9.000
    assert proxy.index(0, 3).data() == "Rp 59.000"
    assert proxy.index(0, 3).data(SORT_ROLE) == 59000
    proxy.set_filters(tag="t1", status="paid")
    ids = {proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())}
    assert ids == {o.id for o in model.all_orders() if "t1" in o.tags and o.status == "paid"}
    assert 0 < len(ids) < 59
    proxy.set_filters(date_from="2026-03-01", date_to="2026-03-31")
    assert proxy.rowCount() > 0
    assert all(proxy.index(r, 0).data().startswith("2026-03") for r in range(proxy.rowCount()))
    qtmodeltester.check(model)
    proxy.set_filters()
    model.update([_order(1, title="Changed"), _order(2, deleted=True), _order(500)])
    assert [o.title for o in model.orders() if o.id == _order(1).id] == ["Changed"]
    assert _order(2).id not in {o.id for o in model.orders()}
    assert model.orders()[0].id == _order(500).id  # re-sorted: Rp 500.000 is the largest total


def test_check_image_refuses_corrupt_and_oversized(tmp_path):
    good = QImage(20, 20, QImage.Format.Format_RGB32)
    good.fill(QColor("blue"))
    path = tmp_path / "ok.png"
    good.save(str(path))
    assert check_image(path=path) is None
    data = path.read_bytes()
    assert "damaged" in check_image(data=data[:40] + b"\0" * 40)
    # A real PNG header claiming 40,000 × 40,000 pixels: far past the allocation limit.
    side = 40_000
    assert side * side * 4 > IMAGE_LIMIT_MIB * 1024 * 1024
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body)))

    bomb = (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\0" * 1000)) + chunk(b"IEND", b""))
    assert "too large" in check_image(data=bomb)


def test_eml_import_keeps_text_and_attachments(tmp_path):
    message = email.message.EmailMessage()
    message["From"] = "cs@tokojaya.example"
    message["Subject"] = "Pesanan #4711 dikirim"
    message.set_content("Pesanan Anda sudah dikirim dengan resi JNE 123.")
    message.add_attachment(b"%PDF-1.4 invoice", maintype="application", subtype="pdf",
                           filename="invoice-4711.pdf")
    eml = tmp_path / "pesanan.eml"
    eml.write_bytes(message.as_bytes())
    text, parts = parse_eml(eml.read_bytes())
    assert "Pesanan #4711 dikirim" in text and "resi JNE 123" in text
    assert [(n, m, d) for n, m, d in parts] == [("invoice-4711.pdf", "application/pdf",
                                                 b"%PDF-1.4 invoice")]
    session = create_archive(tmp_path / "E.shopsafe", "kucing oranye makan pisang goreng",
                             kdf=KDF_FLOOR, data_dir=tmp_path)
    order = session.add_order(title="Pesanan")
    job = ImportJob([eml], order, "Pesanan")
    assert [step for step in job.run_slice(session, seconds=60)] == [(1, 1, "pesanan.eml")]
    assert job.finished
    result = job.result
    assert len(result.added) == 2 and result.skipped == []
    assert sorted(a.name for a in session.attachments(order)) == ["invoice-4711.pdf",
                                                                    "pesanan.eml"]
    assert [o.id for o in session.search("resi jne")] == [order]  # the e-mail's text is indexed
    session.lock()


def test_writer_announces_changes_even_when_an_import_is_cancelled(qtbot, tmp_path):
    session = create_archive(tmp_path / "W.shopsafe", "kucing oranye makan pisang goreng",
                             kdf=KDF_FLOOR, data_dir=tmp_path)
    order = session.add_order(title="Banyak")
    files = []
    for n in range(40):
        path = tmp_path / f"f{n:02d}.txt"
        path.write_text(f"file {n}")
        files.append(path)
    writer = ArchiveWriter()
    writer.session = session
    announced = []
    writer.changed.connect(announced.append)

    job = ImportJob(files, order, "Banyak")
    op = writer.op(lambda s, token, report: job.run_slice(s, seconds=600), TOKEN, PROGRESS)
    progressed = []
    op.on_progress(lambda value: (progressed.append(value),
                                  op.cancel() if len(progressed) == 3 else None))
    op.start()
    qtbot.waitUntil(lambda: bool(announced), timeout=10_000)
    assert writer_pool().waitForDone(10_000)
    added = session.order(order).file_count
    assert 3 <= added < 40 and added == len(job.result.added), added
    assert announced[-1].orders == {order} and len(announced[-1].attachments) == added
    with pytest.raises(ValueError):
        writer.op(lambda s: None).start(pool=object())  # only the writer pool
    session.lock()


def test_thumbnails_are_small_and_refuse_garbage(tmp_path):
    from desktop.ui.archive_import import make_thumbnail

    big = QImage(720, 1560, QImage.Format.Format_RGB32)
    big.fill(QColor("green"))
    path = tmp_path / "shot.png"
    big.save(str(path))
    thumb = make_thumbnail(path.read_bytes(), 96)
    assert thumb is not None and max(thumb.width(), thumb.height()) == 96
    assert thumb.pixelColor(10, 10) == QColor("green")
    assert make_thumbnail(b"not an image", 96) is None
