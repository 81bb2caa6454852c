"""What executives ask of a plan, as pure functions of the plan and an as-of date.

Every percentage is truncated to two decimals with exact arithmetic
(``numbers.percent``), as the official reports write them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from ita_core.model import Activity, Deadline, Participation, Plan
from ita_core.numbers import mean_truncated, percent

DUE_SOON_DAYS = 14


class DeadlineStatus(StrEnum):
    DONE = "done"
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    UPCOMING = "upcoming"


@dataclass(frozen=True)
class Completion:
    activities: int
    completed: int
    completion_pct: Decimal
    mean_progress_pct: Decimal

    @property
    def remaining(self) -> int:
        return self.activities - self.completed


@dataclass(frozen=True)
class MeasureCompletion:
    measure: int
    name: str
    completion: Completion


@dataclass(frozen=True)
class DeadlineState:
    deadline: Deadline
    status: DeadlineStatus
    days_left: int  # negative when overdue


@dataclass(frozen=True)
class ParticipationRatio:
    row: Participation
    ratio_pct: Decimal
    met: bool | None  # None when the row has no target


def completion(activities: list[Activity] | tuple[Activity, ...]) -> Completion:
    """Completed = progress 100. Completion % = completed / activities; mean progress over all of them."""
    total = len(activities)
    done = sum(1 for a in activities if a.completed)
    return Completion(
        activities=total,
        completed=done,
        completion_pct=percent(done, total) if total else Decimal("0.00"),
        mean_progress_pct=mean_truncated([a.progress for a in activities]),
    )


def completion_by_measure(plan: Plan) -> list[MeasureCompletion]:
    """One entry per measure of the plan, in order, including measures with no activities."""
    grouped: dict[int, list[Activity]] = defaultdict(list)
    for act in plan.activities:
        grouped[act.measure].append(act)
    return [MeasureCompletion(m.number, m.name, completion(grouped.get(m.number, []))) for m in plan.measures]


def deadline_status(deadline: Deadline, activity_done: bool, as_of: date) -> DeadlineStatus:
    """Done if submitted or its activity is complete; else overdue, due within 14 days (inclusive), or upcoming."""
    if activity_done or deadline.submitted is not None:
        return DeadlineStatus.DONE
    if deadline.due < as_of:
        return DeadlineStatus.OVERDUE
    if deadline.due <= as_of + timedelta(days=DUE_SOON_DAYS):
        return DeadlineStatus.DUE_SOON
    return DeadlineStatus.UPCOMING


def deadline_states(plan: Plan, as_of: date) -> list[DeadlineState]:
    """Every deadline with its status, sorted by due date."""
    done = {a.activity_id for a in plan.activities if a.completed}
    states = [
        DeadlineState(d, deadline_status(d, d.activity_id in done, as_of), (d.due - as_of).days) for d in plan.deadlines
    ]
    states.sort(key=lambda s: s.deadline.activity_id)  # stable: by due date, then activity id
    states.sort(key=lambda s: s.deadline.due)
    return states


def status_counts(states: list[DeadlineState]) -> dict[DeadlineStatus, int]:
    counts = dict.fromkeys(DeadlineStatus, 0)
    for state in states:
        counts[state.status] += 1
    return counts


def participation_ratio(row: Participation) -> ParticipationRatio:
    assert row.participants is not None and row.headcount is not None  # reported rows only
    ratio = percent(row.participants, row.headcount)
    met = None if row.target_pct is None else ratio >= row.target_pct
    return ParticipationRatio(row, ratio, met)


def participation_ratios(plan: Plan) -> list[ParticipationRatio]:
    """Every reported participation row against its target; a row awaiting its first report counts in
    no figure (``awaiting_participation``)."""
    return [participation_ratio(row) for row in plan.participation if row.reported]


def awaiting_participation(plan: Plan) -> list[Participation]:
    """Participation rows with a target and no counts yet: a new year's plan before anyone reports."""
    return [row for row in plan.participation if not row.reported]


@dataclass(frozen=True)
class GroupParticipation:
    group: str
    rows: int
    met: int
    short: int
    participants: int
    headcount: int

    @property
    def ratio_pct(self) -> Decimal | None:
        return percent(self.participants, self.headcount) if self.headcount else None


def participation_by_group(ratios: Sequence[ParticipationRatio]) -> list[GroupParticipation]:
    """Rows per work group, most shortfalls first: the summary when rows are too many to draw."""
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for r in ratios:
        t = tally[r.row.group]
        t[0] += 1
        t[1] += r.met is True
        t[2] += r.met is False
        t[3] += r.row.participants or 0
        t[4] += r.row.headcount or 0
    groups = [GroupParticipation(g, *t) for g, t in tally.items()]
    groups.sort(key=lambda g: (-g.short, g.group))
    return groups


@dataclass(frozen=True)
class Summary:
    """Every figure of a plan at one date, computed once: the dashboard's cards, the command line's
    ``summary``, and (without the per-row details) what history keeps of each published snapshot."""

    unit: str
    fiscal_year_be: int | None
    as_of: date
    overall: Completion
    by_measure: tuple[MeasureCompletion, ...]
    deadline_counts: dict[DeadlineStatus, int]
    participation_rows: int
    participation_met: int
    participation_short: int
    # The rows behind the counts; empty in a stored summary, which keeps only the counts.
    deadlines: tuple[DeadlineState, ...] = ()
    participation: tuple[ParticipationRatio, ...] = ()

    @property
    def participation_on_target_pct(self) -> Decimal | None:
        return percent(self.participation_met, self.participation_rows) if self.participation_rows else None

    @property
    def deadline_total(self) -> int:
        return sum(self.deadline_counts.values())

    def measure_completion(self) -> dict[int, Decimal]:
        return {m.measure: m.completion.completion_pct for m in self.by_measure}


def summarise(plan: Plan, as_of: date) -> Summary:
    states = deadline_states(plan, as_of)
    ratios = participation_ratios(plan)
    return Summary(
        unit=plan.unit,
        fiscal_year_be=plan.fiscal_year_be,
        as_of=as_of,
        overall=completion(plan.activities),
        by_measure=tuple(completion_by_measure(plan)),
        deadline_counts=status_counts(states),
        participation_rows=len(ratios),
        participation_met=sum(1 for r in ratios if r.met),
        participation_short=sum(1 for r in ratios if r.met is False),
        deadlines=tuple(states),
        participation=tuple(ratios),
    )


def compare_units(plans: list[Plan] | tuple[Plan, ...], as_of: date) -> list[Summary]:
    """Units of one fiscal year ranked by completion, then fewest overdue, then participation on target."""
    rows = [summarise(plan, as_of) for plan in plans]
    rows.sort(
        key=lambda s: (
            -s.overall.completion_pct,
            s.deadline_counts[DeadlineStatus.OVERDUE],
            -(s.participation_on_target_pct or Decimal(-1)),
            s.unit,
        )
    )
    return rows


# The NACC's ITA score bands: AA 95–100, A 85–94.99, B 75–84.99, C 65–74.99,
# D 55–64.99, E 50–54.99, F below 50.
ITA_LEVELS: tuple[tuple[Decimal, str], ...] = (
    (Decimal(95), "AA"),
    (Decimal(85), "A"),
    (Decimal(75), "B"),
    (Decimal(65), "C"),
    (Decimal(55), "D"),
    (Decimal(50), "E"),
    (Decimal(0), "F"),
)
ITA_ORDER = tuple(level for _, level in ITA_LEVELS)


def ita_level(score: Decimal | int | float | str) -> str:
    """The ITA level of a score from 0 to 100.

    >>> ita_level(97.21), ita_level("94.99"), ita_level(50)
    ('AA', 'A', 'E')
    """
    value = Decimal(str(score))
    if not 0 <= value <= 100:
        raise ValueError(f"an ITA score is between 0 and 100, not {score}")
    for floor, level in ITA_LEVELS:
        if value >= floor:
            return level
    raise AssertionError("unreachable")


def meets_ita_target(score: Decimal | int | float | str, target: str = "AA") -> bool:
    """Is the score at the target level or better? The bureau's target is "not below AA"."""
    return ITA_ORDER.index(ita_level(score)) <= ITA_ORDER.index(target)
