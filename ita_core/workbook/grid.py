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

import pyarrow as pa
import pyarrow.compute as pc

from ita_core.workbook.calamine import LoadedSheet, loaded_sheets, reading
from ita_core.workbook.sheetgrid import SheetGrid


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


def table_of(loaded: LoadedSheet) -> SheetTable:
    """A loaded sheet as an Arrow table (for a large sheet: it crosses between processes as Arrow IPC)."""
    with reading():
        return SheetTable(loaded.name, loaded.sheet.to_arrow(), loaded.letters)


def read_tables(data: bytes, names: list[str], others: list[str] | None = None) -> dict[str, SheetTable]:
    """The named sheets as Arrow tables, and the first rows of the ``others``. The file must have passed
    ``safety.inspect_workbook``."""
    return {table.name: table for table in iter_tables(data, names, others)}


def iter_tables(data: bytes, names: list[str] | None = None, others: list[str] | None = None) -> Iterator[SheetTable]:
    """``calamine.loaded_sheets`` as Arrow tables, one at a time."""
    for loaded in loaded_sheets(data, names, others):
        yield table_of(loaded)


def read_sheets(data: bytes, names: list[str]) -> dict[str, SheetGrid]:
    """Grids of the named sheets, read in this process."""
    return {name: grid_of(table) for name, table in read_tables(data, names).items()}
