import dataclasses
from datetime import date
from decimal import Decimal

import pytest

from ita_core import metrics, read_workbook, views
from ita_core.labels import ActivityState
from ita_core.metrics import DeadlineStatus
from ita_core.model import Plan
from ita_core.paths import SHIPPED_WORKBOOK


@pytest.fixture(scope="module")
def plan() -> Plan:
    return read_workbook(SHIPPED_WORKBOOK).plan


@pytest.fixture(scope="module")
def board(plan: Plan) -> views.Dashboard:
    return views.dashboard(plan, date(2023, 3, 31))


def test_headline_of_the_shipped_plan(board: views.Dashboard) -> None:
    head = board.summary
    assert head.overall.completion_pct == Decimal("26.92")
    assert (head.overall.completed, head.overall.activities) == (7, 26)
    assert head.deadline_counts[DeadlineStatus.OVERDUE] == 0
    assert head.deadline_counts[DeadlineStatus.DUE_SOON] == 1  # 1.6, 7 เมษายน 2566
    assert head.deadline_total == 25 == len(head.deadlines)
    assert (head.participation_met, head.participation_rows, head.participation_short) == (1, 1, 0)


def test_activity_states(plan: Plan) -> None:
    assert views.activity_state(plan.activity("1.1")) is ActivityState.DONE
    assert views.activity_state(plan.activity("1.4")) is ActivityState.NO_REPORT
    started = plan.activity("1.4")._replace(progress=Decimal(40), progress_reported=True)
    assert views.activity_state(started) is ActivityState.IN_PROGRESS
    zero = plan.activity("1.4")._replace(progress=Decimal(0), progress_reported=True)
    assert views.activity_state(zero) is ActivityState.NOT_STARTED


@pytest.mark.parametrize(
    ("chosen", "ids"),
    [
        (views.ActivityFilter(measures=frozenset({2})), ["2.1", "2.2", "2.3", "2.4"]),
        (views.ActivityFilter(responsible=frozenset({"ทุกกลุ่มงาน"})), ["3.6"]),
        # 1.2's cell names คณะทำงานสำนัก beside บุคลากรของทุกกลุ่มงาน: the filter chose by whole cells and left it out.
        (
            views.ActivityFilter(responsible=frozenset({"คณะทำงานสำนัก"}), measures=frozenset({1})),
            ["1.1", "1.2", "1.3", "1.4", "1.5", "1.7", "1.8", "1.9", "1.11", "1.12", "1.13", "1.14"],
        ),
        (views.ActivityFilter(responsible=frozenset({"กลุ่มงานวินัยและเสริมสร้างงานวินัย"})), ["1.2", "3.1", "3.6"]),
        (views.ActivityFilter(states=frozenset({ActivityState.DONE}), measures=frozenset({3})), ["3.3", "3.4", "3.7"]),
        (views.ActivityFilter(text="no gift"), ["3.7"]),
        (views.ActivityFilter(text="  เครือข่าย "), ["1.12"]),
        (views.ActivityFilter(text="1.1"), ["1.1", "1.10", "1.11", "1.12", "1.13", "1.14"]),
    ],
)
def test_filters(plan: Plan, chosen: views.ActivityFilter, ids: list[str]) -> None:
    assert [a.activity_id for a in views.filter_activities(plan, chosen)] == ids


def test_the_responsible_filter_offers_groups_not_cells(plan: Plan) -> None:
    assert views.responsible_filter(plan) == [
        "คณะทำงานสำนัก",
        "บุคลากรของทุกกลุ่มงาน",
        "บุคลากรของสำนักบริหารงานกลาง",
        "กลุ่มงานวินัยและเสริมสร้างงานวินัย",
        "ทุกกลุ่มงาน",
    ]


def test_activities_table_in_thai_with_buddhist_dates(plan: Plan, board: views.Dashboard) -> None:
    table = views.labelled(
        views.activities_table([plan.activity("1.4"), plan.activity("1.1")], board.deadlines, "th"), "th"
    )
    assert list(table.columns) == [
        "มาตรการ",
        "ลำดับ",
        "โครงการ/กิจกรรม",
        "ผลการดำเนินการ (ร้อยละ)",
        "สถานะ",
        "ผู้รับผิดชอบ",
        "กำหนดส่ง",
        "เอกสาร/หลักฐาน",
    ]
    first = table.iloc[0]
    assert first["กำหนดส่ง"] == "27 ก.ค. 2566, 15 ก.ย. 2566"
    assert first["สถานะ"] == "– ยังไม่มีรายงานผล"
    assert first["ผลการดำเนินการ (ร้อยละ)"] is None or first.isna()["ผลการดำเนินการ (ร้อยละ)"]
    assert table.iloc[1]["ผลการดำเนินการ (ร้อยละ)"] == 100.0


def test_tables_in_english(plan: Plan, board: views.Dashboard) -> None:
    table = views.labelled(views.deadlines_table(board.deadlines[:2], plan, "en"), "en")
    # what a meeting follows up first: at 1280 px the status and days were out of sight to the right
    assert list(table.columns) == ["Due", "No.", "Status", "Days left", "Activity", "Item", "Last report"]
    assert table.iloc[0]["Due"] == "20 Mar 2566 BE"
    assert table.iloc[0]["Last report"] == "31 Mar 2566 BE"  # the shipped plan's reports are of its data date
    assert table.iloc[0]["Status"] == "✓ Done"


def test_deadlines_table_sorted_and_labelled(plan: Plan, board: views.Dashboard) -> None:
    table = views.labelled(views.deadlines_table(board.deadlines, plan, "th"), "th")
    assert table["เหลือ (วัน)"].is_monotonic_increasing
    soon = table[table["ลำดับ"] == "1.6"].iloc[0]
    assert (soon["กำหนดส่ง"], soon["รายการ"], soon["สถานะ"]) == ("7 เม.ย. 2566", "กิจกรรมที่ ๑)", "◆ ครบกำหนดใน 14 วัน")


def test_open_deadlines_lead_with_the_earliest(board: views.Dashboard) -> None:
    pending = views.open_deadlines(board.deadlines, limit=3)
    assert [s.deadline.activity_id for s in pending] == ["1.6", "1.10", "1.12"]
    assert all(s.status is not DeadlineStatus.DONE for s in pending)


def test_participation_table_shows_the_exact_fraction(plan: Plan, board: views.Dashboard) -> None:
    row = views.labelled(views.participation_table(board.participation, plan, "th"), "th").iloc[0]
    assert (row["ผู้เข้าร่วม/บุคลากร"], row["ร้อยละ"], row["เป้าหมาย (ร้อยละ)"], row["ผล"]) == (
        "127/139",
        "91.36%",
        "80.00%",
        "✓ ถึงเป้าหมาย",
    )


def test_participation_by_group_puts_shortfalls_first(board: views.Dashboard) -> None:
    ratio = board.participation[0]
    short = dataclasses.replace(ratio, met=False, row=ratio.row._replace(group="ข"))
    groups = metrics.participation_by_group([ratio, short, short])
    assert [(g.group, g.rows, g.short, g.met) for g in groups] == [("ข", 2, 2, 0), (ratio.row.group, 1, 0, 1)]
    assert groups[1].ratio_pct == Decimal("91.36")


def test_activity_detail_lists_every_filled_field(plan: Plan, board: views.Dashboard) -> None:
    detail = views.activity_detail(plan.activity("1.6"), board.deadlines, "th")
    labels = [label for label, _ in detail.fields]
    assert labels[:2] == ["รายละเอียด", "ผลผลิต"]
    deadlines = dict(detail.fields)["กำหนดส่ง"].splitlines()
    assert deadlines == [
        "7 เมษายน 2566 · กิจกรรมที่ ๑) (◆ ครบกำหนดใน 14 วัน)",
        "30 กรกฎาคม 2566 · กิจกรรมที่ ๒) (○ ยังไม่ถึงกำหนด)",
    ]


def test_activity_detail_shows_a_due_date_cell_as_a_thai_date(plan: Plan, board: views.Dashboard) -> None:
    """A กำหนดส่ง typed as a date cell is kept as its ISO text (so that exports keep it a date cell); the
    panel showed "2023-07-30 00:00:00" as what was typed."""
    act = plan.activity("1.6")._replace(due_text="2023-07-30 00:00:00")
    assert dict(views.activity_detail(act, board.deadlines, "th").fields)["กำหนดส่ง (ตามที่พิมพ์ในไฟล์)"] == "30 กรกฎาคม 2566"


def test_measure_names(plan: Plan) -> None:
    assert views.measure_names(plan, "en")[3].startswith("Measure 3 การสนับสนุนการประเมินคุณธรรม")


def test_tables_keep_stable_keys_until_labelled(plan: Plan, board: views.Dashboard) -> None:
    """Pages configure columns by key whatever the language; only ``labelled`` titles them."""
    for lang in ("th", "en"):
        table = views.activities_table(plan.activities, board.deadlines, lang)
        assert list(table.columns) == [
            "measure", "activity_id", "name", "progress", "state", "responsible", "deadlines", "evidence"
        ]  # fmt: skip
        assert set(views.labelled(table, lang).columns) == {views.header(k, lang) for k in table.columns}


def test_budget_column_shows_only_when_the_plan_gives_budgets(plan: Plan, board: views.Dashboard) -> None:
    from decimal import Decimal

    assert "budget" not in views.activities_table(plan.activities, board.deadlines, "th")  # the seed gives none
    funded = [plan.activity("1.1")._replace(budget=Decimal("150000.5")), plan.activity("1.2")]
    table = views.labelled(views.activities_table(funded, board.deadlines, "th"), "th")
    assert list(table["งบประมาณ (บาท)"]) == ["150,000.50", ""]
    detail = dict(views.activity_detail(funded[0], board.deadlines, "en").fields)
    assert detail["Budget (baht)"] == "150,000.50"


def test_participation_card_gives_the_figure_against_its_target(board: views.Dashboard) -> None:
    assert views.participation_card(board, "th") == views.Card(
        "การมีส่วนร่วม", "91.36%", ("127/139 คน", "เป้าหมาย 80.00% · ✓ ถึงเป้าหมาย"), "127/139 คน · เป้าหมาย 80.00%"
    )
    assert views.participation_card(board, "en").lines == ("127/139 people", "target 80.00% · ✓ Meets target")


def test_participation_card_with_several_rows_names_the_one_furthest_short(plan: Plan) -> None:
    (row,) = plan.participation
    rows = (
        row,
        row._replace(activity_id="2.1", group="กลุ่มงานคลัง", participants=10, headcount=20),  # 50.00%
        row._replace(activity_id="3.1", group="กลุ่มงานพัสดุ", participants=15, headcount=20),  # 75.00%
        row._replace(activity_id="3.2", participants=None, headcount=None),  # awaiting its report
    )
    card = views.participation_card(
        views.dashboard(dataclasses.replace(plan, participation=rows), date(2023, 3, 31)), "th"
    )
    assert card == views.Card(
        "การมีส่วนร่วม",
        "1/3 ถึงเป้า",
        ("ต่ำสุด: 2.1 กลุ่มงานคลัง 50.00% (เป้า 80.00%)", "รอรายงาน 1 กิจกรรม"),
        "ต่ำกว่าเป้า 2",
    )


def test_participation_card_before_any_report(plan: Plan) -> None:
    waiting = tuple(r._replace(participants=None, headcount=None) for r in plan.participation)
    card = views.participation_card(
        views.dashboard(dataclasses.replace(plan, participation=waiting), date(2023, 3, 31)), "en"
    )
    assert card == views.Card("Participation", "–", ("no report yet", "1 awaiting a report"), "no report yet")


def test_overdue_and_silent_are_told_apart(plan: Plan) -> None:
    """On 21 มิ.ย. 2566 twelve deadlines are overdue; one activity that reported after its deadline is late
    but not silent."""
    day = date(2023, 6, 21)
    states = metrics.deadline_states(plan, day)
    overdue = [s for s in states if s.status is DeadlineStatus.OVERDUE]
    assert len(overdue) == 12
    assert views.silent_overdue(states, plan) == 12  # every report is of 31 มี.ค. 2566, before they fell due
    spoke = overdue[0].deadline.activity_id
    late_but_heard = plan.activity(spoke)._replace(reported_on=date(2023, 6, 21))
    heard = dataclasses.replace(
        plan, activities=tuple(late_but_heard if a.activity_id == spoke else a for a in plan.activities)
    )
    same_activity = sum(1 for s in overdue if s.deadline.activity_id == spoke)
    assert views.silent_overdue(states, heard) == 12 - same_activity
    assert views.last_reports(heard)[spoke] == date(2023, 6, 21)
    assert views.last_report_label(None, "th") == "ยังไม่มีรายงาน"


def test_a_table_as_a_list_for_a_phone(plan: Plan, board: views.Dashboard) -> None:
    table = views.deadlines_table(board.deadlines, plan, "th")
    items = views.narrow_items(table, ("due", "status"), ("activity_id", "name", "item", "last_report"), "th")
    assert len(items) == len(table) == 25  # every row, none dropped
    soon = next(item for item in items if item[0].startswith("7 เม.ย. 2566"))
    assert soon == (
        "7 เม.ย. 2566 ◆ ครบกำหนดใน 14 วัน",
        "1.6 กิจกรรมยกย่อง เชิดชู บุคลากรและหน่วยงานที่มีคุณธรรมและเป็นแบบอย่าง · กิจกรรมที่ ๑) · ยังไม่มีรายงาน",
    )
    activities = views.activities_table(plan.activities[:1], board.deadlines, "en")
    ((head, line),) = views.narrow_items(activities, ("activity_id",), ("state", "progress", "responsible"), "en")
    assert (head, line) == ("1.1", "✓ Completed · 100.00% · Responsible คณะทำงานสำนัก")


@pytest.mark.parametrize("as_of", [date(2023, 1, 15), date(2023, 6, 21), date(2023, 10, 1)])
def test_a_dashboards_counts_found_once_are_the_functions_answers(as_of: date) -> None:
    """What the overview reads from a shared dashboard (kept after the first run) is what the functions
    compute from its plan and date."""
    plan = read_workbook(SHIPPED_WORKBOOK).plan
    assert plan is not None
    data = views.dashboard(plan, as_of)
    assert list(data.pending) == views.open_deadlines(data.deadlines)
    assert data.silent_overdue == views.silent_overdue(data.deadlines, plan)
    assert data.awaiting_participation == len(metrics.awaiting_participation(plan))
    assert (
        data.unreported == 19 == sum(views.activity_state(a) is views.ActivityState.NO_REPORT for a in plan.activities)
    )
    assert data.pending and data.pending[0].status is not DeadlineStatus.DONE
