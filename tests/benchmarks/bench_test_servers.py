"""Cost of the test infrastructure: minting certificates, starting servers, serving requests.

Run:  .venv/bin/python tests/benchmarks/bench_test_servers.py
Prints one line per figure. Loopback only; bounded request counts.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import requests  # noqa: E402

from support import CertKind, HostMap, TestCA, TestServer, write_site  # noqa: E402


class _Patch:
    """A tiny stand-in for pytest's monkeypatch (setattr with undo)."""

    def __init__(self) -> None:
        self._undo: list[tuple[object, str, object]] = []

    def setattr(self, target, name, value) -> None:
        self._undo.append((target, name, getattr(target, name)))
        setattr(target, name, value)

    def undo(self) -> None:
        for target, name, value in reversed(self._undo):
            setattr(target, name, value)


def timed(func, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        out.append(time.perf_counter() - start)
    return out


def report(label: str, samples: list[float], unit: str = "ms") -> None:
    scale = 1000 if unit == "ms" else 1
    print(f"{label:<48} median {statistics.median(samples) * scale:8.2f} {unit}"
          f"   p90 {sorted(samples)[int(len(samples) * 0.9) - 1] * scale:8.2f} {unit}   n={len(samples)}")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        report("create test CA (root key + cert)", timed(lambda: TestCA(tmp_path / f"ca{time.perf_counter_ns()}"), 20))
        ca = TestCA(tmp_path / "ca")
        counter = iter(range(10**6))
        for kind in CertKind:
            report(f"issue leaf {kind.value}", timed(lambda: ca.issue(kind, f"h{next(counter)}.test"), 20))

        patch = _Patch()
        host_map = HostMap().install(patch)
        try:
            site = write_site(tmp_path / "shop", {"index.html": "<h1>Toko</h1>" + "x" * 10_000})

            def start_stop(tls: bool) -> None:
                server = TestServer(ca if tls else None, on_site_added=host_map.add)
                server.add_site("shop.test", root=site)
                server.close()

            report("start + close HTTP server", timed(lambda: start_stop(False), 20))
            report("start + close HTTPS server", timed(lambda: start_stop(True), 20))

            for tls in (False, True):
                with TestServer(ca if tls else None, on_site_added=host_map.add) as server:
                    server.add_site("shop.test", root=site)
                    url = server.url("shop.test", "/")
                    verify = str(ca.bundle_path)
                    report(f"{server.scheme.upper()} GET, new connection each (10 KB page)",
                           timed(lambda: requests.get(url, verify=verify, timeout=5), 100))
                    with requests.Session() as session:
                        session.verify = verify
                        session.trust_env = False  # REQUESTS_CA_BUNDLE would override verify
                        report(f"{server.scheme.upper()} GET, kept-alive session",
                               timed(lambda: session.get(url, timeout=5), 200))
        finally:
            patch.undo()


if __name__ == "__main__":
    main()
