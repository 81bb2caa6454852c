"""``python -m ita_core remind``: e-mail each responsible group its digest for a day, and each unit's editors
when their units are overdue or quiet (``ita_core.unit_digest``), each once a day."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from ita_core import clock
from ita_core.cli.console import Io
from ita_core.thai import fiscal_year_be


@dataclass(frozen=True)
class _Outgoing:
    """One e-mail to send at most once a day: a group's digest, or an editor's digest of units."""

    key: tuple[str, int, str]  # (unit, fiscal year, group) as ``Reminders`` remembers it, with the day
    label: str
    recipients: tuple[str, ...]
    subject: str
    plain_text: Callable[[], str]
    message: Callable[[str], Any]


def _remind(args: argparse.Namespace, io: Io) -> int:
    from ita_core.groups import all_groups
    from ita_core.mail import Mailer, MailError, not_configured
    from ita_core.remind import digests
    from ita_core.settings import settings
    from ita_core.store.accounts import Accounts
    from ita_core.store.reminders import Reminders
    from ita_core.store.snapshots import Store

    day: date = args.as_of or clock.today()
    smtp = settings().smtp
    if not args.dry_run and not smtp.configured:
        raise not_configured()
    store = Store.from_env()
    accounts, sent_log = Accounts(store.engine), Reminders(store.engine, lambda: datetime.now(UTC))
    year = args.year or fiscal_year_be(day)
    streams = [s for s in store.streams() if s.fiscal_year_be == year and (not args.unit or s.unit == args.unit)]
    if not streams:
        io.say(f"ไม่มีแผนของปีงบประมาณ {year} ในระบบ: ไม่มีอะไรต้องแจ้ง", f"no plan for fiscal year {year}: nothing to send")
        return 0
    due: list[_Outgoing] = []
    for stream in streams:
        plan = store.plan(stream.latest_id)
        points, updates = store.progress_history(stream.unit, stream.fiscal_year_be)
        linked = {group: accounts.addresses(group) for group in all_groups(plan)}
        for d in digests(plan, day, settings().public_url, updates, points, linked):
            key = (d.unit, d.fiscal_year_be, d.group)
            due.append(_Outgoing(key, d.group, d.recipients, d.subject, d.plain_text, d.message))
    if not args.unit:  # the units' editors: one digest each, over every unit they edit
        due += _editor_mail(store, accounts, year, day, settings().public_url)
    sent = earlier = missing = failed = 0
    mailer: Mailer | None = None
    try:
        for item in due:
            if not item.recipients:
                missing += 1
                io.warn(
                    f"ไม่มีอีเมลของ {item.label}: เพิ่มในแผ่นงาน ผู้รับผิดชอบ หรือผูกบัญชีผู้ใช้กับกลุ่ม "
                    "(python -m ita_core users groups ชื่อผู้ใช้ --group ชื่อกลุ่ม)",
                    f"no e-mail address for {item.label}: add one on the ผู้รับผิดชอบ sheet, or link an account "
                    "to the group (python -m ita_core users groups NAME --group GROUP)",
                )
                continue
            if args.dry_run:
                _print(item, io)
                continue
            if not sent_log.claim(*item.key, day, item.recipients):
                earlier += 1
                io.say(f"ส่งไปแล้วสำหรับวันนี้: {item.label}", f"already sent for this day: {item.label}")
                continue
            try:
                if mailer is None:
                    mailer = Mailer(smtp).__enter__()
                mailer.send(item.message(smtp.sender))
            except MailError as exc:
                sent_log.release(*item.key, day)  # the next run tries again
                failed += 1
                io.warn(f"{item.label}: {exc.th}", f"{item.label}: {exc.en}")
                continue
            sent += 1
            io.say(f"ส่งแล้ว: {item.label} → {', '.join(item.recipients)}", f"sent: {item.label}")
    finally:
        if mailer is not None:
            mailer.__exit__(None, None, None)
    if args.dry_run:
        io.say(
            f"(ทดลอง) จะส่ง {len(due) - missing} ฉบับ, ไม่มีอีเมล {missing} กลุ่ม",
            f"(dry run) would send {len(due) - missing}, {missing} group(s) without an address",
        )
        return 0
    io.say(
        f"ส่ง {sent} ฉบับ, ส่งไปแล้วก่อนหน้า {earlier}, ไม่มีอีเมล {missing}, ส่งไม่สำเร็จ {failed}",
        f"sent {sent}, sent earlier {earlier}, without an address {missing}, failed {failed}",
    )
    return 1 if failed else 0


def _editor_mail(store: Any, accounts: Any, year: int, day: date, base_url: str) -> list[_Outgoing]:
    """Each editor with an e-mail address, told of the units they edit that are overdue or quiet."""
    from ita_core.store.permissions import Action, allows
    from ita_core.store.rollups import read_rollup
    from ita_core.store.units import EVERY_UNIT, Units
    from ita_core.unit_digest import editor_digests

    rolled = read_rollup(store, year, day, Units(store.engine).organisation().units)
    editors = [
        (a.username, a.email, [u.unit for u in rolled.units if allows(a, Action.PUBLISH, u.unit)])
        for a in accounts.list()
        if a.email
    ]
    return [
        _Outgoing((EVERY_UNIT, year, d.key), d.username, (d.email,), d.subject, d.plain_text, d.message)
        for d in editor_digests(rolled, editors, day, base_url)
    ]


def _print(item: _Outgoing, io: Io) -> None:
    print(f"To: {', '.join(item.recipients)}", file=io.out)
    print(f"Subject: {item.subject}", file=io.out)
    print(file=io.out)
    print(item.plain_text(), file=io.out)
    print("-" * 60, file=io.out)


def add_commands(command: Callable[..., argparse.ArgumentParser], iso_date: Callable[[str], date]) -> None:
    remind = command(
        "remind",
        _remind,
        "ส่งอีเมลสรุปกำหนดส่งถึงกลุ่มผู้รับผิดชอบ กลุ่มละหนึ่งฉบับต่อวัน และถึงผู้แก้ไขข้อมูลของหน่วยงานที่เลยกำหนดหรือไม่รายงาน "
        "คนละหนึ่งฉบับต่อวัน (รันซ้ำในวันเดียวกันไม่ส่งซ้ำ)",
    )
    remind.add_argument("--as-of", type=iso_date, help="วันที่ที่ใช้คำนวณ (ปริยาย: วันนี้) เช่น 2566-06-06")
    remind.add_argument("--dry-run", action="store_true", help="แสดงอีเมลที่จะส่ง โดยไม่ส่งและไม่บันทึก")
    remind.add_argument("--unit", help="เฉพาะหน่วยงานนี้")
    remind.add_argument("--year", type=int, help="ปีงบประมาณ (พ.ศ.) ปริยาย: ปีของวันที่ข้างต้น")
