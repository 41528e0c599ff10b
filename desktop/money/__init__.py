"""The shared money layer (no Qt): amounts, currencies and price text, used by checks and costs.

- :mod:`desktop.money.amount`: :class:`~desktop.money.amount.Money`, exact decimal amounts in
  minor units, formatting per locale;
- :mod:`desktop.money.parsing`: :func:`~desktop.money.parsing.parse_price` (``50rb``,
  ``Rp 1.250.000``, ``€12,50``);
- :mod:`desktop.money.amounts`: which numbers in price text are amounts (dates, percentages,
  list prices, ranges set apart);
- :mod:`desktop.money.currencies`: a country's currency and name.

Nothing is imported here, so importing one module does not pull in the others.
"""
