"""Check the rows of the table sheets (กิจกรรม, การมีส่วนร่วม, กำหนดส่ง) and build their records.

These loops run once per row of workbooks with up to 100,000 rows, so each
row costs only dictionary look-ups: every distinct cell text (a measure, a
percentage, a Thai date) is parsed once by a ``Memo``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Generic, TypeVar

from ita_core.dateparse import DateFound, DateParse, parse_date_cell
from ita_core.model import WHOLE_UNIT, Activity, Deadline, Guideline, Participation
from ita_core.workbook import cells
from ita_core.workbook.safety import SheetScan
from ita_core.workbook.tables import ProblemLog, Table

K = TypeVar("K")
V = TypeVar("V")


class Memo(dict[K, V], Generic[K, V]):
    """A dict that computes a missing value once; hits cost a C-level look-up."""

    def __init__(self, compute: Callable[[K], V]) -> None:
        super().__init__()
        self.compute = compute

    def __missing__(self, key: K) -> V:
        value = self[key] = self.compute(key)
        return value


@dataclass
class Context:
    """What row checks need to know about the rest of the workbook."""

    log: ProblemLog
    scans: dict[str, SheetScan]
    fiscal_year: int | None = None
    known_ids: set[str] = field(default_factory=set)  # every id typed in กิจกรรม, even on rows with errors

    def dates(self) -> Memo[str, DateParse]:
        return Memo(lambda raw: parse_date_cell(raw, self.fiscal_year))

    def percent_rows(self, table: Table, key: str) -> set[int]:
        """0-based rows whose cell in this column is formatted as a percentage (Excel stores 50% as 0.5)."""
        if not table.has(key):
            return set()
        letter = table.letter(key)
        n = len(letter)
        return {
            int(ref[n:]) - 1
            for ref in self.scans[table.sheet].percent_cells
            if ref[:n] == letter and ref[n : n + 1].isdigit()
        }


def _percentages(ctx: Context, table: Table, key: str) -> Callable[[int, str], Decimal | cells.Fix]:
    plain: Memo[str, Decimal | cells.Fix] = Memo(lambda raw: cells.percentage(raw, False))
    scaled: Memo[str, Decimal | cells.Fix] = Memo(lambda raw: cells.percentage(raw, True))
    rows = ctx.percent_rows(table, key)
    if not rows:
        return lambda _row, raw: plain[raw]
    return lambda row, raw: scaled[raw] if row in rows else plain[raw]


def guidelines(table: Table, known_measures: set[int], ctx: Context) -> dict[str, Guideline]:
    """The แนวทาง of each measure, by id (1.1, 1.2 …)."""
    found: dict[str, Guideline] = {}
    if table.missing:
        return found
    log, sheet = ctx.log, table.sheet
    measures, ids, names = table.values("measure"), table.values("guideline"), table.values("guideline_name")
    report_names = table.values("report_name")
    first: dict[str, str] = {}
    for row in table.data_rows():
        raw_measure, raw_id, name = measures[row], ids[row], (names[row] or "").strip()
        measure = cells.measure_number(raw_measure) if raw_measure is not None else None
        problem = False
        if not isinstance(measure, int):
            fix = measure if isinstance(measure, cells.Fix) else cells.Fix("ไม่ได้ใส่เลขมาตรการ", "the measure is empty")
            log.error(sheet, table.ref("measure", row), raw_measure, fix.th, fix.en)
            problem = True
        elif measure not in known_measures:
            log.error(
                sheet,
                table.ref("measure", row),
                raw_measure,
                f"ไม่มีมาตรการ {measure} ในแผ่นงาน มาตรการ: เพิ่มมาตรการนี้หรือแก้เลขมาตรการ",
                f"measure {measure} is not in the measures sheet",
            )
            problem = True
        if raw_id is None:
            log.error(sheet, table.ref("guideline", row), None, "ไม่ได้ใส่เลขแนวทาง เช่น 1.2", "the guideline id is empty")
            continue
        gid = cells.activity_id(raw_id)
        if gid in first:
            log.error(
                sheet,
                table.ref("guideline", row),
                raw_id,
                f"แนวทาง {gid} ซ้ำกับเซลล์ {first[gid]}: ลบแถวที่ซ้ำ",
                f"guideline {gid} repeats {first[gid]}",
            )
            continue
        first[gid] = table.ref("guideline", row)
        if not name:
            log.error(sheet, table.ref("guideline_name", row), None, "ไม่ได้ใส่ชื่อแนวทาง", "the guideline name is empty")
            problem = True
        if not problem and isinstance(measure, int):
            found[gid] = Guideline(measure, gid, name, (report_names[row] or "").strip())
    return found


def _guideline_problem(gid: str, measure: int, known: dict[str, Guideline] | None) -> cells.Fix | None:
    if known is None:
        return cells.Fix(
            f"กิจกรรมระบุแนวทาง {gid} แต่ไม่มีแผ่นงาน แนวทาง: เพิ่มแผ่นงาน แนวทาง หรือลบค่าในคอลัมน์นี้",
            f"the activity names guideline {gid} but there is no แนวทาง sheet",
        )
    if gid not in known:
        return cells.Fix(
            f"ไม่มีแนวทาง {gid} ในแผ่นงาน แนวทาง: เพิ่มแนวทางนี้หรือแก้เลขแนวทาง",
            f"guideline {gid} is not in the แนวทาง sheet",
        )
    if known[gid].measure != measure:
        return cells.Fix(
            f"แนวทาง {gid} อยู่ในมาตรการที่ {known[gid].measure} แต่กิจกรรมนี้อยู่ในมาตรการที่ {measure}",
            f"guideline {gid} belongs to measure {known[gid].measure}, the activity to measure {measure}",
        )
    return None


def activities(
    table: Table, known_measures: set[int], known_guidelines: dict[str, Guideline] | None, ctx: Context
) -> tuple[dict[str, Activity], dict[str, list[Deadline]]]:
    """Activities by id, and the deadlines typed in their กำหนดส่ง cells."""
    log, sheet = ctx.log, table.sheet
    ids = table.values("activity_id")
    parse_id = Memo(cells.activity_id)
    if table.missing:
        ctx.known_ids = {parse_id[raw] for raw in (ids[r] for r in table.data_rows()) if raw is not None}
        return {}, {}

    col = table.values
    measure_col, names, dues, progress_col = col("measure"), col("activity"), col("due"), col("progress_pct")
    details, outputs, outcomes, responsible = col("details"), col("output"), col("outcome"), col("responsible")
    evidence, remarks, periods = col("evidence"), col("remarks"), col("period")
    guideline_col, actions, achieved_outputs, achieved_outcomes, report_titles = (
        col("guideline"),
        col("actions"),
        col("achieved_output"),
        col("achieved_outcome"),
        col("report_title"),
    )
    id_l, measure_l, name_l = table.letter("activity_id"), table.letter("measure"), table.letter("activity")
    due_l, progress_l = table.letter("due"), table.letter("progress_pct")
    parse_measure = Memo(cells.measure_number)
    parse_due = ctx.dates()
    parse_progress = _percentages(ctx, table, "progress_pct")
    zero = Decimal(0)

    result: dict[str, Activity] = {}
    deadlines: dict[str, list[Deadline]] = {}
    first_row: dict[str, int] = {}
    for row in table.data_rows():
        n = row + 1
        raw_id = ids[row]
        if raw_id is None:
            log.error(sheet, f"{id_l}{n}", None, "ไม่ได้ใส่ลำดับกิจกรรม เช่น 1.5", "the activity id is empty, e.g. 1.5")
            continue
        aid = parse_id[raw_id]
        if aid in first_row:
            _duplicate_id(log, sheet, id_l, n, raw_id, aid, first_row[aid])
            continue
        first_row[aid] = n
        ok = True

        raw_measure = measure_col[row]
        measure = parse_measure[raw_measure] if raw_measure is not None else None
        if measure is None:
            log.error(sheet, f"{measure_l}{n}", None, "ไม่ได้ใส่เลขมาตรการ", "the measure number is empty")
            ok = False
        elif isinstance(measure, cells.Fix):
            log.error(sheet, f"{measure_l}{n}", raw_measure, measure.th, measure.en)
            ok = False
        elif measure not in known_measures:
            log.error(
                sheet,
                f"{measure_l}{n}",
                raw_measure,
                f"ไม่มีมาตรการ {measure} ในแผ่นงาน มาตรการ: เพิ่มมาตรการนี้ในแผ่นงาน มาตรการ หรือแก้เลขมาตรการ",
                f"measure {measure} is not in the measures sheet: add it there or fix the number",
            )
            ok = False

        name = names[row]
        if name is None:
            log.error(sheet, f"{name_l}{n}", None, "ไม่ได้ใส่ชื่อโครงการ/กิจกรรม", "the activity name is empty")
            ok = False

        raw_progress = progress_col[row]
        progress: Decimal | cells.Fix = zero if raw_progress is None else parse_progress(row, raw_progress)
        if isinstance(progress, cells.Fix):
            log.error(sheet, f"{progress_l}{n}", raw_progress, progress.th, progress.en)
            ok = False

        raw_due = dues[row]
        found: tuple[DateFound, ...] = ()
        if raw_due is not None:
            parsed = parse_due[raw_due]
            if parsed.error is not None:
                log.error(sheet, f"{due_l}{n}", raw_due, parsed.error.th, parsed.error.en)
                ok = False
            found = parsed.dates

        raw_guideline = guideline_col[row]
        guideline = parse_id[raw_guideline] if raw_guideline is not None else ""
        if guideline and isinstance(measure, int):
            fix = _guideline_problem(guideline, measure, known_guidelines)
            if fix is not None:
                log.error(sheet, table.ref("guideline", row), raw_guideline, fix.th, fix.en)
                ok = False

        if ok:
            result[aid] = Activity(
                aid,
                measure,  # type: ignore[arg-type]  # an int when ok
                name.strip(),  # type: ignore[union-attr]
                details[row] or "",
                outputs[row] or "",
                outcomes[row] or "",
                responsible[row] or "",
                raw_due or "",
                progress,  # type: ignore[arg-type]
                raw_progress is not None,
                evidence[row] or "",
                remarks[row] or "",
                periods[row] or "",
                f"{sheet}!{id_l}{n}",
                guideline,
                actions[row] or "",
                achieved_outputs[row] or "",
                achieved_outcomes[row] or "",
                report_titles[row] or "",
            )
            if found:
                source = f"{sheet}!{due_l}{n}"
                deadlines[aid] = [Deadline(aid, d.label, d.value, None, source) for d in found]
    ctx.known_ids = set(first_row)
    if not first_row:
        log.error(
            sheet,
            f"{id_l}{table.header_row + 2}",
            None,
            "ยังไม่มีกิจกรรม: เพิ่มอย่างน้อยหนึ่งแถวใต้หัวตาราง",
            "no activities: add at least one row under the header",
        )
    return result, deadlines


def _duplicate_id(log: ProblemLog, sheet: str, letter: str, n: int, raw: str, aid: str, first: int) -> None:
    th = f"ลำดับ {aid} ซ้ำกับเซลล์ {letter}{first}: ลำดับกิจกรรมต้องไม่ซ้ำกัน"
    en = f"activity id {aid} repeats {letter}{first}: ids must be unique"
    if may_have_lost_zero(aid):
        th += (
            f" — ถ้าตั้งใจพิมพ์ {aid}0 Excel ได้ตัดเลข 0 ท้ายออกเพราะเห็นเป็นตัวเลข: "
            "จัดรูปแบบคอลัมน์ ลำดับ เป็นข้อความ (Text) แล้วพิมพ์ใหม่ หรือพิมพ์ ' นำหน้า เช่น '1.10"
        )
        en += (
            f" — if you meant {aid}0, Excel dropped the trailing zero because it read a number: "
            "format the ลำดับ column as Text and retype it, or type a leading apostrophe ('1.10)"
        )
    log.error(sheet, f"{letter}{n}", raw, th, en)


def may_have_lost_zero(aid: str) -> bool:
    """Could Excel have made this id from one ending in 0 (1.10 → 1.1)?"""
    head, dot, tail = aid.partition(".")
    return bool(dot) and head.isdigit() and tail.isdigit() and not tail.endswith("0")


def _known_id(ctx: Context, table: Table, row: int, raw: str | None) -> str | None:
    """The activity id of a row of another sheet, or ``None`` after logging why it is not usable."""
    if raw is None:
        ctx.log.error(table.sheet, table.ref("activity_id", row), None, "ไม่ได้ใส่ลำดับกิจกรรม", "the activity id is empty")
        return None
    aid = cells.activity_id(raw)
    if aid not in ctx.known_ids:
        ctx.log.error(
            table.sheet,
            table.ref("activity_id", row),
            raw,
            f"ไม่มีกิจกรรมลำดับ {aid} ในแผ่นงาน กิจกรรม: แก้ลำดับให้ตรงกับกิจกรรม",
            f"no activity {aid} in the activities sheet: fix the id",
        )
        return None
    return aid


def participation(table: Table, ctx: Context) -> list[Participation]:
    if table.missing:
        return []
    log, sheet = ctx.log, table.sheet
    ids, groups, people, heads, targets = (
        table.values(k) for k in ("activity_id", "group", "participants", "headcount", "target_pct")
    )
    id_letter = table.letter("activity_id")
    parse_count = Memo(cells.count)
    parse_target = _percentages(ctx, table, "target_pct")
    seen: dict[tuple[str, str], int] = {}
    rows: list[Participation] = []
    for row in table.data_rows():
        aid = _known_id(ctx, table, row, ids[row])
        group = whole_unit_as_empty((groups[row] or "").strip())  # empty: the whole unit
        joined = _count(ctx, table, "participants", row, people[row], parse_count)
        headcount = _count(ctx, table, "headcount", row, heads[row], parse_count)
        problem = aid is None or joined is None or headcount is None
        if headcount == 0:
            log.error(
                sheet,
                table.ref("headcount", row),
                heads[row],
                "บุคลากรทั้งหมดเป็น 0 คิดร้อยละไม่ได้: ใส่จำนวนบุคลากรของกลุ่มงาน",
                "headcount is 0, so no percentage can be computed: enter the group's headcount",
            )
            problem = True
        elif joined is not None and headcount is not None and joined > headcount:
            log.error(
                sheet,
                table.ref("participants", row),
                people[row],
                f"ผู้เข้าร่วม ({joined}) มากกว่าบุคลากรทั้งหมด ({headcount}): ตรวจตัวเลขทั้งสองช่อง",
                f"participants ({joined}) exceed the headcount ({headcount}): check both numbers",
            )
            problem = True
        target: Decimal | None = None
        raw_target = targets[row]
        if raw_target is not None:
            parsed = parse_target(row, raw_target)
            if isinstance(parsed, cells.Fix):
                log.error(sheet, table.ref("target_pct", row), raw_target, parsed.th, parsed.en)
                problem = True
            else:
                target = parsed
        if aid is not None:
            if (aid, group) in seen:
                shown = group or WHOLE_UNIT
                log.error(
                    sheet,
                    table.ref("group", row),
                    groups[row],
                    f"กิจกรรม {aid} กลุ่มงาน “{shown}” ซ้ำกับแถว {seen[aid, group]}: รวมเป็นแถวเดียว",
                    f"activity {aid} and group “{shown}” repeat row {seen[aid, group]}: merge them",
                )
                problem = True
            seen[aid, group] = row + 1
        if not problem and aid is not None and joined is not None and headcount is not None:
            rows.append(Participation(aid, group, joined, headcount, target, f"{sheet}!{id_letter}{row + 1}"))
    return rows


def whole_unit_as_empty(group: str) -> str:
    """A participation group: empty, or written as ทั้งหน่วยงาน / whole unit, means the whole unit."""
    return "" if group.casefold() in ("", WHOLE_UNIT, "whole unit") else group


def _count(
    ctx: Context, table: Table, key: str, row: int, raw: str | None, parse: Memo[str, int | cells.Fix]
) -> int | None:
    if raw is None:
        ctx.log.error(table.sheet, table.ref(key, row), None, "ไม่ได้ใส่จำนวนคน", "the number of people is empty")
        return None
    value = parse[raw]
    if isinstance(value, cells.Fix):
        ctx.log.error(table.sheet, table.ref(key, row), raw, value.th, value.en)
        return None
    return value


def deadlines(table: Table, ctx: Context) -> dict[str, list[Deadline]]:
    """Deadlines listed in the กำหนดส่ง sheet, by activity; they replace the activity's own cell."""
    listed: dict[str, list[Deadline]] = {}
    if table.missing:
        return listed
    log, sheet = ctx.log, table.sheet
    ids, items, dues, submitted = (table.values(k) for k in ("activity_id", "item", "due", "submitted"))
    parse_due = ctx.dates()
    for row in table.data_rows():
        aid = _known_id(ctx, table, row, ids[row])
        raw_due = dues[row]
        found: tuple[DateFound, ...] = ()
        if raw_due is None:
            log.error(sheet, table.ref("due", row), None, "ไม่ได้ใส่กำหนดส่ง", "the due date is empty")
        else:
            parsed = parse_due[raw_due]
            if parsed.error is not None:
                log.error(sheet, table.ref("due", row), raw_due, parsed.error.th, parsed.error.en)
            found = parsed.dates
        done_on, done_ok = _single_date(ctx, table, "submitted", row, submitted[row], parse_due)
        if aid is None or not found or not done_ok:
            continue
        item = (items[row] or "").strip()
        source = f"{sheet}!{table.ref('due', row)}"
        listed.setdefault(aid, []).extend(Deadline(aid, item or d.label, d.value, done_on, source, True) for d in found)
    return listed


def _single_date(
    ctx: Context, table: Table, key: str, row: int, raw: str | None, parse: Memo[str, DateParse]
) -> tuple[date | None, bool]:
    if raw is None:
        return None, True
    parsed = parse[raw]
    if parsed.error is not None:
        ctx.log.error(table.sheet, table.ref(key, row), raw, parsed.error.th, parsed.error.en)
        return None, False
    if len(parsed.dates) != 1:
        ctx.log.error(
            table.sheet, table.ref(key, row), raw, "ใส่วันที่เดียว เช่น 15/6/2566", "give exactly one date, e.g. 15/6/2566"
        )
        return None, False
    return parsed.dates[0].value, True
