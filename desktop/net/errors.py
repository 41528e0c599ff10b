"""The errors of :mod:`desktop.net.client` (re-exported there), each with a translatable message.

::

    ShopSafeError
    └── NetworkError            anything that stopped a fetch
        ├── NetworkOffline      offline mode is on
        ├── FetchTimeout        the deadline or a time-out passed (url, seconds)
        ├── TooLarge            the body exceeded the cap (url, limit)
        ├── BlockedAddress      a non-public address the user did not name (url, address)
        ├── TooManyRedirects    more than MAX_REDIRECTS hops (url, limit)
        ├── UnsupportedScheme   not http/https (url)
        ├── TlsFailure          the TLS handshake or certificate check failed (url, reason)
        └── FetchFailed         connection refused, reset, malformed response (url, reason)
"""

from __future__ import annotations

import errno
import logging
import socket
import ssl

from desktop.errors import ShopSafeError
from desktop.text import N_, Message

__all__ = [
    "MAX_REDIRECTS",
    "BlockedAddress",
    "FetchFailed",
    "FetchTimeout",
    "NetworkError",
    "NetworkOffline",
    "TlsFailure",
    "TooLarge",
    "TooManyRedirects",
    "UnsupportedScheme",
    "OFFLINE_REASONS",
    "plain_reason",
    "plain_verify_reason",
]

log = logging.getLogger(__name__)

# What a person reads instead of the resolver's, the socket's or OpenSSL's own words (those go to
# the log). Each is a fixed Message, so callers can tell the kinds of failure apart by identity.
REASON_NO_NAME = N_("Network", "its name could not be looked up")
REASON_UNREACHABLE = N_("Network", "the network could not be reached")
REASON_REFUSED = N_("Network", "the connection was refused")
REASON_RESET = N_("Network", "the connection was cut off")
REASON_TIMEOUT = N_("Network", "it took too long to answer")
REASON_CERT = N_("Network", "its certificate could not be verified")
REASON_TLS = N_("Network", "no secure connection could be set up")
REASON_PROTOCOL = N_("Network", "its answer was not valid")
REASON_OTHER = N_("Network", "an unexpected network error (the details are in the log file)")

#: Reasons that, for every address tried, mean this computer is not on the internet.
OFFLINE_REASONS: tuple[Message, ...] = (REASON_NO_NAME, REASON_UNREACHABLE)

_PATTERNS: tuple[tuple[Message, tuple[str, ...]], ...] = (
    (REASON_NO_NAME, ("name or service not known", "temporary failure in name resolution",
                      "nodename nor servname", "no address associated", "name resolution",
                      "failed to resolve", "getaddrinfo", "errno -2", "errno -3", "errno -5")),
    (REASON_UNREACHABLE, ("network is unreachable", "no route to host", "errno 101", "errno 113",
                          "network is down", "errno 100")),
    (REASON_REFUSED, ("refused", "errno 111")),
    (REASON_TIMEOUT, ("timed out", "timeout")),
    (REASON_CERT, ("certificate", "verify failed", "self-signed", "self signed", "issuer")),
    (REASON_RESET, ("reset", "errno 104", "broken pipe", "errno 32", "aborted", "remote end closed",
                    "remotedisconnected", "connection closed", "eof occurred")),
    (REASON_TLS, ("ssl", "tls", "handshake", "wrong version number", "alert")),
    (REASON_PROTOCOL, ("badstatusline", "bad compressed", "content encoding", "header", "chunk",
                       "invalid", "protocol", "incomplete")),
)


def _chain(exc: BaseException | None) -> list[BaseException]:
    """``exc`` and what it wraps (``reason``, first argument, cause, context), outermost first."""
    seen: list[BaseException] = []
    while exc is not None and exc not in seen and len(seen) < 10:
        seen.append(exc)
        inner = getattr(exc, "reason", None)
        if not isinstance(inner, BaseException):
            inner = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else None
        exc = inner or exc.__cause__ or exc.__context__
    return seen


def _by_type(exc: BaseException | None) -> Message | None:
    for item in reversed(_chain(exc)):  # the innermost error is the real one
        if isinstance(item, socket.gaierror):
            return REASON_NO_NAME
        if isinstance(item, ssl.SSLCertVerificationError):
            return REASON_CERT
        if isinstance(item, ssl.SSLError):
            return REASON_TLS
        if isinstance(item, ConnectionRefusedError):
            return REASON_REFUSED
        if isinstance(item, (ConnectionResetError, ConnectionAbortedError, BrokenPipeError)):
            return REASON_RESET
        if isinstance(item, TimeoutError):
            return REASON_TIMEOUT
        if isinstance(item, OSError) and item.errno in _UNREACHABLE_ERRNOS:
            return REASON_UNREACHABLE
    return None


_UNREACHABLE_ERRNOS = frozenset({errno.ENETUNREACH, errno.EHOSTUNREACH, errno.ENETDOWN})


def plain_reason(raw: str, exc: BaseException | None = None) -> Message:
    """A short translatable reason for a failed connection: from the type of ``exc`` (and what
    it wraps) when given, else from its technical ``raw`` text (an errno string, an exception's
    text, OpenSSL's words). Never raises; anything unknown gives :data:`REASON_OTHER`."""
    typed = _by_type(exc)
    if typed is not None:
        return typed
    low = (raw or "").lower()
    for message, needles in _PATTERNS:
        if any(needle in low for needle in needles):
            return message
    return REASON_OTHER


_VERIFY_SELF_SIGNED = N_("Network", "it signed its own certificate")
_VERIFY_UNKNOWN_ISSUER = N_("Network", "the authority that issued it is not known")
_VERIFY_OTHER = N_("Network", "it could not be verified")


def plain_verify_reason(raw: str) -> Message:
    """A translatable reason for OpenSSL's certificate verification text ``raw``."""
    low = (raw or "").lower()
    if "self-signed" in low or "self signed" in low:
        return _VERIFY_SELF_SIGNED
    if "issuer" in low:
        return _VERIFY_UNKNOWN_ISSUER
    return _VERIFY_OTHER

MAX_REDIRECTS = 5


class NetworkError(ShopSafeError):
    """A fetch did not complete; ``data`` holds the URL and the reason."""

    default_message = N_("Network", "The shop could not be reached.")


class NetworkOffline(NetworkError):
    """Offline mode is on: no socket was opened."""

    default_message = N_("Network", "Offline mode is on, so nothing was fetched.")

    def __init__(self, url: str = "") -> None:
        super().__init__(url=url)


class FetchTimeout(NetworkError):
    def __init__(self, url: str, seconds: float) -> None:
        msg = N_("Network", "{url} did not answer within {seconds} seconds.")
        super().__init__(msg.format(url=url, seconds=round(seconds, 1)), url=url, seconds=seconds)


class TooLarge(NetworkError):
    def __init__(self, url: str, limit: int) -> None:
        msg = N_("Network", "{url} sent more than {limit} KB; the rest was not read.")
        super().__init__(msg.format(url=url, limit=limit // 1024), url=url, limit=limit)


class BlockedAddress(NetworkError):
    def __init__(self, url: str, address: str) -> None:
        msg = N_(
            "Network",
            "{url} leads to the private or local address {address}; ShopSafe does not follow "
            "a shop into your own network.",
        )
        super().__init__(msg.format(url=url, address=address), url=url, address=address)


class TooManyRedirects(NetworkError):
    def __init__(self, url: str, limit: int = MAX_REDIRECTS) -> None:
        msg = N_("Network", "{url} redirected more than {limit} times.")
        super().__init__(msg.format(url=url, limit=limit), url=url, limit=limit)


class UnsupportedScheme(NetworkError):
    def __init__(self, url: str) -> None:
        msg = N_("Network", "{url} is not an http or https address.")
        super().__init__(msg.format(url=url), url=url)


class TlsFailure(NetworkError):
    """``reason`` is the technical text: it stays in ``data`` and the log; the message says it
    in plain words (:func:`plain_reason`)."""

    def __init__(self, url: str, reason: str, cause: BaseException | None = None) -> None:
        msg = N_("Network", "The secure connection to {url} failed: {reason}")
        plain = plain_reason(reason, cause)
        if plain is REASON_OTHER or plain is REASON_PROTOCOL:
            plain = REASON_TLS
        log.info("secure connection to %s failed: %s", url, reason)
        super().__init__(msg.format(url=url, reason=plain), url=url, reason=reason)


class FetchFailed(NetworkError):
    """``reason`` is the technical text: it stays in ``data`` and the log; the message says it
    in plain words (:func:`plain_reason`)."""

    def __init__(self, url: str, reason: str, cause: BaseException | None = None) -> None:
        msg = N_("Network", "{url} could not be fetched: {reason}")
        log.info("fetch of %s failed: %s", url, reason)
        super().__init__(msg.format(url=url, reason=plain_reason(reason, cause)), url=url, reason=reason)
