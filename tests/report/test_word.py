"""The report form as Word: opened with python-docx and read back, not only checked to exist."""

from __future__ import annotations

import io

import pytest
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Cm
from reports import INJECTION, SEED_DONE, shipped, tiny_png, with_activity

from ita_core.report.content import COLUMNS, build_report, report_round
from ita_core.report.word import FONT, report_docx


@pytest.fixture(scope="module")
def document() -> object:
    report = build_report(shipped(), report_round("h1", 2566))
    return Document(io.BytesIO(report_docx(report, tiny_png())))


def _table_text(table: object) -> str:
    return "\n".join(cell.text for row in table.rows for cell in row.cells)  # type: ignore[attr-defined]


def test_a4_landscape(document: object) -> None:
    section = document.sections[0]  # type: ignore[attr-defined]
    assert section.orientation == WD_ORIENT.LANDSCAPE
    assert abs(section.page_width - Cm(29.7)) < Cm(0.01) and abs(section.page_height - Cm(21.0)) < Cm(0.01)


def test_thai_official_font_16pt_including_complex_script_slots(document: object) -> None:
    body = document.element.body  # type: ignore[attr-defined]
    runs = body.findall(".//" + qn("w:r"))
    assert runs
    for run in runs:
        if run.find(qn("w:drawing")) is not None:
            continue
        rpr = run.find(qn("w:rPr"))
        fonts = rpr.find(qn("w:rFonts"))
        assert fonts.get(qn("w:cs")) == FONT == fonts.get(qn("w:ascii"))  # Word uses w:cs for Thai
        assert rpr.find(qn("w:szCs")).get(qn("w:val")) == "32"  # half-points: 16 pt
    normal = document.styles["Normal"]  # type: ignore[attr-defined]
    assert normal.font.name == FONT and normal.font.size.pt == 16


def test_title_block(document: object) -> None:
    lines = [p.text for p in document.paragraphs[:3]]  # type: ignore[attr-defined]
    assert lines[0].startswith("แบบรายงานผลการดำเนินการตามแผนบูรณาการ")
    assert lines[1] == "ของสำนักบริหารงานกลาง ประจำปีงบประมาณ พ.ศ. ๒๕๖๖"
    assert lines[2].startswith("มาตรการที่ ๑")  # two title lines, as on the seed's form


def test_every_page_says_its_round_and_its_number_in_thai_digits(document: object) -> None:
    footer = document.sections[0].footer  # type: ignore[attr-defined]
    xml = footer._element.xml
    assert "รอบ ๖ เดือน (๑ ตุลาคม ๒๕๖๕ – ๓๑ มีนาคม ๒๕๖๖) · หน้า" in footer.paragraphs[0].text
    assert 'w:instr="PAGE \\* ThaiArabic"' in xml and 'w:instr="NUMPAGES \\* ThaiArabic"' in xml


def test_one_table_per_measure_with_header_repeated_on_each_page(document: object) -> None:
    tables = document.tables  # type: ignore[attr-defined]
    assert len(tables) == 3
    for table in tables:
        header = table.rows[0]
        assert [c.text for c in header.cells] == list(COLUMNS)
        marker = header._tr.trPr.find(qn("w:tblHeader"))
        assert marker is not None and marker.get(qn("w:val")) == "true"


def test_the_activities_the_seed_reports_done_with_result_and_evidence(document: object) -> None:
    plan = shipped()
    for table, (measure, ids) in zip(document.tables, SEED_DONE.items(), strict=True):  # type: ignore[attr-defined]
        body = _table_text(table)
        for activity_id in ids:
            act = plan.activity(activity_id)
            assert act.report_title.splitlines()[0][:30] in body  # the form's own wording of the activity
            assert act.evidence.splitlines()[0] in body
        assert body.count("ร้อยละ ๑๐๐") >= len(ids) + 1  # each row, and the footer
        assert "ผลการดำเนินการในภาพรวมคิดเป็นร้อยละ ๑๐๐" in body
        assert "ดำเนินการแล้วเสร็จ" in body and "อยู่ระหว่างดำเนินการ" in body
        assert f"มาตรการที่ {'๑๒๓'[measure - 1]}" in "\n".join(p.text for p in document.paragraphs)  # type: ignore[attr-defined]


def test_guideline_list_and_group_row(document: object) -> None:
    text = "\n".join(p.text for p in document.paragraphs)  # type: ignore[attr-defined]
    assert "แนวทางการดำเนินการตามมาตรการ" in text
    assert "๑.๒ ขับเคลื่อนกระบวนการสร้างองค์ความรู้" in text
    group_row = document.tables[0].rows[1]  # type: ignore[attr-defined]
    assert group_row.cells[0].text == "๑.๑. การขับเคลื่อนกระบวนการรักษามาตรฐานการเป็นองค์กรคุณธรรมต้นแบบ"


def test_chart_is_a_picture_after_the_form_under_its_own_heading(document: object) -> None:
    assert len(document.inline_shapes) == 1  # type: ignore[attr-defined]
    headings = [p.text for p in document.paragraphs if p.text.startswith("ความก้าวหน้าทั้งแผน")]  # type: ignore[attr-defined]
    assert headings == ["ความก้าวหน้าทั้งแผน: แล้วเสร็จ ๗ จาก ๒๖ กิจกรรม (ร้อยละ ๒๖.๙๒)"]


def test_no_chart_when_none_is_given() -> None:
    report = build_report(shipped(), report_round("h1", 2566))
    assert len(Document(io.BytesIO(report_docx(report))).inline_shapes) == 0


def test_formula_text_stays_text() -> None:
    plan = with_activity(shipped(), "1.1", name=INJECTION, evidence="@SUM(A1)")
    data = report_docx(build_report(plan, report_round("h1", 2566), thai_digits=False))
    document = Document(io.BytesIO(data))
    body = _table_text(document.tables[0])
    assert INJECTION in body and "@SUM(A1)" in body
    xml = document.element.xml
    assert "w:fldSimple" not in xml and "w:instrText" not in xml and "w:hyperlink" not in xml


def test_a_signer_block_closes_the_form_when_the_unit_sheet_names_a_reporter() -> None:
    import dataclasses

    from reports import H1_END

    from ita_core.model import FormInfo

    plan = dataclasses.replace(shipped(), form=FormInfo("สำนักบริหารงานกลาง", "นายสมชาย ใจดี", "ผู้อำนวยการ", H1_END))
    document = Document(io.BytesIO(report_docx(build_report(plan, report_round("h1", 2566)))))
    last = [p.text for p in document.paragraphs if p.text.strip()][-4:]
    assert last == ["ลงชื่อ ........................................ ผู้รายงาน", "(นายสมชาย ใจดี)", "ตำแหน่ง ผู้อำนวยการ",
                    "วันที่ ๓๑ มีนาคม ๒๕๖๖"]  # fmt: skip
