"""The seed plan as a Word document, built from the seed text: its title, ส่วนที่ ๒ (the measures, their
guidelines and activity tables) and the filled report form, each table a real Word table; or the
whole document, ส่วนที่ ๑ (the organisation's plan, with last year's measures and guidelines) included.

The seed prints each table page by page (the header row repeated after a page break, long rows split
with the first cell empty) and writes cell contents as HTML; each paragraph, list item or line break
becomes a paragraph of the Word cell, as the officers' document has them.
"""

from __future__ import annotations

import html
import io
import re
from typing import Any

from docx import Document
from seed_form import SEED

TITLE_LINES = (1, 21)  # the cover: แผนส่งเสริม … ของสำนักบริหารงานกลาง … ประจำปีงบประมาณ พ.ศ. 2566
BODY_LINES = (300, 481)  # ส่วนที่ ๒ and the report form
WHOLE_LINES = (1, 481)  # everything: cover, preface, contents, ส่วนที่ ๑, ส่วนที่ ๒, the report form
# Where Word starts a new paragraph: each paragraph and list item is one, a line break starts a line.
_BLOCK_TAG = re.compile(r"(</?(?:p|li|ul|ol)\b[^>]*>|<br\s*/?>)", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")  # what is left is inline (bold, underline): no space of its own
_HEADING = re.compile(r"^\s*(#+)\s*")
_LIST_ITEM = re.compile(r"^\s*-\s+")
LIST = "List Paragraph"  # Word's own list style: how a list item is told from a paragraph


def cell_paragraphs(cell: str) -> list[tuple[str, bool]]:
    """A seed cell's HTML as Word paragraphs: (text, whether it is a list item)."""
    out: list[tuple[str, bool]] = []
    depth, text = 0, ""

    def flush() -> None:
        line = " ".join(html.unescape(_TAG.sub("", text)).split())
        if line:
            out.append((line, depth > 0))

    for piece in _BLOCK_TAG.split(cell):
        if not _BLOCK_TAG.fullmatch(piece):
            text += piece
            continue
        flush()
        text = ""
        tag = piece.lower()
        if tag.startswith("<li"):
            depth += 1
        elif tag.startswith("</li"):
            depth = max(0, depth - 1)
    flush()
    return out


def _paragraphs(lines: list[str]) -> list[tuple[list[str], str | None]]:
    """Text lines as paragraphs, each a list of lines and a style: a line ending in two spaces (a
    Markdown line break) breaks the line within its paragraph; a Markdown heading takes Word's
    heading style and a "- " item the list style; every other line is a paragraph of its own, as
    Word has a heading wrapped onto a second paragraph."""
    out: list[tuple[list[str], str | None]] = []
    carry: list[str] = []
    style: str | None = None
    for line in lines:
        text = line.replace("**", "").strip()
        if not text:
            if carry:
                out.append((carry, style))
                carry = []
            continue
        if not carry:
            style = None
            if (heading := _HEADING.match(text)) is not None:
                style, text = f"Heading {min(len(heading[1]), 4)}", text[heading.end() :]
            elif (item := _LIST_ITEM.match(text)) is not None:
                style, text = LIST, text[item.end() :]
        carry.append(text.strip())
        if not line.endswith("  "):
            out.append((carry, style))
            carry = []
    if carry:
        out.append((carry, style))
    return out


def _add_text(container: Any, lines: list[str], style: str | None) -> None:
    paragraph = container.add_paragraph(style=style)
    for i, text in enumerate(lines):
        run = paragraph.add_run(text)
        if i + 1 < len(lines):
            run.add_break()


def seed_docx(whole: bool = False) -> bytes:
    """The seed as a Word document: by default its cover, ส่วนที่ ๒ and the report form; ``whole``
    writes every part of it, the organisation's plan (ส่วนที่ ๑) and the contents page included."""
    lines = SEED.read_text(encoding="utf-8").split("\n")
    doc = Document()
    spans = [WHOLE_LINES] if whole else [TITLE_LINES, BODY_LINES]
    chosen = [line for first, last in spans for line in lines[first - 1 : last]]
    block: list[str] = []
    rows: list[list[str]] = []

    def flush_text() -> None:
        for texts, style in _paragraphs(block):
            _add_text(doc, texts, style)
        block.clear()

    def flush_table() -> None:
        if not rows:
            return
        width = max(len(r) for r in rows)
        table = doc.add_table(rows=0, cols=width)
        for cells in rows:
            row = table.add_row()
            for i, cell in enumerate(cells):
                target = row.cells[i]
                for n, (text, listed) in enumerate(cell_paragraphs(cell)):
                    paragraph = target.paragraphs[0] if n == 0 else target.add_paragraph()
                    paragraph.text = text
                    if listed:
                        paragraph.style = doc.styles[LIST]
        rows.clear()
        doc.add_paragraph("")

    for line in chosen:
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
