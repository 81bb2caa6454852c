"""A plan's timeline: a column per month (ต.ค. | พ.ย. | … | ก.ย.) or per quarter of the fiscal year (ไตรมาส ๑ …
ไตรมาส ๔), ticked where an activity's work runs. Read as the activity's period (ระยะเวลา), never as a deadline:
a tick says when the work runs, not a day anything is due."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ita_core.dateparse import month_heading
from ita_core.thai import MONTHS_SHORT, to_arabic_digits

MIN_MONTHS = 3  # columns headed by at least this many months or quarters are a timeline
# The months a column covers, first and last, and the Buddhist-era year its heading gave (a month's only)
Span = tuple[int, int, int | None]

# ไตรมาส ๑, ไตรมาสที่ 1, Q1, alone or with its months (ไตรมาส 1 (ต.ค.–ธ.ค.)). Anything else after it is another
# column: ไตรมาส 1 (ร้อยละ) is a result per quarter, ไตรมาส 1/2567 gives a year (the fiscal or the calendar one?).
_QUARTER = re.compile(r"\s*(?:ไตรมาส\s*(?:ที่)?|Q)\s*([1-4])\s*(?:\(?([^()\-–]+?)\s*[-–]\s*([^()\-–]+?)\)?)?\s*", re.I)
_QUARTER_MONTHS = {1: (10, 12), 2: (1, 3), 3: (4, 6), 4: (7, 9)}  # the fiscal year begins in October


def column_span(heading: str) -> Span | None:
    """The months a timeline column's heading names: one month (``ต.ค. ๖๕``) or a quarter (``ไตรมาส ๒``)."""
    if (month := month_heading(heading)) is not None:
        return month[0], month[0], month[1]
    if (quarter := _QUARTER.fullmatch(to_arabic_digits(heading))) is None:
        return None
    first, last = _QUARTER_MONTHS[int(quarter[1])]
    if quarter[2] is not None and (month_heading(quarter[2]), month_heading(quarter[3])) != (
        (first, None),
        (last, None),
    ):
        return None  # months that are not the quarter's, or with a year
    return first, last, None


def is_mark(text: str) -> bool:
    """A tick, a cross, a dot: what marks a month. A number (a result per quarter, a budget per month) is no
    mark: read as one, it became the period and the figure was lost without a word."""
    return not any(c.isdigit() for c in text)


def period_of(columns: Mapping[int, Span], ticked: Sequence[int], fiscal_year: int | None) -> str:
    """The ticked columns as a period, runs of adjacent columns as spans: ``ต.ค. 2565 – ธ.ค. 2565, มิ.ย. 2566``
    (a quarter is its three months)."""
    runs: list[list[int]] = []
    for i in sorted(ticked):
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    shown = []
    for run in runs:
        (first, _, first_year), (_, last, last_year) = columns[run[0]], columns[run[-1]]
        start, end = _month(first, first_year, fiscal_year), _month(last, last_year, fiscal_year)
        shown.append(start if start == end else f"{start} – {end}")
    return ", ".join(shown)


def _month(number: int, year: int | None, fiscal_year: int | None) -> str:
    year = year or (fiscal_year - (number >= 10) if fiscal_year else None)  # October begins the fiscal year
    return MONTHS_SHORT[number - 1] + (f" {year}" if year else "")
