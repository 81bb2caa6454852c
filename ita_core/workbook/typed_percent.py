"""A percentage of participation an office typed beside the counts, checked against them.

The dashboard works out each row's percentage from its counts (127 of 139 is 91.36) and does not read a
column of percentages the office keeps beside them (ร้อยละ, ร้อยละผู้เข้าร่วม): it is said not to be read, and
nothing more. Where the two differ, one of the counts or the percentage is a typo, and the dashboard showed
its figure without a word. A typed percentage agrees when it is the counts' percentage cut or rounded to the
places typed (91.36 or 91.37 for 127 of 139, 91.4 or 91 too), or, with more places than a person types (a
formula's result), within a millionth.
"""

from __future__ import annotations

import re
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from fractions import Fraction

from ita_core.model import Participation
from ita_core.numbers import percent
from ita_core.workbook import cells
from ita_core.workbook.contract import normalize_name
from ita_core.workbook.tables import ProblemLog, Table

# A title of a percentage of people taking part; not a target's (เป้าหมาย is the target_pct column's word).
_PERCENT_TITLE = re.compile(normalize_name("^(?!.*(?:เป้าหมาย|target)).*(?:ร้อยละ|%|เปอร์เซ็นต์|percent)"))
_FORMULA_PLACES = 4


def typed_percentages_agree(
    records: list[Participation], table: Table, percent_cells: set[str], log: ProblemLog
) -> None:
    """A warning at each typed percentage that is not its row's counts' (``percent_cells``: cells formatted as %,
    where Excel keeps 91.36 % as 0.9136)."""
    read = set(table.positions.values())
    columns = [
        (pos, column)
        for pos, column in enumerate(table.grid.columns)
        if pos not in read and (title := column[table.header_row]) and _PERCENT_TITLE.search(normalize_name(title))
    ]
    if not columns:
        return
    for row in records:
        if row.participants is None or row.headcount is None or row.headcount == 0:
            continue
        number = int(row.source.partition("!")[2].lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
        for pos, column in columns:
            cell = f"{table.grid.letters[pos]}{number}"
            raw = column[number - 1]
            typed = cells.percentage(raw, cell in percent_cells) if raw is not None else None
            if isinstance(typed, Decimal) and not _agrees(typed, row.participants, row.headcount):
                shown, said = percent(row.participants, row.headcount), format(typed.normalize(), "f")
                log.warning(
                    table.sheet,
                    cell,
                    raw,
                    f"ร้อยละที่พิมพ์ไว้ ({said}) ไม่ตรงกับผู้เข้าร่วม {row.participants} จากบุคลากร {row.headcount} คน "
                    f"ซึ่งเป็นร้อยละ {shown} (ระบบคิดร้อยละจากจำนวนคน ไม่ได้อ่านคอลัมน์นี้): ตรวจจำนวนคนหรือร้อยละ",
                    f"the percentage typed ({said}) is not that of {row.participants} of {row.headcount} people, "
                    f"{shown} % (the dashboard works it out from the counts and does not read this column): check "
                    "the counts or the percentage",
                )


def _agrees(typed: Decimal, participants: int, headcount: int) -> bool:
    exact = Fraction(participants * 100, headcount)
    places = max(0, -int(typed.normalize().as_tuple().exponent))  # 0.9136 as % is 91.3600: two places typed
    if places > _FORMULA_PLACES:
        return abs(Fraction(typed) - exact) < Fraction(1, 1_000_000)
    step = Decimal(1).scaleb(-places)
    value = Decimal(exact.numerator) / Decimal(exact.denominator)
    return typed in (value.quantize(step, ROUND_DOWN), value.quantize(step, ROUND_HALF_UP))
