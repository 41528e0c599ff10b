"""Total cost and offer comparison (no Qt)."""

__all__: list[str] = []
