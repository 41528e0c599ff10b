"""Ages as a person says them."""

from __future__ import annotations

import pytest

from desktop.checks.ages import age_phrase


@pytest.mark.parametrize(("days", "text"), [
    (0, "0 days"), (1, "1 day"), (3, "3 days"), (59, "59 days"), (100, "3 months"), (364, "11 months"),
    (365, "1 year"), (400, "1 year and 1 month"), (730, "2 years"), (3000, "8 years and 2 months"),
    (-5, "0 days"),
])
def test_age_phrase(days, text):
    assert age_phrase(days).render() == text


def test_age_phrase_is_translatable_piece_by_piece():
    words = {"{n} years": "{n} años", "1 month": "1 mes", "{years} and {months}": "{years} y {months}"}
    assert age_phrase(1500).render(lambda c, s: words.get(s, s)) == "4 años y 1 mes"
