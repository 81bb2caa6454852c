from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ita_core.thai import (
    be_year,
    ce_year,
    fiscal_quarter,
    fiscal_quarter_bounds,
    fiscal_year_be,
    fiscal_year_bounds,
    format_date_en,
    format_date_th,
    parse_iso_date,
    to_arabic_digits,
    to_thai_digits,
)


def test_digits_both_ways() -> None:
    assert to_arabic_digits("๑.๕ ร้อยละ ๙๑.๓๖") == "1.5 ร้อยละ 91.36"
    assert to_thai_digits("127/139") == "๑๒๗/๑๓๙"


@pytest.mark.parametrize(
    ("style", "thai", "expected"),
    [
        ("short", False, "20 มิ.ย. 2566"),
        ("long", False, "20 มิถุนายน 2566"),
        ("long", True, "๒๐ มิถุนายน ๒๕๖๖"),
        ("short", True, "๒๐ มิ.ย. ๒๕๖๖"),
    ],
)
def test_format_date_th(style: str, thai: bool, expected: str) -> None:
    assert format_date_th(date(2023, 6, 20), style, thai_digits=thai) == expected  # type: ignore[arg-type]


def test_format_date_en_keeps_the_buddhist_year() -> None:
    assert format_date_en(date(2023, 6, 20)) == "20 Jun 2566 BE"


@given(st.integers(min_value=1, max_value=9000))
def test_buddhist_era_round_trip(year: int) -> None:
    assert ce_year(be_year(year)) == year
    assert be_year(year) - year == 543


@pytest.mark.parametrize(
    ("day", "fy", "quarter"),
    [
        (date(2022, 9, 30), 2565, 4),
        (date(2022, 10, 1), 2566, 1),
        (date(2022, 12, 31), 2566, 1),
        (date(2023, 1, 1), 2566, 2),
        (date(2023, 3, 31), 2566, 2),
        (date(2023, 4, 1), 2566, 3),
        (date(2023, 6, 30), 2566, 3),
        (date(2023, 7, 1), 2566, 4),
        (date(2023, 9, 30), 2566, 4),
    ],
)
def test_fiscal_year_and_quarter(day: date, fy: int, quarter: int) -> None:
    assert fiscal_year_be(day) == fy
    assert fiscal_quarter(day) == quarter


def test_fiscal_year_bounds_fy2566() -> None:
    assert fiscal_year_bounds(2566) == (date(2022, 10, 1), date(2023, 9, 30))


@pytest.mark.parametrize(
    ("quarter", "bounds"),
    [
        (1, (date(2022, 10, 1), date(2022, 12, 31))),
        (2, (date(2023, 1, 1), date(2023, 3, 31))),
        (3, (date(2023, 4, 1), date(2023, 6, 30))),
        (4, (date(2023, 7, 1), date(2023, 9, 30))),
    ],
)
def test_fiscal_quarter_bounds(quarter: int, bounds: tuple[date, date]) -> None:
    assert fiscal_quarter_bounds(2566, quarter) == bounds


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2150, 12, 31)))
def test_every_date_lies_in_its_fiscal_year_and_quarter(day: date) -> None:
    fy = fiscal_year_be(day)
    first, last = fiscal_year_bounds(fy)
    assert first <= day <= last
    q_first, q_last = fiscal_quarter_bounds(fy, fiscal_quarter(day))
    assert q_first <= day <= q_last


def test_quarter_must_exist() -> None:
    with pytest.raises(ValueError):
        fiscal_quarter_bounds(2566, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-07-01", date(2023, 7, 1)),
        ("2566-07-01", date(2023, 7, 1)),
        (" ๒๕๖๖-๐๗-๐๑ ", date(2023, 7, 1)),
        ("2399-01-01", date(2399, 1, 1)),  # below 2400 stays Gregorian
        ("2566-02-29", None),  # 2023 had no 29 February
        ("2567-02-29", date(2024, 2, 29)),
        ("23-07-01", None),
        ("2023/07/01", None),
        ("", None),
    ],
)
def test_parse_iso_date(text: str, expected: date | None) -> None:
    assert parse_iso_date(text) == expected
