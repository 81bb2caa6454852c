import pytest

from ita_core.workbook.contract import (
    ACTIVITIES,
    DEADLINES,
    GUIDELINES,
    MEASURES,
    PARTICIPATION,
    SHEETS,
    UNIT,
    column_index,
    column_key,
    column_letter,
    near_key,
    normalize_name,
    sheet_key,
)


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("กิจกรรม", "activities"),
        (" กิจกรรม ", "activities"),
        ("Activities", "activities"),
        ("ACTIVITIES", "activities"),
        ("การมีส่วนร่วม", "participation"),
        ("กำหนดส่ง", "deadlines"),
        ("ข้อมูลหน่วยงาน", "unit"),
        ("Sheet1", None),
    ],
)
def test_sheet_names(name: str, key: str | None) -> None:
    assert sheet_key(name) == key


@pytest.mark.parametrize(
    ("header", "key"),
    [
        ("ผลการดำเนินการ (ร้อยละ)", "progress"),
        ("ผลการดำเนินการ\u00a0(ร้อยละ)", "progress"),
        ("  ผลการดำเนินการ   (ร้อยละ) ", "progress"),
        ("ผลการดำเนินการ(ร้อยละ)", "progress"),
        ("progress_pct", "progress"),
        ("Progress_PCT", "progress"),
        ("ลำดับที่", "activity_id"),
        ("ลำดับ :", "activity_id"),  # a colon after a title, as forms write labels
        ("activity_id", "activity_id"),
        ("โครงการ/กิจกรรม", "name"),
        ("activity", "name"),
        ("งบประมาณ (บาท)", "budget"),
        ("งบประมาณ", "budget"),
        ("สีโปรด", None),
    ],
)
def test_activity_headers(header: str, key: str | None) -> None:
    assert column_key("activities", header) == key


def test_every_thai_name_and_english_alias_is_recognised() -> None:
    for spec in SHEETS:
        assert sheet_key(spec.th) == spec.key
        assert sheet_key(spec.key) == spec.key
        for column in spec.columns:
            assert column_key(spec.key, column.th) == column.field
            assert column_key(spec.key, column.english) == column.field


def test_decomposed_sara_am_matches() -> None:
    # Some Thai keyboards type ำ as ํ + า; both spell the same header.
    assert normalize_name("ผลการดําเนินการ (ร้อยละ)") == normalize_name("ผลการดำเนินการ (ร้อยละ)")


@pytest.mark.parametrize(
    ("sheet", "header", "key"),
    [
        ("activities", "กลุ่มงานที่รับผิดชอบ", "responsible"),
        ("activities", "ผู้รับผิดชอบโครงการ", "responsible"),  # a name's word after the group's: still the group
        ("activities", "ผลการดำเนินการ ไตรมาส 2 (ร้อยละ)", "progress"),
        ("activities", "ร้อยละความก้าวหน้า", "progress"),
        ("activities", "ผลการดําเนินงาน (%) ไตรมาส 1", "progress"),  # ำ typed as ํ + า
        ("activities", "ลำดับโครงการ", "activity_id"),  # ลำดับ: its ำ is two characters once normalised
        ("activities", "ชื่อโครงการ/กิจกรรม", "name"),
        ("activities", "กำหนดส่งงาน (วัน/เดือน/ปี)", "due_text"),
        ("activities", "หลักฐานประกอบ", "evidence"),
        ("activities", "ผลผลิต (Output)", "output"),
        ("activities", "ผลผลิตที่ได้รับ", None),  # what was achieved, not the plan's output
        ("activities", "ผลการดำเนินการ", None),  # the plan's own column of results in words: not a percentage
        ("activities", "ผลการดำเนินงาน", None),
        ("activities", "สถานะ", None),
        ("participation", "จำนวนผู้เข้าร่วมกิจกรรม (คน)", "participants"),
        ("participation", "จำนวนบุคลากรที่เข้าร่วม", None),  # participants or headcount: not guessed
        # A title that says it holds another kind of figure: a percentage is not a number of people, people are
        # not a percentage (ร้อยละผู้เข้าร่วม was read as the participants, เป้าหมาย (คน) as a target percentage).
        ("participation", "ร้อยละผู้เข้าร่วม", None),
        ("participation", "สัดส่วนบุคลากรที่เข้าร่วม", None),
        ("participation", "เป้าหมาย (คน)", None),
        ("participation", "จำนวนเป้าหมาย", None),
        ("participation", "ค่าเป้าหมายร้อยละ", "target_pct"),
        ("participation", "จำนวนผู้เข้าร่วมทั้งสิ้น", "participants"),
        ("activities", "ผลการดำเนินการ (ร้อยละ) จำนวนคน", None),
        ("deadlines", "วันที่ส่งงาน", "submitted"),
        ("deadlines", "วันที่ส่งตามกำหนด", None),  # the day it is due, not the day it was sent
    ],
)
def test_headers_in_other_words_name_one_column_or_none(sheet: str, header: str, key: str | None) -> None:
    assert column_key(sheet, header) is None  # none of the column's own names: what ``near_key`` is for
    assert near_key(sheet, header) == key


@pytest.mark.parametrize(("index", "letters"), [(0, "A"), (7, "H"), (25, "Z"), (26, "AA"), (701, "ZZ"), (702, "AAA")])
def test_column_letters(index: int, letters: str) -> None:
    assert column_letter(index) == letters
    assert column_index(letters) == index


def test_columns_name_model_fields_one_to_one() -> None:
    """A column's field is the model's field, so reading, writing and screens need no renaming."""
    from ita_core.model import Activity, Deadline, FormInfo, Guideline, Measure, Participation

    for spec, record in (
        (ACTIVITIES, Activity),
        (MEASURES, Measure),
        (GUIDELINES, Guideline),
        (PARTICIPATION, Participation),
        (DEADLINES, Deadline),
    ):
        assert {c.field for c in spec.columns} <= set(record._fields), spec.key
    assert {c.field for c in UNIT.columns} == {"unit", "fiscal_year_be", "as_of", *FormInfo._fields}
