"""The group page's one list: each activity once, its deadlines and what it owes folded under it."""

from __future__ import annotations

from datetime import date

from ita_core import read_workbook
from ita_core.group_tables import ActivityItem, activity_items
from ita_core.groups import group_work
from ita_core.paths import SHIPPED_WORKBOOK
from ita_core.views import last_reports


def test_personnel_on_6_june_2566_in_one_list() -> None:
    plan = read_workbook(SHIPPED_WORKBOOK).plan
    assert plan is not None
    work = group_work(plan, "บุคลากรของสำนักบริหารงานกลาง", date(2023, 6, 6))
    items = activity_items(work, last_reports(plan), "th")
    assert items == [
        ActivityItem(
            "1.6",
            "กิจกรรมยกย่อง เชิดชู บุคลากรและหน่วยงานที่มีคุณธรรมและเป็นแบบอย่าง",
            "– ยังไม่มีรายงานผล",
            "7 เม.ย. 2566 · ✕ เลยกำหนด",  # late already: no forecast beside it
            "",  # the seed reports nothing for 1.6: its state says so, no second line
            True,
            (
                "7 เม.ย. 2566 · ✕ เลยกำหนด — กิจกรรมที่ ๑)",
                "30 ก.ค. 2566 · ○ ยังไม่ถึงกำหนด · – ข้อมูลยังไม่พอคาดการณ์ — กิจกรรมที่ ๒)",
                "ยังขาด: – ยังไม่รายงานความก้าวหน้า",
            ),
        ),
        ActivityItem(
            "1.10",
            "โครงการปลูกจิตสำนึกและแนวทางปฏิบัติการเป็นข้าราชการที่ดีเพื่อสร้างสังคมอุดมคุณธรรม",
            "– ยังไม่มีรายงานผล",
            "20 มิ.ย. 2566 · ◆ ครบกำหนดใน 14 วัน",  # no forecast to make: said where it is folded
            "",
            False,
            ("20 มิ.ย. 2566 · ◆ ครบกำหนดใน 14 วัน · – ข้อมูลยังไม่พอคาดการณ์", "ยังขาด: – ยังไม่รายงานความก้าวหน้า"),
        ),
    ]


def test_a_reported_activity_gives_its_figure_and_its_day() -> None:
    plan = read_workbook(SHIPPED_WORKBOOK).plan
    assert plan is not None
    work = group_work(plan, "คณะทำงานสำนัก", date(2023, 3, 31))
    done = next(i for i in activity_items(work, last_reports(plan), "th") if i.activity_id == "1.1")
    assert (done.state, done.last_report, done.folded) == ("✓ แล้วเสร็จ · 100.00%", "รายงานล่าสุด 31 มี.ค. 2566", ())


def test_an_activity_never_reported_says_so() -> None:
    plan = read_workbook(SHIPPED_WORKBOOK).plan
    assert plan is not None
    work = group_work(plan, "บุคลากรของสำนักบริหารงานกลาง", date(2023, 6, 6))
    (item, _) = activity_items(work, {}, "en")
    assert item.last_report == ""
    assert item.folded[-1] == "Still missing: – No progress reported"
