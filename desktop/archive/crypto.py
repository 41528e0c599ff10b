"""The archive's cryptographic primitives, all from ``cryptography`` (no home-made crypto).

* Argon2id (RFC 9106) turns a passphrase into a 32-byte key-encryption key. Parameters are
  stored per slot and checked against :data:`KDF_FLOOR` and :data:`KDF_CAP` *before* any work is
  done, so a hostile file can neither weaken a new slot nor exhaust memory or time.
* HKDF-SHA256 (RFC 5869) derives every sub-key, with a distinct ``info`` label per use.
* ChaCha20-Poly1305 (RFC 8439) is the only AEAD.
* X25519 (RFC 7748) wraps an archive key to a member; Ed25519 (RFC 8032) signs key files.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop.archive.rng import RandomSource

__all__ = [
    "KDF_CAP",
    "KDF_FLOOR",
    "AuthenticationFailed",
    "KdfParams",
    "KdfOutOfBounds",
    "aead_open",
    "aead_seal",
    "argon2id",
    "calibrate",
    "ed25519_public",
    "ed25519_sign",
    "ed25519_verify",
    "hkdf",
    "x25519_public",
    "x25519_shared",
]

KEY_SIZE = 32
NONCE_SIZE = 12
TAG_SIZE = 16
SALT_SIZE = 16


class AuthenticationFailed(Exception):
    """An AEAD tag or a signature did not verify."""


class KdfOutOfBounds(ValueError):
    """Argon2id parameters outside [floor, cap]; ``args[0]`` names the parameter."""


@dataclass(frozen=True, order=True)
class KdfParams:
    """Argon2id cost: ``memory_kib`` (m, KiB), ``iterations`` (t), ``lanes`` (p)."""

    memory_kib: int
    iterations: int
    lanes: int

    def to_json(self) -> dict[str, int]:
        return {"m": self.memory_kib, "t": self.iterations, "p": self.lanes}

    @classmethod
    def from_json(cls, value: object) -> KdfParams:
        if not isinstance(value, dict) or set(value) != {"m", "t", "p"}:
            raise ValueError("KDF parameters must be an object with m, t, p")
        items = [value["m"], value["t"], value["p"]]
        if not all(type(v) is int for v in items):
            raise ValueError("KDF parameters must be integers")
        return cls(*items)


# OWASP's minimum for Argon2id (m=19 MiB, t=2, p=1): nothing weaker is ever written or read.
KDF_FLOOR = KdfParams(memory_kib=19 * 1024, iterations=2, lanes=1)
# A hostile file must not make us allocate more than 1 GiB or spin for minutes.
KDF_CAP = KdfParams(memory_kib=1024 * 1024, iterations=16, lanes=8)


def check_bounds(params: KdfParams, floor: KdfParams, cap: KdfParams) -> None:
    """Raise :class:`KdfOutOfBounds` unless every parameter lies within [floor, cap]."""
    for name in ("memory_kib", "iterations", "lanes"):
        value = getattr(params, name)
        low = getattr(floor, name)
        high = getattr(cap, name)
        if name == "lanes":
            low = 1  # lanes trade memory bandwidth, not strength; any count up to the cap
        if value < low:
            raise KdfOutOfBounds(f"{name}={value} below floor {low}")
        if value > high:
            raise KdfOutOfBounds(f"{name}={value} above cap {high}")
    if params.memory_kib < 8 * params.lanes:
        raise KdfOutOfBounds("memory below 8 KiB per lane")


def argon2id(
    secret: bytes,
    salt: bytes,
    params: KdfParams,
    floor: KdfParams = KDF_FLOOR,
    cap: KdfParams = KDF_CAP,
) -> bytes:
    """Argon2id(secret, salt) → 32 bytes; raises :class:`KdfOutOfBounds` before any work."""
    check_bounds(params, floor, cap)
    return Argon2id(
        salt=salt,
        length=KEY_SIZE,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive(secret)


def calibrate(
    target_seconds: float = 0.6,
    floor: KdfParams = KDF_FLOOR,
    cap: KdfParams = KDF_CAP,
    max_memory_kib: int = 256 * 1024,
) -> KdfParams:
    """Parameters taking about ``target_seconds`` (0.5–1 s) on this machine, within bounds.

    Memory grows first (up to ``max_memory_kib``, the dominant cost for attackers), then
    iterations. Measures real Argon2id runs; takes roughly 1–2 × ``target_seconds``.
    """
    memory = max(floor.memory_kib, 64 * 1024)
    iterations = max(floor.iterations, 3)
    lanes = 1
    salt = b"\x00" * SALT_SIZE

    def timed(m: int, t: int) -> float:
        start = time.perf_counter()
        argon2id(b"calibration", salt, KdfParams(m, t, lanes), floor, cap)
        return time.perf_counter() - start

    elapsed = timed(memory, iterations)
    while elapsed < target_seconds / 2 and memory * 2 <= min(max_memory_kib, cap.memory_kib):
        memory *= 2
        elapsed *= 2
    if elapsed < target_seconds:
        # Scale iterations linearly; Argon2id time is linear in t.
        scaled = int(iterations * target_seconds / max(elapsed, 1e-3))
        iterations = max(iterations, min(scaled, cap.iterations))
    elif elapsed > target_seconds * 1.6:
        while elapsed > target_seconds * 1.6 and memory // 2 >= floor.memory_kib:
            memory //= 2
            elapsed /= 2
    return KdfParams(memory, iterations, lanes)


def hkdf(key: bytes, info: bytes, salt: bytes | None = None, length: int = KEY_SIZE) -> bytes:
    """HKDF-SHA256 (RFC 5869)."""
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=salt, info=info).derive(key)


def aead_seal(key: bytes, nonce: bytes, plaintext: bytes, aad: bytes) -> bytes:
    """ChaCha20-Poly1305 encryption: ciphertext || 16-byte tag."""
    return ChaCha20Poly1305(key).encrypt(nonce, plaintext, aad)


def aead_open(key: bytes, nonce: bytes, ciphertext: bytes, aad: bytes) -> bytes:
    """ChaCha20-Poly1305 decryption; raises :class:`AuthenticationFailed`."""
    try:
        return ChaCha20Poly1305(key).decrypt(nonce, ciphertext, aad)
    except InvalidTag:
        raise AuthenticationFailed("AEAD tag mismatch") from None


def x25519_public(private: bytes) -> bytes:
    return X25519PrivateKey.from_private_bytes(private).public_key().public_bytes_raw()


def x25519_shared(private: bytes, peer_public: bytes) -> bytes:
    """X25519(private, peer); raises :class:`AuthenticationFailed` on an all-zero result."""
    try:
        return X25519PrivateKey.from_private_bytes(private).exchange(
            X25519PublicKey.from_public_bytes(peer_public)
        )
    except ValueError:
        raise AuthenticationFailed("low-order X25519 point") from None


def ed25519_public(private: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private).public_key().public_bytes_raw()


def ed25519_sign(private: bytes, message: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private).sign(message)


def ed25519_verify(public: bytes, signature: bytes, message: bytes) -> None:
    """Raise :class:`AuthenticationFailed` unless ``signature`` is valid."""
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, message)
    except (InvalidSignature, ValueError):
        raise AuthenticationFailed("bad signature") from None


def random_key(rng: RandomSource) -> bytes:
    return rng.bytes(KEY_SIZE)
