"""The part of reading a workbook done by native code (the zip scan, calamine): what the bounded
reading process runs, so it imports nothing of the checks that follow."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ita_core.workbook import contract
from ita_core.workbook.grid import SheetTable, grid_of, iter_tables, read_tables
from ita_core.workbook.safety import Limits, WorkbookScan, inspect_workbook


def native_read(data: bytes, limits: Limits | None = None) -> tuple[WorkbookScan, dict[str, SheetTable]]:
    """The part of reading done by native code: inspect the zip, then let calamine read the sheets the
    contract knows. Nothing is read when one of them has a value too far away (see ``_Ingest``)."""
    scan = inspect_workbook(data, limits)
    candidates = [name for name in scan.sheets if contract.sheet_key(name) is not None]
    if any(scan.sheets[name].far_cell for name in candidates):
        return scan, {}
    return scan, read_tables(data, candidates)


JSON_CELLS = 20_000  # up to this many cells a sheet is sent as JSON (the shipped plan's largest: about 500)


def table_frames(data: bytes, options: dict[str, Any]) -> Iterator[tuple[dict[str, Any], bytes]]:
    """calamine alone, for the reading process while the caller scans the same file (``ingest.read_untrusted``):
    every sheet the contract knows, one frame each, in the order the checks need them, so the caller checks
    the activities while the sheets after them are still being read. A small sheet goes as a JSON grid
    (``SheetGrid.pack``), so checking a plan of tens of activities never loads Arrow in the caller; a large
    one as Arrow IPC, which crosses faster than JSON once there are tens of thousands of cells."""
    for table in iter_tables(data):
        if table.batch.num_rows * max(table.batch.num_columns, 1) <= JSON_CELLS:
            yield {"name": table.name, "format": "json"}, grid_of(table).pack()
        else:
            yield {"name": table.name, "format": "arrow", "letters": list(table.letters)}, table.to_ipc()


def native_read_answer(data: bytes, options: dict[str, Any]) -> tuple[dict[str, Any], list[bytes]]:
    """``native_read`` for the reading process: JSON and Arrow IPC, nothing that needs unpickling."""
    scan, tables = native_read(data, Limits(**options))
    listed = list(tables.values())
    answer = {"scan": scan.to_dict(), "tables": [{"name": t.name, "letters": list(t.letters)} for t in listed]}
    return answer, [t.to_ipc() for t in listed]
