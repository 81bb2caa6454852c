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

from ita_core.dateparse import DATE_CELL
from ita_core.model import WHOLE_UNIT, Plan
from ita_core.workbook import contract

Cell = str | int | Decimal | date | None

# Excel shows these dates in the Thai Buddhist calendar whatever the viewer's locale.
_THAI_DATE_FORMAT = "[$-th-TH,107]d mmmm yyyy"
_MONEY_FORMAT = "#,##0.00"


@dataclass
class WorkbookRows:
    """Contract sheets as plain rows keyed by model field; ``None`` leaves a cell empty."""

    unit: dict[str, Cell] = field(default_factory=dict)  # by the unit sheet's fields
    measures: list[dict[str, Cell]] = field(default_factory=list)
    guidelines: list[dict[str, Cell]] = field(default_factory=list)
    activities: list[dict[str, Cell]] = field(default_factory=list)
    participation: list[dict[str, Cell]] = field(default_factory=list)
    deadlines: list[dict[str, Cell]] = field(default_factory=list)
    responsible: list[dict[str, Cell]] = field(default_factory=list)

    def sheet(self, key: str) -> list[dict[str, Cell]]:
        rows: list[dict[str, Cell]] = getattr(self, key)
        return rows


def _row(record: Any, spec: contract.SheetSpec) -> dict[str, Cell]:
    return {c.field: getattr(record, c.field) for c in spec.columns}


def rows_from_plan(plan: Plan) -> WorkbookRows:
    """A plan back as workbook rows: reading the result gives the same plan."""
    unit = {"unit": plan.unit, "fiscal_year_be": plan.fiscal_year_be, "as_of": plan.as_of, **plan.form._asdict()}
    return WorkbookRows(
        unit=unit,
        measures=[_row(m, contract.MEASURES) for m in plan.measures],
        guidelines=[_row(g, contract.GUIDELINES) for g in plan.guidelines],
        activities=[
            _row(a, contract.ACTIVITIES) | {"progress": a.progress if a.progress_reported else None}
            for a in plan.activities
        ],
        participation=[
            _row(p, contract.PARTICIPATION) | {"group": p.group or WHOLE_UNIT}  # read back as the whole unit
            for p in plan.participation
        ],
        deadlines=[_row(d, contract.DEADLINES) for d in plan.deadlines if d.listed],
        responsible=[_row(c, contract.RESPONSIBLE) for c in plan.contacts],
    )


class _Formats:
    def __init__(self, book: xlsxwriter.Workbook) -> None:
        base = {"font_name": "TH Sarabun New", "font_size": 14, "valign": "top"}
        self.header = book.add_format({**base, "bold": True, "bg_color": "#DDE7F0", "border": 1, "text_wrap": True})
        self.text = book.add_format({**base, "text_wrap": True, "num_format": "@"})
        self.number = book.add_format({**base, "num_format": "General"})
        self.money = book.add_format({**base, "num_format": _MONEY_FORMAT})
        self.date = book.add_format({**base, "num_format": _THAI_DATE_FORMAT, "align": "left"})
        self.title = book.add_format({**base, "bold": True, "font_size": 18})
        self.label = book.add_format({**base, "bold": True})


def _date_cell(text: str) -> date | None:
    """The date of a text that is exactly how a date cell reads (``2025-02-28 00:00:00``; at midnight only)."""
    m = DATE_CELL.fullmatch(text)
    if m is None or (m[4] is not None and m.group(4, 5, 6) != ("00", "00", "00")):
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _write(sheet: Any, row: int, col: int, value: Cell, fmt: _Formats, kind: contract.Kind | None = None) -> None:
    as_text = kind is contract.Kind.ID  # ids are text, so Excel keeps 1.10
    if value is None or value == "":
        if as_text:
            sheet.write_blank(row, col, None, fmt.text)
        return
    if kind is contract.Kind.DATES and isinstance(value, str) and (day := _date_cell(value)) is not None:
        value = day  # a date cell read as its ISO text stays a date cell (next-year rolls it as text)
    if kind in (contract.Kind.PERCENT, contract.Kind.TARGET) and isinstance(value, Decimal) and 0 < value < 1:
        value = f"{value.normalize():f}%"  # a bare 0.5 would read back as "50 % or 0.5 %?"
    if isinstance(value, (date, datetime)):
        sheet.write_datetime(row, col, datetime(value.year, value.month, value.day), fmt.date)
    elif isinstance(value, (int, Decimal)) and not isinstance(value, bool) and not as_text:
        number_format = fmt.money if kind is contract.Kind.MONEY else fmt.number
        sheet.write_number(row, col, float(value) if isinstance(value, Decimal) else value, number_format)
    else:
        sheet.write_string(row, col, str(value), fmt.text)


def _table_sheet(
    book: xlsxwriter.Workbook, spec: contract.SheetSpec, rows: Sequence[dict[str, Cell]], fmt: _Formats
) -> None:
    sheet = book.add_worksheet(spec.th)
    columns = list(spec.columns)
    for col, column in enumerate(columns):
        sheet.write_string(0, col, column.th, fmt.header)
        sheet.set_column(col, col, column.width, fmt.text if column.kind is contract.Kind.ID else None)
    for r, row in enumerate(rows, start=1):
        for col, column in enumerate(columns):
            _write(sheet, r, col, row.get(column.field), fmt, column.kind)
    sheet.freeze_panes(1, 0)
    sheet.repeat_rows(0)
    sheet.set_landscape()
    sheet.set_paper(9)  # A4
    sheet.fit_to_pages(1, 0)


def _unit_sheet(book: xlsxwriter.Workbook, rows: WorkbookRows, fmt: _Formats) -> None:
    sheet = book.add_worksheet(contract.UNIT.th)
    sheet.set_column(0, 0, 22)
    sheet.set_column(1, 1, 60)
    for r, column in enumerate(contract.UNIT.columns):
        sheet.write_string(r, 0, column.th, fmt.label)
        _write(sheet, r, 1, rows.unit.get(column.field), fmt, column.kind)


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
    # Each activity column's own hint, from the contract.
    *((column.th, column.hint) for column in contract.ACTIVITIES.columns if column.hint),
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
    if rows.responsible or instructions:  # optional: in the template, and where a plan gives addresses
        _table_sheet(book, contract.RESPONSIBLE, rows.responsible, fmt)
    book.close()


def workbook_bytes(rows: WorkbookRows, *, instructions: bool = False) -> bytes:
    buffer = io.BytesIO()
    write_workbook(rows, buffer, instructions=instructions)
    return buffer.getvalue()


def template_rows() -> WorkbookRows:
    """One example row per sheet, so the template shows the expected forms and still validates."""
    return WorkbookRows(
        measures=[{"number": 1, "name": "ตัวอย่าง: การขับเคลื่อนกระบวนการรักษามาตรฐานการเป็นองค์กรคุณธรรมต้นแบบ"}],
        guidelines=[
            {
                "measure": 1,
                "guideline_id": "1.1",
                "name": "ตัวอย่าง: ขับเคลื่อนกระบวนการรักษามาตรฐานการเป็นองค์กรคุณธรรมต้นแบบ",
            }
        ],
        activities=[
            {
                "measure": 1,
                "activity_id": "1.1",
                "name": "ตัวอย่าง: กิจกรรมประกาศเจตนารมณ์ร่วมกันที่จะขับเคลื่อนองค์กรคุณธรรมต้นแบบ",
                "output": "บุคลากรร่วมประกาศเจตนารมณ์ ร้อยละ ๘๐ ขึ้นไป",
                "outcome": "ประกาศเจตนารมณ์และเผยแพร่อย่างน้อย ๒ ช่องทาง",
                "responsible": "คณะทำงานสำนัก",
                "due_text": "ส่ง ๒๐ มิถุนายน ๒๕๖๖",
                "progress": None,
                "evidence": "",
                "remarks": "ลบแถวตัวอย่างนี้ก่อนใส่ข้อมูลจริง",
                "budget": Decimal(15000),
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
