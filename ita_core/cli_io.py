"""What every command needs: where to write, in which language, and how to list a workbook's problems."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TextIO

from ita_core.ingest import ReadResult


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
