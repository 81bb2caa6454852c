"""The plan read from its Word document, as the contract's workbook rows.

Bureaus write the plan in Word first: a cover naming the unit and fiscal year, then per measure a
heading (``มาตรการที่ ๑ …``), its guidelines (``๑.๑ …`` under ``แนวทาง…``) and a table of projects and
activities (ลำดับ | โครงการ/กิจกรรม | ผลผลิต | ผลลัพธ์ | ระยะเวลา | ผู้รับผิดชอบ | หมายเหตุ, in any
order, header repeated after page breaks). The filled report form (แบบรายงานผลการดำเนินการ…) may
follow, with each reported activity's result.

The judgements are the ones made by hand for ``data/fy2566_plan.toml``:
- an activity starts where the โครงการ/กิจกรรม cell starts with its number (``๑.๑``, ``๒.๓``); a row
  numbered ``๑.`` without one is a project heading; a row with neither continues the row above;
- a date introduced by ส่ง, กำหนดส่ง, ภายใน or ให้แล้วเสร็จ is a deadline, anywhere in the row; other
  dates record when something happened and stay in the period (ระยะเวลา);
- a row naming several activities gives its deadlines to them in date order;
- a report row belongs to the plan's activity of the same measure whose wording it resembles most;
  ``ร้อยละ ๑๐๐`` is its progress, and ``จำนวน ๑๒๗ คน คิดเป็นร้อยละ ๙๑.๓๖ ของบุคลากร จำนวน ๑๓๙ คน`` a
  participation row, checked against the percentage written beside it, whose target is the
  percentage the activity's output names.
What cannot be read is listed as a problem (table, row, cell, text, what to fix).
"""

from __future__ import annotations

import calendar
import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from difflib import SequenceMatcher
from typing import Any

from docx import Document
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph

from ita_core.dateparse import parse_date_text
from ita_core.numbers import percent
from ita_core.problems import Problem, Severity
from ita_core.thai import MONTHS_LONG, ce_year, to_arabic_digits
from ita_core.workbook.contract import normalize_name
from ita_core.workbook.writer import Cell, WorkbookRows

SHEET = "Word"
_HEADERS = "ลำดับ | โครงการ/กิจกรรม | ผลผลิต | ผลลัพธ์ | ระยะเวลา | ผู้รับผิดชอบ"
_ID = re.compile(r"^\s*([0-9๐-๙]{1,2}\.[0-9๐-๙]{1,2})(?![0-9๐-๙])\.?\s*")
_MEASURE = re.compile(r"^\s*มาตรการที่\s*([0-9๐-๙]+)\s*(.*)$")
_YEAR = re.compile(r"ประจำปีงบประมาณ\s*(?:พ\.\s*ศ\.)?\s*([0-9๐-๙]{4})")
_TITLE = re.compile(r"ของ\s*(?P<unit>.+?)\s*ประจำปีงบประมาณ\s*(?:พ\.\s*ศ\.)?\s*(?P<year>[0-9๐-๙]{4})")
_CUE = re.compile(r"กำหนดส่ง|ส่งรายงาน|ส่งภายใน|ส่ง(?=\s|[0-9๐-๙])|ให้แล้วเสร็จ|แล้วเสร็จภายใน|ภายในวันที่|ภายใน(?=\s*[0-9๐-๙])")
_PROGRESS = re.compile(r"ร้อยละ\s*([0-9๐-๙]+(?:\.[0-9๐-๙]+)?)")
_PEOPLE = re.compile(
    r"จำนวน\s*([0-9๐-๙,]+)\s*คน\s*คิดเป็นร้อยละ\s*([0-9๐-๙.]+)\s*ของบุคลากร\s*(?:ทั้งหมด\s*)?จำนวน\s*([0-9๐-๙,]+)\s*คน"
)
_ROUND = re.compile(r"ตั้งแต่\s*เดือน\s*\S+\s*[–-]\s*(?:เดือน\s*)?(\S+?)\s*([0-9๐-๙]{4})")
_MONTHS = {name: i + 1 for i, name in enumerate(MONTHS_LONG)}
_PASSWORD = re.compile(r"(?i)\bpass(?:word)?\s*[:：]\s*\S+")
_TARGET = re.compile(r"([0-9๐-๙]+(?:\.[0-9๐-๙]+)?)\s*%|ร้อยละ\s*([0-9๐-๙]+(?:\.[0-9๐-๙]+)?)")

# Header names, matched as tolerantly as the workbook's (spaces, case and Unicode forms ignored).
PLAN_COLUMNS: dict[str, tuple[str, ...]] = {
    "number": ("ลำดับ", "ลำดับที่", "ที่", "No."),
    "name": ("โครงการ/กิจกรรม", "โครงการ", "กิจกรรม", "Project/activity", "Activity"),
    "output": ("ผลผลิต", "Output"),
    "outcome": ("ผลลัพธ์", "Outcome"),
    "period": ("ระยะเวลา", "ระยะเวลาดำเนินการ", "Period", "Timeline"),
    "responsible": ("ผู้รับผิดชอบ", "Responsible"),
    "remarks": ("หมายเหตุ", "Remarks", "Note"),
}
REPORT_COLUMNS: dict[str, tuple[str, ...]] = {
    "number": PLAN_COLUMNS["number"],
    "name": PLAN_COLUMNS["name"],
    "result": ("ผลการดำเนินการ", "Result"),
    "achieved_output": ("ผลผลิต", "Output"),
    "achieved_outcome": ("ผลลัพธ์", "Outcome"),
    "evidence": ("เอกสาร/หลักฐาน", "หลักฐาน", "Evidence"),
    "remarks": ("หมายเหตุ", "Remarks"),
}


def _arabic(text: str) -> str:
    return to_arabic_digits(text)


def _squeeze(text: str) -> str:
    return re.sub(r"[\s●•*\-–“”\"'()]+", "", text)


@dataclass
class _Activity:
    measure: int
    activity_id: str
    title: str
    details: list[str] = field(default_factory=list)
    cells: dict[str, list[str]] = field(default_factory=dict)  # column key → paragraphs
    due: list[str] = field(default_factory=list)
    period: list[str] = field(default_factory=list)
    remarks: list[str] = field(default_factory=list)
    where: str = ""


@dataclass
class WordResult:
    rows: WorkbookRows | None
    problems: list[Problem]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]


def _problem(where: str, value: str, th: str, en: str, severity: Severity = Severity.ERROR) -> Problem:
    return Problem(SHEET, where, value[:120], th, en, severity)


def _blocks(doc: Any) -> list[Paragraph | DocxTable]:
    """Paragraphs and tables in document order (tables nested in cells are read as their cell's text)."""
    out: list[Paragraph | DocxTable] = []
    for child in doc.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            out.append(Paragraph(child, doc))
        elif tag == "tbl":
            out.append(DocxTable(child, doc))
    return out


def _row_cells(row: Any) -> list[list[str]]:
    """A row's cells as paragraph lists; a cell merged across columns counts once per grid column."""
    cells = []
    for cell in row.cells:
        paragraphs = [" ".join(p.text.split()) for p in cell.paragraphs]
        cells.append([p for p in paragraphs if p])
    return cells


def _header(cells: list[list[str]], columns: dict[str, tuple[str, ...]]) -> dict[str, int] | None:
    """The column positions, when this row is a header row of the kind ``columns`` describes."""
    names = {normalize_name(n): key for key, options in columns.items() for n in options}
    found: dict[str, int] = {}
    for i, cell in enumerate(cells):
        key = names.get(normalize_name(" ".join(cell)))
        if key is not None and key not in found:
            found[key] = i
    return found if {"name"} <= set(found) and len(found) >= 4 else None


def _cell(cells: list[list[str]], header: dict[str, int], key: str) -> list[str]:
    i = header.get(key)
    return cells[i] if i is not None and i < len(cells) else []


def _split_dates(paragraphs: list[str]) -> tuple[list[str], list[str], list[str], list[tuple[str, str]]]:
    """(deadline texts, period texts, other texts, (text, why) of deadlines whose date cannot be read)."""
    due, period, other, unreadable = [], [], [], []
    for text in paragraphs:
        parsed = parse_date_text(text)
        found = parsed.dates
        if not found:
            if parsed.error is not None and _CUE.search(text) and re.search(r"[0-9๐-๙]", text):
                unreadable.append((text, parsed.error.th))
            other.append(text)
        elif _CUE.search(text):
            due.append(text)
        else:
            period.append(text)
    return due, period, other, unreadable


class _Reader:
    def __init__(self, doc: Any) -> None:
        self.doc = doc
        self.problems: list[Problem] = []
        self.unit = ""
        self.year: int | None = None
        self.measures: dict[int, str] = {}
        self.guidelines: list[tuple[int, str, str]] = []
        self.activities: dict[str, _Activity] = {}
        self.reports: list[tuple[int, dict[str, list[str]], str]] = []
        self.as_of: date | None = None
        self._header: dict[str, int] | None = None
        self._report_header: dict[str, int] | None = None
        self._current: list[_Activity] = []

    def run(self) -> None:
        blocks = _blocks(self.doc)
        cover: list[str] = []
        section, measure, in_guidelines, table_no = "cover", 0, False, 0
        for block in blocks:
            if isinstance(block, Paragraph):
                text = " ".join(block.text.split())
                if not text:
                    continue
                if section == "cover":
                    cover.append(text)
                if text.startswith("แบบรายงานผล"):
                    section, in_guidelines = "report", False
                    continue
                if (m := _MEASURE.match(text)) is not None:
                    section = "report" if section == "report" else "plan"
                    measure = int(_arabic(m[1]))
                    if section == "plan" and m[2]:
                        self.measures[measure] = m[2].strip()
                    in_guidelines = False
                    continue
                if text.startswith("แนวทาง"):
                    in_guidelines = section == "plan"
                    continue
                if in_guidelines and (g := _ID.match(text)) is not None:
                    gid = _arabic(g[1])
                    if int(gid.split(".")[0]) == measure:
                        self.guidelines.append((measure, gid, text[g.end() :].strip()))
                continue
            table_no += 1
            in_guidelines = False
            if section == "cover":
                section = "plan"
            if section == "report":
                self._report_table(block, measure, table_no)
            else:
                self._plan_table(block, measure, table_no)
        self._title(cover + [" ".join(p.text.split()) for p in self.doc.paragraphs[:40]])
        self._data_date()

    def _title(self, lines: list[str]) -> None:
        """The fiscal year from ``ประจำปีงบประมาณ พ.ศ. ๒๕๖๖`` and the unit from the ``ของ …`` before it;
        a title without a unit still gives its year (the workbook then asks for the unit)."""
        joined = " ".join(lines)
        year = _YEAR.search(joined)
        if year is None:
            self.problems.append(
                _problem(
                    "ปก",
                    " ".join(lines[:12]),
                    "อ่านปีงบประมาณจากชื่อแผนไม่ได้: ใส่ “ประจำปีงบประมาณ พ.ศ. ๒๕๖๖” ในหน้าปก",
                    "no fiscal year in the title: write “ประจำปีงบประมาณ พ.ศ. ๒๕๖๖” on the cover",
                )
            )
            return
        self.year = int(_arabic(year[1]))
        if (unit := _TITLE.search(joined)) is not None:
            self.unit = " ".join(unit["unit"].split())

    def _data_date(self) -> None:
        """The report's round, "ตั้งแต่เดือนตุลาคม – มีนาคม ๒๕๖๖", gives the data date: that month's last day."""
        for _, fields, _ in self.reports:
            for text in (t for paragraphs in fields.values() for t in paragraphs):
                m = _ROUND.search(text)
                if m is None:
                    continue
                month = _MONTHS.get(m[1])
                if month is None:
                    continue
                year = ce_year(int(_arabic(m[2])))
                self.as_of = date(year, month, calendar.monthrange(year, month)[1])
                return

    # -- the plan's tables ------------------------------------------------------------------------

    def _cells(self, row: Any, where: str) -> list[list[str]]:
        """A row's cells, with any password written in them left out (a plan is shown in meetings)."""
        cells = _row_cells(row)
        for cell in cells:
            for i, text in enumerate(cell):
                if _PASSWORD.search(text):
                    cell[i] = " ".join(_PASSWORD.sub("", text).split())
                    self.problems.append(
                        _problem(
                            where,
                            "Password : …",
                            "ตัดรหัสผ่านที่เขียนไว้ในแผนออก: รหัสผ่านไม่ควรอยู่ในเอกสารที่เผยแพร่",
                            "a password written in the plan was left out: it does not belong in a shared document",
                            Severity.WARNING,
                        )
                    )
        return cells

    def _plan_table(self, table: DocxTable, measure: int, table_no: int) -> None:
        header = self._header
        current: list[_Activity] = self._current
        for r, row in enumerate(table.rows, start=1):
            cells = self._cells(row, f"ตาราง {table_no} แถว {r}")
            if (found := _header(cells, PLAN_COLUMNS)) is not None:
                header = self._header = found
                continue
            if header is None:
                continue
            where = f"ตาราง {table_no} แถว {r}"
            names = _cell(cells, header, "name")
            starts = [i for i, text in enumerate(names) if _ID.match(text)]
            if not starts:
                if " ".join(_cell(cells, header, "number")):  # ๑. โครงการ…: a project heading
                    current = []
                elif current:  # a row split across pages: the rest of the row above
                    current[-1].details.extend(names)
                    self._take_row(current[-1:], cells, header, where)
                continue
            current = []
            for n, start in enumerate(starts):
                end = starts[n + 1] if n + 1 < len(starts) else len(names)
                m = _ID.match(names[start])
                assert m is not None
                aid = _arabic(m[1])
                if aid in self.activities:
                    self.problems.append(
                        _problem(
                            where,
                            names[start],
                            f"ลำดับกิจกรรม {aid} ซ้ำกับ {self.activities[aid].where}: แก้ลำดับ",
                            f"activity {aid} repeats {self.activities[aid].where}: number it uniquely",
                        )
                    )
                    continue
                act = _Activity(measure, aid, names[start][m.end() :].strip(), names[start + 1 : end], where=where)
                self.activities[aid] = act
                current.append(act)
            self._take_row(current, cells, header, where)
        self._current = current

    def _take_row(self, acts: list[_Activity], cells: list[list[str]], header: dict[str, int], where: str) -> None:
        """One row's cells for the activities it names. A row naming several activities gives each its
        own paragraph where a cell has one per activity, and its deadlines in date order."""
        if not acts:
            return
        k = len(acts)
        for key in ("output", "outcome", "responsible"):
            paragraphs = _cell(cells, header, key)
            if k > 1 and len(paragraphs) == k:
                for act, text in zip(acts, paragraphs, strict=True):
                    act.cells.setdefault(key, []).append(text)
            else:
                for act in acts:
                    act.cells.setdefault(key, []).extend(paragraphs)
        due: list[str] = []
        seen = {d.value for text in acts[0].due for d in parse_date_text(text).dates}
        for key in ("period", "remarks"):
            found, dated, other, unreadable = _split_dates(_cell(cells, header, key))
            column = PLAN_COLUMNS[key][0]
            for text, why in unreadable:
                self.problems.append(
                    _problem(
                        f"{where} คอลัมน์ {column}",
                        text,
                        f"{why} (กิจกรรม {acts[0].activity_id})",
                        f"the deadline of activity {acts[0].activity_id} cannot be read: {why}",
                    )
                )
            for text in found:
                days = {d.value for d in parse_date_text(text).dates}
                if days <= seen:  # the same deadline said again (ระยะเวลา and หมายเหตุ): a remark, not another
                    (acts[0].remarks if key == "remarks" else acts[0].period).append(text)
                else:
                    due.append(text)
                    seen |= days
            acts[0].period.extend(dated + (other if key == "period" else []))
            if key == "remarks":
                acts[0].remarks.extend(other)
        if k > 1 and len(due) == k:
            due.sort(key=lambda text: parse_date_text(text).dates[0].value)
            for act, text in zip(acts, due, strict=True):
                act.due.append(text)
        else:
            acts[0].due.extend(text for text in due if text not in acts[0].due)

    # -- the report form ----------------------------------------------------------------------------

    def _report_table(self, table: DocxTable, measure: int, table_no: int) -> None:
        header = self._report_header
        for r, row in enumerate(table.rows, start=1):
            cells = self._cells(row, f"ตาราง {table_no} แถว {r}")
            if (found := _header(cells, REPORT_COLUMNS)) is not None:
                header = self._report_header = found
                continue
            if header is None:
                continue
            number = " ".join(_cell(cells, header, "number"))
            name = " ".join(_cell(cells, header, "name"))
            fields = {key: _cell(cells, header, key) for key in REPORT_COLUMNS}
            if number.startswith("ผลการดำเนินการในภาพรวม") or (
                number and not name and not any(fields[k] for k in ("result", "evidence"))
            ):
                continue  # the measure's total row, or a guideline's group row
            if number or (name and self.reports and _PROGRESS.search(" ".join(fields["result"]))):
                self.reports.append((measure, fields, f"ตาราง {table_no} แถว {r}"))
            elif self.reports:  # the rest of the row above, after a page break
                for key, paragraphs in fields.items():
                    self.reports[-1][1].setdefault(key, []).extend(paragraphs)

    def _match_reports(self) -> None:
        taken: set[str] = set()
        for measure, fields, where in self.reports:
            wording = " ".join(fields.get("name", []))
            candidates = [a for a in self.activities.values() if a.measure == measure and a.activity_id not in taken]
            if not candidates:
                self.problems.append(
                    _problem(
                        where,
                        wording,
                        f"ไม่พบกิจกรรมของมาตรการที่ {measure} ที่ตรงกับแถวรายงานนี้",
                        f"no activity of measure {measure} matches this report row",
                    )
                )
                continue
            text = _squeeze(re.sub(r"^[0-9๐-๙.)\s]+", "", wording))

            def likeness(act: _Activity, text: str = text) -> float:
                return SequenceMatcher(None, text, _squeeze(act.title), autojunk=False).ratio()

            best = max(candidates, key=likeness)
            taken.add(best.activity_id)
            best.cells["report_title"] = [wording]
            for key in ("achieved_output", "achieved_outcome", "evidence"):
                best.cells[key] = fields.get(key, [])
            result = fields.get("result", [])
            joined = " ".join(result)
            if (m := _PROGRESS.search(joined)) is not None:
                best.cells["progress"] = [_arabic(m[1])]
            else:
                self.problems.append(
                    _problem(
                        where,
                        joined,
                        "แถวรายงานไม่มี “ร้อยละ …” ของผลการดำเนินการ: ใส่ร้อยละ",
                        "the report row gives no percentage: write ร้อยละ …",
                        Severity.WARNING,
                    )
                )
            actions = [t for t in result if not t.startswith("ผลการดำเนินการ") and not _PROGRESS.fullmatch(t.strip())]
            best.cells["actions"] = [t for t in actions if t != "การดำเนินการ"]
            self._participation(best, " ".join(t for paragraphs in fields.values() for t in paragraphs), where)

    def _participation(self, act: _Activity, text: str, where: str) -> None:
        m = _PEOPLE.search(_squeeze_spaces(text))
        if m is None:
            return
        joined, written, headcount = (
            int(_arabic(m[i]).replace(",", "")) if i != 2 else _arabic(m[2]) for i in (1, 2, 3)
        )
        computed = percent(int(joined), int(headcount))
        if Decimal(str(written)) != computed:
            self.problems.append(
                _problem(
                    where,
                    m[0],
                    f"ร้อยละที่เขียนไว้ ({written}) ไม่ตรงกับ {joined}/{headcount} = {computed}: ตรวจตัวเลข",
                    f"the percentage written ({written}) is not {joined}/{headcount} = {computed}",
                )
            )
        output = " ".join(act.cells.get("output", []))
        target = _TARGET.search(output)
        act.cells["participation"] = [
            str(joined),
            str(headcount),
            _arabic(next(g for g in target.groups() if g)) if target else "",
        ]

    # -- rows -------------------------------------------------------------------------------------

    def rows(self) -> WorkbookRows:
        self._match_reports()
        activities: list[dict[str, Cell]] = []
        participation: list[dict[str, Cell]] = []
        for act in self.activities.values():
            c = act.cells
            progress = c.get("progress", [None])[0]
            activities.append(
                {
                    "measure": act.measure,
                    "activity_id": act.activity_id,
                    "name": act.title,
                    "details": "\n".join(act.details),
                    "output": "\n".join(c.get("output", [])),
                    "outcome": "\n".join(c.get("outcome", [])),
                    "responsible": " และ ".join(
                        dict.fromkeys(t.lstrip("-–• ").strip() for t in c.get("responsible", []))
                    ),
                    "due_text": " ".join(act.due),
                    "period": "\n".join(act.period),
                    "remarks": "\n".join(act.remarks),
                    "progress": Decimal(progress) if progress else None,
                    "evidence": "\n".join(c.get("evidence", [])),
                    "actions": "\n".join(c.get("actions", [])),
                    "achieved_output": "\n".join(c.get("achieved_output", [])),
                    "achieved_outcome": "\n".join(c.get("achieved_outcome", [])),
                    "report_title": "\n".join(c.get("report_title", [])),
                }
            )
            if "participation" in c:
                joined, headcount, target = c["participation"]
                participation.append(
                    {
                        "activity_id": act.activity_id,
                        "group": "ทั้งหน่วยงาน",
                        "participants": int(joined),
                        "headcount": int(headcount),
                        "target_pct": Decimal(target) if target else None,
                    }
                )
        return WorkbookRows(
            unit={"unit": self.unit, "fiscal_year_be": self.year, "as_of": self.as_of},
            measures=[{"number": n, "name": name} for n, name in sorted(self.measures.items())],
            guidelines=[{"measure": m, "guideline_id": gid, "name": name} for m, gid, name in self.guidelines],
            activities=activities,
            participation=participation,
        )


def _groups(paragraphs: list[str]) -> str:
    """A responsible cell's bullet list (``- คณะทำงานสำนัก``) as the plan's text, each group once."""
    return " และ ".join(dict.fromkeys(t.lstrip("-–•● ").strip() for t in paragraphs if t.strip("-–•● ")))


def _squeeze_spaces(text: str) -> str:
    return " ".join(text.split())


MAX_INFLATED = 64 << 20  # a plan's document is a few MB at most, pictures included
MAX_RATIO = 200  # compressed to a 200th or less: a zip bomb, not a document


def _refusal(data: bytes) -> str | None:
    """Why an untrusted .docx is not opened at all: too large once inflated, a bomb, or a DTD."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            if sum(m.file_size for m in members) > MAX_INFLATED:
                return "ไฟล์ใหญ่เกินไปเมื่อขยาย (เกิน 64 MB)"
            if any(m.compress_size and m.file_size / m.compress_size > MAX_RATIO for m in members):
                return "ไฟล์มีส่วนที่บีบอัดผิดปกติ"
            with archive.open("word/document.xml") as part:
                head = part.read(4096)
    except (zipfile.BadZipFile, KeyError, OSError):
        return "ไม่ใช่ไฟล์ .docx"
    return "ไฟล์มี DTD ซึ่งไม่อนุญาต" if b"<!DOCTYPE" in head.upper() else None


def read_docx(data: bytes) -> WordResult:
    """The plan a Word document holds, as workbook rows, and what could not be read."""
    if (why := _refusal(data)) is not None:
        problem = _problem("ไฟล์", "", f"เปิดไฟล์ Word ไม่ได้ ({why}): บันทึกเป็น .docx แล้วลองใหม่", f"not opened: {why}")
        return WordResult(None, [problem])
    try:
        doc = Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        problem = _problem("ไฟล์", str(exc), "เปิดไฟล์ Word ไม่ได้: บันทึกเป็น .docx แล้วลองใหม่", "not a readable .docx file")
        return WordResult(None, [problem])
    reader = _Reader(doc)
    reader.run()
    rows = reader.rows()
    if not reader.activities:
        reader.problems.append(
            _problem(
                "ตาราง",
                "",
                "ไม่พบตารางกิจกรรม (หัวตาราง ลำดับ | โครงการ/กิจกรรม | ผลผลิต | ผลลัพธ์ | ระยะเวลา | ผู้รับผิดชอบ)",
                "no activity table found (headers ลำดับ | โครงการ/กิจกรรม | ผลผลิต | ผลลัพธ์ | ระยะเวลา | ผู้รับผิดชอบ)",
            )
        )
    return WordResult(rows, reader.problems)
