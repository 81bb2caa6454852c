"""A check-in applied to a plan: only that activity's reported figures and the data date change."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from plans import plan_with, with_as_of

from ita_core.checkin import CheckInRefused, Report, apply_report, clean, data_day, read_progress


def test_progress_is_read_as_the_documents_write_it() -> None:
    assert read_progress("๕๐") == Decimal(50)
    assert read_progress("91.368") == Decimal("91.36")  # truncated, never rounded up
    assert read_progress("100%") == Decimal(100)
    for bad in ("", "abc", "101", "-1", "nan"):
        with pytest.raises(CheckInRefused):
            read_progress(bad)


def test_applying_a_report_changes_only_that_activity() -> None:
    plan = with_as_of(plan_with({"1.1": 20, "1.2": None}), date(2023, 3, 31))
    report = Report(Decimal(60), actions="จัดอบรมแล้ว ๒ รุ่น", evidence="https://intranet/evidence/1.2.pdf")
    after = apply_report(plan, "1.2", report, date(2023, 5, 2))
    changed = after.activity("1.2")
    assert (changed.progress, changed.progress_reported, changed.actions) == (Decimal(60), True, "จัดอบรมแล้ว ๒ รุ่น")
    assert changed.evidence == "https://intranet/evidence/1.2.pdf"
    assert after.activity("1.1") == plan.activity("1.1")
    assert changed.reported_on == date(2023, 5, 2)  # the check-in dates its own activity's report
    assert after.as_of == date(2023, 3, 31)  # and only that: the plan's data date moves with uploads


def test_empty_fields_keep_what_the_plan_had() -> None:
    plan = plan_with({"1.1": 20})
    plan = plan.__class__(**{**plan.__dict__, "activities": (plan.activity("1.1")._replace(evidence="เดิม"),)})
    after = apply_report(plan, "1.1", Report(Decimal(30)), date(2023, 5, 2))
    assert after.activity("1.1").evidence == "เดิม"


def test_the_data_date_stays_inside_the_fiscal_year_and_never_goes_back() -> None:
    plan = with_as_of(plan_with({"1.1": 20}), date(2023, 3, 31))
    assert data_day(plan, date(2026, 11, 28)) == date(2023, 9, 30)  # FY2566 ends 30 Sep 2023
    assert data_day(plan, date(2023, 1, 5)) == date(2023, 3, 31)


def test_unknown_activities_and_overlong_text_are_refused() -> None:
    with pytest.raises(CheckInRefused, match=r"9\.9"):
        apply_report(plan_with({"1.1": 20}), "9.9", Report(Decimal(1)), date(2023, 5, 2))
    with pytest.raises(CheckInRefused):
        clean(Report(Decimal(1), note="ก" * 5000))


def test_an_overlong_text_is_named_as_the_form_names_it() -> None:
    from ita_core.checkin import MAX_TEXT, CheckInRefused, Report, clean

    with pytest.raises(CheckInRefused) as refused:
        clean(Report(Decimal(50), achieved_output="ก" * (MAX_TEXT + 1)))
    assert "ผลผลิตที่ได้" in refused.value.th and "achieved_output" not in refused.value.th + refused.value.en


def test_directional_controls_are_dropped_from_a_check_in() -> None:
    from ita_core.checkin import Report, clean

    assert clean(Report(Decimal(50), actions="\u202eประชุมแล้ว\u202c")).actions == "ประชุมแล้ว"
