"""Plans for tests: one activity by its id and progress, and the shipped plan with 1.4 reported done."""

from __future__ import annotations

from decimal import Decimal

from ita_core import read_workbook
from ita_core.model import Activity
from ita_core.paths import SHIPPED_WORKBOOK
from ita_core.workbook.writer import rows_from_plan, workbook_bytes


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


def shipped_with_1_4_done() -> bytes:
    plan = read_workbook(SHIPPED_WORKBOOK).plan
    assert plan is not None
    rows = rows_from_plan(plan)
    for row in rows.activities:
        if row["activity_id"] == "1.4":
            row["progress"] = 100
    return workbook_bytes(rows)
