"""Options shared by the offline analysis and the online checks."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["CheckOptions"]


@dataclass(frozen=True)
class CheckOptions:
    """How to run one check. Immutable; the UI builds it from Settings, the CLI from flags.

    ``offline`` forbids every network access. ``country`` is the user's ISO 3166 alpha-2 code
    (drives phone parsing and the registry's local brands). ``resolve`` maps host names to
    addresses like curl's ``--resolve`` (``{"shop.test": "127.0.0.1"}``), ``ca_bundle`` replaces
    the system trust store. ``deadline`` bounds the whole online check in seconds.
    """

    offline: bool = False
    country: str = "ID"
    language: str = "en"
    resolve: Mapping[str, str] = field(default_factory=dict)
    ca_bundle: Path | None = None
    deadline: float = 20.0
