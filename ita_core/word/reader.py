"""The plan read from its Word document, as the contract's workbook rows; nothing in it silently lost.

A bureau writes its plan in Word: a cover naming the unit and fiscal year; often a part about the
whole organisation (ส่วนที่ ๑: background, last year's plan); the unit's own plan (ส่วนที่ ๒): per
measure a heading (``มาตรการที่ ๑ …``), its guidelines (``๑.๑ …`` under ``แนวทาง…``) and a table of
projects and activities (ลำดับ | โครงการ/กิจกรรม | ผลผลิต | ผลลัพธ์ | ระยะเวลา | ผู้รับผิดชอบ | หมายเหตุ,
in any order, the header repeated after page breaks); and the filled report form (แบบรายงาน…).

The parts are told apart by their headings: the unit's measures, guidelines and activities come from
the part that holds its activity tables (the one about projects when several do), the results from
the report form, and a guideline that the form names again is the same guideline. Headings and
guidelines that Word wrapped onto a second paragraph are read whole. Every row of an activity table
becomes an activity, the continuation of one (a row split by a page break), a project heading, or a
problem naming table, row and column; numbers are read in the forms offices use (``ita_core.word.
wording``), and the numbered rows are counted against the activities read. Every date cued as a
deadline becomes one; every head-count sentence becomes a participation row or a problem.

What could not be read is listed as ``Word!ตาราง N แถว R คอลัมน์ X``: what to fix. The document is
opened by ``ita_core.word.package`` in the bounded reading process (``read_docx``).
"""

from __future__ import annotations

from dataclasses import asdict
from decimal import Decimal
from typing import Any

from ita_core.activity_notes import STATUS_HEADING, says_cancelled, still_counted
from ita_core.problems import Severity, WorkbookRejected
from ita_core.text import Text
from ita_core.thai import format_date_en, format_date_th
from ita_core.word import wording
from ita_core.word.package import Block, DocxLimits, read_body
from ita_core.word.plan_tables import PlanTables
from ita_core.word.reading import Part, WordResult, make_problem, round_of, same_words, split_parts
from ita_core.word.report_form import ReportForm
from ita_core.workbook.worker import Cancelled, Ticket, document_workers
from ita_core.workbook.writer import Cell as Value
from ita_core.workbook.writer import WorkbookRows


class _Reader(PlanTables, ReportForm):
    def __init__(self, blocks: list[Block]) -> None:
        super().__init__()
        self.blocks = blocks

    def run(self) -> None:
        parts = split_parts(self.blocks)
        self._title(parts[0])
        plan = self._plan_part(parts)
        if plan is not None:
            self._headings(plan, report=False)
            self._plan_tables(plan)
            self._notes()
        for part in self._latest_rounds([part for part in parts if part.report]):
            self._report_part(part)
        self._match_reports()
        self._plan_reports()
        self._plan_columns()
        self._cancelled_by_status()
        self._count_check()

    def _cancelled_by_status(self) -> None:
        """A column of the plan or the report form that the form has no place for (สถานะ, ผลการดำเนินการ) saying
        an activity was cancelled: its text was kept in the details or remarks with the column's one warning, and
        the activity counted as not done, overdue, without a word of it. Said as a note saying so is."""
        details, remarks = Text("รายละเอียด", "details"), Text("หมายเหตุ", "remarks")
        for act in self.activities.values():
            for kept_in, line in [(details, line) for line in act.details] + [(remarks, line) for line in act.remarks]:
                heading, _, text = line.partition(": ")
                if text and STATUS_HEADING.search(heading) and says_cancelled(text):
                    said_by = Text(f"คอลัมน์ {heading} ", f"the {heading} column")
                    kept = Text(f"ข้อความเก็บไว้ใน{kept_in.th}ของกิจกรรม", f"its text is kept in its {kept_in.en}")
                    said = still_counted(said_by, act.activity_id, kept)
                    self.problem(act.where, line, said.th, said.en, Severity.WARNING)
                    break  # once per activity

    def _latest_rounds(self, forms: list[Part]) -> list[Part]:
        """The report forms of the latest round, and an error, when the document holds forms of several (a 6-month
        report, then the 12-month one): read together, the first round's figures stood and the later form's rows
        were "no activity matches". Which round's figures to show is asked, not guessed: an activity the later
        form leaves out would lose its earlier result. Forms of one round (a form per measure) are all read."""
        ends = [round_of(form, self.year) for form in forms]
        known = sorted({end for end in ends if end is not None})
        if len(known) < 2:
            return forms
        self.problem(
            "แบบรายงาน",
            " | ".join(form.heading for form in forms),
            f"เอกสารมีแบบรายงาน {len(known)} รอบ (ถึง {', '.join(format_date_th(end) for end in known)}): "
            "ให้เหลือแบบรายงานรอบเดียว (รอบล่าสุด ที่รายงานทุกกิจกรรม) แล้วอัปโหลดใหม่ (ผลของสองรอบอ่านรวมกันไม่ได้)",
            f"the document holds report forms of {len(known)} rounds (to "
            f"{', '.join(format_date_en(end) for end in known)}): keep one (the latest, reporting every activity) "
            "and upload again (the results of two rounds cannot be read together)",
        )
        return [form for form, end in zip(forms, ends, strict=True) if end == known[-1]]

    def _count_check(self) -> None:
        by_measure: dict[int, list[str]] = {}
        for act in self.activities.values():
            by_measure.setdefault(act.measure, []).append(act.activity_id)
        for measure, ids in sorted(by_measure.items()):
            if measure not in self.measures:
                self.problem(
                    f"มาตรการที่ {measure}",
                    ", ".join(ids[:5]),
                    f"มาตรการที่ {measure} ไม่มีหัวข้อในแผน: ใส่ “มาตรการที่ {measure} <ชื่อมาตรการ>” ก่อนตารางกิจกรรม",
                    f"measure {measure} has no heading in the plan: add “มาตรการที่ {measure} <name>” before its table",
                )
            numbers = sorted(int(i.split(".")[1]) for i in ids if i.count(".") == 1)  # ๑.๒.๓ numbers a guideline's
            missing = sorted(set(range(1, numbers[-1] + 1)) - set(numbers)) if numbers else []
            if missing:
                shown = ", ".join(f"{measure}.{n}" for n in missing[:10])
                self.problem(
                    f"มาตรการที่ {measure}",
                    ", ".join(ids[:30]),
                    f"อ่านได้ {len(ids)} กิจกรรม แต่ลำดับขาด {shown}: ตรวจว่ากิจกรรมเหล่านั้นอยู่ในตารางและมีเลขกำกับ",
                    f"{len(ids)} activities read, but {shown} are missing from the numbering: check the table",
                    Severity.WARNING,
                )
            self.read.append(
                Text(
                    f"มาตรการที่ {measure}: {len(ids)} กิจกรรม ({ids[0]}–{ids[-1]})",
                    f"measure {measure}: {len(ids)} activities ({ids[0]}–{ids[-1]})",
                )
            )
        for where, text in self.headings:
            self.read.append(Text(f"หัวข้อโครงการ ({where}): {text[:80]}", f"project heading ({where}): {text[:80]}"))

    def rows(self) -> WorkbookRows:
        activities: list[dict[str, Value]] = []
        participation: list[dict[str, Value]] = []
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
                    "responsible": _groups(c.get("responsible", [])),
                    "due_text": _days_due(act.due),
                    "period": "\n".join(act.period),
                    "remarks": "\n".join(act.remarks),
                    "progress": _progress(progress),
                    "evidence": "\n".join(c.get("evidence", [])),
                    "guideline": c.get("guideline", [None])[0],
                    "actions": "\n".join(c.get("actions", [])),
                    "achieved_output": "\n".join(c.get("achieved_output", [])),
                    "achieved_outcome": "\n".join(c.get("achieved_outcome", [])),
                    "report_title": "\n".join(c.get("report_title", [])),
                    "budget": " ".join(c.get("budget", [])) or None,
                }
            )
            if "participation" in c:
                joined, headcount, target = c["participation"]
                participation.append(
                    {
                        "activity_id": act.activity_id,
                        "group": None,
                        "participants": int(joined),
                        "headcount": int(headcount),
                        "target_pct": Decimal(target) if target else None,
                    }
                )
        report_names = {
            n: name
            for n, name in self.report_measures.items()
            if n in self.measures and not same_words(name, self.measures[n])
        }
        return WorkbookRows(
            unit={
                "unit": self.unit,
                "fiscal_year_be": self.year,
                "as_of": self.as_of,
                "report_unit": self.report_unit if self.report_unit and self.report_unit != self.unit else None,
            },
            measures=[
                {
                    "number": n,
                    "name": name,
                    "report_name": report_names.get(n),
                    "guidelines_label": self.guidelines_labels.get(n),
                }
                for n, name in sorted(self.measures.items())
            ],
            guidelines=[
                {"measure": m, "guideline_id": gid, "name": name, "report_name": self.guideline_report_names.get(gid)}
                for gid, (m, name, _) in self.guidelines.items()
            ],
            activities=activities,
            participation=participation,
        )


def _progress(written: str | None) -> Decimal | str | None:
    """A plain number as a number; any other text (``100%``, from a column of its own) as typed, for the
    workbook's checks to read or refuse as they do a typed cell."""
    if not written:
        return None
    try:
        return Decimal(written)
    except ArithmeticError:
        return written


def _days_due(texts: list[str]) -> str:
    """An activity's deadline texts as one กำหนดส่ง cell, without a list's bullets: with them, a list of days
    (``- 31 มี.ค. 67`` / ``- 30 ก.ย. 67``) read as a range, ``- 31 มี.ค. 67 - 30 ก.ย. 67``, one deadline on its
    last day."""
    return " ".join(wording.strip_bullet(text).strip() for text in texts)


def _groups(paragraphs: list[str]) -> str:
    """A responsible cell's bullet list (``- คณะทำงานสำนัก``) as the plan's text, each group once."""
    return " และ".join(dict.fromkeys(t for t in (wording.strip_bullet(p).strip() for p in paragraphs) if t))


def read_docx_here(data: bytes, limits: DocxLimits | None = None) -> WordResult:
    """The plan a Word document holds, read in this process: the bounded worker's side of ``read_docx``."""
    struck: list[str] = []
    try:
        blocks = read_body(data, limits, struck)
    except WorkbookRejected as exc:
        return WordResult(None, [make_problem("ไฟล์", "", exc.th, exc.en)])
    reader = _Reader(blocks)
    reader.run()
    if pieces := [" ".join(text.split()) for text in struck if text.strip()]:
        shown = ", ".join(f"“{text[:40]}”" for text in pieces[:5]) + (
            f" และอีก {len(pieces) - 5} ตอน" if len(pieces) > 5 else ""
        )
        reader.problems.append(
            make_problem(
                "เอกสาร",
                " ".join(pieces),
                f"ไม่ได้อ่านข้อความที่ขีดฆ่าไว้ ({shown}) เพราะถือว่าลบแล้ว: ตรวจว่าถูกต้อง",
                f"text struck through was left out as deleted ({shown}): check that this is right",
                Severity.WARNING,
            )
        )
    places = [act.where for act in reader.activities.values()]  # in the order of rows().activities
    return WordResult(reader.rows() if reader.activities else None, reader.problems, reader.read, places)


def read_docx(data: bytes, limits: DocxLimits | None = None, ticket: Ticket | None = None) -> WordResult:
    """The plan a Word document holds, read in the bounded reading process (memory and time limited,
    as workbooks are read): a document that would cost too much is a Thai message, and the app goes on
    answering everyone else while it is read. A newer check by the same person cancels this one
    (``Cancelled``)."""
    options = asdict(limits) if limits is not None else {}
    try:
        answer, _ = document_workers().call("read_docx", data, options, ticket=ticket)
    except Cancelled:
        raise
    except WorkbookRejected as exc:  # out of memory or time, or the reader died: nothing else was affected
        return WordResult(None, [make_problem("ไฟล์", "", exc.th, exc.en)])
    return WordResult.from_json(answer)


def word_task(data: bytes, options: dict[str, Any]) -> tuple[dict[str, Any], list[bytes]]:
    """``read_docx_here`` for the reading process (``ita_core.workbook.worker``)."""
    return read_docx_here(data, DocxLimits(**options) if options else None).to_json(), []
