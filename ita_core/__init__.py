"""ita_core: read, check and measure an ITA integrity and transparency plan workbook.

A plain library with no user interface: the Streamlit dashboard and the
command line are both thin layers over it.

>>> from ita_core import read_workbook, summary
>>> result = read_workbook("data/ita_fy2566.xlsx")        # doctest: +SKIP
>>> summary(result.plan, result.plan.as_of)["overall"]     # doctest: +SKIP
"""

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
