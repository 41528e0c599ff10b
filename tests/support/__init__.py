"""Test infrastructure: a test CA, real loopback HTTP(S) servers, a host map, isolation.

Importable from any test module as ``support`` (``tests/`` is put on ``sys.path`` by
``tests/conftest.py``)::

    from support import CertKind, write_site

Nothing here reaches the internet: servers listen on 127.0.0.1 only, and during every test
name resolution is limited to the names a test mapped.

Fixtures (registered for every test by ``tests/conftest.py``)
-------------------------------------------------------------
``isolated_shopsafe_env`` (autouse)
    Sets ``SHOPSAFE_DATA_DIR`` and ``SHOPSAFE_SETTINGS_FILE`` into the test's ``tmp_path``;
    returns the folder. Before anything imports Qt, ``tests/conftest.py`` also sets
    ``QT_QPA_PLATFORM=offscreen``, points the ``XDG_*_HOME`` folders (and the two variables
    above, for code running outside a test) into a session temp folder, and removes
    ``REQUESTS_CA_BUNDLE``/``CURL_CA_BUNDLE``, which would silently override ``Session.verify``.

``host_map`` (autouse) -> :class:`HostMap`
    ``socket.getaddrinfo``/``gethostbyname`` are patched for the test: ``localhost`` and names
    added with ``host_map.add("shop.test")`` (default address 127.0.0.1; any IP literal
    allowed, e.g. ``host_map.add("evil.test", "10.0.0.1")`` to test private-address refusal)
    resolve; every other name raises :class:`UnknownTestHost` (a ``socket.gaierror``). IP
    literals resolve numerically. ``host_map.lookups`` lists the names asked for.
    Connections (``socket.connect``/``connect_ex``) to any address outside loopback raise
    :class:`BlockedConnection` (a ``ConnectionRefusedError``) before a packet is sent, and are
    listed in ``host_map.blocked_connects``: a name mapped to ``10.0.0.1`` can be resolved, never
    reached. Child processes: ``subprocess.run([...], env=host_map.subprocess_env())`` applies
    the same map and guard in a child Python (via a ``sitecustomize`` on ``PYTHONPATH``); or
    pass the product's ``--resolve shop.test:127.0.0.1`` instead.

``test_ca`` (session) -> :class:`TestCA`
    ``test_ca.issue(CertKind.EXPIRED, "shop.test")`` -> :class:`IssuedCert` (``cert_path``,
    ``key_path``, ``certificate``, ``not_before``/``not_after``);
    ``test_ca.server_context(kind, hosts, legacy_tls=False)`` and
    ``test_ca.client_context(legacy_tls=False)`` -> ``ssl.SSLContext``;
    ``test_ca.write_bundle(path)``. Kinds: VALID, EXPIRED, NOT_YET_VALID, SELF_SIGNED,
    WRONG_HOST (issued for ``wrong-host.invalid``), VERY_NEW (issued an hour ago);
    ``kind.verifies`` says whether a client trusting the CA accepts it.

``ca_bundle`` (session) -> ``Path``
    PEM file with the test CA only: ``requests.get(url, verify=str(ca_bundle))`` or the
    product's ``--ca-bundle FILE``.

``http_server`` / ``https_server`` -> :class:`TestServer`
    A running server on ``127.0.0.1:<ephemeral port>`` with no sites yet, closed after the
    test. Add virtual hosts (their names are added to ``host_map`` automatically)::

        site_dir = write_site(tmp_path / "shop", {
            "index.html": "<a href='/contact.html'>Contact</a>",
            "contact.html": "<p>+62 812 3456 7890</p>",
        })
        https_server.add_site("shop.test", "www.shop.test", root=site_dir)
        https_server.add_site("fake-shop.test", root=other_dir, cert=CertKind.EXPIRED,
                              delay=0.5, headers={"Strict-Transport-Security": "max-age=60"})
        url = https_server.url("shop.test", "/contact.html")  # https://shop.test:PORT/contact.html
        requests.get(url, verify=str(ca_bundle), timeout=5)

    A site is chosen by the Host header (and over TLS by SNI, which picks the certificate
    kind); an unknown or missing host gets the first site. Without SNI (connecting to the IP)
    the server shows a valid certificate for ``localhost``/``127.0.0.1``. ``/contact`` serves
    ``contact.html``; a folder serves its ``index.html``; content types come from the file
    suffix (``.html`` → ``text/html; charset=utf-8``) or ``content_types={path: type}``.

    Custom behaviour: ``routes={"/path": handler}`` or ``@site.route("/path")``; the handler
    gets the live :class:`Handler` (a ``BaseHTTPRequestHandler``: ``req.wfile``,
    ``req.headers``, ``req.command``, ``req.path``, ``req.send_response``...), plus
    ``req.send_body(body, status=200, content_type=..., headers=...)``,
    ``req.redirect(location, status=302)``, ``req.site``, ``req.test_server``.
    Routes are matched on the exact path without the query and take precedence over files.

    ``server.requests`` (and ``server.requests_for("shop.test")``) -> list of
    :class:`RequestRecord` (``method``, ``path``, ``host``, ``sni``, ``time`` monotonic,
    ``headers``, ``site``). ``server.tls_errors`` keeps failed handshakes (a client refusing
    an expired certificate shows up here); ``server.handler_errors`` keeps exceptions raised by
    route handlers (other than ``OSError`` from a client hanging up) and the fixtures re-raise
    the first at teardown, so a broken handler is not mistaken for a hostile server.
    ``server.port``, ``server.scheme``,
    ``server.close()`` (idempotent; also a context manager).

``make_server`` -> factory ``make_server(tls=True, legacy_tls=False) -> TestServer``
    More servers in one test (e.g. a redirect to another host on another port).
    ``legacy_tls=True`` makes a server that speaks only TLS 1.0/1.1 and skips the test when
    this OpenSSL cannot (:func:`legacy_tls_supported`); a default client refuses it, and
    ``test_ca.client_context(legacy_tls=True)`` can talk to it.

Plain helpers
-------------
``support.hostile`` (written with the network checks) holds ready-made hostile routes:
endless body, slow drip, gzip bomb, redirect loop, huge headers, invalid UTF-8...
``write_site(folder, {"rel/path.html": str | bytes}) -> folder`` writes a site folder.
``TestServer(ca_or_None, legacy_tls=False, on_site_added=callback)`` can be used without
fixtures (close it yourself).
"""

from .certs import CertKind, IssuedCert, TestCA, legacy_tls_supported, limit_to_legacy
from .hostmap import BlockedConnection, HostMap, UnknownTestHost
from .servers import Handler, RequestRecord, Route, Site, TestServer, write_site

__all__ = [
    "BlockedConnection",
    "CertKind",
    "Handler",
    "HostMap",
    "IssuedCert",
    "RequestRecord",
    "Route",
    "Site",
    "TestCA",
    "TestServer",
    "UnknownTestHost",
    "legacy_tls_supported",
    "limit_to_legacy",
    "write_site",
]
