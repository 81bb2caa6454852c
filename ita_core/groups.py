"""Responsible groups (ผู้รับผิดชอบ) and what each owes: its activities, next deadlines, what is missing.

The plan writes the responsible cell as free text, sometimes naming two groups
(``คณะทำงานสำนัก และบุคลากรของทุกกลุ่มงาน``); such an activity belongs to each
group it names. A group's page, its reminders and a reporter's rights all use
this one reading.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import cached_property

from ita_core.group_names import groups_of as groups_of
from ita_core.metrics import Completion, DeadlineState, DeadlineStatus, completion, deadline_states
from ita_core.model import Activity, Deadline, Plan
from ita_core.projection import Outlook, Point, Projection, project

STALE_AFTER = timedelta(days=30)  # "not updated for 30 days"
# Every group of a kind, or its people: the kind is the word after ทุก (ทุกกลุ่มงาน: each group whose name begins
# กลุ่มงาน). Not a body drawn from them (คณะทำงานจากทุกกลุ่มงาน is one group).
_EVERY = re.compile(r"(?:(?:บุคลากร|เจ้าหน้าที่|ข้าราชการ)\s*(?:ของ|ใน)?\s*)?ทุก\s*(กลุ่มงาน|กลุ่ม|ฝ่าย|ส่วน|แผนก)")


def all_groups(plan: Plan) -> list[str]:
    """Every group the plan names, in the order its responsible cells first name them; then those named only
    in the การมีส่วนร่วม sheet that an activity for every group (ทุกกลุ่มงาน) gives work to."""
    cells = _cells(plan)
    found = dict.fromkeys(g for groups in cells.values() for g in groups)
    for groups in _with_every_group(plan, cells).values():
        found.update(dict.fromkeys(groups))
    return list(found)


def activities_of(plan: Plan, group: str) -> list[Activity]:
    responsible = responsible_groups(plan)
    return [a for a in plan.activities if group in responsible[a.activity_id]]


def responsible_groups(plan: Plan) -> dict[str, tuple[str, ...]]:
    """Each activity's groups: those its cell names (``groups_of``) and, where it names every group of a kind
    (ทุกกลุ่มงาน, บุคลากรของทุกกลุ่มงาน, ทุกฝ่าย), each group of that kind the plan names, in a responsible cell
    or the การมีส่วนร่วม sheet."""
    cells = _with_every_group(plan, _cells(plan))
    return {a.activity_id: cells[a.responsible] for a in plan.activities}


def _cells(plan: Plan) -> dict[str, tuple[str, ...]]:
    """The groups each distinct responsible cell names, in the plan's order: read once per cell, a plan repeats
    a few."""
    return {cell: groups_of(cell) for cell in dict.fromkeys(a.responsible for a in plan.activities)}


def _with_every_group(plan: Plan, cells: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """Each cell's groups, with each group of the kinds it names every group of."""
    named = dict.fromkeys(g for groups in cells.values() for g in groups)
    named.update(dict.fromkeys(p.group for p in plan.participation if p.group))
    widened = dict(cells)
    for cell, groups in cells.items():
        kinds = [m[1] for g in groups if (m := _EVERY.match(g)) is not None]
        if kinds:
            each = [g for g in named if g.startswith(tuple(kinds)) and _EVERY.match(g) is None]
            widened[cell] = tuple(dict.fromkeys((*groups, *each)))
    return widened


class Missing(StrEnum):
    NO_PROGRESS = "no_progress"  # nothing reported yet
    NO_EVIDENCE = "no_evidence"  # progress reported but no evidence named
    STALE = "stale"  # not updated for 30 days


@dataclass(frozen=True)
class ActivityWork:
    activity: Activity
    deadlines: tuple[DeadlineState, ...]  # all of the activity's deadlines, by due date
    missing: tuple[Missing, ...]
    last_update: date | None  # the day its figures last changed, when the store knows
    projections: tuple[tuple[DeadlineState, Projection], ...]  # open deadlines only

    @property
    def next_deadline(self) -> DeadlineState | None:
        return next((s for s in self.deadlines if s.status is not DeadlineStatus.DONE), None)


@dataclass(frozen=True)
class GroupWork:
    group: str
    as_of: date
    activities: tuple[ActivityWork, ...]
    completion: Completion

    @property
    def open_deadlines(self) -> list[tuple[ActivityWork, DeadlineState]]:
        pairs = [(w, s) for w in self.activities for s in w.deadlines if s.status is not DeadlineStatus.DONE]
        return sorted(pairs, key=lambda pair: (pair[1].deadline.due, pair[0].activity.activity_id))

    def due(self, *statuses: DeadlineStatus) -> list[tuple[ActivityWork, DeadlineState]]:
        return [(w, s) for w, s in self.open_deadlines if s.status in statuses]

    @property
    def stale(self) -> list[ActivityWork]:
        return [w for w in self.activities if Missing.STALE in w.missing]

    def outlooks(self, outlook: Outlook) -> int:
        """How many open deadlines not yet past have this outlook (the overdue ones are counted as such)."""
        return self._outlook_counts.get(outlook, 0)

    @cached_property
    def _outlook_counts(self) -> dict[Outlook, int]:
        """Counted in one pass, once: the overview asks on every run, of a work list shared by every viewer."""
        counts: dict[Outlook, int] = {}
        for w in self.activities:
            for s, p in w.projections:
                if s.status is not DeadlineStatus.OVERDUE:
                    counts[p.outlook] = counts.get(p.outlook, 0) + 1
        return counts

    @cached_property
    def _projections(self) -> dict[Deadline, Projection]:
        """Each open deadline's projection, found in one pass: a table asks for every row's (``outlook_of``)."""
        found: dict[Deadline, Projection] = {}
        for w in self.activities:
            for s, p in w.projections:
                found.setdefault(s.deadline, p)
        return found

    def outlook_of(self, state: DeadlineState) -> Projection | None:
        return self._projections.get(state.deadline)


def missing(act: Activity, last_update: date | None, as_of: date) -> tuple[Missing, ...]:
    """What a group still owes on an activity; a completed activity owes only its evidence."""
    found: list[Missing] = []
    if not act.progress_reported:
        found.append(Missing.NO_PROGRESS)
    elif not act.evidence.strip():
        found.append(Missing.NO_EVIDENCE)
    if not act.completed and last_update is not None and last_update + STALE_AFTER < as_of:
        found.append(Missing.STALE)
    return tuple(found)


def group_work(
    plan: Plan,
    group: str,
    as_of: date,
    updates: Mapping[str, date] | None = None,
    history: Mapping[str, Sequence[Point]] | None = None,
) -> GroupWork:
    """One group's share of the plan at ``as_of``. ``updates``: the day each activity last changed;
    ``history``: each activity's progress points (``projection.progress_points``) for the outlooks."""
    return _work(plan, group, activities_of(plan, group), as_of, updates or {}, history or {})


def plan_work(
    plan: Plan,
    as_of: date,
    updates: Mapping[str, date] | None = None,
    history: Mapping[str, Sequence[Point]] | None = None,
) -> GroupWork:
    """The whole plan as one group's work: the overview's "at risk" and the deadlines page's outlooks."""
    return _work(plan, "", list(plan.activities), as_of, updates or {}, history or {})


def _work(
    plan: Plan,
    group: str,
    acts: list[Activity],
    as_of: date,
    updates: Mapping[str, date],
    history: Mapping[str, Sequence[Point]],
) -> GroupWork:
    states = deadline_states(plan, as_of)
    by_activity: dict[str, list[DeadlineState]] = {}
    for state in states:
        by_activity.setdefault(state.deadline.activity_id, []).append(state)
    work = []
    for act in acts:
        mine = tuple(by_activity.get(act.activity_id, ()))
        points = history.get(act.activity_id, ())
        outlooks = tuple(
            (s, project(points, s.deadline.due, as_of)) for s in mine if s.status is not DeadlineStatus.DONE
        )
        last = updates.get(act.activity_id)
        work.append(ActivityWork(act, mine, missing(act, last, as_of), last, outlooks))
    return GroupWork(group, as_of, tuple(work), completion(acts))
