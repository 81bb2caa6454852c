"""ita_core: read, check and measure an ITA integrity and transparency plan workbook.

A plain library with no user interface: the Streamlit dashboard and the
command line are both thin layers over it.

>>> from ita_core import read_workbook, summary
>>> result = read_workbook("data/ita_fy2566.xlsx")        # doctest: +SKIP
>>> summary(result.plan, result.plan.as_of)["overall"]     # doctest: +SKIP
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ita_core.metrics import (
        Completion,
        DeadlineStatus,
        completion,
        completion_by_measure,
        deadline_states,
        ita_level,
        meets_ita_target,
        participation_ratios,
    )
    from ita_core.model import Activity, Deadline, Measure, Participation, Plan
    from ita_core.numbers import percent, truncate_2
    from ita_core.problems import InvalidWorkbook, Problem, Severity, WorkbookRejected
    from ita_core.summary import summary
    from ita_core.workbook.ingest import ReadResult, load_plan, read_workbook
    from ita_core.workbook.safety import Limits

# Each public name and the module it lives in, imported on first use: a process that needs one corner of
# the library (the bounded reading process, a command's start-up) does not pay for all of it.
_HOMES = {
    "ita_core.metrics": (
        "Completion",
        "DeadlineStatus",
        "completion",
        "completion_by_measure",
        "deadline_states",
        "ita_level",
        "meets_ita_target",
        "participation_ratios",
    ),
    "ita_core.model": ("Activity", "Deadline", "Measure", "Participation", "Plan"),
    "ita_core.numbers": ("percent", "truncate_2"),
    "ita_core.problems": ("InvalidWorkbook", "Problem", "Severity", "WorkbookRejected"),
    "ita_core.summary": ("summary",),
    "ita_core.workbook.ingest": ("ReadResult", "load_plan", "read_workbook"),
    "ita_core.workbook.safety": ("Limits",),
}
_HOME_OF = {name: module for module, names in _HOMES.items() for name in names}


def __getattr__(name: str) -> Any:
    if name not in _HOME_OF:
        raise AttributeError(f"module 'ita_core' has no attribute {name!r}")
    value = getattr(importlib.import_module(_HOME_OF[name]), name)
    globals()[name] = value
    return value


__all__ = [
    "Activity",
    "Completion",
    "Deadline",
    "DeadlineStatus",
    "InvalidWorkbook",
    "Limits",
    "Measure",
    "Participation",
    "Plan",
    "Problem",
    "ReadResult",
    "Severity",
    "WorkbookRejected",
    "completion",
    "completion_by_measure",
    "deadline_states",
    "ita_level",
    "load_plan",
    "meets_ita_target",
    "participation_ratios",
    "percent",
    "read_workbook",
    "summary",
    "truncate_2",
]
