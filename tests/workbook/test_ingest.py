"""Reading whole workbooks: every value form users type, and every error with its sheet and cell."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from workbooks import HEADERS, Book, as_date, excel_writes, problem_at

from ita_core import InvalidWorkbook, Severity, clock, load_plan, read_workbook
from ita_core.model import Plan
from ita_core.thai import fiscal_year_be

Read = Callable[[Book], Any]


def plan_of(read: Read, book: Book) -> Plan:
    result = read(book)
    assert result.ok, [p.line() for p in result.errors]
    return result.plan


# -- the valid baseline -------------------------------------------------------------------------


def test_valid_book(read: Read, book: Book) -> None:
    plan = plan_of(read, book)
    assert plan.unit == "สำนักทดสอบ"
    assert plan.fiscal_year_be == 2566
    assert plan.as_of == date(2023, 3, 31)
    assert [m.number for m in plan.measures] == [1, 2]
    assert [a.activity_id for a in plan.activities] == ["1.1", "1.2", "2.1"]
    assert plan.activity("1.1").progress == 100
    assert plan.activity("1.1").source == "กิจกรรม!B2"
    assert [(d.activity_id, d.due) for d in plan.deadlines] == [
        ("2.1", date(2023, 4, 7)),
        ("1.1", date(2023, 6, 20)),
        ("1.2", date(2023, 7, 30)),
    ]
    (row,) = plan.participation
    assert (row.activity_id, row.group, row.participants, row.headcount, row.target_pct) == (
        "1.2",
        "ทั้งสำนัก",
        127,
        139,
        Decimal(80),
    )


def test_load_plan_raises_with_every_problem(book: Book) -> None:
    book.set("กิจกรรม", "H2", "มาก")
    book.set("กิจกรรม", "H3", 150)
    with pytest.raises(InvalidWorkbook) as caught:
        load_plan(book.to_bytes())
    assert {p.location for p in caught.value.problems} == {"กิจกรรม!H2", "กิจกรรม!H3"}


# -- value forms --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("๑๐๐", Decimal(100)),
        ("ร้อยละ ๙๑.๓๖", Decimal("91.36")),
        ("80%", Decimal(80)),
        ("๘๐", Decimal(80)),
        (57.5, Decimal("57.5")),
        ("57.5", Decimal("57.5")),
    ],
)
def test_progress_forms(read: Read, book: Book, typed: Any, expected: Decimal) -> None:
    book.set("กิจกรรม", "H3", typed)
    assert plan_of(read, book).activity("1.2").progress == expected


def test_percent_formatted_progress_cell(read: Read, book: Book) -> None:
    book.set("กิจกรรม", "H3", 0.5, number_format="0%")  # Excel shows 50%
    book.set("กิจกรรม", "H2", 1, number_format="0.00%")  # Excel shows 100.00%
    plan = plan_of(read, book)
    assert plan.activity("1.2").progress == 50
    assert plan.activity("1.1").completed


def test_a_formulas_float_tail_reads_as_excel_shows_it(read: Read, book: Book) -> None:
    """=1-0.9 in a cell formatted as % is stored as 0.09999999999999998 and shown as 10%: truncated to two
    decimals it read 9.99 %, and a head count of 126.99999999999999 was "not a whole number"."""
    book.set("กิจกรรม", "H3", 1 - 0.9, number_format="0%")
    book.set("การมีส่วนร่วม", "C2", 127 - 1e-14)
    plan = plan_of(read, book)
    assert plan.activity("1.2").progress == 10
    assert plan.participation[0].participants == 127


def test_empty_progress_is_not_started_and_marked_unreported(read: Read, book: Book) -> None:
    act = plan_of(read, book).activity("2.1")
    assert act.progress == 0
    assert not act.progress_reported


def test_thai_digit_ids_and_counts(read: Read, book: Book) -> None:
    book.set("กิจกรรม", "B4", "๒.๑")
    book.set("การมีส่วนร่วม", "A2", "๑.๒")
    book.set("การมีส่วนร่วม", "C2", "๑๒๗")
    book.set("การมีส่วนร่วม", "D2", "๑๓๙ คน")
    book.set("การมีส่วนร่วม", "E2", "ร้อยละ ๘๐")
    plan = plan_of(read, book)
    assert plan.activity("2.1").name == "กิจกรรมสาม"
    row = plan.participation[0]
    assert (row.activity_id, row.participants, row.headcount, row.target_pct) == ("1.2", 127, 139, Decimal(80))


def test_percent_formatted_target(read: Read, book: Book) -> None:
    book.set("การมีส่วนร่วม", "E2", 0.8, number_format="0%")
    assert plan_of(read, book).participation[0].target_pct == 80


def test_a_bare_fraction_is_asked_not_read_as_under_one_percent(read: Read, book: Book) -> None:
    """Offices type 0.5 for 50 % in a cell not formatted as %: read as 0.5 %, a half-done activity
    showed as not started, without a word. Beside such fractions a bare 1 is 1 % or 100 %: asked too."""
    book.set("กิจกรรม", "H2", 1)
    book.set("กิจกรรม", "H3", 0.5)
    book.set("กิจกรรม", "H4", "0.5%")  # the unit written: 0.5 % as typed
    result = read(book)
    assert result.plan is None
    assert [p.location for p in result.errors] == ["กิจกรรม!H2", "กิจกรรม!H3"]
    assert "ร้อยละ 0.5 และร้อยละ 50" in problem_at(result, "กิจกรรม!H3").th
    assert "1 หมายถึงร้อยละ 1 หรือร้อยละ 100" in problem_at(result, "กิจกรรม!H2").th


def test_a_bare_one_alone_is_one_percent(read: Read, book: Book) -> None:
    book.set("กิจกรรม", "H2", 1)
    book.set("การมีส่วนร่วม", "E2", 0.8)
    result = read(book)
    assert [p.location for p in result.errors] == ["การมีส่วนร่วม!E2"]  # the target 0.8 is asked, 1 % is not
    book.set("การมีส่วนร่วม", "E2", 80)
    assert plan_of(read, book).activity("1.1").progress == 1


def test_a_one_in_a_column_of_only_zeros_and_ones_is_asked(read: Read, book: Book) -> None:
    """A column of 1 and 0 (done or not, as a tick would say): read as 1 %, each done activity was 1 % done and
    the measure's completion 0, without a word. Beside other percentages a bare 1 is still 1 %."""
    book.set("กิจกรรม", "H2", 1).set("กิจกรรม", "H3", 1).set("กิจกรรม", "H4", 0)
    result = read(book)
    assert result.plan is None
    assert [(p.location, p.th) for p in result.errors] == [
        (f"กิจกรรม!H{row}", "คอลัมน์นี้มีแต่ 0 และ 1 จึงไม่แน่ใจว่า 1 หมายถึงร้อยละ 1 หรือแล้วเสร็จ (ร้อยละ 100): พิมพ์ 100 หรือ 1%")
        for row in (2, 3)
    ]
    book.set("กิจกรรม", "H3", "1%")  # the unit written: 1 % as typed, and the other 1 still asked
    assert [p.location for p in read(book).errors] == ["กิจกรรม!H2"]
    book.set("กิจกรรม", "H2", 100)
    assert [a.progress for a in plan_of(read, book).activities] == [100, 1, 0]


@pytest.mark.parametrize(
    "typed", ["ไม่น้อยกว่าร้อยละ ๘๐", "≥ 80%", "80% ขึ้นไป", "อย่างน้อย 80 %", "ไม่ต่ำกว่าร้อยละ 80", "มากกว่าหรือเท่ากับ 80%"]
)
def test_a_target_may_say_at_least(read: Read, book: Book, typed: str) -> None:
    """The plans write their targets so (ไม่น้อยกว่าร้อยละ ๘๐); a progress saying it is still refused."""
    book.set("การมีส่วนร่วม", "E2", typed)
    assert plan_of(read, book).participation[0].target_pct == 80
    book.set("กิจกรรม", "H3", typed)
    assert "ตัวเลขร้อยละ" in problem_at(read(book), "กิจกรรม!H3").th


def test_a_target_in_people_is_not_taken_for_a_percentage(read: Read, book: Book) -> None:
    """80 people of 139 is 57.55 %: the target column read "80 คน" as 80 % without a word."""
    book.set("การมีส่วนร่วม", "E2", "80 คน")
    problem = problem_at(read(book), "การมีส่วนร่วม!E2")
    assert "เป็นจำนวนคน แต่ช่องนี้ต้องเป็นร้อยละ" in problem.th and "number of people" in problem.en


def test_a_count_in_percent_is_not_taken_for_people(read: Read, book: Book) -> None:
    """ร้อยละ 91 under ผู้เข้าร่วม read as 91 people, and the page showed 91/139."""
    book.set("การมีส่วนร่วม", "C2", "ร้อยละ 91")
    assert "ต้องเป็นจำนวนคน" in problem_at(read(book), "การมีส่วนร่วม!C2").th


def test_id_typed_as_text_keeps_its_trailing_zero(read: Read, book: Book) -> None:
    book.rows("กิจกรรม").append([1, "1.10", "กิจกรรมสิบ", None, None, None, None, None, None, None])
    assert "1.10" in {a.activity_id for a in plan_of(read, book).activities}


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (datetime(2023, 6, 20), [date(2023, 6, 20)]),
        (datetime(2566, 6, 20), [date(2023, 6, 20)]),  # a date cell whose year was typed in the Buddhist era
        ("20 มิถุนายน 2566", [date(2023, 6, 20)]),
        ("๒๐ มิ.ย. ๖๖", [date(2023, 6, 20)]),
        ("20/6/2566", [date(2023, 6, 20)]),
        ("ส่ง ๓๐ กรกฎาคม ๖๖", [date(2023, 7, 30)]),
        ("ให้แล้วเสร็จภายในวันที่ ๒๗ กรกฎาคม ๒๕๖๖", [date(2023, 7, 27)]),
        (
            "กิจกรรมที่ ๑) ส่งภายใน ๗ เมษายน ๒๕๖๖ กิจกรรมที่ ๒) ส่ง ๓๐ กรกฎาคม ๒๕๖๖",
            [date(2023, 4, 7), date(2023, 7, 30)],
        ),
        ("20 มิถุนายน - 5 กรกฎาคม 2566", [date(2023, 7, 5)]),  # a range: due once, on its last day
        ("ส่งผลงาน ๑–๓๐ ก.ค. ๖๖", [date(2023, 7, 30)]),
        (None, []),
    ],
)
def test_due_forms(read: Read, book: Book, typed: Any, expected: list[date]) -> None:
    book.set("กิจกรรม", "G2", typed)
    plan = plan_of(read, book)
    assert [d.due for d in plan.deadlines if d.activity_id == "1.1"] == expected


def test_several_dates_keep_their_labels(read: Read, book: Book) -> None:
    book.set("กิจกรรม", "G2", "กิจกรรมที่ ๑) ส่งภายใน ๗ เมษายน ๒๕๖๖ กิจกรรมที่ ๒) ส่ง ๓๐ กรกฎาคม ๒๕๖๖")
    items = [d.item for d in plan_of(read, book).deadlines if d.activity_id == "1.1"]
    assert items == ["กิจกรรมที่ ๑)", "กิจกรรมที่ ๒)"]


def test_deadline_sheet_replaces_the_activity_cell(read: Read, book: Book) -> None:
    book.add(
        "กำหนดส่ง",
        [
            HEADERS["กำหนดส่ง"],
            ["1.1", "รายงานรอบ ๖ เดือน", "31/3/2566", "30/3/2566"],
            ["1.1", "รายงานรอบ ๑๒ เดือน", datetime(2023, 9, 15), None],
        ],
    )
    plan = plan_of(read, book)
    mine = [(d.item, d.due, d.submitted) for d in plan.deadlines if d.activity_id == "1.1"]
    assert mine == [
        ("รายงานรอบ ๖ เดือน", date(2023, 3, 31), date(2023, 3, 30)),
        ("รายงานรอบ ๑๒ เดือน", date(2023, 9, 15), None),
    ]
    assert [d.due for d in plan.deadlines if d.activity_id == "1.2"] == [date(2023, 7, 30)]


def test_header_below_titles_blank_rows_and_messy_headers(read: Read, book: Book) -> None:
    rows = book.rows("กิจกรรม")
    header = ["  " + h.replace(" ", "\u00a0") + " " for h in rows[0]]
    header[1] = "ลำดับที่"
    book.add(
        "กิจกรรม",
        [["แผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๖"], [], header, rows[1], [], [None, None], rows[2], rows[3]],
    )
    plan = plan_of(read, book)
    assert [a.activity_id for a in plan.activities] == ["1.1", "1.2", "2.1"]
    assert plan.activity("1.2").source == "กิจกรรม!B7"


def test_a_header_over_two_rows_reads_as_one(read: Read, book: Book) -> None:
    """Offices head their results with one title merged across its sub-columns (ผลการดำเนินการ over
    ร้อยละ and เอกสาร/หลักฐาน), the other titles merged down both rows, and a table of theirs under it.
    That was "no column ผลการดำเนินการ (ร้อยละ)"; it now reads as the one-row plan, row for row."""
    one_row = plan_of(read, book)
    rows = book.rows("กิจกรรม")
    top = [*rows[0][:7], "ผลการดำเนินการ", None, "หมายเหตุ"]
    sub = [None] * 7 + ["ร้อยละ", "เอกสาร/หลักฐาน", None]
    book.add("กิจกรรม", [top, sub, *rows[1:]])
    book.merge("กิจกรรม", "H1:I1")
    for column in "ABCDEFGJ":
        book.merge("กิจกรรม", f"{column}1:{column}2")
    result = read(book)
    assert result.ok and not result.problems, [p.line() for p in result.problems]
    two_rows = result.plan
    unplaced = [a._replace(source="") for a in two_rows.activities]
    assert unplaced == [a._replace(source="") for a in one_row.activities]
    assert [d[:4] for d in two_rows.deadlines] == [d[:4] for d in one_row.deadlines]
    assert two_rows.participation == one_row.participation
    assert two_rows.activity("1.2").source == "กิจกรรม!B4"  # where the row is in the file


@pytest.mark.parametrize("title", ["จำนวนบุคลากร", "จำนวนคน"])
def test_head_counts_under_one_title(read: Read, book: Book, title: str) -> None:
    """จำนวนบุคลากร over ผู้เข้าร่วม and ทั้งหมด: read as one row, the title alone named the head count over
    the participants' column."""
    book.add(
        "การมีส่วนร่วม",
        [
            ["ลำดับ", "กลุ่มงาน", title, None, "เป้าหมาย (ร้อยละ)"],
            [None, None, "ผู้เข้าร่วม", "ทั้งหมด", None],
            ["1.2", "ทั้งสำนัก", 127, 139, 80],
        ],
    )
    (row,) = plan_of(read, book).participation
    assert (row.participants, row.headcount, row.target_pct, row.source) == (127, 139, 80, "การมีส่วนร่วม!A3")


@pytest.mark.parametrize("column", [0, 2])
def test_measure_headings_between_the_rows_give_their_number(read: Read, book: Book, column: int) -> None:
    """As the plan document lays out its table: a row of มาตรการที่ ๑ … alone (in the first column, or in the
    activity's), the activities under it with their มาตรการ cell empty. Every row was an error; it now reads
    as the plan with its numbers typed, and one warning names the headings."""
    typed = plan_of(read, book)
    rows = book.rows("กิจกรรม")

    def heading(text: str) -> list[str | None]:
        return [None] * column + [text]

    unnumbered = [[None, *row[1:]] for row in rows[1:]]
    book.add(
        "กิจกรรม",
        [rows[0], heading("มาตรการที่ ๑ มาตรการที่หนึ่ง"), *unnumbered[:2], heading("มาตรการ 2"), unnumbered[2]],
    )
    result = read(book)
    assert result.ok
    assert [a._replace(source="") for a in result.plan.activities] == [a._replace(source="") for a in typed.activities]
    assert [d[:4] for d in result.plan.deadlines] == [d[:4] for d in typed.deadlines]
    letter = "AC"[column // 2]
    (warning,) = result.warnings
    assert warning.location == f"กิจกรรม!{letter}2"
    assert f"อ่านแถว {letter}2 (มาตรการ 1), {letter}5 (มาตรการ 2) เป็นหัวข้อ" in warning.th


def test_guideline_headings_and_a_row_that_gives_its_own_measure(read: Read, book: Book) -> None:
    rows = book.rows("กิจกรรม")
    header = [*rows[0], "แนวทาง"]
    book.add(
        "กิจกรรม",
        [
            header,
            ["มาตรการที่ 1"],
            ["แนวทางที่ ๑.๑ แนวทางแรก"],
            [None, *rows[1][1:]],
            [1, *rows[2][1:]],  # its own measure, typed
            ["มาตรการที่ 2"],
            [None, *rows[3][1:]],  # under measure 2: no guideline (the 1.1 heading ended with its measure)
        ],
    )
    book.add("แนวทาง", [["มาตรการ", "แนวทาง", "ชื่อแนวทาง"], [1, "1.1", "แนวทางแรก"], [2, "2.1", "แนวทางสอง"]])
    result = read(book)
    assert result.ok, [p.line() for p in result.errors]
    assert [(a.activity_id, a.measure, a.guideline) for a in result.plan.activities] == [
        ("1.1", 1, "1.1"),
        ("1.2", 1, "1.1"),
        ("2.1", 2, ""),
    ]
    book.rows("กิจกรรม")[4][0] = 2  # a measure typed against its heading's guideline: said, at the row
    assert "แนวทาง 1.1 อยู่ในมาตรการที่ 1 แต่กิจกรรมนี้อยู่ในมาตรการที่ 2" in _error(read, book, "กิจกรรม!K5").th


def test_an_activity_named_like_a_heading_is_an_activity(read: Read, book: Book) -> None:
    book.set("กิจกรรม", "C2", "มาตรการ 1 ป้องกันการรับสินบน")  # its row has its id: not a heading
    result = read(book)
    assert result.ok and not result.warnings
    assert result.plan.activity("1.1").name == "มาตรการ 1 ป้องกันการรับสินบน"


def test_a_total_row_that_is_not_the_sum_of_its_groups_is_a_warning(read: Read, book: Book) -> None:
    header = HEADERS["การมีส่วนร่วม"]
    book.add(
        "การมีส่วนร่วม",
        [header, ["1.2", "รวม", 127, 139, 80], ["1.2", "กลุ่ม ก", 100, 110, 80], ["1.2", "กลุ่ม ข", 27, 29, 80]],
    )
    assert not read(book).warnings  # the sum of its groups: a total, as it should be
    book.rows("การมีส่วนร่วม")[1][2:4] = [130, 140]
    result = read(book)
    assert result.ok
    (warning,) = result.warnings
    assert (warning.location, warning.value) == ("การมีส่วนร่วม!C2", "130/140")
    assert "ไม่เท่ากับผลรวมของกลุ่มงาน (127/139 คน)" in warning.th


def test_an_unknown_sub_column_is_named_at_its_cell(read: Read, book: Book) -> None:
    rows = book.rows("กิจกรรม")
    top = [*rows[0][:7], "ผลการดำเนินการ", None, None, "หมายเหตุ"]
    sub = [None] * 7 + ["ร้อยละ", "เอกสาร/หลักฐาน", "ผู้ตรวจ"]
    book.add("กิจกรรม", [top, sub, *[[*r[:9], None, r[9]] for r in rows[1:]]])
    result = read(book)
    assert result.ok
    assert [(w.location, w.value) for w in result.warnings] == [("กิจกรรม!J2", "ผู้ตรวจ")]


def test_english_sheet_and_column_names(read: Read, book: Book) -> None:
    english = {
        "มาตรการ": ("measures", ["measure", "measure_name"]),
        "กิจกรรม": (
            "Activities",
            [
                "measure",
                "activity_id",
                "activity",
                "output",
                "outcome",
                "responsible",
                "due",
                "progress_pct",
                "evidence",
                "remarks",
            ],
        ),
        "การมีส่วนร่วม": ("participation", ["activity_id", "group", "participants", "headcount", "target_pct"]),
    }
    renamed = Book()
    renamed.add("unit", book.rows("ข้อมูลหน่วยงาน"))
    for thai, (name, headers) in english.items():
        renamed.add(name, [headers, *book.rows(thai)[1:]])
    assert len(plan_of(read, renamed).activities) == 3


def test_unknown_columns_are_ignored_with_a_warning(read: Read, book: Book) -> None:
    book.set("กิจกรรม", "K1", "สีประจำกิจกรรม")
    book.set("กิจกรรม", "K2", "แดง")
    result = read(book)
    assert result.ok
    warning = problem_at(result, "กิจกรรม!K1")
    assert warning.severity is Severity.WARNING


def test_a_column_with_data_but_no_header_is_said_to_be_ignored(read: Read, book: Book) -> None:
    """Results of a round typed beside the table, with no title over them, were dropped without a word."""
    book.set("กิจกรรม", "L3", 80).set("กิจกรรม", "L4", 20).set("การมีส่วนร่วม", "G2", "หมายเหตุท้ายตาราง")
    result = read(book)
    assert result.ok and result.plan.activity("1.2").progress == 50
    assert [(w.location, w.value) for w in result.warnings] == [
        ("กิจกรรม!L3", "80"),
        ("การมีส่วนร่วม!G2", "หมายเหตุท้ายตาราง"),
    ]
    assert "คอลัมน์ L มีข้อมูลแต่ไม่มีหัวคอลัมน์" in result.warnings[0].th and "no header" in result.warnings[0].en


def test_headers_as_other_offices_title_them_read_the_same_plan(read: Read, book: Book) -> None:
    """Each was "unknown column", and a required one then "missing column": the file was refused."""
    same = plan_of(read, book)
    book.rows("กิจกรรม")[0][5:8] = ["หน่วยงานรับผิดชอบ", "กำหนดแล้วเสร็จ", "ผลการดำเนินงาน (ร้อยละ)"]
    book.rows("กิจกรรม")[0][8] = "หลักฐาน/เอกสารอ้างอิง"
    book.rows("การมีส่วนร่วม")[0] = ["ลำดับ", "กลุ่มงาน/ฝ่าย", "จำนวนผู้เข้าร่วม (คน)", "จำนวนบุคลากร (คน)", "ค่าเป้าหมาย"]
    result = read(book)
    assert result.problems == () and result.plan == same


def test_headers_in_other_words_are_read_as_their_columns_with_a_warning_at_each(read: Read, book: Book) -> None:
    """กลุ่มงานที่รับผิดชอบ was an unknown column: the plan was read with no responsible group at all (the group
    page and reminders empty, one generic warning); ร้อยละความก้าวหน้า refused the file as "add the column"."""
    same = replace(plan_of(read, book), warnings=())
    headers = {"F1": "กลุ่มงานที่รับผิดชอบ", "H1": "ร้อยละความก้าวหน้า", "I1": "หลักฐานประกอบ"}
    for cell, header in headers.items():
        book.set("กิจกรรม", cell, header)
    book.set("การมีส่วนร่วม", "C1", "จำนวนผู้เข้าร่วมกิจกรรม (คน)")
    result = read(book)
    assert result.errors == ()
    assert replace(result.plan, warnings=()) == same
    expected = [("กิจกรรม!" + cell, header) for cell, header in headers.items()]
    assert [(w.location, w.value) for w in result.warnings] == [*expected, ("การมีส่วนร่วม!C1", "จำนวนผู้เข้าร่วมกิจกรรม (คน)")]
    assert "อ่านคอลัมน์นี้เป็น “ผู้รับผิดชอบ”" in result.warnings[0].th
    assert "read as “ผู้รับผิดชอบ” (Responsible)" in result.warnings[0].en


@pytest.mark.parametrize(
    ("header", "typed", "column"),
    [("ร้อยละผู้เข้าร่วม", 92, "ผู้เข้าร่วม"), ("เป้าหมาย (คน)", 120, "เป้าหมาย (ร้อยละ)")],
)
def test_a_title_that_names_another_kind_of_figure_is_not_read_as_the_column(
    read: Read, book: Book, header: str, typed: int, column: str
) -> None:
    """ร้อยละผู้เข้าร่วม (92 %) was read as 92 participants of 139, and เป้าหมาย (คน) (120 people) as a target of
    120 %: each with only a warning that the title was read as the column. Now neither is that column."""
    position = {"ผู้เข้าร่วม": "C", "เป้าหมาย (ร้อยละ)": "E"}[column]
    book.set("การมีส่วนร่วม", f"{position}1", header).set("การมีส่วนร่วม", f"{position}2", typed)
    result = read(book)
    said = [p for p in result.problems if p.location == f"การมีส่วนร่วม!{position}1"]
    assert said and all(f"อ่านคอลัมน์นี้เป็น “{column}”" not in p.th for p in said)
    if column == "ผู้เข้าร่วม":  # a required column: the file says which is missing
        assert result.plan is None and any(f"ไม่พบคอลัมน์ “{column}”" in p.th for p in result.errors)
    else:
        assert [x.target_pct for x in result.plan.participation] == [None]


def test_two_headers_that_may_each_be_progress_refuse_the_file_naming_both(read: Read, book: Book) -> None:
    """A round's results beside the last: which to show cannot be told (it was "add the column", beside two)."""
    book.set("กิจกรรม", "H1", "ผลการดำเนินการ ไตรมาส 1 (ร้อยละ)")
    book.set("กิจกรรม", "K1", "ผลการดำเนินการ ไตรมาส 2 (ร้อยละ)").set("กิจกรรม", "K3", 80)
    result = read(book)
    (error,) = result.errors
    assert error.location == "กิจกรรม!H1"
    assert "คอลัมน์ H (“ผลการดำเนินการ ไตรมาส 1 (ร้อยละ)”), K (“ผลการดำเนินการ ไตรมาส 2 (ร้อยละ)”)" in error.th
    assert "ตั้งชื่อคอลัมน์ที่จะใช้ว่า “ผลการดำเนินการ (ร้อยละ)”" in error.th and "name the one to read" in error.en
    assert result.warnings == ()  # the error names them: no warning each besides


def test_rounds_under_a_results_title_are_named_in_the_missing_column_s_error(read: Read, book: Book) -> None:
    """ผลการดำเนินการ over ไตรมาส 1 (ร้อยละ) and ไตรมาส 2 (ร้อยละ): "add the column ผลการดำเนินการ (ร้อยละ)" beside
    two columns of it; the error now names both, as for two such titles in one row."""
    rows = book.rows("กิจกรรม")
    top = [*rows[0][:7], "ผลการดำเนินการ", None, "เอกสาร/หลักฐาน", "หมายเหตุ"]
    sub = [None] * 7 + ["ไตรมาส 1 (ร้อยละ)", "ไตรมาส 2 (ร้อยละ)", None, None]
    book.add("กิจกรรม", [top, sub, *[[*r[:8], 80, r[8], r[9]] for r in rows[1:]]])
    book.merges.append(("กิจกรรม", "H1:I1"))
    error = problem_at(read(book), "กิจกรรม!H2")
    assert "คอลัมน์ H (“ไตรมาส 1 (ร้อยละ)”), I (“ไตรมาส 2 (ร้อยละ)”) ต่างอาจเป็นคอลัมน์นี้" in error.th


def test_a_header_like_the_progress_column_beside_it_is_said_not_to_be_read(read: Read, book: Book) -> None:
    """The next round typed in a new column beside ผลการดำเนินการ (ร้อยละ): its figures were not shown, and the
    warning only said "unknown column"; it now says which column the figures are read from."""
    book.set("กิจกรรม", "K1", "ผลการดำเนินการ ไตรมาส 2 (ร้อยละ)").set("กิจกรรม", "K3", 80)
    result = read(book)
    assert result.plan.activity("1.2").progress == 50
    (warning,) = result.warnings
    assert warning.location == "กิจกรรม!K1"
    assert "ไม่ถูกนำเข้า: “ผลการดำเนินการ (ร้อยละ)” อ่านจากคอลัมน์ H" in warning.th and "from column H" in warning.en


def test_a_header_in_the_words_of_two_columns_is_not_guessed(read: Read, book: Book) -> None:
    book.set("การมีส่วนร่วม", "C1", "จำนวนบุคลากรที่เข้าร่วม")  # participants, or the headcount?
    result = read(book)
    assert "ไม่อยู่ในรูปแบบแม่แบบ" in problem_at(result, "การมีส่วนร่วม!C1").th
    assert "ไม่พบคอลัมน์ “ผู้เข้าร่วม”" in result.errors[0].th and result.errors[0].location == "การมีส่วนร่วม!F1"


def test_activities_numbered_again_in_each_measure_are_told_how_to_number_them(read: Read, book: Book) -> None:
    for row, number in zip(book.rows("กิจกรรม")[1:], ["1", "2", "1"], strict=True):
        row[1] = number
    book.rows("การมีส่วนร่วม")[1][0] = "2"
    fix = problem_at(read(book), "กิจกรรม!B4")
    assert "ลำดับ 1 ซ้ำกับเซลล์ B2" in fix.th and "ให้ใส่เลขมาตรการนำหน้า เช่น 2.1" in fix.th and "2.1" in fix.en


def test_unit_sheet_is_optional(read: Read, book: Book) -> None:
    del book.sheets["ข้อมูลหน่วยงาน"]
    result = read(book)
    plan = result.plan
    assert plan.unit == ""
    assert plan.as_of is None
    assert plan.fiscal_year_be == 2566  # inferred from the deadlines, with a warning
    assert any(w.severity is Severity.WARNING and "ปีงบประมาณ" in w.th for w in result.problems)


def test_a_group_typed_with_a_space_more_is_said_to_be_two_groups(read: Read, book: Book) -> None:
    """คณะทำงาน สำนัก beside คณะทำงานสำนัก was two groups on the group page, each with part of the work."""
    book.set("กิจกรรม", "F3", "คณะทำงาน สำนัก").set("กิจกรรม", "F4", "กลุ่มงานวินัย, คณะทำงาน สำนัก")
    result = read(book)
    assert result.errors == ()
    assert [a.responsible for a in result.plan.activities] == [
        "คณะทำงานสำนัก",
        "คณะทำงาน สำนัก",
        "กลุ่มงานวินัย, คณะทำงาน สำนัก",
    ]
    [warning] = result.warnings  # once for the name, at the first cell that types it so
    assert warning.location == "กิจกรรม!F3"
    assert "“คณะทำงาน สำนัก” ต่างจาก “คณะทำงานสำนัก” (F2) เพียงช่องว่าง" in warning.th
    book.set("กิจกรรม", "F3", "- คณะทำงานสำนัก").set("กิจกรรม", "F4", "กลุ่มงานวินัย")  # a bullet is not another spelling
    assert read(book).warnings == ()


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("กลุ่มงานบริหารทั่วไป", "กลุ่มบริหารทั่วไป"),  # กลุ่ม for กลุ่มงาน
        ("กลุ่มงานการเจ้าหน้าที่", "กลุ่มงานการเจ้าหน้าที่ (กจ.)"),  # its initials in brackets
        ("คณะทำงานส่งเสริมคุณธรรม", "คณะทำงานฯ"),  # cut short with ฯ
        ("คณะทำงานฯ", "คณะทำงานส่งเสริมคุณธรรม"),  # the short one first
        ("กลุ่มงานบริหารทั่วไป", "ผอ.กลุ่มงานบริหารทั่วไป"),  # its head, by title
        ("หัวหน้ากลุ่มงานบริหารทั่วไป", "กลุ่มงานบริหารทั่วไป"),
        ("ฝ่ายการเงิน", "ผู้อำนวยการฝ่ายการเงิน"),
        ("กลุ่มงานบริหารทั่วไป", "กลุ่มงานบริหารทั่วไป โดย นายสมชาย ใจดี"),  # a person named after it
    ],
)
def test_a_group_typed_another_way_is_said_to_be_two_groups(read: Read, book: Book, first: str, then: str) -> None:
    """Each was a group of its own on the group and participation pages, each with part of the work (the
    group's page said it had one overdue activity of its two), without a word. Read as typed, and said."""
    book.set("กิจกรรม", "F2", first).set("กิจกรรม", "F3", then)
    result = read(book)
    assert result.errors == ()
    assert [(w.location, w.value, w.th) for w in result.warnings] == [
        (
            "กิจกรรม!F3",
            then,
            f"“{then}” ต่างจาก “{first}” (F2) แต่ดูเป็นกลุ่มเดียวกันที่พิมพ์ต่างกัน จึงแสดงเป็นสองกลุ่ม: ถ้าเป็นกลุ่มเดียวกัน พิมพ์ให้ตรงกันทุกแถว",
        )
    ]
    assert [a.responsible for a in result.plan.activities][:2] == [first, then]
    book.set("กิจกรรม", "F3", "กลุ่มงานบริหารแผน")  # another group of the same kind: nothing to say
    assert read(book).warnings == ()


def test_a_group_s_name_broken_onto_a_second_line_of_its_cell_is_one_group_or_said(read: Read, book: Book) -> None:
    """Alt+Enter in a narrow ผู้รับผิดชอบ column: ``กลุ่มงาน`` / ``วินัย`` was two groups, กลุ่มงาน and วินัย, and
    กลุ่มงานวินัย's page never saw the activity, without a word."""
    book.set("กิจกรรม", "F3", "กลุ่มงาน\nวินัย")
    result = read(book)
    assert result.problems == () and [a.responsible for a in result.plan.activities][1] == "กลุ่มงาน\nวินัย"
    from ita_core.groups import responsible_groups

    assert responsible_groups(result.plan)["1.2"] == ("กลุ่มงานวินัย",)
    book.set("กิจกรรม", "F3", "กลุ่มงานวิ\nนัย")
    assert [(w.location, w.th) for w in read(book).warnings] == [
        (
            "กิจกรรม!F3",
            "ผู้รับผิดชอบขึ้นบรรทัดใหม่กลางชื่อ (“กลุ่มงานวิ” / “นัย”) จึงอ่านเป็นสองกลุ่ม: ถ้าเป็นกลุ่มเดียว พิมพ์ชื่อเต็มในบรรทัดเดียว",
        )
    ]


def test_a_participation_group_typed_with_a_space_more_is_said_to_be_two_groups(read: Read, book: Book) -> None:
    """กลุ่มงาน วินัย under การมีส่วนร่วม beside กลุ่มงานวินัย elsewhere was two groups on the participation page,
    each with part of the people, without a word. Compared with the groups the กิจกรรม sheet names too."""
    book.add(
        "การมีส่วนร่วม",
        [
            list(HEADERS["การมีส่วนร่วม"]),
            ["1.1", "กลุ่มงานการเงิน", 8, 12, 80],
            ["1.2", "กลุ่มงานการ เงิน", 10, 12, 80],
            ["2.1", "กลุ่มงาน วินัย", 9, 12, 80],  # กลุ่มงานวินัย is 2.1's group in the กิจกรรม sheet
        ],
    )
    result = read(book)
    assert result.errors == ()
    assert [p.group for p in result.plan.participation] == ["กลุ่มงานการเงิน", "กลุ่มงานการ เงิน", "กลุ่มงาน วินัย"]
    assert [(w.location, w.value) for w in result.warnings] == [
        ("การมีส่วนร่วม!B3", "กลุ่มงานการ เงิน"),
        ("การมีส่วนร่วม!B4", "กลุ่มงาน วินัย"),
    ]
    assert "“กลุ่มงานการ เงิน” ต่างจาก “กลุ่มงานการเงิน” (B2) เพียงช่องว่าง" in result.warnings[0].th
    assert "ต่างจาก “กลุ่มงานวินัย” (กิจกรรม!F4)" in result.warnings[1].th


def test_a_fiscal_year_with_its_months_is_told_to_be_the_year_alone(read: Read, book: Book) -> None:
    """2566 (ต.ค. 65 – ก.ย. 66): the message said only "four digits", and beside it a warning that no fiscal year
    was given, which was not so."""
    result = read(book.set("ข้อมูลหน่วยงาน", "B2", "2566 (ต.ค. 65 - ก.ย. 66)"))
    said = problem_at(result, "ข้อมูลหน่วยงาน!B2")
    assert "ถ้าหมายถึงปีงบประมาณ 2566 พิมพ์ 2566" in said.th and "type 2566 if that is the year" in said.en
    assert [p.location for p in result.problems] == ["ข้อมูลหน่วยงาน!B2"]


def test_deadline_outside_the_fiscal_year_is_a_warning(read: Read, book: Book) -> None:
    book.set("กิจกรรม", "G3", "30 กรกฎาคม 2565")
    result = read(book)
    assert result.ok
    assert problem_at(result, "กิจกรรม!G3").severity is Severity.WARNING


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        (datetime(1966, 6, 30), "30 มิ.ย. 2509"),  # Excel's reading of 30/6/66 in a Thai office: overdue for ever
        ("30 มิถุนายน 2556", "30 มิ.ย. 2556"),  # 2556 for 2566
        (datetime(2024, 10, 1), None),  # the day after a year after: far
    ],
)
def test_a_deadline_more_than_a_year_from_the_fiscal_year_is_an_error(
    read: Read, book: Book, typed: Any, shown: str | None
) -> None:
    """It was the warning a deadline just outside the year is: published, 1.2 was overdue by 57 years."""
    book.set("กิจกรรม", "G3", typed)
    said = _error(read, book, "กิจกรรม!G3")
    assert said.th.startswith(f"กำหนดส่ง {shown or '1 ต.ค. 2567'} ห่างจากปีงบประมาณ 2566 เกินหนึ่งปี: ตรวจปีที่พิมพ์")
    book.set("กิจกรรม", "G3", datetime(2024, 9, 30))  # a year after the year's end: a warning, as before
    assert problem_at(read(book), "กิจกรรม!G3").severity is Severity.WARNING


# -- errors: each names the sheet and the cell --------------------------------------------------


def _error(read: Read, book: Book, location: str) -> Any:
    result = read(book)
    assert not result.ok
    problem = problem_at(result, location)
    assert problem.severity is Severity.ERROR
    assert problem.th and problem.en
    return problem


def test_missing_required_sheet(read: Read, book: Book) -> None:
    del book.sheets["มาตรการ"]
    problem = _error(read, book, "มาตรการ")
    assert "ไม่พบแผ่นงาน “มาตรการ”" in problem.th


def test_missing_required_column(read: Read, book: Book) -> None:
    for row in book.rows("กิจกรรม"):
        del row[7]  # ผลการดำเนินการ (ร้อยละ)
    problem = _error(read, book, "กิจกรรม!J1")
    assert "ผลการดำเนินการ (ร้อยละ)" in problem.th
    assert len(read(book).errors) == 1  # no noise from the rows below


def test_duplicate_activity_id(read: Read, book: Book) -> None:
    book.set("กิจกรรม", "B4", "1.2")
    problem = _error(read, book, "กิจกรรม!B4")
    assert "ซ้ำกับเซลล์ B3" in problem.th


def test_duplicate_id_from_a_lost_trailing_zero_says_how_to_fix_it(read: Read, book: Book) -> None:
    book.rows("กิจกรรม").append([1, 1.10, "กิจกรรมสิบ", None, None, None, None, None, None, None])  # typed as a number
    book.set("กิจกรรม", "B3", "1.1")
    problem = _error(read, book, "กิจกรรม!B5")
    assert "1.10" in problem.th
    assert "ข้อความ (Text)" in problem.th


def test_a_date_cell_in_a_column_of_text_reads_as_a_thai_date(read: Read, book: Book) -> None:
    """ระยะเวลา and หมายเหตุ are text; a date cell there read "2023-02-28 00:00:00" on every page and export."""
    book.set("กิจกรรม", "J2", datetime(2023, 2, 28))
    book.set("กิจกรรม", "K2", datetime(2566, 3, 9, 13, 30))  # a date and time, its year typed in the Buddhist era
    book.set("กิจกรรม", "K1", "ระยะเวลา")
    first = plan_of(read, book).activity("1.1")
    assert (first.remarks, first.period) == ("28 กุมภาพันธ์ 2566", "9 มีนาคม 2566 13:30 น.")


def test_rows_that_repeat_the_header_are_skipped_with_a_warning(read: Read, book: Book) -> None:
    """A table copied from the plan document carries the header printed on every page: each was an error in
    every cell that needs a number or a date. The plan reads as without them, and one warning per sheet says so."""
    expected = plan_of(read, book)
    book.rows("กิจกรรม").insert(3, [*HEADERS["กิจกรรม"][:2], f" {HEADERS['กิจกรรม'][2]} ", *HEADERS["กิจกรรม"][3:]])
    book.rows("การมีส่วนร่วม").insert(1, list(HEADERS["การมีส่วนร่วม"][:2]))
    result = read(book)
    assert result.plan is not None and result.errors == ()
    assert result.plan.activities == tuple(
        a._replace(source=a.source.replace("B4", "B5")) if a.activity_id == "2.1" else a for a in expected.activities
    )
    assert [(p.activity_id, p.participants, p.headcount) for p in result.plan.participation] == [("1.2", 127, 139)]
    assert [w.location for w in result.warnings] == ["กิจกรรม!A4", "การมีส่วนร่วม!A2"]
    assert "ซ้ำหัวตาราง" in result.warnings[0].th


def test_a_row_naming_one_column_is_data_not_a_header(read: Read, book: Book) -> None:
    book.set("การมีส่วนร่วม", "B2", "กลุ่มงาน")  # a group called so: its ลำดับ names an activity
    assert [p.group for p in plan_of(read, book).participation] == ["กลุ่มงาน"]


def test_a_sheet_hidden_in_excel_is_read_and_said_to_be(read: Read, book: Book) -> None:
    book.hidden_sheets.append("การมีส่วนร่วม")
    result = read(book)
    assert result.plan is not None and [p.participants for p in result.plan.participation] == [127]
    assert [w.location for w in result.warnings] == ["การมีส่วนร่วม"]
    assert "ถูกซ่อนไว้ใน Excel" in result.warnings[0].th


def test_rows_hidden_in_excel_are_read_and_said_to_be(read: Read, book: Book) -> None:
    """A person who hides a row sees two activities where the dashboard counts three: say so, name the rows."""
    book.hide("กิจกรรม", 4).hide("กิจกรรม", 20).hide("การมีส่วนร่วม", 2)  # row 20: hidden but empty
    result = read(book)
    assert result.plan is not None and len(result.plan.activities) == 3
    assert [(w.location, "แถว 4 ถูกซ่อน" in w.th) for w in result.warnings] == [
        ("กิจกรรม!A4", True),
        ("การมีส่วนร่วม!A2", False),
    ]


def test_a_cell_showing_an_excel_error_is_an_error_at_it(read: Read, book: Book) -> None:
    """The fast reader gives #DIV/0! as an empty cell: a progress of =a/b with b empty read as "no report yet"."""
    book.set("กิจกรรม", "H3", "#DIV/0!").set("การมีส่วนร่วม", "C2", "#N/A").set("กิจกรรม", "J2", "#REF!")
    result = read(book)
    assert [(p.location, p.value, p.severity) for p in result.problems] == [
        ("กิจกรรม!J2", "#REF!", Severity.ERROR),  # หมายเหตุ too: the person sees an error, the pages a blank
        ("กิจกรรม!H3", "#DIV/0!", Severity.ERROR),
        ("การมีส่วนร่วม!C2", "#N/A", Severity.ERROR),
    ]
    assert "ค่าผิดพลาดของ Excel (#DIV/0!)" in result.problems[1].th and "Excel error" in result.problems[1].en


def test_an_id_that_excel_made_a_date_is_an_error_not_an_activity(read: Read, book: Book) -> None:
    """1/10 typed under ลำดับ becomes 1 ต.ค. to Excel: it was an activity "2023-10-0100:00:00" on every page."""
    book.set("กิจกรรม", "B3", datetime(2023, 10, 1)).set("การมีส่วนร่วม", "A2", datetime(2023, 2, 1))
    result = read(book)
    for location in ("กิจกรรม!B3", "การมีส่วนร่วม!A2"):
        assert "ลำดับนี้เป็นวันที่" in problem_at(result, location).th
    assert not any("2023-10-01" in p.th or "2023-02-01" in p.th for p in result.problems)


# Both ways a struck text reaches a file: Excel keeps rich text in the shared strings; other writers (openpyxl
# here) in the cell itself.
WRITERS = {"excel": excel_writes, "inline": Book.to_bytes}


@pytest.mark.parametrize("writer", WRITERS)
def test_an_old_deadline_struck_beside_its_new_one_is_an_error_at_its_cell(book: Book, writer: str) -> None:
    """ "~~20 มิ.ย. 66~~ 30 มิ.ย. 66": the struck date was read as a second deadline, overdue on the pages."""
    book.set("กิจกรรม", "G3", "30 ก.ค. 66").strike("กิจกรรม", "G3", "20 มิ.ย. 66")
    problem = problem_at(read_workbook(WRITERS[writer](book)), "กิจกรรม!G3")
    assert problem.severity is Severity.ERROR and problem.value == "20 มิ.ย. 66 30 ก.ค. 66"
    assert "ขีดฆ่า" in problem.th and "ลบข้อความที่ขีดฆ่าออก" in problem.th and "struck through" in problem.en


@pytest.mark.parametrize("writer", WRITERS)
def test_struck_figures_are_errors_and_struck_prose_is_shown_as_typed(book: Book, writer: str) -> None:
    book.strike("กิจกรรม", "H3").strike("การมีส่วนร่วม", "C2").strike("กิจกรรม", "F4")  # progress, people, group
    book.strike("กิจกรรม", "D2", "ผลผลิตเดิม")  # an output reworded: shown as typed
    result = read_workbook(WRITERS[writer](book))
    assert [(p.location, p.value, "ขีดฆ่า" in p.th) for p in result.problems] == [
        ("กิจกรรม!H3", "50", True),
        ("กิจกรรม!F4", "กลุ่มงานวินัย", True),
        ("การมีส่วนร่วม!C2", "127", True),
    ]


@pytest.mark.parametrize("writer", WRITERS)
def test_a_row_struck_through_is_read_and_said_to_be(book: Book, writer: str) -> None:
    """A cancelled activity struck through is still counted: say so once, naming the rows, as for hidden rows."""
    for letter in "ABCFG":  # every filled cell of 2.1
        book.strike("กิจกรรม", f"{letter}4")
    result = read_workbook(WRITERS[writer](book))
    assert result.ok and len(result.plan.activities) == 3
    assert [(w.location, w.th.startswith("แถว 4 ขีดฆ่าไว้ทั้งแถว")) for w in result.warnings] == [("กิจกรรม!A4", True)]


@pytest.mark.parametrize("typed", ["ส่งแล้ว", "ดำเนินการแล้ว", "Sent", "✓", "☑"])  # a tick, as forms mark it
def test_sent_without_a_day_under_the_day_sent_asks_for_the_day(read: Read, book: Book, typed: str) -> None:
    """It was "no date found in ส่งแล้ว": true, but not what to do."""
    book.add("กำหนดส่ง", [list(HEADERS["กำหนดส่ง"]), ["1.1", "รายงาน", "20 มิ.ย. 2566", typed]])
    said = problem_at(read(book), "กำหนดส่ง!D2")
    assert "แต่ไม่มีวันที่: ใส่วันที่ที่ส่ง" in said.th and "gives no day" in said.en
    book.set("กำหนดส่ง", "D2", "ยังไม่แล้วเสร็จ")  # not done: not told it was
    assert "ไม่มีวันที่: ใส่วันที่ที่ส่ง" not in problem_at(read(book), "กำหนดส่ง!D2").th


@pytest.mark.parametrize(
    ("typed", "word"),
    [
        ("ส่งบางส่วน 18 มี.ค. 66", "บางส่วน"),
        ("ส่งไม่ครบ 18/3/2566", "ไม่ครบ"),
        ("ส่งฉบับร่าง 18 มี.ค. 66", "ฉบับร่าง"),
        ("ส่งแล้ว 18 มี.ค. 66 (รอแก้ไข)", "รอแก้ไข"),
        ("ตีกลับ ๑๘ มี.ค. ๖๖", "ตีกลับ"),
    ],
)
def test_a_day_sent_that_says_the_work_is_not_all_there_is_asked(read: Read, book: Book, typed: str, word: str) -> None:
    """Read as the day sent, a deadline partly sent, sent as a draft or sent back showed as met."""
    book.add("กำหนดส่ง", [list(HEADERS["กำหนดส่ง"]), ["1.1", "รายงาน", "20 มี.ค. 2566", typed]])
    said = _error(read, book, "กำหนดส่ง!D2")
    assert said.th.startswith(f"วันที่ส่งนี้บอกว่ายังส่งไม่ครบหรือยังไม่ผ่าน (“{word}”): ถ้ายังไม่ครบ เว้นว่างไว้")
    book.set("กำหนดส่ง", "D2", "18 มี.ค. 66 (ส่งครบ)")  # all sent: the day it was
    assert [(d.due, d.submitted) for d in plan_of(read, book).deadlines if d.activity_id == "1.1"] == [
        (date(2023, 3, 20), date(2023, 3, 18))
    ]


@pytest.mark.parametrize("typed", ["ยังไม่ส่ง", " รอส่ง ", "Not yet"])
def test_not_sent_yet_under_the_day_sent_is_no_day(read: Read, book: Book, typed: str) -> None:
    """ยังไม่ส่ง was "no date found": it says what an empty cell says. Under กำหนดส่ง it is still an error."""
    book.add("กำหนดส่ง", [list(HEADERS["กำหนดส่ง"]), ["1.1", "รายงาน", "20 มิ.ย. 2566", typed]])
    assert [(d.due, d.submitted) for d in plan_of(read, book).deadlines if d.activity_id == "1.1"] == [
        (date(2023, 6, 20), None)
    ]
    book.set("กำหนดส่ง", "C2", typed)
    assert "อ่านวันที่" in _error(read, book, "กำหนดส่ง!C2").th


def test_a_name_typed_with_its_own_number_reads_without_it(read: Read, book: Book) -> None:
    """The dashboard puts มาตรการที่ 1 before every measure's name: a name typed as the plan document heads it
    read มาตรการที่ 1 มาตรการที่ ๑ การขับเคลื่อน… on every chart. Another number, or nothing after it, stays."""
    book.set("มาตรการ", "B2", "มาตรการที่ ๑ การขับเคลื่อนองค์กร")
    book.set("มาตรการ", "B3", "มาตรการ 3: ไม่ใช่เลขของแถวนี้")
    book.add(
        "แนวทาง", [["มาตรการ", "แนวทาง", "ชื่อแนวทาง"], [1, "1.1", "แนวทางที่ ๑.๑ - สร้างความรู้"], [2, "2.1", "แนวทาง 2.1"]]
    )
    plan = plan_of(read, book)
    assert [m.name for m in plan.measures] == ["การขับเคลื่อนองค์กร", "มาตรการ 3: ไม่ใช่เลขของแถวนี้"]
    assert [g.name for g in plan.guidelines] == ["สร้างความรู้", "แนวทาง 2.1"]


def test_total_and_note_rows_are_skipped_with_a_warning(read: Read, book: Book) -> None:
    """A รวม row under the activities, a subtotal per measure, a หมายเหตุ line: each was "ไม่ได้ใส่ลำดับกิจกรรม"
    at a row nobody meant as an activity. Their figures are not used: the dashboard computes its own."""
    expected = plan_of(read, book)
    book.rows("กิจกรรม").insert(3, [None, None, "รวมมาตรการที่ 1", None, None, None, None, 75, None, None])
    book.rows("กิจกรรม").append(["รวม", None, "3 กิจกรรม", None, None, None, None, "=AVERAGE(H2:H4)", None, None])
    book.rows("กิจกรรม").append([None, None, None, None, None, None, None, None, None, "หมายเหตุ: ข้อมูลจากกลุ่มงาน"])
    book.rows("การมีส่วนร่วม").append(["รวม", None, 127, 139, None])
    result = read(book)
    assert result.plan is not None and result.errors == ()  # not even the total's formula saved without a value
    assert [a.activity_id for a in result.plan.activities] == [a.activity_id for a in expected.activities]
    assert [p.activity_id for p in result.plan.participation] == ["1.2"]
    assert [(w.location, w.th.split(" ไม่มีลำดับ")[0]) for w in result.warnings] == [
        ("กิจกรรม!A4", "แถว 4, 6, 7"),
        ("การมีส่วนร่วม!A3", "แถว 3"),
    ]


def test_a_note_row_that_moves_or_cancels_an_activity_is_kept_with_it_and_said(read: Read, book: Book) -> None:
    """A หมายเหตุ row under the activities moving 1.2 to 30 September was skipped with the totals: the dashboard
    kept the row's 30 July and called 1.2 overdue in August. Each note row naming an activity with a day, a move
    or a cancellation is kept in its remarks and said at its cell, as a Word plan's note is; a move to a day its
    row does not give is an error."""
    expected = plan_of(read, book)
    moved, cancelled = "หมายเหตุ: กิจกรรมที่ 1.2 เลื่อนกำหนดส่งเป็น 30 ก.ย. 66", "หมายเหตุ กิจกรรม ๒.๑ ยกเลิก"
    book.rows("กิจกรรม").append([None, moved])
    book.rows("กิจกรรม").append([None, None, cancelled])
    result = read(book)
    assert result.plan is None
    assert [(p.location, p.severity, p.value, p.th) for p in result.problems[1:]] == [
        (
            "กิจกรรม!B5",
            Severity.ERROR,
            moved,
            "หมายเหตุนี้บอกว่ากิจกรรม 1.2 เลื่อนหรือเปลี่ยนเป็น 30 ก.ย. 2566 แต่แถวของกิจกรรมในตารางให้กำหนดส่ง "
            "(1.2: 30 ก.ค. 2566): แก้วันที่ในแถวของกิจกรรมให้ถูกต้อง (หมายเหตุนอกแถวกิจกรรมไม่ได้อ่านเป็นกำหนดส่ง)",
        ),
        (
            "กิจกรรม!C6",
            Severity.WARNING,
            cancelled,
            "หมายเหตุนี้บอกว่ากิจกรรม 2.1 ยกเลิกหรือไม่ได้ดำเนินการ แต่แดชบอร์ดยังนับกิจกรรมนี้ในความสำเร็จและกำหนดส่ง: "
            "ถ้ายกเลิกแล้ว ให้ลบแถวของกิจกรรมออก (หมายเหตุเก็บไว้ในคอลัมน์หมายเหตุของกิจกรรม)",
        ),
    ]
    assert result.problems[0].location == "กิจกรรม!A5" and result.problems[0].th.startswith("แถว 5, 6 ไม่มีลำดับ")
    book.rows("กิจกรรม")[-2] = [None, "หมายเหตุ: กิจกรรมที่ 1.2 ดำเนินการร่วมกับกองคลัง"]  # changes nothing: left alone
    plan = plan_of(read, book)
    assert plan.activities == tuple(
        a._replace(remarks=cancelled) if a.activity_id == "2.1" else a for a in expected.activities
    )


def _column_after(rows: list[list[Any]], heading: str, cells: list[Any]) -> None:
    """A column after the activities' last, headed ``heading``, one cell per activity row (in order)."""
    rows[0].append(heading)
    for row, cell in zip(rows[1:], cells, strict=False):
        row += [None] * (len(rows[0]) - 1 - len(row)) + [cell]


def test_a_day_due_written_in_a_column_of_words_is_said(read: Read, book: Book) -> None:
    """ส่งรายงาน 30 มิ.ย. 66 under ระยะเวลา or หมายเหตุ: only กำหนดส่ง gives deadlines, so each was dropped without
    a word, and an activity whose กำหนดส่ง was empty was never due. A day its กำหนดส่ง also gives is nothing new."""
    rows = book.rows("กิจกรรม")
    rows[2][6] = None  # 1.2 has no กำหนดส่ง
    # 2.1's own day: nothing new
    _column_after(rows, "ระยะเวลา", ["ต.ค. 65 - มิ.ย. 66 ส่งรายงาน 30 มิ.ย. 66", "ส่ง ๓๑ ก.ค. ๖๖", "ตลอดปี ส่ง ๗ เม.ย. ๖๖"])
    result = read(book)
    assert [(p.location, p.severity, p.th) for p in result.problems] == [
        (
            "กิจกรรม!K2",
            Severity.WARNING,
            "คอลัมน์ ระยะเวลา บอกวันที่ต้องส่ง (30 มิ.ย. 2566) ที่ไม่อยู่ในกำหนดส่งของกิจกรรม 1.1 จึงไม่นับเป็นกำหนดส่ง: "
            "ถ้าเป็นกำหนดส่ง ใส่ในคอลัมน์ กำหนดส่ง ด้วย",
        ),
        (
            "กิจกรรม!K3",
            Severity.ERROR,
            "กิจกรรม 1.2 ไม่มีกำหนดส่ง แต่คอลัมน์ ระยะเวลา บอกวันที่ต้องส่ง (31 ก.ค. 2566): ใส่ในคอลัมน์ กำหนดส่ง "
            "(กำหนดส่งอ่านจากคอลัมน์ กำหนดส่ง เท่านั้น ไม่เช่นนั้นกิจกรรมนี้จะไม่มีวันครบกำหนด)",
        ),
    ]
    rows[2][6] = "ส่ง ๓๑ ก.ค. ๖๖"
    assert [p.location for p in read(book).problems] == ["กิจกรรม!K2"]


def test_a_day_due_written_as_no_later_than_before_or_the_end_of_the_year_in_words_is_said(
    read: Read, book: Book
) -> None:
    """``ไม่เกิน 31 มี.ค. 66``, ``ภายในสิ้นปีงบประมาณ`` under ระยะเวลา: no word of them (ไม่เกิน and ก่อน were no cue, the
    end of the fiscal year no day, and a text with no digit was not looked at), so 1.2, with no กำหนดส่ง, was never
    due. Figures as at the end of a month (ณ สิ้นเดือน) are no day due."""
    rows = book.rows("กิจกรรม")
    rows[2][6] = None  # 1.2 has no กำหนดส่ง
    _column_after(rows, "ระยะเวลา", ["ไม่เกิน 31 มี.ค. 66", "ภายในสิ้นปีงบประมาณ", "รายงานข้อมูล ณ สิ้นเดือน มี.ค. 66"])
    result = read(book)
    assert [(p.location, p.severity, p.th) for p in result.problems] == [
        (
            "กิจกรรม!K2",
            Severity.WARNING,
            "คอลัมน์ ระยะเวลา บอกวันที่ต้องส่ง (31 มี.ค. 2566) ที่ไม่อยู่ในกำหนดส่งของกิจกรรม 1.1 จึงไม่นับเป็นกำหนดส่ง: "
            "ถ้าเป็นกำหนดส่ง ใส่ในคอลัมน์ กำหนดส่ง ด้วย",
        ),
        (
            "กิจกรรม!K3",
            Severity.ERROR,
            "กิจกรรม 1.2 ไม่มีกำหนดส่ง แต่คอลัมน์ ระยะเวลา บอกวันที่ต้องส่ง (30 ก.ย. 2566): ใส่ในคอลัมน์ กำหนดส่ง "
            "(กำหนดส่งอ่านจากคอลัมน์ กำหนดส่ง เท่านั้น ไม่เช่นนั้นกิจกรรมนี้จะไม่มีวันครบกำหนด)",
        ),
    ]


def test_a_day_due_in_a_column_the_template_does_not_read_is_said(read: Read, book: Book) -> None:
    """``ส่ง 31 มี.ค. 66`` under ช่วงเวลา, a heading the template does not know: "not in the template" was all, and
    2.1, with no กำหนดส่ง, was never due."""
    rows = book.rows("กิจกรรม")
    rows[3][6] = None  # 2.1 has no กำหนดส่ง
    _column_after(rows, "ช่วงเวลา", [None, None, "ส่ง 31 มี.ค. 66"])
    result = read(book)
    assert [(p.location, p.severity, p.th) for p in result.problems] == [
        (
            "กิจกรรม!K1",
            Severity.WARNING,
            "คอลัมน์นี้ไม่อยู่ในรูปแบบแม่แบบ จึงไม่ถูกนำเข้า (ถ้าเป็นคอลัมน์ที่ต้องใช้ ให้แก้ชื่อให้ตรงกับแม่แบบ)",
        ),
        (
            "กิจกรรม!K4",
            Severity.ERROR,
            "กิจกรรม 2.1 ไม่มีกำหนดส่ง แต่คอลัมน์ ช่วงเวลา บอกวันที่ต้องส่ง (31 มี.ค. 2566): ใส่ในคอลัมน์ กำหนดส่ง "
            "(กำหนดส่งอ่านจากคอลัมน์ กำหนดส่ง เท่านั้น ไม่เช่นนั้นกิจกรรมนี้จะไม่มีวันครบกำหนด)",
        ),
    ]


@pytest.mark.parametrize("typed", ["วันที่ส่ง: 15 มี.ค. 66", "ส่งแล้ว 15 มี.ค. 66", "ได้ส่งเมื่อ 15 มี.ค. 66"])
def test_a_day_sent_written_in_a_column_of_words_is_no_day_due(read: Read, book: Book, typed: str) -> None:
    """1.2 has no กำหนดส่ง: a day sent in its หมายเหตุ was "no deadline, but หมายเหตุ gives a day due"."""
    book.rows("กิจกรรม")[2][6] = None
    book.set("กิจกรรม", "J3", typed)
    assert read(book).problems == ()


def test_a_day_due_in_a_column_of_words_that_cannot_be_read_is_said(read: Read, book: Book) -> None:
    """ส่งรายงาน 30 มิ.ย. 66 หรือ 15 ก.ค. 66 under ระยะเวลา: a choice of days was two deadlines in the words and so
    said; asked about, it gave no day, and was dropped without a word (1.2, with no กำหนดส่ง, never due)."""
    rows = book.rows("กิจกรรม")
    rows[2][6] = None  # 1.2 has no กำหนดส่ง
    said = ["ส่งรายงาน 30 มิ.ย. 66 หรือ 15 ก.ค. 66", "ส่งรายงาน 30 วันหลังจัดกิจกรรม (จัด 1 มิ.ย. 66)"]
    _column_after(rows, "ระยะเวลา", [*said, "จัดอบรม 2 รุ่น ส่งผู้แทนกลุ่มละ 3 คน"])  # the last: no date, prose
    result = read(book)
    assert [(p.location, p.severity, p.th) for p in result.problems] == [
        (
            "กิจกรรม!K2",
            Severity.WARNING,
            "คอลัมน์ ระยะเวลา บอกวันที่ต้องส่งที่อ่านไม่ได้ (“ส่งรายงาน 30 มิ.ย. 66 หรือ 15 ก.ค. 66” ให้เลือกวันที่ต้องส่ง "
            "(30 มิ.ย. 66 หรือ 15 ก.ค. 66): พิมพ์วันที่ต้องส่งวันเดียว เช่น 15 ก.ค. 2566 (ถ้าต้องส่งหลายครั้ง คั่นด้วยจุลภาค)) "
            "ที่ไม่อยู่ในกำหนดส่งของกิจกรรม 1.1 จึงไม่นับเป็นกำหนดส่ง: ถ้าเป็นกำหนดส่ง ใส่ในคอลัมน์ กำหนดส่ง ด้วย",
        ),
        (
            "กิจกรรม!K3",
            Severity.ERROR,
            "กิจกรรม 1.2 ไม่มีกำหนดส่ง แต่คอลัมน์ ระยะเวลา บอกวันที่ต้องส่งที่อ่านไม่ได้ (“ส่งรายงาน 30 วันหลังจัดกิจกรรม "
            "(จัด 1 มิ.ย. 66)” นับกำหนดส่งจากวันอื่น (30 วันหลัง): พิมพ์วันที่ครบกำหนดเอง เช่น 29 มิ.ย. 2566 "
            "(ระบบไม่คำนวณวันครบกำหนดให้ เพราะการนับวันทำการและวันแรกต่างกันไป)): ใส่ในคอลัมน์ กำหนดส่ง "
            "(กำหนดส่งอ่านจากคอลัมน์ กำหนดส่ง เท่านั้น ไม่เช่นนั้นกิจกรรมนี้จะไม่มีวันครบกำหนด)",
        ),
    ]


def test_a_day_sent_beside_the_activities_is_asked_for_in_the_deadlines_sheet(read: Read, book: Book) -> None:
    """A วันที่ส่ง column in the activities sheet was "not in the template" and nothing more: every deadline it
    said was sent showed as not sent, and overdue once due. Where the กำหนดส่ง sheet marks it sent, nothing is
    lost; a row not sent (ยังไม่ส่ง, empty) says nothing."""
    rows = book.rows("กิจกรรม")
    _column_after(rows, "วันที่ส่ง", [datetime(2023, 3, 18), "ยังไม่ส่ง", "✓"])
    said = "คอลัมน์ วันที่ส่ง ไม่มีในแผ่นงานกิจกรรมของแบบฟอร์ม จึงไม่ได้นำเข้า และกำหนดส่งของกิจกรรม {} จะแสดงว่ายังไม่ส่ง"
    result = read(book)
    assert [(e.location, e.shown_value) for e in result.errors] == [
        ("กิจกรรม!K2", "18 มีนาคม 2566"),
        ("กิจกรรม!K4", "✓"),
    ]
    assert [e.th.startswith(said.format(aid)) for e, aid in zip(result.errors, ["1.1", "2.1"], strict=True)] == [
        True,
        True,
    ]
    book.add("กำหนดส่ง", [list(HEADERS["กำหนดส่ง"]), ["1.1", "รายงาน", "20 มิ.ย. 2566", as_date(date(2023, 3, 18))]])
    assert [e.location for e in read(book).errors] == ["กิจกรรม!K4"]  # 1.1 is marked sent where the form keeps it


def test_people_who_took_part_beside_the_activities_are_asked_for_in_the_participation_sheet(
    read: Read, book: Book
) -> None:
    """ผู้เข้าร่วม (คน) beside the activities was "not in the template" and nothing more: the activity had no
    participation. 1.2's row in การมีส่วนร่วม keeps its figures; a cell with no number says nothing."""
    rows = book.rows("กิจกรรม")
    rows[0] += ["ผู้เข้าร่วม (คน)", "ร้อยละผู้เข้าร่วม"]
    for row, given in zip(rows[1:], [[40, None], [127, 91.36], ["-", "ร้อยละ ๘๐"]], strict=True):
        row += [None] * (len(rows[0]) - 2 - len(row)) + given
    errors = read(book).errors
    assert [(e.location, e.shown_value) for e in errors] == [("กิจกรรม!K2", "40"), ("กิจกรรม!L4", "ร้อยละ ๘๐")]
    assert errors[0].th == (
        "คอลัมน์ ผู้เข้าร่วม (คน) ไม่มีในแผ่นงานกิจกรรมของแบบฟอร์ม จึงไม่ได้นำเข้า และกิจกรรม 1.1 จะไม่มีผลการมีส่วนร่วม: "
        "ใส่จำนวนผู้เข้าร่วมและบุคลากรทั้งหมดในแผ่นงาน การมีส่วนร่วม แล้วลบคอลัมน์นี้"
    )


@pytest.mark.parametrize("numbers", [[f"({n})" for n in range(1, 11)], list(range(1, 11))])
def test_a_row_numbering_the_columns_under_the_header_is_skipped_and_said(
    read: Read, book: Book, numbers: list[object]
) -> None:
    """(1) | (2) | (3) … under the header, as forms print it: an error at the มาตรการ, กำหนดส่ง and ผล cells of a row
    that is no activity, and the file refused."""
    expected = read(book).plan
    book.rows("กิจกรรม").insert(1, numbers)
    result = read(book)
    assert [(p.location, p.severity, p.th) for p in result.problems] == [
        (
            "กิจกรรม!A2",
            Severity.WARNING,
            "แถว 2 เป็นเลขลำดับของคอลัมน์ใต้หัวตาราง ((1), (2), (3) …) ไม่ใช่ข้อมูล: ข้ามแถวเหล่านี้",
        )
    ]
    assert result.plan is not None and expected is not None
    assert [a._replace(source="") for a in result.plan.activities] == [
        a._replace(source="") for a in expected.activities
    ]


def test_a_name_that_begins_with_another_number_than_its_id_is_said(read: Read, book: Book) -> None:
    """ลำดับ 1.1 beside ``1.2 กิจกรรมแรก``: the row's figures were 1.1's on every page, where the person reads 1.2."""
    book.set("กิจกรรม", "C2", "1.2 กิจกรรมแรก")
    book.set("กิจกรรม", "C3", "๑.๒ กิจกรรมสอง")  # its own number, in Thai digits: nothing to say
    result = read(book)
    assert [(p.location, p.severity, p.th) for p in result.problems] == [
        (
            "กิจกรรม!B2",
            Severity.WARNING,
            "ลำดับ 1.1 แต่ชื่อกิจกรรมขึ้นต้นด้วย 1.2: อ่านเป็นกิจกรรม 1.1 ตามคอลัมน์ ลำดับ ถ้าไม่ถูก แก้เลขให้ตรงกัน (หรือลบเลขออกจากชื่อ)",
        )
    ]


def test_a_status_column_that_says_cancelled_is_said_at_each_cell(read: Read, book: Book) -> None:
    """A สถานะ column not in the template was "not read", and an activity it said was cancelled counted as not
    done, and overdue, without a word of what it said."""
    rows = book.rows("กิจกรรม")
    _column_after(rows, "สถานะ", ["ดำเนินการแล้ว", "ยกเลิก", "งดจัดกิจกรรม"])
    result = read(book)
    assert result.errors == ()
    assert [(p.location, p.th) for p in result.warnings] == [
        ("กิจกรรม!K1", "คอลัมน์นี้ไม่อยู่ในรูปแบบแม่แบบ จึงไม่ถูกนำเข้า (ถ้าเป็นคอลัมน์ที่ต้องใช้ ให้แก้ชื่อให้ตรงกับแม่แบบ)"),
        *(
            (
                f"กิจกรรม!K{row}",
                f"คอลัมน์ สถานะ บอกว่ากิจกรรม {aid} ยกเลิกหรือไม่ได้ดำเนินการ แต่แดชบอร์ดยังนับกิจกรรมนี้ในความสำเร็จและกำหนดส่ง: "
                "ถ้ายกเลิกแล้ว ให้ลบแถวของกิจกรรมออก (คอลัมน์นี้ไม่ได้นำเข้า)",
            )
            for row, aid in ((3, "1.2"), (4, "2.1"))
        ),
    ]


def test_a_signature_at_the_foot_of_the_sheet_is_skipped_with_a_warning(read: Read, book: Book) -> None:
    """Official forms end with a signature block (ลงชื่อ …… ผู้รายงาน, the name in brackets, ตำแหน่ง, วันที่): each
    row was "ไม่ได้ใส่ลำดับกิจกรรม" and the file was refused."""
    expected = plan_of(read, book)
    rows = book.rows("กิจกรรม")
    rows.append([])
    rows.append([None, None, "ลงชื่อ ........................................ ผู้รายงาน"])
    rows.append([None, "(นางสาวทดสอบ ระบบดี)"])  # in the ลำดับ column, as a merged cell keeps it
    rows.append([None, None, "ตำแหน่ง นักจัดการงานทั่วไปชำนาญการ"])
    rows.append([None, None, "วันที่ 31 มีนาคม 2566"])
    result = read(book)
    assert result.errors == () and result.plan == expected
    [warning] = result.warnings
    assert warning.location == "กิจกรรม!A6" and warning.th.startswith("แถว 6, 7, 8, 9 ไม่มีลำดับ")
    assert "ลงชื่อ" in warning.th and "sign the table" in warning.en
    rows.append([1, "1.3", "กิจกรรมหลังลายมือชื่อ", None, None, None, None, 10, None, None])  # an id: always read
    assert "1.3" in {a.activity_id for a in plan_of(read, book).activities}


def test_an_activity_whose_name_begins_with_ruam_and_has_no_id_is_still_asked_for_its_id(
    read: Read, book: Book
) -> None:
    book.rows("กิจกรรม").append([1, None, "รวมพลังต้านทุจริต", None, None, None, None, 10, None, None])
    assert "ลำดับ" in _error(read, book, "กิจกรรม!B5").th


def _without_measure_column(book: Book) -> Book:
    for row in book.rows("กิจกรรม"):
        del row[0]
    return book


def test_with_no_measure_column_the_measure_is_the_first_number_of_each_id(read: Read, book: Book) -> None:
    """As the plan document lays out its table: each measure a heading, its activities numbered ๑.๑, ๑.๒ under it,
    a total under them, and no มาตรการ column. It was "missing column มาตรการ" and nothing read."""
    expected = plan_of(read, book)
    rows = _without_measure_column(book).rows("กิจกรรม")
    rows.insert(1, ["มาตรการที่ ๑ มาตรการที่หนึ่ง"])
    rows[2][0], rows[3][0] = "๑.๑", "๑.๒"
    rows.insert(4, ["มาตรการที่ ๒ มาตรการที่สอง"])
    rows.append([None, "รวม 3 กิจกรรม"])
    result = read(book)
    assert result.plan is not None and result.errors == ()
    assert [(a.activity_id, a.measure, a.name) for a in result.plan.activities] == [
        (a.activity_id, a.measure, a.name) for a in expected.activities
    ]
    assert [w.location for w in result.warnings] == ["กิจกรรม!A7", "กิจกรรม!A1", "กิจกรรม!A2"]  # total, measures, headings
    assert "อ่านเลขมาตรการจากเลขแรกของลำดับกิจกรรม" in result.warnings[1].th


def test_with_no_measure_column_ids_that_do_not_give_it_leave_the_column_missing(read: Read, book: Book) -> None:
    _without_measure_column(book).rows("กิจกรรม")[3][0] = "3"  # 1.1, 1.2 and 3: not every id gives its measure
    assert "ไม่พบคอลัมน์ “มาตรการ”" in _error(read, book, "กิจกรรม!J1").th


def test_with_no_measure_column_an_id_under_a_guideline_gives_its_measure_too(read: Read, book: Book) -> None:
    rows = _without_measure_column(book).rows("กิจกรรม")
    rows[1][0], rows[2][0], rows[3][0] = "1.1.1", "๑.๑.๒", "2.1.1"  # activities numbered under guidelines 1.1, 2.1
    book.set("การมีส่วนร่วม", "A2", "1.1.2")
    assert [(a.activity_id, a.measure) for a in plan_of(read, book).activities] == [
        ("1.1.1", 1),
        ("1.1.2", 1),
        ("2.1.1", 2),
    ]


def test_a_measure_read_from_an_id_is_checked_at_the_id(read: Read, book: Book) -> None:
    _without_measure_column(book).rows("กิจกรรม")[3][0] = "4.1"  # no measure 4
    assert "ไม่มีมาตรการ 4" in _error(read, book, "กิจกรรม!A4").th


@pytest.mark.parametrize("typed", ["- กลุ่มงานวินัย", "● กลุ่มงานวินัย", "1. กลุ่มงานวินัย", " กลุ่มงานวินัย\n"])
def test_a_participation_group_marked_as_a_list_item_is_the_group(read: Read, book: Book, typed: str) -> None:
    """The same name as the ผู้รับผิดชอบ cells give it: "- กลุ่มงานวินัย" was a group of its own, which an
    activity for every กลุ่มงาน did not reach and the duplicate check did not see."""
    book.set("การมีส่วนร่วม", "B2", typed)
    assert [p.group for p in plan_of(read, book).participation] == ["กลุ่มงานวินัย"]
    book.rows("การมีส่วนร่วม").append(["1.2", "กลุ่มงานวินัย", 1, 2, None])
    assert "ซ้ำกับแถว 2" in _error(read, book, "การมีส่วนร่วม!B3").th


def test_the_template_s_examples_left_beside_real_rows_are_skipped() -> None:
    """The template's example participation row (8 of 10 people of ตัวอย่าง: กลุ่มงานบริหารทั่วไป) showed on
    the participation page as a group of the plan, and its example measure as a measure with no activities."""
    from ita_core.workbook.writer import template_rows, workbook_bytes

    rows = template_rows()
    untouched = read_workbook(workbook_bytes(rows))
    assert untouched.plan is not None and "มีแต่แถวตัวอย่าง" in untouched.warnings[0].th  # still reads, and says so
    rows.measures.append({"number": 2, "name": "มาตรการจริง"})
    rows.activities.append({"measure": 2, "activity_id": "2.1", "name": "กิจกรรมจริง", "responsible": "คณะทำงานสำนัก"})
    rows.participation.append({"activity_id": "2.1", "group": "กลุ่มงานคลัง", "participants": 5, "headcount": 9})
    result = read_workbook(workbook_bytes(rows))
    assert result.plan is not None and result.errors == ()
    assert [a.activity_id for a in result.plan.activities] == ["2.1"]
    assert [(p.activity_id, p.group) for p in result.plan.participation] == [("2.1", "กลุ่มงานคลัง")]
    assert [m.number for m in result.plan.measures] == [2]
    assert [d.activity_id for d in result.plan.deadlines] == []  # the example's ส่ง ๒๐ มิถุนายน ๒๕๖๖ went with it
    (warning,) = [w for w in result.warnings if "ตัวอย่าง" in w.th]
    assert warning.location == "กิจกรรม!B2" and "กิจกรรม!B2, การมีส่วนร่วม!A2" in warning.th


@pytest.mark.parametrize("copy", ["กิจกรรม (2)", "กิจกรรม สำเนา", "กิจกรรม_old", "Activities - Copy"])
def test_a_copy_of_a_sheet_beside_it_is_an_error(read: Read, book: Book, copy: str) -> None:
    """Excel names a copied sheet กิจกรรม (2); a person who updated the copy saw the dashboard show the old
    sheet's figures without a word (the copy was not read)."""
    import copy as copying

    book.add(copy, copying.deepcopy(book.rows("กิจกรรม"))).set(copy, "H3", 90)
    problem = _error(read, book, copy)
    assert f"“{copy}” ดูเป็นสำเนาของแผ่นงาน “กิจกรรม”" in problem.th


def test_another_year_s_sheet_or_a_copy_alone_is_not_called_a_copy(read: Read, book: Book) -> None:
    import copy as copying

    book.add("กิจกรรม 2565", copying.deepcopy(book.rows("กิจกรรม")))  # last year's, kept for reference
    assert read(book).plan is not None
    book.sheets["มาตรการ (2)"] = book.sheets.pop("มาตรการ")  # renamed, no original: the sheet is missing
    assert [p.th.split(":")[0] for p in read(book).errors] == ["ไม่พบแผ่นงาน “มาตรการ” (measures)"]


@pytest.mark.parametrize(
    "name", ["กิจกรรม (เพิ่มเติม)", "กิจกรรม มาตรการ 3", "กิจกรรม_ไตรมาส2", "กิจกรรม 2565", "Activities Q2"]
)
def test_a_sheet_named_after_one_that_is_read_is_said_not_to_be_read(read: Read, book: Book, name: str) -> None:
    """Activities kept in a sheet of their own (กิจกรรม (เพิ่มเติม)) were left out of the plan without a word.
    Said, not refused: it may be last year's sheet kept for reference."""
    import copy as copying

    rows = copying.deepcopy(book.rows("กิจกรรม"))
    book.add(name, [rows[0], [2, "2.2", "กิจกรรมเพิ่ม", None, None, "กลุ่มงานวินัย", "30/9/2566", 50, None, None]])
    result = read(book)
    assert result.errors == () and [a.activity_id for a in result.plan.activities] == ["1.1", "1.2", "2.1"]
    (warning,) = result.warnings
    assert (warning.sheet, warning.severity) == (name, Severity.WARNING)
    assert f"แผ่นงาน “{name}” ไม่ได้อ่าน: แผนอ่านจากแผ่นงาน “กิจกรรม” เท่านั้น" in warning.th and "not read" in warning.en
    book.sheets[name] = [["บันทึกของผู้ประสานงาน"]]
    book.sheets["Sheet1"] = book.sheets.pop(name)  # a sheet of any other name: not the plan's business
    assert read(book).problems == ()


@pytest.mark.parametrize(
    ("name", "title_rows", "kind", "header", "cell"),
    [
        ("Sheet1", [], "กิจกรรม", HEADERS["กิจกรรม"], "A1"),
        ("แผ่นงานเพิ่ม", [["กิจกรรมที่เพิ่มหลังอนุมัติแผน"], []], "กิจกรรม", HEADERS["กิจกรรม"], "A3"),
        ("ไตรมาส 2", [["ผลไตรมาส 2"]], "การมีส่วนร่วม", HEADERS["การมีส่วนร่วม"], "A2"),
        ("ส่งงาน", [], "กำหนดส่ง", ["", *HEADERS["กำหนดส่ง"]], "B1"),
    ],
)
def test_a_table_of_the_plan_in_a_sheet_not_read_is_said(
    read: Read, book: Book, name: str, title_rows: list[list[Any]], kind: str, header: list[str], cell: str
) -> None:
    """Activities (or participation, or deadlines) kept in ``Sheet1`` beside the sheets that are read were
    left out of the plan without a word: the sheet was never looked at. Its first rows are now, and a header
    of the plan's columns there is a warning at its first title naming the sheet it belongs in. The plan read
    is the same."""
    before = read(book).plan
    book.add(name, [*title_rows, list(header), ["", 2, "2.2", "กิจกรรมเพิ่ม", None, None, "กลุ่มงานวินัย"]])
    result = read(book)
    assert result.errors == () and result.plan == replace(before, warnings=result.warnings)
    (warning,) = result.warnings
    assert (warning.sheet, warning.cell, warning.severity) == (name, cell, Severity.WARNING)
    titles = ", ".join(h for h in header if h)
    assert warning.th.startswith(f"แผ่นงาน “{name}” ไม่ได้อ่าน แต่มีตารางที่หัวคอลัมน์เหมือนแผ่นงาน “{kind}” (")
    assert f"ให้ย้ายไปไว้ในแผ่นงาน “{kind}”" in warning.th and f"of the sheet “{kind}”" in warning.en
    shown = [t.strip() for t in warning.en.split("(", 1)[1].split("):", 1)[0].replace(" and ", ", ").split(", ")]
    assert titles.startswith(", ".join(shown[:4]))  # the first four titles, then how many more


@pytest.mark.parametrize(
    "rows",
    [
        [["ลำดับ", "เรื่อง", "หมายเหตุ"], [1, "ประชุมคณะทำงาน", "เลื่อน"]],  # two of a table's titles: a list
        [["มาตรการ"], ["ลำดับ"], ["โครงการ/กิจกรรม"], ["ผลผลิต"]],  # titles down a column: a glossary
        [["หมายเหตุ: ข้อมูลไตรมาส 2 ส่งแยก"]],
    ],
)
def test_a_sheet_not_read_that_holds_no_table_of_the_plan_is_not_said(read: Read, book: Book, rows: list) -> None:
    book.add("Sheet1", rows)
    assert read(book).problems == ()


def test_a_weekday_that_is_not_its_date_s_is_said_at_its_cell(read: Read, book: Book) -> None:
    """วันศุกร์ที่ 30 ก.ย. 66 is a Saturday: a deadline a day from the one meant if the weekday was right, read
    without a word. The date is read as its numbers say, and each such cell is a warning, in the กิจกรรม and
    กำหนดส่ง sheets alike; a weekday that is its date's is nothing."""
    book.set("กิจกรรม", "G3", "วันศุกร์ที่ 30 ก.ย. 66").set("กิจกรรม", "G4", "ศ. ๗ เม.ย. ๖๖")  # a Friday: nothing
    book.add("กำหนดส่ง", [list(HEADERS["กำหนดส่ง"]), ["1.1", "รายงาน", "20 มิ.ย. 66 (ศ.)", None]])
    result = read(book)
    assert result.errors == ()
    assert [(p.location, p.value, p.severity) for p in result.warnings] == [
        ("กิจกรรม!G3", "วันศุกร์ที่ 30 ก.ย. 66", Severity.WARNING),
        ("กำหนดส่ง!C2", "20 มิ.ย. 66 (ศ.)", Severity.WARNING),
    ]
    assert all("แต่เขียนไว้ว่า" in p.th and "is a" in p.en for p in result.warnings)
    assert [(d.activity_id, d.due) for d in result.plan.deadlines] == [
        ("2.1", date(2023, 4, 7)),
        ("1.1", date(2023, 6, 20)),
        ("1.2", date(2023, 9, 30)),
    ]


def test_an_earlier_date_said_moved_is_not_a_deadline_and_is_said(read: Read, book: Book) -> None:
    """1.2 due 30 ก.ย. 66 (เลื่อนจาก 31 ส.ค. 66) had a second deadline on 31 August, overdue once it passed."""
    book.set("กิจกรรม", "G3", "30 ก.ย. 66 (เลื่อนจาก 31 ส.ค. 66)")
    book.add("กำหนดส่ง", [list(HEADERS["กำหนดส่ง"]), ["1.1", "รายงาน", "31 พ.ค. 66 → 20 มิ.ย. 66", None]])
    result = read(book)
    assert result.errors == ()
    assert [(d.activity_id, d.due) for d in result.plan.deadlines] == [
        ("2.1", date(2023, 4, 7)),
        ("1.1", date(2023, 6, 20)),
        ("1.2", date(2023, 9, 30)),
    ]
    assert [(p.location, p.th.split(" ส่วน ")[0]) for p in result.warnings] == [
        ("กิจกรรม!G3", "อ่านกำหนดส่งเป็น 30 ก.ย. 2566"),
        ("กำหนดส่ง!C2", "อ่านกำหนดส่งเป็น 20 มิ.ย. 2566"),
    ]


def test_days_listed_before_one_month_are_each_due_and_a_lone_day_is_asked(read: Read, book: Book) -> None:
    """``15 และ 30 ก.ย. 66`` was one deadline, on the 30th, labelled "15 และ": the 15th was never due on the
    dashboard. ``15/30 ก.ย. 66`` is asked, not read."""
    book.set("กิจกรรม", "G3", "ส่ง 15 และ 30 ก.ย. 66")
    book.add("กำหนดส่ง", [list(HEADERS["กำหนดส่ง"]), ["1.1", "รายงาน", "วันที่ ๕, ๒๐ มิ.ย. ๖๖", None]])
    result = read(book)
    assert result.errors == () and result.warnings == ()
    assert [(d.activity_id, d.item, d.due) for d in result.plan.deadlines] == [
        ("2.1", "", date(2023, 4, 7)),
        ("1.1", "รายงาน", date(2023, 6, 5)),
        ("1.1", "รายงาน", date(2023, 6, 20)),
        ("1.2", "", date(2023, 9, 15)),
        ("1.2", "", date(2023, 9, 30)),
    ]
    book.set("กิจกรรม", "G3", "15/30 ก.ย. 66")
    assert "วันที่ 15 ที่ไม่ได้บอกเดือนและปี" in problem_at(read(book), "กิจกรรม!G3").th


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("ส่งแล้ว 30 ก.ย. 66", "ส่งหรือทำแล้ว (“ส่งแล้ว”)"),
        ("30 ก.ย. 66 (เสร็จแล้ว)", "ส่งหรือทำแล้ว (“เสร็จแล้ว”)"),
        ("30 ก.ย. 66 ✓", "ส่งหรือทำแล้ว (“✓”)"),
        ("ยกเลิก", "ยกเลิกแล้ว"),
        ("ส่ง 30 ก.ย. 66 (ยกเลิกแล้ว)", "ยกเลิกแล้ว"),
        # the day sent was one more deadline, and the day due still not sent
        ("30 ก.ย. 66 / ส่งจริง 2 ต.ค. 66", "ส่งหรือทำแล้ว (“ส่งจริง”)"),
        ("ส่ง 30 ก.ย. 66 ได้ส่งเมื่อ ๒๘ ก.ย. ๖๖", "ส่งหรือทำแล้ว (“ได้ส่งเมื่อ”)"),
        ("ส่ง 30 ก.ย. 66 (ไม่ต้องส่ง)", "ยกเลิกแล้วหรือไม่ต้องส่ง"),  # due, and overdue, all the same
    ],
)
def test_a_deadline_that_says_it_was_sent_or_cancelled_is_asked_not_shown_as_due(
    read: Read, book: Book, typed: str, says: str
) -> None:
    """ส่งแล้ว 30 ก.ย. 66 under กำหนดส่ง was a deadline not sent, overdue on the dashboard after 30 September."""
    book.set("กิจกรรม", "G3", typed)
    (error,) = read(book).errors
    assert (error.location, error.value) == ("กิจกรรม!G3", typed)
    assert f"กำหนดส่งนี้บอกว่า{says}" in error.th


@pytest.mark.parametrize("typed", ["ส่ง 31 ส.ค. 66 หรือ 30 ก.ย. 66", "ส่ง 31 ส.ค. 66 (หากตรงกับวันหยุดให้ส่ง 1 ก.ย. 66)"])
def test_a_choice_of_days_due_is_asked_at_its_cell_and_nothing_of_it_is_due(read: Read, book: Book, typed: str) -> None:
    """Read as two deadlines, 31 August was overdue from 1 September whichever day was meant."""
    book.set("กิจกรรม", "G3", typed)
    (error,) = read(book).errors
    assert (error.location, error.value) == ("กิจกรรม!G3", typed)
    assert error.th.startswith(f"“{typed}” ") and "พิมพ์วันที่ต้องส่ง" in error.th


@pytest.mark.parametrize("typed", ["ดำเนินการแล้วเสร็จภายใน 30 ก.ย. 66", "ยังไม่ส่ง ครบกำหนด 30 ก.ย. 66", "ส่งเมื่อ 30 ก.ย. 66"])
def test_words_of_a_deadline_still_due_are_not_taken_for_sent(read: Read, book: Book, typed: str) -> None:
    book.set("กิจกรรม", "G3", typed)
    assert [d.due for d in plan_of(read, book).deadlines if d.activity_id == "1.2"] == [date(2023, 9, 30)]


def test_activities_numbered_under_another_are_said_to_count_on_their_own(read: Read, book: Book) -> None:
    """1.2.1 and 1.2.2 under 1.2 were three activities in the measure's completion, without a word: if they are
    1.2's steps, the plan's figures counted them twice. Said once, at the first; the plan is read as typed."""
    rows = book.rows("กิจกรรม")
    rows.append([1, "1.2.1", "ขั้นที่หนึ่ง", None, None, "คณะทำงานสำนัก", "30/9/2566", 20, None, None])
    rows.append([1, "1.2.2", "ขั้นที่สอง", None, None, "คณะทำงานสำนัก", "30/9/2566", 100, None, None])
    rows.append([1, "1.3.1", "ไม่มี 1.3", None, None, "คณะทำงานสำนัก", "30/9/2566", 0, None, None])  # no 1.3: nothing
    result = read(book)
    assert [a.activity_id for a in result.plan.activities] == ["1.1", "1.2", "2.1", "1.2.1", "1.2.2", "1.3.1"]
    (warning,) = result.warnings
    assert (warning.location, warning.value) == ("กิจกรรม!B5", "1.2.1")
    assert warning.th.startswith("กิจกรรม 1.2.1, 1.2.2 มีลำดับอยู่ใต้กิจกรรม 1.2: นับเป็นกิจกรรมแยกกันทุกข้อ (3 กิจกรรม)")
    assert "numbered under activity 1.2" in warning.en


def test_ids_written_with_the_word_of_a_list_are_their_numbers(read: Read, book: Book) -> None:
    """ข้อ 1.2 was activity "ข้อ1.2" on every page, and the participation row for 1.2 named no activity."""
    same = plan_of(read, book)
    book.set("กิจกรรม", "B3", "ข้อ 1.2").set("กิจกรรม", "B4", "(2.1)")
    assert read(book).problems == () and read(book).plan == same


def test_a_deadline_listed_twice_is_counted_once(read: Read, book: Book) -> None:
    """Two rows of the กำหนดส่ง sheet for one deadline (activity, item, day) were two deadlines due, and twice
    overdue once it passed; a day written twice in a cell, two too. Read once, the repeat row said."""
    row = ["1.1", "รายงาน", "20 มิ.ย. 66", None]
    book.add("กำหนดส่ง", [list(HEADERS["กำหนดส่ง"]), row, list(row)]).set("กิจกรรม", "G3", "30 ก.ค. 66 และ 30 ก.ค. 66")
    result = read(book)
    assert [(d.activity_id, d.due) for d in result.plan.deadlines] == [
        ("2.1", date(2023, 4, 7)),
        ("1.1", date(2023, 6, 20)),
        ("1.2", date(2023, 7, 30)),
    ]
    (warning,) = result.warnings
    assert warning.location == "กำหนดส่ง!C3" and warning.th.startswith("กำหนดส่งนี้ซ้ำกับแถว 2")


def test_a_deadline_listed_twice_with_two_days_sent_is_asked_which(read: Read, book: Book) -> None:
    row = ["1.1", "รายงาน", "20 มิ.ย. 66", "18 มี.ค. 66"]
    book.add("กำหนดส่ง", [list(HEADERS["กำหนดส่ง"]), row, [*row[:3], None]])
    (error,) = read(book).errors
    assert error.location == "กำหนดส่ง!D3" and error.th.startswith("กำหนดส่งนี้ซ้ำกับแถว 2 แต่วันที่ส่งต่างกัน")


def _with_activity_ten(book: Book) -> Book:
    """Activities 1.1 and 1.10 (typed as text, as the template keeps it) and a กำหนดส่ง sheet."""
    book.rows("กิจกรรม").append([1, "1.10", "กิจกรรมสิบ", None, None, "คณะทำงานสำนัก", None, None, None, None])
    return book.add("กำหนดส่ง", [list(HEADERS["กำหนดส่ง"]), ["1.10", "รายงานผล", "30 มิ.ย. 2566", None]])


@pytest.mark.parametrize("sheet", ["กำหนดส่ง", "การมีส่วนร่วม"])
def test_an_id_typed_as_a_number_that_may_have_lost_its_zero_is_asked_not_guessed(
    read: Read, book: Book, sheet: str
) -> None:
    """1.10 typed as a number is 1.1 to Excel: where the plan has both 1.1 and 1.10, such a row would have
    been counted for 1.1 without a word (1.10's deadline shown as 1.1's)."""
    _with_activity_ten(book).set(sheet, "A2", 1.10)
    problem = _error(read, book, f"{sheet}!A2")
    assert "เป็นตัวเลข" in problem.th and "1.10" in problem.th and "'1.1" in problem.th
    assert "ข้อความ (Text)" in problem.th
    assert len(read(book).errors) == 1


def test_an_id_typed_as_text_names_its_activity_even_beside_one_ending_in_zero(read: Read, book: Book) -> None:
    plan = plan_of(read, _with_activity_ten(book).set("กำหนดส่ง", "A3", "1.1").set("กำหนดส่ง", "C3", "31 ก.ค. 2566"))
    assert {(d.activity_id, d.due) for d in plan.deadlines if d.activity_id in {"1.1", "1.10"}} == {
        ("1.1", date(2023, 7, 31)),
        ("1.10", date(2023, 6, 30)),
    }


def test_an_id_typed_as_a_number_with_no_activity_to_mistake_it_for_is_read(read: Read, book: Book) -> None:
    """1.2 as a number is 1.2: no activity 1.20 to have lost its 0."""
    plan = plan_of(read, _with_activity_ten(book).set("กำหนดส่ง", "A3", 1.2).set("กำหนดส่ง", "C3", "31 ก.ค. 2566"))
    assert ("1.2", date(2023, 7, 31)) in [(d.activity_id, d.due) for d in plan.deadlines]


def test_an_unknown_id_that_may_have_lost_its_zero_says_so(read: Read, book: Book) -> None:
    book.rows("กิจกรรม")[1][1] = "1.5"  # no 1.1 now: 1.10 typed as a number is unknown
    _with_activity_ten(book).set("กำหนดส่ง", "A2", 1.10)
    problem = _error(read, book, "กำหนดส่ง!A2")
    assert "ไม่มีกิจกรรมลำดับ 1.1" in problem.th and "ถ้าหมายถึง 1.10" in problem.th
    book.set("กำหนดส่ง", "A2", "1.1")  # typed as text: Excel cut nothing
    assert "ถ้าหมายถึง" not in _error(read, book, "กำหนดส่ง!A2").th


def _with_guideline_ten(book: Book) -> Book:
    """Guidelines 1.1 and 1.10 (typed as text), each activity naming its guideline in a แนวทาง column (K)."""
    rows = book.rows("กิจกรรม")
    rows[0].append("แนวทาง")
    for row, gid in zip(rows[1:], ["1.1", "1.10", "2.1"], strict=True):
        row.append(gid)
    guidelines = [[1, "1.1", "แนวทางหนึ่ง"], [1, "1.10", "แนวทางสิบ"], [2, "2.1", "แนวทางสอง"]]
    return book.add("แนวทาง", [["มาตรการ", "แนวทาง", "ชื่อแนวทาง"], *guidelines])


def test_a_guideline_typed_as_a_number_that_may_have_lost_its_zero_is_asked_not_guessed(read: Read, book: Book) -> None:
    """1.10 typed as a number under แนวทาง is 1.1 to Excel: the activity was counted under guideline 1.1,
    without a word, where the plan has both."""
    assert [a.guideline for a in plan_of(read, _with_guideline_ten(book)).activities] == ["1.1", "1.10", "2.1"]
    book.set("กิจกรรม", "K3", 1.10)
    problem = _error(read, book, "กิจกรรม!K3")
    assert "แนวทาง 1.1 เป็นตัวเลข" in problem.th and "'1.1" in problem.th and "ถ้าหมายถึง 1.10" in problem.th
    assert "จัดรูปแบบคอลัมน์ แนวทาง เป็นข้อความ" in problem.th and "format the แนวทาง column as Text" in problem.en
    assert len(read(book).errors) == 1
    book.set("กิจกรรม", "K3", "1.10").set("กิจกรรม", "K4", 2.1)  # a number, but no 2.10: read as typed
    assert [a.guideline for a in plan_of(read, book).activities] == ["1.1", "1.10", "2.1"]


def test_an_unknown_guideline_that_may_have_lost_its_zero_says_so(read: Read, book: Book) -> None:
    _with_guideline_ten(book).rows("แนวทาง").pop(1)  # only 1.10 now
    book.set("กิจกรรม", "K2", "1.10").set("กิจกรรม", "K3", 1.10)
    problem = _error(read, book, "กิจกรรม!K3")
    assert "ไม่มีแนวทาง 1.1 ในแผ่นงาน แนวทาง" in problem.th and "ถ้าหมายถึง 1.10" in problem.th


def test_a_repeated_guideline_that_may_have_lost_its_zero_is_not_to_be_deleted(read: Read, book: Book) -> None:
    """Deleting the repeat alone would have lost guideline 1.10, typed as a number in the แนวทาง sheet."""
    _with_guideline_ten(book).set("แนวทาง", "B3", 1.10)
    problem = _error(read, book, "แนวทาง!B3")
    assert problem.th.startswith("แนวทาง 1.1 ซ้ำกับเซลล์ B2: ลบแถวที่ซ้ำ — ถ้าหมายถึง 1.10 Excel ได้ตัดเลข 0")
    book.set("แนวทาง", "B3", "2.10").set("แนวทาง", "A3", 2).set("แนวทาง", "B4", "2.10")  # a repeat Excel did not make
    assert _error(read, book, "แนวทาง!B4").th == "แนวทาง 2.10 ซ้ำกับเซลล์ B3: ลบแถวที่ซ้ำ"


@pytest.mark.parametrize(
    ("typed", "fragment"),
    [
        (150, "ระหว่าง 0 ถึง 100"),
        (-1, "ระหว่าง 0 ถึง 100"),
        ("ครึ่งหนึ่ง", "ตัวเลขร้อยละ"),
        ("50/100", "ตัวเลขร้อยละ"),
        ("แล้วเสร็จ", "ถ้าแล้วเสร็จ พิมพ์ 100 ถ้ายังไม่มีผล เว้นว่างไว้"),  # a word for a figure: what to type
        ("อยู่ระหว่างดำเนินการ", "ถ้าแล้วเสร็จ พิมพ์ 100 ถ้ายังไม่มีผล เว้นว่างไว้"),
    ],
)
def test_bad_progress(read: Read, book: Book, typed: Any, fragment: str) -> None:
    book.set("กิจกรรม", "H3", typed)
    assert fragment in _error(read, book, "กิจกรรม!H3").th


@pytest.mark.parametrize(
    ("cell", "typed", "meant"),
    [
        ("การมีส่วนร่วม!E2", "บุคลากรในสังกัดเข้าร่วม/รับรู้ร้อยละ ๘๐", "80"),  # the plan's own words for a target
        ("การมีส่วนร่วม!E2", "ไม่น้อยกว่าร้อยละ 80 ของบุคลากรทั้งหมด", "80"),
        ("กิจกรรม!H3", "ดำเนินการแล้ว 50%", "50"),
    ],
)
def test_a_percentage_among_words_is_told_what_to_type(
    read: Read, book: Book, cell: str, typed: str, meant: str
) -> None:
    sheet, ref = cell.split("!")
    problem = _error(read, book.set(sheet, ref, typed), cell)
    assert f"ถ้าหมายถึงร้อยละ {meant} พิมพ์ {meant}" in problem.th and f"type {meant} if {meant}% is meant" in problem.en
    book.set(sheet, ref, "ร้อยละ 80 (111 คน)")  # two numbers: which is meant is not plain
    assert "ถ้าหมายถึง" not in _error(read, book, cell).th


@pytest.mark.parametrize("typed", ["-", "–", "ไม่มี"])
def test_a_dash_under_progress_is_nothing_reported_yet(read: Read, book: Book, typed: str) -> None:
    """As in the plan's own tables, where a dash fills a result not yet in: it was "must be a percentage"."""
    result = read(book.set("กิจกรรม", "H3", typed))
    assert result.problems == ()
    activity = result.plan.activity("1.2")
    assert (activity.progress, activity.progress_reported) == (0, False)


@pytest.mark.parametrize(
    ("typed", "fragment"),
    [
        ("ทุกไตรมาส", "กำหนดที่ทำซ้ำ"),  # every quarter: no one day (ภายในไตรมาส ๓ is its last day)
        ("31 กุมภาพันธ์ 2566", "ไม่มีวันที่ 31 กุมภาพันธ์ 2566"),
        ("2566", "ไม่ใช่วันที่"),
    ],
)
def test_bad_due_date(read: Read, book: Book, typed: str, fragment: str) -> None:
    book.set("กิจกรรม", "G4", typed)
    assert fragment in _error(read, book, "กิจกรรม!G4").th


def test_participants_above_headcount(read: Read, book: Book) -> None:
    book.set("การมีส่วนร่วม", "C2", 140)
    assert "มากกว่าบุคลากรทั้งหมด" in _error(read, book, "การมีส่วนร่วม!C2").th


def test_headcount_of_zero(read: Read, book: Book) -> None:
    book.set("การมีส่วนร่วม", "C2", 0)
    book.set("การมีส่วนร่วม", "D2", 0)
    assert "เป็น 0" in _error(read, book, "การมีส่วนร่วม!D2").th


def test_a_participation_target_awaiting_its_first_report_is_kept_and_counts_in_no_figure(
    read: Read, book: Book
) -> None:
    from ita_core.metrics import awaiting_participation, participation_ratios

    book.set("การมีส่วนร่วม", "C2", None)
    book.set("การมีส่วนร่วม", "D2", None)
    plan = plan_of(read, book)
    (row,) = plan.participation
    assert (row.participants, row.headcount, row.target_pct, row.reported) == (None, None, 80, False)
    assert participation_ratios(plan) == [] and awaiting_participation(plan) == [row]


@pytest.mark.parametrize(("empty", "filled"), [("C2", "D2"), ("D2", "C2")])
def test_one_count_without_the_other_is_an_error_at_the_empty_cell(
    read: Read, book: Book, empty: str, filled: str
) -> None:
    book.set("การมีส่วนร่วม", empty, None)
    assert "ไม่ได้ใส่จำนวนคน" in _error(read, book, f"การมีส่วนร่วม!{empty}").th


def test_participation_for_an_unknown_activity(read: Read, book: Book) -> None:
    book.set("การมีส่วนร่วม", "A2", "9.9")
    assert "ไม่มีกิจกรรมลำดับ 9.9" in _error(read, book, "การมีส่วนร่วม!A2").th


def test_deadline_for_an_unknown_activity(read: Read, book: Book) -> None:
    book.add("กำหนดส่ง", [HEADERS["กำหนดส่ง"], ["4.1", "รายงาน", "20/6/2566", None]])
    assert "ไม่มีกิจกรรมลำดับ 4.1" in _error(read, book, "กำหนดส่ง!A2").th


def test_submitted_date_must_be_a_date(read: Read, book: Book) -> None:
    book.add("กำหนดส่ง", [HEADERS["กำหนดส่ง"], ["1.1", "รายงาน", "20/6/2566", "ส่งแล้ว"]])
    _error(read, book, "กำหนดส่ง!D2")


def test_a_cells_deadline_the_sheet_does_not_list_is_a_warning(read: Read, book: Book) -> None:
    """The กำหนดส่ง sheet's rows replace the activity's own cell: 1.1's 20 June (in its cell) was dropped without
    a word when the sheet listed only 31 March for it."""
    book.add("กำหนดส่ง", [HEADERS["กำหนดส่ง"], ["1.1", "รายงานรอบ 6 เดือน", "31/3/2566", None]])
    result = read(book)
    assert result.ok
    assert [d.due for d in result.plan.deadlines if d.activity_id == "1.1"] == [date(2023, 3, 31)]
    (warning,) = result.warnings
    assert warning.location == "กิจกรรม!G2"
    assert warning.th.startswith("กำหนดส่ง 20 มิถุนายน 2566 ในเซลล์นี้ไม่อยู่ในแผ่นงาน กำหนดส่ง")
    book.rows("กำหนดส่ง").append(["1.1", "รายงานผล", "20/6/2566", None])  # listed there too: nothing to say
    assert not read(book).warnings


def test_results_without_their_day_are_a_warning(read: Read, book: Book) -> None:
    """No ข้อมูล ณ วันที่: the results are taken as of the day they are published, which a person should know."""
    book.rows("ข้อมูลหน่วยงาน").pop()  # the row of ข้อมูล ณ วันที่
    result = read(book)
    assert result.ok and result.plan.as_of is None
    (warning,) = result.warnings
    assert (warning.sheet, warning.th.split(":")[0]) == ("ข้อมูลหน่วยงาน", "ไม่ได้ใส่ ข้อมูล ณ วันที่")
    for row in book.rows("กิจกรรม")[1:]:
        row[7] = None  # a plan without results: its day does not matter
    assert not read(book).warnings


def test_a_day_sent_after_the_datas_day_is_an_error(read: Read, book: Book) -> None:
    """Sent on 20 Dec 2566 in data of 31 Mar 2566: a mistyped month or a stale data date, and the deadline
    would have shown as sent without a word."""
    book.add("กำหนดส่ง", [HEADERS["กำหนดส่ง"], ["1.1", "รายงาน", "20/6/2566", "20/12/2566"]])
    problem = _error(read, book, "กำหนดส่ง!D2")
    assert problem.th.startswith("วันที่ส่ง 20 ธันวาคม 2566 อยู่หลังวันที่ของข้อมูล (31 มีนาคม 2566)")
    book.rows("กำหนดส่ง")[1][3] = "31/3/2566"  # the data's own day is fine
    (listed,) = [d for d in plan_of(read, book).deadlines if d.activity_id == "1.1"]
    assert listed.submitted == date(2023, 3, 31)


def test_a_day_sent_outside_the_fiscal_year_is_a_warning_and_far_from_it_an_error(read: Read, book: Book) -> None:
    """2556 for 2566 was a warning only: published, the deadline showed as met, sent ten years early."""
    book.add("กำหนดส่ง", [HEADERS["กำหนดส่ง"], ["1.1", "รายงาน", "20/6/2566", "20/9/2565"]])  # just before the year
    result = read(book)
    assert result.ok
    (warning,) = [w for w in result.warnings if w.location == "กำหนดส่ง!D2"]
    assert "วันที่ส่งอยู่นอกปีงบประมาณ 2566" in warning.th
    book.set("กำหนดส่ง", "D2", "20/6/2556")  # 2556 for 2566
    assert _error(read, book, "กำหนดส่ง!D2").th.startswith("วันที่ส่ง 20 มิ.ย. 2556 ห่างจากปีงบประมาณ 2566 เกินหนึ่งปี: ตรวจปีที่พิมพ์")


def test_an_id_that_does_not_follow_its_measure_is_a_warning(read: Read, book: Book) -> None:
    """1.1, 1.2 in มาตรการ 1, and 1.5 in มาตรการ 2: counted in มาตรการ 2 without a word before."""
    book.set("กิจกรรม", "B4", "1.5")
    result = read(book)
    assert result.ok and result.plan.activity("1.5").measure == 2
    (warning,) = result.warnings
    assert (warning.location, warning.value) == ("กิจกรรม!B4", "1.5")
    assert "ขึ้นต้นด้วยเลข 1 แต่อยู่ในมาตรการ 2" in warning.th


def test_ids_numbered_apart_from_the_measures_are_left_alone(read: Read, book: Book) -> None:
    for cell, number in (("B2", "3.1"), ("B3", "3.2"), ("B4", "4.1")):  # the office's own numbering
        book.set("กิจกรรม", cell, number)
    book.set("การมีส่วนร่วม", "A2", "3.2")
    assert read(book).ok and not read(book).warnings


def test_activity_whose_measure_is_not_listed(read: Read, book: Book) -> None:
    book.set("กิจกรรม", "A4", 3)
    assert "ไม่มีมาตรการ 3" in _error(read, book, "กิจกรรม!A4").th


def test_formula_saved_without_its_value(read: Read, book: Book) -> None:
    book.set("กิจกรรม", "H3", "=25*2")  # openpyxl, like many tools, stores no computed value
    problem = _error(read, book, "กิจกรรม!H3")
    assert "สูตร" in problem.th
    assert len(read(book).errors) == 1


def test_bad_fiscal_year_and_as_of(read: Read, book: Book) -> None:
    book.set("ข้อมูลหน่วยงาน", "B2", 2023)
    book.set("ข้อมูลหน่วยงาน", "B3", "31 กุมภาพันธ์ 2566")
    result = read(book)
    assert "พ.ศ." in problem_at(result, "ข้อมูลหน่วยงาน!B2").th
    assert "ไม่มีวันที่" in problem_at(result, "ข้อมูลหน่วยงาน!B3").th


def test_a_data_date_typed_as_31_3_66_in_a_day_month_year_locale_is_refused_with_the_fix(
    read: Read, book: Book
) -> None:
    """Excel stores 31/3/66 as 1966-03-31: the dashboard said "ข้อมูล ณ วันที่ 31 มีนาคม 2509", 20,900 days
    left and nothing overdue. A data date outside the plan's fiscal year is refused at its cell."""
    book.set("ข้อมูลหน่วยงาน", "B3", datetime(1966, 3, 31))
    result = read(book)
    problem = problem_at(result, "ข้อมูลหน่วยงาน!B3")
    assert result.plan is None
    assert "ปี 66 ถูกอ่านเป็น ค.ศ. 1966" in problem.th and "31/3/2566 หรือ 2023-03-31" in problem.th
    assert "a year of 66 was read as 1966" in problem.en
    book.set("ข้อมูลหน่วยงาน", "B3", datetime(2023, 10, 1))  # the first day of the next fiscal year
    assert "อยู่นอกปีงบประมาณ 2566 (1 ตุลาคม 2565 – 30 กันยายน 2566)" in problem_at(read(book), "ข้อมูลหน่วยงาน!B3").th
    book.set("ข้อมูลหน่วยงาน", "B3", datetime(2023, 9, 30))  # its last day is its own
    assert read(book).plan is not None


def test_a_data_date_that_has_not_come_is_refused_at_its_cell(read: Read, book: Book) -> None:
    """2570 typed for 2569: every deadline of the year before that day was overdue before it was due, and the
    file said nothing (nor "no data date" beside it once refused)."""
    ahead = clock.today() + timedelta(days=30)
    book.set("ข้อมูลหน่วยงาน", "B2", fiscal_year_be(ahead)).set("ข้อมูลหน่วยงาน", "B3", as_date(ahead))
    result = read(book)
    assert [p.location for p in result.problems if p.sheet == "ข้อมูลหน่วยงาน"] == ["ข้อมูลหน่วยงาน!B3"]
    assert "ยังมาไม่ถึง" in problem_at(result, "ข้อมูลหน่วยงาน!B3").th
    today = clock.today()
    book.set("ข้อมูลหน่วยงาน", "B2", fiscal_year_be(today)).set("ข้อมูลหน่วยงาน", "B3", as_date(today))
    assert not [p for p in read(book).problems if p.location == "ข้อมูลหน่วยงาน!B3"]


def test_empty_required_cells(read: Read, book: Book) -> None:
    book.set("กิจกรรม", "A3", None)
    book.set("กิจกรรม", "C4", None)
    book.set("การมีส่วนร่วม", "C2", None)
    result = read(book)
    assert {"กิจกรรม!A3", "กิจกรรม!C4", "การมีส่วนร่วม!C2"} <= {p.location for p in result.errors}


@pytest.mark.parametrize("typed", [None, "ทั้งหน่วยงาน", "whole unit"])
def test_a_participation_row_with_no_group_is_the_whole_unit(read: Read, book: Book, typed: str | None) -> None:
    from ita_core import metrics

    book.set("การมีส่วนร่วม", "B2", typed)  # the seed's 127 of 139 is typed this way
    result = read(book)
    assert result.ok, [p.line() for p in result.errors]
    [row] = result.plan.participation
    assert (row.group, row.participants, row.headcount) == ("", 127, 139)
    assert metrics.participation_ratio(row).ratio_pct == Decimal("91.36")


def test_the_whole_unit_twice_for_one_activity_is_a_duplicate(read: Read, book: Book) -> None:
    book.set("การมีส่วนร่วม", "B2", None)
    book.rows("การมีส่วนร่วม").append(["1.2", "ทั้งหน่วยงาน", 100, 139, 80])
    assert "กลุ่มงาน “ทั้งหน่วยงาน” ซ้ำกับแถว 2" in problem_at(read(book), "การมีส่วนร่วม!B3").th


def test_all_problems_are_reported_in_one_pass(read: Read, book: Book) -> None:
    book.set("กิจกรรม", "H2", 120)
    book.set("กิจกรรม", "G3", "31 กุมภาพันธ์ 2566")
    book.set("กิจกรรม", "A4", 7)
    book.set("การมีส่วนร่วม", "C2", 200)
    book.add("กำหนดส่ง", [HEADERS["กำหนดส่ง"], ["5.5", None, "20/6/2566", None]])
    result = read(book)
    assert {p.location for p in result.errors} == {
        "กิจกรรม!H2",
        "กิจกรรม!G3",
        "กิจกรรม!A4",
        "การมีส่วนร่วม!C2",
        "กำหนดส่ง!A2",
    }
    assert result.plan is None


def test_problems_print_one_line_each_starting_with_the_cell(read: Read, book: Book) -> None:
    book.set("กิจกรรม", "H3", 150)
    line = read(book).errors[0].line()
    assert line.startswith("กิจกรรม!H3 [150]: ")
    assert read(book).errors[0].line("en").startswith("กิจกรรม!H3 [150]: a percentage")


def test_reads_paths_too(tmp_path: Any, book: Book) -> None:
    path = tmp_path / "plan.xlsx"
    path.write_bytes(book.to_bytes())
    assert read_workbook(path).ok


# -- guidelines and what was done (optional additions) -------------------------------------------------


def _with_guidelines(book: Book) -> Book:
    book.add(
        "แนวทาง",
        [["มาตรการ", "แนวทาง", "ชื่อแนวทาง"], [1, "๑.๑", "แนวทางหนึ่ง"], [1, "1.2", "แนวทางสอง"], [2, "2.1", "แนวทางสาม"]],
    )
    rows = book.rows("กิจกรรม")
    rows[0] += ["แนวทาง", "การดำเนินการ", "ผลผลิตที่ได้", "ผลลัพธ์ที่ได้"]
    rows[1] += ["1.1", "จัดประชุมแล้ว", "ประกาศ ๑ ฉบับ", "บุคลากรรับทราบ"]
    return book


def test_guidelines_and_results_are_read(read: Read, book: Book) -> None:
    plan = plan_of(read, _with_guidelines(book))
    assert [(g.measure, g.guideline_id, g.name) for g in plan.guidelines] == [
        (1, "1.1", "แนวทางหนึ่ง"),
        (1, "1.2", "แนวทางสอง"),
        (2, "2.1", "แนวทางสาม"),
    ]
    act = plan.activity("1.1")
    assert (act.guideline, act.actions, act.achieved_output, act.achieved_outcome) == (
        "1.1",
        "จัดประชุมแล้ว",
        "ประกาศ ๑ ฉบับ",
        "บุคลากรรับทราบ",
    )
    assert plan.activity("1.2").guideline == ""


def test_workbooks_without_the_additions_stay_valid(read: Read, book: Book) -> None:
    plan = plan_of(read, book)
    assert plan.guidelines == ()
    assert plan.activity("1.1").actions == ""


@pytest.mark.parametrize(
    ("guideline", "fragment"),
    [("9.9", "ไม่มีแนวทาง 9.9"), ("2.1", "อยู่ในมาตรการที่ 2 แต่กิจกรรมนี้อยู่ในมาตรการที่ 1")],
)
def test_activity_guideline_must_exist_in_its_measure(read: Read, book: Book, guideline: str, fragment: str) -> None:
    _with_guidelines(book).set("กิจกรรม", "K2", guideline)
    assert fragment in _error(read, book, "กิจกรรม!K2").th


def test_activity_guideline_needs_the_sheet(read: Read, book: Book) -> None:
    _with_guidelines(book)
    del book.sheets["แนวทาง"]
    assert "ไม่มีแผ่นงาน แนวทาง" in _error(read, book, "กิจกรรม!K2").th


def test_guideline_sheet_errors(read: Read, book: Book) -> None:
    _with_guidelines(book)
    book.rows("แนวทาง").extend([[1, "1.2", "ซ้ำ"], [5, "5.1", "มาตรการไม่มี"], [1, "1.4", None]])
    result = read(book)
    assert "ซ้ำกับเซลล์ B3" in problem_at(result, "แนวทาง!B5").th
    assert "ไม่มีมาตรการ 5" in problem_at(result, "แนวทาง!A6").th
    assert "ไม่ได้ใส่ชื่อแนวทาง" in problem_at(result, "แนวทาง!C7").th


def test_problems_past_500_a_sheet_are_counted_per_column() -> None:
    import hostile

    result = read_workbook(hostile.rows_of_remarks(30, 20_000))
    assert result.plan is None
    assert len(result.problems) == 500
    [omitted] = result.omitted
    assert (omitted.sheet, omitted.column, omitted.first_row, omitted.last_row) == ("กิจกรรม", "B", 530, 20_000)
    assert omitted.count == 20_000 - 530 + 1
    assert result.error_count == 500 + omitted.count
    assert omitted.line() == (
        "กิจกรรม!B: และอีก 19,471 ปัญหาแบบเดียวกันในคอลัมน์นี้ แถว 530–20000 เช่น “ไม่ได้ใส่ลำดับกิจกรรม เช่น 1.5”"
    )


def test_a_sheet_missing_a_required_column_reports_that_column_only(book: Book) -> None:
    """Its rows are not checked: one message about the header, not one per row."""
    rows = book.rows("การมีส่วนร่วม")
    for row in rows:
        del row[3]  # บุคลากรทั้งหมด
    rows[1][2] = "มาก"  # a row that would be wrong, if rows were checked
    result = read_workbook(book.to_bytes())
    problems = [p for p in result.errors if p.sheet == "การมีส่วนร่วม"]
    assert len(problems) == 1 and "บุคลากรทั้งหมด" in problems[0].th and problems[0].cell == "E1"


@pytest.mark.parametrize(
    ("cell", "text"),
    [("ข้อมูลหน่วยงาน!B1", "สำนัก" * 61), ("กิจกรรม!B3", "1." + "2" * 60), ("กิจกรรม!F3", "กลุ่ม" * 61)],
    ids=["unit name", "activity id", "responsible"],
)
def test_text_longer_than_the_store_keeps_is_refused_at_its_cell(read: Read, book: Book, cell: str, text: str) -> None:
    """Such a workbook validated, then failed to publish on PostgreSQL with a generic error."""
    sheet, ref = cell.split("!")
    book.set(sheet, ref, text)
    assert "ตัวอักษรที่รับได้" in problem_at(read(book), cell).th


def test_directional_controls_in_workbook_text_are_dropped(read: Read, book: Book) -> None:
    """A right-to-left override in the unit's name reversed the app's own header on every page."""
    book.set("ข้อมูลหน่วยงาน", "B1", "\u202eสำนักทดสอบ\u202c")
    book.set("กิจกรรม", "C3", "\u2067กิจกรรมสอง\u2069")
    plan = plan_of(read, book)
    assert plan.unit == "สำนักทดสอบ" and plan.activity("1.2").name == "กิจกรรมสอง"


def test_zero_width_characters_do_not_make_another_group(read: Read, book: Book) -> None:
    """Thai pasted from the web or Word carries zero-width spaces: "คณะทำงาน\u200bสำนัก" looked like
    คณะทำงานสำนัก on every page but was another group, with half of its activities."""
    from ita_core.groups import activities_of, all_groups

    book.set("กิจกรรม", "F3", "คณะทำงาน\u200bสำนัก")
    book.set("กิจกรรม", "F4", "\ufeffคณะทำงานสำนัก\u2060 ")
    book.set("การมีส่วนร่วม", "B2", "ทั้งสำนัก\u200b")
    plan = plan_of(read, book)
    assert all_groups(plan) == ["คณะทำงานสำนัก"]
    assert [a.activity_id for a in activities_of(plan, "คณะทำงานสำนัก")] == ["1.1", "1.2", "2.1"]
    assert [p.group for p in plan.participation] == ["ทั้งสำนัก"]


def test_a_measure_merged_down_its_activities_is_read_in_every_row(read: Read, book: Book) -> None:
    """Offices merge มาตรการ 1 down over its activities; Excel keeps the value in the top cell only, and each
    row under it was "no measure" though the person sees 1 there. Now it reads as seen, and says so once."""
    book.merge("กิจกรรม", "A2:A3")  # measure 1 over 1.1 and 1.2
    book.merge("กิจกรรม", "F2:F3")  # one responsible group for both
    result = read(book)
    assert result.errors == ()
    plan = result.plan
    assert [(a.activity_id, a.measure, a.responsible) for a in plan.activities] == [
        ("1.1", 1, "คณะทำงานสำนัก"),
        ("1.2", 1, "คณะทำงานสำนัก"),
        ("2.1", 2, "กลุ่มงานวินัย"),
    ]
    (said,) = [w for w in result.warnings if "ผสาน" in w.th]
    assert (said.sheet, said.cell) == ("กิจกรรม", "A2") and "A2:A3, F2:F3" in said.th


def test_an_activity_over_rows_with_its_id_merged_is_one_activity(read: Read, book: Book) -> None:
    """Plans lay an activity over a row per deadline or output, its ลำดับ and name merged down them. The rows
    under the first were "ลำดับ 1.2 ซ้ำ" (with advice about a lost 0). Now they are the same activity: its
    deadlines from every row (a date cell as a Thai date among them), its outputs a line each."""
    rows = book.rows("กิจกรรม")
    rows.insert(3, [None, None, None, "ผลผลิตสอง", None, None, "30 ส.ค. 66", None, None, None])
    rows.insert(4, [None, None, None, "ผลผลิตสาม", None, None, None, None, None, None])
    for column in "ABCFH":
        book.merge("กิจกรรม", f"{column}3:{column}5")
    book.set("กิจกรรม", "D3", "ผลผลิตหนึ่ง")
    result = read(book)
    assert result.errors == ()
    plan = result.plan
    assert [a.activity_id for a in plan.activities] == ["1.1", "1.2", "2.1"]
    act = plan.activity("1.2")
    assert (act.output, act.progress, act.responsible) == ("ผลผลิตหนึ่ง\nผลผลิตสอง\nผลผลิตสาม", 50, "คณะทำงานสำนัก")
    assert act.due_text == "30 กรกฎาคม 2566\n30 ส.ค. 66"
    assert [(d.due, d.source) for d in plan.deadlines if d.activity_id == "1.2"] == [
        (date(2023, 7, 30), "กิจกรรม!G3"),
        (date(2023, 8, 30), "กิจกรรม!G3"),
    ]
    assert plan.activity("2.1").source == "กิจกรรม!B6"
    (said,) = result.warnings
    assert (said.cell, said.th.startswith("แถว 4, 5 อ่านรวมกับกิจกรรมในแถวบน")) == ("A4", True)


def test_a_measure_merged_over_an_activity_laid_over_rows_leaves_its_rows_read_together(read: Read, book: Book) -> None:
    """มาตรการ 1 merged down over its activities, 1.2 over two rows: the measure was spread into the row read
    with 1.2, which then had a measure and no ลำดับ ("ไม่ได้ใส่ลำดับกิจกรรม")."""
    book.rows("กิจกรรม").insert(3, [None, None, None, None, None, None, "30 ส.ค. 66", None, None, None])
    book.merge("กิจกรรม", "A2:A4").merge("กิจกรรม", "B3:B4")
    result = read(book)
    assert result.errors == ()
    assert [(a.activity_id, a.measure) for a in result.plan.activities] == [("1.1", 1), ("1.2", 1), ("2.1", 2)]
    assert len([d for d in result.plan.deadlines if d.activity_id == "1.2"]) == 2


@pytest.mark.parametrize("writer", ["excel", "inline"])
def test_a_struck_row_of_an_activity_over_rows_is_an_error_where_it_was_struck(book: Book, writer: str) -> None:
    """Its texts become the activity's: a struck deadline there was one of the activity's deadlines."""
    book.rows("กิจกรรม").insert(3, [None, None, None, "ผลผลิตเดิม", None, None, "30 ส.ค. 66", None, None, None])
    book.merge("กิจกรรม", "B3:B4").strike("กิจกรรม", "G4").strike("กิจกรรม", "D4")  # the whole second row
    result = read_workbook(WRITERS[writer](book))
    assert [(p.location, p.value, "ขีดฆ่า" in p.th) for p in result.errors] == [("กิจกรรม!G4", "30 ส.ค. 66", True)]


def test_a_hidden_row_of_an_activity_over_rows_is_said_to_be(read: Read, book: Book) -> None:
    """Its deadline is the activity's: a row hidden there was read without a word."""
    book.rows("กิจกรรม").insert(3, [None, None, None, None, None, None, "30 ส.ค. 66", None, None, None])
    book.merge("กิจกรรม", "B3:B4").hide("กิจกรรม", 4)
    result = read(book)
    assert result.ok and len([d for d in result.plan.deadlines if d.activity_id == "1.2"]) == 2
    assert any(w.location == "กิจกรรม!A4" and "แถว 4 ถูกซ่อน" in w.th for w in result.warnings)
    book.set("กิจกรรม", "G4", "#N/A")  # and a cell showing an Excel error there: its deadline is lost
    assert "#N/A" in problem_at(read(book), "กิจกรรม!G4").th


def test_an_activity_over_rows_with_two_progress_values_is_an_error_at_its_top(read: Read, book: Book) -> None:
    book.rows("กิจกรรม").insert(3, [None, None, None, None, None, None, "30 ส.ค. 66", 80, None, None])
    book.merge("กิจกรรม", "B3:B4")
    result = read(book)
    problem = problem_at(result, "กิจกรรม!H3")
    assert "มีหลายค่า (50, 80)" in problem.th and problem.severity is Severity.ERROR
    assert [p.location for p in result.errors] == ["กิจกรรม!H3"]


def test_a_range_merged_across_columns_is_not_spread(read: Read, book: Book) -> None:
    """Only a range merged down one column is spread: one across columns keeps its value in its first cell,
    as Excel keeps it, or an output would become an outcome too."""
    book.set("กิจกรรม", "D4", "ผลผลิตสาม")
    book.merge("กิจกรรม", "D4:E5")
    result = read(book)
    assert result.errors == () and not [w for w in result.warnings if "ผสาน" in w.th]
    act = result.plan.activity("2.1")
    assert (act.output, act.outcome) == ("ผลผลิตสาม", "")


def test_a_header_merged_into_the_first_row_is_not_spread_over_the_data(read: Read, book: Book) -> None:
    book.merge("กิจกรรม", "A1:A2")  # "มาตรการ" over 1.1's measure: not a measure
    result = read(book)
    assert "ไม่ได้ใส่เลขมาตรการ" in problem_at(result, "กิจกรรม!A2").th
    assert not [w for w in result.warnings if "ผสาน" in w.th]


def test_a_dash_in_a_date_cell_is_an_empty_cell(read: Read, book: Book) -> None:
    """Under วันที่ส่ง a dash means "not yet" (it was "give exactly one date"); under กำหนดส่ง of the กำหนดส่ง
    sheet, where a row exists to list a deadline, it is an empty cell said as such (it dropped the row
    without a word)."""
    book.add(
        "กำหนดส่ง",
        [HEADERS["กำหนดส่ง"], ["1.1", "รายงานรอบ ๖ เดือน", "31/3/2566", "-"], ["1.1", "รายงานรอบ ๑๒ เดือน", "–", None]],
    )
    result = read(book)
    assert [p.cell for p in result.errors] == ["C3"]
    assert "ไม่ได้ใส่กำหนดส่ง" in problem_at(result, "กำหนดส่ง!C3").th
    book.rows("กำหนดส่ง").pop()
    plan = plan_of(read, book)
    assert [(d.item, d.due, d.submitted) for d in plan.deadlines if d.activity_id == "1.1"] == [
        ("รายงานรอบ ๖ เดือน", date(2023, 3, 31), None)
    ]


def test_a_timeline_of_months_beside_the_activities_is_each_activity_s_period(read: Read, book: Book) -> None:
    """Twelve month columns were twelve warnings of "not in the template", the ticks lost; marked in no row
    (a cell's colour is not read) they are said once, with where a period and a deadline go."""
    months = ["ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย."]
    rows = book.rows("กิจกรรม")
    rows[0] += months
    rows[1] += ["✓", "✓", "✓"] + [None] * 8 + ["✓"]
    rows[2] += [None] * 8 + ["x"]
    result = read(book)
    assert result.errors == () and result.warnings == ()
    assert [(a.activity_id, a.period) for a in result.plan.activities] == [
        ("1.1", "ต.ค. 2565 – ธ.ค. 2565, ก.ย. 2566"),
        ("1.2", "มิ.ย. 2566"),
        ("2.1", ""),
    ]
    for row in rows[1:]:
        del row[len(HEADERS["กิจกรรม"]) :]
    (said,) = read(book).warnings
    assert said.location == "กิจกรรม!K1" and said.value == " | ".join(months)
    assert "คอลัมน์เดือนหรือไตรมาส (K1–V1) เป็นตารางเวลาที่ระบบไม่ได้อ่าน" in said.th and "คอลัมน์ ระยะเวลา" in said.th


def test_a_timeline_of_quarters_is_read_and_numbers_in_it_are_said(read: Read, book: Book) -> None:
    """ไตรมาส 1 … ไตรมาส 4 were four warnings of "not in the template" and the ticks lost; numbers in a timeline's
    columns (a result per quarter) read as ticks would have made the whole year the period, the figures lost."""
    rows = book.rows("กิจกรรม")
    rows[0] += ["ไตรมาส 1", "ไตรมาส 2", "ไตรมาส 3", "ไตรมาส 4"]
    rows[1] += ["✓", None, None, "✓"]
    rows[2] += [None, "/", "/", None]
    result = read(book)
    assert result.errors == () and result.warnings == ()
    assert [(a.activity_id, a.period) for a in result.plan.activities] == [
        ("1.1", "ต.ค. 2565 – ธ.ค. 2565, ก.ค. 2566 – ก.ย. 2566"),
        ("1.2", "ม.ค. 2566 – มิ.ย. 2566"),
        ("2.1", ""),
    ]
    rows[3] += [25, 50, None, "100%"]
    result = read(book)
    (said,) = result.warnings
    assert (said.location, said.value) == ("กิจกรรม!K4", "25")
    assert said.th == (
        "ตัวเลขในคอลัมน์เดือนหรือไตรมาส (K4 (25), L4 (50), N4 (100%)) ไม่ใช่เครื่องหมายช่วงเวลา จึงไม่ได้อ่าน: "
        "ถ้าเป็นผลการดำเนินการ พิมพ์ร้อยละในคอลัมน์ ผลการดำเนินการ (ร้อยละ); ถ้าเป็นช่วงเวลา ทำเครื่องหมาย ✓ แทนตัวเลข"
    )
    assert [a.period for a in result.plan.activities] == [
        "ต.ค. 2565 – ธ.ค. 2565, ก.ค. 2566 – ก.ย. 2566",
        "ม.ค. 2566 – มิ.ย. 2566",
        "",
    ]


@pytest.mark.parametrize("two_titles", [False, True])
def test_a_timeline_under_a_merged_heading_is_read(read: Read, book: Book, two_titles: bool) -> None:
    """ไตรมาส 1 … 4 (or months) under a merged ระยะเวลาดำเนินการ: the quarters' row was read as an activity ("no
    ลำดับ") and the columns after the first had "no heading"; with another two-row title in the header
    (ตัวชี้วัด over ผลผลิต | ผลลัพธ์) the first quarter's ticks became the period's text, ``✓``."""
    rows = book.rows("กิจกรรม")
    width = len(rows[0])
    sub: list[Any] = [None] * width + ["ไตรมาส 1", "ไตรมาส 2", "ไตรมาส 3", "ไตรมาส 4"]
    rows[0] += ["ระยะเวลาดำเนินการ", None, None, None]
    if two_titles:
        rows[0][3:5], sub[3:5] = ["ตัวชี้วัด", None], ["ผลผลิต", "ผลลัพธ์"]
    rows.insert(1, sub)
    rows[2] += ["✓", None, None, "✓"]
    rows[3] += [None, "✓", None, None]
    result = read(book)
    assert result.problems == ()
    assert [(a.activity_id, a.period) for a in result.plan.activities] == [
        ("1.1", "ต.ค. 2565 – ธ.ค. 2565, ก.ค. 2566 – ก.ย. 2566"),
        ("1.2", "ม.ค. 2566 – มี.ค. 2566"),
        ("2.1", ""),
    ]


def test_one_day_sent_for_a_row_due_on_several_days_is_asked(read: Read, book: Book) -> None:
    """``15 และ 30 ก.ย. 66`` sent ``14 ก.ย. 66``: both deadlines showed as sent, the 30th too."""
    book.set("ข้อมูลหน่วยงาน", "B3", as_date(date(2023, 9, 30)))
    book.add(
        "กำหนดส่ง",
        [
            list(HEADERS["กำหนดส่ง"]),
            ["1.1", "รายงาน", "15 และ 30 ก.ย. 66", as_date(date(2023, 9, 14))],
            ["1.2", "สรุปผล", "15 ส.ค. 66, 15 ก.ย. 66", None],  # not sent yet: two deadlines, fine
        ],
    )
    result = read(book)
    said = problem_at(result, "กำหนดส่ง!D2")
    assert said.severity is Severity.ERROR and "มีกำหนดส่ง 2 วัน (15 ก.ย. 2566, 30 ก.ย. 2566)" in said.th
    assert [p.location for p in result.errors] == ["กำหนดส่ง!D2"]
