"""One door for a plan file, whatever it is: an Excel workbook (.xlsx) or the plan as written in Word (.docx).

The upload page, ``python -m ita_core validate`` and ``import`` all come through here, so they read a
file the same way and say the same things about it. Everything is read in the bounded reading process
(``ita_core.workbook.worker``). A Word plan is read into the contract's workbook first
(``ita_core.word.reader``), and that workbook is then checked like any other: the person gets both the
Word problems (table, row, column) and the workbook's (sheet, cell, and for an activity's row the table and
row of the document), and the converted workbook itself, to fix in Excel what the document did not say
clearly and upload again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import PurePath
from typing import TYPE_CHECKING

from ita_core.model import Plan
from ita_core.problems import Problem, Severity, WorkbookRejected
from ita_core.text import Text
from ita_core.workbook.contract import ACTIVITIES, column_letter
from ita_core.workbook.ingest import ReadResult, read_untrusted
from ita_core.workbook.safety import Limits
from ita_core.workbook.worker import Ticket, Workers

if TYPE_CHECKING:  # the Word reader and the workbook writer load only for a Word plan
    from ita_core.word.reading import WordResult

WORD_SUFFIXES = (".docx", ".doc")  # a .doc is refused by the Word reader, saying to save it as .docx
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
SUFFIXES = WORKBOOK_SUFFIXES + WORD_SUFFIXES


@dataclass(frozen=True)
class Intake:
    """A plan file, checked: the workbook that was checked (the file itself, or the one a Word plan was
    read into), what was found in it, and for a Word plan what the Word reader found and read."""

    name: str
    workbook_name: str
    workbook: bytes | None  # None when a Word plan gave nothing to put in a workbook
    result: ReadResult  # every problem: the Word reader's first, then the workbook's
    word: WordResult | None = None

    @property
    def plan(self) -> Plan | None:
        return self.result.plan

    @property
    def from_word(self) -> bool:
        return self.word is not None

    @property
    def converted(self) -> bytes | None:
        """The workbook a Word plan was read into: what the person fixes when problems remain."""
        return self.workbook if self.from_word else None

    @property
    def read(self) -> list[Text]:
        """What the Word reader read, in words (measures and their activities, project headings)."""
        return self.word.read if self.word is not None else []


def is_word(name: str) -> bool:
    return PurePath(name).suffix.lower() in WORD_SUFFIXES


def converted_name(name: str) -> str:
    """``แผน ๒๕๖๗.docx`` → ``แผน ๒๕๖๗.xlsx``."""
    return str(PurePath(name).with_suffix(".xlsx"))


def check_file(
    data: bytes,
    name: str,
    *,
    limits: Limits | None = None,
    workers: Workers | None = None,
    ticket: Ticket | None = None,
) -> Intake:
    """Read and check a plan file from outside, by its name's suffix: a workbook as it is, a Word plan
    through its converted workbook. ``WorkbookRejected`` for a file that cannot be read at all,
    ``Cancelled`` when a newer check by the same person replaced this one."""
    if not is_word(name):
        return Intake(name, name, data, read_untrusted(data, limits, workers, ticket))
    limits = limits or Limits()
    if len(data) > limits.max_file_bytes:
        raise WorkbookRejected(
            f"ไฟล์ใหญ่เกินกำหนด ({len(data) / 2**20:.1f} MB, สูงสุด {limits.max_file_bytes / 2**20:.0f} MB)",
            f"the file is too large ({len(data) / 2**20:.1f} MB, limit {limits.max_file_bytes / 2**20:.0f} MB)",
        )
    from ita_core.word.reader import read_docx
    from ita_core.workbook.writer import workbook_bytes

    found = read_docx(data, ticket=ticket)
    xlsx = converted_name(name)
    if found.rows is None:
        return Intake(name, xlsx, None, ReadResult(None, tuple(found.problems)), found)
    converted = workbook_bytes(found.rows)
    checked = read_untrusted(converted, limits, workers, ticket)
    said = {p.value for p in found.problems if p.value}
    problems: tuple[Problem, ...] = (
        *found.problems,
        *(_in_word(p, found.places) for p in checked.problems if not _said_already(p, said)),
    )
    word_errors = any(p.severity is Severity.ERROR for p in found.problems)
    plan = None if word_errors else checked.plan
    return Intake(name, xlsx, converted, ReadResult(plan, problems, checked.omitted), found)


# The converted workbook's หมายเหตุ column: the writer lays the columns out in the contract's order.
_REMARKS = column_letter([c.field for c in ACTIVITIES.columns].index("remarks"))


def _said_already(problem: Problem, said: set[str]) -> bool:
    """A warning at a หมายเหตุ cell of the converted workbook about text the Word reader has already said
    something of (a note after a table, kept in the activity's remarks, whose move it said): said twice."""
    at_remarks = problem.sheet == ACTIVITIES.th and (problem.cell or "").rstrip("0123456789") == _REMARKS
    lines = (problem.value or "").splitlines()
    return problem.severity is Severity.WARNING and at_remarks and any(line in said for line in lines)


_CELL_ROW = re.compile(r"[A-Z]{1,3}(\d+)")


def _in_word(problem: Problem, places: list[str]) -> Problem:
    """A problem at an activity's row of the converted workbook, saying also where the document wrote that
    activity: ``กิจกรรม!H4`` alone sent the person who fixes the Word document to a cell it does not have."""
    found = _CELL_ROW.fullmatch(problem.cell or "") if problem.sheet == ACTIVITIES.th else None
    index = int(found[1]) - 2 if found else -1  # the converted workbook's row 1 is its header
    if not 0 <= index < len(places):
        return problem
    where = places[index]
    return replace(
        problem, th=f"{problem.th} (ในเอกสาร Word: {where})", en=f"{problem.en} (in the Word document: {where})"
    )
