"""Words and symbols for statuses, in Thai and English.

Status is never carried by colour alone: every status has a symbol and a word
that appear wherever its colour does (tables, chart legends, slides).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Literal, NamedTuple

from ita_core.metrics import DUE_SOON_DAYS, DeadlineStatus
from ita_core.model import WHOLE_UNIT
from ita_core.numbers import format_decimal
from ita_core.thai import format_date_en, format_date_th

Lang = Literal["th", "en"]
LANGS: tuple[Lang, ...] = ("th", "en")


class ActivityState(StrEnum):
    DONE = "done"
    IN_PROGRESS = "in_progress"
    NOT_STARTED = "not_started"  # reported as 0
    NO_REPORT = "no_report"  # progress cell empty: counted as 0, but nobody has reported yet


class Label(NamedTuple):
    symbol: str
    th: str
    en: str

    def text(self, lang: Lang) -> str:
        return f"{self.symbol} {self.th if lang == 'th' else self.en}"


DEADLINE_LABELS: dict[DeadlineStatus, Label] = {
    DeadlineStatus.OVERDUE: Label("✕", "เลยกำหนด", "Overdue"),
    DeadlineStatus.DUE_SOON: Label("◆", f"ครบกำหนดใน {DUE_SOON_DAYS} วัน", f"Due within {DUE_SOON_DAYS} days"),
    DeadlineStatus.UPCOMING: Label("○", "ยังไม่ถึงกำหนด", "Upcoming"),
    DeadlineStatus.DONE: Label("✓", "ส่งแล้ว", "Done"),
}

ACTIVITY_LABELS: dict[ActivityState, Label] = {
    ActivityState.DONE: Label("✓", "แล้วเสร็จ", "Completed"),
    ActivityState.IN_PROGRESS: Label("◐", "กำลังดำเนินการ", "In progress"),
    ActivityState.NOT_STARTED: Label("○", "ยังไม่เริ่ม", "Not started"),
    ActivityState.NO_REPORT: Label("–", "ยังไม่มีรายงานผล", "No report yet"),
}

MET_LABELS: dict[bool | None, Label] = {
    True: Label("✓", "ถึงเป้าหมาย", "Meets target"),
    False: Label("✕", "ต่ำกว่าเป้าหมาย", "Below target"),
    None: Label("–", "ไม่มีเป้าหมาย", "No target"),
}


def deadline_label(status: DeadlineStatus, lang: Lang) -> str:
    return DEADLINE_LABELS[status].text(lang)


def activity_label(state: ActivityState, lang: Lang) -> str:
    return ACTIVITY_LABELS[state].text(lang)


def date_label(day: date, lang: Lang, style: Literal["short", "long"] = "short") -> str:
    """A date as the reader expects it, always with the Buddhist-era year."""
    return format_date_th(day, style) if lang == "th" else format_date_en(day)


def group_label(group: str, lang: Lang) -> str:
    """A participation row's work group; an empty one is the whole unit (the seed's 127 of 139)."""
    return group or (WHOLE_UNIT if lang == "th" else "whole unit")


def measure_label(number: int, lang: Lang) -> str:
    return f"มาตรการที่ {number}" if lang == "th" else f"Measure {number}"


def percent_label(value: Decimal) -> str:
    """``91.36%``: the truncated percentage, always with two decimals."""
    return f"{format_decimal(value)}%"
