"""Tables for a responsible group's page: its open deadlines with their outlook, what it still owes,
and its check-ins. Like ``views``, tables keep stable column keys until shown."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING
from urllib.parse import quote

import pandas as pd

from ita_core.address import View, group_address
from ita_core.groups import GroupWork, groups_of
from ita_core.labels import Lang, date_label, deadline_label, missing_label, outlook_label
from ita_core.metrics import DeadlineState
from ita_core.numbers import format_decimal
from ita_core.projection import Outlook
from ita_core.text import Text

if TYPE_CHECKING:  # the store's type only: tables never load the database driver
    from ita_core.store.checkins import CheckIn

CHECK_IN_STATES = {
    "pending": Text("⏳ รอผู้แก้ไขข้อมูลอนุมัติ", "⏳ Waiting for an editor"),
    "published": Text("✓ เผยแพร่แล้ว", "✓ Published"),
    "returned": Text("↩ ส่งกลับให้แก้ไข", "↩ Returned for changes"),
}


def deadlines_table(work: GroupWork, lang: Lang) -> pd.DataFrame:
    """The group's open deadlines by due date, each with its status and whether it will be met."""
    rows = work.open_deadlines
    return pd.DataFrame(
        {
            "due": [date_label(s.deadline.due, lang) for _, s in rows],
            "activity_id": [w.activity.activity_id for w, _ in rows],
            "name": [w.activity.name for w, _ in rows],
            "item": [s.deadline.item for _, s in rows],
            "status": [deadline_label(s.status, lang) for _, s in rows],
            "outlook": [outlook_label(outlook(work, s), lang) for _, s in rows],
        }
    )


def group_link(view: View, responsible: str) -> str:
    """A responsible cell as a link to its (first) group's page; the cell's own text rides in the
    fragment, which the table shows (``LINK_TEXT``) and the page ignores."""
    named = groups_of(responsible)
    return f"{group_address(view, named[0])}#{quote(responsible)}" if named else ""


LINK_TEXT = r"#(.+)$"  # st.column_config.LinkColumn's display_text: the decoded fragment


def with_group_links(frame: pd.DataFrame, view: View) -> pd.DataFrame:
    """The table with its ``responsible`` column made of group-page links."""
    if "responsible" not in frame:
        return frame
    return frame.assign(responsible=[group_link(view, str(v or "")) for v in frame["responsible"]])


def outlook(work: GroupWork, state: DeadlineState) -> Outlook:
    projection = work.outlook_of(state)
    return Outlook.NOT_ENOUGH if projection is None else projection.outlook


def missing_table(work: GroupWork, lang: Lang) -> pd.DataFrame:
    """What the group still owes, one row per activity that owes something."""
    owing = [w for w in work.activities if w.missing]
    return pd.DataFrame(
        {
            "activity_id": [w.activity.activity_id for w in owing],
            "name": [w.activity.name for w in owing],
            "missing": [" · ".join(missing_label(m, lang) for m in w.missing) for w in owing],
            "last_update": [date_label(w.last_update, lang) if w.last_update else "" for w in owing],
        }
    )


def _when(moment: datetime, lang: Lang) -> str:
    local = moment.astimezone()
    return f"{date_label(local.date(), lang)} {local:%H:%M}"


def check_ins_table(items: Sequence[CheckIn], lang: Lang) -> pd.DataFrame:
    """Check-ins, newest first: when, which activity, the progress reported, what became of it."""
    return pd.DataFrame(
        {
            "when": [_when(c.created_at, lang) for c in items],
            "activity_id": [c.activity_id for c in items],
            "progress": [f"{format_decimal(c.report.progress)}%" for c in items],
            "by": [c.username for c in items],
            "check_in_state": [CHECK_IN_STATES[c.status.value].get(lang) for c in items],
            "editor_note": [c.decision_comment for c in items],
        }
    )
