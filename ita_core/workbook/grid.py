"""Read sheets of an .xlsx into columns of text, fast, with their true cell positions.

We use ``fastexcel`` (Rust, calamine) because reading is most of the cost of a
large workbook and it is several times faster than openpyxl. Every cell comes
back as text (dates as ISO text, numbers in their shortest form), so one
parser per column type sees every cell the same way. Row 0 of a grid is Excel
row 1; each column remembers its absolute position so problems can name cells.

Reading happens in two steps: ``read_tables`` is the native part (calamine and
Arrow), which ``ita_core.workbook.worker`` runs in a bounded process for untrusted files,
and whose Arrow tables cross the process boundary cheaply; ``SheetGrid`` turns a
table into the Python lists the checks walk.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from functools import reduce

import fastexcel
import pyarrow as pa
import pyarrow.compute as pc

from ita_core.problems import WorkbookRejected
from ita_core.workbook.contract import SHEETS, column_letter, sheet_key
from ita_core.workbook.sheetgrid import SheetGrid

SHEET_ORDER = {spec.key: i for i, spec in enumerate(SHEETS)}


@dataclass(frozen=True)
class SheetTable:
    """One sheet as calamine read it: Arrow string columns and their Excel column letters."""

    name: str
    batch: pa.RecordBatch
    letters: tuple[str, ...]

    def to_ipc(self) -> bytes:
        sink = io.BytesIO()
        with pa.ipc.new_stream(sink, self.batch.schema) as writer:
            writer.write_batch(self.batch)
        return sink.getvalue()

    @classmethod
    def from_ipc(cls, name: str, letters: tuple[str, ...], data: bytes) -> SheetTable:
        with pa.ipc.open_stream(data) as reader:
            batches = list(reader)
        batch = batches[0] if batches else pa.record_batch([], schema=reader.schema)
        return cls(name, batch, letters)


def grid_of(table: SheetTable) -> SheetGrid:
    """The checks' view of a sheet read by calamine (Arrow columns to Python lists)."""
    batch = table.batch
    if batch.num_columns == 0 or batch.num_rows == 0:
        return SheetGrid(table.name, [], [], [])
    present = reduce(pc.or_, (pc.is_valid(col) for col in batch.columns))
    nonblank = pc.indices_nonzero(present).to_pylist()
    columns = [col.to_pylist() for col in batch.columns]
    return SheetGrid(table.name, columns, list(table.letters[: len(columns)]), nonblank)


def _load(reader: fastexcel.ExcelReader, name: str) -> SheetTable:
    sheet = reader.load_sheet(
        name,
        header_row=None,
        skip_rows=0,
        dtypes="string",
        whitespace_as_null=True,
        skip_whitespace_tail_rows=True,
    )
    letters = tuple(column_letter(info.absolute_index) for info in sheet.available_columns())
    return SheetTable(name, sheet.to_arrow(), letters)


def read_tables(data: bytes, names: list[str]) -> dict[str, SheetTable]:
    """The named sheets as Arrow tables. The file must have passed ``safety.inspect_workbook``."""
    return {table.name: table for table in iter_tables(data, names)}


def iter_tables(data: bytes, names: list[str] | None = None) -> Iterator[SheetTable]:
    """The named sheets (by default every sheet the contract knows, in the contract's order) as Arrow
    tables, one at a time. In this process only after ``safety.inspect_workbook`` passed; before that,
    only in the bounded reading process."""
    try:
        reader = fastexcel.read_excel(data)
        if names is None:
            known = [name for name in reader.sheet_names if sheet_key(name) is not None]
            names = sorted(known, key=lambda name: SHEET_ORDER[sheet_key(name) or ""])
        for name in names:
            yield _load(reader, name)
    except fastexcel.FastExcelError as exc:
        raise WorkbookRejected(
            "อ่านข้อมูลในไฟล์ไม่ได้ ไฟล์อาจเสียหาย: ลองเปิดใน Excel แล้วบันทึกใหม่",
            f"the workbook could not be read ({exc.__class__.__name__}): open it in Excel and save it again",
        ) from None


def read_sheets(data: bytes, names: list[str]) -> dict[str, SheetGrid]:
    """Grids of the named sheets, read in this process."""
    return {name: grid_of(table) for name, table in read_tables(data, names).items()}
