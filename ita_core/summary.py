"""A plan's ``metrics.Summary`` as JSON and back: what ``summary --json`` prints, and what history
keeps of each published snapshot (the same document without the per-row details).

Percentages are JSON numbers with at most two decimals (91.36, 100), read back as exact decimals.
Summaries stored before this form existed (flat keys, decimals as strings) are rewritten by the
store's migration 0003, so only this form is read.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from ita_core import metrics
from ita_core.metrics import Completion, DeadlineStatus, MeasureCompletion, Summary
from ita_core.model import Plan
from ita_core.thai import format_date_th


def _num(value: Decimal) -> float | int:
    """A percentage as a JSON number with at most two decimals (91.36, 100)."""
    return int(value) if value == value.to_integral_value() else float(value)


def _dec(value: float | int | str) -> Decimal:
    """The exact two-decimal figure a JSON number stands for (91.36, not 91.3599999…)."""
    return Decimal(str(value)).quantize(Decimal("0.01"))


def _completion(c: Completion) -> dict[str, Any]:
    return {
        "activities": c.activities,
        "completed": c.completed,
        "completion_pct": _num(c.completion_pct),
        "mean_progress_pct": _num(c.mean_progress_pct),
    }


def _completion_from(doc: dict[str, Any]) -> Completion:
    return Completion(doc["activities"], doc["completed"], _dec(doc["completion_pct"]), _dec(doc["mean_progress_pct"]))


def to_json(s: Summary, *, details: bool = True) -> dict[str, Any]:
    """The summary as a JSON-ready dictionary; ``details=False`` leaves out the per-row lists."""
    doc: dict[str, Any] = {
        "unit": s.unit,
        "fiscal_year_be": s.fiscal_year_be,
        "as_of": s.as_of.isoformat(),
        "as_of_th": format_date_th(s.as_of, "long"),
        "overall": _completion(s.overall),
        "measures": [{"measure": m.measure, "name": m.name, **_completion(m.completion)} for m in s.by_measure],
        "deadline_counts": {status.value: s.deadline_counts[status] for status in DeadlineStatus},
    }
    if not details:
        doc["participation_counts"] = {
            "rows": s.participation_rows,
            "met": s.participation_met,
            "short": s.participation_short,
        }
        return doc
    doc["deadlines"] = [
        {
            "activity_id": st.deadline.activity_id,
            "item": st.deadline.item,
            "due": st.deadline.due.isoformat(),
            "due_th": format_date_th(st.deadline.due, "long"),
            "status": st.status.value,
            "days_left": st.days_left,
        }
        for st in s.deadlines
    ]
    doc["participation"] = [
        {
            "activity_id": r.row.activity_id,
            "group": r.row.group,
            "participants": r.row.participants,
            "headcount": r.row.headcount,
            "ratio_pct": _num(r.ratio_pct),
            "target_pct": None if r.row.target_pct is None else _num(r.row.target_pct),
            "met": r.met,
        }
        for r in s.participation
    ]
    return doc


def from_json(doc: dict[str, Any]) -> Summary:
    """A summary without its per-row details (a stored one, or ``to_json`` output read back)."""
    counts = doc.get("participation_counts")
    if counts is None:  # a full summary: the counts follow from its rows
        met = [row["met"] for row in doc.get("participation", [])]
        counts = {"rows": len(met), "met": met.count(True), "short": met.count(False)}
    return Summary(
        unit=doc["unit"],
        fiscal_year_be=doc["fiscal_year_be"],
        as_of=date.fromisoformat(doc["as_of"]),
        overall=_completion_from(doc["overall"]),
        by_measure=tuple(MeasureCompletion(m["measure"], m["name"], _completion_from(m)) for m in doc["measures"]),
        deadline_counts={status: doc["deadline_counts"].get(status.value, 0) for status in DeadlineStatus},
        participation_rows=counts["rows"],
        participation_met=counts["met"],
        participation_short=counts["short"],
    )


def summary(plan: Plan, as_of: date) -> dict[str, Any]:
    """Everything the dashboard's headline shows, computed for ``as_of``, as JSON."""
    return to_json(metrics.summarise(plan, as_of))
