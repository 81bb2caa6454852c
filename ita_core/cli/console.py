"""What every command needs: where to write, in which language, and how to list a workbook's problems."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from ita_core.errors import BilingualError
from ita_core.intake import Intake, check_file
from ita_core.model import Plan
from ita_core.problems import Severity
from ita_core.text import Lang, Text
from ita_core.workbook.ingest import ReadResult, read_bytes
from ita_core.workbook.worker import Workers

# A command reads one file and exits: no process is kept warm for a next one.
WORKERS = Workers(warm=0)


def check_path(path: Path) -> Intake:
    """A plan file named on the command line (a workbook, or the plan as written in Word), read in a
    bounded process as the upload page reads it (``ita_core.intake``)."""
    return check_file(read_bytes(path), path.name, workers=WORKERS)


def read_file(path: Path) -> ReadResult:
    return check_path(path).result


@dataclass
class Io:
    """Where a command writes, and in which language it speaks."""

    out: TextIO
    err: TextIO
    lang: Lang
    stdin: TextIO

    def say(self, th: str, en: str) -> None:
        print(Text(th, en).get(self.lang), file=self.out)

    def warn(self, th: str, en: str) -> None:
        print(Text(th, en).get(self.lang), file=self.err)

    def fail(self, th: str, en: str) -> int:
        print(Text(th, en).get(self.lang), file=self.err)
        return 1


def print_read(intake: Intake, io: Io) -> None:
    """What was read from a Word plan, a line each (measures and their activities, project headings)."""
    for line in intake.read:
        print(line.get(io.lang), file=io.out)


def print_problems(result: ReadResult, io: Io, *, warnings: bool = False, to_err: bool = False) -> None:
    """The listed problems, then one line per column whose further problems were only counted."""
    target = io.err if to_err else io.out
    for problem in result.problems if warnings else result.errors:
        print(problem.line(io.lang), file=target)
    for omitted in result.omitted:
        if warnings or omitted.severity is Severity.ERROR:
            print(omitted.line(io.lang), file=target)


def read_plan(path: Path, io: Io) -> Plan:
    """The workbook's plan, or its problems on stderr and a ``BilingualError`` (exit 1 in ``main``)."""
    result = read_file(path)
    if result.plan is None:
        print_problems(result, io, to_err=True)
        raise BilingualError("ไฟล์มีข้อผิดพลาด: แก้ตามรายการข้างบนก่อน", "the workbook has errors")
    return result.plan
