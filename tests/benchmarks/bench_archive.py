"""Archive benchmarks: 1 GB add/export beside age, unlock and search over 10,000 records.

Run on demand (not collected by pytest)::

    PYTHONPATH=. .venv/bin/python tests/benchmarks/bench_archive.py [--size-mb 1024] [--rounds 3]
        [--dir /path/on/the/disk/to/test] [--records 10000] [--skip-large] [--skip-records]

The large-file part is built to be fair on a noisy shared machine:

* same durability: ShopSafe fsyncs what it writes before it returns, so the primary comparison
  is age followed by an fsync of its output (timed together); age alone is shown too;
* same source, same disk: one random file in the page cache, every output in one folder;
* every timed operation runs in its own child process (its peak RSS from ``wait4``, its CPU
  time from ``ru_utime + ru_stime``). ShopSafe's children time only the add/export call, after
  interpreter start-up and unlock (wall and CPU time); age and dd are timed as whole processes;
* ``sync`` before every timed operation, so nobody pays for the previous one's dirty pages;
  at the start of each round the page cache is dropped (``echo 1 > /proc/sys/vm/drop_caches``,
  when permitted) and the inputs are read back in;
* contenders alternate, the order rotating every round; each round reports its own ratios,
  then the median and best per contender;
* a ``dd bs=1M conv=fsync`` copy of the same file to the same folder is the I/O ceiling.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PASS = "benchmark passphrase"


@dataclass
class Sample:
    seconds: float
    peak_mib: int
    user_seconds: float
    system_seconds: float


@dataclass
class Contender:
    label: str
    samples: list[Sample] = field(default_factory=list)


def _run(argv: list[str], **kwargs) -> tuple[Sample, str]:
    """One child process: wall time, peak RSS in MiB, CPU seconds, stdout."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, text=True, **kwargs)
    out = proc.stdout.read() if proc.stdout else ""
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    proc.returncode = code
    if code != 0:
        raise SystemExit(f"{argv[:3]} failed with {code}")
    return Sample(elapsed, usage.ru_maxrss // 1024, usage.ru_utime, usage.ru_stime), out


def _py(code: str) -> list[str]:
    return [sys.executable, "-c", code]


def _make_file(path: Path, size_mb: int) -> str:
    """Random (incompressible) content; returns its SHA-256."""
    digest = hashlib.sha256()
    block = os.urandom(1024 * 1024)
    with open(path, "wb") as handle:
        for i in range(size_mb):
            data = block[i % 7 :] + block[: i % 7]
            digest.update(data)
            handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    return digest.hexdigest()


def _fsync(path: Path) -> float:
    start = time.perf_counter()
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())
    return time.perf_counter() - start


def _warm(*paths: Path) -> None:
    for path in paths:
        subprocess.run(["cat", str(path)], stdout=subprocess.DEVNULL, check=True)


def _drop_caches() -> bool:
    """Write back and drop the page cache if this user may; True if it was dropped."""
    os.sync()
    try:
        with open("/proc/sys/vm/drop_caches", "w") as handle:
            handle.write("1\n")
        return True
    except OSError:
        return False


class LargeFile:
    """Add/export of one large file beside age and dd, alternating over several rounds."""

    ENCRYPT = ("dd copy, conv=fsync (I/O ceiling)", "ShopSafe add (encrypt + SHA-256 + fsync)",
               "age encrypt + fsync of its output", "age encrypt (no fsync)")
    DECRYPT = ("ShopSafe export (decrypt + fsync)", "age decrypt + fsync of its output",
               "age decrypt (no fsync)")

    def __init__(self, work: Path, size_mb: int, drop: bool = True) -> None:
        self.work = work
        self.drop = drop
        self.size_mb = size_mb
        self.source = work / "big.bin"
        self.rows = {label: Contender(label) for label in self.ENCRYPT + self.DECRYPT}
        self.dropped: list[bool] = []
        self.env = dict(os.environ, PYTHONPATH=str(ROOT), SHOPSAFE_DATA_DIR=str(work / "data"))
        self.key = work / "age.key"
        subprocess.run(["age-keygen", "-o", str(self.key)], check=True, capture_output=True)
        self.recipient = subprocess.run(["age-keygen", "-y", str(self.key)], check=True,
                                        capture_output=True, text=True).stdout.strip()
        self.sha256 = _make_file(self.source, size_mb)

    def _timed(self, argv: list[str], **kwargs) -> tuple[Sample, str]:
        os.sync()  # nobody pays for the previous contender's dirty pages
        return _run(argv, **kwargs)

    def _add(self, folder: Path) -> str:
        code = (
            "import time; from desktop.archive import Archive;"
            f"a = Archive.open({str(folder)!r}, {PASS!r}); import os; c = os.times();"
            f"t = time.perf_counter(); i = a.add_attachment({str(self.source)!r}); d = os.times();"
            "print(time.perf_counter() - t, d.user - c.user, d.system - c.system, i,"
            " a.get(i).fields['sha256'])"
        )
        sample, out = self._timed(_py(code), env=self.env)
        seconds, user, system, attachment, sha = out.split()
        if sha != self.sha256:
            raise SystemExit("ShopSafe add recorded a wrong SHA-256")
        sample.seconds, sample.user_seconds, sample.system_seconds = \
            float(seconds), float(user), float(system)
        self.rows[self.ENCRYPT[1]].samples.append(sample)
        return attachment

    def _export(self, folder: Path, attachment: str) -> None:
        target = self.work / "exported.bin"
        code = (
            "import time; from desktop.archive import Archive;"
            f"a = Archive.open({str(folder)!r}, {PASS!r}); import os; c = os.times();"
            f"t = time.perf_counter(); a.export_attachment({attachment!r}, {str(target)!r});"
            "d = os.times(); print(time.perf_counter() - t, d.user - c.user, d.system - c.system)"
        )
        sample, out = self._timed(_py(code), env=self.env)
        sample.seconds, sample.user_seconds, sample.system_seconds = \
            (float(x) for x in out.split())
        if target.stat().st_size != self.source.stat().st_size:
            raise SystemExit("ShopSafe export has the wrong size")
        self.rows[self.DECRYPT[0]].samples.append(sample)
        target.unlink()

    def _age(self, argv: list[str], output: Path, with_sync: str, without: str) -> None:
        sample, _ = self._timed(argv)
        flush = _fsync(output)
        self.rows[without].samples.append(sample)
        self.rows[with_sync].samples.append(
            Sample(sample.seconds + flush, sample.peak_mib, sample.user_seconds,
                   sample.system_seconds))

    def _dd(self) -> None:
        target = self.work / "dd.out"
        sample, _ = self._timed(["dd", f"if={self.source}", f"of={target}", "bs=1M",
                                 "conv=fsync", "status=none"])
        self.rows[self.ENCRYPT[0]].samples.append(sample)
        target.unlink()

    def round(self, index: int) -> None:
        work = self.work
        folder = work / f"big{index}.shopsafe"
        setup = (
            "from desktop.archive import Archive, KDF_FLOOR;"
            f"Archive.create({str(folder)!r}, {PASS!r}, kdf=KDF_FLOOR)"
        )
        subprocess.run(_py(setup), env=self.env, check=True)
        encrypted = work / "big.age"
        self.dropped.append(_drop_caches() if self.drop else False)
        _warm(self.source)
        attachment = ""

        def add() -> None:
            nonlocal attachment
            attachment = self._add(folder)

        def age() -> None:
            self._age(["age", "-r", self.recipient, "-o", str(encrypted), str(self.source)],
                      encrypted, self.ENCRYPT[2], self.ENCRYPT[3])

        steps = [self._dd, add, age]
        steps = steps[index % 3 :] + steps[: index % 3]
        for step in steps:
            step()
        # Both decrypting contenders read a page-cached input, like the encrypting ones.
        blob_files = list((folder / "objects").rglob("*.blob"))
        assert len(blob_files) == 1, blob_files
        _warm(encrypted, *blob_files)
        decrypted = work / "age.out"

        def export() -> None:
            self._export(folder, attachment)

        def age_d() -> None:
            self._age(["age", "-d", "-i", str(self.key), "-o", str(decrypted), str(encrypted)],
                      decrypted, self.DECRYPT[1], self.DECRYPT[2])
            decrypted.unlink()

        for step in ([export, age_d] if index % 2 == 0 else [age_d, export]):
            step()
        encrypted.unlink()
        shutil.rmtree(folder)

    def report(self) -> str:
        mb = self.size_mb
        rounds = len(self.rows[self.ENCRYPT[0]].samples)
        lines = [f"{mb} MiB file, {rounds} rounds, page cache dropped between rounds: "
                 f"{'yes' if all(self.dropped) else 'no'}; "
                 f"load average at the end {os.getloadavg()[0]:.2f}", ""]
        head = " | ".join(f"round {i + 1}" for i in range(rounds))
        lines += [f"| MiB/s | {head} | median | best | CPU s user / sys (median) | peak RSS MiB |",
                  "|---" * (rounds + 5) + "|"]
        for label in self.ENCRYPT + self.DECRYPT:
            samples = self.rows[label].samples
            rates = [mb / s.seconds for s in samples]
            lines.append(
                f"| {label} | " + " | ".join(f"{r:.0f}" for r in rates)
                + f" | {statistics.median(rates):.0f} | {max(rates):.0f}"
                + f" | {statistics.median(s.user_seconds for s in samples):.2f}"
                + f" / {statistics.median(s.system_seconds for s in samples):.2f}"
                + f" | {max(s.peak_mib for s in samples)} |")
        lines += ["", f"| ratio (ShopSafe / other, speed) | {head} | median |",
                  "|---" * (rounds + 2) + "|"]
        pairs = [("add / (age encrypt + fsync) — primary", self.ENCRYPT[1], self.ENCRYPT[2]),
                 ("add / age encrypt without fsync", self.ENCRYPT[1], self.ENCRYPT[3]),
                 ("add / dd conv=fsync", self.ENCRYPT[1], self.ENCRYPT[0]),
                 ("export / (age decrypt + fsync) — primary", self.DECRYPT[0], self.DECRYPT[1]),
                 ("export / age decrypt without fsync", self.DECRYPT[0], self.DECRYPT[2])]
        for label, ours, theirs in pairs:
            ratios = [b.seconds / a.seconds for a, b in
                      zip(self.rows[ours].samples, self.rows[theirs].samples)]
            lines.append(f"| {label} | " + " | ".join(f"{r:.2f}" for r in ratios)
                         + f" | {statistics.median(ratios):.2f} |")
        return "\n".join(lines)


WORDS = ("kamera sepatu tas laptop kulkas sofa jam tangan televisi ponsel blender máquina café "
         "zapatos bolso portátil nevera reloj televisor teléfono licuadora toko jaya makmur "
         "sentosa abadi tienda núñez cafetería elektronik garansi rekber penipuan reembolso "
         "envío pengiriman transfer cod escrow paypal tokopedia shopee mercadolibre").split()


def bench_records(work: Path, count: int) -> dict[str, float]:
    sys.path.insert(0, str(ROOT))
    from desktop.archive import KDF_FLOOR, Archive
    from desktop.archive.crypto import argon2id
    from desktop.archive.keys import slot_params

    rnd = random.Random(7)
    folder = work / "many.shopsafe"
    archive = Archive.create(folder, PASS, kdf=KDF_FLOOR, data_dir=work)
    start = time.perf_counter()
    for n in range(count):
        words = rnd.sample(WORDS, 6)
        archive.put("order", title=" ".join(words[:3]), seller=words[3].title(),
                    note=f"{words[4]} {words[5]} #{n}", total={"amount": str(n * 1000),
                                                                 "currency": "IDR"})
    write_rate = count / (time.perf_counter() - start)
    archive.lock()

    from desktop.archive.encoding import parse_canonical_json

    slot = next((folder / "slots").rglob("*.slot"))
    doc = parse_canonical_json(slot.read_bytes())
    params = slot_params(doc)
    kdf_times, open_times = [], []
    for _ in range(3):
        t0 = time.perf_counter()
        argon2id(PASS.encode(), b"\0" * 16, params)
        kdf_times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        opened = Archive.open(folder, PASS, data_dir=work)
        open_times.append(time.perf_counter() - t0)
    assert len(opened.items()) == count
    latencies = []
    for _ in range(500):
        query = " ".join(rnd.sample(WORDS, rnd.choice([1, 1, 2])))
        if rnd.random() < 0.3:
            query = query[: max(3, len(query) // 2)]  # prefix typing
        t0 = time.perf_counter()
        opened.search(query)
        latencies.append((time.perf_counter() - t0) * 1000)
    latencies.sort()
    return {
        "records": count,
        "writes_per_s": write_rate,
        "open_s": min(open_times),
        "kdf_s": min(kdf_times),
        "unlock_beyond_kdf_s": min(open_times) - min(kdf_times),
        "search_p50_ms": statistics.median(latencies),
        "search_p95_ms": latencies[int(len(latencies) * 0.95)],
        "search_max_ms": latencies[-1],
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size-mb", type=int, default=1024)
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds (>= 3)")
    parser.add_argument("--dir", type=Path, default=None, help="folder on the disk to test")
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--skip-large", action="store_true")
    parser.add_argument("--skip-records", action="store_true")
    parser.add_argument("--no-drop-caches", action="store_true",
                        help="only sync between rounds, keep the page cache")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-archive-", dir=args.dir))
    try:
        if not args.skip_large:
            large = LargeFile(work, args.size_mb, drop=not args.no_drop_caches)
            for index in range(args.rounds):
                large.round(index)
                print(f"round {index + 1} done", file=sys.stderr, flush=True)
            print(large.report())
        if not args.skip_records:
            stats = bench_records(work, args.records)
            print("\n" + json.dumps(stats, indent=1))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
