"""The optional ผู้รับผิดชอบ sheet: where each responsible group's reminders go."""

from __future__ import annotations

from workbooks import problem_at, valid_book

from ita_core import read_workbook
from ita_core.model import Contact
from ita_core.serialize import plan_from_json, plan_to_json
from ita_core.workbook.writer import rows_from_plan, workbook_bytes


def with_contacts(*rows: list[object]) -> bytes:
    return valid_book().add("ผู้รับผิดชอบ", [["กลุ่มผู้รับผิดชอบ", "อีเมล"], *rows]).to_bytes()


def test_addresses_are_read_per_group() -> None:
    data = with_contacts(["คณะทำงานสำนัก", "working.group@example.go.th"], ["กลุ่มงานวินัย", " discipline@example.go.th "])
    plan = read_workbook(data).plan
    assert plan is not None
    assert plan.contacts == (
        Contact("คณะทำงานสำนัก", "working.group@example.go.th", "ผู้รับผิดชอบ!B2"),
        Contact("กลุ่มงานวินัย", "discipline@example.go.th", "ผู้รับผิดชอบ!B3"),
    )


def test_a_plan_without_the_sheet_has_no_addresses() -> None:
    plan = read_workbook(valid_book().to_bytes()).plan
    assert plan is not None and plan.contacts == ()


def test_a_wrong_address_is_a_cell_level_problem() -> None:
    result = read_workbook(with_contacts(["คณะทำงานสำนัก", "not an address"], [None, "x@example.go.th"]))
    assert result.plan is None
    assert "อีเมลไม่ถูกต้อง" in problem_at(result, "ผู้รับผิดชอบ!B2").th
    assert "ไม่ได้ใส่ชื่อกลุ่ม" in problem_at(result, "ผู้รับผิดชอบ!A3").th


def test_addresses_survive_writing_and_storing() -> None:
    plan = read_workbook(with_contacts(["คณะทำงานสำนัก", "wg@example.go.th"])).plan
    assert plan is not None
    again = read_workbook(workbook_bytes(rows_from_plan(plan))).plan
    assert again is not None and [c[:2] for c in again.contacts] == [("คณะทำงานสำนัก", "wg@example.go.th")]
    assert plan_from_json(plan_to_json(plan)).contacts == plan.contacts


def test_the_bounded_reader_reads_them_too() -> None:
    from ita_core.workbook.ingest import read_untrusted

    plan = read_untrusted(with_contacts(["คณะทำงานสำนัก", "wg@example.go.th"])).plan
    assert plan is not None and plan.contacts == (Contact("คณะทำงานสำนัก", "wg@example.go.th", "ผู้รับผิดชอบ!B2"),)


def test_an_address_for_a_group_the_plan_does_not_name_is_said_to_reach_no_one() -> None:
    """คณะทำงาน สำนัก for คณะทำงานสำนัก, or a group renamed: its address was sent nothing, and only the reminders,
    when they ran, said a group had no address."""
    result = read_workbook(
        with_contacts(
            ["คณะทำงาน สำนัก", "wg@example.go.th"],
            ["คณะทำงาน สำนัก", "wg2@example.go.th"],  # said once for the group
            ["กลุ่มงานวินัยฯ", "d@example.go.th"],
            ["กลุ่มงานวินัย", "discipline@example.go.th"],
        )
    )
    assert result.errors == () and len(result.plan.contacts) == 4  # read as typed
    assert [(w.location, w.value) for w in result.warnings] == [
        ("ผู้รับผิดชอบ!A2", "คณะทำงาน สำนัก"),
        ("ผู้รับผิดชอบ!A4", "กลุ่มงานวินัยฯ"),
    ]
    assert (
        "ไม่มีกลุ่ม “คณะทำงาน สำนัก” ในแผน" in result.warnings[0].th and "(ใกล้เคียง “คณะทำงานสำนัก”)" in result.warnings[0].th
    )
    assert "no reminder goes" in result.warnings[1].en and "ใกล้เคียง" not in result.warnings[1].th
