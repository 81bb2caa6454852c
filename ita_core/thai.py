"""Thai numerals, month names, the Buddhist era and the Thai fiscal calendar.

Official Thai documents write numbers with Thai digits (๑๒๗) and years in the
Buddhist era (พ.ศ. = Gregorian + 543). The government fiscal year runs from
1 October to 30 September and is named after the year in which it ends:
FY2566 is 1 Oct 2022 – 30 Sep 2023.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

BE_OFFSET = 543

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
# A Thai letter, vowel or tone mark: after a word, one of these says the word goes on (ราย in รายงาน, ตุลา in ตุลาการ).
THAI_LETTER = "[\u0e01-\u0e4e]"
_TO_ARABIC = str.maketrans(THAI_DIGITS, "0123456789")
_TO_THAI = str.maketrans("0123456789", THAI_DIGITS)

MONTHS_LONG = (
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)
MONTHS_SHORT = (
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
)
MONTHS_EN = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)

DateStyle = Literal["short", "long"]


def to_arabic_digits(text: str) -> str:
    """Replace Thai digits by Arabic ones: ``"๑.๕"`` → ``"1.5"``."""
    # isascii() is a flag check in CPython; translate() on Thai text is costly in hot loops.
    return text if text.isascii() else text.translate(_TO_ARABIC)


def to_thai_digits(text: str) -> str:
    """Replace Arabic digits by Thai ones, as official documents print them."""
    return text.translate(_TO_THAI)


def be_year(ce_year: int) -> int:
    """Buddhist-era year of a Gregorian year: 2023 → 2566."""
    return ce_year + BE_OFFSET


def ce_year(be_year: int) -> int:
    """Gregorian year of a Buddhist-era year: 2566 → 2023."""
    return be_year - BE_OFFSET


def parse_iso_date(text: str) -> date | None:
    """An ISO date from an address or a command line; a year of 2400 or more is Buddhist era.

    Thai users type the year they know, so ``2566-07-01`` is 1 July 2023, as is ``2023-07-01``;
    Thai digits are accepted too. Returns ``None`` for anything else.

    >>> parse_iso_date("2566-07-01"), parse_iso_date("๒๕๖๖-๐๗-๐๑"), parse_iso_date("1 July")
    (datetime.date(2023, 7, 1), datetime.date(2023, 7, 1), None)
    """
    cleaned = to_arabic_digits(text.strip())
    parts = cleaned.split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts) or len(parts[0]) != 4:
        return None
    year, month, day = (int(p) for p in parts)
    if year >= 2400:
        year = ce_year(year)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def format_date_th(d: date, style: DateStyle = "short", *, thai_digits: bool = False) -> str:
    """A date as Thai documents write it, in the Buddhist era.

    >>> format_date_th(date(2023, 6, 20))
    '20 มิ.ย. 2566'
    >>> format_date_th(date(2023, 6, 20), "long", thai_digits=True)
    '๒๐ มิถุนายน ๒๕๖๖'
    """
    months = MONTHS_SHORT if style == "short" else MONTHS_LONG
    text = f"{d.day} {months[d.month - 1]} {be_year(d.year)}"
    return to_thai_digits(text) if thai_digits else text


def format_date_en(d: date) -> str:
    """A date for the English interface, keeping the Buddhist-era year users know.

    >>> format_date_en(date(2023, 6, 20))
    '20 Jun 2566 BE'
    """
    return f"{d.day} {MONTHS_EN[d.month - 1]} {be_year(d.year)} BE"


def fiscal_year_be(d: date) -> int:
    """The Thai fiscal year (Buddhist era) a date falls in; October starts the next one."""
    return be_year(d.year + 1 if d.month >= 10 else d.year)


def fiscal_quarter(d: date) -> int:
    """Quarter 1–4 of the fiscal year: Q1 is October–December, Q4 July–September."""
    return (d.month - 10) % 12 // 3 + 1


def fiscal_year_bounds(fy_be: int) -> tuple[date, date]:
    """First and last day of a fiscal year: 2566 → (2022-10-01, 2023-09-30)."""
    end_ce = ce_year(fy_be)
    return date(end_ce - 1, 10, 1), date(end_ce, 9, 30)


def fiscal_quarter_bounds(fy_be: int, quarter: int) -> tuple[date, date]:
    """First and last day of one quarter of a fiscal year."""
    if quarter not in (1, 2, 3, 4):
        raise ValueError(f"quarter must be 1-4, not {quarter}")
    start, _ = fiscal_year_bounds(fy_be)
    month0 = start.month - 1 + (quarter - 1) * 3  # months counted from January of start year
    year, month = start.year + month0 // 12, month0 % 12 + 1
    first = date(year, month, 1)
    next_month0 = month0 + 3
    next_first = date(start.year + next_month0 // 12, next_month0 % 12 + 1, 1)
    return first, date.fromordinal(next_first.toordinal() - 1)
