"""A percentage an office typed beside the participation counts is checked against them, never read."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from workbooks import Book

Read = Callable[[Book], Any]


def _with_typed(book: Book, title: str, typed: Any, number_format: str | None = None) -> Book:
    """127 of 139 people (91.36 %) for 1.2, and a column of the office's own percentage beside the counts."""
    book.rows("การมีส่วนร่วม")[0].append(title)
    return book.set("การมีส่วนร่วม", "F2", typed, number_format)


@pytest.mark.parametrize(
    ("typed", "number_format"),
    [
        (91.36, None),  # cut, as the official documents write it
        (91.3, None),
        (91, None),
        ("ร้อยละ ๙๑.๓๖", None),
        ("91.36%", None),
        (0.9136, "0.00%"),  # Excel keeps 91.36 % as 0.9136
        (127 / 139 * 100, None),  # a formula's result, every place
        (None, None),
    ],
)
def test_a_percentage_that_is_the_counts_is_nothing(read: Read, book: Book, typed: Any, number_format: str) -> None:
    result = read(_with_typed(book, "ร้อยละ", typed, number_format))
    assert [p.location for p in result.problems] == ["การมีส่วนร่วม!F1"]  # the column is not read: said as before


@pytest.mark.parametrize(
    ("title", "typed", "shown"),
    [("ร้อยละ", 80, "80"), ("ร้อยละผู้เข้าร่วม", "๙๓.๕๓", "93.53"), ("% ที่เข้าร่วม", 0.8, "80")],
)
def test_a_percentage_that_is_not_the_counts_is_said_at_its_cell(
    read: Read, book: Book, title: str, typed: Any, shown: str
) -> None:
    """127 of 139 beside ร้อยละ 80 (or 93.53, 130 of 139): one of the three figures is a typo, and the dashboard
    showed 91.36 without a word."""
    result = read(_with_typed(book, title, typed, "0%" if isinstance(typed, float) else None))
    assert result.errors == () and [p.participants for p in result.plan.participation] == [127]
    warning = result.warnings[-1]
    assert (warning.location, warning.value is not None) == ("การมีส่วนร่วม!F2", True)
    assert warning.th.startswith(f"ร้อยละที่พิมพ์ไว้ ({shown}) ไม่ตรงกับผู้เข้าร่วม 127 จากบุคลากร 139 คน ซึ่งเป็นร้อยละ 91.36")
    assert "is not that of 127 of 139 people, 91.36 %" in warning.en


def test_a_target_column_and_rows_not_reported_are_not_compared(read: Read, book: Book) -> None:
    book.rows("การมีส่วนร่วม")[0].append("ร้อยละเป้าหมายปีก่อน")  # a target's words: not a result
    book.rows("การมีส่วนร่วม").append(["2.1", "ทั้งสำนัก", None, None, 80, 50])  # no counts yet
    book.set("การมีส่วนร่วม", "F2", 70)
    assert [p.location for p in read(book).problems] == ["การมีส่วนร่วม!F1"]


def test_a_column_that_rounds_is_said_once_at_its_first_rounded_cell(read: Read, book: Book) -> None:
    """91.37 for 127 of 139 is the counts rounded: not a typo, but the dashboard shows 91.36 (cut, as official
    documents write it), so the column is said once, not at every row."""
    book.rows("การมีส่วนร่วม").append(["1.1", "กลุ่มงานวินัย", 45, 52, 80])  # 86.53 cut, 86.54 rounded
    book.rows("การมีส่วนร่วม").append(["2.1", "กลุ่มงานวินัย", 45, 52, 80])
    book = _with_typed(book, "ร้อยละ", 80).set("การมีส่วนร่วม", "F3", 86.54).set("การมีส่วนร่วม", "F4", 86.54)
    warnings = [w for w in read(book).warnings if w.location != "การมีส่วนร่วม!F1"]
    assert [(w.location, w.value) for w in warnings] == [("การมีส่วนร่วม!F2", "80"), ("การมีส่วนร่วม!F3", "86.54")]
    assert warnings[0].th.startswith("ร้อยละที่พิมพ์ไว้ (80) ไม่ตรงกับ")  # a typo beside, said as such
    book.set("การมีส่วนร่วม", "F2", 91.37)
    warnings = [w for w in read(book).warnings if w.location != "การมีส่วนร่วม!F1"]
    assert [(w.location, w.value) for w in warnings] == [("การมีส่วนร่วม!F2", "91.37")]
    assert warnings[0].th.startswith("คอลัมน์นี้ปัดเศษร้อยละ (เช่น 91.37 ของ 127 จาก 139 คน)")
    assert "shows them cut, as official documents write them (91.36)" in warnings[0].en
