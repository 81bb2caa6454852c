"""The report form as Word (.docx): A4 landscape, TH Sarabun New 16 pt, table headers repeated per page.

Thai is a "complex script" for Word: the font and size must be set for the
complex-script slots (``w:cs``, ``w:szCs``) too, or Word falls back to its
default Thai font whatever the document says.
"""

from __future__ import annotations

import io
from typing import Any

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import Section
from docx.shared import Cm, Length, Pt
from docx.table import _Cell, _Row
from docx.text.paragraph import Paragraph

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

FONT = "TH Sarabun New"
SIZE = Pt(16)
_WIDTHS_CM = (1.4, 4.2, 5.2, 3.6, 3.6, 4.2, 2.5)


def _thai_font(run_properties: BaseOxmlElement, size: Length = SIZE, bold: bool | None = None) -> None:
    rpr = run_properties
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(slot), FONT)
    for tag in ("w:sz", "w:szCs"):
        element = rpr.find(qn(tag))
        if element is None:
            element = OxmlElement(tag)
            rpr.append(element)
        element.set(qn("w:val"), str(int(size.pt * 2)))
    if bold:
        for tag in ("w:b", "w:bCs"):
            if rpr.find(qn(tag)) is None:
                rpr.append(OxmlElement(tag))


def _paragraph(
    container: DocumentObject | _Cell,
    text: str,
    *,
    bold: bool = False,
    center: bool = False,
    right: bool = False,
    size: Length = SIZE,
) -> Paragraph:
    paragraph = container.add_paragraph()
    paragraph.paragraph_format.space_after = Pt(0)
    if center:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif right:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = paragraph.add_run(text)
    run.bold = bold
    _thai_font(run._element.get_or_add_rPr(), size, bold)
    return paragraph


def _field(paragraph: Paragraph, instruction: str, shown: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word fills in when it lays the pages out."""
    simple = OxmlElement("w:fldSimple")
    simple.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    properties = OxmlElement("w:rPr")
    _thai_font(properties, Pt(14))
    run.append(properties)
    text = OxmlElement("w:t")
    text.text = shown
    run.append(text)
    simple.append(run)
    paragraph._p.append(simple)


def _page_footer(section: Section, report: Report) -> None:
    """Every page: the round on the left, "หน้า ๑ / ๑๑" in Thai digits (Word's ThaiArabic switch)."""
    footer = section.footer
    paragraph = footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    digits = " \\* ThaiArabic" if report.thai_digits else ""
    for piece in (f"{report.footer_label} · หน้า ", "PAGE", " / ", "NUMPAGES"):
        if piece in ("PAGE", "NUMPAGES"):
            _field(paragraph, f"{piece}{digits}", report.text("1"))
        else:
            run = paragraph.add_run(piece)
            _thai_font(run._element.get_or_add_rPr(), Pt(14))


def _cell_lines(cell: _Cell, lines: list[tuple[str, bool]]) -> None:
    first = True  # a new cell holds one empty paragraph, which the first line fills
    for text, bold in lines:
        for line in text.splitlines() or [""]:
            paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            paragraph.paragraph_format.space_after = Pt(0)
            run = paragraph.add_run(line)
            run.bold = bold
            _thai_font(run._element.get_or_add_rPr(), SIZE, bold)


def _repeat_header(row: _Row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)


def _measure(document: DocumentObject, report: Report, m: ReportMeasure) -> None:
    table: Any = None  # python-docx's Table, untyped; made at the TableHead block
    for block in measure_blocks(report, m):
        match block:
            case Heading(text):
                _paragraph(document, text, bold=True)
            case GuidelineList(label, lines):
                _paragraph(document, label, bold=True)
                for line in lines:
                    _paragraph(document, f"    {line}")
            case TableHead(titles):
                table = document.add_table(rows=1, cols=len(titles))
                table.style = "Table Grid"
                table.alignment = WD_TABLE_ALIGNMENT.CENTER
                for cell, title in zip(table.rows[0].cells, titles, strict=True):
                    _cell_lines(cell, [(title, True)])
                _repeat_header(table.rows[0])
            case GroupRow(text):
                cells = table.add_row().cells
                _cell_lines(cells[0].merge(cells[-1]), [(text, True)])
            case ActivityRow(number, title, result, rest):
                cells = table.add_row().cells
                _cell_lines(cells[0], [(number, False)])
                _cell_lines(cells[1], [(title, False)])
                _cell_lines(cells[2], list(result))
                for cell, text in zip(cells[3:], rest, strict=True):
                    _cell_lines(cell, [(text, False)])
            case ClosingRow(overall, done, in_progress):
                cells = table.add_row().cells
                _cell_lines(cells[0].merge(cells[3]), [(overall, True)])
                _cell_lines(cells[4].merge(cells[6]), [(done, True), (in_progress, True)])
                for row in table.rows:
                    for cell, width in zip(row.cells, _WIDTHS_CM, strict=True):
                        cell.width = Cm(width)
    _paragraph(document, "")


def report_docx(report: Report, chart_png: bytes | None = None) -> bytes:
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(1.5)
    section.top_margin = section.bottom_margin = Cm(1.5)
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = SIZE
    _thai_font(normal.element.get_or_add_rPr())
    _page_footer(section, report)
    for line in report.title_lines:
        _paragraph(document, line, bold=True, center=True)
    for m in report.measures:
        _measure(document, report, m)
    for line in report.signature_lines():
        _paragraph(document, line, right=True)
    if chart_png:  # asked for: the whole plan's progress, labelled as such, after the form
        _paragraph(document, report.plan_progress_line, bold=True)
        document.add_picture(io.BytesIO(chart_png), width=Cm(22))
        document.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
