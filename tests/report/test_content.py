"""What the official report form says for a round, before any layout: rounds, rows, footers, digits."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest
from reports import H1_END, SEED_DONE, activity, shipped

from ita_core.model import Guideline
from ita_core.report.choices import COUNT_GUIDELINES
from ita_core.report.content import (
    ReportError,
    build_report,
    data_date_note,
    default_round,
    file_name,
    footer_lines,
    preview_lines,
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


def test_six_month_footers_count_the_rows_listed_as_the_seed_does() -> None:
    report = build_report(shipped(), report_round("h1", 2566))
    assert [footer_lines(report, m) for m in report.measures] == [
        ("ผลการดำเนินการในภาพรวมคิดเป็นร้อยละ ๑๐๐", f"ดำเนินการแล้วเสร็จ {done} แนวทาง", "อยู่ระหว่างดำเนินการ - แนวทาง")
        for done in ("๓", "๑", "๓")  # seed lines 435, 449 and 480: the listed rows, not the guidelines
    ]
    assert [len(m.guidelines) for m in report.measures] == [3, 2, 3]


def test_the_page_previews_the_form_lines_in_the_reader_s_language() -> None:
    report = build_report(shipped(), report_round("h1", 2566))
    first = report.measures[0]
    assert preview_lines(report, first, "th") == (
        "มาตรการที่ ๑ " + (first.measure.report_name or first.measure.name),
        footer_lines(report, first),
    )
    heading, lines = preview_lines(report, report.measures[1], "en")
    assert heading.startswith("Measure 2 ")
    assert lines == ("Overall result 100.00%", "1 guideline done", "none in progress")


def test_rows_in_progress_are_counted_too() -> None:
    plan = shipped()
    acts = (activity("1.1", "", 100), activity("1.2", "", 40), activity("1.3", "", None), activity("1.4", "", 0))
    plan = dataclasses.replace(plan, activities=acts, guidelines=())
    report = build_report(plan, report_round("h1", 2566), include_unreported=True)
    assert footer_lines(report, report.measures[0])[1:] == ("ดำเนินการแล้วเสร็จ ๑ แนวทาง", "อยู่ระหว่างดำเนินการ ๒ แนวทาง")


def test_title_block_is_the_seed_form_s_two_lines_and_the_round_goes_in_the_page_footer() -> None:
    report = build_report(shipped(), report_round("h1", 2566))
    title, unit = report.title_lines
    assert title.startswith("แบบรายงานผลการดำเนินการตามแผนบูรณาการส่งเสริม")
    assert unit == "ของสำนักบริหารงานกลาง ประจำปีงบประมาณ พ.ศ. ๒๕๖๖"  # the form's own name of the unit
    assert report.footer_label == "รอบ ๖ เดือน (๑ ตุลาคม ๒๕๖๕ – ๓๑ มีนาคม ๒๕๖๖)"


def test_the_form_s_own_wording_of_headings_and_rows() -> None:
    from ita_core.report.content import group_line, guidelines_heading, measure_heading

    report = build_report(shipped(), report_round("h1", 2566))
    first = report.measures[0]
    assert measure_heading(report, first).endswith("ของส่วนราชการสังกัดรัฐสภา")
    assert [guidelines_heading(m) for m in report.measures] == [
        "แนวทางการดำเนินการตามมาตรการ",
        "แนวทางและมาตรการ",
        "แนวทางดำเนินการตามมาตรการ",
    ]
    group = first.groups[0].guideline
    assert group is not None
    assert group_line(report, group) == "๑.๑. การขับเคลื่อนกระบวนการรักษามาตรฐานการเป็นองค์กรคุณธรรมต้นแบบ"
    assert report.measures[2].groups[0].rows[2].title == "๓) สำนักบริหารงานกลาง ร่วมประกาศนโยบาย No Gift Policy"
    plain = dataclasses.replace(shipped(), activities=tuple(a._replace(report_title="") for a in shipped().activities))
    assert build_report(plain, report_round("h1", 2566)).measures[2].groups[0].rows[2].title.startswith("กิจกรรม")


def test_a_signature_block_only_where_the_unit_sheet_names_a_reporter() -> None:
    from ita_core.model import FormInfo

    assert build_report(shipped(), report_round("h1", 2566)).signature_lines() == []  # the seed's form has none
    signed = dataclasses.replace(shipped(), form=FormInfo("สำนักบริหารงานกลาง", "นางสาวสมหญิง ใจดี", "ผู้อำนวยการ", H1_END))
    assert build_report(signed, report_round("h1", 2566)).signature_lines() == [
        "ลงชื่อ ........................................ ผู้รายงาน",
        "(นางสาวสมหญิง ใจดี)",
        "ตำแหน่ง ผู้อำนวยการ",
        "วันที่ ๓๑ มีนาคม ๒๕๖๖",
    ]


def test_the_plan_wide_figure_says_what_it_counts() -> None:
    report = build_report(shipped(), report_round("h1", 2566))
    assert report.plan_progress_line == "ความก้าวหน้าทั้งแผน: แล้วเสร็จ ๗ จาก ๒๖ กิจกรรม (ร้อยละ ๒๖.๙๒)"


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
    assert result_lines(report, unreported) == [("ยังไม่ได้รายงาน", False)]
    # Nothing of the plan's targets stands in the result columns of a row not yet reported.
    assert (unreported.output, unreported.outcome, unreported.evidence) == ("", "", "")
    assert unreported.activity.output  # the plan does have a target for it


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
    measure = build_report(plan, report_round("h1", 2566), count_by=COUNT_GUIDELINES).measures[0]
    assert (measure.done, measure.in_progress) == (1, 2)
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


def test_the_guideline_rule_only_where_every_listed_activity_names_its_guideline() -> None:
    with pytest.raises(ReportError) as caught:
        build_report(shipped(), report_round("h1", 2566), count_by=COUNT_GUIDELINES)  # 2.1, 3.3… name none
    assert "ทุกกิจกรรมในแบบรายงานระบุแนวทาง" in caught.value.th


def _block_texts(block: object) -> list[str]:
    from ita_core.report import content

    match block:
        case content.Heading(text) | content.GroupRow(text):
            return [text]
        case content.GuidelineList(label, lines):
            return [label, *lines]
        case content.TableHead(titles):
            return list(titles)
        case content.ActivityRow(number, title, result, rest):
            return [number, title, *(t for t, _ in result), *rest]
        case content.ClosingRow(overall, done, in_progress):
            return [overall, done, in_progress]
    raise AssertionError(block)


def test_one_walk_of_the_form_and_every_format_follows_it() -> None:
    """The form is walked once (``measure_blocks``); Word and PDF write its blocks' text in that order. A
    fourth format is a mapping like ``_block_texts`` above: one new file."""
    import html
    import io
    import zipfile
    from xml.etree import ElementTree

    from ita_core.report import content, pdf, word

    report = build_report(shipped(), report_round("h1", 2566))
    blocks = [b for m in report.measures for b in content.measure_blocks(report, m)]
    kinds = [type(b).__name__ for b in blocks]
    assert kinds[:3] == ["Heading", "GuidelineList", "TableHead"] and kinds[-1] == "ClosingRow"
    assert kinds.count("Heading") == kinds.count("TableHead") == kinds.count("ClosingRow") == 3
    assert kinds.count("ActivityRow") == sum(len(g.rows) for m in report.measures for g in m.groups)

    texts = [t.strip() for b in blocks for t in _block_texts(b) for t in t.splitlines() if t.strip()]
    xml = zipfile.ZipFile(io.BytesIO(word.report_docx(report))).read("word/document.xml")
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    paragraphs = ["".join(n.text or "" for n in p.iter(f"{w}t")) for p in ElementTree.fromstring(xml).iter(f"{w}p")]
    in_word = "\n".join(p.strip() for p in paragraphs)
    in_pdf = html.unescape(pdf.report_html(report))
    for written in (in_word, in_pdf):
        at = 0
        for t in texts:  # each text found after the one before it
            found = written.find(t, at)
            assert found >= 0, t
            at = found
