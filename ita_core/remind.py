"""Reminder digests: one e-mail per responsible group, with what is overdue, what falls due within
14 days and what has not been updated for 30 days, in Thai with Buddhist-era dates.

Building a digest is pure (``digests``); sending is ``ita_core.mail``; remembering what was sent, so
running twice on one day sends once, is ``ita_core.store.reminders``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from email.message import EmailMessage
from html import escape
from urllib.parse import quote, urlencode

from ita_core.address import View, group_query
from ita_core.groups import STALE_AFTER, ActivityWork, GroupWork, all_groups, group_work
from ita_core.labels import date_label, outlook_label
from ita_core.metrics import DUE_SOON_DAYS, DeadlineState, DeadlineStatus
from ita_core.model import Plan
from ita_core.projection import Point


@dataclass(frozen=True)
class Line:
    """One thing to follow up: an activity, and the deadline it is about (none for "not updated")."""

    work: ActivityWork
    state: DeadlineState | None

    def text(self, work: GroupWork) -> str:
        act = self.work.activity
        parts = [f"{act.activity_id} {act.name}"]
        if self.state is not None:
            deadline = self.state.deadline
            if deadline.item:
                parts.append(deadline.item)
            days = self.state.days_left
            when = f"เลยกำหนดมา {-days} วัน" if days < 0 else ("ครบกำหนดวันนี้" if days == 0 else f"อีก {days} วัน")
            parts.append(f"กำหนดส่ง {date_label(deadline.due, 'th')} ({when})")
            projection = work.outlook_of(self.state)
            if projection is not None:
                parts.append(f"คาดการณ์: {outlook_label(projection.outlook, 'th')}")
        elif self.work.last_update is not None:
            parts.append(f"ปรับข้อมูลล่าสุด {date_label(self.work.last_update, 'th')}")
        return " · ".join(parts)


@dataclass(frozen=True)
class Digest:
    unit: str
    fiscal_year_be: int
    group: str
    as_of: date
    work: GroupWork
    overdue: tuple[Line, ...]
    due_soon: tuple[Line, ...]
    stale: tuple[Line, ...]
    link: str
    recipients: tuple[str, ...]

    @property
    def empty(self) -> bool:
        return not (self.overdue or self.due_soon or self.stale)

    @property
    def subject(self) -> str:
        count = len(self.overdue) + len(self.due_soon) + len(self.stale)
        return f"[ITA] {self.group}: งานที่ต้องติดตาม {count} รายการ ณ {date_label(self.as_of, 'th', 'long')}"

    def sections(self) -> list[tuple[str, tuple[Line, ...]]]:
        return [
            (title, lines)
            for title, lines in (
                (f"เลยกำหนดส่ง ({len(self.overdue)})", self.overdue),
                (f"ครบกำหนดภายใน {DUE_SOON_DAYS} วัน ({len(self.due_soon)})", self.due_soon),
                (f"ไม่ได้ปรับข้อมูลเกิน {STALE_AFTER.days} วัน ({len(self.stale)})", self.stale),
            )
            if lines
        ]

    def intro(self) -> str:
        return (
            f"สรุปงานตามแผนส่งเสริมคุณธรรมและความโปร่งใส {self.unit} ปีงบประมาณ {self.fiscal_year_be} "
            f"ที่ {self.group} รับผิดชอบ ณ วันที่ {date_label(self.as_of, 'th', 'long')}"
        )

    def plain_text(self) -> str:
        lines = [f"เรียน {self.group}", "", self.intro(), ""]
        for title, items in self.sections():
            lines.append(title)
            lines.extend(f"- {line.text(self.work)}" for line in items)
            lines.append("")
        lines += [f"ดูรายละเอียดและรายงานความก้าวหน้าได้ที่: {self.link}", "", _FOOTER]
        return "\n".join(lines)

    def html(self) -> str:
        """The same digest as HTML; every text from the plan is escaped."""
        parts = [
            '<html><body style="font-family: Sarabun, Tahoma, sans-serif; font-size: 16px">',
            f"<p>เรียน {escape(self.group)}</p>",
            f"<p>{escape(self.intro())}</p>",
        ]
        for title, items in self.sections():
            parts.append(f"<h3>{escape(title)}</h3><ul>")
            parts.extend(f"<li>{escape(line.text(self.work))}</li>" for line in items)
            parts.append("</ul>")
        parts.append(f'<p><a href="{escape(self.link, quote=True)}">ดูรายละเอียดและรายงานความก้าวหน้า</a></p>')
        parts.append(f'<p style="color: #555">{escape(_FOOTER)}</p></body></html>')
        return "".join(parts)

    def message(self, sender: str) -> EmailMessage:
        return email_message(self.subject, sender, self.recipients, self.plain_text(), self.html())


_FOOTER = "อีเมลฉบับนี้ส่งโดยอัตโนมัติจากระบบติดตามแผน ITA วันละไม่เกินหนึ่งฉบับต่อกลุ่ม"


def email_message(subject: str, sender: str, recipients: Iterable[str], plain: str, html: str) -> EmailMessage:
    """A reminder as sent: plain text, with the same text as HTML beside it."""
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = sender
    message["To"] = ", ".join(recipients)
    message.set_content(plain)
    message.add_alternative(html, subtype="html")
    return message


def group_link(base_url: str, unit: str, fiscal_year_be: int, group: str) -> str:
    view = View(unit=unit, fiscal_year_be=fiscal_year_be)
    return f"{base_url.rstrip('/')}/group?" + urlencode(group_query(view, group), quote_via=quote)


def addresses(plan: Plan, group: str, accounts: Iterable[str] = ()) -> tuple[str, ...]:
    """The group's addresses from the plan's ผู้รับผิดชอบ sheet, then its accounts', each once."""
    found: dict[str, None] = {}
    for email in [c.email for c in plan.contacts if c.group == group] + list(accounts):
        found.setdefault(email.strip().lower(), None)
    return tuple(e for e in found if e)


def digests(
    plan: Plan,
    as_of: date,
    base_url: str,
    updates: Mapping[str, date] | None = None,
    history: Mapping[str, Sequence[Point]] | None = None,
    accounts: Mapping[str, Sequence[str]] | None = None,
) -> list[Digest]:
    """One digest per group with something to follow up at ``as_of``, in the plan's order of groups.
    ``accounts``: e-mail addresses of the accounts linked to each group."""
    found = []
    for group in all_groups(plan):
        work = group_work(plan, group, as_of, updates, history)
        overdue = tuple(Line(w, s) for w, s in work.due(DeadlineStatus.OVERDUE))
        soon = tuple(Line(w, s) for w, s in work.due(DeadlineStatus.DUE_SOON))
        listed = {line.work.activity.activity_id for line in overdue + soon}
        stale = tuple(Line(w, None) for w in work.stale if w.activity.activity_id not in listed)
        digest = Digest(
            plan.unit,
            plan.fiscal_year_be or 0,
            group,
            as_of,
            work,
            overdue,
            soon,
            stale,
            group_link(base_url, plan.unit, plan.fiscal_year_be or 0, group),
            addresses(plan, group, (accounts or {}).get(group, ())),
        )
        if not digest.empty:
            found.append(digest)
    return found
