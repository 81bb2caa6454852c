"""The workbook contract: sheet and column names, in Thai as users write them, with English aliases.

This is the one place that knows the names. Everything else refers to sheets
and columns by their English key (``activities``, ``progress_pct``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    key: str
    th: str
    required: bool = False
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.th, self.key, *self.aliases)


@dataclass(frozen=True)
class SheetSpec:
    key: str
    th: str
    required: bool
    columns: tuple[Column, ...]
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.th, self.key, *self.aliases)

    def column(self, key: str) -> Column:
        for col in self.columns:
            if col.key == key:
                return col
        raise KeyError(key)


UNIT = SheetSpec(
    "unit",
    "ข้อมูลหน่วยงาน",
    required=False,
    columns=(
        Column("unit", "หน่วยงาน"),
        Column("fiscal_year", "ปีงบประมาณ", aliases=("ปีงบประมาณ พ.ศ.", "fiscal year")),
        Column("as_of", "ข้อมูล ณ วันที่", aliases=("ณ วันที่", "as of")),
        # How the report form writes the unit, and who signs it (all optional).
        Column("report_unit", "ชื่อหน่วยงานในแบบรายงาน", aliases=("report unit",)),
        Column("reporter", "ผู้รายงาน"),
        Column("reporter_position", "ตำแหน่งผู้รายงาน", aliases=("ตำแหน่ง", "reporter position")),
        Column("report_date", "วันที่รายงาน", aliases=("report date",)),
    ),
)

MEASURES = SheetSpec(
    "measures",
    "มาตรการ",
    required=True,
    columns=(
        Column("measure", "มาตรการ", required=True, aliases=("มาตรการที่",)),
        Column("measure_name", "ชื่อมาตรการ", required=True),
        # Where the report form words the measure differently from the plan (optional).
        Column("report_name", "ชื่อในแบบรายงาน", aliases=("ชื่อมาตรการในแบบรายงาน",)),
        Column("guidelines_label", "หัวข้อแนวทางในแบบรายงาน", aliases=("guidelines label",)),
    ),
)

GUIDELINES = SheetSpec(
    "guidelines",
    "แนวทาง",
    required=False,
    aliases=("แนวทางการดำเนินการ",),
    columns=(
        Column("measure", "มาตรการ", required=True, aliases=("มาตรการที่",)),
        Column("guideline", "แนวทาง", required=True, aliases=("แนวทางที่", "ลำดับ")),
        Column("guideline_name", "ชื่อแนวทาง", required=True),
        Column("report_name", "ชื่อในแบบรายงาน", aliases=("ชื่อแนวทางในแบบรายงาน",)),
    ),
)

ACTIVITIES = SheetSpec(
    "activities",
    "กิจกรรม",
    required=True,
    aliases=("โครงการ/กิจกรรม",),
    columns=(
        Column("measure", "มาตรการ", required=True, aliases=("มาตรการที่",)),
        Column("activity_id", "ลำดับ", required=True, aliases=("ลำดับที่", "รหัสกิจกรรม", "id")),
        Column("activity", "โครงการ/กิจกรรม", required=True, aliases=("กิจกรรม", "โครงการ", "ชื่อกิจกรรม")),
        Column("details", "รายละเอียด", aliases=("รายละเอียดกิจกรรม",)),
        Column("output", "ผลผลิต"),
        Column("outcome", "ผลลัพธ์"),
        Column("responsible", "ผู้รับผิดชอบ"),
        Column("due", "กำหนดส่ง", required=True, aliases=("กำหนดส่งงาน", "วันครบกำหนด")),
        Column(
            "progress_pct",
            "ผลการดำเนินการ (ร้อยละ)",
            required=True,
            aliases=("ผลการดำเนินการ (%)", "ผลการดำเนินการร้อยละ", "ความก้าวหน้า (ร้อยละ)", "progress"),
        ),
        Column("evidence", "เอกสาร/หลักฐาน", aliases=("เอกสารหลักฐาน", "หลักฐาน")),
        Column("remarks", "หมายเหตุ"),
        # The plan's own table has a ระยะเวลา column (when things happened); kept as text.
        Column("period", "ระยะเวลา"),
        # What the report form says was done (issue 5); all optional.
        Column("guideline", "แนวทาง", aliases=("แนวทางที่",)),
        Column("actions", "การดำเนินการ", aliases=("การดำเนินงาน",)),
        Column("achieved_output", "ผลผลิตที่ได้"),
        Column("achieved_outcome", "ผลลัพธ์ที่ได้"),
        Column("report_title", "ชื่อในแบบรายงาน", aliases=("ชื่อกิจกรรมในแบบรายงาน",)),
    ),
)

PARTICIPATION = SheetSpec(
    "participation",
    "การมีส่วนร่วม",
    required=False,
    columns=(
        Column("activity_id", "ลำดับ", required=True, aliases=("ลำดับที่", "รหัสกิจกรรม")),
        # An empty group (or ทั้งหน่วยงาน) is the whole unit, as in the seed's 127 of 139.
        Column("group", "กลุ่มงาน", required=True, aliases=("หน่วยงาน", "ส่วนงาน")),
        Column("participants", "ผู้เข้าร่วม", required=True, aliases=("จำนวนผู้เข้าร่วม", "ผู้เข้าร่วม (คน)")),
        Column("headcount", "บุคลากรทั้งหมด", required=True, aliases=("จำนวนบุคลากร", "บุคลากรทั้งหมด (คน)")),
        Column("target_pct", "เป้าหมาย (ร้อยละ)", aliases=("เป้าหมาย", "เป้าหมาย (%)", "target")),
    ),
)

DEADLINES = SheetSpec(
    "deadlines",
    "กำหนดส่ง",
    required=False,
    columns=(
        Column("activity_id", "ลำดับ", required=True, aliases=("ลำดับที่", "รหัสกิจกรรม")),
        Column("item", "รายการ", aliases=("รายการที่ต้องส่ง",)),
        Column("due", "กำหนดส่ง", required=True, aliases=("วันครบกำหนด",)),
        Column("submitted", "วันที่ส่ง", aliases=("ส่งเมื่อ", "วันที่ส่งจริง")),
    ),
)

SHEETS: tuple[SheetSpec, ...] = (UNIT, MEASURES, GUIDELINES, ACTIVITIES, PARTICIPATION, DEADLINES)
HEADER_SEARCH_ROWS = 20

_SPACES = re.compile(r"[\s\u00a0\u200b\u200c\u200d\ufeff_]+")


def normalize_name(text: str) -> str:
    """Compare names ignoring case, Unicode forms and every kind of space.

    >>> normalize_name("  ผลการดำเนินการ\u00a0 (ร้อยละ) ") == normalize_name("ผลการดำเนินการ (ร้อยละ)")
    True
    """
    return _SPACES.sub("", unicodedata.normalize("NFKC", text)).casefold()


def _lookup(specs: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[str, str]:
    table: dict[str, str] = {}
    for key, names in specs:
        for name in names:
            table.setdefault(normalize_name(name), key)
    return table


_SHEET_LOOKUP = _lookup(tuple((s.key, s.names) for s in SHEETS))
_COLUMN_LOOKUPS = {s.key: _lookup(tuple((c.key, c.names) for c in s.columns)) for s in SHEETS}


def sheet_key(name: str) -> str | None:
    """The contract key of a workbook sheet name, or ``None`` for a sheet we do not read."""
    return _SHEET_LOOKUP.get(normalize_name(name))


def column_key(sheet: str, header: str) -> str | None:
    """The contract key of a column header in a sheet, or ``None`` when unknown."""
    return _COLUMN_LOOKUPS[sheet].get(normalize_name(header))


def spec(key: str) -> SheetSpec:
    for s in SHEETS:
        if s.key == key:
            return s
    raise KeyError(key)


def column_letter(index: int) -> str:
    """Excel column letters of a 0-based column index: 0 → A, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def column_index(letters: str) -> int:
    """0-based column index of Excel column letters: A → 0, AA → 26."""
    index = 0
    for ch in letters:
        index = index * 26 + (ord(ch) - 64)
    return index - 1
