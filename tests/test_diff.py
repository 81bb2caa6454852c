from datetime import date
from decimal import Decimal

import pytest

from ita_core import read_workbook
from ita_core.diff import diff_plans, diff_tables
from ita_core.model import Deadline, Participation, Plan
from ita_core.paths import SHIPPED_WORKBOOK

AS_OF = date(2023, 3, 31)


@pytest.fixture(scope="module")
def old() -> Plan:
    plan = read_workbook(SHIPPED_WORKBOOK).plan
    assert plan is not None
    return plan


def _new(old: Plan) -> Plan:
    """1.6 done, 1.4's second deadline moved, 3.8 removed, a new 3.9, participation updated and added."""
    acts = [
        a._replace(progress=Decimal(100), progress_reported=True) if a.activity_id == "1.6" else a
        for a in old.activities
        if a.activity_id != "3.8"
    ]
    acts.append(acts[-1]._replace(activity_id="3.9", name="กิจกรรมใหม่", progress=Decimal(0), progress_reported=False))
    deadlines = [
        d._replace(due=date(2023, 9, 20)) if (d.activity_id, d.due) == ("1.4", date(2023, 9, 15)) else d
        for d in old.deadlines
        if d.activity_id != "3.8"
    ]
    deadlines.append(Deadline("3.9", "", date(2023, 8, 1), None, ""))
    people = [old.participation[0]._replace(participants=130), Participation("1.10", "กลุ่มงานใหม่", 5, 10, None, "")]
    return Plan(
        old.unit, old.fiscal_year_be, date(2023, 6, 30), old.measures, tuple(acts), tuple(deadlines), tuple(people)
    )


def test_everything_that_changed(old: Plan) -> None:
    diff = diff_plans(old, _new(old), AS_OF)
    assert [a.activity_id for a in diff.activities_added] == ["3.9"]
    assert [a.activity_id for a in diff.activities_removed] == ["3.8"]
    assert [(a.activity_id, a.progress, b.progress) for a, b in diff.progress_changed] == [("1.6", 0, 100)]
    assert [(a.due, b.due) for a, b in diff.deadlines_moved] == [(date(2023, 9, 15), date(2023, 9, 20))]
    assert [d.activity_id for d in diff.deadlines_added] == ["3.9"]
    assert [d.activity_id for d in diff.deadlines_removed] == ["3.8"]
    assert {(d.activity_id, d.due) for d in diff.deadlines_done} == {
        ("1.6", date(2023, 4, 7)),
        ("1.6", date(2023, 7, 30)),
    }
    assert [(a and a.participants, b and b.participants) for a, b in diff.participation_changed] == [
        (None, 5),
        (127, 130),
    ]
    assert diff.header_changed == [("as_of", "2023-03-31", "2023-06-30")]
    assert not diff.empty


def test_identical_plans_have_no_diff(old: Plan) -> None:
    assert diff_plans(old, old, AS_OF).empty


def test_first_publish_adds_everything(old: Plan) -> None:
    diff = diff_plans(None, old, AS_OF)
    assert len(diff.activities_added) == 26 and len(diff.deadlines_added) == 25


def test_tables_in_thai_and_english(old: Plan) -> None:
    diff = diff_plans(old, _new(old), AS_OF)
    thai = dict(diff_tables(diff, "th"))
    assert list(thai) == [
        "ข้อมูลหน่วยงานที่เปลี่ยน (1)",
        "กิจกรรมที่เพิ่ม (1)",
        "กิจกรรมที่ถูกลบ (1)",
        "ผลการดำเนินการที่เปลี่ยน (1)",
        "กำหนดส่งที่เพิ่ม (1)",
        "กำหนดส่งที่ถูกลบ (1)",
        "กำหนดส่งที่เลื่อน (1)",
        "กำหนดส่งที่ส่งแล้วในฉบับใหม่ (2)",
        "การมีส่วนร่วมที่เปลี่ยน (2)",
    ]
    progress = thai["ผลการดำเนินการที่เปลี่ยน (1)"].iloc[0]
    assert (progress["ลำดับ"], progress["จาก"], progress["เป็น"]) == ("1.6", "ยังไม่มีรายงานผล", "100.00%")
    moved = thai["กำหนดส่งที่เลื่อน (1)"].iloc[0]
    assert (moved["จาก"], moved["เป็น"]) == ("15 ก.ย. 2566", "20 ก.ย. 2566")
    header = thai["ข้อมูลหน่วยงานที่เปลี่ยน (1)"].iloc[0]
    assert (header["รายการ"], header["จาก"], header["เป็น"]) == ("ข้อมูล ณ วันที่", "31 มีนาคม 2566", "30 มิถุนายน 2566")
    english = dict(diff_tables(diff, "en"))
    assert "Progress changed (1)" in english
    assert list(english["Deadlines moved (1)"].columns) == ["No.", "Item", "From", "To"]
