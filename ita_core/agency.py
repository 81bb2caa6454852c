"""The agency at a glance: every unit of one fiscal year in one table, and the agency's totals.

Totals are computed from the units' plans, never averaged from their percentages: completion is all
activities completed over all activities; participation is all participants over all headcounts
(truncated, as the official documents write percentages). A unit that has not reported for
``QUIET_DAYS`` is flagged, and so is a registered unit with no plan for the year at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Protocol

from ita_core.metrics import DeadlineStatus, Summary, compare_units
from ita_core.model import Plan, is_whole_unit
from ita_core.numbers import percent

QUIET_DAYS = 30


class UnitRecordLike(Protocol):
    """What the roll-up needs of a registered unit (``ita_core.store.units.UnitRecord`` has it)."""

    @property
    def name(self) -> str: ...

    @property
    def label(self) -> str: ...


@dataclass(frozen=True)
class UnitStanding:
    unit: str
    label: str  # the short name where there is one
    summary: Summary | None  # None: no plan published for the year
    participants: int
    headcount: int
    reported_on: date | None  # the day the latest published figures are for
    quiet: bool  # no report for QUIET_DAYS, or none at all

    @property
    def participation_pct(self) -> Decimal | None:
        return percent(self.participants, self.headcount) if self.headcount else None


@dataclass(frozen=True)
class Rollup:
    fiscal_year_be: int
    units: tuple[UnitStanding, ...]  # ranked as ``metrics.compare_units``; units without a plan last
    activities: int
    completed: int
    overdue: int
    due_soon: int
    participants: int
    headcount: int

    @property
    def completion_pct(self) -> Decimal | None:
        return percent(self.completed, self.activities) if self.activities else None

    @property
    def participation_pct(self) -> Decimal | None:
        return percent(self.participants, self.headcount) if self.headcount else None

    @property
    def quiet(self) -> list[UnitStanding]:
        return [u for u in self.units if u.quiet]

    def summaries(self) -> list[Summary]:
        """The ranked units that have a plan, each named by its short name (for the chart)."""
        return [replace(u.summary, unit=u.label) for u in self.units if u.summary is not None]


def _headcounts(plan: Plan) -> tuple[int, int]:
    """People taking part and the head counts they are out of, each activity counted once: where it has a
    row for everyone, that row; else its groups' rows (a total beside its groups counted them twice)."""
    reported = [row for row in plan.participation if row.reported]
    everyone = {row.activity_id for row in reported if is_whole_unit(row.group)}
    reported = [row for row in reported if row.activity_id not in everyone or is_whole_unit(row.group)]
    return sum(row.participants or 0 for row in reported), sum(row.headcount or 0 for row in reported)


def rollup(
    fiscal_year_be: int,
    latest: Sequence[tuple[Plan, date]],
    as_of: date,
    *,
    registered: Sequence[UnitRecordLike] = (),
    labels: dict[str, str] | None = None,
) -> Rollup:
    """The units' latest plans of one year, each with the day its figures are for, rolled up as of ``as_of``.
    ``registered``: units expected to report this year (those without a plan are listed, flagged);
    ``labels``: short names to show."""
    names = dict(labels or {})
    names.update({r.name: r.label for r in registered})
    reported_on = {plan.unit: day for plan, day in latest}
    plans = {plan.unit: plan for plan, _ in latest}
    quiet_before = as_of - timedelta(days=QUIET_DAYS)
    standings: list[UnitStanding] = []
    for summary in compare_units(list(plans.values()), as_of):
        people, heads = _headcounts(plans[summary.unit])
        day = reported_on[summary.unit]
        standings.append(
            UnitStanding(
                summary.unit, names.get(summary.unit, summary.unit), summary, people, heads, day, day < quiet_before
            )
        )
    missing = [r for r in registered if r.name not in plans]
    standings += [UnitStanding(r.name, r.label, None, 0, 0, None, True) for r in missing]
    counted = [s.summary for s in standings if s.summary is not None]
    return Rollup(
        fiscal_year_be,
        tuple(standings),
        activities=sum(s.overall.activities for s in counted),
        completed=sum(s.overall.completed for s in counted),
        overdue=sum(s.deadline_counts[DeadlineStatus.OVERDUE] for s in counted),
        due_soon=sum(s.deadline_counts[DeadlineStatus.DUE_SOON] for s in counted),
        participants=sum(s.participants for s in standings),
        headcount=sum(s.headcount for s in standings),
    )
