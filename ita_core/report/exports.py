"""Files the working group takes away: deadlines as an .ics calendar, the data as contract .xlsx or as CSV.

Nothing we write can turn a cell's text into a formula: the workbook goes
through XlsxWriter's ``write_string`` and CSV text that a spreadsheet would
evaluate (``=``, ``+``, ``-``, ``@``, tab, carriage return) gets a leading
apostrophe, as OWASP recommends for CSV injection.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from icalendar import Alarm, Calendar, Event

from ita_core.metrics import DeadlineStatus, deadline_states
from ita_core.model import Plan
from ita_core.thai import format_date_th
from ita_core.workbook import contract
from ita_core.workbook.writer import Cell, rows_from_plan, workbook_bytes

REMINDER_DAYS = 7
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_SUMMARY_NAME_CHARS = 80
PRODUCT_ID = "-//ITA progress dashboard//TH"


# -- the data in the workbook contract --------------------------------------------------------------


def data_xlsx(plan: Plan) -> bytes:
    """The plan as a workbook in the contract: uploading it back gives the same plan."""
    return workbook_bytes(rows_from_plan(plan))


CSV_SHEETS = contract.TABLE_SHEETS


def csv_safe(value: str) -> str:
    """Text a spreadsheet would evaluate gets a leading apostrophe, so it opens as text."""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def _csv_cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return csv_safe(value)
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, date):
        return value.isoformat()  # unambiguous, and what the contract accepts back
    return str(value)


def data_csv(plan: Plan, sheet_key: str = "activities") -> bytes:
    """One contract sheet as CSV with its Thai headers, UTF-8 with a BOM so Excel reads the Thai."""
    spec = next((s for s in CSV_SHEETS if s.key == sheet_key), None)
    if spec is None:
        raise ValueError(f"no CSV for sheet {sheet_key!r}; choose one of {[s.key for s in CSV_SHEETS]}")
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([c.th for c in spec.columns])
    for row in rows_from_plan(plan).sheet(spec.key):
        writer.writerow([_csv_cell(row.get(c.field)) for c in spec.columns])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


# -- deadlines as a calendar -------------------------------------------------------------------------


def _uid(plan: Plan, activity_id: str, item: str, ordinal: int) -> str:
    """Stable across exports, and independent of the due date, so a moved deadline updates its event."""
    key = "\x1f".join((plan.unit, str(plan.fiscal_year_be or ""), activity_id, item, str(ordinal)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32] + "@ita-dashboard"


def _short(text: str, limit: int = _SUMMARY_NAME_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _sequence(generated: datetime) -> int:
    """Later exports carry a higher SEQUENCE, so calendars take them as updates of the same events."""
    return int((generated - datetime(2020, 1, 1, tzinfo=UTC)).total_seconds() // 60)


def deadlines_ics(plan: Plan, as_of: date, generated: datetime | None = None) -> bytes:
    """One all-day event per deadline, named after the activity in Thai; open ones remind 7 days ahead."""
    generated = generated or datetime.now(UTC)
    names = {a.activity_id: a for a in plan.activities}
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", f"กำหนดส่งงาน ITA {plan.unit} {plan.fiscal_year_be or ''}".strip())
    calendar.add("x-wr-timezone", "Asia/Bangkok")
    seen: Counter[tuple[str, str]] = Counter()
    for state in deadline_states(plan, as_of):  # by due date, so the n-th of an item keeps its UID
        d = state.deadline
        ordinal = seen[(d.activity_id, d.item)]
        seen[(d.activity_id, d.item)] += 1
        activity = names.get(d.activity_id)
        name = activity.name if activity else ""
        summary = f"ITA {d.activity_id} {_short(name)}".strip()
        if d.item:
            summary += f" — {_short(d.item, 40)}"
        lines = [f"กิจกรรม {d.activity_id}: {name}"]
        if d.item:
            lines.append(f"สิ่งที่ต้องส่ง: {d.item}")
        if activity and activity.responsible:
            lines.append(f"ผู้รับผิดชอบ: {activity.responsible}")
        lines.append(f"กำหนดส่ง: {format_date_th(d.due, 'long')}")
        if d.submitted:
            lines.append(f"ส่งแล้วเมื่อ {format_date_th(d.submitted, 'long')}")
        elif state.status is DeadlineStatus.DONE:
            lines.append("กิจกรรมดำเนินการแล้วเสร็จ")
        lines.append(f"หน่วยงาน: {plan.unit}")
        event = Event()
        event.add("uid", _uid(plan, d.activity_id, d.item, ordinal))
        event.add("dtstamp", generated)
        event.add("last-modified", generated)
        event.add("sequence", _sequence(generated))
        event.add("summary", summary)
        event.add("description", "\n".join(lines))
        event.add("dtstart", d.due)
        event.add("dtend", d.due + timedelta(days=1))
        event.add("transp", "TRANSPARENT")
        event.add("categories", ["ITA"])
        if state.status is not DeadlineStatus.DONE:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", f"อีก {REMINDER_DAYS} วันถึงกำหนดส่ง: {summary}")
            alarm.add("trigger", timedelta(days=-REMINDER_DAYS))
            event.add_component(alarm)
        calendar.add_component(event)
    data: bytes = calendar.to_ical()
    return data


def export_name(plan: Plan, what: str, extension: str) -> str:
    """``ita-2566-กำหนดส่ง.ics``: what a download is called."""
    return f"ita-{plan.fiscal_year_be or ''}-{what}.{extension}"
