"""Small real workbooks, built with openpyxl the way users' files look, and helpers to inspect results."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import openpyxl
import xlsxwriter
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Font

HEADERS = {
    "มาตรการ": ["มาตรการ", "ชื่อมาตรการ"],
    "กิจกรรม": [
        "มาตรการ",
        "ลำดับ",
        "โครงการ/กิจกรรม",
        "ผลผลิต",
        "ผลลัพธ์",
        "ผู้รับผิดชอบ",
        "กำหนดส่ง",
        "ผลการดำเนินการ (ร้อยละ)",
        "เอกสาร/หลักฐาน",
        "หมายเหตุ",
    ],
    "การมีส่วนร่วม": ["ลำดับ", "กลุ่มงาน", "ผู้เข้าร่วม", "บุคลากรทั้งหมด", "เป้าหมาย (ร้อยละ)"],
    "กำหนดส่ง": ["ลำดับ", "รายการ", "กำหนดส่ง", "วันที่ส่ง"],
}


class Text(str):
    """A cell value stored as text even when it starts with "=" (openpyxl would write a formula)."""


@dataclass
class Book:
    """A workbook under construction: sheet name → rows (lists of cell values), plus cell formats."""

    sheets: dict[str, list[list[Any]]] = field(default_factory=dict)
    formats: dict[tuple[str, str], str] = field(default_factory=dict)  # (sheet, "H2") → number format
    merges: list[tuple[str, str]] = field(default_factory=list)  # (sheet, "A2:A3"), merged as Excel does
    hidden: list[tuple[str, int]] = field(default_factory=list)  # (sheet, Excel row) hidden, as Excel hides it
    hidden_sheets: list[str] = field(default_factory=list)
    # (sheet, "G3") → None: the whole cell in a struck font; or the text struck through before the cell's value
    struck: dict[tuple[str, str], str | None] = field(default_factory=dict)

    def hide(self, sheet: str, row: int) -> Book:
        self.hidden.append((sheet, row))
        return self

    def strike(self, sheet: str, cell: str, before: str | None = None) -> Book:
        """Strike a cell through, as a person does to mean "deleted": the whole cell, or a struck text typed
        before its value (an old deadline beside the new one)."""
        self.struck[sheet, cell] = before
        return self

    def merge(self, sheet: str, cells: str) -> Book:
        self.merges.append((sheet, cells))
        return self

    def add(self, name: str, rows: list[list[Any]]) -> Book:
        self.sheets[name] = rows
        return self

    def rows(self, name: str) -> list[list[Any]]:
        return self.sheets[name]

    def set(self, sheet: str, cell: str, value: Any, number_format: str | None = None) -> Book:
        """Set one cell by its address (row 1 is the header row unless titles were added)."""
        col = openpyxl.utils.column_index_from_string("".join(c for c in cell if c.isalpha())) - 1
        row = int("".join(c for c in cell if c.isdigit())) - 1
        rows = self.sheets[sheet]
        while len(rows) <= row:
            rows.append([])
        while len(rows[row]) <= col:
            rows[row].append(None)
        rows[row][col] = value
        if number_format:
            self.formats[sheet, cell] = number_format
        return self

    def to_bytes(self) -> bytes:
        wb = openpyxl.Workbook()
        wb.remove(wb.active)
        for name, rows in self.sheets.items():
            ws = wb.create_sheet(name)
            for r, row in enumerate(rows, start=1):
                for c, value in enumerate(row, start=1):
                    if value is not None:
                        cell = ws.cell(row=r, column=c, value=value)
                        if isinstance(value, Text):
                            cell.data_type = "s"
        for (sheet, cell), fmt in self.formats.items():
            wb[sheet][cell].number_format = fmt
        for sheet, cells in self.merges:  # openpyxl, like Excel, keeps only the top-left cell's value
            wb[sheet].merge_cells(cells)
        for sheet, row in self.hidden:
            wb[sheet].row_dimensions[row].hidden = True
        for sheet in self.hidden_sheets:
            wb[sheet].sheet_state = "hidden"
        for (sheet, cell), before in self.struck.items():  # rich text: openpyxl keeps it in the cell (inline)
            if before is None:
                wb[sheet][cell].font = Font(strike=True)
            else:
                wb[sheet][cell].value = CellRichText(
                    TextBlock(InlineFont(strike=True), before), f" {wb[sheet][cell].value}"
                )
        buffer = io.BytesIO()
        wb.save(buffer)
        return buffer.getvalue()


def excel_writes(book: Book) -> bytes:
    """The book as Excel itself writes one: every text in the shared strings (rich text too), dates as numbers in
    a date format. Values, merges, struck cells and hidden sheets only."""
    out = io.BytesIO()
    workbook = xlsxwriter.Workbook(out, {"in_memory": True})
    struck, dated = workbook.add_format({"font_strikeout": True}), workbook.add_format({"num_format": "d/m/yyyy"})
    for name, rows in book.sheets.items():
        sheet = workbook.add_worksheet(name)
        if name in book.hidden_sheets:
            sheet.hide()
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                ref = xlsxwriter.utility.xl_rowcol_to_cell(r, c)
                before = book.struck.get((name, ref), "")
                if (name, ref) in book.struck and before is not None:
                    sheet.write_rich_string(r, c, struck, before, f" {value}")
                elif isinstance(value, datetime):
                    sheet.write_datetime(r, c, value, dated)
                elif value is not None:
                    sheet.write(r, c, value, struck if (name, ref) in book.struck else None)
        for merged_sheet, cells in book.merges:  # as Excel keeps a merge: the top-left cell's value only
            if merged_sheet == name:
                r, c = xlsxwriter.utility.xl_cell_to_rowcol(cells.split(":")[0])
                value = rows[r][c] if r < len(rows) and c < len(rows[r]) else None
                sheet.merge_range(cells, value if value is not None else "")
    workbook.close()
    return out.getvalue()


def valid_book() -> Book:
    """A small valid plan: two measures, three activities, one participation row."""
    return (
        Book()
        .add(
            "ข้อมูลหน่วยงาน",
            [["หน่วยงาน", "สำนักทดสอบ"], ["ปีงบประมาณ", 2566], ["ข้อมูล ณ วันที่", datetime(2023, 3, 31)]],
        )
        .add("มาตรการ", [list(HEADERS["มาตรการ"]), [1, "มาตรการที่หนึ่ง"], [2, "มาตรการที่สอง"]])
        .add(
            "กิจกรรม",
            [
                list(HEADERS["กิจกรรม"]),
                [1, "1.1", "กิจกรรมแรก", "ผลผลิต", "ผลลัพธ์", "คณะทำงานสำนัก", "ส่ง ๒๐ มิถุนายน ๒๕๖๖", 100, "หลักฐาน", None],
                [1, "1.2", "กิจกรรมสอง", None, None, "คณะทำงานสำนัก", datetime(2023, 7, 30), 50, None, None],
                [2, "2.1", "กิจกรรมสาม", None, None, "กลุ่มงานวินัย", "๗ เม.ย. ๖๖", None, None, None],
            ],
        )
        .add("การมีส่วนร่วม", [list(HEADERS["การมีส่วนร่วม"]), ["1.2", "ทั้งสำนัก", 127, 139, 80]])
    )


def problem_at(result: Any, location: str) -> Any:
    """The single problem reported at ``sheet!cell``; fails listing all problems otherwise."""
    matches = [p for p in result.problems if p.location == location]
    assert len(matches) == 1, f"expected one problem at {location}, got: {[p.line() for p in result.problems]}"
    return matches[0]


def as_date(d: date) -> datetime:
    return datetime(d.year, d.month, d.day)
