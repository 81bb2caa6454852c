"""What a dashboard address says, and the address that says it back."""

from __future__ import annotations

from datetime import date

import pytest

from ita_core.address import View, read_view, shown_instead


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({}, View()),
        ({"lang": "en"}, View(lang="en")),
        ({"lang": "fr"}, View()),
        ({"as_of": "2023-07-01"}, View(as_of=date(2023, 7, 1))),
        ({"as_of": "2566-07-01"}, View(as_of=date(2023, 7, 1))),  # a Buddhist-era year: 1 July 2023
        ({"as_of": "๒๕๖๖-๐๗-๐๑"}, View(as_of=date(2023, 7, 1))),
        ({"as_of": "2566-02-30"}, View(unreadable_as_of="2566-02-30")),
        ({"as_of": "31/3/2566"}, View(unreadable_as_of="31/3/2566")),
        ({"unit": "สำนัก ก", "fy": "2567"}, View(unit="สำนัก ก", fiscal_year_be=2567)),
        ({"unit": "สำนัก ก"}, View(unit="สำนัก ก")),  # that unit's year in progress
        ({"fy": "2571"}, View(fiscal_year_be=2571)),  # that year of the unit shown by default
        ({"unit": "สำนัก ก", "fy": "67"}, View(unit="สำนัก ก")),
    ],
)
def test_read_view(query: dict[str, str], expected: View) -> None:
    assert read_view(query) == expected


def test_query_round_trips_and_leaves_out_defaults() -> None:
    view = View("en", date(2023, 7, 31), "สำนัก ก", 2567)
    assert view.query() == {"lang": "en", "as_of": "2023-07-31", "unit": "สำนัก ก", "fy": "2567"}
    assert read_view(view.query()) == view
    assert View().query() == {}
    assert read_view({"as_of": "junk"}).with_as_of(None).query() == {}


def test_what_is_shown_instead_of_a_unit_or_year_not_held() -> None:
    shown = ("สำนักบริหารงานกลาง", 2566)
    assert shown_instead(View(), *shown) is None
    assert shown_instead(View(unit="สำนักบริหารงานกลาง", fiscal_year_be=2566), *shown) is None
    year = shown_instead(View(fiscal_year_be=2570), *shown)
    assert year is not None and year.th == "ไม่มีข้อมูลปีงบประมาณ 2570 จึงแสดงข้อมูลที่มี: ปีงบประมาณ 2566"
    both = shown_instead(View(unit="กองอื่น", fiscal_year_be=2570), *shown)
    assert (
        both is not None
        and both.en == "there are no figures of “กองอื่น” you may see for 2570, so the figures held are shown: 2566"
    )
