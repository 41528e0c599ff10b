"""The cost sheet: the one pipeline from typed offers to compared totals (page and CLI)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from desktop.costs import OfferForm, RateTable
from desktop.costs.sheet import CostSheet, evaluate_offer
from desktop.money.amount import Money

TODAY = dt.date.today()
ECB = RateTable("EUR", TODAY, {"IDR": Decimal("17000"), "USD": Decimal("1.10")})


def _form(price: str, **fields: str) -> OfferForm:
    return OfferForm.for_country("ID", unit_price=price, **fields)


def test_offers_are_totalled_compared_and_the_cheapest_marked():
    sheet = CostSheet()
    built = sheet.build([_form("Rp 100.000", shipping="Rp 20.000"), _form("Rp 110.000")], [1, 2],
                        currency="IDR", country="ID", locale="id_ID", table=None)
    first, second = built.lines
    assert first.breakdown.total == Money(Decimal("120000"), "IDR")
    assert second.compared.cheapest and not first.compared.cheapest
    assert (first.number, second.number) == (1, 2) and built.reference_error is None


def test_a_typed_rate_wins_over_the_reference_rate_which_is_still_described():
    line = evaluate_offer(_form("€10", rate="18000"), "IDR", "ID", "en_US", ECB)
    assert line.breakdown.rate.value == Decimal("18000") and line.breakdown.rate.source == "typed"
    assert line.rate_note.render().startswith("1 EUR = 17,000 IDR (ECB")
    from_table = evaluate_offer(_form("€10"), "IDR", "ID", "en_ID", ECB)
    assert from_table.breakdown.rate.value == Decimal("17000")


def test_without_any_rate_a_foreign_offer_has_no_conversion_and_says_so():
    line = evaluate_offer(_form("$5"), "IDR", "US", "en_US", None)
    assert line.breakdown is not None and line.breakdown.rate is None
    assert "No reference rate for USD" in line.rate_note.render()
    built = CostSheet().build([_form("$5")], [1], currency="IDR", country="US", locale="en_US",
                              table=None)
    assert built.lines[0].compared.problem is not None and built.lines[0].compared.total is None


def test_unreadable_fields_and_reference_price_are_reported_not_guessed():
    built = CostSheet().build([_form("sepuluh ribu")], [7], currency="IDR", country="ID",
                              locale="id_ID", table=None, reference_text="murah")
    line = built.lines[0]
    assert line.breakdown is None and "unit_price" in line.result.errors and line.number == 7
    assert built.reference_error is not None and built.reference_error.render()


def test_only_changed_offers_are_evaluated_again():
    sheet = CostSheet()
    forms = [_form("Rp 100.000"), _form("Rp 200.000")]
    first = sheet.build(forms, [1, 2], currency="IDR", country="ID", locale="id_ID", table=None)
    again = sheet.build([forms[0], _form("Rp 250.000")], [1, 2], currency="IDR", country="ID",
                        locale="id_ID", table=None)
    assert again.lines[0].result is first.lines[0].result  # reused, not read again
    assert again.lines[1].result is not first.lines[1].result
    other = sheet.build(forms, [1, 2], currency="EUR", country="ID", locale="id_ID", table=ECB)
    assert other.lines[0].result is not first.lines[0].result  # the currency changed
