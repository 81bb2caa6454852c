from ita_core import read_workbook
from ita_core.paths import SHIPPED_WORKBOOK
from ita_core.serialize import plan_from_json, plan_to_json
from ita_core.workbook.writer import workbook_bytes


def test_round_trip_of_the_shipped_plan() -> None:
    plan = read_workbook(SHIPPED_WORKBOOK).plan
    assert plan is not None
    assert plan_from_json(plan_to_json(plan)) == plan


def test_round_trip_keeps_warnings_deadline_sheets_and_exact_decimals() -> None:
    from datetime import datetime
    from decimal import Decimal

    from workbooks import HEADERS, valid_book

    book = valid_book()
    rows = book.rows("กิจกรรม")
    rows[0] += ["งบประมาณ (บาท)", "สีโปรด"]  # a budget, and a column we do not know (a warning)
    for row, budget in zip(rows[1:], ("๑๕๐,๐๐๐.๕๐", None, 2500), strict=True):
        row += [budget, "ฟ้า"]
    book.add(
        "กำหนดส่ง", [list(HEADERS["กำหนดส่ง"]), ["1.2", "รายงานรอบแรก", datetime(2023, 5, 1), datetime(2023, 3, 28)]]
    )
    rows[2][7] = "๖๖.๖๖๖"
    plan = read_workbook(book.to_bytes()).plan
    assert plan is not None and plan.warnings and any(d.listed for d in plan.deadlines)  # nothing left empty
    again = plan_from_json(plan_to_json(plan))
    assert again == plan
    assert again.warnings == plan.warnings  # not part of equality, so compared on their own
    assert [d for d in again.deadlines if d.listed] == [d for d in plan.deadlines if d.listed]
    assert again.activity("1.2").progress == Decimal("66.666") and again.activity("1.1").budget == Decimal("150000.50")
    assert [type(a.progress) for a in again.activities] == [Decimal] * 3


def test_snapshots_stored_before_a_field_existed_still_load() -> None:
    import json

    plan = read_workbook(SHIPPED_WORKBOOK).plan
    assert plan is not None
    doc = json.loads(plan_to_json(plan))
    for name in ("guideline", "actions", "achieved_output", "achieved_outcome"):
        del doc["activities"][name]
    del doc["guidelines"]
    old = plan_from_json(json.dumps(doc))
    assert old.activity("1.1").actions == "" and old.guidelines == ()
    assert [a.name for a in old.activities] == [a.name for a in plan.activities]


def test_the_report_form_s_own_words_travel_with_the_plan() -> None:
    import dataclasses
    from datetime import date

    from ita_core.model import FormInfo
    from ita_core.workbook.writer import rows_from_plan

    plan = read_workbook(SHIPPED_WORKBOOK).plan
    assert plan is not None
    signed = dataclasses.replace(plan, form=FormInfo("สำนักบริหารงานกลาง", "นายสมชาย", "ผู้อำนวยการ", date(2023, 4, 5)))
    again = plan_from_json(plan_to_json(signed))
    assert again == signed and again.form.report_date == date(2023, 4, 5)
    assert again.measures[0].report_name.endswith("ของส่วนราชการสังกัดรัฐสภา")
    assert again.guidelines[0].report_name.startswith("การขับเคลื่อน")
    assert again.activity("3.7").report_title.startswith("๓)")
    reread = read_workbook(workbook_bytes(rows_from_plan(signed))).plan  # and through a workbook and back
    assert reread is not None and reread.form == signed.form and reread.measures == signed.measures


def test_snapshots_stored_before_the_form_s_words_existed_still_load() -> None:
    import json

    from ita_core.model import FormInfo

    plan = read_workbook(SHIPPED_WORKBOOK).plan
    assert plan is not None
    doc = json.loads(plan_to_json(plan))
    doc["measures"] = [m[:2] for m in doc["measures"]]
    doc["guidelines"] = [g[:3] for g in doc["guidelines"]]
    del doc["activities"]["report_title"], doc["form"]
    old = plan_from_json(json.dumps(doc))
    assert old.form == FormInfo() and old.measures[0].report_name == "" and old.activity("3.7").report_title == ""
