"""``python -m ita_core remind``: e-mail each responsible group its digest for a day, once."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from ita_core.cli.console import Io
from ita_core.thai import fiscal_year_be


def _remind(args: argparse.Namespace, io: Io) -> int:
    from ita_core.groups import all_groups
    from ita_core.mail import Mailer, MailError, not_configured
    from ita_core.remind import Digest, digests
    from ita_core.settings import settings
    from ita_core.store.accounts import Accounts
    from ita_core.store.reminders import Reminders
    from ita_core.store.snapshots import Store

    day: date = args.as_of or date.today()
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
    due: list[Digest] = []
    for stream in streams:
        plan = store.plan(stream.latest_id)
        points, updates = store.progress_history(stream.unit, stream.fiscal_year_be)
        linked = {group: accounts.addresses(group) for group in all_groups(plan)}
        due += digests(plan, day, settings().public_url, updates, points, linked)
    sent = earlier = missing = failed = 0
    mailer: Mailer | None = None
    try:
        for digest in due:
            if not digest.recipients:
                missing += 1
                io.warn(
                    f"ไม่มีอีเมลของ {digest.group}: เพิ่มในแผ่นงาน ผู้รับผิดชอบ หรือผูกบัญชีผู้ใช้กับกลุ่ม "
                    "(python -m ita_core users groups ชื่อผู้ใช้ --group ชื่อกลุ่ม)",
                    f"no e-mail address for {digest.group}: add one on the ผู้รับผิดชอบ sheet, or link an account "
                    "to the group (python -m ita_core users groups NAME --group GROUP)",
                )
                continue
            if args.dry_run:
                _print_digest(digest, io)
                continue
            key = (digest.unit, digest.fiscal_year_be, digest.group, day)
            if not sent_log.claim(*key, digest.recipients):
                earlier += 1
                io.say(f"ส่งไปแล้วสำหรับวันนี้: {digest.group}", f"already sent for this day: {digest.group}")
                continue
            try:
                if mailer is None:
                    mailer = Mailer(smtp).__enter__()
                mailer.send(digest.message(smtp.sender))
            except MailError as exc:
                sent_log.release(*key)  # the next run tries again
                failed += 1
                io.warn(f"{digest.group}: {exc.th}", f"{digest.group}: {exc.en}")
                continue
            sent += 1
            io.say(f"ส่งแล้ว: {digest.group} → {', '.join(digest.recipients)}", f"sent: {digest.group}")
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


def _print_digest(digest: Any, io: Io) -> None:
    print(f"To: {', '.join(digest.recipients)}", file=io.out)
    print(f"Subject: {digest.subject}", file=io.out)
    print(file=io.out)
    print(digest.plain_text(), file=io.out)
    print("-" * 60, file=io.out)


def add_commands(command: Callable[..., argparse.ArgumentParser], iso_date: Callable[[str], date]) -> None:
    remind = command("remind", _remind, "ส่งอีเมลสรุปกำหนดส่งถึงกลุ่มผู้รับผิดชอบ กลุ่มละหนึ่งฉบับต่อวัน (รันซ้ำในวันเดียวกันไม่ส่งซ้ำ)")
    remind.add_argument("--as-of", type=iso_date, help="วันที่ที่ใช้คำนวณ (ปริยาย: วันนี้) เช่น 2566-06-06")
    remind.add_argument("--dry-run", action="store_true", help="แสดงอีเมลที่จะส่ง โดยไม่ส่งและไม่บันทึก")
    remind.add_argument("--unit", help="เฉพาะหน่วยงานนี้")
    remind.add_argument("--year", type=int, help="ปีงบประมาณ (พ.ศ.) ปริยาย: ปีของวันที่ข้างต้น")
