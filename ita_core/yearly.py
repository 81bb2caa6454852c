"""The plan's yearly cycle: roll a plan into the next fiscal year, and compare a unit's years.

Most activities repeat from one year to the next with new dates; rolling forward keeps the plan
(measures, guidelines, activities, outputs, outcomes, participation rows with their targets,
responsible groups, reminder addresses) and clears what a year reports (progress, what was done,
evidence, the counts of participation, the data date). Deadlines move a year, in their own words, and
so do dates a cue word marks as due in ระยะเวลา and หมายเหตุ; other dates there recorded when something
happened, so they are kept and listed for the editor to check. Comparing years puts two fiscal years
side by side at the same point of each year.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from ita_core.dateparse import (
    has_deadline_cue,
    next_year_text,
    parse_date_text,
    weekdays_beside_dates,
    without_moved,
)
from ita_core.errors import BilingualError
from ita_core.labels import measure_label, percent_label
from ita_core.metrics import Summary, summarise
from ita_core.model import Activity, Plan
from ita_core.problems import Problem, Severity
from ita_core.text import Lang, Text
from ita_core.thai import fiscal_year_bounds


def next_year_day(day: date) -> date:
    """The same day a year later; 29 February becomes the 28th."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


def next_year(plan: Plan) -> Plan:
    """The plan for the next fiscal year: the same work, its deadlines a year later, nothing reported."""
    if plan.fiscal_year_be is None:
        raise BilingualError(
            "แผนนี้ไม่ได้ระบุปีงบประมาณ: ใส่ ปีงบประมาณ ในแผ่นงาน ข้อมูลหน่วยงาน ก่อน",
            "the plan names no fiscal year: fill in ปีงบประมาณ on the ข้อมูลหน่วยงาน sheet first",
        )
    checks: list[Problem] = []
    activities = tuple(
        a._replace(
            due_text=_rolled(a, "due_text", a.due_text, checks, plan.fiscal_year_be),
            period=_roll_lines(a, "period", checks, plan.fiscal_year_be),
            remarks=_roll_lines(a, "remarks", checks, plan.fiscal_year_be),
            progress=Decimal(0),
            progress_reported=False,
            evidence="",
            actions="",
            achieved_output="",
            achieved_outcome="",
        )
        for a in plan.activities
    )
    deadlines = tuple(d._replace(due=next_year_day(d.due), submitted=None) for d in plan.deadlines)
    return replace(
        plan,
        fiscal_year_be=plan.fiscal_year_be + 1,
        as_of=None,
        activities=activities,
        deadlines=deadlines,
        participation=tuple(p._replace(participants=None, headcount=None) for p in plan.participation),
        warnings=tuple(checks),
        form=plan.form._replace(report_date=None),
    )


_COLUMNS = {
    "due_text": Text("กำหนดส่ง", "deadlines"),
    "period": Text("ระยะเวลา", "period"),
    "remarks": Text("หมายเหตุ", "remarks"),
}


def _rolled(activity: Activity, field: str, text: str, checks: list[Problem], year: int) -> str:
    """A text a year on (``next_year_text``); where a weekday written beside a date changed with it (วันศุกร์ที่ 30
    ก.ย. 66 is วันจันทร์ที่ 30 ก.ย. 67), listed in ``checks``: the day may have been chosen for its weekday."""
    current = without_moved(text)  # this year's postponements are not next year's
    if current != text:
        checks.append(
            _listed(
                activity,
                field,
                text,
                Text(
                    f": วันที่ที่เลื่อนในปีนี้ไม่ได้ยกไปปีใหม่ (ยกไปเฉพาะ “{current}”): ตรวจว่ากำหนดของปีใหม่คือวันใด",
                    f": the dates moved this year are not carried to the new year (only “{current}” is): check which "
                    "day is due in the new year",
                ),
            )
        )
    rolled = next_year_text(current, year)
    was, now = ", ".join(_weekdays(current, year)), ", ".join(_weekdays(rolled, year + 1))
    if was != now:
        checks.append(
            _listed(
                activity,
                field,
                rolled,
                Text(
                    f": วันในสัปดาห์เปลี่ยนตามวันที่ของปีใหม่ ({was} → {now}): ตรวจว่ายังเป็นวันที่ต้องการ",
                    f": the weekday written beside a date changed with it ({was} → {now}): "
                    "check it is still the day meant",
                ),
            )
        )
    return rolled


def _listed(activity: Activity, field: str, value: str, what: Text) -> Problem:
    """A line of an activity's column for the editor to check in the new year's plan."""
    column = _COLUMNS[field]
    return Problem(
        "กิจกรรม",
        activity.source.partition("!")[2] or None,
        value,
        f"กิจกรรม {activity.activity_id} คอลัมน์ {column.th}{what.th}",
        f"activity {activity.activity_id}'s {column.en}{what.en}",
        Severity.WARNING,
    )


def _weekdays(text: str, year: int) -> list[str]:
    return [w.said() for w in weekdays_beside_dates(text, year)]


def _roll_lines(activity: Activity, field: str, checks: list[Problem], year: int) -> str:
    """A text column of an activity a year on: a line that says when something is due moves a year (as
    deadlines do); a line with another date is kept as written, and listed in ``checks``."""
    lines = []
    for line in getattr(activity, field).split("\n"):
        if has_deadline_cue(line):
            lines.append(_rolled(activity, field, line, checks, year))
            continue
        if parse_date_text(line).dates:
            last_year = Text(
                " มีวันที่ของปีก่อน: ตรวจแล้วแก้เป็นวันที่ของปีนี้ หรือลบออก", " holds a date of last year: update or remove it"
            )
            checks.append(_listed(activity, field, line, last_year))
        lines.append(line)
    return "\n".join(lines)


def default_year(years: Sequence[int], today: date) -> int:
    """The fiscal year a viewer sees without choosing: the latest that has begun. A year prepared ahead
    (``next-year``) waits for its first day, 1 October, so preparing it never changes what an executive
    or a projected meeting is looking at; with no year begun yet, the earliest."""
    begun = [y for y in years if fiscal_year_bounds(y)[0] <= today]
    return max(begun) if begun else min(years)


def same_point(day: date, fiscal_year_be: int, other_year_be: int) -> date:
    """``day`` of one fiscal year moved to the same point of another (the end of March 2566 → of March
    2567), clamped into that year."""
    shift = other_year_be - fiscal_year_be
    try:
        moved = day.replace(year=day.year + shift)
    except ValueError:  # 29 February
        moved = day.replace(year=day.year + shift, day=28)
    first, last = fiscal_year_bounds(other_year_be)
    return min(max(moved, first), last)


@dataclass(frozen=True)
class YearPoint:
    """One fiscal year of a unit at the compared point: the snapshot then, and its figures."""

    fiscal_year_be: int
    day: date  # the point of this year that is compared
    snapshot_id: int | None  # the latest snapshot whose data was for that day or earlier
    summary: Summary | None  # None: nothing had been published by then


@dataclass(frozen=True)
class Dated:
    """A snapshot as the comparison needs it: its id and the day its figures are for."""

    snapshot_id: int
    day: date


def compare_years(
    years: Mapping[int, Sequence[Dated]],
    day: date,
    plan_of: Callable[[int], Plan],
    *,
    viewed_year: int,
) -> list[YearPoint]:
    """Each fiscal year at the same point as ``day`` of the fiscal year viewed, oldest first.

    ``years`` maps a fiscal year to its snapshots; each year shows the latest one whose data is for
    that point or earlier, summarised at that point. A day outside the year viewed is its nearest end: a year
    judged today, long after it ended, was compared at the point today is in the year it falls in (8 December:
    each year's third month, before any had data, so every year read "no data yet")."""
    first, last = fiscal_year_bounds(viewed_year)
    day = min(max(day, first), last)
    points = []
    for year in sorted(years):
        at = same_point(day, viewed_year, year)
        known = [d for d in years[year] if d.day <= at]
        if not known:
            points.append(YearPoint(year, at, None, None))
            continue
        chosen = max(known, key=lambda d: (d.day, d.snapshot_id))
        points.append(YearPoint(year, at, chosen.snapshot_id, summarise(plan_of(chosen.snapshot_id), at)))
    return points


def years_table(points: Sequence[YearPoint], names: dict[int, str], lang: Lang) -> list[dict[str, str]]:
    """Rows for the comparison table: each measure, the whole plan and participation on target, with one
    column per fiscal year (the figures as ``percent_label`` writes them; "–" where nothing was published)."""

    def column(point: YearPoint) -> str:
        return Text(f"ปีงบประมาณ {point.fiscal_year_be}", f"FY{point.fiscal_year_be}").get(lang)

    measures = sorted({m for p in points if p.summary for m in p.summary.measure_completion()})
    rows: list[dict[str, str]] = []
    for m in measures:
        row = {"": names.get(m) or measure_label(m, lang)}  # a measure of another year only: it read "3"
        for p in points:
            values = p.summary.measure_completion() if p.summary else {}
            row[column(p)] = percent_label(values[m]) if m in values else "–"
        rows.append(row)
    whole = {"": Text("ทั้งแผน (กิจกรรมที่แล้วเสร็จ)", "whole plan (activities completed)").get(lang)}
    people = {"": Text("การมีส่วนร่วมถึงเป้า", "participation on target").get(lang)}
    for p in points:
        s = p.summary
        whole[column(p)] = (
            f"{s.overall.completed}/{s.overall.activities} ({percent_label(s.overall.completion_pct)})" if s else "–"
        )
        people[column(p)] = f"{s.participation_met}/{s.participation_rows}" if s and s.participation_rows else "–"
    return [*rows, whole, people]
