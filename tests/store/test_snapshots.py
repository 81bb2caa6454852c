"""Snapshots in SQLite and in PostgreSQL: publish, history, rollback, staleness, atomicity, migrations."""

from __future__ import annotations

import dataclasses
import multiprocessing
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from clocks import Clock
from sqlalchemy import func, select
from workbooks import valid_book

from ita_core import read_workbook
from ita_core.metrics import summarise
from ita_core.model import Plan, dated_reports
from ita_core.paths import SHIPPED_WORKBOOK
from ita_core.store.accounts import Accounts
from ita_core.store.publishing import import_file
from ita_core.store.roles import Role
from ita_core.store.schema import Base, SnapshotRow
from ita_core.store.snapshots import ANY, SYSTEM_USER, StalePublish, Store, StoreError
from ita_core.store.units import Units

UNIT = "สำนักบริหารงานกลาง สำนักงานเลขาธิการวุฒิสภา"


@pytest.fixture
def store(database_url: str) -> Iterator[Store]:
    s = Store(database_url, clock=Clock(step=timedelta(minutes=1)))
    yield s
    s.close()


def _count(store: Store) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.count(SnapshotRow.id))).scalar_one())


def _shipped() -> tuple[bytes, Plan]:
    data = SHIPPED_WORKBOOK.read_bytes()
    plan = read_workbook(data).plan
    assert plan is not None
    return data, plan


def _changed_plan(plan: Plan) -> Plan:
    """The shipped plan with 1.4 reported at 100%."""
    acts = tuple(
        a._replace(progress=100, progress_reported=True) if a.activity_id == "1.4" else a for a in plan.activities
    )
    return Plan(plan.unit, plan.fiscal_year_be, plan.as_of, plan.measures, acts, plan.deadlines, plan.participation)


def test_an_empty_store_seeds_itself_with_the_shipped_plan(store: Store) -> None:
    result = store.seed()
    assert result is not None and result.ok
    (stream,) = store.streams()
    assert (stream.unit, stream.fiscal_year_be, stream.snapshots) == (UNIT, 2566, 1)
    first = store.latest(UNIT, 2566)
    assert first is not None
    assert (first.revision, first.published_by) == (1, SYSTEM_USER)
    assert first.summary.overall.completion_pct == Decimal("26.92")
    assert first.summary.measure_completion() == {1: Decimal("21.42"), 2: Decimal("25.00"), 3: Decimal("37.50")}
    measure_1 = first.summary.by_measure[0].completion
    assert (measure_1.activities, measure_1.completed) == (14, 3)
    # History shows the same figures the dashboard computes for the snapshot's own date.
    plan = read_workbook(SHIPPED_WORKBOOK).plan
    assert first.summary == dataclasses.replace(summarise(plan, plan.as_of), deadlines=(), participation=())
    # the same plan, each report dated by the workbook's own data date
    assert store.plan(first.id) == dated_reports(plan, None, date(2023, 3, 31))
    assert {a.reported_on for a in store.plan(first.id).activities if a.progress_reported} == {date(2023, 3, 31)}
    assert store.file(first.id) == ("ita_fy2566.xlsx", SHIPPED_WORKBOOK.read_bytes())
    assert store.seed() is None  # only an empty store is seeded


def test_publish_appends_revisions_and_keeps_every_one(store: Store) -> None:
    data, plan = _shipped()
    first = store.publish(data, "a.xlsx", plan, "editor1", "รอบ 6 เดือน", None)
    second = store.publish(b"other bytes", "b.xlsx", _changed_plan(plan), "editor2", "แก้ 1.4", first.id)
    assert (first.revision, second.revision) == (1, 2)
    assert [h.revision for h in store.history(UNIT, 2566)] == [2, 1]
    assert store.latest_id(UNIT, 2566) == second.id
    assert store.plan(second.id).activity("1.4").completed
    assert not store.plan(first.id).activity("1.4").completed
    assert second.summary.overall.completed == 8
    assert store.file(second.id) == ("b.xlsx", b"other bytes")
    assert second.published_at > first.published_at


def test_stale_publish_is_refused_and_changes_nothing(store: Store) -> None:
    data, plan = _shipped()
    first = store.publish(data, "a.xlsx", plan, "editor1", "", None)
    store.publish(data, "b.xlsx", plan, "editor2", "", first.id)
    with pytest.raises(StalePublish) as caught:
        store.publish(data, "c.xlsx", _changed_plan(plan), "editor1", "", first.id)  # preview made before editor2
    assert caught.value.latest is not None and caught.value.latest.published_by == "editor2"
    assert "เผยแพร่" in caught.value.th
    assert _count(store) == 2
    with pytest.raises(StalePublish):
        store.publish(data, "d.xlsx", plan, "editor1", "", None)  # "there was nothing" is stale too


def test_any_appends_to_whatever_is_latest(store: Store) -> None:
    data, plan = _shipped()
    store.publish(data, "a.xlsx", plan, "job", "", ANY)
    made = store.publish(data, "a.xlsx", plan, "job", "", ANY)
    assert made.revision == 2


def test_rollback_publishes_a_copy_and_deletes_nothing(store: Store) -> None:
    data, plan = _shipped()
    first = store.publish(data, "a.xlsx", plan, "editor1", "", None)
    second = store.publish(b"x", "b.xlsx", _changed_plan(plan), "editor1", "", first.id)
    back = store.rollback(first.id, "editor2", second.id)
    assert (back.revision, back.rolled_back_from, back.published_by) == (3, first.id, "editor2")
    assert "ฉบับที่ 1" in back.comment
    assert store.plan(back.id) == store.plan(first.id)
    assert store.file(back.id) == store.file(first.id)
    assert [h.revision for h in store.history(UNIT, 2566)] == [3, 2, 1]
    with pytest.raises(StalePublish):
        store.rollback(second.id, "editor1", second.id)  # not the latest any more


def test_units_and_years_are_separate_streams(store: Store) -> None:
    data, plan = _shipped()
    other = Plan("สำนักตัวอย่าง", 2567, None, plan.measures, plan.activities, (), ())
    store.publish(data, "a.xlsx", plan, "e", "", None)
    store.publish(data, "b.xlsx", other, "e", "", None)
    assert {(s.unit, s.fiscal_year_be) for s in store.streams()} == {(UNIT, 2566), ("สำนักตัวอย่าง", 2567)}
    assert store.latest("สำนักตัวอย่าง", 2567).revision == 1  # type: ignore[union-attr]


@pytest.mark.parametrize(("unit", "year", "fragment"), [("", 2566, "หน่วยงาน"), ("สำนัก", None, "ปีงบประมาณ")])
def test_a_snapshot_needs_a_unit_and_a_year(store: Store, unit: str, year: int | None, fragment: str) -> None:
    _, plan = _shipped()
    with pytest.raises(StoreError) as caught:
        store.publish(b"x", "x.xlsx", Plan(unit, year, None, plan.measures, plan.activities, (), ()), "e", "", None)
    assert fragment in caught.value.th
    assert _count(store) == 0


def test_a_crash_in_the_middle_of_publishing_leaves_the_store_as_it_was(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    data, plan = _shipped()
    store.publish(data, "a.xlsx", plan, "e", "", ANY)
    from sqlalchemy.orm import Session

    def crash(self: Session, *args: object, **kwargs: object) -> None:
        raise RuntimeError("power cut")

    monkeypatch.setattr(Session, "flush", crash)
    with pytest.raises(RuntimeError):
        store.publish(data, "b.xlsx", _changed_plan(plan), "e", "", ANY)
    monkeypatch.undo()
    assert _count(store) == 1
    assert [h.revision for h in store.history(UNIT, 2566)] == [1]


def test_import_file_validates_first(store: Store, tmp_path: Path) -> None:
    bad = valid_book()
    bad.set("กิจกรรม", "H2", 150)
    path = tmp_path / "bad.xlsx"
    path.write_bytes(bad.to_bytes())
    Units(store.engine).add("สำนักทดสอบ")
    editor = Accounts(store.engine).add("ed", "a long enough password", Role.EDITOR, unit="สำนักทดสอบ")
    imported = import_file(store, path, editor, "")
    assert not imported.result.ok and imported.made is None and imported.preview is None
    assert _count(store) == 0
    good = tmp_path / "good.xlsx"
    good.write_bytes(valid_book().to_bytes())
    imported = import_file(store, good, editor, "")
    made = imported.made
    assert imported.result.ok and made is not None and made.revision == 1
    assert imported.preview is not None and imported.preview.base is None  # the first of its unit and year
    assert [a.activity_id for a in imported.preview.diff.activities_added] == ["1.1", "1.2", "2.1"]
    assert _count(store) == 1


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("../../../etc/cron.d/evil.xlsm", "evil.xlsm"),
        ("C:\\Users\\somchai\\แผน.xlsx", "แผน.xlsx"),
        ("..", "workbook.xlsx"),
        ("a\x00b<c>.xlsx", "a_b_c_.xlsx"),
        (".hidden.xlsx", "hidden.xlsx"),
    ],
)
def test_only_a_safe_base_name_is_stored(store: Store, given: str, kept: str) -> None:
    data, plan = _shipped()
    made = store.publish(data, given, plan, "e", "", ANY)
    assert made.file_name == kept and store.file(made.id)[0] == kept


def _importer(url: str, path: str, results: object) -> None:
    import io

    from ita_core.cli.main import main

    out = io.StringIO()
    code = main(["import", path, "--user", "somchai", "--comment", "ตามกำหนดเวลา"], out=out, err=io.StringIO())
    results.put((code, out.getvalue()))  # type: ignore[attr-defined]


@pytest.mark.slow
def test_scheduled_imports_at_once_all_land_each_with_its_own_id(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import re

    from ita_core.store.accounts import Accounts
    from ita_core.store.roles import Role

    monkeypatch.setenv("ITA_DATABASE_URL", database_url)
    store = Store(database_url)
    Accounts(store.engine).add("somchai", "a long enough password", Role.EDITOR)
    path = tmp_path / "plan.xlsx"
    path.write_bytes(SHIPPED_WORKBOOK.read_bytes())
    ctx = multiprocessing.get_context("spawn")
    results = ctx.Queue()
    runs = [ctx.Process(target=_importer, args=(database_url, str(path), results)) for _ in range(6)]
    for run in runs:
        run.start()
    outcomes = [results.get(timeout=180) for _ in runs]
    for run in runs:
        run.join(60)
    assert all(code == 0 for code, _ in outcomes), outcomes
    printed = sorted((int(m[1]), int(m[2])) for _, out in outcomes if (m := re.search(r"รหัส (\d+) ฉบับที่ (\d+)", out)))
    history = store.history(UNIT, 2566)
    assert printed == sorted((h.id, h.revision) for h in history)  # each printed its own snapshot
    assert sorted(h.revision for h in history) == list(range(1, 7))
    store.close()


def test_migrations_match_the_models_and_keep_data(database_url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    first = Store(database_url)
    data, plan = _shipped()
    made = first.publish(data, "a.xlsx", plan, "e", "", None)
    with first.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    first.close()
    again = Store(database_url)  # upgrading an up-to-date database is a no-op that keeps the data
    assert again.plan(made.id) == plan
    again.close()


def _racer(url: str, expected: int | None, use_any: bool, barrier: object, results: object) -> None:
    store = Store(url)
    data, plan = _shipped()
    barrier.wait()  # type: ignore[attr-defined]
    try:
        made = store.publish(data, "race.xlsx", plan, "racer", "", ANY if use_any else expected)
        results.put(("ok", made.revision))  # type: ignore[attr-defined]
    except StalePublish:
        results.put(("stale", None))  # type: ignore[attr-defined]
    finally:
        store.close()


@pytest.mark.parametrize("use_any", [False, True], ids=["same-preview", "scheduled-imports"])
def test_two_processes_publishing_at_once(database_url: str, use_any: bool) -> None:
    store = Store(database_url)
    data, plan = _shipped()
    base = store.publish(data, "base.xlsx", plan, "e", "", None)
    ctx = multiprocessing.get_context("spawn")
    barrier, results = ctx.Barrier(2), ctx.Queue()
    workers = [ctx.Process(target=_racer, args=(database_url, base.id, use_any, barrier, results)) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(120)
        assert w.exitcode == 0
    outcomes = sorted(results.get(timeout=10) for _ in workers)
    history = store.history(UNIT, 2566)
    if use_any:
        assert outcomes == [("ok", 2), ("ok", 3)]  # both land, in order
    else:
        assert outcomes in ([("ok", 2), ("stale", None)], [("stale", None), ("ok", 2)])
    assert [h.revision for h in history] == list(range(len(history), 0, -1))  # no gaps, no duplicates
    for h in history:  # every snapshot is whole
        assert store.plan(h.id) == plan
        assert store.file(h.id)[1] == data
    store.close()


# -- a store that cannot be written or reached --------------------------------------------------------


def test_a_deleted_sqlite_file_refuses_writes_loudly(tmp_path: Path) -> None:
    import os

    from ita_core.errors import StoreUnavailable

    path = tmp_path / "ita.sqlite3"
    store = Store(f"sqlite:///{path}")
    store.seed()
    plan = read_workbook(SHIPPED_WORKBOOK).plan
    assert plan is not None
    store.ping()
    for leftover in tmp_path.glob("ita.sqlite3*"):
        os.remove(leftover)  # an operator's mistake, or a clean-up job, under the running app
    with pytest.raises(StoreUnavailable) as caught:
        store.publish(SHIPPED_WORKBOOK.read_bytes(), "x.xlsx", plan, "somchai", "", ANY)
    assert caught.value.reason == "file-gone" and "ถูกลบหรือถูกแทนที่" in caught.value.th
    with pytest.raises(StoreUnavailable):
        store.ping()  # and the health route says so
    store.close()


def test_a_read_only_database_refuses_writes_with_a_message(tmp_path: Path) -> None:
    from ita_core.errors import StoreUnavailable

    path = tmp_path / "ita.sqlite3"
    Store(f"sqlite:///{path}").seed()
    read_only = Store(f"sqlite:///file:{path}?mode=ro&uri=true")
    plan = read_workbook(SHIPPED_WORKBOOK).plan
    assert plan is not None
    assert read_only.latest(plan.unit, 2566) is not None  # reading goes on
    with pytest.raises(StoreUnavailable) as caught:
        read_only.publish(SHIPPED_WORKBOOK.read_bytes(), "x.xlsx", plan, "somchai", "", ANY)
    assert caught.value.reason == "read-only" and "อ่านได้อย่างเดียว" in caught.value.th


def test_summaries_stored_in_the_old_form_are_rewritten_by_the_migration(database_url: str) -> None:
    """Migration 0003: a summary stored with flat keys and decimals as strings (as before) becomes the
    one summary form, recomputed from the snapshot's own plan at the date it was computed for."""
    import json

    from alembic import command
    from sqlalchemy import create_engine, update

    from ita_core.store.db import alembic_config, migrate

    store = Store(database_url, clock=Clock(step=timedelta(minutes=1)))
    data, plan = _shipped()
    made = store.publish(data, "a.xlsx", plan, "editor1", "", None)
    expected = store.latest(UNIT, 2566)
    store.close()
    old = {
        "as_of": "2023-03-31",
        "activities": 26,
        "completed": 7,
        "completion_pct": "26.92",
        "mean_progress_pct": "26.92",
        "measures": [{"measure": 1, "activities": 14, "completed": 3, "completion_pct": "21.42"}],
        "deadlines": {"overdue": 0, "due_soon": 1, "upcoming": 20, "done": 4},
        "participation_rows": 1,
        "participation_met": 1,
    }
    engine = create_engine(database_url)
    command.downgrade(alembic_config(engine), "0002")  # the way back writes the old form
    with engine.connect() as conn:
        written = json.loads(conn.execute(select(SnapshotRow.summary_json)).scalar_one())
    assert {k: written[k] for k in ("completion_pct", "participation_met", "deadlines")} == {
        k: old[k] for k in ("completion_pct", "participation_met", "deadlines")
    }
    with engine.begin() as conn:
        conn.execute(update(SnapshotRow).where(SnapshotRow.id == made.id).values(summary_json=json.dumps(old)))
    migrate(engine, "head")
    engine.dispose()
    again = Store(database_url, clock=Clock(step=timedelta(minutes=1)))
    try:
        rewritten = again.latest(UNIT, 2566)
        assert rewritten is not None and expected is not None
        assert rewritten.summary == expected.summary
        assert rewritten.summary.participation_met == 1 and rewritten.summary.by_measure[2].name.startswith("การสนับสนุน")
    finally:
        again.close()


def test_progress_history_from_stored_marks_equals_reading_every_plan(store: Store) -> None:
    from sqlalchemy import update

    from ita_core.projection import last_updates, progress_points

    data = valid_book().to_bytes()
    plan = read_workbook(data).plan
    assert plan is not None
    made = []
    for day, progress in ((date(2023, 3, 31), 50), (date(2023, 4, 30), 60), (date(2023, 5, 31), 60)):
        acts = tuple(a._replace(progress=Decimal(progress)) if a.activity_id == "1.2" else a for a in plan.activities)
        revision = dataclasses.replace(plan, activities=acts, as_of=day)
        made.append(store.publish(data, "plan.xlsx", revision, "e", "", made[-1].id if made else None))
    with store.engine.begin() as conn:  # the first as a snapshot stored before marks were kept
        conn.execute(update(SnapshotRow).where(SnapshotRow.id == made[0].id).values(marks_zlib=None))
    dated = [(info.data_day, store.plan(info.id)) for info in made]
    assert store.progress_history("สำนักทดสอบ", 2566) == (progress_points(dated), last_updates(dated))
    points, updates = store.progress_history("สำนักทดสอบ", 2566)
    assert [p for _, p in points["1.2"]] == [Decimal(50), Decimal(60), Decimal(60)]
    assert updates["1.2"] == date(2023, 4, 30)  # the third revision changed nothing of 1.2
