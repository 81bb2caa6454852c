"""The plan's figures as one JSON-ready dictionary, for scripts and for other programs."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from ita_core import metrics
from ita_core.model import Plan
from ita_core.thai import format_date_th


def _num(value: Decimal) -> float | int:
    """A percentage as a JSON number with at most two decimals (91.36, 100)."""
    return int(value) if value == value.to_integral_value() else float(value)


def _completion(c: metrics.Completion) -> dict[str, Any]:
    return {
        "activities": c.activities,
        "completed": c.completed,
        "completion_pct": _num(c.completion_pct),
        "mean_progress_pct": _num(c.mean_progress_pct),
    }


def summary(plan: Plan, as_of: date) -> dict[str, Any]:
    """Everything the dashboard's headline shows, computed for ``as_of``."""
    states = metrics.deadline_states(plan, as_of)
    counts = metrics.status_counts(states)
    return {
        "unit": plan.unit,
        "fiscal_year_be": plan.fiscal_year_be,
        "as_of": as_of.isoformat(),
        "as_of_th": format_date_th(as_of, "long"),
        "overall": _completion(metrics.completion(plan.activities)),
        "measures": [
            {"measure": m.measure, "name": m.name, **_completion(m.completion)}
            for m in metrics.completion_by_measure(plan)
        ],
        "deadline_counts": {status.value: counts[status] for status in metrics.DeadlineStatus},
        "deadlines": [
            {
                "activity_id": s.deadline.activity_id,
                "item": s.deadline.item,
                "due": s.deadline.due.isoformat(),
                "due_th": format_date_th(s.deadline.due, "long"),
                "status": s.status.value,
                "days_left": s.days_left,
            }
            for s in states
        ],
        "participation": [
            {
                "activity_id": r.row.activity_id,
                "group": r.row.group,
                "participants": r.row.participants,
                "headcount": r.row.headcount,
                "ratio_pct": _num(r.ratio_pct),
                "target_pct": None if r.row.target_pct is None else _num(r.row.target_pct),
                "met": r.met,
            }
            for r in metrics.participation_ratios(plan)
        ],
    }
