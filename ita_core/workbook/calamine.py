"""Open an .xlsx with calamine (through ``fastexcel``) and load its sheets as text, loading no Arrow library.

The bounded reading process (``ita_core.workbook.worker``) starts for every file a person checks, and a
plan of tens of activities should be answered in a fraction of a second: importing pyarrow and numpy
would take longer than reading such a plan. So a small sheet is taken out of calamine through the Arrow C
data interface by ``nanoarrow`` (a few hundred kilobytes, no numpy) straight into the grid the checks walk;
only a large sheet is handed to pyarrow (``grid.SheetTable``), which crosses to the checking process faster.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import fastexcel

from ita_core.problems import WorkbookRejected
from ita_core.workbook.contract import HEADER_SEARCH_ROWS, SHEETS, column_letter, looked_over, sheet_key
from ita_core.workbook.sheetgrid import SheetGrid

SHEET_ORDER = {spec.key: i for i, spec in enumerate(SHEETS)}


@dataclass(frozen=True)
class LoadedSheet:
    """One sheet as calamine loaded it, every cell as text, not yet converted."""

    name: str
    sheet: fastexcel.ExcelSheet
    letters: tuple[str, ...]  # Excel column letters of each column

    @property
    def cells(self) -> int:
        return self.sheet.height * max(len(self.letters), 1)

    def grid(self) -> SheetGrid:
        """The checks' view of this sheet, through nanoarrow (Python lists of text, no pyarrow)."""
        import nanoarrow

        with reading():
            array = nanoarrow.Array(self.sheet)
        columns: list[list[str | None]] = [array.child(i).to_pylist() for i in range(array.n_children)]
        if not columns or not columns[0]:
            return SheetGrid(self.name, [], [], [])
        nonblank = [row for row, cells in enumerate(zip(*columns, strict=True)) if any(c is not None for c in cells)]
        return SheetGrid(self.name, columns, list(self.letters[: len(columns)]), nonblank)


PEEK_COLUMNS = 52  # A–AZ, as far as a sheet that is read may go


def _load(reader: fastexcel.ExcelReader, name: str, rows: int | None = None) -> LoadedSheet:
    sheet = reader.load_sheet(
        name,
        header_row=None,
        skip_rows=0,
        n_rows=rows,
        use_columns=None if rows is None else (lambda column: column.index < PEEK_COLUMNS),
        dtypes="string",
        whitespace_as_null=True,
        skip_whitespace_tail_rows=True,
    )
    letters = tuple(column_letter(info.absolute_index) for info in sheet.selected_columns)
    return LoadedSheet(name, sheet, letters)


def loaded_sheets(
    data: bytes, names: list[str] | None = None, others: list[str] | None = None
) -> Iterator[LoadedSheet]:
    """The named sheets (by default every sheet the contract knows, in the contract's order), loaded one at
    a time, then the first rows of the ``others`` (by default every sheet ``contract.looked_over``), where a table of
    the plan may have been kept and would otherwise be passed over without a word (``tables.plan_table_in``).
    In the checking process only after ``safety.inspect_workbook`` passed; before that, only in the bounded
    reading process."""
    with reading():
        reader = fastexcel.read_excel(data)
        if names is None:
            known = [name for name in reader.sheet_names if sheet_key(name) is not None]
            names = sorted(known, key=lambda name: SHEET_ORDER[sheet_key(name) or ""])
            others = [name for name in reader.sheet_names if looked_over(name)]  # not last year's กิจกรรม 2565
    for name in names:
        with reading():
            loaded = _load(reader, name)
        yield loaded
    for name in others or ():
        try:  # a sheet that is not read may be damaged or odd: then it is not looked at either
            loaded = _load(reader, name, rows=HEADER_SEARCH_ROWS)
        except fastexcel.FastExcelError:
            continue
        yield loaded


@contextmanager
def reading() -> Iterator[None]:
    """calamine's own complaint about a damaged file, as the message a person can act on."""
    try:
        yield
    except fastexcel.FastExcelError as exc:
        raise WorkbookRejected(
            "อ่านข้อมูลในไฟล์ไม่ได้ ไฟล์อาจเสียหาย: ลองเปิดใน Excel แล้วบันทึกใหม่",
            f"the workbook could not be read ({exc.__class__.__name__}): open it in Excel and save it again",
        ) from None
