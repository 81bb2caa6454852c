from __future__ import annotations

import io
from decimal import Decimal

import openpyxl
from workbooks import Book, Text

from ita_core import read_workbook
from ita_core.workbook.writer import rows_from_plan, workbook_bytes


def test_round_trip_gives_the_same_plan(book: Book) -> None:
    book.add(
        "กำหนดส่ง",
        [["ลำดับ", "รายการ", "กำหนดส่ง", "วันที่ส่ง"], ["1.1", "รายงานรอบ ๖ เดือน", "31/3/2566", "30/3/2566"]],
    )
    plan = read_workbook(book.to_bytes()).plan
    again = read_workbook(workbook_bytes(rows_from_plan(plan))).plan
    assert again is not None
    assert again.activities == tuple(
        a._replace(source=b.source) for a, b in zip(plan.activities, again.activities, strict=True)
    )
    assert [d[:4] for d in again.deadlines] == [d[:4] for d in plan.deadlines]
    assert [p[:5] for p in again.participation] == [p[:5] for p in plan.participation]
    assert (again.unit, again.fiscal_year_be, again.as_of) == (plan.unit, plan.fiscal_year_be, plan.as_of)


def test_a_progress_under_one_percent_round_trips(book: Book) -> None:
    """A check-in may record 0.5 %; written as a bare 0.5 it would read back as "50 % or 0.5 %?"."""
    book.set("กิจกรรม", "H3", "0.5%")
    plan = read_workbook(book.to_bytes()).plan
    assert plan is not None
    again = read_workbook(workbook_bytes(rows_from_plan(plan))).plan
    assert again is not None and again.activity("1.2").progress == Decimal("0.5")


def test_text_that_looks_like_a_formula_stays_text(book: Book) -> None:
    evil = '=HYPERLINK("http://x","y")'
    book.set("กิจกรรม", "C2", Text(evil))
    book.set("กิจกรรม", "D2", Text("+1+1"))
    book.set("กิจกรรม", "E2", Text("@SUM(A1)"))
    plan = read_workbook(book.to_bytes()).plan
    assert plan is not None and plan.activity("1.1").name == evil
    sheet = openpyxl.load_workbook(io.BytesIO(workbook_bytes(rows_from_plan(plan))))["กิจกรรม"]
    written = {header.value: cell for header, cell in zip(sheet[1], sheet[2], strict=True)}
    for header, text in (("โครงการ/กิจกรรม", evil), ("ผลผลิต", "+1+1"), ("ผลลัพธ์", "@SUM(A1)")):
        assert written[header].value == text
        assert written[header].data_type == "s"  # a string cell: Excel shows it, never runs it
