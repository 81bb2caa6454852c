"""Reading the plan from its Word document (``ita_core.word.reader``), compared whole.

The seed as one Word document (its organisation-wide part, contents page and report form included)
must give the shipped workbook in every cell the document holds; plans written as other offices
write them (``office_plans``, which the reader was not written against) must give the workbook a
person types from them, cell by cell, with every mistake in them named by table, row and column.
"""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from commands import run
from office_plans import PLAN_B, PLAN_C, Builder, CellText, Expected, plan_b, plan_c
from seed_docx import seed_docx

from ita_core.intake import check_file
from ita_core.paths import SHIPPED_WORKBOOK
from ita_core.problems import Severity
from ita_core.text import Text
from ita_core.word.reader import read_docx
from ita_core.word.reading import WordResult
from ita_core.workbook.writer import workbook_bytes

_SKIP_SHEETS = {"คำอธิบาย"}  # the template's instructions: no data


def _sheets(data: bytes) -> dict[str, list[list[Any]]]:
    book = openpyxl.load_workbook(io.BytesIO(data))

    def plain(value: Any) -> Any:
        if isinstance(value, datetime):
            return value.date().isoformat()
        return " ".join(str(value).split()) if value is not None else ""

    return {
        ws.title: [[plain(v) for v in row] for row in ws.iter_rows(values_only=True)]
        for ws in book.worksheets
        if ws.title not in _SKIP_SHEETS
    }


def _cell_differences(ours: bytes, theirs: bytes) -> list[str]:
    a, b = _sheets(ours), _sheets(theirs)
    only = a.keys() ^ b.keys()  # an optional sheet one writer leaves out when it is empty
    found = [f"sheet {name}: only one side has it" for name in only if len(a.get(name) or b[name]) > 1]
    for name in a.keys() & b.keys():
        rows_a, rows_b = a[name], b[name]
        if len(rows_a) != len(rows_b):
            found.append(f"{name}: {len(rows_a)} rows, shipped {len(rows_b)}")
        header = rows_b[0]
        for r, (row_a, row_b) in enumerate(zip(rows_a, rows_b, strict=False), start=1):
            for c, (x, y) in enumerate(zip(row_a, row_b, strict=False)):
                if x != y:
                    found.append(f"{name}!{header[c]} row {r}: read {str(x)[:80]!r}, shipped {str(y)[:80]!r}")
    return found


@pytest.mark.parametrize("whole", [True, False], ids=["whole document", "its plan and report form"])
def test_the_seed_as_a_word_document_gives_the_shipped_workbook_cell_by_cell(whole: bool) -> None:
    found = read_docx(seed_docx(whole=whole))  # in the bounded reading process, as the app reads it
    assert found.errors == [] and found.rows is not None
    assert _cell_differences(workbook_bytes(found.rows), SHIPPED_WORKBOOK.read_bytes()) == []
    said = [(p.cell, p.th.split(":")[0]) for p in found.problems]
    assert said == [
        ("ตาราง 2 แถว 2 คอลัมน์ ผลลัพธ์", "ตัดรหัสผ่านที่เขียนไว้ในแผนออก"),  # a password: left out
        ("ตาราง 2 แถว 3 คอลัมน์ ผู้รับผิดชอบ", "ข้อความในคอลัมน์ผู้รับผิดชอบยาว"),  # 1.2's group, and what it does
        ("ตาราง 6 แถว 2 คอลัมน์ ผลลัพธ์", "ตัดรหัสผ่านที่เขียนไว้ในแผนออก"),
        ("ตาราง 7 แถว 2 คอลัมน์ ผลลัพธ์", "ตัดรหัสผ่านที่เขียนไว้ในแผนออก"),
    ]
    assert [t.th for t in found.read] == [
        "มาตรการที่ 1: 14 กิจกรรม (1.1–1.14)",
        "มาตรการที่ 2: 4 กิจกรรม (2.1–2.4)",
        "มาตรการที่ 3: 8 กิจกรรม (3.1–3.8)",
        "หัวข้อโครงการ (ตาราง 1 แถว 2): โครงการขับเคลื่อนและรักษามาตรฐานการเป็นองค์กรคุณธรรมต้นแบบ",
    ]
    everything = json.dumps(found.to_json()["rows"], ensure_ascii=False)  # what the workbook gets
    assert "ตัดออกจากสำเนานี้" not in everything and "Password" not in everything


def test_the_whole_seed_document_summarises_as_the_shipped_workbook(tmp_path: Path) -> None:
    source = tmp_path / "แผน ๒๕๖๖.docx"
    source.write_bytes(seed_docx(whole=True))
    target = tmp_path / "แผน.xlsx"
    code, out, err = run("from-word", str(source), "-o", str(target))
    assert code == 0, err
    assert "26 กิจกรรม 25 กำหนดส่ง ผลการดำเนินการ 7 กิจกรรม การมีส่วนร่วม 1 แถว" in out
    assert "มาตรการที่ 1: 14 กิจกรรม (1.1–1.14)" in out and "ตัดรหัสผ่าน" in err
    for day in ("2566-03-31", "2566-07-15"):
        ours = json.loads(run("summary", "--json", "--as-of", day, str(target))[1])
        shipped = json.loads(run("summary", "--json", "--as-of", day, str(SHIPPED_WORKBOOK))[1])
        assert ours == shipped


def _compare(found: WordResult, expected: Expected) -> list[str]:
    rows = found.rows
    assert rows is not None
    out = []
    for name in ("unit", "measures", "guidelines", "participation"):
        if getattr(rows, name) != getattr(expected, name):
            out.append(f"{name}: read {getattr(rows, name)!r}, expected {getattr(expected, name)!r}")
    read = {a["activity_id"]: a for a in rows.activities}
    if list(read) != [a["activity_id"] for a in expected.activities]:
        out.append(f"activities read {list(read)}, expected {[a['activity_id'] for a in expected.activities]}")
    for want in expected.activities:
        got = read.get(want["activity_id"], {})
        out += [
            f"{want['activity_id']} {key}: read {got.get(key)!r}, expected {value!r}"
            for key, value in want.items()
            if got.get(key) != value
        ]
    return out


def test_a_deadline_struck_through_in_the_plan_is_left_out_with_a_warning() -> None:
    """It was read as a second deadline of 1.4, without a word."""
    source = zipfile.ZipFile(io.BytesIO(plan_c()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                old = "<w:t>ไม่เกินวันที่ 31 ส.ค. 2568</w:t>".encode()
                assert data.count(old) == 1
                data = data.replace(
                    old,
                    old + '</w:r><w:r><w:rPr><w:strike/></w:rPr><w:t xml:space="preserve"> 15 ส.ค. 2568</w:t>'.encode(),
                )
            target.writestr(info, data)
    found = read_docx(out.getvalue())
    assert found.rows is not None
    (act,) = [a for a in found.rows.activities if a["activity_id"] == "1.4"]
    assert act["due_text"] == "ไม่เกินวันที่ 31 ส.ค. 2568"
    (said,) = [p for p in found.problems if "ขีดฆ่า" in p.th]
    assert said.severity is Severity.WARNING and "“15 ส.ค. 2568”" in said.th and "struck through" in said.en


@pytest.mark.parametrize(("make", "expected"), [(plan_b, PLAN_B), (plan_c, PLAN_C)], ids=["plan B", "plan C"])
def test_plans_written_as_other_offices_write_them_read_cell_by_cell(make: Any, expected: Expected) -> None:
    found = read_docx(make())
    assert _compare(found, expected) == []
    said = {(p.cell, p.th) for p in found.problems}
    for where, words in expected.problems:
        assert any(cell == where and words in th for cell, th in said), (where, words, sorted(said))
    named = {where for where, _ in expected.problems}
    assert {p.cell for p in found.problems} == named  # nothing else is said, nothing else is wrong
    for problem in found.problems:  # every row's problem names its table, row and column
        assert problem.cell is not None
        assert "แถว" not in problem.cell or "คอลัมน์" in problem.cell, problem.cell


def test_the_converted_workbook_of_a_plan_with_problems_holds_everything_else(tmp_path: Path) -> None:
    source = tmp_path / "plan-c.docx"
    source.write_bytes(plan_c())
    target = tmp_path / "plan-c.xlsx"
    code, _, err = run("from-word", str(source), "-o", str(target))
    assert code == 1 and "ตาราง 2 แถว 4 คอลัมน์ ผลการดำเนินการ" in err  # 29/38 is not 76.32
    assert target.exists()  # written all the same, to fix in Excel
    activities = _sheets(target.read_bytes())["กิจกรรม"]
    assert [row[1] for row in activities[1:]] == ["1.1", "1.2", "1.3", "1.4", "1.5"]


def _plan_document(table: list[list[CellText]]) -> bytes:
    """A plan of one measure (SYNTHETIC) with one table, header row first."""
    b = Builder().p("แผน ของกองทดสอบ (SYNTHETIC) ประจำปีงบประมาณ พ.ศ. 2567", "มาตรการที่ 1 การส่งเสริมคุณธรรม")
    return b.table(table).bytes()


def _table_document(rows: list[list[str]]) -> bytes:
    return _plan_document([["ลำดับ", "โครงการ/กิจกรรม", "ผลผลิต", "ระยะเวลา", "ผู้รับผิดชอบ"], *rows])


def test_a_deadline_that_cannot_be_read_is_named_by_table_row_and_column(tmp_path: Path) -> None:
    data = _table_document([["1.1", "อบรมจริยธรรม", "", "ส่ง 31 กุมภาพันธ์ 2567", "กลุ่มงาน"]])
    (problem,) = read_docx(data).errors
    assert problem.location == "Word!ตาราง 1 แถว 2 คอลัมน์ ระยะเวลา"
    assert "31 กุมภาพันธ์" in problem.shown_value and "1.1" in problem.th


def test_numbering_that_skips_is_counted_and_a_number_that_cannot_be_read_is_said() -> None:
    found = read_docx(
        _table_document(
            [
                ["1.1", "อบรม", "", "", "ก"],
                ["1.2", "ประกาศ", "", "ส่ง 30 มิ.ย. 67", "ก"],
                ["", "1.2.1.1 สำรวจ", "", "ส่ง 30 ก.ค. 67", "ก"],  # not a number the reader knows
                ["1.4", "สรุปผล", "", "", "ก"],
            ]
        )
    )
    said = {p.cell: p.th for p in found.problems}
    assert "อ่านเลขกิจกรรมไม่ได้" in said["ตาราง 1 แถว 4 คอลัมน์ โครงการ/กิจกรรม"]
    assert "1.3" in said["มาตรการที่ 1"]  # the count: 1.3 is missing from the numbering
    assert found.rows is not None
    by_id = {a["activity_id"]: a for a in found.rows.activities}
    assert by_id["1.2"]["due_text"] == "ส่ง 30 มิ.ย. 67"  # the unread row's deadline is not credited to 1.2


def test_a_file_that_is_not_a_word_document_is_refused_plainly() -> None:
    found = read_docx(b"not a zip at all")
    assert found.rows is None and "docx" in found.errors[0].th


def _one_activity_with_its_report(result: str | list[str], output: str = "") -> bytes:
    """A plan of one activity (1.1 อบรมจริยธรรม, its output as given) and a report form whose row for it
    says ``result``."""
    b = Builder().p("แผน ของกองทดสอบ (SYNTHETIC) ประจำปีงบประมาณ พ.ศ. 2567", "มาตรการที่ 1 การส่งเสริมคุณธรรม")
    b.table([["ลำดับ", "โครงการ/กิจกรรม", "ผลผลิต", "ระยะเวลา", "ผู้รับผิดชอบ"], ["1.1", "อบรมจริยธรรม", output, "", "ก"]])
    b.p("แบบรายงานผลการดำเนินงานตามแผนปฏิบัติการส่งเสริมคุณธรรม", "ของกองทดสอบ (SYNTHETIC) ประจำปีงบประมาณ พ.ศ. ๒๕๖๗")
    b.p("มาตรการที่ 1 การส่งเสริมคุณธรรม")
    b.table([["ลำดับ", "โครงการ/กิจกรรม", "ผลการดำเนินงาน", "เอกสารหลักฐาน"], ["1", "อบรมจริยธรรม", result, "รายงาน"]])
    return b.bytes()


def test_a_score_in_a_report_is_no_progress_and_is_said() -> None:
    """``ความพึงพอใจร้อยละ 85`` was the activity's progress: a survey done in full showed as 85 % done."""
    found = read_docx(_one_activity_with_its_report("สำรวจแล้ว มีผู้ตอบแบบสอบถาม 45 คน ความพึงพอใจร้อยละ 85"))
    assert [(p.cell, p.severity, p.th) for p in found.problems] == [
        (
            "ตาราง 2 แถว 2 คอลัมน์ ผลการดำเนินการ",
            Severity.WARNING,
            "ร้อยละ 85 ในแถวรายงานนี้เป็นคะแนนหรือความพึงพอใจ ไม่ใช่ผลการดำเนินการ: ใส่ร้อยละของงานที่ทำแล้ว "
            "เช่น “ดำเนินการแล้ว ร้อยละ 100”",
        )
    ]
    assert found.rows is not None and found.rows.participation == []
    assert [(a["progress"], a["actions"]) for a in found.rows.activities] == [
        (None, "สำรวจแล้ว มีผู้ตอบแบบสอบถาม 45 คน ความพึงพอใจร้อยละ 85")
    ]


def test_a_target_or_money_spent_in_a_report_is_no_progress() -> None:
    """``เป้าหมายร้อยละ ๘๐ ดำเนินการได้ร้อยละ ๖๐`` was 80 % done; money spent alone was the progress."""
    found = read_docx(_one_activity_with_its_report("เป้าหมายร้อยละ ๘๐ ดำเนินการได้ร้อยละ ๖๐"))
    assert found.problems == [] and found.rows is not None
    assert [a["progress"] for a in found.rows.activities] == [Decimal("60")]
    found = read_docx(_one_activity_with_its_report("เบิกจ่ายงบประมาณแล้ว ร้อยละ 95"))
    assert [(p.cell, p.severity, p.th) for p in found.problems] == [
        (
            "ตาราง 2 แถว 2 คอลัมน์ ผลการดำเนินการ",
            Severity.WARNING,
            "ร้อยละ 95 ในแถวรายงานนี้เป็นการใช้งบประมาณ ไม่ใช่ผลการดำเนินการ: ใส่ร้อยละของงานที่ทำแล้ว เช่น “ดำเนินการแล้ว ร้อยละ 100”",
        )
    ]
    assert found.rows is not None and [a["progress"] for a in found.rows.activities] == [None]


def test_two_head_counts_neither_said_to_be_everyone_are_asked_about_not_guessed() -> None:
    """``เข้าร่วม ๔๕ คน ขาด ๗ คน`` was read as 7 taking part of 45 (15.55 %), without a word."""
    found = read_docx(_one_activity_with_its_report(["ดำเนินการแล้ว ร้อยละ 100", "จัดอบรม ผู้เข้าร่วม ๔๕ คน ขาด ๗ คน"]))
    said = [(p.cell, p.th) for p in found.problems]
    assert any("ผลการดำเนินการ" in (cell or "") and "จำนวนใดเป็นจำนวนทั้งหมด" in th for cell, th in said), said
    assert found.rows is not None
    assert not found.rows.participation  # nothing guessed
    (act,) = found.rows.activities
    assert act["progress"] == 100  # the rest of the row is read


def test_a_share_of_people_is_not_taken_for_the_activity_s_progress() -> None:
    """A result that gives only a head count and its percentage had that percentage (86.53) read as the
    activity's progress, without a word."""
    found = read_docx(_one_activity_with_its_report("จัดอบรมแล้ว ผู้เข้าร่วม ๔๕ คน จากทั้งหมด ๕๒ คน คิดเป็นร้อยละ ๘๖.๕๓"))
    said = [(p.cell, p.th) for p in found.problems]
    assert any("ไม่มี “ร้อยละ …” ของผลการดำเนินการ" in th for _, th in said), said
    assert found.rows is not None
    (act,) = found.rows.activities
    assert act.get("progress") in (None, "")  # not 86.53
    (joined,) = found.rows.participation  # the head count is still read, as participation
    assert (joined["participants"], joined["headcount"]) == (45, 52)


@pytest.mark.parametrize(
    ("written", "said", "severity"),
    [
        ("๘๖.๕๓", None, None),
        ("86.54", "ร้อยละที่เขียนไว้ (86.54) ปัดเศษ: ระบบแสดงตามเอกสารราชการซึ่งตัดทศนิยม 45/52 = 86.53", "warning"),
        ("80", "ร้อยละที่เขียนไว้ (80) ไม่ตรงกับ 45/52 = 86.53", "error"),
    ],
)
def test_a_percentage_written_beside_a_head_count_is_checked_against_it(
    written: str, said: str | None, severity: str | None
) -> None:
    """45 of 52 is 86.53 cut, as official documents write it; 86.54 is the counts rounded (a warning: it was
    refused as not 45/52); 80 is a typo in one of the three figures."""
    result = ["ดำเนินการแล้ว ร้อยละ 100", f"ผู้เข้าร่วม ๔๕ คน จากทั้งหมด ๕๒ คน คิดเป็นร้อยละ {written}"]
    found = read_docx(_one_activity_with_its_report(result))
    about = [p for p in found.problems if "ร้อยละที่เขียนไว้" in p.th]
    assert [(p.th.split(" (ไม่ต้อง")[0].split(": ตรวจ")[0], p.severity.value) for p in about] == (
        [(said, severity)] if said else []
    )


def test_an_output_with_two_percentages_says_which_became_the_target() -> None:
    """The participation target is the percentage the activity's output names; with two, the first was
    taken without a word."""
    output = "หน่วยงานมีแผนร้อยละ 100 และบุคลากรเข้าร่วมไม่น้อยกว่าร้อยละ 80"
    found = read_docx(_one_activity_with_its_report(["ร้อยละ 100", "ผู้เข้าร่วม ๔๕ คน จากทั้งหมด ๕๒ คน"], output))
    assert any("มีร้อยละหลายค่า (100, 80): ใช้ 100" in p.th for p in found.problems), [p.th for p in found.problems]
    assert found.rows is not None
    (row,) = found.rows.participation
    assert (row["participants"], row["headcount"], row["target_pct"]) == (45, 52, 100)


def _three_activities(first_number: str, numbers_drawn_by_word: bool) -> bytes:
    """One measure's table whose first row is numbered as typed and the next two either numbered by Word
    itself (a list, its numbers in no text) or not at all (SYNTHETIC)."""
    b = Builder()
    b.p("แผนปฏิบัติการส่งเสริมคุณธรรม ของกองทดสอบ (SYNTHETIC)", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗")
    b.p("มาตรการที่ 1 ส่งเสริมคุณธรรม")
    b.table(
        [
            ["ลำดับ", "โครงการ/กิจกรรม", "ผลผลิต", "ระยะเวลา", "ผู้รับผิดชอบ"],
            [first_number, "อบรมจริยธรรม", "รายงาน", "ส่ง 15 มี.ค. 67", "กลุ่ม ก"],
            ["", "คัดเลือกบุคคลต้นแบบ", "ประกาศ", "ภายใน 30 ก.ย. 67", "กลุ่ม ข"],
            ["", "เผยแพร่ประมวลจริยธรรม", "เว็บไซต์", "ส่ง 30 ม.ค. 67", "กลุ่ม ค"],
        ]
    )
    if numbers_drawn_by_word:
        for r in (2, 3):
            b.doc.tables[0].cell(r, 0).paragraphs[0].style = b.doc.styles["List Number"]
    return b.bytes()


@pytest.mark.parametrize("first_number", ["1)", "1.1"])
def test_rows_numbered_by_word_itself_are_said_not_taken_into_the_row_above(first_number: str) -> None:
    """Word's automatic numbering keeps its numbers in no text: the two rows after the first were read as the
    rest of activity 1.1, its output, group and deadlines three of each, and the two activities gone, with
    nothing said."""
    found = read_docx(_three_activities(first_number, numbers_drawn_by_word=True))
    errors = [(p.cell, p.value) for p in found.problems if p.severity is Severity.ERROR]
    assert errors == [
        ("ตาราง 1 แถว 3 คอลัมน์ ลำดับ", "คัดเลือกบุคคลต้นแบบ"),
        ("ตาราง 1 แถว 4 คอลัมน์ ลำดับ", "เผยแพร่ประมวลจริยธรรม"),
    ]
    assert "เลขอัตโนมัติของ Word" in found.problems[0].th and "automatic numbering" in found.problems[0].en
    assert found.rows is not None
    (act,) = found.rows.activities
    assert (act["activity_id"], act["details"], act["responsible"], act["due_text"]) == (
        "1.1",
        "",
        "กลุ่ม ก",
        "ส่ง 15 มี.ค. 67",
    )


def test_a_row_with_a_title_and_no_number_in_the_same_table_is_said_to_be_read_as_the_row_above() -> None:
    """Read as the rest of a row split by a page break (as before), but said: an activity whose number was
    left out vanished into the one above without a word."""
    found = read_docx(_three_activities("1.1", numbers_drawn_by_word=False))
    said = [(p.cell, p.severity) for p in found.problems]
    assert said == [("ตาราง 1 แถว 3 คอลัมน์ ลำดับ", Severity.WARNING), ("ตาราง 1 แถว 4 คอลัมน์ ลำดับ", Severity.WARNING)]
    assert "อ่านเป็นส่วนต่อของกิจกรรม 1.1" in found.problems[0].th and "ใส่เลขกิจกรรม" in found.problems[0].th
    assert found.rows is not None and len(found.rows.activities) == 1


_ONE_TABLE_HEADER = ["ลำดับ", "โครงการ/กิจกรรม", "ผลผลิต", "ระยะเวลา", "ผู้รับผิดชอบ"]


@pytest.mark.parametrize(
    ("rows", "merges"),
    [
        pytest.param(
            [
                ["มาตรการที่ ๑ ส่งเสริมคุณธรรม", "", "", "", ""],
                ["๑.๑", "อบรมจริยธรรม", "รายงาน", "ส่ง 15 มี.ค. 67", "กลุ่ม ก"],
                ["๑.๒", "คัดเลือกบุคคลต้นแบบ", "ประกาศ", "ภายใน 30 ก.ย. 67", "กลุ่ม ข"],
                ["มาตรการที่ ๒ ป้องกันผลประโยชน์ทับซ้อน", "", "", "", ""],
                ["๒.๑", "เผยแพร่ประมวลจริยธรรม", "เว็บไซต์", "ส่ง 30 ม.ค. 67", "กลุ่ม ค"],
            ],
            ((1, 0, 1, 4), (4, 0, 4, 4)),  # rows counted from the header, 0
            id="a measure row merged across, ids",
        ),
        pytest.param(
            [
                ["", "มาตรการที่ 1 ส่งเสริมคุณธรรม", "", "", ""],
                ["1", "อบรมจริยธรรม", "รายงาน", "ส่ง 15 มี.ค. 67", "กลุ่ม ก"],
                ["2", "คัดเลือกบุคคลต้นแบบ", "ประกาศ", "ภายใน 30 ก.ย. 67", "กลุ่ม ข"],
                ["", "มาตรการที่ 2 ป้องกันผลประโยชน์ทับซ้อน", "", "", ""],
                ["1", "เผยแพร่ประมวลจริยธรรม", "เว็บไซต์", "ส่ง 30 ม.ค. 67", "กลุ่ม ค"],
            ],
            (),
            id="a measure in the name column, numbers in each measure",
        ),
    ],
)
def test_a_plan_laid_out_as_one_table_with_a_row_per_measure(
    rows: list[list[str]], merges: tuple[tuple[int, int, int, int], ...]
) -> None:
    """Each measure row was "no activity number" (or, after 1.2, the rest of 1.2: its output, group and period
    took the measure's name) and every measure "has no heading": the plan was refused (SYNTHETIC)."""
    b = Builder()
    b.p("แผนปฏิบัติการส่งเสริมคุณธรรม ของกองทดสอบ (SYNTHETIC)", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗")
    b.table([_ONE_TABLE_HEADER, *rows], merges=merges)
    found = read_docx(b.bytes())
    assert found.problems == []
    assert found.rows is not None
    assert [(m["number"], m["name"]) for m in found.rows.measures] == [
        (1, "ส่งเสริมคุณธรรม"),
        (2, "ป้องกันผลประโยชน์ทับซ้อน"),
    ]
    read = [(a["activity_id"], a["name"], a["details"], a["output"], a["responsible"]) for a in found.rows.activities]
    assert read == [
        ("1.1", "อบรมจริยธรรม", "", "รายงาน", "กลุ่ม ก"),
        ("1.2", "คัดเลือกบุคคลต้นแบบ", "", "ประกาศ", "กลุ่ม ข"),
        ("2.1", "เผยแพร่ประมวลจริยธรรม", "", "เว็บไซต์", "กลุ่ม ค"),
    ]


def test_guideline_total_and_note_rows_in_a_plan_table_are_not_read_into_the_activity_above() -> None:
    """A row of one text merged across the table stands in each column: read as the rest of the activity above,
    แนวทางที่ ๑.๒ … became 1.1's output, group and period too; รวม and หมายเหตุ went into its details (SYNTHETIC)."""
    b = Builder()
    b.p("แผนปฏิบัติการส่งเสริมคุณธรรม ของกองทดสอบ (SYNTHETIC)", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗")
    b.p("มาตรการที่ 1 ส่งเสริมคุณธรรม")
    b.table(
        [
            _ONE_TABLE_HEADER,
            ["แนวทางที่ ๑.๑ สร้างความรู้", "", "", "", ""],
            ["๑.๑", "อบรมจริยธรรม", "รายงาน", "ส่ง 15 มี.ค. 67", "กลุ่ม ก"],
            ["แนวทางที่ ๑.๒ ยกย่องคนดี", "", "", "", ""],
            ["๑.๒", "คัดเลือกบุคคลต้นแบบ", "ประกาศ", "ภายใน 30 ก.ย. 67", "กลุ่ม ข"],
            ["", "รวม", "", "", ""],
            ["", "หมายเหตุ: ทุกกิจกรรมใช้งบประมาณของกอง", "", "", ""],
        ],
        merges=((1, 0, 1, 4), (3, 0, 3, 4)),
    )
    found = read_docx(b.bytes())
    assert [(p.cell, p.value, p.severity) for p in found.problems] == [
        ("ตาราง 1 แถว 6 คอลัมน์ โครงการ/กิจกรรม", "รวม", Severity.WARNING),
        ("ตาราง 1 แถว 7 คอลัมน์ โครงการ/กิจกรรม", "หมายเหตุ: ทุกกิจกรรมใช้งบประมาณของกอง", Severity.WARNING),
    ]
    assert "ไม่ใช่กิจกรรม จึงไม่ได้อ่าน" in found.problems[0].th
    assert found.rows is not None
    assert [(g["guideline_id"], g["name"]) for g in found.rows.guidelines] == [
        ("1.1", "สร้างความรู้"),
        ("1.2", "ยกย่องคนดี"),
    ]
    read = [(a["activity_id"], a["details"], a["output"], a["responsible"], a["period"]) for a in found.rows.activities]
    assert read == [("1.1", "", "รายงาน", "กลุ่ม ก", ""), ("1.2", "", "ประกาศ", "กลุ่ม ข", "")]


def test_a_report_form_laid_out_as_one_table_with_a_row_per_measure() -> None:
    """Its measure rows were "no activity of measure 0 matches this report row", and so was every result under
    them: the results were lost and the plan refused (SYNTHETIC)."""
    b = Builder()
    b.p("แผนปฏิบัติการส่งเสริมคุณธรรม ของกองทดสอบ (SYNTHETIC)", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗")
    b.table(
        [
            _ONE_TABLE_HEADER,
            ["มาตรการที่ 1 ส่งเสริมคุณธรรม", "", "", "", ""],
            ["๑.๑", "อบรมจริยธรรม", "รายงาน", "ส่ง 15 มี.ค. 67", "กลุ่ม ก"],
            ["มาตรการที่ 2 ป้องกันผลประโยชน์ทับซ้อน", "", "", "", ""],
            ["๒.๑", "อบรมจริยธรรม", "รายงาน", "ส่ง 30 ม.ค. 67", "กลุ่ม ค"],
        ],
        merges=((1, 0, 1, 4), (3, 0, 3, 4)),
    )
    b.p("แบบรายงานผลการดำเนินงานตามแผนปฏิบัติการส่งเสริมคุณธรรม", "ของกองทดสอบ (SYNTHETIC) ประจำปีงบประมาณ พ.ศ. ๒๕๖๗")
    b.p("(ตั้งแต่เดือนตุลาคม ๒๕๖๖ – มีนาคม ๒๕๖๗)")
    b.table(
        [
            ["ลำดับ", "โครงการ/กิจกรรม", "ผลการดำเนินงาน", "เอกสารหลักฐาน"],
            ["มาตรการที่ 1 ส่งเสริมคุณธรรม", "", "", ""],
            ["1", "อบรมจริยธรรม", "ร้อยละ 100", "รายงาน ก"],
            ["มาตรการที่ 2 ป้องกันผลประโยชน์ทับซ้อน", "", "", ""],
            ["1", "อบรมจริยธรรม", "ร้อยละ 50", "รายงาน ข"],
        ],
        merges=((1, 0, 1, 3), (3, 0, 3, 3)),
    )
    found = read_docx(b.bytes())
    assert found.problems == []
    assert found.rows is not None
    read = [(a["activity_id"], a["progress"], a["evidence"]) for a in found.rows.activities]
    assert read == [("1.1", 100, "รายงาน ก"), ("2.1", 50, "รายงาน ข")]


@pytest.mark.parametrize(
    ("output", "group"),
    [
        ("ผลผลิต", "หน่วยงานที่รับผิดชอบ"),
        ("ผลผลิต", "กลุ่มงานที่รับผิดชอบ"),
        ("ผลผลิต", "ผู้รับผิดชอบโครงการ"),
        ("ผลผลิต (Output)", "ผู้รับผิดชอบ"),
    ],
)
def test_columns_titled_in_other_words_are_read(output: str, group: str) -> None:
    """The column was not read: every activity had no group (or no output), and nothing was said (SYNTHETIC)."""
    b = Builder()
    b.p("แผนปฏิบัติการส่งเสริมคุณธรรม ของกองทดสอบ (SYNTHETIC)", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗")
    b.p("มาตรการที่ 1 ส่งเสริมคุณธรรม")
    b.table(
        [
            ["ลำดับ", "โครงการ/กิจกรรม", output, "ระยะเวลา", group],
            ["๑.๑", "อบรมจริยธรรม", "รายงาน", "ส่ง 15 มี.ค. 67", "กลุ่ม ก"],
        ]
    )
    found = read_docx(b.bytes())
    assert found.problems == [] and found.rows is not None
    (act,) = found.rows.activities
    assert (act["activity_id"], act["output"], act["responsible"]) == ("1.1", "รายงาน", "กลุ่ม ก")


_MONTHS = ["ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย."]


_QUARTERS = ["ไตรมาส ๑ (ต.ค.–ธ.ค.)", "ไตรมาสที่ 2", "ไตรมาส 3", "ไตรมาส ๔ (ก.ค. - ก.ย.)"]


def _timeline(
    marks: dict[str, set[int]], *, two_rows: bool, shade: bool = False, columns: list[str] = _MONTHS
) -> bytes:
    """A plan whose table marks each activity's months (or quarters) in a timeline (SYNTHETIC): with ✓, or by
    shading the cells; its columns in the header row, or under a merged ระยะเวลาดำเนินการ."""
    b = Builder().p("แผน ของกองทดสอบ (SYNTHETIC) ประจำปีงบประมาณ พ.ศ. 2567", "มาตรการที่ 1 การส่งเสริมคุณธรรม")
    head, width = ["ลำดับ", "โครงการ/กิจกรรม", "ผลผลิต"], len(columns)
    rows = [[*head, "ระยะเวลาดำเนินการ", *[""] * (width - 1), "ผู้รับผิดชอบ"], ["", "", "", *columns, ""]]
    if not two_rows:
        rows = [[*head, *columns, "ผู้รับผิดชอบ"]]
    first = len(rows)
    for aid, months in marks.items():
        ticks = ["" if shade or m not in months else "✓" for m in range(width)]
        rows.append([aid, f"กิจกรรม {aid}", "รายงาน", *ticks, "กลุ่ม ก"])
    shaded = tuple((first + n, 3 + m) for n, months in enumerate(marks.values()) for m in months) if shade else ()
    return b.table(rows, merges=((0, 3, 0, 2 + width),) if two_rows else (), shaded=shaded).bytes()


@pytest.mark.parametrize(("two_rows", "shade"), [(False, False), (True, False), (True, True)])
def test_a_timeline_of_months_is_read_as_each_activity_s_period(two_rows: bool, shade: bool) -> None:
    """Ticks under ต.ค. … ก.ย. were dropped without a word; under a merged ระยะเวลาดำเนินการ the months row
    was an error ("no activity number"). A month marked is when the work runs, not a day it is due."""
    found = read_docx(_timeline({"1.1": {8}, "1.2": {0, 1, 2, 11}, "1.3": set()}, two_rows=two_rows, shade=shade))
    assert found.problems == []
    assert found.rows is not None
    assert [(a["activity_id"], a["period"], a["due_text"]) for a in found.rows.activities] == [
        ("1.1", "มิ.ย. 2567", ""),
        ("1.2", "ต.ค. 2566 – ธ.ค. 2566, ก.ย. 2567", ""),
        ("1.3", "", ""),
    ]


@pytest.mark.parametrize(("two_rows", "shade"), [(False, False), (True, False), (True, True)])
def test_a_timeline_of_quarters_is_read_as_each_activity_s_period(two_rows: bool, shade: bool) -> None:
    """ไตรมาส ๑ … ไตรมาส ๔ ticked were each "a column the form has no place for", the ticks kept as text in the
    details: a quarter of the fiscal year is its three months."""
    marks = {"1.1": {1}, "1.2": {0, 1, 3}, "1.3": set()}
    found = read_docx(_timeline(marks, two_rows=two_rows, shade=shade, columns=_QUARTERS))
    assert found.problems == []
    assert found.rows is not None
    assert [(a["activity_id"], a["period"], a["details"], a["due_text"]) for a in found.rows.activities] == [
        ("1.1", "ม.ค. 2567 – มี.ค. 2567", "", ""),
        ("1.2", "ต.ค. 2566 – มี.ค. 2567, ก.ค. 2567 – ก.ย. 2567", "", ""),
        ("1.3", "", "", ""),
    ]


def test_numbers_in_a_timeline_s_columns_are_kept_in_the_details_not_read_as_marks() -> None:
    """A result per quarter (25, 50, 75, 100) or a budget in a month's column read as ticks: the period became
    the whole year and the figures were lost without a word."""
    document = _plan_document(
        [
            ["ลำดับ", "โครงการ/กิจกรรม", *_QUARTERS, "ผู้รับผิดชอบ"],
            ["1.1", "อบรมจริยธรรม", "25", "๕๐", "", "", "กลุ่ม ก"],
            ["1.2", "ประกาศเจตนารมณ์", "", "✓", "✓", "5,000 บาท", "กลุ่ม ข"],
        ]
    )
    found = read_docx(document)
    assert [(p.cell, p.severity) for p in found.problems] == [
        ("ตาราง 1 แถว 2 คอลัมน์ ไตรมาส ๑ (ต.ค.–ธ.ค.)", Severity.WARNING),
        ("ตาราง 1 แถว 2 คอลัมน์ ไตรมาสที่ 2", Severity.WARNING),
        ("ตาราง 1 แถว 3 คอลัมน์ ไตรมาส ๔ (ก.ค. - ก.ย.)", Severity.WARNING),
    ]
    assert found.rows is not None
    assert [(a["period"], a["details"]) for a in found.rows.activities] == [
        ("", "ไตรมาส ๑ (ต.ค.–ธ.ค.): 25\nไตรมาสที่ 2: ๕๐"),
        ("ม.ค. 2567 – มิ.ย. 2567", "ไตรมาส ๔ (ก.ค. - ก.ย.): 5,000 บาท"),
    ]


def test_a_timeline_marked_in_no_row_is_said() -> None:
    """Arrows drawn over the table are no text and no cell's colour: no period could be read."""
    found = read_docx(_timeline({"1.1": set(), "1.2": set()}, two_rows=True))
    (said,) = found.problems
    assert said.cell == "ตาราง 1 แถว 1" and said.severity is Severity.WARNING
    assert "ไม่มีแถวใดทำเครื่องหมาย" in said.th


def test_columns_the_plan_form_has_no_place_for_are_kept_and_said_and_a_budget_is_read() -> None:
    """ตัวชี้วัด and ค่าเป้าหมาย were dropped without a word, and so was งบประมาณ."""
    document = _plan_document(
        [
            ["ลำดับ", "โครงการ/กิจกรรม", "ตัวชี้วัด", "ค่าเป้าหมาย", "ระยะเวลา", "งบประมาณ (บาท)", "ผู้รับผิดชอบ"],
            ["1.1", "อบรมจริยธรรม", "ร้อยละของบุคลากรที่เข้าร่วม", "ร้อยละ ๘๐", "ส่ง 30 ก.ย. 67", "๑๕,๐๐๐", "กลุ่ม ก"],
            ["1.2", "คัดเลือกบุคคลต้นแบบ", "จำนวนบุคคลต้นแบบ", "", "ส่ง 30 มิ.ย. 67", "ไม่ใช้งบประมาณ", "กลุ่ม ข"],
        ]
    )
    found = read_docx(document)
    assert [(p.cell, p.severity) for p in found.problems] == [
        ("ตาราง 1 แถว 2 คอลัมน์ ตัวชี้วัด", Severity.WARNING),
        ("ตาราง 1 แถว 2 คอลัมน์ ค่าเป้าหมาย", Severity.WARNING),
    ]
    assert found.rows is not None
    assert [(a["details"], a["budget"]) for a in found.rows.activities] == [
        ("ตัวชี้วัด: ร้อยละของบุคลากรที่เข้าร่วม\nค่าเป้าหมาย: ร้อยละ ๘๐", "๑๕,๐๐๐"),
        ("ตัวชี้วัด: จำนวนบุคคลต้นแบบ", "ไม่ใช้งบประมาณ"),
    ]
    checked = check_file(document, "plan.docx")  # the workbook's checks read the budgets as a typed one is
    assert checked.plan is not None and [a.budget for a in checked.plan.activities] == [15000, 0]


def _report(header: list[str], *rows: list[str]) -> bytes:
    """A plan of two activities and a report form with the given columns (SYNTHETIC)."""
    b = Builder().p("แผน ของกองทดสอบ (SYNTHETIC) ประจำปีงบประมาณ พ.ศ. 2567", "มาตรการที่ 1 การส่งเสริมคุณธรรม")
    b.table(
        [
            ["ลำดับ", "โครงการ/กิจกรรม", "ผลผลิต", "ระยะเวลา", "ผู้รับผิดชอบ"],
            ["1.1", "อบรมจริยธรรม", "รายงาน", "ส่ง 30 มิ.ย. 67", "กลุ่ม ก"],
            ["1.2", "ประกาศเจตนารมณ์", "ประกาศ", "ส่ง 30 ก.ย. 67", "กลุ่ม ข"],
        ]
    )
    b.p("แบบรายงานผลการดำเนินงานตามแผนปฏิบัติการส่งเสริมคุณธรรม", "ของกองทดสอบ (SYNTHETIC) ประจำปีงบประมาณ พ.ศ. ๒๕๖๗")
    b.p("ตั้งแต่เดือนตุลาคม ๒๕๖๖ – มีนาคม ๒๕๖๗", "มาตรการที่ 1 การส่งเสริมคุณธรรม")
    return b.table([header, *rows]).bytes()


_WITH_PERCENT = ["ลำดับ", "โครงการ/กิจกรรม", "ผลการดำเนินงาน", "ร้อยละความสำเร็จ", "เอกสารหลักฐาน"]


def test_a_report_s_percentage_in_a_column_of_its_own_is_its_progress() -> None:
    """``ร้อยละความสำเร็จ`` beside the result in words was dropped, and each row was said to give no percentage."""
    document = _report(
        _WITH_PERCENT,
        ["1", "อบรมจริยธรรม", "จัดอบรมแล้ว", "100", "รายงาน"],
        ["2", "ประกาศเจตนารมณ์", "อยู่ระหว่างดำเนินการ", "50%", ""],
    )
    found = read_docx(document)
    assert found.problems == [] and found.rows is not None
    assert [(a["activity_id"], a["progress"], a["actions"]) for a in found.rows.activities] == [
        ("1.1", 100, "จัดอบรมแล้ว"),
        ("1.2", "50%", "อยู่ระหว่างดำเนินการ"),  # as typed: the workbook's checks read it as a typed cell
    ]
    checked = check_file(document, "plan.docx")
    assert checked.plan is not None and [a.progress for a in checked.plan.activities] == [100, 50]


def test_a_head_count_wrapped_over_two_lines_of_a_cell_is_read_as_one() -> None:
    """``ผู้เข้าร่วม ๑๒๗ คน`` / ``จากบุคลากรทั้งหมด ๑๓๙ คน`` on two lines of the result cell: each line one count and
    no head count, so the activity had no participation, without a word. Two lines of who passed are asked."""
    found = read_docx(
        _report(
            ["ลำดับ", "โครงการ/กิจกรรม", "ผลการดำเนินงาน", "เอกสารหลักฐาน"],
            ["1", "อบรมจริยธรรม", ["ดำเนินการแล้ว ร้อยละ 100", "ผู้เข้าร่วม 127 คน", "จากบุคลากรทั้งหมด 139 คน"], "-"],
            ["2", "ประกาศเจตนารมณ์", ["ดำเนินการแล้ว ร้อยละ 100", "ผู้เข้าร่วม 127 คน", "ผ่านการทดสอบ 100 คน"], "-"],
        )
    )
    assert found.rows is not None
    assert [(p["activity_id"], p["participants"], p["headcount"]) for p in found.rows.participation] == [
        ("1.1", 127, 139)
    ]
    (asked,) = found.errors
    assert asked.cell == "ตาราง 2 แถว 3 คอลัมน์ ผลการดำเนินการ" and "ผ่าน" in asked.th


def test_a_report_s_two_different_percentages_are_asked_about() -> None:
    found = read_docx(
        _report(
            _WITH_PERCENT,
            ["1", "อบรมจริยธรรม", "จัดอบรมแล้ว ร้อยละ 80", "100", "รายงาน"],
            ["2", "ประกาศเจตนารมณ์", "ประกาศแล้ว ร้อยละ 100", "100", ""],
        )
    )
    (asked,) = found.errors
    assert asked.cell == "ตาราง 2 แถว 2 คอลัมน์ ร้อยละความสำเร็จ" and "ไม่ตรงกับที่ผลการดำเนินการเขียนไว้ (ร้อยละ 80)" in asked.th


def test_a_report_s_columns_the_form_has_no_place_for_are_kept_in_the_remarks_and_said() -> None:
    """ปัญหา/อุปสรรค, ข้อเสนอแนะ and สถานะ were dropped without a word."""
    found = read_docx(
        _report(
            ["ลำดับ", "โครงการ/กิจกรรม", "ผลการดำเนินงาน", "ปัญหา/อุปสรรค", "ข้อเสนอแนะ", "เอกสารหลักฐาน"],
            ["1", "อบรมจริยธรรม", "จัดอบรมแล้ว ร้อยละ 100", "งบประมาณไม่พอ", "เพิ่มงบ", "รายงาน"],
            ["2", "ประกาศเจตนารมณ์", "ประกาศแล้ว ร้อยละ 100", "", "ทำทุกปี", ""],
        )
    )
    assert [(p.cell, p.severity) for p in found.problems] == [
        ("ตาราง 2 แถว 2 คอลัมน์ ปัญหา/อุปสรรค", Severity.WARNING),
        ("ตาราง 2 แถว 2 คอลัมน์ ข้อเสนอแนะ", Severity.WARNING),
    ]
    assert found.rows is not None
    assert [a["remarks"] for a in found.rows.activities] == [
        "ปัญหา/อุปสรรค: งบประมาณไม่พอ\nข้อเสนอแนะ: เพิ่มงบ",
        "ข้อเสนอแนะ: ทำทุกปี",
    ]


def test_a_measure_and_a_guideline_in_columns_of_their_own_are_read() -> None:
    """A table giving each row's มาตรการ and แนวทาง in columns merged down over its rows, with no heading
    before it: every activity was refused ("measure 1 has no heading"), and the guideline column dropped."""
    b = Builder().p("แผนปฏิบัติการ ของกองทดสอบ (SYNTHETIC) ประจำปีงบประมาณ พ.ศ. 2567")
    b.table(
        [
            ["มาตรการ", "แนวทาง", "ลำดับ", "โครงการ/กิจกรรม", "ระยะเวลา", "ผู้รับผิดชอบ"],
            ["มาตรการที่ ๑ ส่งเสริมคุณธรรม", "๑.๑ ส่งเสริมการเรียนรู้", "1.1", "อบรมจริยธรรม", "ส่ง 30 มิ.ย. 67", "กลุ่ม ก"],
            ["", "", "1.2", "ประกาศเจตนารมณ์", "ส่ง 30 ก.ย. 67", "กลุ่ม ข"],
            ["มาตรการที่ 2 ความโปร่งใส", "แนวทางที่ 2.1 เปิดเผยข้อมูล", "2.1", "เผยแพร่ข้อมูล", "ส่ง 31 ก.ค. 67", "กลุ่ม ก"],
            ["มาตรการที่ 3 ต่อต้านการทุจริต", "2.1 เปิดเผยข้อมูล", "3.1", "ประเมินความเสี่ยง", "", "กลุ่ม ก"],
        ],
        merges=((1, 0, 2, 0), (1, 1, 2, 1)),
    )
    found = read_docx(b.bytes())
    assert [(p.cell, p.severity) for p in found.problems] == [("ตาราง 1 แถว 5 คอลัมน์ แนวทาง", Severity.ERROR)]
    assert found.rows is not None
    assert [(m["number"], m["name"]) for m in found.rows.measures] == [
        (1, "ส่งเสริมคุณธรรม"),
        (2, "ความโปร่งใส"),
        (3, "ต่อต้านการทุจริต"),
    ]
    assert [(g["guideline_id"], g["name"]) for g in found.rows.guidelines] == [
        ("1.1", "ส่งเสริมการเรียนรู้"),
        ("2.1", "เปิดเผยข้อมูล"),
    ]
    assert [(a["activity_id"], a["guideline"]) for a in found.rows.activities] == [
        ("1.1", "1.1"),
        ("1.2", "1.1"),
        ("2.1", "2.1"),
        ("3.1", None),  # 2.1 is of measure 2: said at its cell, not given to 3.1
    ]


@pytest.mark.parametrize("numbered", [True, False])
def test_a_project_column_beside_the_activity_column_names_neither_for_the_other(numbered: bool) -> None:
    """``โครงการ | กิจกรรม``: every activity was called its project's name, its own name dropped (later kept
    only in its details, with a warning)."""
    head, first, second = ["โครงการ", "กิจกรรม", "ระยะเวลา", "ผู้รับผิดชอบ"], "อบรมจริยธรรม", "ประกาศเจตนารมณ์"
    rows = [
        ["1. โครงการส่งเสริมคุณธรรม", f"1.1 {first}", "ส่ง 30 มิ.ย. 67", "กลุ่ม ก"],
        ["", f"1.2 {second}", "ส่ง 30 ก.ย. 67", "กลุ่ม ข"],
    ]
    if numbered:
        head, rows = (
            ["ลำดับ", *head],
            [["1.1", r[0], first, *r[2:]] for r in rows[:1]] + [["1.2", "", second, *rows[1][2:]]],
        )
    b = Builder().p("แผนปฏิบัติการ ของกองทดสอบ (SYNTHETIC) ประจำปีงบประมาณ พ.ศ. 2567", "มาตรการที่ 1 ส่งเสริมคุณธรรม")
    found = read_docx(b.table([head, *rows], merges=((1, int(numbered), 2, int(numbered)),)).bytes())
    assert found.problems == [] and found.rows is not None
    assert [(a["activity_id"], a["name"], a["details"]) for a in found.rows.activities] == [
        ("1.1", first, "โครงการ: 1. โครงการส่งเสริมคุณธรรม"),
        ("1.2", second, "โครงการ: 1. โครงการส่งเสริมคุณธรรม"),
    ]


@pytest.mark.parametrize(
    ("cover", "unit"),
    [
        (["แผนปฏิบัติการส่งเสริมคุณธรรม สำนักทดสอบ (SYNTHETIC) ประจำปีงบประมาณ พ.ศ. 2567"], "สำนักทดสอบ (SYNTHETIC)"),
        (["แผนปฏิบัติการส่งเสริมคุณธรรม", "กองทดสอบ สำนักงานทดลอง", "ประจำปีงบประมาณ พ.ศ. 2567"], "กองทดสอบ สำนักงานทดลอง"),
        (["ศูนย์ทดสอบ", "แผนปฏิบัติการส่งเสริมคุณธรรม ประจำปีงบประมาณ พ.ศ. 2567"], "ศูนย์ทดสอบ"),
    ],
)
def test_a_cover_that_names_its_unit_without_of_is_read_and_said(cover: list[str], unit: str) -> None:
    """A cover without ของ before the unit's name was "the cover names no unit", and nothing could be published."""
    b = Builder().p(*cover).p("มาตรการที่ 1 การส่งเสริมคุณธรรม")
    b.table([["ลำดับ", "โครงการ/กิจกรรม", "ผลผลิต", "ระยะเวลา", "ผู้รับผิดชอบ"], ["1.1", "อบรม", "รายงาน", "", "ก"]])
    found = read_docx(b.bytes())
    (said,) = found.problems
    assert (said.cell, said.severity) == ("ปก", Severity.WARNING) and f"อ่านชื่อหน่วยงานเป็น “{unit}”" in said.th
    assert found.rows is not None and found.rows.unit["unit"] == unit


def _noted(*notes: str, row: str | None = None) -> bytes:
    """A plan of two activities (SYNTHETIC) with paragraphs after its table, or a note row in it."""
    b = Builder().p("แผน ของกองทดสอบ (SYNTHETIC) ประจำปีงบประมาณ พ.ศ. 2567", "มาตรการที่ 1 การส่งเสริมคุณธรรม")
    rows = [
        ["ลำดับ", "โครงการ/กิจกรรม", "ผลผลิต", "ระยะเวลา", "ผู้รับผิดชอบ"],
        ["1.1", "อบรมจริยธรรม", "รายงาน", "ส่ง 30 มิ.ย. 67", "กลุ่ม ก"],
        ["1.2", "ประกาศเจตนารมณ์", "ประกาศ", "ส่ง 31 ก.ค. 67", "กลุ่ม ข"],
    ]
    if row is not None:
        rows.append([row] * 5)
    return b.table(rows, merges=((3, 0, 3, 4),) if row is not None else ()).p(*notes).bytes()


def test_a_note_after_the_table_that_moves_an_activity_is_an_error_and_kept_with_it() -> None:
    """A หมายเหตุ paragraph under the table moving 1.2 to 30 September was dropped without a word: the
    dashboard kept 31 July and called 1.2 overdue in August. Now each note naming an activity is kept in its
    remarks; a move to a day its row does not give is an error (which of the two is right cannot be known),
    a cancellation and a note that agrees with the row are warnings, and a remark that changes nothing is
    left alone."""
    moved = "หมายเหตุ: กิจกรรมที่ ๑.๒ เลื่อนกำหนดส่งเป็นวันที่ ๓๐ ก.ย. ๖๗ ตามมติที่ประชุม"
    cancelled = "กิจกรรม 1.1 ยกเลิก เนื่องจากไม่ได้รับงบประมาณ"
    agreeing = "กิจกรรมที่ 1.1 ขยายเวลาถึง 30 มิ.ย. 67 แล้ว (อนุมัติเมื่อ 2 พ.ค. 67)"
    remark = "กิจกรรมที่ 1.2 ดำเนินการร่วมกับกองคลัง"
    found = read_docx(_noted(moved, cancelled, agreeing, remark))
    assert [(p.cell, p.severity, p.th) for p in found.problems] == [
        (
            "ย่อหน้า 4 (ต้นเอกสาร)",
            Severity.ERROR,
            "หมายเหตุนี้บอกว่ากิจกรรม 1.2 เลื่อนหรือเปลี่ยนเป็น 30 ก.ย. 2567 แต่แถวของกิจกรรมในตารางให้กำหนดส่ง "
            "(1.2: 31 ก.ค. 2567): แก้วันที่ในแถวของกิจกรรมให้ถูกต้อง (หมายเหตุนอกแถวกิจกรรมไม่ได้อ่านเป็นกำหนดส่ง)",
        ),
        (
            "ย่อหน้า 5 (ต้นเอกสาร)",
            Severity.WARNING,
            "หมายเหตุนี้บอกว่ากิจกรรม 1.1 ยกเลิกหรือไม่ได้ดำเนินการ แต่แดชบอร์ดยังนับกิจกรรมนี้ในความสำเร็จและกำหนดส่ง: "
            "ถ้ายกเลิกแล้ว ให้ลบแถวของกิจกรรมออก (หมายเหตุเก็บไว้ในคอลัมน์หมายเหตุของกิจกรรม)",
        ),
        (
            "ย่อหน้า 6 (ต้นเอกสาร)",
            Severity.WARNING,
            "หมายเหตุนี้อยู่นอกแถวกิจกรรม จึงเก็บไว้ในคอลัมน์หมายเหตุของกิจกรรม 1.1: ตรวจว่ากำหนดส่งและผลในแถวของกิจกรรมตรงกับหมายเหตุ",
        ),
    ]
    assert found.rows is not None
    assert [(a["activity_id"], a["due_text"], a["remarks"]) for a in found.rows.activities] == [
        ("1.1", "ส่ง 30 มิ.ย. 67", f"{cancelled}\n{agreeing}"),
        ("1.2", "ส่ง 31 ก.ค. 67", moved),
    ]


def test_a_note_row_in_the_table_that_names_an_activity_says_what_it_changes() -> None:
    """A note row merged across the table was "a total or a note, not read" whatever it said; moving 1.1 and
    1.2 to a day neither row gives, it is now the error a paragraph is, kept with both."""
    note = "หมายเหตุ: กิจกรรมที่ 1.1 และ 1.2 เลื่อนเป็น 15 ส.ค. 67"
    found = read_docx(_noted(row=note))
    assert [(p.cell, p.severity, p.th, p.en) for p in found.problems] == [
        (
            "ตาราง 1 แถว 4 คอลัมน์ โครงการ/กิจกรรม",
            Severity.ERROR,
            "หมายเหตุนี้บอกว่ากิจกรรม 1.1, 1.2 เลื่อนหรือเปลี่ยนเป็น 15 ส.ค. 2567 แต่แถวของกิจกรรมในตารางให้กำหนดส่ง "
            "(1.1: 30 มิ.ย. 2567; 1.2: 31 ก.ค. 2567): แก้วันที่ในแถวของกิจกรรมให้ถูกต้อง "
            "(หมายเหตุนอกแถวกิจกรรมไม่ได้อ่านเป็นกำหนดส่ง)",
            "this note says activity 1.1, 1.2 moved or changed to 15 Aug 2567 BE, but the table gives (1.1: 30 "
            "Jun 2567 BE; 1.2: 31 Jul 2567 BE): correct the date in the activity's row (a note outside the rows is not "
            "read as a deadline)",
        )
    ]
    assert found.rows is not None and [a["remarks"] for a in found.rows.activities] == [note, note]
    unnamed = read_docx(_noted(row="หมายเหตุ: ข้อมูล ณ วันที่ 31 มี.ค. 67"))
    assert [(p.cell, p.th) for p in unnamed.problems] == [
        ("ตาราง 1 แถว 4 คอลัมน์ โครงการ/กิจกรรม", "แถวนี้เป็นแถวรวมหรือหมายเหตุของตาราง ไม่ใช่กิจกรรม จึงไม่ได้อ่าน")
    ]


def test_finished_by_a_day_in_the_plan_is_a_deadline() -> None:
    """``กำหนดเสร็จ ๓๑ มี.ค. ๖๗`` under ระยะเวลา was the period: the activity had no deadline and was never
    overdue, without a word. An event's day stays the period."""
    document = _plan_document(
        [
            ["ลำดับ", "โครงการ/กิจกรรม", "ผลผลิต", "ระยะเวลา", "ผู้รับผิดชอบ"],
            ["1.1", "อบรมจริยธรรม", "รายงาน", "กำหนดเสร็จ ๓๑ มี.ค. ๖๗", "กลุ่ม ก"],
            ["1.2", "ประกาศเจตนารมณ์", "ประกาศ", "แล้วเสร็จ 30 มิ.ย. 67", "กลุ่ม ข"],
            ["1.3", "จัดงานวันต่อต้านคอร์รัปชัน", "งาน", "9 ธ.ค. 66", "กลุ่ม ข"],
        ]
    )
    found = read_docx(document)
    assert found.problems == [] and found.rows is not None
    assert [(a["due_text"], a["period"]) for a in found.rows.activities] == [
        ("กำหนดเสร็จ ๓๑ มี.ค. ๖๗", ""),
        ("แล้วเสร็จ 30 มิ.ย. 67", ""),
        ("", "9 ธ.ค. 66"),
    ]


def test_a_column_of_deadlines_gives_each_activity_its_deadlines() -> None:
    """A กำหนดส่ง column was "a column the form has no place for": its dates were kept as words in the details
    and no activity had a deadline. Each date there is one, with a cue word or not; the same day in ระยะเวลา
    counts once; what cannot be read is said at its cell."""
    document = _plan_document(
        [
            ["ลำดับ", "โครงการ/กิจกรรม", "ระยะเวลา", "กำหนดส่ง", "ผู้รับผิดชอบ"],
            ["1.1", "อบรมจริยธรรม", "ม.ค. – มี.ค. 67", "๓๑ มี.ค. ๖๗", "กลุ่ม ก"],
            ["1.2", "ประกาศเจตนารมณ์", "ส่ง 31 ก.ค. 67", ["ส่ง 31 ก.ค. 67", "รายงานผล 30 ก.ย. 67"], "กลุ่ม ข"],
            ["1.3", "เผยแพร่ประมวลจริยธรรม", "ตลอดปี", "-", "กลุ่ม ข"],
            ["1.4", "รายงานผล", "", "ทุกไตรมาส", "กลุ่ม ข"],
        ]
    )
    found = read_docx(document)
    assert [(p.cell, p.severity) for p in found.problems] == [("ตาราง 1 แถว 5 คอลัมน์ กำหนดส่ง", Severity.ERROR)]
    assert found.problems[0].th.startswith("“ทุกไตรมาส” เป็นกำหนดที่ทำซ้ำ") and "(กิจกรรม 1.4)" in found.problems[0].th
    assert found.rows is not None
    assert [(a["due_text"], a["period"], a["details"]) for a in found.rows.activities] == [
        ("๓๑ มี.ค. ๖๗", "ม.ค. – มี.ค. 67", ""),
        ("ส่ง 31 ก.ค. 67 รายงานผล 30 ก.ย. 67", "", ""),  # ระยะเวลา said it word for word: once
        ("", "ตลอดปี", ""),
        ("", "", ""),
    ]


@pytest.mark.parametrize(
    ("heading", "cell", "result"),
    [
        # the target in a column of its own: kept in the details, the participation had none
        ("ค่าเป้าหมาย", "ร้อยละ ๘๐", "ดำเนินการแล้ว ร้อยละ 100 ผู้เข้าร่วม 127 คน จาก 139 คน"),
        # stated in the report's sentence: no target, without a word
        (
            "ผลผลิต",
            "บุคลากรเข้าร่วมอบรม",
            "ดำเนินการแล้ว ร้อยละ 100 ผู้เข้าร่วม ๑๒๗ คน จากบุคลากรทั้งหมด ๑๓๙ คน คิดเป็นร้อยละ ๙๑.๓๖ ซึ่งสูงกว่าเป้าหมายร้อยละ ๘๐",
        ),
    ],
)
def test_a_participation_target_is_read_where_the_plan_or_the_report_gives_it(
    heading: str, cell: str, result: str
) -> None:
    b = Builder().p("แผน ของกองทดสอบ (SYNTHETIC) ประจำปีงบประมาณ พ.ศ. 2567", "มาตรการที่ 1 การส่งเสริมคุณธรรม")
    b.table([["ลำดับ", "โครงการ/กิจกรรม", heading, "ผู้รับผิดชอบ"], ["1.1", "อบรมจริยธรรม", cell, "ก"]])
    b.p("แบบรายงานผลการดำเนินงานตามแผนปฏิบัติการส่งเสริมคุณธรรม", "ของกองทดสอบ (SYNTHETIC) ประจำปีงบประมาณ พ.ศ. ๒๕๖๗")
    b.p("มาตรการที่ 1 การส่งเสริมคุณธรรม")
    b.table([["ลำดับ", "โครงการ/กิจกรรม", "ผลการดำเนินงาน", "เอกสารหลักฐาน"], ["1", "อบรมจริยธรรม", result, "รายงาน"]])
    found = read_docx(b.bytes())
    assert [p.severity for p in found.problems] == ([Severity.WARNING] if heading == "ค่าเป้าหมาย" else [])
    assert found.rows is not None and found.rows.participation == [
        {"activity_id": "1.1", "group": None, "participants": 127, "headcount": 139, "target_pct": Decimal("80")}
    ]


def _with_forms(*forms: tuple[str, list[list[str]]]) -> bytes:
    """A plan of 1.1 and 2.1 (SYNTHETIC) followed by report forms, each a round and its rows (measure, row)."""
    b = Builder().p("แผน ของกองทดสอบ (SYNTHETIC) ประจำปีงบประมาณ พ.ศ. 2567")
    for measure, name in ((1, "อบรมจริยธรรม"), (2, "ประกาศเจตนารมณ์")):
        b.p(f"มาตรการที่ {measure} มาตรการ {measure}")
        b.table([["ลำดับ", "โครงการ/กิจกรรม", "ผลผลิต", "ผู้รับผิดชอบ"], [f"{measure}.1", name, "รายงาน", "ก"]])
    for round_, rows in forms:
        b.p("แบบรายงานผลการดำเนินงานตามแผนปฏิบัติการส่งเสริมคุณธรรม", "ของกองทดสอบ (SYNTHETIC) ประจำปีงบประมาณ พ.ศ. ๒๕๖๗")
        b.p(round_)
        for measure, result in rows:
            b.p(f"มาตรการที่ {measure} มาตรการ {measure}")
            name = "อบรมจริยธรรม" if measure == "1" else "ประกาศเจตนารมณ์"
            b.table([["ลำดับ", "โครงการ/กิจกรรม", "ผลการดำเนินงาน", "เอกสารหลักฐาน"], ["1", name, result, "รายงาน"]])
    return b.bytes()


def test_report_forms_of_two_rounds_are_asked_about() -> None:
    """A 6-month report, then the 12-month one: the first round's figures stood, and each row of the second was
    "no activity matches this report row", an error that did not say what was wrong."""
    found = read_docx(
        _with_forms(
            ("ตั้งแต่เดือนตุลาคม ๒๕๖๖ – มีนาคม ๒๕๖๗", [["1", "ดำเนินการแล้ว ร้อยละ 50"], ["2", "ดำเนินการแล้ว ร้อยละ 100"]]),
            ("ตั้งแต่เดือนตุลาคม ๒๕๖๖ – กันยายน ๒๕๖๗", [["1", "ดำเนินการแล้ว ร้อยละ 100"]]),
        )
    )
    assert [(p.cell, p.severity, p.th) for p in found.problems] == [
        (
            "แบบรายงาน",
            Severity.ERROR,
            "เอกสารมีแบบรายงาน 2 รอบ (ถึง 31 มี.ค. 2567, 30 ก.ย. 2567): ให้เหลือแบบรายงานรอบเดียว (รอบล่าสุด "
            "ที่รายงานทุกกิจกรรม) แล้วอัปโหลดใหม่ (ผลของสองรอบอ่านรวมกันไม่ได้)",
        )
    ]


def test_report_forms_of_one_round_are_all_read() -> None:
    """A form per measure, each after the other's table, for the same round: both are read."""
    found = read_docx(
        _with_forms(
            ("ตั้งแต่เดือนตุลาคม ๒๕๖๖ – มีนาคม ๒๕๖๗", [["1", "ดำเนินการแล้ว ร้อยละ 50"]]),
            ("ตั้งแต่เดือนตุลาคม ๒๕๖๖ – มีนาคม ๒๕๖๗", [["2", "ดำเนินการแล้ว ร้อยละ 100"]]),
        )
    )
    assert found.problems == [] and found.rows is not None
    assert [(a["activity_id"], a["progress"]) for a in found.rows.activities] == [("1.1", 50), ("2.1", 100)]
    assert found.rows.unit["as_of"] == date(2024, 3, 31)


def test_a_plan_of_several_fiscal_years_is_read_as_its_first_and_said() -> None:
    """ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ – ๒๕๖๘ was read as 2566 without a word."""
    b = Builder().p("แผนส่งเสริมคุณธรรม ของกองทดสอบ (SYNTHETIC) ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ – ๒๕๖๘")
    b.p("มาตรการที่ 1 การส่งเสริมคุณธรรม")
    b.table([["ลำดับ", "โครงการ/กิจกรรม", "ผลผลิต", "ผู้รับผิดชอบ"], ["1.1", "อบรมจริยธรรม", "รายงาน", "ก"]])
    found = read_docx(b.bytes())
    assert [(p.cell, p.severity, p.th) for p in found.problems] == [
        (
            "ปก",
            Severity.WARNING,
            "หน้าปกระบุปีงบประมาณเป็นช่วง (2566–2568) จึงอ่านเป็นแผนของปีงบประมาณ 2566: แดชบอร์ดติดตามทีละปี "
            "ถ้าเป็นปีอื่น แก้ปีในแผ่นงาน ข้อมูลหน่วยงาน ของไฟล์ Excel ที่แปลงแล้ว (กำหนดส่งนอกปีนี้จะถูกบอกทีละรายการ)",
        )
    ]
    assert found.rows is not None and found.rows.unit["fiscal_year_be"] == 2566


def test_activities_numbered_under_their_guidelines_are_read() -> None:
    """๑.๑.๑ (measure, guideline, activity), as plans that list their activities by guideline number them: each
    was "the activity number cannot be read", and the plan refused."""
    b = Builder().p("แผน ของกองทดสอบ (SYNTHETIC) ประจำปีงบประมาณ พ.ศ. 2567", "มาตรการที่ 1 การส่งเสริมคุณธรรม")
    b.p("แนวทาง", "1.1 สร้างความรู้", "1.2 สร้างเครือข่าย")
    b.table(
        [
            ["ลำดับ", "โครงการ/กิจกรรม", "ผลผลิต", "ระยะเวลา", "ผู้รับผิดชอบ"],
            ["๑.๑.๑", "อบรมจริยธรรม", "รายงาน", "ส่ง 30 มิ.ย. 67", "กลุ่ม ก"],
            ["1.1.2", "เผยแพร่ความรู้", "สื่อ", "ส่ง 31 ก.ค. 67", "กลุ่ม ก"],
            ["", "1.2.1 ประชุมเครือข่าย", "รายงาน", "ส่ง 31 ส.ค. 67", "กลุ่ม ข"],  # the number starts the name
        ]
    )
    found = read_docx(b.bytes())
    assert found.problems == [] and found.rows is not None
    assert [(a["activity_id"], a["name"], a["guideline"]) for a in found.rows.activities] == [
        ("1.1.1", "อบรมจริยธรรม", "1.1"),
        ("1.1.2", "เผยแพร่ความรู้", "1.1"),
        ("1.2.1", "ประชุมเครือข่าย", "1.2"),
    ]
    checked = check_file(b.bytes(), "plan.docx")  # the workbook's checks take them as they are
    assert checked.plan is not None and checked.result.problems == ()
    assert [(a.activity_id, a.guideline) for a in checked.plan.activities] == [
        ("1.1.1", "1.1"),
        ("1.1.2", "1.1"),
        ("1.2.1", "1.2"),
    ]


def test_a_status_column_that_says_cancelled_is_said() -> None:
    """สถานะ ยกเลิก in a column of its own, in the plan or the report form, was kept with the column's one warning:
    the activity counted as not done, and overdue, without a word of it."""
    document = _plan_document(
        [
            ["ลำดับ", "โครงการ/กิจกรรม", "ผลผลิต", "สถานะ", "ผู้รับผิดชอบ"],
            ["1.1", "อบรมจริยธรรม", "รายงาน", "ยกเลิก (ไม่ได้รับงบประมาณ)", "ก"],
            ["1.2", "ประกาศเจตนารมณ์", "ประกาศ", "ดำเนินการแล้ว", "ก"],
        ]
    )
    found = read_docx(document)
    assert [(p.cell, p.severity, p.th) for p in found.problems[1:]] == [
        (
            "ตาราง 1 แถว 2",
            Severity.WARNING,
            "คอลัมน์ สถานะ บอกว่ากิจกรรม 1.1 ยกเลิกหรือไม่ได้ดำเนินการ แต่แดชบอร์ดยังนับกิจกรรมนี้ในความสำเร็จและกำหนดส่ง: "
            "ถ้ายกเลิกแล้ว ให้ลบแถวของกิจกรรมออก (ข้อความเก็บไว้ในรายละเอียดของกิจกรรม)",
        )
    ]
    assert found.problems[0].th.startswith("แบบฟอร์มไม่มีคอลัมน์ “สถานะ”")


def test_within_a_month_in_the_plan_is_due_at_its_end_and_within_a_span_is_the_period() -> None:
    """``ภายใน มี.ค. 67`` under ระยะเวลา was the period (the activity never due), where ``ภายในเดือนมีนาคม 2567``
    was due 31 March."""
    found = read_docx(
        _table_document(
            [
                ["1.1", "อบรม", "รายงาน", "ภายใน มี.ค. 67", "กลุ่ม ก"],
                ["1.2", "ประกาศ", "ประกาศ", "ภายใน มี.ค. 67 และภายใน ก.ย. 67", "กลุ่ม ก"],
                ["1.3", "รณรงค์", "งาน", "ภายใน ต.ค. 66 - ก.ย. 67", "กลุ่ม ก"],
            ]
        )
    )
    assert found.problems == [] and found.rows is not None
    assert [(a["due_text"], a["period"]) for a in found.rows.activities] == [
        ("ภายใน มี.ค. 67", ""),
        ("ภายใน มี.ค. 67 และภายใน ก.ย. 67", ""),
        ("", "ภายใน ต.ค. 66 - ก.ย. 67"),
    ]


def test_by_a_day_in_other_words_in_the_plan_is_due_and_a_day_counted_from_is_asked() -> None:
    """``ไม่เกิน 31 มี.ค. 67``, ``ก่อนสิ้นเดือน มิ.ย. 67``, ``ภายในสิ้นปีงบประมาณ`` under ระยะเวลา were the period: each
    activity never due, without a word. ``ส่งภายในเดือนถัดจากสิ้นไตรมาสที่ 2`` was due 31 March, a month early."""
    found = read_docx(
        _table_document(
            [
                ["1.1", "อบรม", "รายงาน", "ไม่เกิน 31 มี.ค. 67", "กลุ่ม ก"],
                ["1.2", "ประกาศ", "ประกาศ", "ก่อนสิ้นเดือน มิ.ย. 67", "กลุ่ม ก"],
                ["1.3", "รณรงค์", "งาน", "ภายในสิ้นปีงบประมาณ", "กลุ่ม ก"],
                ["1.4", "สรุปผล", "รายงาน", "ส่งภายในเดือนถัดจากสิ้นไตรมาสที่ 2", "กลุ่ม ก"],
                ["1.5", "สำรวจ", "รายงาน", "ภายในปีงบประมาณ 2567", "กลุ่ม ก"],  # during the year: when work is done
            ]
        )
    )
    assert found.rows is not None
    assert [(a["due_text"], a["period"]) for a in found.rows.activities] == [
        ("ไม่เกิน 31 มี.ค. 67", ""),
        ("ก่อนสิ้นเดือน มิ.ย. 67", ""),
        ("ภายในสิ้นปีงบประมาณ", ""),
        ("", "ส่งภายในเดือนถัดจากสิ้นไตรมาสที่ 2"),
        ("", "ภายในปีงบประมาณ 2567"),
    ]
    (asked,) = found.problems
    assert asked.cell == "ตาราง 1 แถว 5 คอลัมน์ ระยะเวลา" and "นับกำหนดส่งจากวันอื่น (เดือนถัดจาก)" in asked.th


def test_a_deadline_s_words_on_a_line_of_their_own_above_its_day_make_it_due() -> None:
    """Word wraps a cell where its writer pressed Enter: ``ภายใน`` / ``31 มีนาคม 2567`` or ``กำหนดส่ง:`` over a list of
    days was read line by line, each day with no word of sending, so kept as the period (its lines out of order):
    the activity never due. A line that only names the work stays as it was."""
    found = read_docx(
        _table_document(
            [
                ["1.1", "อบรม", "รายงาน", ["ภายใน", "31 มีนาคม 2567"], "ก"],
                ["1.2", "ประกาศ", "ประกาศ", ["ส่งรายงาน", "31 มี.ค. 67"], "ก"],
                ["1.3", "รณรงค์", "งาน", ["กำหนดส่ง:", "- 31 มี.ค. 67", "- 30 ก.ย. 67"], "ก"],
                ["1.4", "สำรวจ", "รายงาน", ["จัดกิจกรรม", "9 ม.ค. 67"], "ก"],  # when it is held: the period
            ]
        )
    )
    assert found.problems == [] and found.rows is not None
    assert [(a["due_text"], a["period"]) for a in found.rows.activities] == [
        ("ภายใน 31 มีนาคม 2567", ""),
        ("ส่งรายงาน 31 มี.ค. 67", ""),
        ("กำหนดส่ง: 31 มี.ค. 67 กำหนดส่ง: 30 ก.ย. 67", ""),
        ("", "จัดกิจกรรม\n9 ม.ค. 67"),
    ]


def test_a_group_s_name_wrapped_onto_a_second_line_is_one_group_or_said() -> None:
    """Enter pressed inside a narrow ผู้รับผิดชอบ column: ``กลุ่มงาน`` / ``บริหารทั่วไป`` was two groups, กลุ่มงาน and
    บริหารทั่วไป, and กลุ่มงานบริหารทั่วไป's page never saw the activity, without a word. A kind alone is no group's
    name: joined. Otherwise it is said; two lines that each begin a group stay two groups."""
    found = read_docx(
        _table_document(
            [
                ["1.1", "อบรม", "รายงาน", "ส่ง 31 มี.ค. 67", ["กลุ่มงาน", "บริหารทั่วไป"]],
                ["1.2", "ประกาศ", "ประกาศ", "ส่ง 31 มี.ค. 67", ["กลุ่มงานบริหาร", "ทั่วไป"]],
                ["1.3", "รณรงค์", "งาน", "ส่ง 31 มี.ค. 67", ["กลุ่มงานบริหารทั่วไป", "กลุ่มงานแผน"]],
                ["1.4", "สำรวจ", "รายงาน", "ส่ง 31 มี.ค. 67", ["คณะทำงานสำนัก", "บุคลากรทุกกลุ่มงาน"]],
            ]
        )
    )
    assert found.rows is not None
    assert [a["responsible"] for a in found.rows.activities] == [
        "กลุ่มงานบริหารทั่วไป",
        "กลุ่มงานบริหาร และทั่วไป",
        "กลุ่มงานบริหารทั่วไป และกลุ่มงานแผน",
        "คณะทำงานสำนัก และบุคลากรทุกกลุ่มงาน",
    ]
    assert [(p.cell, p.severity, p.th) for p in found.problems] == [
        (
            "ตาราง 1 แถว 3 คอลัมน์ ผู้รับผิดชอบ",
            Severity.WARNING,
            "ผู้รับผิดชอบของกิจกรรม 1.2 ขึ้นบรรทัดใหม่กลางชื่อ (“กลุ่มงานบริหาร” / “ทั่วไป”) จึงอ่านเป็นสองกลุ่ม: "
            "ถ้าเป็นกลุ่มเดียว แก้เป็นชื่อเต็มในไฟล์ Excel ที่แปลงแล้ว",
        )
    ]


def test_a_label_on_a_line_of_its_own_in_the_deadline_column_goes_with_its_day() -> None:
    """Under กำหนดส่ง, ``31 มี.ค. 67`` / ``(รอบ 6 เดือน)``, ``รอบ 6 เดือน`` / ``31 มี.ค. 67`` or ``31 มีนาคม`` / ``2567``
    were read a line at a time: each line without a day was "no date found", and the plan refused."""
    document = _plan_document(
        [
            ["ลำดับ", "โครงการ/กิจกรรม", "ผลผลิต", "กำหนดส่ง", "ผู้รับผิดชอบ"],
            ["1.1", "อบรม", "รายงาน", ["31 มี.ค. 67", "(รอบ 6 เดือน)", "30 ก.ย. 67", "(รอบ 12 เดือน)"], "ก"],
            ["1.2", "ประกาศ", "ประกาศ", ["รอบ 6 เดือน", "31 มี.ค. 67", "รอบ 12 เดือน", "30 ก.ย. 67"], "ก"],
            ["1.3", "สำรวจ", "รายงาน", ["31 มีนาคม", "2567"], "ก"],
        ]
    )
    found = read_docx(document)
    assert found.problems == [] and found.rows is not None
    assert [a["due_text"] for a in found.rows.activities] == [
        "31 มี.ค. 67 (รอบ 6 เดือน) 30 ก.ย. 67 (รอบ 12 เดือน)",
        "รอบ 6 เดือน 31 มี.ค. 67 รอบ 12 เดือน 30 ก.ย. 67",
        "31 มีนาคม 2567",
    ]
    checked = check_file(document, "plan.docx")
    assert checked.plan is not None
    assert [(d.activity_id, d.item, d.due) for d in checked.plan.deadlines] == [
        ("1.1", "(รอบ 6 เดือน)", date(2024, 3, 31)),
        ("1.2", "รอบ 6 เดือน", date(2024, 3, 31)),
        ("1.3", "", date(2024, 3, 31)),
        ("1.1", "(รอบ 12 เดือน)", date(2024, 9, 30)),
        ("1.2", "รอบ 12 เดือน", date(2024, 9, 30)),
    ]


@pytest.mark.parametrize("heading", ["ช่วงเวลา", "ห้วงเวลา", "ระยะเวลา/กำหนดส่ง", "กำหนดส่งผลงาน"])
def test_a_day_due_in_a_column_the_form_does_not_name_counts(heading: str) -> None:
    """``ส่ง 31 มี.ค. 67`` under a heading the form does not know was kept in the details, with a warning that the
    column was kept: the activity was never due, and nothing said that its deadline had not been counted."""
    document = _plan_document(
        [
            ["ลำดับ", "โครงการ/กิจกรรม", "ผลผลิต", heading, "ผู้รับผิดชอบ"],
            ["1.1", "อบรม", "รายงาน", "ส่ง 31 มี.ค. 67", "ก"],
            ["1.2", "ประกาศ", "ประกาศ", "ต.ค. 66 - ก.ย. 67", "ก"],  # when work is done: no deadline
        ]
    )
    found = read_docx(document)
    assert found.rows is not None
    assert [a["due_text"] for a in found.rows.activities] == ["ส่ง 31 มี.ค. 67", ""]
    assert [a["details"] for a in found.rows.activities] == [
        f"{heading}: ส่ง 31 มี.ค. 67",
        f"{heading}: ต.ค. 66 - ก.ย. 67",
    ]
    checked = check_file(document, "plan.docx")
    assert checked.plan is not None and [(d.activity_id, d.due) for d in checked.plan.deadlines] == [
        ("1.1", date(2024, 3, 31))
    ]


def test_a_list_of_days_due_in_a_cell_is_a_deadline_each_not_a_range() -> None:
    """``- 31 มี.ค. 67`` / ``- 30 ก.ย. 67`` under กำหนดส่ง were joined with their bullets, ``- 31 มี.ค. 67 - 30 ก.ย. 67``,
    which reads as a range of days: one deadline, 30 September, and 31 March never due, without a word."""
    document = _plan_document(
        [
            ["ลำดับ", "โครงการ/กิจกรรม", "ผลผลิต", "กำหนดส่ง", "ผู้รับผิดชอบ"],
            ["1.1", "อบรม", "รายงาน", ["- 31 มี.ค. 67", "- 30 ก.ย. 67"], "ก"],
        ]
    )
    found = read_docx(document)
    assert found.problems == [] and found.rows is not None
    assert [a["due_text"] for a in found.rows.activities] == ["31 มี.ค. 67 30 ก.ย. 67"]
    checked = check_file(document, "plan.docx")
    assert checked.plan is not None
    assert [d.due for d in checked.plan.deadlines] == [date(2024, 3, 31), date(2024, 9, 30)]


def test_a_day_due_written_without_its_year_is_due_in_the_plan_s_fiscal_year() -> None:
    """A plan's cover gives the year; its table often does not. ``ส่งรายงาน 31 มี.ค.`` under ระยะเวลา was kept as the
    period, ``รายงาน ส่ง 30 มิ.ย.`` in ผลผลิต was dropped, and a row of two activities lost both days: each
    activity was never due, without a word (the days were compared with those already found as if they had no year)."""
    b = Builder().p("แผน ของกองทดสอบ (SYNTHETIC) ประจำปีงบประมาณ พ.ศ. 2567", "มาตรการที่ 1 การส่งเสริมคุณธรรม")
    b.table(
        [
            ["ลำดับ", "โครงการ/กิจกรรม", "ผลผลิต", "ระยะเวลา", "ผู้รับผิดชอบ"],
            ["1.1", "อบรมจริยธรรม", "รายงาน", "ส่งรายงาน 31 มี.ค.", "ก"],
            ["1.2", "ประกาศเจตนารมณ์", "ประกาศ", "ภายในเดือน ก.ค.", "ก"],
            ["1.3", "รณรงค์", "รายงาน ส่ง 30 มิ.ย.", "ต.ค. 66 - ก.ย. 67", "ก"],
            ["1.4", ["1.4 สำรวจ", "1.5 สรุปผล"], "รายงาน", ["ส่ง 30 ก.ย.", "ส่ง 15 ส.ค."], "ก"],
        ]
    )
    found = read_docx(b.bytes())
    assert found.problems == [] and found.rows is not None
    assert [(a["activity_id"], a["due_text"], a["period"]) for a in found.rows.activities] == [
        ("1.1", "ส่งรายงาน 31 มี.ค.", ""),
        ("1.2", "ภายในเดือน ก.ค.", ""),
        ("1.3", "รายงาน ส่ง 30 มิ.ย.", "ต.ค. 66 - ก.ย. 67"),
        ("1.4", "ส่ง 15 ส.ค.", ""),  # in date order, one per activity the row names
        ("1.5", "ส่ง 30 ก.ย.", ""),
    ]
    checked = check_file(b.bytes(), "plan.docx")
    assert checked.plan is not None
    assert sorted((d.activity_id, d.due) for d in checked.plan.deadlines) == [
        ("1.1", date(2024, 3, 31)),
        ("1.2", date(2024, 7, 31)),
        ("1.3", date(2024, 6, 30)),
        ("1.4", date(2024, 8, 15)),
        ("1.5", date(2024, 9, 30)),
    ]


def _report_with_columns(header: list[str], row: list[str], due: str = "") -> bytes:
    """A plan of one activity (1.1, its output naming a target of 80 %, due as given) and a report form with
    these columns after ลำดับ and โครงการ/กิจกรรม."""
    b = Builder().p("แผน ของกองทดสอบ (SYNTHETIC) ประจำปีงบประมาณ พ.ศ. 2567", "มาตรการที่ 1 การส่งเสริมคุณธรรม")
    b.table(
        [
            ["ลำดับ", "โครงการ/กิจกรรม", "ผลผลิต", "ระยะเวลา", "ผู้รับผิดชอบ"],
            ["1.1", "อบรมจริยธรรม", "บุคลากรร้อยละ 80 เข้าร่วม", due, "ก"],
        ]
    )
    b.p("แบบรายงานผลการดำเนินงาน", "ของกองทดสอบ (SYNTHETIC) ประจำปีงบประมาณ พ.ศ. ๒๕๖๗")
    b.p("มาตรการที่ 1 การส่งเสริมคุณธรรม")
    b.table([["ลำดับ", "โครงการ/กิจกรรม", *header], ["1", "อบรมจริยธรรม", *row]])
    return b.bytes()


@pytest.mark.parametrize(
    ("header", "row"),
    [
        (["ผลการดำเนินงาน", "จำนวนผู้เข้าร่วม (คน)", "บุคลากรทั้งหมด (คน)"], ["ดำเนินการแล้ว ร้อยละ 100", "45", "52"]),
        (["ผลการดำเนินงาน", "ผู้เข้าร่วม"], ["ดำเนินการแล้ว ร้อยละ 100", "๔๕/๕๒ คน"]),
    ],
)
def test_a_report_s_columns_of_people_are_its_participation(header: list[str], row: list[str]) -> None:
    """Kept in the remarks only, the activity had no participation, with no word but "kept in remarks"."""
    found = read_docx(_report_with_columns(header, row))
    assert found.errors == [] and found.rows is not None
    assert found.rows.participation == [
        {"activity_id": "1.1", "group": None, "participants": 45, "headcount": 52, "target_pct": Decimal("80")}
    ]


def test_a_report_s_column_of_people_without_both_counts_is_said() -> None:
    found = read_docx(_report_with_columns(["ผลการดำเนินงาน", "ร้อยละผู้เข้าร่วม"], ["ร้อยละ 100", "86.53"]))
    assert found.rows is not None and found.rows.participation == []
    assert [(p.cell, p.severity) for p in found.problems if "ไม่ได้อ่านเป็นการมีส่วนร่วม" in p.th] == [
        ("ตาราง 2 แถว 2 คอลัมน์ ร้อยละผู้เข้าร่วม", Severity.WARNING)
    ]


def test_a_report_s_column_of_days_sent_is_asked_for_in_the_converted_workbook() -> None:
    """A Word plan has no place for a day sent: kept in the remarks, 1.1's deadline showed as not sent, and
    overdue, and the converted workbook said its หมายเหตุ gave "a day due"."""
    header, row = ["ผลการดำเนินงาน", "วันที่ส่ง"], ["ร้อยละ 100", "15 มี.ค. 67"]
    found = read_docx(_report_with_columns(header, row, due="ส่งรายงาน 31 มี.ค. 67"))
    assert [(p.cell, p.severity) for p in found.errors] == [("ตาราง 2 แถว 2 คอลัมน์ วันที่ส่ง", Severity.ERROR)]
    assert found.errors[0].th.startswith("เอกสารบอกวันที่ส่งของกิจกรรม 1.1 แต่แผนใน Word ไม่มีที่เก็บวันที่ส่ง")
    intake = check_file(_report_with_columns(header, row), "plan.docx")  # nothing due: nothing to ask
    assert intake.result.errors == () and intake.result.plan is not None


def test_a_plan_table_s_columns_of_people_and_days_sent_are_read_as_a_report_s() -> None:
    """A plan table that also reports: its ผู้เข้าร่วม (คน) was kept in the details only (no participation) and
    its วันที่ส่ง too (1.1's deadline showed as overdue), each with no word but "kept in the details"."""
    found = read_docx(
        _plan_document(
            [
                ["ลำดับ", "โครงการ/กิจกรรม", "ผลผลิต", "กำหนดส่ง", "วันที่ส่ง", "ผู้เข้าร่วม (คน)", "ผู้รับผิดชอบ"],
                ["1.1", "อบรม", "บุคลากรร้อยละ 80 เข้าร่วม", "31 ม.ค. 67", "30 ม.ค. 67", "45/52", "ก"],
                ["1.2", "ประกาศ", "ประกาศ", "30 มิ.ย. 67", "", "", "ก"],
            ]
        )
    )
    assert [(p.cell, p.severity) for p in found.errors] == [("ตาราง 1 แถว 2 คอลัมน์ วันที่ส่ง", Severity.ERROR)]
    assert found.rows is not None and found.rows.participation == [
        {"activity_id": "1.1", "group": None, "participants": 45, "headcount": 52, "target_pct": Decimal("80")}
    ]


@pytest.mark.parametrize("column", ["ผลการดำเนินงาน (ร้อยละ)", "ร้อยละความสำเร็จ", "ความก้าวหน้า (%)"])
def test_a_plan_table_that_also_reports_gives_each_activity_its_progress(column: str) -> None:
    """A percentage column beside the plan's own was kept in the details: every activity "no report yet" (the
    overview 0 of 2 done), or, headed ผลการดำเนินงาน (ร้อยละ), the table taken for a report form and the document
    "no table of activities". A report form's row for an activity still stands over the plan's."""
    b = Builder().p("แผน ของกองทดสอบ (SYNTHETIC) ประจำปีงบประมาณ พ.ศ. 2567", "มาตรการที่ 1 การส่งเสริมคุณธรรม")
    b.table(
        [
            ["ลำดับ", "โครงการ/กิจกรรม", "ผลผลิต", "กำหนดส่ง", column, "ผู้รับผิดชอบ"],
            ["1.1", "อบรมจริยธรรม", "รายงาน", "31 ม.ค. 67", "100", "ก"],
            ["1.2", "ประกาศเจตนารมณ์", "ประกาศ", "30 มิ.ย. 67", "50", "ก"],
        ]
    )
    found = read_docx(b.bytes())
    assert found.problems == [] and found.rows is not None
    assert [(a["activity_id"], a["progress"], a["details"]) for a in found.rows.activities] == [
        ("1.1", Decimal("100"), ""),
        ("1.2", Decimal("50"), ""),
    ]
    b.p("แบบรายงานผลการดำเนินงาน", "ของกองทดสอบ (SYNTHETIC) ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", "มาตรการที่ 1 การส่งเสริมคุณธรรม")
    b.table([["ลำดับ", "โครงการ/กิจกรรม", "ผลการดำเนินงาน", "เอกสารหลักฐาน"], ["1", "อบรมจริยธรรม", "ร้อยละ 80", "-"]])
    found = read_docx(b.bytes())
    assert found.rows is not None
    assert [a["progress"] for a in found.rows.activities] == [Decimal("80"), Decimal("50")]


@pytest.mark.parametrize("numbers", [["(1)", "(2)", "(3)", "(4)", "(5)"], ["๑", "๒", "๓", "๔", "๕"]])
def test_a_row_numbering_the_columns_under_the_header_is_no_row_of_the_plan(numbers: list[str]) -> None:
    """Read as a row, it was a project heading named "(2)" in the preview, and a warning for each other cell of
    text that no activity has."""
    found = read_docx(_table_document([numbers, ["1.1", "อบรม", "รายงาน", "ส่ง 31 ม.ค. 67", "ก"]]))
    assert found.problems == [] and found.read == [
        Text("มาตรการที่ 1: 1 กิจกรรม (1.1–1.1)", "measure 1: 1 activities (1.1–1.1)")
    ]
    assert found.rows is not None and [a["activity_id"] for a in found.rows.activities] == ["1.1"]


def test_a_report_table_with_a_period_but_no_owners_is_not_taken_for_a_plan_that_reports() -> None:
    """Without its แบบรายงาน heading, a report table beside the plan: a ระยะเวลา column alone does not make it a
    plan that also reports (its rows would be each activity again, "ลำดับ … ซ้ำ")."""
    b = Builder().p("แผน ของกองทดสอบ (SYNTHETIC) ประจำปีงบประมาณ พ.ศ. 2567", "มาตรการที่ 1 การส่งเสริมคุณธรรม")
    b.table(
        [["ลำดับ", "โครงการ/กิจกรรม", "ผลผลิต", "ระยะเวลา", "ผู้รับผิดชอบ"], ["1.1", "อบรม", "รายงาน", "ส่ง 31 ม.ค. 67", "ก"]]
    )
    b.p("ผลการดำเนินงาน")
    b.table([["ลำดับ", "โครงการ/กิจกรรม", "ระยะเวลา", "ผลการดำเนินงาน"], ["1.1", "อบรม", "ม.ค. 67", "ร้อยละ 100"]])
    found = read_docx(b.bytes())
    assert found.errors == [] and found.rows is not None
    assert [a["activity_id"] for a in found.rows.activities] == ["1.1"]


def test_activities_numbered_in_words_are_the_measure_s_in_order() -> None:
    """``กิจกรรมที่ ๑ อบรมจริยธรรม`` with no ลำดับ was "no activity number" at each row, and the plan refused."""
    found = read_docx(
        _table_document(
            [
                ["", "กิจกรรมที่ ๑ อบรมจริยธรรม", "รายงาน", "ส่ง 31 ม.ค. 67", "ก"],
                ["", "กิจกรรมที่ ๒ ประกาศเจตนารมณ์", "ประกาศ", "ส่ง 30 มิ.ย. 67", "ก"],
            ]
        )
    )
    assert found.problems == [] and found.rows is not None
    assert [(a["activity_id"], a["name"]) for a in found.rows.activities] == [
        ("1.1", "อบรมจริยธรรม"),
        ("1.2", "ประกาศเจตนารมณ์"),
    ]


def test_a_report_row_whose_number_and_name_are_two_activities_is_said() -> None:
    """``1.1 อบรมจริยธรรมผู้บริหาร`` where the plan's 1.2 bears that name: read by its name as 1.2, without a word
    that its number said 1.1."""
    b = Builder().p("แผน ของกองทดสอบ (SYNTHETIC) ประจำปีงบประมาณ พ.ศ. 2567", "มาตรการที่ 1 การส่งเสริมคุณธรรม")
    b.table(
        [
            ["ลำดับ", "โครงการ/กิจกรรม", "ผลผลิต", "ระยะเวลา", "ผู้รับผิดชอบ"],
            ["1.1", "อบรมจริยธรรมบุคลากร", "รายงาน", "", "ก"],
            ["1.2", "อบรมจริยธรรมผู้บริหาร", "รายงาน", "", "ก"],
        ]
    )
    b.p("แบบรายงานผลการดำเนินงาน", "ของกองทดสอบ (SYNTHETIC) ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", "มาตรการที่ 1 การส่งเสริมคุณธรรม")
    b.table(
        [["ลำดับ", "โครงการ/กิจกรรม", "ผลการดำเนินงาน", "เอกสารหลักฐาน"], ["1.1", "อบรมจริยธรรมผู้บริหาร", "ร้อยละ 100", "-"]]
    )
    found = read_docx(b.bytes())
    assert [(p.cell, p.severity, p.th) for p in found.problems] == [
        (
            "ตาราง 2 แถว 2 คอลัมน์ โครงการ/กิจกรรม",
            Severity.WARNING,
            "แถวรายงานนี้มีเลข 1.1 แต่ชื่อตรงกับกิจกรรม 1.2 (อบรมจริยธรรมผู้บริหาร): อ่านเป็น 1.2 ตามชื่อ "
            "ถ้าไม่ถูก แก้ในไฟล์ Excel ที่แปลงแล้ว",
        )
    ]
    assert found.rows is not None and [a["progress"] for a in found.rows.activities] == [None, Decimal("100")]


def test_a_number_column_and_a_name_s_number_that_differ_are_said() -> None:
    """ลำดับ 1.1 beside ``1.2 อบรม``: read as 1.2 by its name; only the count's "1.1 is missing" hinted at it."""
    found = read_docx(_table_document([["1.1", "1.2 อบรม", "รายงาน", "ส่ง 31 ม.ค. 67", "ก"]]))
    assert [(p.cell, p.th) for p in found.problems if p.cell.startswith("ตาราง")] == [
        (
            "ตาราง 1 แถว 2 คอลัมน์ ลำดับ",
            "ลำดับ 1.1 แต่ชื่อกิจกรรมขึ้นต้นด้วย 1.2: อ่านเป็นกิจกรรม 1.2 ตามชื่อ ถ้าไม่ถูก แก้เลขให้ตรงกัน",
        )
    ]
    assert found.rows is not None and [a["activity_id"] for a in found.rows.activities] == ["1.2"]
    agreed = read_docx(_table_document([["๑.๑", "1.1 อบรม", "รายงาน", "ส่ง 31 ม.ค. 67", "ก"]]))
    assert agreed.problems == []  # the same number written twice, in Thai digits and Arabic
