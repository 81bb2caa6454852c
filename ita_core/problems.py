"""Problems found in a workbook, each naming the sheet, the cell, the value and the fix.

Errors stop an import; warnings are shown but do not. A whole file that
cannot be read at all (not a workbook, encrypted, a zip bomb) raises
``WorkbookRejected`` instead, with one message.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ita_core.errors import BilingualError
from ita_core.text import Text

_MAX_VALUE_CHARS = 80
_WARNING_TAG = Text(" (คำเตือน)", " (warning)")


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    sheet: str
    cell: str | None
    value: str | None
    th: str
    en: str
    severity: Severity = Severity.ERROR

    @property
    def location(self) -> str:
        """``กิจกรรม!H3``, or the sheet alone for a sheet-level problem."""
        return f"{self.sheet}!{self.cell}" if self.cell else self.sheet

    @property
    def shown_value(self) -> str:
        if self.value is None:
            return ""
        text = " ".join(self.value.split())
        return text if len(text) <= _MAX_VALUE_CHARS else text[: _MAX_VALUE_CHARS - 1] + "…"

    @property
    def text(self) -> Text:
        return Text(self.th, self.en)

    def message(self, lang: str) -> str:
        return self.text.get(lang)

    def line(self, lang: str = "th") -> str:
        """One line for a terminal or a log: location first, then the message."""
        message = self.message(lang)
        value = f" [{self.shown_value}]" if self.value not in (None, "") else ""
        tag = "" if self.severity is Severity.ERROR else _WARNING_TAG.get(lang)
        return f"{self.location}{tag}{value}: {message}"


@dataclass(frozen=True, slots=True)
class Omitted:
    """Problems past the per-sheet ceiling, counted per column instead of listed one by one.

    A sheet with a million rows of stray data would otherwise make a million lines nobody reads.
    """

    sheet: str
    column: str  # letters; empty for problems that name no cell
    count: int
    first_row: int | None
    last_row: int | None
    example: Problem

    @property
    def severity(self) -> Severity:
        return self.example.severity

    def line(self, lang: str = "th") -> str:
        rows = ""
        if self.first_row is not None:
            rows = f"{self.first_row}–{self.last_row}" if self.last_row != self.first_row else f"{self.first_row}"
        where = f"{self.sheet}!{self.column}" if self.column else self.sheet
        return Text(
            f"{where}: และอีก {self.count:,} ปัญหาแบบเดียวกันในคอลัมน์นี้"
            + (f" แถว {rows}" if rows else "")
            + f" เช่น “{self.example.th}”",
            f"{where}: and {self.count:,} more problems in this column"
            + (f", rows {rows}" if rows else "")
            + f", such as “{self.example.en}”",
        ).get(lang)


class WorkbookRejected(BilingualError):
    """The file as a whole cannot be read; nothing in it was looked at further."""


class InvalidWorkbook(Exception):
    """The workbook was read but has errors; ``problems`` lists all of them."""

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        errors = [p for p in problems if p.severity is Severity.ERROR]
        super().__init__(f"{len(errors)} error(s) in the workbook; first: {errors[0].line('en') if errors else '-'}")
        self.problems = problems
