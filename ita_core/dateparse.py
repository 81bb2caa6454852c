"""Read deadlines the way the working group writes them.

A ``กำหนดส่ง`` cell may be a real date, a date whose year was typed in the
Buddhist era (Excel then stores year 2566), or free Thai text that holds one
or several dates: ``ส่ง ๓๐ กรกฎาคม ๖๖`` or ``กิจกรรมที่ ๑) ส่งภายใน ๗ เมษายน
๒๕๖๖ กิจกรรมที่ ๒) ส่ง ๓๐ กรกฎาคม ๒๕๖๖``. Two-digit years are Buddhist era
(๖๖ = 2566), days come before months, and a year is Buddhist era when it is
2400 or more.
"""

from __future__ import annotations

import calendar
import itertools
import re
from datetime import date, timedelta
from typing import Any, NamedTuple

from ita_core.text import Text
from ita_core.thai import (
    BE_OFFSET,
    MONTHS_EN,
    MONTHS_LONG,
    MONTHS_SHORT,
    THAI_LETTER,
    ce_year,
    fiscal_quarter_bounds,
    fiscal_year_bounds,
    format_date_th,
    to_arabic_digits,
    to_thai_digits,
)

_EXCEL_EPOCH = date(1899, 12, 30)
# Excel serial numbers of 1 Jan 1990 and 31 Dec 2099: a bare number in this
# range in a date column is a date whose cell lost its date format.
_SERIAL_MIN, _SERIAL_MAX = 32874, 73050
_MIN_CE, _MAX_CE = 1900, 2200


class DateFound(NamedTuple):
    """One date found in a cell, with the words that introduce it (may be empty)."""

    label: str
    value: date


class DateParse(NamedTuple):
    dates: tuple[DateFound, ...]
    error: Text | None
    moved: tuple[date, ...] = ()  # earlier dates the cell says were moved (เลื่อนจาก 31 ส.ค. 66): not deadlines


def _month_key(token: str) -> str:
    return re.sub(r"[.\s]", "", token).lower()


# The months as they are said and often typed, without their ending (กันยา for กันยายน).
_SPOKEN_MONTHS = ("มกรา", "กุมภา", "มีนา", "เมษา", "พฤษภา", "มิถุนา", "กรกฎา", "สิงหา", "กันยา", "ตุลา", "พฤศจิกา", "ธันวา")


def _month_pattern() -> tuple[str, dict[str, int]]:
    """A regex alternation of every month spelling, and a lookup keyed by ``_month_key``."""
    names: dict[str, int] = {}
    for i, name in enumerate(MONTHS_LONG, 1):
        names[name] = i
    for i, abbr in enumerate(MONTHS_SHORT, 1):
        names[abbr] = i
    for i, name in enumerate(MONTHS_EN, 1):
        names[name.lower()] = i
    for i, name in enumerate(_SPOKEN_MONTHS, 1):
        names[name] = i
    for i, name in enumerate(
        (
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ),
        1,
    ):
        names[name] = i
    parts = []
    for name in sorted(names, key=len, reverse=True):
        # Abbreviations are typed with or without their dots and spaces (มิ.ย. / มิ.ย / มิย).
        parts.append(r"\.?\s*".join(re.escape(p) for p in name.split(".") if p) + (r"\.?" if "." in name else ""))
    return "|".join(parts), {_month_key(name): number for name, number in names.items()}


_MONTH_ALT, _MONTH_NAMES = _month_pattern()
_ERA = r"(?P<era>พ\.?\s*ศ\.?|ค\.?\s*ศ\.?|b\.?e\.?|a\.?d\.?)?"
_MONTH_HEADING = re.compile(
    rf"\s*(?P<month>{_MONTH_ALT})\s*(?:(?:พ\.?\s*ศ\.?)?\s*(?P<year>25\d\d|\d\d))?\s*", re.IGNORECASE
)


def month_heading(text: str) -> tuple[int, int | None] | None:
    """The month a column's heading names, as a plan's timeline heads its columns (ต.ค., มกราคม, ต.ค. ๖๕),
    and its Buddhist-era year when the heading gives one."""
    found = _MONTH_HEADING.fullmatch(to_arabic_digits(text))
    if found is None:
        return None
    year = found["year"]
    return _MONTH_NAMES[_month_key(found["month"])], (int(year) + (2500 if len(year) == 2 else 0)) if year else None


# A day, a month's name and a year: 30 ก.ย. 66, or with dashes as Excel shows a date as text (30-ก.ย.-66); a dash
# before the year only after one before the month, so that 30 ก.ย. - 15 ต.ค. 66 is not the year 2515.
_TEXT_DATE = re.compile(
    rf"(?<![\d.])(?P<day>\d{{1,2}})\s*(?P<dash>-\s*)?(?P<month>{_MONTH_ALT})\s*"
    rf"(?:(?(dash)-\s*|){_ERA}\s*(?P<year>\d{{4}}|\d{{2}})(?!\d))?",
    re.IGNORECASE,
)
# A month with no day, after words that make its last day the deadline: ภายในเดือนกันยายน ๒๕๖๖, สิ้นเดือน มิ.ย. 66.
# The month's name ends there: ภายในตุลาการ (within the judiciary) is no October.
_MONTH_END = re.compile(
    rf"(?:ภายใน\s*(?:เดือน)?|สิ้นเดือน|ไม่เกินเดือน|by\s+the\s+end\s+of|by\s+end\s+of|within)\s*"
    rf"(?P<month>{_MONTH_ALT})(?!{THAI_LETTER})\s*"
    rf"(?:(?:[/\-–]\s*)?{_ERA}\s*(?P<year>\d{{4}}|\d{{2}})(?!\d))?",  # ต.ค./67: was a year early, labelled "67"
    re.IGNORECASE,
)
# The end of a quarter of the fiscal year (ภายในไตรมาสที่ 3, สิ้นไตรมาส ๒ ปีงบประมาณ ๒๕๖๖): due on its last day,
# as "within a month" is. A quarter alone (ไตรมาส 3) may mean "during it", and is not a date. Its year may follow a
# slash or ปี, as quarters are reported (ไตรมาส 1/2568 is ต.ค.–ธ.ค. 2567): the quarter was placed in the plan's year,
# a year early, and the year taken for its label.
_QUARTER_END = re.compile(
    r"(?:ภายใน|สิ้น|ไม่เกิน)\s*ไตรมาส(?:ที่)?\s*(?P<quarter>[1-4])(?!\d)"
    r"(?:\s*(?:/|(?:ของ)?\s*(?:ปีงบประมาณ|ปีงบ|ปี))\s*(?:พ\.?\s*ศ\.?)?\s*(?P<year>\d{4}|\d{2})(?!\d))?"
)
# The end of the fiscal year (ภายในสิ้นปีงบประมาณ, ก่อนสิ้นปีงบ ๖๗): due on its last day, 30 September, as the end of
# a quarter is. It was "no date found", or under ระยะเวลา the period: the activity never due.
_YEAR_END = re.compile(r"(?:ภายใน|ก่อน|ไม่เกิน)?\s*สิ้นปีงบ(?:ประมาณ)?(?:\s*(?:พ\.?\s*ศ\.?)?\s*(?P<year>\d{4}|\d{2})(?!\d))?")
_NUMERIC_DATE = re.compile(r"(?<![\d.])(?P<day>\d{1,2})[/\-.](?P<month>\d{1,2})[/\-.](?P<year>\d{4}|\d{2})(?![\d./])")
_ISO_DATE = re.compile(
    r"(?<!\d)(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?!\d)"
)

# A date or time cell, as the fast reader gives it (``workbook.grid`` makes every cell text): 2023-07-30 00:00:00.
DATE_CELL = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}):(\d{2}))?")  # the time, when the reader gave one
# Whether a long text may hold one, beginning with a literal so that it is looked for at C speed: twenty
# times faster than ``DATE_CELL`` over a column of 100,000 names.
DATE_CELL_HINT = re.compile(r"-\d\d-\d\d \d\d:\d\d:\d\d")
_TIME_ONLY = ("1899-12-30", "1899-12-31")  # a cell holding a time of day and no date

_DAY_NAMES = "จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัส|ศุกร์|เสาร์|อาทิตย์"  # วันศุกร์ is Friday
# Words that only say "due by"; a label made of nothing else is dropped.
_FILLER = re.compile(
    r"(?:\s|[-–:,;•●○▪*/])*(?:ให้แล้วเสร็จ|แล้วเสร็จ|ภายในวันที่|ในวันที่|วันที่|ภายใน|กำหนดส่ง|ส่ง|ใน|เมื่อ|ระหว่าง|ตั้งแต่"
    r"|ไม่เกิน|ก่อน|by|due"
    rf"|วัน(?:{_DAY_NAMES})(?:ที่)?)?"
    r"(?:\s|[-–:,;•●○▪*/])*$",
    re.IGNORECASE,
)
# A time of day beside a date (เวลา 16.30 น.): when it is due, not what is due. Only with เวลา or น., so that the
# 1.10 of กิจกรรม 1.10 stays.
_TIME_OF_DAY = re.compile(r"เวลา\s*\d{1,2}[.:]\d{2}(?:\s*(?:น\.|นาฬิกา))?|\d{1,2}[.:]\d{2}\s*(?:น\.|นาฬิกา)")
# The formal form, วันที่ ๓๐ เดือนกรกฎาคม พ.ศ. ๒๕๖๖: "เดือน" (month) between the day and the month's name. Only
# after วันที่, so that รอบ ๖ เดือน มีนาคม (the six-month round, March) does not become 6 March.
_FORMAL_MONTH = re.compile(r"(วันที่\s*\d{1,2}\s*)เดือน")
_BLANK_MONTH_WORD = " " * len("เดือน")
# "And" or "or" that joins a date to the one before it: not what is due (30 ก.ค. และ 30 ส.ค. 2566).
_JOINED = re.compile(r"^(?:\s|[-–:,;])*(?:และ|หรือ|&|(?:and|or)\b)\s*", re.IGNORECASE)
EMPTY_MARKERS = {"", "-", "–", "—", "ไม่มี", "ไม่มีกำหนด", "n/a"}  # a date cell that says "none"
# A วันที่ส่ง cell that says "not sent yet": no date, as an empty cell (under กำหนดส่ง it would mean nothing).
NOT_YET_MARKERS = {"ยังไม่ส่ง", "ยังไม่ได้ส่ง", "รอส่ง", "ยังไม่ดำเนินการ", "ยังไม่ได้ดำเนินการ", "not yet", "pending"}
# A range of dates: two dates joined by a dash or "to" (20 มิ.ย. - 5 ก.ค. 2566), or a day and a dash before a
# date (20-25 มิถุนายน 2566), unless that number counts something (ครั้งที่ 2 - 20 มิ.ย. 2566).
_TO = r"(?:[-–—]|(?:จน)?ถึง(?:วันที่)?|to|until|till)"
_RANGE_JOIN = re.compile(rf"\s*{_TO}\s*(?:วันที่\s*)?", re.IGNORECASE)
_DAY_BEFORE = re.compile(rf"(?<![\d.])(?P<day>\d{{1,2}})\s*{_TO}\s*(?:วันที่\s*)?$", re.IGNORECASE)
_COUNTING = re.compile(r"(?:(?<!วัน)ที่|ข้อ|รอบ|ครั้ง|ฉบับ|no\.?|#)\s*$", re.IGNORECASE)  # not วันที่ (the day)
_THAI_DIGIT = "[0-9๐-๙]"
# A date that was moved, and so is no longer due: after words that say so (30 ก.ย. 66 (เลื่อนจาก 31 ส.ค. 66),
# (เดิม 31 ส.ค. 66)), or before words that move it on (31 ส.ค. 66 เลื่อนเป็น 30 ก.ย. 66, 31 ส.ค. 66 → 30 ก.ย. 66).
_WAS = re.compile(
    r"\(?\s*(?:(?:เลื่อน|ขยาย(?:เวลา)?|เปลี่ยน)(?:มา)?จาก|(?:จาก)?(?:กำหนด)?เดิม(?:กำหนด)?(?:ส่ง)?|แทน(?=วันที่|กำหนด))"
    r"\s*(?:วันที่|ภายใน(?:วันที่)?)?\s*$"
)
_CLOSING = re.compile(r"\s*\)")
_MOVED_ON = re.compile(
    r"\s*[,;)(]?\s*(?:(?:เลื่อน|ขยาย(?:เวลา)?|เปลี่ยน)(?:แล้ว)?(?:ไป)?(?:เป็น|ถึง|ไป)(?:วันที่)?|→|->|=>|⇒)\s*"
)
# A word that makes the date after it a deadline; ส่ง stands alone as a word unless it begins another word
# that means something else (ส่งเสริม promote, ส่งผลให้/ส่งผลต่อ/ส่งผลกระทบ affect, ส่งต่อ pass on). In a plan,
# finished by a day is due that day (กำหนดเสร็จ, แล้วเสร็จ ๓๑ มี.ค. ๖๗: no deadline, never overdue, without a
# word); ดำเนินการแล้วเสร็จ ๑๕ มี.ค. is a report of work done.
# ภายใน before a month is due at the month's end (ภายใน มี.ค. 67, as ภายในเดือนมีนาคม 2567 was: it was the activity's
# period, never due); before a span of months (ภายใน ต.ค. 66 - ก.ย. 67) it is when work is done. By a day in other
# words was the period too: ไม่เกิน 31 มี.ค. 67, ก่อน 31 มี.ค. 67, (ภายใน|ก่อน)สิ้นเดือน / สิ้นไตรมาส / สิ้นปีงบประมาณ;
# not ไม่เกิน 3 ครั้ง (a count), and not ณ สิ้นเดือน (as at: when figures were taken).
_BY_MONTH = (
    rf"(?>{_MONTH_ALT})(?!{THAI_LETTER})"  # atomic: ต.ค. does not give back its dot to be ต.ค before "- ก.ย."
    rf"(?:\s{{0,3}}(?:[/\-–]\s{{0,3}})?(?:พ\.?\s?ศ\.?\s{{0,3}})?{_THAI_DIGIT}{{2,4}}(?!{_THAI_DIGIT}))?+"
    r"(?!\s{0,3}(?:[-–—]|ถึง))"
)
_BY_DAY = rf"(?:วันที่\s{{0,3}})?{_THAI_DIGIT}{{1,2}}\s{{0,3}}(?:{_MONTH_ALT}|[/.]{_THAI_DIGIT})"
_THE_END = r"(?<!ณ)(?<!ณ )สิ้น\s{0,3}(?:เดือน|ไตรมาส|ปีงบ)"
DEADLINE_CUE = re.compile(
    rf"กำหนดส่ง|ครบกำหนด|ให้แล้วเสร็จ|แล้วเสร็จภายใน|ภายในวันที่|{_THE_END}"
    rf"|ภายใน(?=\s{{0,3}}(?:{_THAI_DIGIT}|วัน|เดือน|ไตรมาส|สิ้น|{_BY_MONTH}))"
    rf"|ไม่เกิน(?=\s{{0,3}}(?:วันที่|{_BY_DAY}|เดือน|สิ้น|{_BY_MONTH}))|ก่อน(?=\s{{0,3}}(?:{_BY_DAY}|สิ้น))"
    rf"|กำหนด(?:แล้ว)?เสร็จ|(?<!ดำเนินการแล้ว)(?<!ดำเนินการ)(?:แล้ว)?เสร็จ(?:สิ้น)?(?=\s{{0,3}}(?:วันที่\s{{0,3}})?{_THAI_DIGIT})"
    r"|deadline|\bdue\b|ส่ง(?!เสริม|ผลให้|ผลต่อ|ผลกระทบ|ต่อ)",
    re.IGNORECASE,
)


def names_a_date(text: str) -> bool:
    """Whether a text writes a date at all, read or not: words that give a day due in a way the reader asks
    about (a choice of days, one counted from another) are no plain prose."""
    return bool(_date_matches(to_arabic_digits(text)))


def has_deadline_cue(text: str) -> bool:
    """Whether a text says that its date is when something is due (``ส่งรายงาน ๓๐ ก.ค. ๖๖``), not when
    something happened (``จัดกิจกรรมส่งเสริม… ในวันที่ ๙ มกราคม ๒๕๖๖``)."""
    return DEADLINE_CUE.search(text) is not None


_WORDS_OR_NUMBERS = re.compile(r"\w")


def _clean_label(text: str) -> str:
    label = _JOINED.sub("", _TIME_OF_DAY.sub("", text))
    while True:
        trimmed = _FILLER.sub("", label) if label else label
        if trimmed == label:
            break
        label = trimmed
    label = label.strip(" \t\n-–:,;•●○▪*/|").rstrip(" (")  # a bracket opened before the date is not the label's
    arabic = to_arabic_digits(label)
    if _MONTH_RANGE.match(arabic):  # ต.ค. 66 - ก.ย. 67 (ส่งภายใน 31 มี.ค. 67): when, not what
        return ""
    if (span := _SPAN_BEFORE.match(arabic)) is not None:
        return _clean_label(label[span.end() :])
    return label if _WORDS_OR_NUMBERS.search(label) else ""  # "(" of (15, 30 ก.ย. 66) is no label


def _resolve_year(raw: str | None, era: str | None, month: int, fiscal_year_be: int | None) -> int | Text:
    if raw is None:
        if fiscal_year_be is None:
            return Text(
                "ไม่ได้ระบุปี และแผ่นงาน ข้อมูลหน่วยงาน ไม่มีปีงบประมาณให้เทียบ: พิมพ์ปี พ.ศ. ด้วย เช่น 20 มิถุนายน 2566",
                "no year given and no fiscal year to infer it from: add the Buddhist-era year, e.g. 20 มิถุนายน 2566",
            )
        end = ce_year(fiscal_year_be)
        return end - 1 if month >= 10 else end
    year = int(raw)
    christian = era is not None and era.lower().replace(".", "").replace(" ", "") in ("คศ", "ad")
    if len(raw) == 2:
        if not era and (mistaken := _christian_short_year(year, fiscal_year_be)) is not None:
            return mistaken
        year = (2000 if christian else 2500) + year
    if year >= 2400 or (era and not christian):
        year -= BE_OFFSET
    if not _MIN_CE <= year <= _MAX_CE:
        return Text(
            f"ปี {raw} อยู่นอกช่วงที่เป็นไปได้: ใช้ปี พ.ศ. เช่น 2566",
            f"year {raw} is out of range: use a Buddhist-era year such as 2566",
        )
    return year


def _christian_short_year(short: int, fiscal_year_be: int | None) -> Text | None:
    """A two-digit year is Buddhist-era (66 is 2566), but 23 typed for 2023 read as 2523, a deadline 43 years
    before the plan's, with only a warning "outside the fiscal year". Where the plan's fiscal year says which
    was meant, ask for the four digits."""
    if fiscal_year_be is None or abs(2500 + short - fiscal_year_be) <= 1:
        return None
    meant = 2000 + short + BE_OFFSET
    if abs(meant - fiscal_year_be) > 1:
        return None
    return Text(
        f"ปี {short:02d} อ่านเป็น พ.ศ. 25{short:02d} ซึ่งไม่ใช่ปีของแผน (ปีงบประมาณ {fiscal_year_be}): "
        f"ถ้าหมายถึง ค.ศ. 20{short:02d} พิมพ์ปี พ.ศ. สี่หลัก {meant}",
        f"the year {short:02d} reads as Buddhist-era 25{short:02d}, not the plan's (fiscal year {fiscal_year_be}): "
        f"if you meant 20{short:02d}, type the four-digit Buddhist-era year {meant}",
    )


def _make_date(year: int, month: int, day: int, shown: str) -> date | Text:
    try:
        return date(year, month, day)
    except ValueError:
        return Text(
            f"ไม่มีวันที่ {shown} ในปฏิทิน: ตรวจวันและเดือนอีกครั้ง",
            f"{shown} does not exist in the calendar: check the day and month",
        )


def parse_date_text(text: str, fiscal_year_be: int | None = None) -> DateParse:
    """Every date in a cell's text, in order; or why there is none.

    >>> parse_date_text("ส่ง ๓๐ กรกฎาคม ๖๖").dates
    (DateFound(label='', value=datetime.date(2023, 7, 30)),)
    """
    raw = text.strip()
    if raw.lower() in EMPTY_MARKERS:
        return DateParse((), None)
    arabic = to_arabic_digits(raw)

    iso = _ISO_DATE.fullmatch(arabic.strip())
    if iso:
        year = int(iso["year"])
        year = year - BE_OFFSET if year >= 2400 else year
        made = _make_date(year, int(iso["month"]), int(iso["day"]), raw)
        return DateParse((), made) if isinstance(made, Text) else DateParse((DateFound("", made),), None)

    matches = _date_matches(arabic)
    if (no_day := _no_single_day(arabic, raw, bool(matches))) is not None:
        return DateParse((), no_day)
    if not matches:
        return DateParse(
            (),
            Text(
                f"อ่านวันที่จาก “{raw}” ไม่ได้: พิมพ์เป็นวันที่ เช่น 20 มิถุนายน 2566, ๒๐ มิ.ย. ๖๖ หรือ 20/6/2566",
                f"no date found in “{raw}”: type a date such as 20 มิถุนายน 2566, ๒๐ มิ.ย. ๖๖ or 20/6/2566",
            ),
        )

    found: list[DateFound] = []
    deadlines = _deadlines(arabic, matches)
    if (moved := _moved(arabic, deadlines)) is not None:
        return _without_moved(raw, moved, fiscal_year_be)
    labels = _labels(raw, deadlines)
    if (counted := _counted_from(arabic, deadlines)) is not None:
        return DateParse(
            (),
            Text(
                f"“{raw}” นับกำหนดส่งจากวันอื่น ({counted}): พิมพ์วันที่ครบกำหนดเอง เช่น 29 มิ.ย. 2566 "
                "(ระบบไม่คำนวณวันครบกำหนดให้ เพราะการนับวันทำการและวันแรกต่างกันไป)",
                f"“{raw}” counts its deadline from another day ({counted}): type the day it falls due, e.g. "
                "29 มิ.ย. 2566 (whether working days and the first day count varies, so it is not computed)",
            ),
        )
    if (choice := _not_one_day(arabic, deadlines)) is not None:
        return DateParse((), Text(f"“{raw}” {choice.th}", f"“{raw}” {choice.en}"))
    if (listed := _another_month_or_quarter(arabic, deadlines)) is not None:
        said = _LISTED.format(words=listed)
        return DateParse((), Text(f"“{raw}” {said.th}", f"“{raw}” {said.en}"))
    if (dayless := _day_without_month(arabic, deadlines)) is not None:
        return DateParse(
            (),
            Text(
                f"“{raw}” มีวันที่ {dayless} ที่ไม่ได้บอกเดือนและปี: พิมพ์ให้ครบทุกวัน คั่นด้วยจุลภาค เช่น 15 ก.ย. 2566, 30 ก.ย. 2566",
                f"“{raw}” has a day {dayless} with no month and year: write each date in full, separated by "
                "commas, e.g. 15 ก.ย. 2566, 30 ก.ย. 2566",
            ),
        )
    for (_, _, match, kind), label in zip(deadlines, labels, strict=True):
        if kind == "fiscal_end" and isinstance(match, re.Match):  # no days are listed before a quarter or a year
            end = _fiscal_end(match, fiscal_year_be)
            if isinstance(end, Text):
                return DateParse((), end)
            found.append(DateFound(label, end))
            continue
        if kind in ("text", "month"):
            month = _MONTH_NAMES[_month_key(match["month"])]
            era = match["era"]
        else:
            month = int(match["month"])
            era = None
            if not 1 <= month <= 12:
                return DateParse(
                    (),
                    Text(
                        f"“{match.group(0)}” ไม่มีเดือนที่ {month}: พิมพ์แบบ วัน/เดือน/ปี เช่น 20/6/2566",
                        f"“{match.group(0)}” has no month {month}: write day/month/year, e.g. 20/6/2566",
                    ),
                )
        resolved = _resolve_year(match["year"], era, month, fiscal_year_be)
        if isinstance(resolved, Text):
            return DateParse((), resolved)
        day = calendar.monthrange(resolved, month)[1] if kind == "month" else int(match["day"])
        made = _make_date(resolved, month, day, _shown(raw, match, arabic))
        if isinstance(made, Text):
            return DateParse((), made)
        found.append(DateFound(label, made))
    return DateParse(tuple(found), None)


# Words for work with no one day it is due: again and again (ทุกเดือน, รายไตรมาส), all year (ตลอดปีงบประมาณ), or a
# period of months (ต.ค. 65 - ก.ย. 66, which was "no day 65 - ก.ย. in the calendar"; ภายใน ก.ย. 66 - ต.ค. 66, which
# was due 30 September, labelled "ต.ค. 66"). Each is told what to type.
_RECURRING = re.compile(
    r"ทุก\s*(?:วัน|สัปดาห์|เดือน|ไตรมาส|ปี|ครั้ง)|ราย\s*(?:วัน|สัปดาห์|เดือน|ไตรมาส|ปี)|monthly|quarterly|weekly"
)
_ALL_YEAR = re.compile(r"^\s*ตลอด\s*(?:ปี(?:งบประมาณ)?|ทั้งปี)")
_SPAN_OF_MONTHS = (
    rf"^\s*(?:ส่ง\s*)?(?:(?:ภายใน|ระหว่าง|ช่วง|ตั้งแต่)\s*)?(?:เดือน)?\s*(?:{_MONTH_ALT})\s*(?:พ\.?\s*ศ\.?)?\s*(?:\d{{2}}|\d{{4}})?\s*(?:[-–—]|ถึง)\s*(?:เดือน)?\s*"
    rf"(?:{_MONTH_ALT})\s*(?:พ\.?\s*ศ\.?)?\s*(?:\d{{2}}|\d{{4}})?\s*"
)
_MONTH_RANGE = re.compile(_SPAN_OF_MONTHS + "$", re.IGNORECASE)
# The work's span of months before what is due (ม.ค. – มี.ค. ๖๗ (ส่งรายงาน ๑๕ เม.ย. ๖๗)): when, not what; it was the
# deadline's label, "ม.ค. – มี.ค. ๖๗ (ส่งรายงาน".
_SPAN_BEFORE = re.compile(_SPAN_OF_MONTHS + r"[(\[]?\s*", re.IGNORECASE)


def _no_single_day(arabic: str, raw: str, dated: bool) -> Text | None:
    """What to type for a text that names no one day a deadline falls on (``None`` for any other); ``dated``:
    the text holds a date reading (a rhythm beside a date leaves the date)."""
    if _MONTH_RANGE.match(arabic):
        return Text(
            f"“{raw}” เป็นช่วงเดือน ไม่ใช่วันที่: พิมพ์วันที่ เช่น 30 ก.ย. 2566 (ช่วงเวลาดำเนินงานของกิจกรรมใส่ในคอลัมน์ ระยะเวลา)",
            f"“{raw}” is a span of months, not a day: type the day, e.g. 30 ก.ย. 2566 "
            "(an activity's span of work goes under ระยะเวลา)",
        )
    said = None if dated else next((said for words, said in _NO_DAY if words.search(arabic)), None)
    return None if said is None else Text(f"“{raw}” {said.th}", f"“{raw}” {said.en}")


_NO_DAY = (
    (
        _RECURRING,
        Text(
            "เป็นกำหนดที่ทำซ้ำ: พิมพ์วันที่ของแต่ละครั้ง คั่นด้วยจุลภาค เช่น 31 ธ.ค. 2565, 31 มี.ค. 2566 "
            "(หรือเว้นว่าง แล้วเขียนไว้ในคอลัมน์ ระยะเวลา)",
            "repeats: type the day of each time, separated by commas, e.g. 31 ธ.ค. 2565, 31 มี.ค. 2566 "
            "(or leave it empty and write it under ระยะเวลา)",
        ),
    ),
    (
        _ALL_YEAR,
        Text(
            "ไม่ได้บอกวันที่ต้องส่ง: ถ้าต้องส่งเมื่อสิ้นปีงบประมาณ พิมพ์วันสุดท้าย เช่น 30 ก.ย. 2566 "
            "ถ้าไม่มีกำหนดส่ง เว้นว่างไว้ แล้วเขียนไว้ในคอลัมน์ ระยะเวลา",
            "names no day it is due: if due at the end of the fiscal year, type its last day, e.g. 30 ก.ย. 2566; "
            "if nothing is due, leave it empty and write it under ระยะเวลา",
        ),
    ),
)


def _moved(arabic: str, deadlines: list[tuple[int, int, _DateWords, str]]) -> list[tuple[int, int, int, int]] | None:
    """For each date the cell says was moved: the span to take out (its words too) and the date's own span;
    ``None`` when there is none."""
    spans: list[tuple[int, int, int, int]] = []
    units = _written_dates(deadlines)
    for i, (label_start, start, end) in enumerate(units):
        was = _WAS.search(arabic, label_start, start)
        following = units[i + 1][1] if i + 1 < len(units) else None
        on = _MOVED_ON.match(arabic, end, following) if following is not None else None
        if on is not None and on.end() == following:  # 31 ส.ค. 66 เลื่อนเป็น 30 ก.ย. 66: up to the new date
            spans.append((was.start() if was is not None else start, on.end(), start, end))
        elif was is not None:  # (เลื่อนจาก 31 ส.ค. 66): the parenthesis too
            closing = _CLOSING.match(arabic, end) if was[0].lstrip().startswith("(") else None
            spans.append((was.start(), closing.end() if closing else end, start, end))
    return spans or None


def _written_dates(deadlines: list[tuple[int, int, _DateWords, str]]) -> list[tuple[int, int, int]]:
    """Each written date, with the days listed before its month (``15 และ 20 ก.ย. 66``: moved or not as one),
    as its label's start and its own span."""
    units: list[tuple[int, int, int]] = []
    first: tuple[int, int] | None = None
    for label_start, _, match, _ in deadlines:
        first = first or (label_start, match.start())
        if not isinstance(match, _SharedMonth):
            units.append((*first, match.end()))
            first = None
    return units


def _without_moved(raw: str, moved: list[tuple[int, int, int, int]], fiscal_year_be: int | None) -> DateParse:
    """The cell read without the dates it says were moved, and those dates, for the reader to say it set them
    aside: read as deadlines, a date moved on was overdue on the dashboard once it passed."""
    kept = _cut(raw, moved)
    earlier = tuple(
        d.value for _, _, start, end in moved for d in parse_date_text(raw[start:end], fiscal_year_be).dates
    )
    parsed = parse_date_text(kept, fiscal_year_be) if kept else DateParse((), None)
    if parsed.error is None and not parsed.dates:
        shown = ", ".join(format_date_th(d) for d in earlier)
        return DateParse(
            (),
            Text(
                f"มีเพียงกำหนดเดิมที่เลื่อนแล้ว ({shown}): พิมพ์กำหนดส่งปัจจุบัน (ถ้าไม่มีแล้ว เว้นว่างหรือพิมพ์ -)",
                f"only an earlier date that was moved ({shown}): type the current deadline (or leave it empty, or -, "
                "if there is none)",
            ),
            earlier,
        )
    return parsed._replace(moved=earlier)


_DOUBLE_SPACE = re.compile(r"[ \t]{2,}")


def _cut(raw: str, moved: list[tuple[int, int, int, int]]) -> str:
    """The text without the dates it says were moved and their words (``_moved``'s spans)."""
    for cut_start, cut_end, _, _ in reversed(moved):
        raw = raw[:cut_start] + " " + raw[cut_end:]
    return _DOUBLE_SPACE.sub(" ", raw).strip()


def without_moved(text: str) -> str:
    """A deadline cell without the earlier dates it says were moved (``30 ก.ย. 66 (เลื่อนจาก 31 ส.ค. 66)`` →
    ``30 ก.ย. 66``): next year's plan does not carry this year's postponements as its own."""
    arabic = to_arabic_digits(text)
    matches = _date_matches(arabic)
    moved = _moved(arabic, _deadlines(arabic, matches)) if matches else None
    return text if moved is None else _cut(text, moved)


def _fiscal_end(match: re.Match[str], fiscal_year_be: int | None) -> date | Text:
    """The last day of the quarter or of the year, in the fiscal year the cell names or the plan's."""
    year, quarter = match["year"], match.groupdict().get("quarter")
    fiscal = (int(year) + (2500 if len(year) == 2 else 0)) if year else fiscal_year_be
    if fiscal is None or fiscal < 2400:
        part, example = ("ไตรมาส", "30 มิ.ย. 2566") if quarter else ("ปีงบประมาณ", "30 ก.ย. 2566")
        return Text(
            f"“{match.group(0).strip()}” ไม่ได้บอกปีงบประมาณ: พิมพ์วันสุดท้ายของ{part} เช่น {example}",
            f"“{match.group(0).strip()}” names no fiscal year: type the {'quarter' if quarter else 'year'}'s last "
            f"day, e.g. {example}",
        )
    return (fiscal_quarter_bounds(fiscal, int(quarter)) if quarter else fiscal_year_bounds(fiscal))[1]


def _labels(raw: str, deadlines: list[tuple[int, int, _DateWords, str]]) -> list[str]:
    """What each deadline is for: the words before its date (``ครั้งที่ 1: 20 มิ.ย. 66 ครั้งที่ 2: 20 ก.ย. 66``), or,
    when nothing but "due by" stands before the first date and words follow the last, the words after each date
    (``20 มิ.ย. 66 (รอบ 6 เดือน), 20 ก.ย. 66 (รอบ 12 เดือน)``): read before, the 6-month label came on the
    12-month date. One date takes the words on both sides."""
    before = [_clean_label(raw[start:end]) for start, end, _, _ in deadlines]
    after = _clean_label(raw[deadlines[-1][2].end() :])
    if not after:
        return before
    if not before[0]:
        return [*before[1:], after]
    return [f"{before[0]} {after}"] if len(before) == 1 else before


def _date_matches(arabic: str, iso: bool = False) -> list[tuple[re.Match[str], str]]:
    """Every written date of a text in Arabic digits, in order, with its kind (``text``, ``numeric``,
    ``iso``); overlapping readings of the same words are all there, for the caller to skip."""
    text = _FORMAL_MONTH.sub(lambda m: m[1] + _BLANK_MONTH_WORD, arabic)  # same length: offsets still hold
    found = [(m, "text") for m in _TEXT_DATE.finditer(text) if not _a_year(text, m)]
    found += [(m, "numeric") for m in _NUMERIC_DATE.finditer(text)]
    found += [(m, "month") for m in _MONTH_END.finditer(text)]
    found += [(m, "fiscal_end") for m in _QUARTER_END.finditer(text)]
    found += [(m, "fiscal_end") for m in _YEAR_END.finditer(text)]
    if iso:
        found += [(m, "iso") for m in _ISO_DATE.finditer(text)]
    return sorted(found, key=lambda pair: pair[0].start())


class _SharedMonth:
    """A day written before another date's month and year, as a list writes days that share them: the 15 of
    ``15 และ 30 ก.ย. 66`` is 15 ก.ย. 66. Read as a label, that deadline was lost without a word."""

    def __init__(self, day: str, at: int, date: re.Match[str]) -> None:
        self._day, self._at, self._date = day, at, date

    def __getitem__(self, group: str) -> str | Any:  # as re.Match's
        return self._day if group == "day" else self._date[group]

    def start(self) -> int:
        return self._at

    def end(self) -> int:
        return self._at + len(self._day)

    def span(self) -> tuple[int, int]:
        return self.start(), self.end()

    def group(self, _: int = 0) -> str:
        return f"{self._day} {self._date.string[self._date.start('month') : self._date.end()]}"


_DateWords = re.Match[str] | _SharedMonth
# Days listed before a date's month (15, 20 และ 30 ก.ย. 66): each, with the words that join it to the next.
_LISTED_DAY = re.compile(r"(?<![\d.])(?P<day>\d{1,2})\s*(?:,|และ|หรือ|&|\b(?:and|or)\b)\s*(?:วันที่\s*)?$", re.IGNORECASE)
# A word after which a number counts or measures something, and is no day (ข้อ 2 และ 30 ก.ย. 66, ร้อยละ 80).
_COUNTED_BY = re.compile(
    r"(?:(?<!วัน)ที่|ข้อ|รอบ|ครั้ง|ฉบับ|ไตรมาส|งวด|ระยะ|รุ่น|ชุด|ตอน|เล่ม|ร้อยละ|จำนวน|no\.?|#)\s*$", re.IGNORECASE
)
# A day left in the words before a date, which no list made a deadline (15/30 ก.ย. 66, ครั้งที่ 1 วันที่ 15 และ
# ครั้งที่ 2 วันที่ 30 ก.ย. 66): read as the label, that deadline was lost.
_DAY_AFTER_THE_WORD_DAY = re.compile(r"วันที่\s*(?P<day>\d{1,2})(?![\d./:])")
_DAY_BEFORE_DATE = re.compile(
    r"(?<![\d.])(?P<day>\d{1,2})\s*(?:/|,|และ|หรือ|&|[-–]|\b(?:and|or)\b)\s*(?:วันที่\s*)?$", re.IGNORECASE
)


_LAST_WORD = re.compile(r"\S+$")
_WORD_END = re.compile(rf"(?:{THAI_LETTER}|[A-Za-z])$")


def _a_day(number: str, before: str) -> bool:
    """Whether a number before a date may be a day: not past any month's end, not after a counting word."""
    return int(number) <= 31 and _COUNTED_BY.search(before) is None


def _a_listed_day(number: str, before: str) -> bool:
    """Whether a number listed before a date (15 และ 30 ก.ย.) is a day of its month: after nothing, "due by"
    words, a word of sending (ส่งรายงาน) or of a moved date; after any other word (ผู้เข้าร่วม 20, 30 ก.ย.) it is
    asked (``_day_without_month``), not guessed."""
    if not _a_day(number, before):
        return False
    filler = _FILLER.search(before)
    rest = before[: filler.start()] if filler else before
    word = _LAST_WORD.search(rest)
    return word is None or not _WORD_END.search(rest) or word[0].startswith("ส่ง") or _WAS.search(before) is not None


def _shared_month(between: str, at: int, match: re.Match[str]) -> list[tuple[int, _SharedMonth]]:
    """The days listed right before a written date (``between`` ends at it; ``at`` is where it starts in the
    text), each with where its words begin."""
    days: list[tuple[int, _SharedMonth]] = []
    while (day := _LISTED_DAY.search(between)) is not None and _a_listed_day(day["day"], between[: day.start()]):
        days.insert(0, (at + day.start(), _SharedMonth(day["day"], at + day.start(), match)))
        between = between[: day.start()]
    return days


# A span of time before or after a day, in the words before a date: ภายใน 2 สัปดาห์หลังวันที่ 15 มิ.ย. 66 was due
# 15 June (two weeks early, overdue from the 16th), labelled "ภายใน 2 สัปดาห์หลัง"; so was ส่งรายงาน 30 วันหลัง
# จัดกิจกรรม (จัด 1 มิ.ย. 66). (อบรม 2 วัน ก่อนส่ง … is days of training before what is sent.)
_COUNTED_FROM = re.compile(
    r"(?P<span>\d+\s*(?:วัน(?:ทำการ)?|สัปดาห์|อาทิตย์|เดือน)\s*(?:หลัง(?:จาก)?|นับ\s*(?:จาก|แต่|ตั้งแต่)|ถัด\s*จาก|ก่อน(?!\s*ส่ง)))"
)

# Or the date is the day counted from, with the span elsewhere or in words (ส่งหลังสิ้นเดือน มี.ค. ๖๖ ภายใน ๑๕ วัน,
# ส่งภายในเดือนถัดจากสิ้นไตรมาสที่ ๒): it was due on that day, a fortnight or a month early. Not the latter of two
# (ครั้งหลัง, ครึ่งหลัง, ฉบับหลัง).
_AFTER_THE_DATE = re.compile(
    r"(?P<span>(?:เดือน|สัปดาห์)?\s*(?:(?<!ครั้ง)(?<!ครึ่ง)(?<!ฉบับ)(?<!รอบ)(?<!งวด)(?<!ช่วง)หลัง(?:จาก)?|ถัด\s*จาก"
    r"|นับ\s*(?:จาก|แต่|ตั้งแต่)))\s*(?:วันที่\s*)?$"
)


def _counted_from(arabic: str, deadlines: list[tuple[int, int, _DateWords, str]]) -> str | None:
    """The span a deadline is counted from its date by (``2 สัปดาห์หลัง``): the date is not the day it is due."""
    for label_start, label_end, _, _ in deadlines:
        counted = _COUNTED_FROM.search(arabic, label_start, label_end) or _AFTER_THE_DATE.search(
            arabic, label_start, label_end
        )
        if counted is not None:
            return " ".join(counted["span"].split())
    return None


# Dates offered as a choice, or one on a condition: ส่ง 30 มิ.ย. 66 หรือ 15 ก.ค. 66, 15 หรือ 30 ก.ย. 66 and
# ส่ง 13 เม.ย. 66 (หากตรงกับวันหยุดให้ส่ง 17 เม.ย. 66) were two deadlines, the first overdue the day after it,
# whichever was meant; ภายใน 30 มิ.ย. 66 หรือ 7 วันหลังจัดกิจกรรม was due 30 June, the other way a label; and
# 30 มิ.ย. 66 (ขอขยายเวลาถึง 15 ก.ค. 66), an extension asked for, two deadlines, granted or not.
_OR_NEXT = re.compile(r"^(?:\s|[,;)])*(?:\([^()]*\)\s*)?(?:และ\s*/\s*)?(?:หรือ|or\b)", re.IGNORECASE)
_OR_COUNTED = re.compile(
    r"(?:\s|[,;)])*(?:หรือ|or\b)\s*(?:ภายใน\s*)?\d+\s*(?:วัน|สัปดาห์|อาทิตย์|เดือน|days?\b|weeks?\b|months?\b)",
    re.IGNORECASE,
)
_ON_CONDITION = re.compile(r"หาก|ถ้า|ตรงกับวันหยุด|\bif\b", re.IGNORECASE)
_MOVE_WORDS = re.compile(r"ขยาย|เลื่อน|extend|postpone", re.IGNORECASE)
_CHOICE = Text(
    "ให้เลือกวันที่ต้องส่ง ({words}): พิมพ์วันที่ต้องส่งวันเดียว เช่น 15 ก.ค. 2566 (ถ้าต้องส่งหลายครั้ง คั่นด้วยจุลภาค)",
    "offers a choice of days due ({words}): type the one day it is due, e.g. 15 ก.ค. 2566 (separate several "
    "deadlines by commas)",
)
_CONDITIONAL = Text(
    "มีวันที่ที่ใช้เมื่อเป็นไปตามเงื่อนไข ({words}): พิมพ์วันที่ต้องส่งจริงวันเดียว เช่น 17 เม.ย. 2566",
    "gives a day that applies on a condition ({words}): type the one day it is really due, e.g. 17 เม.ย. 2566",
)
_ASKED_MOVE = Text(
    "มีวันที่ที่ขอเลื่อนหรือขยายเวลา ({words}): ถ้าเลื่อนแล้ว พิมพ์ 15 ก.ค. 2566 (เลื่อนจาก 30 มิ.ย. 2566) ถ้ายังไม่ได้เลื่อน ลบวันที่ขอไว้ออก",
    "gives a day asked for as a postponement or extension ({words}): if it was moved, type 15 ก.ค. 2566 "
    "(เลื่อนจาก 30 มิ.ย. 2566); if not, take out the day asked for",
)


_NOT_ONE_DAY = ((_OR_NEXT.match, _CHOICE), (_ON_CONDITION.search, _CONDITIONAL), (_MOVE_WORDS.search, _ASKED_MOVE))


def _not_one_day(arabic: str, deadlines: list[tuple[int, int, _DateWords, str]]) -> Text | None:
    """What to type when the dates of a text are a choice, one of them on a condition, or one asked for as a
    move that the text does not say was made (``_moved`` took those it does say): read as deadlines, one of
    them was overdue whichever was meant."""
    for (_, _, before, _), (_, _, after, _) in itertools.pairwise(deadlines):
        words = arabic[before.end() : after.start()]
        said = next((said for words_of, said in _NOT_ONE_DAY if words_of(words)), None)
        if said is not None:
            return said.format(words=" ".join(arabic[before.start() : after.end()].split()))
    last = deadlines[-1][2]
    if (counted := _OR_COUNTED.match(arabic, last.end())) is not None:
        return _CHOICE.format(words=" ".join(arabic[last.start() : counted.end()].split()))
    return None


# Another month or quarter after one read as a month's or a quarter's end, without the words that made that one a
# deadline (ภายใน มี.ค. 67 และ ก.ย. 67, ภายในสิ้นไตรมาส 1 และ 2, ภายในไตรมาส 1-2): only the first was read, the rest
# its label, and September never due. Asked, as listed days without their month are.
_JOINS = r"\s*(?:และ|หรือ|,|[-–—]|ถึง)\s*"
_ANOTHER_MONTH = re.compile(rf"{_JOINS}(?:เดือน\s*)?(?>{_MONTH_ALT})(?!{THAI_LETTER})", re.IGNORECASE)
_ANOTHER_QUARTER = re.compile(rf"{_JOINS}(?:ไตรมาส(?:ที่)?\s*)?[1-4](?![0-9])")
_LISTED = Text(
    "เขียนหลายเดือนหรือหลายไตรมาสต่อกัน ({words}): พิมพ์วันครบกำหนดของแต่ละครั้งให้ครบ คั่นด้วยจุลภาค เช่น 31 มี.ค. 2567, 30 ก.ย. 2567",
    "lists several months or quarters ({words}): type each day due in full, separated by commas, "
    "e.g. 31 มี.ค. 2567, 30 ก.ย. 2567",
)


def _another_month_or_quarter(arabic: str, deadlines: list[tuple[int, int, _DateWords, str]]) -> str | None:
    """The words of a month or quarter listed right after one read as a deadline (``_ANOTHER_MONTH``)."""
    for _, _, match, kind in deadlines:
        if not isinstance(match, re.Match) or kind not in ("month", "fiscal_end"):
            continue
        another = _ANOTHER_MONTH if kind == "month" else _ANOTHER_QUARTER
        if kind == "fiscal_end" and match.groupdict().get("quarter") is None:
            continue  # the year's end: no quarter follows it
        if (found := another.match(arabic, match.end())) is not None:
            return " ".join(found[0].split())
    return None


def _day_without_month(arabic: str, deadlines: list[tuple[int, int, _DateWords, str]]) -> str | None:
    """A day written before a date that no list made a deadline of (``_DAY_AFTER_THE_WORD_DAY``)."""
    for label_start, label_end, _, _ in deadlines:
        words = arabic[label_start:label_end]
        if (day := _DAY_AFTER_THE_WORD_DAY.search(words)) is not None:
            return day["day"]
        if (day := _DAY_BEFORE_DATE.search(words)) is not None and _a_day(day["day"], words[: day.start()]):
            return day["day"]
    return None


_MONTH_BEFORE = re.compile(rf"(?:{_MONTH_ALT})\s*$", re.IGNORECASE)


def _a_year(text: str, match: re.Match[str]) -> bool:
    """Whether a written date's "day" is the year of the month before it: the 66 of ``ต.ค. 66 - ก.ย. 67`` (a
    span of months) is no day of September; read so, the cell was "no day 66 - ก.ย. in the calendar", even
    beside a deadline it gave (``ต.ค. 66 - ก.ย. 67 (ส่งภายใน 31 มี.ค. 67)``)."""
    return int(match["day"]) > 31 and _MONTH_BEFORE.search(text, 0, match.start()) is not None


# A dash that begins a line is a list's bullet, not a range (- 31 มี.ค. 66 / - 30 ก.ย. 66 was one deadline on the last).
_LINE_BULLET = re.compile(r"[ \t]*\n\s*[-–—][ \t]*")


def _deadlines(arabic: str, matches: list[tuple[re.Match[str], str]]) -> list[tuple[int, int, _DateWords, str]]:
    """Each deadline the dates of a cell make: its label's span and the date that is due. A range of dates
    (``20 มิ.ย. - 5 ก.ค. 2566``, ``20-25 มิถุนายน 2566``, ``ส่งผลงาน ๑–๓๐ ก.ค. ๖๗``) is one deadline, due
    on its last day: read as two deadlines, its first day was falsely overdue; read as one, the 25th came
    labelled "20". Days listed before a month (``15 และ 30 ก.ย. 66``) are a deadline each."""
    made: list[tuple[int, int, _DateWords, str]] = []
    previous_end = 0
    for match, kind in matches:
        if match.start() < previous_end:  # an overlapping reading of the same text
            continue
        between = arabic[previous_end : match.start()]
        if made and _RANGE_JOIN.fullmatch(between) and not _LINE_BULLET.fullmatch(between):
            label_start, label_end, _, _ = made[-1]
            made[-1] = (label_start, label_end, match, kind)
        else:
            day = _DAY_BEFORE.search(between) if kind == "text" else None
            ranged = day and not _COUNTING.search(between[: day.start()]) and int(day["day"]) < int(match["day"])
            listed = _shared_month(between, previous_end, match) if kind == "text" and not ranged else []
            label = (previous_end, listed[0][0]) if listed else None  # a list's days share its words
            for _, shared in listed:
                made.append((*label, shared, kind))  # type: ignore[misc]
                previous_end = shared.end()
            end = previous_end + day.start() if day and ranged else match.start()
            made.append((*(label or (previous_end, end)), match, kind))
        previous_end = match.end()
    return made


def _shown(raw: str, match: _DateWords, arabic: str) -> str:
    # Thai and Arabic digits have the same length, so offsets carry over.
    plain = isinstance(match, re.Match) and len(raw) == len(arabic)
    return raw[match.start() : match.end()] if plain else match.group(0)


def from_excel_serial(serial: float) -> date | None:
    """The date of an Excel serial number, if it is a plausible deadline (1990–2099)."""
    if not _SERIAL_MIN <= serial <= _SERIAL_MAX:
        return None
    return _EXCEL_EPOCH + timedelta(days=int(serial))


def parse_date_cell(text: str, fiscal_year_be: int | None = None) -> DateParse:
    """A date column's cell as read from the workbook (dates arrive as ISO text)."""
    stripped = text.strip()
    if _is_plain_number(stripped):
        serial = from_excel_serial(float(stripped))
        if serial is not None:
            return DateParse((DateFound("", serial),), None)
        return DateParse(
            (),
            Text(
                f"“{stripped}” เป็นตัวเลข ไม่ใช่วันที่: พิมพ์วันที่ เช่น 20/6/2566 หรือจัดรูปแบบเซลล์เป็นวันที่",
                f"“{stripped}” is a number, not a date: type a date such as 20/6/2566 or format the cell as a date",
            ),
        )
    return parse_date_text(text, fiscal_year_be)


_PLAIN_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _is_plain_number(text: str) -> bool:
    return bool(_PLAIN_NUMBER.fullmatch(text))


def next_year_text(text: str, fiscal_year_be: int | None = None) -> str:
    """A deadline cell's text with every written date one year later, wording and digits kept:
    ``ส่ง ๒๐ มิถุนายน ๒๕๖๖`` → ``ส่ง ๒๐ มิถุนายน ๒๕๖๗``, ``30/7/66`` → ``30/7/67``. A 29 February whose
    next year has none becomes the 28th. Dates written without a year need nothing: they follow the
    plan's fiscal year (``fiscal_year_be``, this text's: a weekday beside such a date follows it too)."""
    arabic = to_arabic_digits(text)
    edits: list[tuple[int, int, str]] = []
    taken = 0
    for match, kind in _date_matches(arabic, iso=True):
        if match.start() < taken or match["year"] is None:
            continue
        taken = match.end()
        start, end = match.span("year")
        written = arabic[start:end]
        year = (int(written) + 1) % (10 ** len(written))
        edits.append((start, end, str(year).zfill(len(written))))
        if kind not in ("month", "fiscal_end") and int(match["day"]) == 29 and _february(match):  # those have no day
            full = int(written) + 1 if len(written) == 4 else 2500 + year  # two digits: the Buddhist era
            full = full - BE_OFFSET if full >= 2400 else full
            if not _leap(full):
                day_start, day_end = match.span("day")
                edits.append((day_start, day_end, "28"))
    out = text
    for start, end, value in sorted(edits, reverse=True):
        thai = any(ch in "๐๑๒๓๔๕๖๗๘๙" for ch in text[start:end])
        out = out[:start] + (to_thai_digits(value) if thai else value) + out[end:]
    return _weekdays_follow(out, fiscal_year_be + 1 if fiscal_year_be is not None else None)


# A weekday written beside a date (วันศุกร์ที่ 30 ก.ย. 66, 30 ก.ย. 66 (วันศุกร์)): Monday to Sunday, as date.weekday().
_WEEKDAYS = ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์")  # date.weekday() order
_WEEKDAYS_SHORT = ("จ", "อ", "พ", "พฤ", "ศ", "ส", "อา")  # as tables write them: ศ. 30 ก.ย. 66
_WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_SHORT_DAYS = "อา|พฤ|จ|อ|พ|ศ|ส"  # longest first
# A weekday right before a date (วันศุกร์ที่ 30 ก.ย. 66, ศ. 30 ก.ย. 66) or right after it (30 ก.ย. 66 (วันศุกร์),
# 30 ก.ย. 66 (ศ.)). An abbreviation stands alone, not inside a word or an abbreviation (พ.ศ., ส.ค.).
_WEEKDAY_BEFORE = re.compile(rf"(?:วัน(?P<day>{_DAY_NAMES})(?:ที่)?|(?<![ก-๛A-Za-z.])(?P<short>{_SHORT_DAYS})\.)\s*$")
_WEEKDAY_AFTER = re.compile(rf"\s*\(?\s*(?:วัน(?P<day>{_DAY_NAMES})|(?P<short>{_SHORT_DAYS})\.(?![ก-๛]))")
# Whether a text may hold a weekday at all, for a look at a whole column at once.
_ANY_WEEKDAY = re.compile(rf"วัน(?:{_DAY_NAMES})|(?<![ก-๛A-Za-z.])(?:{_SHORT_DAYS})\.(?![ก-๛])")


class WrittenWeekday(NamedTuple):
    """A weekday written beside a date: where its word is in the text, which day it names, and the date."""

    start: int
    end: int
    written: int  # date.weekday() of the day written
    short: bool  # ศ. rather than ศุกร์
    beside: date

    @property
    def agrees(self) -> bool:
        return self.written == self.beside.weekday()

    def word(self, day: int) -> str:
        """What stands at ``start:end`` for ``day``: ศุกร์ (of วันศุกร์), or ศ (of ศ.)."""
        return (_WEEKDAYS_SHORT if self.short else _WEEKDAYS)[day]

    def said(self, day: int | None = None) -> str:
        """The day as a person writes it (วันศุกร์, ศ.): the one written, or ``day``."""
        word = self.word(self.written if day is None else day)
        return f"{word}." if self.short else f"วัน{word}"


def weekdays_beside_dates(text: str, fiscal_year_be: int | None = None) -> list[WrittenWeekday]:
    """Every weekday written right before or after a date of the text, in order (a date without a year is in
    ``fiscal_year_be``, as the reader takes it)."""
    if _ANY_WEEKDAY.search(text) is None:
        return []
    found: dict[int, WrittenWeekday] = {}
    for match, _ in _date_matches(to_arabic_digits(text), iso=True):  # Thai digits are one character each
        start, end = match.span()
        dates = parse_date_text(text[start:end], fiscal_year_be).dates
        if len(dates) != 1:
            continue
        before = _WEEKDAY_BEFORE.search(text, max(0, start - 20), start)
        after = _WEEKDAY_AFTER.match(text, end, end + 20)
        for named in (before, after):
            if named is not None and named.start() not in found:  # overlapping readings of one date: once
                group = "day" if named["day"] is not None else "short"
                word = named[group]
                day = _WEEKDAYS_SHORT.index(word) if group == "short" else _day_number(word)
                at = named.span(group)
                found[named.start()] = WrittenWeekday(at[0], at[1], day, group == "short", dates[0].value)
    return sorted(found.values())


def _day_number(name: str) -> int:
    return _WEEKDAYS.index("พฤหัสบดี" if name == "พฤหัส" else name)


def weekday_disagrees(text: str, fiscal_year_be: int | None = None) -> Text | None:
    """What to check when a weekday written beside a date is not that date's (วันศุกร์ที่ 30 ก.ย. 66: a Saturday):
    which of the two is meant cannot be told; the date is read as its numbers say, and said."""
    wrong = [w for w in weekdays_beside_dates(text, fiscal_year_be) if not w.agrees]
    if not wrong:
        return None
    w = wrong[0]
    actual = w.beside.weekday()
    written = f"{w.said()} (วัน{_WEEKDAYS[w.written]})" if w.short else w.said()
    return Text(
        f"วันที่ {format_date_th(w.beside)} เป็นวัน{_WEEKDAYS[actual]} แต่เขียนไว้ว่า{written}: อ่านเป็นวันที่ "
        f"{format_date_th(w.beside)} ตามตัวเลข ตรวจว่าหมายถึงวันใด แล้วแก้วันที่หรือวันในสัปดาห์ให้ตรงกัน",
        f"{w.beside:%d %b} {w.beside.year + BE_OFFSET} is a {_WEEKDAYS_EN[actual]}, but the cell says "
        f"{_WEEKDAYS_EN[w.written]} ({w.said()}): read as the date its numbers give; check which day is meant "
        "and make the date and the weekday agree",
    )


def moved_note(parsed: DateParse) -> Text | None:
    """What to check when a cell's dates include earlier ones it says were moved, read as no deadline."""
    if not parsed.moved or not parsed.dates:
        return None
    due = ", ".join(format_date_th(d.value) for d in parsed.dates)
    earlier = ", ".join(format_date_th(d) for d in parsed.moved)
    return Text(
        f"อ่านกำหนดส่งเป็น {due} ส่วน {earlier} เป็นกำหนดเดิมที่เลื่อนแล้ว จึงไม่นับเป็นกำหนดส่ง (ถ้าไม่ใช่ ให้แก้ข้อความในเซลล์)",
        f"read as due {due}; {earlier} is taken as an earlier date that was moved, not a deadline "
        "(if that is not so, correct the cell)",
    )


def _weekdays_follow(text: str, fiscal_year_be: int | None) -> str:
    """The weekday written beside each date made true of the date as it now reads: a year on, วันศุกร์ที่ 30
    ก.ย. 66 became วันศุกร์ที่ 30 ก.ย. 67, a Monday, in next year's plan, without a word."""
    for w in reversed(weekdays_beside_dates(text, fiscal_year_be)):
        text = text[: w.start] + w.word(w.beside.weekday()) + text[w.end :]
    return text


def _february(match: re.Match[str]) -> bool:
    month = match["month"]
    return (int(month) if month.isdigit() else _MONTH_NAMES.get(_month_key(month))) == 2


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def date_cell_shown(raw: str) -> str:
    """A date cell read as text (กำหนดส่ง as typed, ระยะเวลา, หมายเหตุ), as a person reads it: Excel shows
    30/7/2566, and ``2023-07-30 00:00:00`` is neither what was typed nor a Buddhist-era date. A year typed in
    the Buddhist era into a date cell (2566-07-30) is read as such, as the date columns read it."""
    found = DATE_CELL.fullmatch(raw)
    if found is None or found[4] is None:  # 2023-07-30 typed as text stays as typed
        return raw
    year, month, day, hour, minute = map(int, found.groups()[:5])
    clock = f"{hour:02d}:{minute:02d} น." if (hour, minute) != (0, 0) else ""
    if raw.startswith(_TIME_ONLY):
        return clock or raw
    try:
        shown = format_date_th(date(year - BE_OFFSET if year >= 2400 else year, month, day), "long")
    except ValueError:
        return raw
    return f"{shown} {clock}".strip()
