"""A plan's timeline: a column per month, ticked where an activity's work runs. Read as the activity's
period (ระยะเวลา), never as a deadline: a tick says when the work runs, not a day anything is due."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ita_core.thai import MONTHS_SHORT

MIN_MONTHS = 3  # columns headed by at least this many months are a timeline
Month = tuple[int, int | None]  # month, and the Buddhist-era year its heading gave


def period_of(months: Mapping[int, Month], ticked: Sequence[int], fiscal_year: int | None) -> str:
    """The ticked columns as a period, runs of adjacent months as spans: ``ต.ค. 2565 – ธ.ค. 2565, มิ.ย. 2566``."""
    runs: list[list[int]] = []
    for i in sorted(ticked):
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return ", ".join(
        _month(months[run[0]], fiscal_year) + (f" – {_month(months[run[-1]], fiscal_year)}" if len(run) > 1 else "")
        for run in runs
    )


def _month(month: Month, fiscal_year: int | None) -> str:
    number, year = month
    year = year or (fiscal_year - (number >= 10) if fiscal_year else None)  # October begins the fiscal year
    return MONTHS_SHORT[number - 1] + (f" {year}" if year else "")
