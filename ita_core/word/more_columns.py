"""The columns of a plan's activity table that the plan form has no place for: a timeline of months
(ต.ค. | พ.ย. | … | ก.ย., ticked or shaded where the activity runs), and any other (ตัวชี้วัด, ค่าเป้าหมาย).

Left unread, a timeline's months and an indicator's words were dropped without a word. The months become
the activity's period (``มิ.ย. 2566``; a tick is when the work runs, not a day it is due: no deadline); any
other column's text is kept in the activity's details under its heading, and said once.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ita_core.timeline import MIN_MONTHS, Span, column_span, is_mark, period_of
from ita_core.word.package import Cell


@dataclass
class MoreColumns:
    """For one header: its month columns (index → month, Buddhist-era year if the heading gave one) and its
    other unnamed columns (index → heading)."""

    months: dict[int, Span] = field(default_factory=dict)
    headings: dict[int, str] = field(default_factory=dict)  # each month's column's heading, as written
    extra: dict[int, str] = field(default_factory=dict)
    marked: bool = False  # some row ticked or shaded a month
    at: str = ""  # where the header is, for what is said of its columns

    @classmethod
    def of(cls, texts: list[str], header: dict[str, int], at: str) -> MoreColumns:
        """The header row's columns that no name of the form claims. A heading merged across several
        columns stands in each (``package._grid``): it is the column it names, once."""
        named = {texts[i] for i in header.values() if i < len(texts)}
        found = cls(at=at)
        for i, text in enumerate(texts):
            if i in header.values() or not text or text in named:
                continue
            if (month := column_span(text)) is not None:
                found.months[i], found.headings[i] = month, text
            elif text not in found.extra.values():
                found.extra[i] = text
        if len(found.months) < MIN_MONTHS:  # a column that happens to be named ก.ย. is no timeline
            found.extra.update({i: texts[i] for i in found.months})
            found.months, found.headings = {}, {}
        return found

    def months_row(self, texts: list[str], header: dict[str, int]) -> bool:
        """Whether this row is the months under a merged heading (ระยะเวลาดำเนินการ over ต.ค. … ก.ย.): taken as
        the timeline's columns. The heading's own column is then a month, no longer the period's text."""
        filled = {i: text for i, text in enumerate(texts) if text}
        months = {i: m for i, text in filled.items() if (m := column_span(text)) is not None}
        if len(months) < MIN_MONTHS or len(months) != len(filled):
            return False
        self.months, self.headings = months, {i: filled[i] for i in months}
        for i in months:
            self.extra.pop(i, None)
        if header.get("period") in months:
            del header["period"]
        return True

    def period(self, row: list[Cell], cells: list[list[str]], fiscal_year: int | None) -> str | None:
        """The months this row ticks or shades, as a period (``timeline.period_of``)."""
        ticked = [
            i
            for i in sorted(self.months)
            if (i < len(cells) and cells[i] and is_mark(" ".join(cells[i]))) or (i < len(row) and row[i].shaded)
        ]
        if not ticked:
            return None
        self.marked = True
        return period_of(self.months, ticked, fiscal_year)

    def texts(self, row: list[Cell], cells: list[list[str]], continued: bool) -> list[tuple[str, str]]:
        """Each other column's text in this row, with the column's heading, and a number in a month's column (no
        mark: ``timeline.is_mark``). The rest of a row split by a page break skips a cell merged down from above:
        its text is there."""
        numbers = {
            i: heading for i, heading in self.headings.items() if i < len(cells) and not is_mark(" ".join(cells[i]))
        }
        return [
            (heading, " ".join(cells[i]))
            for i, heading in (self.extra | numbers).items()
            if i < len(cells) and cells[i] and not (continued and row[i].continued)
        ]
