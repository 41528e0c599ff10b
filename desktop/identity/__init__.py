"""Seller identifiers in one canonical form, and the index that finds a seller by any of them.

Qt-free and offline. ``checks`` (to consult the family's seller book) and ``archive`` (which
keeps the book) both build on it: :mod:`.keys` turns whatever a buyer typed or pasted into
:class:`~desktop.identity.keys.Key` values, :mod:`.index` maps keys to sellers in O(1), and
:mod:`.match` is the protocol a check uses to ask "is this seller in our book?".

Like ``net`` and ``money``, importing the package imports nothing: import the module you need.
"""
