"""Key files: members, passphrase and recovery slots, grants, and the recovery key text.

See FORMAT.md §3–§6 for the exact layouts. Every key file is canonical JSON and carries an
Ed25519 signature (``sig``) by a member key, so ``verify`` can check it without any secret;
slots and grants are additionally sealed with ChaCha20-Poly1305 whose AAD is the file's own
header. Parsing functions raise :class:`~desktop.archive.encoding.FormatError` for malformed
files, :class:`~desktop.archive.crypto.AuthenticationFailed` for bad tags or signatures and
:class:`~desktop.archive.encoding.NewerFormat` for files from a newer format.
"""

from __future__ import annotations

import base64
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from desktop.archive import crypto
from desktop.archive.crypto import KdfParams
from desktop.archive.encoding import FormatError, b64d, b64e, canonical_json, check_version, parse_canonical_json
from desktop.archive.rng import RandomSource

__all__ = [
    "FORMAT_VERSION",
    "Identity",
    "format_recovery_key",
    "make_grant",
    "make_member",
    "make_slot",
    "open_grant",
    "open_slot",
    "parse_member",
    "parse_recovery_key",
    "parse_signed",
]

FORMAT_VERSION = 1
_ID_RE = re.compile(r"^[0-9a-f]{16}$")
_ARCHIVE_ID_RE = re.compile(r"^[0-9a-f]{32}$")


@dataclass(frozen=True)
class Identity:
    """A member's private keys (held in memory only while unlocked)."""

    member: str
    x25519_private: bytes
    ed25519_private: bytes

    @property
    def x25519_public(self) -> bytes:
        return crypto.x25519_public(self.x25519_private)

    @property
    def ed25519_public(self) -> bytes:
        return crypto.ed25519_public(self.ed25519_private)

    @classmethod
    def generate(cls, member: str, rng: RandomSource) -> Identity:
        return cls(member, rng.bytes(32), rng.bytes(32))


@dataclass(frozen=True)
class Member:
    """A member's public file: who they are and their public keys."""

    member: str
    name: str
    role: str
    x25519_public: bytes
    ed25519_public: bytes

    @property
    def fingerprint(self) -> str:
        """16 letters to compare out of band (phone, in person) before granting access."""
        digest = hashlib.sha256(b"shopsafe member" + self.x25519_public + self.ed25519_public)
        text = base64.b32encode(digest.digest()[:10]).decode("ascii")
        return "-".join(text[i : i + 4] for i in range(0, 16, 4))


def new_id(rng: RandomSource) -> str:
    return rng.bytes(8).hex()


def check_id(value: object, what: str) -> str:
    if not isinstance(value, str) or not _ID_RE.match(value):
        raise FormatError(f"bad {what} id")
    return value


def check_archive_id(value: object) -> str:
    if not isinstance(value, str) or not _ARCHIVE_ID_RE.match(value):
        raise FormatError("bad archive id")
    return value


def _domain(kind: str) -> bytes:
    return f"shopsafe/v1/{kind}\x00".encode("ascii")


def sign_document(doc: dict[str, Any], kind: str, ed25519_private: bytes) -> bytes:
    """Canonical bytes of ``doc`` plus ``sig`` = Ed25519(domain(kind) || canonical(doc))."""
    signature = crypto.ed25519_sign(ed25519_private, _domain(kind) + canonical_json(doc))
    return canonical_json({**doc, "sig": b64e(signature)})


def parse_signed(data: bytes, kind: str, fields: set[str], optional: frozenset[str] = frozenset(),
                 max_size: int = 64 * 1024) -> tuple[dict[str, Any], bytes]:
    """Parse a signed key file of ``kind``; returns (document without sig, signature).

    Checks the format tag, the version and the exact field set (``fields``, plus any of
    ``optional``); the caller verifies the signature with :func:`check_signature` once it
    knows the signer.
    """
    doc = parse_canonical_json(data, max_size=max_size)
    if doc.get("format") != f"shopsafe-{kind}":
        raise FormatError(f"not a {kind} file")
    check_version(doc.get("version"), FORMAT_VERSION)
    expected = fields | {"format", "version", "sig"}
    if set(doc) - optional != expected:
        raise FormatError(f"fields differ from the {kind} layout")
    signature = b64d(doc.pop("sig"), 64)
    return doc, signature


def check_signature(doc: dict[str, Any], kind: str, signature: bytes, public: bytes) -> None:
    crypto.ed25519_verify(public, signature, _domain(kind) + canonical_json(doc))


# -- members -----------------------------------------------------------------------------------

_MEMBER_FIELDS = {"archive", "member", "name", "role", "x25519", "ed25519"}


def make_member(archive_id: str, identity: Identity, name: str, role: str) -> bytes:
    doc = {
        "format": "shopsafe-member",
        "version": FORMAT_VERSION,
        "archive": archive_id,
        "member": identity.member,
        "name": name,
        "role": role,
        "x25519": b64e(identity.x25519_public),
        "ed25519": b64e(identity.ed25519_public),
    }
    return sign_document(doc, "member", identity.ed25519_private)


def parse_member(data: bytes, archive_id: str) -> Member:
    """Parse and self-verify a member file; raises FormatError / AuthenticationFailed."""
    doc, signature = parse_signed(data, "member", _MEMBER_FIELDS)
    if doc["archive"] != archive_id:
        raise FormatError("member file of another archive")
    member = Member(
        member=check_id(doc["member"], "member"),
        name=_text(doc["name"]),
        role=_role(doc["role"]),
        x25519_public=b64d(doc["x25519"], 32),
        ed25519_public=b64d(doc["ed25519"], 32),
    )
    check_signature(doc, "member", signature, member.ed25519_public)
    return member


def _text(value: object) -> str:
    if not isinstance(value, str) or len(value) > 200:
        raise FormatError("bad text field")
    return value


def _role(value: object) -> str:
    if value not in ("member", "recovery"):
        raise FormatError("bad role")
    return str(value)


# -- slots -------------------------------------------------------------------------------------

_SLOT_FIELDS = {"archive", "member", "slot", "kdf", "nonce", "ct"}


def normalize_passphrase(passphrase: str) -> bytes:
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _slot_kek(kdf: dict[str, Any], secret: bytes, floor: KdfParams, cap: KdfParams) -> bytes:
    salt = b64d(kdf["salt"], crypto.SALT_SIZE)
    if kdf["alg"] == "argon2id":
        params = KdfParams.from_json({k: kdf[k] for k in ("m", "t", "p")})
        return crypto.argon2id(secret, salt, params, floor, cap)
    return crypto.hkdf(secret, b"shopsafe/v1/recovery-slot", salt=salt)


def _check_kdf(kdf: object) -> dict[str, Any]:
    if not isinstance(kdf, dict):
        raise FormatError("kdf is not an object")
    if kdf.get("alg") == "argon2id" and set(kdf) == {"alg", "m", "t", "p", "salt"}:
        try:
            KdfParams.from_json({k: kdf[k] for k in ("m", "t", "p")})
        except ValueError as exc:
            raise FormatError(str(exc)) from None
    elif kdf.get("alg") == "recovery-hkdf" and set(kdf) == {"alg", "salt"}:
        pass
    else:
        raise FormatError("unknown kdf")
    b64d(kdf["salt"], crypto.SALT_SIZE)
    return kdf


def slot_cost(data: bytes) -> int:
    """A slot's Argon2id cost (m × t) read without any check, for ordering attempts only."""
    import json

    kdf = json.loads(data).get("kdf", {})
    if kdf.get("alg") != "argon2id":
        return 0
    return int(kdf["m"]) * int(kdf["t"])


def slot_params(doc: dict[str, Any]) -> KdfParams | None:
    kdf = doc["kdf"]
    if kdf["alg"] != "argon2id":
        return None
    return KdfParams.from_json({k: kdf[k] for k in ("m", "t", "p")})


def make_slot(
    archive_id: str,
    identity: Identity,
    slot: str,
    secret: bytes,
    params: KdfParams | None,
    rng: RandomSource,
    floor: KdfParams = crypto.KDF_FLOOR,
    cap: KdfParams = crypto.KDF_CAP,
) -> bytes:
    """A slot sealing ``identity`` under ``secret`` (Argon2id with ``params``, or, for a
    recovery key, HKDF when ``params`` is None). Raises KdfOutOfBounds for bad params."""
    salt = rng.bytes(crypto.SALT_SIZE)
    if params is None:
        kdf: dict[str, Any] = {"alg": "recovery-hkdf", "salt": b64e(salt)}
    else:
        kdf = {"alg": "argon2id", **params.to_json(), "salt": b64e(salt)}
    header = {
        "format": "shopsafe-slot",
        "version": FORMAT_VERSION,
        "archive": archive_id,
        "member": identity.member,
        "slot": slot,
        "kdf": kdf,
        "nonce": b64e(rng.bytes(crypto.NONCE_SIZE)),
    }
    kek = _slot_kek(kdf, secret, floor, cap)
    ct = crypto.aead_seal(
        kek,
        b64d(header["nonce"]),
        identity.x25519_private + identity.ed25519_private,
        _domain("slot") + canonical_json(header),
    )
    return sign_document({**header, "ct": b64e(ct)}, "slot", identity.ed25519_private)


def parse_slot(data: bytes, archive_id: str) -> tuple[dict[str, Any], bytes]:
    """Structure of a slot file (no secret needed); returns (doc, signature)."""
    doc, signature = parse_signed(data, "slot", _SLOT_FIELDS)
    if doc["archive"] != archive_id:
        raise FormatError("slot of another archive")
    check_id(doc["member"], "member")
    check_id(doc["slot"], "slot")
    _check_kdf(doc["kdf"])
    b64d(doc["nonce"], crypto.NONCE_SIZE)
    b64d(doc["ct"], 64 + crypto.TAG_SIZE)
    return doc, signature


def open_slot(
    doc: dict[str, Any],
    secret: bytes,
    floor: KdfParams = crypto.KDF_FLOOR,
    cap: KdfParams = crypto.KDF_CAP,
) -> Identity:
    """Derive the slot key and unseal the member keys.

    Raises KdfOutOfBounds (before any KDF work) and AuthenticationFailed (wrong secret or
    changed header)."""
    kek = _slot_kek(doc["kdf"], secret, floor, cap)
    header = {k: v for k, v in doc.items() if k != "ct"}
    plain = crypto.aead_open(
        kek, b64d(doc["nonce"]), b64d(doc["ct"]), _domain("slot") + canonical_json(header)
    )
    return Identity(doc["member"], plain[:32], plain[32:])


# -- grants ------------------------------------------------------------------------------------

_GRANT_FIELDS = {"archive", "generation", "member", "by", "eph", "nonce", "ct"}


def make_grant(
    archive_id: str,
    generation: int,
    archive_key: bytes,
    recipient: str,
    recipient_x25519: bytes,
    granter: Identity,
    rng: RandomSource,
) -> bytes:
    """Wrap ``archive_key`` to ``recipient`` (X25519 + HKDF + AEAD), signed by ``granter``."""
    eph = rng.bytes(32)
    eph_public = crypto.x25519_public(eph)
    header = {
        "format": "shopsafe-grant",
        "version": FORMAT_VERSION,
        "archive": archive_id,
        "generation": generation,
        "member": recipient,
        "by": granter.member,
        "eph": b64e(eph_public),
        "nonce": b64e(rng.bytes(crypto.NONCE_SIZE)),
    }
    wrap = _grant_key(crypto.x25519_shared(eph, recipient_x25519), eph_public, recipient_x25519)
    ct = crypto.aead_seal(
        wrap, b64d(header["nonce"]), archive_key, _domain("grant") + canonical_json(header)
    )
    return sign_document({**header, "ct": b64e(ct)}, "grant", granter.ed25519_private)


def _grant_key(shared: bytes, eph_public: bytes, recipient_public: bytes) -> bytes:
    return crypto.hkdf(shared, b"shopsafe/v1/grant", salt=eph_public + recipient_public)


def parse_grant(data: bytes, archive_id: str) -> tuple[dict[str, Any], bytes]:
    doc, signature = parse_signed(data, "grant", _GRANT_FIELDS)
    if doc["archive"] != archive_id:
        raise FormatError("grant of another archive")
    generation = doc["generation"]
    if type(generation) is not int or not 1 <= generation < 2**31:
        raise FormatError("bad generation")
    check_id(doc["member"], "member")
    check_id(doc["by"], "member")
    b64d(doc["eph"], 32)
    b64d(doc["nonce"], crypto.NONCE_SIZE)
    b64d(doc["ct"], 32 + crypto.TAG_SIZE)
    return doc, signature


def open_grant(doc: dict[str, Any], identity: Identity) -> bytes:
    """Unwrap the archive key of a parsed grant; raises AuthenticationFailed."""
    eph_public = b64d(doc["eph"], 32)
    wrap = _grant_key(
        crypto.x25519_shared(identity.x25519_private, eph_public),
        eph_public,
        identity.x25519_public,
    )
    header = {k: v for k, v in doc.items() if k != "ct"}
    return crypto.aead_open(
        wrap, b64d(doc["nonce"]), b64d(doc["ct"]), _domain("grant") + canonical_json(header)
    )


# -- recovery key text -------------------------------------------------------------------------

_RECOVERY_GROUP = 4


def format_recovery_key(key: bytes) -> str:
    """32 key bytes + 3 checksum bytes as 56 base32 letters in groups of four."""
    if len(key) != 32:
        raise ValueError("recovery key must be 32 bytes")
    check = hashlib.sha256(b"shopsafe recovery key" + key).digest()[:3]
    text = base64.b32encode(key + check).decode("ascii")
    groups = [text[i : i + _RECOVERY_GROUP] for i in range(0, len(text), _RECOVERY_GROUP)]
    return "-".join(groups)


def parse_recovery_key(text: str) -> bytes:
    """Inverse of :func:`format_recovery_key`, forgiving case, spaces, dashes, 0/O, 1/I, 8/B.

    Raises ValueError when the text is not a recovery key (wrong length or checksum)."""
    cleaned = re.sub(r"[\s\-]", "", text).upper().translate(str.maketrans("018", "OIB"))
    if len(cleaned) != 56 or not re.fullmatch(r"[A-Z2-7]+", cleaned):
        raise ValueError("recovery key must be 56 letters and digits")
    raw = base64.b32decode(cleaned)
    key, check = raw[:32], raw[32:]
    if hashlib.sha256(b"shopsafe recovery key" + key).digest()[:3] != check:
        raise ValueError("recovery key checksum mismatch")
    return key
