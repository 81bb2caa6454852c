"""``python -m ita_core``: the command line. It only parses arguments and calls the core.

Expected problems (a bad workbook, a missing file, a stale publish) print a
message and exit 1; a database that cannot be reached prints one line and
exits 2; a traceback would mean a bug in this program.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from ita_core import clock
from ita_core.cli import reminders as reminder_commands
from ita_core.cli import reports as report_commands
from ita_core.cli import store as store_commands
from ita_core.cli.console import Io, check_path, print_problems, print_read, read_plan
from ita_core.errors import BilingualError, StoreUnavailable
from ita_core.model import Plan
from ita_core.numbers import format_decimal
from ita_core.paths import SHIPPED_WORKBOOK
from ita_core.problems import Problem, Severity, WorkbookRejected
from ita_core.thai import format_date_th, parse_iso_date
from ita_core.workbook.ingest import ReadResult


def iso_date(text: str) -> date:
    """``2023-03-31``, or ``2566-03-31`` with the Buddhist-era year (as in the dashboard's address)."""
    parsed = parse_iso_date(text)
    if parsed is None:
        raise argparse.ArgumentTypeError(f"ต้องเป็นวันที่แบบ ปี-เดือน-วัน เช่น 2023-03-31 หรือ 2566-03-31, not {text!r}")
    return parsed


def _template(args: argparse.Namespace, io: Io) -> int:
    from ita_core.workbook.writer import template_rows, write_workbook

    write_workbook(template_rows(), args.out, instructions=True)
    io.say(f"สร้างแม่แบบแล้ว: {args.out}", f"template written: {args.out}")
    return 0


def _from_word(args: argparse.Namespace, io: Io) -> int:
    """The plan in a Word document as the template's workbook, checked as ``validate`` checks it: the
    workbook is written even when problems remain, to fix in Excel."""
    intake = check_path(args.file)
    print_read(intake, io)
    print_problems(intake.result, io, warnings=True, to_err=True)
    if intake.workbook is None:
        return io.fail("อ่านแผนจากไฟล์ Word ไม่ได้", "no plan could be read from the Word file")
    args.out.write_bytes(intake.workbook)
    plan = intake.plan
    if plan is None:
        return io.fail(
            f"บันทึก {args.out} แล้ว แต่ยังมีปัญหาที่ต้องแก้ตามรายการข้างบน (แก้ในไฟล์ Excel นี้ได้)",
            f"{args.out} written, with the problems listed above to fix (in that workbook)",
        )
    done = sum(1 for a in plan.activities if a.completed)
    io.say(
        f"อ่านแผนจากไฟล์ Word แล้ว: {args.out} — {plan.unit} ปีงบประมาณ {plan.fiscal_year_be}, "
        f"{len(plan.measures)} มาตรการ "
        f"{len(plan.activities)} กิจกรรม {len(plan.deadlines)} กำหนดส่ง ผลการดำเนินการ {done} กิจกรรม "
        f"การมีส่วนร่วม {len(plan.participation)} แถว",
        f"plan read from Word: {args.out} — {len(plan.measures)} measures, {len(plan.activities)} activities, "
        f"{len(plan.deadlines)} deadlines, {done} reported done, {len(plan.participation)} participation rows",
    )
    return 0


def _next_year(args: argparse.Namespace, io: Io) -> int:
    from ita_core.workbook.writer import rows_from_plan, write_workbook
    from ita_core.yearly import next_year

    plan = read_plan(args.file, io)
    rolled = next_year(plan)
    write_workbook(rows_from_plan(rolled), args.out)
    io.say(
        f"สร้างแผนปีงบประมาณ {rolled.fiscal_year_be} แล้ว: {args.out} — {len(rolled.activities)} กิจกรรม "
        f"{len(rolled.deadlines)} กำหนดส่ง (เลื่อนไปหนึ่งปี) ผลการดำเนินการ หลักฐาน และการมีส่วนร่วมว่าง",
        f"FY{rolled.fiscal_year_be} plan written: {args.out} — {len(rolled.activities)} activities, "
        f"{len(rolled.deadlines)} deadlines a year later; results, evidence and participation empty",
    )
    for check in rolled.warnings:  # dates of last year that are not deadlines: the editor decides
        print(check.line(io.lang), file=io.out)
    return 0


def _ita_level(args: argparse.Namespace, io: Io) -> int:
    from ita_core import metrics

    try:
        level = metrics.ita_level(args.score)
    except (ValueError, ArithmeticError):
        return io.fail("คะแนนต้องเป็นตัวเลข 0–100", "the score must be a number from 0 to 100")
    print(level, file=io.out)
    return 0


def _validate(args: argparse.Namespace, io: Io) -> int:
    intake = check_path(args.file)
    result = intake.result
    if args.json:
        json.dump(validation_json(result, args.limit), io.out, ensure_ascii=False, indent=2)
        print(file=io.out)
        return 0 if result.plan is not None else 1
    print_read(intake, io)
    print_problems(result, io, warnings=args.warnings)
    if result.plan is None:
        n = result.error_count
        if intake.converted is not None:
            io.warn(
                f"python -m ita_core from-word {args.file} -o แผน.xlsx เขียนไฟล์ Excel ที่แปลงแล้วไว้แก้",
                f"python -m ita_core from-word {args.file} -o plan.xlsx writes the converted workbook to fix",
            )
        return io.fail(f"ไม่ผ่าน: พบ {n:,} ปัญหาที่ต้องแก้", f"invalid: {n:,} error(s)")
    plan = result.plan
    io.say(
        f"ผ่าน: {plan.unit or '-'} ปีงบประมาณ {plan.fiscal_year_be or '-'} — {len(plan.measures)} มาตรการ "
        f"{len(plan.activities)} กิจกรรม {len(plan.deadlines)} กำหนดส่ง {len(plan.participation)} แถวการมีส่วนร่วม"
        f" (คำเตือน {len(result.warnings)})",
        f"valid: {len(plan.measures)} measures, {len(plan.activities)} activities, {len(plan.deadlines)} deadlines, "
        f"{len(plan.participation)} participation rows ({len(result.warnings)} warnings)",
    )
    return 0


def validation_json(result: ReadResult, limit: int) -> dict[str, Any]:
    """What ``validate --json`` prints: counts first, then the first ``limit`` problems."""

    def problem(p: Problem) -> dict[str, Any]:
        return {
            "sheet": p.sheet,
            "cell": p.cell,
            "value": p.shown_value,
            "severity": p.severity.value,
            "th": p.th,
            "en": p.en,
        }

    warnings = len(result.warnings) + sum(o.count for o in result.omitted if o.severity is Severity.WARNING)
    return {
        "ok": result.plan is not None,
        "errors": result.error_count,
        "warnings": warnings,
        "problems": [problem(p) for p in result.problems[: max(limit, 0)]],
        "omitted": [
            {
                "sheet": o.sheet,
                "column": o.column,
                "count": o.count,
                "first_row": o.first_row,
                "last_row": o.last_row,
                "severity": o.severity.value,
                "example": problem(o.example),
            }
            for o in result.omitted
        ],
    }


def _summary(args: argparse.Namespace, io: Io) -> int:
    from ita_core.summary import summary

    plan = read_plan(args.file, io)
    as_of = args.as_of or plan.effective_as_of(clock.today())
    if args.json:
        json.dump(summary(plan, as_of), io.out, ensure_ascii=False, indent=2)
        print(file=io.out)
    else:
        _print_summary(plan, as_of, io)
    return 0


def _print_summary(plan: Plan, as_of: date, io: Io) -> None:
    from ita_core import metrics
    from ita_core.labels import date_label, group_label

    overall = metrics.completion(plan.activities)
    year = plan.fiscal_year_be or "-"
    io.say(
        f"{plan.unit} ปีงบประมาณ {year} ข้อมูล ณ วันที่ {format_date_th(as_of, 'long')}",
        f"{plan.unit}, fiscal year {year}, data as of {date_label(as_of, 'en')}",
    )
    done, pct, mean = (
        overall.completed,
        format_decimal(overall.completion_pct),
        format_decimal(overall.mean_progress_pct),
    )
    io.say(
        f"ภาพรวม: แล้วเสร็จ {done}/{overall.activities} กิจกรรม (ร้อยละ {pct}), ความก้าวหน้าเฉลี่ยร้อยละ {mean}",
        f"overall: {done}/{overall.activities} activities completed ({pct}%), mean progress {mean}%",
    )
    for m in metrics.completion_by_measure(plan):
        c = m.completion
        share = format_decimal(c.completion_pct)
        io.say(
            f"  มาตรการที่ {m.measure}: แล้วเสร็จ {c.completed}/{c.activities} (ร้อยละ {share})",
            f"  measure {m.measure}: {c.completed}/{c.activities} completed ({share}%)",
        )
    counts = metrics.status_counts(metrics.deadline_states(plan, as_of))
    overdue, soon = counts[metrics.DeadlineStatus.OVERDUE], counts[metrics.DeadlineStatus.DUE_SOON]
    upcoming, done_count = counts[metrics.DeadlineStatus.UPCOMING], counts[metrics.DeadlineStatus.DONE]
    io.say(
        f"กำหนดส่ง: เลยกำหนด {overdue} · ภายใน {metrics.DUE_SOON_DAYS} วัน {soon} · ยังไม่ถึง {upcoming} · "
        f"ส่งแล้ว {done_count}",
        f"deadlines: overdue {overdue} · within {metrics.DUE_SOON_DAYS} days {soon} · upcoming {upcoming} · "
        f"done {done_count}",
    )
    for r in metrics.participation_ratios(plan):
        people, ratio = f"{r.row.participants}/{r.row.headcount}", format_decimal(r.ratio_pct)
        io.say(
            f"การมีส่วนร่วม {r.row.activity_id} {group_label(r.row.group, 'th')}: {people} = ร้อยละ {ratio}",
            f"participation {r.row.activity_id} {group_label(r.row.group, 'en')}: {people} = {ratio}%",
        )


Handler = Callable[[argparse.Namespace, Io], int]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m ita_core",
        description="ตรวจ สรุป และเผยแพร่แผนส่งเสริมคุณธรรมและความโปร่งใส (ITA) จากไฟล์ Excel",
    )
    parser.add_argument("--lang", choices=("th", "en"), default="th", help="ภาษาของข้อความ (default: th)")
    commands = parser.add_subparsers(dest="command", required=True)

    def command(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text)
        sub.set_defaults(handler=handler)
        return sub

    template = command("template", _template, "สร้างแม่แบบ Excel เปล่าพร้อมคำอธิบายและแถวตัวอย่าง")
    template.add_argument("out", type=Path, help="ไฟล์ .xlsx ที่จะสร้าง")

    validate = command("validate", _validate, "ตรวจไฟล์: แจ้งทุกปัญหาพร้อมแผ่นงานและเซลล์")
    validate.add_argument("file", type=Path)
    validate.add_argument("--warnings", action="store_true", help="แสดงคำเตือนด้วย")
    validate.add_argument("--json", action="store_true", help="พิมพ์ผลเป็น JSON: จำนวนปัญหาแต่ละแบบ และ N ปัญหาแรก")
    validate.add_argument("--limit", type=int, default=100, help="จำนวนปัญหาที่แสดงใน --json (ค่าเริ่มต้น 100)")

    summ = command("summary", _summary, "สรุปตัวเลขของแผน")
    summ.add_argument("file", type=Path, nargs="?", default=SHIPPED_WORKBOOK, help="ค่าเริ่มต้น: ข้อมูลที่มากับโปรแกรม")
    summ.add_argument("--as-of", type=iso_date, help="คำนวณ ณ วันที่ (YYYY-MM-DD); ค่าเริ่มต้น: ข้อมูล ณ วันที่ ในไฟล์")
    summ.add_argument("--json", action="store_true", help="พิมพ์เป็น JSON")

    level = command("ita-level", _ita_level, "ระดับผลการประเมิน ITA ของคะแนน (AA–F)")
    level.add_argument("score")

    word = command("from-word", _from_word, "อ่านแผนจากไฟล์ Word (.docx) เป็นไฟล์ Excel ตามแม่แบบ แล้วตรวจตามปกติ")
    word.add_argument("file", type=Path, help="แผนที่เขียนด้วย Word (.docx)")
    word.add_argument("-o", "--out", type=Path, required=True, help="ไฟล์ .xlsx ที่จะสร้าง")
    roll = command("next-year", _next_year, "สร้างแผนปีงบประมาณถัดไปจากแผนนี้: กำหนดส่งเลื่อนหนึ่งปี ผลการดำเนินการว่าง")
    roll.add_argument("file", type=Path, help="แผนปีนี้ (.xlsx)")
    roll.add_argument("-o", "--out", type=Path, required=True, help="ไฟล์ .xlsx ของปีถัดไป")
    store_commands.add_commands(command)
    report_commands.add_commands(command, iso_date)
    reminder_commands.add_commands(command, iso_date)
    return parser


def main(
    argv: Sequence[str] | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
    stdin: TextIO | None = None,
) -> int:
    args = _parser().parse_args(argv)
    io = Io(out or sys.stdout, err or sys.stderr, args.lang, stdin or sys.stdin)
    try:
        handler: Handler = args.handler
        return handler(args, io)
    except WorkbookRejected as exc:
        return io.fail(f"{getattr(args, 'file', '')}: {exc.th}", f"{getattr(args, 'file', '')}: {exc.en}")
    except StoreUnavailable as exc:  # the database, not the workbook: exit 2, so a scheduled job can tell
        io.fail(exc.th, exc.en)
        return 2
    except BilingualError as exc:  # a stale publish, a refused account, no Chromium, a workbook with errors
        return io.fail(exc.th, exc.en)
    except OSError as exc:
        return io.fail(f"{exc.strerror}: {exc.filename}", f"{exc.strerror}: {exc.filename}")
