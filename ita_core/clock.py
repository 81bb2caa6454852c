"""Thai time: the days and hours people read, whatever time zone the server runs in.

Servers commonly run in UTC, while the bureau works in Bangkok time (UTC+7; Thailand has kept no daylight
saving since 1920, so a fixed offset is exact and needs no time zone database). A day taken from the
server's own clock was the day before until 07:00 each morning: a reminder sent at 07:30 counted the days to
a deadline from yesterday, a check-in sent at 06:00 was dated yesterday, and every publish time read seven
hours early.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

THAI_TIME = timezone(timedelta(hours=7), "ICT")


def today() -> date:
    """Today in Thailand."""
    return datetime.now(THAI_TIME).date()


def utc(moment: datetime) -> datetime:
    """A moment as an aware datetime; a naive one is UTC, as the store keeps them (SQLite hands back naive UTC,
    PostgreSQL aware)."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def thai(moment: datetime) -> datetime:
    """A moment in Thai time."""
    return utc(moment).astimezone(THAI_TIME)


def thai_day(moment: datetime) -> date:
    """The day a moment fell on in Thailand."""
    return thai(moment).date()
