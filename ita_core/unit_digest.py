"""Reminders by unit: each editor hears, once a day, which of the units they edit have deadlines overdue
or have not reported for ``agency.QUIET_DAYS``, in one e-mail whatever the number of units.

Pure, as ``ita_core.remind`` is: the command line reads the roll-up and the accounts, this builds the
messages, and ``ita_core.store.reminders`` remembers what was sent (keyed per editor and day).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from email.message import EmailMessage
from html import escape
from urllib.parse import quote, urlencode

from ita_core.address import View
from ita_core.agency import QUIET_DAYS, Rollup, UnitStanding
from ita_core.labels import date_label
from ita_core.metrics import DeadlineStatus
from ita_core.remind import email_message

EDITOR_KEY = "editor:"  # the ``group_name`` an editor's digest is remembered under (``store.reminders``)
_FOOTER = "อีเมลฉบับนี้ส่งโดยอัตโนมัติจากระบบติดตามแผน ITA วันละไม่เกินหนึ่งฉบับต่อผู้แก้ไขข้อมูล"


@dataclass(frozen=True)
class UnitAlert:
    unit: UnitStanding
    overdue: int
    link: str

    def text(self, as_of: date) -> str:
        parts = [self.unit.label]
        if self.overdue:
            parts.append(f"เลยกำหนดส่ง {self.overdue} รายการ")
        if self.unit.quiet:
            if self.unit.reported_on is None:
                parts.append("ยังไม่มีแผนของปีงบประมาณนี้")
            else:
                days = (as_of - self.unit.reported_on).days
                parts.append(f"ไม่มีรายงานใหม่ {days} วัน (ล่าสุด {date_label(self.unit.reported_on, 'th')})")
        return " · ".join(parts)


def alerts(rolled: Rollup, base_url: str) -> dict[str, UnitAlert]:
    """The units with something to follow up: deadlines overdue, or no report for QUIET_DAYS."""
    found = {}
    for unit in rolled.units:
        overdue = unit.summary.deadline_counts[DeadlineStatus.OVERDUE] if unit.summary else 0
        if overdue or unit.quiet:
            view = View(unit=unit.unit, fiscal_year_be=rolled.fiscal_year_be)
            link = f"{base_url.rstrip('/')}/?" + urlencode(view.query(), quote_via=quote)
            found[unit.unit] = UnitAlert(unit, overdue, link)
    return found


@dataclass(frozen=True)
class EditorDigest:
    username: str
    email: str
    fiscal_year_be: int
    as_of: date
    units: tuple[UnitAlert, ...]

    @property
    def key(self) -> str:
        return EDITOR_KEY + self.username

    @property
    def subject(self) -> str:
        return f"[ITA] หน่วยงานที่ต้องติดตาม {len(self.units)} หน่วยงาน ณ {date_label(self.as_of, 'th', 'long')}"

    def intro(self) -> str:
        return (
            f"หน่วยงานที่คุณเป็นผู้แก้ไขข้อมูล ซึ่งมีกำหนดส่งเลยกำหนด หรือไม่มีรายงานใหม่ {QUIET_DAYS} วันขึ้นไป "
            f"ปีงบประมาณ {self.fiscal_year_be} ณ วันที่ {date_label(self.as_of, 'th', 'long')}"
        )

    def plain_text(self) -> str:
        lines = [f"เรียน {self.username}", "", self.intro(), ""]
        for alert in self.units:
            lines += [f"- {alert.text(self.as_of)}", f"  {alert.link}"]
        return "\n".join([*lines, "", _FOOTER])

    def html(self) -> str:
        """The same digest as HTML; unit names and the account name are escaped."""
        items = "".join(
            f'<li>{escape(a.text(self.as_of))} · <a href="{escape(a.link, quote=True)}">ดูภาพรวม</a></li>'
            for a in self.units
        )
        return (
            '<html><body style="font-family: Sarabun, Tahoma, sans-serif; font-size: 16px">'
            f"<p>เรียน {escape(self.username)}</p><p>{escape(self.intro())}</p><ul>{items}</ul>"
            f'<p style="color: #555">{escape(_FOOTER)}</p></body></html>'
        )

    def message(self, sender: str) -> EmailMessage:
        return email_message(self.subject, sender, (self.email,), self.plain_text(), self.html())


def editor_digests(
    rolled: Rollup, editors: Iterable[tuple[str, str, Iterable[str]]], as_of: date, base_url: str
) -> list[EditorDigest]:
    """One digest per editor (name, e-mail, the units they edit) with at least one unit to follow up."""
    found = alerts(rolled, base_url)
    made = []
    for username, email, units in editors:
        mine = tuple(found[u] for u in dict.fromkeys(units) if u in found)
        if mine and email:
            made.append(EditorDigest(username, email, rolled.fiscal_year_be, as_of, mine))
    return made
