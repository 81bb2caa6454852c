"""Roles per unit: an editor of one bureau may not publish, roll back or approve for another, and the
refusal names the action and the unit; a role in the agency reaches its bureaus."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from workbooks import valid_book

from ita_core import read_workbook
from ita_core.checkin import Report
from ita_core.store.accounts import Account, Accounts
from ita_core.store.checkins import CheckIns
from ita_core.store.permissions import NEEDS, Action, NotAllowed, allows, role_grid
from ita_core.store.publishing import preview, publish_as, rollback_as
from ita_core.store.roles import Role
from ita_core.store.snapshots import Store
from ita_core.store.units import Units

AGENCY = "สำนักงานเลขาธิการวุฒิสภา"
BUREAU = "สำนักบริหารงานกลาง สำนักงานเลขาธิการวุฒิสภา"
OTHER = "สำนักทดสอบ"  # valid_book's unit
PASSWORD = "a long enough password"


@pytest.fixture
def store(database_url: str) -> Iterator[Store]:
    s = Store(database_url)
    s.seed()  # the shipped bureau, revision 1
    Units(s.engine).add(OTHER, "สำนักทดสอบ", AGENCY)
    data = valid_book().to_bytes()
    plan = read_workbook(data).plan
    assert plan is not None
    s.publish(data, "other.xlsx", plan, "system", "", None)
    yield s
    s.close()


@pytest.fixture
def people(store: Store) -> dict[str, Account]:
    accounts = Accounts(store.engine)
    return {
        "bureau_editor": accounts.add("ed_bureau", PASSWORD, Role.EDITOR, unit=BUREAU),
        "other_editor": accounts.add("ed_other", PASSWORD, Role.EDITOR, unit=OTHER),
        "agency_editor": accounts.add("ed_agency", PASSWORD, Role.EDITOR, unit=AGENCY),
        "admin": accounts.add("admin1", PASSWORD, Role.ADMIN),
    }


def _other_preview(store: Store) -> object:
    book = valid_book()
    book.set("กิจกรรม", "H3", 100)
    plan = read_workbook(book.to_bytes()).plan
    assert plan is not None
    return preview(store, "other2.xlsx", book.to_bytes(), plan)


def test_an_editor_of_one_unit_may_not_publish_roll_back_or_approve_for_another(
    store: Store, people: dict[str, Account]
) -> None:
    editor = people["bureau_editor"]
    other = store.latest(OTHER, 2566)
    assert other is not None
    with pytest.raises(NotAllowed) as refused:
        publish_as(store, _other_preview(store), editor, "ไม่ควรได้")  # type: ignore[arg-type]
    assert refused.value.th == (
        f"บัญชี ed_bureau ไม่มีสิทธิ์เผยแพร่ข้อมูลของหน่วยงาน '{OTHER}' (ไม่มีสิทธิ์ในหน่วยงานนี้): ต้องเป็นผู้แก้ไขข้อมูลของหน่วยงานนี้"
    )
    with pytest.raises(NotAllowed, match="roll back") as rolled:
        rollback_as(store, other.id, editor, other.id)
    assert "ย้อนข้อมูล" in rolled.value.th and OTHER in rolled.value.th
    check_ins = CheckIns(store)
    held = check_ins.submit(people["other_editor"], other, store.plan(other.id), "1.2", Report(Decimal(60)))
    with pytest.raises(NotAllowed) as approving:
        check_ins.approve(held, check_ins.preview(held), editor)
    assert "อนุมัติ" in approving.value.th and OTHER in approving.value.th
    with pytest.raises(NotAllowed):
        check_ins.send_back(held, editor, "ไม่ใช่ของเรา")
    with pytest.raises(NotAllowed):
        check_ins.set_need_approval(OTHER, False, editor)
    assert store.latest(OTHER, 2566) == other  # nothing was written
    # The unit's own editor, and the agency's, may.
    made = check_ins.approve(held, check_ins.preview(held), people["other_editor"])
    assert made.revision == 2
    again = publish_as(store, _other_preview(store), people["agency_editor"], "รอบใหม่")  # type: ignore[arg-type]
    assert again.revision == 3
    assert rollback_as(store, other.id, people["admin"], again.id).revision == 4


def test_a_role_in_the_agency_reaches_its_bureaus_and_one_for_every_unit_reaches_all(
    store: Store, people: dict[str, Account]
) -> None:
    agency, bureau = people["agency_editor"], people["bureau_editor"]
    assert allows(agency, Action.PUBLISH, BUREAU) and allows(agency, Action.PUBLISH, OTHER)
    assert allows(bureau, Action.PUBLISH, BUREAU) and not allows(bureau, Action.PUBLISH, AGENCY)
    assert not allows(bureau, Action.VIEW, OTHER)  # no role there at all
    assert allows(people["admin"], Action.MANAGE_UNITS, BUREAU)
    assert not allows(agency, Action.MANAGE_ACCOUNTS, AGENCY)  # accounts belong to the whole organisation
    assert not allows(None, Action.VIEW, BUREAU)


def test_grant_and_revoke_roles_per_unit(store: Store, people: dict[str, Account]) -> None:
    accounts = Accounts(store.engine)
    assert accounts.grant("ed_bureau", "สำนักทดสอบ ", Role.REPORTER) == OTHER  # written loosely, filed exactly
    got = accounts.get("ed_bureau")
    assert got is not None and got.grants == ((OTHER, Role.REPORTER), (BUREAU, Role.EDITOR))
    assert got.role_in(OTHER) is Role.REPORTER and got.role is Role.EDITOR
    accounts.revoke("ed_bureau", OTHER)
    assert accounts.get("ed_bureau").role_in(OTHER) is None  # type: ignore[union-attr]
    with pytest.raises(Exception, match="not registered"):
        accounts.grant("ed_bureau", "สำนักทดสอบบบ", Role.EDITOR)


def test_the_table_of_actions_names_each_action_once_with_the_least_role() -> None:
    assert set(NEEDS) == set(Action)
    grid = dict(role_grid())
    assert grid[Action.PUBLISH] == {Role.VIEWER: False, Role.REPORTER: False, Role.EDITOR: True, Role.ADMIN: True}
    assert grid[Action.CHECK_IN][Role.REPORTER] and not grid[Action.CHECK_IN][Role.VIEWER]
    assert [a for a, roles in grid.items() if not roles[Role.EDITOR]] == [
        Action.MANAGE_ACCOUNTS,
        Action.MANAGE_UNITS,
    ]
