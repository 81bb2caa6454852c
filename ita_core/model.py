"""The plan as the rest of the program sees it, once a workbook has been read and checked.

Row-level records are named tuples: a 100,000-row plan builds them several
times faster than frozen dataclasses, and they are just as immutable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from functools import cached_property
from typing import NamedTuple

from ita_core.pairing import pair_activities_of
from ita_core.problems import Problem

WHOLE_UNIT = "ทั้งหน่วยงาน"  # how a participation row with no group is shown
_WHOLE_UNIT_NAMES = {"", WHOLE_UNIT, "wholeunit"}  # read as the group "" (shown as WHOLE_UNIT)
# Other names for everyone rather than one group: a row totalling the groups' rows.
_EVERYONE = _WHOLE_UNIT_NAMES | {"รวม", "รวมทั้งหมด", "รวมทั้งสิ้น", "ทั้งหมด", "total", "all"}


def _compact(group: str) -> str:
    return "".join(group.split()).casefold()


def names_the_whole_unit(group: str) -> bool:
    """A participation group written as the whole unit: empty, ทั้งหน่วยงาน, whole unit."""
    return _compact(group) in _WHOLE_UNIT_NAMES


def is_whole_unit(group: str) -> bool:
    """A participation row for everyone: the whole unit, ทั้ง + the unit's kind (ทั้งสำนัก, ทั้งกอง) or a
    total (รวม). Beside the rows of its groups it counts the same people again."""
    name = _compact(group)
    return name in _EVERYONE or (name.startswith("ทั้ง") and len(name) <= 14)


class Measure(NamedTuple):
    number: int
    name: str
    report_name: str = ""  # how the report form words it, where that differs
    guidelines_label: str = ""  # the form's heading above the measure's guidelines


class Guideline(NamedTuple):
    """A แนวทาง of a measure, e.g. 1.2; activities may name the guideline they serve."""

    measure: int
    guideline_id: str
    name: str
    report_name: str = ""  # how the report form's group row words it


class FormInfo(NamedTuple):
    """What the report form needs beyond the plan: the unit as the form names it, and its signer."""

    report_unit: str = ""
    reporter: str = ""
    reporter_position: str = ""
    report_date: date | None = None


SYSTEM_USER = "system"  # who publishes what the program itself publishes (the shipped seed)


class Activity(NamedTuple):
    activity_id: str  # Arabic digits, as text: "1.10" stays "1.10"
    measure: int
    name: str
    details: str
    output: str
    outcome: str
    responsible: str
    due_text: str  # the กำหนดส่ง cell as typed
    progress: Decimal  # 0–100; an empty cell reads as 0
    progress_reported: bool  # False when the cell was empty: "no report yet", not "reported 0"
    evidence: str
    remarks: str
    period: str
    source: str  # cell of the row's id, e.g. "กิจกรรม!B5"
    guideline: str = ""  # a guideline id of the same measure, or empty
    actions: str = ""  # การดำเนินการ: what was done
    achieved_output: str = ""  # ผลผลิตที่ได้
    achieved_outcome: str = ""  # ผลลัพธ์ที่ได้
    report_title: str = ""  # how the report form words the activity, where that differs
    budget: Decimal | None = None  # งบประมาณ (บาท); None when the plan gives none
    # The day of this activity's latest report: a check-in's day, or the data date of the upload that last
    # changed its figures (set by the store when it publishes; a workbook does not carry it).
    reported_on: date | None = None

    @property
    def completed(self) -> bool:
        return self.progress == 100

    @property
    def figures(self) -> tuple[object, ...]:
        """What a report changes: a new report is a change of these."""
        return (self.progress, self.progress_reported, self.actions, self.evidence, self.achieved_output)


class Deadline(NamedTuple):
    activity_id: str
    item: str  # what is due; empty when the cell only gave a date
    due: date
    submitted: date | None
    source: str
    listed: bool = False  # True when it comes from the กำหนดส่ง sheet rather than the activity's cell


class Participation(NamedTuple):
    """Who took part in an activity, against its target. A row with a target and no counts yet (a new
    year's plan, before anyone reports) is kept, and counts in no figure until it is reported."""

    activity_id: str
    group: str  # empty: the whole unit
    participants: int | None
    headcount: int | None
    target_pct: Decimal | None
    source: str

    @property
    def reported(self) -> bool:
        return self.participants is not None and self.headcount is not None


_EMAIL = re.compile(r"[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\"]+")


def is_email(text: str) -> bool:
    """One address, as the ผู้รับผิดชอบ sheet and accounts take it (no name, no list, no spaces)."""
    return _EMAIL.fullmatch(text) is not None


class Contact(NamedTuple):
    """An address reminders for a responsible group go to (the optional ผู้รับผิดชอบ sheet)."""

    group: str
    email: str
    source: str


@dataclass(frozen=True)
class Plan:
    unit: str
    fiscal_year_be: int | None
    as_of: date | None  # the workbook's ข้อมูล ณ วันที่
    measures: tuple[Measure, ...]
    activities: tuple[Activity, ...]
    deadlines: tuple[Deadline, ...]
    participation: tuple[Participation, ...]
    warnings: tuple[Problem, ...] = field(default=(), compare=False)
    guidelines: tuple[Guideline, ...] = ()
    form: FormInfo = field(default_factory=FormInfo)
    contacts: tuple[Contact, ...] = ()

    def activity(self, activity_id: str) -> Activity:
        return self._by_id[activity_id]

    @cached_property
    def _by_id(self) -> dict[str, Activity]:
        """Activities by id (the first of a repeated id, as a scan would find): a plan is shared by every
        viewer of its snapshot, so its index is built once."""
        found: dict[str, Activity] = {}
        for act in self.activities:
            found.setdefault(act.activity_id, act)
        return found

    def activity_name(self, activity_id: str) -> str:
        """The activity's name, or empty for an id the plan does not hold."""
        act = self._by_id.get(activity_id)
        return act.name if act is not None else ""

    def effective_as_of(self, today: date) -> date:
        """The date figures are computed for: the workbook's own, else the caller's today."""
        return self.as_of or today


def dated_reports(plan: Plan, base: Plan | None, day: date) -> Plan:
    """The plan with each activity's report dated: an activity whose figures ``base`` (the snapshot it is
    published on top of) already had keeps that report's date; a new report is dated ``day`` (the
    upload's data date); a date already given (a check-in's day) stays."""
    before = {a.activity_id: a for a in base.activities} if base is not None else {}
    pairs = (
        pair_activities_of(base.activities, plan.activities) if base is not None else {}
    )  # a renumbered activity keeps its own report's date
    dated = []
    for act in plan.activities:
        if act.reported_on is None and act.progress_reported:
            old = before.get(pairs.get(act.activity_id, ""))
            same = base is not None and old is not None and old.figures == act.figures
            kept = (old.reported_on or base.as_of) if same and old is not None and base is not None else None
            act = act._replace(reported_on=kept or day)
        dated.append(act)
    return replace(plan, activities=tuple(dated))
