"""SYNTHETIC plans for tests and benchmarks only — never shipped as data.

Every generated workbook says so in its unit name, so a synthetic file that
ends up in front of a user cannot be mistaken for real results.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from ita_core.thai import MONTHS_LONG, MONTHS_SHORT, be_year, ce_year, to_thai_digits
from ita_core.workbook.writer import Cell, WorkbookRows, write_workbook

if TYPE_CHECKING:
    from ita_core.model import Plan
    from ita_core.store.snapshots import SnapshotInfo, Store

SYNTHETIC_UNIT = "หน่วยงานตัวอย่าง (ข้อมูลสังเคราะห์ สำหรับทดสอบเท่านั้น)"


@dataclass(frozen=True)
class Spec:
    activities: int = 1_000
    measures: int = 3
    groups: int = 50
    participation_share: float = 0.5  # share of activities with a participation row
    text_due_share: float = 0.5  # share of deadlines typed as Thai text; the rest are date cells
    fiscal_year_be: int = 2566
    seed: int = 2566


def _thai_due(day: date, rnd: random.Random) -> str:
    style = rnd.randrange(4)
    if style == 0:
        return (
            f"ส่ง {to_thai_digits(str(day.day))} {MONTHS_LONG[day.month - 1]} {to_thai_digits(str(be_year(day.year)))}"
        )
    if style == 1:
        return f"{day.day} {MONTHS_SHORT[day.month - 1]} {be_year(day.year) % 100}"
    if style == 2:
        return f"{day.day}/{day.month}/{be_year(day.year)}"
    return f"ให้แล้วเสร็จภายในวันที่ {day.day} {MONTHS_LONG[day.month - 1]} {be_year(day.year)}"


def rows(spec: Spec) -> WorkbookRows:
    """A valid plan of the given size, deterministic for a seed."""
    rnd = random.Random(spec.seed)
    start = date(ce_year(spec.fiscal_year_be) - 1, 10, 1)
    groups = [f"กลุ่มงานที่ {i + 1}" for i in range(spec.groups)]
    counters = [0] * spec.measures
    activities: list[dict[str, Cell]] = []
    participation: list[dict[str, Cell]] = []
    for i in range(spec.activities):
        measure = i % spec.measures + 1
        counters[measure - 1] += 1
        aid = f"{measure}.{counters[measure - 1]}"
        due = start + timedelta(days=rnd.randrange(365))
        progress = rnd.choice((None, 0, 25, 50, 75, 100, 100))
        group = groups[i % spec.groups]
        activities.append(
            {
                "measure": measure,
                "activity_id": aid,
                "name": f"กิจกรรมสังเคราะห์ที่ {i + 1} ส่งเสริมคุณธรรมและความโปร่งใส",
                "output": "ผลผลิตสังเคราะห์",
                "outcome": "ผลลัพธ์สังเคราะห์",
                "responsible": group,
                "due_text": _thai_due(due, rnd) if rnd.random() < spec.text_due_share else due,
                "progress": progress,
                "evidence": "หลักฐานสังเคราะห์" if progress == 100 else None,
            }
        )
        if rnd.random() < spec.participation_share:
            headcount = rnd.randint(5, 200)
            participation.append(
                {
                    "activity_id": aid,
                    "group": group,
                    "participants": rnd.randint(0, headcount),
                    "headcount": headcount,
                    "target_pct": 80,
                }
            )
    return WorkbookRows(
        unit={"unit": SYNTHETIC_UNIT, "fiscal_year_be": spec.fiscal_year_be, "as_of": start + timedelta(days=182)},
        measures=[{"number": m + 1, "name": f"มาตรการสังเคราะห์ที่ {m + 1}"} for m in range(spec.measures)],
        activities=activities,
        participation=participation,
    )


def write(spec: Spec, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    write_workbook(rows(spec), path)
    return path


CACHE = Path(__file__).resolve().parent / ".cache"  # the workbooks benchmarks generate, kept between runs


def sized(activities: int) -> Path:
    """The workbook the benchmarks measure a plan size with (3 measures, 50 groups), made once into ``CACHE``."""
    return cached(Spec(activities=activities, measures=3, groups=50), CACHE)


def cached(spec: Spec, directory: Path) -> Path:
    """The workbook for a spec, generated once into ``directory`` and reused."""
    name = (
        f"synthetic_{spec.activities}a_{spec.measures}m_{spec.groups}g_"
        f"{spec.participation_share}p_{spec.text_due_share}t_{spec.seed}.xlsx"
    )
    path = directory / name
    return path if path.exists() else write(spec, path)


def shipped_with_1_4_done() -> bytes:
    """SYNTHETIC: the shipped plan with activity 1.4 also reported complete (its overview's 7/26 becomes
    8/26), a publish for tests and benchmarks to watch arrive. No office reported this."""
    from ita_core import read_workbook
    from ita_core.paths import SHIPPED_WORKBOOK
    from ita_core.workbook.writer import rows_from_plan, workbook_bytes

    plan = read_workbook(SHIPPED_WORKBOOK).plan
    assert plan is not None
    rows = rows_from_plan(plan)
    for row in rows.activities:
        if row["activity_id"] == "1.4":
            row["progress"] = 100
    return workbook_bytes(rows)


class Revisions:
    """Publishes SYNTHETIC revisions of a plan into one store: each moves a tenth of the activities on by
    5 points and the data's date by three days, so a history and its outlooks have something to read."""

    def __init__(self, store: Store, plan: Plan) -> None:
        self.store, self.plan, self.count = store, plan, 0
        self.latest: SnapshotInfo | None = None

    def publish(self) -> None:
        n, plan = self.count, self.plan
        assert plan.as_of is not None
        acts = tuple(
            a._replace(progress=min(Decimal(100), a.progress + 5)) if (i + n) % 10 == 0 and a.progress_reported else a
            for i, a in enumerate(plan.activities)
        )
        self.plan = replace(plan, activities=acts, as_of=plan.as_of + timedelta(days=3))
        self.latest = self.store.publish(
            b"SYNTHETIC", "plan.xlsx", self.plan, "bench", "", self.latest.id if self.latest else None
        )
        self.count += 1

    def up_to(self, snapshots: int) -> None:
        while self.count < snapshots:
            self.publish()


def fill(database_url: str, activities: int, snapshots: int = 1) -> float:
    """``snapshots`` SYNTHETIC revisions of the ``sized`` plan published into a store; returns the seconds it took."""
    import time

    from ita_core import read_workbook
    from ita_core.store.snapshots import Store

    plan = read_workbook(sized(activities)).plan
    assert plan is not None
    started = time.perf_counter()
    revisions = Revisions(Store(database_url), plan)
    revisions.up_to(snapshots)
    revisions.store.close()
    return time.perf_counter() - started
