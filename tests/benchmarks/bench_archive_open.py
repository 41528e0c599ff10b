"""Opening an archive of N records, for one source tree (issue 17: the cost of signed records).

    .venv/bin/python tests/benchmarks/bench_archive_open.py /path/to/tree 2000 [--cold]

Writes N orders at the KDF floor, then prints writes/s and the best of 3 ``Archive.open``.
``--cold`` deletes this PC's cache of checked signatures before each open (a PC opening the
archive for the first time checks every Ed25519 signature).
"""

import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, sys.argv[1])
from desktop.archive import KDF_FLOOR, Archive  # noqa: E402

n = int(sys.argv[2])
cold = "--cold" in sys.argv
work = Path(tempfile.mkdtemp(prefix="bench-open"))
a = Archive.create(work / "A.shopsafe", "pw", kdf=KDF_FLOOR, data_dir=work)
t = time.perf_counter()
for i in range(n):
    a.put("order", title=f"order {i}", seller="Toko", note=f"n {i}",
          total={"amount": str(i), "currency": "IDR"})
w = time.perf_counter() - t
a.lock()
best = float("inf")
for _ in range(3):
    if cold:
        shutil.rmtree(work / "archive-verified", ignore_errors=True)
    t = time.perf_counter()
    b = Archive.open(work / "A.shopsafe", "pw", data_dir=work)
    best = min(best, time.perf_counter() - t)
    b.lock()
print(f"{sys.argv[1]}: {n} records, writes/s {n / w:.0f}, open best {best:.3f} s"
      + (" (cold)" if cold else ""))
shutil.rmtree(work)
