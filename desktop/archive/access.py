"""What key-management and checking code needs from an unlocked archive, passed explicitly.

:class:`KeyAccess` is a snapshot of an unlocked archive's folder, header, device, random source,
identity and archive keys. :mod:`~desktop.archive.unlock` and :mod:`~desktop.archive.verify` take
one instead of the :class:`~desktop.archive.store.Archive` itself, so neither imports the store
(the store imports them) and none reads another's private attributes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop.archive.fsio import write_new_file
from desktop.archive.keys import Identity
from desktop.archive.layout import ArchiveHeader, Layout
from desktop.archive.rng import RandomSource

__all__ = ["KeyAccess"]


@dataclass(frozen=True)
class KeyAccess:
    """An unlocked archive's secrets and places. Secret: never log or keep it after use."""

    layout: Layout
    header: ArchiveHeader
    device: str
    rng: RandomSource
    identity: Identity
    generation_keys: dict[int, bytes] = field(repr=False)

    @property
    def archive_id(self) -> str:
        return self.header.archive_id

    def write(self, path: Path, data: bytes) -> None:
        """Publish ``data`` as the new file ``path`` (atomic, never overwriting)."""
        write_new_file(self.layout.tmp(self.device), path,
                       self.rng.bytes(8).hex() + ".tmp", data)
