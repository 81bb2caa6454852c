"""Find a sheet's header row and columns, and collect problems with their cell addresses.

Users put titles above the table, leave blank rows, type headers with odd
spacing, and add columns of their own. A table is located by the row in the
first 20 that names the most known columns, or by two rows when that names more:
a title merged across its sub-columns (ผลการดำเนินการ over ร้อยละ and
เอกสาร/หลักฐาน), as offices often lay out a header.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import cast

from ita_core.problems import Omitted, Problem, Severity
from ita_core.timeline import MIN_MONTHS, Span, column_span
from ita_core.workbook.contract import (
    HEADER_SEARCH_ROWS,
    TABLE_SHEETS,
    Column,
    SheetSpec,
    column_index,
    column_key,
    column_letter,
    near_key,
)
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
    timeline: list[tuple[int, int]] = field(default_factory=list)  # header cells of month columns (grid pos, row)
    unread: dict[int, str] = field(default_factory=dict)  # columns not in the template, said not read: their headings

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


def _header_matches(grid: SheetGrid, sheet_key: str, row: int) -> dict[int, tuple[str, int]]:
    """Known columns named in one row: position → (model field, the row that names it)."""
    found: dict[int, tuple[str, int]] = {}
    for pos, column in enumerate(grid.columns):
        value = column[row]
        if value is not None:
            key = column_key(sheet_key, value)
            if key is not None:
                found[pos] = (key, row)
    return found


def repeated_headers(table: Table) -> list[int]:
    """Rows below the header that repeat it (the plan document prints its header on every page, and a table
    copied from it carries them along): at least two filled cells, each naming its own column. Looked for
    row by row only when the ลำดับ title (or the first column's) appears again in its column (C speed)."""
    positions, columns, header = table.positions, table.grid.columns, table.header_row
    key = columns[positions.get("activity_id", min(positions.values()))]  # the column a repeat always copies
    if key[header] is None or key.count(key[header]) < 2:
        return []
    found = []
    for row in table.data_rows():
        filled = [pos for pos in positions.values() if table.grid.columns[pos][row] is not None]
        if len(filled) < 2:
            continue
        named = _header_matches(table.grid, table.spec.key, row)
        if all(pos in named and positions.get(named[pos][0]) == pos for pos in filled):
            found.append(row)
    return found


# A row that sums up or annotates the table rather than being one of its rows: its first filled cell begins
# รวม (alone, or รวมทั้งสิ้น, รวมมาตรการที่ ๑ …: not รวมพลัง…, an activity's name), ยอดรวม, หมายเหตุ or ที่มา.
SUMMARY = re.compile(
    r"\s*(?:(?:ยอด)?รวม(?=\s|$|ทั้ง|มาตรการ|แนวทาง|กิจกรรม|[0-9๐-๙:])|หมายเหตุ|ที่มา|(?:grand\s+)?total\b|note\b|\*)",
    re.IGNORECASE,
)


# The signature at the foot of an official form (ลงชื่อ ....... ผู้รายงาน, then the name in brackets, ตำแหน่ง,
# วันที่): the ลงชื่อ line and every row under it whose ลำดับ does not begin with a digit.
_SIGNATURE = re.compile(r"\s*\(?\s*ลงชื่อ")

_NOT_NUMBERED = re.compile(r"\n(?![0-9๐-๙])")  # a ลำดับ after the first that does not begin with a digit


def summary_rows(table: Table) -> list[int]:
    """Rows with no ลำดับ that sum up, annotate or sign the table (a รวม row under the activities, a หมายเหตุ
    line, the signature block at its foot): they were "ไม่ได้ใส่ลำดับกิจกรรม" at a row the person never meant as
    an activity. Only rows whose ลำดับ is empty or is such a word themselves: a row with an id is always read."""
    if not table.has("activity_id"):
        return []
    ids, columns, rows = table.values("activity_id"), table.grid.columns, table.data_rows()
    below = ids[table.header_row + 1 :]
    blank = len(below) - len(rows)  # rows with nothing in them: their ลำดับ is empty too
    if below.count(None) == blank:
        written = "\n".join(cast(list[str], below) if not blank else [aid for aid in below if aid is not None])
        if written[:1].isdigit() and not _NOT_NUMBERED.search(written):
            return []  # every row has a ลำดับ beginning with a digit: settled at C speed (100,000 rows, 4 ms)
    found: list[int] = []
    signed = False
    for row in [r for r in rows if (aid := ids[r]) is None or not aid[:1].isdigit()]:
        first = next((column[row] for column in columns if column[row] is not None), None)
        own = ids[row]
        signed = signed or (first is not None and _SIGNATURE.match(first) is not None)
        if signed or (first is not None and SUMMARY.match(first) and (own is None or SUMMARY.match(own))):
            found.append(row)
    return found


def _two_row_matches(grid: SheetGrid, sheet_key: str, row: int) -> tuple[dict[int, tuple[str, int]], set[int]]:
    """Known columns named over two rows, and the positions of the titles over sub-columns. A title merged
    across columns keeps its text in its first cell: it heads each cell below it until the next title.
    A sub-column reads as ``title (sub)`` (ผลการดำเนินการ (ร้อยละ)), ``titlesub`` or itself (เอกสาร/หลักฐาน);
    a cell with nothing below it (merged down over both rows) as itself."""
    found: dict[int, tuple[str, int]] = {}
    titles: set[int] = set()
    title: tuple[int, str] | None = None
    below = row + 1
    for pos, column in enumerate(grid.columns):
        top, sub = column[row], column[below]
        if top is not None:
            title = (pos, top)
        elif sub is None:
            title = None
        if sub is None:
            key = column_key(sheet_key, top) if top is not None else None
            if key is not None:
                found[pos] = (key, row)
            continue
        names = [f"{title[1]} ({sub})", f"{title[1]}{sub}"] if title is not None else []
        key = next((k for name in (*names, sub) if (k := column_key(sheet_key, name)) is not None), None)
        if key is not None:
            found[pos] = (key, below)
            if title is not None:
                titles.add(title[0])
    return found, titles


def locate_table(grid: SheetGrid, spec: SheetSpec, log: ProblemLog, derivable: Collection[str] = ()) -> Table | None:
    """The table in a sheet, or ``None`` after logging why it cannot be found. A required column in
    ``derivable`` that the header does not name is left for the caller to make or report (``missing_column``)."""
    sheet = grid.name
    best_row, best, titles = -1, dict[int, tuple[str, int]](), set[int]()
    height = len(grid.columns[0]) if grid.columns else 0
    search = [r for r in grid.nonblank_rows if r < HEADER_SEARCH_ROWS]
    for row in search:
        found, over = _header_matches(grid, spec.key, row), set[int]()
        if row + 1 < height:
            two, two_over = _two_row_matches(grid, spec.key, row)
            if len(_keys(two)) > len(_keys(found)):
                found, over = two, two_over
        if len(_keys(found)) > len(_keys(best)):
            best_row, best, titles = row, found, over
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
    last_row = max(named for _, named in best.values())  # the header's last row: data start below it
    if last_row <= best_row + 1 and (months := _months_under(grid, best_row, alone=last_row == best_row)):
        last_row = best_row + 1  # months under a merged ระยะเวลาดำเนินการ: its row was read as an activity
        for pos in months:
            best.pop(pos, None)  # no column of the form: the title over them is not the period's text
            if grid.columns[pos][best_row] is not None:
                titles.add(pos)

    positions: dict[str, int] = {}
    for pos, (key, named) in sorted(best.items()):
        cell = f"{grid.letters[pos]}{named + 1}"
        if key in positions:
            first = f"{grid.letters[positions[key]]}{best[positions[key]][1] + 1}"
            log.error(
                sheet,
                cell,
                grid.columns[pos][named],
                f"หัวคอลัมน์ซ้ำกับเซลล์ {first}: ลบหรือเปลี่ยนชื่อคอลัมน์ใดคอลัมน์หนึ่ง",
                f"duplicate column header (also in {first}): remove or rename one of them",
            )
            continue
        positions[key] = pos
    unknown = [
        (pos, row)
        for row in range(best_row, last_row + 1)
        for pos, column in enumerate(grid.columns)
        if column[row] is not None and pos not in best and not (row == best_row and pos in titles)
    ]
    said, rivals = _near_headers(grid, spec, unknown, positions, log)
    timeline = _timeline_cells(grid, [cell for cell in unknown if cell not in said])
    said |= set(timeline)
    unread: dict[int, str] = {}
    for pos, row in unknown:
        if (pos, row) not in said:
            unread.setdefault(pos, grid.columns[pos][row] or "")
            log.warning(
                sheet,
                f"{grid.letters[pos]}{row + 1}",
                grid.columns[pos][row],
                "คอลัมน์นี้ไม่อยู่ในรูปแบบแม่แบบ จึงไม่ถูกนำเข้า (ถ้าเป็นคอลัมน์ที่ต้องใช้ ให้แก้ชื่อให้ตรงกับแม่แบบ)",
                "unknown column, ignored (if it is needed, rename it as in the template)",
            )
    _unnamed_columns(grid, best_row, last_row, set(best) | titles, log)
    missing = tuple(
        col.field for col in spec.columns if col.required and col.field not in positions and col.field not in derivable
    )
    under = _sub_columns(grid, spec, last_row, set(best)) if missing else {}
    for col in spec.columns:
        if col.field in missing:
            missing_column(grid, col, best_row, log, rivals.get(col.field) or under.get(col.field, []))
    table = Table(sheet, spec, grid, last_row, positions, missing, timeline, unread)
    if timeline and spec.key != "activities":  # only an activity's period is read from one
        timeline_not_read(table, log)
    return table


def _months_under(grid: SheetGrid, row: int, *, alone: bool) -> list[int]:
    """The columns of a timeline's months (or quarters) in the row under a header: the months under a merged
    ระยะเวลาดำเนินการ. ``alone``: the header is one row, so every filled cell of the row below must name one
    (else it is an activity's row); under a header of two rows, its other cells are other sub-headings."""
    below = row + 1
    if not grid.columns or below >= len(grid.columns[0]):
        return []
    filled = [(pos, text) for pos, column in enumerate(grid.columns) if (text := column[below]) is not None]
    months = [pos for pos, text in filled if column_span(text) is not None]
    return months if len(months) >= MIN_MONTHS and (len(months) == len(filled) or not alone) else []


def _timeline_cells(grid: SheetGrid, unknown: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Header cells naming months (ต.ค. | พ.ย. | … | ก.ย.) or quarters (ไตรมาส ๑ …): a timeline's, when at least
    ``MIN_MONTHS``."""
    months = [(pos, row) for pos, row in unknown if column_span(grid.columns[pos][row] or "") is not None]
    return months if len(months) >= MIN_MONTHS else []


def timeline_months(table: Table) -> dict[int, Span]:
    """The timeline's columns and the months (and year) each is headed by."""
    found = {pos: column_span(table.grid.columns[pos][row] or "") for pos, row in table.timeline}
    return {pos: month for pos, month in found.items() if month is not None}


def timeline_not_read(table: Table, log: ProblemLog) -> None:
    """Said once, with where a period and a deadline go: each month was "not in the template" on its own,
    none saying what was lost."""
    grid, cells = table.grid, table.timeline
    (first_pos, first_row), (last_pos, last_row) = cells[0], cells[-1]
    span = f"{grid.letters[first_pos]}{first_row + 1}–{grid.letters[last_pos]}{last_row + 1}"
    log.warning(
        table.sheet,
        f"{grid.letters[first_pos]}{first_row + 1}",
        " | ".join(grid.columns[pos][row] or "" for pos, row in cells),
        f"คอลัมน์เดือนหรือไตรมาส ({span}) เป็นตารางเวลาที่ระบบไม่ได้อ่าน (ไม่มีแถวใดพิมพ์เครื่องหมายไว้ เช่น ✓ สีที่ระบายในเซลล์อ่านไม่ได้): "
        "ช่วงเวลาที่ทำกิจกรรมพิมพ์ในคอลัมน์ ระยะเวลา (เช่น ต.ค. 2565 – ธ.ค. 2565) และวันที่ต้องส่งในคอลัมน์ กำหนดส่ง",
        f"the month or quarter columns ({span}) are a timeline that was not read (no row types a mark such as ✓; a "
        "cell's colour cannot be read): type when the work runs under ระยะเวลา (e.g. ต.ค. 2565 – ธ.ค. 2565) and the "
        "day it is due under กำหนดส่ง",
    )


def timeline_numbers(table: Table, cells: list[tuple[int, int]], log: ProblemLog) -> None:
    """Said once, naming them: numbers in a timeline's columns are no marks (a result per quarter, a budget per
    month). Read as ticks, they became the period and the figures were lost without a word."""
    grid = table.grid
    shown = [f"{grid.letters[pos]}{row + 1} ({grid.columns[pos][row]})" for pos, row in cells[:10]]
    more = f" และอีก {len(cells) - 10} เซลล์" if len(cells) > 10 else ""
    more_en = f" and {len(cells) - 10} more" if len(cells) > 10 else ""
    pos, row = cells[0]
    log.warning(
        table.sheet,
        f"{grid.letters[pos]}{row + 1}",
        grid.columns[pos][row],
        f"ตัวเลขในคอลัมน์เดือนหรือไตรมาส ({', '.join(shown)}{more}) ไม่ใช่เครื่องหมายช่วงเวลา จึงไม่ได้อ่าน: "
        "ถ้าเป็นผลการดำเนินการ พิมพ์ร้อยละในคอลัมน์ ผลการดำเนินการ (ร้อยละ); ถ้าเป็นช่วงเวลา ทำเครื่องหมาย ✓ แทนตัวเลข",
        f"numbers in the month or quarter columns ({', '.join(shown)}{more_en}) are no marks of a timeline, so "
        "they were not read: a result goes under ผลการดำเนินการ (ร้อยละ) as a percentage; mark a period with ✓",
    )


def _sub_columns(grid: SheetGrid, spec: SheetSpec, row: int, named: set[int]) -> dict[str, list[tuple[int, int]]]:
    """Cells in the row under a header read as one row that, with the title over them, use a column's words
    (ผลการดำเนินการ over ไตรมาส 1 (ร้อยละ) and ไตรมาส 2 (ร้อยละ)): for a required column the header does not
    name, the error names them, where it said only "add the column"."""
    below = row + 1
    if not grid.columns or below >= len(grid.columns[0]):
        return {}
    found: dict[str, list[tuple[int, int]]] = {}
    title: str | None = None
    for pos, column in enumerate(grid.columns):
        title = column[row] if column[row] is not None else title  # a merged title keeps its text in its first cell
        sub = column[below]
        key = (
            near_key(spec.key, f"{title} {sub}") if sub is not None and title is not None and pos not in named else None
        )
        if key is not None:
            found.setdefault(key, []).append((pos, below))
    return found


def _near_headers(
    grid: SheetGrid, spec: SheetSpec, unknown: list[tuple[int, int]], positions: dict[str, int], log: ProblemLog
) -> tuple[set[tuple[int, int]], dict[str, list[tuple[int, int]]]]:
    """Headers that are none of a column's names but use its words (กลุ่มงานที่รับผิดชอบ, ผลการดำเนินการ ไตรมาส 2
    (ร้อยละ)). Ignored as unknown, they emptied the group page without an error, or refused the file as "add the
    column" beside the column itself. One such header for a column not named otherwise is read as that column,
    with a warning that says so; beside the column's own name it is said not to be read, and which column is;
    two or more for one column are not read, and named (for a required column, in its error). Returns the
    headers said here, and the rival headers of each column left unread."""
    near: dict[str, list[tuple[int, int]]] = {}
    for pos, row in unknown:
        if (key := near_key(spec.key, cast(str, grid.columns[pos][row]))) is not None:
            near.setdefault(key, []).append((pos, row))
    rivals: dict[str, list[tuple[int, int]]] = {}
    for key, cells in near.items():
        col = spec.column(key)
        for pos, row in cells:
            header = cast(str, grid.columns[pos][row])
            where = f"{grid.letters[pos]}{row + 1}"
            if key in positions:
                read = grid.letters[positions[key]]
                log.warning(
                    grid.name,
                    where,
                    header,
                    f"คอลัมน์นี้ดูเป็น “{col.th}” แต่ไม่ถูกนำเข้า: “{col.th}” อ่านจากคอลัมน์ {read} "
                    "(ถ้าข้อมูลที่ใช้อยู่ในคอลัมน์นี้ ให้สลับชื่อหัวคอลัมน์)",
                    f"this column looks like “{col.th}” ({col.title}) but is not read: that is read from column "
                    f"{read} (if the figures to use are in this one, swap the headers)",
                )
            elif len(cells) == 1:
                positions[key] = pos
                log.warning(
                    grid.name,
                    where,
                    header,
                    f"อ่านคอลัมน์นี้เป็น “{col.th}” ตามชื่อหัวคอลัมน์: ถ้าไม่ใช่ ให้แก้ชื่อหัวคอลัมน์ (ชื่อตามแม่แบบคือ “{col.th}”)",
                    f"this column is read as “{col.th}” ({col.title}) from its header: if it is not, rename the header",
                )
            elif not col.required:  # a required column's error names them all (``missing_column``)
                others = ", ".join(grid.letters[p] for p, _ in cells if p != pos)
                log.warning(
                    grid.name,
                    where,
                    header,
                    f"คอลัมน์นี้และคอลัมน์ {others} ต่างดูเป็น “{col.th}” จึงไม่ถูกนำเข้าทั้งคู่: ตั้งชื่อคอลัมน์ที่จะใช้ว่า “{col.th}”",
                    f"this column and column {others} both look like “{col.th}” ({col.title}), so neither is read: "
                    f"name the one to read “{col.th}”",
                )
        if key not in positions:
            rivals[key] = cells
    return {cell for cells in near.values() for cell in cells}, rivals


def _unnamed_columns(grid: SheetGrid, first: int, last: int, named: set[int], log: ProblemLog) -> None:
    """A column with data under the header but no title in it: not read, and it may hold what the person thinks
    the dashboard shows (a round's results typed beside the table). Said once per column, at its first value."""
    for pos, column in enumerate(grid.columns):
        if pos in named or any(column[row] is not None for row in range(first, last + 1)):
            continue
        data = column[last + 1 :]
        if data.count(None) == len(data):
            continue
        row = last + 1 + next(i for i, value in enumerate(data) if value is not None)
        log.warning(
            grid.name,
            f"{grid.letters[pos]}{row + 1}",
            column[row],
            f"คอลัมน์ {grid.letters[pos]} มีข้อมูลแต่ไม่มีหัวคอลัมน์ จึงไม่ถูกนำเข้า: ถ้าเป็นข้อมูลของแผน ให้ใส่หัวคอลัมน์ตามแม่แบบ",
            f"column {grid.letters[pos]} holds data but has no header, so it is not read: if it belongs to the plan, "
            "give it a header as in the template",
        )


def missing_column(
    grid: SheetGrid, col: Column, header_row: int, log: ProblemLog, rivals: Collection[tuple[int, int]] = ()
) -> None:
    """A required column the header does not name: where to add it, or which of the headers that look like it
    to name so (``_near_headers``)."""
    if rivals:
        pos, row = min(rivals)
        named = ", ".join(f"{grid.letters[p]} (“{grid.columns[p][r]}”)" for p, r in sorted(rivals))
        log.error(
            grid.name,
            f"{grid.letters[pos]}{row + 1}",
            None,
            f"ไม่พบคอลัมน์ “{col.th}”: คอลัมน์ {named} ต่างอาจเป็นคอลัมน์นี้ ตั้งชื่อคอลัมน์ที่จะใช้ว่า “{col.th}”",
            f"no column “{col.th}” ({col.title}): columns {named} may each be it; name the one to read “{col.th}”",
        )
        return
    next_free = column_letter(column_index(grid.letters[-1]) + 1) if grid.letters else "A"
    log.error(
        grid.name,
        f"{next_free}{header_row + 1}",
        None,
        f"ไม่พบคอลัมน์ “{col.th}” ({col.english}) ในแถวหัวตาราง (แถว {header_row + 1}): เพิ่มหัวคอลัมน์นี้",
        f"missing column “{col.th}” ({col.english}) in the header row (row {header_row + 1}): add it",
    )


@dataclass(frozen=True)
class PlanTable:
    """A table of the plan found in a sheet that is not read: the sheet it belongs in, and its header."""

    spec: SheetSpec
    cell: str  # the header's first title
    titles: tuple[str, ...]


def plan_table_in(grid: SheetGrid, least: int = 3) -> PlanTable | None:
    """The plan's table whose columns one of the sheet's first rows names most, at least ``least`` of them (a
    note or a list names one or two): activities kept in ``Sheet1`` beside the กิจกรรม sheet were passed over
    without a word."""
    best: tuple[int, SheetSpec, int, dict[int, tuple[str, int]]] | None = None
    for spec in TABLE_SHEETS:
        for row in (r for r in grid.nonblank_rows if r < HEADER_SEARCH_ROWS):
            found = _header_matches(grid, spec.key, row)
            if len(_keys(found)) >= least and (best is None or len(_keys(found)) > best[0]):
                best = (len(_keys(found)), spec, row, found)
    if best is None:
        return None
    _, spec, row, found = best
    first = min(found)
    titles = tuple(str(grid.columns[pos][row]).strip() for pos in sorted(found))
    return PlanTable(spec, f"{grid.letters[first]}{row + 1}", titles)


def _keys(found: dict[int, tuple[str, int]]) -> set[str]:
    return {key for key, _ in found.values()}
