from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ita_core.dateparse import (
    DateFound,
    date_cell_shown,
    from_excel_serial,
    has_deadline_cue,
    moved_note,
    next_year_text,
    parse_date_cell,
    parse_date_text,
    weekday_disagrees,
    weekdays_beside_dates,
    without_moved,
)
from ita_core.thai import format_date_th


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("20 มิถุนายน 2566", date(2023, 6, 20)),
        ("๒๐ มิ.ย. ๖๖", date(2023, 6, 20)),
        ("20/6/2566", date(2023, 6, 20)),
        ("20/06/66", date(2023, 6, 20)),
        ("ส่ง ๓๐ กรกฎาคม ๖๖", date(2023, 7, 30)),
        ("ให้แล้วเสร็จภายในวันที่ ๒๗ กรกฎาคม ๒๕๖๖", date(2023, 7, 27)),
        ("กำหนดส่งวันที่ ๒๐ มิถุนายน ๖๖", date(2023, 6, 20)),
        ("20 มิย 66", date(2023, 6, 20)),
        ("20 มิ.ย 2566", date(2023, 6, 20)),
        ("วันที่ 20 มิถุนายน พ.ศ. 2566", date(2023, 6, 20)),
        ("วันที่ 20 เดือนมิถุนายน พ.ศ. 2566", date(2023, 6, 20)),  # the formal form: เดือน before the month
        ("ภายในวันที่ ๒๐ เดือน มิ.ย. ๒๕๖๖", date(2023, 6, 20)),
        ("20 June 2023", date(2023, 6, 20)),
        ("20 มิถุนายน 2023", date(2023, 6, 20)),  # a Gregorian year typed by mistake still reads right
        ("1 ต.ค. 65", date(2022, 10, 1)),
        # how the reader delivers real date cells, Gregorian and Buddhist-era years
        ("2023-06-20 00:00:00", date(2023, 6, 20)),
        ("2566-06-20 00:00:00", date(2023, 6, 20)),
        ("2023-06-20", date(2023, 6, 20)),
    ],
)
def test_one_date(text: str, expected: date) -> None:
    parsed = parse_date_cell(text)
    assert parsed.error is None
    assert [d.value for d in parsed.dates] == [expected]


def test_several_dates_in_one_cell_become_labelled_deadlines() -> None:
    parsed = parse_date_text("กิจกรรมที่ ๑) ส่งภายใน ๗ เมษายน ๒๕๖๖ กิจกรรมที่ ๒) ส่ง ๓๐ กรกฎาคม ๒๕๖๖")
    assert parsed.dates == (
        DateFound("กิจกรรมที่ ๑)", date(2023, 4, 7)),
        DateFound("กิจกรรมที่ ๒)", date(2023, 7, 30)),
    )


def test_and_between_two_dates_is_not_what_is_due() -> None:
    """The second of ``30 ก.ค. 2566 และ 30 ส.ค. 2566`` was labelled "และ" on the deadlines page."""
    assert parse_date_text("30 ก.ค. 2566 และ 30 ส.ค. 2566").dates == (
        DateFound("", date(2023, 7, 30)),
        DateFound("", date(2023, 8, 30)),
    )
    assert [d.label for d in parse_date_text("ครั้งที่ 1 ส่ง 30 ก.ค. 66 และครั้งที่ 2 ส่ง 30 ส.ค. 66").dates] == [
        "ครั้งที่ 1",
        "ครั้งที่ 2",
    ]


@pytest.mark.parametrize(
    ("typed", "labels"),
    [
        ("20 มิ.ย. 66 (รอบ 6 เดือน), 20 ก.ย. 66 (รอบ 12 เดือน)", ["(รอบ 6 เดือน)", "(รอบ 12 เดือน)"]),
        ("- 20 มิ.ย. 66 รายงานรอบ 6 เดือน\n- 20 ก.ย. 66 รายงานรอบ 12 เดือน", ["รายงานรอบ 6 เดือน", "รายงานรอบ 12 เดือน"]),
        ("ส่ง 30 ก.ค. 2566 และ 30 ส.ค. 2566 (ฉบับแก้ไข)", ["", "(ฉบับแก้ไข)"]),
        ("ส่ง 20/06/2566 (ครั้งที่ 1)", ["(ครั้งที่ 1)"]),  # its words were dropped
        ("รายงาน ส่ง 20 มิ.ย. 66 (รอบ 6 เดือน)", ["รายงาน (รอบ 6 เดือน)"]),  # one date: words on both sides
        ("ครั้งที่ 1: 20 มิ.ย. 66\nครั้งที่ 2: 20 ก.ย. 66", ["ครั้งที่ 1", "ครั้งที่ 2"]),  # before, as before
    ],
)
def test_words_after_each_date_label_that_date(typed: str, labels: list[str]) -> None:
    """Written after their dates, each label was read as the next date's: the 12-month report came labelled
    รอบ 6 เดือน, and the last label was dropped."""
    assert [d.label for d in parse_date_text(typed).dates] == labels


@pytest.mark.parametrize(
    ("typed", "due"),
    [
        ("30-ก.ย.-66", date(2023, 9, 30)),  # as Excel shows a date formatted d-mmm-yy, pasted as text
        ("30-ก.ย.-2566", date(2023, 9, 30)),
        ("30 กันยา 66", date(2023, 9, 30)),  # the month as it is said
        ("15 มิถุนา 2566", date(2023, 6, 15)),
        ("ภายในเดือน ก.ย. 66", date(2023, 9, 30)),  # within a month: its last day
        ("ภายในเดือนกุมภาพันธ์ ๒๕๖๖", date(2023, 2, 28)),
        ("สิ้นเดือน มิ.ย. 66", date(2023, 6, 30)),
    ],
)
def test_dates_as_other_offices_write_them(typed: str, due: date) -> None:
    """Each was "no date found"."""
    assert parse_date_text(typed).dates == (DateFound("", due),)


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("ภายใน มี.ค. 67 และ ก.ย. 67", "และ ก.ย."),
        ("ภายในเดือน มี.ค. และ ก.ย. 67", "และ ก.ย."),
        ("สิ้นเดือน มี.ค. 67, มิ.ย. 67, ก.ย. 67", ", มิ.ย."),
        ("ภายในสิ้นไตรมาส 1 และ 2", "และ 2"),
        ("ภายในไตรมาส 2 และไตรมาส 4", "และไตรมาส 4"),
        ("ภายในไตรมาส 1-2", "-2"),
    ],
)
def test_a_month_or_quarter_listed_after_another_is_asked_not_lost(typed: str, words: str) -> None:
    """Only the first month or quarter of a list was read: ``ภายใน มี.ค. 67 และ ก.ย. 67`` was due 31 March alone,
    labelled "ก.ย. 67", and September never due; ``ภายในไตรมาส 1-2`` was due at the end of the first quarter."""
    parsed = parse_date_text(typed, 2567)
    assert parsed.dates == () and parsed.error is not None
    assert parsed.error.th == (
        f"“{typed}” เขียนหลายเดือนหรือหลายไตรมาสต่อกัน ({words}): พิมพ์วันครบกำหนดของแต่ละครั้งให้ครบ "
        "คั่นด้วยจุลภาค เช่น 31 มี.ค. 2567, 30 ก.ย. 2567"
    )


def test_months_each_with_its_own_words_are_each_a_deadline() -> None:
    assert [d.value for d in parse_date_text("ภายใน มี.ค. 67 และภายใน ก.ย. 67", 2567).dates] == [
        date(2024, 3, 31),
        date(2024, 9, 30),
    ]


@pytest.mark.parametrize(
    ("typed", "due"),
    [
        ("ภายในเดือน ต.ค./67", date(2024, 10, 31)),
        ("ภายใน ต.ค.-2567", date(2024, 10, 31)),
        ("สิ้นเดือน ม.ค./๖๗", date(2024, 1, 31)),
    ],
)
def test_a_month_s_year_after_a_slash_or_a_dash_is_its_year(typed: str, due: date) -> None:
    """In a plan of 2567 (October is October 2566), ``ภายในเดือน ต.ค./67`` was due 31 October 2566, a year early,
    labelled "67"."""
    assert parse_date_text(typed, 2567).dates == (DateFound("", due),)


def test_a_dash_before_the_year_only_after_one_before_the_month() -> None:
    """30 ก.ย. - 15 ต.ค. 66 is a range, not 30 September 2515."""
    assert parse_date_text("30 ก.ย. - 15 ต.ค. 66").dates == (DateFound("", date(2023, 10, 15)),)


@pytest.mark.parametrize("typed", ["มิถุนายน 2566", "ภายใน 7 วัน", "ส่งภายในตุลาการ", "ไตรมาส 3", "ไตรมาสที่ 5"])
def test_a_month_or_a_span_alone_is_still_no_date(typed: str) -> None:
    assert parse_date_text(typed, 2566).error is not None


@pytest.mark.parametrize(
    ("typed", "due"),
    [
        ("ภายในไตรมาสที่ 1", date(2022, 12, 31)),  # the fiscal year's first quarter ends in the year before
        ("สิ้นไตรมาส 2", date(2023, 3, 31)),
        ("ภายในไตรมาส ๓ ปีงบประมาณ ๒๕๖๖", date(2023, 6, 30)),
        ("ไม่เกินไตรมาสที่ 4 ปีงบ 67", date(2024, 9, 30)),  # the year the cell names, not the plan's
        # the year written after a slash or ปี, as quarters are reported (ไตรมาส 1/2568: ต.ค.–ธ.ค. 2567): it was
        # taken off as the label and the quarter placed in the plan's year, a year early
        ("ภายในไตรมาส 1/2568", date(2024, 12, 31)),
        ("ภายในไตรมาสที่ 1 ปี 2568", date(2024, 12, 31)),
        ("สิ้นไตรมาส ๒/๖๗", date(2024, 3, 31)),
        ("ภายในไตรมาสที่ 3 ของปี พ.ศ. 2567", date(2024, 6, 30)),
    ],
)
def test_within_a_quarter_is_due_on_its_last_day(typed: str, due: date) -> None:
    """As "within a month" is; it was "no date found"."""
    assert parse_date_text(typed, 2566).dates == (DateFound("", due),)


@pytest.mark.parametrize(
    ("typed", "due"),
    [
        ("ภายในสิ้นปีงบประมาณ", date(2023, 9, 30)),
        ("สิ้นปีงบประมาณ พ.ศ. ๒๕๖๗", date(2024, 9, 30)),  # the year the cell names, not the plan's
        ("ส่งรายงานก่อนสิ้นปีงบ 67", date(2024, 9, 30)),
    ],
)
def test_by_the_end_of_the_fiscal_year_is_due_on_its_last_day(typed: str, due: date) -> None:
    """ภายในสิ้นปีงบประมาณ was "no date found", or under ระยะเวลา the period: the activity never due."""
    assert [d.value for d in parse_date_text(typed, 2566).dates] == [due]


def test_the_end_of_a_fiscal_year_not_named_asks_for_the_day() -> None:
    said = parse_date_text("ภายในสิ้นปีงบประมาณ").error
    assert said is not None and "ไม่ได้บอกปีงบประมาณ: พิมพ์วันสุดท้ายของปีงบประมาณ เช่น 30 ก.ย. 2566" in said.th


def test_within_a_quarter_with_no_fiscal_year_to_place_it_asks_for_the_day() -> None:
    said = parse_date_text("ภายในไตรมาสที่ 3").error
    assert said is not None and "ไม่ได้บอกปีงบประมาณ: พิมพ์วันสุดท้ายของไตรมาส" in said.th


@pytest.mark.parametrize(
    ("typed", "label"),
    [
        ("วันศุกร์ที่ 30 ก.ย. 66", ""),
        ("30 ก.ย. 2566 เวลา 16.30 น.", ""),
        ("ส่งรายงาน เวลา 09:00 น. 30 ก.ย. 66", "ส่งรายงาน"),
        ("กิจกรรม 1.10 ส่ง 30 ก.ย. 66", "กิจกรรม 1.10"),  # a number that is not a time stays
        ("30 ก.ย. 66 16.30 น.", ""),
    ],
)
def test_a_weekday_or_a_time_of_day_is_not_what_is_due(typed: str, label: str) -> None:
    (found,) = parse_date_text(typed).dates
    assert (found.label, found.value) == (label, date(2023, 9, 30))


def test_a_count_of_months_is_not_a_day() -> None:
    """เดือน after a number reads as the formal date only after วันที่: the six-month round is not 6 March."""
    assert parse_date_text("รายงานรอบ 6 เดือน มีนาคม 2566").error is not None
    assert next_year_text("ส่งวันที่ ๓๐ เดือนกรกฎาคม ๒๕๖๖") == "ส่งวันที่ ๓๐ เดือนกรกฎาคม ๒๕๖๗"


def test_plan_1_4_deadline_text() -> None:
    text = "จัดทำรายงานตาม (๑) และ (๒) ให้แล้วเสร็จภายในวันที่ ๒๗ กรกฎาคม ๒๕๖๖ (๓) ให้แล้วเสร็จภายในวันที่ ๑๕ กันยายน ๒๕๖๖"
    parsed = parse_date_text(text)
    assert parsed.dates == (
        DateFound("จัดทำรายงานตาม (๑) และ (๒)", date(2023, 7, 27)),
        DateFound("(๓)", date(2023, 9, 15)),
    )


def test_meeting_numbers_are_not_dates() -> None:
    parsed = parse_date_text("ประชุมครั้งที่ ๑/๒๕๖๖ ส่ง ๑๘ ม.ค. ๖๖")
    assert [d.value for d in parsed.dates] == [date(2023, 1, 18)]


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("31 กุมภาพันธ์ 2566", "ไม่มีวันที่ 31 กุมภาพันธ์ 2566"),
        ("๓๑ เม.ย. ๖๖", "ไม่มีวันที่ ๓๑ เม.ย. ๖๖"),
        ("29/2/2566", "ไม่มีวันที่"),  # 2023 is not a leap year
        ("20/13/2566", "ไม่มีเดือนที่ 13"),
        ("ทุกไตรมาส", "กำหนดที่ทำซ้ำ"),  # every quarter: no one day (ภายในไตรมาส 3 is its last day)
        ("ภายในไตรมาส 3", "ไม่ได้บอกปีงบประมาณ"),  # with no fiscal year to place it
        ("2566", "เป็นตัวเลข ไม่ใช่วันที่"),
        ("20 มิถุนายน 1800", "นอกช่วง"),
    ],
)
def test_unreadable_or_impossible_dates_explain_themselves(text: str, fragment: str) -> None:
    parsed = parse_date_cell(text)
    assert parsed.dates == ()
    assert parsed.error is not None
    assert fragment in parsed.error.th
    assert parsed.error.en


def test_leap_day_of_a_leap_year_is_fine() -> None:
    assert parse_date_text("29/2/2567").dates[0].value == date(2024, 2, 29)


def test_missing_year_is_taken_from_the_fiscal_year() -> None:
    assert parse_date_text("ส่ง ๒๐ มิถุนายน", fiscal_year_be=2566).dates[0].value == date(2023, 6, 20)
    assert parse_date_text("ส่ง ๒๐ พฤศจิกายน", fiscal_year_be=2566).dates[0].value == date(2022, 11, 20)
    assert parse_date_text("ส่ง ๒๐ มิถุนายน").error is not None


def test_a_short_christian_year_in_a_plan_of_its_year_asks_for_four_digits() -> None:
    """20/06/23 read as 20 June 2523 (1980), 43 years before a plan of 2566, with only a warning."""
    parsed = parse_date_text("20/06/23", 2566)
    assert parsed.dates == () and parsed.error is not None
    assert "ถ้าหมายถึง ค.ศ. 2023 พิมพ์ปี พ.ศ. สี่หลัก 2566" in parsed.error.th and "2566" in parsed.error.en
    assert parse_date_text("30 ก.ย. 24", 2567).error is not None  # 2024 in fiscal year 2567
    # A short year that is the plan's, or names no year near it either way, or says its era: read as before.
    assert parse_date_text("20/06/66", 2566).dates[0].value == date(2023, 6, 20)
    assert parse_date_text("1/10/66", 2567).dates[0].value == date(2023, 10, 1)
    assert parse_date_text("20/06/23").dates[0].value == date(1980, 6, 20)  # no fiscal year to tell
    assert parse_date_text("20 มิ.ย. ค.ศ. 23", 2566).dates[0].value == date(2023, 6, 20)
    assert parse_date_text("20/06/50", 2566).dates[0].value == date(2007, 6, 20)  # neither is near: the warning's


@pytest.mark.parametrize("text", ["", "-", "ไม่มีกำหนด", "  "])
def test_empty_markers_mean_no_deadline(text: str) -> None:
    assert parse_date_text(text) == ((), None, ())


def test_excel_serial_numbers_in_a_date_column() -> None:
    assert parse_date_cell("45097").dates[0].value == date(2023, 6, 20)
    assert from_excel_serial(12) is None


@given(st.dates(min_value=date(1960, 1, 1), max_value=date(2150, 12, 31)), st.booleans(), st.booleans())
def test_formatted_thai_dates_parse_back(day: date, long: bool, thai_digits: bool) -> None:
    text = format_date_th(day, "long" if long else "short", thai_digits=thai_digits)
    assert parse_date_text(text).dates == (DateFound("", day),)


@pytest.mark.parametrize(
    ("text", "cued"),
    [
        ("ส่ง ๒๐ มิถุนายน ๖๖", True),
        ("ส่งผลงาน ๑–๓๐ ก.ค. ๖๗", True),
        ("ส่งรายงาน 15 มี.ค. 67", True),
        ("กำหนดส่งวันที่ ๒๐ มิถุนายน ๖๖", True),
        ("ภายใน ๓๐ ก.ย. ๖๗", True),
        ("ภายในวันที่ 31 มีนาคม 2567", True),
        ("ให้แล้วเสร็จภายในวันที่ ๒๗ กรกฎาคม ๒๕๖๖", True),
        ("ครบกำหนด 15 พ.ย. 2567", True),
        ("ไม่เกินวันที่ 31 ส.ค. 2568", True),
        ("ส่งเสริมคุณธรรม วันที่ ๙ มกราคม ๒๕๖๖", False),  # promote: an event date
        ("กิจกรรมส่งผลให้บุคลากร ๑ ต.ค. ๖๖", False),
        ("ส่งต่อข้อมูล", False),
        ("ภายในองค์กร ๓ ครั้ง", False),
        ("จัดกิจกรรม ในวันที่ ๒๘ กุมภาพันธ์ ๒๕๖๖", False),
        # finished by a day, in a plan: no deadline, never overdue, without a word
        ("กำหนดเสร็จ 31 มี.ค. 67", True),
        ("กำหนดแล้วเสร็จ ๓๑ มี.ค. ๖๗", True),
        ("แล้วเสร็จ 31 มี.ค. 67", True),
        ("เสร็จสิ้นวันที่ 31 มี.ค. 67", True),
        ("Deadline 31 Mar 2024", True),
        ("due 31 Mar 2024", True),
        ("ดำเนินการแล้วเสร็จ 15 มี.ค. 67", False),  # a report of work done
        ("ดำเนินการเสร็จ 15 มี.ค. 67", False),
        ("แล้วเสร็จตามแผน", False),
        # within a month and its year: due at its end, as ภายในเดือนมีนาคม 2567 is; within a span: when work is done
        ("ภายใน มี.ค. 67", True),
        ("ภายใน มีนาคม พ.ศ. ๒๕๖๗", True),
        ("ภายใน มี.ค. 67 และ ก.ย. 67", True),
        ("ภายใน ต.ค. 66 - ก.ย. 67", False),
        ("ภายใน ต.ค. – ธ.ค. 66", False),
        ("ภายใน มี.ค. 67 ถึง มิ.ย. 67", False),
        # by a day, in other words: it was the activity's period, never due, without a word
        ("ไม่เกิน 31 มี.ค. 67", True),
        ("ไม่เกินเดือน มี.ค. 67", True),
        ("ก่อน 31 มี.ค. 67", True),
        ("ก่อนวันที่ 31 มี.ค. 67", True),
        ("ก่อนสิ้นเดือน มี.ค. 67", True),
        ("ภายในสิ้นเดือนมีนาคม 2567", True),
        ("สิ้นเดือน มี.ค. 67", True),
        ("ภายในไตรมาสที่ 2", True),
        ("สิ้นไตรมาส 2", True),
        ("ภายในสิ้นปีงบประมาณ", True),
        ("ภายใน มี.ค.", True),  # as ภายในเดือน มี.ค.: its year is the plan's
        ("ภายใน ต.ค.-2567", True),  # its year after a dash, not a span
        ("ภายในวันทำการสุดท้ายของเดือน มี.ค. 67", True),  # a day due the reader asks about: it was the period
        ("ภายใน มี.ค. ถึง มิ.ย. 67", False),
        ("ภายใน ต.ค. – ธ.ค.", False),
        ("ไม่เกิน 3 ครั้ง", False),  # a count, not a day
        ("ไม่เกินร้อยละ 5", False),
        ("ประชุมก่อน 15 วัน", False),
        ("อบรม 2 วัน ก่อนส่งรายงาน", True),  # ส่ง
        ("ข้อมูล ณ สิ้นเดือน มี.ค. 67", False),  # as at: when the figures were taken
        ("ผลการดำเนินงาน ณ สิ้นปีงบประมาณ", False),
        ("ภายในปีงบประมาณ 2567", False),  # during the year: when work is done
    ],
)
def test_deadline_cues_are_words(text: str, cued: bool) -> None:
    assert has_deadline_cue(text) is cued


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("20-25 มิถุนายน 2566", [DateFound("", date(2023, 6, 25))]),
        ("๒๐ – ๒๕ มิ.ย. ๖๖", [DateFound("", date(2023, 6, 25))]),
        ("ระหว่างวันที่ 20 ถึง 25 มิถุนายน 2566", [DateFound("", date(2023, 6, 25))]),
        ("20 มิถุนายน - 5 กรกฎาคม 2566", [DateFound("", date(2023, 7, 5))]),
        ("ส่ง 20 มิ.ย. 2566 ถึงวันที่ 5 ก.ค. 2566", [DateFound("", date(2023, 7, 5))]),
        ("20/6/2566 - 5/7/2566", [DateFound("", date(2023, 7, 5))]),
        ("1 June 2023 to 5 June 2023", [DateFound("", date(2023, 6, 5))]),
        ("ส่งผลงาน ๑–๓๐ ก.ค. ๖๗", [DateFound("ส่งผลงาน", date(2024, 7, 30))]),
        (
            "(1) ส่งแผน 1-5 มิ.ย. 66 (2) ส่งรายงาน 20 ส.ค. - 15 ก.ย. 2566",
            [DateFound("(1) ส่งแผน", date(2023, 6, 5)), DateFound("(2) ส่งรายงาน", date(2023, 9, 15))],
        ),
    ],
)
def test_a_range_of_dates_is_one_deadline_on_its_last_day(text: str, expected: list[DateFound]) -> None:
    """A range in a deadline cell was read as two deadlines (its first day falsely overdue) or, written
    20-25 มิถุนายน, as the 25th labelled "20". A window for sending closes on its last day."""
    parsed = parse_date_text(text, 2566)
    assert parsed.error is None and list(parsed.dates) == expected


@pytest.mark.parametrize("typed", ["- 31 มี.ค. 66\n- 30 ก.ย. 66", "31 มี.ค. 66\n– 30 ก.ย. 66"])
def test_days_listed_one_per_line_with_a_dash_are_a_deadline_each(typed: str) -> None:
    """A cell listing its days a line each behind a dash (Alt+Enter) read as a range of days: one deadline on the
    last, and 31 March never due, without a word. A dash at a line's end still joins a range."""
    assert [d.value for d in parse_date_text(typed).dates] == [date(2023, 3, 31), date(2023, 9, 30)]
    assert [d.value for d in parse_date_text("20 มิ.ย. 66 -\n5 ก.ค. 66").dates] == [date(2023, 7, 5)]


@pytest.mark.parametrize(
    "text",
    [
        "5 ก.ค. 2566 และ 20 ส.ค. 2566",
        "ครั้งที่ 1 ภายใน 20 มิ.ย. 2566 ครั้งที่ 2 ภายใน 20 ก.ย. 2566",
        "(1) 20 มิ.ย. 2566 - ส่งรายงาน (2) 5 ก.ค. 2566",
        "รอบ 6 เดือน - 31 มี.ค. 2566",
    ],
)
def test_two_deadlines_are_still_two(text: str) -> None:
    assert len(parse_date_text(text).dates) == 2 or text.startswith("รอบ")
    assert parse_date_text(text).error is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ครั้งที่ 2 - 20 มิ.ย. 2566", [date(2023, 6, 20)]),
        ("ข้อ 3 – 5 ก.ค. 2566", [date(2023, 7, 5)]),
        ("รอบ 2 ถึง 30 ก.ย. 66", [date(2023, 9, 30)]),
    ],
)
def test_a_counted_number_before_a_date_is_not_the_start_of_a_range(text: str, expected: list[date]) -> None:
    parsed = parse_date_text(text)
    assert parsed.error is None and [d.value for d in parsed.dates] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15 และ 30 ก.ย. 66", [date(2023, 9, 15), date(2023, 9, 30)]),
        ("วันที่ 15, 30 ก.ย. 66", [date(2023, 9, 15), date(2023, 9, 30)]),
        ("ภายในวันที่ ๑๐, ๒๐ และ ๓๐ กันยายน ๒๕๖๖", [date(2023, 9, 10), date(2023, 9, 20), date(2023, 9, 30)]),
        ("15 and 30 Sep 2023", [date(2023, 9, 15), date(2023, 9, 30)]),
        ("(15, 30 ก.ย. 66)", [date(2023, 9, 15), date(2023, 9, 30)]),
        ("15 & 30 Sep 2023", [date(2023, 9, 15), date(2023, 9, 30)]),
        ("15 ส.ค. และ 30 ก.ย. 66", [date(2023, 8, 15), date(2023, 9, 30)]),
    ],
)
def test_days_listed_before_a_month_are_each_a_deadline(text: str, expected: list[date]) -> None:
    """The 15 of ``15 และ 30 ก.ย. 66`` was the label of one deadline on the 30th: the 15th was lost, and not said."""
    parsed = parse_date_text(text, 2566)
    assert parsed.error is None
    assert [(d.label, d.value) for d in parsed.dates] == [("", d) for d in expected]


def test_days_listed_after_what_is_due_share_its_words() -> None:
    parsed = parse_date_text("ส่งรายงาน 15 และ 30 ก.ย. 67")
    assert [(d.label, d.value) for d in parsed.dates] == [
        ("ส่งรายงาน", date(2024, 9, 15)),
        ("ส่งรายงาน", date(2024, 9, 30)),
    ]


def test_a_span_of_months_beside_a_deadline_is_the_span_not_a_day() -> None:
    """The 66 of ``ต.ค. 66 - ก.ย. 67`` was read as a day of September: "no day 66 - ก.ย. in the calendar",
    and the deadline beside it was lost with the cell."""
    parsed = parse_date_text("ต.ค. 66 - ก.ย. 67 (ส่งภายใน 31 มี.ค. 67)")
    assert [(d.label, d.value) for d in parsed.dates] == [("", date(2024, 3, 31))]  # the span is when, not what
    assert parse_date_text("32 ก.ย. 66").error is not None  # a day past the month's end is still said


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("ม.ค. – มี.ค. ๖๗ (ส่งรายงาน ๑๕ เม.ย. ๖๗)", "ส่งรายงาน"),  # it was "ม.ค. – มี.ค. ๖๗ (ส่งรายงาน"
        ("ม.ค. - มี.ค. 67 ส่งรายงานผล 15 เม.ย. 67", "ส่งรายงานผล"),
    ],
)
def test_the_span_of_months_before_what_is_due_is_not_its_label(text: str, label: str) -> None:
    assert [(d.label, d.value) for d in parse_date_text(text).dates] == [(label, date(2024, 4, 15))]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("รุ่นที่ 2 และ 20 มิ.ย. 66", "รุ่นที่ 2 และ"),
        ("เล่ม 2, 30 ก.ย. 66", "เล่ม 2"),
        ("ข้อ 2 และ 30 ก.ย. 66", "ข้อ 2 และ"),  # a count, not a day
        ("ร้อยละ 80, 30 ก.ย. 66", "ร้อยละ 80"),
        ("ไตรมาส 2 31 มี.ค. 66", "ไตรมาส 2"),
        ("1. 30 ก.ย. 66", "1."),
    ],
)
def test_a_number_after_a_word_is_no_day_of_a_list(text: str, label: str) -> None:
    assert [d.label for d in parse_date_text(text).dates] == [label]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("15/30 ก.ย. 66", "15"),
        ("ส่ง 15/30 ก.ย. 67", "15"),
        ("ผู้เข้าร่วม 20, 30 ก.ย. 66", "20"),  # 20 people or the 20th? asked, not guessed
        ("ครั้งที่ 1 วันที่ 15 และครั้งที่ 2 วันที่ 30 ก.ย. 66", "15"),
        ("25-20 มิถุนายน 2566", "25"),  # not a range: the 25th after the 20th (it was 20 มิ.ย. labelled "25-")
    ],
)
def test_a_day_left_without_its_month_is_an_error_not_a_label(text: str, day: str) -> None:
    parsed = parse_date_text(text)
    assert parsed.dates == () and parsed.error is not None
    assert f"วันที่ {day} ที่ไม่ได้บอกเดือนและปี" in parsed.error.th and f"a day {day} with no month" in parsed.error.en


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("ส่งภายใน 2 สัปดาห์หลังวันที่ 15 มิ.ย. 66", "2 สัปดาห์หลัง"),  # was due the 15th, two weeks early
        ("ภายใน ๓๐ วัน นับจาก ๑ มิ.ย. ๖๖", "30 วัน นับจาก"),
        ("ส่ง 7 วันทำการหลังจาก 15 มิ.ย. 66", "7 วันทำการหลังจาก"),
        ("ส่งล่วงหน้า 7 วันก่อน 15 มิ.ย. 66", "7 วันก่อน"),
        ("ส่งรายงาน 30 วันหลังจัดกิจกรรม (จัด 1 มิ.ย. 66)", "30 วันหลัง"),
        # the date is the day counted from, with the span elsewhere or in words: it was due on that day
        ("ส่งหลังสิ้นเดือน มี.ค. 66 ภายใน 15 วัน", "หลัง"),
        ("ส่งภายในเดือนถัดจากสิ้นไตรมาสที่ 2", "เดือนถัดจาก"),
        ("ส่งรายงานหลังวันที่ 15 มิ.ย. 66", "หลัง"),
        ("รายงานผลภายใน 15 วันนับแต่สิ้นปีงบประมาณ", "15 วันนับแต่"),
    ],
)
def test_a_deadline_counted_from_another_day_is_asked_not_read_as_that_day(text: str, span: str) -> None:
    parsed = parse_date_text(text, 2566)
    assert parsed.dates == () and parsed.error is not None
    assert parsed.error.th == (
        f"“{text}” นับกำหนดส่งจากวันอื่น ({span}): พิมพ์วันที่ครบกำหนดเอง เช่น 29 มิ.ย. 2566 "
        "(ระบบไม่คำนวณวันครบกำหนดให้ เพราะการนับวันทำการและวันแรกต่างกันไป)"
    )


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("อบรม 2 วัน ก่อนส่ง 30 ก.ย. 66", [("อบรม 2 วัน", date(2023, 9, 30))]),  # days of training
        ("ส่งภายใน 15 มิ.ย. 66 หลังจากนั้น 7 วันประกาศผล", [("หลังจากนั้น 7 วันประกาศผล", date(2023, 6, 15))]),
    ],
)
def test_a_span_of_days_that_counts_no_deadline_leaves_the_date(text: str, dates: list[tuple[str, date]]) -> None:
    assert [(d.label, d.value) for d in parse_date_text(text, 2566).dates] == dates


def test_days_listed_in_a_moved_date_are_all_set_aside() -> None:
    parsed = parse_date_text("30 ก.ย. 66 (เลื่อนจาก 15 และ 20 ก.ย. 66)")
    assert [d.value for d in parsed.dates] == [date(2023, 9, 30)]
    assert parsed.moved == (date(2023, 9, 15), date(2023, 9, 20))
    assert without_moved("30 ก.ย. 66 (เดิม 15, 20 ก.ย. 66)") == "30 ก.ย. 66"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("ก่อน 30 ก.ย. 66", ""),  # "before": when, not what
        ("ไม่เกิน 30 ก.ย. 66", ""),
        ("รอบที่ 1 ภายใน 31 มี.ค. 66 / รอบที่ 2 ภายใน 30 ก.ย. 66", "รอบที่ 2"),  # was "/ รอบที่ 2"
    ],
)
def test_words_that_only_say_when_are_no_label(text: str, label: str) -> None:
    assert parse_date_text(text).dates[-1].label == label


def test_a_span_of_months_after_within_is_asked_for_its_day() -> None:
    """``ภายใน ก.ย. 66 - ต.ค. 66`` was due 30 September, labelled "ต.ค. 66"."""
    parsed = parse_date_text("ภายใน ก.ย. 66 - ต.ค. 66", 2566)
    assert parsed.dates == () and parsed.error is not None and "เป็นช่วงเดือน" in parsed.error.th


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("2023-07-30 00:00:00", "30 กรกฎาคม 2566"),  # a date cell, as the reader gives it
        ("2566-07-30 00:00:00", "30 กรกฎาคม 2566"),  # its year typed in the Buddhist era
        ("2023-07-30 14:30:00", "30 กรกฎาคม 2566 14:30 น."),
        ("1899-12-31 09:05:00", "09:05 น."),  # a time of day, no date
        ("2023-02-30 00:00:00", "2023-02-30 00:00:00"),  # no such day: left as it came
        ("ส่ง ๒๐ มิถุนายน ๒๕๖๖", "ส่ง ๒๐ มิถุนายน ๒๕๖๖"),  # typed text: as typed
        ("2023-07-30", "2023-07-30"),  # typed so, as text: as typed
    ],
)
def test_a_date_cell_read_as_text_is_shown_as_a_person_reads_it(raw: str, shown: str) -> None:
    assert date_cell_shown(raw) == shown


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("วันศุกร์ที่ 30 ก.ย. 66", ["วันศุกร์"]),
        ("ส่ง ศ. 30 ก.ย. 66", ["ศ."]),
        ("30 ก.ย. 66 (วันเสาร์)", ["วันเสาร์"]),
        ("๓๐ ก.ย. ๖๖ (ส.)", ["ส."]),
        ("วันพฤหัสที่ 29 ก.พ. 67 และ วันศุกร์ที่ 1 มี.ค. 67", ["วันพฤหัสบดี", "วันศุกร์"]),
        ("ส่ง 30 ก.ย. 66 ประชุมวันศุกร์", []),  # a weekday not beside the date
        ("1 ก.ค. 66 - 31 ส.ค. 66", []),
        ("พ.ศ. 2566", []),
    ],
)
def test_weekdays_beside_dates_are_found_as_written(typed: str, said: list[str]) -> None:
    assert [w.said() for w in weekdays_beside_dates(typed)] == said


def test_a_weekday_that_is_not_its_date_s_is_said_with_both() -> None:
    assert weekday_disagrees("วันเสาร์ที่ 30 ก.ย. 66") is None  # 30 September 2566 is a Saturday
    assert weekday_disagrees("ส่ง 30 ก.ย. 66") is None
    fix = weekday_disagrees("วันศุกร์ที่ 30 ก.ย. 66")
    assert fix is not None and fix.th.startswith("วันที่ 30 ก.ย. 2566 เป็นวันเสาร์ แต่เขียนไว้ว่าวันศุกร์: อ่านเป็นวันที่ 30 ก.ย. 2566")
    assert "30 Sep 2566 is a Saturday, but the cell says Friday" in fix.en
    fix = weekday_disagrees("ส่ง ศ. ๒๐ มิ.ย. ๒๕๖๖")
    assert fix is not None and "เป็นวันอังคาร แต่เขียนไว้ว่าศ. (วันศุกร์)" in fix.th


@pytest.mark.parametrize(
    ("typed", "due", "moved"),
    [
        ("30 ก.ย. 66 (เลื่อนจาก 31 ส.ค. 66)", [("", date(2023, 9, 30))], [date(2023, 8, 31)]),
        ("๓๐ ก.ย. ๖๖ (เดิม ๓๑ ส.ค. ๖๖)", [("", date(2023, 9, 30))], [date(2023, 8, 31)]),
        ("31 ส.ค. 66 เลื่อนเป็น 30 ก.ย. 66", [("", date(2023, 9, 30))], [date(2023, 8, 31)]),
        ("เดิม 31 ส.ค. 66 ขยายเป็น 30 ก.ย. 66", [("", date(2023, 9, 30))], [date(2023, 8, 31)]),
        ("ส่งรายงาน 31 ส.ค. 66 → 30 ก.ย. 66", [("ส่งรายงาน", date(2023, 9, 30))], [date(2023, 8, 31)]),
        ("รายงาน (กำหนดเดิม 31 ส.ค. 66) เลื่อนเป็น 30 ก.ย. 66", [("รายงาน", date(2023, 9, 30))], [date(2023, 8, 31)]),
        (
            "ครั้งที่ 1: 20 มิ.ย. 66 ครั้งที่ 2: 20 ก.ย. 66 (เลื่อนจาก 31 ส.ค. 66)",
            [("ครั้งที่ 1", date(2023, 6, 20)), ("ครั้งที่ 2", date(2023, 9, 20))],
            [date(2023, 8, 31)],
        ),
        ("ขยายเวลาถึง 30 ก.ย. 66", [("ขยายเวลาถึง", date(2023, 9, 30))], []),  # the new date alone
        ("ส่งแทน 30 ก.ย. 66", [("ส่งแทน", date(2023, 9, 30))], []),  # on someone's behalf
        ("1 ก.ค. 66 ถึง 30 ก.ย. 66", [("", date(2023, 9, 30))], []),  # a range
    ],
)
def test_an_earlier_date_the_cell_says_was_moved_is_not_a_deadline(
    typed: str, due: list[tuple[str, date]], moved: list[date]
) -> None:
    """30 ก.ย. 66 (เลื่อนจาก 31 ส.ค. 66) was two deadlines, the 31 August one overdue on the dashboard once it
    passed, and the 30 September one labelled "(เลื่อนจาก"."""
    parsed = parse_date_cell(typed, 2566)
    assert parsed.error is None
    assert [(d.label, d.value) for d in parsed.dates] == due and list(parsed.moved) == moved
    note = moved_note(parsed)
    assert (note is not None) == bool(moved)
    if note is not None:
        assert "เป็นกำหนดเดิมที่เลื่อนแล้ว จึงไม่นับเป็นกำหนดส่ง" in note.th and "earlier date that was moved" in note.en


def test_a_cell_with_only_a_moved_date_asks_for_the_current_one() -> None:
    parsed = parse_date_cell("เลื่อนจาก 31 ส.ค. 66", 2566)
    assert parsed.dates == () and parsed.error is not None
    assert parsed.error.th.startswith("มีเพียงกำหนดเดิมที่เลื่อนแล้ว (31 ส.ค. 2566): พิมพ์กำหนดส่งปัจจุบัน")


def test_a_weekday_beside_a_date_without_a_year_is_that_of_the_plan_s_year() -> None:
    """30 มิ.ย. in a plan of 2566 is 30 June 2566, a Friday: without the plan's year the weekday was not looked at."""
    assert weekday_disagrees("วันศุกร์ที่ 30 มิ.ย.", 2566) is None
    fix = weekday_disagrees("วันเสาร์ที่ 30 มิ.ย.", 2566)
    assert fix is not None and fix.th.startswith("วันที่ 30 มิ.ย. 2566 เป็นวันศุกร์ แต่เขียนไว้ว่าวันเสาร์")


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("ต.ค. 65 - ก.ย. 66", "เป็นช่วงเดือน ไม่ใช่วันที่: พิมพ์วันที่"),  # it was "no day 65 - ก.ย. in the calendar"
        ("ตุลาคม 2565 - กันยายน 2566", "เป็นช่วงเดือน ไม่ใช่วันที่: พิมพ์วันที่"),
        ("ทุกไตรมาส", "เป็นกำหนดที่ทำซ้ำ: พิมพ์วันที่ของแต่ละครั้ง"),
        ("รายเดือน", "เป็นกำหนดที่ทำซ้ำ"),
        ("ตลอดปีงบประมาณ", "ไม่ได้บอกวันที่ต้องส่ง: ถ้าต้องส่งเมื่อสิ้นปีงบประมาณ พิมพ์วันสุดท้าย"),
    ],
)
def test_work_with_no_one_day_due_is_told_what_to_type(typed: str, said: str) -> None:
    """Offices write a plan's rhythm where a deadline goes; each was "type a date", or a day that does not exist."""
    parsed = parse_date_cell(typed, 2566)
    assert parsed.dates == () and parsed.error is not None
    assert parsed.error.th.startswith(f"“{typed}” {said}")


@pytest.mark.parametrize(
    ("typed", "due"),
    [("ภายใน 30 ก.ย. 66 (รายงานทุกเดือน)", date(2023, 9, 30)), ("ส่งรายงานทุกไตรมาส ภายใน 31 ธ.ค. 65", date(2022, 12, 31))],
)
def test_a_rhythm_beside_a_date_leaves_the_date(typed: str, due: date) -> None:
    assert [d.value for d in parse_date_cell(typed, 2566).dates] == [due]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("ส่ง 30 มิ.ย. 66 หรือ 15 ก.ค. 66", "ให้เลือกวันที่ต้องส่ง (30 มิ.ย. 66 หรือ 15 ก.ค. 66)"),
        ("ส่ง 30 มิ.ย. 66 หรือภายใน 15 ก.ค. 66", "ให้เลือกวันที่ต้องส่ง (30 มิ.ย. 66 หรือภายใน 15 ก.ค. 66)"),
        ("ส่ง 15 หรือ 30 ก.ย. 66", "ให้เลือกวันที่ต้องส่ง (15 หรือ 30 ก.ย. 66)"),
        ("15 or 30 Sep 2023", "ให้เลือกวันที่ต้องส่ง (15 or 30 Sep 2023)"),
        ("30 มิ.ย. 66 และ/หรือ 15 ก.ค. 66", "ให้เลือกวันที่ต้องส่ง (30 มิ.ย. 66 และ/หรือ 15 ก.ค. 66)"),
        ("30 มิ.ย. 66 (ฉบับร่าง) หรือ 15 ก.ค. 66", "ให้เลือกวันที่ต้องส่ง (30 มิ.ย. 66 (ฉบับร่าง) หรือ 15 ก.ค. 66)"),
        ("ส่งภายในวันที่ 30 มิ.ย. 66 หรือ 7 วันหลังจัดกิจกรรม", "ให้เลือกวันที่ต้องส่ง (30 มิ.ย. 66 หรือ 7 วัน)"),
        (
            "ส่ง 13 เม.ย. 66 (หากตรงกับวันหยุดให้ส่ง 17 เม.ย. 66)",
            "มีวันที่ที่ใช้เมื่อเป็นไปตามเงื่อนไข (13 เม.ย. 66 (หากตรงกับวันหยุดให้ส่ง 17 เม.ย. 66)",
        ),
        (
            "ส่ง 30 มิ.ย. 66 (ถ้ายังไม่เสร็จ ส่ง 15 ก.ค. 66)",
            "มีวันที่ที่ใช้เมื่อเป็นไปตามเงื่อนไข (30 มิ.ย. 66 (ถ้ายังไม่เสร็จ ส่ง 15 ก.ค. 66)",
        ),
        (
            "ส่ง 30 มิ.ย. 66 (ขอขยายเวลาถึง 15 ก.ค. 66)",
            "มีวันที่ที่ขอเลื่อนหรือขยายเวลา (30 มิ.ย. 66 (ขอขยายเวลาถึง 15 ก.ค. 66)",
        ),
        (
            "30 มิ.ย. 66 (ได้รับอนุมัติให้ขยายเวลาถึง 15 ก.ค. 66)",
            "มีวันที่ที่ขอเลื่อนหรือขยายเวลา (30 มิ.ย. 66 (ได้รับอนุมัติให้ขยายเวลาถึง 15 ก.ค. 66)",
        ),
    ],
)
def test_days_offered_as_a_choice_or_on_a_condition_are_asked(text: str, said: str) -> None:
    """``ส่ง 30 มิ.ย. 66 หรือ 15 ก.ค. 66`` was two deadlines, the first overdue on 1 July whichever was meant;
    the day after หาก (if), or after an extension asked for, likewise; ``… หรือ 7 วันหลังจัดกิจกรรม`` was due
    on the date alone, the other way a label."""
    parsed = parse_date_text(text, 2566)
    assert parsed.dates == ()
    assert parsed.error is not None and parsed.error.th.startswith(f"“{text}” {said}")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ภายใน 15 ก.ค. 66 หรือตามที่ ป.ป.ช. กำหนด", [("ตามที่ ป.ป.ช. กำหนด", date(2023, 7, 15))]),
        ("ส่งรายงาน (ฉบับพิมพ์หรือไฟล์) 30 มิ.ย. 66", [("ส่งรายงาน (ฉบับพิมพ์หรือไฟล์)", date(2023, 6, 30))]),
        (
            "ครั้งที่ 1 ส่งรายงาน 31 มี.ค. 66 ครั้งที่ 2 ส่งรายงานหรือสรุปผล 30 ก.ย. 66",
            [("ครั้งที่ 1 ส่งรายงาน", date(2023, 3, 31)), ("ครั้งที่ 2 ส่งรายงานหรือสรุปผล", date(2023, 9, 30))],
        ),
        ("30 มิ.ย. 66 ขยายถึง 15 ก.ค. 66", [("", date(2023, 7, 15))]),
        # a move made, in brackets or with แล้ว: the earlier day moved, not asked about as a move asked for
        ("ส่ง 30 มิ.ย. 66 (เลื่อนไป 15 ก.ค. 66)", [("", date(2023, 7, 15))]),
        ("ส่ง 30 มิ.ย. 66 (ขยายเวลาแล้วถึง 15 ก.ค. 66)", [("", date(2023, 7, 15))]),
    ],
)
def test_or_in_the_words_of_one_deadline_is_not_a_choice_of_days(text: str, expected: list[tuple[str, date]]) -> None:
    parsed = parse_date_text(text, 2566)
    assert parsed.error is None
    assert [(d.label, d.value) for d in parsed.dates] == expected
