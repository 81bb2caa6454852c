"""Notes beside the activity rows: which activities a note names, the days it gives, and what is said."""

from __future__ import annotations

from datetime import date

import pytest

from ita_core.activity_notes import ActivityNote, activity_note, note_problem
from ita_core.problems import Severity

KNOWN = {"1.1", "1.2", "1.3", "2.1"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "หมายเหตุ: กิจกรรมที่ ๑.๒ เลื่อนกำหนดส่งเป็นวันที่ ๓๐ ก.ย. ๖๗",
            ActivityNote(
                "หมายเหตุ: กิจกรรมที่ ๑.๒ เลื่อนกำหนดส่งเป็นวันที่ ๓๐ ก.ย. ๖๗", ("1.2",), (date(2024, 9, 30),), True, False
            ),
        ),
        # more numbers after the first mention; one the plan has not (1.9) and a sum of money are no activities
        (
            "กิจกรรมลำดับที่ 1.1, 1.3 และ 1.9 เลื่อนจาก 31 ก.ค. 67 เป็น 15 ส.ค. 67 (งบ 1.50 ล้านบาท)",
            ActivityNote(
                "กิจกรรมลำดับที่ 1.1, 1.3 และ 1.9 เลื่อนจาก 31 ก.ค. 67 เป็น 15 ส.ค. 67 (งบ 1.50 ล้านบาท)",
                ("1.1", "1.3"),
                (date(2024, 8, 15),),
                True,
                False,
            ),
        ),
        (
            "โครงการ 2.1   งดจัด\nเนื่องจากสถานการณ์",
            ActivityNote("โครงการ 2.1 งดจัด เนื่องจากสถานการณ์", ("2.1",), (), False, True),
        ),
        ("กิจกรรมที่ 1.2 ดำเนินการร่วมกับกองคลัง", None),  # a day, a move or a cancellation: none
        ("1.2 ส่งเสริมการเปิดเผยข้อมูล เลื่อนเป็น 30 ก.ย. 67", None),  # a guideline's number: no กิจกรรม before it
        ("กิจกรรมที่ 3.1 ยกเลิก", None),  # the plan has no 3.1
    ],
)
def test_a_note_names_the_plan_s_activities_and_the_days_it_gives(text: str, expected: ActivityNote | None) -> None:
    assert activity_note(text, KNOWN, 2567) == expected


def test_a_move_to_a_day_some_named_row_does_not_give_is_an_error_naming_only_those() -> None:
    note = ActivityNote("กิจกรรมที่ 1.1 และ 1.2 เลื่อนเป็น 15 ส.ค. 67", ("1.1", "1.2"), (date(2024, 8, 15),), True, False)
    said, severity = note_problem(note, {"1.1": {date(2024, 8, 15)}, "1.2": {date(2024, 7, 31), date(2024, 6, 30)}})
    assert severity is Severity.ERROR
    assert said.th == (
        "หมายเหตุนี้บอกว่ากิจกรรม 1.2 เลื่อนหรือเปลี่ยนเป็น 15 ส.ค. 2567 แต่แถวของกิจกรรมในตารางให้กำหนดส่ง "
        "(1.2: 30 มิ.ย. 2567, 31 ก.ค. 2567): แก้วันที่ในแถวของกิจกรรมให้ถูกต้อง (หมายเหตุนอกแถวกิจกรรมไม่ได้อ่านเป็นกำหนดส่ง)"
    )
    said, _ = note_problem(note, {"1.1": set()})
    assert "(1.1: ไม่มีกำหนดส่ง; 1.2: ไม่มีกำหนดส่ง)" in said.th and "(1.1: no deadline; 1.2: no deadline)" in said.en


def test_a_note_the_rows_agree_with_or_without_a_move_is_a_warning() -> None:
    agreeing = ActivityNote("กิจกรรมที่ 1.1 ขยายเวลาถึง 30 มิ.ย. 67", ("1.1",), (date(2024, 6, 30),), True, False)
    assert note_problem(agreeing, {"1.1": {date(2024, 6, 30)}})[1] is Severity.WARNING
    held = ActivityNote("กิจกรรมที่ 1.1 จัดอบรม 15 มี.ค. 67", ("1.1",), (date(2024, 3, 15),), False, False)
    said, severity = note_problem(held, {"1.1": {date(2024, 6, 30)}})
    assert severity is Severity.WARNING and said.th.startswith(
        "หมายเหตุนี้อยู่นอกแถวกิจกรรม จึงเก็บไว้ในคอลัมน์หมายเหตุของกิจกรรม 1.1"
    )
    cancelled = ActivityNote("กิจกรรม 1.1 ยกเลิก", ("1.1",), (), False, True)
    said, severity = note_problem(cancelled, {})
    assert severity is Severity.WARNING and "ยกเลิกหรือไม่ได้ดำเนินการ" in said.th
