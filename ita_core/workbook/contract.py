"""The workbook contract: sheet and column names, in Thai as users write them, with English aliases.

This is the one place that describes a column: its names, the model field it fills, how its cells
are read, its width in written workbooks and its title on screens. Everything else iterates over
these specifications and refers to a column by its model field (``activities``, ``progress``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from ita_core.text import Text


class Kind(StrEnum):
    """How a cell is read (``ita_core.workbook.sheets`` has one parser per kind)."""

    TEXT = "text"  # kept as typed
    NAME = "name"  # text without surrounding spaces
    ID = "id"  # an activity or guideline id: Arabic digits, no spaces (๑.๕ → 1.5)
    MEASURE = "measure"  # a measure number: 1, มาตรการที่ ๑
    PERCENT = "percent"  # 0–100: 50, 50%, ร้อยละ ๕๐, or 0.5 in a cell formatted as %
    TARGET = "target"  # a percentage aimed at, as PERCENT, which may say "at least": ไม่น้อยกว่าร้อยละ ๘๐
    COUNT = "count"  # a whole number of people
    MONEY = "money"  # baht: 150000, 150,000.50, ๑๕๐,๐๐๐ บาท
    DATES = "dates"  # one or more Thai dates in a cell, each a deadline
    DATE = "date"  # exactly one date
    YEAR = "year"  # a Buddhist-era fiscal year


@dataclass(frozen=True)
class Column:
    """One column of a sheet, described once: reading, writing, screens and the diff follow it.

    ``field`` is the model's field name, end to end. ``en`` is the English header a workbook may use
    and the name messages give (it defaults to the field). ``empty`` is the fix shown when a cell of
    this column is left empty; ``None`` means an empty cell is allowed.
    """

    field: str
    th: str
    title: str  # the English column title on screens
    kind: Kind = Kind.TEXT
    required: bool = False
    aliases: tuple[str, ...] = ()
    en: str = ""
    empty: Text | None = None
    width: int = 20
    hint: str = ""  # a line for the template's instruction sheet
    most: int | None = None  # the most characters a cell may hold (where the store keeps it in a sized column)
    # Words a header names this column by when it is not one of its names (กลุ่มงานที่รับผิดชอบ, ผลการดำเนินการ
    # ไตรมาส 2 (ร้อยละ)): searched in the header as ``normalize_name`` makes it (``near_key``).
    near: str = ""

    @property
    def english(self) -> str:
        return self.en or self.field

    @property
    def names(self) -> tuple[str, ...]:
        return (self.th, self.english, *self.aliases)

    @property
    def label(self) -> Text:
        return Text(self.th, self.title)


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

    def column(self, field: str) -> Column:
        for col in self.columns:
            if col.field == field:
                return col
        raise KeyError(field)


_ID_WORDS = "^(?:ลำดับ|รหัส)"
_DUE_WORDS = "กำหนดส่ง|ครบกำหนด|deadline"
_NO_MEASURE = Text("ไม่ได้ใส่เลขมาตรการ", "the measure number is empty")
_NO_ACTIVITY_ID = Text("ไม่ได้ใส่ลำดับกิจกรรม เช่น 1.5", "the activity id is empty, e.g. 1.5")
# The store keeps these in sized columns (ita_core.store.schema): longer text is refused at its cell.
UNIT_CHARS = 300
ID_CHARS = 50
GROUP_CHARS = 300

NO_PEOPLE = Text(
    "ไม่ได้ใส่จำนวนคน: ใส่ทั้งผู้เข้าร่วมและบุคลากรทั้งหมด (เว้นว่างทั้งสองช่อง ถ้ายังไม่มีรายงาน)",
    "the number of people is empty: fill in both counts (leave both empty until it is reported)",
)
_MEASURE = Column("measure", "มาตรการ", "Measure", Kind.MEASURE, True, ("มาตรการที่",), empty=_NO_MEASURE, width=10)

UNIT = SheetSpec(
    "unit",
    "ข้อมูลหน่วยงาน",
    required=False,
    columns=(
        Column("unit", "หน่วยงาน", "Unit", Kind.NAME, aliases=("ชื่อหน่วยงาน", "ส่วนราชการ"), most=UNIT_CHARS),
        Column(
            "fiscal_year_be",
            "ปีงบประมาณ",
            "Fiscal year",
            Kind.YEAR,
            aliases=("ปีงบประมาณ พ.ศ.", "fiscal year"),
            en="fiscal_year",
        ),
        Column(
            "as_of",
            "ข้อมูล ณ วันที่",
            "As of",
            Kind.DATE,
            aliases=("ณ วันที่", "ข้อมูล ณ", "ข้อมูลถึงวันที่", "ผลการดำเนินการ ณ วันที่", "ผลการดำเนินงาน ณ วันที่", "as of"),
        ),
        # How the report form writes the unit, and who signs it (all optional).
        Column("report_unit", "ชื่อหน่วยงานในแบบรายงาน", "Unit in the report", Kind.NAME, aliases=("report unit",)),
        Column("reporter", "ผู้รายงาน", "Reporter", Kind.NAME),
        Column(
            "reporter_position",
            "ตำแหน่งผู้รายงาน",
            "Reporter's position",
            Kind.NAME,
            aliases=("ตำแหน่ง", "reporter position"),
        ),
        Column("report_date", "วันที่รายงาน", "Report date", Kind.DATE, aliases=("report date",)),
    ),
)

MEASURES = SheetSpec(
    "measures",
    "มาตรการ",
    required=True,
    columns=(
        Column(
            "number", "มาตรการ", "Measure", Kind.MEASURE, True, ("มาตรการที่",), en="measure", empty=_NO_MEASURE, width=10
        ),
        Column("name", "ชื่อมาตรการ", "Measure name", Kind.NAME, True, en="measure_name", width=70),
        # Where the report form words the measure differently from the plan (optional).
        Column(
            "report_name", "ชื่อในแบบรายงาน", "Name in the report", Kind.NAME, aliases=("ชื่อมาตรการในแบบรายงาน",), width=50
        ),
        Column(
            "guidelines_label",
            "หัวข้อแนวทางในแบบรายงาน",
            "Guidelines heading in the report",
            Kind.NAME,
            aliases=("guidelines label",),
            width=30,
        ),
    ),
)

GUIDELINES = SheetSpec(
    "guidelines",
    "แนวทาง",
    required=False,
    aliases=("แนวทางการดำเนินการ",),
    columns=(
        _MEASURE,
        Column(
            "guideline_id",
            "แนวทาง",
            "Guideline",
            Kind.ID,
            True,
            ("แนวทางที่", "ลำดับ"),
            en="guideline",
            empty=Text("ไม่ได้ใส่เลขแนวทาง เช่น 1.2", "the guideline id is empty, e.g. 1.2"),
            width=10,
        ),
        Column(
            "name",
            "ชื่อแนวทาง",
            "Guideline name",
            Kind.NAME,
            True,
            en="guideline_name",
            empty=Text("ไม่ได้ใส่ชื่อแนวทาง", "the guideline name is empty"),
            width=70,
        ),
        Column(
            "report_name", "ชื่อในแบบรายงาน", "Name in the report", Kind.NAME, aliases=("ชื่อแนวทางในแบบรายงาน",), width=50
        ),
    ),
)

ACTIVITIES = SheetSpec(
    "activities",
    "กิจกรรม",
    required=True,
    aliases=("โครงการ/กิจกรรม",),
    columns=(
        _MEASURE,
        Column(
            "activity_id",
            "ลำดับ",
            "No.",
            Kind.ID,
            True,
            ("ลำดับที่", "รหัสกิจกรรม", "ลำดับกิจกรรม", "id"),
            empty=_NO_ACTIVITY_ID,
            width=9,
            most=ID_CHARS,
            near=_ID_WORDS,
        ),
        Column(
            "name",
            "โครงการ/กิจกรรม",
            "Activity",
            Kind.NAME,
            True,
            ("กิจกรรม", "โครงการ", "ชื่อกิจกรรม"),
            en="activity",
            empty=Text("ไม่ได้ใส่ชื่อโครงการ/กิจกรรม", "the activity name is empty"),
            width=60,
            near="^(?:ชื่อ)?(?:โครงการ|กิจกรรม)",
        ),
        Column("details", "รายละเอียด", "Details", aliases=("รายละเอียดกิจกรรม",), width=50, near="^รายละเอียด"),
        # ผลผลิตที่ได้ is what was achieved (achieved_output), not the plan's output
        Column("output", "ผลผลิต", "Output", width=40, near="^(?:ตัวชี้วัด)?ผลผลิต(?!ที่ได้)|^output"),
        Column("outcome", "ผลลัพธ์", "Outcome", width=40, near="^(?:ตัวชี้วัด)?ผลลัพธ์(?!ที่ได้)|^outcome"),
        Column(
            "responsible",
            "ผู้รับผิดชอบ",
            "Responsible",
            aliases=("ผู้รับผิดชอบหลัก", "หน่วยงานรับผิดชอบ", "หน่วยงานที่รับผิดชอบ", "ผู้รับผิดชอบ/หน่วยงาน"),
            width=24,
            most=GROUP_CHARS,
            near="รับผิดชอบ|responsib",
        ),
        Column(
            "due_text",
            "กำหนดส่ง",
            "Deadlines",
            Kind.DATES,
            True,
            ("กำหนดส่งงาน", "วันครบกำหนด", "วันที่ครบกำหนด", "กำหนดแล้วเสร็จ", "กำหนดเวลาแล้วเสร็จ"),
            en="due",
            width=30,
            near=_DUE_WORDS,
            hint="พิมพ์เป็นวันที่ หรือเป็นข้อความก็ได้ เช่น 20 มิถุนายน 2566, ๒๐ มิ.ย. ๖๖, 20/6/2566, ส่ง ๓๐ กรกฎาคม ๖๖ "
            "หนึ่งเซลล์มีได้หลายวันที่ แต่ละวันที่จะเป็นกำหนดส่งหนึ่งรายการ",
        ),
        Column(
            "progress",
            "ผลการดำเนินการ (ร้อยละ)",
            "Progress (%)",
            Kind.PERCENT,
            True,
            (
                "ผลการดำเนินการ (%)",
                "ผลการดำเนินการร้อยละ",
                "ผลการดำเนินงาน (ร้อยละ)",
                "ผลการดำเนินงาน (%)",
                "ความก้าวหน้า (ร้อยละ)",
                "ความก้าวหน้า (%)",
                "ความคืบหน้า (ร้อยละ)",
                "ความคืบหน้า (%)",
                "ร้อยละความสำเร็จ",
                "ร้อยละของความสำเร็จ",
                "progress",
            ),
            en="progress_pct",
            width=14,
            # a percentage of results, not the results in words (the plan's own ผลการดำเนินการ column is words)
            near="^(?=.*(?:ร้อยละ|%|เปอร์เซ็นต์|percent))(?=.*(?:ผลการดำเนิน|ความก้าวหน้า|ความคืบหน้า|ความสำเร็จ|progress))",
            hint="ตัวเลข 0–100 เช่น 50, 50% หรือ ร้อยละ ๕๐ (ไม่ใช่ 0.5) เว้นว่างไว้ = ยังไม่มีรายงานผล (นับเป็น 0) "
            "กิจกรรมที่ได้ 100 นับว่าแล้วเสร็จ",
        ),
        Column(
            "evidence",
            "เอกสาร/หลักฐาน",
            "Evidence",
            aliases=("เอกสารหลักฐาน", "หลักฐาน", "หลักฐาน/เอกสารอ้างอิง", "เอกสารอ้างอิง", "หลักฐานอ้างอิง"),
            width=40,
            near="หลักฐาน|evidence",
        ),
        Column("remarks", "หมายเหตุ", "Remarks", width=30, near="หมายเหตุ|remark"),
        # The plan's own table has a ระยะเวลา column (when things happened); kept as text.
        Column(
            "period", "ระยะเวลา", "Period", aliases=("ระยะเวลาดำเนินการ", "ระยะเวลาดำเนินงาน"), width=30, near="^ระยะเวลา"
        ),
        # What the report form says was done (issue 5); all optional.
        Column("guideline", "แนวทาง", "Guideline", Kind.ID, aliases=("แนวทางที่",), width=10),
        Column("actions", "การดำเนินการ", "Actions", aliases=("การดำเนินงาน",), width=50),
        Column("achieved_output", "ผลผลิตที่ได้", "Output achieved", width=40),
        Column("achieved_outcome", "ผลลัพธ์ที่ได้", "Outcome achieved", width=40),
        Column("report_title", "ชื่อในแบบรายงาน", "In the report", aliases=("ชื่อกิจกรรมในแบบรายงาน",), width=50),
        Column(
            "budget",
            "งบประมาณ (บาท)",
            "Budget (baht)",
            Kind.MONEY,
            aliases=("งบประมาณ", "งบประมาณ(บาท)", "budget (baht)"),
            width=16,
            hint="ไม่บังคับ: งบประมาณของกิจกรรมเป็นบาท เช่น 15000, 15,000.50 หรือ ๑๕,๐๐๐ บาท เว้นว่างไว้ถ้าไม่ใช้งบประมาณ",
            near="งบประมาณ|budget",
        ),
    ),
)

# The activity a participation or deadline row belongs to, written as in the activities sheet.
_ACTIVITY_REF = Column(
    "activity_id",
    "ลำดับ",
    "No.",
    Kind.ID,
    True,
    ("ลำดับที่", "รหัสกิจกรรม", "ลำดับกิจกรรม"),
    empty=_NO_ACTIVITY_ID,
    width=9,
    most=ID_CHARS,
    near=_ID_WORDS,
)

PARTICIPATION = SheetSpec(
    "participation",
    "การมีส่วนร่วม",
    required=False,
    columns=(
        _ACTIVITY_REF,
        # An empty group (or ทั้งหน่วยงาน) is the whole unit, as in the seed's 127 of 139.
        Column(
            "group",
            "กลุ่มงาน",
            "Work group",
            Kind.NAME,
            True,
            ("หน่วยงาน", "ส่วนงาน", "กลุ่มงาน/ฝ่าย", "หน่วยงาน/กลุ่มงาน", "ฝ่าย", "กลุ่ม"),
            width=30,
            near="กลุ่ม|ฝ่าย|หน่วยงาน|ส่วนงาน",
        ),
        Column(
            "participants",
            "ผู้เข้าร่วม",
            "Participants",
            Kind.COUNT,
            True,
            (
                "จำนวนผู้เข้าร่วม",
                "ผู้เข้าร่วม (คน)",
                "จำนวนผู้เข้าร่วม (คน)",
                "ผู้เข้าร่วมกิจกรรม",
                "จำนวนผู้เข้าร่วมกิจกรรม",
                "จำนวนคน (ผู้เข้าร่วม)",
            ),
            near="เข้าร่วม|participa",
            width=12,  # both counts empty: not reported yet (the row keeps its target); one alone: see sheets
        ),
        Column(
            "headcount",
            "บุคลากรทั้งหมด",
            "Headcount",
            Kind.COUNT,
            True,
            (
                "จำนวนบุคลากร",
                "จำนวนบุคลากร (คน)",
                "บุคลากรทั้งหมด (คน)",
                "จำนวนบุคลากรทั้งหมด",
                "จำนวนบุคลากรทั้งหมด (คน)",
                "จำนวนคน (ทั้งหมด)",
            ),
            width=14,
            near="ทั้งหมด|บุคลากร|headcount",
        ),
        Column(
            "target_pct",
            "เป้าหมาย (ร้อยละ)",
            "Target (%)",
            Kind.TARGET,
            aliases=("เป้าหมาย", "เป้าหมาย (%)", "ค่าเป้าหมาย", "ค่าเป้าหมาย (ร้อยละ)", "target"),
            width=14,
            near="เป้าหมาย|target",
        ),
    ),
)

DEADLINES = SheetSpec(
    "deadlines",
    "กำหนดส่ง",
    required=False,
    columns=(
        _ACTIVITY_REF,
        Column("item", "รายการ", "Item", Kind.NAME, aliases=("รายการที่ต้องส่ง",), width=40, near="รายการ|ชิ้นงาน"),
        Column(
            "due",
            "กำหนดส่ง",
            "Due",
            Kind.DATES,
            True,
            ("วันครบกำหนด",),
            empty=Text("ไม่ได้ใส่กำหนดส่ง", "the due date is empty"),
            width=30,
            near=_DUE_WORDS,
        ),
        Column(
            "submitted",
            "วันที่ส่ง",
            "Submitted",
            Kind.DATE,
            aliases=("ส่งเมื่อ", "วันที่ส่งจริง"),
            width=16,
            near="^(?!.*กำหนด).*(?:วันที่ส่ง|ส่งจริง|ส่งเมื่อ|submitted)",  # วันที่ส่งตามกำหนด is when due
        ),
    ),
)

# A heading of days sent or ticks (วันที่ส่ง, สถานะการส่ง, ส่งแล้ว), not of the day due (กำหนดส่ง, วันที่ส่งตามกำหนด): the
# template keeps them in the กำหนดส่ง sheet, a row per deadline.
SENT_HEADING = re.compile(
    r"^(?!.*กำหนด).*(?:ส่งแล้ว|วันที่ส่ง|ส่งจริง|ส่งเมื่อ|การส่ง|date sent|submitted|\bsent\b)", re.IGNORECASE
)

# Who to remind: a responsible group, as the activities sheet names it, and an e-mail address (one row
# per address; a group may have several).
RESPONSIBLE = SheetSpec(
    "responsible",
    "ผู้รับผิดชอบ",
    required=False,
    columns=(
        Column(
            "group",
            "กลุ่มผู้รับผิดชอบ",
            "Group",
            Kind.NAME,
            True,
            ("ผู้รับผิดชอบ", "กลุ่มงาน", "กลุ่ม"),
            empty=Text("ไม่ได้ใส่ชื่อกลุ่ม (ตามที่เขียนในคอลัมน์ ผู้รับผิดชอบ)", "the group is empty"),
            width=36,
        ),
        Column(
            "email",
            "อีเมล",
            "E-mail",
            Kind.NAME,
            True,
            ("อีเมล์", "e-mail", "email"),
            empty=Text("ไม่ได้ใส่อีเมล", "the e-mail address is empty"),
            width=36,
        ),
    ),
)

SHEETS: tuple[SheetSpec, ...] = (UNIT, MEASURES, GUIDELINES, ACTIVITIES, PARTICIPATION, DEADLINES, RESPONSIBLE)
# The sheets that are tables (a header row, one record per row), as CSV exports offer them.
TABLE_SHEETS: tuple[SheetSpec, ...] = (ACTIVITIES, MEASURES, GUIDELINES, PARTICIPATION, DEADLINES, RESPONSIBLE)
HEADER_SEARCH_ROWS = 20

_SPACES = re.compile(r"[\s\u00a0\u200b\u200c\u200d\ufeff_]+")


def normalize_name(text: str) -> str:
    """Compare names ignoring case, Unicode forms and every kind of space.

    >>> normalize_name("  ผลการดำเนินการ\u00a0 (ร้อยละ) ") == normalize_name("ผลการดำเนินการ (ร้อยละ)")
    True
    """
    return _SPACES.sub("", unicodedata.normalize("NFKC", text)).rstrip(":").casefold()  # a label's colon, too


def _lookup(specs: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[str, str]:
    table: dict[str, str] = {}
    for key, names in specs:
        for name in names:
            table.setdefault(normalize_name(name), key)
    return table


_SHEET_LOOKUP = _lookup(tuple((s.key, s.names) for s in SHEETS))
_COLUMN_LOOKUPS = {s.key: _lookup(tuple((c.field, c.names) for c in s.columns)) for s in SHEETS}


def sheet_key(name: str) -> str | None:
    """The contract key of a workbook sheet name, or ``None`` for a sheet we do not read."""
    return _SHEET_LOOKUP.get(normalize_name(name))


# What a copy of a sheet is called: Excel's "กิจกรรม (2)", or a name marked as a copy or a version
# (กิจกรรม สำเนา, กิจกรรม (ใหม่), กิจกรรม_old, Activities - Copy).
_COPY = re.compile(  # one or two digits: กิจกรรม 2565 is another year's sheet, not a copy
    r"(?:\s*\((?:[0-9]{1,2}|สำเนา|ใหม่|เดิม|เก่า|copy|old|new)\)|[\s_\-–]+(?:[0-9]{1,2}|สำเนา|ใหม่|เดิม|เก่า|copy|old|new))$",
    re.IGNORECASE,
)


def copy_of(name: str) -> str | None:
    """The contract key of the sheet this one looks like a copy of, or ``None``: a copy is not read, and the
    person may have updated it rather than the sheet that is."""
    if sheet_key(name) is not None:
        return None
    stripped = _COPY.sub("", name.strip())
    return sheet_key(stripped) if stripped != name.strip() else None


def named_after(name: str) -> str | None:
    """The contract key of the sheet whose name this one begins with (กิจกรรม (เพิ่มเติม), กิจกรรม มาตรการ 3,
    Activities 2566), for a sheet that is neither read nor a copy: its rows are not read, and it may hold some
    of the plan. ``None`` for any other sheet."""
    if sheet_key(name) is not None:
        return None
    typed = normalize_name(name)
    return next((s.key for s in SHEETS for n in (s.th, s.key) if typed.startswith(normalize_name(n))), None)


def looked_over(name: str) -> bool:
    """A sheet whose first rows are looked at for a table of the plan: one not read, and not already said as a
    copy of one that is or named after one (``copy_of``, ``named_after``)."""
    return sheet_key(name) is None and copy_of(name) is None and named_after(name) is None


def holds_ids(name: str, guidelines: bool) -> bool:
    """A sheet with a column of ids (ลำดับ, แนวทาง), whose cells typed as numbers the reader must know: Excel
    makes 1.10 typed in a cell not formatted as text the number 1.1, another activity's or guideline's id. The
    กิจกรรม sheet, the largest, only when the workbook has a แนวทาง sheet its แนวทาง column names (its ลำดับ
    are looked at apart: a 1.10 cut to 1.1 repeats 1.1)."""
    key = sheet_key(name)
    if key == "activities" and not guidelines:
        return False
    return key is not None and any(c.kind is Kind.ID for c in spec(key).columns)


def column_key(sheet: str, header: str) -> str | None:
    """The model field of a column header in a sheet, or ``None`` when unknown."""
    return _COLUMN_LOOKUPS[sheet].get(normalize_name(header))


# Made as the headers are (NFKC writes ำ as two characters: ลำดับ would never match).
# A title that says its column holds another kind of figure is not near a column of this kind, whatever its other
# words: ร้อยละผู้เข้าร่วม (a percentage) was read as the number of participants, เป้าหมาย (คน) (people) as a
# target percentage.
_PERCENT_WORDS = re.compile(normalize_name("ร้อยละ|%|เปอร์เซ็นต์|percent|อัตรา|สัดส่วน"))
_PEOPLE_WORDS = re.compile(normalize_name("คน|จำนวน|ราย(?!งาน|การ|ละเอียด)|people|person"))
_OTHER_FIGURES = {Kind.COUNT: _PERCENT_WORDS, Kind.PERCENT: _PEOPLE_WORDS, Kind.TARGET: _PEOPLE_WORDS}
_NEAR = {
    s.key: tuple((c.field, re.compile(normalize_name(c.near)), _OTHER_FIGURES.get(c.kind)) for c in s.columns if c.near)
    for s in SHEETS
}


def near_key(sheet: str, header: str) -> str | None:
    """The one field whose words a header that is none of the sheet's names uses (กลุ่มงานที่รับผิดชอบ is
    ผู้รับผิดชอบ), or ``None`` when it uses none, or the words of several (ลำดับโครงการ: an id or a name?)."""
    name = normalize_name(header)
    fields = [key for key, words, unless in _NEAR[sheet] if words.search(name) and not (unless and unless.search(name))]
    return fields[0] if len(fields) == 1 else None


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
