"""A throw-away certificate authority for tests, minted with ``cryptography``.

One :class:`TestCA` is created per test session (fixture ``test_ca``). It issues leaf
certificates of every :class:`CertKind` the HTTPS checks must tell apart, and builds the
``ssl.SSLContext`` objects the loopback servers and test clients need.

Nothing here is trusted by the system: a client only trusts these certificates when it is given
:attr:`TestCA.bundle_path` (``requests.get(url, verify=bundle)``, ``--ca-bundle FILE``) or
:meth:`TestCA.client_context`.
"""

from __future__ import annotations

import datetime as dt
import enum
import ipaddress
import ssl
import tempfile
import threading
import warnings
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

__all__ = [
    "CertKind",
    "IssuedCert",
    "TestCA",
    "legacy_tls_supported",
    "limit_to_legacy",
]

_UTC = dt.timezone.utc


class CertKind(enum.Enum):
    """What is wrong (or right) with a leaf certificate.

    ``VALID``         chained to the test CA, for the host, valid from 30 days ago for a year.
    ``EXPIRED``       chained and for the host, but ``notAfter`` was 10 days ago.
    ``NOT_YET_VALID`` chained and for the host, but ``notBefore`` is 10 days ahead.
    ``SELF_SIGNED``   for the host and within its dates, but signed by itself, not the CA.
    ``WRONG_HOST``    chained and within its dates, but issued for ``wrong-host.invalid``.
    ``VERY_NEW``      valid in every way, but issued one hour ago (a fresh fake-shop pattern).
    """

    VALID = "valid"
    EXPIRED = "expired"
    NOT_YET_VALID = "not-yet-valid"
    SELF_SIGNED = "self-signed"
    WRONG_HOST = "wrong-host"
    VERY_NEW = "very-new"

    @property
    def verifies(self) -> bool:
        """True when a client trusting the test CA accepts this certificate for its host."""
        return self in (CertKind.VALID, CertKind.VERY_NEW)


WRONG_HOST_NAME = "wrong-host.invalid"


@dataclass(frozen=True)
class IssuedCert:
    """A leaf certificate with its key, as objects and as PEM files on disk."""

    kind: CertKind
    hosts: tuple[str, ...]
    certificate: x509.Certificate
    cert_path: Path  # the leaf in PEM (the root is the only issuer, so no intermediates)
    key_path: Path

    @property
    def not_before(self) -> dt.datetime:
        return self.certificate.not_valid_before_utc

    @property
    def not_after(self) -> dt.datetime:
        return self.certificate.not_valid_after_utc

    @property
    def pem(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.PEM)


def _key() -> ec.EllipticCurvePrivateKey:
    # P-256 keys are fast to make; every TLS version we test (1.0 .. 1.3) can use them.
    return ec.generate_private_key(ec.SECP256R1())


def _key_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def _san(hosts: tuple[str, ...]) -> x509.SubjectAlternativeName:
    names: list[x509.GeneralName] = []
    for host in hosts:
        try:
            names.append(x509.IPAddress(ipaddress.ip_address(host)))
        except ValueError:
            names.append(x509.DNSName(host))
    return x509.SubjectAlternativeName(names)


@dataclass
class TestCA:
    """A root CA that issues leaf certificates on demand (cached per kind and host set).

    Guarantees: certificates of kind ``k`` verify against :attr:`bundle_path` exactly when
    ``k.verifies``; issuing is thread-safe; every file lives under :attr:`folder`.
    """

    __test__ = False  # not a pytest test class despite the name

    folder: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="shopsafe-ca-")))
    name: str = "ShopSafe Test Root CA"

    def __post_init__(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._issued: dict[tuple[CertKind, tuple[str, ...]], IssuedCert] = {}
        self._contexts: dict[tuple[CertKind, tuple[str, ...], bool], ssl.SSLContext] = {}
        self._key = _key()
        now = dt.datetime.now(_UTC)
        subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, self.name)])
        self.certificate = (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(subject)
            .public_key(self._key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=365))
            .not_valid_after(now + dt.timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=True, content_commitment=False, key_encipherment=False,
                    data_encipherment=False, key_agreement=False, key_cert_sign=True,
                    crl_sign=True, encipher_only=False, decipher_only=False,
                ),
                critical=True,
            )
            .add_extension(
                x509.SubjectKeyIdentifier.from_public_key(self._key.public_key()), critical=False
            )
            .sign(self._key, hashes.SHA256())
        )
        self.bundle_path = self.write_bundle(self.folder / "ca-bundle.pem")

    # -- the CA itself -------------------------------------------------------------------

    @property
    def pem(self) -> bytes:
        """The CA certificate in PEM."""
        return self.certificate.public_bytes(serialization.Encoding.PEM)

    def write_bundle(self, path: Path | str) -> Path:
        """Write the CA certificate as a PEM bundle (for ``--ca-bundle``/``verify=``)."""
        path = Path(path)
        path.write_bytes(self.pem)
        return path

    # -- leaves --------------------------------------------------------------------------

    def issue(self, kind: CertKind = CertKind.VALID, hosts: tuple[str, ...] | str = "localhost") -> IssuedCert:
        """A leaf of ``kind`` for ``hosts`` (SAN entries; IP literals become IP SANs)."""
        if isinstance(hosts, str):
            hosts = (hosts,)
        hosts = tuple(hosts)
        with self._lock:
            cached = self._issued.get((kind, hosts))
            if cached is None:
                cached = self._issued[(kind, hosts)] = self._mint(kind, hosts)
            return cached

    def _mint(self, kind: CertKind, hosts: tuple[str, ...]) -> IssuedCert:
        now = dt.datetime.now(_UTC)
        not_before, not_after = now - dt.timedelta(days=30), now + dt.timedelta(days=335)
        if kind is CertKind.EXPIRED:
            not_before, not_after = now - dt.timedelta(days=100), now - dt.timedelta(days=10)
        elif kind is CertKind.NOT_YET_VALID:
            not_before, not_after = now + dt.timedelta(days=10), now + dt.timedelta(days=100)
        elif kind is CertKind.VERY_NEW:
            not_before, not_after = now - dt.timedelta(hours=1), now + dt.timedelta(days=90)
        san_hosts = (WRONG_HOST_NAME,) if kind is CertKind.WRONG_HOST else hosts
        key = _key()
        subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, san_hosts[0])])
        self_signed = kind is CertKind.SELF_SIGNED
        issuer = subject if self_signed else self.certificate.subject
        signing_key = key if self_signed else self._key
        builder = (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(issuer)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(not_before)
            .not_valid_after(not_after)
            .add_extension(_san(san_hosts), critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(
                x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
            )
        )
        if not self_signed:
            builder = builder.add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(self._key.public_key()),
                critical=False,
            )
        cert = builder.sign(signing_key, hashes.SHA256())
        stem = f"{kind.value}-{'_'.join(hosts)}-{cert.serial_number:x}"[:120]
        cert_path = self.folder / f"{stem}.crt"
        key_path = self.folder / f"{stem}.key"
        chain = cert.public_bytes(serialization.Encoding.PEM)
        cert_path.write_bytes(chain)
        key_path.write_bytes(_key_pem(key))
        return IssuedCert(kind, hosts, cert, cert_path, key_path)

    # -- contexts ------------------------------------------------------------------------

    def server_context(
        self,
        kind: CertKind = CertKind.VALID,
        hosts: tuple[str, ...] | str = "localhost",
        *,
        legacy_tls: bool = False,
    ) -> ssl.SSLContext:
        """A server context presenting a ``kind`` leaf for ``hosts``.

        ``legacy_tls=True`` limits the server to TLS 1.0 and 1.1 (check
        :func:`legacy_tls_supported` first; tests should skip when it is False).
        """
        if isinstance(hosts, str):
            hosts = (hosts,)
        hosts = tuple(hosts)
        key = (kind, hosts, legacy_tls)
        with self._lock:
            ctx = self._contexts.get(key)
        if ctx is not None:
            return ctx
        leaf = self.issue(kind, hosts)
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(leaf.cert_path, leaf.key_path)
        if legacy_tls:
            limit_to_legacy(ctx)
        with self._lock:
            return self._contexts.setdefault(key, ctx)

    def client_context(self, *, legacy_tls: bool = False) -> ssl.SSLContext:
        """A client context that trusts only this CA and checks host names.

        ``legacy_tls=True`` also lets the client speak TLS 1.0/1.1 (to prove a legacy server
        really negotiates them).
        """
        ctx = ssl.create_default_context(cafile=str(self.bundle_path))
        if legacy_tls:
            limit_to_legacy(ctx)
        return ctx


def limit_to_legacy(ctx: ssl.SSLContext) -> None:
    """Restrict ``ctx`` to TLS 1.0/1.1 (security level 0, as OpenSSL 3 requires for them)."""
    # Python warns that these versions are deprecated; that is the point of the exercise.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        ctx.minimum_version = ssl.TLSVersion.TLSv1
        ctx.maximum_version = ssl.TLSVersion.TLSv1_1
    # OpenSSL 3 refuses TLS < 1.2 (SHA-1 in the handshake) above security level 0.
    ctx.set_ciphers("DEFAULT:@SECLEVEL=0")


@cache
def legacy_tls_supported() -> bool:
    """Whether this Python/OpenSSL can complete a TLS 1.0/1.1 handshake at all.

    Probed once with an in-memory handshake between a legacy server and a legacy client.
    """
    if not (getattr(ssl, "HAS_TLSv1_1", False) or getattr(ssl, "HAS_TLSv1", False)):
        return False
    try:
        with tempfile.TemporaryDirectory(prefix="shopsafe-tls-probe-") as folder:
            ca = TestCA(Path(folder))
            server = ca.server_context(CertKind.VALID, "localhost", legacy_tls=True)
            client = ca.client_context(legacy_tls=True)
            version = _memory_handshake(server, client, "localhost")
    except (ssl.SSLError, ValueError, OSError):
        return False
    return version in ("TLSv1", "TLSv1.1")


def _memory_handshake(server_ctx: ssl.SSLContext, client_ctx: ssl.SSLContext, host: str) -> str | None:
    """Run a full handshake over memory BIOs; returns the negotiated version or raises."""
    s_in, s_out, c_in, c_out = (ssl.MemoryBIO() for _ in range(4))
    srv = server_ctx.wrap_bio(s_in, s_out, server_side=True)
    cli = client_ctx.wrap_bio(c_in, c_out, server_hostname=host)
    done = {"srv": False, "cli": False}
    for _ in range(20):
        for name, obj in (("cli", cli), ("srv", srv)):
            if done[name]:
                continue
            try:
                obj.do_handshake()
                done[name] = True
            except ssl.SSLWantReadError:
                pass
        s_in.write(c_out.read())
        c_in.write(s_out.read())
        if all(done.values()):
            return cli.version()
    raise ssl.SSLError("handshake did not finish")
