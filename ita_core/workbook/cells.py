"""Read one cell's value for each kind of column; a failure says what to type instead.

Each reader takes the cell as text (how ``reader`` delivers every cell) and
returns either the value or a ``Text``: what to type instead, in Thai and English.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ita_core.dateparse import DATE_CELL, DATE_CELL_HINT, date_cell_shown
from ita_core.numbers import PEOPLE, PERCENT, parse_number
from ita_core.text import Text, without_hidden
from ita_core.thai import to_arabic_digits

_ID_SPACES = re.compile(r"\s+")
_MEASURE = re.compile(r"(?:มาตรการ(?:ที่)?|measure)?\s*(\d+)(?:\.0*)?", re.IGNORECASE)  # 1, 1.0, ๑. as numbered
_HUNDRED = Decimal(100)
_CENT = Decimal("0.01")
_BAHT = re.compile(r"บาท|baht|฿", re.IGNORECASE)
# One percentage among words, as the plan's sentences write a target or a result (บุคลากรในสังกัดเข้าร่วม
# ร้อยละ ๘๐, ดำเนินการแล้ว 50%): the cell is not a number, but what to type in it is plain.
_PERCENT_IN_WORDS = re.compile(r"ร้อยละ\s*(\d+(?:\.\d+)?)|(\d+(?:\.\d+)?)\s*(?:%|เปอร์เซ็นต์)")
_ANY_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_PEOPLE_OF = re.compile(r"\s*(\d+)\s*(?:/|จาก|of)\s*(\d+)\s*(?:คน)?\s*", re.IGNORECASE)  # 127/139: both counts


def shown(texts: list[str]) -> list[str]:
    """A column of text whose cells may be date cells, as a person reads them (``dateparse.date_cell_shown``):
    one look at the whole column (C speed), cell by cell only when it holds one."""
    return list(map(date_cell_shown, texts)) if DATE_CELL_HINT.search("".join(texts)) else texts


_DATE_ID = Text(
    "ลำดับนี้เป็นวันที่ (Excel เปลี่ยนสิ่งที่พิมพ์ เช่น 1/10 เป็นวันที่): จัดรูปแบบคอลัมน์ ลำดับ เป็นข้อความ (Text) แล้วพิมพ์ลำดับใหม่",
    "this id is a date (Excel turned what was typed, such as 1/10, into a date): format the ลำดับ column as Text "
    "and type the id again",
)


# An id with the word or brackets a list writes around it (ข้อ 1.2, (1.2), 1.2)): the id is the number. It was
# "ข้อ1.2" on every page, and a participation row for 1.2 named no activity.
_WRAPPED_ID = re.compile(r"(?:ข้อ(?:ที่)?|ลำดับที่|กิจกรรมที่|แนวทาง(?:ที่)?|no\.?)?\(?([0-9]+(?:\.[0-9]+)*)\.?\)?", re.IGNORECASE)


def activity_id(raw: str) -> str | Text:
    """Arabic digits, no stray spaces or trailing dot: ``"๑.๕ "`` → ``"1.5"``, ``"๑."`` → ``"1"``, ``"ข้อ ๑.๒"`` →
    ``"1.2"``. A date cell is no id: it was an activity of its own, ``2023-10-0100:00:00``, on every page."""
    if DATE_CELL.fullmatch(raw):
        return _DATE_ID
    text = to_arabic_digits(raw)
    if " " in text or not text.isascii():
        text = _ID_SPACES.sub("", without_hidden(text))  # "1.1\u200b" is 1.1, not another activity
    text = text.rstrip(".")
    wrapped = _WRAPPED_ID.fullmatch(text)
    return wrapped[1] if wrapped is not None else text


def measure_number(raw: str) -> int | Text:
    match = _MEASURE.fullmatch(without_hidden(to_arabic_digits(raw)).strip())
    if match is None:
        return Text(
            "มาตรการต้องเป็นเลขมาตรการ เช่น 1 หรือ มาตรการที่ ๑",
            "the measure must be its number, e.g. 1",
        )
    return int(match[1])


# "At least" before a target (ไม่น้อยกว่าร้อยละ 80, ≥ 80%, 80% ขึ้นไป): the plan's own words for a target.
_AT_LEAST = re.compile(
    r"^\s*(?:ไม่น้อยกว่า|ไม่ต่ำกว่า|อย่างน้อย|ตั้งแต่|มากกว่าหรือเท่ากับ|at\s+least|≥|>=)\s*|\s*(?:ขึ้นไป|or\s+more|\+)\s*$",
    re.IGNORECASE,
)


def _fraction(value: Decimal) -> Text:
    small, whole = f"{value.normalize():f}", f"{(value * _HUNDRED).normalize():f}"
    return Text(
        f"{small} อ่านได้ทั้งร้อยละ {small} และร้อยละ {whole}: ถ้าหมายถึงร้อยละ {whole} พิมพ์ {whole} หรือ {whole}% "
        f"ถ้าหมายถึงร้อยละ {small} จริง พิมพ์ {small}% (หรือจัดรูปแบบเซลล์เป็นเปอร์เซ็นต์)",
        f"{small} could be {small}% or {whole}%: type {whole} for {whole}%, or {small}% if {small}% is meant "
        "(or format the cell as a percentage)",
    )


ONE_AMONG_FRACTIONS = Text(
    "คอลัมน์นี้มีค่าทศนิยมต่ำกว่า 1 (เช่น 0.5 แทน 50%) จึงไม่แน่ใจว่า 1 หมายถึงร้อยละ 1 หรือร้อยละ 100: พิมพ์ 100 หรือ 1%",
    "this column holds fractions below 1 (such as 0.5 for 50%), so 1 may mean 1% or 100%: type 100 or 1%",
)


ONE_AMONG_FLAGS = Text(
    "คอลัมน์นี้มีแต่ 0 และ 1 จึงไม่แน่ใจว่า 1 หมายถึงร้อยละ 1 หรือแล้วเสร็จ (ร้อยละ 100): พิมพ์ 100 หรือ 1%",
    "this column holds only 0 and 1, so 1 may mean 1% or done (100%): type 100 or 1%",
)


def percentage(raw: str, percent_format: bool, target: bool = False) -> Decimal | Text:
    """A percentage 0–100. A cell formatted as % stores 50% as 0.5, so it is scaled back. A bare number
    between 0 and 1 in a cell not so formatted is refused: offices type 0.5 for 50%, and reading it as
    0.5% would put a half-done activity near zero without a word. A target may say "at least"."""
    parsed = parse_number(_AT_LEAST.sub("", raw) if target else raw)
    if parsed is None:
        if (meant := _the_percentage_among_words(raw)) is not None:
            return Text(
                f"ช่องนี้ต้องเป็นตัวเลขร้อยละเท่านั้น: ถ้าหมายถึงร้อยละ {meant} พิมพ์ {meant} (คำอธิบายใส่คอลัมน์ผลผลิตหรือหมายเหตุ)",
                f"this cell takes a percentage only: type {meant} if {meant}% is meant "
                "(put the words in the output or remarks column)",
            )
        if not target and not any(c.isdigit() for c in raw):  # a word: แล้วเสร็จ, อยู่ระหว่างดำเนินการ
            return Text(
                "ต้องเป็นตัวเลขร้อยละ 0–100 เช่น 50: ถ้าแล้วเสร็จ พิมพ์ 100 ถ้ายังไม่มีผล เว้นว่างไว้",
                "must be a percentage 0–100, such as 50: type 100 if it is done, or leave it empty if nothing is "
                "reported yet",
            )
        return Text(
            "ต้องเป็นตัวเลขร้อยละ 0–100 เช่น 50, 50% หรือ ร้อยละ ๕๐",
            "must be a percentage 0–100, such as 50, 50% or ร้อยละ ๕๐",
        )
    if parsed.unit == PEOPLE:
        return Text(
            f"“{raw.strip()}” เป็นจำนวนคน แต่ช่องนี้ต้องเป็นร้อยละ 0–100: คิดเป็นร้อยละของบุคลากรทั้งหมด แล้วพิมพ์ เช่น 80 หรือ ร้อยละ 80",
            f"“{raw.strip()}” is a number of people, but this cell is a percentage 0–100: "
            "type it as a percentage of the headcount, e.g. 80",
        )
    if percent_format and parsed.unit != PERCENT:
        value = parsed.value * _HUNDRED
    elif _is_fraction(parsed.value, parsed.unit):
        return _fraction(parsed.value)
    else:
        value = parsed.value
    if not 0 <= value <= _HUNDRED:
        return Text(
            f"ร้อยละต้องอยู่ระหว่าง 0 ถึง 100 แต่ค่านี้คือ {value:f}: แก้เป็นค่าในช่วงนี้",
            f"a percentage must be between 0 and 100, this one is {value:f}",
        )
    return value


def _the_percentage_among_words(raw: str) -> str | None:
    """The one percentage a sentence names, when it names no other number."""
    text = to_arabic_digits(raw)
    found: list[tuple[str, str]] = _PERCENT_IN_WORDS.findall(text)
    if len(found) != 1 or len(_ANY_NUMBER.findall(text)) != 1:
        return None
    return found[0][0] or found[0][1]


def _unitless_value(raw: str | None) -> Decimal | None:
    parsed = None if raw is None else parse_number(raw)
    return parsed.value if parsed is not None and not parsed.unit else None


def _is_fraction(value: Decimal, unit: str) -> bool:
    """Between 0 and 1 with no unit: ``ร้อยละ 0.5`` says its unit and is 0.5 %, as written."""
    return 0 < value < 1 and not unit


def bare_fraction(raw: str | None) -> bool:
    """A cell that reads a number between 0 and 1 with no unit: 0.5 typed for 50 %."""
    parsed = None if raw is None else parse_number(raw)
    return parsed is not None and _is_fraction(parsed.value, parsed.unit)


def bare_one(raw: str | None) -> bool:
    """A cell that reads 1 with no unit: 1 % or, in a column of fractions, 100 %."""
    return _unitless_value(raw) == 1


def count(raw: str) -> int | Text:
    """A number of people: a whole number, 0 or more."""
    if (asked := _dot_thousands(raw, _PEOPLE_UNIT)) is not None:
        return asked
    parsed = parse_number(raw)
    if parsed is None and (both := _PEOPLE_OF.fullmatch(to_arabic_digits(raw))):
        return Text(
            f"“{raw.strip()}” เป็นสองจำนวน: ใส่ {both[1]} ในคอลัมน์ ผู้เข้าร่วม และ {both[2]} ในคอลัมน์ บุคลากรทั้งหมด",
            f"“{raw.strip()}” is two numbers: type {both[1]} under ผู้เข้าร่วม and {both[2]} under บุคลากรทั้งหมด",
        )
    if parsed is None or parsed.unit == PERCENT:  # ร้อยละ 91 is not 91 people
        return Text("ต้องเป็นจำนวนคน (ตัวเลขจำนวนเต็ม) เช่น 127", "must be a number of people, e.g. 127")
    if parsed.value != parsed.value.to_integral_value() or parsed.value < 0:
        return Text(
            "จำนวนคนต้องเป็นจำนวนเต็มตั้งแต่ 0 ขึ้นไป",
            "a number of people must be a whole number, 0 or more",
        )
    return int(parsed.value)


def fiscal_year(raw: str) -> int | Text:
    """A Buddhist-era year, four digits: 2566, ปีงบประมาณ พ.ศ. ๒๕๖๖."""
    digits = re.sub(r"(?:พ\.?\s*ศ\.?|ปีงบประมาณ|\s)", "", to_arabic_digits(raw))
    year = int(float(digits)) if re.fullmatch(r"\d{4}(?:\.0+)?", digits) else None
    if year is not None and 1900 < year < 2400:
        return Text(
            f"{year} เป็นปี ค.ศ.: ใส่ปีงบประมาณเป็นปี พ.ศ. คือ {year + 543}",
            f"{year} is a Common Era year: give the Buddhist-era fiscal year, {year + 543}",
        )
    if year is not None and year >= 2400:
        return year
    if (lead := re.match(r"(\d{4})(?!\d)", digits)) and int(lead[1]) >= 2400:  # 2566 (ต.ค. 65 – ก.ย. 66)
        return Text(
            f"ปีงบประมาณต้องเป็นปี พ.ศ. 4 หลักเท่านั้น: ถ้าหมายถึงปีงบประมาณ {lead[1]} พิมพ์ {lead[1]} (ช่วงเดือนของปีงบประมาณไม่ต้องใส่)",
            f"the fiscal year must be a four-digit Buddhist-era year only: type {lead[1]} if that is the year "
            "(its months need not be given)",
        )
    return Text(
        "ปีงบประมาณต้องเป็นปี พ.ศ. 4 หลัก เช่น 2566",
        "the fiscal year must be a four-digit Buddhist-era year, e.g. 2566",
    )


# Whole baht as official documents write it: ๑๕๐,๐๐๐.- บาท (it was "must be an amount in baht").
_WHOLE_BAHT = re.compile(r"\.\s*[-–—]\s*$")
_NO_BUDGET = re.compile(r"(?:ไม่ได้ใช้|ไม่ใช้|ไม่มี)\s*(?:งบประมาณ|งบ)")
# A dot between groups of three digits (150.000): the thousands of some keyboards, or three decimals of baht.
_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")


def _dot_thousands(raw: str, unit: Text) -> Text | None:
    """150.000 may be 150 or 150,000 (a dot between thousands): asked, not guessed (it was read as 150). 1.500.000
    and 1.270 people are no decimals: said as thousands. ``None`` for any other text."""
    typed = to_arabic_digits(raw).strip()
    if not _DOT_THOUSANDS.fullmatch(typed) or not int(typed.replace(".", "")):
        return None
    whole, head = f"{int(typed.replace('.', '')):,}", typed.partition(".")[0]
    if typed.count(".") > 1 or typed.partition(".")[2].strip("0"):  # 1.270 people, 150.125 baht: no decimal
        return Text(
            f"ถ้าหมายถึง {whole} {unit.th} พิมพ์ {whole} (ใช้จุลภาคคั่นหลักพัน ไม่ใช่จุด)",
            f"if {whole} {unit.en} is meant, type {whole} (a comma between thousands, not a dot)",
        )
    return Text(
        f"{typed} อ่านได้ทั้ง {head} {unit.th} และ {whole} {unit.th}: ถ้าหมายถึง {whole} {unit.th} พิมพ์ {whole} "
        f"(ใช้จุลภาคคั่นหลักพัน) ถ้าหมายถึง {head} {unit.th} พิมพ์ {head}",
        f"{typed} may be {head} or {whole} {unit.en}: type {whole} (a comma between thousands) or {head}",
    )


_BAHT_UNIT = Text("บาท", "baht")
_PEOPLE_UNIT = Text("คน", "people")


def money(raw: str) -> Decimal | Text:
    """An amount in baht as budgets are typed: ``150000``, ``150,000.50``, ``๑๕๐,๐๐๐ บาท``, ``๑๕๐,๐๐๐.- บาท``;
    ``ไม่ใช้งบประมาณ`` is 0."""
    text = _WHOLE_BAHT.sub("", _BAHT.sub("", raw).strip())
    if _NO_BUDGET.fullmatch(text.strip()):
        return Decimal(0)
    if (asked := _dot_thousands(text, _BAHT_UNIT)) is not None:
        return asked
    parsed = parse_number(text)
    if parsed is None or parsed.unit:  # ร้อยละ 5 or 5 คน is not an amount
        return Text(
            "ต้องเป็นจำนวนเงินบาท เช่น 15000, 15,000.50 หรือ ๑๕,๐๐๐ บาท",
            "must be an amount in baht, e.g. 15000, 15,000.50 or ๑๕,๐๐๐ บาท",
        )
    if parsed.value < 0:
        return Text("งบประมาณต้องไม่ติดลบ", "a budget cannot be negative")
    if parsed.value != parsed.value.quantize(_CENT):
        return Text(
            "ใส่ทศนิยมได้ไม่เกิน 2 ตำแหน่ง (สตางค์)",
            "at most two decimal places (satang)",
        )
    return parsed.value
