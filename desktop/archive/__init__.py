"""The encrypted evidence archive (no Qt)."""

__all__: list[str] = []
