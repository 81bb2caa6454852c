"""Will a deadline be met? A straight line through the progress recorded so far, carried to 100.

Each snapshot (a published workbook or check-in) gives a point: the day its data
is for, and the activity's progress then. With fewer than two days on record
there is no line: "not enough history". Otherwise the rate is the least-squares
slope of progress over days; the finish is where the line, started from the
latest point, reaches 100. An open deadline already past is late. On track:
the finish falls on or before the deadline. At risk: within a week after it (a
push can still make it). Will be late: later than that, or no progress at all
while the deadline is open.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from ita_core.model import Plan

AT_RISK_GRACE = timedelta(days=7)


class Outlook(StrEnum):
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    LATE = "late"
    NOT_ENOUGH = "not_enough"  # fewer than two days on record


@dataclass(frozen=True)
class Projection:
    outlook: Outlook
    finish: date | None = None  # when the line reaches 100
    per_day: float | None = None  # percentage points a day

    @property
    def worrying(self) -> bool:
        return self.outlook in (Outlook.AT_RISK, Outlook.LATE)


Point = tuple[date, Decimal]


def _one_per_day(points: Iterable[Point]) -> list[Point]:
    """The last value recorded on each day, by day."""
    by_day: dict[date, Decimal] = {}
    for day, progress in sorted(points, key=lambda p: p[0]):
        by_day[day] = progress
    return sorted(by_day.items())


def project(points: Sequence[Point], due: date, as_of: date) -> Projection:
    """The outlook of one open deadline from its activity's progress points up to ``as_of``; an open
    deadline already past is late, whatever the history."""
    if due < as_of:
        return Projection(Outlook.LATE)
    known = _one_per_day(p for p in points if p[0] <= as_of)
    if len(known) < 2:
        return Projection(Outlook.NOT_ENOUGH)
    origin = known[0][0]
    xs = [float((day - origin).days) for day, _ in known]
    ys = [float(progress) for _, progress in known]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread
    last_day, last = known[-1]
    if last >= 100:
        return Projection(Outlook.ON_TRACK, last_day, slope)
    if slope <= 0:
        return Projection(Outlook.LATE, None, slope)
    finish = last_day + timedelta(days=float(100 - last) / slope)
    if finish <= due:
        outlook = Outlook.ON_TRACK
    elif finish <= due + AT_RISK_GRACE:
        outlook = Outlook.AT_RISK
    else:
        outlook = Outlook.LATE
    return Projection(outlook, finish, slope)


def progress_points(history: Iterable[tuple[date, Plan]]) -> dict[str, list[Point]]:
    """Each activity's reported progress over a stream's snapshots (day, plan), oldest first.
    An activity with no report in a snapshot gives no point there."""
    points: dict[str, list[Point]] = {}
    for day, plan in sorted(history, key=lambda pair: pair[0]):
        for act in plan.activities:
            if act.progress_reported:
                found = points.setdefault(act.activity_id, [])
                at = act.reported_on or day  # a check-in's own day, not the plan's data date
                if not found or found[-1] != (at, act.progress):
                    found.append((at, act.progress))
    return points


def last_updates(history: Iterable[tuple[date, Plan]]) -> dict[str, date]:
    """The day each activity's reported figures last changed over a stream's snapshots."""
    seen: dict[str, tuple[object, ...]] = {}
    changed: dict[str, date] = {}
    for day, plan in sorted(history, key=lambda pair: pair[0]):
        for act in plan.activities:
            if seen.get(act.activity_id) != act.figures:
                seen[act.activity_id] = act.figures
                changed[act.activity_id] = act.reported_on or day
    return changed
