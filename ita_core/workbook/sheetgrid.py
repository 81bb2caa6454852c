"""One sheet as the checks walk it: columns of cell text with their Excel letters and the rows that hold
anything. Plain Python, so the process that checks a workbook need not load the native readers: the
bounded reading process sends each sheet as JSON (``pack``), never a pickle, and this side takes only the
shape it expects (``unpack``), so even a subverted reader cannot make the checks run its code."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from ita_core.problems import WorkbookRejected


@dataclass
class SheetGrid:
    name: str
    columns: list[list[str | None]]
    letters: list[str]  # Excel column letters of each column
    nonblank_rows: list[int]  # 0-based row indexes holding at least one value
    cleared: set[int] = field(default_factory=set)  # rows emptied as not part of the table (``clear_rows``)

    @property
    def width(self) -> int:
        return len(self.columns)

    def value(self, row: int, col: int) -> str | None:
        return self.columns[col][row]

    def lone_value(self, row: int) -> tuple[int, str] | None:
        """The only filled cell of a row (its column and text), or ``None`` when there are none or several."""
        filled = [(pos, column[row]) for pos, column in enumerate(self.columns) if column[row] is not None]
        return (filled[0][0], filled[0][1] or "") if len(filled) == 1 else None

    def add_column(self, column: list[str | None], letter: str) -> int:
        """A column the sheet does not have, made from others (the measure of ids 1.5, 2.3): its cells are named
        by ``letter``, the column they came from, so that a problem points where the person typed. Its index."""
        self.columns.append(column)
        self.letters.append(letter)
        return len(self.columns) - 1

    def clear_rows(self, rows: set[int]) -> None:
        """Empty whole rows: they are not part of the table (a heading between its rows)."""
        for column in self.columns:
            for row in rows:
                column[row] = None
        self.nonblank_rows = [r for r in self.nonblank_rows if r not in rows]
        self.cleared |= rows

    def spread_down(self, col: int, first: int, last: int) -> bool:
        """Give the empty cells of a range merged down one column (1-based Excel rows) its top cell's value,
        as the person sees it; whether any cell was filled."""
        column = self.columns[col]
        top = column[first - 1] if first - 1 < len(column) else None
        below = range(first, min(last, len(column)))  # not the rows cleared as not part of the table
        filled = [r for r in below if column[r] is None and r not in self.cleared] if top is not None else []
        for r in filled:
            column[r] = top
        if filled:
            self.nonblank_rows = sorted(set(self.nonblank_rows).union(filled))
        return bool(filled)

    def pack(self) -> bytes:
        return json.dumps([self.columns, self.letters, self.nonblank_rows], ensure_ascii=False).encode()

    @classmethod
    def unpack(cls, name: str, data: bytes) -> SheetGrid:
        try:
            columns, letters, nonblank = json.loads(data)
            shaped = (
                isinstance(columns, list)
                and all(isinstance(c, list) for c in columns)
                and len({len(c) for c in columns}) <= 1
                and isinstance(letters, list)
                and len(letters) == len(columns)
                and all(isinstance(x, str) for x in letters)
                and isinstance(nonblank, list)
                and all(isinstance(i, int) for i in nonblank)
            )
        except (ValueError, TypeError):
            shaped = False
        if not shaped:
            raise WorkbookRejected(
                f"อ่านแผ่นงาน “{name}” ไม่ได้ ไฟล์อาจเสียหาย: เปิดใน Excel แล้วบันทึกใหม่",
                f"sheet “{name}” could not be read; the file may be damaged: open it in Excel and save it again",
            )
        return cls(name, columns, letters, nonblank)
