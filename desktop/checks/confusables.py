"""Confusable characters (UTS #39 skeletons) and ASCII look-alike sequences for host labels.

:func:`skeleton` maps every character to the ASCII prototype it can be confused with
(``а`` Cyrillic → ``a``), using the table in ``resources/confusables.json`` (generated from
Unicode's ``confusables.txt``, source and date in the file). :func:`ascii_skeleton` further folds
the ASCII tricks of typosquatters (``rn`` → ``m``, ``0`` → ``o``, ``1`` → ``l``, ``vv`` → ``w``).
Two labels with the same skeleton look the same to a reader.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache

from desktop.paths import resource_path

__all__ = ["ASCII_HOMOGLYPHS", "ascii_skeleton", "mixed_scripts", "skeleton"]

# ASCII sequences read as another letter, most specific first.
ASCII_HOMOGLYPHS: tuple[tuple[str, str], ...] = (
    ("rn", "m"), ("vv", "w"), ("cl", "d"), ("nn", "m"), ("0", "o"), ("1", "l"), ("l", "l"),
    ("i", "l"), ("5", "s"), ("3", "e"), ("4", "a"), ("7", "t"), ("8", "b"), ("9", "g"),
)
_ASCII_RE = re.compile("|".join(re.escape(a) for a, _ in ASCII_HOMOGLYPHS if a != "l"))
_ASCII_MAP = dict(ASCII_HOMOGLYPHS)


@cache
def _table() -> dict[str, str]:
    data = json.loads(resource_path("confusables.json").read_text(encoding="utf-8"))
    return data["map"]


def skeleton(text: str) -> str:
    """The UTS #39-style skeleton of ``text``: NFD, confusables mapped to ASCII prototypes,
    combining marks removed, lower-cased. Characters without a prototype stay as they are."""
    table = _table()
    out = []
    for char in unicodedata.normalize("NFD", text):
        if unicodedata.combining(char):
            continue
        out.append(table.get(char, char))
    return "".join(out).lower()


def ascii_skeleton(text: str) -> str:
    """:func:`skeleton` then ASCII look-alikes folded (``rn``→``m``, ``0``→``o``, ``1``/``i``→``l``).

    Applied to both sides of a comparison, so ``paypai`` and ``paypal`` share a skeleton."""
    return _ASCII_RE.sub(lambda m: _ASCII_MAP[m.group(0)], skeleton(text))


def _script(char: str) -> str | None:
    if not char.isalpha():
        return None  # digits, hyphens: common to every script
    try:
        name = unicodedata.name(char)
    except ValueError:
        return "UNKNOWN"
    first = name.split(" ", 1)[0]
    if first in ("CJK", "HIRAGANA", "KATAKANA"):
        return "HAN/JAPANESE"
    return first


def mixed_scripts(text: str) -> set[str]:
    """The scripts used by the letters of each label of ``text`` (union over labels that mix
    scripts; a single-script host returns its one script). Japanese mixing Han and kana counts
    as one script."""
    all_scripts: set[str] = set()
    for label in text.split("."):
        scripts = {s for s in (_script(c) for c in label) if s}
        if len(scripts) > 1:
            return scripts
        all_scripts |= scripts
    return all_scripts if len(all_scripts) <= 1 else {next(iter(all_scripts))}
