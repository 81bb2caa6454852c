"""Units as records: the ways one unit is written, the refusal of a near miss, renames that keep history,
and the migration that registers what an existing store already holds."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
import sqlalchemy as sa
from alembic import command
from workbooks import valid_book

from ita_core import read_workbook
from ita_core.checkin import Report
from ita_core.store.accounts import Accounts
from ita_core.store.checkins import CheckIns
from ita_core.store.db import alembic_config, connect, migrate
from ita_core.store.publishing import preview, publish
from ita_core.store.roles import Role
from ita_core.store.snapshots import Store
from ita_core.store.units import EVERY_UNIT, Organisation, UnitError, UnitRecord, Units, unit_key

AGENCY = "สำนักงานเลขาธิการวุฒิสภา"
BUREAU = "สำนักบริหารงานกลาง สำนักงานเลขาธิการวุฒิสภา"
SENATE = Organisation(
    (
        UnitRecord(AGENCY, "สว."),
        UnitRecord(BUREAU, "สำนักบริหารงานกลาง", AGENCY),
        UnitRecord("สำนักการประชุม สำนักงานเลขาธิการวุฒิสภา", "สำนักการประชุม", AGENCY),
    )
)


@pytest.fixture
def store(database_url: str) -> Iterator[Store]:
    s = Store(database_url)
    yield s
    s.close()


@pytest.mark.parametrize(
    "written",
    [
        BUREAU,
        "สำนักบริหารงานกลาง  สำนักงานเลขาธิการวุฒิสภา",  # two spaces
        "สำนักบริหารงานกลางสำนักงานเลขาธิการวุฒิสภา",  # none
        "สำนักบริหารงานกลาง",  # the bureau alone, as the seed's report form writes it
        "สำนักบริหารงานกลาง สนง.เลขาธิการวุฒิสภา",
        "สำนักบริหารงานกลาง สว.",
        " สำนักบริหารงานกลาง\u200b สำนักงานเลขาธิการวุฒิสภา ",  # a zero-width space pasted from Word
    ],
)
def test_the_usual_ways_of_writing_a_bureau_reach_it(written: str) -> None:
    assert SENATE.resolve(written) == BUREAU


def test_the_agency_and_its_other_bureau_are_not_confused_with_it() -> None:
    assert SENATE.resolve("สำนักงานเลขาธิการวุฒิสภา") == AGENCY
    assert SENATE.resolve("สำนักการประชุม") == "สำนักการประชุม สำนักงานเลขาธิการวุฒิสภา"


def test_a_near_miss_is_refused_with_the_closest_name() -> None:
    with pytest.raises(UnitError) as refused:
        SENATE.resolve("สำนักบริหารงานกลง", "แผ่นงาน ข้อมูลหน่วยงาน")
    assert refused.value.th.startswith(f"หน่วยงาน 'สำนักบริหารงานกลง' (แผ่นงาน ข้อมูลหน่วยงาน) ไม่มีในระบบ: หมายถึง '{BUREAU}'")
    assert "หรือไม่" in refused.value.th and "did you mean" in refused.value.en
    with pytest.raises(UnitError) as far:
        SENATE.resolve("กรมป่าไม้")
    assert "หมายถึง" not in far.value.th  # nothing close: no guess offered


def test_a_name_two_units_share_is_refused_naming_both() -> None:
    twins = Organisation(
        (
            UnitRecord("กรม ก"),
            UnitRecord("กรม ข"),
            UnitRecord("กองกลาง กรม ก", "กองกลาง", "กรม ก"),
            UnitRecord("กองกลาง กรม ข", "กองกลาง", "กรม ข"),
        )
    )
    assert twins.resolve("กองกลาง กรม ข") == "กองกลาง กรม ข"
    with pytest.raises(UnitError, match="several units"):
        twins.resolve("กองกลาง")


def test_unit_key_folds_spacing_and_abbreviations() -> None:
    assert unit_key(" สนง. ก ") == unit_key("สำนักงานก") == "สำนักงานก"


def test_an_empty_store_registers_the_shipped_bureau_and_its_agency(store: Store) -> None:
    known = Units(store.engine).organisation()
    assert known.get(AGENCY) == UnitRecord(AGENCY, "สว.", None)
    assert known.get(BUREAU) == UnitRecord(BUREAU, "สำนักบริหารงานกลาง", AGENCY)
    assert known.below(AGENCY) == [AGENCY, BUREAU]


def test_adding_refuses_a_unit_that_reads_as_a_registered_one(store: Store) -> None:
    units = Units(store.engine)
    with pytest.raises(UnitError):
        units.add("สำนักบริหารงานกลาง  สำนักงานเลขาธิการวุฒิสภา")
    with pytest.raises(UnitError):
        units.add("สำนักบริหารงานกลาง", parent=AGENCY)  # the bureau's short name, under the same agency
    with pytest.raises(UnitError):
        units.add("กองใหม่", parent="กรมที่ไม่มี")
    made = units.add("สำนักการประชุม สำนักงานเลขาธิการวุฒิสภา", "สำนักการประชุม", AGENCY)
    assert units.resolve("สำนักการประชุม") == made.name


def test_a_near_miss_workbook_is_refused_and_nothing_is_stored(store: Store) -> None:
    book = valid_book()
    book.set("ข้อมูลหน่วยงาน", "B1", "สำนักบริหารงานกลง")
    plan = read_workbook(book.to_bytes()).plan
    assert plan is not None
    with pytest.raises(UnitError, match="did you mean") as refused:
        preview(store, "plan.xlsx", book.to_bytes(), plan)
    assert f"หมายถึง '{BUREAU}' หรือไม่" in refused.value.th and "ข้อมูลหน่วยงาน" in refused.value.th
    assert store.is_empty()


def test_a_workbook_written_another_way_is_filed_under_the_registered_name(store: Store) -> None:
    store.seed()
    book = valid_book()
    book.set("ข้อมูลหน่วยงาน", "B1", "สำนักบริหารงานกลาง")
    plan = read_workbook(book.to_bytes()).plan
    assert plan is not None
    shown = preview(store, "plan.xlsx", book.to_bytes(), plan)
    assert shown.plan.unit == BUREAU and shown.base is not None  # compared with the shipped plan, not a new unit
    made = publish(store, shown, "editor1", "รอบใหม่")
    assert (made.unit, made.revision) == (BUREAU, 2)


def test_a_rename_keeps_snapshots_check_ins_settings_and_roles(store: Store) -> None:
    store.seed()
    units, accounts, check_ins = Units(store.engine), Accounts(store.engine), CheckIns(store)
    editor = accounts.add("editor1", "a long enough password", Role.EDITOR, unit=BUREAU)
    check_ins.set_need_approval(BUREAU, True, editor)
    base = store.latest(BUREAU, 2566)
    assert base is not None
    held = check_ins.submit(editor, base, store.plan(base.id), "1.4", Report(Decimal(50)))
    new = "สำนักบริหารกลาง สำนักงานเลขาธิการวุฒิสภา"
    renamed = units.rename(BUREAU, new, "สำนักบริหารกลาง")
    assert renamed == UnitRecord(new, "สำนักบริหารกลาง", AGENCY)
    assert store.latest(BUREAU, 2566) is None
    moved = store.latest(new, 2566)
    assert moved is not None and moved.id == base.id and store.plan(moved.id).unit == new
    assert [c.id for c in check_ins.listing(new, 2566)] == [held.id]
    assert check_ins.need_approval(new)
    assert accounts.get("editor1").role_in(new) is Role.EDITOR  # type: ignore[union-attr]
    assert units.resolve(BUREAU) == new  # a workbook still written with the old name reaches it
    assert units.organisation().aliases == ((BUREAU, new),)


def test_move_refuses_a_loop(store: Store) -> None:
    units = Units(store.engine)
    with pytest.raises(UnitError):
        units.move(AGENCY, BUREAU)
    assert units.move(BUREAU, None).parent is None


def test_the_migration_keeps_every_account_working_and_every_unit_named(database_url: str) -> None:
    engine = connect(database_url)
    try:
        migrate(engine, "0005")
        with engine.begin() as conn:
            conn.execute(
                sa.text(
                    "INSERT INTO users (username, password_hash, role, created_at, email) "
                    "VALUES ('old_editor', 'x', 'editor', CURRENT_TIMESTAMP, '')"
                )
            )
            conn.execute(
                sa.text(
                    "INSERT INTO unit_settings (unit, check_ins_need_approval, updated_by, updated_at) "
                    "VALUES ('กองเก่า', true, 'old_editor', CURRENT_TIMESTAMP)"
                )
            )
        migrate(engine)
        known = Units(engine).organisation()
        assert {AGENCY, BUREAU, "กองเก่า"} == {u.name for u in known.units}
        account = Accounts(engine).get("old_editor")
        assert account is not None and account.grants == ((EVERY_UNIT, Role.EDITOR),)
        assert account.role_in("กองเก่า") is Role.EDITOR and account.role_in(BUREAU) is Role.EDITOR
        command.downgrade(alembic_config(engine), "0005")  # and back: only a role for every unit is global again
        with engine.connect() as conn:
            assert conn.execute(sa.text("SELECT role FROM users")).scalar_one() == "editor"
    finally:
        engine.dispose()
