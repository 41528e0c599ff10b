"""Consumption-tax presets per country, read from ``resources/costs/tax_presets.json``.

Each preset is dated and sourced in that file; the user can always edit the rate. Countries
without a preset get no tax (0 %, prices inclusive) rather than a guess.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from desktop.paths import resource_path

__all__ = ["TaxPreset", "tax_preset", "tax_presets"]


@dataclass(frozen=True)
class TaxPreset:
    """A country's standard consumption tax: ``name`` (PPN, IVA…), ``percent``, and whether
    consumer prices are normally shown with it included. ``source`` names the law."""

    country: str
    name: str
    percent: Decimal
    prices_include_tax: bool
    since: str
    source: str


@cache
def tax_presets() -> dict[str, TaxPreset]:
    """All bundled presets by ISO 3166 alpha-2 code.

    Raises ``FileNotFoundError`` or ``ValueError`` if the bundled file is missing or malformed
    (a broken installation, not a user error).
    """
    data = json.loads(resource_path("costs", "tax_presets.json").read_text(encoding="utf-8"))
    presets = {}
    for country, entry in data["countries"].items():
        percent = Decimal(entry["percent"])
        if not Decimal(0) <= percent <= Decimal(100):
            raise ValueError(f"tax preset for {country} out of range: {percent}")
        presets[country] = TaxPreset(country, entry["name"], percent,
                                     bool(entry["prices_include_tax"]), entry["since"],
                                     entry["source"])
    return presets


def tax_preset(country: str | None) -> TaxPreset:
    """The preset for ``country``, or a 0 % placeholder when none is bundled."""
    code = (country or "").upper()
    return tax_presets().get(code) or TaxPreset(code, "", Decimal(0), True, "", "")
