"""The official report form (แบบรายงานผลการดำเนินการตามแผนบูรณาการ…), as content.

``build_report`` decides what the form says for a reporting round; the
``report_docx``, ``report_xlsx`` and ``report_pdf`` modules only lay it out,
so the three files always carry the same figures as the dashboard.

The form follows the seed's own filled-in form, so an officer can file it
unchanged: its wording where the workbook gives one (``report_title``,
``report_name``, ``guidelines_label``, ``report_unit``), a title of two lines
(the round goes in the page footer, beside the page numbers), and footers that
count the *rows listed* that are complete and still in progress, as the
officers count them, whatever the word แนวทาง suggests.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from ita_core import metrics
from ita_core.errors import BilingualError
from ita_core.labels import measure_label, percent_label
from ita_core.metrics import MeasureCompletion
from ita_core.model import Activity, FormInfo, Guideline, Measure, Plan
from ita_core.numbers import format_decimal, mean_truncated
from ita_core.report.choices import COUNT_GUIDELINES, COUNT_ROWS, ROUNDS
from ita_core.text import Lang, Text, singular_ones
from ita_core.thai import (
    MONTHS_LONG,
    be_year,
    fiscal_quarter_bounds,
    fiscal_year_be,
    fiscal_year_bounds,
    to_thai_digits,
)

NOT_REPORTED = "ยังไม่ได้รายงาน"
TITLE = "แบบรายงานผลการดำเนินการตามแผนบูรณาการส่งเสริม สนับสนุน การดำเนินการด้านคุณธรรม จริยธรรม ความโปร่งใสและป้องกันการทุจริต"
COLUMNS = ("ลำดับที่", "โครงการ/กิจกรรม", "ผลการดำเนินการ", "ผลผลิต", "ผลลัพธ์", "เอกสาร/หลักฐาน", "หมายเหตุ")
GUIDELINES_HEADING = "แนวทางการดำเนินการตามมาตรการ"


class ReportError(BilingualError, ValueError):
    """A round that cannot be placed (no fiscal year, no date, an unknown key)."""


def _day(d: date) -> str:
    return f"{d.day} {MONTHS_LONG[d.month - 1]} {be_year(d.year)}"


@dataclass(frozen=True)
class ReportRound:
    key: str  # q1…q4, h1 (6 months, to 31 March), h2 (12 months, to 30 September), or "date"
    start: date
    end: date  # the as-of date of the figures
    label: str  # as the form's title writes it (Arabic digits; the renderer converts)


def report_round(key: str, fiscal_year_be_: int | None, as_of: date | None = None) -> ReportRound:
    """The period a report covers. A quarter's figures are cumulative from the start of the fiscal year."""
    if key == "date":
        if as_of is None:
            raise ReportError("ระบุวันที่ของรายงาน", "give the report's as-of date")
        start, _ = fiscal_year_bounds(fiscal_year_be(as_of))
        return ReportRound("date", start, as_of, f"ข้อมูล ณ วันที่ {_day(as_of)}")
    if fiscal_year_be_ is None:
        raise ReportError(
            "แผนนี้ไม่ได้ระบุปีงบประมาณ จึงกำหนดรอบรายงานไม่ได้: ระบุวันที่แทน",
            "the plan has no fiscal year, so a round cannot be placed: give a date instead",
        )
    fy_start, fy_end = fiscal_year_bounds(fiscal_year_be_)
    if key in ("q1", "q2", "q3", "q4"):
        q_start, q_end = fiscal_quarter_bounds(fiscal_year_be_, int(key[1]))
        return ReportRound(key, fy_start, q_end, f"ไตรมาสที่ {key[1]} ({_day(q_start)} – {_day(q_end)})")
    if key == "h1":
        end = date(fy_start.year + 1, 3, 31)
        return ReportRound(key, fy_start, end, f"รอบ 6 เดือน ({_day(fy_start)} – {_day(end)})")
    if key == "h2":
        return ReportRound(key, fy_start, fy_end, f"รอบ 12 เดือน ({_day(fy_start)} – {_day(fy_end)})")
    raise ReportError(
        f"ไม่รู้จักรอบรายงาน {key}: ใช้ q1–q4, h1 (6 เดือน) หรือ h2 (12 เดือน)",
        f"unknown round {key}: use q1-q4, h1 or h2",
    )


def default_round(fiscal_year_be_: int | None, as_of: date) -> str:
    """The round a report is most likely wanted for: the last one ended by the data's date,
    a half-year round before the quarter that ends with it (the half-year reports are the official ones)."""
    if fiscal_year_be_ is None:
        return "date"
    ended = [(report_round(key, fiscal_year_be_).end, key.startswith("h"), key) for key in ROUNDS]
    ended = [item for item in ended if item[0] <= as_of]
    return max(ended)[2] if ended else "q1"


@dataclass(frozen=True)
class ReportRow:
    number: int  # ลำดับที่ within the measure
    activity: Activity
    title: str  # the form's wording of the activity (else the plan's name)
    result_pct: Decimal | None  # None: no result reported yet
    actions: str
    output: str  # achieved (ผลผลิตที่ได้), never the plan's target
    outcome: str  # achieved (ผลลัพธ์ที่ได้), never the plan's target
    evidence: str
    remarks: str


@dataclass(frozen=True)
class ReportGroup:
    guideline: Guideline | None  # None: activities that name no guideline
    rows: list[ReportRow]


@dataclass(frozen=True)
class ReportMeasure:
    measure: Measure
    guidelines: list[Guideline]
    groups: list[ReportGroup]
    overall_pct: Decimal | None  # mean result of the activities listed
    done: int  # what the footer counts as done (rows or guidelines, see Report.count_by)
    in_progress: int


@dataclass(frozen=True)
class Report:
    unit: str  # as the form names it
    fiscal_year_be: int | None
    round: ReportRound
    measures: list[ReportMeasure]
    by_measure: list[MeasureCompletion]  # plan-wide, for the optional chart
    overall: metrics.Completion  # plan-wide, for the optional chart's heading
    thai_digits: bool
    count_by: str = COUNT_ROWS
    form: FormInfo = field(default_factory=FormInfo)

    def text(self, value: str) -> str:
        """Text as the form prints it: Thai digits unless Arabic ones were asked for."""
        return to_thai_digits(value) if self.thai_digits else value

    def percent(self, value: Decimal | None) -> str:
        """The number of a percentage as the form writes it after ร้อยละ: ``๑๐๐``, ``๒๑.๔๒``, ``-``."""
        return "-" if value is None else self.text(format_decimal(value).removesuffix(".00"))

    @property
    def title_lines(self) -> list[str]:
        year = f" ประจำปีงบประมาณ พ.ศ. {self.fiscal_year_be}" if self.fiscal_year_be else ""
        return [TITLE, self.text(f"ของ{self.unit}{year}")]

    @property
    def footer_label(self) -> str:
        """What every page's footer says before its number: the round the figures belong to."""
        return self.text(self.round.label)

    @property
    def plan_progress_line(self) -> str:
        """The optional chart's heading: it counts the whole plan, not only the rows listed."""
        o = self.overall
        return self.text(
            f"ความก้าวหน้าทั้งแผน: แล้วเสร็จ {o.completed} จาก {o.activities} กิจกรรม (ร้อยละ {self.percent(o.completion_pct)})"
        )

    def signature_lines(self) -> list[str]:
        """The signer's block, only when the unit sheet names a reporter (the seed's form has none)."""
        if not self.form.reporter:
            return []
        lines = ["ลงชื่อ ........................................ ผู้รายงาน", f"({self.form.reporter})"]
        if self.form.reporter_position:
            lines.append(f"ตำแหน่ง {self.form.reporter_position}")
        if self.form.report_date is not None:
            lines.append(self.text(f"วันที่ {_day(self.form.report_date)}"))
        return lines


def _row(number: int, act: Activity) -> ReportRow:
    if not act.progress_reported:  # listed with --all: nothing of the plan's targets in the result columns
        return ReportRow(number, act, act.report_title or act.name, None, "", "", "", "", act.remarks)
    return ReportRow(
        number=number,
        activity=act,
        title=act.report_title or act.name,
        result_pct=act.progress,
        actions=act.actions,
        output=act.achieved_output,
        outcome=act.achieved_outcome,
        evidence=act.evidence,
        remarks=act.remarks,
    )


def _guideline_counts(guidelines: list[Guideline], activities: list[Activity]) -> tuple[int, int]:
    """A guideline is done when it has activities and all of them are complete."""
    by_guideline: dict[str, list[Activity]] = defaultdict(list)
    for act in activities:
        if act.guideline:
            by_guideline[act.guideline].append(act)
    done = sum(
        1 for g in guidelines if by_guideline[g.guideline_id] and all(a.completed for a in by_guideline[g.guideline_id])
    )
    return done, len(guidelines) - done


def _row_counts(rows: list[ReportRow]) -> tuple[int, int]:
    """The seed's footers: listed rows complete, and listed rows with a result still short of 100."""
    done = sum(1 for r in rows if r.result_pct is not None and r.result_pct == 100)
    return done, sum(1 for r in rows if r.result_pct is not None and r.result_pct < 100)


def guideline_rule_possible(plan: Plan, *, include_unreported: bool = False) -> bool:
    """Counting guidelines makes sense only where every activity the form lists names its guideline."""
    listed = [a for a in plan.activities if include_unreported or a.progress_reported]
    return bool(listed) and all(a.guideline for a in listed)


def build_report(
    plan: Plan,
    round_: ReportRound,
    *,
    thai_digits: bool = True,
    include_unreported: bool = False,
    count_by: str = COUNT_ROWS,
) -> Report:
    """What the form says for a round: per measure its guidelines, its activities grouped by guideline,
    the overall result and the footer's counts. By default only activities with a reported result are
    listed, as the working group fills the form; ``include_unreported`` lists them all.

    The footers count listed rows (``COUNT_ROWS``), as the seed's form does; ``COUNT_GUIDELINES``
    counts guidelines whose activities are all complete, allowed only where every listed activity
    names its guideline."""
    if count_by not in (COUNT_ROWS, COUNT_GUIDELINES):
        raise ReportError(f"ไม่รู้จักวิธีนับ {count_by}", f"unknown footer rule {count_by}: rows or guidelines")
    if count_by == COUNT_GUIDELINES and not guideline_rule_possible(plan, include_unreported=include_unreported):
        raise ReportError(
            "นับตามแนวทางได้เมื่อทุกกิจกรรมในแบบรายงานระบุแนวทางของตน (คอลัมน์ แนวทาง ในแผ่นงาน กิจกรรม): "
            "ใช้การนับตามรายการที่รายงานแทน",
            "counting guidelines needs every listed activity to name its guideline: count the listed rows instead",
        )
    measures = []
    by_measure: dict[int, list[Activity]] = defaultdict(list)
    for act in plan.activities:  # in workbook order, which sorting by guideline keeps within a group
        by_measure[act.measure].append(act)
    for measure in plan.measures:
        acts = by_measure[measure.number]
        listed = [a for a in acts if include_unreported or a.progress_reported]
        guidelines = [g for g in plan.guidelines if g.measure == measure.number]
        named = {g.guideline_id: g for g in guidelines}
        order = {g.guideline_id: i for i, g in enumerate(guidelines)}
        listed.sort(key=lambda a: order.get(a.guideline, len(order)))  # stable: workbook order within a guideline
        rows = [_row(i, a) for i, a in enumerate(listed, start=1)]
        groups: list[ReportGroup] = []
        for row in rows:
            guideline = named.get(row.activity.guideline)
            if groups and groups[-1].guideline == guideline:
                groups[-1].rows.append(row)
            else:
                groups.append(ReportGroup(guideline, [row]))
        reported = [r.result_pct for r in rows if r.result_pct is not None]
        done, in_progress = _row_counts(rows) if count_by == COUNT_ROWS else _guideline_counts(guidelines, acts)
        measures.append(
            ReportMeasure(
                measure=measure,
                guidelines=guidelines,
                groups=groups,
                overall_pct=mean_truncated([r.result_pct or Decimal(0) for r in rows]) if reported else None,
                done=done,
                in_progress=in_progress,
            )
        )
    return Report(
        unit=plan.form.report_unit or plan.unit,
        fiscal_year_be=plan.fiscal_year_be,
        round=round_,
        measures=measures,
        by_measure=metrics.completion_by_measure(plan),
        overall=metrics.completion(plan.activities),
        thai_digits=thai_digits,
        count_by=count_by,
        form=plan.form,
    )


def result_lines(report: Report, row: ReportRow) -> list[tuple[str, bool]]:
    """The ผลการดำเนินการ cell as (text, bold) lines, in the form's own wording."""
    if row.result_pct is None:
        return [(NOT_REPORTED, False)]
    lines = [("ผลการดำเนินการ", True), (f"ร้อยละ {report.percent(row.result_pct)}", True)]
    if row.actions:
        lines += [("การดำเนินการ", True), (report.text(row.actions), False)]
    return lines


def footer_lines(report: Report, m: ReportMeasure) -> tuple[str, str, str]:
    """The measure's closing row: its overall result; then done and in progress, ``-`` for none, in the
    seed's words (which say แนวทาง whichever rule counted)."""

    def count(n: int) -> str:
        return report.text(str(n)) if n else "-"

    return (
        f"ผลการดำเนินการในภาพรวมคิดเป็นร้อยละ {report.percent(m.overall_pct)}",
        f"ดำเนินการแล้วเสร็จ {count(m.done)} แนวทาง",
        f"อยู่ระหว่างดำเนินการ {count(m.in_progress)} แนวทาง",
    )


def preview_lines(report: Report, m: ReportMeasure, lang: Lang) -> tuple[str, tuple[str, ...]]:
    """A measure's heading and closing row as the reports page previews them: the form's own Thai words,
    or their English for a reader of the English interface (the files themselves are the Thai form)."""
    if lang == "th":
        return measure_heading(report, m), footer_lines(report, m)
    name = m.measure.report_name or m.measure.name
    overall = percent_label(m.overall_pct) if m.overall_pct is not None else "–"
    return f"{measure_label(m.measure.number, 'en')} {name}", (
        f"Overall result {overall}",
        singular_ones(f"{m.done} guidelines done") if m.done else "no guideline done",
        singular_ones(f"{m.in_progress} guidelines in progress") if m.in_progress else "none in progress",
    )


def measure_heading(report: Report, m: ReportMeasure) -> str:
    return report.text(f"มาตรการที่ {m.measure.number} {m.measure.report_name or m.measure.name}")


def guidelines_heading(m: ReportMeasure) -> str:
    return m.measure.guidelines_label or GUIDELINES_HEADING


def guideline_line(report: Report, g: Guideline) -> str:
    """A guideline in the list under the measure's heading: ``๑.๑ ขับเคลื่อน…``."""
    return report.text(f"{g.guideline_id} {g.name}")


def group_line(report: Report, g: Guideline) -> str:
    """The table row above a guideline's activities, as the form writes it: ``๑.๑. การขับเคลื่อน…``."""
    return report.text(f"{g.guideline_id}. {g.report_name or g.name}")


def file_name(report: Report, extension: str) -> str:
    """``รายงาน-2566-h1.docx``: what the download is called."""
    return f"รายงาน-{report.fiscal_year_be or ''}-{report.round.key}-{report.round.end.isoformat()}.{extension}"


def data_date_note(plan: Plan, round_: ReportRound) -> Text | None:
    """A warning when the figures are not as of the round's end: a report must not pass them off as such."""
    if plan.as_of is None or plan.as_of == round_.end:
        return None
    when = _day(plan.as_of)
    if plan.as_of > round_.end:
        return Text(
            f"ข้อมูลนี้เป็นข้อมูล ณ วันที่ {when} ซึ่งหลังวันสิ้นรอบ ({_day(round_.end)}): ผลที่รายงานอาจรวมงานที่ทำหลังสิ้นรอบ",
            f"the data is as of {plan.as_of.isoformat()}, after the round ends ({round_.end.isoformat()}): "
            "it may include later work",
        )
    return Text(
        f"ข้อมูลนี้เป็นข้อมูล ณ วันที่ {when} ซึ่งก่อนวันสิ้นรอบ ({_day(round_.end)}): อัปโหลดข้อมูลล่าสุดก่อนออกรายงาน",
        f"the data is as of {plan.as_of.isoformat()}, before the round ends ({round_.end.isoformat()}): "
        "upload the latest data first",
    )


# -- the form's walk, once ---------------------------------------------------------------------------
# Each measure of the form, top to bottom, as typed blocks. The Word, Excel and PDF writers only lay
# these out (``match`` on the block); a fourth format is one new file mapping the same six blocks.


@dataclass(frozen=True)
class Heading:
    """The measure's heading: ``มาตรการที่ ๑ …``."""

    text: str


@dataclass(frozen=True)
class GuidelineList:
    """Under the heading: the measure's guidelines, after their label (``แนวทาง``)."""

    label: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class TableHead:
    """The table's column titles, repeated on every page."""

    titles: tuple[str, ...] = COLUMNS


@dataclass(frozen=True)
class GroupRow:
    """A row across the whole table above a guideline's activities."""

    text: str


@dataclass(frozen=True)
class ActivityRow:
    """One activity: its number and title, the result as (text, bold) lines, then output, outcome,
    evidence and remarks."""

    number: str
    title: str
    result: tuple[tuple[str, bool], ...]
    rest: tuple[str, str, str, str]


@dataclass(frozen=True)
class ClosingRow:
    """The measure's last row: the overall result on the left, done and in progress on the right."""

    overall: str
    done: str
    in_progress: str


Block = Heading | GuidelineList | TableHead | GroupRow | ActivityRow | ClosingRow


def measure_blocks(report: Report, m: ReportMeasure) -> list[Block]:
    """One measure of the form, in the order every format writes it."""
    blocks: list[Block] = [Heading(measure_heading(report, m))]
    if m.guidelines:
        blocks.append(GuidelineList(guidelines_heading(m), tuple(guideline_line(report, g) for g in m.guidelines)))
    blocks.append(TableHead())
    for group in m.groups:
        if group.guideline is not None:
            blocks.append(GroupRow(group_line(report, group.guideline)))
        for row in group.rows:
            rest = (row.output, row.outcome, row.evidence, row.remarks)
            blocks.append(
                ActivityRow(
                    report.text(f"{row.number}."),
                    report.text(row.title),
                    tuple(result_lines(report, row)),
                    (report.text(rest[0]), report.text(rest[1]), report.text(rest[2]), report.text(rest[3])),
                )
            )
    blocks.append(ClosingRow(*footer_lines(report, m)))
    return blocks
