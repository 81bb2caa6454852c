"""What reading a Word plan collects, shared by the steps that read its parts: the result, the problems
(each naming table, row and column), the parts of the document and how a table's header is told."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from ita_core.problems import Problem, Severity
from ita_core.text import Text, numbers_the_columns
from ita_core.word import wording
from ita_core.word.package import Block, Cell, Table
from ita_core.workbook.contract import near_key, normalize_name
from ita_core.workbook.writer import WorkbookRows

SHEET = "Word"
PASSWORD = re.compile(r"(?i)\bpass(?:word)?\s{0,3}[:：]\s{0,3}\S+")
TARGET = re.compile(r"([0-9๐-๙]{1,3}(?:\.[0-9๐-๙]{1,2})?)\s{0,2}%|ร้อยละ\s{0,3}([0-9๐-๙]{1,3}(?:\.[0-9๐-๙]{1,2})?)")
LABEL = re.compile(r"^(?:แนวทาง|โครงการ\s?/\s?กิจกรรม|ตัวชี้วัด|เป้าหมาย|วัตถุประสงค์|หมายเหตุ|ผลผลิต|ผลลัพธ์|งบประมาณ)")
TOTAL = "ผลการดำเนินการในภาพรวม"
RESULT_LABELS = re.compile(r"^(?:ผลการดำเนินการ|การดำเนินการ|ผลการดำเนินงาน)(?:\s{0,3}[:：]|\s|$)\s*")
MATCH_CHARS = 300  # wordings are compared on their first characters: enough to tell activities apart
HEADING_LINES = 3  # a heading Word wrapped runs on for at most this many paragraphs
TITLE_RUN_ON_CHARS = 40  # a title's second line is short: longer, it is a detail
GROUP_CHARS = 60  # a responsible group's name is shorter than this; a longer item describes the work

# Header names, matched as tolerantly as the workbook's (spaces, case and Unicode forms ignored).
PLAN_COLUMNS: dict[str, tuple[str, ...]] = {
    "number": ("ลำดับ", "ลำดับที่", "ที่", "No.", "ลำดับ ที่"),
    "name": (
        "โครงการ/กิจกรรม",
        "โครงการ",
        "กิจกรรม",
        "โครงการ / กิจกรรม",
        "ชื่อโครงการ/กิจกรรม",
        "Project/activity",
        "Activity",
    ),
    "output": ("ผลผลิต", "ตัวชี้วัดผลผลิต", "Output"),
    "outcome": ("ผลลัพธ์", "ตัวชี้วัดผลลัพธ์", "Outcome"),
    "period": ("ระยะเวลา", "ระยะเวลาดำเนินการ", "ช่วงเวลาดำเนินการ", "Period", "Timeline"),
    # a column of the deadlines: its dates were "a column the form has no place for", kept as words in the
    # details, and no activity had a deadline
    "due": (
        "กำหนดส่ง",
        "กำหนดการส่ง",
        "กำหนดส่งงาน",
        "กำหนดส่งรายงาน",
        "วันที่ต้องส่ง",
        "วันครบกำหนด",
        "กำหนดแล้วเสร็จ",
        "กำหนดเสร็จ",
        "Due",
        "Deadline",
    ),
    "responsible": ("ผู้รับผิดชอบ", "หน่วยงานรับผิดชอบ", "ผู้รับผิดชอบหลัก", "Responsible"),
    "remarks": ("หมายเหตุ", "Remarks", "Note"),
    # a plan that also reports: its result in words and its percentage, read as a report form's (kept in the
    # details as columns the form has no place for, every activity was "no report yet")
    "result": ("ผลการดำเนินการ", "ผลการดำเนินงาน", "Result"),
    "progress": (
        "ร้อยละความสำเร็จ",
        "ร้อยละของความสำเร็จ",
        "ความก้าวหน้า (ร้อยละ)",
        "ความก้าวหน้า (%)",
        "ความคืบหน้า (ร้อยละ)",
        "ความคืบหน้า (%)",
        "Progress (%)",
    ),
    "budget": ("งบประมาณ", "งบประมาณ (บาท)", "งบประมาณ(บาท)", "Budget"),
    # the measure or guideline each row belongs to, in a column of its own (merged down over its rows)
    "measure": ("มาตรการ", "มาตรการที่", "Measure"),
    "guideline": ("แนวทาง", "แนวทางที่", "แนวทางการดำเนินงาน", "Guideline"),
}
REPORT_COLUMNS: dict[str, tuple[str, ...]] = {
    "number": PLAN_COLUMNS["number"],
    "name": PLAN_COLUMNS["name"],
    "result": ("ผลการดำเนินการ", "ผลการดำเนินงาน", "Result"),
    "achieved_output": ("ผลผลิต", "ผลผลิตที่ได้", "Output"),
    "achieved_outcome": ("ผลลัพธ์", "ผลลัพธ์ที่ได้", "Outcome"),
    "evidence": ("เอกสาร/หลักฐาน", "หลักฐาน", "เอกสารหลักฐาน", "Evidence"),
    "remarks": ("หมายเหตุ", "Remarks"),
    # a column of its own for the percentage, beside the result in words
    "progress": (
        "ร้อยละความสำเร็จ",
        "ร้อยละของความสำเร็จ",
        "ร้อยละ",
        "ร้อยละ (%)",
        "ความก้าวหน้า (ร้อยละ)",
        "ความก้าวหน้า (%)",
        "ความคืบหน้า (ร้อยละ)",
        "ความคืบหน้า (%)",
        "Progress (%)",
    ),
}
COLUMN_NAMES = {
    "project": "โครงการ",
    "result": "ผลการดำเนินการ",
    "achieved_output": "ผลผลิต",
    "achieved_outcome": "ผลลัพธ์",
    "progress": "ร้อยละความสำเร็จ",
}
FIELDS_FOR_PEOPLE = ("result", "achieved_output", "achieved_outcome", "remarks")


def column_name(key: str) -> str:
    """The column's name as the document's header writes it, for messages."""
    return COLUMN_NAMES.get(key) or PLAN_COLUMNS.get(key, REPORT_COLUMNS.get(key, (key,)))[0]


@dataclass
class WordResult:
    rows: WorkbookRows | None
    problems: list[Problem]
    read: list[Text] = field(default_factory=list)  # what was read, in words, to show beside the preview
    # Where each activity of ``rows`` was written (ตาราง 2 แถว 3), in its order: a problem the workbook's checks
    # find at a row of the converted workbook names it too, for the person who fixes the document
    places: list[str] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]

    def to_json(self) -> dict[str, Any]:
        """Plain JSON, to cross from the bounded reading process (dates and decimals tagged)."""
        rows = None
        if self.rows is not None:
            rows = {name: _encode(getattr(self.rows, name)) for name in _ROW_FIELDS}
        problems = [[p.sheet, p.cell, p.value, p.th, p.en, p.severity.value] for p in self.problems]
        return {"rows": rows, "problems": problems, "read": [list(t) for t in self.read], "places": self.places}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> WordResult:
        rows = None
        if data["rows"] is not None:
            rows = WorkbookRows(**{name: _decode(data["rows"][name]) for name in _ROW_FIELDS})
        problems = [Problem(s, c, v, th, en, Severity(sev)) for s, c, v, th, en, sev in data["problems"]]
        return cls(rows, problems, [Text(th, en) for th, en in data["read"]], data["places"])


_ROW_FIELDS = ("unit", "measures", "guidelines", "activities", "participation", "deadlines", "responsible")


def _encode(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _encode(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_encode(v) for v in value]
    if isinstance(value, Decimal):
        return {"decimal": str(value)}
    if isinstance(value, date):
        return {"date": value.isoformat()}
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, list):
        return [_decode(v) for v in value]
    if isinstance(value, dict):
        if value.keys() == {"decimal"}:
            return Decimal(value["decimal"])
        if value.keys() == {"date"}:
            return date.fromisoformat(value["date"])
        return {k: _decode(v) for k, v in value.items()}
    return value


def make_problem(where: str, value: str, th: str, en: str, severity: Severity = Severity.ERROR) -> Problem:
    return Problem(SHEET, where, value[:120], th, en, severity)


def place(table: int, row: int, column: str | None = None) -> str:
    return f"ตาราง {table} แถว {row}" + (f" คอลัมน์ {column}" if column else "")


def squeeze(text: str) -> str:
    return re.sub(r"[\s●•*\-–“”\"'()]+", "", text)


def same_words(a: str, b: str) -> bool:
    return squeeze(a) == squeeze(b)


# -- the document's parts -----------------------------------------------------------------------------


@dataclass
class Part:
    label: str  # "ส่วนที่ ๒", "แบบรายงาน", or "" before the first heading
    heading: str
    report: bool
    blocks: list[Block] = field(default_factory=list)


def split_parts(blocks: list[Block]) -> list[Part]:
    """The document cut at its part headings (ส่วนที่ N) and at the report form (แบบรายงาน…)."""
    parts = [Part("", "", report=False)]
    for block in blocks:
        if isinstance(block, str) and not wording.is_toc_line(block):
            if (m := wording.PART_HEADING.match(block)) is not None:
                parts.append(Part(block[: m.end()].strip(), block, report=False))
                continue
            if block.startswith("แบบรายงาน") and (not parts[-1].report or _has_table(parts[-1])):
                parts.append(Part("แบบรายงาน", block, report=True))  # a form of its own after another's tables
        parts[-1].blocks.append(block)
    return parts


def _has_table(part: Part) -> bool:
    return any(isinstance(b, Table) for b in part.blocks)


def round_of(part: Part, fiscal_year_be: int | None) -> date | None:
    """The last day of the round a report form is for, the first its paragraphs or cells write."""
    for block in part.blocks:
        texts = [block] if isinstance(block, str) else [t for row in block.rows for c in row for t in c.paragraphs]
        for text in texts:
            end, written = wording.round_end(text, fiscal_year_be)
            if written:
                return end
    return None


def cell_texts(row: list[Cell]) -> list[list[str]]:
    return [cell.paragraphs for cell in row]


# A header none of whose names a column has, read by the words the workbook's contract knows it by
# (``contract.near_key``): หน่วยงานที่รับผิดชอบ, กลุ่มงานที่รับผิดชอบ were not read, and every activity had no group.
_NEAR = {
    "activity_id": "number",
    "name": "name",
    "output": "output",
    "outcome": "outcome",
    "period": "period",
    "responsible": "responsible",
    "remarks": "remarks",
    "budget": "budget",
    "progress": "progress",
}
# The report form's ผลผลิต and ผลลัพธ์ are what was achieved.
_NEAR_REPORT = {
    **_NEAR,
    "output": "achieved_output",
    "outcome": "achieved_outcome",
    "evidence": "evidence",
    "progress": "result",
}


# Each kind of header's names as ``normalize_name`` makes them, made once: every row of every table is looked at.
_LOOKUP = {
    id(columns): {normalize_name(n): key for key, options in columns.items() for n in options}
    for columns in (PLAN_COLUMNS, REPORT_COLUMNS)
}


def header_in(row: list[Cell], columns: dict[str, tuple[str, ...]]) -> dict[str, int] | None:
    """The column positions, when this row is a header row of the kind ``columns`` describes: by the columns'
    names, then, for a column none names, by its words."""
    names = _LOOKUP[id(columns)]
    found: dict[str, int] = {}
    texts = [" ".join(cell.paragraphs) for cell in row]
    for i, text in enumerate(texts):
        key = names.get(normalize_name(text))
        if key is not None and key not in found:
            found[key] = i
    if len(found) < 2:  # no row of data names two columns: the look by words is for header rows only
        return None
    near = _NEAR if columns is PLAN_COLUMNS else _NEAR_REPORT
    for i, text in enumerate(texts):
        kind = near_key("activities", text) if text and i not in found.values() else None
        key = near.get(kind or "")
        if key == "result" and kind == "progress" and "result" in found and columns is REPORT_COLUMNS:
            key = "progress"  # a percentage's own column (ผลการดำเนินงาน (ร้อยละ)) beside the result in words
        if key is not None and key in columns and key not in found:
            found[key] = i
    if "name" not in found or len(found) < 3:
        return None
    if columns is PLAN_COLUMNS and not {"period", "responsible", "output"} & set(found):
        return None
    if columns is PLAN_COLUMNS:
        _project_beside_activity(found, texts)
    return found


_PROJECT_NAMES = {normalize_name(n) for n in ("โครงการ", "ชื่อโครงการ", "Project")}
_ACTIVITY_NAMES = {normalize_name(n) for n in ("กิจกรรม", "ชื่อกิจกรรม", "Activity")}


def _project_beside_activity(found: dict[str, int], texts: list[str]) -> None:
    """A header with both a โครงการ and a กิจกรรม column: the activity's name is the กิจกรรม one, the project its
    own column. Read by the first name, every activity was called its project's (and its own name dropped)."""
    if normalize_name(texts[found["name"]]) not in _PROJECT_NAMES:
        return
    taken = set(found.values())
    activity = next(
        (i for i, text in enumerate(texts) if i not in taken and normalize_name(text) in _ACTIVITY_NAMES), None
    )
    if activity is not None:
        found["project"], found["name"] = found["name"], activity


def column_numbers(cells: list[list[str]]) -> bool:
    """Whether a row numbers the columns of the header above it (``text.numbers_the_columns``): read as a row,
    it was a project heading named "(2)", and each other cell a warning of text no activity has."""
    return numbers_the_columns([text for c in cells if c and (text := " ".join(c).strip())])


def table_kind(table: Table) -> str | None:
    """ "plan" or "report" when one of the table's first rows is such a header (a report header names
    its result or evidence; a plan header its period, owner or output)."""
    for row in table.rows[:3]:
        report = header_in(row, REPORT_COLUMNS)
        plan = header_in(row, PLAN_COLUMNS)
        # a plan that also reports (a result beside its period or deadlines and its owners, and no evidence) is a
        # plan: taken for a report form, the document had "no table of activities"
        reports_too = (
            plan is not None
            and bool({"period", "due"} & set(plan))
            and "responsible" in plan
            and "evidence" not in (report or {})
        )
        if report is not None and {"result", "evidence"} & set(report) and not reports_too:
            return "report"
        if plan is not None:
            return "plan"
    return None


# -- the reader -----------------------------------------------------------------------------------------


@dataclass
class Activity:
    measure: int
    activity_id: str
    title: str
    where: str
    details: list[str] = field(default_factory=list)
    cells: dict[str, list[str]] = field(default_factory=dict)  # column key → paragraphs
    due: list[str] = field(default_factory=list)
    period: list[str] = field(default_factory=list)
    remarks: list[str] = field(default_factory=list)
    kept: list[tuple[str, str, str]] = field(
        default_factory=list
    )  # plan columns the form has none of: heading, text, where


@dataclass
class ReportRow:
    measure: int
    guideline: str | None
    fields: dict[str, list[str]]
    where: str
    table: int
    row: int
    more: list[tuple[str, str]] = field(default_factory=list)  # other columns: heading, text


class Reading:
    """The state the reading steps share (``ita_core.word.reader`` puts the steps together)."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.read: list[Text] = []
        self.unit = ""
        self.report_unit = ""
        self.year: int | None = None
        self.measures: dict[int, str] = {}
        self.report_measures: dict[int, str] = {}
        self.guidelines_labels: dict[int, str] = {}
        self.guidelines: dict[str, tuple[int, str, str]] = {}  # id → (measure, name, where)
        self.guideline_report_names: dict[str, str] = {}
        self.activities: dict[str, Activity] = {}
        self.headings: list[tuple[str, str]] = []  # project headings: (where, text)
        self.reports: list[ReportRow] = []
        self.as_of: date | None = None
        self.columns_said: set[str] = set()  # headings of columns the form has no place for, said once
        # text outside the activity rows (a paragraph, a note row): (where, text, said as a note row if it names
        # no activity); read once every activity is known
        self.notes: list[tuple[str, str, bool]] = []

    def problem(self, *args: Any, **kwargs: Any) -> None:
        self.problems.append(make_problem(*args, **kwargs))

    def kept_column(self, where: str, heading: str, text: str, into: Text) -> None:
        """Said once per heading: a column the form has no place for, its text kept ``into`` a field after the
        heading (each was dropped without a word)."""
        if heading in self.columns_said:
            return
        self.columns_said.add(heading)
        self.problem(
            f"{where} คอลัมน์ {heading}",
            text,
            f"แบบฟอร์มไม่มีคอลัมน์ “{heading}”: ข้อความในคอลัมน์นี้อ่านไว้ใน{into.th}ของกิจกรรม (ขึ้นต้นด้วย "
            f"“{heading}:”) ถ้าควรอยู่คอลัมน์อื่น ย้ายในไฟล์ Excel ที่แปลงแล้ว",
            f"the form has no column “{heading}”: its text is kept in the activity's {into.en} (after "
            f"“{heading}:”); if it belongs in another column, move it in the converted workbook",
            Severity.WARNING,
        )

    def _cleaned(self, row: list[Cell], table: int, r: int, header: dict[str, int] | None) -> list[list[str]]:
        """A row's cells, with any password written in them left out (a plan is shown in meetings)."""
        cells = [list(c) for c in cell_texts(row)]
        names = {i: column_name(key) for key, i in (header or {}).items()}
        for c, cell in enumerate(cells):
            for i, text in enumerate(cell):
                if PASSWORD.search(text):
                    cell[i] = " ".join(PASSWORD.sub("", text).split())
                    self.problem(
                        place(table, r, names.get(c, f"ที่ {c + 1}")),
                        "Password : …",
                        "ตัดรหัสผ่านที่เขียนไว้ในแผนออก: รหัสผ่านไม่ควรอยู่ในเอกสารที่เผยแพร่",
                        "a password written in the plan was left out: it does not belong in a shared document",
                        Severity.WARNING,
                    )
        return cells
