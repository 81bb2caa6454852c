from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from ita_core import read_workbook
from ita_core.diff import diff_plans, diff_tables
from ita_core.labels import date_label
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


def _renumbered(old: Plan) -> Plan:
    """A new activity put in at 1.2, measure 1's later ones numbered again (1.2 is 1.3 …), their deadlines
    and participation rows with them: how an office inserts a row."""
    later = [a.activity_id for a in old.activities if a.measure == 1 and a.activity_id != "1.1"]
    step = dict(zip(later, [f"1.{int(aid.split('.')[1]) + 1}" for aid in later], strict=True))
    acts = [a._replace(activity_id=step.get(a.activity_id, a.activity_id)) for a in old.activities]
    inserted = acts[0]._replace(
        activity_id="1.2", name="สำรวจความคิดเห็นบุคลากร", progress=Decimal(0), progress_reported=False
    )
    acts.insert(1, inserted)
    deadlines = [d._replace(activity_id=step.get(d.activity_id, d.activity_id)) for d in old.deadlines]
    deadlines.append(Deadline("1.2", "", date(2023, 8, 1), None, ""))
    people = [p._replace(activity_id=step.get(p.activity_id, p.activity_id)) for p in old.participation]
    return Plan(old.unit, old.fiscal_year_be, old.as_of, old.measures, tuple(acts), tuple(deadlines), tuple(people))


def test_a_renumbered_plan_is_compared_activity_by_activity_not_number_by_number(old: Plan) -> None:
    """Inserting 1.2 showed each later activity of measure 1 "changed" to the figures of the one before it
    (1.3 from 1.3's progress to 1.2's), deadlines "moved" between them, and the new 1.2 as 1.2's progress
    lost: each said of an activity what belonged to another."""
    diff = diff_plans(old, _renumbered(old), AS_OF)
    later = [a for a in old.activities if a.measure == 1 and a.activity_id != "1.1"]
    assert [(a.activity_id, b.activity_id, b.name) for a, b in diff.renumbered] == [
        (a.activity_id, f"1.{int(a.activity_id.split('.')[1]) + 1}", a.name) for a in later
    ]
    assert [a.activity_id for a in diff.activities_added] == ["1.2"] and diff.activities_removed == []
    assert [d.activity_id for d in diff.deadlines_added] == ["1.2"]
    assert (diff.progress_changed, diff.deadlines_moved, diff.deadlines_removed) == ([], [], [])
    assert (diff.participation_changed, diff.fields_changed, diff.renamed) == ([], [], [])
    titles = [title for title, _ in diff_tables(diff, "th")]
    assert titles == ["กิจกรรมที่เพิ่ม (1)", f"กิจกรรมที่เปลี่ยนลำดับ (เทียบตามชื่อ) ({len(later)})", "กำหนดส่งที่เพิ่ม (1)"]


def test_another_activity_under_the_same_number_is_said_by_name(old: Plan) -> None:
    acts = tuple(a._replace(name="ประชุมคณะทำงาน") if a.activity_id == "2.1" else a for a in old.activities)
    diff = diff_plans(old, Plan(old.unit, old.fiscal_year_be, old.as_of, old.measures, acts, old.deadlines, ()), AS_OF)
    (changed,) = diff.renamed
    assert (changed[0].activity_id, changed[1].name) == ("2.1", "ประชุมคณะทำงาน")
    table = dict(diff_tables(diff, "th"))["ชื่อกิจกรรมที่เปลี่ยน (1)"]
    assert table.iloc[0].tolist() == ["2.1", old.activity("2.1").name, "ประชุมคณะทำงาน"]


def test_a_renumbered_activity_s_numbers_come_first_where_a_phone_shows_them(old: Plan) -> None:
    table = dict(diff_tables(diff_plans(old, _renumbered(old), AS_OF), "th"))
    renumbered = next(frame for title, frame in table.items() if title.startswith("กิจกรรมที่เปลี่ยนลำดับ"))
    assert list(renumbered.columns) == ["จาก", "เป็น", "โครงการ/กิจกรรม"]
    assert renumbered.iloc[0].tolist() == ["1.2", "1.3", old.activity("1.2").name]


def test_a_change_of_group_or_remarks_is_a_change(old: Plan) -> None:
    """1.1 given to another group, 1.2's remarks and evidence written: the preview said "the workbook holds
    exactly the current data", and a publish moved 1.1 off its group's page without a word."""
    acts = tuple(
        a._replace(responsible="กลุ่มงานวินัยและเสริมสร้างงานวินัย")
        if a.activity_id == "1.1"
        else a._replace(remarks="เลื่อนการอบรมไปไตรมาส 4", evidence="x" * 300)
        if a.activity_id == "1.2"
        else a
        for a in old.activities
    )
    new = replace(old, activities=acts)
    diff = diff_plans(old, new, AS_OF)
    assert not diff.empty
    assert [(b.activity_id, key) for _, b, key in diff.fields_changed] == [
        ("1.1", "responsible"),
        ("1.2", "evidence"),
        ("1.2", "remarks"),
    ]
    ((title, frame),) = diff_tables(diff, "th")
    assert title == "ข้อมูลกิจกรรมที่เปลี่ยน (3)"
    # what changed before the long name: on a laptop the name pushed them out of sight
    assert list(frame.columns) == ["ลำดับ", "รายการ", "จาก", "เป็น", "โครงการ/กิจกรรม"]
    assert list(frame["รายการ"]) == ["ผู้รับผิดชอบ", "เอกสาร/หลักฐาน", "หมายเหตุ"]
    assert list(frame["เป็น"]) == ["กลุ่มงานวินัยและเสริมสร้างงานวินัย", "x" * 199 + "…", "เลื่อนการอบรมไปไตรมาส 4"]
    assert diff_plans(old, old, AS_OF).empty


def test_a_deadline_no_longer_marked_sent_is_a_change(old: Plan) -> None:
    """A file that cleared a day sent: the deadline showed as sent and will show as overdue; the preview
    said nothing of it."""
    done = {a.activity_id for a in old.activities if a.completed}
    first = next(d for d in old.deadlines if d.activity_id not in done and d.submitted is None)
    sent = first._replace(submitted=date(2023, 3, 1))
    before = replace(old, deadlines=tuple(sent if d == first else d for d in old.deadlines))
    diff = diff_plans(before, old, AS_OF)
    assert diff.deadlines_undone == [(sent, first)]
    ((title, frame),) = diff_tables(diff, "th")
    assert title == "กำหนดส่งที่ไม่เป็นส่งแล้วในฉบับใหม่ (1)"
    assert frame.iloc[0]["วันที่ส่งเดิม"] == date_label(sent.submitted, "th")
