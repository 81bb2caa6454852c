"""A group's name as typed and as a person reads it."""

from __future__ import annotations

import pytest

from ita_core.group_names import alike_key, broken_names, groups_of, shortened


@pytest.mark.parametrize(
    "typed",
    [
        "กลุ่มงานบริหารทั่วไป",
        "กลุ่มบริหารทั่วไป",
        "กลุ่มงาน บริหารทั่วไป",
        "กลุ่มงานบริหารทั่วไป (บท.)",
        "กลุ่มบริหารทั่วไป（บท）",
        "ผอ.กลุ่มงานบริหารทั่วไป",  # its head, by title: the group, as a person reads it
        "ผู้อำนวยการกลุ่มงานบริหารทั่วไป",
        "หัวหน้า กลุ่มงานบริหารทั่วไป",
        "หน.กลุ่มงานบริหารทั่วไป",
        "กลุ่มงานบริหารทั่วไป โดย นางสาวสมหญิง",  # a person after it
    ],
)
def test_one_group_typed_several_ways_reads_alike(typed: str) -> None:
    assert alike_key(typed) == "กลุ่มบริหารทั่วไป"


def test_other_groups_do_not_read_alike() -> None:
    assert alike_key("กลุ่มงานบริหารแผน") != alike_key("กลุ่มงานบริหารทั่วไป")
    assert alike_key("คณะทำงาน (ชุดที่ 2) ส่งเสริม") == "คณะทำงาน(ชุดที่2)ส่งเสริม"  # brackets mid-name stay
    assert alike_key("หัวหน้างาน") == "หัวหน้างาน"  # a title before no group's kind is the name itself
    assert alike_key("งานโดยรวม") == "งานโดยรวม"  # โดย in a word, not before a person


def test_a_name_cut_short_keeps_its_beginning() -> None:
    assert shortened("คณะทำงานฯ") == "คณะทำงาน"
    assert shortened("คณะทำงาน ฯ") == "คณะทำงาน"
    assert shortened("คณะทำงานส่งเสริมคุณธรรม") is None
    assert shortened("ฯ") is None


@pytest.mark.parametrize(
    ("cell", "groups"),
    [
        ("กลุ่มงาน\nบริหารทั่วไป", ("กลุ่มงานบริหารทั่วไป",)),  # Alt+Enter after the kind: one group, not two
        ("คณะทำงาน\nสำนัก", ("คณะทำงานสำนัก",)),
        ("กลุ่มงานบริหารทั่วไป\nกลุ่มงานแผน", ("กลุ่มงานบริหารทั่วไป", "กลุ่มงานแผน")),  # one per line
        ("กลุ่มงานบริหาร\nทั่วไป", ("กลุ่มงานบริหาร", "ทั่วไป")),  # read as typed, and said (below)
    ],
)
def test_a_name_broken_after_its_kind_is_one_group(cell: str, groups: tuple[str, ...]) -> None:
    assert groups_of(cell) == groups


def test_a_name_broken_elsewhere_is_found_to_be_said() -> None:
    assert broken_names("กลุ่มงานบริหาร\nทั่วไป") == [("กลุ่มงานบริหาร", "ทั่วไป")]
    assert broken_names("กลุ่มงาน\nบริหารทั่วไป") == []  # made whole
    assert broken_names("กลุ่มงานบริหารทั่วไป\nบุคลากรทุกกลุ่มงาน") == []  # each line begins a group
    assert broken_names("กลุ่มงานบริหารทั่วไป") == []
