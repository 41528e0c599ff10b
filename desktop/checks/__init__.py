"""Shop checks: classify pasted input, analyse links offline, check shops online (no Qt).

Public API is re-exported here; see each module for the guarantees it makes.
"""

from desktop.checks.analyze import analyze_offline, classify
from desktop.checks.inputs import ParsedInput
from desktop.checks.lookalike import Lookalike, find_lookalikes
from desktop.checks.model import Category, Finding, InputKind, Level, Status
from desktop.checks.pricecapture import CapturedPrice, capture_price
from desktop.checks.registry import BrandEntry, Registry, RegistryError, default_registry
from desktop.checks.report import Report
from desktop.checks.verdict import Verdict, compute_verdict

__all__ = sorted(
    [
        "BrandEntry",
        "CapturedPrice",
        "Category",
        "Finding",
        "InputKind",
        "Level",
        "Lookalike",
        "ParsedInput",
        "Registry",
        "RegistryError",
        "Report",
        "Status",
        "Verdict",
        "analyze_offline",
        "capture_price",
        "classify",
        "compute_verdict",
        "default_registry",
        "find_lookalikes",
    ]
)
