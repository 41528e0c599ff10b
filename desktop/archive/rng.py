"""Injectable sources of randomness and time.

Every random byte the archive writes (salts, nonces, keys, ids, file names) comes from a
:class:`RandomSource`, and every timestamp from a clock callable. Production uses
:class:`SystemRandom` (``os.urandom``) and wall time; golden-archive tests use
:class:`DeterministicRandom` and a fixed clock, which makes whole archives byte-for-byte
reproducible (Argon2id, X25519, Ed25519 and the AEADs are all deterministic given their inputs).
"""

from __future__ import annotations

import hashlib
import os
import threading
from datetime import UTC, datetime
from typing import Protocol

__all__ = ["Clock", "DeterministicRandom", "RandomSource", "SystemRandom", "utc_now"]


class RandomSource(Protocol):
    def bytes(self, n: int) -> bytes:
        """Return ``n`` bytes; a secure source must be unpredictable."""


class SystemRandom:
    """The operating system's CSPRNG. Thread-safe."""

    def bytes(self, n: int) -> bytes:
        return os.urandom(n)


class DeterministicRandom:
    """SHA-256 in counter mode over a seed: reproducible, for tests and golden files only.

    Output block ``i`` is ``SHA-256(seed || i as 8-byte big-endian)``. NOT secret: never use it
    for a real archive. Thread-safe.
    """

    def __init__(self, seed: bytes) -> None:
        self._seed = bytes(seed)
        self._counter = 0
        self._buffer = b""
        self._lock = threading.Lock()

    def bytes(self, n: int) -> bytes:
        with self._lock:
            while len(self._buffer) < n:
                block = hashlib.sha256(self._seed + self._counter.to_bytes(8, "big")).digest()
                self._counter += 1
                self._buffer += block
            out, self._buffer = self._buffer[:n], self._buffer[n:]
            return out


class Clock(Protocol):
    def __call__(self) -> datetime: ...


def utc_now() -> datetime:
    """Wall time in UTC, to the second (what records store)."""
    return datetime.now(UTC).replace(microsecond=0)
