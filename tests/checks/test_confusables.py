"""Skeletons (UTS #39 data), script mixing and the single-edit technique names."""

from __future__ import annotations

import pytest

from desktop.checks.confusables import ascii_skeleton, mixed_scripts, skeleton
from desktop.checks.techniques import deletions, edit_technique


@pytest.mark.parametrize("text,expected", [
    ("pаypal", "paypal"),        # Cyrillic а
    ("ѕhopee", "shopee"),        # Cyrillic ѕ
    ("tokopedіa", "tokopedia"),  # Ukrainian і
    ("ｓｈｏｐｅｅ", "shopee"),    # fullwidth
    ("bücher", "bucher"),        # combining mark dropped
    ("ƿaypał", "paypal"),        # letters with hook / stroke (supplement)
    ("shopee", "shopee"),
])
def test_skeleton(text, expected):
    assert skeleton(text) == expected


def test_ascii_skeleton_folds_typosquatter_tricks_on_both_sides():
    assert ascii_skeleton("arneli") == ascii_skeleton("ameli")
    assert ascii_skeleton("paypa1") == ascii_skeleton("paypal")
    assert ascii_skeleton("g00gle") == ascii_skeleton("google")
    assert ascii_skeleton("vvalmart") == ascii_skeleton("walmart")
    assert ascii_skeleton("shopee") != ascii_skeleton("shoppe")


def test_mixed_scripts():
    assert mixed_scripts("bеlley.fr") == {"LATIN", "CYRILLIC"}
    assert len(mixed_scripts("яндекс.рф")) == 1
    assert len(mixed_scripts("例え.テスト")) == 1
    assert mixed_scripts("shop-24.com") == {"LATIN"}


@pytest.mark.parametrize("suspect,word,technique", [
    ("tokopdia", "tokopedia", "omission"),
    ("tokopediaa", "tokopedia", "repetition"),
    ("tokopedixa", "tokopedia", "insertion"),
    ("tokoepdia", "tokopedia", "transposition"),
    ("tokopedis", "tokopedia", "typo"),
    ("tokopedio", "tokopedia", "replacement"),
    ("t0kopedia", "tokopedia", "homoglyph"),
    ("tokopedia", "tokopedia", None),
    ("tokpdia", "tokopedia", None),
    ("amazon", "tokopedia", None),
])
def test_edit_technique(suspect, word, technique):
    assert edit_technique(suspect, word) == technique


def test_deletions():
    assert deletions("abc") == {"abc", "bc", "ac", "ab"}
