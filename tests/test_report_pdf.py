"""The report form as PDF, printed by Chromium: rendered back to PNG so a broken Thai font shows up.

The page images go to artifacts/report/ (git-ignored) for a person to look at; the tests check what
a machine can: the font is embedded, the text extracts as the same Thai, and the pages are not blank.
"""

from __future__ import annotations

import re

import pypdfium2 as pdfium
import pytest
from reports import INJECTION, shipped, tiny_png, with_activity

from ita_core.paths import REPO_ROOT
from ita_core.report import build_report, report_round
from ita_core.report_pdf import report_html, report_pdf

pytestmark = pytest.mark.browser
ARTIFACTS = REPO_ROOT / "artifacts" / "report"


def _squeeze(text: str) -> str:
    """Text extraction splits lines and words differently from the source; compare without whitespace."""
    return re.sub(r"\s+", "", text)


def _found(expected: str, text: str) -> bool:
    """``expected`` (whitespace removed) appears in order within a short stretch of ``text``.

    PDFium repeats a few characters when it maps Chromium's Thai glyph clusters back to text
    ("ส่งส่เสริมริ" for "ส่งเสริม"), so an exact substring test would fail on a correct PDF;
    a missing or wrong glyph still fails this one.
    """
    expected = _squeeze(expected)
    limit = len(expected) * 3 // 2 + 2
    start = text.find(expected[0])
    while start != -1:
        position, end = start, min(len(text), start + limit)
        for char in expected:
            position = text.find(char, position, end)
            if position == -1:
                break
            position += 1
        else:
            return True
        start = text.find(expected[0], start + 1)
    return False


@pytest.fixture(scope="module")
def pdf(chromium: str) -> bytes:
    return report_pdf(build_report(shipped(), report_round("h1", 2566)), tiny_png())


@pytest.fixture(scope="module")
def document(pdf: bytes) -> pdfium.PdfDocument:
    return pdfium.PdfDocument(pdf)


def _all_text(document: pdfium.PdfDocument) -> str:
    return _squeeze("".join(page.get_textpage().get_text_range() for page in document))


def test_a4_landscape_pages(document: pdfium.PdfDocument) -> None:
    assert len(document) >= 3
    for page in document:
        width, height = page.get_size()
        assert (round(width), round(height)) == (842, 595)  # A4 landscape in points


def test_the_thai_font_is_embedded(pdf: bytes) -> None:
    assert b"/FontFile2" in pdf or b"/FontFile3" in pdf  # font programs inside the file
    assert b"Sarabun" in pdf


def test_text_extracts_as_the_same_thai(document: pdfium.PdfDocument) -> None:
    text = _all_text(document)
    report = build_report(shipped(), report_round("h1", 2566))
    for line in report.title_lines:
        assert _found(line, text), line
    assert _found("ดำเนินการแล้วเสร็จ ๓ แนวทาง", text) and _found("อยู่ระหว่างดำเนินการ - แนวทาง", text)
    assert _found("หน้า ๑ / ", text)  # every page numbered, in Thai digits
    assert _found("ผลการดำเนินการในภาพรวมคิดเป็นร้อยละ ๑๐๐", text)
    for activity_id in ("1.1", "2.1", "3.7"):
        first_line = report.text(shipped().activity(activity_id).evidence.splitlines()[0])
        assert _found(first_line[:40], text), first_line
    assert not _found("ไม่มีอยู่ในรายงานนี้เลย", text)  # the matcher does reject what is absent


def test_pages_render_to_png_with_ink(document: pdfium.PdfDocument) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for index in range(2):
        bitmap = document[index].render(scale=1.5)
        image = bitmap.to_pil()
        image.save(ARTIFACTS / f"report_h1_page{index + 1}.png")
        grey = image.convert("L")
        dark = sum(grey.histogram()[:128])
        assert dark > 0.01 * grey.width * grey.height  # text and table lines, not an empty page


def test_formula_and_markup_stay_text(chromium: str) -> None:
    plan = with_activity(shipped(), "1.1", name=INJECTION, evidence="<b>ตัวหนา</b>")
    report = build_report(plan, report_round("h1", 2566), thai_digits=False)
    html = report_html(report)
    assert "&lt;b&gt;ตัวหนา&lt;/b&gt;" in html and "<b>ตัวหนา</b>" not in html
    text = _all_text(pdfium.PdfDocument(report_pdf(report)))
    assert _squeeze(INJECTION) in text and _found("<b>ตัวหนา</b>", text)
