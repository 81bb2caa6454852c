"""Calendar and data exports: the .ics a calendar imports, the contract workbook and CSV."""

from __future__ import annotations

import csv
import dataclasses
import io
from collections import Counter
from datetime import UTC, date, datetime, timedelta

import openpyxl
import pytest
from icalendar import Calendar
from reports import INJECTION, shipped, with_activity

from ita_core import read_workbook
from ita_core.metrics import DeadlineStatus, deadline_states
from ita_core.report.exports import csv_safe, data_csv, data_xlsx, deadlines_ics, export_name
from ita_core.summary import summary

AS_OF = date(2023, 3, 31)
NOON = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def _events(data: bytes) -> list[object]:
    return list(Calendar.from_ical(data).walk("VEVENT"))


def test_one_all_day_event_per_deadline_on_its_date() -> None:
    plan = shipped()
    events = _events(deadlines_ics(plan, AS_OF, NOON))
    assert len(events) == len(plan.deadlines) == 25
    starts = Counter(e["dtstart"].dt for e in events)  # type: ignore[index]
    assert starts == Counter(d.due for d in plan.deadlines)
    for event in events:
        start, end = event["dtstart"].dt, event["dtend"].dt  # type: ignore[index]
        assert type(start) is date and end == start + timedelta(days=1)  # all-day: a date, not a time


def test_events_name_the_activity_in_thai() -> None:
    plan = shipped()
    events = _events(deadlines_ics(plan, AS_OF, NOON))
    by_summary = {str(e["summary"]): e for e in events}  # type: ignore[index]
    summary_line = next(s for s in by_summary if s.startswith("ITA 1.5 "))
    assert plan.activity("1.5").name[:20] in summary_line and summary_line.endswith("กำหนดส่งรายงานให้สำนักงานฯ")
    description = str(by_summary[summary_line]["description"])  # type: ignore[index]
    assert "กำหนดส่ง: 20 มิถุนายน 2566" in description and "ผู้รับผิดชอบ:" in description


def test_open_deadlines_remind_seven_days_before_and_done_ones_do_not() -> None:
    plan = shipped()
    states = {(s.deadline.activity_id, s.deadline.due): s.status for s in deadline_states(plan, AS_OF)}
    for event in _events(deadlines_ics(plan, AS_OF, NOON)):
        activity_id = str(event["summary"]).split()[1]  # type: ignore[index]
        status = states[(activity_id, event["dtstart"].dt)]  # type: ignore[index]
        alarms = event.walk("VALARM")  # type: ignore[attr-defined]
        if status is DeadlineStatus.DONE:
            assert alarms == []
        else:
            assert [a["trigger"].dt for a in alarms] == [timedelta(days=-7)]
            assert alarms[0]["action"] == "DISPLAY"


def test_uids_are_unique_and_stable_so_a_reimport_updates() -> None:
    plan = shipped()
    first = _events(deadlines_ics(plan, AS_OF, NOON))
    later = _events(deadlines_ics(plan, AS_OF, NOON + timedelta(days=30)))
    uids = [str(e["uid"]) for e in first]  # type: ignore[index]
    assert len(set(uids)) == len(uids)
    assert uids == [str(e["uid"]) for e in later]  # type: ignore[index]
    assert all(b["sequence"] > a["sequence"] for a, b in zip(first, later, strict=True))  # type: ignore[index]


def test_a_moved_deadline_keeps_its_uid() -> None:
    plan = shipped()
    moved = tuple(d._replace(due=date(2023, 6, 30)) if d.activity_id == "1.5" else d for d in plan.deadlines)
    uid = {str(e["summary"]): str(e["uid"]) for e in _events(deadlines_ics(plan, AS_OF, NOON))}  # type: ignore[index]
    after = _events(deadlines_ics(dataclasses.replace(plan, deadlines=moved), AS_OF, NOON))
    event = next(e for e in after if str(e["summary"]).startswith("ITA 1.5 "))  # type: ignore[index]
    assert event["dtstart"].dt == date(2023, 6, 30)  # type: ignore[index]
    assert uid[str(event["summary"])] == str(event["uid"])  # type: ignore[index]


def test_calendar_metadata() -> None:
    calendar = Calendar.from_ical(deadlines_ics(shipped(), AS_OF, NOON))
    assert calendar["version"] == "2.0" and calendar["method"] == "PUBLISH"
    assert str(calendar["x-wr-calname"]).startswith("กำหนดส่งงาน ITA สำนักบริหารงานกลาง")


def test_formula_text_in_the_calendar_is_plain_text() -> None:
    plan = with_activity(shipped(), "1.5", name=INJECTION)
    event = next(e for e in _events(deadlines_ics(plan, AS_OF, NOON)) if "1.5" in str(e["summary"]))  # type: ignore[index]
    assert INJECTION in str(event["summary"])  # type: ignore[index]


# -- the data as the contract workbook --------------------------------------------------------------


def test_xlsx_export_imports_back_to_the_same_plan_and_summary() -> None:
    plan = shipped()
    again = read_workbook(data_xlsx(plan))
    assert again.errors == () and again.warnings == ()
    assert again.plan == plan
    assert summary(again.plan, AS_OF) == summary(plan, AS_OF)


def test_xlsx_export_keeps_formula_text_as_text() -> None:
    plan = with_activity(shipped(), "1.1", name=INJECTION, remarks="@cmd", evidence="+1-1")
    data = data_xlsx(plan)
    sheet = openpyxl.load_workbook(io.BytesIO(data))["กิจกรรม"]
    cells = [c for row in sheet.iter_rows() for c in row if c.value in (INJECTION, "@cmd", "+1-1")]
    assert len(cells) == 3 and all(c.data_type == "s" for c in cells)
    assert read_workbook(data).plan.activity("1.1").name == INJECTION  # type: ignore[union-attr]


# -- CSV ---------------------------------------------------------------------------------------------


def _csv_rows(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # Excel needs the BOM to read UTF-8 Thai
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def test_csv_of_activities_has_thai_headers_and_every_row() -> None:
    plan = shipped()
    rows = _csv_rows(data_csv(plan))
    assert rows[0][:3] == ["มาตรการ", "ลำดับ", "โครงการ/กิจกรรม"]
    assert len(rows) == 1 + 26
    first = dict(zip(rows[0], rows[1], strict=True))
    assert first["ลำดับ"] == "1.1" and first["ผลการดำเนินการ (ร้อยละ)"] == "100"
    unreported = dict(zip(rows[0], rows[4], strict=True))
    assert unreported["ผลการดำเนินการ (ร้อยละ)"] == ""  # not reported stays empty, never 0


def test_csv_of_participation_and_deadlines() -> None:
    plan = shipped()
    participation = _csv_rows(data_csv(plan, "participation"))
    assert participation[1][:4] == ["1.2", "ทั้งหน่วยงาน", "127", "139"]  # the whole unit, in words
    guideline = plan.guidelines[0]
    assert _csv_rows(data_csv(plan, "guidelines"))[1] == ["1", "1.1", guideline.name, guideline.report_name]


@pytest.mark.parametrize("text", [INJECTION, "+1+1", "-2+3", "@SUM(A1)", "\tx", "\r=1"])
def test_csv_text_can_never_become_a_formula(text: str) -> None:
    plan = with_activity(shipped(), "1.1", name=text)
    rows = _csv_rows(data_csv(plan))
    assert rows[1][2] == "'" + text
    assert csv_safe("ธรรมดา = ปกติ") == "ธรรมดา = ปกติ"  # only a leading sign is dangerous


def test_csv_unknown_sheet() -> None:
    with pytest.raises(ValueError, match="no CSV for sheet"):
        data_csv(shipped(), "unit")


def test_export_names() -> None:
    assert export_name(shipped(), "deadlines", "ics") == "ita-2566-deadlines.ics"
