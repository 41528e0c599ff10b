"""Recognising sync-engine conflict copies of archive files by name (issue 12).

When two PCs change one path before they sync, the engines keep both versions under a second
name beside the first:

* Syncthing: ``<stem>.sync-conflict-20260102-030405-ABCDEFG<ext>``
* Dropbox: ``<stem> (Budi's conflicted copy 2026-01-02)<ext>``
* Nextcloud / ownCloud: ``<stem> (conflicted copy 2026-01-02 030405)<ext>``
* OneDrive: ``<stem>-DESKTOP-7QK2M1A<ext>`` (the PC's name); Google Drive and many others:
  ``<stem> (1)<ext>``

ShopSafe's files are named by random ids and written once, so a copy holds either the same
bytes as the original or another valid version of the same thing (two organisers granting one
member at once). Records are read under their canonical name whatever the suffix (FORMAT.md
§9); :func:`original_name` gives ``verify`` and the refresh the canonical name of any archive
file so a copy that differs is checked as what it is; :func:`is_identical_copy` lets the
listings skip copies holding the original's bytes (``verify`` names them as notes). Nothing is
ever deleted.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

__all__ = ["SYNC_MARKERS", "is_identical_copy", "is_sync_marker", "original_name"]

# Archive file names: hex ids (members, slots, grants, blobs), <lamport>-<rand> (records) and
# <serial>-<signer> (rosters), then a suffix starting with one of the separators the engines
# use, then the extension.
_NAME = re.compile(
    r"^(?P<stem>[0-9a-f]{32}|[0-9a-f]{16}|(?:0|[1-9][0-9]{0,14})-[0-9a-f]{16})"
    r"(?P<rest>[.\s\-_~].*)?"
    r"(?P<ext>\.(?:json|slot|grant|blob|rec|roster))$",
    re.DOTALL,
)


# What sync engines and file managers put into a folder they manage: a folder holding only
# these is still empty enough to create an archive in (a Syncthing share made first, then the
# archive). Readers ignore them (names starting with "." and the journal's IGNORED_NAMES).
SYNC_MARKERS = frozenset({".stfolder", ".stignore", ".stversions", ".dropbox", ".dropbox.attr",
                          ".dropbox.cache", ".sync", ".DS_Store", "desktop.ini", "Thumbs.db",
                          "Icon\r"})


def is_sync_marker(name: str) -> bool:
    """True for the folder markers and metadata files of SYNC_MARKERS (and Syncthing's and
    Nextcloud's hidden temporaries), which never make a folder "not empty"."""
    return name in SYNC_MARKERS or name.startswith((".syncthing.", ".~syncthing~", ".owncloudsync",
                                                    "._sync_", ".sync_"))


def original_name(name: str) -> str | None:
    """The file name ``name`` is a conflict copy of, or None when it is not a copy (an
    original, or a name ShopSafe never writes). Pure; the name only."""
    match = _NAME.match(name)
    if match is None or not match.group("rest"):
        return None
    return match.group("stem") + match.group("ext")


def is_identical_copy(path: Path) -> bool:
    """True when ``path`` is a conflict copy of a file that exists beside it with the same
    bytes: nothing in it is new, so listings skip it (one Argon2id attempt per slot, not two;
    no roster read twice). Links are never followed; any I/O error answers False, so the file
    is then read and judged like any other."""
    original = original_name(path.name)
    if original is None:
        return False
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    try:
        if os.path.getsize(path) != os.path.getsize(path.with_name(original)):
            return False
        with open(os.open(path.with_name(original), flags), "rb") as first, \
                open(os.open(path, flags), "rb") as second:
            while True:
                a, b = first.read(1 << 16), second.read(1 << 16)
                if a != b:
                    return False
                if not a:
                    return True
    except OSError:
        return False
