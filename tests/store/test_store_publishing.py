"""Preview, then publish exactly what was previewed: the workflow the upload page and the import share."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from workbooks import valid_book

from ita_core import read_workbook
from ita_core.model import Plan
from ita_core.store.publishing import preview, publish
from ita_core.store.snapshots import StalePublish, Store
from ita_core.store.units import Units


@pytest.fixture
def store(database_url: str) -> Iterator[Store]:
    s = Store(database_url)
    Units(s.engine).add("สำนักทดสอบ")  # the unit of the workbooks below
    yield s
    s.close()


def _book(progress_of_1_2: int) -> tuple[bytes, Plan]:
    book = valid_book()
    book.set("กิจกรรม", "H3", progress_of_1_2)
    data = book.to_bytes()
    plan = read_workbook(data).plan
    assert plan is not None
    return data, plan


def test_a_preview_names_its_base_and_what_changes(store: Store) -> None:
    data, plan = _book(50)
    first = preview(store, "a.xlsx", data, plan, today=date(2023, 4, 1))
    assert first.base is None and len(first.diff.activities_added) == 3
    made = publish(store, first, "editor1", "รอบแรก")
    data2, plan2 = _book(100)
    second = preview(store, "b.xlsx", data2, plan2, today=date(2023, 4, 1))
    assert second.base_id == made.id
    ((before, after),) = second.diff.progress_changed
    assert (before.activity_id, before.progress, after.progress) == ("1.2", 50, 100)
    again = publish(store, second, "editor1", "1.2 เสร็จ")
    assert again.revision == 2 and store.plan(again.id).activity("1.2").completed


def test_publishing_a_preview_someone_else_overtook_is_refused(store: Store) -> None:
    data, plan = _book(50)
    publish(store, preview(store, "a.xlsx", data, plan), "editor1", "")
    data2, plan2 = _book(75)
    mine = preview(store, "mine.xlsx", data2, plan2)
    data3, plan3 = _book(100)
    theirs = preview(store, "theirs.xlsx", data3, plan3)
    publish(store, theirs, "editor2", "ก่อน")
    with pytest.raises(StalePublish):
        publish(store, mine, "editor1", "ทับงานคนอื่นไม่ได้")
    assert [h.published_by for h in store.history(plan.unit, 2566)] == ["editor2", "editor1"]
    # A scheduled import has nobody to show a preview to: it publishes on top of whatever is latest.
    made = publish(store, mine, "job", "", on_top_of_any=True)
    assert made.revision == 3


def test_each_activity_keeps_the_date_of_its_own_latest_report(store: Store) -> None:
    """An upload dates the reports it changes with its data date; a check-in dates its one activity and
    leaves the plan's data date alone; a later upload that changes nothing of that activity keeps it."""
    from datetime import datetime
    from decimal import Decimal

    from workbooks import valid_book

    from ita_core.checkin import Report, apply_report
    from ita_core.workbook.writer import rows_from_plan, workbook_bytes

    def upload(as_of: date, progress_1_1: int) -> Plan:
        book = valid_book()
        book.set("ข้อมูลหน่วยงาน", "B3", datetime.combine(as_of, datetime.min.time()))
        book.set("กิจกรรม", "H2", progress_1_1)
        plan = read_workbook(book.to_bytes()).plan
        assert plan is not None
        made = publish(store, preview(store, "plan.xlsx", book.to_bytes(), plan), "editor1", "")
        return store.plan(made.id)

    first = upload(date(2023, 3, 31), 40)
    assert {a.activity_id: a.reported_on for a in first.activities if a.progress_reported} == {
        "1.1": date(2023, 3, 31),
        "1.2": date(2023, 3, 31),
    }
    checked = apply_report(first, "1.2", Report(Decimal(80)), date(2023, 5, 2))  # a check-in on 2 May
    made = publish(store, preview(store, "c.xlsx", workbook_bytes(rows_from_plan(checked)), checked), "r", "")
    after_check_in = store.plan(made.id)
    assert after_check_in.as_of == date(2023, 3, 31)  # the plan's data date did not move
    assert after_check_in.activity("1.2").reported_on == date(2023, 5, 2)
    assert after_check_in.activity("1.1").reported_on == date(2023, 3, 31)
    book = valid_book()  # the next upload: 1.1 moves on, 1.2 says what the check-in said
    book.set("ข้อมูลหน่วยงาน", "B3", datetime(2023, 6, 30))
    book.set("กิจกรรม", "H2", 60)
    book.set("กิจกรรม", "H3", 80)
    plan = read_workbook(book.to_bytes()).plan
    assert plan is not None
    latest = store.plan(publish(store, preview(store, "d.xlsx", book.to_bytes(), plan), "editor1", "").id)
    assert latest.activity("1.1").reported_on == date(2023, 6, 30)
    assert latest.activity("1.2").reported_on == date(2023, 5, 2)  # unchanged since the check-in
