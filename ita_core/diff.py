"""What changes between two versions of a plan: the preview before publishing, and history comparisons.

Activities match by id; deadlines by activity and item (in order when an
activity has several with the same item); participation rows by activity and
work group. Deadline status is judged at one as-of date for both versions.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from ita_core import metrics
from ita_core.labels import Lang, date_label, deadline_label, group_label
from ita_core.metrics import DeadlineStatus
from ita_core.model import Activity, Deadline, Participation, Plan
from ita_core.numbers import format_baht, format_decimal
from ita_core.pairing import name_key, pair_activities_of, renumbered
from ita_core.text import Text
from ita_core.workbook import contract


@dataclass(frozen=True)
class PlanDiff:
    activities_added: list[Activity] = field(default_factory=list)
    activities_removed: list[Activity] = field(default_factory=list)
    progress_changed: list[tuple[Activity, Activity]] = field(default_factory=list)
    deadlines_added: list[Deadline] = field(default_factory=list)
    deadlines_removed: list[Deadline] = field(default_factory=list)
    deadlines_moved: list[tuple[Deadline, Deadline]] = field(default_factory=list)
    deadlines_done: list[Deadline] = field(default_factory=list)  # not done before, done now
    # done before, not now (its day sent cleared): (before, after)
    deadlines_undone: list[tuple[Deadline, Deadline]] = field(default_factory=list)
    participation_changed: list[tuple[Participation | None, Participation | None]] = field(default_factory=list)
    header_changed: list[tuple[str, str, str]] = field(default_factory=list)  # (field key, before, after)
    # Every other column of an activity (its group, budget, remarks…): (before, after, model field).
    fields_changed: list[tuple[Activity, Activity, str]] = field(default_factory=list)
    renumbered: list[tuple[Activity, Activity]] = field(default_factory=list)  # the same activity, a new number
    renamed: list[tuple[Activity, Activity]] = field(default_factory=list)  # the same number, another name

    @property
    def empty(self) -> bool:
        return not any(getattr(self, name) for name in self.__dataclass_fields__)


def _deadline_keys(plan: Plan, now: dict[str, str]) -> dict[tuple[str, str, int], Deadline]:
    """Each deadline by its activity's id (``now``: an old id → the renumbered one), item and order."""
    seen: dict[tuple[str, str], int] = defaultdict(int)
    keyed = {}
    for d in sorted(plan.deadlines, key=lambda d: (now.get(d.activity_id, d.activity_id), d.item, d.due)):
        aid = now.get(d.activity_id, d.activity_id)
        n = seen[aid, d.item]
        seen[aid, d.item] += 1
        keyed[aid, d.item, n] = d
    return keyed


def _done(plan: Plan, as_of: date, now: dict[str, str]) -> set[tuple[str, str, date]]:
    return {
        (now.get(s.deadline.activity_id, s.deadline.activity_id), s.deadline.item, s.deadline.due)
        for s in metrics.deadline_states(plan, as_of)
        if s.status is DeadlineStatus.DONE
    }


# An activity's columns besides those compared on their own (its number, name, progress, and its deadlines by
# their days): a change of group, remarks or output showed "the workbook holds exactly the current data".
_OTHER_FIELDS = tuple(
    c.field
    for c in contract.ACTIVITIES.columns
    if c.field not in {"activity_id", "name", "progress", "due_text"} and c.field in Activity._fields
)
_SHOWN_CHARS = 200  # of a long text's before and after in the preview


def diff_plans(old: Plan | None, new: Plan, as_of: date) -> PlanDiff:
    """Everything that differs from ``old`` to ``new`` (all of ``new`` is "added" when there is no ``old``)."""
    if old is None:
        return PlanDiff(activities_added=list(new.activities), deadlines_added=list(new.deadlines))
    pairs = pair_activities_of(old.activities, new.activities)
    now = renumbered(pairs)
    before = {a.activity_id: a for a in old.activities}
    matched = [(before[pairs[a.activity_id]], a) for a in new.activities if a.activity_id in pairs]
    kept = set(pairs.values())
    result = PlanDiff(
        activities_added=[a for a in new.activities if a.activity_id not in pairs],
        activities_removed=[a for a in old.activities if a.activity_id not in kept],
        progress_changed=[
            (o, n) for o, n in matched if (o.progress, o.progress_reported) != (n.progress, n.progress_reported)
        ],
        renumbered=[(o, n) for o, n in matched if o.activity_id != n.activity_id],
        renamed=[(o, n) for o, n in matched if o.activity_id == n.activity_id and name_key(o.name) != name_key(n.name)],
    )
    result.fields_changed.extend(
        (o, n, key) for o, n in matched for key in _OTHER_FIELDS if getattr(o, key) != getattr(n, key)
    )
    old_deadlines, new_deadlines = _deadline_keys(old, now), _deadline_keys(new, {})
    was_done, now_done = _done(old, as_of, now), _done(new, as_of, {})
    for key, d in new_deadlines.items():
        previous = old_deadlines.get(key)
        if previous is None:
            result.deadlines_added.append(d)
            continue
        if previous.due != d.due:
            result.deadlines_moved.append((previous, d))
        done_now = (d.activity_id, d.item, d.due) in now_done
        done_before = (d.activity_id, previous.item, previous.due) in was_done
        if done_now and not done_before:
            result.deadlines_done.append(d)
        elif done_before and not done_now:  # it showed as sent, and will show as due or overdue: said, as a change
            result.deadlines_undone.append((previous, d))
    result.deadlines_removed.extend(d for key, d in old_deadlines.items() if key not in new_deadlines)

    old_rows = {(now.get(p.activity_id, p.activity_id), p.group): p for p in old.participation}
    new_rows = {(p.activity_id, p.group): p for p in new.participation}
    for pair in sorted(old_rows.keys() | new_rows.keys()):
        a, b = old_rows.get(pair), new_rows.get(pair)
        if a is None or b is None or a[1:5] != b[1:5]:  # the activity by its key, renumbered or not
            result.participation_changed.append((a, b))
    for what, x, y in (
        ("unit", old.unit, new.unit),
        ("fiscal_year", str(old.fiscal_year_be or ""), str(new.fiscal_year_be or "")),
        ("as_of", old.as_of.isoformat() if old.as_of else "", new.as_of.isoformat() if new.as_of else ""),
    ):
        if x != y:
            result.header_changed.append((what, x, y))
    return result


_HEADER_FIELDS = {
    "unit": Text("หน่วยงาน", "Unit"),
    "fiscal_year": Text("ปีงบประมาณ", "Fiscal year"),
    "as_of": Text("ข้อมูล ณ วันที่", "As of"),
}


def _header_value(what: str, value: str, lang: Lang) -> str:
    return date_label(date.fromisoformat(value), lang, "long") if what == "as_of" and value else value


# -- display --------------------------------------------------------------------------------------


def _progress(act: Activity | None) -> str:
    if act is None:
        return "–"
    return f"{format_decimal(act.progress)}%" if act.progress_reported else "ยังไม่มีรายงานผล"


def _field(act: Activity, key: str) -> str:
    value = getattr(act, key)
    if value is None or value == "":
        return "–"
    if contract.ACTIVITIES.column(key).kind is contract.Kind.MONEY:
        return format_baht(value)
    text = str(value)
    return text if len(text) <= _SHOWN_CHARS else text[: _SHOWN_CHARS - 1] + "…"


def _people(row: Participation | None) -> str:
    return "–" if row is None or not row.reported else f"{row.participants}/{row.headcount}"


_ID, _NAME = contract.ACTIVITIES.column("activity_id").label, contract.ACTIVITIES.column("name").label
_ITEM, _DUE = contract.DEADLINES.column("item").label, contract.DEADLINES.column("due").label
_GROUP = contract.PARTICIPATION.column("group").label
_FROM, _TO, _RESULT = Text("จาก", "From"), Text("เป็น", "To"), Text("ผล", "Progress")
Row = list[tuple[Text, object]]


def diff_tables(diff: PlanDiff, lang: Lang) -> list[tuple[str, pd.DataFrame]]:
    """Each kind of change as a titled table, in Thai or English; kinds without changes are left out."""
    tables: list[tuple[str, pd.DataFrame]] = []

    def add(title: Text, rows: list[Row]) -> None:
        if rows:
            frame = pd.DataFrame([{header.get(lang): value for header, value in row} for row in rows])
            tables.append((f"{title.get(lang)} ({len(rows)})", frame))

    def due(d: Deadline) -> Row:
        return [(_ID, d.activity_id), (_ITEM, d.item), (_DUE, date_label(d.due, lang))]

    add(
        Text("ข้อมูลหน่วยงานที่เปลี่ยน", "Unit details changed"),
        [
            [
                (Text("รายการ", "Field"), _HEADER_FIELDS[w].get(lang)),
                (_FROM, _header_value(w, x, lang)),
                (_TO, _header_value(w, y, lang)),
            ]
            for w, x, y in diff.header_changed
        ],
    )
    add(
        Text("กิจกรรมที่เพิ่ม", "Activities added"),
        [
            [(_ID, a.activity_id), (_NAME, a.name), (Text("ผล", "Progress"), _progress(a))]
            for a in diff.activities_added
        ],
    )
    add(
        Text("กิจกรรมที่ถูกลบ", "Activities removed"),
        [[(_ID, a.activity_id), (_NAME, a.name)] for a in diff.activities_removed],
    )
    add(
        Text("กิจกรรมที่เปลี่ยนลำดับ (เทียบตามชื่อ)", "Activities renumbered (compared by name)"),
        [[(_FROM, a.activity_id), (_TO, b.activity_id), (_NAME, b.name)] for a, b in diff.renumbered],
    )
    add(
        Text("ชื่อกิจกรรมที่เปลี่ยน", "Activity names changed"),
        [[(_ID, b.activity_id), (_FROM, a.name), (_TO, b.name)] for a, b in diff.renamed],
    )
    add(
        Text("ผลการดำเนินการที่เปลี่ยน", "Progress changed"),
        [
            [(_ID, b.activity_id), (_NAME, b.name), (_FROM, _progress(a)), (_TO, _progress(b))]
            for a, b in diff.progress_changed
        ],
    )
    add(
        Text("ข้อมูลกิจกรรมที่เปลี่ยน", "Activity details changed"),
        [
            [  # what changed before the name, which is long: on a laptop the name pushed them out of sight
                (_ID, b.activity_id),
                (Text("รายการ", "Field"), contract.ACTIVITIES.column(key).label.get(lang)),
                (_FROM, _field(a, key)),
                (_TO, _field(b, key)),
                (_NAME, b.name),
            ]
            for a, b, key in diff.fields_changed
        ],
    )
    add(Text("กำหนดส่งที่เพิ่ม", "Deadlines added"), [due(d) for d in diff.deadlines_added])
    add(Text("กำหนดส่งที่ถูกลบ", "Deadlines removed"), [due(d) for d in diff.deadlines_removed])
    add(
        Text("กำหนดส่งที่เลื่อน", "Deadlines moved"),
        [
            [*due(b)[:2], (_FROM, date_label(a.due, lang)), (_TO, date_label(b.due, lang))]
            for a, b in diff.deadlines_moved
        ],
    )
    add(
        Text("กำหนดส่งที่ส่งแล้วในฉบับใหม่", "Deadlines now done"),
        [[*due(d), (Text("สถานะ", "Status"), deadline_label(DeadlineStatus.DONE, lang))] for d in diff.deadlines_done],
    )
    add(
        Text("กำหนดส่งที่ไม่เป็นส่งแล้วในฉบับใหม่", "Deadlines no longer done"),
        [
            [*due(b), (Text("วันที่ส่งเดิม", "Was sent on"), date_label(a.submitted, lang) if a.submitted else "–")]
            for a, b in diff.deadlines_undone
        ],
    )
    add(
        Text("การมีส่วนร่วมที่เปลี่ยน", "Participation changed"),
        [
            [(_ID, row.activity_id), (_GROUP, group_label(row.group, lang)), (_FROM, _people(a)), (_TO, _people(b))]
            for a, b in diff.participation_changed
            if (row := b or a) is not None
        ],
    )
    return tables
