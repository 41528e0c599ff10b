"""Redirects a page makes without HTTP: a meta refresh or a script setting ``location`` (no Qt).

ShopSafe never follows them (it runs no scripts and a refresh tag is part of the page, not of
the transport), but a page that forwards the browser elsewhere at once is not the shop the
buyer will see: the content checks report it (``site.client_redirect``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urljoin, urlsplit

__all__ = ["client_redirect"]

# "0; url=https://x/", "5;URL='/next'", "0,https://x/": delay, separator, optional "url=", target
_REFRESH_URL = re.compile(r"""(?i)^\s*\d*(?:\.\d*)?\s*[;,]?\s*(?:url\s*=\s*)?["']?([^"'\s][^"']*)""")
# location = "...", window.location.href = '...', location.replace("..."), location.assign('...')
_SCRIPT_LOCATION = re.compile(
    r"""(?:window\.|document\.|self\.|top\.)?location(?:\.href)?\s*=\s*["']([^"'\s]{1,2000})["']"""
    r"""|location\.(?:replace|assign)\(\s*["']([^"'\s]{1,2000})["']\s*\)""")


def client_redirect(refresh: str | None, scripts: Iterable[str], base: str) -> tuple[str, str] | None:
    """``(absolute URL, "meta" | "script")`` where the refresh tag's ``content`` (``refresh``)
    or the first inline script among ``scripts`` that sets ``location`` sends the browser,
    resolved against ``base``; ``None`` when neither does, or the target is not http(s) or not
    a URL at all. A refresh without a URL (a plain reload) is no redirect. Never raises."""
    target, how = None, ""
    if refresh:
        match = _REFRESH_URL.match(refresh)
        if match and match[1].strip() and ("url" in refresh.lower() or "/" in match[1]):
            target, how = match[1].strip(), "meta"
    if target is None:
        for script in scripts:
            match = _SCRIPT_LOCATION.search(script)
            if match:
                target, how = match[1] or match[2], "script"
                break
    if not target:
        return None
    try:
        absolute = urljoin(base, target)
        if urlsplit(absolute).scheme not in ("http", "https"):
            return None
    except ValueError:  # "http://[::1": no URL a browser could open
        return None
    return absolute, how
