import pytest

from ita_core.workbook.contract import SHEETS, column_index, column_key, column_letter, normalize_name, sheet_key


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
        ("ผลการดำเนินการ (ร้อยละ)", "progress_pct"),
        ("ผลการดำเนินการ\u00a0(ร้อยละ)", "progress_pct"),
        ("  ผลการดำเนินการ   (ร้อยละ) ", "progress_pct"),
        ("ผลการดำเนินการ(ร้อยละ)", "progress_pct"),
        ("progress_pct", "progress_pct"),
        ("Progress_PCT", "progress_pct"),
        ("ลำดับที่", "activity_id"),
        ("activity_id", "activity_id"),
        ("โครงการ/กิจกรรม", "activity"),
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
            assert column_key(spec.key, column.th) == column.key
            assert column_key(spec.key, column.key) == column.key


def test_decomposed_sara_am_matches() -> None:
    # Some Thai keyboards type ำ as ํ + า; both spell the same header.
    assert normalize_name("ผลการดําเนินการ (ร้อยละ)") == normalize_name("ผลการดำเนินการ (ร้อยละ)")


@pytest.mark.parametrize(("index", "letters"), [(0, "A"), (7, "H"), (25, "Z"), (26, "AA"), (701, "ZZ"), (702, "AAA")])
def test_column_letters(index: int, letters: str) -> None:
    assert column_letter(index) == letters
    assert column_index(letters) == index
