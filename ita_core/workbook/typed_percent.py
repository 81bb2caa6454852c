"""A percentage of participation an office typed beside the counts, checked against them.

The dashboard works out each row's percentage from its counts (127 of 139 is 91.36) and does not read a
column of percentages the office keeps beside them (ร้อยละ, ร้อยละผู้เข้าร่วม): it is said not to be read, and
nothing more. Where the two differ, one of the counts or the percentage is a typo, and the dashboard showed
its figure without a word (``numbers.percent_agreement`` says how they stand, as for a Word report's sentence).
"""

from __future__ import annotations

import re
from decimal import Decimal

from ita_core.model import Participation
from ita_core.numbers import DIFFERS, ROUNDED, percent, percent_agreement
from ita_core.text import Text
from ita_core.workbook import cells
from ita_core.workbook.contract import normalize_name
from ita_core.workbook.tables import ProblemLog, Table

# A title of a percentage of people taking part; not a target's (เป้าหมาย is the target_pct column's word).
_PERCENT_TITLE = re.compile(normalize_name("^(?!.*(?:เป้าหมาย|target)).*(?:ร้อยละ|%|เปอร์เซ็นต์|percent)"))


def typed_percentages_agree(
    records: list[Participation], table: Table, percent_cells: set[str], log: ProblemLog
) -> None:
    """A warning at each typed percentage that is not its row's counts', and one at the first that is them
    rounded, for its column (``percent_cells``: cells formatted as %, where Excel keeps 91.36 % as 0.9136)."""
    read = set(table.positions.values())
    columns = [
        (pos, column)
        for pos, column in enumerate(table.grid.columns)
        if pos not in read and (title := column[table.header_row]) and _PERCENT_TITLE.search(normalize_name(title))
    ]
    rounded_said: set[int] = set()
    for row in records if columns else ():
        if row.participants is None or row.headcount is None or row.headcount == 0:
            continue
        number = int(row.source.partition("!")[2].lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
        for pos, column in columns:
            cell = f"{table.grid.letters[pos]}{number}"
            raw = column[number - 1]
            typed = cells.percentage(raw, cell in percent_cells) if raw is not None else None
            if not isinstance(typed, Decimal):
                continue
            agreement = percent_agreement(typed, row.participants, row.headcount)
            if agreement == ROUNDED and pos in rounded_said:
                continue
            if agreement in (DIFFERS, ROUNDED):
                fix = _note(agreement, typed, row.participants, row.headcount)
                log.warning(table.sheet, cell, raw, fix.th, fix.en)
            if agreement == ROUNDED:
                rounded_said.add(pos)


def _note(agreement: str, typed: Decimal, joined: int, headcount: int) -> Text:
    """A typo beside the counts (``DIFFERS``), or the column's one note that it rounds (``ROUNDED``)."""
    said, shown = format(typed.normalize(), "f"), percent(joined, headcount)
    if agreement == DIFFERS:
        return Text(
            f"ร้อยละที่พิมพ์ไว้ ({said}) ไม่ตรงกับผู้เข้าร่วม {joined} จากบุคลากร {headcount} คน ซึ่งเป็นร้อยละ {shown} "
            "(ระบบคิดร้อยละจากจำนวนคน ไม่ได้อ่านคอลัมน์นี้): ตรวจจำนวนคนหรือร้อยละ",
            f"the percentage typed ({said}) is not that of {joined} of {headcount} people, {shown} % (the dashboard "
            "works it out from the counts and does not read this column): check the counts or the percentage",
        )
    return Text(
        f"คอลัมน์นี้ปัดเศษร้อยละ (เช่น {said} ของ {joined} จาก {headcount} คน) ระบบแสดงร้อยละตามเอกสารราชการซึ่งตัดทศนิยม "
        f"({shown}) จึงอาจต่างจากคอลัมน์นี้ในหลักสุดท้าย (ไม่ต้องแก้ถ้าตั้งใจ)",
        f"this column rounds its percentages (e.g. {said} for {joined} of {headcount}); the dashboard shows them "
        f"cut, as official documents write them ({shown}), so the last digit may differ (nothing to fix if meant)",
    )
