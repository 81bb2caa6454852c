"""The budget column (งบประมาณ (บาท)) end to end: the example of adding a column to the contract.

Its whole description is one ``Column`` in the contract and one field of ``Activity``; these tests
follow it through the template, reading, the measures table, the preview's diff and the exports.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal
from typing import Any

import openpyxl
import pytest
from workbooks import Book, problem_at

from ita_core import read_workbook, views
from ita_core.diff import diff_plans, diff_tables
from ita_core.model import Plan
from ita_core.report.exports import data_csv, data_xlsx
from ita_core.workbook.writer import template_rows, workbook_bytes

BUDGET = "งบประมาณ (บาท)"


def with_budgets(book: Book, *values: Any) -> Book:
    """The valid book with a budget column typed after the others, one value per activity row."""
    rows = book.rows("กิจกรรม")
    rows[0].append(BUDGET)
    for row, value in zip(rows[1:], values, strict=True):
        row.append(value)
    return book


def test_budgets_read_as_typed_in_thai_digits_with_commas(book: Book) -> None:
    result = read_workbook(with_budgets(book, "๑๕๐,๐๐๐", "2,500.50 บาท", None).to_bytes())
    assert result.ok, [p.line() for p in result.errors]
    plan = result.plan
    assert [a.budget for a in plan.activities] == [Decimal(150000), Decimal("2500.50"), None]


def test_budgets_as_official_documents_write_them(book: Book) -> None:
    """๑๕๐,๐๐๐.- บาท is how Thai documents write whole baht (it was "must be an amount"); ไม่ใช้งบประมาณ is none
    spent, and a dash no budget given, as under the other columns (both were "must be an amount")."""
    result = read_workbook(with_budgets(book, "๑๕๐,๐๐๐.- บาท", "ไม่ใช้งบประมาณ", "-").to_bytes())
    assert result.ok, [p.line() for p in result.errors]
    assert [a.budget for a in result.plan.activities] == [Decimal(150000), Decimal(0), None]


def test_a_number_cell_is_a_budget_too(book: Book) -> None:
    plan = read_workbook(with_budgets(book, 12000, 99.5, 0).to_bytes()).plan
    assert plan is not None and [a.budget for a in plan.activities] == [12000, Decimal("99.5"), 0]


@pytest.mark.parametrize(
    ("typed", "fragment"),
    [
        ("ห้าพันบาท", "จำนวนเงินบาท"),
        ("-500", "ติดลบ"),
        ("12.3456", "ทศนิยม"),
        ("150.000", "150.000 อ่านได้ทั้ง 150 บาท และ 150,000 บาท"),  # a dot between thousands: it read as 150 baht
        ("1.500.000", "ถ้าหมายถึง 1,500,000 บาท พิมพ์ 1,500,000"),
        ("50%", "จำนวนเงินบาท"),
        ("ร้อยละ 5", "จำนวนเงินบาท"),  # a share, not an amount (it read as 5 baht)
        ("20 คน", "จำนวนเงินบาท"),
    ],
)
def test_a_wrong_budget_names_its_cell(book: Book, typed: str, fragment: str) -> None:
    result = read_workbook(with_budgets(book, None, typed, None).to_bytes())
    assert not result.ok
    problem = problem_at(result, "กิจกรรม!K3")  # the new column is K; the second activity is row 3
    assert fragment in problem.th and problem.value == typed and problem.en


def test_the_template_has_the_column_with_an_example_and_a_hint() -> None:
    book = openpyxl.load_workbook(io.BytesIO(workbook_bytes(template_rows(), instructions=True)))
    header = [c.value for c in book["กิจกรรม"][1]]
    assert header[-1] == BUDGET and book["กิจกรรม"].cell(2, len(header)).value == 15000
    hints = {row[0].value: row[1].value for row in book["คำอธิบาย"].iter_rows()}
    assert "๑๕,๐๐๐ บาท" in hints[BUDGET]
    assert read_workbook(workbook_bytes(template_rows())).ok  # the example still validates


def _funded(plan: Plan) -> Plan:
    import dataclasses

    acts = tuple(a._replace(budget=Decimal("150000.5")) if a.activity_id == "1.1" else a for a in plan.activities)
    return dataclasses.replace(plan, activities=acts)


def test_the_measures_table_shows_budgets_as_officials_write_them(book: Book) -> None:
    plan = _funded(read_workbook(book.to_bytes()).plan)
    board = views.dashboard(plan, date(2023, 3, 31))
    table = views.labelled(views.activities_table(plan.activities, board.deadlines, "th"), "th")
    assert list(table[BUDGET]) == ["150,000.50", "", ""]


def test_the_preview_shows_a_changed_budget(book: Book) -> None:
    old = read_workbook(book.to_bytes()).plan
    new = _funded(old)
    diff = diff_plans(old, new, date(2023, 3, 31))
    assert [(a.budget, b.budget, key) for a, b, key in diff.fields_changed] == [(None, Decimal("150000.5"), "budget")]
    (_title, frame), *_ = [t for t in diff_tables(diff, "th") if t[0].startswith("ข้อมูลกิจกรรมที่เปลี่ยน")]
    assert frame.iloc[0].to_dict() == {
        "ลำดับ": "1.1",
        "โครงการ/กิจกรรม": "กิจกรรมแรก",
        "รายการ": BUDGET,
        "จาก": "–",
        "เป็น": "150,000.50",
    }
    english = dict(diff_tables(diff, "en"))
    assert english["Activity details changed (1)"].iloc[0]["Field"] == "Budget (baht)"


def test_exports_carry_the_budget_and_read_back_equal(book: Book) -> None:
    plan = _funded(read_workbook(book.to_bytes()).plan)
    again = read_workbook(data_xlsx(plan)).plan
    assert again is not None and [a.budget for a in again.activities] == [a.budget for a in plan.activities]
    rows = list(csv.DictReader(io.StringIO(data_csv(plan).decode("utf-8-sig"))))
    assert [r[BUDGET] for r in rows] == ["150000.5", "", ""]


def test_the_shipped_plan_has_no_budget_because_the_seed_gives_none() -> None:
    from ita_core.paths import SHIPPED_WORKBOOK

    plan = read_workbook(SHIPPED_WORKBOOK).plan
    assert plan is not None and all(a.budget is None for a in plan.activities)
