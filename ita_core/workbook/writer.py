"""Write workbooks in the contract's format: the blank template, the shipped plan, exports.

We write with XlsxWriter: it is fast, and ``write_string`` stores text as text,
so a value such as ``=HYPERLINK(...)`` can never become a formula in a file we
produce. The ``ลำดับ`` columns are formatted as Text so Excel keeps ``1.10``.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import xlsxwriter

from ita_core.model import WHOLE_UNIT, Plan
from ita_core.workbook import contract

Cell = str | int | Decimal | date | None

# Excel shows these dates in the Thai Buddhist calendar whatever the viewer's locale.
_THAI_DATE_FORMAT = "[$-th-TH,107]d mmmm yyyy"
_TEXT_KEYS = {"activity_id", "guideline"}
_WIDTHS = {
    "measure": 10,
    "measure_name": 70,
    "activity_id": 9,
    "activity": 60,
    "details": 50,
    "output": 40,
    "outcome": 40,
    "responsible": 24,
    "due": 30,
    "progress_pct": 14,
    "evidence": 40,
    "remarks": 30,
    "period": 30,
    "guideline": 10,
    "guideline_name": 70,
    "actions": 50,
    "achieved_output": 40,
    "achieved_outcome": 40,
    "report_title": 50,
    "report_name": 50,
    "guidelines_label": 30,
    "group": 30,
    "participants": 12,
    "headcount": 14,
    "target_pct": 14,
    "item": 40,
    "submitted": 16,
}


@dataclass
class WorkbookRows:
    """Contract sheets as plain rows keyed by column key; ``None`` leaves a cell empty."""

    unit: str = ""
    fiscal_year_be: int | None = None
    as_of: date | None = None
    form: dict[str, Cell] = field(default_factory=dict)  # report_unit, reporter, reporter_position, report_date
    measures: list[dict[str, Cell]] = field(default_factory=list)
    guidelines: list[dict[str, Cell]] = field(default_factory=list)
    activities: list[dict[str, Cell]] = field(default_factory=list)
    participation: list[dict[str, Cell]] = field(default_factory=list)
    deadlines: list[dict[str, Cell]] = field(default_factory=list)


def rows_from_plan(plan: Plan) -> WorkbookRows:
    """A plan back as workbook rows: reading the result gives the same plan."""
    return WorkbookRows(
        unit=plan.unit,
        fiscal_year_be=plan.fiscal_year_be,
        as_of=plan.as_of,
        form={
            "report_unit": plan.form.unit_name,
            "reporter": plan.form.reporter,
            "reporter_position": plan.form.position,
            "report_date": plan.form.date,
        },
        measures=[
            {
                "measure": m.number,
                "measure_name": m.name,
                "report_name": m.report_name,
                "guidelines_label": m.guidelines_label,
            }
            for m in plan.measures
        ],
        guidelines=[
            {
                "measure": g.measure,
                "guideline": g.guideline_id,
                "guideline_name": g.name,
                "report_name": g.report_name,
            }
            for g in plan.guidelines
        ],
        activities=[
            {
                "measure": a.measure,
                "activity_id": a.activity_id,
                "activity": a.name,
                "details": a.details,
                "output": a.output,
                "outcome": a.outcome,
                "responsible": a.responsible,
                "due": a.due_text,
                "progress_pct": a.progress if a.progress_reported else None,
                "evidence": a.evidence,
                "remarks": a.remarks,
                "period": a.period,
                "guideline": a.guideline,
                "actions": a.actions,
                "achieved_output": a.achieved_output,
                "achieved_outcome": a.achieved_outcome,
                "report_title": a.report_title,
            }
            for a in plan.activities
        ],
        participation=[
            {
                "activity_id": p.activity_id,
                "group": p.group or WHOLE_UNIT,  # read back as the whole unit
                "participants": p.participants,
                "headcount": p.headcount,
                "target_pct": p.target_pct,
            }
            for p in plan.participation
        ],
        deadlines=[
            {"activity_id": d.activity_id, "item": d.item, "due": d.due, "submitted": d.submitted}
            for d in plan.deadlines
            if d.listed
        ],
    )


class _Formats:
    def __init__(self, book: xlsxwriter.Workbook) -> None:
        base = {"font_name": "TH Sarabun New", "font_size": 14, "valign": "top"}
        self.header = book.add_format({**base, "bold": True, "bg_color": "#DDE7F0", "border": 1, "text_wrap": True})
        self.text = book.add_format({**base, "text_wrap": True, "num_format": "@"})
        self.number = book.add_format({**base, "num_format": "General"})
        self.date = book.add_format({**base, "num_format": _THAI_DATE_FORMAT, "align": "left"})
        self.title = book.add_format({**base, "bold": True, "font_size": 18})
        self.label = book.add_format({**base, "bold": True})


def _write(sheet: Any, row: int, col: int, value: Cell, fmt: _Formats, as_text: bool = False) -> None:
    if value is None or value == "":
        if as_text:
            sheet.write_blank(row, col, None, fmt.text)
        return
    if isinstance(value, (date, datetime)):
        sheet.write_datetime(row, col, datetime(value.year, value.month, value.day), fmt.date)
    elif isinstance(value, (int, Decimal)) and not isinstance(value, bool) and not as_text:
        sheet.write_number(row, col, float(value) if isinstance(value, Decimal) else value, fmt.number)
    else:
        sheet.write_string(row, col, str(value), fmt.text)


def _table_sheet(
    book: xlsxwriter.Workbook, spec: contract.SheetSpec, rows: Sequence[dict[str, Cell]], fmt: _Formats
) -> None:
    sheet = book.add_worksheet(spec.th)
    columns = list(spec.columns)
    for col, column in enumerate(columns):
        sheet.write_string(0, col, column.th, fmt.header)
        width = _WIDTHS.get(column.key, 20)
        sheet.set_column(col, col, width, fmt.text if column.key in _TEXT_KEYS else None)
    for r, row in enumerate(rows, start=1):
        for col, column in enumerate(columns):
            _write(sheet, r, col, row.get(column.key), fmt, as_text=column.key in _TEXT_KEYS)
    sheet.freeze_panes(1, 0)
    sheet.repeat_rows(0)
    sheet.set_landscape()
    sheet.set_paper(9)  # A4
    sheet.fit_to_pages(1, 0)


def _unit_sheet(book: xlsxwriter.Workbook, rows: WorkbookRows, fmt: _Formats) -> None:
    sheet = book.add_worksheet(contract.UNIT.th)
    sheet.set_column(0, 0, 22)
    sheet.set_column(1, 1, 60)
    values: dict[str, Cell] = {"unit": rows.unit, "fiscal_year": rows.fiscal_year_be, "as_of": rows.as_of}
    values |= rows.form
    for r, column in enumerate(contract.UNIT.columns):
        sheet.write_string(r, 0, column.th, fmt.label)
        _write(sheet, r, 1, values.get(column.key), fmt)


_INSTRUCTIONS = (
    ("วิธีใช้แม่แบบ", ""),
    ("แผ่นงาน ข้อมูลหน่วยงาน", "ใส่ชื่อหน่วยงาน ปีงบประมาณ (พ.ศ. เช่น 2566) และวันที่ของข้อมูล (ข้อมูล ณ วันที่) ในคอลัมน์ B"),
    ("แผ่นงาน มาตรการ", "หนึ่งแถวต่อหนึ่งมาตรการ: เลขมาตรการ (1, 2, 3) และชื่อมาตรการ"),
    (
        "แผ่นงาน แนวทาง",
        "ไม่บังคับ: แนวทางการดำเนินการของแต่ละมาตรการ (เช่น 1.2) ใช้จัดกลุ่มกิจกรรมในแบบรายงาน "
        "กิจกรรมระบุแนวทางของตนได้ในคอลัมน์ แนวทาง",
    ),
    (
        "ผลที่ทำได้",
        "ไม่บังคับ: คอลัมน์ การดำเนินการ ผลผลิตที่ได้ และ ผลลัพธ์ที่ได้ ในแผ่นงาน กิจกรรม คือสิ่งที่ทำไปแล้ว ซึ่งจะออกในแบบรายงานผลการดำเนินการ",
    ),
    (
        "ถ้อยคำในแบบรายงาน",
        "ไม่บังคับ: คอลัมน์ ชื่อในแบบรายงาน (กิจกรรม มาตรการ แนวทาง) ใช้เมื่อแบบรายงานเขียนต่างจากแผน "
        "และ หัวข้อแนวทางในแบบรายงาน ของแต่ละมาตรการ; ในแผ่นงาน ข้อมูลหน่วยงาน ใส่ ชื่อหน่วยงานในแบบรายงาน "
        "และผู้ลงนาม (ผู้รายงาน ตำแหน่งผู้รายงาน วันที่รายงาน) ได้ — เว้นว่างไว้ได้ทั้งหมด",
    ),
    (
        "แผ่นงาน กิจกรรม",
        "หนึ่งแถวต่อหนึ่งกิจกรรม: มาตรการ ลำดับ (เช่น 1.5 — คอลัมน์นี้จัดรูปแบบเป็นข้อความไว้แล้ว เพื่อให้ 1.10 ไม่กลายเป็น 1.1) "
        "ชื่อโครงการ/กิจกรรม ผลผลิต ผลลัพธ์ ผู้รับผิดชอบ กำหนดส่ง ผลการดำเนินการ (ร้อยละ) เอกสาร/หลักฐาน หมายเหตุ",
    ),
    (
        "กำหนดส่ง",
        "พิมพ์เป็นวันที่ หรือเป็นข้อความก็ได้ เช่น 20 มิถุนายน 2566, ๒๐ มิ.ย. ๖๖, 20/6/2566, ส่ง ๓๐ กรกฎาคม ๖๖ "
        "หนึ่งเซลล์มีได้หลายวันที่ แต่ละวันที่จะเป็นกำหนดส่งหนึ่งรายการ",
    ),
    (
        "ผลการดำเนินการ (ร้อยละ)",
        "ตัวเลข 0–100 เช่น 50, 50% หรือ ร้อยละ ๕๐ เว้นว่างไว้ = ยังไม่มีรายงานผล (นับเป็น 0) กิจกรรมที่ได้ 100 นับว่าแล้วเสร็จ",
    ),
    (
        "แผ่นงาน การมีส่วนร่วม",
        "หนึ่งแถวต่อกิจกรรมและกลุ่มงาน: ลำดับกิจกรรม กลุ่มงาน จำนวนผู้เข้าร่วม บุคลากรทั้งหมด และเป้าหมาย (ร้อยละ) "
        "เว้นกลุ่มงานว่างไว้ (หรือพิมพ์ ทั้งหน่วยงาน) เมื่อเป็นตัวเลขของทั้งหน่วยงาน",
    ),
    (
        "แผ่นงาน กำหนดส่ง",
        "ไม่บังคับ: ใช้เมื่อต้องการแยกกำหนดส่งย่อยของกิจกรรม และบันทึกวันที่ส่งจริง "
        "ถ้ามีแถวของกิจกรรมใดในแผ่นนี้ จะใช้แทนกำหนดส่งในแผ่นงาน กิจกรรม",
    ),
    ("ตรวจไฟล์ก่อนส่ง", "python -m ita_core validate ชื่อไฟล์.xlsx — จะแจ้งทุกปัญหาพร้อมแผ่นงานและเซลล์ที่ต้องแก้"),
    ("ตัวเลขไทย", "ใช้เลขไทยหรือเลขอารบิกก็ได้ทุกช่อง"),
)


def _instructions_sheet(book: xlsxwriter.Workbook, fmt: _Formats) -> None:
    sheet = book.add_worksheet("คำอธิบาย")
    sheet.set_column(0, 0, 28)
    sheet.set_column(1, 1, 110)
    for r, (topic, text) in enumerate(_INSTRUCTIONS):
        sheet.write_string(r, 0, topic, fmt.title if r == 0 else fmt.label)
        if text:
            sheet.write_string(r, 1, text, fmt.text)


def write_workbook(rows: WorkbookRows, target: str | Path | io.BytesIO, *, instructions: bool = False) -> None:
    """Write the contract's sheets (and optionally the Thai instruction sheet) to a path or buffer."""
    book = xlsxwriter.Workbook(target, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False})
    fmt = _Formats(book)
    if instructions:
        _instructions_sheet(book, fmt)
    _unit_sheet(book, rows, fmt)
    _table_sheet(book, contract.MEASURES, rows.measures, fmt)
    _table_sheet(book, contract.GUIDELINES, rows.guidelines, fmt)
    _table_sheet(book, contract.ACTIVITIES, rows.activities, fmt)
    _table_sheet(book, contract.PARTICIPATION, rows.participation, fmt)
    _table_sheet(book, contract.DEADLINES, rows.deadlines, fmt)
    book.close()


def workbook_bytes(rows: WorkbookRows, *, instructions: bool = False) -> bytes:
    buffer = io.BytesIO()
    write_workbook(rows, buffer, instructions=instructions)
    return buffer.getvalue()


def template_rows() -> WorkbookRows:
    """One example row per sheet, so the template shows the expected forms and still validates."""
    return WorkbookRows(
        unit="",
        fiscal_year_be=None,
        as_of=None,
        measures=[{"measure": 1, "measure_name": "ตัวอย่าง: การขับเคลื่อนกระบวนการรักษามาตรฐานการเป็นองค์กรคุณธรรมต้นแบบ"}],
        guidelines=[
            {
                "measure": 1,
                "guideline": "1.1",
                "guideline_name": "ตัวอย่าง: ขับเคลื่อนกระบวนการรักษามาตรฐานการเป็นองค์กรคุณธรรมต้นแบบ",
            }
        ],
        activities=[
            {
                "measure": 1,
                "activity_id": "1.1",
                "activity": "ตัวอย่าง: กิจกรรมประกาศเจตนารมณ์ร่วมกันที่จะขับเคลื่อนองค์กรคุณธรรมต้นแบบ",
                "output": "บุคลากรร่วมประกาศเจตนารมณ์ ร้อยละ ๘๐ ขึ้นไป",
                "outcome": "ประกาศเจตนารมณ์และเผยแพร่อย่างน้อย ๒ ช่องทาง",
                "responsible": "คณะทำงานสำนัก",
                "due": "ส่ง ๒๐ มิถุนายน ๒๕๖๖",
                "progress_pct": None,
                "evidence": "",
                "remarks": "ลบแถวตัวอย่างนี้ก่อนใส่ข้อมูลจริง",
                "guideline": "1.1",
            }
        ],
        participation=[
            {
                "activity_id": "1.1",
                "group": "ตัวอย่าง: กลุ่มงานบริหารทั่วไป",
                "participants": 8,
                "headcount": 10,
                "target_pct": 80,
            }
        ],
        deadlines=[],
    )
