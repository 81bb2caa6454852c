"""The yearly cycle: the shipped FY2566 plan rolled into FY2567, and two years compared at one point."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from commands import run
from workbooks import valid_book

from ita_core import read_workbook
from ita_core.dateparse import next_year_text
from ita_core.model import Plan
from ita_core.paths import SHIPPED_WORKBOOK
from ita_core.store.snapshots import Store
from ita_core.workbook.writer import rows_from_plan, workbook_bytes
from ita_core.yearly import Dated, compare_years, default_year, next_year, next_year_day, same_point, years_table


def shipped() -> Plan:
    plan = read_workbook(SHIPPED_WORKBOOK).plan
    assert plan is not None
    return plan


def test_deadline_texts_move_one_year_in_their_own_words_and_digits() -> None:
    assert next_year_text("ส่ง ๒๐ มิถุนายน ๖๖") == "ส่ง ๒๐ มิถุนายน ๖๗"
    assert (
        next_year_text("กิจกรรมที่ ๑) ส่งภายใน ๗ เมษายน ๒๕๖๖ กิจกรรมที่ ๒) ส่ง ๓๐ กรกฎาคม ๒๕๖๖")
        == "กิจกรรมที่ ๑) ส่งภายใน ๗ เมษายน ๒๕๖๗ กิจกรรมที่ ๒) ส่ง ๓๐ กรกฎาคม ๒๕๖๗"
    )
    assert next_year_text("30/7/2566") == "30/7/2567"
    assert next_year_text("๒๙ ก.พ. ๒๕๖๗") == "๒๘ ก.พ. ๒๕๖๘"  # 2568 (2025) has no 29 February
    assert next_year_text("๒๘ ก.พ. ๒๕๖๖") == "๒๘ ก.พ. ๒๕๖๗"
    assert next_year_text("ส่ง ๒๐ มิ.ย.") == "ส่ง ๒๐ มิ.ย."  # no year written: the fiscal year moves it
    assert next_year_day(date(2024, 2, 29)) == date(2025, 2, 28)


def test_a_month_or_a_quarter_as_a_deadline_moves_one_year_too() -> None:
    """Read as its last day, such a date has no day of its own: making next year's plan stopped on it."""
    assert next_year_text("ภายในเดือนกันยายน ๒๕๖๖") == "ภายในเดือนกันยายน ๒๕๖๗"
    assert next_year_text("สิ้นเดือน ก.พ. 66") == "สิ้นเดือน ก.พ. 67"  # its last day comes from the year read
    assert next_year_text("ภายในไตรมาสที่ 3 ปีงบประมาณ 2566") == "ภายในไตรมาสที่ 3 ปีงบประมาณ 2567"


def test_a_weekday_written_beside_a_date_is_the_new_date_s_and_is_listed() -> None:
    """วันศุกร์ที่ 30 ก.ย. 66 became วันศุกร์ที่ 30 ก.ย. 67 in next year's plan: 30 September 2567 is a Monday. The
    weekday now follows the date (which may have been chosen for it: the change is listed for the editor)."""
    assert next_year_text("วันศุกร์ที่ 30 ก.ย. 66") == "วันจันทร์ที่ 30 ก.ย. 67"
    assert next_year_text("30 ก.ย. 66 (วันศุกร์)") == "30 ก.ย. 67 (วันจันทร์)"
    assert next_year_text("ส่งภายในวันจันทร์ที่ ๒๐ มีนาคม ๒๕๖๖") == "ส่งภายในวันพุธที่ ๒๐ มีนาคม ๒๕๖๗"
    assert next_year_text("วันพฤหัสที่ 29 ก.พ. 67") == "วันศุกร์ที่ 28 ก.พ. 68"
    assert next_year_text("วันศุกร์ที่ 30 ก.ย. 65") == "วันเสาร์ที่ 30 ก.ย. 66"  # 2023-09-30 is a Saturday
    book = valid_book().set("กิจกรรม", "G3", "วันศุกร์ที่ 30 ก.ย. 65").set("กิจกรรม", "J2", "ประชุม วันศุกร์ที่ 9 ธ.ค. 65")
    book.set("ข้อมูลหน่วยงาน", "B2", 2565).set("ข้อมูลหน่วยงาน", "B3", datetime(2022, 9, 30))
    book.set("กิจกรรม", "G2", "20 มิ.ย. 65").set("กิจกรรม", "G4", "7 เม.ย. 65")
    plan = read_workbook(book.to_bytes()).plan
    assert plan is not None
    rolled = next_year(plan)
    assert rolled.activity("1.2").due_text == "วันเสาร์ที่ 30 ก.ย. 66"
    (listed,) = [w for w in rolled.warnings if "วันในสัปดาห์" in w.th]  # the remark's date is not a deadline: kept
    assert (listed.location, listed.value) == ("กิจกรรม!B3", "วันเสาร์ที่ 30 ก.ย. 66")
    assert "กิจกรรม 1.2 คอลัมน์ กำหนดส่ง" in listed.th and "(วันศุกร์ → วันเสาร์)" in listed.th
    assert "weekday" in listed.en


@pytest.mark.parametrize(
    ("typed", "rolled"),
    [
        ("ศ. 30 ก.ย. 65", "ส. 30 ก.ย. 66"),
        ("30 ก.ย. 65 (ศ.)", "30 ก.ย. 66 (ส.)"),
        ("ส่ง พฤ. ๒๒ มิ.ย. ๒๕๖๖", "ส่ง ส. ๒๒ มิ.ย. ๒๕๖๗"),
        ("1 ก.ค. 66 - 31 ส.ค. 66", "1 ก.ค. 67 - 31 ส.ค. 67"),  # ส.ค. is August, not Saturday
        ("ปี พ.ศ. 2566 ส่ง 5 ก.ค. 66", "ปี พ.ศ. 2566 ส่ง 5 ก.ค. 67"),  # พ.ศ. is the era (a year alone stays)
    ],
)
def test_a_weekday_abbreviated_beside_a_date_follows_it_too(typed: str, rolled: str) -> None:
    """ศ. 30 ก.ย. 65 (a Friday), as tables abbreviate it, became ศ. 30 ก.ย. 66, a Saturday, without a word."""
    assert next_year_text(typed) == rolled


def test_a_weekday_beside_a_date_without_a_year_follows_the_new_fiscal_year() -> None:
    """วันศุกร์ที่ 30 มิ.ย. in a plan of 2566 (a Friday) is 30 June 2567 in the next, a Sunday: it stayed วันศุกร์."""
    assert next_year_text("วันศุกร์ที่ 30 มิ.ย.", 2566) == "วันอาทิตย์ที่ 30 มิ.ย."
    assert next_year_text("ส่ง ศ. 30 มิ.ย. (รอบ 9 เดือน)", 2566) == "ส่ง อา. 30 มิ.ย. (รอบ 9 เดือน)"
    book = valid_book().set("กิจกรรม", "G3", "วันศุกร์ที่ 30 มิ.ย.")
    plan = read_workbook(book.to_bytes()).plan
    assert plan is not None
    rolled = next_year(plan)
    assert rolled.activity("1.2").due_text == "วันอาทิตย์ที่ 30 มิ.ย."
    (listed,) = [w for w in rolled.warnings if "วันในสัปดาห์" in w.th]
    assert "(วันศุกร์ → วันอาทิตย์)" in listed.th


def test_this_year_s_postponement_is_not_carried_into_the_next() -> None:
    """30 ก.ย. 66 (เลื่อนจาก 31 ส.ค. 66) became 30 ก.ย. 67 (เลื่อนจาก 31 ส.ค. 67): a postponement the new year never
    had, said in its plan. The new year starts from the day due now, and the editor is told to check it."""
    book = valid_book().set("กิจกรรม", "G3", "30 ก.ย. 66 (เลื่อนจาก 31 ส.ค. 66)")
    plan = read_workbook(book.to_bytes()).plan
    assert plan is not None
    rolled = next_year(plan)
    assert rolled.activity("1.2").due_text == "30 ก.ย. 67"
    assert [d.due for d in rolled.deadlines if d.activity_id == "1.2"] == [date(2024, 9, 30)]
    (listed,) = [w for w in rolled.warnings if "เลื่อน" in w.th]
    assert (listed.location, listed.value) == ("กิจกรรม!B3", "30 ก.ย. 66 (เลื่อนจาก 31 ส.ค. 66)")
    assert "วันที่ที่เลื่อนในปีนี้ไม่ได้ยกไปปีใหม่ (ยกไปเฉพาะ “30 ก.ย. 66”)" in listed.th and "not carried" in listed.en


def test_an_abbreviated_weekday_that_changed_is_listed_as_written() -> None:
    book = valid_book().set("ข้อมูลหน่วยงาน", "B2", 2565).set("ข้อมูลหน่วยงาน", "B3", datetime(2022, 9, 30))
    book.set("กิจกรรม", "G2", "20 มิ.ย. 65").set("กิจกรรม", "G3", "ศ. 30 ก.ย. 65").set("กิจกรรม", "G4", "7 เม.ย. 65")
    plan = read_workbook(book.to_bytes()).plan
    assert plan is not None
    (listed,) = [w for w in next_year(plan).warnings if "วันในสัปดาห์" in w.th]
    assert (listed.location, listed.value) == ("กิจกรรม!B3", "ส. 30 ก.ย. 66") and "(ศ. → ส.)" in listed.th


def test_the_shipped_plan_rolled_into_fy2567_reads_back_with_every_deadline_a_year_later(tmp_path: Path) -> None:
    plan = shipped()
    target = tmp_path / "fy2567.xlsx"
    code, out, err = run("next-year", str(SHIPPED_WORKBOOK), "-o", str(target))
    assert code == 0, err
    assert "2567" in out
    rolled = read_workbook(target.read_bytes()).plan
    assert rolled is not None and rolled.fiscal_year_be == 2567 and rolled.unit == plan.unit
    before = sorted((d.activity_id, d.item, d.due) for d in plan.deadlines)
    after = sorted((d.activity_id, d.item, d.due) for d in rolled.deadlines)
    assert len(after) == 25
    assert after == [(aid, item, next_year_day(due)) for aid, item, due in before]
    assert [a.activity_id for a in rolled.activities] == [a.activity_id for a in plan.activities]
    for old, new in zip(plan.activities, rolled.activities, strict=True):
        assert (new.name, new.output, new.outcome, new.responsible) == (
            old.name,
            old.output,
            old.outcome,
            old.responsible,
        )
        assert not new.progress_reported and new.progress == Decimal(0)
        assert new.evidence == new.actions == new.achieved_output == new.achieved_outcome == ""
    ((people,),) = (rolled.participation,)  # the row and its target stay, its counts await the new year
    assert (people.activity_id, people.participants, people.headcount, people.target_pct) == ("1.2", None, None, 80)
    assert rolled.as_of is None
    by_id = {a.activity_id: a for a in rolled.activities}
    # A date a cue marks as due, in หมายเหตุ or ระยะเวลา, moves a year; an event's date is kept and listed.
    assert by_id["1.11"].remarks == "ทุกสำนัก/กลุ่มเข้าร่วมอบรมและส่งรายงานตามแบบฟอร์ม ๓๐ กรกฎาคม ๖๗"
    assert by_id["1.1"].period.startswith("มีการประกาศเจตนารมณ์และนโยบาย ในวันที่ ๙ มกราคม ๒๕๖๖")
    listed = [line for line in out.splitlines() if "มีวันที่ของปีก่อน" in line]
    assert any("กิจกรรม 1.1 คอลัมน์ ระยะเวลา" in line for line in listed)
    assert not any("1.11" in line for line in listed)
    assert [m.name for m in rolled.measures] == [m.name for m in plan.measures]
    assert rolled.guidelines == plan.guidelines


def test_a_date_cell_stays_a_date_cell_a_year_on(tmp_path: Path) -> None:
    """A deadline typed as a date (29 February 2024) rolls to 28 February 2025, still a date cell."""
    book = valid_book()
    book.set("กิจกรรม", "G3", datetime(2024, 2, 29))
    plan = read_workbook(book.to_bytes()).plan
    assert plan is not None
    target = tmp_path / "next.xlsx"
    target.write_bytes(workbook_bytes(rows_from_plan(next_year(plan))))
    cell = openpyxl.load_workbook(target)["กิจกรรม"]["H3"]  # กำหนดส่ง of 1.2, in the template's order
    assert isinstance(cell.value, datetime) and cell.value.date() == date(2025, 2, 28)


def test_a_year_made_ahead_waits_for_its_first_day() -> None:
    assert default_year([2566, 2567], date(2023, 9, 30)) == 2566  # FY2567 made in September: not yet
    assert default_year([2566, 2567], date(2023, 10, 1)) == 2567  # 1 ตุลาคม 2566: its first day
    assert default_year([2567], date(2023, 5, 1)) == 2567  # nothing has begun: the one there is
    assert default_year([2565, 2566], date(2030, 1, 1)) == 2566


def test_same_point_of_another_year() -> None:
    assert same_point(date(2023, 3, 31), 2566, 2567) == date(2024, 3, 31)
    assert same_point(date(2024, 2, 29), 2567, 2566) == date(2023, 2, 28)


def test_both_years_side_by_side_at_the_same_point(tmp_path: Path) -> None:
    plan = shipped()
    store = Store(f"sqlite:///{tmp_path / 'ita.sqlite3'}")
    first = store.publish(SHIPPED_WORKBOOK.read_bytes(), "fy2566.xlsx", plan, "editor1", "FY2566", None)
    rolled = next_year(plan)
    done = tuple(
        a._replace(progress=Decimal(100), progress_reported=True) if a.measure == 2 else a for a in rolled.activities
    )
    later = rolled.__class__(**{**rolled.__dict__, "activities": done, "as_of": date(2024, 3, 20)})
    second = store.publish(workbook_bytes(rows_from_plan(later)), "fy2567.xlsx", later, "editor1", "FY2567", None)
    years = {info.fiscal_year_be: [Dated(info.id, info.data_day)] for info in store.all_snapshots()}
    points = compare_years(years, date(2023, 3, 31), store.plan, viewed_year=2566)
    assert [(p.fiscal_year_be, p.day, p.snapshot_id) for p in points] == [
        (2566, date(2023, 3, 31), first.id),
        (2567, date(2024, 3, 31), second.id),
    ]
    assert [p.summary.overall.completed for p in points if p.summary] == [7, 4]
    names = {m.number: f"มาตรการที่ {m.number}" for m in plan.measures}
    table = years_table(points, names, "th")
    assert table[1] == {"": "มาตรการที่ 2", "ปีงบประมาณ 2566": "25.00%", "ปีงบประมาณ 2567": "100.00%"}
    assert table[-1] == {"": "การมีส่วนร่วมถึงเป้า", "ปีงบประมาณ 2566": "1/1", "ปีงบประมาณ 2567": "–"}
    # a measure the viewed year's plan does not name (its names are the page's): named as the chart names it, not "3"
    assert [row[""] for row in years_table(points, {1: names[1]}, "th")[:3]] == [
        "มาตรการที่ 1",
        "มาตรการที่ 2",
        "มาตรการที่ 3",
    ]
    # At 25 March: FY2566's only data is for the 31st (not yet), FY2567's for the 20th.
    early = compare_years(years, date(2023, 3, 25), store.plan, viewed_year=2566)
    assert early[0].summary is None and early[1].summary is not None
    # FY2567 judged today, long after its end (a plan with no data date is): its year's end, each year's own.
    # The point was taken in the year that day falls in (2570) and moved back: 8 December of each year, before
    # either had data, and both read "no data yet".
    late = compare_years(years, date(2026, 12, 8), store.plan, viewed_year=2567)
    assert [(p.fiscal_year_be, p.day, p.snapshot_id) for p in late] == [
        (2566, date(2023, 9, 30), first.id),
        (2567, date(2024, 9, 30), second.id),
    ]
    store.close()
