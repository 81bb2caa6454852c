"""Where the unit sheet's values are: a label, and its value beside it, as offices lay such a sheet out.

The template puts each label in column A and its value in B. Offices also write the label with a colon
(หน่วยงาน:), merge the label over two cells so the value stands further right, write label and value in one
cell (ปีงบประมาณ 2566), or put the labels across a row with the values under them. Read otherwise, each of
these lost the unit's name, or its data date, without a word, or took a label for the unit's name. A label
the contract does not know, with a value beside it, is returned to be said rather than passed over.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ita_core.workbook.contract import UNIT, column_index, column_key, column_letter
from ita_core.workbook.sheetgrid import SheetGrid

# Every name of a unit-sheet label, longest first (ข้อมูล ณ วันที่ before ณ วันที่), as one cell may begin.
_NAMES = sorted({name for column in UNIT.columns for name in column.names}, key=len, reverse=True)
_IN_ONE_CELL = re.compile(
    r"\s*(" + "|".join(re.escape(name).replace(r"\ ", r"\s*") for name in _NAMES) + r")\s*(?:[:：]\s*|\s+)(\S.*)",
    re.IGNORECASE | re.DOTALL,
)


_REACH = 3  # a label merged over up to three cells: its value is in the next filled one, not a note far right


@dataclass
class UnitCells:
    """Each known label's value as typed and the cell it is in; and labels not known, with a value beside them."""

    values: dict[str, tuple[str | None, str]] = field(default_factory=dict)  # field → (raw value, cell)
    unknown: list[tuple[str, str]] = field(default_factory=list)  # (cell, label)
    repeated: list[tuple[str, str, str, str]] = field(default_factory=list)  # (field, first's cell, another's, it)

    def put(self, key: str, value: str | None, cell: str) -> None:
        """A label typed twice: an empty value gives way to a filled one; two values that differ are both kept
        in ``repeated`` (the first was taken without a word: an older data date above the new one)."""
        first = self.values.get(key)
        if first is None or (first[0] is None and value is not None):
            self.values[key] = (value, cell)
        elif value is not None and value.strip() != (first[0] or "").strip():
            self.repeated.append((key, first[1], cell, value))


def unit_cells(grid: SheetGrid) -> UnitCells:
    found = UnitCells()
    columns, height = grid.columns, (len(grid.columns[0]) if grid.columns else 0)
    under: set[int] = set()  # rows of values under a row of labels
    for row in grid.nonblank_rows:
        if row in under:
            continue
        filled = [pos for pos, column in enumerate(columns) if column[row] is not None]
        keys = {pos: column_key("unit", columns[pos][row] or "") for pos in filled}
        labels = [pos for pos in filled if keys[pos] is not None]
        if len(labels) > 1 and row + 1 < height:  # labels across a row: each value under its label
            for pos in labels:
                found.put(keys[pos] or "", columns[pos][row + 1], f"{grid.letters[pos]}{row + 2}")
            under.add(row + 1)
            continue
        first = filled[0]
        label = columns[first][row] or ""
        key = keys[first]
        if key is not None:
            beside = next((pos for pos in filled if first < pos <= first + _REACH), None)
            if beside is not None:
                found.put(key, columns[beside][row], f"{grid.letters[beside]}{row + 1}")
            else:  # the value's cell, empty: where to type it
                found.put(key, None, f"{_next_letter(grid, first)}{row + 1}")
        elif (both := _IN_ONE_CELL.fullmatch(label)) is not None and len(filled) == 1:
            found.put(column_key("unit", both[1]) or "", both[2].strip(), f"{grid.letters[first]}{row + 1}")
        elif len(filled) > 1:
            found.unknown.append((f"{grid.letters[first]}{row + 1}", label))
    return found


def _next_letter(grid: SheetGrid, pos: int) -> str:
    return grid.letters[pos + 1] if pos + 1 < grid.width else column_letter(column_index(grid.letters[pos]) + 1)
