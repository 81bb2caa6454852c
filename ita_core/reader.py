"""Read sheets of an .xlsx into columns of text, fast, with their true cell positions.

We use ``fastexcel`` (Rust, calamine) because reading is most of the cost of a
large workbook and it is several times faster than openpyxl. Every cell comes
back as text (dates as ISO text, numbers in their shortest form), so one
parser per column type sees every cell the same way. Row 0 of a grid is Excel
row 1; each column remembers its absolute position so problems can name cells.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import reduce

import fastexcel
import pyarrow as pa
import pyarrow.compute as pc

from ita_core.contract import column_letter
from ita_core.problems import WorkbookRejected


@dataclass
class SheetGrid:
    name: str
    columns: list[list[str | None]]
    letters: list[str]  # Excel column letters of each column
    nonblank_rows: list[int]  # 0-based row indexes holding at least one value

    @property
    def width(self) -> int:
        return len(self.columns)

    def value(self, row: int, col: int) -> str | None:
        return self.columns[col][row]


def _load(reader: fastexcel.ExcelReader, name: str) -> SheetGrid:
    sheet = reader.load_sheet(
        name,
        header_row=None,
        skip_rows=0,
        dtypes="string",
        whitespace_as_null=True,
        skip_whitespace_tail_rows=True,
    )
    letters = [column_letter(info.absolute_index) for info in sheet.available_columns()]
    batch: pa.RecordBatch = sheet.to_arrow()
    if batch.num_columns == 0 or batch.num_rows == 0:
        return SheetGrid(name, [], [], [])
    present = reduce(pc.or_, (pc.is_valid(col) for col in batch.columns))
    nonblank = pc.indices_nonzero(present).to_pylist()
    columns = [col.to_pylist() for col in batch.columns]
    return SheetGrid(name, columns, letters[: len(columns)], nonblank)


def read_sheets(data: bytes, names: list[str]) -> dict[str, SheetGrid]:
    """Grids of the named sheets. The file must have passed ``safety.inspect_workbook``."""
    try:
        reader = fastexcel.read_excel(data)
        return {name: _load(reader, name) for name in names}
    except fastexcel.FastExcelError as exc:
        raise WorkbookRejected(
            "อ่านข้อมูลในไฟล์ไม่ได้ ไฟล์อาจเสียหาย: ลองเปิดใน Excel แล้วบันทึกใหม่",
            f"the workbook could not be read ({exc.__class__.__name__}): open it in Excel and save it again",
        ) from None
