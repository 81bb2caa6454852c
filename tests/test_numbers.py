import math
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ita_core.numbers import (
    PEOPLE,
    PERCENT,
    ParsedNumber,
    mean_truncated,
    parse_number,
    percent,
    percent_agreement,
    truncate_2,
)


@pytest.mark.parametrize(
    ("part", "whole", "truncated", "rounded"),
    [
        (127, 139, "91.36", "91.37"),  # the seed's own figure
        (50, 61, "81.96", "81.97"),
        (5, 12, "41.66", "41.67"),
        (2, 3, "66.66", "66.67"),
        (57, 100, "57.00", "57.00"),  # a float computation would truncate this to 56.99
        (139, 139, "100.00", "100.00"),
        (0, 139, "0.00", "0.00"),
    ],
)
def test_percent_truncates_instead_of_rounding(part: int, whole: int, truncated: str, rounded: str) -> None:
    assert percent(part, whole) == Decimal(truncated)
    exact = Decimal(part) * 100 / Decimal(whole)
    assert exact.quantize(Decimal("0.01"), ROUND_HALF_UP) == Decimal(rounded)


def test_floats_would_get_57_wrong() -> None:
    assert int(57 / 100 * 100 * 100) / 100 == 56.99  # why the code uses exact arithmetic
    assert percent(57, 100) == Decimal("57.00")


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=1, max_value=10**6))
def test_truncation_bounds(part: int, whole: int) -> None:
    exact = Fraction(part * 100, whole)
    cut = Fraction(percent(part, whole))
    assert cut <= exact < cut + Fraction(1, 100)
    rounded = Fraction(math.floor(exact * 100 + Fraction(1, 2)), 100)
    assert cut <= rounded  # truncation never exceeds rounding


def test_percent_of_nothing_is_an_error() -> None:
    with pytest.raises(ZeroDivisionError):
        percent(1, 0)


def test_mean_truncated() -> None:
    assert mean_truncated([Decimal(100), Decimal(0), Decimal(0)]) == Decimal("33.33")
    assert mean_truncated([]) == Decimal("0.00")
    assert truncate_2(Fraction(200, 3)) == Decimal("66.66")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("80", "80", ""),
        ("80%", "80", PERCENT),
        ("๘๐", "80", ""),
        ("ร้อยละ ๙๑.๓๖", "91.36", PERCENT),
        ("91.36 เปอร์เซ็นต์", "91.36", PERCENT),
        ("๑๒๗ คน", "127", PEOPLE),
        ("127 ราย", "127", PEOPLE),
        ("127 ท่าน", "127", PEOPLE),  # the polite word for a person
        ("1,234", "1234", ""),
        ("1 234 567", "1234567", ""),  # thousands set apart by spaces
        ("1,139.5 คน", "1139.5", PEOPLE),
        ("๑,๑๓๙\u00a0คน", "1139", PEOPLE),
        (" 50 % ", "50", PERCENT),
        ("0.5", "0.5", ""),
        # a float's tail past Excel's 15 digits, as a formula leaves it: the number Excel shows
        ("0.09999999999999998", "0.1", ""),
        ("57.99999999999999", "58", ""),
        ("91.36690647482014", "91.3669064748201", ""),
    ],
)
def test_parse_number(text: str, value: str, unit: str) -> None:
    assert parse_number(text) == ParsedNumber(Decimal(value), unit)


@pytest.mark.parametrize(
    "text",
    [
        "เสร็จแล้ว",
        "",
        "1.2.3",
        "50-60",
        "#DIV/0!",
        # Separators that do not set apart thousands: 91,36 was 9136, 5,5 % was 55 % and 12 15 people 1215.
        "91,36",
        "5,5 %",
        "12 15",
        "1,00,000",
        "1,234 567",
        "1,2345",
        # Two units: which one the number counts cannot be told.
        "80 คน (ร้อยละ)",
        "ร้อยละ 57 ของ คน",
    ],
)
def test_parse_number_refuses_non_numbers(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("written", "agreement"),
    [
        ("91.36", "cut"),  # as the documents write it
        ("91.3", "cut"),
        ("91", "cut"),
        ("91.366", "cut"),
        ("91.3600", "cut"),  # 0.9136 formatted as %
        ("91.36690647482014", "cut"),  # a formula's result
        ("91.37", "rounded"),
        ("91.4", "rounded"),
        ("91.38", "differs"),
        ("80", "differs"),
        ("91.365", "differs"),
    ],
)
def test_a_percentage_written_beside_counts_is_theirs_cut_or_rounded_or_not(written: str, agreement: str) -> None:
    assert percent_agreement(Decimal(written), 127, 139) == agreement


@given(st.integers(0, 5000), st.integers(1, 5000))
def test_the_official_percentage_is_always_the_counts_cut(part: int, whole: int) -> None:
    assert percent_agreement(percent(part, whole), part, whole) == "cut"
