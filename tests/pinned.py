"""Every output users and scripts see, as one JSON-ready dictionary, to hold them still while the core moves.

``tests/test_pinned.py`` compares this against ``tests/golden/pinned.json``. What is pinned: the command
line's ``summary`` (text and JSON) and ``validate`` (text and JSON) outputs, the template's and the data
export's cells, every CSV, the calendar, the report in Word, Excel and PDF (as text), and the tables and
charts the pages draw, in Thai and English. Regenerate it only for an intended change of output:
``ITA_REPIN=1 pytest tests/test_pinned.py``.
"""

from __future__ import annotations

import dataclasses
import html
import io
import json
import re
import tempfile
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pandas as pd
import pypdfium2 as pdfium
from docx import Document
from reports import shipped
from workbooks import valid_book

from ita_core import charts, metrics, views
from ita_core.cli.main import main
from ita_core.diff import diff_plans, diff_tables
from ita_core.labels import LANGS
from ita_core.paths import SHIPPED_WORKBOOK

AS_OF = (date(2023, 3, 31), date(2023, 6, 19), date(2023, 10, 15))
REPORTS = (("--round", "h1"), ("--round", "h1", "--all", "--arabic"), ("--round", "q3"))
_TAG = re.compile(r"<[^>]+>")
_UUID_OR_STAMP = re.compile(r"(DTSTAMP|UID|SEQUENCE|CREATED|LAST-MODIFIED):.*")


def _cli(*args: str) -> dict[str, Any]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out, err, io.StringIO(""))
    return {"code": code, "out": out.getvalue(), "err": err.getvalue()}


def _cells(data: bytes) -> dict[str, list[list[Any]]]:
    book = openpyxl.load_workbook(io.BytesIO(data))
    return {ws.title: [[_plain(c.value) for c in row] for row in ws.iter_rows()] for ws in book.worksheets}


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _docx_text(data: bytes) -> list[str]:
    document = Document(io.BytesIO(data))
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" | ".join(cell.text for cell in row.cells))
    for section in document.sections:
        lines.extend(p.text for p in section.footer.paragraphs)
    return lines


def pdf_text(data: bytes) -> str:
    """A PDF's text in reading order (Chromium's layout, PDFium's extraction: compared tolerantly)."""
    pdf = pdfium.PdfDocument(data)
    footer = 16 / 25.4 * 72  # the page's bottom margin (16 mm), where the round and page number are printed
    pages = (page.get_textpage().get_text_bounded(bottom=footer) for page in pdf)
    return " ".join(pages)


def pdf_html_text(*args: str) -> list[str]:
    """The text of the HTML a PDF report is printed from, a line per block: what the PDF must say.

    The PDF itself is not pinned: its extracted text carries artefacts of Chromium's layout and
    PDFium's extraction that a browser update changes. ``test_pinned`` checks, with a browser, that
    the command line's PDF says each of these lines."""
    from ita_core.report.content import build_report, report_round
    from ita_core.report.pdf import report_html

    plan = shipped()
    options = {"thai_digits": "--arabic" not in args, "include_unreported": "--all" in args}
    report = build_report(plan, report_round(args[1], plan.fiscal_year_be), **options)
    body = report_html(report).split("<body>", 1)[1]
    blocks = re.split(r"</(?:p|h1|h2|h3|li|td|th|div)>", body)
    return [line for line in (" ".join(html.unescape(_TAG.sub(" ", b)).split()) for b in blocks) if line]


def _frame(frame: pd.DataFrame, lang: str) -> dict[str, Any]:
    return json.loads(views.labelled(frame, lang).to_json(orient="split", force_ascii=False, index=False))


def _files(run: Callable[[Path], dict[str, Any]]) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        return run(Path(tmp))


def cli_outputs() -> dict[str, Any]:
    shipped_path = str(SHIPPED_WORKBOOK)
    out: dict[str, Any] = {}
    for day in AS_OF:
        for lang in LANGS:
            out[f"summary {day} {lang}"] = _cli("--lang", lang, "summary", shipped_path, "--as-of", day.isoformat())
        out[f"summary --json {day}"] = _cli("summary", shipped_path, "--json", "--as-of", day.isoformat())
    out["ita-level"] = _cli("ita-level", "91.36")

    def broken(tmp: Path) -> dict[str, Any]:
        book = valid_book()
        book.set("กิจกรรม", "A3", "มาตรการที่ ๙")
        book.set("กิจกรรม", "G2", "ส่ง ๓๑ กุมภาพันธ์ ๒๕๖๖")
        book.set("กิจกรรม", "H3", "๑๒๐")
        book.set("การมีส่วนร่วม", "D2", 0)
        path = tmp / "broken.xlsx"
        path.write_bytes(book.to_bytes())
        good = tmp / "good.xlsx"
        good.write_bytes(valid_book().to_bytes())
        return {
            "validate th": _cli("validate", str(path)),
            "validate en": _cli("--lang", "en", "validate", str(path)),
            "validate --json": _cli("validate", str(path), "--json"),
            "validate good": _cli("validate", str(good)),
            "validate shipped": _cli("validate", shipped_path),
        }

    out |= _files(broken)

    def files(tmp: Path) -> dict[str, Any]:
        found: dict[str, Any] = {}
        _cli("template", str(tmp / "template.xlsx"))
        found["template"] = _cells((tmp / "template.xlsx").read_bytes())
        _cli("export-data", shipped_path, "-o", str(tmp / "data.xlsx"))
        found["export xlsx"] = _cells((tmp / "data.xlsx").read_bytes())
        for sheet in ("activities", "measures", "guidelines", "participation", "deadlines"):
            _cli("export-data", shipped_path, "--sheet", sheet, "-o", str(tmp / f"{sheet}.csv"))
            found[f"export csv {sheet}"] = (tmp / f"{sheet}.csv").read_text(encoding="utf-8-sig")
        _cli("calendar", shipped_path, "--as-of", "2023-06-19", "-o", str(tmp / "d.ics"))
        ics = (tmp / "d.ics").read_text(encoding="utf-8")
        found["calendar"] = [_UUID_OR_STAMP.sub(r"\1:…", line) for line in ics.splitlines()]
        for args in REPORTS:
            name = " ".join(args)
            for fmt in ("docx", "xlsx"):
                target = tmp / f"report.{fmt}"
                result = _cli("report", shipped_path, *args, "--format", fmt, "-o", str(target))
                data = target.read_bytes() if target.exists() else b""
                text = {"docx": _docx_text, "xlsx": _cells}[fmt](data) if data else None
                found[f"report {name} {fmt}"] = {"code": result["code"], "text": text}
                target.unlink(missing_ok=True)
            found[f"report {name} pdf html"] = pdf_html_text(*args)
        return found

    out |= _files(files)
    return out


def view_outputs() -> dict[str, Any]:
    plan = shipped()
    out: dict[str, Any] = {}
    for day in AS_OF[:2]:
        board = views.dashboard(plan, day)
        for lang in LANGS:
            key = f"{day} {lang}"
            out[f"activities {key}"] = _frame(views.activities_table(plan.activities, board.deadlines, lang), lang)
            out[f"deadlines {key}"] = _frame(views.deadlines_table(board.deadlines, plan, lang), lang)
            out[f"next deadlines {key}"] = _frame(
                views.next_deadlines_table(views.open_deadlines(board.deadlines, 5), plan, lang), lang
            )
            out[f"participation {key}"] = _frame(views.participation_table(board.participation, plan, lang), lang)
            out[f"detail 1.1 {key}"] = views.activity_detail(plan.activity("1.1"), board.deadlines, lang).fields
            out[f"measure names {key}"] = views.measure_names(plan, lang)
            other = dataclasses.replace(plan, unit="หน่วยทดสอบ (SYNTHETIC)", activities=plan.activities[:10])
            out[f"standings {key}"] = _frame(views.standings_table(metrics.compare_units([plan, other], day)), lang)
            out[f"completion chart {key}"] = charts.completion_chart(board.by_measure, lang).to_plotly_json()
            out[f"timeline {key}"] = charts.deadline_timeline(board.deadlines, plan, day, lang).to_plotly_json()
            out[f"participation chart {key}"] = charts.participation_chart(
                board.participation, plan, lang
            ).to_plotly_json()
    older = dataclasses.replace(
        plan,
        activities=tuple(a._replace(progress=a.progress / 2) for a in plan.activities[2:]),
        participation=(),
    )
    for lang in LANGS:
        out[f"diff {lang}"] = [
            (title, _frame(frame, lang)) for title, frame in diff_tables(diff_plans(older, plan, AS_OF[1]), lang)
        ]
    return out


def pinned() -> dict[str, Any]:
    result = {"cli": cli_outputs(), "views": view_outputs()}
    return json.loads(json.dumps(result, ensure_ascii=False, default=str))


def stamp() -> str:
    return datetime.now(UTC).isoformat()
