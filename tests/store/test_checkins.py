"""Check-ins in the store: who may, published at once or held, approved or returned, never half written."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from clocks import Clock
from workbooks import valid_book

from ita_core import read_workbook
from ita_core.checkin import CheckInRefused, Report
from ita_core.model import Plan
from ita_core.store.accounts import Account, Accounts
from ita_core.store.checkins import CheckIns, Status, groups_gone
from ita_core.store.permissions import NotAllowed
from ita_core.store.roles import Role
from ita_core.store.snapshots import SnapshotInfo, StalePublish, Store

PASSWORD = "correct horse battery"


@pytest.fixture
def store(database_url: str, clock: Clock) -> Iterator[Store]:
    s = Store(database_url, clock=clock)
    data = valid_book().to_bytes()
    plan = read_workbook(data).plan
    assert plan is not None
    s.publish(data, "plan.xlsx", plan, "editor1", "แผนตั้งต้น", None)
    yield s
    s.close()


@pytest.fixture
def people(store: Store) -> dict[str, Account]:
    accounts = Accounts(store.engine)
    return {
        "reporter": accounts.add("reporter1", PASSWORD, Role.REPORTER, groups=["คณะทำงานสำนัก"], email="r1@example.org"),
        "other": accounts.add("reporter2", PASSWORD, Role.REPORTER, groups=["กลุ่มงานวินัย"]),
        "editor": accounts.add("editor1", PASSWORD, Role.EDITOR),
        "viewer": accounts.add("viewer1", PASSWORD, Role.VIEWER, groups=["คณะทำงานสำนัก"]),
    }


def _opened(store: Store) -> tuple[CheckIns, SnapshotInfo, Plan]:
    """Check-ins of the store, its latest snapshot and that snapshot's plan: where a reporter starts."""
    base = latest(store)
    return CheckIns(store), base, store.plan(base.id)


def latest(store: Store) -> SnapshotInfo:
    found = store.latest("สำนักทดสอบ", 2566)
    assert found is not None
    return found


def test_accounts_keep_their_groups_and_address(store: Store, people: dict[str, Account]) -> None:
    accounts = Accounts(store.engine)
    got = accounts.get("reporter1")
    assert got is not None and got.groups == ("คณะทำงานสำนัก",) and got.email == "r1@example.org"
    # pasted with a zero-width space, as Thai from the web often is: the plan reads คณะทำงานสำนัก without it
    accounts.set_groups("reporter1", ["กลุ่ม  ข", "กลุ่ม ข", "คณะทำงาน\u200bสำนัก"])
    assert accounts.get("reporter1").groups == ("กลุ่ม ข", "คณะทำงานสำนัก")  # type: ignore[union-attr]
    assert accounts.addresses("คณะทำงานสำนัก") == ["r1@example.org"]


def test_a_check_in_published_at_once_is_a_new_snapshot(store: Store, people: dict[str, Account]) -> None:
    check_ins = CheckIns(store)
    check_ins.set_need_approval("สำนักทดสอบ", False, people["editor"])
    base = latest(store)
    report = Report(Decimal(80), actions="ประชุมคณะทำงานแล้ว", evidence="https://intranet/1.2")
    made = check_ins.submit(people["reporter"], base, store.plan(base.id), "1.2", report)
    assert made.status is Status.PUBLISHED and made.snapshot_id is not None
    now = latest(store)
    assert now.id == made.snapshot_id and now.revision == 2 and now.published_by == "reporter1"
    assert "1.2" in now.comment and "reporter1" in now.comment
    act = store.plan(now.id).activity("1.2")
    assert (act.progress, act.actions, act.evidence) == (Decimal(80), "ประชุมคณะทำงานแล้ว", "https://intranet/1.2")
    assert store.plan(now.id).activity("1.1") == store.plan(base.id).activity("1.1")


def test_a_check_in_before_seven_in_the_morning_is_dated_that_thai_day(
    store: Store, people: dict[str, Account], clock: Clock
) -> None:
    """06:30 in Bangkok on 20 June is 23:30 UTC on 19 June: the server's UTC day dated the report the 19th."""
    check_ins = CheckIns(store)
    check_ins.set_need_approval("สำนักทดสอบ", False, people["editor"])
    clock.now = datetime(2023, 6, 19, 23, 30, tzinfo=UTC)
    base = latest(store)
    check_ins.submit(people["reporter"], base, store.plan(base.id), "1.2", Report(Decimal(80)))
    assert store.plan(latest(store).id).activity("1.2").reported_on == date(2023, 6, 20)


def test_a_check_in_on_an_old_page_is_refused_and_nothing_is_written(store: Store, people: dict[str, Account]) -> None:
    check_ins = CheckIns(store)
    check_ins.set_need_approval("สำนักทดสอบ", False, people["editor"])
    old = latest(store)
    check_ins.submit(people["reporter"], old, store.plan(old.id), "1.2", Report(Decimal(60)))
    with pytest.raises(StalePublish):
        check_ins.submit(people["reporter"], old, store.plan(old.id), "1.1", Report(Decimal(70)))
    assert latest(store).revision == 2
    assert len(check_ins.listing("สำนักทดสอบ", 2566)) == 1


def test_held_by_default_then_approved(store: Store, people: dict[str, Account]) -> None:
    check_ins = CheckIns(store)
    base = latest(store)
    held = check_ins.submit(people["reporter"], base, store.plan(base.id), "1.2", Report(Decimal(90), note="ใกล้เสร็จ"))
    assert held.status is Status.PENDING and latest(store).id == base.id  # nothing published yet
    shown = check_ins.preview(held)
    assert [(old.progress, new.progress) for old, new in shown.diff.progress_changed] == [(Decimal(50), Decimal(90))]
    made = check_ins.approve(held, shown, people["editor"])
    assert made.published_by == "editor1" and "ใกล้เสร็จ" in made.comment
    decided = check_ins.get(held.id)
    assert decided is not None and decided.status is Status.PUBLISHED and decided.snapshot_id == made.id
    with pytest.raises(CheckInRefused):  # decided once only
        check_ins.send_back(held, people["editor"], "ซ้ำ")


def test_an_approval_of_an_outdated_preview_is_refused(store: Store, people: dict[str, Account]) -> None:
    check_ins = CheckIns(store)
    base = latest(store)
    held = check_ins.submit(people["reporter"], base, store.plan(base.id), "1.2", Report(Decimal(90)))
    shown = check_ins.preview(held)
    store.rollback(base.id, "editor1", base.id)  # someone publishes in between
    with pytest.raises(StalePublish):
        check_ins.approve(held, shown, people["editor"])
    still = check_ins.get(held.id)
    assert still is not None and still.status is Status.PENDING  # the decision was not half written


def test_returned_with_a_comment(store: Store, people: dict[str, Account]) -> None:
    check_ins = CheckIns(store)
    base = latest(store)
    held = check_ins.submit(people["reporter"], base, store.plan(base.id), "1.2", Report(Decimal(90)))
    with pytest.raises(CheckInRefused):
        check_ins.send_back(held, people["editor"], "  ")
    check_ins.send_back(held, people["editor"], "แนบหลักฐานการประชุมด้วย")
    back = check_ins.listing("สำนักทดสอบ", 2566, username="reporter1")
    assert [(c.status, c.decision_comment, c.decided_by) for c in back] == [
        (Status.RETURNED, "แนบหลักฐานการประชุมด้วย", "editor1")
    ]


def test_a_reporter_cannot_check_in_for_another_group_approve_or_choose(
    store: Store, people: dict[str, Account]
) -> None:
    check_ins, base, plan = _opened(store)
    with pytest.raises(CheckInRefused, match=r"2\.1"):  # 2.1 belongs to กลุ่มงานวินัย
        check_ins.submit(people["reporter"], base, plan, "2.1", Report(Decimal(10)))
    with pytest.raises(CheckInRefused):  # a viewer linked to the group still may not report
        check_ins.submit(people["viewer"], base, plan, "1.2", Report(Decimal(10)))
    held = check_ins.submit(people["other"], base, plan, "2.1", Report(Decimal(10)))
    with pytest.raises(NotAllowed, match="approve") as refused:
        check_ins.approve(held, check_ins.preview(held), people["reporter"])
    assert "อนุมัติ" in refused.value.th and "สำนักทดสอบ" in refused.value.th
    with pytest.raises(NotAllowed, match="approve"):
        check_ins.send_back(held, people["reporter"], "ไม่")
    with pytest.raises(NotAllowed, match="approval rule"):
        check_ins.set_need_approval("สำนักทดสอบ", False, people["reporter"])
    assert check_ins.need_approval("สำนักทดสอบ") and latest(store).id == base.id
    # An editor reports for any group.
    assert check_ins.submit(people["editor"], base, plan, "2.1", Report(Decimal(20))).status is Status.PENDING


def test_a_reporter_s_groups_a_later_plan_no_longer_names_are_found(store: Store, people: dict[str, Account]) -> None:
    """A plan that renames or splits a group (กลุ่มงานวินัย → กลุ่มงานวินัยและนิติการ) left its reporters on another
    group's page with nothing to report on and no word why."""
    _, _, plan = _opened(store)
    renamed = replace(
        plan,
        activities=tuple(
            a._replace(responsible="กลุ่มงานวินัยและนิติการ") if a.responsible == "กลุ่มงานวินัย" else a for a in plan.activities
        ),
    )
    assert groups_gone(people["other"], plan) == []
    assert groups_gone(people["other"], renamed) == ["กลุ่มงานวินัย"]
    assert groups_gone(people["reporter"], renamed) == []
    assert groups_gone(people["editor"], renamed) == []  # an editor reports for every group
    assert groups_gone(people["viewer"], renamed) == []  # a viewer reports for none
    both = replace(people["other"], groups=("กลุ่มงานวินัย", "คณะทำงานสำนัก"))
    assert groups_gone(both, renamed) == ["กลุ่มงานวินัย"]  # one gone, one left: still said


def test_a_reporter_of_a_work_group_reports_on_an_activity_for_every_work_group(
    store: Store, people: dict[str, Account]
) -> None:
    check_ins, base, plan = _opened(store)
    everyone = replace(
        plan,
        activities=tuple(a._replace(responsible="ทุกกลุ่มงาน") if a.activity_id == "1.2" else a for a in plan.activities),
    )
    assert check_ins.submit(people["other"], base, everyone, "1.2", Report(Decimal(10))).status is Status.PENDING
    with pytest.raises(CheckInRefused):  # คณะทำงานสำนัก is not a กลุ่มงาน
        check_ins.submit(people["reporter"], base, everyone, "1.2", Report(Decimal(10)))


def test_an_upload_that_changes_reported_figures_names_the_check_ins(store: Store, people: dict[str, Account]) -> None:
    check_ins = CheckIns(store)
    check_ins.set_need_approval("สำนักทดสอบ", False, people["editor"])
    base = latest(store)
    made = check_ins.submit(people["reporter"], base, store.plan(base.id), "1.2", Report(Decimal(80), actions="ทำแล้ว"))
    old_file = store.plan(base.id)  # the working group's workbook, made before the check-in
    assert [c.id for c in check_ins.overwritten_by(old_file)] == [made.id]
    assert check_ins.overwritten_by(store.plan(latest(store).id)) == []  # a file holding the check-in is fine
    data = valid_book().to_bytes()
    plan = read_workbook(data).plan
    assert plan is not None
    store.publish(data, "plan.xlsx", plan, "editor1", "รอบใหม่", latest(store).id)  # an upload, seen and published
    assert check_ins.since_last_upload("สำนักทดสอบ", 2566) == []  # its preview said so; nothing to warn again


def test_a_reporter_cannot_publish_an_upload_or_roll_back(store: Store, people: dict[str, Account]) -> None:
    from ita_core.store.publishing import preview, publish_as, rollback_as

    data = valid_book().to_bytes()
    plan = read_workbook(data).plan
    assert plan is not None
    shown = preview(store, "plan.xlsx", data, plan)
    base = latest(store)
    for who in ("reporter", "viewer"):
        with pytest.raises(NotAllowed):
            publish_as(store, shown, people[who], "ไม่ควรได้")
        with pytest.raises(NotAllowed):
            rollback_as(store, base.id, people[who], base.id)
    assert latest(store).id == base.id  # nothing was written
    assert publish_as(store, shown, people["editor"], "รอบใหม่").revision == 2


def test_an_upload_that_renumbers_a_checked_in_activity_still_holds_its_check_in(
    store: Store, people: dict[str, Account]
) -> None:
    """The file that put an activity in before 1.2 holds the check-in under 1.3: it was said to be overwritten
    (1.2 now named another activity), and one that dropped it was not told apart."""
    check_ins = CheckIns(store)
    check_ins.set_need_approval("สำนักทดสอบ", False, people["editor"])
    base = latest(store)
    made = check_ins.submit(people["reporter"], base, store.plan(base.id), "1.2", Report(Decimal(80), actions="ทำแล้ว"))
    holding = store.plan(latest(store).id)
    step = {"1.2": "1.3"}
    assert [a.activity_id for a in holding.activities] == ["1.1", "1.2", "2.1"]
    acts = [a._replace(activity_id=step.get(a.activity_id, a.activity_id)) for a in holding.activities]
    acts.insert(1, acts[0]._replace(activity_id="1.2", name="สำรวจความคิดเห็น"))
    renumbered = replace(holding, activities=tuple(acts))
    assert check_ins.overwritten_by(renumbered) == []
    lost = replace(renumbered, activities=tuple(a for a in acts if a.activity_id != "1.3"))
    assert [c.id for c in check_ins.overwritten_by(lost)] == [made.id]
