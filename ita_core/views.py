"""What each screen shows, computed once here so pages only lay it out.

Tables come back as pandas DataFrames with display-ready columns (Thai or
English headers, Buddhist-era dates, status words with symbols), so the same
view serves the dashboard, the meeting slides and exports.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cached_property
from typing import TYPE_CHECKING
from urllib.parse import quote

import pandas as pd

from ita_core import metrics
from ita_core.address import View, unit_address
from ita_core.agency import QUIET_DAYS, Rollup, UnitStanding
from ita_core.clock import thai_day
from ita_core.dateparse import date_cell_shown
from ita_core.groups import all_groups, responsible_groups
from ita_core.labels import (
    MET_LABELS,
    ActivityState,
    Lang,
    activity_label,
    date_label,
    deadline_label,
    group_label,
    measure_label,
    moment_label,
    outlook_label,
    percent_label,
)
from ita_core.metrics import (
    Completion,
    DeadlineState,
    DeadlineStatus,
    MeasureCompletion,
    ParticipationRatio,
    Summary,
)
from ita_core.model import SYSTEM_USER, Activity, Plan
from ita_core.numbers import format_baht, percent, truncate_2
from ita_core.text import Text
from ita_core.thai import to_arabic_digits
from ita_core.workbook import contract

if TYPE_CHECKING:
    from ita_core.groups import GroupWork
    from ita_core.store.snapshots import SnapshotInfo


def activity_state(act: Activity) -> ActivityState:
    if act.completed:
        return ActivityState.DONE
    if act.progress > 0:
        return ActivityState.IN_PROGRESS
    return ActivityState.NOT_STARTED if act.progress_reported else ActivityState.NO_REPORT


@dataclass(frozen=True)
class Dashboard:
    """A plan and all of its figures at one as-of date, computed once (``metrics.summarise``)."""

    plan: Plan
    summary: Summary

    @property
    def as_of(self) -> date:
        return self.summary.as_of

    @property
    def overall(self) -> Completion:
        return self.summary.overall

    @property
    def by_measure(self) -> list[MeasureCompletion]:
        return list(self.summary.by_measure)

    @property
    def deadlines(self) -> list[DeadlineState]:
        return list(self.summary.deadlines)

    @property
    def participation(self) -> list[ParticipationRatio]:
        return list(self.summary.participation)

    # A dashboard is shared by every viewer of its snapshot and date (``ita_ui.source.dashboard_for``):
    # what the overview asks of every activity on each run is found once.

    @cached_property
    def pending(self) -> tuple[DeadlineState, ...]:
        """``open_deadlines``: not yet done, earliest first."""
        return tuple(open_deadlines(self.summary.deadlines))

    @cached_property
    def silent_overdue(self) -> int:
        """``silent_overdue`` of this plan and date."""
        return silent_overdue(self.summary.deadlines, self.plan)

    @cached_property
    def unreported(self) -> int:
        """How many activities have no progress reported yet: the mean progress counts each as 0, and an overview
        that said only "mean progress 0.00%" of a plan nobody had reported on yet said work had not begun."""
        return sum(1 for a in self.plan.activities if not a.progress_reported)

    @cached_property
    def awaiting_participation(self) -> int:
        """How many participation rows wait for their first report (``metrics.awaiting_participation``)."""
        return len(metrics.awaiting_participation(self.plan))


def dashboard(plan: Plan, as_of: date) -> Dashboard:
    return Dashboard(plan, metrics.summarise(plan, as_of))


@dataclass(frozen=True)
class Card:
    """A headline card as an executive reads it: a title, one figure, and a line or two under it."""

    title: str
    value: str
    lines: tuple[str, ...]
    brief: str = ""  # the one short line a meeting's slide has room for


def participation_card(data: Dashboard, lang: Lang) -> Card:
    """Participation as a figure: one row gives its percentage, head count and target (91.36%, 127/139,
    target 80%); several give how many reach their target and name the one furthest short."""
    title = Text("การมีส่วนร่วม", "Participation").get(lang)
    ratios = data.participation
    waiting = data.awaiting_participation
    awaiting = [Text(f"รอรายงาน {waiting} กิจกรรม", f"{waiting} awaiting a report").get(lang)] if waiting else []
    if not ratios:
        return Card(title, "–", (NO_REPORT.get(lang), *awaiting), NO_REPORT.get(lang))
    if len(ratios) == 1:
        (r,) = ratios
        people = Text(f"{r.row.participants}/{r.row.headcount} คน", f"{r.row.participants}/{r.row.headcount} people")
        lines = [people.get(lang)]
        brief = people.get(lang)
        if r.row.target_pct is not None:
            verdict = MET_LABELS[r.met].text(lang)
            target = f"{Text('เป้าหมาย', 'target').get(lang)} {percent_label(r.row.target_pct)}"
            lines.append(f"{target} · {verdict}")
            brief += f" · {target}"
        return Card(title, percent_label(r.ratio_pct), (*lines, *awaiting), brief)
    targeted = [r for r in ratios if r.met is not None]
    met = sum(1 for r in targeted if r.met)
    value = Text(f"{met}/{len(targeted)} ถึงเป้า", f"{met}/{len(targeted)} on target").get(lang)
    short = sorted((r for r in targeted if r.met is False), key=lambda r: r.ratio_pct - (r.row.target_pct or 0))
    lines = []
    brief = Text(f"ต่ำกว่าเป้า {len(short)}", f"{len(short)} short of target").get(lang)
    if short:
        worst = short[0]
        who = f"{worst.row.activity_id} {group_label(worst.row.group, lang)}"
        got, target = percent_label(worst.ratio_pct), percent_label(worst.row.target_pct or Decimal(0))
        lines.append(
            Text(f"ต่ำสุด: {who} {got} (เป้า {target})", f"furthest short: {who} {got} (target {target})").get(lang)
        )
    return Card(title, value, (*lines, *awaiting), brief)


def open_deadlines(states: Sequence[DeadlineState], limit: int | None = None) -> list[DeadlineState]:
    """Deadlines not yet done, earliest first (so overdue ones lead)."""
    pending = [s for s in states if s.status is not DeadlineStatus.DONE]
    return pending[:limit] if limit is not None else pending


# -- filters --------------------------------------------------------------------------------------


def _fold(text: str) -> str:
    """Text as search compares it: Unicode forms, case and Thai digits do not matter (๑.๕ finds 1.5)."""
    return to_arabic_digits(unicodedata.normalize("NFKC", text)).casefold()


@dataclass(frozen=True)
class ActivityFilter:
    measures: frozenset[int] = frozenset()  # empty = all
    responsible: frozenset[str] = frozenset()
    states: frozenset[ActivityState] = frozenset()
    text: str = ""

    def matches(self, act: Activity, groups: Sequence[str] = ()) -> bool:
        """``groups``: the activity's responsible groups (``groups.responsible_groups``), which the
        responsible filter chooses among."""
        if self.measures and act.measure not in self.measures:
            return False
        if self.responsible and self.responsible.isdisjoint(groups):
            return False
        if self.states and activity_state(act) not in self.states:
            return False
        needle = _fold(self.text.strip())
        return not needle or needle in _fold(f"{act.activity_id} {act.name}")


def filter_activities(plan: Plan, chosen: ActivityFilter) -> list[Activity]:
    groups = responsible_groups(plan) if chosen.responsible else {}
    return [a for a in plan.activities if chosen.matches(a, groups.get(a.activity_id, ()))]


def responsible_filter(plan: Plan) -> list[str]:
    """The groups the responsible filter offers: each group the plan names (``groups.all_groups``), not each
    distinct cell: คณะทำงานสำนัก left out 1.2, whose cell names it beside บุคลากรของทุกกลุ่มงาน."""
    return all_groups(plan)


# -- tables ---------------------------------------------------------------------------------------


def _contract_labels() -> dict[str, Text]:
    labels: dict[str, Text] = {}
    for spec in (contract.ACTIVITIES, contract.DEADLINES, contract.PARTICIPATION):
        for column in spec.columns:
            labels.setdefault(column.field, column.label)
    return labels


# Column titles: the contract's for its own columns, these for what screens compute.
HEADERS: dict[str, Text] = _contract_labels() | {
    "state": Text("สถานะ", "Status"),
    "deadlines": Text("กำหนดส่ง", "Deadlines"),
    "status": Text("สถานะ", "Status"),
    "days": Text("เหลือ (วัน)", "Days left"),
    "fraction": Text("ผู้เข้าร่วม/บุคลากร", "Participants/headcount"),
    "ratio": Text("ร้อยละ", "Ratio (%)"),
    "target": Text("เป้าหมาย (ร้อยละ)", "Target (%)"),
    "met": Text("ผล", "Result"),
    "rank": Text("#", "#"),
    "unit": Text("หน่วยงาน", "Unit"),
    "completed_pct": Text("แล้วเสร็จ (ร้อยละ)", "Completed (%)"),
    "activities": Text("กิจกรรม", "Activities"),
    "overdue": Text("✕ เลยกำหนด", "✕ Overdue"),
    "due_soon": Text("◆ ใน 14 วัน", "◆ Within 14 days"),
    "participation_met": Text("การมีส่วนร่วมถึงเป้า", "Participation on target"),
    "participation": Text("ผู้เข้าร่วม/บุคลากร (ร้อยละ)", "Participants/headcount (%)"),
    "reported_on": Text("รายงานล่าสุด", "Latest report"),
    "flag": Text("ข้อสังเกต", "Note"),
    "revision": Text("ฉบับที่", "Revision"),
    "published": Text("เผยแพร่เมื่อ", "Published"),
    "by": Text("โดย", "By"),
    "comment": Text("หมายเหตุ", "Comment"),
    "as_of": Text("ข้อมูล ณ วันที่", "Data as of"),
    "completed": Text("แล้วเสร็จ", "Completed"),
    "mean_progress": Text("ความก้าวหน้าเฉลี่ย", "Mean progress"),
    "outlook": Text("คาดการณ์", "Outlook"),
    "missing": Text("สิ่งที่ยังขาด", "Still missing"),
    "last_update": Text("ปรับข้อมูลล่าสุด", "Last updated"),
    "last_report": Text("รายงานล่าสุด", "Last report"),
    "when": Text("เมื่อ", "When"),
    "check_in_state": Text("สถานะรายงาน", "Check-in status"),
    "editor_note": Text("ความเห็นผู้แก้ไขข้อมูล", "Editor's comment"),
}


def header(key: str, lang: Lang) -> str:
    return HEADERS[key].get(lang)


def labelled(frame: pd.DataFrame, lang: Lang) -> pd.DataFrame:
    """A view's table with its column titles in ``lang``: tables keep stable keys until shown."""
    return frame.rename(columns={key: header(key, lang) for key in frame.columns if key in HEADERS})


def narrow_items(frame: pd.DataFrame, title: Sequence[str], line: Sequence[str], lang: Lang) -> list[tuple[str, str]]:
    """A table as a list for a phone, where its columns would need a sideways swipe: per row, a title of
    the ``title`` cells and one line of the ``line`` cells that have something (an activity's number and
    name together), each after its column's name where a bare value would not say what it is."""
    named = {
        "deadlines",
        "days",
        "responsible",
        "last_report",
        "activities",
        "overdue",
        "due_soon",
        "participation_met",
        "revision",
        "published",
        "by",
        "as_of",
        "completed",
        "mean_progress",
    }
    no_report = NO_REPORT.get(lang)
    shown = [k for k in line if k in frame]
    items = []
    for row in frame.to_dict("records"):  # plain dicts: ``iterrows`` made a Series per row (0.5 s at 10,000)
        head = " ".join(f"{header(k, lang)} {row[k]}" if k in named else str(row[k]) for k in title if _filled(row[k]))
        parts: list[str] = []
        for k in (k for k in shown if _filled(row[k])):
            if k == "name" and parts and parts[-1] == str(row.get("activity_id", "")):
                parts[-1] += f" {row[k]}"
            elif k in named and row[k] != no_report:
                parts.append(f"{header(k, lang)} {row[k]}")
            else:
                parts.append(_cell(k, row[k]))
        items.append((head, " · ".join(parts)))
    return items


def _filled(value: object) -> bool:
    return value is not None and not (isinstance(value, float) and pd.isna(value)) and str(value) != ""


def _cell(key: str, value: object) -> str:
    return percent_label(Decimal(str(value))) if key == "progress" else str(value)


def _frame(columns: dict[str, list[object]]) -> pd.DataFrame:
    return pd.DataFrame(columns)


def activities_table(activities: Iterable[Activity], states: Sequence[DeadlineState], lang: Lang) -> pd.DataFrame:
    """One row per activity, its deadlines in the Buddhist era and its status in words."""
    due_by_activity: dict[str, list[str]] = defaultdict(list)
    for s in states:
        due_by_activity[s.deadline.activity_id].append(date_label(s.deadline.due, lang))
    acts = list(activities)
    budget: dict[str, list[object]] = {}
    if any(a.budget is not None for a in acts):  # a column only for plans that give budgets
        budget["budget"] = [format_baht(a.budget) for a in acts]
    return _frame(
        {
            "measure": [a.measure for a in acts],
            "activity_id": [a.activity_id for a in acts],
            "name": [a.name for a in acts],
            # No bar at all for "no report yet": an empty cell is not a reported 0.
            "progress": [float(truncate_2(a.progress)) if a.progress_reported else None for a in acts],
            "state": [activity_label(activity_state(a), lang) for a in acts],
            "responsible": [a.responsible for a in acts],
            "deadlines": [", ".join(due_by_activity.get(a.activity_id, [])) for a in acts],
            **budget,  # short figures before the long evidence text, so they stay on screen
            "evidence": [a.evidence for a in acts],
        }
    )


def deadlines_table(
    states: Sequence[DeadlineState], plan: Plan, lang: Lang, work: GroupWork | None = None
) -> pd.DataFrame:
    """Every deadline sorted by due date, its status as a word and a symbol; given the plan's ``work``
    (``groups.plan_work``), also who is responsible and whether each open one will be met.

    What a meeting follows up comes first (due, activity, status, days left, then the activity's name and who is
    responsible): on a 1280 px screen the columns after the name were out of sight, the status among them, and
    the table had to be scrolled sideways to see whether a deadline was met."""
    names = {a.activity_id: a.name for a in plan.activities}
    columns: dict[str, list[object]] = {
        "due": [date_label(s.deadline.due, lang) for s in states],
        "activity_id": [s.deadline.activity_id for s in states],
        "status": [deadline_label(s.status, lang) for s in states],
        "days": [s.days_left for s in states],
        "name": [names.get(s.deadline.activity_id, "") for s in states],
    }
    if work is not None:
        responsible = {w.activity.activity_id: w.activity.responsible for w in work.activities}
        columns["responsible"] = [responsible.get(s.deadline.activity_id, "") for s in states]
    columns["item"] = [s.deadline.item for s in states]
    if work is not None:
        columns["outlook"] = [
            "" if (p := work.outlook_of(s)) is None else outlook_label(p.outlook, lang) for s in states
        ]
    reports = last_reports(plan)
    columns["last_report"] = [last_report_label(reports.get(s.deadline.activity_id), lang) for s in states]
    return _frame(columns)


def last_reports(plan: Plan) -> dict[str, date | None]:
    """The day of each activity's latest report (``None``: never reported). Snapshots stored before
    reports were dated speak for the plan's data date."""
    return {a.activity_id: a.reported_on or (plan.as_of if a.progress_reported else None) for a in plan.activities}


NO_REPORT = Text("ยังไม่มีรายงาน", "no report yet")


def last_report_label(day: date | None, lang: Lang) -> str:
    return date_label(day, lang) if day is not None else NO_REPORT.get(lang)


def silent_overdue(states: Sequence[DeadlineState], plan: Plan) -> int:
    """Overdue deadlines whose activity has reported nothing since the deadline fell due: late *and*
    silent, which the overview tells apart from late with a report since."""
    reports = last_reports(plan)
    return sum(
        1
        for s in states
        if s.status is DeadlineStatus.OVERDUE
        and ((day := reports.get(s.deadline.activity_id)) is None or day < s.deadline.due)
    )


def next_deadlines_table(states: Sequence[DeadlineState], plan: Plan, lang: Lang) -> pd.DataFrame:
    """A narrow table for the overview: when, what (id, activity and item in one cell, to wrap), status."""

    def what(s: DeadlineState) -> str:
        d = s.deadline
        return f"{d.activity_id} {plan.activity_name(d.activity_id)}" + (f" · {d.item}" if d.item else "")

    return _frame(
        {
            "due": [date_label(s.deadline.due, lang) for s in states],
            "name": [what(s) for s in states],
            "status": [deadline_label(s.status, lang) for s in states],
        }
    )


def participation_table(ratios: Sequence[ParticipationRatio], plan: Plan, lang: Lang) -> pd.DataFrame:
    """Each activity and group: the exact fraction, the truncated percentage and whether it meets its target."""
    names = {a.activity_id: a.name for a in plan.activities}
    return _frame(
        {
            "activity_id": [r.row.activity_id for r in ratios],
            "group": [group_label(r.row.group, lang) for r in ratios],
            "fraction": [f"{r.row.participants}/{r.row.headcount}" for r in ratios],
            "ratio": [percent_label(r.ratio_pct) for r in ratios],
            "target": ["–" if r.row.target_pct is None else percent_label(r.row.target_pct) for r in ratios],
            "met": [MET_LABELS[r.met].text(lang) for r in ratios],
            "name": [names.get(r.row.activity_id, "") for r in ratios],
        }
    )


@dataclass(frozen=True)
class ActivityDetail:
    """Every field of one activity, labelled, for the detail panel."""

    activity: Activity
    fields: list[tuple[str, str]]


_DETAIL_FIELDS: dict[str, Text] = {
    "details": HEADERS["details"],
    "output": HEADERS["output"],
    "outcome": HEADERS["outcome"],
    "responsible": HEADERS["responsible"],
    "period": HEADERS["period"],
    "due_text": Text("กำหนดส่ง (ตามที่พิมพ์ในไฟล์)", "Due (as typed)"),
    "evidence": HEADERS["evidence"],
    "remarks": HEADERS["remarks"],
    "budget": HEADERS["budget"],
}


def _detail_value(value: object) -> str:
    return format_baht(value) if isinstance(value, Decimal) else date_cell_shown(str(value))


def activity_detail(act: Activity, states: Sequence[DeadlineState], lang: Lang) -> ActivityDetail:
    fields = [
        (label.get(lang), _detail_value(value))
        for key, label in _DETAIL_FIELDS.items()
        if (value := getattr(act, key)) not in ("", None)
    ]
    due = [
        f"{date_label(s.deadline.due, lang, 'long')}{' · ' + s.deadline.item if s.deadline.item else ''} "
        f"({deadline_label(s.status, lang)})"
        for s in states
        if s.deadline.activity_id == act.activity_id
    ]
    if due:
        fields.append((header("deadlines", lang), "\n".join(due)))
    return ActivityDetail(act, fields)


def measure_names(plan: Plan, lang: Lang) -> dict[int, str]:
    return {m.number: f"{measure_label(m.number, lang)} {m.name}".strip() for m in plan.measures}


# -- several units --------------------------------------------------------------------------------


def standings_table(rows: Sequence[Summary]) -> pd.DataFrame:
    """Units ranked as ``metrics.compare_units`` ranks them."""
    return _frame(
        {
            "rank": list(range(1, len(rows) + 1)),
            "unit": [r.unit for r in rows],
            "completed_pct": [percent_label(r.overall.completion_pct) for r in rows],
            "activities": [f"{r.overall.completed}/{r.overall.activities}" for r in rows],
            "overdue": [r.deadline_counts[DeadlineStatus.OVERDUE] for r in rows],
            "due_soon": [r.deadline_counts[DeadlineStatus.DUE_SOON] for r in rows],
            "participation_met": [
                f"{r.participation_met}/{r.participation_rows}"
                + (f" ({percent_label(pct)})" if (pct := r.participation_on_target_pct) is not None else "")
                for r in rows
            ],
        }
    )


QUIET_FLAG = Text(f"⚠ ไม่รายงาน {QUIET_DAYS} วันขึ้นไป", f"⚠ No report for {QUIET_DAYS}+ days")
NO_PLAN_FLAG = Text("⚠ ยังไม่มีแผนของปีนี้", "⚠ No plan for this year")
QUIET_UNITS = Text("⚠ {n} หน่วยงาน", "⚠ {n} units")
AGENCY_TOTAL = Text("รวมทั้งส่วนราชการ", "Agency total")
NO_FIGURE = "–"


def _share(part: int, whole: int, fraction: bool) -> str:
    """``part/whole (pct%)``, truncated; a dash when there is nothing to divide."""
    if not whole:
        return NO_FIGURE
    pct = percent_label(percent(part, whole))
    return f"{part:,}/{whole:,} ({pct})" if fraction else pct


def _agency_row(rank: str, unit: UnitStanding, view: View, year: int, lang: Lang) -> dict[str, object]:
    s = unit.summary
    flag = (QUIET_FLAG if s else NO_PLAN_FLAG).get(lang) if unit.quiet else ""
    return {
        "rank": rank,
        "unit": unit.label,
        "completed_pct": _share(s.overall.completed, s.overall.activities, False) if s else NO_FIGURE,
        "activities": f"{s.overall.completed}/{s.overall.activities}" if s else NO_FIGURE,
        "overdue": s.deadline_counts[DeadlineStatus.OVERDUE] if s else 0,
        "due_soon": s.deadline_counts[DeadlineStatus.DUE_SOON] if s else 0,
        "participation": _share(unit.participants, unit.headcount, True),
        "reported_on": date_label(unit.reported_on, lang) if unit.reported_on else NO_FIGURE,
        "flag": flag,
        "participation_met": f"{s.participation_met}/{s.participation_rows}" if s else NO_FIGURE,
        "open": unit_address(view, unit.unit, year, unit.label),
    }


def agency_table(rolled: Rollup, view: View, lang: Lang) -> pd.DataFrame:
    """Every unit of the year, ranked, then the agency's totals (computed from the plans: ``ita_core.agency``);
    ``open`` holds each unit's overview address in the same view, its name in the fragment, so the table can
    show the unit's name as that link (``widgets.table(link=...)``)."""
    ranked = [
        _agency_row(str(i) if u.summary else "", u, view, rolled.fiscal_year_be, lang)
        for i, u in enumerate(rolled.units, 1)
    ]
    quiet = len(rolled.quiet)
    total: dict[str, object] = {
        "rank": "",
        "unit": AGENCY_TOTAL.get(lang),
        "completed_pct": _share(rolled.completed, rolled.activities, False),
        "activities": f"{rolled.completed}/{rolled.activities}",
        "overdue": rolled.overdue,
        "due_soon": rolled.due_soon,
        "participation": _share(rolled.participants, rolled.headcount, True),
        "reported_on": "",
        "flag": QUIET_UNITS.format(n=quiet).get(lang) if quiet else "",
        "participation_met": "",
        "open": "#" + quote(AGENCY_TOTAL.get(lang)),  # no page of its own: the link only carries its name
    }
    return pd.DataFrame([*ranked, total])


@dataclass(frozen=True)
class TrendPoint:
    """One published snapshot's completion per measure, from its stored summary, with the date its figures
    are for (its data date; the day it was published when it has none)."""

    published: date
    revision: int
    by_measure: dict[int, float]
    data_date: date


TREND_REVISIONS = 48  # the overview's trend shows at most the latest this many: its cost stops growing there


def trend_points(history: Sequence[SnapshotInfo]) -> list[TrendPoint]:
    """In the order they were published; the publish date in Thailand."""
    points = []
    for s in sorted(history, key=lambda s: s.revision):
        published = thai_day(s.published_at)
        by_measure = {number: float(pct) for number, pct in s.summary.measure_completion().items()}
        points.append(TrendPoint(published, s.revision, by_measure, s.as_of or published))
    return points


def _completed(c: Completion) -> str:
    return f"{c.completed}/{c.activities} ({percent_label(c.completion_pct)})"


def history_table(history: Sequence[SnapshotInfo], lang: Lang) -> pd.DataFrame:
    """Revisions newest first: who, when (Buddhist era, local time), why, and the figures that tell them
    apart (completion and mean progress)."""
    revision_of = {s.id: s.revision for s in history}

    def when(s: SnapshotInfo) -> str:
        return moment_label(s.published_at, lang)

    return _frame(
        {
            "revision": [s.revision for s in history],
            "published": [when(s) for s in history],
            "by": [_SYSTEM.get(lang) if s.published_by == SYSTEM_USER else s.published_by for s in history],
            "comment": [_comment(s, revision_of, lang) for s in history],
            "as_of": [date_label(s.as_of, lang) if s.as_of else "–" for s in history],
            "completed": [_completed(s.summary.overall) for s in history],
            "mean_progress": [percent_label(s.summary.overall.mean_progress_pct) for s in history],
            "participation_met": [f"{s.summary.participation_met}/{s.summary.participation_rows}" for s in history],
        }
    )


HISTORY_TITLE = ("revision",)
HISTORY_LINE = ("published", "by", "comment", "as_of", "completed", "mean_progress", "participation_met")
_SYSTEM = Text("ระบบ", "system")
# The comment a rollback writes by itself (older ones also named the snapshot's id): shown in the reader's
# language, with the revision it went back to.
_ROLLBACK_NOTE = re.compile(r"ย้อนกลับไปใช้ข้อมูลฉบับที่ (\d+)(?: \(รหัส \d+\))?")


def _comment(s: SnapshotInfo, revision_of: dict[int, int], lang: Lang) -> str:
    if s.rolled_back_from is None:
        return s.comment
    if written := _ROLLBACK_NOTE.fullmatch(s.comment):
        back = written.group(1)
        return Text(f"ย้อนกลับไปใช้ข้อมูลฉบับที่ {back}", f"Rolled back to revision {back}").get(lang)
    return f"{s.comment} (← {revision_of.get(s.rolled_back_from, s.rolled_back_from)})"
