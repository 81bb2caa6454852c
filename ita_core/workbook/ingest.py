"""Turn an untrusted workbook into a ``Plan``, or into the complete list of what to fix.

Every sheet is read and every row checked before anything is decided, so one
pass reports all problems. Per-row work is kept to dictionary look-ups: each
distinct text (a measure, a percentage, a Thai date) is parsed once.
"""

from __future__ import annotations

import gc
import os
import re
import stat
import threading
from collections import Counter
from collections.abc import Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import date
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, Union

from ita_core.dateparse import date_cell_shown
from ita_core.model import Activity, Deadline, Guideline, Measure, Participation, Plan
from ita_core.problems import InvalidWorkbook, Omitted, Problem, Severity, WorkbookRejected
from ita_core.text import Text, is_example
from ita_core.thai import fiscal_year_be, fiscal_year_bounds, format_date_th, to_arabic_digits
from ita_core.workbook import contract, sheets
from ita_core.workbook.safety import Limits, WorkbookScan, inspect_workbook
from ita_core.workbook.sheetgrid import SheetGrid

if TYPE_CHECKING:
    from ita_core.workbook.grid import SheetTable
from ita_core.workbook.tables import ProblemLog, Table, locate_table, missing_column, repeated_headers, summary_rows
from ita_core.workbook.worker import Ticket, Workers, default_workers

Source = bytes | str | os.PathLike[str]
Sheet = Union[SheetGrid, "SheetTable"]  # a sheet as checked, or as Arrow read it (turned into a grid when reached)


@dataclass(frozen=True)
class ReadResult:
    """A plan when the workbook has no errors, and the problems found either way: the first ones of
    each sheet listed, the rest counted per column in ``omitted``."""

    plan: Plan | None
    problems: tuple[Problem, ...]
    omitted: tuple[Omitted, ...] = ()

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity is Severity.ERROR)

    @property
    def error_count(self) -> int:
        """Every error, listed or counted."""
        return len(self.errors) + sum(o.count for o in self.omitted if o.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity is Severity.WARNING)

    @property
    def ok(self) -> bool:
        return self.plan is not None


def read_bytes(source: Source, limits: Limits | None = None) -> bytes:
    """The file's bytes: only a regular file, and never more than the size limit plus one byte.

    ``/dev/zero`` would fill memory and a named pipe would wait forever; a file that grows while
    we read it stops at the limit.
    """
    if isinstance(source, bytes):
        return source
    limits = limits or Limits()
    path = Path(source)
    try:
        # O_NONBLOCK: opening a named pipe must not wait for a writer; fstat then refuses it.
        with os.fdopen(os.open(path, os.O_RDONLY | os.O_NONBLOCK), "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise WorkbookRejected(
                    "ไม่ใช่ไฟล์ธรรมดา (อาจเป็นอุปกรณ์หรือท่อส่งข้อมูล): ระบุไฟล์ .xlsx ที่บันทึกไว้ในเครื่อง",
                    "not a regular file (a device or a pipe?): give a saved .xlsx file",
                )
            data = handle.read(limits.max_file_bytes + 1)
    except OSError as exc:
        raise WorkbookRejected(
            f"เปิดไฟล์ไม่ได้: {path.name} ({exc.strerror})", f"cannot open {path}: {exc.strerror}"
        ) from None
    if len(data) > limits.max_file_bytes:
        raise WorkbookRejected(
            f"ไฟล์ใหญ่เกินกำหนด (เกิน {limits.max_file_bytes / 2**20:.0f} MB): ลบรูปภาพหรือแผ่นงานที่ไม่ใช้ออกก่อน",
            f"the file is too large (over {limits.max_file_bytes / 2**20:.0f} MB)",
        )
    return data


def read_workbook(source: Source, limits: Limits | None = None) -> ReadResult:
    """Read and check a workbook in this process. Raises ``WorkbookRejected`` only for a file that is not
    readable at all. For a file from outside (an upload, a command-line argument), ``read_untrusted``."""
    from ita_core.workbook.native import native_read  # the native readers: only when reading in this process

    data = read_bytes(source, limits)
    scan, tables = native_read(data, limits)
    return check(scan, tables)


def read_untrusted(
    source: Source, limits: Limits | None = None, workers: Workers | None = None, ticket: Ticket | None = None
) -> ReadResult:
    """Read and check a workbook whose native reading runs in a bounded process (``ita_core.workbook.worker``).

    The zip scan (``safety.inspect_workbook``, bounded Python) runs here while calamine reads the same
    file in the bounded process, on the other core; calamine's tables are used only when the scan
    passes, and a scan that refuses the file stops the reading process at once. The sheets arrive one
    by one and are checked as they arrive. Raises ``WorkbookRejected`` for an unreadable file,
    ``WorkerFailed`` when reading it ran out of memory or time or died; this process is never at risk.
    """
    limits = limits or Limits()
    data = read_bytes(source, limits)
    ticket = ticket or Ticket()
    arriving = _Arriving()
    frames = (workers or default_workers()).stream("table_frames", data, asdict(limits), ticket)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="ita-read") as pool:
        pool.submit(arriving.receive, frames)
        try:
            scan = inspect_workbook(data, limits)
            if any(scan.sheets[name].far_cell for name in scan.sheets if contract.sheet_key(name) is not None):
                ticket.cancel()  # calamine would build the whole rectangle up to that cell: the check reports it
                return check(scan, {})
            return check(scan, arriving)
        except BaseException:
            ticket.cancel()
            raise


def _grid(frame: dict[str, Any], part: bytes) -> Sheet:
    """One sheet from the reading process: a JSON grid, or Arrow IPC for a large sheet (``native.table_frames``),
    turned into a grid only when the checks reach it, as the next sheets arrive."""
    name = str(frame["name"])
    if frame.get("format") != "arrow":
        return SheetGrid.unpack(name, part)
    from ita_core.workbook.grid import SheetTable  # Arrow: loaded for large sheets only

    return SheetTable.from_ipc(name, tuple(str(x) for x in frame["letters"]), part)


class _Arriving(Mapping[str, "Sheet"]):
    """The sheets the reading process sends, as they come; asking for one not yet here waits for it."""

    def __init__(self) -> None:
        self._tables: dict[str, Sheet] = {}
        self._ready = threading.Condition()
        self._ended = False
        self._failure: BaseException | None = None

    def receive(self, frames: Iterator[tuple[dict[str, Any], bytes]]) -> None:
        try:
            for frame, part in frames:
                table = _grid(frame, part)
                with self._ready:
                    self._tables[table.name] = table
                    self._ready.notify_all()
        except BaseException as exc:  # handed to whoever waits for a sheet
            self._failure = exc
        finally:
            with self._ready:
                self._ended = True
                self._ready.notify_all()

    def __getitem__(self, name: str) -> Sheet:
        with self._ready:
            self._ready.wait_for(lambda: name in self._tables or self._ended)
            if name in self._tables:
                return self._tables[name]
        if self._failure is not None:
            raise self._failure
        # The scan and calamine disagree about the sheets: a damaged or crafted file.
        raise WorkbookRejected(
            f"อ่านแผ่นงาน “{name}” ไม่ได้ ไฟล์อาจเสียหาย: เปิดใน Excel แล้วบันทึกใหม่",
            f"sheet “{name}” could not be read; the file may be damaged: open it in Excel and save it again",
        )

    def __iter__(self) -> Iterator[str]:
        return iter(dict(self._tables))

    def __len__(self) -> int:
        return len(self._tables)


def check(scan: WorkbookScan, tables: Mapping[str, Sheet]) -> ReadResult:
    """Every check of every sheet, on what the native read found."""
    with _no_gc_pauses():
        return _Ingest(scan, tables).run()


@contextmanager
def _no_gc_pauses() -> Iterator[None]:
    """Building 100,000 rows of records creates no reference cycles, but would trigger many
    full garbage collections that each walk every object built so far."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def load_plan(source: Source, limits: Limits | None = None) -> Plan:
    """The plan of a workbook that must be valid; raises ``InvalidWorkbook`` with all problems otherwise."""
    result = read_workbook(source, limits)
    if result.plan is None:
        raise InvalidWorkbook(result.problems)
    return result.plan


class _Ingest:
    def __init__(self, scan: WorkbookScan, tables: Mapping[str, Sheet]) -> None:
        self.scan = scan
        self.log = ProblemLog()
        self.ctx = sheets.Context(self.log, scan.sheets)
        self.sheet_names = self._match_sheets()
        self.refused = self._far_cells()
        self.tables = tables
        self._grids: dict[str, SheetGrid] = {}

    def grid(self, name: str) -> SheetGrid:
        """A sheet's grid, when first needed (it may still be on its way from the reading process)."""
        if name not in self._grids:
            sheet = self.tables[name]
            if not isinstance(sheet, SheetGrid):
                from ita_core.workbook.grid import grid_of

                sheet = grid_of(sheet)
            self._grids[name] = sheet
        return self._grids[name]

    def _far_cells(self) -> bool:
        """Refuse, before the reader sees them, sheets with a value so far away that reading would
        allocate the whole rectangle up to it (one stray cell at XFD1048576 is 17 billion cells)."""
        for name in self.sheet_names.values():
            far = self.scan.sheets[name].far_cell
            if far is not None:
                self.log.error(
                    name,
                    far,
                    None,
                    f"เซลล์ {far} อยู่ไกลเกินไป (แผนต้องอยู่ในคอลัมน์ A–AZ และไม่เกินแถวที่ 200,000): "
                    "ลบแถว/คอลัมน์ที่ไม่ใช้แล้วบันทึกใหม่ (กด Ctrl+End ใน Excel เพื่อดูว่าเซลล์สุดท้ายอยู่ที่ใด)",
                    f"cell {far} is too far away (a plan fits in columns A–AZ and 200,000 rows): "
                    "delete the unused rows/columns and save again (Ctrl+End in Excel shows the last cell)",
                )
        return self.log.has_errors

    # -- sheets -----------------------------------------------------------------------------

    def _match_sheets(self) -> dict[str, str]:
        found: dict[str, str] = {}
        copies: list[tuple[str, str]] = []
        for name in self.scan.sheets:
            key = contract.sheet_key(name)
            if key is None:
                if (copied := contract.copy_of(name)) is not None:
                    copies.append((name, copied))
                continue
            if key in found:
                self.log.error(
                    name,
                    None,
                    None,
                    f"มีแผ่นงานของ “{contract.spec(key).th}” สองแผ่น (“{found[key]}” และ “{name}”): ลบหรือเปลี่ยนชื่อแผ่นหนึ่ง",
                    f"two sheets for “{key}” (“{found[key]}” and “{name}”): remove or rename one",
                )
                continue
            found[key] = name
        for name, key in copies:
            if key in found:  # beside the sheet it copies (alone, it is the missing sheet's, said below)
                self._copied_sheet(name, found[key])
        available = ", ".join(f"“{n}”" for n in self.scan.sheets) or "-"
        for spec in contract.SHEETS:
            if spec.required and spec.key not in found:
                self.log.error(
                    spec.th,
                    None,
                    None,
                    f"ไม่พบแผ่นงาน “{spec.th}” ({spec.key}): เพิ่มแผ่นงานชื่อนี้ตามแม่แบบ "
                    f"(python -m ita_core template) — แผ่นงานที่มีคือ {available}",
                    f"missing sheet “{spec.th}” ({spec.key}); the workbook has {available}",
                )
        return found

    def _copied_sheet(self, name: str, th: str) -> None:
        """A copy of a sheet we read (Excel names it กิจกรรม (2)) is not read; which of the two holds the latest
        figures cannot be told, and the copy is the one a person would have updated. Said as the two sheets of one
        kind are: an error that asks to keep one."""
        self.log.error(
            name,
            None,
            None,
            f"แผ่นงาน “{name}” ดูเป็นสำเนาของแผ่นงาน “{th}” ซึ่งเป็นแผ่นที่อ่าน: บอกไม่ได้ว่าแผ่นใดเป็นข้อมูลล่าสุด "
            f"ลบแผ่นที่ไม่ใช้ หรือตั้งชื่อแผ่นที่ใช้เป็น “{th}” แล้วเปลี่ยนชื่อแผ่นสำรองให้ไม่ขึ้นต้นด้วย “{th}”",
            f"sheet “{name}” looks like a copy of “{th}”, the sheet that is read: which holds the latest figures "
            f"cannot be told; delete the one not in use, or name the one in use “{th}” and rename the other so it "
            f"does not begin with “{th}”",
        )

    def _table(self, key: str) -> Table | None:
        name = self.sheet_names.get(key)
        if name is None:
            return None
        grid = self.grid(name)
        spec = contract.spec(key)
        if not grid.columns:
            if spec.required:
                self.log.error(
                    name,
                    "A1",
                    None,
                    "แผ่นงานนี้ว่างเปล่า: ใส่ข้อมูลตามแม่แบบ",
                    "this sheet is empty: fill it in as in the template",
                )
            return None
        table = locate_table(grid, spec, self.log, derivable=("measure",) if key == "activities" else ())
        if table is not None:
            self._repeated_headers(table)
            self._summary_rows(table)
            if key == "activities":
                self._continued_rows(table)
            self._spread_merged(table)
            if key == "activities":
                if not table.has("measure"):
                    self._measures_from_ids(table)
                self._headings(table)
            self._hidden_rows(table)
            self._struck(table)
            self._formula_problems(table)
        return table

    def _measures_from_ids(self, table: Table) -> None:
        """No มาตรการ column, as the plan document lays out its table (the measure a heading, each activity
        numbered ๑.๑, ๒.๓ or ๑.๒.๓ under it): where every ลำดับ is written so, its first number is the measure,
        read at the ลำดับ cell and said once. Otherwise the column is missing, as before."""
        ids = table.values("activity_id") if table.has("activity_id") else []
        headings = {row for row, *_ in _headings_of(table, need_measure=False)}
        rows = [r for r in table.data_rows() if r not in headings]
        written = {r: to_arabic_digits(aid).strip() for r in rows if (aid := ids[r]) is not None}
        if not written or not all(_MEASURED_ID.fullmatch(aid) for aid in written.values()):
            missing_column(table.grid, table.spec.column("measure"), table.header_row, self.log)
            table.missing = (*table.missing, "measure")
            return
        column: list[str | None] = [None] * len(ids)
        for r, aid in written.items():
            column[r] = aid.partition(".")[0]
        id_letter = table.letter("activity_id")
        table.positions["measure"] = table.grid.add_column(column, id_letter)
        self.log.warning(
            table.sheet,
            f"{id_letter}{table.header_row + 1}",
            None,
            "ไม่มีคอลัมน์ มาตรการ: อ่านเลขมาตรการจากเลขแรกของลำดับกิจกรรม (1.5 → มาตรการที่ 1): ตรวจว่าถูกต้อง",
            "no มาตรการ (measure) column: each activity's measure is read from the first number of its ลำดับ "
            "(1.5 → measure 1): check that this is right",
        )

    def _repeated_headers(self, table: Table) -> None:
        """Rows that repeat the header are not data: they were errors in every cell that needs a number or a
        date. Skipped, and said once per sheet."""
        self._skip_rows(
            table,
            repeated_headers(table),
            "แถว {rows} ซ้ำหัวตาราง (เช่น ตารางที่คัดลอกจากเอกสารซึ่งพิมพ์หัวตารางทุกหน้า): ข้ามแถวเหล่านี้ ไม่นับเป็นข้อมูล",
            "rows {rows} repeat the header (as in a table copied from a document that prints it on every page): "
            "they are skipped, not read as data",
        )

    def _summary_rows(self, table: Table) -> None:
        """A รวม row under the activities or a หมายเหตุ line is not one of them: skipped, said once per sheet."""
        self._skip_rows(
            table,
            summary_rows(table),
            "แถว {rows} ไม่มีลำดับและขึ้นต้นด้วย รวม หรือ หมายเหตุ จึงอ่านเป็นแถวสรุปหรือหมายเหตุ ไม่ใช่ข้อมูล: ข้ามแถวเหล่านี้ "
            "(ตัวเลขในแถวไม่ถูกนำมาใช้ แดชบอร์ดคำนวณเอง)",
            "rows {rows} have no ลำดับ and begin with รวม (total) or หมายเหตุ (note), so they are read as a "
            "summary or a note, not data: skipped (their figures are not used; the dashboard computes its own)",
        )

    def _skip_rows(self, table: Table, rows: list[int], th: str, en: str) -> None:
        """Rows that are not part of the table: emptied, and one warning naming them (``_say_rows``)."""
        if rows:
            table.grid.clear_rows(set(rows))
            self._say_rows(table, rows, th, en)

    def _say_rows(self, table: Table, rows: list[int], th: str, en: str) -> None:
        """One warning for a sheet's rows, at the first: ``th`` and ``en`` name them where they say {rows}."""
        shown, shown_en = _listed([str(row + 1) for row in rows], 10, "แถว")
        self.log.warning(
            table.sheet, _first_cell(table, rows[0]), None, th.format(rows=shown), en.format(rows=shown_en)
        )

    def _hidden_rows(self, table: Table) -> None:
        """Rows hidden in Excel (by hand, or by a filter) are read like the others: the dashboard would count
        activities the person does not see in the file. Said once per sheet, naming them; a hidden sheet, once."""
        if self.scan.sheets[table.sheet].hidden:
            self.log.warning(
                table.sheet,
                None,
                None,
                f"แผ่นงาน “{table.sheet}” ถูกซ่อนไว้ใน Excel แต่ยังอ่านเป็นข้อมูลและนับในแดชบอร์ด: ตรวจว่าเป็นข้อมูลล่าสุด "
                "(คลิกขวาที่แถบแผ่นงาน > ยกเลิกการซ่อน)",
                f"sheet “{table.sheet}” is hidden in Excel but is read and counted: check that it holds the latest "
                "figures (right-click the sheet tabs > Unhide)",
            )
        hidden = self.scan.sheets[table.sheet].hidden_rows
        if rows := [row for row in table.data_rows() if row + 1 in hidden] if hidden else []:
            self._say_rows(
                table,
                rows,
                "แถว {rows} ถูกซ่อนไว้ใน Excel (หรือถูกตัวกรองซ่อน) แต่ยังอ่านเป็นข้อมูลและนับในแดชบอร์ด: ถ้าไม่ใช่ส่วนของแผน ให้ลบแถวออก",
                "rows {rows} are hidden in Excel (or by a filter) but are read and counted like the others: "
                "delete them if they are not part of the plan",
            )

    def _continued_rows(self, table: Table) -> None:
        """An activity laid out over several rows, its ลำดับ merged down them (a row for each deadline or output,
        as plans often are): one activity. Each column's texts from its rows are read together, a line each (its
        deadlines, its outputs); a column that takes one value and has different ones is an error at the top
        cell. Its rows after the first were a repeated ลำดับ. Said once, naming the rows read so."""
        if not table.has("activity_id"):
            return
        letter = table.letter("activity_id")
        ranges = [
            (first - 1, min(last, len(table.grid.columns[0])))
            for column, first, last in self.scan.sheets[table.sheet].merged_down
            if column == letter and first - 1 > table.header_row
        ]
        continued: list[int] = []
        for top, end in sorted(ranges):
            if table.grid.value(top, table.positions["activity_id"]) is None:
                continue
            for key, pos in table.positions.items():
                self._read_together(table, key, pos, top, end)
            continued.extend(range(top + 1, end))
        if continued:
            table.grid.clear_rows(set(continued))
            self._say_rows(
                table,
                continued,
                "แถว {rows} อ่านรวมกับกิจกรรมในแถวบน เพราะลำดับผสานเซลล์ไว้หลายแถว: ข้อความและกำหนดส่งของทุกแถวเป็นของกิจกรรมนั้น "
                "ตรวจว่าถูกต้อง",
                "rows {rows} are read with the activity above them, as its ลำดับ is merged over them: their texts and "
                "deadlines are that activity's; check that this is right",
            )

    def _read_together(self, table: Table, key: str, pos: int, top: int, end: int) -> None:
        """One column of an activity over rows ``top``–``end`` (0-based, end excluded), into its top cell."""
        column = table.grid.columns[pos]
        values = list(dict.fromkeys(text for text in column[top:end] if text is not None))
        if len(values) < 2:
            column[top] = values[0] if values else None
            return
        values = [date_cell_shown(text) for text in values]  # a date cell among lines of text, as Excel shows it
        kind = table.spec.column(key).kind
        column[top] = (" " if kind is contract.Kind.NAME else "\n").join(values)
        if kind not in (contract.Kind.TEXT, contract.Kind.NAME, contract.Kind.DATES):
            ref = table.ref(key, top)
            shown = ", ".join(values)
            self.log.error(
                table.sheet,
                ref,
                column[top],
                f"กิจกรรมนี้อยู่หลายแถว (ลำดับผสานเซลล์ไว้) แต่คอลัมน์นี้มีหลายค่า ({shown}): ใส่ค่าเดียวในแถวแรกของกิจกรรม",
                f"this activity spans several rows (its ลำดับ is merged) but this column holds several values "
                f"({shown}): give one value, in the activity's first row",
            )
            self.log.explained.add((table.sheet, ref))

    def _struck(self, table: Table) -> None:
        """Text struck through is deleted to the person who struck it, yet it is read like any other. A row struck
        through as a whole (a cancelled activity) is said once per sheet, as hidden rows are; struck text in a cell
        that gives a figure, a date, an id or who is responsible is an error at the cell (an old deadline struck
        beside its new one counted as a deadline too)."""
        struck = self.scan.sheets[table.sheet].struck
        if not struck:
            return
        fields: dict[str, list[str]] = {}
        for key, pos in table.positions.items():
            fields.setdefault(table.grid.letters[pos], []).append(key)
        by_row: dict[int, set[str]] = {}
        for ref in struck:
            letter = ref.rstrip("0123456789")
            row = int(ref[len(letter) :]) - 1
            if letter in fields and row > table.header_row and row not in table.grid.cleared:
                by_row.setdefault(row, set()).add(letter)
        whole = []
        for row, letters in sorted(by_row.items()):
            filled = {letter for letter in fields if table.grid.value(row, table.positions[fields[letter][0]])}
            if filled <= letters:
                whole.append(row)
                continue
            for letter in sorted(letters, key=lambda x: (len(x), x)):
                if any(_gives_figures(table.spec.column(key)) for key in fields[letter]):
                    ref = f"{letter}{row + 1}"
                    value = table.grid.value(row, table.positions[fields[letter][0]])
                    self.log.error(table.sheet, ref, value, *_STRUCK_CELL)
                    self.log.explained.add((table.sheet, ref))
        if whole:
            self._say_rows(
                table,
                whole,
                "แถว {rows} ขีดฆ่าไว้ทั้งแถว แต่ยังอ่านเป็นข้อมูลและนับในแดชบอร์ด: ถ้ายกเลิกแล้ว ให้ลบแถวออก",
                "rows {rows} are struck through but are read and counted like the others: delete them if they were "
                "cancelled",
            )

    def _spread_merged(self, table: Table) -> None:
        """Cells merged down a column of the table (มาตรการ 1 over its activities, as offices often lay
        it out) read as the value the person sees in each row, not as empty cells under the first; said once
        per sheet, so that a merge made by mistake is seen."""
        used = {table.grid.letters[pos]: pos for pos in table.positions.values()}
        spread = [
            f"{letter}{first}:{letter}{last}"
            for letter, first, last in sorted(self.scan.sheets[table.sheet].merged_down, key=_top_then_column)
            if letter in used and first - 1 > table.header_row and table.grid.spread_down(used[letter], first, last)
        ]
        if spread:
            shown, shown_en = _listed(spread, 5, "ช่วง")
            self.log.warning(
                table.sheet,
                spread[0].split(":")[0],
                None,
                f"อ่านเซลล์ที่ผสานไว้ ({shown}) เป็นค่าเดียวกันทุกแถวของช่วง ตามที่เห็นใน Excel: ตรวจว่าถูกต้อง",
                f"merged cells ({shown_en}) are read as the same value in every row of the range, as Excel shows "
                "them: check that this is right",
            )

    def _headings(self, table: Table) -> None:
        """Rows that head the activities below them, as the plan document lays out its table: a row of
        มาตรการที่ ๑ การขับเคลื่อน… (or แนวทางที่ ๑.๑ …) alone, the activities' own cells left empty. Each empty
        มาตรการ (แนวทาง) cell below a heading reads as its number, up to the next heading of its kind (a
        guideline's ends at a measure's too), and the heading is not an activity: they were errors on every
        row. Said once per sheet, naming them."""
        headings = _headings_of(table)
        if not headings:
            return
        filled = set(table.data_rows())
        guidelines = table.has("guideline") and "guidelines" in self.sheet_names  # else a heading only
        for i, (row, _, field, number) in enumerate(headings):
            if field == "guideline" and not guidelines:
                continue
            cells = table.values(field)
            end = next((r for r, _, f, _ in headings[i + 1 :] if f in (field, "measure")), len(cells))
            for below in range(row + 1, end):
                if below in filled and cells[below] is None:
                    cells[below] = number
        table.grid.clear_rows({row for row, _, _, _ in headings})
        letters = table.grid.letters
        shown = [(f"{letters[pos]}{row + 1}", _HEADING_WORDS[field], number) for row, pos, field, number in headings]
        more = " …" if len(shown) > 10 else ""
        th = ", ".join(f"{ref} ({words.th} {number})" for ref, words, number in shown[:10]) + more
        en = ", ".join(f"{ref} ({words.en} {number})" for ref, words, number in shown[:10]) + more
        self.log.warning(
            table.sheet,
            shown[0][0],
            None,
            f"อ่านแถว {th} เป็นหัวข้อของกิจกรรมใต้แถวนั้น (กิจกรรมที่ไม่ได้ใส่เลขมาตรการหรือแนวทางใช้เลขของหัวข้อ): ตรวจว่าถูกต้อง",
            f"rows {en} are read as headings of the activities below them (an activity that gives no measure or "
            "guideline takes the heading's): check that this is right",
        )

    def _formula_problems(self, table: Table) -> None:
        """Cells of the table whose value the fast reader cannot give: a formula saved without its result, or a
        cell showing an Excel error (read as empty, a progress of #DIV/0! was "no report yet"). Errors at them."""
        scan = self.scan.sheets[table.sheet]
        letters = {table.grid.letters[pos] for pos in table.positions.values()}
        unread = dict.fromkeys(scan.formula_without_value) | scan.error_values
        for ref in sorted(unread, key=_ref_order):
            letter = ref.rstrip("0123456789")
            row = int(ref[len(letter) :]) - 1
            if letter in letters and row > table.header_row and row not in table.grid.cleared:
                if (shown := unread[ref]) is None:
                    self.log.error(table.sheet, ref, None, *_NO_RESULT)
                else:
                    self.log.error(
                        table.sheet,
                        ref,
                        shown,
                        f"เซลล์แสดงค่าผิดพลาดของ Excel ({shown}) จึงไม่มีค่าให้อ่าน: แก้สูตรให้ได้ค่าที่ถูกต้อง หรือพิมพ์ค่าแทน",
                        f"the cell shows an Excel error ({shown}), so it has no value to read: fix the formula or "
                        "type the value",
                    )
                self.log.explained.add((table.sheet, ref))

    def _reaching_out(self) -> None:
        """A formula anywhere in the workbook that calls another program, reads another workbook or opens an
        address is an error at its cell: the file is stored and handed back to whoever downloads it."""
        for sheet in self.scan.sheets.values():
            for ref, why in sorted(sheet.reaching_out.items(), key=lambda item: _ref_order(item[0])):
                th, en = _REACHING_OUT[why]
                self.log.error(sheet.name, ref, None, th, en)

    def run(self) -> ReadResult:
        self._reaching_out()
        if self.refused:
            return ReadResult(None, tuple(self.log.problems), self.log.omitted())
        ctx = self.ctx
        name = self.sheet_names.get("unit")
        unit = sheets.unit(self.grid(name), ctx) if name is not None else sheets.UnitInfo()
        measures = sheets.measures(table, ctx) if (table := self._table("measures")) else {}
        guidelines = sheets.guidelines(table, set(measures), ctx) if (table := self._table("guidelines")) else None
        activities: dict[str, Activity] = {}
        from_cells: list[Deadline] = []
        if (table := self._table("activities")) is not None:
            activities, from_cells = sheets.activities(table, set(measures), guidelines, ctx)
        participation = sheets.participation(table, ctx) if (table := self._table("participation")) else []
        kept = self._without_examples(activities, participation, measures, guidelines)
        activities, participation, measures, guidelines = kept
        from_cells = [d for d in from_cells if d.activity_id in activities]
        listed = sheets.deadlines(table, ctx) if (table := self._table("deadlines")) else {}
        contacts = sheets.responsible(table, ctx) if (table := self._table("responsible")) else []
        deadlines = [d for d in from_cells if d.activity_id not in listed]  # the sheet's rows replace the cell's
        self._replaced_deadlines([d for d in from_cells if d.activity_id in listed], listed)
        deadlines += [d for aid in activities for d in listed.get(aid, ())]
        deadlines.sort(key=itemgetter(0))  # by due date, then activity id: two single-key sorts are
        deadlines.sort(key=itemgetter(2))  # several times faster than one on (due, id) tuples
        if ctx.fiscal_year is None:
            ctx.fiscal_year = self._infer_fiscal_year(unit.as_of, deadlines)
        if unit.as_of is None and any(a.progress_reported for a in activities.values()):
            self._no_data_date()
        self._check_deadlines_in_year(deadlines)
        problems = tuple(self.log.problems)
        if self.log.has_errors:
            return ReadResult(None, problems, self.log.omitted())
        plan = Plan(
            unit=unit.unit,
            fiscal_year_be=ctx.fiscal_year,
            as_of=unit.as_of,
            measures=tuple(sorted(measures.values())),
            activities=tuple(activities.values()),
            deadlines=tuple(deadlines),
            participation=tuple(participation),
            warnings=problems,
            guidelines=tuple(sorted((guidelines or {}).values(), key=lambda g: (g.measure, _id_order(g.guideline_id)))),
            form=unit.form,
            contacts=tuple(contacts),
        )
        return ReadResult(plan, problems, self.log.omitted())

    # -- whole plan -------------------------------------------------------------------------------

    def _without_examples(
        self,
        activities: dict[str, Activity],
        participation: list[Participation],
        measures: dict[int, Measure],
        guidelines: dict[str, Guideline] | None,
    ) -> tuple[dict[str, Activity], list[Participation], dict[int, Measure], dict[str, Guideline] | None]:
        """The template's example rows (ตัวอย่าง: …) left beside real ones are not data: an example's 8 of 10
        people showed on the participation page as a group of the plan. Skipped, with one warning naming them;
        a file of examples alone (the template untouched) is read, and says so."""
        if "ตัวอย่าง" not in "".join(a.name for a in activities.values()):  # one look (C speed) at 100,000 names
            return activities, participation, measures, guidelines
        examples = [a for a in activities.values() if is_example(a.name)]
        if not examples:
            return activities, participation, measures, guidelines
        sheet, _, cell = examples[0].source.partition("!")
        if len(examples) == len(activities):
            self.log.warning(
                sheet,
                cell,
                None,
                "ไฟล์นี้มีแต่แถวตัวอย่างของแม่แบบ (ขึ้นต้นด้วย “ตัวอย่าง:”): ใส่ข้อมูลจริงแทนแถวตัวอย่างก่อนเผยแพร่",
                "this file holds only the template's example rows (beginning “ตัวอย่าง:”): put the real plan in "
                "their place before publishing",
            )
            return activities, participation, measures, guidelines
        kept = {aid: a for aid, a in activities.items() if not is_example(a.name)}
        people: list[Participation] = []
        gone: list[Participation] = []
        for p in participation:
            (gone if p.activity_id not in kept or is_example(p.group) else people).append(p)
        used = {a.measure for a in kept.values()}
        shown = [a.source for a in examples] + [p.source for p in gone]
        self.log.warning(
            sheet,
            cell,
            None,
            f"แถวตัวอย่างของแม่แบบ (ขึ้นต้นด้วย “ตัวอย่าง:”) ยังอยู่ในไฟล์ ({', '.join(shown[:10])}): ข้ามแถวเหล่านี้ "
            "ไม่นับเป็นข้อมูล (ลบออกได้)",
            f"the template's example rows (beginning “ตัวอย่าง:”) are still in the file ({', '.join(shown[:10])}): "
            "they are skipped, not read as data (delete them)",
        )
        measures = {n: m for n, m in measures.items() if not (is_example(m.name) and n not in used)}
        if guidelines is not None:
            named = {a.guideline for a in kept.values()}
            guidelines = {g: x for g, x in guidelines.items() if not (is_example(x.name) and g not in named)}
        return kept, people, measures, guidelines

    def _replaced_deadlines(self, replaced: list[Deadline], listed: dict[str, list[Deadline]]) -> None:
        """A date in an activity's own กำหนดส่ง cell that its rows in the กำหนดส่ง sheet (which replace the cell)
        do not list: dropped without a word before; now a warning at the cell, since it may still be due."""
        days = {aid: {row.due for row in rows} for aid, rows in listed.items()}
        for d in replaced:
            if d.due not in days[d.activity_id]:
                sheet, _, cell = d.source.partition("!")
                shown = format_date_th(d.due, "long")
                self.log.warning(
                    sheet,
                    cell,
                    None,
                    f"กำหนดส่ง {shown} ในเซลล์นี้ไม่อยู่ในแผ่นงาน กำหนดส่ง ซึ่งใช้แทนเซลล์นี้สำหรับกิจกรรม {d.activity_id}: "
                    "ถ้ายังต้องส่ง ให้เพิ่มเป็นแถวในแผ่นงาน กำหนดส่ง หรือลบออกจากเซลล์",
                    f"the deadline {d.due.isoformat()} in this cell is not in the กำหนดส่ง sheet, whose rows replace "
                    f"this cell for activity {d.activity_id}: if it is still due, add it there, or remove it here",
                )

    def _no_data_date(self) -> None:
        """Results without the day they are for: the dashboard then takes them as of the day they are published
        and judges deadlines at the day it is opened, which a person should know before publishing."""
        sheet = self.sheet_names.get("unit", contract.UNIT.th)
        self.log.warning(
            sheet,
            None,
            None,
            "ไม่ได้ใส่ ข้อมูล ณ วันที่: ผลการดำเนินการจะถือเป็นของวันที่เผยแพร่ และกำหนดส่งจะประเมิน ณ วันที่เปิดดู "
            "ถ้าผลเป็นของวันก่อนหน้า ให้ใส่วันที่นั้นในแผ่นงาน ข้อมูลหน่วยงาน",
            "no ข้อมูล ณ วันที่ (data date): the results are taken as of the day they are published and deadlines "
            "are judged at the day the dashboard is opened; if the results are of an earlier day, give it in the "
            "unit sheet",
        )

    def _infer_fiscal_year(self, as_of: date | None, deadlines: list[Deadline]) -> int | None:
        if as_of is not None:
            year: int | None = fiscal_year_be(as_of)
        elif deadlines:
            year = Counter(fiscal_year_be(d.due) for d in deadlines).most_common(1)[0][0]
        else:
            return None
        sheet = self.sheet_names.get("unit", contract.UNIT.th)
        self.log.warning(
            sheet,
            None,
            None,
            f"ไม่ได้ระบุปีงบประมาณ จึงใช้ปีงบประมาณ {year} ตามวันที่ในแผน: ระบุ ปีงบประมาณ ในแผ่นงาน ข้อมูลหน่วยงาน",
            f"no fiscal year given; using {year} from the plan's dates: set ปีงบประมาณ in the unit sheet",
        )
        return year

    def _check_deadlines_in_year(self, deadlines: list[Deadline]) -> None:
        year = self.ctx.fiscal_year
        if year is None:
            return
        first, last = fiscal_year_bounds(year)
        for d in [d for d in deadlines if not first <= d.due <= last]:
            sheet, _, cell = d.source.partition("!")
            self.log.warning(
                sheet,
                cell,
                None,
                f"กำหนดส่งอยู่นอกปีงบประมาณ {year}: ตรวจปี พ.ศ. ที่พิมพ์",
                f"deadline outside fiscal year {year}: check the year typed",
            )


# A row heading the activities of a measure (มาตรการที่ ๑ …, มาตรการ 2 …) or of a guideline (แนวทางที่ ๑.๑ …),
# with nothing else in the row: the field it gives the rows below, and how it is written.
_HEADINGS = (("measure", sheets.MEASURE_NUMBERED), ("guideline", sheets.GUIDELINE_NUMBERED))
_HEADING_WORDS = {"measure": Text("มาตรการ", "measure"), "guideline": Text("แนวทาง", "guideline")}


def _headings_of(table: Table, *, need_measure: bool = True) -> list[tuple[int, int, str, str]]:
    """The activities table's heading rows: (row, column, the field it gives, its number in Arabic digits).
    Only a row with nothing but the heading is one: in any column, or in the ลำดับ column itself, as the plan
    document writes it."""
    if not table.has("activity_id") or (need_measure and not table.has("measure")):
        return []
    ids, grid, id_pos = table.values("activity_id"), table.grid, table.positions["activity_id"]
    found = []
    for row in table.data_rows():
        own = ids[row]
        lone = grid.lone_value(row) if own is None or own[:1].isalpha() else None
        if lone is not None and (own is None or lone[0] == id_pos):
            for field, pattern in _HEADINGS:
                if m := pattern.match(lone[1]):
                    found.append((row, lone[0], field, to_arabic_digits(m[1])))
                    break
    return found


_REACHING_OUT = {
    "dde": (
        "สูตรในเซลล์นี้สั่งโปรแกรมอื่นให้ทำงาน (DDE) ซึ่งอันตรายต่อผู้ที่เปิดไฟล์ต่อ: ลบสูตรแล้วพิมพ์ค่าแทน",
        "this cell's formula runs another program (DDE), a danger to whoever opens the file next: "
        "delete the formula and type the value",
    ),
    "workbook": (
        "สูตรในเซลล์นี้อ้างถึงไฟล์อื่น: คัดลอกแล้ววางเป็นค่า (วางแบบพิเศษ > ค่า) แทนสูตร",
        "this cell's formula refers to another workbook: paste its value (Paste Special > Values) instead",
    ),
    "address": (
        "สูตรในเซลล์นี้เปิดหรือดึงข้อมูลจากที่อยู่อื่น (เช่น HYPERLINK, WEBSERVICE): ลบสูตรแล้วพิมพ์ข้อความแทน",
        "this cell's formula opens or fetches an address (e.g. HYPERLINK, WEBSERVICE): delete it and type the text",
    ),
}


_MEASURED_ID = re.compile(r"[0-9]+(?:\.[0-9]+)+")  # 1.5 (measure 1, its fifth activity), 1.2.3 (under guideline 1.2)


_NO_RESULT = (
    "เซลล์มีสูตรแต่ไฟล์ไม่ได้บันทึกผลลัพธ์ของสูตรไว้ (มักเกิดกับไฟล์ที่สร้างด้วยโปรแกรม): เปิดไฟล์ใน Excel แล้วบันทึกอีกครั้ง หรือพิมพ์ค่าแทนสูตร",
    "formula saved without its computed value: open and save the file in Excel, or type the value",
)
_STRUCK_CELL = (
    "เซลล์นี้มีข้อความขีดฆ่า ซึ่งระบบอ่านเหมือนข้อความอื่น (ค่าเดิมที่ขีดฆ่าไว้ เช่น กำหนดส่งเดิม ยังนับอยู่): ลบข้อความที่ขีดฆ่าออก แล้วบันทึกใหม่",
    "this cell holds text struck through, which is read like any other (an old value struck through, such as an old "
    "deadline, still counts): delete the struck text and save again",
)


def _gives_figures(column: contract.Column) -> bool:
    """A column whose text the dashboard turns into figures, dates or groups; the rest is shown as typed."""
    return column.kind not in (contract.Kind.TEXT, contract.Kind.NAME) or column.field in ("responsible", "group")


def _listed(items: list[str], most: int, unit: str) -> tuple[str, str]:
    """The first ``most`` of the rows or ranges a warning names, and how many more (Thai, English)."""
    more = len(items) - most
    shown = ", ".join(items[:most])
    return shown + (f" และอีก {more} {unit}" if more > 0 else ""), shown + (f" and {more} more" if more > 0 else "")


def _first_cell(table: Table, row: int) -> str:
    """The cell of a 0-based grid row in the table's first column: where a warning about the row points."""
    return f"{table.grid.letters[min(table.positions.values())]}{row + 1}"


def _top_then_column(merged: tuple[str, int, int]) -> tuple[int, int, str]:
    letter, first, _ = merged
    return first, len(letter), letter


def _ref_order(ref: str) -> tuple[int, str]:
    letters = ref.rstrip("0123456789")
    return int(ref[len(letters) :]), letters


def _id_order(text: str) -> tuple[int | str, ...]:
    """Sort 1.2 before 1.10."""
    return tuple(int(part) if part.isdigit() else part for part in text.split("."))
