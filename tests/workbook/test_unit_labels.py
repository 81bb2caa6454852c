"""The unit sheet as offices lay it out: each way read as the template's, or its label said not to be read."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from workbooks import problem_at, valid_book

from ita_core import Severity, read_workbook
from ita_core.workbook.ingest import ReadResult
from ita_core.workbook.sheetgrid import SheetGrid
from ita_core.workbook.unit_labels import unit_cells

DAY = datetime(2023, 3, 31)
TEMPLATE = [["หน่วยงาน", "สำนักทดสอบ"], ["ปีงบประมาณ", 2566], ["ข้อมูล ณ วันที่", DAY]]


def read_unit(rows: list[list[object]]) -> ReadResult:
    book = valid_book()
    book.sheets["ข้อมูลหน่วยงาน"] = rows
    return read_workbook(book.to_bytes())


@pytest.mark.parametrize(
    "rows",
    [
        pytest.param([["หน่วยงาน:", "สำนักทดสอบ"], ["ปีงบประมาณ :", 2566], ["ข้อมูล ณ วันที่：", DAY]], id="colons"),
        pytest.param(
            [["หน่วยงาน", None, "สำนักทดสอบ"], ["ปีงบประมาณ", None, 2566], ["ข้อมูล ณ วันที่", None, DAY]],
            id="a label over two cells",
        ),
        pytest.param(
            [["หน่วยงาน: สำนักทดสอบ"], ["ปีงบประมาณ 2566"], ["ข้อมูล ณ วันที่ 31 มีนาคม 2566"]], id="label and value in a cell"
        ),
        pytest.param([["หน่วยงาน", "ปีงบประมาณ", "ข้อมูล ณ วันที่"], ["สำนักทดสอบ", 2566, DAY]], id="labels across a row"),
        pytest.param([["ชื่อหน่วยงาน", "สำนักทดสอบ"], ["ปีงบประมาณ", 2566], ["ข้อมูล ณ", DAY]], id="other names"),
    ],
)
def test_each_layout_reads_as_the_template(rows: list[list[object]]) -> None:
    """Each lost the unit's name or the data date without a word (with a colon, all three and a false "no fiscal
    year given"), or, with labels across a row, took ปีงบประมาณ for the unit's name."""
    template, result = read_unit(TEMPLATE).plan, read_unit(rows)
    assert result.problems == ()
    assert (result.plan.unit, result.plan.fiscal_year_be, result.plan.as_of) == ("สำนักทดสอบ", 2566, date(2023, 3, 31))
    assert result.plan == template


def test_a_label_not_known_with_a_value_beside_it_is_said_not_to_be_read() -> None:
    """รายงาน ณ วันที่ may be the data's day or the report's: not guessed, but no longer passed over."""
    result = read_unit([*TEMPLATE[:2], ["รายงาน ณ วันที่", DAY], ["ข้อมูลหน่วยงาน"]])  # a title alone is not a label
    warning = problem_at(result, "ข้อมูลหน่วยงาน!A3")
    assert warning.severity is Severity.WARNING
    assert "หัวข้อ “รายงาน ณ วันที่” ไม่อยู่ในแม่แบบ จึงไม่ถูกนำเข้า" in warning.th and "ข้อมูล ณ วันที่" in warning.th
    assert "is not a label of the template" in warning.en
    assert [w.location for w in result.warnings] == ["ข้อมูลหน่วยงาน!A3", "ข้อมูลหน่วยงาน"]  # and no data date


def test_values_are_found_at_their_cells() -> None:
    """Where a refused value is said to be: the cell holding it, or the empty one beside its label."""
    grid = SheetGrid(
        "ข้อมูลหน่วยงาน",
        [["หน่วยงาน", "ปีงบประมาณ 2566", "ข้อมูล ณ วันที่"], [None, None, None], ["สำนักทดสอบ", None, None]],
        ["A", "B", "C"],
        [0, 1, 2],
    )
    found = unit_cells(grid)
    assert found.values == {
        "unit": ("สำนักทดสอบ", "C1"),
        "fiscal_year_be": ("2566", "A2"),
        "as_of": (None, "B3"),
    }
    assert found.unknown == []


def test_a_label_given_twice_with_two_values_is_asked_which() -> None:
    """A data date updated in a row below the old one (31 มี.ค. then 30 มิ.ย.): the first was taken without a word,
    and every deadline was judged at the old date. Now an error at the second, naming both cells."""
    result = read_unit([*TEMPLATE, ["ข้อมูล ณ วันที่", datetime(2023, 6, 30)]])
    (error,) = result.errors
    assert (error.location, error.value) == ("ข้อมูลหน่วยงาน!B4", "30 มิถุนายน 2566")
    assert error.th.startswith("“ข้อมูล ณ วันที่” มีสองค่า (เซลล์ B3 และ B4)") and "given twice" in error.en
    assert result.plan is None


def test_a_label_given_twice_alike_or_first_empty_reads_the_value() -> None:
    """The same value twice is one value; an empty label (the template's) gives way to one filled further down."""
    assert read_unit([*TEMPLATE, ["หน่วยงาน", "สำนักทดสอบ "]]).problems == ()
    result = read_unit([*TEMPLATE[:2], ["ข้อมูล ณ วันที่", None], ["ข้อมูล ณ วันที่:", DAY]])
    assert result.problems == () and result.plan.as_of == date(2023, 3, 31)
