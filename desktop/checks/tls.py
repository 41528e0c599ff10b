"""The HTTPS check: a real TLS handshake plus the HTTP → HTTPS behaviour of the shop (no Qt).

:func:`https_findings` connects through :class:`~desktop.net.client.Client` (so the resolve map,
address policy, deadline and cancellation apply), verifies chain and host name against the
system trust store or ``CheckOptions.ca_bundle``, and reports:

``https.certificate`` (pass, with issuer/subject/dates/TLS version as evidence),
``https.expired`` / ``https.not_yet_valid`` / ``https.untrusted`` / ``https.wrong_host`` (fail:
after a failed verification the certificate is fetched again *without* verification, only to
explain why), ``https.very_new`` (info: issued days ago), ``https.old_tls`` (warn: TLS 1.0/1.1),
``https.unavailable`` (unknown: no TLS at all, reason given), ``https.plain_http`` (warn: the shop
only works over plain HTTP), ``https.redirect`` / ``https.no_redirect_to_https``, ``https.downgrade`` (warn: the HTTPS site
redirects to plain HTTP), ``https.hsts``,
``https.insecure_form`` (warn: a form or password field posting over plain HTTP).
"""

from __future__ import annotations

import ssl
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

from cryptography import x509
from cryptography.x509.oid import ExtensionOID, NameOID

from desktop.checks.htmlfeed import feed_bounded
from desktop.checks.model import Category, Finding, Status
from desktop.errors import Cancelled
from desktop.net.client import Client, NetworkError, Page
from desktop.net.errors import plain_verify_reason
from desktop.text import N_, Message

__all__ = ["CertInfo", "TlsResult", "handshake", "https_findings"]

VERY_NEW_CERT_DAYS = 7

# OpenSSL X509_V_ERR_* codes → finding ids
_VERIFY_CODES = {
    10: "https.expired",  # certificate has expired
    9: "https.not_yet_valid",  # certificate is not yet valid
    18: "https.untrusted",  # self-signed certificate
    19: "https.untrusted",  # self-signed certificate in chain
    20: "https.untrusted",  # unable to get local issuer certificate
    21: "https.untrusted",  # unable to verify the first certificate
    2: "https.untrusted",  # unable to get issuer certificate
    62: "https.wrong_host",  # hostname mismatch
}


@dataclass(frozen=True)
class CertInfo:
    """The facts of a leaf certificate that a buyer (or a complaint) may need."""

    subject: str
    issuer: str
    not_before: datetime
    not_after: datetime
    names: tuple[str, ...]
    self_signed: bool

    def to_evidence(self) -> dict:
        return {
            "subject": self.subject,
            "issuer": self.issuer,
            "not_before": self.not_before.isoformat(),
            "not_after": self.not_after.isoformat(),
            "names": list(self.names[:20]),  # some certificates carry thousands
            "name_count": len(self.names),
        }

    def matches(self, host: str) -> bool:
        host = host.lower().rstrip(".")
        for name in self.names:
            name = name.lower()
            if name == host or (
                name.startswith("*.") and host.count(".") == name.count(".")
                and host.endswith(name[1:])
            ):
                return True
        return False


def _cert_info(der: bytes) -> CertInfo:
    cert = x509.load_der_x509_certificate(der)

    def name_of(name: x509.Name) -> str:
        parts = name.get_attributes_for_oid(NameOID.ORGANIZATION_NAME) or name.get_attributes_for_oid(
            NameOID.COMMON_NAME
        )
        return str(parts[0].value) if parts else name.rfc4514_string()

    try:
        san = cert.extensions.get_extension_for_oid(ExtensionOID.SUBJECT_ALTERNATIVE_NAME).value
        names = tuple(san.get_values_for_type(x509.DNSName)) + tuple(
            str(ip) for ip in san.get_values_for_type(x509.IPAddress)
        )
    except x509.ExtensionNotFound:
        names = tuple(str(a.value) for a in cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME))
    subject = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return CertInfo(
        subject=str(subject[0].value) if subject else cert.subject.rfc4514_string(),
        issuer=name_of(cert.issuer),
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        names=names,
        self_signed=cert.issuer == cert.subject,
    )


@dataclass(frozen=True)
class TlsResult:
    """What one handshake showed. ``error_id`` is set when verification failed."""

    cert: CertInfo | None
    version: str | None
    error_id: str | None = None
    error_text: str | None = None


def _context(client: Client, *, verify: bool, legacy: bool = False) -> ssl.SSLContext:
    if verify:
        ca = client.options.ca_bundle
        ctx = ssl.create_default_context(cafile=str(ca) if ca else None)
    else:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    if legacy:
        # Only to *detect* a server stuck on TLS 1.0/1.1; Python warns, which is the point.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            ctx.minimum_version = ssl.TLSVersion.TLSv1
        ctx.set_ciphers("DEFAULT:@SECLEVEL=0")
    return ctx


def _handshake_once(client: Client, host: str, port: int, ctx: ssl.SSLContext) -> tuple[bytes, str]:
    sock = client.open_socket(host, port)
    try:
        tls = ctx.wrap_socket(sock, server_hostname=host, do_handshake_on_connect=False)
        client.watch(tls)
        try:
            tls.do_handshake()
            return tls.getpeercert(binary_form=True) or b"", tls.version() or ""
        finally:
            tls.close()
    finally:
        sock.close()


def handshake(client: Client, host: str, port: int = 443) -> TlsResult:
    """Verify the TLS certificate of ``host:port``; explain a failure from the unverified cert.

    Raises :class:`~desktop.net.client.NetworkError` when no TLS session could be made at all
    (refused, time-out, not TLS), or ``Cancelled``.
    """
    try:
        der, version = _handshake_once(client, host, port, _context(client, verify=True))
        return TlsResult(_cert_info(der), version)
    except ssl.SSLCertVerificationError as exc:
        error_id = _VERIFY_CODES.get(exc.verify_code, "https.untrusted")
        error_text = exc.verify_message or str(exc)
    except ssl.SSLError as exc:
        client.raise_if_stopped(host)
        # Any other handshake failure may be a server stuck on TLS 1.0/1.1: the reason OpenSSL
        # gives depends on its build and security level (pyenv's says PROTOCOL_VERSION, Debian's
        # "legacy sigalg disallowed"), so probe instead of parsing it. The probe re-raises the
        # original failure unless it really negotiates an old version.
        return _legacy_probe(client, host, port, exc)
    except OSError as exc:
        client.raise_if_stopped(host)
        raise _tls_network_error(host, exc) from None
    # Verification failed: look at the certificate without trusting it, only to explain.
    try:
        der, version = _handshake_once(client, host, port, _context(client, verify=False))
        cert = _cert_info(der)
    except (ssl.SSLError, OSError, ValueError):
        cert, version = None, None
    return TlsResult(cert, version, error_id, error_text)


def _legacy_probe(client: Client, host: str, port: int, original: ssl.SSLError) -> TlsResult:
    try:
        der, version = _handshake_once(client, host, port, _context(client, verify=False, legacy=True))
    except (ssl.SSLError, OSError):
        raise _tls_network_error(host, original) from None
    if version not in ("TLSv1", "TLSv1.1", "SSLv3"):
        raise _tls_network_error(host, original)  # the failure was something else
    return TlsResult(_cert_info(der), version, "https.old_tls", str(original.reason or original))


def _tls_network_error(host: str, exc: BaseException) -> NetworkError:
    from desktop.net.client import TlsFailure

    return TlsFailure(host, getattr(exc, "reason", None) or str(exc) or type(exc).__name__, exc)


# --------------------------------------------------------------------------- findings

_TITLES: dict[str, tuple[Status, Message, Message]] = {
    "https.expired": (
        Status.FAIL,
        N_("HttpsCheck", "The shop's certificate has expired"),
        N_("HttpsCheck", "The certificate of {host} expired on {not_after}. Your browser will warn "
                         "you, and anything you type could be read by others."),
    ),
    "https.not_yet_valid": (
        Status.FAIL,
        N_("HttpsCheck", "The shop's certificate is not valid yet"),
        N_("HttpsCheck", "The certificate of {host} only becomes valid on {not_before}: either "
                         "your clock is wrong or the site is set up carelessly."),
    ),
    "https.untrusted": (
        Status.FAIL,
        N_("HttpsCheck", "The shop's certificate is not trusted"),
        N_("HttpsCheck", "The certificate of {host} was not issued by a trusted authority "
                         "({reason}). Anyone could have made it."),
    ),
    "https.wrong_host": (
        Status.FAIL,
        N_("HttpsCheck", "The certificate belongs to another site"),
        N_("HttpsCheck", "{host} showed a certificate made for {names}. The connection may not "
                         "be going where you think."),
    ),
}

_ADVICE_BAD_CERT = N_("HttpsCheck", "Do not enter card numbers, passwords or personal data on "
                                    "this site.")


def _finding(fid: str, status: Status, title: Message, detail: Message,
             advice: Message | None = None, **evidence) -> Finding:
    return Finding(fid, Category.HTTPS, status, title, detail, advice, evidence)


def _cert_findings(host: str, result: TlsResult, now: datetime) -> Iterator[Finding]:
    cert = result.cert
    evidence = dict(cert.to_evidence()) if cert else {}
    evidence["tls_version"] = result.version
    if result.error_id in _TITLES:
        status, title, detail = _TITLES[result.error_id]
        args = {
            "host": host,
            "not_after": cert.not_after.date().isoformat() if cert else "?",
            "not_before": cert.not_before.date().isoformat() if cert else "?",
            "names": ", ".join(cert.names[:5]) + (" …" if len(cert.names) > 5 else "") if cert and cert.names else "?",
            # OpenSSL's own words stay in the evidence and the log; the sentence says it plainly.
            "reason": plain_verify_reason(result.error_text or ""),
        }
        evidence["error"] = result.error_text
        yield _finding(result.error_id, status, title, detail.format(**args), _ADVICE_BAD_CERT, **evidence)
        return
    if result.error_id == "https.old_tls":
        yield _finding(
            "https.old_tls", Status.WARN,
            N_("HttpsCheck", "Outdated encryption ({version})").format(version=result.version),
            N_("HttpsCheck", "{host} only speaks {version}, which browsers stopped accepting "
                             "years ago. A shop that cares for its customers would have updated.")
            .format(host=host, version=result.version),
            _ADVICE_BAD_CERT, **evidence,
        )
        return
    assert cert is not None
    yield _finding(
        "https.certificate", Status.PASS,
        N_("HttpsCheck", "Valid HTTPS certificate"),
        N_("HttpsCheck", "The connection to {host} is encrypted ({version}) with a certificate "
                         "issued by {issuer}, valid until {not_after}. This proves the address, "
                         "not that the shop is honest.").format(
            host=host, version=result.version or "TLS", issuer=cert.issuer,
            not_after=cert.not_after.date().isoformat()),
        None, **evidence,
    )
    age = (now - cert.not_before).days
    if age < VERY_NEW_CERT_DAYS:
        yield _finding(
            "https.very_new", Status.INFO,
            N_("HttpsCheck", "Certificate issued {days} days ago").format(days=max(age, 0)),
            N_("HttpsCheck", "The certificate was issued on {date}. Certificates are renewed "
                             "often, so this is normal for many sites; together with a brand-new "
                             "domain it fits a freshly set-up shop.").format(
                date=cert.not_before.date().isoformat()),
            None, **evidence,
        )


class _FormScanner(HTMLParser):
    """Collects form actions and whether a password field exists (no rendering, no scripts)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.forms: list[str] = []
        self.password = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "") for k, v in attrs}
        if tag == "form":
            self.forms.append(values.get("action", "").strip())
        elif tag == "input" and values.get("type", "").lower() == "password":
            self.password = True


def insecure_forms(page: Page, deadline=None) -> list[str]:
    """Form targets on ``page`` that would send data over plain HTTP (resolved URLs)."""
    scanner = _FormScanner()
    feed_bounded(scanner, page.text, max_chars=2_000_000, seconds=1.5, deadline=deadline)
    page_plain = urlsplit(page.final_url).scheme == "http"
    bad = []
    for action in scanner.forms:
        try:
            target = urljoin(page.final_url, action) if action else page.final_url
            scheme = urlsplit(target).scheme
        except ValueError:  # a hostile action ("http://[::1") is no target a browser uses
            continue
        if scheme == "http":
            bad.append(target)
    if page_plain and scanner.password and not bad:
        bad.append(page.final_url)
    return bad


def _http_findings(host: str, https_ok: bool, plain: Page | None, plain_error: NetworkError | None,
                   https_page: Page | None) -> Iterator[Finding]:
    plain_url = f"http://{host}/"
    if plain is None:
        if https_ok and plain_error is not None:
            yield _finding(
                "https.redirect", Status.INFO,
                N_("HttpsCheck", "No plain-HTTP version"),
                N_("HttpsCheck", "{host} does not answer on plain HTTP ({reason}), so every visit is "
                                 "encrypted.").format(host=host, reason=plain_error.message),
                None, url=plain_url,
            )
        return
    if urlsplit(plain.final_url).scheme == "https":
        yield _finding(
            "https.redirect", Status.PASS,
            N_("HttpsCheck", "Plain HTTP is redirected to HTTPS"),
            N_("HttpsCheck", "Visiting http://{host}/ takes you to the encrypted site.").format(host=host),
            None, url=plain_url, final_url=plain.final_url,
        )
    elif https_ok:
        yield _finding(
            "https.no_redirect_to_https", Status.INFO,
            N_("HttpsCheck", "Plain HTTP is not redirected to HTTPS"),
            N_("HttpsCheck", "http://{host}/ stays unencrypted instead of sending you to the HTTPS "
                             "site. Make sure the address bar shows https:// before you type "
                             "anything.").format(host=host),
            None, url=plain_url,
        )
    else:
        yield _finding(
            "https.plain_http", Status.WARN,
            N_("HttpsCheck", "The shop only works without encryption"),
            N_("HttpsCheck", "{host} has no working HTTPS: everything you send, including "
                             "addresses and payment details, travels readable by others.").format(host=host),
            _ADVICE_BAD_CERT, url=plain_url,
        )


def _hsts_finding(page: Page) -> Finding:
    value = next((v for k, v in page.headers.items() if k.lower() == "strict-transport-security"), None)
    if value:
        return _finding(
            "https.hsts", Status.PASS,
            N_("HttpsCheck", "HTTPS is enforced (HSTS)"),
            N_("HttpsCheck", "The site tells browsers to always use HTTPS ({value})."
               ).format(value=value[:120]),
            None, header=value,
        )
    return _finding(
        "https.hsts", Status.INFO,
        N_("HttpsCheck", "HTTPS is not enforced (no HSTS)"),
        N_("HttpsCheck", "The site does not ask browsers to insist on HTTPS. Many small shops "
                         "skip this; it is a detail, not a warning sign."),
        None,
    )


def https_findings(client: Client, url: str, *, now: datetime | None = None) -> list[Finding]:
    """Every HTTPS finding for the site of ``url`` (http or https). Never raises for network
    trouble: a check that could not run yields ``unknown`` with the reason. ``Cancelled``
    propagates."""
    now = now or datetime.now(UTC)
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = parts.port if parts.scheme == "https" and parts.port else 443
    findings: list[Finding] = []
    https_ok = False
    try:
        result = handshake(client, host, port)
    except NetworkError as exc:
        result = None
        findings.append(_finding(
            "https.unavailable", Status.UNKNOWN,
            N_("HttpsCheck", "HTTPS could not be checked"),
            N_("HttpsCheck", "No secure connection to {host} could be made: {reason}").format(
                host=host, reason=exc.message),
            None, reason=str(exc.data.get("reason") or type(exc).__name__),
        ))
    if result is not None:
        findings.extend(_cert_findings(host, result, now))
        https_ok = result.error_id is None or result.error_id == "https.old_tls"
    plain: Page | None = None
    plain_error: NetworkError | None = None
    try:
        plain = client.fetch(f"http://{host}/")
    except NetworkError as exc:
        plain_error = exc
    https_page = None
    if plain is not None and urlsplit(plain.final_url).scheme == "https" and \
            urlsplit(plain.final_url).hostname == host:
        https_page = plain  # the redirect already landed on the HTTPS site
    elif https_ok and result and result.error_id is None:
        try:
            https_page = client.fetch(f"https://{host}{'' if port == 443 else f':{port}'}/")
        except NetworkError:
            https_page = None
    if https_page is not None and urlsplit(https_page.final_url).scheme == "http":
        findings.append(_finding(
            "https.downgrade", Status.WARN,
            N_("HttpsCheck", "The secure site sends you to an unencrypted page"),
            N_("HttpsCheck", "https://{host}/ redirects to {url}, which is not encrypted; whatever you "
                             "type there can be read by others.").format(host=host, url=https_page.final_url),
            _ADVICE_BAD_CERT, final_url=https_page.final_url,
        ))
    elif https_page is not None:
        findings.append(_hsts_finding(https_page))
    findings.extend(_http_findings(host, https_ok, plain, plain_error, https_page))
    findings.extend(_form_findings(plain, https_page, client.deadline))
    return findings


def _form_findings(plain: Page | None, https_page: Page | None, deadline=None) -> Iterator[Finding]:
    forms = (insecure_forms(plain, deadline) if plain else []) + (
        insecure_forms(https_page, deadline) if https_page and https_page is not plain else [])
    if forms:
        yield _finding(
            "https.insecure_form", Status.WARN,
            N_("HttpsCheck", "A form sends your data unencrypted"),
            N_("HttpsCheck", "A form or password field on the shop posts to {target} over plain "
                             "HTTP, where others on the network can read it.").format(target=forms[0]),
            _ADVICE_BAD_CERT, targets=sorted(set(forms)),
        )
