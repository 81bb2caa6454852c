"""One door for a plan file (``ita_core.intake``): a workbook, or the plan as written in Word, is read and
checked the same way by the command line's ``validate`` and ``import`` and by the upload page."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from commands import run
from office_plans import Builder, plan_c
from seed_docx import seed_docx

from ita_core import read_workbook
from ita_core.intake import check_file, converted_name
from ita_core.paths import SHIPPED_WORKBOOK
from ita_core.problems import Severity
from ita_core.store.snapshots import Store


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    url = f"sqlite:///{tmp_path / 'ita.sqlite3'}"
    monkeypatch.setenv("ITA_DATABASE_URL", url)
    yield url


def test_a_workbook_and_the_word_document_it_came_from_give_the_same_plan() -> None:
    from_excel = check_file(SHIPPED_WORKBOOK.read_bytes(), "แผน.xlsx")
    from_word = check_file(seed_docx(whole=True), "แผน.docx")
    assert from_excel.plan is not None and from_word.plan is not None
    assert from_word.plan == from_excel.plan
    assert not from_excel.from_word and from_excel.converted is None
    assert from_word.workbook_name == "แผน.xlsx" and from_word.converted == from_word.workbook
    assert converted_name("plans/แผน ๒๕๖๗.DOCX") == "plans/แผน ๒๕๖๗.xlsx"


def test_validate_takes_a_word_plan_and_says_where_each_problem_is(tmp_path: Path) -> None:
    good = tmp_path / "แผน.docx"
    good.write_bytes(seed_docx(whole=True))
    code, out, _ = run("validate", str(good))
    assert code == 0 and "ผ่าน: สำนักบริหารงานกลาง" in out and "มาตรการที่ 1: 14 กิจกรรม" in out
    bad = tmp_path / "สำนักงาน.docx"
    bad.write_bytes(plan_c())
    code, out, err = run("validate", str(bad))
    assert code == 1
    assert "Word!ตาราง 2 แถว 5 คอลัมน์ โครงการ/กิจกรรม" in out  # a report row that names no activity of the plan
    assert "from-word" in err  # how to get the converted workbook, to fix it in Excel
    found = json.loads(run("validate", "--json", str(bad))[1])
    assert (
        not found["ok"]
        and {"sheet": "Word", "cell": "ตาราง 2 แถว 5 คอลัมน์ โครงการ/กิจกรรม", "severity": "error"}.items()
        <= next(p for p in found["problems"] if p["cell"] == "ตาราง 2 แถว 5 คอลัมน์ โครงการ/กิจกรรม").items()
    )


def test_a_problem_the_workbook_checks_find_in_a_word_plan_names_its_table_and_row() -> None:
    """A deadline said sent, found by the workbook's checks, named only ``กิจกรรม!H4``: a cell of the converted
    workbook, not of the document the person wrote and fixes."""
    b = Builder()
    b.p("แผนปฏิบัติการส่งเสริมคุณธรรม ของสำนักบริหารงานกลาง สำนักงานเลขาธิการวุฒิสภา", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๖")
    b.p("มาตรการที่ ๑ ส่งเสริมคุณธรรม")
    b.table(
        [
            ["ลำดับ", "โครงการ/กิจกรรม", "ผลผลิต", "ระยะเวลา", "ผู้รับผิดชอบ"],
            ["๑.๑", "อบรมจริยธรรม", "รายงาน", "ส่ง 30 ก.ย. 66", "กลุ่ม ก"],
            ["๑.๒", "คัดเลือกบุคคลต้นแบบ", "ประกาศ", "ส่งวันเสาร์ที่ 30 มิ.ย. 66", "กลุ่ม ข"],
            ["๑.๓", "เผยแพร่", "ประกาศ", "ส่งภายใน 15 ก.ค. 66 (ส่งแล้ว)", "กลุ่ม ข"],
        ]
    )
    found = check_file(b.bytes(), "plan.docx").result.problems
    assert [(p.location, p.severity.name, p.th.rsplit(" (ในเอกสาร ", 1)[-1]) for p in found] == [
        ("กิจกรรม!H3", "WARNING", "Word: ตาราง 1 แถว 3)"),  # a Friday called Saturday
        ("กิจกรรม!H4", "ERROR", "Word: ตาราง 1 แถว 4)"),
    ]
    assert found[1].en.endswith("(in the Word document: ตาราง 1 แถว 4)")


def test_a_note_the_word_reader_said_is_not_said_again_by_the_workbook_checks() -> None:
    """A note after the table moving 1.2's deadline is kept in its หมายเหตุ: the converted workbook's checks
    warned of it again ("หมายเหตุ gives a day due … not counted"), the same note said twice."""
    b = Builder().p("แผน ของกองทดสอบ (SYNTHETIC) ประจำปีงบประมาณ พ.ศ. 2567", "มาตรการที่ 1 การส่งเสริมคุณธรรม")
    b.table(
        [
            ["ลำดับ", "โครงการ/กิจกรรม", "ผลผลิต", "ระยะเวลา", "ผู้รับผิดชอบ"],
            ["1.1", "อบรม", "รายงาน", "ส่ง 31 ก.ค. 67", "ก"],
            ["1.2", "ประกาศ", "ประกาศ", "ส่ง 30 มิ.ย. 67", "ก"],
        ]
    )
    b.p("หมายเหตุ: กิจกรรมที่ ๑.๒ เลื่อนกำหนดส่งเป็นวันที่ ๓๐ ก.ย. ๖๗")
    checked = check_file(b.bytes(), "plan.docx")
    assert [(p.sheet, p.severity) for p in checked.result.problems] == [("Word", Severity.ERROR)]
    assert checked.result.problems[0].value == "หมายเหตุ: กิจกรรมที่ ๑.๒ เลื่อนกำหนดส่งเป็นวันที่ ๓๐ ก.ย. ๖๗"


def test_import_publishes_a_word_plan_as_the_workbook_it_was_read_into(db: str, tmp_path: Path) -> None:
    run("users", "add", "somchai", "--role", "editor", stdin="a long enough password\n")
    source = tmp_path / "แผน ๒๕๖๖.docx"
    source.write_bytes(seed_docx(whole=True))
    code, out, err = run("import", str(source), "--user", "somchai", "--comment", "จากไฟล์ Word")
    assert code == 0, err
    store = Store(db)
    (made,) = store.history("สำนักบริหารงานกลาง สำนักงานเลขาธิการวุฒิสภา", 2566)
    assert made.file_name == "แผน ๒๕๖๖.xlsx"
    name, stored = store.file(made.id)
    assert (
        name == made.file_name and read_workbook(stored).plan == read_workbook(SHIPPED_WORKBOOK).plan
    )  # the workbook, not the .docx
    store.close()
    bad = tmp_path / "สำนักงาน.docx"
    bad.write_bytes(plan_c())
    code, out, err = run("import", str(bad), "--user", "somchai", "--comment", "x")
    assert code == 1 and "ไม่ได้เผยแพร่" in err and "ตาราง 2 แถว 5 คอลัมน์ โครงการ/กิจกรรม" in out


def test_the_old_formats_are_refused_saying_what_to_do() -> None:
    from ita_core.problems import WorkbookRejected

    old = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600  # an OLE file, as .xls and .doc are
    with pytest.raises(WorkbookRejected) as refused:
        check_file(old, "แผน.xls")
    assert "บันทึกเป็น .xlsx" in refused.value.th
    document = check_file(old, "แผน.doc")
    assert document.plan is None and "บันทึกเป็น .docx" in document.result.errors[0].th


def test_only_a_remark_the_word_reader_said_is_left_out_not_another_cell_of_the_same_text() -> None:
    from ita_core.intake import _said_already
    from ita_core.problems import Problem

    said = {"หมายเหตุ: กิจกรรมที่ ๑.๒ เลื่อนกำหนดส่งเป็นวันที่ ๓๐ ก.ย. ๖๗", "100"}
    remark = Problem("กิจกรรม", "K3", "หมายเหตุ: กิจกรรมที่ ๑.๒ เลื่อนกำหนดส่งเป็นวันที่ ๓๐ ก.ย. ๖๗", "…", "…", Severity.WARNING)
    assert _said_already(remark, said)
    assert not _said_already(Problem("กิจกรรม", "H3", "100", "…", "…", Severity.WARNING), said)  # a progress cell
    assert not _said_already(Problem("กิจกรรม", "K3", remark.value, "…", "…", Severity.ERROR), said)  # errors stay
