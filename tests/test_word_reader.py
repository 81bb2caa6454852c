"""Reading the plan from its Word document: the seed's (built from the seed text, its tables as Word
tables) must give exactly the shipped data's summary; another layout must read too; what cannot be
read is said with its table, row and column."""

from __future__ import annotations

import io
import json
from pathlib import Path

from commands import run
from docx import Document
from seed_docx import seed_docx

from ita_core import read_workbook
from ita_core.paths import SHIPPED_WORKBOOK
from ita_core.word.reader import read_docx
from ita_core.workbook.writer import workbook_bytes


def test_the_seed_document_gives_the_shipped_plans_summary(tmp_path: Path) -> None:
    source = tmp_path / "แผน.docx"
    source.write_bytes(seed_docx())
    target = tmp_path / "แผน.xlsx"
    code, out, err = run("from-word", str(source), "-o", str(target))
    assert code == 0, err
    assert "ตัดรหัสผ่าน" in err
    assert "26 กิจกรรม 25 กำหนดส่ง ผลการดำเนินการ 7 กิจกรรม การมีส่วนร่วม 1 แถว" in out
    ours = json.loads(run("summary", "--json", "--as-of", "2566-03-31", str(target))[1])
    shipped = json.loads(run("summary", "--json", "--as-of", "2566-03-31", str(SHIPPED_WORKBOOK))[1])
    for key in ("unit", "fiscal_year_be", "overall", "measures", "deadline_counts", "deadlines", "participation"):
        assert ours[key] == shipped[key], key
    plan = read_workbook(target.read_bytes()).plan
    assert plan is not None
    assert [sum(1 for a in plan.activities if a.measure == m) for m in (1, 2, 3)] == [14, 4, 8]
    assert sorted(a.activity_id for a in plan.activities if a.completed) == [
        "1.1",
        "1.2",
        "1.3",
        "2.1",
        "3.3",
        "3.4",
        "3.7",
    ]
    ((people),) = plan.participation
    assert (people.activity_id, people.participants, people.headcount, str(people.target_pct)) == (
        "1.2",
        127,
        139,
        "80",
    )
    assert str(plan.as_of) == "2023-03-31"  # the report's round: ตุลาคม – มีนาคม ๒๕๖๖
    by_id = {a.activity_id: a for a in plan.activities}
    assert by_id["1.1"].period.startswith("มีการประกาศเจตนารมณ์และนโยบาย ในวันที่ ๙ มกราคม ๒๕๖๖")  # an event, no deadline
    assert by_id["2.1"].due_text == "ส่ง ๒๐ มีนาคม ๖๖" and by_id["2.2"].due_text == "ส่ง ๓๐ กรกฎาคม ๖๖"  # one merged row
    everything = " ".join(" ".join(str(v) for v in a) for a in plan.activities)
    assert "Password" not in everything and "ตัดออกจากสำเนานี้" not in everything  # a password: left out, with a warning


def _document(rows: list[list[str]], title: str, merged_header: bool = False) -> bytes:
    doc = Document()
    doc.add_paragraph(title)
    doc.add_paragraph("มาตรการที่ 1 การส่งเสริมคุณธรรม")
    table = doc.add_table(rows=0, cols=len(rows[0]))
    if merged_header:
        top = table.add_row()
        top.cells[0].merge(top.cells[-1]).text = "รายละเอียดโครงการ/กิจกรรม ประจำปี"
    for cells in rows:
        row = table.add_row()
        for i, text in enumerate(cells):
            lines = text.split("\n")
            row.cells[i].paragraphs[0].text = lines[0]
            for more in lines[1:]:
                row.cells[i].add_paragraph(more)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


HEADER = ["ผู้รับผิดชอบ", "ลำดับที่", "กิจกรรม", "ระยะเวลาดำเนินการ", "ผลลัพธ์", "ผลผลิต", "หมายเหตุ"]


def test_another_layout_columns_reordered_a_merged_header_and_arabic_digits() -> None:
    data = _document(
        [
            HEADER,
            ["- กลุ่มงานบริหารทั่วไป", "1.", "โครงการส่งเสริมคุณธรรม", "", "", "", ""],
            [
                "- กลุ่มงานบริหารทั่วไป",
                "",
                "1.1 อบรมจริยธรรม\n- ผู้บริหารเป็นวิทยากร",
                "ส่ง 20 มิถุนายน 2567",
                "รู้และปฏิบัติ",
                "บุคลากรเข้าร่วมร้อยละ 80",
                "",
            ],
            HEADER,  # the header again after a page break
            [
                "- กลุ่มงานการเจ้าหน้าที่",
                "",
                "1.2 ประกาศเจตนารมณ์",
                "จัดกิจกรรมวันที่ 9 มกราคม 2567",
                "",
                "มีประกาศ",
                "ให้แล้วเสร็จภายในวันที่ 31 มีนาคม 2567",
            ],
        ],
        "แผนส่งเสริมคุณธรรม ของกองทดสอบ ประจำปีงบประมาณ พ.ศ. 2567",
        merged_header=True,
    )
    found = read_docx(data)
    assert found.errors == []
    assert found.rows is not None
    plan = read_workbook(workbook_bytes(found.rows)).plan
    assert plan is not None
    assert (plan.unit, plan.fiscal_year_be) == ("กองทดสอบ", 2567)
    assert [(a.activity_id, a.name, a.responsible) for a in plan.activities] == [
        ("1.1", "อบรมจริยธรรม", "กลุ่มงานบริหารทั่วไป"),
        ("1.2", "ประกาศเจตนารมณ์", "กลุ่มงานการเจ้าหน้าที่"),
    ]
    assert plan.activity("1.1").output == "บุคลากรเข้าร่วมร้อยละ 80"  # by its header, wherever the column is
    assert [(d.activity_id, str(d.due)) for d in plan.deadlines] == [("1.2", "2024-03-31"), ("1.1", "2024-06-20")]
    assert plan.activity("1.2").period == "จัดกิจกรรมวันที่ 9 มกราคม 2567"  # an event date, not a deadline


def test_a_deadline_that_cannot_be_read_is_named_by_table_row_and_column(tmp_path: Path) -> None:
    data = _document(
        [HEADER, ["- กลุ่มงานบริหารทั่วไป", "", "1.1 อบรมจริยธรรม", "ส่ง 31 กุมภาพันธ์ 2567", "", "", ""]],
        "แผน ของกองทดสอบ ประจำปีงบประมาณ พ.ศ. 2567",
    )
    (problem,) = read_docx(data).errors
    assert problem.location == "Word!ตาราง 1 แถว 2 คอลัมน์ ระยะเวลา"
    assert "31 กุมภาพันธ์" in problem.shown_value and "1.1" in problem.th
    source = tmp_path / "plan.docx"
    source.write_bytes(data)
    code, _, err = run("from-word", str(source), "-o", str(tmp_path / "plan.xlsx"))
    assert code == 1 and "ตาราง 1 แถว 2 คอลัมน์ ระยะเวลา" in err


def test_a_file_that_is_not_a_word_document_is_refused_plainly() -> None:
    found = read_docx(b"not a zip at all")
    assert found.rows is None and "docx" in found.errors[0].th
