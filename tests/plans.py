"""Plans for tests: one activity by its id and progress, and the shipped plan with 1.4 reported done."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from benchmarks.synthetic import shipped_with_1_4_done as shipped_with_1_4_done  # shared with benchmarks
from ita_core import read_workbook
from ita_core.model import Activity, Deadline, Measure, Plan
from ita_core.paths import SHIPPED_WORKBOOK


def act(aid: str, measure: int, progress: int | str | None) -> Activity:
    value = Decimal(0) if progress is None else Decimal(progress)
    return Activity(
        activity_id=aid,
        measure=measure,
        name=f"กิจกรรม {aid}",
        details="",
        output="",
        outcome="",
        responsible="",
        due_text="",
        progress=value,
        progress_reported=progress is not None,
        evidence="",
        remarks="",
        period="",
        source="",
    )


def plan_of(*activities: Activity, deadlines: tuple[Deadline, ...] = (), as_of: date | None = None) -> Plan:
    """A plan of unit สำนักทดสอบ, FY2566, holding exactly these activities and deadlines."""
    measures = tuple(Measure(m, f"มาตรการ {m}") for m in sorted({a.measure for a in activities}))
    return Plan("สำนักทดสอบ", 2566, as_of, measures, activities, deadlines, ())


def plan_with(progress: dict[str, int | None], responsible: str = "คณะทำงานสำนัก") -> Plan:
    """Activities by id and progress (``None``: not reported), all of one responsible group."""
    return plan_of(
        *(replace_responsible(act(aid, int(aid.split(".")[0]), p), responsible) for aid, p in progress.items())
    )


def replace_responsible(activity: Activity, responsible: str) -> Activity:
    return activity._replace(responsible=responsible)


def due(aid: str, day: date, submitted: date | None = None) -> Deadline:
    return Deadline(aid, "", day, submitted, "test")


def with_as_of(plan: Plan, day: date) -> Plan:
    return replace(plan, as_of=day)


SYNTHETIC_FY2570_AS_OF = date(2026, 11, 30)


def synthetic_fy2570() -> Plan:
    """SYNTHETIC, for tests: the shipped FY2566 plan rolled four years on, to the fiscal year the machine's
    clock is in (FY2570: 1 ต.ค. 2569 – 30 ก.ย. 2570), with the seed's own progress figures put back so its
    screens have something to show, reported on 30 พ.ย. 2569. Not a real plan: no office reported these
    figures for FY2570."""
    from ita_core.yearly import next_year

    seed = read_workbook(SHIPPED_WORKBOOK).plan
    assert seed is not None
    plan = seed
    for _ in range(4):
        plan = next_year(plan)
    was = {a.activity_id: a for a in seed.activities}
    activities = tuple(
        a._replace(progress=was[a.activity_id].progress, progress_reported=was[a.activity_id].progress_reported)
        for a in plan.activities
    )
    return replace(plan, activities=activities, as_of=SYNTHETIC_FY2570_AS_OF, warnings=())
