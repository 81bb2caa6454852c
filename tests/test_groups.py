"""Responsible groups: reading the plan's cells, and what each group owes at a date (golden from the seed)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from plans import act, due, plan_of

from ita_core import read_workbook
from ita_core.groups import Missing, activities_of, all_groups, group_work, groups_of, responsible_groups
from ita_core.metrics import DeadlineStatus
from ita_core.paths import SHIPPED_WORKBOOK
from ita_core.projection import Outlook


def test_a_cell_naming_two_groups_belongs_to_both() -> None:
    assert groups_of("คณะทำงานสำนัก และบุคลากรของทุกกลุ่มงาน") == ("คณะทำงานสำนัก", "บุคลากรของทุกกลุ่มงาน")
    assert groups_of(" กลุ่มงานวินัยและเสริมสร้างงานวินัย ") == ("กลุ่มงานวินัยและเสริมสร้างงานวินัย",)  # "และ" inside a name
    assert groups_of("กลุ่ม ก, กลุ่ม ข / กลุ่ม ก") == ("กลุ่ม ก", "กลุ่ม ข")
    assert groups_of("") == ()


@pytest.mark.parametrize(
    ("cell", "groups"),
    [
        # one "group" each, whose page no one opened: กลุ่มงาน ก's page never saw the activity
        ("กลุ่มงาน ก กลุ่มงาน ข", ("กลุ่มงาน ก", "กลุ่มงาน ข")),
        ("กลุ่มงานแผน กลุ่มงานคลัง กลุ่มงานพัสดุ", ("กลุ่มงานแผน", "กลุ่มงานคลัง", "กลุ่มงานพัสดุ")),
        ("กลุ่มงาน ก + กลุ่มงาน ข", ("กลุ่มงาน ก", "กลุ่มงาน ข")),
        ("งานสารบรรณ งานการเงิน", ("งานสารบรรณ", "งานการเงิน")),
        # another kind after a space is part of the name; a space inside one stays
        ("กลุ่มงานบริหารทั่วไป ฝ่ายการเงิน", ("กลุ่มงานบริหารทั่วไป ฝ่ายการเงิน",)),
        ("คณะทำงาน สำนัก", ("คณะทำงาน สำนัก",)),
        ("หัวหน้ากลุ่มงาน ก", ("หัวหน้ากลุ่มงาน ก",)),
    ],
)
def test_groups_written_one_after_another_with_spaces_are_each_a_group(cell: str, groups: tuple[str, ...]) -> None:
    assert groups_of(cell) == groups


@pytest.mark.parametrize(
    "cell",
    [
        "- คณะทำงานสำนัก\n- กลุ่มงานวินัย",
        "● คณะทำงานสำนัก\n● กลุ่มงานวินัย",
        "1. คณะทำงานสำนัก 2. กลุ่มงานวินัย",
        "(๑) คณะทำงานสำนัก (๒) กลุ่มงานวินัย",
        "คณะทำงานสำนัก ร่วมกับ กลุ่มงานวินัย",
        # each group's part in the work: กลุ่มงานวินัย (ร่วม) was a group of its own, apart from กลุ่มงานวินัย
        "คณะทำงานสำนัก (หลัก), กลุ่มงานวินัย (ร่วม)",
        "คณะทำงานสำนัก (เจ้าภาพหลัก) กลุ่มงานวินัย (สนับสนุน)",
        "คณะทำงานสำนัก (หลัก) และ กลุ่มงานวินัย",
    ],
)
def test_a_list_in_the_cell_names_the_groups_without_its_bullets(cell: str) -> None:
    """``- คณะทำงานสำนัก`` was a group of its own: the group's page and its reporters never saw the activity."""
    assert groups_of(cell) == ("คณะทำงานสำนัก", "กลุ่มงานวินัย")
    assert groups_of("กลุ่มงาน 2 คน") == ("กลุ่มงาน 2 คน",)  # a number inside a name stays
    assert groups_of("กลุ่มงาน (ฝ่ายบริหาร)") == ("กลุ่มงาน (ฝ่ายบริหาร)",)  # brackets that are part of a name stay


def test_the_shipped_plan_names_five_groups() -> None:
    plan = read_workbook(SHIPPED_WORKBOOK).plan
    assert plan is not None
    assert all_groups(plan) == [
        "คณะทำงานสำนัก",
        "บุคลากรของทุกกลุ่มงาน",
        "บุคลากรของสำนักบริหารงานกลาง",
        "กลุ่มงานวินัยและเสริมสร้างงานวินัย",
        "ทุกกลุ่มงาน",
    ]
    # 3.6 is for ทุกกลุ่มงาน (every work group) and 1.2 for บุคลากรของทุกกลุ่มงาน: กลุ่มงานวินัย's page, its
    # reminders and its reporters had only 3.1, and never saw the survey due ๒๐ มิถุนายน ๖๖.
    assert [a.activity_id for a in activities_of(plan, "กลุ่มงานวินัยและเสริมสร้างงานวินัย")] == ["1.2", "3.1", "3.6"]
    assert [a.activity_id for a in activities_of(plan, "ทุกกลุ่มงาน")] == ["3.6"]
    assert [a.activity_id for a in activities_of(plan, "คณะทำงานสำนัก")][:3] == ["1.1", "1.2", "1.3"]
    work = group_work(plan, "บุคลากรของสำนักบริหารงานกลาง", date(2023, 6, 6))
    assert [w.activity.activity_id for w in work.activities] == ["1.6", "1.10"]
    assert [(w.activity.activity_id, s.status) for w, s in work.open_deadlines] == [
        ("1.6", DeadlineStatus.OVERDUE),  # ๗ เมษายน ๒๕๖๖
        ("1.10", DeadlineStatus.DUE_SOON),  # ๒๐ มิถุนายน ๒๕๖๖
        ("1.6", DeadlineStatus.UPCOMING),  # ๓๐ กรกฎาคม ๒๕๖๖
    ]
    assert work.completion.activities == 2 and work.completion.completed == 0


def test_an_activity_for_every_group_of_a_kind_belongs_to_each_the_plan_names() -> None:
    """Each group of the kind named after ทุก, from the responsible cells and the การมีส่วนร่วม sheet; other
    kinds (คณะทำงาน, ฝ่าย for ทุกกลุ่มงาน) are not in it."""
    from dataclasses import replace

    from ita_core.model import Participation

    a, b, c, d = (act(aid, 1, 0) for aid in ("1.1", "1.2", "1.3", "1.4"))
    plan = plan_of(
        a._replace(responsible="คณะทำงานสำนัก"),
        b._replace(responsible="- กลุ่มงานวินัย\n- ฝ่ายบัญชี"),
        c._replace(responsible="บุคลากรของทุกกลุ่มงาน"),
        d._replace(responsible="ทุกฝ่าย"),
        act("1.5", 1, 0)._replace(responsible="คณะทำงานจากทุกกลุ่มงาน"),  # one body, drawn from every group
    )
    plan = replace(
        plan,
        participation=(Participation("1.3", "กลุ่มงานคลัง", 5, 9, None, ""), Participation("1.3", "", 5, 9, None, "")),
    )
    assert responsible_groups(plan) == {
        "1.1": ("คณะทำงานสำนัก",),
        "1.2": ("กลุ่มงานวินัย", "ฝ่ายบัญชี"),
        "1.3": ("บุคลากรของทุกกลุ่มงาน", "กลุ่มงานวินัย", "กลุ่มงานคลัง"),
        "1.4": ("ทุกฝ่าย", "ฝ่ายบัญชี"),
        "1.5": ("คณะทำงานจากทุกกลุ่มงาน",),
    }
    assert all_groups(plan) == [
        "คณะทำงานสำนัก",
        "กลุ่มงานวินัย",
        "ฝ่ายบัญชี",
        "บุคลากรของทุกกลุ่มงาน",
        "ทุกฝ่าย",
        "คณะทำงานจากทุกกลุ่มงาน",
        "กลุ่มงานคลัง",
    ]
    assert [w.activity.activity_id for w in group_work(plan, "กลุ่มงานคลัง", date(2023, 6, 1)).activities] == ["1.3"]


def test_what_a_group_still_owes() -> None:
    plan = plan_of(
        act("1.1", 1, None)._replace(responsible="กลุ่ม ก"),
        act("1.2", 1, 40)._replace(responsible="กลุ่ม ก"),
        act("1.3", 1, 100)._replace(responsible="กลุ่ม ก", evidence="https://example.org/report.pdf"),
        act("1.4", 1, 50)._replace(responsible="กลุ่ม ข"),
        deadlines=(due("1.1", date(2023, 4, 1)), due("1.2", date(2023, 6, 20)), due("1.3", date(2023, 3, 20))),
    )
    updates = {"1.1": date(2023, 3, 1), "1.2": date(2023, 4, 1), "1.3": date(2023, 3, 1)}
    history = {"1.2": [(date(2023, 3, 1), Decimal(10)), (date(2023, 4, 1), Decimal(40))]}
    work = group_work(plan, "กลุ่ม ก", date(2023, 5, 2), updates, history)
    owed = {w.activity.activity_id: w.missing for w in work.activities}
    assert owed == {
        "1.1": (Missing.NO_PROGRESS, Missing.STALE),
        "1.2": (Missing.NO_EVIDENCE, Missing.STALE),  # 31 days since 1 April
        "1.3": (),  # done, with evidence: nothing owed, however old
    }
    assert [w.activity.activity_id for w in work.stale] == ["1.1", "1.2"]
    ((state, outlook),) = work.activities[1].projections
    assert state.deadline.activity_id == "1.2" and outlook.outlook is Outlook.ON_TRACK  # 1 a day: 100 on 31 May
    assert work.activities[2].projections == ()  # its only deadline is done
    assert work.completion.completed == 1 and work.completion.activities == 3
    ((overdue, late),) = work.activities[0].projections  # 1.1's deadline passed a month ago
    assert overdue.status is DeadlineStatus.OVERDUE and late.outlook is Outlook.LATE
    assert work.outlooks(Outlook.LATE) == 0 and work.outlooks(Outlook.ON_TRACK) == 1  # overdue counted as such


def test_outlook_counts_kept_once_are_the_plain_count() -> None:
    """A work list shared by every viewer counts its outlooks once; each count is the plain definition:
    open deadlines not yet past, by outlook, on the shipped plan at dates across its year."""
    from ita_core.groups import plan_work

    plan = read_workbook(SHIPPED_WORKBOOK).plan
    assert plan is not None
    for day in (date(2022, 11, 1), date(2023, 3, 31), date(2023, 6, 21), date(2023, 9, 30)):
        work = plan_work(plan, day)
        for outlook in Outlook:
            plain = sum(
                1
                for w in work.activities
                for s, p in w.projections
                if p.outlook is outlook and s.status is not DeadlineStatus.OVERDUE
            )
            assert work.outlooks(outlook) == plain, (day, outlook)
