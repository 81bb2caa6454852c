"""The report form as Excel, laid out for printing: opened with openpyxl and read back."""

from __future__ import annotations

import io
import re

import openpyxl
import pytest
from reports import INJECTION, SEED_DONE, shipped, tiny_png, with_activity

from ita_core.report.content import COLUMNS, build_report, report_round
from ita_core.report.excel import FONT, report_xlsx


@pytest.fixture(scope="module")
def book() -> openpyxl.Workbook:
    report = build_report(shipped(), report_round("h1", 2566))
    return openpyxl.load_workbook(io.BytesIO(report_xlsx(report, tiny_png())))


def _values(sheet: object) -> list[str]:
    return [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]  # type: ignore[attr-defined]


def test_a_summary_sheet_then_one_sheet_per_measure(book: openpyxl.Workbook) -> None:
    assert book.sheetnames == ["สรุป", "มาตรการที่ ๑", "มาตรการที่ ๒", "มาตรการที่ ๓"]
    summary = "\n".join(_values(book["สรุป"]))
    assert "ของสำนักบริหารงานกลาง ประจำปีงบประมาณ พ.ศ. ๒๕๖๖" in summary
    assert "ผลการดำเนินการในภาพรวมคิดเป็นร้อยละ ๑๐๐" in summary
    assert "รอบ ๖ เดือน (๑ ตุลาคม ๒๕๖๕ – ๓๑ มีนาคม ๒๕๖๖)" in summary
    assert "ความก้าวหน้าทั้งแผน: แล้วเสร็จ ๗ จาก ๒๖ กิจกรรม (ร้อยละ ๒๖.๙๒)" in summary  # what the chart counts
    assert len(book["สรุป"]._images) == 1  # the completion chart


@pytest.mark.parametrize("name", ["สรุป", "มาตรการที่ ๑", "มาตรการที่ ๒", "มาตรการที่ ๓"])
def test_formatted_for_printing(book: openpyxl.Workbook, name: str) -> None:
    sheet = book[name]
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.page_setup.paperSize == 9  # A4
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert (sheet.page_setup.fitToWidth or 1) == 1  # one page wide (1 is the default, so it may be omitted)
    assert sheet.page_setup.fitToHeight == 0  # as many pages down as it needs
    assert "หน้า &P / &N" in sheet.oddFooter.right.text and "รอบ ๖ เดือน" in sheet.oddFooter.left.text


def test_table_header_repeats_on_every_printed_page(book: openpyxl.Workbook) -> None:
    for name in book.sheetnames[1:]:
        sheet = book[name]
        header_row = next(r for r in sheet.iter_rows() if r[0].value == COLUMNS[0])
        assert [c.value for c in header_row] == list(COLUMNS)
        assert sheet.print_title_rows == f"${header_row[0].row}:${header_row[0].row}"


def test_measure_sheets_list_the_seed_done_activities(book: openpyxl.Workbook) -> None:
    plan = shipped()
    for (measure, ids), name in zip(SEED_DONE.items(), book.sheetnames[1:], strict=True):
        sheet = book[name]
        names = [r[1].value for r in sheet.iter_rows() if re.fullmatch(r"[๐-๙]+\.", str(r[0].value))]
        assert names == [plan.activity(i).report_title for i in ids]  # the form's own wording
        text = "\n".join(_values(sheet))
        assert text.count("ร้อยละ ๑๐๐") >= len(ids)
        for i in ids:
            assert plan.activity(i).evidence in text
        assert "ผลการดำเนินการในภาพรวมคิดเป็นร้อยละ ๑๐๐" in text
        assert f"มาตรการที่ {'๑๒๓'[measure - 1]}" in text


def test_thai_font_16pt(book: openpyxl.Workbook) -> None:
    sheet = book["มาตรการที่ ๑"]
    cell = next(r[1] for r in sheet.iter_rows() if r[0].value == "๑.")
    assert cell.font.name == FONT and cell.font.sz == 16
    assert cell.alignment.wrap_text


def test_formula_text_stays_text() -> None:
    plan = with_activity(shipped(), "1.1", name=INJECTION, remarks="+1+1", evidence="-2")
    data = report_xlsx(build_report(plan, report_round("h1", 2566), thai_digits=False))
    sheet = openpyxl.load_workbook(io.BytesIO(data))["มาตรการที่ 1"]
    cells = {c.value: c for row in sheet.iter_rows() for c in row if c.value in (INJECTION, "+1+1", "-2")}
    assert set(cells) == {INJECTION, "+1+1", "-2"}
    assert all(c.data_type == "s" for c in cells.values())
