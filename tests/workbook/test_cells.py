from decimal import Decimal

import pytest

from ita_core.text import Text
from ita_core.workbook import cells


@pytest.mark.parametrize(
    ("raw", "percent_format", "expected"),
    [
        ("50", False, Decimal(50)),
        ("50%", False, Decimal(50)),
        ("ร้อยละ ๙๑.๓๖", False, Decimal("91.36")),
        ("๑๐๐", False, Decimal(100)),
        ("0.5", True, Decimal(50)),  # Excel stores 50% as 0.5
        ("1", True, Decimal(100)),
        ("0.571", True, Decimal("57.1")),
        ("50%", True, Decimal(50)),  # text typed with its own % sign is not scaled again
        ("0", False, Decimal(0)),
        ("1", False, Decimal(1)),
        ("0.5%", False, Decimal("0.5")),  # its unit written: as typed
        ("ร้อยละ ๐.๕", False, Decimal("0.5")),
        ("ร้อยละ 50", True, Decimal(50)),  # its unit written: not scaled, whatever the cell's format
    ],
)
def test_percentage(raw: str, percent_format: bool, expected: Decimal) -> None:
    assert cells.percentage(raw, percent_format) == expected


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        ("120", "ระหว่าง 0 ถึง 100"),
        ("-5", "ระหว่าง 0 ถึง 100"),
        ("เสร็จ", "ตัวเลขร้อยละ"),
        ("0.5", "อ่านได้ทั้งร้อยละ 0.5 และร้อยละ 50: ถ้าหมายถึงร้อยละ 50 พิมพ์ 50"),
        ("๐.๗๕", "ร้อยละ 75"),
        # People are not a percentage: a target of 80 people out of 139 is 57.55 %, not 80 %.
        ("80 คน", "“80 คน” เป็นจำนวนคน แต่ช่องนี้ต้องเป็นร้อยละ"),
        ("๑๒๗ ราย", "เป็นจำนวนคน"),
    ],
)
def test_percentage_errors(raw: str, fragment: str) -> None:
    result = cells.percentage(raw, False)
    assert isinstance(result, Text)
    assert fragment in result.th


@pytest.mark.parametrize(("raw", "expected"), [("127", 127), ("๑๓๙", 139), ("127 คน", 127), ("127.0", 127)])
def test_count(raw: str, expected: int) -> None:
    assert cells.count(raw) == expected


# A percentage is not a number of people: ร้อยละ 91 under ผู้เข้าร่วม read as 91 people.
@pytest.mark.parametrize("raw", ["12.5", "-1", "สิบ", "80%", "ร้อยละ 91", "91 เปอร์เซ็นต์"])
def test_count_errors(raw: str) -> None:
    assert isinstance(cells.count(raw), Text)


@pytest.mark.parametrize(
    ("raw", "said"),
    [
        ("1.000", "1.000 อ่านได้ทั้ง 1 คน และ 1,000 คน"),  # it was 1 person, without a word
        ("๑.๒๗๐", "ถ้าหมายถึง 1,270 คน พิมพ์ 1,270 (ใช้จุลภาคคั่นหลักพัน ไม่ใช่จุด)"),
        ("1.500.000", "ถ้าหมายถึง 1,500,000 คน พิมพ์ 1,500,000"),
    ],
)
def test_a_dot_between_thousands_is_asked_not_read_as_a_decimal(raw: str, said: str) -> None:
    result = cells.count(raw)
    assert isinstance(result, Text) and result.th.startswith(said)
    assert cells.count("127.00") == 127 and cells.count("0.000") == 0  # decimals of nothing, as before


@pytest.mark.parametrize("raw", ["127/139", "๑๒๗ จาก ๑๓๙ คน"])
def test_both_counts_in_one_cell_are_told_where_each_goes(raw: str) -> None:
    said = cells.count(raw)
    assert isinstance(said, Text) and "ใส่ 127 ในคอลัมน์ ผู้เข้าร่วม และ 139 ในคอลัมน์ บุคลากรทั้งหมด" in said.th


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1", 1),
        ("๒", 2),
        ("มาตรการที่ ๓", 3),
        ("3.0", 3),
        ("Measure 2", 2),
        ("มาตรการที่\u200b๑", 1),
        ("๑.", 1),  # numbered as the plan document numbers its measures (it was refused)
        ("มาตรการที่ 2.", 2),
    ],
)
def test_measure_number(raw: str, expected: int) -> None:
    assert cells.measure_number(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    # pasted Thai carries zero-width spaces: "1.1\u200b" showed as 1.1 beside another 1.1, never called a repeat
    [
        ("๑.๕", "1.5"),
        (" 1.10 ", "1.10"),
        ("๑.", "1"),
        ("1 .5", "1.5"),
        ("2", "2"),
        ("1.1\u200b", "1.1"),
        ("\ufeff๑.๒", "1.2"),
        ("ข้อ 1.2", "1.2"),  # it was ข้อ1.2 on every page, and a participation row for 1.2 named no activity
        ("ข้อที่ ๑.๒", "1.2"),
        ("(1.2)", "1.2"),
        ("1.2)", "1.2"),
        ("กิจกรรมที่ 3", "3"),
        ("แนวทางที่ 1.1", "1.1"),  # under แนวทาง
        ("1.2 ก", "1.2ก"),  # another activity beside 1.2: kept as typed
        ("ก.1", "ก.1"),
    ],
)
def test_activity_id(raw: str, expected: str) -> None:
    assert cells.activity_id(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), [("2566", 2566), ("พ.ศ. ๒๕๖๖", 2566), ("2566.0", 2566)])
def test_fiscal_year(raw: str, expected: int) -> None:
    assert cells.fiscal_year(raw) == expected


@pytest.mark.parametrize("raw", ["2023", "66", "ปีนี้"])
def test_fiscal_year_must_be_buddhist_era(raw: str) -> None:
    assert isinstance(cells.fiscal_year(raw), Text)


def test_a_common_era_fiscal_year_is_answered_with_its_buddhist_era_year() -> None:
    said = cells.fiscal_year("2023")
    assert isinstance(said, Text) and "2023 เป็นปี ค.ศ." in said.th and "2566" in said.th and "2566" in said.en
