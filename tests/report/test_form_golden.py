"""The generated 6-month form of the shipped data, item by item against the seed's own filled-in form.

An officer files the form with the ITA evidence; they must not have to fix it by hand first. Every
title line, measure heading, guideline heading and guideline, group row, listed row's number and
wording, result and evidence cell, and footer figure of the seed's form (``seed_form.py`` reads them
from the seed text) must come out of the Word, Excel and PDF files. A failure prints every item
that differs, with both texts.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator

import openpyxl
import pypdfium2 as pdfium
import pytest
from docx import Document
from docx.table import Table
from docx.text.paragraph import Paragraph
from reports import found_in_pdf_text, shipped
from seed_form import SeedForm, read_seed_form, squeeze

from ita_core.report.content import build_report, report_round
from ita_core.report.excel import report_xlsx
from ita_core.report.word import report_docx

Items = dict[str, str]
_OVERALL = re.compile(r"ภาพรวมคิดเป็นร้อยละ\s*([๐-๙]+)")
_DONE = re.compile(r"แล้วเสร็จ\s*([๐-๙]+|-)\s*แนวทาง")
_IN_PROGRESS = re.compile(r"อยู่ระหว่างดำเนินการ\s*([๐-๙]+|-)\s*แนวทาง")


def seed_items(form: SeedForm) -> Items:
    items = {f"title[{i}]": squeeze(line) for i, line in enumerate(form.title, 1)}
    for n, m in enumerate(form.measures, 1):
        items[f"m{n}.heading"] = squeeze(m.heading)
        items[f"m{n}.guidelines_label"] = squeeze(m.guidelines_label)
        items |= {f"m{n}.guideline[{i}]": squeeze(g) for i, g in enumerate(m.guidelines, 1)}
        items |= {f"m{n}.group[{i}]": squeeze(g) for i, g in enumerate(m.groups, 1)}
        for i, row in enumerate(m.rows, 1):
            items[f"m{n}.row{i}.number"] = row.number
            items[f"m{n}.row{i}.wording"] = squeeze(row.wording)
            items[f"m{n}.row{i}.result"] = squeeze(row.result)
            items[f"m{n}.row{i}.evidence"] = squeeze(row.evidence)
        items |= {f"m{n}.overall": m.overall, f"m{n}.done": m.done, f"m{n}.in_progress": m.in_progress}
    return items


def _footer(items: Items, n: int, text: str) -> None:
    for name, pattern in (("overall", _OVERALL), ("done", _DONE), ("in_progress", _IN_PROGRESS)):
        found = pattern.search(text)
        items[f"m{n}.{name}"] = found[1] if found else f"<not found in {text!r}>"


class _Measure:
    """Collects one measure's items from a generated file, in the order the form prints them."""

    def __init__(self, items: Items, n: int) -> None:
        self.items, self.n = items, n
        self.guidelines = self.groups = self.rows = 0

    def head(self, heading: str, label: str, guidelines: list[str]) -> None:
        self.items[f"m{self.n}.heading"] = squeeze(heading)
        self.items[f"m{self.n}.guidelines_label"] = squeeze(label)
        for text in guidelines:
            self.guidelines += 1
            self.items[f"m{self.n}.guideline[{self.guidelines}]"] = squeeze(text)

    def row(self, cells: list[str]) -> None:
        if "ผลการดำเนินการในภาพรวม" in cells[0]:
            _footer(self.items, self.n, " ".join(cells))
        elif len(set(cells)) == 1 or not any(cells[1:]):
            self.groups += 1
            self.items[f"m{self.n}.group[{self.groups}]"] = squeeze(cells[0])
        elif not cells[0].startswith("ลำดับ"):
            self.rows += 1
            prefix = f"m{self.n}.row{self.rows}"
            self.items[f"{prefix}.number"] = re.sub(r"[^๐-๙]", "", cells[0])
            self.items[f"{prefix}.wording"] = squeeze(cells[1])
            self.items[f"{prefix}.result"] = squeeze(cells[2])
            self.items[f"{prefix}.evidence"] = squeeze(cells[5])


def _docx_blocks(data: bytes) -> Iterator[Paragraph | Table]:
    document = Document(io.BytesIO(data))
    for child in document.element.body.iterchildren():
        if child.tag.endswith("}p"):
            yield Paragraph(child, document)
        elif child.tag.endswith("}tbl"):
            yield Table(child, document)


def docx_items(data: bytes) -> Items:
    items: Items = {}
    texts: list[str] = []
    n = 0
    for block in _docx_blocks(data):
        if isinstance(block, Paragraph):
            if block.text.strip():
                texts.append(block.text.strip())
            continue
        if n == 0:  # the title comes before the first measure
            items |= {f"title[{i}]": squeeze(t) for i, t in enumerate(texts[:2], 1)}
            texts = texts[2:]
        n += 1
        measure = _Measure(items, n)
        measure.head(texts[0], texts[1] if len(texts) > 1 else "", texts[2:])
        for row in block.rows:
            measure.row([cell.text for cell in row.cells])
        texts = []
    return items


def xlsx_items(data: bytes) -> Items:
    book = openpyxl.load_workbook(io.BytesIO(data))
    items: Items = {}
    for n, sheet in enumerate(book.worksheets[1:], 1):  # the first sheet is the summary
        rows = [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]
        items |= {f"title[{i}]": squeeze(rows[i - 1][0]) for i in (1, 2)}
        start = next(i for i, r in enumerate(rows) if r[0].startswith("มาตรการที่"))
        header = next(i for i, r in enumerate(rows) if r[0].startswith("ลำดับ"))
        measure = _Measure(items, n)
        guidelines = [r[1] for r in rows[start + 2 : header] if r[1]]
        measure.head(rows[start][0], rows[start + 1][0] if header > start + 1 else "", guidelines)
        for row in rows[header:]:
            if any(row):
                measure.row(row)
    return items


def _diff(expected: Items, got: Items) -> list[str]:
    return [
        f"{key}:\n    seed: {expected[key]!r}\n    ours: {got.get(key, '<missing>')!r}"
        for key in expected
        if got.get(key) != expected[key]
    ] + [f"{key}: not in the seed's form ({got[key]!r})" for key in got if key not in expected]


@pytest.fixture(scope="module")
def expected() -> Items:
    return seed_items(read_seed_form())


@pytest.fixture(scope="module")
def report():  # type: ignore[no-untyped-def]
    return build_report(shipped(), report_round("h1", 2566))


def test_the_seed_form_is_read_whole(expected: Items) -> None:
    assert (
        len(expected) == 54
    )  # 2 title lines; per measure: 2 headings, guidelines, groups, 4 per row, 3 footer figures
    assert sum(key.endswith(".wording") for key in expected) == 7


def test_word_matches_the_seed_form_item_by_item(expected: Items, report) -> None:  # type: ignore[no-untyped-def]
    problems = _diff(expected, docx_items(report_docx(report)))
    assert not problems, f"{len(problems)} of {len(expected)} items differ:\n" + "\n".join(problems)


def test_excel_matches_the_seed_form_item_by_item(expected: Items, report) -> None:  # type: ignore[no-untyped-def]
    problems = _diff(expected, xlsx_items(report_xlsx(report)))
    assert not problems, f"{len(problems)} of {len(expected)} items differ:\n" + "\n".join(problems)


# -- the PDF: its text, read back from the printed pages ------------------------------------------------

_PAGE_WIDTH_MM, _MARGIN_MM = 297, 12
_COLUMNS_PERCENT = (5, 17, 21, 15, 15, 18, 9)  # report_pdf's column widths
_POINTS_PER_MM = 72 / 25.4


def _column_text(document: pdfium.PdfDocument, column: int) -> str:
    """Everything printed in one column of the tables, page after page, top to bottom."""
    usable = _PAGE_WIDTH_MM - 2 * _MARGIN_MM
    left = _MARGIN_MM + usable * sum(_COLUMNS_PERCENT[:column]) / 100
    right = _MARGIN_MM + usable * sum(_COLUMNS_PERCENT[: column + 1]) / 100
    text = []
    for page in document:
        _, height = page.get_size()
        textpage = page.get_textpage()
        text.append(textpage.get_text_bounded(left * _POINTS_PER_MM + 1, 0, right * _POINTS_PER_MM - 1, height))
    return squeeze("".join(text))


def _in_order(expected: list[str], text: str) -> list[str]:
    """The expected texts missing from ``text`` or out of order (PDFium may repeat a character or two of
    Chromium's Thai clusters, so each is looked for as a sequence within a short stretch)."""

    missing = []
    for item in expected:
        if not found_in_pdf_text(item, text):
            missing.append(item)
            continue
        text = text[text.find(item[0]) :]
    return missing


@pytest.mark.browser
def test_pdf_matches_the_seed_form_item_by_item(expected: Items, report, chromium: str) -> None:  # type: ignore[no-untyped-def]
    from ita_core.report.pdf import report_pdf

    document = pdfium.PdfDocument(report_pdf(report))
    whole = squeeze("".join(page.get_textpage().get_text_range() for page in document))
    spans = [v for k, v in expected.items() if re.search(r"title|heading|label|guideline|group", k)]
    problems = [f"whole page: {item!r}" for item in _in_order(spans, whole)]
    for column, field in ((1, "wording"), (2, "result"), (5, "evidence")):
        cells = [v for k, v in expected.items() if k.endswith(f".{field}")]
        problems += [f"column {field}: {item[:60]!r}…" for item in _in_order(cells, _column_text(document, column))]
    footers = [f"ภาพรวมคิดเป็นร้อยละ{expected[f'm{n}.overall']}" for n in range(1, len(report.measures) + 1)] + [
        f"แล้วเสร็จ{expected[f'm{n}.done']}แนวทาง" for n in range(1, len(report.measures) + 1)
    ]
    problems += [f"footer: {item!r}" for item in _in_order(footers, whole)]
    assert not problems, f"{len(problems)} items of the seed's form are not in the PDF:\n" + "\n".join(problems)
