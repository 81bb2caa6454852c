"""Turn an untrusted workbook into a ``Plan``, or into the complete list of what to fix.

Every sheet is read and every row checked before anything is decided, so one
pass reports all problems. Per-row work is kept to dictionary look-ups: each
distinct text (a measure, a percentage, a Thai date) is parsed once.
"""

from __future__ import annotations

import gc
import os
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

from ita_core.activity_notes import activity_note, note_problem
from ita_core.dateparse import DateParse
from ita_core.model import Activity, Deadline, Guideline, Measure, Participation, Plan
from ita_core.problems import InvalidWorkbook, Omitted, Problem, Severity, WorkbookRejected
from ita_core.text import Text, is_example
from ita_core.thai import fiscal_year_be, fiscal_year_bounds, format_date_th
from ita_core.workbook import contract, sheets
from ita_core.workbook.layout import Layout, ref_order
from ita_core.workbook.safety import Limits, WorkbookScan, inspect_workbook
from ita_core.workbook.sheetgrid import SheetGrid

if TYPE_CHECKING:
    from ita_core.workbook.grid import SheetTable
from ita_core.workbook.tables import ProblemLog, Table, locate_table, plan_table_in
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
    arriving = _Arriving(arrow_likely=len(data) > ARROW_LIKELY_BYTES)
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


# A file this large most likely holds a sheet sent as Arrow (``native.JSON_CELLS``): a hint, never a rule.
ARROW_LIKELY_BYTES = 2 << 20


class _Arriving(Mapping[str, "Sheet"]):
    """The sheets the reading process sends, as they come; asking for one not yet here waits for it."""

    def __init__(self, *, arrow_likely: bool = False) -> None:
        self._arrow_likely = arrow_likely
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
                if self._arrow_likely:  # import Arrow while calamine reads on, not once its large sheet is here
                    self._arrow_likely = False
                    import ita_core.workbook.grid  # noqa: F401
        except BaseException as exc:  # handed to whoever waits for a sheet
            self._failure = exc
        finally:
            with self._ready:
                self._ended = True
                self._ready.notify_all()

    def get(self, name: str, default: Sheet | None = None) -> Sheet | None:  # type: ignore[override]
        """A sheet if the reading process sent it, waiting until it does or ends; never a failure (for the
        first rows of a sheet that is not read: the reading process may have been unable to look at it)."""
        with self._ready:
            self._ready.wait_for(lambda: name in self._tables or self._ended)
            return self._tables.get(name, default)

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
        self.notes: list[tuple[str, str, str]] = []  # rows set aside as notes, by sheet and cell (``Layout``)

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
                elif (like := contract.named_after(name)) is not None:
                    self._not_read(name, contract.spec(like).th)
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

    def _not_read(self, name: str, th: str) -> None:
        """A sheet named after one we read (กิจกรรม (เพิ่มเติม), กิจกรรม มาตรการ 3): its rows were left out without a
        word, and it may hold activities the plan then lacks. Said, not refused: it may be last year's."""
        self.log.warning(
            name,
            None,
            None,
            f"แผ่นงาน “{name}” ไม่ได้อ่าน: แผนอ่านจากแผ่นงาน “{th}” เท่านั้น ถ้าแผ่นนี้มีข้อมูลของแผน "
            f"ให้ย้ายไปไว้ในแผ่นงาน “{th}” (ถ้าเป็นข้อมูลเก่าหรือข้อมูลอื่น ไม่ต้องทำอะไร)",
            f"sheet “{name}” is not read: the plan is read from the sheet “{th}” only; if this one holds part of "
            f"the plan, move it there (if it is old or other data, nothing needs doing)",
        )

    def _plan_tables_elsewhere(self) -> None:
        """A sheet not read (``Sheet1``, ``แผ่นงานเพิ่ม``) whose first rows hold a table of the plan: its rows were
        left out without a word. Said, not refused: it may be last year's, or a copy kept for reference. Sheets
        named after one that is read, or copies of one, are said already (``_not_read``, ``_copied_sheet``)."""
        for name in filter(contract.looked_over, self.scan.sheets):
            if self.tables.get(name) is None or (found := plan_table_in(self.grid(name))) is None:
                continue
            more = len(found.titles) - 4
            titles = ", ".join(found.titles[:4])
            titles_th, titles_en = (
                (f"{titles} และอีก {more} คอลัมน์", f"{titles} and {more} more") if more > 0 else (titles, titles)
            )
            self.log.warning(
                name,
                found.cell,
                None,
                f"แผ่นงาน “{name}” ไม่ได้อ่าน แต่มีตารางที่หัวคอลัมน์เหมือนแผ่นงาน “{found.spec.th}” ({titles_th}): "
                f"ถ้าแถวในตารางนี้เป็นส่วนหนึ่งของแผน ให้ย้ายไปไว้ในแผ่นงาน “{found.spec.th}” "
                "(ถ้าเป็นข้อมูลเก่าหรือข้อมูลอื่น ไม่ต้องทำอะไร)",
                f"sheet “{name}” is not read, but holds a table with the column titles of the sheet "
                f"“{found.spec.th}” ({titles_en}): if its rows are part of the plan, move them there "
                "(if it is old or other data, nothing needs doing)",
            )

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
            Layout(self.scan.sheets[name], self.log, "guidelines" in self.sheet_names, self.notes).shape(table, key)
        return table

    def _reaching_out(self) -> None:
        """A formula anywhere in the workbook that calls another program, reads another workbook or opens an
        address is an error at its cell: the file is stored and handed back to whoever downloads it."""
        for sheet in self.scan.sheets.values():
            for ref, why in sorted(sheet.reaching_out.items(), key=lambda item: ref_order(item[0])):
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
            ctx.fiscal_year = self._infer_fiscal_year(unit.as_of, deadlines, said=not unit.year_typed)
        if not unit.as_of_typed and any(a.progress_reported for a in activities.values()):
            self._no_data_date()
        self._check_deadlines_in_year(deadlines)
        if self.ctx.elsewhere:
            self._kept_elsewhere({d.activity_id for d in deadlines if d.submitted is None}, participation)
        if self.notes or self.ctx.cued_days:  # what notes and words beside the rows say, against the deadlines
            days: dict[str, set[date]] = {}
            for deadline in deadlines:
                days.setdefault(deadline.activity_id, set()).add(deadline.due)
            self._activity_notes(activities, days)
            self._days_in_words(days)
        self._plan_tables_elsewhere()
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

    def _kept_elsewhere(self, unsent: set[str], participation: list[Participation]) -> None:
        """A day sent, or people who took part, in a column the activities sheet has no place for, where the
        กำหนดส่ง sheet does not mark the activity's deadlines sent or การมีส่วนร่วม has no row for it: they showed as
        not sent, and overdue, or the activity had no participation, without a word but "not in the template"."""
        joined = {p.activity_id for p in participation}
        for kind, aid, sheet, cell, column, text in self.ctx.elsewhere:
            if kind == "sent" and aid in unsent:
                self.log.error(
                    sheet,
                    cell,
                    text,
                    f"คอลัมน์ {column} ไม่มีในแผ่นงานกิจกรรมของแบบฟอร์ม จึงไม่ได้นำเข้า และกำหนดส่งของกิจกรรม {aid} จะแสดงว่า"
                    "ยังไม่ส่ง (เกินกำหนดเมื่อพ้นวัน): ใส่วันที่ส่งในแผ่นงาน กำหนดส่ง คอลัมน์ วันที่ส่ง แถวละหนึ่งกำหนดส่ง "
                    "แล้วลบคอลัมน์นี้",
                    f"the activities sheet of the form has no {column} column, so it is not read, and activity {aid}'s "
                    "deadlines would show as not sent (overdue once due): put the day sent under วันที่ส่ง in the "
                    "กำหนดส่ง sheet, a row per deadline, then delete this column",
                )
            elif kind == "joined" and aid not in joined:
                self.log.error(
                    sheet,
                    cell,
                    text,
                    f"คอลัมน์ {column} ไม่มีในแผ่นงานกิจกรรมของแบบฟอร์ม จึงไม่ได้นำเข้า และกิจกรรม {aid} จะไม่มีผลการมีส่วนร่วม: "
                    "ใส่จำนวนผู้เข้าร่วมและบุคลากรทั้งหมดในแผ่นงาน การมีส่วนร่วม แล้วลบคอลัมน์นี้",
                    f"the activities sheet of the form has no {column} column, so it is not read, and activity {aid} "
                    "would have no participation: put who took part and the headcount in the การมีส่วนร่วม sheet, "
                    "then delete this column",
                )

    def _days_in_words(self, days: dict[str, set[date]]) -> None:
        """A day a cell of words says is due (ส่งรายงาน 30 มิ.ย. 66 under ระยะเวลา) that is none of its activity's
        deadlines (``days``), or one written in a way the reader asks about: it was dropped without a word. A
        warning beside other deadlines; an error when the activity has none (it was never due, never overdue)."""
        for aid, sheet, cell, column, text, parsed in self.ctx.cued_days:
            if (said := _day_in_words(aid, column, parsed, days.get(aid, set()))) is not None:
                say = self.log.error if said[0] is Severity.ERROR else self.log.warning
                say(sheet, cell, text, said[1].th, said[1].en)

    def _activity_notes(self, activities: dict[str, Activity], days: dict[str, set[date]]) -> None:
        """A note row under a table that names an activity with a day, a move or a cancellation: kept in that
        activity's remarks and said, as a Word plan's note is (it was skipped with the totals, its move unread).
        ``days``: each activity's deadlines."""
        for sheet, cell, text in self.notes:
            if (note := activity_note(text, activities, self.ctx.fiscal_year)) is None:
                continue
            for activity_id in note.activity_ids:
                kept = activities[activity_id]
                activities[activity_id] = kept._replace(remarks="\n".join(filter(None, (kept.remarks, note.text))))
            said, severity = note_problem(note, days)
            say = self.log.error if severity is Severity.ERROR else self.log.warning
            say(sheet, cell, note.text, said.th, said.en)

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

    def _infer_fiscal_year(self, as_of: date | None, deadlines: list[Deadline], *, said: bool) -> int | None:
        """The year the plan's dates point to; ``said`` unless a year typed was refused at its cell already
        (beside its own error, "no fiscal year given" was not so)."""
        if as_of is not None:
            year: int | None = fiscal_year_be(as_of)
        elif deadlines:
            year = Counter(fiscal_year_be(d.due) for d in deadlines).most_common(1)[0][0]
        else:
            return None
        if not said:
            return year
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
            if first - sheets.FAR_FROM_YEAR <= d.due <= last + sheets.FAR_FROM_YEAR:
                self.log.warning(
                    sheet,
                    cell,
                    None,
                    f"กำหนดส่งอยู่นอกปีงบประมาณ {year}: ตรวจปี พ.ศ. ที่พิมพ์",
                    f"deadline outside fiscal year {year}: check the year typed",
                )
                continue
            self.log.error(  # a year mistyped (2556 for 2566), or Excel's reading of 30/6/66 as 1966: overdue for ever
                sheet,
                cell,
                None,
                f"กำหนดส่ง {format_date_th(d.due)} ห่างจากปีงบประมาณ {year} เกินหนึ่งปี: ตรวจปีที่พิมพ์ (Excel อาจอ่าน 30/6/66 "
                "เป็นปี ค.ศ. 1966: พิมพ์ปี พ.ศ. 4 หลัก เช่น 30/6/2566)",
                f"the deadline {d.due.isoformat()} is more than a year from fiscal year {year}: check the year typed "
                "(Excel may read 30/6/66 as 1966: type a four-digit Buddhist-era year, e.g. 30/6/2566)",
            )


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


def _id_order(text: str) -> tuple[int | str, ...]:
    """Sort 1.2 before 1.10."""
    return tuple(int(part) if part.isdigit() else part for part in text.split("."))


def _day_in_words(aid: str, column: str, parsed: DateParse, own: set[date]) -> tuple[Severity, Text] | None:
    """What to say of a day due written in a column of words (``_Ingest._days_in_words``), against its activity's
    own deadlines."""
    if parsed.error is None:
        if not (apart := [d.value for d in parsed.dates if d.value not in own]):
            return None
        shown, shown_en = ", ".join(map(format_date_th, apart)), ", ".join(d.isoformat() for d in apart)
        gives = Text(f"คอลัมน์ {column} บอกวันที่ต้องส่ง ({shown})", f"its {column} column gives a day due ({shown_en})")
    else:
        gives = Text(
            f"คอลัมน์ {column} บอกวันที่ต้องส่งที่อ่านไม่ได้ ({parsed.error.th})",
            f"its {column} column gives a day due that cannot be read ({parsed.error.en})",
        )
    if own:
        return Severity.WARNING, Text(
            f"{gives.th} ที่ไม่อยู่ในกำหนดส่งของกิจกรรม {aid} จึงไม่นับเป็นกำหนดส่ง: ถ้าเป็นกำหนดส่ง ใส่ในคอลัมน์ กำหนดส่ง ด้วย",
            f"{gives.en[0].upper()}{gives.en[1:]}, none of activity {aid}'s deadlines, so it is not counted: if it is "
            "one, add it under กำหนดส่ง",
        )
    return Severity.ERROR, Text(
        f"กิจกรรม {aid} ไม่มีกำหนดส่ง แต่{gives.th}: ใส่ในคอลัมน์ กำหนดส่ง "
        "(กำหนดส่งอ่านจากคอลัมน์ กำหนดส่ง เท่านั้น ไม่เช่นนั้นกิจกรรมนี้จะไม่มีวันครบกำหนด)",
        f"activity {aid} has no deadline, but {gives.en}: put it under กำหนดส่ง (deadlines are read from that column "
        "only; else this activity is never due)",
    )
