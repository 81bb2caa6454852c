"""Find a sheet's header row and columns, and collect problems with their cell addresses.

Users put titles above the table, leave blank rows, type headers with odd
spacing, and add columns of their own. A table is located by the row in the
first 20 that names the most known columns.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ita_core.problems import Omitted, Problem, Severity
from ita_core.workbook.contract import HEADER_SEARCH_ROWS, SheetSpec, column_index, column_key, column_letter
from ita_core.workbook.sheetgrid import SheetGrid

MAX_LISTED_PER_SHEET = 500


@dataclass
class _Tally:
    count: int
    first_row: int | None
    last_row: int | None
    example: Problem


@dataclass
class ProblemLog:
    """Collects problems; cells already explained by a formula problem are not reported twice.

    Each sheet lists its first ``limit`` problems; past that, problems are counted per column
    (with the rows they span and one example), so a broken million-row sheet costs a few hundred
    lines, not a million.
    """

    problems: list[Problem] = field(default_factory=list)
    explained: set[tuple[str, str]] = field(default_factory=set)
    limit: int = MAX_LISTED_PER_SHEET
    listed: dict[str, int] = field(default_factory=dict)
    tallies: dict[tuple[str, str, Severity], _Tally] = field(default_factory=dict)
    errors: int = 0

    def _add(self, problem: Problem) -> None:
        if problem.severity is Severity.ERROR:
            self.errors += 1
        shown = self.listed.get(problem.sheet, 0)
        if shown < self.limit:
            self.listed[problem.sheet] = shown + 1
            self.problems.append(problem)
            return
        letters = (problem.cell or "").rstrip("0123456789")
        digits = (problem.cell or "")[len(letters) :]
        row = int(digits) if digits else None
        key = (problem.sheet, letters, problem.severity)
        tally = self.tallies.get(key)
        if tally is None:
            self.tallies[key] = _Tally(1, row, row, problem)
            return
        tally.count += 1
        if row is not None:
            tally.first_row = row if tally.first_row is None else min(tally.first_row, row)
            tally.last_row = row if tally.last_row is None else max(tally.last_row, row)

    def error(self, sheet: str, cell: str | None, value: str | None, th: str, en: str) -> None:
        if cell is not None and (sheet, cell) in self.explained:
            return
        self._add(Problem(sheet, cell, value, th, en))

    def warning(self, sheet: str, cell: str | None, value: str | None, th: str, en: str) -> None:
        self._add(Problem(sheet, cell, value, th, en, Severity.WARNING))

    @property
    def has_errors(self) -> bool:
        return self.errors > 0

    def omitted(self) -> tuple[Omitted, ...]:
        return tuple(
            Omitted(sheet, column, t.count, t.first_row, t.last_row, t.example)
            for (sheet, column, _), t in self.tallies.items()
        )


@dataclass
class Table:
    sheet: str
    spec: SheetSpec
    grid: SheetGrid
    header_row: int  # 0-based grid row
    positions: dict[str, int]  # model field → grid column
    missing: tuple[str, ...] = ()  # required columns not found; rows are then not checked

    def has(self, key: str) -> bool:
        return key in self.positions

    def values(self, key: str) -> list[str | None]:
        pos = self.positions.get(key)
        if pos is None:
            return [None] * len(self.grid.columns[0]) if self.grid.columns else []
        return self.grid.columns[pos]

    def letter(self, key: str) -> str:
        return self.grid.letters[self.positions[key]]

    def ref(self, key: str, row: int) -> str:
        return f"{self.letter(key)}{row + 1}"

    def data_rows(self) -> list[int]:
        return [r for r in self.grid.nonblank_rows if r > self.header_row]


def _header_matches(grid: SheetGrid, sheet_key: str, row: int) -> dict[int, str]:
    found: dict[int, str] = {}
    for pos, column in enumerate(grid.columns):
        value = column[row]
        if value is not None:
            key = column_key(sheet_key, value)
            if key is not None:
                found[pos] = key
    return found


def locate_table(grid: SheetGrid, spec: SheetSpec, log: ProblemLog) -> Table | None:
    """The table in a sheet, or ``None`` after logging why it cannot be found."""
    sheet = grid.name
    best_row, best = -1, dict[int, str]()
    search = [r for r in grid.nonblank_rows if r < HEADER_SEARCH_ROWS]
    for row in search:
        found = _header_matches(grid, spec.key, row)
        if len(set(found.values())) > len(set(best.values())):
            best_row, best = row, found
    expected = ", ".join(f"“{c.th}”" for c in spec.columns if c.required)
    if not best:
        log.error(
            sheet,
            "A1",
            None,
            f"ไม่พบแถวหัวตารางใน {HEADER_SEARCH_ROWS} แถวแรก: ต้องมีหัวคอลัมน์ {expected}",
            f"no header row in the first {HEADER_SEARCH_ROWS} rows; expected columns {expected}",
        )
        return None

    positions: dict[str, int] = {}
    for pos, key in sorted(best.items()):
        cell = f"{grid.letters[pos]}{best_row + 1}"
        if key in positions:
            first = f"{grid.letters[positions[key]]}{best_row + 1}"
            log.error(
                sheet,
                cell,
                grid.columns[pos][best_row],
                f"หัวคอลัมน์ซ้ำกับเซลล์ {first}: ลบหรือเปลี่ยนชื่อคอลัมน์ใดคอลัมน์หนึ่ง",
                f"duplicate column header (also in {first}): remove or rename one of them",
            )
            continue
        positions[key] = pos
    for pos, column in enumerate(grid.columns):
        value = column[best_row]
        if value is not None and pos not in best:
            log.warning(
                sheet,
                f"{grid.letters[pos]}{best_row + 1}",
                value,
                "คอลัมน์นี้ไม่อยู่ในรูปแบบแม่แบบ จึงไม่ถูกนำเข้า (ถ้าเป็นคอลัมน์ที่ต้องใช้ ให้แก้ชื่อให้ตรงกับแม่แบบ)",
                "unknown column, ignored (if it is needed, rename it as in the template)",
            )
    next_free = column_letter(column_index(grid.letters[-1]) + 1) if grid.letters else "A"
    missing = tuple(col.field for col in spec.columns if col.required and col.field not in positions)
    for col in spec.columns:
        if col.field in missing:
            log.error(
                sheet,
                f"{next_free}{best_row + 1}",
                None,
                f"ไม่พบคอลัมน์ “{col.th}” ({col.english}) ในแถวหัวตาราง (แถว {best_row + 1}): เพิ่มหัวคอลัมน์นี้",
                f"missing column “{col.th}” ({col.english}) in the header row (row {best_row + 1}): add it",
            )
    return Table(sheet, spec, grid, best_row, positions, missing)
