"""Command-line access to the store and the accounts; every command honours ``ITA_DATABASE_URL``.

A scheduled job can publish a workbook from a shared folder with
``python -m ita_core import FILE --user NAME --comment TEXT``: the user must
be an editor or admin account, so history always says who published what.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ita_core import clock
from ita_core.cli.console import WORKERS, Io, print_problems
from ita_core.numbers import format_decimal
from ita_core.store.roles import Role
from ita_core.thai import be_year

if TYPE_CHECKING:  # the store loads SQLAlchemy, Alembic and argon2: only the commands that use it pay
    from ita_core.store.accounts import Account
    from ita_core.store.sessions import Sessions
    from ita_core.store.snapshots import SnapshotInfo, Store

Command = Callable[[str, Callable[[argparse.Namespace, Io], int], str], argparse.ArgumentParser]


def _store() -> Store:
    from ita_core.store.snapshots import Store

    return Store.from_env()


def _account(store: Store, name: str) -> Account:
    """The account a command acts as; what it may do is checked by the operation itself, for its unit."""
    from ita_core.store.accounts import AccountError, Accounts

    account = Accounts(store.engine).get(name)
    if account is None:
        raise AccountError(
            f"ไม่มีผู้ใช้ชื่อ {name}: เพิ่มด้วย python -m ita_core users add {name} --role editor --unit หน่วยงาน",
            f"no user {name}: add one with python -m ita_core users add {name} --role editor --unit UNIT",
        )
    return account


def _import(args: argparse.Namespace, io: Io) -> int:
    from ita_core.diff import diff_tables
    from ita_core.store.publishing import import_file

    store = _store()
    imported = import_file(store, args.file, _account(store, args.user), args.comment, WORKERS, older_ok=args.older)
    result, made = imported.result, imported.made
    if made is None or imported.preview is None:
        print_problems(result, io)
        return io.fail(
            f"ไม่ได้เผยแพร่: พบ {result.error_count:,} ปัญหาที่ต้องแก้ ข้อมูลเดิมไม่เปลี่ยนแปลง",
            f"not published: {result.error_count:,} error(s); the store is unchanged",
        )
    io.say(
        f"เผยแพร่แล้ว: รหัส {made.id} ฉบับที่ {made.revision} ของ {made.unit} ปีงบประมาณ {made.fiscal_year_be}",
        f"published: snapshot {made.id}, revision {made.revision} of {made.unit} FY{made.fiscal_year_be}",
    )
    changes = [title for title, _ in diff_tables(imported.preview.diff, io.lang)]
    io.say(
        "เทียบกับฉบับก่อน: " + (", ".join(changes) or "ไม่มีการเปลี่ยนแปลง"),
        "compared with the previous revision: " + (", ".join(changes) or "no changes"),
    )
    return 0


def _moment(moment: datetime) -> str:
    """Thai time, day/month/Buddhist-era year."""
    local = clock.thai(moment)
    return f"{local.day:02d}/{local.month:02d}/{be_year(local.year)} {local:%H:%M}"


def _when(info: SnapshotInfo) -> str:
    return _moment(info.published_at)


def _history(args: argparse.Namespace, io: Io) -> int:
    store = _store()
    rows = [
        s
        for s in store.all_snapshots()
        if (not args.unit or s.unit == args.unit) and (not args.year or s.fiscal_year_be == args.year)
    ]
    if not rows:
        return io.fail("ยังไม่มีข้อมูลที่เผยแพร่", "nothing has been published")
    for s in reversed(rows):
        done = s.summary.overall
        back = f" ← ย้อนจากรหัส {s.rolled_back_from}" if s.rolled_back_from else ""
        print(
            f"{s.id}\t{s.unit}\t{s.fiscal_year_be}\tฉบับที่ {s.revision}\t{_when(s)}\t{s.published_by}\t"
            f"แล้วเสร็จ {done.completed}/{done.activities} ({format_decimal(done.completion_pct)}%)\t"
            f"{s.comment}{back}",
            file=io.out,
        )
    return 0


def _rollback(args: argparse.Namespace, io: Io) -> int:
    from ita_core.store.permissions import Action, require
    from ita_core.store.snapshots import ANY

    store = _store()
    require(_account(store, args.user), Action.ROLL_BACK, store.info(args.snapshot_id).unit)
    made = store.rollback(args.snapshot_id, args.user, ANY, args.comment or "")
    io.say(
        f"ย้อนกลับแล้ว: รหัส {made.id} (ฉบับที่ {made.revision}) มีข้อมูลเท่ากับรหัส {args.snapshot_id}",
        f"rolled back: snapshot {made.id} (revision {made.revision}) equals snapshot {args.snapshot_id}",
    )
    return 0


def _export(args: argparse.Namespace, io: Io) -> int:
    name, data = _store().file(args.snapshot_id)
    args.out.write_bytes(data)
    io.say(f"บันทึกไฟล์ต้นฉบับ ({name}) ไว้ที่ {args.out}", f"original file ({name}) written to {args.out}")
    return 0


def _read_password(io: Io) -> str:
    """The password from standard input (one line), so it never appears in the process list or history."""
    from ita_core.store.accounts import AccountError

    password = io.stdin.readline().rstrip("\n")
    if not password:
        raise AccountError("ไม่ได้รับรหัสผ่านทาง standard input", "no password on standard input")
    return password


def _sessions(sessions: Sessions, io: Io) -> int:
    """Every session not yet purged: who, from where, since when, until when, and whether it is active."""
    now = datetime.now(UTC)
    for s in sessions.listing():
        state = "active" if s.active(now) else ("revoked" if s.revoked_at else "ended")
        print(
            f"{s.id_prefix}\t{s.username}\t{s.address}\t{_moment(s.created_at)}\t"
            f"{_moment(s.last_seen_at)}\t{_moment(s.expires_at)}\t{state}",
            file=io.out,
        )
    return 0


def _users(args: argparse.Namespace, io: Io) -> int:
    from ita_core.store.accounts import AccountError, Accounts
    from ita_core.store.sessions import Sessions
    from ita_core.store.units import EVERY_UNIT

    engine = _store().engine
    accounts = Accounts(engine)
    if args.action == "list":
        for account in accounts.list():
            linked = "; ".join(account.groups)
            roles = "; ".join(f"{role.value}@{unit}" for unit, role in account.grants or ()) or "-"
            print(f"{account.username}\t{roles}\t{account.email}\t{linked}".rstrip(), file=io.out)
        return 0
    if args.action == "sessions":
        return _sessions(Sessions(engine), io)
    if not args.name:
        return io.fail("ระบุชื่อผู้ใช้", "give a user name")
    if args.action == "grant":
        unit = accounts.grant(args.name, args.unit or EVERY_UNIT, Role(args.role))
        io.say(f"{args.name} เป็น {args.role} ของ {unit} แล้ว", f"{args.name} is now {args.role} of {unit}")
        return 0
    if args.action == "revoke" and args.unit:
        unit = accounts.revoke(args.name, args.unit)
        io.say(f"{args.name} ไม่มีบทบาทใน {unit} แล้ว", f"{args.name} no longer holds a role in {unit}")
        return 0
    if args.action == "revoke":
        if accounts.get(args.name) is None:
            raise AccountError(f"ไม่มีผู้ใช้ชื่อ {args.name}", f"no user {args.name}")
        ended = Sessions(engine).revoke(args.name)
        io.say(
            f"ยกเลิกการเข้าสู่ระบบของ {args.name} แล้ว {ended} รายการ (มีผลทันทีทุกหน้าต่างและทุกเครื่องแม่ข่าย)",
            f"ended {ended} session(s) of {args.name} (at once, in every window and app process)",
        )
        return 0
    if args.action == "add":
        unit = args.unit or EVERY_UNIT
        accounts.add(
            args.name, _read_password(io), Role(args.role), unit=unit, groups=args.group or (), email=args.email or ""
        )
        io.say(f"เพิ่มผู้ใช้ {args.name} ({args.role}@{unit}) แล้ว", f"user {args.name} ({args.role}@{unit}) added")
    elif args.action == "groups":
        accounts.set_groups(args.name, args.group or ())
        shown = "; ".join(args.group or ()) or "-"
        io.say(f"{args.name} อยู่ในกลุ่ม: {shown}", f"{args.name} is linked to: {shown}")
    elif args.action == "email":
        accounts.set_email(args.name, args.email or "")
        io.say(f"อีเมลของ {args.name}: {args.email or '-'}", f"e-mail of {args.name}: {args.email or '-'}")
    elif args.action == "remove":
        accounts.remove(args.name)
        io.say(f"ลบผู้ใช้ {args.name} แล้ว", f"user {args.name} removed")
    elif args.action == "passwd":
        accounts.set_password(args.name, _read_password(io))
        io.say(f"เปลี่ยนรหัสผ่านของ {args.name} แล้ว", f"password of {args.name} changed")
    elif args.action == "role":
        accounts.set_role(args.name, Role(args.role))
        io.say(f"{args.name} เป็น {args.role} แล้ว", f"{args.name} is now {args.role}")
    return 0


def _db(args: argparse.Namespace, io: Io) -> int:
    """``db status``: exit 0 when the schema is current, 1 when not; ``db upgrade``: bring it up to date.

    With several app processes on one PostgreSQL, run ``db upgrade`` once before starting them: they do
    not migrate it themselves (``ITA_DB_UPGRADE``), and refuse to start on an older schema.
    """
    from ita_core.settings import settings
    from ita_core.store.db import connect, head_revision, migrate, schema_revision

    engine = connect(settings().database_url)
    try:
        found, head = schema_revision(engine), head_revision()
        shown = found or "ว่าง"
        if args.action == "status":
            if found == head:
                io.say(f"ฐานข้อมูลเป็นรุ่นล่าสุดแล้ว ({head})", f"the schema is current ({head})")
                return 0
            return io.fail(
                f"ฐานข้อมูลเป็นรุ่น {shown} แต่โปรแกรมต้องการรุ่น {head}: รัน python -m ita_core db upgrade",
                f"the schema is at {found or 'empty'}, this program needs {head}: run python -m ita_core db upgrade",
            )
        migrate(engine)
        io.say(
            f"ปรับโครงสร้างฐานข้อมูลแล้ว: รุ่น {shown} → {head} (ข้อมูลเดิมอยู่ครบ)",
            f"schema upgraded: {found or 'empty'} → {head} (existing data kept)",
        )
        return 0
    finally:
        engine.dispose()


def add_commands(command: Command) -> None:
    db = command("db", _db, "โครงสร้างฐานข้อมูล: status ตรวจรุ่น, upgrade ปรับให้เป็นรุ่นล่าสุด (รันครั้งเดียวก่อนเริ่มระบบ)")
    db.add_argument("action", choices=("status", "upgrade"))

    imp = command("import", _import, "ตรวจและเผยแพร่ไฟล์เป็นข้อมูลฉบับใหม่")
    imp.add_argument("file", type=Path)
    imp.add_argument("--user", required=True, help="บัญชีที่เป็น editor หรือ admin ของหน่วยงานในไฟล์")
    imp.add_argument("--comment", default="", help="หมายเหตุของฉบับนี้")
    imp.add_argument("--older", action="store_true", help="เผยแพร่แม้ข้อมูลในไฟล์เก่ากว่าฉบับที่เผยแพร่อยู่")

    hist = command("history", _history, "รายการข้อมูลทุกฉบับที่เผยแพร่")
    hist.add_argument("--unit", help="เฉพาะหน่วยงานนี้")
    hist.add_argument("--year", type=int, help="เฉพาะปีงบประมาณนี้ (พ.ศ.)")

    back = command("rollback", _rollback, "เผยแพร่ฉบับใหม่ที่มีข้อมูลเท่ากับฉบับเก่า (ไม่มีการลบ)")
    back.add_argument("snapshot_id", type=int)
    back.add_argument("--user", required=True)
    back.add_argument("--comment", default="")

    exp = command("export", _export, "บันทึกไฟล์ต้นฉบับของข้อมูลฉบับหนึ่ง")
    exp.add_argument("snapshot_id", type=int)
    exp.add_argument("out", type=Path)

    users = command("users", _users, "จัดการบัญชีผู้ใช้ (รหัสผ่านอ่านจาก standard input)")
    users.add_argument(
        "action",
        choices=("add", "list", "remove", "passwd", "role", "grant", "groups", "email", "sessions", "revoke"),
        help="grant: ให้บทบาท --role ในหน่วยงาน --unit; revoke --unit: ถอนบทบาทในหน่วยงานนั้น; "
        "revoke ไม่มี --unit: ยกเลิกการเข้าสู่ระบบทุกเครื่อง; role: บทบาทสำหรับทุกหน่วยงาน",
    )
    users.add_argument("name", nargs="?")
    users.add_argument("--role", choices=[r.value for r in Role], default=Role.VIEWER.value)
    users.add_argument("--unit", help="หน่วยงานที่บทบาทนี้ใช้ได้ (รวมหน่วยงานในสังกัด); ไม่ระบุ: ทุกหน่วยงาน (add, grant)")
    users.add_argument(
        "--group", action="append", help="กลุ่มผู้รับผิดชอบ ตามที่เขียนในแผน (ใส่ได้หลายครั้ง): ผู้รายงานผลรายงานกิจกรรมของกลุ่มนี้"
    )
    users.add_argument("--email", help="อีเมลสำหรับรับการแจ้งเตือนกำหนดส่ง")

    units = command("units", _units, "หน่วยงานในระบบ: list, add, rename, move")
    units.add_argument("action", choices=("list", "add", "rename", "move"))
    units.add_argument("name", nargs="?", help="ชื่อหน่วยงาน (rename: ชื่อเดิม)")
    units.add_argument("new_name", nargs="?", help="rename: ชื่อใหม่")
    units.add_argument("--short", help="ชื่อย่อที่ใช้ในตารางและแผนภูมิ")
    units.add_argument("--parent", help="หน่วยงานที่สังกัด (add, move)")
    units.add_argument("--top", action="store_true", help="move: ไม่สังกัดหน่วยงานใด")


def _units(args: argparse.Namespace, io: Io) -> int:
    from ita_core.store.units import Units

    units = Units(_store().engine)
    if args.action == "list":
        known = units.organisation()
        for unit in known.units:
            print(f"{unit.name}\t{unit.short_name or '-'}\t{unit.parent or '-'}", file=io.out)
        for old, new in known.aliases:
            print(f"{old}\t→ {new}", file=io.out)
        return 0
    if not args.name:
        return io.fail("ระบุชื่อหน่วยงาน", "give a unit name")
    if args.action == "add":
        made = units.add(args.name, args.short or "", args.parent)
        above = f" ใต้ {made.parent}" if made.parent else ""
        io.say(
            f"เพิ่มหน่วยงาน {made.name}{above} แล้ว",
            f"unit {made.name} added" + (f" under {made.parent}" if made.parent else ""),
        )
    elif args.action == "rename":
        if not args.new_name and args.short is None:
            return io.fail("ระบุชื่อใหม่ หรือ --short", "give the new name, or --short")
        made = units.rename(args.name, args.new_name or args.name, args.short)
        io.say(
            f"หน่วยงาน {args.name} ชื่อ {made.name} แล้ว (ประวัติข้อมูลเดิมอยู่ครบ)",
            f"unit {args.name} is now {made.name} (its history kept)",
        )
    else:
        if not args.top and not args.parent:
            return io.fail("ระบุ --parent หรือ --top", "give --parent or --top")
        made = units.move(args.name, None if args.top else args.parent)
        io.say(f"{made.name} สังกัด {made.parent or '-'} แล้ว", f"{made.name} is now under {made.parent or '-'}")
    return 0
