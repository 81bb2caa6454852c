from ita_core import read_workbook, synthetic
from ita_core.paths import SHIPPED_WORKBOOK
from ita_core.serialize import plan_from_json, plan_to_json
from ita_core.writer import workbook_bytes


def test_round_trip_of_the_shipped_plan() -> None:
    plan = read_workbook(SHIPPED_WORKBOOK).plan
    assert plan is not None
    assert plan_from_json(plan_to_json(plan)) == plan


def test_round_trip_keeps_warnings_deadline_sheets_and_exact_decimals() -> None:
    plan = read_workbook(workbook_bytes(synthetic.rows(synthetic.Spec(activities=60, seed=3)))).plan
    assert plan is not None
    again = plan_from_json(plan_to_json(plan))
    assert again == plan
    assert again.warnings == plan.warnings
    assert [type(a.progress) for a in again.activities[:3]] == [type(a.progress) for a in plan.activities[:3]]


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
