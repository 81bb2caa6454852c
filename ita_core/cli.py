"""``python -m ita_core``: the command line. It only parses arguments and calls the core.

Expected problems (a bad workbook, a missing file) print a message and exit 1;
a traceback would mean a bug in this program.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TextIO

from ita_core import metrics
from ita_core.ingest import read_workbook
from ita_core.model import Plan
from ita_core.numbers import format_decimal
from ita_core.paths import SHIPPED_WORKBOOK
from ita_core.problems import WorkbookRejected
from ita_core.summary import summary
from ita_core.thai import format_date_th
from ita_core.writer import template_rows, write_workbook


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ต้องเป็นวันที่แบบ YYYY-MM-DD (ค.ศ.) เช่น 2023-03-31, not {text!r}") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m ita_core",
        description="ตรวจและสรุปแผนส่งเสริมคุณธรรมและความโปร่งใส (ITA) จากไฟล์ Excel",
    )
    parser.add_argument("--lang", choices=("th", "en"), default="th", help="ภาษาของข้อความ (default: th)")
    commands = parser.add_subparsers(dest="command", required=True)

    template = commands.add_parser("template", help="สร้างแม่แบบ Excel เปล่าพร้อมคำอธิบายและแถวตัวอย่าง")
    template.add_argument("out", type=Path, help="ไฟล์ .xlsx ที่จะสร้าง")

    validate = commands.add_parser("validate", help="ตรวจไฟล์: แจ้งทุกปัญหาพร้อมแผ่นงานและเซลล์")
    validate.add_argument("file", type=Path)
    validate.add_argument("--warnings", action="store_true", help="แสดงคำเตือนด้วย")

    summ = commands.add_parser("summary", help="สรุปตัวเลขของแผน")
    summ.add_argument("file", type=Path, nargs="?", default=SHIPPED_WORKBOOK, help="ค่าเริ่มต้น: ข้อมูลที่มากับโปรแกรม")
    summ.add_argument("--as-of", type=_iso_date, help="คำนวณ ณ วันที่ (YYYY-MM-DD); ค่าเริ่มต้น: ข้อมูล ณ วันที่ ในไฟล์")
    summ.add_argument("--json", action="store_true", help="พิมพ์เป็น JSON")

    level = commands.add_parser("ita-level", help="ระดับผลการประเมิน ITA ของคะแนน (AA–F)")
    level.add_argument("score")
    return parser


def _fail(message: str, err: TextIO) -> int:
    print(message, file=err)
    return 1


def main(argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    args = _parser().parse_args(argv)
    lang: str = args.lang
    try:
        if args.command == "template":
            write_workbook(template_rows(), args.out, instructions=True)
            print(f"สร้างแม่แบบแล้ว: {args.out}" if lang == "th" else f"template written: {args.out}", file=out)
            return 0
        if args.command == "ita-level":
            try:
                print(metrics.ita_level(args.score), file=out)
            except (ValueError, ArithmeticError):
                return _fail("คะแนนต้องเป็นตัวเลข 0–100" if lang == "th" else "the score must be 0-100", err)
            return 0
        result = read_workbook(args.file)
    except WorkbookRejected as exc:
        return _fail(f"{getattr(args, 'file', '')}: {exc.th if lang == 'th' else exc.en}", err)
    except OSError as exc:
        return _fail(f"{exc.strerror}: {exc.filename}", err)

    shown = result.problems if getattr(args, "warnings", False) else result.errors
    if args.command == "validate":
        for problem in shown:
            print(problem.line(lang), file=out)
        if result.plan is None:
            errors = len(result.errors)
            print(f"ไม่ผ่าน: พบ {errors} ปัญหาที่ต้องแก้" if lang == "th" else f"invalid: {errors} error(s)", file=err)
            return 1
        plan = result.plan
        print(
            f"ผ่าน: {plan.unit or '-'} ปีงบประมาณ {plan.fiscal_year_be or '-'} — {len(plan.measures)} มาตรการ "
            f"{len(plan.activities)} กิจกรรม {len(plan.deadlines)} กำหนดส่ง {len(plan.participation)} แถวการมีส่วนร่วม"
            f" (คำเตือน {len(result.warnings)})"
            if lang == "th"
            else f"valid: {len(plan.measures)} measures, {len(plan.activities)} activities, "
            f"{len(plan.deadlines)} deadlines, {len(plan.participation)} participation rows "
            f"({len(result.warnings)} warnings)",
            file=out,
        )
        return 0

    if result.plan is None:
        for problem in result.errors:
            print(problem.line(lang), file=err)
        return _fail("ไฟล์มีข้อผิดพลาด: แก้ตามรายการข้างบนก่อน" if lang == "th" else "the workbook has errors", err)
    plan = result.plan
    as_of = args.as_of or plan.effective_as_of(date.today())
    if args.json:
        json.dump(summary(plan, as_of), out, ensure_ascii=False, indent=2)
        print(file=out)
    else:
        _print_summary(plan, as_of, out)
    return 0


def _print_summary(plan: Plan, as_of: date, out: TextIO) -> None:
    overall = metrics.completion(plan.activities)
    print(f"{plan.unit} ปีงบประมาณ {plan.fiscal_year_be or '-'} ข้อมูล ณ วันที่ {format_date_th(as_of, 'long')}", file=out)
    print(
        f"ภาพรวม: แล้วเสร็จ {overall.completed}/{overall.activities} กิจกรรม "
        f"(ร้อยละ {format_decimal(overall.completion_pct)}), "
        f"ความก้าวหน้าเฉลี่ยร้อยละ {format_decimal(overall.mean_progress_pct)}",
        file=out,
    )
    for m in metrics.completion_by_measure(plan):
        c = m.completion
        print(
            f"  มาตรการที่ {m.measure}: แล้วเสร็จ {c.completed}/{c.activities} (ร้อยละ {format_decimal(c.completion_pct)})",
            file=out,
        )
    counts = metrics.status_counts(metrics.deadline_states(plan, as_of))
    print(
        f"กำหนดส่ง: เลยกำหนด {counts[metrics.DeadlineStatus.OVERDUE]} · "
        f"ภายใน {metrics.DUE_SOON_DAYS} วัน {counts[metrics.DeadlineStatus.DUE_SOON]} · "
        f"ยังไม่ถึง {counts[metrics.DeadlineStatus.UPCOMING]} · ส่งแล้ว {counts[metrics.DeadlineStatus.DONE]}",
        file=out,
    )
    for r in metrics.participation_ratios(plan):
        print(
            f"การมีส่วนร่วม {r.row.activity_id} {r.row.group}: {r.row.participants}/{r.row.headcount} "
            f"= ร้อยละ {format_decimal(r.ratio_pct)}",
            file=out,
        )
