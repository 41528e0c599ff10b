"""Shop checks: classify pasted input, analyse links offline, check shops online (no Qt).

Public API is re-exported here; see each module for the guarantees it makes.
"""

from desktop.checks.model import Category, Finding, InputKind, Level, Status

__all__ = sorted(["Category", "Finding", "InputKind", "Level", "Status"])
