"""The shipped FY2566 plan's readable source (TOML) as workbook rows.

The source keeps the seed document's own wording; the workbook is built from
it so the two cannot drift apart unnoticed (see tests/test_shipped_data.py).
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from ita_core.numbers import parse_number
from ita_core.workbook.writer import Cell, WorkbookRows

_ACTIVITY_COLUMNS = (
    "measure",
    "activity_id",
    "activity",
    "details",
    "output",
    "outcome",
    "responsible",
    "due",
    "evidence",
    "remarks",
    "period",
    "guideline",
    "actions",
    "achieved_output",
    "achieved_outcome",
    "report_title",
)


def _progress(text: str | None) -> Cell:
    """The report's ร้อยละ (Thai digits in the seed) as a number for the workbook."""
    if text is None:
        return None
    parsed = parse_number(text)
    if parsed is None:
        raise ValueError(f"progress {text!r} in the source is not a number")
    return parsed.value


def load_source(path: Path) -> dict[str, Any]:
    with path.open("rb") as handle:
        return tomllib.load(handle)


def rows_from_source(path: Path) -> WorkbookRows:
    source = load_source(path)
    unit = source["unit"]
    activities: list[dict[str, Cell]] = []
    for act in source["activities"]:
        row: dict[str, Cell] = {key: act.get(key) for key in _ACTIVITY_COLUMNS}
        row["progress_pct"] = _progress(act.get("progress"))
        activities.append(row)
    return WorkbookRows(
        unit=unit["unit"],
        fiscal_year_be=unit["fiscal_year_be"],
        as_of=unit["as_of"],
        form={"report_unit": unit.get("report_unit")},
        measures=[
            {
                "measure": m["measure"],
                "measure_name": m["name"],
                "report_name": m.get("report_name"),
                "guidelines_label": m.get("guidelines_label"),
            }
            for m in source["measures"]
        ],
        guidelines=[
            {
                "measure": g["measure"],
                "guideline": g["guideline"],
                "guideline_name": g["name"],
                "report_name": g.get("report_name"),
            }
            for g in source.get("guidelines", [])
        ],
        activities=activities,
        participation=[dict(p) for p in source.get("participation", [])],
        deadlines=[],
    )
