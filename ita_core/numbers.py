"""Numbers as people type them in Thai workbooks, and percentages as official documents write them.

Official reports truncate percentages to two decimals instead of rounding
(127 of 139 people is written ร้อยละ 91.36, although 91.366… rounds to 91.37).
All arithmetic here is exact (``Fraction``/``Decimal``): binary floats turn
57/100 into 56.99 when truncated.
"""

from __future__ import annotations

import re
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Context, Decimal
from fractions import Fraction
from typing import NamedTuple

from ita_core.thai import to_arabic_digits

_HUNDREDTH = Fraction(1, 100)

_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
# Words that say what a number counts. They do not change its value, but a column of people must not take
# "ร้อยละ 91" for 91 people, nor a percentage "80 คน" for 80 %: the reader says which unit it found.
PERCENT = "percent"
PEOPLE = "people"
_UNITS = {
    PERCENT: re.compile(r"ร้อยละ|เปอร์เซ็นต์|เปอร์เซนต์|เปอร์เซ็นท์|percent|%", re.IGNORECASE),
    PEOPLE: re.compile(r"คน|ราย|ท่าน|people|persons?", re.IGNORECASE),  # ท่าน: the polite word for a person
}
_BLANKS = re.compile(r"[\s\u00a0]+")
# Thousands written with separators (1,139 or 1 139): groups of three digits after the first, one kind of
# separator. Anything else is not one number: 91,36 (a decimal comma) was 9136, 5,5 was 55 and 12 15 was 1215.
_GROUPED = re.compile(r"[+-]?\d{1,3}([, ])\d{3}(?:\1\d{3})*(?:\.\d*)?")


# Excel keeps and shows 15 significant digits; a cell read with more is a binary float's tail (=1-0.9 is stored
# as 0.09999999999999998 and shown as 0.1), and truncating that tail made 10 % read as 9.99 %.
_EXCEL_DIGITS = Context(prec=15, rounding=ROUND_HALF_EVEN)
_ONE = Decimal(1)


class ParsedNumber(NamedTuple):
    value: Decimal
    unit: str = ""  # PERCENT (%, ร้อยละ), PEOPLE (คน, ราย) or none written


def truncate_2(value: Fraction | Decimal | int) -> Decimal:
    """Cut a non-negative number to two decimals, never rounding up.

    >>> truncate_2(Fraction(12700, 139))
    Decimal('91.36')
    """
    frac = Fraction(value)
    hundredths = int(frac / _HUNDREDTH)  # int() truncates toward zero
    return Decimal(hundredths).scaleb(-2)


def percent(part: Fraction | Decimal | int, whole: Fraction | Decimal | int) -> Decimal:
    """``part / whole`` as a percentage truncated to two decimals.

    >>> percent(127, 139), percent(5, 12), percent(57, 100)
    (Decimal('91.36'), Decimal('41.66'), Decimal('57.00'))
    """
    if whole == 0:
        raise ZeroDivisionError("percentage of a whole of 0")
    if isinstance(part, int) and isinstance(whole, int):  # headcounts: plain integer division is exact
        hundredths = abs(part) * 10000 // abs(whole)
        return Decimal(-hundredths if (part < 0) != (whole < 0) else hundredths).scaleb(-2)
    return truncate_2(Fraction(part) * 100 / Fraction(whole))


_FORMULA_PLACES = 4  # more places than a person types: a formula's result


CUT, ROUNDED, DIFFERS = "cut", "rounded", "differs"


def percent_agreement(written: Decimal, part: int, whole: int) -> str:
    """How a percentage written beside two counts stands to theirs: ``CUT`` to the places written, as official
    documents write it (91.36 for 127 of 139; 91.4 and 91 too), or a formula's result within a millionth;
    ``ROUNDED`` (91.37: the counts agree, the figure is not the official one); else ``DIFFERS`` (a typo in one
    of the three figures)."""
    exact = Fraction(part * 100, whole)
    places = max(0, -int(written.normalize().as_tuple().exponent))  # 0.9136 as % is 91.3600: two places
    if places > _FORMULA_PLACES:
        return CUT if abs(Fraction(written) - exact) < Fraction(1, 1_000_000) else DIFFERS
    step = Decimal(1).scaleb(-places)
    value = Decimal(exact.numerator) / Decimal(exact.denominator)
    if written == value.quantize(step, ROUND_DOWN):
        return CUT
    return ROUNDED if written == value.quantize(step, ROUND_HALF_UP) else DIFFERS


def mean_truncated(values: list[Decimal]) -> Decimal:
    """Arithmetic mean truncated to two decimals; 0 for no values."""
    if not values:
        return Decimal("0.00")
    return truncate_2(Fraction(sum(values, Decimal(0))) / len(values))


def parse_number(text: str) -> ParsedNumber | None:
    """Read a number typed in any of the ways Thai users type it.

    Accepts Thai digits, thousands separators, and one unit: ``%`` or ``ร้อยละ``, or ``คน``. Returns
    ``None`` when the text is not a single number of one unit.

    >>> parse_number("ร้อยละ ๙๑.๓๖")
    ParsedNumber(value=Decimal('91.36'), unit='percent')
    >>> parse_number("๑๒๗ คน")
    ParsedNumber(value=Decimal('127'), unit='people')
    """
    cleaned = to_arabic_digits(text).replace("\u200b", "")
    units = [unit for unit, words in _UNITS.items() if words.search(cleaned)]
    if len(units) > 1:
        return None
    for unit in units:
        cleaned = _UNITS[unit].sub(" ", cleaned)
    cleaned = _BLANKS.sub(" ", cleaned).strip()
    if "," in cleaned or " " in cleaned:
        if not _GROUPED.fullmatch(cleaned):
            return None
        cleaned = cleaned.replace(",", "").replace(" ", "")
    if not _NUMBER.fullmatch(cleaned):
        return None
    value = Decimal(cleaned)
    if len(value.as_tuple().digits) > 15:
        value = _EXCEL_DIGITS.plus(value)
        value = value.quantize(_ONE) if value == value.to_integral_value() else value.normalize()
    return ParsedNumber(value, units[0] if units else "")


def format_decimal(value: Decimal, places: int = 2) -> str:
    """Fixed decimals without exponent: ``Decimal('91.36')`` → ``'91.36'``."""
    return f"{value:.{places}f}"


def format_baht(value: Decimal | None) -> str:
    """An amount in baht with thousands separators and satang: ``150,000.00``; empty for none."""
    return "" if value is None else f"{value:,.2f}"
