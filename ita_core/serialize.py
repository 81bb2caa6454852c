"""A plan as JSON and back, exactly: the parsed tables a snapshot keeps next to the original file.

Tables are stored by column (one list per field), which is several times
faster to build and read for 10,000-row plans than one object per row.
Decimals travel as strings and dates as ISO text, so a plan read back equals
the plan written (tests check the round trip).
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Any

from ita_core.model import Activity, Contact, Deadline, FormInfo, Guideline, Measure, Participation, Plan
from ita_core.problems import Problem, Severity

FORMAT = 1


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _text(value: Decimal | None, cache: dict[Decimal, str]) -> str | None:
    if value is None:
        return None
    try:
        return cache[value]
    except KeyError:
        text = cache[value] = str(value)
        return text


def _columns(rows: tuple[Any, ...], fields: tuple[str, ...]) -> dict[str, list[Any]]:
    return {name: [row[i] for row in rows] for i, name in enumerate(fields)}


def plan_to_json(plan: Plan) -> str:
    decimals: dict[Decimal, str] = {}
    activities = _columns(plan.activities, Activity._fields)
    activities["progress"] = [_text(v, decimals) for v in activities["progress"]]
    activities["budget"] = [_text(v, decimals) for v in activities["budget"]]
    activities["reported_on"] = [_iso(d) for d in activities["reported_on"]]
    deadlines = _columns(plan.deadlines, Deadline._fields)
    deadlines["due"] = [d.isoformat() for d in deadlines["due"]]
    deadlines["submitted"] = [_iso(d) for d in deadlines["submitted"]]
    participation = _columns(plan.participation, Participation._fields)
    participation["target_pct"] = [_text(v, decimals) for v in participation["target_pct"]]
    doc: dict[str, Any] = {
        "format": FORMAT,
        "unit": plan.unit,
        "fiscal_year_be": plan.fiscal_year_be,
        "as_of": _iso(plan.as_of),
        "measures": [list(m) for m in plan.measures],
        "activities": activities,
        "deadlines": deadlines,
        "participation": participation,
        "warnings": [[w.sheet, w.cell, w.value, w.th, w.en] for w in plan.warnings],
        "guidelines": [list(g) for g in plan.guidelines],
        "form": [*plan.form[:3], _iso(plan.form.report_date)],
        "contacts": [list(c) for c in plan.contacts],
    }
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


def _rows(columns: dict[str, list[Any]], fields: tuple[str, ...], defaults: dict[str, Any]) -> list[tuple[Any, ...]]:
    """Rows from columns; a field added after a snapshot was stored takes its default."""
    n = len(next(iter(columns.values()), []))
    return list(zip(*(columns[name] if name in columns else [defaults[name]] * n for name in fields), strict=True))


def plan_from_json(text: str) -> Plan:
    doc = json.loads(text)
    if doc.get("format") != FORMAT:
        raise ValueError(f"unknown plan format {doc.get('format')!r}")
    acts, dls, people = doc["activities"], doc["deadlines"], doc["participation"]
    numbers: dict[str, Decimal] = {}
    acts["progress"] = [numbers.setdefault(v, Decimal(v)) for v in acts["progress"]]
    if "budget" in acts:  # older snapshots have no budget column: the default applies
        acts["budget"] = [None if v is None else numbers.setdefault(v, Decimal(v)) for v in acts["budget"]]
    if "reported_on" in acts:  # older snapshots date no reports: the default applies
        acts["reported_on"] = [_day(v) for v in acts["reported_on"]]
    dls["due"] = [date.fromisoformat(v) for v in dls["due"]]
    dls["submitted"] = [_day(v) for v in dls["submitted"]]
    people["target_pct"] = [None if v is None else numbers.setdefault(v, Decimal(v)) for v in people["target_pct"]]
    return Plan(
        unit=doc["unit"],
        fiscal_year_be=doc["fiscal_year_be"],
        as_of=_day(doc["as_of"]),
        measures=tuple(Measure(*m) for m in doc["measures"]),  # older snapshots: fewer fields, the defaults
        activities=tuple(Activity._make(row) for row in _rows(acts, Activity._fields, Activity._field_defaults)),
        deadlines=tuple(Deadline._make(row) for row in _rows(dls, Deadline._fields, Deadline._field_defaults)),
        participation=tuple(
            Participation._make(row) for row in _rows(people, Participation._fields, Participation._field_defaults)
        ),
        warnings=tuple(
            Problem(sheet, cell, value, th, en, Severity.WARNING) for sheet, cell, value, th, en in doc["warnings"]
        ),
        guidelines=tuple(Guideline(*g) for g in doc.get("guidelines", [])),
        form=_form(doc.get("form")),
        contacts=tuple(Contact(*c) for c in doc.get("contacts", [])),  # older snapshots have none
    )


def _form(fields: list[Any] | None) -> FormInfo:
    if not fields:
        return FormInfo()
    unit, reporter, position, day = fields
    return FormInfo(unit, reporter, position, _day(day))
