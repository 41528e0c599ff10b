"""What the family features add to unlocking (issue 12): names, refused records and the news
since the last visit (``desktop.ui.archive_news.load_family`` minus Qt), beside the unlock
itself, on an archive where another member wrote N orders with a note each.

    .venv/bin/python tests/benchmarks/bench_archive_family.py 5000

Prints the unlock time (best of 3, signatures cached as on a PC that opened it before) and
the family load time (best of 3, each on a fresh "last visit" so every item is examined and
all of Budi's 2N items are news), and their ratio. Runs on a worker thread in the window:
the figure is latency before the news shows, not a stall.
"""

import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from desktop.archive import KDF_FLOOR, create_archive, open_archive  # noqa: E402

n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
work = Path(tempfile.mkdtemp(prefix="bench-family"))
folder = work / "F.shopsafe"
ibu = create_archive(folder, "ibu pw panjang", name="Ibu", kdf=KDF_FLOOR, data_dir=work / "ibu")
ibu.add_member_here("Budi", "budi pw panjang", KDF_FLOOR)
ibu.take_news()  # Ibu's earlier visit: everything Budi writes next is news
visits = work / "ibu" / "archive-visits.json"
saved = visits.read_bytes()
ibu.lock()
budi = open_archive(folder, "budi pw panjang", data_dir=work / "budi")
for i in range(n):
    order = budi.add_order(title=f"order {i}", seller=f"Toko {i % 50}", total=f"Rp {i}.000")
    budi.add_note(order, f"note {i}")
budi.lock()

unlock = family = float("inf")
count = 0
for _ in range(3):
    visits.write_bytes(saved)
    t = time.perf_counter()
    session = open_archive(folder, "ibu pw panjang", data_dir=work / "ibu")
    unlock = min(unlock, time.perf_counter() - t)
    t = time.perf_counter()
    names, untrusted, news = session.member_names(), session.untrusted(), session.take_news()
    family = min(family, time.perf_counter() - t)
    count = len(news.items)
    session.lock()
print(f"{n} orders + {n} notes by another member: unlock {unlock:.3f} s, family load "
      f"{family:.3f} s ({family / unlock:.2f}x the unlock), {count} news items")
shutil.rmtree(work)
