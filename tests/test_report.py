"""What the official report form says for a round, before any layout: rounds, rows, footers, digits."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest
from reports import H1_END, SEED_DONE, activity, shipped

from ita_core.model import Guideline
from ita_core.report import (
    ReportError,
    build_report,
    data_date_note,
    default_round,
    file_name,
    footer_lines,
    report_round,
    result_lines,
)


@pytest.mark.parametrize(
    ("key", "start", "end"),
    [
        ("q1", date(2022, 10, 1), date(2022, 12, 31)),
        ("q2", date(2022, 10, 1), date(2023, 3, 31)),  # quarters are cumulative from the fiscal year's start
        ("q3", date(2022, 10, 1), date(2023, 6, 30)),
        ("q4", date(2022, 10, 1), date(2023, 9, 30)),
        ("h1", date(2022, 10, 1), date(2023, 3, 31)),
        ("h2", date(2022, 10, 1), date(2023, 9, 30)),
    ],
)
def test_rounds_of_fiscal_year_2566(key: str, start: date, end: date) -> None:
    round_ = report_round(key, 2566)
    assert (round_.start, round_.end) == (start, end)


def test_round_labels_are_thai_with_buddhist_era() -> None:
    assert report_round("h1", 2566).label == "รอบ 6 เดือน (1 ตุลาคม 2565 – 31 มีนาคม 2566)"
    assert report_round("q3", 2566).label == "ไตรมาสที่ 3 (1 เมษายน 2566 – 30 มิถุนายน 2566)"
    as_of = report_round("date", 2566, date(2023, 5, 1))
    assert (as_of.start, as_of.end, as_of.label) == (date(2022, 10, 1), date(2023, 5, 1), "ข้อมูล ณ วันที่ 1 พฤษภาคม 2566")


def test_round_errors_are_bilingual() -> None:
    with pytest.raises(ReportError) as missing_date:
        report_round("date", 2566)
    assert missing_date.value.th == "ระบุวันที่ของรายงาน"
    with pytest.raises(ReportError, match="no fiscal year"):
        report_round("h1", None)
    with pytest.raises(ReportError) as unknown:
        report_round("q5", 2566)
    assert "q5" in unknown.value.th


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        (date(2022, 11, 1), "q1"),  # nothing has ended yet: the first quarter is coming
        (date(2023, 1, 15), "q1"),
        (date(2023, 3, 31), "h1"),  # the half-year round, not q2 that ends the same day
        (date(2023, 7, 1), "q3"),
        (date(2023, 9, 30), "h2"),
    ],
)
def test_default_round_is_the_last_one_ended(as_of: date, expected: str) -> None:
    assert default_round(2566, as_of) == expected


def test_default_round_without_fiscal_year_is_a_date() -> None:
    assert default_round(None, date(2023, 3, 31)) == "date"


def test_six_month_report_of_the_shipped_plan_lists_what_the_seed_reports_done() -> None:
    report = build_report(shipped(), report_round("h1", 2566))
    listed = {m.measure.number: [r.activity.activity_id for g in m.groups for r in g.rows] for m in report.measures}
    assert listed == SEED_DONE
    rows = [r for m in report.measures for g in m.groups for r in g.rows]
    assert all(r.result_pct == 100 for r in rows)
    assert all(r.evidence for r in rows)  # every reported activity carries its evidence
    assert [r.number for r in report.measures[2].groups[0].rows] == [1, 2, 3]  # ลำดับที่ restarts per measure
    first = report.measures[0].groups[0]
    assert first.guideline is not None and first.guideline.guideline_id == "1.1"  # the seed's grouping
    lines = result_lines(report, rows[0])
    assert lines[:2] == [("ผลการดำเนินการ", True), ("ร้อยละ ๑๐๐", True)]
    assert lines[2] == ("การดำเนินการ", True) and "สำนักบริหารงานกลาง" in lines[3][0]


def test_six_month_footers() -> None:
    report = build_report(shipped(), report_round("h1", 2566))
    footers = [footer_lines(report, m) for m in report.measures]
    assert all(overall == "ผลการดำเนินการในภาพรวมคิดเป็นร้อยละ ๑๐๐" for overall, _ in footers)
    # Guideline ๑.๑ has all of its (mapped) activities done; the seed maps no activity to the others.
    assert footers[0][1] == "ดำเนินการแล้วเสร็จ ๑ แนวทาง / อยู่ระหว่างการดำเนินการ ๒ แนวทาง"
    assert footers[1][1] == "ดำเนินการแล้วเสร็จ - แนวทาง / อยู่ระหว่างการดำเนินการ ๒ แนวทาง"
    assert [len(m.guidelines) for m in report.measures] == [3, 2, 3]


def test_title_block() -> None:
    report = build_report(shipped(), report_round("h1", 2566))
    title, unit, round_line = report.title_lines
    assert title.startswith("แบบรายงานผลการดำเนินการตามแผนบูรณาการส่งเสริม")
    assert unit == "ของสำนักบริหารงานกลาง สำนักงานเลขาธิการวุฒิสภา ประจำปีงบประมาณ พ.ศ. ๒๕๖๖"
    assert round_line == "รอบ ๖ เดือน (๑ ตุลาคม ๒๕๖๕ – ๓๑ มีนาคม ๒๕๖๖)"


def test_arabic_digits_option() -> None:
    report = build_report(shipped(), report_round("h1", 2566), thai_digits=False)
    assert footer_lines(report, report.measures[0])[0] == "ผลการดำเนินการในภาพรวมคิดเป็นร้อยละ 100"
    assert report.title_lines[1].endswith("พ.ศ. 2566")
    assert report.percent(Decimal("91.36")) == "91.36"


def test_include_unreported_lists_every_activity_and_counts_them_in_the_overall() -> None:
    report = build_report(shipped(), report_round("h1", 2566), include_unreported=True)
    assert sum(len(g.rows) for m in report.measures for g in m.groups) == 26
    first = report.measures[0]
    assert first.overall_pct == Decimal("21.42")  # 3 of 14 at 100: 300/14 = 21.428…, truncated
    unreported = next(r for g in first.groups for r in g.rows if r.result_pct is None)
    assert result_lines(report, unreported) == [("ยังไม่มีรายงานผล", False)]


def test_percentages_are_truncated_not_rounded() -> None:
    plan = shipped()
    acts = (activity("1.1", "", 100), activity("1.2", "", 33), activity("1.3", "", 34))
    plan = dataclasses.replace(plan, activities=acts, guidelines=())
    report = build_report(plan, report_round("h1", 2566), thai_digits=False)
    assert report.measures[0].overall_pct == Decimal("55.66")  # 167/3 = 55.666…
    assert report.percent(report.measures[0].overall_pct) == "55.66"
    assert report.measures[1].overall_pct is None
    assert footer_lines(report, report.measures[1])[0].endswith("ร้อยละ -")


def test_a_guideline_is_done_only_when_all_its_activities_are_complete() -> None:
    plan = shipped()
    guidelines = (
        Guideline(1, "1.1", "ทั้งหมดเสร็จ"),
        Guideline(1, "1.2", "เสร็จบางส่วน"),
        Guideline(1, "1.3", "ยังไม่มีกิจกรรม"),
    )
    acts = (
        activity("1.1", "1.1", 100),
        activity("1.2", "1.1", 100),
        activity("1.3", "1.2", 100),
        activity("1.4", "1.2", None),  # not reported: the guideline is still in progress
    )
    plan = dataclasses.replace(plan, activities=acts, guidelines=guidelines)
    measure = build_report(plan, report_round("h1", 2566)).measures[0]
    assert (measure.guidelines_done, measure.guidelines_in_progress) == (1, 2)
    assert [g.guideline.guideline_id for g in measure.groups if g.guideline] == ["1.1", "1.2"]


def test_activities_without_a_guideline_come_after_the_grouped_ones() -> None:
    plan = shipped()
    acts = (activity("1.1", "", 100), activity("1.2", "1.1", 100))
    plan = dataclasses.replace(plan, activities=acts, guidelines=(Guideline(1, "1.1", "แนวทาง"),))
    groups = build_report(plan, report_round("h1", 2566)).measures[0].groups
    assert [(g.guideline is not None, [r.activity.activity_id for r in g.rows]) for g in groups] == [
        (True, ["1.2"]),
        (False, ["1.1"]),
    ]


def test_data_date_note() -> None:
    plan = shipped()  # as of 31 March 2566
    assert data_date_note(plan, report_round("h1", 2566)) is None
    later = data_date_note(plan, report_round("q3", 2566))
    assert later is not None and "ก่อนวันสิ้นรอบ" in later[0] and "upload the latest data" in later[1]
    earlier = data_date_note(plan, report_round("q1", 2566))
    assert earlier is not None and "หลังวันสิ้นรอบ" in earlier[0]


def test_file_name() -> None:
    report = build_report(shipped(), report_round("h1", 2566))
    assert file_name(report, "docx") == f"รายงาน-2566-h1-{H1_END.isoformat()}.docx"
