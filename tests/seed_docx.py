"""The seed plan as a Word document, built from the seed text: its title, ส่วนที่ ๒ (the measures, their
guidelines and activity tables) and the filled report form, each table a real Word table.

The seed prints each table page by page (the header row repeated after a page break, long rows split
with the first cell empty) and writes cell contents as HTML; each paragraph, list item or line break
becomes a paragraph of the Word cell, as the officers' document has them.
"""

from __future__ import annotations

import html
import io
import re

from docx import Document
from seed_form import SEED

TITLE_LINES = (1, 21)  # the cover: แผนส่งเสริม … ของสำนักบริหารงานกลาง … ประจำปีงบประมาณ พ.ศ. 2566
BODY_LINES = (300, 481)  # ส่วนที่ ๒ and the report form
_BREAK = re.compile(r"</p>|</li>|<br\s*/?>|</ul>|</ol>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
_MARKDOWN = re.compile(r"^\s*(?:#+\s*|-\s+)|\*\*")


def cell_paragraphs(cell: str) -> list[str]:
    parts = (" ".join(_TAG.sub(" ", html.unescape(p)).split()) for p in _BREAK.split(cell))
    return [p for p in parts if p]


def _paragraphs(lines: list[str]) -> list[str]:
    """Text lines as paragraphs: a line ending in two spaces (a Markdown line break) runs on."""
    out: list[str] = []
    carry = ""
    for line in lines:
        text = _MARKDOWN.sub("", line).strip()
        if not text:
            if carry:
                out.append(carry)
                carry = ""
            continue
        carry = f"{carry} {text}".strip() if carry else text
        if not line.endswith("  "):
            out.append(carry)
            carry = ""
    if carry:
        out.append(carry)
    return out


def seed_docx() -> bytes:
    lines = SEED.read_text(encoding="utf-8").split("\n")
    doc = Document()
    for text in _paragraphs(lines[TITLE_LINES[0] - 1 : TITLE_LINES[1]]):
        doc.add_paragraph(text)
    block: list[str] = []
    rows: list[list[str]] = []

    def flush_text() -> None:
        for text in _paragraphs(block):
            doc.add_paragraph(text)
        block.clear()

    def flush_table() -> None:
        if not rows:
            return
        width = max(len(r) for r in rows)
        table = doc.add_table(rows=0, cols=width)
        for cells in rows:
            row = table.add_row()
            for i, cell in enumerate(cells):
                paragraphs = cell_paragraphs(cell)
                target = row.cells[i]
                if paragraphs:
                    target.paragraphs[0].text = paragraphs[0]
                    for extra in paragraphs[1:]:
                        target.add_paragraph(extra)
        rows.clear()
        doc.add_paragraph("")

    for line in lines[BODY_LINES[0] - 1 : BODY_LINES[1]]:
        if "\t" in line:
            flush_text()
            rows.append(line.split("\t"))
        else:
            if not line.strip():
                flush_table()
            block.append(line)
    flush_table()
    flush_text()
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
