"""Thai time whatever the server's zone: days and hours as people in Bangkok read them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from ita_core.clock import THAI_TIME, thai, thai_day, today
from ita_core.labels import moment_label


def test_the_thai_day_starts_seven_hours_before_utcs() -> None:
    assert thai_day(datetime(2026, 12, 6, 16, 59, tzinfo=UTC)) == date(2026, 12, 6)
    assert thai_day(datetime(2026, 12, 6, 17, 0, tzinfo=UTC)) == date(2026, 12, 7)  # midnight in Bangkok
    assert thai_day(datetime(2026, 12, 6, 23, 30)) == date(2026, 12, 7)  # a naive moment is UTC, as stored


def test_today_is_thailands() -> None:
    before = datetime.now(UTC)
    day = today()
    assert day in {thai_day(before), thai_day(datetime.now(UTC))}
    assert thai(before).utcoffset() == timedelta(hours=7) and THAI_TIME.tzname(None) == "ICT"


def test_a_moment_reads_in_thai_time() -> None:
    """A publish at 02:00 UTC was shown as 02:00 on a UTC server: it was 09:00 in the office."""
    published = datetime(2023, 6, 20, 2, 0, tzinfo=UTC)
    assert moment_label(published, "th") == "20 มิ.ย. 2566 09:00"
    assert moment_label(datetime(2023, 6, 20, 17, 30, 5, tzinfo=UTC), "th", seconds=True) == "21 มิ.ย. 2566 00:30:05"
