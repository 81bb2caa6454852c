"""Command-line reports and exports: the official report form, deadlines as .ics, the data as .xlsx or CSV."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path

from ita_core import clock
from ita_core.cli.console import Io, read_plan
from ita_core.paths import SHIPPED_WORKBOOK
from ita_core.report.choices import COUNT_GUIDELINES, COUNT_ROWS, FORMATS, ROUNDS
from ita_core.thai import fiscal_year_be
from ita_core.workbook.contract import TABLE_SHEETS

Command = Callable[[str, Callable[[argparse.Namespace, Io], int], str], argparse.ArgumentParser]


def _write(out: Path, data: bytes, io: Io) -> int:
    out.write_bytes(data)
    io.say(f"เขียนไฟล์แล้ว: {out} ({len(data) / 1024:.0f} KB)", f"written: {out} ({len(data) / 1024:.0f} KB)")
    return 0


def _report(args: argparse.Namespace, io: Io) -> int:
    from ita_core.report.content import ReportError, build_report, data_date_note, report_round

    plan = read_plan(args.file, io)
    if args.round is None and args.as_of is None:
        raise ReportError("ระบุ --round หรือ --as-of", "give --round or --as-of")
    if args.round:  # a round of the fiscal year --as-of falls in, else of the plan's own
        year = fiscal_year_be(args.as_of) if args.as_of else plan.fiscal_year_be
        round_ = report_round(args.round, year)
    else:
        round_ = report_round("date", plan.fiscal_year_be, args.as_of)
    count_by = COUNT_GUIDELINES if args.count_guidelines else COUNT_ROWS
    report = build_report(plan, round_, thai_digits=not args.arabic, include_unreported=args.all, count_by=count_by)
    from ita_core.report.files import render_report  # the layouts load only when the plan has been read

    made = render_report(report, args.format, chart=args.chart)  # ReportError, ImagesUnavailable: main
    note = data_date_note(plan, round_)
    if note:
        io.say(f"หมายเหตุ: {note.th}", f"note: {note.en}")
    if made.chart_missing:
        io.say("หมายเหตุ: ไม่มีกราฟในรายงาน เพราะ Chromium ทำงานไม่ได้", "note: the report has no chart (no Chromium)")
    return _write(args.out or Path(made.name), made.data, io)


def _calendar(args: argparse.Namespace, io: Io) -> int:
    from ita_core.report.exports import deadlines_ics

    plan = read_plan(args.file, io)
    as_of = args.as_of or plan.effective_as_of(clock.today())
    return _write(args.out, deadlines_ics(plan, as_of), io)


def _export(args: argparse.Namespace, io: Io) -> int:
    from ita_core.report.exports import data_csv, data_xlsx

    plan = read_plan(args.file, io)
    fmt = args.format or ("csv" if args.out.suffix.lower() == ".csv" else "xlsx")
    data = data_csv(plan, args.sheet) if fmt == "csv" else data_xlsx(plan)
    return _write(args.out, data, io)


def add_commands(command: Command, iso_date: Callable[[str], date]) -> None:
    report = command("report", _report, "แบบรายงานผลการดำเนินการ (Word, Excel หรือ PDF) ของรอบรายงาน")
    report.add_argument("file", type=Path, nargs="?", default=SHIPPED_WORKBOOK, help="ค่าเริ่มต้น: ข้อมูลที่มากับโปรแกรม")
    report.add_argument("--round", choices=ROUNDS, help="q1–q4 ไตรมาส, h1 รอบ 6 เดือน (ถึง 31 มี.ค.), h2 รอบ 12 เดือน")
    report.add_argument(
        "--as-of",
        type=iso_date,
        help="รายงาน ณ วันที่ (YYYY-MM-DD); ใช้คู่กับ --round เพื่อเลือกปีงบประมาณที่วันนั้นอยู่",
    )
    report.add_argument("--format", choices=FORMATS, default="docx")
    report.add_argument("--arabic", action="store_true", help="ใช้เลขอารบิกแทนเลขไทย")
    report.add_argument("--all", action="store_true", help="แสดงทุกกิจกรรม รวมที่ยังไม่มีรายงานผล")
    report.add_argument(
        "--chart", action="store_true", help="ต่อท้ายด้วยกราฟความก้าวหน้าทั้งแผน (แบบรายงานต้นฉบับไม่มี; ต้องใช้ Chromium)"
    )
    report.add_argument(
        "--count-guidelines",
        action="store_true",
        help="นับแนวทางที่แล้วเสร็จแทนรายการที่รายงาน (ได้เมื่อทุกกิจกรรมในแบบรายงานระบุแนวทาง)",
    )
    report.add_argument("-o", "--out", type=Path, help="ไฟล์ที่จะเขียน (ค่าเริ่มต้น: ชื่อตามรอบรายงาน)")

    calendar = command("calendar", _calendar, "กำหนดส่งงานเป็นไฟล์ปฏิทิน .ics (Outlook, Google Calendar)")
    calendar.add_argument("file", type=Path, nargs="?", default=SHIPPED_WORKBOOK)
    calendar.add_argument("--as-of", type=iso_date, help="วันที่ใช้ตัดสินว่ากำหนดใดส่งแล้ว/ยังเปิดอยู่")
    calendar.add_argument("-o", "--out", type=Path, required=True)

    export = command("export-data", _export, "ส่งออกข้อมูลเป็น .xlsx ตามรูปแบบนำเข้า หรือ CSV")
    export.add_argument("file", type=Path, nargs="?", default=SHIPPED_WORKBOOK)
    export.add_argument("--format", choices=("xlsx", "csv"), help="ค่าเริ่มต้น: ตามนามสกุลของไฟล์ -o")
    export.add_argument("--sheet", choices=[s.key for s in TABLE_SHEETS], default="activities", help="แผ่นงานสำหรับ CSV")
    export.add_argument("-o", "--out", type=Path, required=True)
