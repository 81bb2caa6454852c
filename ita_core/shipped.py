"""The shipped FY2566 plan's readable source (TOML) as workbook rows.

The source keeps the seed document's own wording; the workbook is built from
it so the two cannot drift apart unnoticed (see tests/test_shipped_data.py).
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from ita_core.numbers import parse_number
from ita_core.workbook.contract import ACTIVITIES, GUIDELINES, MEASURES, PARTICIPATION, UNIT, Kind, SheetSpec
from ita_core.workbook.writer import Cell, WorkbookRows

_NUMBERS = (Kind.PERCENT, Kind.TARGET, Kind.COUNT, Kind.MONEY)


def _number(text: object) -> Cell:
    """A number the source writes as the seed does (Thai digits, ร้อยละ) as a number for the workbook."""
    if not isinstance(text, str):
        return text  # type: ignore[return-value]  # TOML gives ints, dates and strings
    parsed = parse_number(text.replace("บาท", ""))
    if parsed is None:
        raise ValueError(f"{text!r} in the source is not a number")
    return parsed.value


def _rows(entries: list[dict[str, Any]], spec: SheetSpec) -> list[dict[str, Cell]]:
    """Source entries (keyed by model field, as the contract's columns are) as workbook rows."""
    rows = []
    for entry in entries:
        unknown = entry.keys() - {c.field for c in spec.columns}
        if unknown:
            raise ValueError(f"{spec.key}: {sorted(unknown)} are not columns of the contract")
        rows.append(
            {c.field: _number(entry.get(c.field)) if c.kind in _NUMBERS else entry.get(c.field) for c in spec.columns}
        )
    return rows


def load_source(path: Path) -> dict[str, Any]:
    with path.open("rb") as handle:
        return tomllib.load(handle)


def rows_from_source(path: Path) -> WorkbookRows:
    source = load_source(path)
    return WorkbookRows(
        unit=_rows([source["unit"]], UNIT)[0],
        measures=_rows(source["measures"], MEASURES),
        guidelines=_rows(source.get("guidelines", []), GUIDELINES),
        activities=_rows(source["activities"], ACTIVITIES),
        participation=_rows(source.get("participation", []), PARTICIPATION),
    )
