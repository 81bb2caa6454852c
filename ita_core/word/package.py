"""An untrusted Word document (.docx) opened with bounded memory and time: its body as paragraphs and tables.

A .docx is a zip of XML parts. Every member is inflated with its real size counted and refused if
it declares a DTD (``ita_core.zipsafe``); the main part, found through the package's relationships
as Word finds it, is parsed as a stream by a parser that forbids DTDs and entities, keeping only
text. What Word never writes and no plan needs (hundreds of thousands of paragraphs, tables nested
many levels deep, a paragraph of a million characters) is refused with a Thai reason as soon as it
is seen, before it can cost memory or time. Whatever the parser itself refuses becomes a Thai
reason too. This runs in the bounded reading process (``ita_core.workbook.worker``).

What is read, as Word shows it: a vertically merged cell (``w:vMerge``) shows the text of the cell
it continues, a cell spanning columns (``w:gridSpan``) stands in each grid column, a line break
starts a new line, text boxes are paragraphs of their own, a table inside a cell gives that cell
its paragraphs; deleted text of tracked changes and field codes are not text.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeET

from ita_core.problems import WorkbookRejected
from ita_core.zipsafe import WORD, Budget, Envelope, member_chunks, open_envelope, read_member

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_OFFICE_DOCUMENT = "/officeDocument"
_MACRO_TYPES = (b"macroEnabled", b"vbaProject")
_SMALL_PART = 4 << 20  # relationships and content types: a few KB in any real file


@dataclass(frozen=True)
class DocxLimits:
    """What one plan document may hold. A real plan has a few thousand paragraphs and a few hundred rows."""

    max_file_bytes: int = 20 << 20
    max_unpacked_bytes: int = 64 << 20
    max_parts: int = 1_000
    max_paragraphs: int = 100_000
    max_rows: int = 20_000
    max_columns: int = 64
    max_depth: int = 6  # tables inside tables
    max_paragraph_chars: int = 50_000
    max_text_chars: int = 8_000_000


@dataclass
class Cell:
    paragraphs: list[str] = field(default_factory=list)  # Lines
    continued: bool = False  # a vertically merged cell below the first: its text is the first one's
    span: int = 1
    vmerge: str | None = None  # "restart", "continue", or None for a cell that is not merged
    numbered: bool = False  # holds a number Word draws itself (automatic numbering): in no paragraph's text
    shaded: bool = False  # filled with a colour, as a plan's timeline marks its months: in no text either


@dataclass
class Table:
    number: int  # 1-based, in document order; tables inside cells are not counted
    rows: list[list[Cell]] = field(default_factory=list)


class Line(str):
    """A paragraph's text (one line of it), knowing whether Word shows it as an item of a list."""

    listed: bool = False

    @classmethod
    def of(cls, text: str, listed: bool) -> Line:
        line = cls(text)
        line.listed = listed
        return line


Block = Line | Table


def _refused(th: str, en: str) -> WorkbookRejected:
    return WorkbookRejected(f"เปิดไฟล์ Word ไม่ได้: {th}", f"the Word file was not opened: {en}")


def _not_docx() -> WorkbookRejected:
    return _refused(
        "ไฟล์นี้ไม่ใช่เอกสาร Word (.docx): เปิดใน Word แล้วเลือก บันทึกเป็น > เอกสาร Word (.docx)",
        "this is not a Word document (.docx): open it in Word and save it as a Word Document (.docx)",
    )


_ENVELOPE = Envelope(
    empty=("ไฟล์ว่างเปล่า (0 ไบต์)", "the file is empty (0 bytes)"),
    shrink_th="ลบรูปภาพขนาดใหญ่ออกก่อน",
    encrypted=(
        "เอกสารถูกตั้งรหัสผ่าน: เปิดใน Word เอารหัสผ่านออก แล้วบันทึกใหม่",
        "the document is password-protected: remove the password in Word and save it again",
    ),
    legacy=(
        "เอกสารเป็น Word รุ่นเก่า (.doc): เปิดใน Word แล้วบันทึกเป็น .docx",
        "this is a legacy .doc file: save it as .docx in Word",
    ),
    not_package=_not_docx,
    refuse=_refused,
)


def _envelope(data: bytes, limits: DocxLimits) -> zipfile.ZipFile:
    archive = open_envelope(data, limits.max_file_bytes, WORD, _ENVELOPE)
    infos = archive.infolist()
    if len(infos) > limits.max_parts:
        raise _refused(
            f"เอกสารมีส่วนประกอบมากผิดปกติ ({len(infos)} ส่วน): บันทึกใหม่จาก Word",
            f"the document has an abnormal number of parts ({len(infos)})",
        )
    if any(info.flag_bits & 0x1 for info in infos):
        raise _refused("เอกสารถูกเข้ารหัส: เอารหัสผ่านออกแล้วบันทึกใหม่", "the document is encrypted")
    return archive


def _main_part(archive: zipfile.ZipFile, view: memoryview, budget: Budget) -> str:
    """The document's main part, as Word finds it: through the package relationships."""
    types = read_member(archive, view, "[Content_Types].xml", budget, _SMALL_PART)
    rels = read_member(archive, view, "_rels/.rels", budget, _SMALL_PART)
    if types is None or rels is None:
        raise _not_docx()
    names = set(archive.namelist())
    if any(marker in types for marker in _MACRO_TYPES) or any(n.endswith("vbaProject.bin") for n in names):
        raise _refused(
            "เอกสารมีมาโคร (.docm) ซึ่งระบบไม่รับเพื่อความปลอดภัย: เปิดใน Word แล้วบันทึกเป็น เอกสาร Word (.docx)",
            "the document contains macros (.docm), refused for safety: save it as a Word Document (.docx)",
        )
    for rel in _parse_small(rels, "_rels/.rels").iter(f"{_REL}Relationship"):
        if rel.get("Type", "").endswith(_OFFICE_DOCUMENT):
            target = str(rel.get("Target", "")).lstrip("/")
            if target in names and target.endswith(".xml"):
                return target
            break
    raise _not_docx()


def _parse_small(data: bytes, part: str) -> Any:
    try:
        return SafeET.fromstring(data, forbid_dtd=True)
    except (ParseError, DefusedXmlException, ValueError):
        raise _refused(f"ส่วน {part} อ่านไม่ได้ ลองเปิดใน Word แล้วบันทึกใหม่", f"part {part} is not valid XML") from None


class _Stream(io.RawIOBase):
    """A file the XML parser reads, fed from the member's inflated chunks as they come."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._left = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._left:
            self._left = next(self._chunks, b"")
            if not self._left:
                return 0
        n = min(len(buffer), len(self._left))
        buffer[:n] = self._left[:n]
        self._left = self._left[n:]
        return n


class _Body:
    """Builds the blocks from the parser's events, counting everything against the limits."""

    def __init__(self, limits: DocxLimits) -> None:
        self.limits = limits
        self.blocks: list[Block] = []
        self.paragraphs = 0
        self.rows = 0
        self.chars = 0
        self.tables = 0
        self.depth = 0  # tables open around the current position
        self.text: list[list[str]] = []  # the pieces of each open paragraph (text boxes nest them)
        self.listed: list[bool] = []  # whether each open paragraph is a list item (numbered or a list style)
        self.table: Table | None = None  # the open top-level table
        self.row: list[Cell] | None = None
        self.cell: Cell | None = None
        self.above: list[Cell] = []  # the previous row, in grid columns: what a vertical merge continues
        self.strike = False  # the run being read is struck through
        self.struck: list[str] = []  # the text of struck runs, left out of the document's text
        self.in_cell_properties = False  # inside a cell's own properties (its shading), not a paragraph's

    def _too_much(self, th: str, en: str) -> WorkbookRejected:
        return _refused(f"{th}: เอกสารแผนจริงไม่มีขนาดนี้ ตรวจไฟล์หรือแยกเป็นหลายไฟล์", f"{en}: no real plan is this large")

    def start(self, tag: str, element: Any) -> None:
        if tag == "r":
            self.strike = False
            return
        if tag in ("strike", "dstrike"):  # in a run's properties; val="0" turns it off
            self.strike = element.get(f"{_W}val") not in ("0", "false", "off")
            return
        if tag == "p":
            self.paragraphs += 1
            if self.paragraphs > self.limits.max_paragraphs:
                raise self._too_much(
                    f"เอกสารมีย่อหน้ามากกว่า {self.limits.max_paragraphs:,} ย่อหน้า",
                    f"more than {self.limits.max_paragraphs:,} paragraphs",
                )
            self.text.append([])
            self.listed.append(False)
        elif tag in ("numPr", "pStyle") and self.listed:
            if tag == "numPr" or "List" in (element.get(f"{_W}val") or ""):
                self.listed[-1] = True
        elif tag == "tbl":
            self.depth += 1
            if self.depth > self.limits.max_depth:
                raise self._too_much(
                    f"ตารางซ้อนอยู่ในตารางลึกเกิน {self.limits.max_depth} ชั้น",
                    f"tables nested more than {self.limits.max_depth} deep",
                )
            if self.depth == 1:
                self.tables += 1
                self.table = Table(self.tables)
                self.above = []
        elif self.depth != 1:
            return
        elif tag == "tr":
            self.rows += 1
            if self.rows > self.limits.max_rows:
                raise self._too_much(
                    f"ตารางมีแถวรวมกันมากกว่า {self.limits.max_rows:,} แถว", f"more than {self.limits.max_rows:,} rows"
                )
            self.row = []
        elif tag == "tc":
            self.cell = Cell()
        elif tag == "gridSpan" and self.cell is not None:
            self.cell.span = max(1, min(_int(element.get(f"{_W}val")), self.limits.max_columns))
        elif tag == "tcPr":
            self.in_cell_properties = True
        elif tag == "shd" and self.cell is not None and self.in_cell_properties:  # the cell's, not a run's
            fill = (element.get(f"{_W}fill") or "auto").lower()
            self.cell.shaded = fill not in ("auto", "ffffff") or element.get(f"{_W}val") == "solid"
        elif tag == "vMerge" and self.cell is not None:
            self.cell.vmerge = "restart" if element.get(f"{_W}val") == "restart" else "continue"
        elif tag in ("gridBefore", "gridAfter") and self.row is not None:
            count = max(0, min(_int(element.get(f"{_W}val")), self.limits.max_columns))
            self.row.extend(Cell() for _ in range(count)) if tag == "gridBefore" else None

    def end(self, tag: str, element: Any) -> None:
        if tag == "t":
            if self.text and element.text:
                if self.strike:  # struck through: deleted, as the person reads the page
                    self._count(element.text)
                    self.struck.append(element.text)
                else:
                    self._add(element.text)
        elif tag == "r":
            self.strike = False
        elif tag == "tab":
            if self.text:
                self._add(" ")
        elif tag in ("br", "cr"):
            if self.text:
                self._add("\n")
        elif tag == "noBreakHyphen":
            if self.text:
                self._add("-")
        elif tag == "p":
            if self.text:
                self._paragraph("".join(self.text.pop()), self.listed.pop())
            element.clear()
        elif tag == "tbl":
            if self.depth == 1 and self.table is not None:
                self.blocks.append(self.table)
                self.table = None
            self.depth -= 1
            element.clear()
        elif self.depth != 1:
            return
        elif tag == "tcPr":
            self.in_cell_properties = False
        elif tag == "tc":
            if self.row is not None and self.cell is not None:
                self.row.append(self.cell)
            self.cell = None
        elif tag == "tr":
            if self.table is not None and self.row is not None:
                self.table.rows.append(self._grid(self.row))
            self.row = None

    def _add(self, piece: str) -> None:
        self.text[-1].append(piece)
        self._count(piece)

    def _count(self, piece: str) -> None:
        self.chars += len(piece)
        if self.chars > self.limits.max_text_chars:
            raise self._too_much(
                f"เอกสารมีตัวอักษรมากกว่า {self.limits.max_text_chars:,} ตัว",
                f"more than {self.limits.max_text_chars:,} characters",
            )

    def _paragraph(self, text: str, listed: bool) -> None:
        if len(text) > self.limits.max_paragraph_chars:
            raise self._too_much(
                f"ย่อหน้าหนึ่งยาวเกิน {self.limits.max_paragraph_chars:,} ตัวอักษร",
                f"a paragraph longer than {self.limits.max_paragraph_chars:,} characters",
            )
        lines = [Line.of(" ".join(line.split()), listed) for line in text.split("\n") if line.strip()]
        if self.cell is not None:
            self.cell.paragraphs.extend(lines)
            self.cell.numbered = self.cell.numbered or (listed and not lines)
        elif self.depth == 0:
            self.blocks.extend(lines)
        # a paragraph of a table between rows or cells (malformed) holds nothing we can place

    def _grid(self, row: list[Cell]) -> list[Cell]:
        """The row in grid columns: a spanning cell in each column it spans, a vertical merge's
        continuation showing the text of the cell it continues."""
        cells: list[Cell] = []
        for cell in row:
            if cell.vmerge == "continue":
                column = len(cells)
                top = self.above[column] if column < len(self.above) else None
                cell = Cell(list(top.paragraphs) if top else [], continued=True, span=cell.span)
            cells.extend([cell] * cell.span)
            if len(cells) > self.limits.max_columns:
                raise self._too_much(
                    f"ตารางมีคอลัมน์มากกว่า {self.limits.max_columns} คอลัมน์",
                    f"a table with more than {self.limits.max_columns} columns",
                )
        self.above = cells
        return cells


def _int(value: str | None) -> int:
    try:
        return int(value or "1")
    except ValueError:
        return 1


def _events(chunks: Iterator[bytes]) -> Iterator[tuple[str, Any]]:
    """The main part's start and end events, from a parser that refuses DTDs and entities."""
    return SafeET.iterparse(_Stream(chunks), events=("start", "end"), forbid_dtd=True)  # type: ignore[no-any-return]


def read_body(data: bytes, limits: DocxLimits | None = None, struck: list[str] | None = None) -> list[Block]:
    """The document body's paragraphs and tables in order, or a refusal (``WorkbookRejected``) in Thai. Text
    struck through is left out, as deleted (an old deadline struck beside its new one), and added to ``struck``."""
    limits = limits or DocxLimits()
    archive = _envelope(data, limits)
    view = memoryview(data)
    budget = Budget(limits.max_unpacked_bytes, WORD)
    with archive:
        main = _main_part(archive, view, budget)
        for info in archive.infolist():  # every part inflates within the budget and holds no DTD
            if info.filename != main and not info.is_dir():
                for _ in member_chunks(view, info, budget):
                    pass
        body = _Body(limits)
        skipping = 0  # inside a part of the XML that holds no text of the document (mc:Fallback)
        in_body = False
        try:
            for event, element in _events(member_chunks(view, archive.getinfo(main), budget)):
                tag = element.tag
                if tag == f"{_MC}Fallback":
                    skipping += 1 if event == "start" else -1
                    continue
                if skipping or not tag.startswith(_W):
                    continue
                local = tag[len(_W) :]
                if local == "body":
                    in_body = event == "start"
                elif in_body:
                    (body.start if event == "start" else body.end)(local, element)
        except (ParseError, DefusedXmlException, ValueError, RecursionError):
            raise _refused(
                "เนื้อหาของเอกสารอ่านไม่ได้ (XML เสียหายหรือมีโครงสร้างที่ไม่ปลอดภัย): เปิดใน Word แล้วบันทึกใหม่",
                "the document's content is not valid, safe XML: open it in Word and save it again",
            ) from None
    if struck is not None:
        struck.extend(body.struck)
    return body.blocks
