"""Golden expectations for the shipped FY2566 data, taken from the seed document itself."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import pytest

from ita_core import metrics, read_workbook
from ita_core.model import Plan
from ita_core.paths import SHIPPED_SOURCE, SHIPPED_WORKBOOK
from ita_core.shipped import rows_from_source
from ita_core.workbook.writer import write_workbook

# The report form (แบบรายงานกิจกรรม) gives ร้อยละ ๑๐๐ for these plan activities:
# measure 1 items ๑–๓ (1.1 declaration, 1.2 brainstorming, 1.3 the plan), measure 2 item ๑
# (2.1 หลักธรรมนำชีวิต), measure 3 items ๑–๓ (3.3 STRONG Model, 3.4 risk plan, 3.7 No Gift Policy).
REPORTED_DONE = {"1.1", "1.2", "1.3", "2.1", "3.3", "3.4", "3.7"}

# Deadlines as the plan's ระยะเวลา and หมายเหตุ columns give them.
DEADLINES = {
    date(2023, 6, 20): {"1.5", "1.7", "1.8", "1.10", "1.12", "2.3", "2.4", "3.1", "3.2", "3.6", "3.8"},
    date(2023, 7, 30): {"1.6", "1.9", "1.11", "1.13", "1.14", "2.2", "3.5"},
    date(2023, 3, 20): {"2.1", "3.3", "3.4", "3.7"},
    date(2023, 4, 7): {"1.6"},
    date(2023, 7, 27): {"1.4"},
    date(2023, 9, 15): {"1.4"},
}


@pytest.fixture(scope="module")
def shipped() -> Plan:
    result = read_workbook(SHIPPED_WORKBOOK)
    assert result.ok, [p.line() for p in result.problems]
    assert result.problems == ()
    return result.plan


def test_unit_year_and_as_of(shipped: Plan) -> None:
    assert shipped.unit == "สำนักบริหารงานกลาง สำนักงานเลขาธิการวุฒิสภา"
    assert shipped.fiscal_year_be == 2566
    assert shipped.as_of == date(2023, 3, 31)  # the report covers ตุลาคม – มีนาคม ๒๕๖๖


def test_every_activity_of_the_plan(shipped: Plan) -> None:
    ids = [a.activity_id for a in shipped.activities]
    assert ids == [f"1.{i}" for i in range(1, 15)] + [f"2.{i}" for i in range(1, 5)] + [f"3.{i}" for i in range(1, 9)]
    assert [m.number for m in shipped.measures] == [1, 2, 3]
    assert [m.completion.activities for m in metrics.completion_by_measure(shipped)] == [14, 4, 8]
    assert shipped.activity("1.12").name == "โครงการขยายเครือข่ายเพื่อสร้างความร่วมมือในการขับเคลื่อนสังคมคุณธรรม"
    assert shipped.activity("3.1").responsible == "กลุ่มงานวินัยและเสริมสร้างงานวินัย"


def test_reported_results_on_the_right_activities(shipped: Plan) -> None:
    done = {a.activity_id for a in shipped.activities if a.completed}
    assert done == REPORTED_DONE
    unreported = {a.activity_id for a in shipped.activities if not a.progress_reported}
    assert unreported == {a.activity_id for a in shipped.activities} - REPORTED_DONE  # nothing invented
    assert "รูปภาพการเข้าร่วมกิจกรรมทางศาสนา" in shipped.activity("2.1").evidence


def test_participation_127_of_139(shipped: Plan) -> None:
    (ratio,) = metrics.participation_ratios(shipped)
    assert (ratio.row.activity_id, ratio.row.participants, ratio.row.headcount) == ("1.2", 127, 139)
    assert ratio.ratio_pct == Decimal("91.36")
    assert ratio.met is True  # the plan's target: ๘๐% ขึ้นไป


def test_deadlines_on_the_activities_the_plan_gives_them(shipped: Plan) -> None:
    by_date: dict[date, set[str]] = {}
    for d in shipped.deadlines:
        by_date.setdefault(d.due, set()).add(d.activity_id)
    assert by_date == DEADLINES


def test_no_password_from_the_seed_is_shipped() -> None:
    # The seed prints a Facebook page password; the dashboard must not display it.
    assert "moralsenate" not in SHIPPED_SOURCE.read_text(encoding="utf-8")
    plan = read_workbook(SHIPPED_WORKBOOK).plan
    assert all("moralsenate" not in " ".join(map(str, a)) for a in plan.activities)


def test_workbook_is_built_from_the_toml_source(shipped: Plan) -> None:
    buffer = io.BytesIO()
    write_workbook(rows_from_source(SHIPPED_SOURCE), buffer, instructions=True)
    rebuilt = read_workbook(buffer.getvalue()).plan
    assert rebuilt == shipped, "data/ita_fy2566.xlsx is stale: run python -m tools.build_shipped_workbook"


def test_guidelines_and_what_the_report_says_was_done(shipped: Plan) -> None:
    assert [g.guideline_id for g in shipped.guidelines] == ["1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "3.2", "3.3"]
    assert {a.activity_id for a in shipped.activities if a.guideline} == {
        "1.1",
        "1.2",
        "1.3",
    }  # only what the seed says
    assert shipped.activity("2.1").actions.startswith("สำนักบริหารงานกลางได้มีการส่งเสริมให้บุคลากร")
    assert "๑๒๗ คน คิดเป็นร้อยละ ๙๑.๓๖" in shipped.activity("1.2").achieved_output
    with_results = {a.activity_id for a in shipped.activities if a.actions}
    assert with_results == REPORTED_DONE
