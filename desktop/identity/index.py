"""An in-memory index from identifier keys to sellers: O(1) per key.

Built once from the seller book (a few milliseconds for thousands of sellers) and rebuilt when
the book changes; a check then looks each of its identifiers up in a dictionary.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from desktop.identity.keys import Key

__all__ = ["SellerIndex"]


@dataclass
class SellerIndex:
    """Maps each :class:`Key` to the ids of the sellers known by it (a duplicate seller not yet
    merged shares keys with another). Not thread-safe while being built; read-only after."""

    _by_key: dict[Key, list[str]] = field(default_factory=dict)
    _keys: dict[str, tuple[Key, ...]] = field(default_factory=dict)

    @classmethod
    def build(cls, sellers: Iterable[tuple[str, Iterable[Key]]]) -> SellerIndex:
        """An index of ``(seller id, keys)`` pairs."""
        index = cls()
        for seller, keys in sellers:
            index.add(seller, keys)
        return index

    def add(self, seller: str, keys: Iterable[Key]) -> None:
        """Index ``seller`` under each of ``keys`` (repeats ignored)."""
        unique = tuple(dict.fromkeys(keys))
        self._keys[seller] = unique
        for key in unique:
            holders = self._by_key.setdefault(key, [])
            if seller not in holders:
                holders.append(seller)

    def __len__(self) -> int:
        return len(self._keys)

    def keys_of(self, seller: str) -> tuple[Key, ...]:
        """The keys ``seller`` was indexed under (empty when unknown)."""
        return self._keys.get(seller, ())

    def find(self, key: Key) -> tuple[str, ...]:
        """The sellers known by ``key``, in the order they were indexed."""
        return tuple(self._by_key.get(key, ()))

    def lookup(self, keys: Iterable[Key]) -> list[tuple[str, Key]]:
        """``(seller, key)`` for every seller any of ``keys`` matches, each seller once, in the
        order of ``keys``. O(number of keys)."""
        found: dict[str, Key] = {}
        for key in keys:
            for seller in self._by_key.get(key, ()):
                found.setdefault(seller, key)
        return list(found.items())

    def duplicates(self) -> list[tuple[Key, tuple[str, ...]]]:
        """Keys shared by more than one seller: candidates to merge."""
        return [(k, tuple(v)) for k, v in self._by_key.items() if len(v) > 1]
