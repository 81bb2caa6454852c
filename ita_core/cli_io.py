"""What every command needs: where to write, in which language, and how to list a workbook's problems."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from ita_core.errors import BilingualError
from ita_core.ingest import ReadResult, read_workbook
from ita_core.model import Plan


@dataclass
class Io:
    """Where a command writes, and in which language it speaks."""

    out: TextIO
    err: TextIO
    lang: str
    stdin: TextIO

    def say(self, th: str, en: str) -> None:
        print(th if self.lang == "th" else en, file=self.out)

    def fail(self, th: str, en: str) -> int:
        print(th if self.lang == "th" else en, file=self.err)
        return 1


def print_problems(result: ReadResult, io: Io, *, warnings: bool = False) -> None:
    for problem in result.problems if warnings else result.errors:
        print(problem.line(io.lang), file=io.out)


def read_plan(path: Path, io: Io) -> Plan:
    """The workbook's plan, or its problems on stderr and a ``BilingualError`` (exit 1 in ``main``)."""
    result = read_workbook(path)
    if result.plan is None:
        for problem in result.errors:
            print(problem.line(io.lang), file=io.err)
        raise BilingualError("ไฟล์มีข้อผิดพลาด: แก้ตามรายการข้างบนก่อน", "the workbook has errors")
    return result.plan
