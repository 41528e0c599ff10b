"""Published known-answer vectors for every primitive the archive uses."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from desktop.archive import crypto
from desktop.archive.crypto import KdfParams

h = bytes.fromhex


def test_argon2id_rfc9106_section_5_3():
    kdf = Argon2id(
        salt=b"\x02" * 16, length=32, iterations=3, lanes=4, memory_cost=32,
        ad=b"\x04" * 12, secret=b"\x03" * 8,
    )
    assert kdf.derive(b"\x01" * 32) == h(
        "0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"
    )


def test_our_argon2id_wrapper_matches_the_primitive():
    params = KdfParams(memory_kib=64, iterations=3, lanes=4)
    low = KdfParams(8, 1, 1)
    ours = crypto.argon2id(b"password", b"somesalt" * 2, params, floor=low)
    direct = Argon2id(salt=b"somesalt" * 2, length=32, iterations=3, lanes=4,
                      memory_cost=64).derive(b"password")
    assert ours == direct


@pytest.mark.parametrize(
    ("ikm", "salt", "info", "length", "okm"),
    [
        (  # RFC 5869 A.1
            "0b" * 22, "000102030405060708090a0b0c", "f0f1f2f3f4f5f6f7f8f9", 42,
            "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf"
            "34007208d5b887185865",
        ),
        (  # RFC 5869 A.3 (empty salt and info)
            "0b" * 22, "", "", 42,
            "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d"
            "9d201395faa4b61a96c8",
        ),
    ],
)
def test_hkdf_rfc5869(ikm, salt, info, length, okm):
    assert crypto.hkdf(h(ikm), h(info), salt=h(salt) or None, length=length) == h(okm)


def test_x25519_rfc7748_section_6_1():
    alice = h("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a")
    bob = h("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb")
    alice_pub = h("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a")
    bob_pub = h("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f")
    shared = h("4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742")
    assert crypto.x25519_public(alice) == alice_pub
    assert crypto.x25519_public(bob) == bob_pub
    assert crypto.x25519_shared(alice, bob_pub) == shared
    assert crypto.x25519_shared(bob, alice_pub) == shared


def test_x25519_rejects_low_order_point():
    with pytest.raises(crypto.AuthenticationFailed):
        crypto.x25519_shared(b"\x01" * 32, b"\x00" * 32)


@pytest.mark.parametrize(
    ("secret", "public", "message", "signature"),
    [
        (  # RFC 8032 7.1 TEST 1
            "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
            "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
            "",
            "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555"
            "fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b",
        ),
        (  # RFC 8032 7.1 TEST 2
            "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
            "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c",
            "72",
            "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
            "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00",
        ),
    ],
)
def test_ed25519_rfc8032(secret, public, message, signature):
    assert crypto.ed25519_public(h(secret)) == h(public)
    assert crypto.ed25519_sign(h(secret), h(message)) == h(signature)
    crypto.ed25519_verify(h(public), h(signature), h(message))
    with pytest.raises(crypto.AuthenticationFailed):
        crypto.ed25519_verify(h(public), h(signature), h(message) + b"x")


def test_chacha20_poly1305_rfc8439_section_2_8_2():
    key = bytes(range(0x80, 0xA0))
    nonce = h("070000004041424344454647")
    aad = h("50515253c0c1c2c3c4c5c6c7")
    plaintext = (
        b"Ladies and Gentlemen of the class of '99: If I could offer you only one tip "
        b"for the future, sunscreen would be it."
    )
    expected = h(
        "d31a8d34648e60db7b86afbc53ef7ec2a4aded51296e08fea9e2b5a736ee62d6"
        "3dbea45e8ca9671282fafb69da92728b1a71de0a9e060b2905d6a5b67ecd3b36"
        "92ddbd7f2d778b8c9803aee328091b58fab324e4fad675945585808b4831d7bc"
        "3ff4def08e4b7a9de576d26586cec64b6116"
        "1ae10b594f09e26a7e902ecbd0600691"
    )
    assert crypto.aead_seal(key, nonce, plaintext, aad) == expected
    assert crypto.aead_open(key, nonce, expected, aad) == plaintext
    tampered = bytearray(expected)
    tampered[0] ^= 1
    with pytest.raises(crypto.AuthenticationFailed):
        crypto.aead_open(key, nonce, bytes(tampered), aad)
