"""The part of reading a workbook done by native code (the zip scan, calamine): what the bounded
reading process runs, so it imports nothing of the checks that follow, and Arrow only for a large sheet."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ita_core.workbook.calamine import loaded_sheets

if TYPE_CHECKING:
    from ita_core.workbook.grid import SheetTable
    from ita_core.workbook.safety import Limits, WorkbookScan


def native_read(data: bytes, limits: Limits | None = None) -> tuple[WorkbookScan, dict[str, SheetTable]]:
    """The part of reading done by native code: inspect the zip, then let calamine read the sheets the
    contract knows, and the first rows of the others. Nothing is read when a sheet the contract knows has a
    value too far away (see ``_Ingest``); another sheet with one is not looked at."""
    from ita_core.workbook import contract
    from ita_core.workbook.grid import read_tables
    from ita_core.workbook.safety import inspect_workbook

    scan = inspect_workbook(data, limits)
    candidates = [name for name in scan.sheets if contract.sheet_key(name) is not None]
    if any(scan.sheets[name].far_cell for name in candidates):
        return scan, {}
    others = [name for name, sheet in scan.sheets.items() if contract.looked_over(name) and sheet.far_cell is None]
    return scan, read_tables(data, candidates, others)


def warm_up() -> None:
    """What converting a small sheet needs, imported while the reading process waits for its file."""
    import nanoarrow  # noqa: F401


JSON_CELLS = 20_000  # up to this many cells a sheet is sent as JSON (the shipped plan's largest: about 500)


def table_frames(data: bytes, options: dict[str, Any]) -> Iterator[tuple[dict[str, Any], bytes]]:
    """calamine alone, for the reading process while the caller scans the same file (``ingest.read_untrusted``):
    every sheet the contract knows, one frame each, in the order the checks need them, so the caller checks
    the activities while the sheets after them are still being read; then the first rows of the others. A
    small sheet goes as a JSON grid (``SheetGrid.pack``), converted without pyarrow
    (``calamine.LoadedSheet.grid``), so checking a plan of tens of activities loads Arrow in neither
    process; a large one as Arrow IPC, which crosses faster than JSON once there are tens of thousands of
    cells."""
    for loaded in loaded_sheets(data):
        if loaded.cells <= JSON_CELLS:
            yield {"name": loaded.name, "format": "json"}, loaded.grid().pack()
        else:
            from ita_core.workbook.grid import table_of

            yield {"name": loaded.name, "format": "arrow", "letters": list(loaded.letters)}, table_of(loaded).to_ipc()
