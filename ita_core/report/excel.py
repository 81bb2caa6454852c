"""The report form as Excel, laid out for printing: one sheet per measure, A4 landscape, one page wide,
the table header repeated on every printed page; a first sheet with the title and the chart.

Text is written with ``write_string``, so nothing from a workbook can become a formula.
"""

from __future__ import annotations

import io
from typing import Any

import xlsxwriter

from ita_core.report.content import (
    COLUMNS,
    ActivityRow,
    ClosingRow,
    GroupRow,
    GuidelineList,
    Heading,
    Report,
    ReportMeasure,
    TableHead,
    footer_lines,
    measure_blocks,
    measure_heading,
)

FONT = "TH Sarabun New"
_WIDTHS = (7, 34, 42, 30, 30, 34, 16)


class _Formats:
    def __init__(self, book: xlsxwriter.Workbook) -> None:
        base = {"font_name": FONT, "font_size": 16, "valign": "top", "text_wrap": True}
        self.title = book.add_format({**base, "bold": True, "align": "center", "text_wrap": True})
        self.bold = book.add_format({**base, "bold": True})
        self.text = book.add_format(base)
        self.header = book.add_format({**base, "bold": True, "border": 1, "align": "center", "bg_color": "#E8E8E8"})
        self.cell = book.add_format({**base, "border": 1})
        self.number = book.add_format({**base, "border": 1, "align": "center"})
        self.group = book.add_format({**base, "border": 1, "bold": True, "bg_color": "#F3F3F3"})
        self.footer = book.add_format({**base, "border": 1, "bold": True})
        self.rich_bold = book.add_format({"font_name": FONT, "font_size": 16, "bold": True})
        self.rich = book.add_format({"font_name": FONT, "font_size": 16})
        self.signature = book.add_format({**base, "align": "right"})


def _print_setup(sheet: Any, report: Report) -> None:
    sheet.set_landscape()
    sheet.set_paper(9)  # A4
    sheet.fit_to_pages(1, 0)
    sheet.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.6)
    # Excel's page-number codes print Arabic digits whatever the text around them.
    label = report.footer_label.replace("&", "&&")
    sheet.set_footer(f'&L&"TH Sarabun New"&12{label}&R&"TH Sarabun New"&12หน้า &P / &N')


def _title(sheet: Any, report: Report, fmt: _Formats) -> int:
    for row, line in enumerate(report.title_lines):
        sheet.merge_range(row, 0, row, len(COLUMNS) - 1, line, fmt.title)
        sheet.set_row(row, 42 if row == 0 else 24)
    return len(report.title_lines) + 1


def _result_cell(sheet: Any, row: int, col: int, lines: list[tuple[str, bool]], fmt: _Formats) -> None:
    pieces: list[Any] = []
    for i, (text, bold) in enumerate(lines):
        pieces += [fmt.rich_bold if bold else fmt.rich, text + ("\n" if i < len(lines) - 1 else "")]
    if len(pieces) > 2:
        sheet.write_rich_string(row, col, *pieces, fmt.cell)
    else:
        sheet.write_string(row, col, lines[0][0] if lines else "", fmt.cell)


def _measure_sheet(book: xlsxwriter.Workbook, report: Report, m: ReportMeasure, fmt: _Formats) -> None:
    sheet = book.add_worksheet(report.text(f"มาตรการที่ {m.measure.number}"))
    _print_setup(sheet, report)
    for col, width in enumerate(_WIDTHS):
        sheet.set_column(col, col, width)
    row = _title(sheet, report, fmt)
    last = len(COLUMNS) - 1
    for block in measure_blocks(report, m):
        match block:
            case Heading(text):
                sheet.merge_range(row, 0, row, last, text, fmt.bold)
                sheet.set_row(row, 48)
            case GuidelineList(label, lines):
                sheet.write_string(row, 0, label, fmt.bold)
                for line in lines:
                    row += 1
                    sheet.merge_range(row, 1, row, last, line, fmt.text)
            case TableHead(titles):
                for col, title in enumerate(titles):
                    sheet.write_string(row, col, title, fmt.header)
                sheet.repeat_rows(row)
            case GroupRow(text):
                sheet.merge_range(row, 0, row, last, text, fmt.group)
            case ActivityRow(number, title, result, rest):
                sheet.write_string(row, 0, number, fmt.number)
                sheet.write_string(row, 1, title, fmt.cell)
                _result_cell(sheet, row, 2, list(result), fmt)
                for col, text in enumerate(rest, start=3):
                    sheet.write_string(row, col, text, fmt.cell)
            case ClosingRow(overall, done, in_progress):
                sheet.merge_range(row, 0, row, 3, overall, fmt.footer)
                sheet.merge_range(row, 4, row, last, f"{done}\n{in_progress}", fmt.footer)
                sheet.set_row(row, 48)
                continue  # the signature, if any, follows on the next rows
        row += 1
    if m is report.measures[-1]:
        for line in report.signature_lines():
            row += 1
            sheet.merge_range(row, 3, row, len(COLUMNS) - 1, line, fmt.signature)


def report_xlsx(report: Report, chart_png: bytes | None = None) -> bytes:
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False})
    fmt = _Formats(book)
    cover = book.add_worksheet(report.text("สรุป"))
    _print_setup(cover, report)
    for col, width in enumerate(_WIDTHS):
        cover.set_column(col, col, width)
    row = _title(cover, report, fmt)
    cover.merge_range(row, 0, row, len(COLUMNS) - 1, report.footer_label, fmt.text)
    row += 1
    for m in report.measures:
        cover.merge_range(
            row, 0, row, len(COLUMNS) - 1, " · ".join((measure_heading(report, m), *footer_lines(report, m))), fmt.text
        )
        cover.set_row(row, 48)
        row += 1
    if chart_png:  # asked for: the whole plan's progress, labelled as such
        cover.merge_range(row + 1, 0, row + 1, len(COLUMNS) - 1, report.plan_progress_line, fmt.bold)
        cover.insert_image(
            row + 2, 0, "completion.png", {"image_data": io.BytesIO(chart_png), "x_scale": 0.5, "y_scale": 0.5}
        )
    for m in report.measures:
        _measure_sheet(book, report, m, fmt)
    book.close()
    return buffer.getvalue()
