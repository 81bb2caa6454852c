"""Each activity's own report date: what ``model.dated_reports`` keeps and what it gives."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest

from ita_core import read_workbook
from ita_core.model import Plan, dated_reports, is_whole_unit
from ita_core.paths import SHIPPED_WORKBOOK

MARCH = date(2023, 3, 31)
JUNE = date(2023, 6, 30)


@pytest.fixture(scope="module")
def plan() -> Plan:
    return read_workbook(SHIPPED_WORKBOOK).plan


def _with(plan: Plan, activity_id: str, **changes: object) -> Plan:
    acts = tuple(a._replace(**changes) if a.activity_id == activity_id else a for a in plan.activities)
    return dataclasses.replace(plan, activities=acts)


def test_the_first_upload_dates_every_report_of_its_data_date(plan: Plan) -> None:
    dated = dated_reports(plan, None, MARCH)
    assert {a.reported_on for a in dated.activities if a.progress_reported} == {MARCH}
    assert all(a.reported_on is None for a in dated.activities if not a.progress_reported)


def test_a_later_upload_dates_only_the_activities_it_changes(plan: Plan) -> None:
    march = dated_reports(plan, None, MARCH)
    june = dataclasses.replace(_with(plan, "1.6", progress=Decimal(100), progress_reported=True), as_of=JUNE)
    dated = {a.activity_id: a.reported_on for a in dated_reports(june, march, JUNE).activities}
    assert dated["1.6"] == JUNE
    assert dated["1.1"] == MARCH  # unchanged since March: its report is still March's


def test_a_check_in_keeps_its_own_day(plan: Plan) -> None:
    checked = _with(plan, "2.1", progress=Decimal(50), progress_reported=True, reported_on=date(2023, 4, 3))
    assert dated_reports(checked, plan, MARCH).activity("2.1").reported_on == date(2023, 4, 3)


def test_an_older_snapshot_without_dates_speaks_for_its_data_date(plan: Plan) -> None:
    old = dataclasses.replace(plan, as_of=MARCH)  # stored before reports were dated: no reported_on
    june = dataclasses.replace(plan, as_of=JUNE)
    assert dated_reports(june, old, JUNE).activity("1.1").reported_on == MARCH


def test_an_activity_is_found_by_id_as_a_scan_would_find_it() -> None:
    """The index a shared plan builds once answers as the scan it replaced: the first of a repeated id, a
    ``KeyError`` for an unknown one; ``activity_name`` is empty for an unknown id."""
    plan = read_workbook(SHIPPED_WORKBOOK).plan
    assert plan is not None
    for act in plan.activities:
        assert plan.activity(act.activity_id) is next(a for a in plan.activities if a.activity_id == act.activity_id)
        assert plan.activity_name(act.activity_id) == act.name
    first = plan.activities[0]
    repeated = dataclasses.replace(plan, activities=(*plan.activities, first._replace(name="อีกครั้ง")))
    assert repeated.activity(first.activity_id).name == first.name
    with pytest.raises(KeyError):
        plan.activity("9.99")
    assert plan.activity_name("9.99") == ""
    assert dataclasses.replace(plan) == plan  # the index is no part of the plan's value


@pytest.mark.parametrize(
    ("group", "everyone"),
    [
        ("", True),
        ("ทั้งหน่วยงาน", True),
        ("ทั้งสำนัก", True),
        (" ทั้ง กอง ", True),
        ("รวม", True),
        ("รวมทั้งสิ้น", True),
        ("Total", True),
        ("กลุ่มงานบริหารทั่วไป", False),
        ("คณะทำงานสำนัก", False),
        ("ทั้งกลุ่มงานบริหารทรัพยากรบุคคลและกลุ่มงานคลัง", False),  # a long name, not "the whole unit"
    ],
)
def test_rows_for_everyone(group: str, everyone: bool) -> None:
    assert is_whole_unit(group) is everyone


def test_a_renumbered_activity_keeps_its_own_report_s_date(plan: Plan) -> None:
    """2.1 (reported in March) and 2.2 (not yet) swapped numbers in June's upload, their figures unchanged:
    2.1's March report, now under 2.2, was dated June, compared with the old 2.2's figures."""
    march = dated_reports(plan, None, MARCH)
    swap = {"2.1": "2.2", "2.2": "2.1"}
    acts = tuple(a._replace(activity_id=swap.get(a.activity_id, a.activity_id)) for a in plan.activities)
    june = dataclasses.replace(plan, activities=acts, as_of=JUNE)
    dated = dated_reports(june, march, JUNE)
    assert {a.activity_id: a.reported_on for a in dated.activities if a.activity_id in swap} == {
        "2.1": None,
        "2.2": MARCH,
    }
