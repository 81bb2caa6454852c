"""The report form as PDF: HTML laid out for A4 landscape, printed by headless Chromium.

Every piece of text from the workbook is HTML-escaped. The font is Sarabun
(the Thai government's TH Sarabun New is not free to ship); Chromium embeds it.
"""

from __future__ import annotations

import base64
from html import escape

from ita_core.report.content import (
    ActivityRow,
    ClosingRow,
    GroupRow,
    GuidelineList,
    Heading,
    Report,
    ReportMeasure,
    TableHead,
    measure_blocks,
)
from ita_core.report.images import html_to_pdf

# Every page's footer: the round on the left, "หน้า ๑ / ๑๑" on the right (CSS page-margin boxes, which
# Chromium prints; the "thai" counter style writes Thai digits).
_PAGE = """
@page {{ size: A4 landscape; margin: 12mm 12mm 16mm 12mm;
  @bottom-left {{ content: "{label}"; font-family: "Sarabun", sans-serif; font-size: 10.5pt; }}
  @bottom-right {{ content: "หน้า " counter(page, {digits}) " / " counter(pages, {digits});
    font-family: "Sarabun", sans-serif; font-size: 10.5pt; }} }}
"""
_CSS = """
body { font-family: "Sarabun", sans-serif; font-size: 13pt; line-height: 1.35; color: #000; }
h1 { font-size: 15pt; text-align: center; margin: 0; font-weight: 700; }
p.center { text-align: center; margin: 0; font-weight: 700; }
h2 { font-size: 14pt; margin: 14pt 0 4pt 0; font-weight: 700; page-break-after: avoid; }
p.label { margin: 2pt 0; font-weight: 700; }
ul { margin: 0 0 6pt 0; padding-left: 18pt; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; font-size: 11.5pt; margin-top: 4pt; }
thead { display: table-header-group; }
th, td { border: 0.8pt solid #000; padding: 3pt 4pt; vertical-align: top; overflow-wrap: anywhere; }
th { background: #e8e8e8; font-weight: 700; text-align: center; }
td.group { font-weight: 700; background: #f3f3f3; }
td.number { text-align: center; }
td.footer { font-weight: 700; }
div.line { white-space: pre-wrap; }
img.chart { width: 100%; max-height: 95mm; object-fit: contain; margin: 6pt 0; }
div.signature { margin: 18pt 0 0 55%; text-align: center; page-break-inside: avoid; }
h3 { font-size: 13pt; margin: 16pt 0 2pt 0; page-break-before: always; }
"""


def _css_string(text: str) -> str:
    """Text inside a CSS string: quotes and backslashes escaped, nothing else can close it."""
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")


_WIDTHS = (5, 17, 21, 15, 15, 18, 9)


def _lines(text: str) -> str:
    return "".join(f'<div class="line">{escape(line)}</div>' for line in text.splitlines() or [""])


def _measure(report: Report, m: ReportMeasure) -> str:
    parts: list[str] = []
    for block in measure_blocks(report, m):
        match block:
            case Heading(text):
                parts.append(f"<h2>{escape(text)}</h2>")
            case GuidelineList(label, lines):
                parts.append(f'<p class="label">{escape(label)}</p><ul>')
                parts += [f"<li>{escape(line)}</li>" for line in lines]
                parts.append("</ul>")
            case TableHead(titles):
                parts.append(
                    "<table><colgroup>" + "".join(f'<col style="width:{w}%">' for w in _WIDTHS) + "</colgroup>"
                )
                parts.append("<thead><tr>" + "".join(f"<th>{escape(c)}</th>" for c in titles) + "</tr></thead><tbody>")
            case GroupRow(text):
                parts.append(f'<tr><td class="group" colspan="7">{escape(text)}</td></tr>')
            case ActivityRow(number, title, result, rest):
                shown = "".join(
                    f'<div class="line">{"<b>" if bold else ""}{escape(text)}{"</b>" if bold else ""}</div>'
                    for text, bold in result
                )
                cells = [f'<td class="number">{escape(number)}</td>', f"<td>{_lines(title)}</td>", f"<td>{shown}</td>"]
                cells += [f"<td>{_lines(text)}</td>" for text in rest]
                parts.append("<tr>" + "".join(cells) + "</tr>")
            case ClosingRow(overall, done, in_progress):
                parts.append(
                    f'<tr><td class="footer" colspan="4">{escape(overall)}</td>'
                    f'<td class="footer" colspan="3">{_lines(done)}{_lines(in_progress)}</td></tr>'
                )
                parts.append("</tbody></table>")
    return "\n".join(parts)


def report_html(report: Report, chart_png: bytes | None = None) -> str:
    """The whole form as one HTML page (also useful as a preview)."""
    title, unit_line = report.title_lines
    chart = ""
    if chart_png:  # asked for: the whole plan's progress, labelled as such, after the form
        encoded = base64.b64encode(chart_png).decode()
        chart = (
            f"<h3>{escape(report.plan_progress_line)}</h3>"
            f'<img class="chart" alt="completion by measure" src="data:image/png;base64,{encoded}">'
        )
    signature = report.signature_lines()
    signed = f'<div class="signature">{"".join(_lines(line) for line in signature)}</div>' if signature else ""
    page = _PAGE.format(label=_css_string(report.footer_label), digits="thai" if report.thai_digits else "decimal")
    body = "\n".join(_measure(report, m) for m in report.measures)
    return (
        f'<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>{escape(title)}</title>'
        f"<style>{page}{_CSS}</style></head><body>"
        f"<h1>{escape(title)}</h1><p class='center'>{escape(unit_line)}</p>"
        f"{body}{signed}{chart}</body></html>"
    )


def report_pdf(report: Report, chart_png: bytes | None = None) -> bytes:
    return html_to_pdf(report_html(report, chart_png))
