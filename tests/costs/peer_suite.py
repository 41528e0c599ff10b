"""Score a price parser on price-parser 0.5.1's own test cases (tests/costs/data/).

The case table is price-parser's (BSD-3-Clause, Scrapinghub; notice in
``data/price-parser-LICENSE.txt``); only the data is used here, never its test code. A case is
*right* when the parser gives the expected amount, or refuses a text the table says holds no
price; *wrong* when it gives any other amount (the failure that matters: a confident wrong
number); *refused* when it declines a text that does hold a price. Currencies are not scored
(price-parser returns a symbol, ShopSafe an ISO code).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "price_parser_cases.json"


@dataclass(frozen=True)
class Case:
    """One row of the table: ``amount`` is ``None`` when the text holds no price."""

    group: str
    hint: str | None
    text: str
    amount: Decimal | None
    decimal_separator: str | None


@dataclass
class Score:
    """Counts of right / wrong / refused, the wrong cases and the refusal reasons."""

    right: int = 0
    wrong: int = 0
    refused: int = 0
    wrong_cases: list[tuple[str, str, str]] = field(default_factory=list)
    reasons: Counter = field(default_factory=Counter)

    @property
    def total(self) -> int:
        return self.right + self.wrong + self.refused


def load(groups: str = "must") -> list[Case]:
    """``"must"``: the 1042 cases price-parser asserts; ``"other"``: its decimal-separator and
    expected-failure lists (cases it gets wrong itself)."""
    table = json.loads(DATA.read_text(encoding="utf-8"))
    must = set(table["must_pass"])
    cases = []
    for row in table["cases"]:
        group, hint, text, _currency, _amount_text, amount = row[:6]
        if (group in must) != (groups == "must"):
            continue
        cases.append(Case(group, hint, text or "", None if amount is None else Decimal(amount),
                          row[6] if len(row) > 6 else None))
    return cases


def score(cases: list[Case], parse: Callable[[Case], Decimal | None],
          refused: Callable[[BaseException], str | None] = lambda error: None) -> Score:
    """Run ``parse`` on every case. It returns an amount or ``None`` (no price); an exception
    for which ``refused`` returns a reason counts as a refusal with that reason (others
    propagate)."""
    result = Score()
    for case in cases:
        try:
            amount = parse(case)
        except Exception as error:  # noqa: BLE001 - only the refusals ``refused`` names count
            reason = refused(error)
            if reason is None:
                raise
            amount = None
            result.reasons[reason] += 1
        if amount is None:
            if case.amount is None:
                result.right += 1
            else:
                result.refused += 1
        elif case.amount is not None and amount == case.amount:
            result.right += 1
        else:
            result.wrong += 1
            result.wrong_cases.append((case.text, str(amount), str(case.amount)))
    return result
