"""A plan's timeline: which headings are months or quarters, what a mark is, and the period ticks make."""

from __future__ import annotations

import pytest

from ita_core.timeline import Span, column_span, is_mark, period_of


@pytest.mark.parametrize(
    ("heading", "span"),
    [
        ("ต.ค.", (10, 10, None)),
        ("มกราคม", (1, 1, None)),
        ("ต.ค. ๖๕", (10, 10, 2565)),
        ("ไตรมาส 1", (10, 12, None)),
        ("ไตรมาสที่ ๒", (1, 3, None)),
        ("Q3", (4, 6, None)),
        ("ไตรมาส ๔ (ก.ค. - ก.ย.)", (7, 9, None)),
        ("ไตรมาส 1 ต.ค.–ธ.ค.", (10, 12, None)),
        # no timeline's column: a result per quarter, a quarter with a year, months not the quarter's, no quarter
        ("ไตรมาส 1 (ร้อยละ)", None),
        ("ผลการดำเนินการ ไตรมาส 2", None),
        ("ไตรมาส 1/2567", None),
        ("ไตรมาส 1 (ม.ค.–มี.ค.)", None),
        ("ไตรมาส 1 (ต.ค. 66 – ธ.ค. 66)", None),
        ("ไตรมาส 5", None),
        ("ไตรมาส 12", None),
    ],
)
def test_a_column_heading_names_a_month_or_a_quarter_of_the_fiscal_year(heading: str, span: Span | None) -> None:
    assert column_span(heading) == span


def test_a_mark_is_no_number() -> None:
    assert [is_mark(t) for t in ["✓", "x", "●", "/", "25", "๕๐", "100%", "5,000 บาท", "✓ 15 ก.ย."]] == [
        True,
        True,
        True,
        True,
        False,
        False,
        False,
        False,
        False,
    ]


def test_ticked_quarters_and_months_make_runs_of_months_in_the_fiscal_year() -> None:
    quarters = {i: span for i in range(4) if (span := column_span(f"ไตรมาส {i + 1}")) is not None}
    assert period_of(quarters, [0, 1, 3], 2567) == "ต.ค. 2566 – มี.ค. 2567, ก.ค. 2567 – ก.ย. 2567"
    months: dict[int, Span] = {0: (10, 10, None), 1: (11, 11, 2566), 2: (12, 12, None), 3: (1, 1, None)}
    assert period_of(months, [0, 1, 3], 2567) == "ต.ค. 2566 – พ.ย. 2566, ม.ค. 2567"
    assert period_of(months, [1], None) == "พ.ย. 2566"  # the year its heading gave
    assert period_of(months, [0], None) == "ต.ค."  # no year known
