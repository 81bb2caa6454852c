"""A clock the store tests set by hand: it stands still, or steps on by ``step`` at every reading."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


class Clock:
    def __init__(self, step: timedelta = timedelta(0)) -> None:
        self.now = datetime(2023, 4, 1, 9, 0, tzinfo=UTC)
        self.step = step

    def __call__(self) -> datetime:
        self.now += self.step
        return self.now
