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

from desktop.errors import ShopSafeError
from desktop.text import N_

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
]

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
    def __init__(self, url: str, reason: str) -> None:
        msg = N_("Network", "The secure connection to {url} failed: {reason}")
        super().__init__(msg.format(url=url, reason=reason), url=url, reason=reason)


class FetchFailed(NetworkError):
    def __init__(self, url: str, reason: str) -> None:
        msg = N_("Network", "{url} could not be fetched: {reason}")
        super().__init__(msg.format(url=url, reason=reason), url=url, reason=reason)
