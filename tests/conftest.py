"""Root test configuration: headless Qt, isolated data and settings, the support fixtures.

Everything here runs before any test module imports Qt or ShopSafe.
"""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

# Qt must never open a real display in tests; set before anything imports PySide6.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

# Code that runs outside a test (collection, session fixtures, pytest-qt's QApplication)
# must not touch the user's real data or settings either; each test then gets its own folder
# through the autouse ``isolated_shopsafe_env`` fixture.
_SESSION_HOME = Path(tempfile.mkdtemp(prefix="shopsafe-tests-"))
atexit.register(shutil.rmtree, _SESSION_HOME, ignore_errors=True)
os.environ["SHOPSAFE_DATA_DIR"] = str(_SESSION_HOME / "data")
os.environ["SHOPSAFE_SETTINGS_FILE"] = str(_SESSION_HOME / "settings.ini")
# Libraries that keep caches or config under the XDG folders (Qt, platformdirs, tldextract's
# cache) use the session folder too, so a test run leaves the user's home untouched.
for _name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_name] = str(_SESSION_HOME / _name.lower())

# requests lets these variables override ``Session.verify`` (psf/requests#3829); machines that
# set them (CI images, corporate proxies) would otherwise test different trust than the code
# asks for. Tests that need them set them with monkeypatch.
for _name in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"):
    os.environ.pop(_name, None)

# ``support`` is importable from every test module as a top-level package, whether or not the
# test folders are packages.
_TESTS_DIR = str(Path(__file__).resolve().parent)
if _TESTS_DIR not in sys.path:
    sys.path.insert(0, _TESTS_DIR)

from support.fixtures import (  # noqa: E402,F401  (fixtures are registered by import)
    ca_bundle,
    host_map,
    http_server,
    https_server,
    isolated_shopsafe_env,
    make_server,
    test_ca,
)


import pytest  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def one_qapplication(qapp):
    """The one QApplication of the run, made before the first test.

    Command-line tests run in-process, and ``translator_for_cli`` makes a ``QCoreApplication``
    when none exists; pytest-qt then refuses it for the widget tests that follow ("not an
    instance of QApplication"). A QApplication made first serves both, whatever the test order.
    """
    return qapp
