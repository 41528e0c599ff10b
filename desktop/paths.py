"""Where ShopSafe finds its bundled resources and keeps its data (Qt-free).

Resources ship inside the wheel as ``desktop/_resources``; in a checkout they are the top-level
``resources/`` folder. Data goes to the platform's per-user data folder (platformdirs), or to
``$SHOPSAFE_DATA_DIR`` when set (tests, portable installs).
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

import platformdirs

__all__ = ["APP_NAME", "ORG_NAME", "data_dir", "resource_path", "resources_dir", "settings_file"]

APP_NAME = "ShopSafe"
ORG_NAME = "ShopSafe"


@cache
def resources_dir() -> Path:
    """The folder holding the bundled resources (registry, RDAP bootstrap, i18n, icons)."""
    packaged = Path(__file__).resolve().parent / "_resources"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError("ShopSafe resources are missing: reinstall the package")


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource, e.g. ``resource_path("i18n", "desktop_id.qm")``."""
    return resources_dir().joinpath(*parts)


def data_dir() -> Path:
    """The per-user data folder, created on first use."""
    override = os.environ.get("SHOPSAFE_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, ORG_NAME))
    path.mkdir(parents=True, exist_ok=True)
    return path


def settings_file() -> Path:
    """``$SHOPSAFE_SETTINGS_FILE``, else ``settings.ini`` in the per-user config folder."""
    override = os.environ.get("SHOPSAFE_SETTINGS_FILE")
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_NAME, ORG_NAME)) / "settings.ini"
