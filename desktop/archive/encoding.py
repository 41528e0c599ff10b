"""Strict canonical encodings shared by every archive file.

JSON files are *canonical*: UTF-8, keys sorted, no whitespace (``separators=(",", ":")``),
non-ASCII kept as is, no floats, no duplicate keys, no trailing newline. A reader re-encodes what
it parsed and refuses the file if the bytes differ, so any change to a JSON file — even in
whitespace — is detected before any key is used. Binary values are standard base64 with padding,
also checked for canonical form (no ignored bits).
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

__all__ = [
    "FormatError",
    "KeyNotGranted",
    "NewerFormat",
    "b64d",
    "b64e",
    "canonical_json",
    "check_version",
    "key_for",
    "parse_canonical_json",
]


class FormatError(ValueError):
    """Bytes that do not follow the documented format (reason in ``args[0]``)."""


class NewerFormat(Exception):
    """A file (key file, record or blob) of a newer format ``version`` than this ShopSafe reads.

    The low-level readers' one "unsupported version" signal: the store turns it into
    :class:`~desktop.archive.errors.UnsupportedVersion` (archive.json) or a "newer version"
    problem (:func:`~desktop.archive.problems.damaged_from`)."""

    def __init__(self, version: int) -> None:
        super().__init__(version)
        self.version = version


class KeyNotGranted(KeyError):
    """A file sealed with key ``generation``, which this member has not been given.

    A ``KeyError`` for callers that catch lookups, but typed, so a stray ``KeyError`` from a bug
    is never reported as a missing key."""

    def __init__(self, generation: int) -> None:
        super().__init__(generation)
        self.generation = generation


def check_version(version: object, current: int) -> None:
    """Accept only ``current``: raise :class:`NewerFormat` for a higher integer version and
    :class:`FormatError` for anything else (the one version rule of every archive file)."""
    if type(version) is not int:
        raise FormatError("version is not an integer")
    if version > current:
        raise NewerFormat(version)
    if version != current:
        raise FormatError(f"unknown version {version}")


def key_for(keys: dict[int, bytes], generation: int) -> bytes:
    """The key of ``generation``; raises :class:`KeyNotGranted` when it was not given."""
    try:
        return keys[generation]
    except KeyError:
        raise KeyNotGranted(generation) from None


def canonical_json(value: Any) -> bytes:
    """The canonical encoding of ``value`` (dicts, lists, str, int, bool, None)."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise FormatError(f"duplicate key {key!r}")
        result[key] = value
    return result


def _no_float(text: str) -> Any:
    raise FormatError("floats are not allowed")


def parse_canonical_json(data: bytes, max_size: int = 16 * 1024 * 1024) -> dict[str, Any]:
    """Parse a canonical JSON object; raise :class:`FormatError` for anything else."""
    if len(data) > max_size:
        raise FormatError("file too large")
    try:
        text = data.decode("utf-8")
        value = json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_float=_no_float,
            parse_constant=_no_float,
        )
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise FormatError(f"not JSON: {exc}") from None
    if not isinstance(value, dict):
        raise FormatError("not a JSON object")
    if canonical_json(value) != data:
        raise FormatError("not in canonical form")
    return value


def b64e(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64d(text: object, length: int | None = None) -> bytes:
    """Decode canonical base64; ``length`` (bytes) is enforced when given."""
    if not isinstance(text, str):
        raise FormatError("base64 value is not a string")
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise FormatError("bad base64") from None
    if base64.b64encode(data).decode("ascii") != text:
        raise FormatError("non-canonical base64")
    if length is not None and len(data) != length:
        raise FormatError(f"expected {length} bytes, got {len(data)}")
    return data
