"""How old something is, as a person says it: "8 years and 2 months", not "3000 days".

Qt-free: the parts are :class:`~desktop.text.Message` objects, so each language words them (and
their singular and plural) itself.
"""

from __future__ import annotations

from desktop.text import N_, Message

__all__ = ["age_phrase"]

_DAY = N_("Age", "1 day")
_DAYS = N_("Age", "{n} days")
_MONTH = N_("Age", "1 month")
_MONTHS = N_("Age", "{n} months")
_YEAR = N_("Age", "1 year")
_YEARS = N_("Age", "{n} years")
_AND = N_("Age", "{years} and {months}")

_DAYS_PER_YEAR = 365.2425
_DAYS_PER_MONTH = _DAYS_PER_YEAR / 12


def _count(n: int, one: Message, many: Message) -> Message:
    return one if n == 1 else many.format(n=n)


def age_phrase(days: int) -> Message:
    """``days`` as days (under two months), months (under a year) or years and months, always
    rounded down (a domain is never called older than it is). Negative ages count as 0 days."""
    days = max(0, int(days))
    if days < 60:
        return _count(days, _DAY, _DAYS)
    months_total = int((days + 1) / _DAYS_PER_MONTH)  # a day of slack: 365 and 730 days are whole years
    if months_total < 12:
        return _count(months_total, _MONTH, _MONTHS)
    years, months = divmod(months_total, 12)
    if months == 0:
        return _count(years, _YEAR, _YEARS)
    return _AND.format(years=_count(years, _YEAR, _YEARS), months=_count(months, _MONTH, _MONTHS))
