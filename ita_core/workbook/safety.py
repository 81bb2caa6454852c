"""Look inside an untrusted .xlsx before any parser touches it.

An .xlsx is a zip of XML parts. Before the fast reader parses it we walk every
part once, streaming, to refuse what must not be parsed (not a workbook, an
encrypted or legacy file, a zip that unpacks to gigabytes, XML with a DTD,
which is how entity bombs work, a sheet with millions of cells or with a
value so far away that the reader would allocate its whole rectangle) and to
note two things the fast reader does not report: formula cells saved without
a computed value, and cells formatted as percentages (Excel shows 0.5 as 50%).

Every member is inflated with its real size counted and checked for DTDs
(``ita_core.zipsafe``, shared with the Word reader).
"""

from __future__ import annotations

import re
import zipfile
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from posixpath import join, normpath
from typing import Any

from defusedxml import ElementTree as SafeET

from ita_core.problems import WorkbookRejected
from ita_core.workbook.contract import holds_ids, sheet_key
from ita_core.zipsafe import CHUNK, EXCEL, Budget, Envelope, member_chunks, open_envelope, read_member, too_big

_MAIN_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_DOC_REL_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_BUILTIN_PERCENT_FORMATS = {9, 10}
_SMALL_PART_LIMIT = 32 << 20  # workbook.xml, rels and styles are small in any real file

_CELL_STARTS = (b"<c ", b"<c>", b"<c/")  # a cell element, with or without attributes
# A cell's attributes are read by name, in whatever order its writer put them (the format allows any;
# Excel writes r first, some writers do not): ``<c`` … `` r="B2"`` within the same start tag.
_CELL_R = rb'<c\b[^>]*?\sr="'
# A reference to a cell in a column past AZ, or a row past 199,999: its cells are looked at one by one, only
# when one is present. This finds more than cells (any ``r="…"``) so that it can begin with a literal, which
# the regular expression engine looks for at C speed: three times faster on a 100,000-row sheet.
_FAR_CANDIDATE = re.compile(rb'r="(?:(?:[A-Z]{3}|[B-Z][A-Z])\d|[A-Z]{1,3}(?:[2-9]\d{5}|\d{7})")')
_CELL_AT = re.compile(_CELL_R + rb'([A-Z]{1,3})(\d+)"[^>]*?(/>|>(.*?)</c>)', re.DOTALL)
_HOLDS_VALUE = re.compile(rb"<v>[^<]|<is>|<v [^>]*>[^<]|<f[ >]")
# A row or cell that does not say where it is: its position would be counted on from the previous
# one, which no Excel writes and which defeats every bound above (a million empty rows, then one cell).
_UNPLACED = re.compile(rb"<(?:row|c)(?=[\s/>])(?![^>]*\sr=)")
_DIMENSION = re.compile(rb'<dimension ref="([A-Z0-9:]{1,30})"')
# A hidden row (by hand, or by a filter): its position, whatever the order of its attributes.
_HIDDEN_ROW = re.compile(rb'<row\b(?=[^>]*\shidden="(?:1|true)")[^>]*?\sr="([0-9]+)"')
# A range merged down one column (A2:A5): Excel keeps its value in the top cell only.
_MERGED_DOWN = re.compile(rb'<mergeCell\b[^>]*?\sref="([A-Z]{1,3})(\d{1,7}):\1(\d{1,7})"')
# A formula and its cell, and what in a formula reaches outside the workbook: a DDE call to another program
# (``=cmd|' /C calc'!A0``), a reference into another workbook (``[1]Sheet1!A1``), or a function that opens
# or fetches an address. A workbook we store is handed back to every editor who downloads it.
_FORMULA_AT = re.compile(_CELL_R + rb'([A-Z]{1,3}[0-9]+)"[^>]*>\s*<f\b[^>]*>([^<]{1,8192})</f>')
_REACHING_OUT = (
    ("dde", re.compile(rb"\|[^!]{0,256}!")),
    ("workbook", re.compile(rb"\[\d{1,4}\]")),
    ("address", re.compile(rb"(?i)\b(?:HYPERLINK|WEBSERVICE|RTD|CALL|REGISTER(?:\.ID)?|FILTERXML|IMAGE)\s{0,8}\(")),
)
# A number with a fraction that an id typed as a number can be (1.1, 2.35, 1.1000000000000001: a whole part
# from 1), found at C speed by its value; the cell it belongs to is looked at only then. Not 0.5: the
# กิจกรรม sheet holds a progress typed as a percentage (0.5 formatted as 50 %) in every row.
_DECIMAL_VALUE = re.compile(rb"<v>[1-9][0-9]*\.[0-9]+(?:[eE][-+]?[0-9]+)?</v>")
_REF = re.compile(rb'\sr="([A-Z]{1,3}[0-9]+)"')
# A cell's type when it holds text (a shared string, a formula's text, inline text) or no number (an error,
# a boolean): a number's cell has none, or ``t="n"``.
_TEXT_TYPE = re.compile(rb'\st="(?!n")')
# Text struck through, which a person means as deleted (an activity cancelled, an old deadline beside its new
# one), yet the fast reader gives as any other text: a run of rich text (``<rPr><strike/>``; ``val="0"`` turns
# it off) in a shared string or in a cell's own text, or a font with it that a cell's style uses.
_STRIKE = re.compile(rb'<strike\b(?![^>]*\sval="(?:0|false)")[^>]*/?>')
_SHARED_CELL = re.compile(rb'<c\b(?=[^>]*?\st="s")[^>]*?\sr="([A-Z]{1,3}[0-9]+)"[^>]*>\s*<v>([0-9]{1,9})</v>')
_STRING_ITEM = re.compile(rb"<si\b")
# A cell showing an Excel error (#DIV/0!, #N/A, #REF!), its own or its formula's: the fast reader gives it as an
# empty cell, and an empty progress is "no report yet".
_ERROR_VALUE = re.compile(
    rb'<c\b(?=[^>]*?\st="e")[^>]*?\sr="([A-Z]{1,3}[0-9]+)"[^>]*>(?:<f\b[^>]*/>|<f\b[^>]*>[^<]*</f>)?\s*<v>([^<]{1,32})</v>'
)
_FORMULA_WITHOUT_VALUE = re.compile(
    _CELL_R + rb'([A-Z]{1,3}[0-9]+)"[^>]*>(?:<f\b[^>]*/>|<f\b[^>]*>[^<]*</f>)(?:<v\s*/>|<v>\s*</v>)?</c>'
)


@dataclass(frozen=True)
class Limits:
    """How much an untrusted workbook may cost us. Defaults fit a 100,000-row plan with room to spare."""

    max_file_bytes: int = 50 << 20
    max_unpacked_bytes: int = 400 << 20
    max_parts: int = 2_000
    max_cells: int = 5_000_000  # per sheet, every cell element counted (styled or not)
    max_rows: int = 200_000  # the farthest row a value may sit in
    max_columns: int = 52  # the farthest column a value may sit in: AZ


@dataclass
class SheetScan:
    name: str
    part: str
    formula_without_value: set[str] = field(default_factory=set)
    percent_cells: set[str] = field(default_factory=set)
    cells: int = 0
    dimension: str | None = None  # what the sheet claims its used range is (informative only)
    far_cell: str | None = None  # the first cell holding a value beyond the limits, e.g. "XFD1048576"
    reaching_out: dict[str, str] = field(default_factory=dict)  # cell → why its formula reaches outside
    merged_down: list[tuple[str, int, int]] = field(default_factory=list)  # (column, first row, last row)
    # Cells holding a number with a fraction, in a sheet that names activities by id: the fast reader gives
    # a number and text alike, and Excel keeps 1.10 typed as a number as 1.1 (``sheets._known_ids``).
    decimal_numbers: set[str] = field(default_factory=set)
    hidden_rows: set[int] = field(default_factory=set)  # Excel rows hidden (by hand or by a filter), 1-based
    struck: set[str] = field(default_factory=set)  # cells holding text struck through, all of it or a part
    error_values: dict[str, str] = field(default_factory=dict)  # cell → the Excel error it shows (#DIV/0!)
    hidden: bool = False  # the sheet itself is hidden in Excel


@dataclass
class WorkbookScan:
    sheets: dict[str, SheetScan]  # by sheet name, in workbook order
    unpacked_bytes: int = 0


def _reject_not_workbook() -> WorkbookRejected:
    return WorkbookRejected(
        "ไฟล์นี้ไม่ใช่ไฟล์ Excel (.xlsx): เปิดใน Excel แล้วเลือก บันทึกเป็น > สมุดงาน Excel (.xlsx)",
        "this file is not an Excel workbook (.xlsx): open it in Excel and save it as an Excel Workbook (.xlsx)",
    )


_ENVELOPE = Envelope(
    empty=("ไฟล์ว่างเปล่า (0 ไบต์): เลือกไฟล์ .xlsx ที่มีข้อมูล", "the file is empty (0 bytes)"),
    shrink_th="ลบรูปภาพหรือแผ่นงานที่ไม่ใช้ออกก่อน",
    encrypted=(
        "ไฟล์ถูกตั้งรหัสผ่าน: เปิดใน Excel เอารหัสผ่านออก (ไฟล์ > ข้อมูล > ป้องกันสมุดงาน) แล้วบันทึกใหม่",
        "the workbook is password-protected: remove the password in Excel and save it again",
    ),
    legacy=(
        "ไฟล์เป็น Excel รุ่นเก่า (.xls): เปิดใน Excel แล้วบันทึกเป็น .xlsx",
        "this is a legacy .xls file: save it as .xlsx in Excel",
    ),
    not_package=_reject_not_workbook,
)


def _check_envelope(data: bytes, limits: Limits) -> zipfile.ZipFile:
    archive = open_envelope(data, limits.max_file_bytes, EXCEL, _ENVELOPE)
    infos = archive.infolist()
    names = {info.filename for info in infos}
    if "xl/workbook.bin" in names:
        raise WorkbookRejected(
            "ไฟล์เป็นแบบ .xlsb: เปิดใน Excel แล้วบันทึกเป็น .xlsx", "this is an .xlsb file: save it as .xlsx"
        )
    if "xl/workbook.xml" not in names:
        raise _reject_not_workbook()
    if any(n.startswith("xl/externalLinks/") for n in names):
        raise WorkbookRejected(
            "ไฟล์เชื่อมโยงกับไฟล์อื่น (External Links) ซึ่งระบบไม่รับ เพราะผู้ที่ดาวน์โหลดไฟล์ต่อจะถูกพาไปเปิดไฟล์นั้น: "
            "ใน Excel เลือก ข้อมูล > แก้ไขการเชื่อมโยง > ตัดการเชื่อมโยง แล้วบันทึกใหม่",
            "the workbook links to other files (External Links), refused so that nobody who downloads it is led to "
            "them: in Excel choose Data > Edit Links > Break Link and save it again",
        )
    if any(n.endswith("vbaProject.bin") or n.startswith(("xl/macrosheets/", "xl/activeX/")) for n in names):
        raise WorkbookRejected(
            "ไฟล์มีมาโครหรือโปรแกรมฝังอยู่ (.xlsm) ซึ่งระบบไม่รับเพื่อความปลอดภัยของผู้ที่ดาวน์โหลดไฟล์ต่อ: "
            "เปิดใน Excel แล้วเลือก บันทึกเป็น > สมุดงาน Excel (.xlsx) ก่อน",
            "the workbook contains macros or embedded code (.xlsm), refused to keep everyone who downloads it safe: "
            "save it as an Excel Workbook (.xlsx) first",
        )
    if len(infos) > limits.max_parts:
        raise WorkbookRejected(
            f"ไฟล์มีส่วนประกอบมากผิดปกติ ({len(infos)} ส่วน): บันทึกใหม่จาก Excel",
            f"the file has an abnormal number of parts ({len(infos)})",
        )
    if any(info.flag_bits & 0x1 for info in infos):
        raise WorkbookRejected(
            "ไฟล์ถูกเข้ารหัส: เอารหัสผ่านออกแล้วบันทึกใหม่", "the file is encrypted: remove the password and save again"
        )
    declared = sum(info.file_size for info in infos)
    if declared > limits.max_unpacked_bytes:
        raise too_big(EXCEL, limits.max_unpacked_bytes)
    return archive


def _read_small(archive: zipfile.ZipFile, data: memoryview, name: str, budget: Budget) -> bytes | None:
    return read_member(archive, data, name, budget, _SMALL_PART_LIMIT)


def _parse_xml(data: bytes, part: str) -> Any:
    try:
        return SafeET.fromstring(data, forbid_dtd=True)
    except Exception:
        raise WorkbookRejected(
            f"ไฟล์เสียหาย: ส่วน {part} อ่านไม่ได้ ลองเปิดใน Excel แล้วบันทึกใหม่",
            f"the file is damaged: part {part} is not valid XML",
        ) from None


def _sheet_parts(
    archive: zipfile.ZipFile, data: memoryview, budget: Budget
) -> tuple[dict[str, tuple[str, bool]], str | None]:
    """Each sheet's part, and whether Excel hides it (``state="hidden"`` or ``"veryHidden"``); and the shared
    strings' part."""
    workbook = _parse_xml(_read_small(archive, data, "xl/workbook.xml", budget) or b"", "xl/workbook.xml")
    rels_data = _read_small(archive, data, "xl/_rels/workbook.xml.rels", budget)
    targets: dict[str, str] = {}
    shared: str | None = None
    if rels_data is not None:
        for rel in _parse_xml(rels_data, "xl/_rels/workbook.xml.rels").iter(f"{_REL_NS}Relationship"):
            target = rel.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else normpath(join("xl", target))
            targets[rel.get("Id", "")] = path
            if rel.get("Type", "").endswith("/sharedStrings"):
                shared = path
    parts: dict[str, tuple[str, bool]] = {}
    for sheet in workbook.iter(f"{_MAIN_NS}sheet"):
        part = targets.get(sheet.get(_DOC_REL_ID, ""), "")
        parts[sheet.get("name", "")] = (part, sheet.get("state", "visible") != "visible")
    return parts, shared


@dataclass(frozen=True)
class _Styles:
    """The cell styles (indexes into ``cellXfs``, a cell's ``s``) that change what a value means."""

    percent: set[int] = field(default_factory=set)  # Excel shows 0.5 as 50%
    struck: set[int] = field(default_factory=set)  # the font is struck through


def _styles(archive: zipfile.ZipFile, data: memoryview, budget: Budget) -> _Styles:
    part = _read_small(archive, data, "xl/styles.xml", budget)
    if part is None:
        return _Styles()
    styles = _parse_xml(part, "xl/styles.xml")
    percent_formats = set(_BUILTIN_PERCENT_FORMATS)
    for fmt in styles.iter(f"{_MAIN_NS}numFmt"):
        code = re.sub(r'"[^"]*"|\\.', "", fmt.get("formatCode", ""))  # a quoted or escaped % is literal text
        if "%" in code:
            percent_formats.add(_int_attr(fmt, "numFmtId"))
    fonts = styles.find(f"{_MAIN_NS}fonts")
    struck_fonts = {
        i
        for i, font in enumerate(fonts if fonts is not None else [])
        if (strike := font.find(f"{_MAIN_NS}strike")) is not None and strike.get("val", "1") not in ("0", "false")
    }
    cell_xfs = styles.find(f"{_MAIN_NS}cellXfs")
    if cell_xfs is None:
        return _Styles()
    return _Styles(
        {i for i, xf in enumerate(cell_xfs) if _int_attr(xf, "numFmtId") in percent_formats},
        {i for i, xf in enumerate(cell_xfs) if _int_attr(xf, "fontId") in struck_fonts},
    )


def _styled(styles: set[int]) -> re.Pattern[bytes] | None:
    """Cells of these styles, by reference: the style may come before or after the cell's reference."""
    if not styles:
        return None
    alternatives = "|".join(map(str, sorted(styles))).encode()
    return re.compile(rb'<c\b(?=[^>]*?\ss="(?:' + alternatives + rb')")[^>]*?\sr="([A-Z]{1,3}[0-9]+)"')


def _struck_strings(chunks: Iterator[bytes]) -> set[int]:
    """The shared strings (by index) with a run struck through. Most files have none: a block is looked at
    only when it holds ``<strike``."""
    struck: set[int] = set()
    seen = 0  # items before this block
    for block in _blocks(chunks, (b"<si",)):
        if b"<strike" not in block:
            seen += block.count(b"<si")  # no other element of the shared strings begins so
            continue
        starts = [m.start() for m in _STRING_ITEM.finditer(block)]
        for m in _STRIKE.finditer(block):
            struck.add(seen + bisect_right(starts, m.start()) - 1)
        seen += len(starts)
    return struck


def _int_attr(element: Any, name: str) -> int:
    try:
        return int(element.get(name, "0"))
    except ValueError:
        raise WorkbookRejected(
            "ไฟล์เสียหาย: ส่วน xl/styles.xml มีค่าที่ไม่ถูกต้อง ลองเปิดใน Excel แล้วบันทึกใหม่",
            "the file is damaged: xl/styles.xml holds an invalid number format id",
        ) from None


def _blocks(chunks: Iterator[bytes], starts: tuple[bytes, ...] = (b"<c", b"<mergeCell")) -> Iterator[bytes]:
    """A part's XML in blocks cut before an element, so that no cell or merged range (or shared string) is cut
    in two."""
    carry = b""
    for chunk in chunks:
        buffer = carry + chunk
        cut = max(buffer.rfind(start) for start in starts)  # the last may go on in the next chunk
        if cut <= 0:
            cut = len(buffer) if len(buffer) > CHUNK * 4 else 0
        done, carry = buffer[:cut], buffer[cut:]
        yield done
    yield carry


@dataclass
class _Looks:
    """What every sheet's cells are looked for, from the workbook's styles and shared strings."""

    percent: re.Pattern[bytes] | None = None  # cells formatted as %
    struck_style: re.Pattern[bytes] | None = None  # cells whose font is struck through
    struck_strings: set[int] = field(default_factory=set)  # shared strings with a struck run


def _scan_sheet(chunks: Iterator[bytes], scan: SheetScan, looks: _Looks, limits: Limits, ids: bool) -> None:
    for block in _blocks(chunks):
        if scan.dimension is None and (found := _DIMENSION.search(block)):
            scan.dimension = found[1].decode()
        _scan_block(block, scan, looks.percent, limits)
        if ids:
            scan.decimal_numbers.update(_decimal_numbers(block))
        if looks.struck_style is not None or looks.struck_strings or b"<strike" in block:
            scan.struck.update(_struck_cells(block, looks))


def _struck_cells(block: bytes, looks: _Looks) -> Iterator[str]:
    """Cells holding text struck through: in a struck font (if they hold a value), in a shared string with a
    struck run, or with a struck run of their own."""
    if looks.struck_style is not None:
        for found in looks.struck_style.finditer(block):
            end = block.find(b">", found.end())
            if block[end - 1 : end] != b"/" and _HOLDS_VALUE.search(block, end, block.find(b"</c>", end)):
                yield found[1].decode()
    if looks.struck_strings:
        yield from (m[1].decode() for m in _SHARED_CELL.finditer(block) if int(m[2]) in looks.struck_strings)
    if b"<strike" in block:
        yield from (f"{c[1].decode()}{c[2].decode()}" for c in _CELL_AT.finditer(block) if _STRIKE.search(c[4] or b""))


def _decimal_numbers(block: bytes) -> Iterator[str]:
    for value in _DECIMAL_VALUE.finditer(block):
        start = block.rfind(b"<c", 0, value.start())  # the value's own cell: a block is cut before a cell
        tag = block[start : block.find(b">", start) + 1] if start >= 0 else b""
        if (ref := _REF.search(tag)) is not None and _TEXT_TYPE.search(tag) is None:
            yield ref[1].decode()


def _far_value_cell(block: bytes, limits: Limits) -> str | None:
    """The first cell of the block that holds a value beyond the row or column limit.

    Far cells that hold nothing (a style from a whole-row format or a Ctrl+End mistake) are
    fine: the reader skips them. Only blocks that contain a far reference at all are parsed.
    """
    if _FAR_CANDIDATE.search(block) is None:
        return None
    for cell in _CELL_AT.finditer(block):
        letters, row = cell[1].decode(), int(cell[2])
        if (row > limits.max_rows or _column_number(letters) > limits.max_columns) and _HOLDS_VALUE.search(
            cell[4] or b""
        ):
            return f"{letters}{row}"
    return None


def _column_number(letters: str) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + ord(ch) - 64
    return number


def _cells_and_unplaced(block: bytes) -> tuple[int, bool]:
    """How many cell elements the block holds, and whether some row or cell might lack its position.

    Excel writes ``r="…"`` first in every row and cell, so counting (C speed) settles it for its files:
    when every element beginning ``<c`` is a placed cell and every ``<row`` a placed row (four counts, the
    usual block of a long sheet), nothing else need be looked at. Otherwise (the block with ``<cols>``, or
    another writer's order) the exact counts decide, and ``_UNPLACED`` then looks."""
    placed_cells, placed_rows = block.count(b'<c r="'), block.count(b'<row r="')
    if block.count(b"<c") == placed_cells and block.count(b"<row") == placed_rows:
        return placed_cells, False
    cells = sum(block.count(start) for start in _CELL_STARTS)
    rows = block.count(b"<row ") + block.count(b"<row>") + block.count(b"<row/")
    return cells, cells != placed_cells or rows != placed_rows


def _scan_block(block: bytes, scan: SheetScan, percent_re: re.Pattern[bytes] | None, limits: Limits) -> None:
    if not block:
        return
    cells, may_be_unplaced = _cells_and_unplaced(block)
    scan.cells += cells
    if may_be_unplaced and _UNPLACED.search(block):
        raise WorkbookRejected(
            f"แผ่นงาน {scan.name} มีแถวหรือเซลล์ที่ไม่ระบุตำแหน่ง ซึ่ง Excel ไม่เขียนแบบนี้: เปิดไฟล์ใน Excel แล้วบันทึกใหม่",
            f"sheet {scan.name} has rows or cells without a position, which Excel never writes: "
            "open and save it in Excel",
        )
    if scan.far_cell is None:
        scan.far_cell = _far_value_cell(block, limits)
    if scan.cells > limits.max_cells:
        raise WorkbookRejected(
            f"แผ่นงานมีเซลล์มากเกินกำหนด (มากกว่า {limits.max_cells:,} เซลล์): ลบข้อมูลที่ไม่ใช้ออกก่อน",
            f"a sheet has more than {limits.max_cells:,} cells",
        )
    if b't="e"' in block:
        scan.error_values.update((ref.decode(), shown.decode()) for ref, shown in _ERROR_VALUE.findall(block))
    if b"<f" in block:
        scan.formula_without_value.update(m.decode() for m in _FORMULA_WITHOUT_VALUE.findall(block))
        for cell, formula in _FORMULA_AT.findall(block):
            why = next((kind for kind, pattern in _REACHING_OUT if pattern.search(formula)), None)
            if why is not None:
                scan.reaching_out.setdefault(cell.decode(), why)
    if percent_re is not None:
        scan.percent_cells.update(m.decode() for m in percent_re.findall(block))
    if b'hidden="' in block:
        scan.hidden_rows.update(map(int, _HIDDEN_ROW.findall(block)))
    if b"<mergeCell" in block:
        for letters, first, last in _MERGED_DOWN.findall(block):
            top, bottom = int(first), int(last)
            if top < bottom <= limits.max_rows and _column_number(letters.decode()) <= limits.max_columns:
                scan.merged_down.append((letters.decode(), top, bottom))


def inspect_workbook(data: bytes, limits: Limits | None = None) -> WorkbookScan:
    """Refuse an unsafe or unreadable file, or describe what the fast reader will not tell us."""
    limits = limits or Limits()
    archive = _check_envelope(data, limits)
    budget = Budget(limits.max_unpacked_bytes, EXCEL)
    view = memoryview(data)
    with archive:
        parts, shared = _sheet_parts(archive, view, budget)
        styles = _styles(archive, view, budget)
        looks = _Looks(_styled(styles.percent), _styled(styles.struck))
        by_part = {part: name for name, (part, _) in parts.items()}
        guidelines = any(sheet_key(name) == "guidelines" for name in parts)
        sheets = {name: SheetScan(name, part, hidden=hidden) for name, (part, hidden) in parts.items()}
        small = {"xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"}
        # The shared strings first: a sheet's cells point into them.
        for info in sorted(archive.infolist(), key=lambda info: info.filename != shared):
            if info.filename in small or info.is_dir():
                continue
            chunks = member_chunks(view, info, budget)
            sheet_name = by_part.get(info.filename)
            if info.filename == shared:
                looks.struck_strings = _struck_strings(chunks)
            elif sheet_name is None:
                for _ in chunks:  # still inflate: checks size and DTDs of every part
                    pass
            else:
                _scan_sheet(chunks, sheets[sheet_name], looks, limits, holds_ids(sheet_name, guidelines))
        return WorkbookScan(sheets, budget.used)
