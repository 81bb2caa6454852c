"""Read each sheet of the contract into records, and say what to fix in every cell that is wrong.

Cells are read column by column, as the contract describes them
(``contract.Column.kind``): every distinct text of a column (a measure, a
percentage, a Thai date) is parsed once, and a column of 100,000 cells costs
one C-level pass. What only a row can tell (a repeated id, a measure that is
not in the measures sheet) is checked afterwards, and a sheet's problems are
listed by row, then left to right.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from functools import partial
from itertools import compress
from operator import attrgetter, itemgetter
from string import ascii_uppercase
from typing import Any, Generic, NamedTuple, TypeVar

from ita_core import clock
from ita_core.activity_notes import STATUS_HEADING, says_cancelled, still_counted
from ita_core.dateparse import (
    EMPTY_MARKERS,
    NOT_YET_MARKERS,
    DateFound,
    DateParse,
    date_cell_shown,
    has_deadline_cue,
    moved_note,
    names_a_date,
    parse_date_cell,
    parse_date_text,
    weekday_disagrees,
)
from ita_core.group_names import alike_key, broken_names, groups_of, shortened, spelling_key
from ita_core.model import (
    WHOLE_UNIT,
    Activity,
    Contact,
    Deadline,
    FormInfo,
    Guideline,
    Measure,
    Participation,
    is_email,
    is_whole_unit,
    names_the_whole_unit,
)
from ita_core.text import Text, has_hidden, list_item, without_hidden
from ita_core.thai import ce_year, fiscal_year_be, fiscal_year_bounds, format_date_th, to_arabic_digits
from ita_core.timeline import is_mark, period_of
from ita_core.workbook import cells
from ita_core.workbook.contract import NO_PEOPLE, SENT_HEADING, UNIT, Column, Kind
from ita_core.workbook.safety import SheetScan
from ita_core.workbook.sheetgrid import SheetGrid
from ita_core.workbook.tables import ProblemLog, Table, timeline_months, timeline_not_read, timeline_numbers
from ita_core.workbook.typed_percent import typed_percentages_agree
from ita_core.workbook.unit_labels import unit_cells

K = TypeVar("K")
V = TypeVar("V")


class Memo(dict[K, V], Generic[K, V]):
    """A dict that computes a missing value once; hits cost a C-level look-up."""

    def __init__(self, compute: Callable[[K], V], empty: V) -> None:
        super().__init__()
        self.compute = compute
        self[None] = empty  # type: ignore[index]  # an empty cell reads as the column's default

    def __missing__(self, key: K) -> V:
        value = self[key] = self.compute(key)
        return value


_ONE_DATE = Text("ใส่วันที่เดียว เช่น 15/6/2566", "give exactly one date, e.g. 15/6/2566")
# "Sent" or "done" with no day (ส่งแล้ว under วันที่ส่ง): the day it happened is what the cell is for.
_DONE = re.compile(r"แล้ว|เรียบร้อย|done|sent|submitted|[✓✔☑]", re.IGNORECASE)  # a tick, as forms mark it
_NOT_YET = re.compile(r"ยังไม่|ไม่ได้|\bnot\b", re.IGNORECASE)  # ยังไม่แล้วเสร็จ is not done
_DONE_WITHOUT_DAY = Text(
    "บอกว่าส่งหรือทำแล้ว แต่ไม่มีวันที่: ใส่วันที่ที่ส่ง เช่น 18/6/2566 (ถ้ายังไม่ส่ง เว้นว่างไว้)",
    "says it was sent or done, but gives no day: type the day, e.g. 18/6/2566 (leave it empty if not sent yet)",
)
_NO_ACTIVITIES = Text("ยังไม่มีกิจกรรม: เพิ่มอย่างน้อยหนึ่งแถวใต้หัวตาราง", "no activities: add at least one row under the header")
_NO_MEASURES = Text("ยังไม่มีมาตรการ: เพิ่มอย่างน้อยหนึ่งแถว", "no measures: add at least one row")
_ZERO = Decimal(0)
_PERCENTS = (Kind.PERCENT, Kind.TARGET)
# A measure's or a guideline's own words and number, as the plan document heads them (มาตรการที่ ๑ …).
MEASURE_NUMBERED = re.compile(r"\s*มาตรการ(?:ที่)?\s*([0-9๐-๙]+)(?![0-9๐-๙]*\.[0-9๐-๙])\s*[:.\-–]?\s*")
GUIDELINE_NUMBERED = re.compile(r"\s*แนวทาง(?:ที่)?\s*([0-9๐-๙]+(?:\.[0-9๐-๙]+)+)\s*[:\-–]?\s*")
_PLAIN_ID = re.compile(r"[0-9]+(?:\.[0-9]+)*")  # ASCII digits only: \d also matches ๑


def _unknown_measure(number: int) -> Text:
    return Text(
        f"ไม่มีมาตรการ {number} ในแผ่นงาน มาตรการ: เพิ่มมาตรการนี้ในแผ่นงาน มาตรการ หรือแก้เลขมาตรการ",
        f"measure {number} is not in the measures sheet: add it there or fix the number",
    )


@dataclass
class Context:
    """What the sheet readers need to know about the rest of the workbook."""

    log: ProblemLog
    scans: dict[str, SheetScan]
    fiscal_year: int | None = None
    as_of: date | None = None  # the data's date, once the unit sheet is read
    known_ids: set[str] = field(default_factory=set)  # every id typed in กิจกรรม, even on rows with errors
    # groups as first typed (by alike_key), and where
    group_spellings: dict[str, tuple[str, str]] = field(default_factory=dict)
    groups_said: set[str] = field(default_factory=set)  # group names already said to be spelled otherwise
    today: date = field(default_factory=clock.today)  # in Thailand: a data date cannot be after it
    date_notes: dict[str, list[Text]] = field(default_factory=dict)  # date texts read, with a word to say
    # what a column the activities sheet has no place for says that the template keeps in another sheet
    elsewhere: list[Elsewhere] = field(default_factory=list)
    # days a cell of prose (ระยะเวลา, หมายเหตุ…) says are due: (activity, sheet, cell, column, text, its reading)
    cued_days: list[tuple[str, str, str, str, str, DateParse]] = field(default_factory=list)

    def percent_rows(self, table: Table, key: str) -> set[int]:
        """0-based rows whose cell in this column is formatted as a percentage (Excel stores 50% as 0.5)."""
        return self._rows_of(self.scans[table.sheet].percent_cells, table, key)

    def number_rows(self, table: Table, key: str) -> set[int]:
        """0-based rows whose cell in this column holds a number with a fraction (in sheets with ids)."""
        return self._rows_of(self.scans[table.sheet].decimal_numbers, table, key)

    @staticmethod
    def _rows_of(cells: set[str], table: Table, key: str) -> set[int]:
        if not table.has(key):
            return set()
        letter = table.letter(key)
        n = len(letter)
        return {int(ref[n:]) - 1 for ref in cells if ref[:n] == letter and ref[n : n + 1].isdigit()}

    def dates(self, raw: str) -> tuple[DateFound, ...] | Text:
        """Read once per distinct text (``parser``); what is worth a word about a text read is noted then: a
        weekday beside a date not its own, earlier dates the cell says were moved."""
        parsed = parse_date_cell(raw, self.fiscal_year)
        if parsed.error is not None:
            return parsed.error
        notes = [note for note in (weekday_disagrees(raw, self.fiscal_year), moved_note(parsed)) if note is not None]
        if notes:
            self.date_notes[raw] = notes
        return parsed.dates

    def due_dates(self, raw: str) -> tuple[DateFound, ...] | Text:
        """A กำหนดส่ง cell: one that says the work was sent or cancelled is not read as a deadline still due."""
        if (said := _done_or_cancelled(raw)) is not None:
            return said
        return self.dates(raw)

    def one_date(self, raw: str) -> date | Text:
        if (said := _partly_sent(raw)) is not None:
            return said
        found = self.dates(raw)
        if isinstance(found, Text):
            done = _DONE.search(raw) and not _NOT_YET.search(raw) and not any(c.isdigit() for c in raw)
            return _DONE_WITHOUT_DAY if done else found
        return found[0].value if len(found) == 1 else _ONE_DATE

    def parser(self, kind: Kind) -> Memo[Any, Any]:
        """A cell reader for a kind of column, remembering each distinct text; empty reads as the default."""
        if kind is Kind.ID:
            return Memo(cells.activity_id, "")
        if kind is Kind.MEASURE:
            return Memo(cells.measure_number, None)
        if kind in _PERCENTS:
            target = kind is Kind.TARGET
            return Memo(lambda raw: cells.percentage(raw, False, target), None)
        if kind is Kind.COUNT:
            return Memo(cells.count, None)
        if kind is Kind.MONEY:
            return Memo(cells.money, None)
        if kind is Kind.DATES:
            return Memo(self.due_dates, ())
        if kind is Kind.DATE:
            return Memo(self.one_date, None)
        if kind is Kind.YEAR:
            return Memo(cells.fiscal_year, None)
        return Memo(lambda raw: without_hidden(raw).strip() if kind is Kind.NAME else without_hidden(raw), "")

    def read_column(
        self, table: Table, column: Column, rows: list[int], raw: list[str | None]
    ) -> tuple[list[Any], bool]:
        """The values of a column's cells (text as typed or stripped, other kinds parsed once per distinct
        text), and whether any of them may be a ``Text`` saying what to fix."""
        if column.kind in (Kind.TEXT, Kind.NAME):
            texts = [text if text is not None else "" for text in raw]
            if has_hidden("".join(texts)):  # one look at the column (C speed), row by row only then
                texts = [without_hidden(text) for text in texts]
            texts = cells.shown(texts)
            return (texts if column.kind is Kind.TEXT else [text.strip() for text in texts]), False
        if column.kind is Kind.ID:  # mostly distinct, mostly typed plainly (1.5): no parsing for those
            plain, parse_id = _PLAIN_ID.fullmatch, self.parser(Kind.ID)
            ids = [("" if text is None else text if plain(text) else parse_id[text]) for text in raw]
            return ids, any(isinstance(i, Text) for i in parse_id.values())  # the few not typed plainly
        parse = self.parser(column.kind)
        memos = [parse]
        scaled = self.percent_rows(table, column.field) if column.kind in _PERCENTS else set()
        if scaled:
            target = column.kind is Kind.TARGET
            percent: Memo[Any, Any] = Memo(lambda text: cells.percentage(text, True, target), None)
            memos.append(percent)
            values = [percent[text] if r in scaled else parse[text] for r, text in zip(rows, raw, strict=True)]
        else:
            values = list(map(parse.__getitem__, raw))
        if column.kind in _PERCENTS and (asked := _one_asked(parse)) is not None:
            values = [
                asked if r not in scaled and cells.bare_one(text) else value
                for r, text, value in zip(rows, raw, values, strict=True)
            ]
            return values, True
        # Every distinct result is in a memo: a look at those says whether any cell failed.
        return values, any(isinstance(v, Text) for memo in memos for v in memo.values())


def _one_asked(parse: Memo[Any, Any]) -> Text | None:
    """What to ask of a bare 1 in a percentage column, when it is as likely 100 % as 1 %: beside 0.5 for 50 %, or
    in a column of only 0 and 1 (done or not, as a tick would say: read as 1 %, a done activity was 1 % done)."""
    if any(map(cells.bare_fraction, parse)):
        return cells.ONE_AMONG_FRACTIONS
    numbers = [value for value in parse.values() if isinstance(value, Decimal)]
    if numbers and all(value in (0, 1) for value in numbers) and any(map(cells.bare_one, parse)):
        return cells.ONE_AMONG_FLAGS
    return None


@dataclass
class Rows:
    """A table's data rows read column by column: ``values[field][i]`` is the i-th data row's value."""

    table: Table
    rows: list[int]  # 0-based grid rows
    raw: dict[str, list[str | None]]
    values: dict[str, list[Any]]
    problems: dict[int, list[tuple[int, str | None, Text]]] = field(default_factory=dict)  # i → (position, raw, fix)

    def problem(self, i: int, key: str, fix: Text) -> None:
        self.problems.setdefault(i, []).append((self.table.positions.get(key, -1), self.raw[key][i], fix))

    def ref(self, key: str, i: int) -> str:
        return self.table.ref(key, self.rows[i])

    def source(self, key: str) -> list[str]:
        """``sheet!B5`` for every data row: where a record came from."""
        prefix = f"{self.table.sheet}!{self.table.letter(key)}"
        rows = self.rows
        if rows and rows[-1] - rows[0] + 1 == len(rows):  # no blank rows: numbers straight from a range
            return [prefix + n for n in map(str, range(rows[0] + 1, rows[-1] + 2))]
        return [prefix + str(r + 1) for r in rows]

    def log(self, log: ProblemLog, skip: Collection[int] = (), keep: tuple[str, ...] = ()) -> None:
        """Hand the problems to ``log`` by row, then left to right. A skipped row reports only the
        problems of its ``keep`` columns (its id is missing or repeated: the rest would be noise)."""
        kept = {self.table.positions.get(key, -1) for key in keep}
        letters = self.table.grid.letters
        for i in sorted(self.problems):
            row = self.rows[i] + 1
            for position, raw, fix in sorted(self.problems[i], key=itemgetter(0)):
                if i in skip and position not in kept:
                    continue
                log.error(self.table.sheet, f"{letters[position]}{row}", raw, fix.th, fix.en)

    def clean(self) -> list[bool]:
        """For each data row: no problem was found in it."""
        problems = self.problems
        return [i not in problems for i in range(len(self.rows))]


def read_rows(table: Table, ctx: Context) -> Rows:
    """Every column of the spec read for every data row; cells that cannot be read become problems."""
    rows = table.data_rows()
    contiguous = bool(rows) and rows[-1] - rows[0] + 1 == len(rows)  # no blank rows: slice, do not gather
    found = Rows(table, rows, {}, {})
    for column in table.spec.columns:
        key = column.field
        if table.has(key):
            cells_ = table.values(key)
            raw = cells_[rows[0] : rows[-1] + 1] if contiguous else [cells_[r] for r in rows]
        else:
            raw = [None] * len(rows)
        if key == "progress" or column.kind is Kind.MONEY:  # a dash (or ไม่มี): nothing reported, no budget given
            raw = _none_for_dashes(raw, frozenset())
        found.raw[key] = raw
        if column.kind in (Kind.DATE, Kind.DATES):
            raw = _none_for_dashes(raw, NOT_YET_MARKERS if key == "submitted" else frozenset())
        values, may_fail = ctx.read_column(table, column, rows, raw)
        found.values[key] = values
        if ctx.date_notes and column.kind in (Kind.DATE, Kind.DATES):
            _date_notes(found, key, ctx)
        if may_fail:
            for i, value in enumerate(values):
                if isinstance(value, Text):
                    found.problem(i, key, value)
                    if column.kind is Kind.ID:
                        values[i] = ""  # an id that cannot be read names no activity
        if column.empty is not None and table.has(key) and None in raw:
            for i in (i for i, text in enumerate(raw) if text is None):
                found.problem(i, key, column.empty)
        if column.most is not None and table.has(key):
            for i, text in enumerate(raw):
                if text is not None and len(text) > column.most:
                    found.problem(i, key, too_long(len(text), column.most))
    return found


def _date_notes(found: Rows, key: str, ctx: Context) -> None:
    """Said at each cell of the column whose text was noted as it was read (``Context.dates``): a weekday that
    is not its date's (วันศุกร์ที่ 30 ก.ย. 66, a Saturday: a day from the one meant if the weekday was right), an
    earlier date the cell says was moved (read as a deadline, it was overdue once it passed)."""
    notes = ctx.date_notes
    for i, text in enumerate(found.raw[key]):
        for note in notes.get(text, ()) if text is not None else ():
            ctx.log.warning(found.table.sheet, found.ref(key, i), text, note.th, note.en)


# A กำหนดส่ง cell that says the work was sent or done (ส่งแล้ว, (เสร็จแล้ว), ✓, ส่งจริง / ได้ส่งเมื่อ ๒ ก.ค. ๖๖), not
# ดำเนินการแล้วเสร็จภายใน (to be finished by), nor ยังไม่ส่ง; or cancelled, or not to be sent (ไม่ต้องส่ง). Read as a
# deadline still due, it showed as overdue once its day passed (the day sent as one more deadline).
_SAYS_DONE = re.compile(
    r"(?<!ไม่)(?<!ไม่ได้)(?:ส่ง|เสร็จ|ดำเนินการ|เรียบร้อย)\s*แล้ว(?!\s*เสร็จ)|[✓✔☑]"
    r"|ส่งจริง|(?<!ไม่)(?:ได้ส่ง|ส่งไป)เมื่อ(?=\s*(?:วันที่)?\s*[0-9๐-๙])"
)
_SAYS_CANCELLED = re.compile(r"ยกเลิก|ไม่ต้องส่ง|งดส่ง|ไม่มีการส่ง")
# A day sent that says the work is not all there or not accepted: partly (บางส่วน, ไม่ครบ), a draft (ฉบับร่าง),
# returned (ตีกลับ, ส่งคืน), awaiting corrections (รอแก้ไข). Read as the day sent, the deadline showed as met.
_PARTLY_SENT = re.compile(r"บางส่วน|ไม่ครบ|ยังไม่ครบ|ฉบับร่าง|ร่างแรก|ตีกลับ|ส่งคืน|รอ\s*(?:การ)?แก้ไข|ให้แก้ไข|ไม่ผ่าน")


def _partly_sent(raw: str) -> Text | None:
    """A วันที่ส่ง cell that says the work is not all sent or not accepted, as ``_done_or_cancelled`` reads กำหนดส่ง."""
    if (partly := _PARTLY_SENT.search(raw)) is None:
        return None
    return Text(
        f"วันที่ส่งนี้บอกว่ายังส่งไม่ครบหรือยังไม่ผ่าน (“{partly[0]}”): ถ้ายังไม่ครบ เว้นว่างไว้ (อ่านเป็นวันที่ส่ง กำหนดนี้"
        "แสดงเป็นส่งแล้ว) และเขียนรายละเอียดในคอลัมน์ รายการ หรือหมายเหตุ; ถ้าครบแล้ว ใส่เฉพาะวันที่ที่ส่งครบ",
        f"this day sent says the work is not all sent or not accepted (“{partly[0]}”): if so, leave it empty "
        "(read as the day sent, the deadline showed as met); if it is, give only the day it was all sent",
    )


def _done_or_cancelled(raw: str) -> Text | None:
    if (done := _SAYS_DONE.search(raw)) is not None:
        return Text(
            f"กำหนดส่งนี้บอกว่าส่งหรือทำแล้ว (“{done[0]}”): ในช่องนี้ใส่เฉพาะวันที่ต้องส่ง ส่วนวันที่ส่งจริงใส่ในคอลัมน์ "
            "วันที่ส่ง ของแผ่นงาน กำหนดส่ง (อ่านเป็นกำหนดที่ยังไม่ส่ง จะแสดงเป็นเลยกำหนด)",
            f"this deadline says it was sent or done (“{done[0]}”): put only the day it is due here, and the day it "
            "was sent under วันที่ส่ง in the กำหนดส่ง sheet (read as not sent, it would show as overdue)",
        )
    if _SAYS_CANCELLED.search(raw) is not None:
        return Text(
            "กำหนดส่งนี้บอกว่ายกเลิกแล้วหรือไม่ต้องส่ง: ลบวันที่ออก (เว้นว่าง หรือพิมพ์ -) แล้วเขียนเหตุผลในคอลัมน์ หมายเหตุ",
            "this deadline says it was cancelled or is not to be sent: remove the date (leave it empty, or -) and "
            "write why under หมายเหตุ",
        )
    return None


def _none_for_dashes(raw: list[str | None], also: Collection[str]) -> list[str | None]:
    """A date or progress cell that says "none" (``-``, ``ไม่มี``, and ``also``: ยังไม่ส่ง under วันที่ส่ง) read as
    empty: allowed where a cell may be empty (a deadline not yet sent, nothing reported yet), "empty" where it may
    not. A ``-`` under กำหนดส่ง in the กำหนดส่ง sheet had dropped its row without a word; under วันที่ส่ง it was
    "give exactly one date"; under ผลการดำเนินการ, "must be a percentage"."""
    dashes = {
        text
        for text in set(raw)
        if text is not None and ((marker := text.strip().lower()) in EMPTY_MARKERS or marker in also)
    }
    if not dashes:  # one look at each distinct text: a date column repeats its few dates
        return raw
    return [None if text in dashes else text for text in raw]


def too_long(length: int, most: int) -> Text:
    return Text(
        f"ข้อความยาว {length:,} ตัวอักษร เกิน {most:,} ตัวอักษรที่รับได้: ย่อให้สั้นลง",
        f"the text is {length:,} characters long, more than the {most:,} accepted: shorten it",
    )


def _known_measure(found: Rows, known: set[int]) -> None:
    numbers = found.values["measure"]
    unknown = {n for n in set(numbers) if isinstance(n, int) and n not in known}
    if unknown:  # a few distinct values: look row by row only when one of them is wrong
        for i, number in enumerate(numbers):
            if number in unknown:
                found.problem(i, "measure", _unknown_measure(number))


def _repeats(found: Rows, key: str, what: Callable[[str, str], Text]) -> set[int]:
    """Rows whose id repeats an earlier row's, after logging a problem for each."""
    first: dict[str, int] = {}
    repeated: set[int] = set()
    values = found.values[key]
    typed = [v for v in values if v]
    if len(set(typed)) == len(typed):
        return repeated
    for i, value in enumerate(values):
        if not value:
            continue
        if value in first:
            found.problem(i, key, what(value, found.ref(key, first[value])))
            repeated.add(i)
        else:
            first[value] = i
    return repeated


# -- ข้อมูลหน่วยงาน: label/value rows -------------------------------------------------------------


@dataclass(frozen=True)
class UnitInfo:
    unit: str = ""
    fiscal_year_be: int | None = None
    as_of: date | None = None
    form: FormInfo = field(default_factory=FormInfo)
    as_of_typed: bool = False  # a data date was typed (and, if ``as_of`` is None, refused at its cell)
    year_typed: bool = False  # a fiscal year was typed (and, if ``fiscal_year_be`` is None, refused at its cell)


def unit(grid: SheetGrid, ctx: Context) -> UnitInfo:
    """The unit sheet: labels and their values (``unit_labels``)."""
    found = unit_cells(grid)
    cells_ = found.values
    for cell, label in found.unknown:
        ctx.log.warning(
            grid.name,
            cell,
            label,
            f"หัวข้อ “{label}” ไม่อยู่ในแม่แบบ จึงไม่ถูกนำเข้า: หัวข้อที่อ่านได้คือ {_UNIT_LABELS} (ถ้าเป็นหัวข้อใดในนี้ ให้แก้ชื่อให้ตรง)",
            f"“{label}” is not a label of the template, so its value is not read: the labels read are {_UNIT_LABELS} "
            "(if it is one of them, type it so)",
        )
    for key, first, other, value in found.repeated:
        label = UNIT.column(key).th
        ctx.log.error(
            grid.name,
            other,
            date_cell_shown(value),
            f"“{label}” มีสองค่า (เซลล์ {first} และ {other}): บอกไม่ได้ว่าค่าใดใช้ ลบค่าที่ไม่ใช้ให้เหลือค่าเดียว",
            f"“{label}” is given twice, differently (cells {first} and {other}): which holds cannot be told; "
            "delete the one not in use",
        )
    values: dict[str, Any] = {}
    # The fiscal year first: dates without a year are read in it.
    for column in sorted(UNIT.columns, key=lambda c: c.kind is not Kind.YEAR):
        raw, cell = cells_.get(column.field, (None, ""))
        read: Any = ctx.parser(column.kind)[raw or None]
        if column.most is not None and raw is not None and len(raw) > column.most:
            read = too_long(len(raw), column.most)
        if isinstance(read, Text):
            ctx.log.error(grid.name, cell, raw, read.th, read.en)
            read = None
        values[column.field] = read
        if column.kind is Kind.YEAR:
            ctx.fiscal_year = read
    if not _as_of_in_year(values["as_of"], values["fiscal_year_be"]):
        raw, cell = cells_["as_of"]
        ctx.log.error(grid.name, cell, raw, *_outside_year(values["as_of"], values["fiscal_year_be"]))
        values["as_of"] = None
    if values["as_of"] is not None and values["as_of"] > ctx.today + timedelta(days=1):  # a day for a clock's slip
        raw, cell = cells_["as_of"]
        ctx.log.error(grid.name, cell, raw, *_after_today(values["as_of"], ctx.today))
        values["as_of"] = None
    ctx.as_of = values["as_of"]
    form = FormInfo(**{f: values[f] or FormInfo._field_defaults[f] for f in FormInfo._fields})
    typed = {key: cells_.get(key, (None, ""))[0] is not None for key in ("as_of", "fiscal_year_be")}
    return UnitInfo(
        values["unit"], values["fiscal_year_be"], values["as_of"], form, typed["as_of"], typed["fiscal_year_be"]
    )


_UNIT_LABELS = ", ".join(column.th for column in UNIT.columns)


def _as_of_in_year(as_of: date | None, fiscal_year: int | None) -> bool:
    return as_of is None or fiscal_year is None or fiscal_year_be(as_of) == fiscal_year


def _after_today(as_of: date, today: date) -> Text:
    """A data date that has not come yet: deadlines judged at it were overdue before they were due (a year
    typed one too many, 2570 for 2569, made a whole year's deadlines overdue)."""
    shown, now = format_date_th(as_of, "long"), format_date_th(today, "long")
    return Text(
        f"ข้อมูล ณ วันที่ {shown} ยังมาไม่ถึง (วันนี้ {now}): ใส่วันที่ที่ผลการดำเนินการเป็นปัจจุบัน ซึ่งไม่เลยวันนี้",
        f"the data date {as_of.isoformat()} has not come yet (today is {today.isoformat()}): give the day the results "
        "are of, no later than today",
    )


def _outside_year(as_of: date, fiscal_year: int) -> Text:
    """Why a data date outside the plan's fiscal year is refused, and how to type it; a year of 66
    typed in a day/month/year locale arrives as 1966, which is said as such."""
    start, end = fiscal_year_bounds(fiscal_year)
    shown = format_date_th(as_of, "long")
    example = date(ce_year(fiscal_year), 3, 31)
    fix_th = f"พิมพ์วันที่ในปีงบประมาณ เช่น 31/3/{fiscal_year} หรือ {example.isoformat()}"
    fix_en = f"type a date within the fiscal year, e.g. 31/3/{fiscal_year} or {example.isoformat()}"
    if as_of.year < 2000:
        fix_th = f"ปี {as_of.year % 100:02d} ถูกอ่านเป็น ค.ศ. {as_of.year}: " + fix_th
        fix_en = f"a year of {as_of.year % 100:02d} was read as {as_of.year}: " + fix_en
    return Text(
        f"ข้อมูล ณ วันที่ {shown} อยู่นอกปีงบประมาณ {fiscal_year} "
        f"({format_date_th(start, 'long')} – {format_date_th(end, 'long')}): {fix_th}",
        f"the data date {as_of.isoformat()} is outside fiscal year {fiscal_year} "
        f"({start.isoformat()} – {end.isoformat()}): {fix_en}",
    )


# -- มาตรการ and แนวทาง ----------------------------------------------------------------------------


def measures(table: Table, ctx: Context) -> dict[int, Measure]:
    found = read_rows(table, ctx)
    skip = {i for i, number in enumerate(found.values["number"]) if not isinstance(number, int)}
    skip |= _repeats(
        found,
        "number",
        lambda number, first: Text(
            f"มาตรการ {number} ซ้ำกับเซลล์ {first}: ลบแถวที่ซ้ำ",
            f"measure {number} repeats {first}: remove the duplicate row",
        ),
    )
    found.log(ctx.log, skip, keep=("number",))
    keep = [i not in skip for i in range(len(found.rows))]
    found.values["name"] = _without_own_number(found.values["name"], found.values["number"], MEASURE_NUMBERED)
    records = _records(Measure, found, keep)
    if not records and not ctx.log.has_errors:
        fix = _NO_MEASURES
        ctx.log.error(table.sheet, table.ref("number", table.header_row + 1), None, fix.th, fix.en)
    return {m.number: m for m in records}


def guidelines(table: Table, known_measures: set[int], ctx: Context) -> dict[str, Guideline]:
    """The แนวทาง of each measure, by id (1.1, 1.2 …)."""
    if table.missing:  # already reported: rows are not checked
        return {}
    found = read_rows(table, ctx)
    _known_measure(found, known_measures)
    skip = {i for i, gid in enumerate(found.values["guideline_id"]) if not gid}
    skip |= _repeats(found, "guideline_id", _duplicate_guideline)
    found.log(ctx.log, skip, keep=("measure", "guideline_id"))
    keep = found.clean()
    found.values["name"] = _without_own_number(found.values["name"], found.values["guideline_id"], GUIDELINE_NUMBERED)
    return {g.guideline_id: g for g in _records(Guideline, found, keep)}


def _duplicate_guideline(gid: str, first: str) -> Text:
    """A repeat, unless Excel made it of 1.10 typed as a number: then deleting the row would lose a guideline."""
    fix = Text(f"แนวทาง {gid} ซ้ำกับเซลล์ {first}: ลบแถวที่ซ้ำ", f"guideline {gid} repeats {first}: delete the repeat")
    return _unless_cut(fix, gid, "แนวทาง")


def _without_own_number(names: list[str], numbers: list[Any], heading: re.Pattern[str]) -> list[str]:
    """A name typed as the plan document heads it (มาตรการที่ ๑ การขับเคลื่อน…), without the words and number
    the dashboard puts before every name already: charts read มาตรการที่ 1 มาตรการที่ ๑ การขับเคลื่อน…"""
    shown = []
    for name, number in zip(names, numbers, strict=True):
        found = heading.match(name)
        if found is not None and to_arabic_digits(found[1]) == str(number) and name[found.end() :].strip():
            name = name[found.end() :].strip()
        shown.append(name)
    return shown


def _records(kind: Any, found: Rows, keep: list[bool], extra: dict[str, list[Any]] | None = None) -> list[Any]:
    """Named-tuple records of the kept rows, built field by field from the parsed columns."""
    columns = found.values | (extra or {})
    fields = [columns[name] for name in kind._fields]
    rows: Iterable[tuple[Any, ...]] = zip(*fields, strict=True)
    if not all(keep):
        rows = compress(rows, keep)
    return list(map(kind._make, rows))


# -- กิจกรรม ------------------------------------------------------------------------------------


def _guideline_problem(gid: str, measure: int, known: dict[str, Guideline] | None) -> Text | None:
    if known is None:
        return Text(
            f"กิจกรรมระบุแนวทาง {gid} แต่ไม่มีแผ่นงาน แนวทาง: เพิ่มแผ่นงาน แนวทาง หรือลบค่าในคอลัมน์นี้",
            f"the activity names guideline {gid} but there is no แนวทาง sheet",
        )
    if gid not in known:
        return Text(
            f"ไม่มีแนวทาง {gid} ในแผ่นงาน แนวทาง: เพิ่มแนวทางนี้หรือแก้เลขแนวทาง",
            f"guideline {gid} is not in the แนวทาง sheet",
        )
    if known[gid].measure != measure:
        return Text(
            f"แนวทาง {gid} อยู่ในมาตรการที่ {known[gid].measure} แต่กิจกรรมนี้อยู่ในมาตรการที่ {measure}",
            f"guideline {gid} belongs to measure {known[gid].measure}, the activity to measure {measure}",
        )
    return None


def _duplicate_id(aid: str, first: str) -> Text:
    fix = Text(
        f"ลำดับ {aid} ซ้ำกับเซลล์ {first}: ลำดับกิจกรรมต้องไม่ซ้ำกัน", f"activity id {aid} repeats {first}: ids must be unique"
    )
    if aid.isdigit():  # numbered again from 1 in each measure, as some plans are
        return Text(
            f"{fix.th} — ถ้านับลำดับใหม่ในแต่ละมาตรการ ให้ใส่เลขมาตรการนำหน้า เช่น 2.{aid} สำหรับกิจกรรมที่ {aid} ของมาตรการที่ 2",
            f"{fix.en} — if the activities are numbered again in each measure, put the measure first, e.g. 2.{aid} for "
            f"activity {aid} of measure 2",
        )
    return _unless_cut(fix, aid, "ลำดับ")


def _unless_cut(fix: Text, aid: str, column: str) -> Text:
    """A repeated id's fix, and what to do if Excel made it of one ending in 0 (1.10 → 1.1)."""
    return _lost_zero(fix, aid + "0", column) if may_have_lost_zero(aid) else fix


def _lost_zero(fix: Text, meant: str, column: str = "ลำดับ") -> Text:
    """What to do when Excel may have cut the trailing 0 of an id typed as a number."""
    return Text(
        f"{fix.th} — ถ้าหมายถึง {meant} Excel ได้ตัดเลข 0 ท้ายออกเพราะเห็นเป็นตัวเลข: "
        f"จัดรูปแบบคอลัมน์ {column} เป็นข้อความ (Text) แล้วพิมพ์ใหม่ หรือพิมพ์ ' นำหน้า เช่น '{meant}",
        f"{fix.en} — if you meant {meant}, Excel cut the trailing 0 because it read a number: "
        f"format the {column} column as Text and retype it, or type a leading apostrophe ('{meant})",
    )


def may_have_lost_zero(aid: str) -> bool:
    """Could Excel have made this id from one ending in 0 (1.10 → 1.1)?"""
    head, dot, tail = aid.partition(".")
    return bool(dot) and head.isdigit() and tail.isdigit() and not tail.endswith("0")


def activities(
    table: Table, known_measures: set[int], known_guidelines: dict[str, Guideline] | None, ctx: Context
) -> tuple[dict[str, Activity], list[Deadline]]:
    """Activities by id, and the deadlines typed in their กำหนดส่ง cells."""
    found = read_rows(table, ctx)
    ids = found.values["activity_id"]
    if table.missing:
        ctx.known_ids = {aid for aid in ids if aid}
        return {}, []
    skip = {i for i, aid in enumerate(ids) if not aid}
    skip |= _repeats(found, "activity_id", _duplicate_id)
    ctx.known_ids = {aid for aid in ids if aid}
    _known_measure(found, known_measures)
    guidelines = found.values["guideline"] if any(found.values["guideline"]) else []
    cut = _cut_numbers(found, "guideline", known_guidelines, ctx) if known_guidelines else {}
    for i, (gid, measure) in enumerate(zip(guidelines, found.values["measure"], strict=False)):
        if gid and isinstance(measure, int) and (fix := _guideline_problem(gid, measure, known_guidelines)):
            found.problem(i, "guideline", _lost_zero(fix, cut[i], "แนวทาง") if i in cut else fix)
        elif i in cut:
            found.problem(i, "guideline", _either(gid, cut[i], _GUIDELINE_IDS))
    found.log(ctx.log, skip, keep=("activity_id",))
    if not ctx.known_ids:
        fix = _NO_ACTIVITIES
        ctx.log.error(table.sheet, table.ref("activity_id", table.header_row + 1), None, fix.th, fix.en)

    keep = found.clean()
    reported = [raw is not None for raw in found.raw["progress"]]
    progress = [_ZERO if value is None else value for value in found.values["progress"]]
    extra: dict[str, list[Any]] = {
        "period": _with_timeline(table, found, ctx),
        "due_text": [raw or "" for raw in found.raw["due_text"]],  # a date cell's ISO text: the writer keeps it a date
        "progress": progress,
        "progress_reported": reported,
        "source": found.source("activity_id"),
        "reported_on": [None] * len(found.rows),  # the store dates reports when it publishes
    }
    records = _records(Activity, found, keep, extra)
    ctx.cued_days = list(_cued_days(found, keep, ctx))
    _cancelled_by_status(found, keep, ctx)
    ctx.elsewhere = list(_kept_elsewhere(found, keep, ctx))
    _ids_follow_measures(records, ctx)
    _numbered_under_another(records, ctx)
    _named_as_another(records, ctx)
    if table.has("responsible"):
        sources = list(compress(found.source("responsible"), keep))
        _groups_spelled_alike(_responsible_names(records, sources), ctx)
        _names_broken(records, sources, ctx)
    due_sources = found.source("due_text") if table.has("due_text") else [""] * len(found.rows)
    dates = compress(zip(found.values["due_text"], due_sources, strict=True), keep)
    deadlines = [
        Deadline(act.activity_id, label, value, None, source)
        for act, (days, source) in zip(records, dates, strict=True)
        for label, value in (days if len(days) < 2 else dict.fromkeys(days))  # a day written twice: one deadline
    ]
    return {act.activity_id: act for act in records}, deadlines


def _cancelled_by_status(found: Rows, keep: list[bool], ctx: Context) -> None:
    """A column not in the template (สถานะ) that says an activity was cancelled (ยกเลิก): the column was said not to
    be read, and the activity counted as not done, and overdue, without a word of what it said. A warning at each
    such cell, as a Word plan's column is said (``activity_notes.still_counted``)."""
    table, ids = found.table, found.values["activity_id"]
    for pos, heading in table.unread.items():
        column = table.grid.columns[pos]
        if not STATUS_HEADING.search(heading) or not (cancelled := {t for t in set(column) if t and says_cancelled(t)}):
            continue
        kept = Text("คอลัมน์นี้ไม่ได้นำเข้า", "the column is not read")
        for i, row in enumerate(found.rows):
            if keep[i] and column[row] in cancelled:
                said = still_counted(Text(f"คอลัมน์ {heading} ", f"the {heading} column"), ids[i], kept)
                ctx.log.warning(table.sheet, f"{table.grid.letters[pos]}{row + 1}", column[row], said.th, said.en)


# A column beside the activities of what the template keeps in another sheet: days sent or ticks
# (``contract.SENT_HEADING``), in กำหนดส่ง; people who took part (ผู้เข้าร่วม (คน), ร้อยละผู้เข้าร่วม), in การมีส่วนร่วม.
_JOINED_HEADING = re.compile(r"เข้าร่วม|participa", re.IGNORECASE)


class Elsewhere(NamedTuple):
    """A cell of such a column: ``kind`` ``sent`` or ``joined``."""

    kind: str
    activity_id: str
    sheet: str
    cell: str
    column: str
    text: str


def _kept_elsewhere(found: Rows, keep: list[bool], ctx: Context) -> Iterator[Elsewhere]:
    """The cells of such a column that say a day was sent, or give a count or share of people: the column is not
    read, so each activity's deadlines showed as not sent (overdue once due), or it had no participation, with
    no word but "not in the template" (said in ``ingest``, against what the other sheets give)."""
    table, ids = found.table, found.values["activity_id"]
    read_date = ctx.parser(Kind.DATE)
    for pos, heading in table.unread.items():
        kind = "sent" if SENT_HEADING.search(heading) else "joined" if _JOINED_HEADING.search(heading) else None
        if kind is None:
            continue
        column = table.grid.columns[pos]
        given = {
            text
            for text in set(column)
            if text and text.strip().lower() not in EMPTY_MARKERS | NOT_YET_MARKERS and _gives(kind, text, read_date)
        }
        for i, row in enumerate(found.rows):
            if keep[i] and (text := column[row]) in given:
                assert text is not None
                cell = f"{table.grid.letters[pos]}{row + 1}"
                yield Elsewhere(kind, ids[i], table.sheet, cell, heading, date_cell_shown(text))


def _gives(kind: str, text: str, read_date: Memo[Any, Any]) -> bool:
    """Whether a cell of such a column gives what the other sheet keeps: a day sent or a tick; people."""
    if kind == "sent":
        return isinstance(read_date[text], date) or read_date[text] is _DONE_WITHOUT_DAY
    return any(c.isdigit() for c in text)


_PROSE_WITH_DAYS = ("period", "remarks", "details", "output")  # cells of words where a due day may be written
# Words of a day sent, not due (วันที่ส่ง: 15 มี.ค. 67, ส่งแล้ว 15 มี.ค. 67, a Word report's column kept in หมายเหตุ):
# taken for a day due, an activity with none was "no deadline, but หมายเหตุ gives a day due".
_SENT_TEXT = re.compile(r"(?<!กำหนด)วันที่ส่ง(?!ตามกำหนด)|(?<!ไม่)(?<!ยังไม่)(?<!ไม่ได้)(?:ส่งแล้ว|ส่งจริง|ได้ส่งเมื่อ|ส่งไปเมื่อ)")


def _cued_days(found: Rows, keep: list[bool], ctx: Context) -> Iterator[tuple[str, str, str, str, str, DateParse]]:
    """Days a cell of words says are due (``ส่งรายงาน 30 มิ.ย. 66`` under ระยะเวลา): only the กำหนดส่ง column gives
    deadlines, so each was dropped without a word, and an activity whose กำหนดส่ง was empty had none. A date
    written in a way the reader asks about (``ส่ง 30 มิ.ย. 66 หรือ 15 ก.ค. 66``) comes with its question. Read once
    per distinct text; said in ``ingest`` against the plan's deadlines."""
    table = found.table
    for key in _PROSE_WITH_DAYS:
        if table.has(key):
            yield from _days_in(found, keep, ctx, found.raw[key], table.spec.column(key).th, partial(found.ref, key))
    # and a column the template does not read (ช่วงเวลา): "not in the template" was all, and the day never due
    for pos, heading in table.unread.items():
        if SENT_HEADING.search(heading) or _JOINED_HEADING.search(heading) or STATUS_HEADING.search(heading):
            continue  # said as what they are (``_kept_elsewhere``, ``_cancelled_by_status``)
        column, letter = table.grid.columns[pos], table.grid.letters[pos]
        yield from _days_in(
            found, keep, ctx, [column[row] for row in found.rows], heading, partial(_cell, letter, found)
        )


def _cell(letter: str, found: Rows, i: int) -> str:
    """The reference of data row ``i``'s cell in column ``letter``: made only for a cell that is said."""
    return f"{letter}{found.rows[i] + 1}"


def _days_in(
    found: Rows, keep: list[bool], ctx: Context, raw: list[Any], column: str, ref: Callable[[int], str]
) -> Iterator[tuple[str, str, str, str, str, DateParse]]:
    """The cells of one column of words that say a day is due (``_cued_days``)."""
    days_of = {
        text: parsed
        for text in set(raw)  # a few distinct texts, many rows: the rows are walked only when one gives a day
        if text and has_deadline_cue(text) and not _SENT_TEXT.search(text)  # ภายในสิ้นปีงบประมาณ has no digit
        if (parsed := parse_date_text(text, ctx.fiscal_year)).dates or names_a_date(text)
    }
    if not days_of:
        return
    ids = found.values["activity_id"]
    for i, text in enumerate(raw):
        if keep[i] and text in days_of:
            yield ids[i], found.table.sheet, ref(i), column, text, days_of[text]


def _with_timeline(table: Table, found: Rows, ctx: Context) -> list[Any]:
    """Each row's period, with the months a timeline beside the activities ticks (any text in a month's
    column: ✓, x, ●): it was one "not in the template" per month, and the ticks were lost. A timeline marked
    in no row (a cell's colour is not read) is said."""
    periods: list[Any] = found.values["period"]
    if not table.timeline:
        return periods
    months, columns = timeline_months(table), table.grid.columns
    ticks = [[pos for pos in months if (text := columns[pos][row]) is not None and is_mark(text)] for row in found.rows]
    numbers = [(pos, row) for row in found.rows for pos in months if (text := columns[pos][row]) and not is_mark(text)]
    if numbers:
        timeline_numbers(table, numbers, ctx.log)
    if not any(ticks):
        timeline_not_read(table, ctx.log)
        return periods
    return [
        "\n".join(filter(None, (period, period_of(months, ticked, ctx.fiscal_year) if ticked else None)))
        for period, ticked in zip(periods, ticks, strict=True)
    ]


def _ids_follow_measures(records: list[Activity], ctx: Context) -> None:
    """Where a plan numbers its activities after their measure (1.5 in มาตรการ 1), a row that does not (1.5
    in มาตรการ 2) is a copied row or a typo, and it was counted in มาตรการ 2 without a word: a warning at its
    ลำดับ. A plan whose numbers do not follow the measures is left alone."""
    prefix = {m: f"{m}." for m in {act.measure for act in records}}  # a few measures, many rows
    dotted = [act for act in records if "." in act.activity_id]
    astray = [act for act in dotted if not act.activity_id.startswith(prefix[act.measure])]
    if not astray or len(astray) * 2 >= len(dotted):
        return
    for act in astray:
        head = act.activity_id.partition(".")[0]
        sheet, _, cell = act.source.partition("!")
        ctx.log.warning(
            sheet,
            cell,
            act.activity_id,
            f"ลำดับ {act.activity_id} ขึ้นต้นด้วยเลข {head} แต่อยู่ในมาตรการ {act.measure} ขณะที่ลำดับอื่นขึ้นต้นด้วยเลขมาตรการ"
            f"ของตน: ตรวจเลขมาตรการหรือลำดับ (กิจกรรมนี้นับอยู่ในมาตรการ {act.measure})",
            f"activity {act.activity_id} starts with {head} but is in measure {act.measure}, while the other ids start "
            f"with their measure's number: check the measure or the id (it is counted in measure {act.measure})",
        )


_TWO_DOTS = re.compile(r"\.[^\n.]*\.")


# A name that begins with an activity's number (1.2 กิจกรรม…, ๑.๒ …): the number the person read the row by.
_NAME_ID = re.compile(r"\s*[(\[]?([0-9๐-๙]{1,2}\.[0-9๐-๙]{1,3})(?![0-9๐-๙]|\.[0-9๐-๙])[.)\]]?\s")
_STARTS_WITH_DIGIT = re.compile(r"^\s*[(\[]?[0-9๐-๙]", re.MULTILINE)


def _named_as_another(records: list[Activity], ctx: Context) -> None:
    """A name that begins with another number than its ลำดับ (ลำดับ 1.1, ``1.2 กิจกรรมแรก``): the figures of
    that row are 1.1's on every page, the number the person reads is 1.2; said at the name, not guessed."""
    if _STARTS_WITH_DIGIT.search("\n".join(act.name for act in records)) is None:  # one look, at C speed
        return
    for act in records:
        if (m := _NAME_ID.match(act.name)) is None or (named := to_arabic_digits(m[1])) == act.activity_id:
            continue
        sheet, _, cell = act.source.partition("!")
        ctx.log.warning(
            sheet,
            cell,
            act.name,
            f"ลำดับ {act.activity_id} แต่ชื่อกิจกรรมขึ้นต้นด้วย {named}: อ่านเป็นกิจกรรม {act.activity_id} ตามคอลัมน์ ลำดับ "
            "ถ้าไม่ถูก แก้เลขให้ตรงกัน (หรือลบเลขออกจากชื่อ)",
            f"numbered {act.activity_id}, but its name begins with {named}: read as activity {act.activity_id}, by the "
            "ลำดับ column; if wrong, make the numbers agree (or take the number out of the name)",
        )


def _numbered_under_another(records: list[Activity], ctx: Context) -> None:
    """Activities numbered under another activity (1.2.1 and 1.2.2 under 1.2) each count as an activity of their
    own beside it, in the number of activities and each measure's completion: if they are the steps of 1.2, the
    plan's figures were counted twice without a word. A warning at the first, saying how they are counted. Ids
    under a guideline (1.1.1 where 1.1 is a แนวทาง) are not under an activity."""
    if _TWO_DOTS.search("\n".join(act.activity_id for act in records)) is None:  # one look, at C speed
        return
    ids = {act.activity_id for act in records}
    under: dict[str, list[str]] = {}
    first: dict[str, str] = {}
    for act in records:
        parent = act.activity_id.rpartition(".")[0]
        if "." in parent and parent in ids:
            under.setdefault(parent, []).append(act.activity_id)
            first.setdefault(parent, act.source)
    for parent, parts in under.items():
        sheet, _, cell = first[parent].partition("!")
        listed = ", ".join(parts)
        ctx.log.warning(
            sheet,
            cell,
            parts[0],
            f"กิจกรรม {listed} มีลำดับอยู่ใต้กิจกรรม {parent}: นับเป็นกิจกรรมแยกกันทุกข้อ ({len(parts) + 1} กิจกรรม) "
            f"ทั้งในจำนวนกิจกรรมและร้อยละความสำเร็จของมาตรการ ถ้าเป็นขั้นตอนย่อยของ {parent} ให้รวมผลไว้ที่แถว {parent} "
            f"แล้วย้ายขั้นตอนไปไว้ในคอลัมน์ รายละเอียด (ถ้าแต่ละข้อเป็นกิจกรรมจริง ให้ลบแถว {parent})",
            f"activities {listed} are numbered under activity {parent}: each counts as an activity of its own "
            f"({len(parts) + 1} activities) in the number of activities and the measure's completion; if they are "
            f"steps of {parent}, report on {parent}'s row and move the steps to รายละเอียด (if each is an activity, "
            f"remove {parent}'s row)",
        )


def _groups_spelled_alike(named: Iterable[tuple[str, str]], ctx: Context) -> None:
    """A group typed another way than elsewhere (a space more or less: คณะทำงาน สำนัก; กลุ่ม for กลุ่มงาน; its
    initials in brackets; cut short with ฯ) was two groups on the group and participation pages, each with part
    of the work or the people, without a word: a warning at the first cell typed the other way, each such name
    once, across the กิจกรรม and การมีส่วนร่วม sheets. Read as typed: the reader does not guess which spelling is
    the group's. ``named``: each name as typed and its cell, first seen first (a plan of 100,000 activities has a
    few dozen distinct cells)."""
    first = ctx.group_spellings  # alike key → the name as first typed, and its cell
    for name, source in named:
        seen, where = first.setdefault(alike_key(name), (name, source))
        if seen == name:
            seen, where = _cut_short_alike(name, ctx) or (seen, where)
        if seen == name or name in ctx.groups_said:
            continue
        ctx.groups_said.add(name)
        sheet, _, ref = source.partition("!")
        other = where.partition("!")[2] if where.partition("!")[0] == sheet else where
        if spelling_key(name) == spelling_key(seen):
            th, en = "เพียงช่องว่าง", "only in its spaces"
        else:
            th, en = "แต่ดูเป็นกลุ่มเดียวกันที่พิมพ์ต่างกัน", "but looks like the same group typed another way"
        ctx.log.warning(
            sheet,
            ref,
            name,
            f"“{name}” ต่างจาก “{seen}” ({other}) {th} จึงแสดงเป็นสองกลุ่ม: ถ้าเป็นกลุ่มเดียวกัน พิมพ์ให้ตรงกันทุกแถว",
            f"“{name}” differs from “{seen}” ({other}) {en}, so they are shown as two groups: if they are one, type "
            "it the same way in every row",
        )


def _cut_short_alike(name: str, ctx: Context) -> tuple[str, str] | None:
    """Another group this name is the same as, one of them cut short with ฯ (คณะทำงานฯ, คณะทำงานส่งเสริมคุณธรรม)."""
    key, stem = alike_key(name), shortened(name)
    for other_key, (other, where) in ctx.group_spellings.items():
        other_stem = shortened(other)
        if other != name and ((stem and other_key.startswith(stem)) or (other_stem and key.startswith(other_stem))):
            return other, where
    return None


def _responsible_names(records: list[Activity], sources: list[str]) -> Iterator[tuple[str, str]]:
    """Each group a ผู้รับผิดชอบ cell names, with the cell, looked at once per distinct cell."""
    cells_ = list(map(attrgetter("responsible"), records))
    for cell in dict.fromkeys(cells_):
        source = sources[cells_.index(cell)]
        for name in groups_of(cell):
            yield name, source


def _names_broken(records: list[Activity], sources: list[str], ctx: Context) -> None:
    """A group's name Alt+Enter broke elsewhere than after its kind (``กลุ่มงานวิ`` / ``นัย``): read as two groups,
    and the group's page never saw the activity, without a word. Said at the cell, once per distinct cell."""
    cells_ = [a.responsible for a in records]
    for cell in dict.fromkeys(c for c in cells_ if "\n" in c):
        for before, line in broken_names(cell):
            sheet, _, ref = sources[cells_.index(cell)].partition("!")
            ctx.log.warning(
                sheet,
                ref,
                cell,
                f"ผู้รับผิดชอบขึ้นบรรทัดใหม่กลางชื่อ (“{before}” / “{line}”) จึงอ่านเป็นสองกลุ่ม: ถ้าเป็นกลุ่มเดียว พิมพ์ชื่อเต็มในบรรทัดเดียว",
                f"the responsible group goes on to a new line mid-name (“{before}” / “{line}”), so it is read as two "
                "groups: if it is one, type its full name on one line",
            )


# -- การมีส่วนร่วม and กำหนดส่ง: rows that name an activity ---------------------------------------


def _known_ids(found: Rows, ctx: Context) -> None:
    """Each row names an activity of the กิจกรรม sheet, and names it for sure (``_cut_numbers``)."""
    ids = found.values["activity_id"]
    unknown = set(ids) - ctx.known_ids - {""}
    cut = _cut_numbers(found, "activity_id", ctx.known_ids, ctx)
    for i, aid in enumerate(ids):
        if aid in unknown:
            fix = Text(
                f"ไม่มีกิจกรรมลำดับ {aid} ในแผ่นงาน กิจกรรม: แก้ลำดับให้ตรงกับกิจกรรม",
                f"no activity {aid} in the activities sheet: fix the id",
            )
            found.problem(i, "activity_id", _lost_zero(fix, cut[i]) if i in cut else fix)
        elif i in cut:
            found.problem(i, "activity_id", _either(aid, cut[i], _ACTIVITY_IDS))


@dataclass(frozen=True)
class _IdColumn:
    """What a column of ids names, for the messages about an id Excel may have cut."""

    noun: Text  # กิจกรรม, แนวทาง
    sheet: str  # the sheet that lists them
    column: str  # the column's title, to format as text


_ACTIVITY_IDS = _IdColumn(Text("กิจกรรม", "activity"), "กิจกรรม", "ลำดับ")
_GUIDELINE_IDS = _IdColumn(Text("แนวทาง", "guideline"), "แนวทาง", "แนวทาง")


def _cut_numbers(found: Rows, key: str, known: Collection[str], ctx: Context) -> dict[int, str]:
    """Rows whose id, typed as a number, may be a known id whose trailing 0 Excel cut (1.10 is 1.1 to
    Excel), and that id. Where the plan has both 1.1 and 1.10, such a 1.1 names neither for sure: it was
    read as 1.1 without a word."""
    typed = ctx.number_rows(found.table, key)
    if not typed:
        return {}
    ids = found.values[key]
    numeric = {i: ids[i] for i, row in enumerate(found.rows) if row in typed and ids[i]}
    cut = _zero_cut(set(numeric.values()), set(known))
    return {i: cut[aid] for i, aid in numeric.items() if aid in cut}


def _either(aid: str, meant: str, what: _IdColumn) -> Text:
    fix = Text(
        f"{what.column} {aid} เป็นตัวเลข จึงบอกไม่ได้ว่าหมายถึง{what.noun.th} {aid} หรือ {meant} (แผ่นงาน {what.sheet} "
        f"มีทั้งสอง): ถ้าหมายถึง {aid} พิมพ์ '{aid}",
        f"{what.noun.en} {aid} is a number, so it cannot say whether it names {what.noun.en} {aid} or {meant} "
        f"(the {what.sheet} sheet has both): type '{aid} if you meant {aid}",
    )
    return _lost_zero(fix, meant, what.column)


def _zero_cut(written: set[str], known: set[str]) -> dict[str, str]:
    """Each of these ids that Excel could have made of a known id ending in 0 typed as a number (1.10 → 1.1),
    and that id."""
    cut: dict[str, str] = {}
    for zeros in ("0", "00"):
        for meant in {aid + zeros for aid in written} & known:
            aid = meant[: -len(zeros)]
            if may_have_lost_zero(aid):
                cut.setdefault(aid, meant)
    return cut


def _rows_look_right(ids: list[str], groups: list[str], joined: list[Any], heads: list[Any]) -> bool:
    """No zero headcount, nobody beyond the headcount and no repeated activity and group: settled
    column-wise, so the row-by-row look (with its messages) is only for sheets that need it."""
    return (
        0 not in set(heads)
        and not any(j > h for j, h in zip(joined, heads, strict=True) if isinstance(j, int) and isinstance(h, int))
        and not any((j is None) != (h is None) for j, h in zip(joined, heads, strict=True))
        and len(set(zip(ids, groups, strict=True))) == len(ids)
    )


def whole_unit_as_empty(group: str) -> str:
    """A participation group: empty, or written as ทั้งหน่วยงาน / whole unit, means the whole unit."""
    return "" if names_the_whole_unit(group) else group


def participation(table: Table, ctx: Context) -> list[Participation]:
    if table.missing:  # already reported: rows are not checked
        return []
    found = read_rows(table, ctx)
    _known_ids(found, ctx)
    written = found.values["group"]
    # A few distinct names, many rows; a name marked as a list item (- กลุ่มงานวินัย) is the group's name.
    as_group = {g: whole_unit_as_empty(list_item(g)) for g in set(written)}
    groups = found.values["group"] = [as_group[g] for g in written]
    first_rows = dict(zip(reversed(groups), range(len(groups) - 1, -1, -1), strict=True))  # each name's first
    named = (
        (g, f"{table.sheet}!{found.ref('group', i)}") for g, i in sorted(first_rows.items(), key=itemgetter(1)) if g
    )
    _groups_spelled_alike(named, ctx)
    seen: dict[tuple[str, str], int] = {}
    values = found.values
    if _rows_look_right(values["activity_id"], groups, values["participants"], values["headcount"]):
        found.log(ctx.log)
        records = _records(Participation, found, found.clean(), {"source": found.source("activity_id")})
        _figures_agree(records, table, ctx)
        return records
    for i, (aid, group, joined, headcount) in enumerate(
        zip(values["activity_id"], groups, values["participants"], values["headcount"], strict=True)
    ):
        if (joined is None) != (headcount is None):  # both empty: a target awaiting its first report
            found.problem(i, "participants" if joined is None else "headcount", NO_PEOPLE)
        elif headcount == 0:
            found.problem(
                i,
                "headcount",
                Text(
                    "บุคลากรทั้งหมดเป็น 0 คิดร้อยละไม่ได้: ใส่จำนวนบุคลากรของกลุ่มงาน",
                    "headcount is 0, so no percentage can be computed: enter the group's headcount",
                ),
            )
        elif isinstance(joined, int) and isinstance(headcount, int) and joined > headcount:
            found.problem(
                i,
                "participants",
                Text(
                    f"ผู้เข้าร่วม ({joined}) มากกว่าบุคลากรทั้งหมด ({headcount}): ตรวจตัวเลขทั้งสองช่อง",
                    f"participants ({joined}) exceed the headcount ({headcount}): check both numbers",
                ),
            )
        if aid and aid in ctx.known_ids:
            if (aid, group) in seen:
                shown, first = group or WHOLE_UNIT, seen[aid, group]
                found.problem(
                    i,
                    "group",
                    Text(
                        f"กิจกรรม {aid} กลุ่มงาน “{shown}” ซ้ำกับแถว {first}: รวมเป็นแถวเดียว",
                        f"activity {aid} and group “{shown}” repeat row {first}: merge them",
                    ),
                )
            seen[aid, group] = found.rows[i] + 1
    found.log(ctx.log)
    keep = found.clean()
    records = _records(Participation, found, keep, {"source": found.source("activity_id")})
    _figures_agree(records, table, ctx)
    return records


def _figures_agree(records: list[Participation], table: Table, ctx: Context) -> None:
    """The figures a sheet gives twice agree: a row for everyone with its groups' rows, a percentage typed
    beside the counts with the counts."""
    _totals_add_up(records, table, ctx)
    typed_percentages_agree(records, table, ctx.scans[table.sheet].percent_cells, ctx.log)


def _totals_add_up(records: list[Participation], table: Table, ctx: Context) -> None:
    """An activity with a row for everyone (ทั้งหน่วยงาน, รวม) beside its groups' rows: the one must be the sum
    of the others, or one of them is mistyped (a warning at the row for everyone)."""
    for_everyone = {group: is_whole_unit(group) for group in {row.group for row in records}}  # a few names
    if all(for_everyone.values()) or not any(for_everyone.values()):
        return
    groups: dict[str, list[Participation]] = defaultdict(list)
    everyone: dict[str, Participation] = {}
    for row in records:
        if row.reported:
            if for_everyone[row.group]:
                everyone.setdefault(row.activity_id, row)
            else:
                groups[row.activity_id].append(row)
    for aid, whole in everyone.items():
        if not groups.get(aid):
            continue
        people = sum(r.participants or 0 for r in groups[aid])
        heads = sum(r.headcount or 0 for r in groups[aid])
        if (people, heads) != (whole.participants, whole.headcount):
            line = int(whole.source.partition("!")[2].lstrip(ascii_uppercase))  # the source is its ลำดับ cell
            ctx.log.warning(
                table.sheet,
                table.ref("participants", line - 1),
                f"{whole.participants}/{whole.headcount}",
                f"แถวรวมของกิจกรรม {aid} ({whole.participants}/{whole.headcount} คน) ไม่เท่ากับผลรวมของกลุ่มงาน "
                f"({people}/{heads} คน): ตรวจตัวเลข (หน้าสรุปส่วนราชการนับแถวรวม)",
                f"the total row of activity {aid} ({whole.participants}/{whole.headcount}) is not the sum of its "
                f"groups ({people}/{heads}): check the numbers (the agency page counts the total row)",
            )


def deadlines(table: Table, ctx: Context) -> dict[str, list[Deadline]]:
    """Deadlines listed in the กำหนดส่ง sheet, by activity; they replace the activity's own cell."""
    if table.missing:  # already reported: rows are not checked
        return {}
    found = read_rows(table, ctx)
    _known_ids(found, ctx)
    _submitted_when_possible(found, ctx)
    _one_day_sent_for_several(found)
    repeats = _repeated_deadlines(found, ctx)
    found.log(ctx.log)
    listed: dict[str, list[Deadline]] = {}
    values = found.values
    rows = zip(
        values["activity_id"], values["item"], values["due"], values["submitted"], found.source("due"), strict=True
    )
    for i, (aid, item, days, done_on, source) in enumerate(rows):
        if i in found.problems or i in repeats or not days:
            continue
        listed.setdefault(aid, []).extend(
            Deadline(aid, item or d.label, d.value, done_on, source, True) for d in dict.fromkeys(days)
        )
    return listed


def _repeated_deadlines(found: Rows, ctx: Context) -> set[int]:
    """Rows that repeat an earlier row's deadline (activity, item and days): counted twice, two deadlines due
    where there is one, and twice overdue. The same วันที่ส่ง: read once, with a warning; another: which holds
    cannot be told, an error."""
    first: dict[tuple[str, str, tuple[DateFound, ...]], int] = {}
    repeats: set[int] = set()
    values = found.values
    for i, (aid, item, days, sent) in enumerate(
        zip(values["activity_id"], values["item"], values["due"], values["submitted"], strict=True)
    ):
        if i in found.problems or not aid or not days:
            continue
        key = (aid, item, tuple(dict.fromkeys(days)))
        if key not in first:
            first[key] = i
            continue
        earlier = first[key]
        row = found.rows[earlier] + 1
        if values["submitted"][earlier] == sent:
            repeats.add(i)
            ctx.log.warning(
                found.table.sheet,
                found.ref("due", i),
                found.raw["due"][i],
                f"กำหนดส่งนี้ซ้ำกับแถว {row} (กิจกรรม {aid} รายการและวันที่เดียวกัน): นับครั้งเดียว ลบแถวที่ซ้ำออกได้",
                f"this deadline repeats row {row} (activity {aid}, the same item and day): counted once; the repeat "
                "can be deleted",
            )
        else:
            found.problem(
                i,
                "submitted",
                Text(
                    f"กำหนดส่งนี้ซ้ำกับแถว {row} แต่วันที่ส่งต่างกัน: บอกไม่ได้ว่าแถวใดถูก ลบแถวที่ไม่ใช้ให้เหลือแถวเดียว",
                    f"this deadline repeats row {row} with another day sent: which holds cannot be told; delete "
                    "the one not in use",
                ),
            )
    return repeats


def _one_day_sent_for_several(found: Rows) -> None:
    """A row due on several days (15 และ 30 ก.ย. 66) with one day sent: which deadline it sent cannot be told,
    and every one of them showed as sent (the 30th too, sent on the 14th). Asked: a row per deadline."""
    for i, (days, sent) in enumerate(zip(found.values["due"], found.values["submitted"], strict=True)):
        if sent is None or i in found.problems or not isinstance(days, list | tuple):  # a cell not read as days
            continue
        due = list(dict.fromkeys(d.value for d in days))
        if len(due) < 2:
            continue
        shown = ", ".join(format_date_th(d) for d in due)
        found.problem(
            i,
            "submitted",
            Text(
                f"แถวนี้มีกำหนดส่ง {len(due)} วัน ({shown}) แต่มีวันที่ส่งวันเดียว จึงบอกไม่ได้ว่าส่งกำหนดใดแล้ว: "
                "แยกกำหนดส่งแต่ละวันเป็นแถวของตัวเอง แล้วใส่วันที่ส่งของแต่ละแถว",
                f"this row is due on {len(due)} days ({shown}) but gives one day sent, so which deadline was sent "
                "cannot be told: put each deadline on a row of its own, with its own day sent",
            ),
        )


FAR_FROM_YEAR = timedelta(days=366)  # beyond this from its fiscal year, a plan's day has a mistyped year


def _submitted_when_possible(found: Rows, ctx: Context) -> None:
    """A day sent after the data's own day cannot be known from these data: a mistyped year or month, or a
    data date left from an older upload (an error: the deadline would show as sent). A day outside the
    fiscal year is likely a mistyped year (2556 for 2566): a warning, as for deadlines; more than a year
    from it, an error, as for deadlines."""
    first_last = fiscal_year_bounds(ctx.fiscal_year) if ctx.fiscal_year is not None else None
    for i, sent in enumerate(found.values["submitted"]):
        if not isinstance(sent, date):
            continue
        if ctx.as_of is not None and sent > ctx.as_of:
            data, shown = format_date_th(ctx.as_of, "long"), format_date_th(sent, "long")
            found.problem(
                i,
                "submitted",
                Text(
                    f"วันที่ส่ง {shown} อยู่หลังวันที่ของข้อมูล ({data}): แก้วันที่ส่ง หรือแก้ ข้อมูล ณ วันที่ "
                    "ในแผ่นงาน ข้อมูลหน่วยงาน ให้เป็นวันที่ของข้อมูลชุดนี้",
                    f"sent on {sent.isoformat()}, after the data's date ({ctx.as_of.isoformat()}): fix the date sent, "
                    "or set ข้อมูล ณ วันที่ in the unit sheet to these data's date",
                ),
            )
        elif first_last is not None and not first_last[0] - FAR_FROM_YEAR <= sent <= first_last[1] + FAR_FROM_YEAR:
            found.problem(  # a mistyped year (2556 for 2566, Excel's 1966 for 30/6/66): it showed the deadline met
                i,
                "submitted",
                Text(
                    f"วันที่ส่ง {format_date_th(sent)} ห่างจากปีงบประมาณ {ctx.fiscal_year} เกินหนึ่งปี: ตรวจปีที่พิมพ์ "
                    "(Excel อาจอ่าน 30/6/66 เป็นปี ค.ศ. 1966: พิมพ์ปี พ.ศ. 4 หลัก เช่น 30/6/2566)",
                    f"sent on {sent.isoformat()}, more than a year from fiscal year {ctx.fiscal_year}: check the year "
                    "typed (Excel may read 30/6/66 as 1966: type a four-digit Buddhist-era year, e.g. 30/6/2566)",
                ),
            )
        elif first_last is not None and not first_last[0] <= sent <= first_last[1]:
            ctx.log.warning(
                found.table.sheet,
                found.ref("submitted", i),
                found.raw["submitted"][i],
                f"วันที่ส่งอยู่นอกปีงบประมาณ {ctx.fiscal_year}: ตรวจปี พ.ศ. ที่พิมพ์",
                f"sent outside fiscal year {ctx.fiscal_year}: check the year typed",
            )


# -- ผู้รับผิดชอบ -----------------------------------------------------------------------------------


def responsible(table: Table, ctx: Context) -> list[Contact]:
    """Reminder addresses per responsible group; each address must look like one."""
    if table.missing:
        return []
    found = read_rows(table, ctx)
    for i, email in enumerate(found.values["email"]):
        if isinstance(email, str) and email and not is_email(email):
            found.problem(
                i,
                "email",
                Text(
                    "อีเมลไม่ถูกต้อง: เขียนแบบ name@example.go.th หนึ่งที่อยู่ต่อหนึ่งแถว",
                    "not an e-mail address: write one address per row, like name@example.go.th",
                ),
            )
    found.log(ctx.log)
    contacts = _records(Contact, found, found.clean(), {"source": found.source("email")})
    _contacts_name_groups(contacts, found, ctx)
    return contacts


def _contacts_name_groups(contacts: list[Contact], found: Rows, ctx: Context) -> None:
    """An address for a group the plan does not name (คณะทำงาน สำนัก for คณะทำงานสำนัก, a group renamed) is sent
    nothing: the reminders said so only when they ran. A warning at the group's cell, once per group."""
    named = {name for name, _ in ctx.group_spellings.values()} | ctx.groups_said
    said: set[str] = set()
    for contact in contacts:
        if contact.group in named or contact.group in said:
            continue
        said.add(contact.group)
        alike = ctx.group_spellings.get(alike_key(contact.group))
        hint = Text(f" (ใกล้เคียง “{alike[0]}”)", f" (like “{alike[0]}”)") if alike else Text("", "")
        row = contact.source.partition("!")[2].lstrip(ascii_uppercase)  # the source is its อีเมล cell
        ctx.log.warning(
            found.table.sheet,
            f"{found.table.letter('group')}{row}",
            contact.group,
            f"ไม่มีกลุ่ม “{contact.group}” ในแผน (คอลัมน์ ผู้รับผิดชอบ หรือ กลุ่มงาน){hint.th} จึงไม่มีงานใดแจ้งเตือนไปที่"
            "อีเมลของกลุ่มนี้: พิมพ์ชื่อกลุ่มให้ตรงกับในแผ่นงาน กิจกรรม",
            f"no group “{contact.group}” in the plan (its ผู้รับผิดชอบ or กลุ่มงาน columns){hint.en}, so no reminder goes "
            "to this group's addresses: type the group as the กิจกรรม sheet does",
        )
