"""Times as a person reads them: local wall-clock time with the zone it is in.

Reports keep times in UTC (ISO 8601); what the buyer sees, pastes into a chat or prints is the
same moment in the computer's time zone, with the zone named so a relative in another island or
country reads it right ("2026-12-04 20:31 WIB (UTC+07:00)").
"""

from __future__ import annotations

from datetime import datetime

__all__ = ["local_stamp", "parse_moment"]


def parse_moment(value: str | datetime | None) -> datetime | None:
    """``value`` as an aware datetime in the local zone; ``None`` when it is missing or not ISO
    8601. A naive time is taken as local time (that is what ``datetime.now()`` gives)."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return None
    return value.astimezone()


def local_stamp(value: str | datetime | None = None, seconds: bool = False) -> str:
    """``value`` (default: now) as ``YYYY-MM-DD HH:MM ZONE (UTC±HH:MM)`` in local time. The zone
    abbreviation is left out where the system has none but the offset ("+07"). Never raises:
    an unreadable ``value`` gives an empty string."""
    moment = datetime.now().astimezone() if value is None else parse_moment(value)
    if moment is None:
        return ""
    clock = moment.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")
    offset = moment.strftime("%z")  # +0700
    utc = "UTC" if offset in ("+0000", "-0000") else f"UTC{offset[:3]}:{offset[3:]}"
    name = moment.tzname() or ""
    if not name or name[0] in "+-" or name == utc or (name == "UTC" and utc == "UTC"):
        return f"{clock} {utc}"
    return f"{clock} {name} ({utc})"
