"""Words and symbols for statuses, in Thai and English.

Status is never carried by colour alone: every status has a symbol and a word
that appear wherever its colour does (tables, chart legends, slides).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Literal, NamedTuple

from ita_core.clock import thai
from ita_core.groups import STALE_AFTER, Missing
from ita_core.metrics import DUE_SOON_DAYS, DeadlineStatus
from ita_core.model import WHOLE_UNIT
from ita_core.numbers import format_decimal
from ita_core.projection import Outlook
from ita_core.text import LANGS, Lang, Text
from ita_core.thai import format_date_en, format_date_th

__all__ = ["LANGS", "Lang"]  # re-exported: pages import the language type with the labels


class ActivityState(StrEnum):
    DONE = "done"
    IN_PROGRESS = "in_progress"
    NOT_STARTED = "not_started"  # reported as 0
    NO_REPORT = "no_report"  # progress cell empty: counted as 0, but nobody has reported yet


class Label(NamedTuple):
    """A status as a symbol and words: never carried by colour alone."""

    symbol: str
    words: Text

    def text(self, lang: Lang) -> str:
        return f"{self.symbol} {self.words.get(lang)}"


DEADLINE_LABELS: dict[DeadlineStatus, Label] = {
    DeadlineStatus.OVERDUE: Label("✕", Text("เลยกำหนด", "Overdue")),
    DeadlineStatus.DUE_SOON: Label("◆", Text(f"ครบกำหนดใน {DUE_SOON_DAYS} วัน", f"Due within {DUE_SOON_DAYS} days")),
    DeadlineStatus.UPCOMING: Label("○", Text("ยังไม่ถึงกำหนด", "Upcoming")),
    DeadlineStatus.DONE: Label("✓", Text("ส่งแล้ว", "Done")),
}

ACTIVITY_LABELS: dict[ActivityState, Label] = {
    ActivityState.DONE: Label("✓", Text("แล้วเสร็จ", "Completed")),
    ActivityState.IN_PROGRESS: Label("◐", Text("กำลังดำเนินการ", "In progress")),
    ActivityState.NOT_STARTED: Label("○", Text("ยังไม่เริ่ม", "Not started")),
    ActivityState.NO_REPORT: Label("–", Text("ยังไม่มีรายงานผล", "No report yet")),
}

MET_LABELS: dict[bool | None, Label] = {
    True: Label("✓", Text("ถึงเป้าหมาย", "Meets target")),
    False: Label("✕", Text("ต่ำกว่าเป้าหมาย", "Below target")),
    None: Label("–", Text("ไม่มีเป้าหมาย", "No target")),
}

OUTLOOK_LABELS: dict[Outlook, Label] = {
    Outlook.ON_TRACK: Label("✓", Text("ทันกำหนด", "On track")),
    Outlook.AT_RISK: Label("▲", Text("เสี่ยงไม่ทัน", "At risk")),
    Outlook.LATE: Label("▼", Text("คาดว่าไม่ทัน", "Will be late")),
    Outlook.NOT_ENOUGH: Label("–", Text("ข้อมูลยังไม่พอคาดการณ์", "Not enough history")),
}

_STALE_DAYS = STALE_AFTER.days
MISSING_LABELS: dict[Missing, Label] = {
    Missing.NO_PROGRESS: Label("–", Text("ยังไม่รายงานความก้าวหน้า", "No progress reported")),
    Missing.NO_EVIDENCE: Label("□", Text("ยังไม่มีหลักฐาน", "No evidence")),
    Missing.STALE: Label("◷", Text(f"ไม่ได้ปรับข้อมูลเกิน {_STALE_DAYS} วัน", f"Not updated for {_STALE_DAYS} days")),
}


def outlook_label(outlook: Outlook, lang: Lang) -> str:
    return OUTLOOK_LABELS[outlook].text(lang)


def missing_label(missing: Missing, lang: Lang) -> str:
    return MISSING_LABELS[missing].text(lang)


def deadline_label(status: DeadlineStatus, lang: Lang) -> str:
    return DEADLINE_LABELS[status].text(lang)


def activity_label(state: ActivityState, lang: Lang) -> str:
    return ACTIVITY_LABELS[state].text(lang)


def date_label(day: date, lang: Lang, style: Literal["short", "long"] = "short") -> str:
    """A date as the reader expects it, always with the Buddhist-era year."""
    return Text(format_date_th(day, style), format_date_en(day)).get(lang)


def group_label(group: str, lang: Lang) -> str:
    """A participation row's work group; an empty one is the whole unit (the seed's 127 of 139)."""
    return group or Text(WHOLE_UNIT, "whole unit").get(lang)


def measure_label(number: int, lang: Lang) -> str:
    return Text(f"มาตรการที่ {number}", f"Measure {number}").get(lang)


def percent_label(value: Decimal) -> str:
    """``91.36%``: the truncated percentage, always with two decimals."""
    return f"{format_decimal(value)}%"


DATA_AS_OF = Text("ข้อมูล ณ วันที่", "Data as of")
EVALUATED_AT = Text("ประเมิน ณ วันที่", "Evaluated as of")


def moment_label(moment: datetime, lang: Lang, *, seconds: bool = False) -> str:
    """A moment as people read it: the day (Buddhist era) and the hour in Thai time."""
    local = thai(moment)
    hour = f"{local:%H:%M:%S}" if seconds else f"{local:%H:%M}"
    return f"{date_label(local.date(), lang)} {hour}"


def dates_line(data_date: date | None, evaluated: date, lang: Lang) -> list[str]:
    """The two dates a screen must never confuse: the day the figures were reported for, and the day
    they are judged at (deadlines, overdue) when the viewer picked another."""
    parts = [f"{DATA_AS_OF.get(lang)} {date_label(data_date, lang, 'long')}"] if data_date else []
    if data_date != evaluated:
        parts.append(f"{EVALUATED_AT.get(lang)} {date_label(evaluated, lang, 'long')}")
    return parts


def before_data_note(data_date: date | None, evaluated: date, lang: Lang, short: bool = False) -> str | None:
    """What a screen judged at a day before its data's day must say: its figures and its "done" and "sent"
    are those reported for the later day. Without it, a deadline sent in March showed as sent "as of"
    January, and the cards' 7/26 done read as January's."""
    if data_date is None or evaluated >= data_date:
        return None
    then, data = date_label(evaluated, lang, "long"), date_label(data_date, lang, "long")
    if short:
        return Text(f"ตัวเลขเป็นของข้อมูล ณ วันที่ {data}", f"figures as reported for {data}").get(lang)
    return Text(
        f"วันที่ประเมิน ({then}) อยู่ก่อนวันที่ของข้อมูล ({data}): ตัวเลขและสถานะแล้วเสร็จหรือส่งแล้วเป็นของข้อมูล ณ วันที่ "
        f"{data} ไม่ใช่ของวันที่ {then} ตัวเลขของฉบับก่อน ๆ ดูได้ที่หน้าประวัติข้อมูล",
        f"The evaluation date ({then}) is before the data's date ({data}): the figures, and what is done or sent, are "
        f"as reported for {data}, not as they stood on {then}. Earlier published figures are on the History page.",
    ).get(lang)
