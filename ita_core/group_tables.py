"""What a responsible group's page lists: its activities, each once with its open deadlines and their
outlook and what it still owes folded under it, and its check-ins.
Like ``views``, tables keep stable column keys until shown."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING
from urllib.parse import quote

import pandas as pd

from ita_core.address import View, group_address
from ita_core.groups import ActivityWork, GroupWork, groups_of
from ita_core.labels import (
    Lang,
    activity_label,
    date_label,
    deadline_label,
    missing_label,
    moment_label,
    outlook_label,
    percent_label,
)
from ita_core.metrics import DeadlineState, DeadlineStatus
from ita_core.numbers import format_decimal
from ita_core.projection import Outlook
from ita_core.text import Text
from ita_core.views import activity_state

if TYPE_CHECKING:  # the store's type only: tables never load the database driver
    from ita_core.store.checkins import CheckIn

CHECK_IN_STATES = {
    "pending": Text("⏳ รอผู้แก้ไขข้อมูลอนุมัติ", "⏳ Waiting for an editor"),
    "published": Text("✓ เผยแพร่แล้ว", "✓ Published"),
    "returned": Text("↩ ส่งกลับให้แก้ไข", "↩ Returned for changes"),
}


def group_link(view: View, responsible: str) -> str:
    """A responsible cell as a link to its (first) group's page; the cell's own text rides in the
    fragment, which the table shows (``LINK_TEXT``) and the page ignores."""
    named = groups_of(responsible)
    return f"{group_address(view, named[0])}#{quote(responsible)}" if named else ""


def with_group_links(frame: pd.DataFrame, view: View) -> pd.DataFrame:
    """The table with its ``responsible`` column made of group-page links."""
    if "responsible" not in frame:
        return frame
    cells = [str(v or "") for v in frame["responsible"]]
    links = {cell: group_link(view, cell) for cell in set(cells)}  # a plan repeats a few groups many times
    return frame.assign(responsible=[links[cell] for cell in cells])


def outlook(work: GroupWork, state: DeadlineState) -> Outlook:
    projection = work.outlook_of(state)
    return Outlook.NOT_ENOUGH if projection is None else projection.outlook


@dataclass(frozen=True)
class ActivityItem:
    """One activity on its group's page, as one entry of one list: what it is, where it stands, its next
    deadline and when it last reported on its line; its open deadlines and what it still owes folded
    under it (the page once listed each activity three times)."""

    activity_id: str
    name: str
    state: str  # "กำลังดำเนินการ · 30.00%"
    next_due: str  # "7 เม.ย. 2566 · ✕ เลยกำหนดส่ง · ▲ เสี่ยง", or "" when nothing is open
    last_report: str  # "รายงานล่าสุด 31 มี.ค. 2566"; "" when it never reported (its state says so)
    overdue: bool
    folded: tuple[str, ...]  # each open deadline, then what is missing


_LAST_REPORT = Text("รายงานล่าสุด", "Last report")
_STILL_MISSING = Text("ยังขาด", "Still missing")


def activity_items(work: GroupWork, last_reports: dict[str, date | None], lang: Lang) -> list[ActivityItem]:
    """The group's activities in the plan's order, each as ``ActivityItem``."""
    items = []
    for w in work.activities:
        act = w.activity
        state = activity_label(activity_state(act), lang)
        day = last_reports.get(act.activity_id)
        items.append(
            ActivityItem(
                act.activity_id,
                act.name,
                f"{state} · {percent_label(act.progress)}" if act.progress_reported else state,
                _due_line(work, w.next_deadline, lang, brief=True) if w.next_deadline else "",
                f"{_LAST_REPORT.get(lang)} {date_label(day, lang)}" if day else "",
                any(s.status is DeadlineStatus.OVERDUE for s in w.deadlines),
                _folded(work, w, lang),
            )
        )
    return items


def _due_line(work: GroupWork, state: DeadlineState, lang: Lang, brief: bool = False) -> str:
    """Due date, status and forecast; an overdue deadline is late already (no forecast), and on the
    activity's own line a forecast that cannot be made is left out (the folded list says so)."""
    parts = [date_label(state.deadline.due, lang), deadline_label(state.status, lang)]
    forecast = outlook(work, state)
    if state.status is not DeadlineStatus.OVERDUE and not (brief and forecast is Outlook.NOT_ENOUGH):
        parts.append(outlook_label(forecast, lang))
    return " · ".join(parts)


def _folded(work: GroupWork, w: ActivityWork, lang: Lang) -> tuple[str, ...]:
    lines = [
        f"{_due_line(work, s, lang)} — {s.deadline.item}" if s.deadline.item else _due_line(work, s, lang)
        for s in w.deadlines
        if s.status is not DeadlineStatus.DONE
    ]
    if w.missing:
        lines.append(f"{_STILL_MISSING.get(lang)}: " + " · ".join(missing_label(m, lang) for m in w.missing))
    return tuple(lines)


def check_ins_table(items: Sequence[CheckIn], lang: Lang) -> pd.DataFrame:
    """Check-ins, newest first: when, which activity, the progress reported, what became of it."""
    return pd.DataFrame(
        {
            "when": [moment_label(c.created_at, lang) for c in items],
            "activity_id": [c.activity_id for c in items],
            "progress": [f"{format_decimal(c.report.progress)}%" for c in items],
            "by": [c.username for c in items],
            "check_in_state": [CHECK_IN_STATES[c.status.value].get(lang) for c in items],
            "editor_note": [c.decision_comment for c in items],
        }
    )
